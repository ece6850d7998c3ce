"""Finding date and time expressions in a paragraph: a small date grammar (regular
expressions over digits and Chinese numerals) and the date words of `pipeline/lexicons/`
(dates_dayparts, dates_relative_days, dates_holidays, dates_duration_before, dates_recurring).

`find_dates` returns every expression with what it writes (year, month, day, hour, minute,
offset in days) and nothing resolved yet; `pipeline.dates.resolve` gives them their values.
Hand-written because no library reads this part of Chinese news text (4月5日夜, 次日凌晨4时,
8时许, 16日 against 连续3日) with offsets into the page; the numerals are read by
`pipeline.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.numbers import parse_numeral

# --- date words (lexicons) and the grammar ---------------------------------------------------

DAYPART_SHIFT: dict[str, str] = lexicons.mapping("dates_dayparts")
_RELATIVE_ROWS = lexicons.rows("dates_relative_days")
# relative to the page's date (昨天) and relative to the day being told (次日); the latter are
# resolved only with a clock time after them (次日凌晨4时): alone they stay out of `dates`
PAGE_RELATIVE: dict[str, int] = {row[0]: int(row[1]) for row in _RELATIVE_ROWS if row[2] == "page"}
TOLD_RELATIVE: dict[str, int] = {row[0]: int(row[1]) for row in _RELATIVE_ROWS if row[2] == "told"}
# the part of the day a relative word implies: 昨晚11时 is 23:00
RELATIVE_DAYPART: dict[str, str] = {row[0]: row[3] for row in _RELATIVE_ROWS if len(row) > 3 and row[3]}
HOLIDAYS: dict[str, tuple[int, int]] = {
    row[0]: (int(row[1]), int(row[2])) for row in lexicons.rows("dates_holidays")
}
_HOLIDAY_CONTEXT: dict[str, str] = {
    row[0]: row[3] for row in lexicons.rows("dates_holidays") if len(row) > 3 and row[3]
}
# a day number alone (16日, 记者17日获悉) is a date unless a word before it makes N日 a
# length of time (连续3日, 历时5日, 前3日): then it is a statistic (unit 日)
_DAY_DURATION_LEFT = tuple(lexicons.words("dates_duration_before"))
_RECURRING = tuple(lexicons.words("dates_recurring"))


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in lexicons.longest_first(tuple(words)))


_CN = "零〇一二两三四五六七八九十"
_N12 = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_DAYPART = _alternation(tuple(DAYPART_SHIFT))
_TIME = (
    rf"(?P<h>\d{{1,2}}|[{_CN}]{{1,3}})"
    rf"(?:(?P<sep>[时点])(?:(?P<min>\d{{1,2}}|[{_CN}]{{1,3}})分|(?P<half>半)|(?P<zh>钟))?"
    r"|:(?P<min2>\d{2})(?!\d))(?P<xu>许|左右)?"
)
_DATE_RE = re.compile(
    rf"(?:(?P<y>(?:19|20)\d{{2}}|[一二][〇零九][一二三四五六七八九〇零]{{2}})年)?"
    rf"(?P<m>{_N12})月(?:(?P<d>{_N12})[日号])?"
    rf"(?:(?P<part>{_DAYPART})?(?P<time>{_TIME}))?"
)
_DAY_RE = re.compile(rf"(?P<d>{_N12})日(?:(?P<part>{_DAYPART})?(?P<time>{_TIME}))?")
_YEAR_RE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?!第|度|级|代)")
_TIME_RE = re.compile(rf"(?:(?P<part>{_DAYPART}))?(?P<time>{_TIME})")
_RELATIVE_RE = re.compile(_alternation(tuple(PAGE_RELATIVE)))
_REL_TIME_RE = re.compile(
    rf"(?P<rel>{_alternation((*PAGE_RELATIVE, *TOLD_RELATIVE))})(?P<part>{_DAYPART})?(?P<time>{_TIME})"
)
_HOLIDAY_RE = re.compile(
    "|".join(
        re.escape(name) + (f"(?={_HOLIDAY_CONTEXT[name]})" if name in _HOLIDAY_CONTEXT else "")
        for name in lexicons.longest_first(tuple(HOLIDAYS))
    )
)
# between a dated time (or a date) and the end of a time range: 9月23日0—24时, 8时至20时
TIME_RANGE_GAP = re.compile(rf"(?:{_N12}(?:[时点](?:{_N12}分)?)?)?[—\-－~～至到]")
# a Chinese month alone (一月) is often not a date (一月一次); it is before these
_MONTH_ALONE_BEFORE = ("份", "底", "初", "中", "末", "以", "至")


def day_is_duration(text: str, start: int) -> bool:
    """Whether the day number at text[start] (3日) is a length of time (连续3日), not a date."""
    before = text[max(0, start - 3) : start]
    if before.endswith("附近"):
        return False  # 休斯敦市附近16日发生爆炸: a place, then a date
    return bool(before) and (before[-1].isdigit() or before.endswith(_DAY_DURATION_LEFT))


def in_quote(text: str, para_start: int, pos: int) -> bool:
    """Whether pos is inside a quotation opened earlier in the paragraph."""
    seg = text[para_start:pos]
    return seg.count("“") > seg.count("”")


def _num(text: str | None) -> int | None:
    if not text:
        return None
    v = parse_numeral(text)
    return None if v is None or v != int(v) else int(v)


@dataclass
class DateHit:
    """One expression as written, before resolution."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    has_minute: bool = False
    recurring: bool = False
    explicit_year: bool = False
    kind: str = "date"  # date | day | time | year | relative | reltime | holiday
    offset_days: int = 0
    from_page: bool = True  # relative to the page's date (昨天), else to the day being told

    def set_time(self, parts: tuple[int, int, bool]) -> None:
        self.hour, self.minute, self.has_minute = parts


# --- clock times -----------------------------------------------------------------------------


def _shift_hour(hour: int, part: str | None) -> int:
    """The 24-hour clock hour of an hour written after a part of the day (下午3时 -> 15)."""
    shift = DAYPART_SHIFT.get(part or "", "am")
    if shift == "pm" and hour < 12:
        return hour + 12
    if shift == "night" and 5 < hour < 12:
        return hour + 12
    if shift == "noon" and hour < 6:
        return hour + 12
    return hour


def _minutes(m: re.Match[str]) -> tuple[int, bool] | None:
    """(minute, minutes written) of a time match; None when the minutes are no minutes."""
    if m.group("min") or m.group("min2"):
        mv = _num(m.group("min") or m.group("min2"))
        if mv is None or mv >= 60:
            return None
        return mv, True
    if m.group("half"):
        return 30, True
    return 0, False


def _time_parts(m: re.Match[str], text: str, start_of_time: int) -> tuple[int, int, bool] | None:
    """(hour, minute, minutes written) of a time match, or None when it is not a clock time."""
    h_text = m.group("h")
    hour = _num(h_text)
    if hour is None or hour > 24:
        return None
    part = m.group("part")
    if "rel" in m.re.groupindex:
        part = part or RELATIVE_DAYPART.get(m.group("rel"))  # 昨晚11时 is 23:00
    if m.group("sep") == "点" and m.group("min") is None and m.group("half") is None:
        nxt = text[m.end("time") : m.end("time") + 1]
        if nxt.isdigit() or nxt in _CN:  # 3点5 is a decimal, not a time
            return None
    # a Chinese hour needs a day part or a minute/钟 to be a time: 第一时间, 一时半会
    if not h_text.isdigit() and not (part or m.group("min") or m.group("half") or m.group("zh")):
        return None
    if start_of_time > 0 and text[start_of_time - 1] in "第每前近约":
        return None
    minutes = _minutes(m)
    if minutes is None:
        return None
    return _shift_hour(hour, part), minutes[0], minutes[1]


# --- one finder per kind of expression, in the order they claim the text ----------------------

_Claim = Callable[[int, int], bool]  # whether text[s:e] is still free


def _calendar_dates(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """4月5日, 2022年11月17日, 4月9日清晨6时, 10月 (a month alone before 份/底/初 …)."""
    seg = text[start:end]
    for m in _DATE_RE.finditer(seg):
        s = start + m.start()
        if s > 0 and (text[s - 1].isdigit() or text[s - 1] in "个第"):
            continue
        month, day = _num(m.group("m")), _num(m.group("d"))
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        if (
            m.group("d") is None
            and not m.group("m").isdigit()
            and seg[m.end() : m.end() + 1] not in _MONTH_ALONE_BEFORE
        ):
            continue
        hit = DateHit(s, start + m.end(), month=month, day=day, kind="date")
        if m.group("y"):
            y = _num(m.group("y")) if not m.group("y").isdigit() else int(m.group("y"))
            hit.year, hit.explicit_year = y, True
        if m.group("time"):
            tp = _time_parts(m, text, start + m.start("time"))
            if tp is None or day is None:  # keep the date, drop what is not a time
                hit.end = start + (m.end("d") if m.group("d") else m.end("m")) + 1
            else:
                hit.set_time(tp)
        yield hit


def _days(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A day alone (16日, 17日晚8时), unless a word before makes it a length (连续3日)."""
    for m in _DAY_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if not free(s, e) or day_is_duration(text, s):
            continue
        day = _num(m.group("d"))
        if day is None or not 1 <= day <= 31:
            continue
        hit = DateHit(s, e, day=day, kind="day")
        if m.group("time"):
            tp = _time_parts(m, text, start + m.start("time"))
            if tp is None:
                hit.end = start + m.end("d") + 1
            else:
                hit.set_time(tp)
        yield hit


def _years(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A year alone (2004年), not 2022年第165号 or 2022年度."""
    for m in _YEAR_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if free(s, e) and not (s > 0 and text[s - 1].isdigit()):
            yield DateHit(s, e, year=int(m.group("y")), explicit_year=True, kind="year")


def _relative_times(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A relative day with a clock time: 今天上午9点半, 次日凌晨4时."""
    for m in _REL_TIME_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        tp = _time_parts(m, text, start + m.start("time"))
        if tp is None or not free(s, e) or in_quote(text, start, s):
            continue
        rel = m.group("rel")
        hit = DateHit(s, e, kind="reltime")
        hit.offset_days = PAGE_RELATIVE.get(rel, TOLD_RELATIVE.get(rel, 0))
        hit.from_page = rel in PAGE_RELATIVE
        hit.set_time(tp)
        yield hit


def _times(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A clock time alone (晚上11时, 8时许); after 每天 it recurs."""
    for m in _TIME_RE.finditer(text[start:end]):
        ts = start + m.start("time")
        e = start + m.end()
        if not free(ts, e) or (ts > 0 and (text[ts - 1].isdigit() or text[ts - 1] == ".")):
            continue
        tp = _time_parts(m, text, ts)
        if tp is None:
            continue
        hit = DateHit(ts, e, kind="time")
        hit.set_time(tp)
        before = text[max(start, ts - 6) : ts]
        hit.recurring = any(w in before for w in _RECURRING)
        yield hit


def _relative_days(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A day relative to the page (昨天, 今日), outside quotations."""
    for m in _RELATIVE_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if free(s, e) and not in_quote(text, start, s):
            yield DateHit(s, e, kind="relative", offset_days=PAGE_RELATIVE[m.group()])


def _holidays(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A holiday on a fixed day (国庆节, 五一假期)."""
    for m in _HOLIDAY_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if free(s, e):
            month, day = HOLIDAYS[m.group()]
            yield DateHit(s, e, month=month, day=day, kind="holiday")


_FINDERS = (_calendar_dates, _days, _years, _relative_times, _times, _relative_days, _holidays)


def find_dates(text: str, start: int, end: int) -> list[DateHit]:
    """Date and time expressions in text[start:end], in order, not overlapping: each finder
    in turn claims what the ones before it left free."""
    hits: list[DateHit] = []

    def free(s: int, e: int) -> bool:
        return all(e <= h.start or s >= h.end for h in hits)

    for finder in _FINDERS:
        for hit in finder(text, start, end, free):
            hits.append(hit)
    hits.sort(key=lambda h: h.start)
    return hits
