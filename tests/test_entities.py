"""The entities stage: records in, Mention records out, byline names added where NER missed them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime

from pipeline.nlp.ner import Span
from pipeline.records import Article, Document, Mention, Sentence
from pipeline.stages.entities import build_entities, extract_mentions

TEXT = "记者 王丹 通讯员 郭瑶斐\n小店区平阳路街道6904社区接到紧急通告。"


class FixedBackend:
    """Finds 小店区 in every sentence that has it (a stand-in for a NER pipeline)."""

    name = "fixed"

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for t in texts:
            i = t.find("小店区")
            out.append([Span(i, i + 3, "LOC", "model", 0.9)] if i >= 0 else [])
        return out

    def describe(self) -> dict[str, str]:
        return {"backend": "fixed"}


def _records() -> tuple[Document, Article, list[Sentence]]:
    doc = Document(doc_id="d1", batch_id="b", source_path="p.txt", source_sha256="0", encoding="utf-8",
                   n_chars=len(TEXT), text=TEXT, ingested_at=datetime(2026, 1, 1, tzinfo=UTC),
                   raw_offsets=(), publication_date=None, publication_year=None)
    article = Article(article_id="a1", doc_id="d1", batch_id="b", seq=0, headline=None, subheads=(),
                      bylines=("王丹", "郭瑶斐"), byline_roles=("reporter", "correspondent"),
                      dateline_place=None, publication_date=None, publication_year=None,
                      kind="article", start=0, end=len(TEXT))
    first = TEXT.index("\n")
    sentences = [
        Sentence(sentence_id="s1", article_id="a1", doc_id="d1", batch_id="b", seq=0, start=0,
                 end=first, text=TEXT[:first]),
        Sentence(sentence_id="s2", article_id="a1", doc_id="d1", batch_id="b", seq=1,
                 start=first + 1, end=len(TEXT), text=TEXT[first + 1 :]),
    ]
    return doc, article, sentences


def test_records_in_mentions_out_with_bylines() -> None:
    doc, article, sentences = _records()
    mentions = extract_mentions(doc, [article], sentences, FixedBackend())
    assert all(isinstance(m, Mention) for m in mentions)
    assert [(m.text, m.label, m.source) for m in mentions] == [
        ("王丹", "PERSON", "byline"), ("郭瑶斐", "PERSON", "byline"), ("小店区", "LOC", "model")]
    assert all(TEXT[m.start : m.end] == m.text for m in mentions)
    # rows (mappings, as read back from Parquet) give the same records
    rows = extract_mentions(asdict(doc), [asdict(article)], [asdict(s) for s in sentences],
                            FixedBackend())
    assert rows == mentions
    entities = build_entities(mentions, "b")
    assert sorted((e.name, e.n_mentions) for e in entities) == [
        ("小店区", 1), ("王丹", 1), ("郭瑶斐", 1)]
