"""The stage graph after ingest, declared once.

Each stage is a function named after the stage, registered with ``@stage(<tables it
writes>)``; its parameters name the tables it reads (``document`` is the page's `documents`
row, every other name a table's rows for that page, ``config`` the run's settings), in the
style of Hamilton: the graph is read from the signatures, and ``STAGES`` lists the stages in
an order where every table is written before it is read. ``pipeline.run`` runs them;
``python -m pipeline stage NAME`` reruns one from the tables it reads.

The stage modules (spaCy, jieba, the models) are imported inside the functions, so listing
the stages (the CLI's ``--help``) stays fast.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.config import Config
from pipeline.records import RECORDS, Article, DateMention, Document, Mention, Sentence, Token, coerce

Rows = list[Any]  # records of one table, for one document
Tables = dict[str, Rows]


@dataclass(frozen=True)
class Stage:
    name: str
    inputs: tuple[str, ...]  # tables read, `documents` first
    outputs: tuple[str, ...]  # tables written
    fn: Callable[..., Sequence[Sequence[Any]]]
    # called once with the input tables of many documents before the stage runs on each of
    # them (the NER tags all their sentences at once); the stage's output stays the same
    prepare: Callable[[list[Tables], Config], None] | None = None

    def run(self, document: Document, tables: Mapping[str, Sequence[Any]], config: Config) -> Tables:
        """The stage on one document: its output tables as records, whatever the stage
        function returns (records or mappings)."""
        given: dict[str, Any] = {"document": document, "config": config, **tables}
        arguments = {name: given[name] for name in inspect.signature(self.fn).parameters}
        produced = self.fn(**arguments)
        return {
            table: [coerce(RECORDS[table], row) for row in rows]
            for table, rows in zip(self.outputs, produced, strict=True)
        }


_REGISTERED: list[Stage] = []


def stage(
    *outputs: str, prepare: Callable[[list[Tables], Config], None] | None = None
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a stage function writing ``outputs``; its inputs are read from its signature.
    ``prepare``: see ``Stage.prepare``."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        params = [p for p in inspect.signature(fn).parameters if p != "config"]
        inputs = tuple("documents" if p == "document" else p for p in params)
        unknown = [t for t in (*inputs, *outputs) if t not in RECORDS]
        assert not unknown, f"stage {fn.__name__}: no such table(s) {unknown}"
        _REGISTERED.append(Stage(fn.__name__, inputs, tuple(outputs), fn, prepare))
        return fn

    return register


def ordered(stages: Sequence[Stage], given: tuple[str, ...] = ("documents",)) -> dict[str, Stage]:
    """The stages in an order where each runs after the stages writing its inputs; ties keep
    registration order (graphlib's static_order does not promise a tie order, and the order
    is part of what a run records)."""
    available, order, waiting = set(given), {}, list(stages)
    while waiting:
        ready = next((s for s in waiting if available.issuperset(s.inputs)), None)
        if ready is None:
            raise ValueError(f"stages {[s.name for s in waiting]} read tables no stage writes")
        order[ready.name] = ready
        available.update(ready.outputs)
        waiting.remove(ready)
    return order


# --- the stages ------------------------------------------------------------------------------


@stage("articles", "sentences", "tokens")
def segment(document: Document) -> tuple[Rows, Rows, Rows]:
    """Articles (headline, bylines, dateline, kind), sentences and POS tokens of the page."""
    from pipeline.stages import segment as segment_stage

    return segment_stage.segment_document(document)


def _prime_ner(inputs: list[Tables], config: Config) -> None:
    """The NER backend tags the sentences of all the documents at once (``NerPipeline.prime``)."""
    from pipeline.nlp.ner import load_ner

    load_ner(config.ner_spec).prime([s.text for tables in inputs for s in tables["sentences"]])


@stage("mentions", "entities", prepare=_prime_ner)
def entities(
    document: Document, articles: list[Article], sentences: list[Sentence], config: Config
) -> tuple[Rows, Rows]:
    """PERSON / ORG / LOC mentions (NER backend and rule components, byline names), then one
    canonical entity each, places resolved to administrative divisions."""
    from pipeline.nlp.gazetteer import load_gazetteer
    from pipeline.nlp.ner import load_ner
    from pipeline.stages import entities as entities_stage
    from pipeline.stages import places

    mentions = entities_stage.extract_mentions(document, articles, sentences, load_ner(config.ner_spec))
    gazetteer = load_gazetteer(config.models_dir)
    return places.resolve_entities(document, articles, mentions, config.home_place, gazetteer)


@stage("dates")
def dates(document: Document, articles: list[Article], sentences: list[Sentence]) -> tuple[Rows]:
    """Calendar dates and clock times, resolved against the page's date (pipeline.pagedate)."""
    from pipeline.stages import dates as dates_stage

    return (dates_stage.dates(document, articles, sentences),)


@stage("statistics")
def statistics(
    document: Document,
    articles: list[Article],
    sentences: list[Sentence],
    tokens: list[Token],
    mentions: list[Mention],
    dates: list[DateMention],
) -> tuple[Rows]:
    """Statistics (value, bounds, unit, object, kind, links), dates kept out of them."""
    from pipeline.stages import statistics as statistics_stage

    return (statistics_stage.statistics(document, articles, sentences, tokens, mentions, dates),)


@stage("person_roles")
def roles(
    document: Document,
    articles: list[Article],
    sentences: list[Sentence],
    tokens: list[Token],
    mentions: list[Mention],
) -> tuple[Rows]:
    """Titles, byline roles, ages and affiliations of the people named."""
    from pipeline.stages import roles as roles_stage

    return (roles_stage.person_roles(document, articles, sentences, tokens, mentions),)


STAGES: dict[str, Stage] = ordered(_REGISTERED)
