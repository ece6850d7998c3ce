"""Resolving the date expressions of an article to ISO values.

The year is the page's: `publication_date` / `publication_year` of the article or the
document record, decided once where the document is made; when the page states none, a full
date written in the article (a notice's signature), else anywhere on the page. A bare clock
time (晚上11时, 8时许) is on "the day being told": set by a date at the start of a sentence in
the same paragraph (4月5日夜，… 晚上11时 -> 4月5日 23:00); a date in the middle of a sentence
(…接到通告，4月6日7时起…) is reported, not narrated, and does not move that day unless the
paragraph has none yet; a time that opens a paragraph, later than the last dated time of the
article, goes on telling that day (7月11日早晨6时… ⏎ 上午10时左右 -> 7月11日 10:00). A time
after 每天 recurs and stays on no day (T15:30). A day alone (16日) takes the month of the last
date written.

A story that fixes its own day (今天（7月5日）, on a page of several days' stories) is read
from that day (pipeline.pagedate.story_date). 今天, 昨天 alone are no dates (DEV-SET) but
set the day being told. Ranges are ISO intervals (2023-07-03/2023-07-04); holidays and lunar
months the occurrence nearest the story's day (pipeline.dates.holidays); decades ISO decades
(197).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from pipeline import lexicons, pagedate
from pipeline.dates import holidays
from pipeline.dates.find import DAYPART_SHIFT, TIME_RANGE_GAP, DateHit
from pipeline.dates.ranges import find_dates
from pipeline.records import Article, Document

_YEAR_ROWS = lexicons.rows("dates_year_words")
# 去年4月: a year relative to the page's; 同年5月: the last year written out
PAGE_YEAR_WORDS: dict[str, int] = {row[0]: int(row[1]) for row in _YEAR_ROWS if row[2] == "page"}
WRITTEN_YEAR_WORDS = frozenset(row[0] for row in _YEAR_ROWS if row[2] == "written")
# 将于11月举行: a month after these is ahead, never last year's
_FUTURE_BEFORE = tuple(row[0] for row in lexicons.rows("dates_future_year_words") if row[1] == "before")
_FULL_DATE_YEAR = re.compile(r"((?:19|20)\d{2})年\d{1,2}月")
# words that open a sentence before its date: 自4月1日起, 截至11月20日
_SENTENCE_OPENERS = re.compile(r"[自从于在截至止]{1,2}")

Day = tuple[int | None, int, int]  # (year or None when unknown, month, day)


@dataclass
class DateValue:
    """A resolved date plus what the statistics need to link to it."""

    start: int
    end: int
    value: str
    granularity: str
    day_iso: str | None  # the calendar day this expression is on, when known


def iso(year: int | None, month: int | None, day: int | None) -> str:
    """ISO text of a year, month or day; --MM-DD when the year is unknown."""
    if month is None:
        return f"{year:04d}" if year else ""
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def day_plus(day: Day, offset: int) -> Day:
    y, m, d = day
    try:  # an unknown year counts in a leap year, so that 2月29日 stays valid
        moved = date(y or 2000, m, d) + timedelta(days=offset)
    except ValueError:
        return day
    return (moved.year if y else None, moved.month, moved.day)


def clock_iso(hour: int, minute: int, second: int | None = None) -> str:
    """The ISO time of day, to the second where seconds are written (08:03:42)."""
    return f"{hour:02d}:{minute:02d}" + ("" if second is None else f":{second:02d}")


def stamp(day: Day, hour: int, minute: int, second: int | None = None) -> tuple[str, str]:
    """ISO date-time of a clock time on a day; 24时 is 00:00 of the next day."""
    if hour >= 24:
        day, hour = day_plus(day, 1), hour - 24
    day_iso = iso(*day)
    return f"{day_iso}T{clock_iso(hour, minute, second)}", day_iso


def _as_date(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _page_date(document: Document, article: Article) -> date | None:
    for src in (article, document):
        pub = _as_date(src.publication_date)
        if pub is not None:
            return pub
    return None


def reference_date(document: Document, article: Article) -> date | None:
    """The day the article is from: its own where its text fixes it (今天（7月5日）, a story on
    a page of several days' stories), else the page's, as the article or the document record
    carries it."""
    page = _page_date(document, article)
    year = page.year if page else _record_year(document, article)
    own = pagedate.story_date(document.text[article.start : article.end], page, year)
    return own or page


def _record_year(document: Document, article: Article) -> int | None:
    for src in (article, document):
        if src.publication_year:
            return int(src.publication_year)
    return None


def article_year(document: Document, article: Article) -> int | None:
    """The year dates in this article belong to: the article's day (reference_date), else the
    page's year, else a full date written in the article (a notice's signature), else anywhere
    on the page."""
    ref = reference_date(document, article)
    if ref is not None:
        return ref.year
    for src in (article, document):
        pub = _as_date(src.publication_date)
        if pub is not None:
            return pub.year
        if src.publication_year:
            return int(src.publication_year)
    text = document.text
    years = [int(y) for y in _FULL_DATE_YEAR.findall(text[article.start : article.end])]
    if not years:
        years = [int(y) for y in _FULL_DATE_YEAR.findall(text)]
    return max(years) if years else None


@dataclass
class _Reading:
    """What resolution carries from one expression to the next in an article."""

    year: int | None  # the article's year
    ref: date | None  # the article's day (its own, else the page's)
    last_month: int | None  # the month of the last date with a day
    last_year: int | None = None  # the last year written out, for 同年5月
    anchor: Day | None = None  # the day being told in this paragraph
    dated: tuple[int, Day] | None = None  # the last date with a day and where it ends
    narrated: tuple[Day, int] | None = None  # the last dated clock time: its day and hour
    paragraph_start: int = 0

    def new_paragraph(self, start: int) -> None:
        self.anchor = None
        self.dated = None
        self.paragraph_start = start
        if self.ref is not None and self.last_month is not None and 0 < self.last_month - self.ref.month <= 6:
            # a day alone in a new paragraph is not in the month of a future date another
            # paragraph announced (…新规将于9月1日起实施。⏎当地时间7日晚 is June 7 on a page
            # of June 8); a past month (4月28日…⏎29日 on a May page) still carries over
            self.last_month = self.ref.month

    def tell(self, day: Day, at_sentence_start: bool) -> None:
        if at_sentence_start or self.anchor is None:
            self.anchor = day


def _year_of(hit: DateHit, state: _Reading) -> int | None:
    if hit.year_given:
        return hit.year
    y = hit.year if hit.explicit_year else state.year
    if hit.explicit_year:
        state.last_year = hit.year
    elif state.last_year and hit.year_word in WRITTEN_YEAR_WORDS:
        y = state.last_year
    elif y is not None and hit.year_word in PAGE_YEAR_WORDS:
        y += PAGE_YEAR_WORDS[hit.year_word]  # 去年4月
    return y


def _clock(day: Day, hit: DateHit) -> tuple[str, str, str]:
    """(value, granularity, day) of a clock time on a day."""
    value, day_iso = stamp(day, hit.hour or 0, hit.minute or 0, hit.second)
    return value, _clock_granularity(hit), day_iso


def _clock_granularity(hit: DateHit) -> str:
    if hit.second is not None:
        return "second"
    return "minute" if hit.has_minute else "hour"


def _relative(hit: DateHit, state: _Reading, at_start: bool) -> None:
    """昨天, 今日: no date alone (DEV-SET), but the day the paragraph tells of."""
    if state.ref is not None:
        d = state.ref + timedelta(days=hit.offset_days)
        state.tell((d.year, d.month, d.day), at_start)


def _relative_time(hit: DateHit, state: _Reading) -> DateValue | None:
    """今天上午9点半 from the article's day, 次日凌晨4时 from the day being told."""
    base: Day | None = None
    if hit.from_page and state.ref is not None:
        base = (state.ref.year, state.ref.month, state.ref.day)
    elif not hit.from_page and state.anchor is not None:
        base = state.anchor
    if base is None:
        return None
    value, gran, day_iso = _clock(day_plus(base, hit.offset_days), hit)
    return DateValue(hit.start, hit.end, value, gran, day_iso)


def _opens_paragraph(hit: DateHit, text: str, state: _Reading) -> bool:
    return text[state.paragraph_start : hit.start] in DAYPART_SHIFT or hit.start == state.paragraph_start


def _time(hit: DateHit, text: str, state: _Reading) -> DateValue:
    """A bare clock time: on the day being told, else a time of no day."""
    day_of = state.anchor
    if state.dated is not None and TIME_RANGE_GAP.fullmatch(text[state.dated[0] : hit.start]):
        day_of = state.dated[1]  # 9月23日0—24时: the end of a range on the date before
    told = state.narrated
    later = told is not None and (hit.hour or 0) > told[1]
    if day_of is None and told is not None and later and _opens_paragraph(hit, text, state):
        day_of = told[0]  # the story goes on, later that day
    if day_of is not None and not hit.recurring:
        value, gran, day_iso = _clock(day_of, hit)
        return DateValue(hit.start, hit.end, value, gran, day_iso)
    value = "T" + clock_iso((hit.hour or 0) % 24, hit.minute or 0, hit.second)
    return DateValue(hit.start, hit.end, value, "time", None)


def _last_years(hit: DateHit, month: int, text: str, state: _Reading) -> bool:
    """Whether a month written without its year is last year's: more than half a year after
    the article's month (12月 on a January page), and not announced (将于11月举行)."""
    ref = state.ref
    if ref is None or hit.explicit_year or hit.year_given or hit.year_word or month - ref.month <= 5:
        return False
    return not text[max(0, hit.start - 4) : hit.start].endswith(_FUTURE_BEFORE)


def _calendar(hit: DateHit, y: int | None, text: str, state: _Reading, at_start: bool) -> DateValue | None:
    """A month, a day or a date-time written out (4月, 16日, 4月9日清晨6时)."""
    month = hit.month if hit.month is not None else state.last_month
    if month is None:
        return None
    if y is not None and _last_years(hit, month, text, state):
        y -= 1  # a January page talking about December
    if hit.day is None:  # 今年1—7月 is a period: its month dates no later day
        return DateValue(hit.start, hit.end, iso(y, month, None), "month", None)
    state.last_month = month
    day: Day = (y, month, hit.day)
    if hit.hour is not None:
        value, gran, day_iso = _clock((y, month, hit.day), hit)
        state.narrated = (day, hit.hour)
    else:
        value, gran, day_iso = iso(*day), "day", iso(*day)
        state.narrated = None
    state.dated = (hit.end, day)
    state.tell(day, at_start)
    return DateValue(hit.start, hit.end, value, gran, day_iso)


def _holiday(hit: DateHit, y: int | None, state: _Reading) -> DateValue | None:
    """A holiday (国庆节, 春节) or a lunar month or day (正月, 正月十五) nearest the article's day."""
    month, day = hit.month or 1, hit.day
    written = hit.explicit_year or bool(hit.year_word)  # 2021年春节, 去年国庆节: in that year
    ref = None if written else state.ref
    if hit.kind in ("holiday", "term"):
        if hit.term:  # 清明节: the solar term's day of that year
            solar = holidays.solar_term(hit.term, ref, y)
        else:
            solar = holidays.solar_holiday(month, day or 1, ref, y)
        span = (solar, solar) if solar else None
    else:
        span = holidays.lunar_holiday(month, day, ref, y)
    if span is None:
        return None
    first, last = span[0].isoformat(), span[1].isoformat()
    value = first if first == last else f"{first}/{last}"
    return DateValue(hit.start, hit.end, value, "day", first if first == last else None)


def _month_from_story(hit: DateHit, ref: date) -> None:
    """上月15日, 下个月3日: the day's year and month counted from the story's month."""
    months = ref.year * 12 + ref.month - 1 + (hit.month_offset or 0)
    hit.year, hit.month, hit.year_given = months // 12, months % 12 + 1, True


def _single(hit: DateHit, text: str, state: _Reading, at_start: bool) -> DateValue | None:
    if hit.month_offset is not None:
        if state.ref is None:  # 上月15日 on a page of no known day: no month to count from
            return None
        _month_from_story(hit, state.ref)
    y = _year_of(hit, state)
    if hit.kind == "year":
        return DateValue(hit.start, hit.end, f"{hit.year:04d}", "year", None)
    if hit.kind == "decade":
        value = holidays.decade(hit.decade or 0, hit.century, state.year)
        return DateValue(hit.start, hit.end, value, "decade", None)
    if hit.kind == "relative":
        _relative(hit, state, at_start)
        return None
    if hit.kind == "reltime":
        return _relative_time(hit, state)
    if hit.kind in ("holiday", "lunar", "term"):
        return _holiday(hit, y, state)
    if hit.kind == "time":
        return _time(hit, text, state)
    return _calendar(hit, y, text, state, at_start)


def _second_end(first: DateHit, second: DateHit) -> DateHit:
    """The second end of a range with what it leaves unwritten taken from the first
    (7月3日至4日: the 4th of July; 9月23日0—24时: 24时 of the 23rd)."""
    end = replace(second, upto=None, recurring=first.recurring)  # 每日9:00—22:00
    if not end.explicit_year and not end.year_word:
        end.year, end.explicit_year, end.year_word = first.year, first.explicit_year, first.year_word
    if end.kind == "day" and first.month is not None:
        end.kind, end.month = "date", first.month
    elif end.kind == "time" and first.day is not None and first.kind in ("date", "day"):
        end.kind, end.month, end.day = first.kind, first.month, first.day
    if end.kind == "decade" and end.century is None:
        end.century = first.century
    return end


def _resolve(hit: DateHit, text: str, state: _Reading, at_start: bool) -> DateValue | None:
    """One expression; a range as an ISO interval of its two ends."""
    first = _single(replace(hit, upto=None), text, state, at_start)
    if hit.upto is None or first is None:
        return first
    end = _second_end(hit, hit.upto)
    year = first.value[:4]
    if year.isdigit() and first.granularity != "decade" and not end.explicit_year:
        # the year of the first end, the next one where the months turn (12月至2月)
        end.year, end.year_given = int(year), True
        if end.month is not None and hit.month is not None and end.month < hit.month:
            end.year += 1
    second = _single(end, text, state, False)
    if second is None:
        return first
    last = second.value
    if first.value.startswith("T") and not last.startswith("T"):
        last = "T" + last.partition("T")[2]  # a range of times on no day ends on no day
    value = f"{first.value}/{last}"
    return DateValue(hit.start, hit.end, value, first.granularity, None)


def _at_sentence_start(text: str, pos: int, sentence_starts: list[int], p_start: int) -> bool:
    s_idx = bisect_right(sentence_starts, pos) - 1
    sent_start = max(sentence_starts[s_idx] if s_idx >= 0 else p_start, p_start)
    return pos - sent_start <= 2 or bool(_SENTENCE_OPENERS.fullmatch(text[sent_start:pos]))


def resolve_article(
    document: Document, article: Article, paragraphs: list[tuple[int, int]], sentence_starts: list[int]
) -> list[DateValue]:
    """The dates of one article, resolved, in page order (see the module's docstring)."""
    text = document.text
    ref = reference_date(document, article)
    state = _Reading(article_year(document, article), ref, ref.month if ref else None)
    out: list[DateValue] = []
    for p_start, p_end in paragraphs:
        state.new_paragraph(p_start)
        for hit in find_dates(text, p_start, p_end):
            at_start = _at_sentence_start(text, hit.start, sentence_starts, p_start)
            value = _resolve(hit, text, state, at_start)
            if value is not None:
                out.append(value)
    return out


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end] as (start, end) offsets."""
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
