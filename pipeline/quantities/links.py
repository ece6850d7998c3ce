"""Step 5 of finding statistics: the place, organization and day a statistic belongs to.

The place is the nearest LOC mention in the sentence, else the last one named earlier in the
paragraph, else the article's dateline place; the organization the nearest ORG in the
sentence; the day the first day a date of the sentence is on, else the paragraph's first day,
else the article's (its publication date, else the first day it tells of).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.dates import day_of
from pipeline.records import Article, DateMention, Mention, Sentence


def nearest(mentions: list[Mention], pos: int, label: str) -> Mention | None:
    """The mention of `label` ending last before pos, else the first one after it."""
    cands = [m for m in mentions if m.label == label]
    if not cands:
        return None
    before = [m for m in cands if m.end <= pos]
    if before:
        return max(before, key=lambda m: m.end)
    return min(cands, key=lambda m: m.start)


def dateline_entity(article: Article, mentions: list[Mention]) -> str | None:
    """The entity of the article's dateline place (【新华社北京电】 -> 北京), if it was found."""
    if not article.dateline_place:
        return None
    return next(
        (
            m.entity_id
            for m in mentions
            if m.article_id == article.article_id and m.text == article.dateline_place and m.label == "LOC"
        ),
        None,
    )


@dataclass
class DayLinks:
    """The days of an article's dates, for the `date` of its statistics."""

    text: str
    dates: list[DateMention]
    article_day: str | None
    paragraph_day: dict[int, str]

    @classmethod
    def of(cls, text: str, dates: list[DateMention], page_day: str | None) -> DayLinks:
        # the article's date: the page's date, else the first day the article tells of
        article_day = page_day or next((day for d in dates if (day := day_of(d))), None)
        paragraph_day: dict[int, str] = {}
        for d in dates:
            day = day_of(d)
            if day:
                paragraph_day.setdefault(text.rfind("\n", 0, d.start), day)
        return cls(text, dates, article_day, paragraph_day)

    def of_sentence(self, sent: Sentence) -> str | None:
        in_sent = [d for d in self.dates if sent.start <= d.start < sent.end]
        sent_day = next((day for d in in_sent if (day := day_of(d))), None) or next(
            (d.value for d in in_sent if not d.value.startswith("T")), None
        )
        return sent_day or self.paragraph_day.get(self.text.rfind("\n", 0, sent.start)) or self.article_day


class PlaceTrail:
    """The last LOC named in the current paragraph, for counts whose sentence names none."""

    def __init__(self) -> None:
        self.paragraph = -2
        self.place: Mention | None = None

    def enter(self, text: str, sent: Sentence) -> None:
        para_start = text.rfind("\n", 0, sent.start)
        if para_start != self.paragraph:
            self.paragraph, self.place = para_start, None

    def place_for(self, mentions: list[Mention], pos: int) -> Mention | None:
        return nearest(mentions, pos, "LOC") or self.place

    def leave(self, mentions: list[Mention]) -> None:
        locs = [m for m in mentions if m.label == "LOC"]
        if locs:
            self.place = max(locs, key=lambda m: m.end)
