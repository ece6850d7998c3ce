"""Dates stage: every calendar date and clock time of a page, resolved against the page's
date or year (the document record's `publication_date` / `publication_year`) and the day
each paragraph is telling of.

A thin stage: it takes the records of one document and hands them to `pipeline.dates`
(find: the date grammar and date words; resolve: the values; mentions: the rows).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.dates import date_mentions
from pipeline.records import Article, DateMention, Document, Sentence, coerce

Row = Mapping[str, Any]


def dates(
    document: Document | Row, articles: Iterable[Article | Row], sentences: Iterable[Sentence | Row]
) -> list[DateMention]:
    """The `dates` rows of one document."""
    return date_mentions(
        coerce(Document, document),
        [coerce(Article, a) for a in articles],
        [coerce(Sentence, s) for s in sentences],
    )
