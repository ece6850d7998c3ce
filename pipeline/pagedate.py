"""Which date, or at least which year, a page is from: the one place that decides it.

The answer is written to the page's `documents` row (``publication_date``,
``publication_year``); every later stage reads it from there (segment copies it onto each
article). In order of trust:

1. the run's configuration (``--publication-date`` / ``--publication-year``);
2. a date, else a year, in the file or batch name (``rmrb_20220420.txt``, ``2022-04-20/``);
3. the latest full date written on the page (a notice's signature, a masthead), when neither
   names a year;
4. the year most pages of the batch state, for pages with none of these (``batch_year``; a
   batch is one issue or day of a paper).

An article's own full dates refine the year for its relative dates (pipeline.dates.resolve).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_NAME_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_FULL_DATE = re.compile(r"(20\d\d|19\d\d)年(\d{1,2})月(\d{1,2})日")


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


def page_date(
    text: str,
    names: Iterable[str],
    given_date: date | None = None,
    given_year: int | None = None,
) -> tuple[date | None, int | None]:
    """(publication_date, publication_year) of one page: given, else named, else written."""
    named_date, named_year = date_from_name(*names)
    pub_date = given_date or named_date
    if pub_date is None and not (given_year or named_year):
        pub_date = date_from_text(text)
    pub_year = given_year or (pub_date.year if pub_date else named_year)
    return pub_date, pub_year


def batch_year(years: Iterable[int | None]) -> int | None:
    """The year most pages of a batch state (the earliest of equally common ones)."""
    counts = Counter(year for year in years if year)
    if not counts:
        return None
    most = max(counts.values())
    return min(year for year, n in counts.items() if n == most)


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

