"""Contiguous ranges: the two ends of a date or time range written as one expression
(7月3日至4日, 6日至8日, 今年1至3月, 2021—2025年, 9月23日0—24时, 8时至20时, 上午九十点),
one span with an ISO 8601 interval (DEV-SET decisions; gold guidelines, November 2026).

`find_dates` is the finder the resolver uses: `find.find_hits`, then the ends joined. An end is
either an expression of its own (7月3日 … 4日) or a bare number before the other end (the 1 of
1至3月, the 0 of 0—24时), which takes its unit from the end after it. A relative day starts
an expression of its own (从昨天8时到今天8时 is two), and a list (7月3日、4日) is no range.
Hand-written: the ends are the finder's hits, and no library reads these with offsets.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import lexicons
from pipeline.dates.find import (
    CN,
    DAYPART,
    YEAR_WORDS,
    DateHit,
    alternation,
    find_hits,
    number,
    shift_hour,
)

_JOIN = alternation(lexicons.words("dates_range_joins"))
# between the ends: the join word, and a part of the day the second end restates (8时至下午2时)
_JOINED = re.compile(rf"\s?(?:{_JOIN})\s?(?:{DAYPART})?")
# the first end as a bare number right before the second end (1至3月, 下午2—4时, 今年1至3月)
_LEFT_NUMBER = re.compile(
    rf"(?:(?P<yw>{alternation(YEAR_WORDS)})|(?P<part>{DAYPART}))?"
    rf"(?<![\d.])(?P<n>\d{{1,4}}|[{CN}]{{1,3}})\s?(?:{_JOIN})\s?$"
)


def find_dates(text: str, start: int, end: int) -> list[DateHit]:
    """The date expressions of text[start:end], in order, a range as one (its `upto` the end)."""
    return join_ranges(text, start, find_hits(text, start, end))


def join_ranges(text: str, start: int, hits: list[DateHit]) -> list[DateHit]:
    """The hits with the two ends of every contiguous range joined into the first."""
    out: list[DateHit] = []
    for hit in hits:
        prev = out[-1] if out else None
        joined = prev is not None and bool(_JOINED.fullmatch(text, prev.end, hit.start))
        if prev is not None and joined and prev.upto is None and _pair(prev, hit):
            prev.upto, prev.end = hit, hit.end
            continue
        left = _left_end(text, start, hit, prev)
        if left is not None and prev is not None and left.start < prev.end:
            out.pop()  # 7月3—4日: the month before the bare day is the range's first end
        out.append(left or hit)
    return out


def _month_only(hit: DateHit) -> bool:
    return hit.kind == "date" and hit.day is None and hit.hour is None


def _pair(a: DateHit, b: DateHit) -> bool:
    """Whether b can be the second end of a range that starts with a."""
    if b.upto is not None:
        return False
    if a.kind in ("date", "day") and a.day is not None:
        if a.hour is not None:  # 4月5日8时至20时
            return b.kind == "time" or (b.kind in ("date", "day") and b.hour is not None)
        if b.kind == "day":
            return b.hour is None and b.day is not None and b.day > a.day
        return b.kind == "date" and b.day is not None and b.hour is None
    if _month_only(a):  # 1月至3月; 11月至3月 turns the year
        return _month_only(b)
    if a.kind in ("year", "time", "decade"):
        return b.kind == a.kind
    return False


def _left_end(text: str, start: int, hit: DateHit, prev: DateHit | None) -> DateHit | None:
    """The range whose first end is a bare number written right before hit, or None."""
    if hit.upto is not None or hit.kind not in ("date", "day", "year", "time"):
        return None
    m = _LEFT_NUMBER.search(text, max(start, hit.start - 12), hit.start)
    n = number(m.group("n")) if m else None
    if m is None or n is None:
        return None
    begin, n_start = m.start(), m.start("n")
    adjacent = prev if prev is not None and prev.end == n_start else None
    if _month_only(hit) and not (hit.explicit_year or hit.year_word or m.group("part")):
        if 1 <= n < (hit.month or 0):  # 1至3月
            return DateHit(begin, hit.end, month=n, year_word=m.group("yw"), upto=hit)
    elif hit.kind == "year" and len(m.group("n")) == 4 and 1900 <= n < (hit.year or 0):
        return DateHit(n_start, hit.end, year=n, explicit_year=True, kind="year", upto=hit)
    elif hit.kind == "day" and hit.hour is None and 1 <= n < (hit.day or 0):
        if adjacent is not None and _month_only(adjacent):  # 7月3—4日
            return replace(adjacent, day=n, end=hit.end, upto=replace(hit, kind="date", month=adjacent.month))
        return DateHit(n_start, hit.end, day=n, kind="day", upto=hit)
    elif hit.kind == "time" and 0 <= n < (hit.hour or 0) <= 24:
        return _left_time(m, n, hit, adjacent)
    return None


def _left_time(m: re.Match[str], n: int, hit: DateHit, adjacent: DateHit | None) -> DateHit:
    """The range of hours whose first is n (0—24时, 下午2—4时, 9月23日0—24时)."""
    part = m.group("part")
    second = replace(hit, hour=shift_hour(hit.hour or 0, part)) if part else hit
    if adjacent is not None and adjacent.kind in ("date", "day") and adjacent.day and adjacent.hour is None:
        first = replace(adjacent, end=hit.end, upto=second)
    else:
        first = DateHit(m.start("n"), hit.end, kind="time", upto=second)
    first.set_time((shift_hour(n, part), 0, False, None))
    return first

