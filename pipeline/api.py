"""The library: what the CLI, the evaluation harness and notebooks call.

    import pipeline
    nlp = pipeline.load()                      # the shipped models; pipeline.load(ner="jieba")
    nlp.entities(["太原市小店区的党员志愿者"])      # -> [[Mention, ...]]
    nlp.statistics("共下沉党员干部3500余名")        # -> [Statistic, ...]
    nlp.dates("4月3日晚", publication_date="2022-04-13")  # -> [DateMention, ...]
    nlp.analyze(page_text)                     # every table of one page, as a run writes it

A thin layer over the stages of ``pipeline.graph``: each text becomes a one-document,
one-article, one-sentence context (no headline, byline or page around it), and the same
stage functions a run uses produce the records. Offsets index the text given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from pipeline import pagedate
from pipeline.config import Config
from pipeline.graph import STAGES, Tables
from pipeline.ids import stable_id
from pipeline.records import Article, DateMention, Document, Mention, Sentence, Statistic

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # ingested_at of a text that was never a file


@dataclass(frozen=True)
class Pipeline:
    """The loaded pipeline for one configuration (``pipeline.load``)."""

    config: Config

    def entities(self, texts: Iterable[str]) -> list[list[Mention]]:
        """PERSON / ORG / LOC mentions of each text: the NER backend and rule components of the
        entities stage, entity ids from place resolution."""
        return [self._run(self._context(text), "entities")["mentions"] for text in texts]

    def statistics(self, text: str, publication_date: date | str | None = None) -> list[Statistic]:
        """The statistics of one text, as the statistics stage finds them."""
        tables = self._context(text, pagedate.as_date(publication_date))
        (sentence,) = tables["sentences"]
        words = self._run(dict(tables), "segment")["tokens"]
        tables["tokens"] = [replace(token, sentence_id=sentence.sentence_id) for token in words]
        return self._run(tables, "entities", "dates", "statistics")["statistics"]

    def dates(
        self, text: str, publication_date: date | str | None = None, publication_year: int | None = None
    ) -> list[DateMention]:
        """The calendar dates and clock times of one text, resolved against the publication
        date (or year) when given, else a full date written in the text."""
        tables = self._context(text, pagedate.as_date(publication_date), publication_year)
        return self._run(tables, "dates")["dates"]

    def analyze(self, text: str, name: str = "page.txt", batch_id: str = "") -> Tables:
        """Every table of one page, as ``pipeline run`` writes them for a file called ``name``
        (its name may carry the date: rmrb_20220420.txt)."""
        from pipeline.run import analyze_document, make_document
        from pipeline.stages.ingest import RawDocument

        raw = RawDocument(name, "", "utf-8", text)
        return analyze_document(make_document(raw, batch_id, self.config, _EPOCH), self.config)

    # -- contexts -----------------------------------------------------------------------------

    def _context(self, text: str, given_date: date | None = None, given_year: int | None = None) -> Tables:
        """One document holding one article holding one sentence: the text."""
        from pipeline.stages.ingest import doc_id_for

        pub_date, pub_year = pagedate.page_date(text, (), given_date, given_year)
        doc_id, end = doc_id_for(text), len(text)
        article_id = stable_id("a", doc_id, 0, end)
        document = Document(
            doc_id, "", "", "", "utf-8", end, text, _EPOCH, tuple(range(end)), pub_date, pub_year
        )
        article = Article(
            article_id, doc_id, "", 0, None, (), (), (), None, pub_date, pub_year, "article", 0, end
        )
        sentence = Sentence(stable_id("s", doc_id, 0, end), article_id, doc_id, "", 0, 0, end, text)
        return {"documents": [document], "articles": [article], "sentences": [sentence]}

    def _run(self, tables: Tables, *names: str) -> Tables:
        (document,) = tables["documents"]
        for name in names:
            stage = STAGES[name]
            tables.update(stage.run(document, {t: tables[t] for t in stage.inputs}, self.config))
        return tables


def load(ner: str | None = None, *, home_place: str | None = None, config: Config | None = None) -> Pipeline:
    """The pipeline with its models loaded: the shipped NER unless ``ner`` names another
    backend (``"jieba"``, ``"hanlp:<dir>"``, ``"model:<dir>"``); settings otherwise from
    ``config``, else the defaults and the environment (``Config.from_env``)."""
    from pipeline.nlp.ner import load_ner

    config = config or Config.from_env()
    chosen = replace(config, ner=ner or config.ner, home_place=home_place or config.home_place)
    load_ner(chosen.ner_spec)  # fail here, not on the first text, when a model is missing
    return Pipeline(chosen)
