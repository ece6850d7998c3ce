"""Entities: mentions of PERSON / ORG / LOC in the sentences of a document.

The NER pipeline (a backend and the rule components, see pipeline/nlp) runs on sentence texts;
spans are mapped back to document offsets. A PERSON or LOC found in one sentence is tagged where
it recurs in the document's other sentences (``pipeline.nlp.document.propagate``). Byline names
that the backend missed are added as PERSON mentions (source ``byline``): the segment stage has
already read them off the layout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.ids import stable_id
from pipeline.nlp.document import propagate
from pipeline.nlp.ner import NerBackend
from pipeline.records import Article, Document, Entity, Mention, Sentence, coerce

Row = Mapping[str, Any]


def provisional_entity_id(label: str, text: str) -> str:
    """Entity id from label and surface form; place resolution refines it."""
    return stable_id("e", label, text)


def _mention(document: Document, sentence: Sentence, start: int, end: int, label: str,
             source: str, score: float | None) -> Mention:
    text = document.text[start:end]
    return Mention(
        mention_id=stable_id("m", document.doc_id, start, end, label),
        doc_id=document.doc_id,
        article_id=sentence.article_id,
        sentence_id=sentence.sentence_id,
        batch_id=document.batch_id,
        text=text,
        label=label,
        start=start,
        end=end,
        entity_id=provisional_entity_id(label, text),
        source=source,
        score=score,
    )


def extract_mentions(
    document: Document | Row,
    articles: Sequence[Article | Row],
    sentences: Sequence[Sentence | Row],
    ner: NerBackend,
) -> list[Mention]:
    """Entity mentions of one document, sorted by offset, non-overlapping."""
    doc = coerce(Document, document)
    arts = [coerce(Article, a) for a in articles]
    sents = [coerce(Sentence, s) for s in sentences]
    texts = [s.text for s in sents]
    predictions = propagate(texts, ner.predict(texts))  # a name found once, at each occurrence
    mentions: list[Mention] = []
    for sentence, spans in zip(sents, predictions, strict=True):
        for span in spans:
            start, end = sentence.start + span.start, sentence.start + span.end
            mentions.append(_mention(doc, sentence, start, end, span.label, span.source, span.score))
    mentions.extend(_byline_mentions(doc, arts, sents, [(m.start, m.end) for m in mentions]))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _byline_mentions(document: Document, articles: list[Article], sentences: list[Sentence],
                     taken: list[tuple[int, int]]) -> list[Mention]:
    """Byline names (from the segment stage) where no mention covers them: the first
    occurrence in the article's sentences."""
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    out = []
    for article in articles:
        for name in article.bylines:
            for sentence in by_article.get(article.article_id, []):
                pos = document.text.find(name, sentence.start, sentence.end)
                if pos < 0:
                    continue
                if not any(s < pos + len(name) and pos < e for s, e in taken):
                    out.append(_mention(document, sentence, pos, pos + len(name), "PERSON",
                                        "byline", None))
                    taken.append((pos, pos + len(name)))
                break
    return out


def build_entities(mentions: Sequence[Mention | Row], batch_id: str) -> list[Entity]:
    """One row per provisional entity id with its mention count (no place resolution)."""
    first: dict[str, Mention] = {}
    counts: dict[str, int] = {}
    for mention in (coerce(Mention, m) for m in mentions):
        first.setdefault(mention.entity_id, mention)
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
    return [
        Entity(entity_id=eid, label=m.label, name=m.text, aliases=(m.text,), admin_code=None,
               admin_level=None, admin_path=None, n_mentions=counts[eid], batch_id=batch_id)
        for eid, m in first.items()
    ]
