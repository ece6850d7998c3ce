"""Which date, or at least which year, a page is from: the one place that decides it.

The answer is written to the page's `documents` row (``publication_date``,
``publication_year``); every later stage reads it from there (segment copies it onto each
article). In order of trust:

1. the run's configuration (``--publication-date`` / ``--publication-year``);
2. a date, else a year, in the file or batch name (``rmrb_20220420.txt``, ``2022-04-20/``);
3. the latest full date written on the page (a notice's signature, a masthead), when neither
   names a year;
4. the year the other pages of the batch state, for pages with none of these (``batch_years``;
   a batch is one issue or day of a paper, or a folder of them in page order: the nearest
   page that states a year where they differ);
5. the latest year the page's text tells of (2022年，潜山市实现…), not a target year
   (到2025年底), for a page alone that names none of the above (``year_from_text``): a lower
   bound, so the batch's year is trusted over it (``year_is_implied``).

A story fixes its own day where its text writes it beside a relative day (今天（7月5日）,
昨晚（7月28日）): ``story_date``; its dates are read from that day (pipeline.dates.resolve).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from pipeline import lexicons
from pipeline.records import Document

_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_FULL_DATE = re.compile(r"(20\d\d|19\d\d)年(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d) ?年(?![度级代第])")
_FUTURE = lexicons.rows("dates_future_year_words")
_FUTURE_BEFORE = tuple(row[0] for row in _FUTURE if row[1] == "before")
_FUTURE_AFTER = tuple(row[0] for row in _FUTURE if row[1] == "after")
# 今天（7月5日）: a relative day and the calendar day it is, in brackets
_PAGE_DAYS = {row[0]: int(row[1]) for row in lexicons.rows("dates_relative_days") if row[2] == "page"}
_STORY_DAY = re.compile(
    "(?P<rel>" + "|".join(sorted(map(re.escape, _PAGE_DAYS), key=len, reverse=True)) + ")"
    r"[（(](?:(?P<y>(?:19|20)\d\d)年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日[）)]"
)


def date_from_name(*names: str) -> tuple[date | None, int | None]:
    """The publication date (or only year) a file or batch is named by: rmrb_20220420.txt,
    2022-04-20/page3.txt, 2022/. The first name that has one wins."""
    for name in names:
        for match in _NAME_DATE.finditer(name):
            try:
                found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            return found, found.year
    for name in names:
        year = _NAME_YEAR.search(name)
        if year:
            return None, int(year.group(1))
    return None, None


def date_from_text(text: str) -> date | None:
    """The latest full calendar date written on the page (a notice's signature date, a
    masthead), a fallback when the batch gives none."""
    found: list[date] = []
    for match in _FULL_DATE.finditer(text):
        try:
            found.append(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            continue
    return max(found) if found else None


def year_from_text(text: str) -> int | None:
    """The latest year the page tells of (2022年，潜山市实现…), leaving out target years (到2025年,
    2035年前); a lower bound of the page's year, for a page that names no date."""
    years = []
    for match in _YEAR.finditer(text):
        before, after = text[max(0, match.start() - 4) : match.start()], text[match.end() : match.end() + 2]
        if before.endswith(_FUTURE_BEFORE) or after.startswith(_FUTURE_AFTER):
            continue
        years.append(int(match.group(1)))
    return max(years) if years else None


def stated_date(
    text: str,
    names: Iterable[str],
    given_date: date | None = None,
    given_year: int | None = None,
) -> tuple[date | None, int | None]:
    """(publication_date, publication_year) of one page as given, else named, else written."""
    named_date, named_year = date_from_name(*names)
    pub_date = given_date or named_date
    if pub_date is None and not (given_year or named_year):
        pub_date = date_from_text(text)
    pub_year = given_year or (pub_date.year if pub_date else named_year)
    return pub_date, pub_year


def page_date(
    text: str,
    names: Iterable[str],
    given_date: date | None = None,
    given_year: int | None = None,
) -> tuple[date | None, int | None]:
    """(publication_date, publication_year) of one page: given, else named, else written, else
    the latest year its text tells of."""
    pub_date, pub_year = stated_date(text, names, given_date, given_year)
    return pub_date, pub_year or year_from_text(text)


def year_is_implied(document: Document) -> bool:
    """Whether a page's year is only the one its text implies (step 5), which the batch's
    year overrides."""
    if document.publication_date is not None or document.publication_year is None:
        return False
    if stated_date(document.text, (document.source_path, document.batch_id)) != (None, None):
        return False
    return document.publication_year == year_from_text(document.text)


def story_date(text: str, page: date | None, year: int | None) -> date | None:
    """The day a story is from where its text writes it beside a relative day (今天（7月5日）
    is that day; 昨晚（7月28日） the day before the story's): the page's year, or the year
    before when that day would come more than half a year after the page's date (12月30日 on a
    page of January 3rd). None when the text fixes none."""
    match = _STORY_DAY.search(text)
    if match is None:
        return None
    y = int(match.group("y")) if match.group("y") else year
    if y is None:
        return None
    try:
        day = date(y, int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None
    if page is not None and not match.group("y") and (day - page).days > 183:
        try:
            day = day.replace(year=y - 1)
        except ValueError:
            return None
    return day - timedelta(days=_PAGE_DAYS[match.group("rel")])


def batch_year(years: Iterable[int | None]) -> int | None:
    """The year most pages of a batch state (the earliest of equally common ones)."""
    counts = Counter(year for year in years if year)
    if not counts:
        return None
    most = max(counts.values())
    return min(year for year, n in counts.items() if n == most)


def batch_years(pages: list[tuple[str, int | None]]) -> dict[str, int]:
    """The year each page of a batch without one of its own takes, by name: the batch's, when
    the pages that state a year agree; else the year of the nearest page in file order that
    states one (a folder of several issues is in page order; the earliest of the most common
    years breaks a tie)."""
    ordered = sorted(pages)
    stated = [(i, year) for i, (_, year) in enumerate(ordered) if year]
    if not stated:
        return {}
    if len({year for _, year in stated}) == 1:
        return {name: stated[0][1] for name, year in ordered if not year}
    found: dict[str, int] = {}
    for i, (name, year) in enumerate(ordered):
        if year:
            continue
        gap = min(abs(i - j) for j, _ in stated)
        nearest = batch_year(y for j, y in stated if abs(i - j) == gap)
        if nearest:
            found[name] = nearest
    return found


def as_date(value: Any) -> date | None:
    """A date as tables and callers may carry it: date, datetime, ISO text or None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None

