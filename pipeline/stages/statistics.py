"""Statistics stage: every measured quantity of a page (value, bounds, approximation, unit,
kind, counted object, place/org/date links), from the tables of earlier stages.

A thin stage: it takes the records of one document and hands them to `pipeline.quantities`,
where each step of the finding lives. The dates it needs (to leave dates out of the counts
and to date each statistic) are the `dates` stage's rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.quantities import document_statistics
from pipeline.records import Article, DateMention, Document, Mention, Sentence, Statistic, Token, coerce

Row = Mapping[str, Any]


def statistics(
    document: Document | Row,
    articles: Iterable[Article | Row],
    sentences: Iterable[Sentence | Row],
    tokens: Iterable[Token | Row],
    mentions: Iterable[Mention | Row],
    dates: Iterable[DateMention | Row],
) -> list[Statistic]:
    """The `statistics` rows of one document."""
    return document_statistics(
        coerce(Document, document),
        [coerce(Article, a) for a in articles],
        [coerce(Sentence, s) for s in sentences],
        [coerce(Token, t) for t in tokens],
        [coerce(Mention, m) for m in mentions],
        [coerce(DateMention, d) for d in dates],
    )
