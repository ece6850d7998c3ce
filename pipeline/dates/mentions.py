"""The `dates` rows of a document: every article's resolved dates with their ids and
sentences; and, for the statistics, the calendar day a row is on."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from pipeline.dates.resolve import paragraphs, resolve_article
from pipeline.ids import stable_id
from pipeline.records import Article, DateMention, Document, Sentence

_ON_A_DAY = ("day", "hour", "minute", "second")


def day_of(mention: DateMention) -> str | None:
    """The calendar day a date row is on (2022-04-05 for 2022-04-05T23:00, --04-05 when the
    year is unknown), or None for a year, a month, a time of no day or a range (an interval
    is on no one day)."""
    if mention.granularity not in _ON_A_DAY or "/" in mention.value:
        return None
    return mention.value.partition("T")[0]


def sentences_by_article(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """The sentences of each article, in page order."""
    grouped: dict[str, list[Sentence]] = defaultdict(list)
    for s in sorted(sentences, key=lambda s: s.start):
        grouped[s.article_id].append(s)
    return grouped


def date_mentions(
    document: Document, articles: list[Article], sentences: list[Sentence]
) -> list[DateMention]:
    """Every date and time of the document, article by article, in page order."""
    text = document.text
    by_article = sentences_by_article(sentences)
    rows: list[DateMention] = []
    for article in sorted(articles, key=lambda a: a.start):
        art_sents = by_article.get(article.article_id, [])
        if not art_sents:
            continue
        sent_starts = [s.start for s in art_sents]
        spans = paragraphs(text, article.start, article.end)
        for d in resolve_article(document, article, spans, sent_starts):
            sent = art_sents[max(bisect_right(sent_starts, d.start) - 1, 0)]
            rows.append(
                DateMention(
                    date_id=stable_id("t", document.doc_id, d.start, d.end),
                    doc_id=document.doc_id,
                    article_id=article.article_id,
                    sentence_id=sent.sentence_id,
                    batch_id=document.batch_id,
                    text=text[d.start : d.end],
                    start=d.start,
                    end=d.end,
                    value=d.value,
                    granularity=d.granularity,
                )
            )
    return rows
