"""Segment: a cleaned page -> articles (headline, subheads, bylines, dateline place),
sentences and word tokens with POS.

The page layout (lines, articles, bylines) is read by ``pipeline.layout``; sentences come from
``pipeline.layout.sentences`` (HanLP's splitting rules, without HanLP), words and POS from jieba.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import Any

from pipeline.ids import stable_id
from pipeline.layout import articles as layout
from pipeline.layout.lines import iter_lines, line_spans
from pipeline.layout.sentences import sentence_spans
from pipeline.records import Article, Document, Sentence, Token, coerce

Row = Mapping[str, Any]

def articles(document: Document | Row) -> list[Article]:
    """The articles of one cleaned page, in page order (offsets into its text)."""
    doc = coerce(Document, document)
    text = doc.text
    found: list[Article] = []
    for seq, draft in enumerate(layout.split_articles(list(iter_lines(text)))):
        headline, headline_lines = layout.headline(draft)
        bylines = layout.bylines(draft)
        start, end = draft.lines[0].start, draft.lines[-1].end
        if draft.lines[0].level:  # include the markdown marker in the article span
            start = text.rfind("\n", 0, start) + 1
        found.append(
            Article(
                article_id=stable_id("a", doc.doc_id, start, end),
                doc_id=doc.doc_id,
                batch_id=doc.batch_id,
                seq=seq,
                headline=headline,
                subheads=tuple(layout.subheads(draft, headline_lines)),
                bylines=tuple(name for name, _ in bylines),
                byline_roles=tuple(role for _, role in bylines),
                dateline_place=layout.dateline_place(draft),
                publication_date=doc.publication_date,
                publication_year=doc.publication_year,
                kind=draft.kind,
                start=start,
                end=end,
            )
        )
    return found


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + a, start + b) for a, b in sentence_spans(text[start:end])]


def sentences(document: Document | Row, articles: Sequence[Article | Row]) -> list[Sentence]:
    """The sentences of each line of each article, numbered through the page."""
    doc = coerce(Document, document)
    text = doc.text
    spans = [(start, end) for start, end, *_ in line_spans(text)]
    starts = [start for start, _ in spans]  # in text order
    found: list[Sentence] = []
    for article in sorted((coerce(Article, a) for a in articles), key=lambda a: a.start):
        # the lines that start inside the article (each article's, not every line per article)
        first, last = bisect_left(starts, article.start), bisect_left(starts, article.end)
        for line_start, line_end in spans[first:last]:
            for start, end in _sentence_spans(text, line_start, line_end):
                found.append(
                    Sentence(
                        sentence_id=stable_id("s", doc.doc_id, start, end),
                        article_id=article.article_id,
                        doc_id=doc.doc_id,
                        batch_id=doc.batch_id,
                        seq=len(found),
                        start=start,
                        end=end,
                        text=text[start:end],
                    )
                )
    return found


@cache
def _posseg() -> Any:  # jieba builds its prefix dictionary lazily; do it once per process
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    _memoize_unknown_runs(jieba.posseg)
    return jieba.posseg


def _memoize_unknown_runs(posseg: Any) -> None:
    """Remember jieba's HMM reading of each run of characters its dictionary left single
    (``POSTokenizer.__cut_detail``): the Viterbi over those runs was two thirds of jieba's
    time, and over 2 MB of news 55% of the runs recur (的在, 日电, names). The reading depends
    on the run alone (the HMM's fixed tables, not the dictionary), so the words and tags stay
    the same; jieba has no such cache of its own. Bounded, so a worker's memory stays flat."""
    cls = posseg.POSTokenizer
    detail = getattr(cls, "_POSTokenizer__cut_detail", None)
    if detail is None or getattr(detail, "memoized", False):
        return  # another jieba (no such method) or already done

    @lru_cache(maxsize=32768)
    def read(tokenizer: Any, run: str) -> tuple[tuple[str, str], ...]:
        return tuple((p.word, p.flag) for p in detail(tokenizer, run))

    def cut_detail(self: Any, run: str) -> Iterator[Any]:
        return (posseg.pair(word, flag) for word, flag in read(self, run))

    cut_detail.memoized = True  # type: ignore[attr-defined]
    cut_detail.original = detail  # type: ignore[attr-defined]
    cls._POSTokenizer__cut_detail = cut_detail


def tokens(sentences: Sequence[Sentence | Row]) -> list[Token]:
    """The words of each sentence with their jieba POS tags (offsets into the page text)."""
    posseg = _posseg()
    found: list[Token] = []
    for sentence in (coerce(Sentence, s) for s in sentences):
        pos = sentence.start
        for seq, pair in enumerate(posseg.cut(sentence.text)):
            word = pair.word
            # the word's offset in the sentence; whitespace and words the cut rewrote are skipped
            at = sentence.text.find(word, pos - sentence.start) if word.strip() else -1
            if at < 0:
                pos += len(word)
                continue
            start = sentence.start + at
            pos = start + len(word)
            found.append(Token(sentence.doc_id, sentence.sentence_id, sentence.batch_id, seq, word, pair.flag,
                               start, pos))  # fmt: skip
    return found


def segment_document(document: Document | Row) -> tuple[list[Article], list[Sentence], list[Token]]:
    """Articles, sentences and tokens of one cleaned document (offsets into its text)."""
    found = articles(document)
    page_sentences = sentences(document, found)
    return found, page_sentences, tokens(page_sentences)

