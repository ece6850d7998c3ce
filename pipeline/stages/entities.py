"""Entities: mentions of PERSON / ORG / LOC in the sentences of a document.

The NER backend (model + rule components, see pipeline/nlp) runs on sentence texts; spans are
mapped back to document offsets. Byline names that the backend missed are added as PERSON
mentions (source ``byline``): the segment stage has already read them off the layout.
"""

from __future__ import annotations

from typing import Any

from pipeline.ids import stable_id
from pipeline.nlp.ner import NerBackend

Record = dict[str, Any]


def provisional_entity_id(label: str, text: str) -> str:
    """Entity id from label and surface form; place resolution refines it."""
    return stable_id("e", label, text)


def _mention(
    document: Record, sentence: Record, start: int, end: int, label: str, source: str, score: float | None
) -> Record:
    text = document["text"][start:end]
    return {
        "mention_id": stable_id("m", document["doc_id"], start, end, label),
        "doc_id": document["doc_id"],
        "article_id": sentence["article_id"],
        "sentence_id": sentence["sentence_id"],
        "batch_id": document["batch_id"],
        "text": text,
        "label": label,
        "start": start,
        "end": end,
        "entity_id": provisional_entity_id(label, text),
        "source": source,
        "score": score,
    }


def extract_mentions(
    document: Record, articles: list[Record], sentences: list[Record], ner: NerBackend
) -> list[Record]:
    """Entity mentions of one document, sorted by offset, non-overlapping."""
    predictions = ner.predict([s["text"] for s in sentences])
    mentions: list[Record] = []
    taken: list[tuple[int, int]] = []
    for sentence, spans in zip(sentences, predictions, strict=True):
        for span in spans:
            start, end = sentence["start"] + span.start, sentence["start"] + span.end
            mentions.append(_mention(document, sentence, start, end, span.label, span.source, span.score))
            taken.append((start, end))
    by_article: dict[str, list[Record]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence["article_id"], []).append(sentence)
    text = document["text"]
    for article in articles:
        for name in article["bylines"]:
            for sentence in by_article.get(article["article_id"], []):
                pos = text.find(name, sentence["start"], sentence["end"])
                if pos < 0:
                    continue
                if not any(s < pos + len(name) and pos < e for s, e in taken):
                    mentions.append(
                        _mention(document, sentence, pos, pos + len(name), "PERSON", "byline", None)
                    )
                    taken.append((pos, pos + len(name)))
                break
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    return mentions


def build_entities(mentions: list[Record], batch_id: str) -> list[Record]:
    """One row per provisional entity id with its mention count (no place resolution)."""
    rows: dict[str, Record] = {}
    for mention in mentions:
        row = rows.setdefault(
            mention["entity_id"],
            {
                "entity_id": mention["entity_id"],
                "label": mention["label"],
                "name": mention["text"],
                "aliases": [mention["text"]],
                "admin_code": None,
                "admin_level": None,
                "admin_path": None,
                "n_mentions": 0,
                "batch_id": batch_id,
            },
        )
        row["n_mentions"] += 1
    return list(rows.values())
