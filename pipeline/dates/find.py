"""Finding date and time expressions in a paragraph: a small date grammar (regular
expressions over digits and Chinese numerals) and the date words of `pipeline/lexicons/`
(dates_dayparts, dates_relative_days, dates_holidays, dates_lunar_holidays, dates_lunar_months,
dates_year_words, dates_period_tails, dates_centuries, dates_duration_before, dates_recurring,
dates_point_nouns).

`find_hits` returns every expression with what it writes (year, year word, month, day, hour,
minute, offset in days, decade, lunar month and day) and nothing resolved yet;
`pipeline.dates.ranges` joins the two ends of a range and `pipeline.dates.resolve` gives them
their values. Hand-written: jionlp's `extract_time` finds many of these forms with offsets,
but it resolves every one against a single base time (not the day a paragraph is telling of:
4月5日夜，… 晚上11时), gives every value as a second-precision interval, keeps 今天上午 in a
clock time's span, and does not follow the gold conventions (今天 alone, 3点建议, holidays
nearest the story's day); it is also only in the eval extra. The numerals are read by
`pipeline.numbers`, the lunar calendar by `lunardate`.
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
# a day number alone (16日, 记者17日获悉) is a date unless a word before it makes N日 a
# length of time (连续3日, 历时5日, 前3日): then it is a statistic (unit 日)
_DAY_DURATION_LEFT = tuple(lexicons.words("dates_duration_before"))
_RECURRING = tuple(lexicons.words("dates_recurring"))
# 去年12月, 同年5月: a year word before a month belongs to the date (DEV-SET: one span)
YEAR_WORDS: tuple[str, ...] = lexicons.words("dates_year_words")
# 2018年底, 7月下旬, 1月份: the part of a year or month named after it, inside the span
_TAILS = lexicons.rows("dates_period_tails")
_MONTH_TAILS = tuple(row[0] for row in _TAILS if row[1] in ("month", "both"))
_YEAR_TAILS = tuple(row[0] for row in _TAILS if row[1] in ("year", "both"))
LUNAR_HOLIDAYS: dict[str, tuple[int, int]] = {
    row[0]: (int(row[1]), int(row[2])) for row in lexicons.rows("dates_lunar_holidays")
}
# solar terms named as days (清明节, 冬至): the term's name, resolved by year (holidays.solar_term)
SOLAR_TERMS: dict[str, str] = {row[0]: row[1] for row in lexicons.rows("dates_solar_terms")}
LUNAR_MONTHS: dict[str, int] = {k: int(v) for k, v in lexicons.mapping("dates_lunar_months").items()}
# 3点建议: a count of points, not a clock time
_POINT_NOUNS = tuple(lexicons.words("dates_point_nouns"))
CENTURIES: dict[str, tuple[int, bool]] = {
    row[0]: (int(row[1]), row[2] == "page") for row in lexicons.rows("dates_centuries")
}


def alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in lexicons.longest_first(tuple(words)))


# 上月15日, 下个月3日: a day's month counted from the story's month
MONTH_WORDS: dict[str, int] = {row[0]: int(row[1]) for row in lexicons.rows("dates_month_words")}
_MONTH_WORD_BEFORE = re.compile(rf"(?:{alternation(tuple(MONTH_WORDS))})$")

CN = "零〇一二两三四五六七八九十"
N12 = rf"(?:\d{{1,2}}|[{CN}]{{1,3}})"
DAYPART = alternation(tuple(DAYPART_SHIFT))
_TIME = (
    rf"(?P<h>\d{{1,2}}|[{CN}]{{1,3}})"
    rf"(?:(?P<sep>[时点])(?:(?P<min>\d{{1,2}}|[{CN}]{{1,3}})分(?:(?P<sec>[0-5]?\d(?!\d)|[{CN}]{{1,3}})秒)?"
    rf"|(?P<half>半)|(?P<zh>钟))?"
    r"|:(?P<min2>\d{2})(?!\d))(?P<xu>许)?"
)
_YEAR_NUM = r"(?:19|20)\d{2}|[一二][〇零九][一二三四五六七八九〇零]{2}"
_DATE_RE = re.compile(
    rf"(?P<yw>{alternation(YEAR_WORDS)})?(?:(?P<y>{_YEAR_NUM})年)?"
    rf"(?P<m>{N12})月(?:(?P<d>{N12})[日号])?"
    rf"(?:(?P<part>{DAYPART})?(?P<time>{_TIME}))?"
    rf"(?P<tail>{alternation(_MONTH_TAILS)})?"
)
_DAY_RE = re.compile(rf"(?P<d>{N12})日(?:(?P<part>{DAYPART})?(?P<time>{_TIME}))?")
_YEAR_RE = re.compile(rf"(?P<y>{_YEAR_NUM})年(?!第|度|级|代)(?P<tail>{alternation(_YEAR_TAILS)})?")
# 上世纪70年代, 80年代, 1990年代, 八九十年代 (two decades: a range)
_DECADE_RE = re.compile(
    rf"(?P<c>{alternation(tuple(CENTURIES))})?"
    r"(?:(?P<d4>(?:19|20)\d)0|(?P<d2>\d)0|(?P<cn>[一二三四五六七八九]{1,2})十)年代"
    rf"(?P<tail>{alternation(('初期', '中期', '末期', '中后期', '初', '末'))})?"
)
_LUNAR_DAY = (
    r"初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[十廿]五"
)
_LUNAR_RE = re.compile(
    rf"(?:农历(?P<nm>[正一二三四五六七八九十冬腊]{{1,2}})月|(?P<named>{alternation(tuple(LUNAR_MONTHS))}))"
    rf"(?P<ld>{_LUNAR_DAY})?"
)
# 九十点, 八九点钟, 十一二点: two neighbouring hours written as one numeral
_PAIRED_HOURS_RE = re.compile(rf"(?P<part>{DAYPART})?(?P<h>[一二三四五六七八九十]{{2,3}})[点时](?:钟)?")
_TIME_RE = re.compile(rf"(?:(?P<part>{DAYPART}))?(?P<time>{_TIME})")
_RELATIVE_RE = re.compile(alternation(tuple(PAGE_RELATIVE)))
# 今晚（4月6日）8点: the day written in brackets between the relative word and the time
_REL_TIME_RE = re.compile(
    rf"(?P<rel>{alternation((*PAGE_RELATIVE, *TOLD_RELATIVE))})(?:[（(][^（）()]{{2,12}}[）)])?"
    rf"(?P<part>{DAYPART})?(?P<time>{_TIME})"
)
# 2021年春节, 去年国庆节: the year a holiday is in, written before it
_YEAR_BEFORE = re.compile(rf"(?:(?P<y>{_YEAR_NUM})年|(?P<yw>{alternation(YEAR_WORDS)}))$")


def _holiday_pattern(rows: tuple[tuple[str, ...], ...], need_at: int = 3) -> re.Pattern[str]:
    """A holiday name, with the words one of which must follow it (五一假期, not 五一路) and
    those none of which may (春节联欢晚会 is a programme), in columns need_at and need_at + 1."""
    parts = []
    for row in sorted(rows, key=lambda r: -len(r[0])):
        need = f"(?={row[need_at]})" if len(row) > need_at and row[need_at] else ""
        block = f"(?!{row[need_at + 1]})" if len(row) > need_at + 1 and row[need_at + 1] else ""
        parts.append(re.escape(row[0]) + need + block)
    return re.compile("|".join(parts))


_HOLIDAY_RE = _holiday_pattern(lexicons.rows("dates_holidays"))
_LUNAR_HOLIDAY_RE = _holiday_pattern(lexicons.rows("dates_lunar_holidays"))
_SOLAR_TERM_RE = _holiday_pattern(lexicons.rows("dates_solar_terms"), need_at=2)
# between a dated time (or a date) and the end of a time range: 9月23日0—24时, 8时至20时
TIME_RANGE_GAP = re.compile(rf"(?:{N12}(?:[时点](?:{N12}分)?)?)?[—\-－~～至到]")
# a Chinese month alone (一月) is often not a date (一月一次); it is before these
_MONTH_ALONE_BEFORE = ("份", "底", "初", "中", "末", "以", "至", "上旬", "下旬")


_NUMBER_AND_JOIN = re.compile(r"\d{1,2}[至到—－~～-]$")


def day_is_duration(text: str, start: int) -> bool:
    """Whether the day number at text[start] (3日) is a length of time (连续3日, 连续3至5日),
    not a date."""
    joined = _NUMBER_AND_JOIN.search(text, max(0, start - 3), start)
    if joined is not None:  # the second number of a range: as the first is
        return day_is_duration(text, joined.start())
    before = text[max(0, start - 3) : start]
    if before.endswith("附近"):
        return False  # 休斯敦市附近16日发生爆炸: a place, then a date
    return bool(before) and (before[-1].isdigit() or before.endswith(_DAY_DURATION_LEFT))


def in_quote(text: str, para_start: int, pos: int) -> bool:
    """Whether pos is inside a quotation opened earlier in the paragraph."""
    seg = text[para_start:pos]
    return seg.count("“") > seg.count("”")


def number(text: str | None) -> int | None:
    if not text:
        return None
    v = parse_numeral(text)
    return None if v is None or v != int(v) else int(v)


def in_short_name(text: str, pos: int) -> bool:
    """Whether pos is inside a short quoted name (“五点半课堂”): a time there is no time."""
    opened = text.rfind("“", max(0, pos - 8), pos)
    if opened < 0 or "”" in text[opened:pos]:
        return False
    closed = text.find("”", pos, pos + 10)
    return closed >= 0 and "“" not in text[pos:closed]


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
    second: int | None = None  # 8时3分42秒: a launch or a finish written to the second
    recurring: bool = False
    explicit_year: bool = False
    # date | day | time | year | decade | relative | reltime | holiday | lunar | term
    kind: str = "date"
    term: str | None = None  # the solar term of a term day (清明节 -> 清明)
    month_offset: int | None = None  # 上月15日: -1, the month counted from the story's
    offset_days: int = 0
    from_page: bool = True  # relative to the page's date (昨天), else to the day being told
    year_word: str | None = None  # 去年 in 去年12月底
    decade: int | None = None  # 7 in 70年代
    century: tuple[int, bool] | None = None  # (19, False) for 20世纪, (-1, True) for 上世纪
    upto: DateHit | None = None  # the other end of a range (7月3日至4日)
    year_given: bool = False  # the year is the other end's (2024年10月15日至11月4日)

    def set_time(self, parts: tuple[int, int, bool, int | None]) -> None:
        self.hour, self.minute, self.has_minute, self.second = parts


# --- clock times -----------------------------------------------------------------------------


def shift_hour(hour: int, part: str | None) -> int:
    """The 24-hour clock hour of an hour written after a part of the day (下午3时 -> 15)."""
    shift = DAYPART_SHIFT.get(part or "", "am")
    if shift == "pm" and hour < 12:
        return hour + 12
    if shift == "night" and 5 < hour < 12:
        return hour + 12
    if shift == "noon" and hour < 6:
        return hour + 12
    return hour


def _minutes(m: re.Match[str]) -> tuple[int, bool, int | None] | None:
    """(minute, minutes written, second or None) of a time match; None when the minutes or
    seconds are none (3时75分)."""
    if m.group("min") or m.group("min2"):
        mv = number(m.group("min") or m.group("min2"))
        sv = number(m.group("sec")) if m.groupdict().get("sec") else None
        if mv is None or mv >= 60 or (sv is not None and sv >= 60):
            return None
        return mv, True, sv
    if m.group("half"):
        return 30, True, None
    return 0, False, None


_MIDNIGHT = ("零", "〇")


def _time_parts(
    m: re.Match[str], text: str, offset: int
) -> tuple[int, int, bool, int | None] | None:
    """(hour, minute, minutes written, second) of a time match on text[offset:], or None when
    it is not a clock time."""
    start_of_time, end_of_time = offset + m.start("time"), offset + m.end("time")
    h_text = m.group("h")
    hour = number(h_text)
    if hour is None or hour > 24:
        return None
    part = m.group("part")
    if "rel" in m.re.groupindex:
        part = part or RELATIVE_DAYPART.get(m.group("rel"))  # 昨晚11时 is 23:00
    if m.group("sep") == "点" and m.group("min") is None and m.group("half") is None:
        nxt = text[end_of_time : end_of_time + 1]
        if nxt and (nxt.isdigit() or nxt in CN):  # 3点5 is a decimal, not a time
            return None
        if not (part or m.group("zh")) and text.startswith(_POINT_NOUNS, end_of_time):
            return None  # 3点建议
    # a Chinese hour needs a day part or a minute/钟 to be a time: 第一时间, 一时半会; 零时 and
    # 零点 (midnight) right after a day mean nothing else (20日零时; but 零时工 alone)
    midnight = h_text in _MIDNIGHT and "d" in m.re.groupindex and m.group("d") is not None
    written = part or m.group("min") or m.group("half") or m.group("zh") or midnight
    if not h_text.isdigit() and not written:
        return None
    if start_of_time > 0 and text[start_of_time - 1] in "第每前近约":
        return None
    if in_short_name(text, start_of_time):  # “五点半课堂”
        return None
    minutes = _minutes(m)
    if minutes is None:
        return None
    return shift_hour(hour, part), *minutes


# --- one finder per kind of expression, in the order they claim the text ----------------------

_Claim = Callable[[int, int], bool]  # whether text[s:e] is still free


def _end_of_date(m: re.Match[str], start: int) -> int:
    """Where a date match ends when what follows its day (or month) is not a clock time."""
    return start + (m.end("d") if m.group("d") else m.end("m")) + 1


def _calendar_dates(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """4月5日, 2022年11月17日, 4月9日清晨6时, 去年12月底, 7月下旬 (a Chinese month alone only
    before 份/底/初/旬 …: 一月一次 is no date)."""
    seg = text[start:end]
    for m in _DATE_RE.finditer(seg):
        s = start + (m.start("y") if m.group("y") else m.start("m"))
        if s > 0 and (text[s - 1].isdigit() or text[s - 1] in "个第"):
            continue
        month, day = number(m.group("m")), number(m.group("d"))
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        alone = m.group("d") is None and not m.group("m").isdigit()
        if alone and not seg[m.end("m") + 1 :].startswith(_MONTH_ALONE_BEFORE):
            continue
        hit = DateHit(s, start + m.end(), month=month, day=day, kind="date")
        if m.group("yw") and not m.group("y"):
            hit.start, hit.year_word = start + m.start(), m.group("yw")
        if not free(hit.start, hit.end):
            continue
        if m.group("y"):
            hit.year, hit.explicit_year = number(m.group("y")), True
        if m.group("time"):
            tp = _time_parts(m, text, start)
            if tp is None or day is None:  # keep the date, drop what is not a time
                hit.end = _end_of_date(m, start)
            else:
                hit.set_time(tp)
        elif m.group("tail") and day is not None:  # a tail names part of a month, not of a day
            hit.end = _end_of_date(m, start)
        yield hit


def _days(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A day alone (16日, 17日晚8时), unless a word before makes it a length (连续3日)."""
    for m in _DAY_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if not free(s, e) or day_is_duration(text, s):
            continue
        day = number(m.group("d"))
        if day is None or not 1 <= day <= 31:
            continue
        hit = DateHit(s, e, day=day, kind="day")
        word = _MONTH_WORD_BEFORE.search(text, max(start, s - 3), s)
        if word is not None and free(word.start(), e):  # 上月15日
            hit.start, hit.month_offset = word.start(), MONTH_WORDS[word.group()]
        if m.group("time"):
            tp = _time_parts(m, text, start)
            if tp is None:
                hit.end = start + m.end("d") + 1
            else:
                hit.set_time(tp)
        yield hit


def _years(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A year alone (2004年, 2018年底, 二〇二二年), not 2022年第165号 or 2022年度."""
    for m in _YEAR_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if free(s, e) and not (s > 0 and (text[s - 1].isdigit() or text[s - 1] in CN)):
            yield DateHit(s, e, year=number(m.group("y")), explicit_year=True, kind="year")


def _decades(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A decade (上世纪70年代, 1990年代, 八十年代); 八九十年代 is two, a range."""
    for m in _DECADE_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if not free(s, e) or (s > 0 and text[s - 1].isdigit()):
            continue
        century = CENTURIES.get(m.group("c") or "")
        if m.group("d4"):
            digits = m.group("d4")
            yield DateHit(s, e, kind="decade", decade=int(digits[2]), century=(int(digits[:2]), False))
            continue
        decades = [int(m.group("d2"))] if m.group("d2") else [CN.index(c) - 2 for c in m.group("cn")]
        if any(d < 1 for d in decades) or (len(decades) == 2 and decades[1] != decades[0] + 1):
            continue
        hit = DateHit(s, e, kind="decade", decade=decades[0], century=century)
        if len(decades) == 2:
            hit.upto = DateHit(s, e, kind="decade", decade=decades[1], century=century)
        yield hit


def _lunar_days(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A lunar month (正月, 腊月, 农历七月) or a lunar day (正月十五, 农历八月十五)."""
    for m in _LUNAR_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        month = LUNAR_MONTHS.get(m.group("named") or "") or _lunar_number(m.group("nm") or "")
        if not free(s, e) or month is None or not 1 <= month <= 12:
            continue
        day = _lunar_number(m.group("ld").lstrip("初").replace("廿", "二十")) if m.group("ld") else None
        yield DateHit(s, e, month=month, day=day, kind="lunar")


def _lunar_number(text: str) -> int | None:
    named = {"正": 1, "冬": 11, "腊": 12}
    return named.get(text) or number(text)


def _relative_times(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A relative day with a clock time: 今天上午9点半, 次日凌晨4时. The span is the clock
    time (DEV-SET: a clock time leaves out 今天上午); the relative word gives its day."""
    for m in _REL_TIME_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        tp = _time_parts(m, text, start)
        if tp is None or not free(start + m.start("time"), e) or in_quote(text, start, s):
            continue
        rel = m.group("rel")
        hit = DateHit(start + m.start("time"), e, kind="reltime")
        hit.offset_days = PAGE_RELATIVE.get(rel, TOLD_RELATIVE.get(rel, 0))
        hit.from_page = rel in PAGE_RELATIVE
        hit.set_time(tp)
        yield hit


def _paired_hours(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """Two neighbouring hours as one numeral (上午九十点 -> 9:00 to 10:00, 晚上八九点钟)."""
    for m in _PAIRED_HOURS_RE.finditer(text[start:end]):
        s, e = start + m.start("h"), start + m.end()
        h = m.group("h")
        whole = number(h)
        if not free(s, e) or (whole is not None and whole <= 24):
            continue
        for cut in range(1, len(h)):
            first, second = number(h[:cut]), number(h[cut:])
            if first is None or second is None:
                continue
            if second < first and first >= 10:
                second += 10  # 十一二点: 11 and 12
            if second == first + 1 and 0 < first < 24:
                part = m.group("part")
                hit = DateHit(s, e, kind="time", hour=shift_hour(first, part), minute=0)
                hit.upto = DateHit(s, e, kind="time", hour=shift_hour(second, part), minute=0)
                yield hit
                break


def _times(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A clock time alone (晚上11时, 8时许); after 每天 it recurs."""
    for m in _TIME_RE.finditer(text[start:end]):
        ts = start + m.start("time")
        e = start + m.end()
        if not free(ts, e) or (ts > 0 and (text[ts - 1].isdigit() or text[ts - 1] == ".")):
            continue
        tp = _time_parts(m, text, start)
        if tp is None:
            continue
        hit = DateHit(ts, e, kind="time")
        hit.set_time(tp)
        before = text[max(start, ts - 6) : ts]
        hit.recurring = any(w in before for w in _RECURRING)
        yield hit


def _relative_days(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A day relative to the page (昨天, 今日), outside quotations. Not a date alone (DEV-SET:
    今天, 昨天 without a clock time), but it tells which day the paragraph is on."""
    for m in _RELATIVE_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if free(s, e) and not in_quote(text, start, s):
            yield DateHit(s, e, kind="relative", offset_days=PAGE_RELATIVE[m.group()])


def _holidays(text: str, start: int, end: int, free: _Claim) -> Iterator[DateHit]:
    """A holiday on a fixed day, solar (国庆节, 五一假期) or lunar (春节, 中秋节), or a solar term's day
    (清明节, 冬至)."""
    tables = ((_HOLIDAY_RE, HOLIDAYS, "holiday"), (_LUNAR_HOLIDAY_RE, LUNAR_HOLIDAYS, "lunar"))
    for pattern, table, kind in tables:
        for m in pattern.finditer(text[start:end]):
            s, e = start + m.start(), start + m.end()
            if not free(s, e):
                continue
            month, day = table[m.group()]
            yield _with_year_before(DateHit(s, e, month=month, day=day, kind=kind), text, start, free)
    for m in _SOLAR_TERM_RE.finditer(text[start:end]):
        s, e = start + m.start(), start + m.end()
        if free(s, e):
            hit = DateHit(s, e, kind="term", term=SOLAR_TERMS[m.group()])
            yield _with_year_before(hit, text, start, free)


def _with_year_before(hit: DateHit, text: str, start: int, free: _Claim) -> DateHit:
    """The hit with the year written right before it (2021年春节, 去年国庆节, 2024年清明节)."""
    year = _YEAR_BEFORE.search(text, max(start, hit.start - 6), hit.start)
    if year is not None and free(year.start(), hit.end):
        hit.start, hit.year_word = year.start(), year.group("yw")
        if year.group("y"):
            hit.year, hit.explicit_year = number(year.group("y")), True
    return hit


_FINDERS = (
    _lunar_days,
    _calendar_dates,
    _decades,
    _days,
    _holidays,
    _years,
    _relative_times,
    _paired_hours,
    _times,
    _relative_days,
)


def find_hits(text: str, start: int, end: int) -> list[DateHit]:
    """Date and time expressions in text[start:end], in order, not overlapping: each finder
    in turn claims what the ones before it left free (the two ends of a range are still two:
    pipeline.dates.ranges.find_dates joins them)."""
    hits: list[DateHit] = []

    def free(s: int, e: int) -> bool:
        return all(e <= h.start or s >= h.end for h in hits)

    for finder in _FINDERS:
        for hit in finder(text, start, end, free):
            hits.append(hit)
    hits.sort(key=lambda h: h.start)
    return hits
