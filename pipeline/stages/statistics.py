"""Statistics and dates: every measured quantity (value, bounds, approximation, unit, kind,
counted object, place/org/date links) and every calendar date or clock time of a page.

Inputs are the tables of earlier stages for one document (articles, sentences, word tokens
with jieba POS, entity mentions); nothing here imports another stage.

How a statistic is found:
1. numerals come from `pipeline.numbers.find_numerals` (lexical), and are kept only where
   the word tokens agree that they stand alone (a 一 inside 统一 or 逐一 is not a number) and
   where they are not part of a date, an ordinal (第二轮), a code (6904社区, 1+21+N) or an
   entity name (古交十三中);
2. after each numeral the measure word and approximation markers are cut off by lexicon
   (余, 个, 名, 小时, 以上 …, see `pipeline.nlp.number_patterns`), before it the prefix
   markers (近, 不到, 约 …); the rest of the sentence keeps its jieba words;
3. the pieces become a spaCy Doc whose tokens carry a quantity role, and spaCy Matcher
   patterns (MEASURE, RANGE, PERCENT, FRACTION) pick the statistics;
4. the counted object is read from the word tokens and their POS after the unit
   (14个临时党支部) or, failing that, before the number (下沉党员干部3500余名).
Dates are found with a small date grammar and resolved against the article's year and the
day the paragraph is talking about (see `_extract_dates`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.ids import stable_id
from pipeline.nlp import number_patterns as P
from pipeline.numbers import Quantity, find_numerals, parse_numeral, parse_quantity

Record = dict[str, Any]

# ==========================================================================================
# Dates
# ==========================================================================================

_CN = "零〇一二两三四五六七八九十"
_N12 = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})"
_DAYPART = r"凌晨|清晨|早晨|早上|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|半夜|午夜|当晚|晚|夜|早"
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
_RELATIVE = {
    "前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "今天": 0, "今日": 0, "今晚": 0, "今晨": 0,
    "明天": 1, "明日": 1,
}  # fmt: skip
_RELATIVE_RE = re.compile("|".join(_RELATIVE))
# relative to the day being told, not to the page: resolved only with a clock time after
# them (次日凌晨4时); alone they stay out of `dates` (guidelines: 当天, 次日)
_ANCHOR_RELATIVE = {"次日": 1, "翌日": 1, "第二天": 1, "当天": 0, "当日": 0, "当晚": 0, "前一天": -1}
_REL_TIME_RE = re.compile(
    "(?P<rel>" + "|".join(sorted({**_RELATIVE, **_ANCHOR_RELATIVE}, key=len, reverse=True)) + ")"
    rf"(?P<part>{_DAYPART})?(?P<time>{_TIME})"
)
_HOLIDAYS = {
    "元旦": (1, 1), "妇女节": (3, 8), "植树节": (3, 12), "劳动节": (5, 1), "五一劳动节": (5, 1),
    "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10),
    "国庆节": (10, 1), "国庆": (10, 1), "圣诞节": (12, 25),
}  # fmt: skip
_HOLIDAY_RE = re.compile(
    "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r"|五一(?=节|假期|期间|小长假|长假)"
)
# a day number alone (16日, 记者17日获悉) is a date unless a word before it makes N日 a
# length of time (连续3日, 历时5日, 前3日): then it is a statistic (unit 日)
_DAY_DURATION_LEFT = (
    "连续", "近", "历时", "用时", "耗时", "累计", "共", "前", "后", "每", "第", "这", "那",
    "用", "需", "达", "为期", "超过", "不到", "仅", "只", "约", "数", "几", "头", "最",
    "持续了", "坚持了", "坚守了", "停留了", "历时了",
)  # fmt: skip
# not 了 alone: 发布了16日对使馆的袭击视频 tells a date; only a verb of lasting makes N日 a length


# between a dated time (or a date) and the end of a time range: 9月23日0—24时, 8时至20时
_TIME_RANGE_GAP = re.compile(rf"(?:{_N12}(?:[时点](?:{_N12}分)?)?)?[—\-－~～至到]")


def _day_is_duration(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    if before.endswith("附近"):
        return False  # 休斯敦市附近16日发生爆炸: a place, then a date
    return bool(before) and (before[-1].isdigit() or before.endswith(_DAY_DURATION_LEFT))


_NAME_YEAR = re.compile(r"(?:^|[^0-9A-Za-z])((?:19|20)\d{2})(?:[-_.]?[01]\d[-_.]?[0-3]\d)?(?:$|[^0-9A-Za-z])")
_YEAR_WORDS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
_RECURRING = ("每天", "每日", "每晚", "每周", "每逢", "每到", "天天")
_PM_PARTS = ("下午", "午后", "傍晚", "晚上", "晚间", "夜间", "夜里", "当晚", "晚", "夜", "深夜", "半夜")


def _num(text: str | None) -> int | None:
    if not text:
        return None
    v = parse_numeral(text)
    return None if v is None or v != int(v) else int(v)


@dataclass
class _DateHit:
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


def _time_parts(m: re.Match[str], text: str, start_of_time: int) -> tuple[int, int, bool] | None:
    """(hour, minute, minutes written) of a time match, or None when it is not a clock time."""
    h_text = m.group("h")
    hour = _num(h_text)
    if hour is None or hour > 24:
        return None
    chinese = not h_text.isdigit()
    part = m.group("part")
    if "rel" in m.re.groupindex and m.group("rel") in ("当晚", "昨晚", "今晚"):
        part = part or "晚"  # 昨晚11时 is 23:00
    if m.group("sep") == "点" and m.group("min") is None and m.group("half") is None:
        nxt = text[m.end("time") : m.end("time") + 1]
        if nxt.isdigit() or nxt in _CN:  # 3点5 is a decimal, not a time
            return None
    # a Chinese hour needs a day part or a minute/钟 to be a time: 第一时间, 一时半会
    if chinese and not (part or m.group("min") or m.group("half") or m.group("zh")):
        return None
    if start_of_time > 0 and text[start_of_time - 1] in "第每前近约":
        return None
    minute = 0
    has_minute = False
    if m.group("min") or m.group("min2"):
        mv = _num(m.group("min") or m.group("min2"))
        if mv is None or mv >= 60:
            return None
        minute, has_minute = mv, True
    elif m.group("half"):
        minute, has_minute = 30, True
    if part in _PM_PARTS and hour < 12 and not (part in ("深夜", "半夜", "夜") and hour <= 5):
        hour += 12
    if part == "中午" and hour < 6:
        hour += 12
    return hour, minute, has_minute


def _find_dates(text: str, start: int, end: int) -> list[_DateHit]:
    """Date and time expressions in text[start:end], in order, not overlapping."""
    hits: list[_DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(hit: _DateHit) -> None:
        hits.append(hit)
        taken.append((hit.start, hit.end))

    seg = text[start:end]
    for m in _DATE_RE.finditer(seg):
        s = start + m.start()
        if s > 0 and (text[s - 1].isdigit() or text[s - 1] in "个第"):
            continue
        month, day = _num(m.group("m")), _num(m.group("d"))
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        # a Chinese month alone (一月) is often not a date (一月一次); keep it before 份/底/初
        if (
            m.group("d") is None
            and not m.group("m").isdigit()
            and seg[m.end() : m.end() + 1] not in ("份", "底", "初", "中", "末", "以", "至")
        ):
            continue
        e = start + m.end()
        hit = _DateHit(s, e, month=month, day=day, kind="date")
        if m.group("y"):
            y = _num(m.group("y")) if not m.group("y").isdigit() else int(m.group("y"))
            hit.year, hit.explicit_year = y, True
        if m.group("time"):
            tp = _time_parts(m, text, start + m.start("time"))
            if tp is None or day is None:  # keep the date, drop what is not a time
                hit.end = start + (m.end("d") if m.group("d") else m.end("m")) + 1
            else:
                hit.hour, hit.minute, hit.has_minute = tp
        add(hit)
    for m in _DAY_RE.finditer(seg):
        s, e = start + m.start(), start + m.end()
        if not free(s, e):
            continue
        if _day_is_duration(text, s):
            continue
        day = _num(m.group("d"))
        if day is None or not 1 <= day <= 31:
            continue
        hit = _DateHit(s, e, day=day, kind="day")
        if m.group("time"):
            tp = _time_parts(m, text, start + m.start("time"))
            if tp is None:
                hit.end = start + m.end("d") + 1
            else:
                hit.hour, hit.minute, hit.has_minute = tp
        add(hit)
    for m in _YEAR_RE.finditer(seg):
        s, e = start + m.start(), start + m.end()
        if free(s, e) and not (s > 0 and text[s - 1].isdigit()):
            add(_DateHit(s, e, year=int(m.group("y")), explicit_year=True, kind="year"))
    for m in _REL_TIME_RE.finditer(seg):
        s, e = start + m.start(), start + m.end()
        tp = _time_parts(m, text, start + m.start("time"))
        if tp is None or not free(s, e) or _in_quote(text, start, s):
            continue
        rel = m.group("rel")
        hit = _DateHit(s, e, kind="reltime")
        hit.offset_days = _RELATIVE.get(rel, _ANCHOR_RELATIVE.get(rel, 0))
        hit.from_page = rel in _RELATIVE
        hit.hour, hit.minute, hit.has_minute = tp
        add(hit)
    for m in _TIME_RE.finditer(seg):
        ts = start + m.start("time")
        e = start + m.end()
        if not free(ts, e) or (ts > 0 and (text[ts - 1].isdigit() or text[ts - 1] == ".")):
            continue
        tp = _time_parts(m, text, ts)
        if tp is None:
            continue
        hit = _DateHit(ts, e, kind="time")
        hit.hour, hit.minute, hit.has_minute = tp
        before = text[max(start, ts - 6) : ts]
        hit.recurring = any(w in before for w in _RECURRING)
        add(hit)
    for m in _RELATIVE_RE.finditer(seg):
        s, e = start + m.start(), start + m.end()
        if free(s, e) and not _in_quote(text, start, s):
            add(_DateHit(s, e, kind="relative", offset_days=_RELATIVE[m.group()]))
    for m in _HOLIDAY_RE.finditer(seg):
        s, e = start + m.start(), start + m.end()
        if free(s, e):
            month, day = _HOLIDAYS.get(m.group(), (5, 1))
            add(_DateHit(s, e, month=month, day=day, kind="holiday"))
    hits.sort(key=lambda h: h.start)
    return hits


def _in_quote(text: str, para_start: int, pos: int) -> bool:
    seg = text[para_start:pos]
    return seg.count("“") > seg.count("”")


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}" if year else ""
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


_Day = tuple[int | None, int, int]


def _day_plus(day: _Day, offset: int) -> _Day:
    y, m, d = day
    try:  # an unknown year counts in a leap year, so that 2月29日 stays valid
        moved = date(y or 2000, m, d) + timedelta(days=offset)
    except ValueError:
        return day
    return (moved.year if y else None, moved.month, moved.day)


def _stamp(day: _Day, hour: int, minute: int) -> tuple[str, str]:
    """ISO date-time of a clock time on a day; 24时 is 00:00 of the next day."""
    if hour >= 24:
        day, hour = _day_plus(day, 1), hour - 24
    day_iso = _iso(*day)
    return f"{day_iso}T{hour:02d}:{minute:02d}", day_iso


def _article_year(document: Record, article: Record, text: str) -> int | None:
    """The year dates in this article belong to: the page's publication date, else a full
    date written in the article (a notice's signature), else anywhere on the page."""
    for src in (article, document):
        pub = _as_date(src.get("publication_date"))
        if pub is not None:
            return pub.year
        if src.get("publication_year"):
            return int(src["publication_year"])
    art = text[article["start"] : article["end"]]
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年\d{1,2}月", art)]
    if not years:
        years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年\d{1,2}月", text)]
    if not years:
        # a batch or file named by its date (2022-04-20/, rmrb_20220420.txt): the last hint
        for name in (document.get("batch_id"), document.get("source_path")):
            m = _NAME_YEAR.search(str(name or ""))
            if m:
                return int(m.group(1))
    return max(years) if years else None


def _as_date(value: Any) -> date | None:
    """A publication date as the tables may carry it: date, datetime, ISO text or None."""
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


def _reference_date(document: Record, article: Record) -> date | None:
    for src in (article, document):
        pub = _as_date(src.get("publication_date"))
        if pub is not None:
            return pub
    return None


@dataclass
class DateValue:
    """A resolved date row plus what the statistics need to link to it."""

    start: int
    end: int
    value: str
    granularity: str
    day_iso: str | None  # the calendar day this expression is on, when known


def _extract_dates(
    document: Record, article: Record, paragraphs: list[tuple[int, int]], sentence_starts: list[int]
) -> list[DateValue]:
    """Resolve the dates of one article.

    A bare clock time (晚上11时, 8时许) is on "the day being told": set by a date at the start
    of a sentence in the same paragraph (4月5日夜，… 晚上11时 -> 4月5日 23:00); a date in
    the middle of a sentence (…接到通告，4月6日7时起…) is reported, not narrated, and
    does not move that day unless the paragraph has none yet. A time after 每天 recurs and
    stays on no day (T15:30). A day alone (16日) takes the month of the last date written.
    """
    text: str = document["text"]
    year = _article_year(document, article, text)
    ref = _reference_date(document, article)
    out: list[DateValue] = []
    last_month: int | None = ref.month if ref else None
    last_year: int | None = None  # the last year written out, for 同年5月
    for p_start, p_end in paragraphs:
        anchor: tuple[int | None, int, int] | None = None
        if ref is not None and last_month is not None and 0 < last_month - ref.month <= 6:
            # a day alone in a new paragraph is not in the month of a future date another
            # paragraph announced (…新规将于9月1日起实施。⏎当地时间7日晚 is June 7 on a page
            # of June 8); a past month (4月28日…⏎29日 on a May page) still carries over
            last_month = ref.month
        # the last date with a day and where it ends: 9月23日0—24时 ends a range on that day
        dated: tuple[int, tuple[int | None, int, int]] | None = None
        for hit in _find_dates(text, p_start, p_end):
            s_idx = bisect_right(sentence_starts, hit.start) - 1
            sent_start = sentence_starts[s_idx] if s_idx >= 0 else p_start
            at_sentence_start = hit.start - max(sent_start, p_start) <= 2 or bool(
                re.fullmatch(r"[自从于在截至止]{1,2}", text[max(sent_start, p_start) : hit.start])
            )
            y = hit.year if hit.explicit_year else year
            if hit.explicit_year:
                last_year = hit.year
            elif last_year and text[max(0, hit.start - 2) : hit.start] in ("同年", "当年"):
                y = last_year
            elif y is not None and text[max(0, hit.start - 2) : hit.start] in _YEAR_WORDS:
                y += _YEAR_WORDS[text[hit.start - 2 : hit.start]]  # 去年4月
            if hit.kind == "year":
                out.append(DateValue(hit.start, hit.end, f"{hit.year:04d}", "year", None))
                continue
            if hit.kind == "relative":
                if ref is None:
                    continue
                d = ref + timedelta(days=hit.offset_days)
                out.append(DateValue(hit.start, hit.end, d.isoformat(), "day", d.isoformat()))
                if at_sentence_start or anchor is None:
                    anchor = (d.year, d.month, d.day)
                continue
            if hit.kind == "reltime":
                base: tuple[int | None, int, int] | None = None
                if hit.from_page and ref is not None:
                    base = (ref.year, ref.month, ref.day)
                elif not hit.from_page and anchor is not None:
                    base = anchor
                if base is None:
                    continue
                day = _day_plus(base, hit.offset_days)
                value, day_iso = _stamp(day, hit.hour or 0, hit.minute or 0)
                gran = "minute" if hit.has_minute else "hour"
                out.append(DateValue(hit.start, hit.end, value, gran, day_iso))
                continue
            if hit.kind == "holiday":
                if y is None:
                    continue
                iso = _iso(y, hit.month, hit.day)
                out.append(DateValue(hit.start, hit.end, iso, "day", iso))
                continue
            if hit.kind == "time":
                day_of = anchor
                if dated is not None and _TIME_RANGE_GAP.fullmatch(text[dated[0] : hit.start]):
                    day_of = dated[1]  # 9月23日0—24时: the end of a range on the date before
                if day_of is not None and not hit.recurring:
                    value, day_iso = _stamp(day_of, hit.hour or 0, hit.minute or 0)
                    gran = "minute" if hit.has_minute else "hour"
                else:
                    day_iso = None
                    value = f"T{(hit.hour or 0) % 24:02d}:{hit.minute or 0:02d}"
                    gran = "time"
                out.append(DateValue(hit.start, hit.end, value, gran, day_iso))
                continue
            month = hit.month if hit.month is not None else last_month
            if month is None:
                continue
            if y == year and y is not None and not hit.explicit_year and ref and month > ref.month + 1:
                y -= 1  # a January page talking about December
            if hit.day is not None:  # 今年1—7月 is a period: its month dates no later day
                last_month = month
            day_iso = _iso(y, month, hit.day) if hit.day is not None else None
            if hit.hour is not None and hit.day is not None:
                value, day_iso = _stamp((y, month, hit.day), hit.hour, hit.minute or 0)
                gran = "minute" if hit.has_minute else "hour"
            elif hit.day is not None:
                value, gran = day_iso or "", "day"
            else:
                value, gran = _iso(y, month, None), "month"
            out.append(DateValue(hit.start, hit.end, value, gran, day_iso))
            if hit.day is not None:
                dated = (hit.end, (y, month, hit.day))
            if hit.day is not None and (at_sentence_start or anchor is None):
                anchor = (y, month, hit.day)
    return out


# ==========================================================================================
# Statistics
# ==========================================================================================

_NOUN_POS = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "j", "l", "eng", "s")
_MOD_POS = ("a", "b", "ag", "v")  # modifiers kept only right before a noun
_CONJ = ("和", "与", "及", "、", "以及")
_OPEN_Q, _CLOSE_Q = "“‘《「『", "”’》」』"
_AGE_LINKS = ("都在", "都", "均", "在", "为", "是", "已", "达", "已达")
# words jieba tags as nouns that end a counted phrase rather than belong to it
# verbs jieba tags v that are nouns at the end of a counted phrase (国际组织)
_NOMINAL_VERBS = ("组织",)
_OBJECT_STOP = (
    "全部", "所有", "全体", "其中", "之间", "以来", "期间", "当中", "左右", "时候",
    "同比", "环比",  # 11个省份|同比增长: the comparison starts the predicate
    # prepositions jieba sometimes tags as nouns: 400辆卡车|经埃及边境口岸进入
    "经", "从", "向", "由", "在", "对", "把", "被", "将",
)  # fmt: skip
_PLAN_NOUNS = ("行动", "规划", "计划", "攻坚")
_RACE_EVENTS = ("自由泳", "仰泳", "蛙泳", "蝶泳", "混合泳", "个人混合泳", "跑", "栏", "障碍", "接力", "短跑")
_POLICY_NOUNS = ("措施", "举措", "意见", "规定", "要求", "禁令", "新规", "条例")
_ARTICLE_ONE = ("一", "壹")
# list headings of notices: 一、新增高风险区 / (二)调整为低风险区 / 3.解除封控的小区
_ENUM_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])"
)
_HALF_RE = re.compile(r"(?<![一两三四五六七八九十\d个上下])半(?=个?多?(?:小时|天|年|月|日|钟头|星期))")
_CLAUSE_POS = ("v", "vn", "vd", "b", "a", "an", "ad", "d")  # what a relative clause has
_POS_OK_STRADDLE = ("m", "q", "mq", "t", "l", "b", "x")


@dataclass
class _Num:
    start: int
    end: int
    text: str
    quantity: Quantity
    role: str


@dataclass
class _Piece:
    start: int
    end: int
    role: str = ""
    pos: str = ""
    marker: str = ""  # approximation of a PRE/SUF/POST piece


@dataclass
class _Stat:
    start: int
    end: int
    pieces: list[int] = field(default_factory=list)  # indices into the sentence pieces
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: str = "exact"
    unit: str | None = None
    kind: str = "count"
    obj: str = ""


@cache
def _matcher() -> tuple[Vocab, Matcher]:
    vocab = Vocab()
    for ext in ("q", "jpos"):
        if not Token.has_extension(ext):
            Token.set_extension(ext, default="")
    matcher = Matcher(vocab)
    for name, patterns in P.PATTERNS.items():
        matcher.add(name, patterns, greedy="LONGEST")
    return vocab, matcher


def _match_prefix(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text.startswith(w, pos)), None)


def _candidates(text: str, s0: int, s1: int) -> list[_Num]:
    """Numerals of the sentence text[s0:s1] with their quantity role (document offsets)."""
    seg = text[s0:s1]
    nums: list[_Num] = []
    for a, b, _v in find_numerals(seg):
        t = seg[a:b]
        if t in ("零", "〇"):
            continue  # a bare zero counts nothing: 零部件, 零距离, 零增长
        q = parse_quantity(t)
        if q is None:
            continue
        role = P.ROLE_PCT if q.kind == "percent" else P.ROLE_NUM
        if q.kind == "fraction" and "分之" in t:
            role = P.ROLE_FRAC
        nums.append(_Num(s0 + a, s0 + b, t, q, role))
    for m in re.finditer(P.VAGUE_PATTERN, seg):
        q = parse_quantity(m.group()) or Quantity(None, None, None, "range", "range")
        if m.group() in ("成百上千", "成千上万"):
            lo, hi = (100.0, 1000.0) if m.group() == "成百上千" else (1000.0, 10000.0)
            q = Quantity(None, lo, hi, "range", "range")
        nums = [n for n in nums if not (n.start < s0 + m.end() and n.end > s0 + m.start())]
        nums.append(_Num(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_NUM))
    # 半 before a time unit (半小时, 半个月); 一半 / 一多半 / 一大半 as fractions
    for m in _HALF_RE.finditer(seg):
        nums = [n for n in nums if not (n.start <= s0 + m.start() < n.end)]
        nums.append(
            _Num(
                s0 + m.start(), s0 + m.end(), "半", Quantity(0.5, None, None, "exact", "fraction"), P.ROLE_NUM
            )
        )
    for m in re.finditer(r"一[多大]?半", seg):
        nums = [n for n in nums if not (n.start < s0 + m.end() and n.end > s0 + m.start())]
        approx = "over" if len(m.group()) == 3 else "exact"
        q = Quantity(0.5, 0.5 if approx == "over" else None, None, approx, "fraction")
        nums.append(_Num(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_FRAC))
    nums.sort(key=lambda n: n.start)
    return nums


def _token_index(tokens: list[Record]) -> tuple[list[int], list[Record]]:
    return [t["start"] for t in tokens], tokens


def _token_at(starts: list[int], tokens: list[Record], pos: int) -> Record | None:
    i = bisect_right(starts, pos) - 1
    if i >= 0 and tokens[i]["start"] <= pos < tokens[i]["end"]:
        return tokens[i]
    return None


def _blocked(
    n: _Num,
    text: str,
    blocked: list[tuple[int, int]],
    starts: list[int],
    toks: list[Record],
    names: list[tuple[int, int]] | None = None,
) -> bool:
    """Whether a numeral is not a quantity on lexical grounds (dates, codes, ordinals, names,
    a numeral inside a longer word)."""
    if any(n.start < b and n.end > a for a, b in blocked):
        return True
    # inside an ORG/LOC name after its first character (古交十三中); a name that starts with
    # the number may be the NER swallowing a count (8支党员志愿服务队), so it does not block
    if any(a < n.start < b for a, b in names or ()):
        return True
    before = text[n.start - 1] if n.start > 0 else ""
    after = text[n.end] if n.end < len(text) else ""
    if before in ("第", "届") or text[max(0, n.start - 2) : n.start] in ("第一", "初"):
        return True  # ordinal: 第二轮, 第九版, 十四届三次会议 (the third session)
    before2 = text[n.start - 2] if n.start > 1 else ""
    if (
        before.isascii()
        and before != ""
        and (before.isalnum() or before in "+/#" or (before == "-" and not before2.isdigit()))
    ):
        return True  # code: E区93号, 1+21+N, A-3 (but 10-15人 is a range)
    if (after in "+/#" and after != "") or (after.isascii() and after.isalpha() and after != ""):
        return True
    if n.role in (P.ROLE_NUM, P.ROLE_PCT, P.ROLE_FRAC):
        tok = _token_at(starts, toks, n.start)
        if tok is not None and tok["start"] < n.start:
            prefix = text[tok["start"] : n.start]
            if not any(prefix.endswith(w) for w in P.PRE_MARKERS):
                return True  # 统一, 逐一, 唯一: the numeral is inside a word
    # 95后, 00后: generations
    return text[n.end : n.end + 1] == "后" and n.text.isdigit() and len(n.text) == 2


def _scan_after(text: str, pos: int, limit: int, num: _Num) -> list[_Piece]:
    """Approximation markers and the measure word after a numeral, by lexicon."""
    pieces: list[_Piece] = []
    if num.role in (P.ROLE_PCT, P.ROLE_FRAC):
        post = _match_prefix(text[:limit], pos, P.POST_LONGEST_FIRST)
        # 多 marks over only after 成 (八成多小麦); after 70% or 一半 it starts a word
        if post and post not in P.POST_DURATION_ONLY and (post != "多" or num.text.endswith("成")):
            pieces.append(_Piece(pos, pos + len(post), P.ROLE_POST, marker=P.POST_MARKERS[post]))
        return pieces
    seg = text[:limit]
    suf = _match_prefix(seg, pos, tuple(P.SUF_MARKERS))
    if suf and num.quantity.value is not None:
        pieces.append(_Piece(pos, pos + 1, P.ROLE_SUF, marker=P.SUF_MARKERS[suf]))
        pos += 1
        mult = _match_prefix(seg, pos, P.MULT_LONGEST_FIRST)
        if mult:  # 10多万人: the scale comes after the marker
            pieces.append(_Piece(pos, pos + len(mult), P.ROLE_MULT, marker=mult))
            pos += len(mult)
    if seg.startswith(P.GE, pos):
        after = pos + 1
        suf2 = _match_prefix(seg, after, tuple(P.SUF_MARKERS))
        unit_pos = after + (1 if suf2 else 0)
        unit = _match_prefix(seg, unit_pos, P.UNITS_LONGEST_FIRST)
        if (
            unit
            and P.UNIT_KIND[unit] in ("duration", "percent")
            and unit in ("小时", "钟头", "月", "星期", "日夜", "昼夜", "季度", "百分点")
        ):
            pieces.append(_Piece(pos, after, P.ROLE_GE))
            pos = after
            if suf2:
                pieces.append(_Piece(pos, pos + 1, P.ROLE_SUF, marker=P.SUF_MARKERS[suf2]))
                pos += 1
    unit = _match_prefix(seg, pos, P.UNITS_LONGEST_FIRST)
    if unit is None:
        return []
    if unit in P.GE_ONLY_UNITS and not any(p.role == P.ROLE_GE for p in pieces):
        return []
    pieces.append(_Piece(pos, pos + len(unit), P.ROLE_UNIT))
    pos += len(unit)
    post = _match_prefix(seg, pos, P.POST_LONGEST_FIRST)
    if post and post in P.POST_DURATION_ONLY and P.UNIT_KIND[unit] not in ("duration", "amount"):
        post = None
    if post == "多" and any(p.role == P.ROLE_SUF for p in pieces):
        post = None
    if post == "多" and P.UNIT_KIND[unit] == "count":
        post = None  # 3年多, 5公斤多; but 一批多光谱无人机 is 一批 + 多光谱
    if post:
        pieces.append(_Piece(pos, pos + len(post), P.ROLE_POST, marker=P.POST_MARKERS[post]))
    return pieces


def _scan_before(
    text: str, start: int, lower: int, num: _Num, starts: list[int], toks: list[Record]
) -> _Piece | None:
    for w in P.PRE_LONGEST_FIRST:
        a = start - len(w)
        if a >= lower and text[a:start] == w:
            if w == "上" and num.text[:1] not in "百千万":
                continue  # 上 means "over" only in 上百, 上千, 上万
            tok = _token_at(starts, toks, a)
            if tok is not None and tok["start"] < a:
                continue  # 附近两个县: the 近 of 附近 is no approximation
            return _Piece(a, start, P.ROLE_PRE, marker=P.PRE_MARKERS[w])
    return None


def _build_pieces(
    text: str, s0: int, s1: int, nums: list[_Num], toks: list[Record]
) -> tuple[list[_Piece], dict[int, _Num]]:
    """Cut the sentence into pieces: quantity pieces where found, jieba words elsewhere."""
    qpieces: list[_Piece] = []
    num_at: dict[int, _Num] = {}
    starts = [t["start"] for t in toks]
    taken_until = s0
    for i, n in enumerate(nums):
        if n.start < taken_until:
            continue
        limit = nums[i + 1].start if i + 1 < len(nums) else s1
        pre = _scan_before(text, n.start, taken_until, n, starts, toks)
        after = _scan_after(text, n.end, limit, n)
        group = ([pre] if pre else []) + [_Piece(n.start, n.end, n.role)] + after
        # a range: NUM SEP NUM UNIT
        if not after and i + 1 < len(nums) and text[n.end : nums[i + 1].start] in P.RANGE_SEPARATORS:
            nxt = nums[i + 1]
            sep = _Piece(n.end, nxt.start, P.ROLE_SEP)
            lim2 = nums[i + 2].start if i + 2 < len(nums) else s1
            after2 = _scan_after(text, nxt.end, lim2, nxt)
            if after2:
                group = [*group, sep, _Piece(nxt.start, nxt.end, nxt.role), *after2]
                num_at[nxt.start] = nxt
        # a range with the unit on both ends: NUM UNIT SEP NUM UNIT (6℃—10℃)
        if after and i + 1 < len(nums) and text[group[-1].end : nums[i + 1].start] in P.RANGE_SEPARATORS:
            nxt = nums[i + 1]
            lim2 = nums[i + 2].start if i + 2 < len(nums) else s1
            after2 = _scan_after(text, nxt.end, lim2, nxt)
            units = [[text[p.start : p.end] for p in ps if p.role == P.ROLE_UNIT] for ps in (after, after2)]
            plain = all(p.role in (P.ROLE_UNIT, P.ROLE_GE) for p in after)
            if plain and units[0] and units[0] == units[1]:
                sep = _Piece(group[-1].end, nxt.start, P.ROLE_SEP)
                group = [*group, sep, _Piece(nxt.start, nxt.end, nxt.role), *after2]
                num_at[nxt.start] = nxt
        qpieces.extend(group)
        num_at[n.start] = n
        taken_until = group[-1].end
    # fill the rest with word tokens, clipped to the gaps
    pieces: list[_Piece] = []
    qi = 0
    pos = s0
    tok_iter = sorted(toks, key=lambda t: t["start"])
    ti = 0
    while pos < s1:
        if qi < len(qpieces) and qpieces[qi].start == pos:
            pieces.append(qpieces[qi])
            pos = qpieces[qi].end
            qi += 1
            continue
        nxt_q = qpieces[qi].start if qi < len(qpieces) else s1
        while ti < len(tok_iter) and tok_iter[ti]["end"] <= pos:
            ti += 1
        if ti < len(tok_iter) and tok_iter[ti]["start"] <= pos:
            tok = tok_iter[ti]
            end = min(tok["end"], nxt_q)
            pieces.append(_Piece(pos, end, "", pos=tok["pos"]))
        else:
            nxt_t = tok_iter[ti]["start"] if ti < len(tok_iter) else s1
            end = min(nxt_t, nxt_q)
            pieces.append(_Piece(pos, end, "", pos="x"))
        pos = end
    return pieces, num_at


def _valid_measure(
    stat_pieces: list[_Piece], num: _Num, text: str, starts: list[int], toks: list[Record]
) -> bool:
    """Exclusions that need the whole match: the article 一, slogans (五包一, 一对一),
    policy names (二十条措施), a measure word that is only the start of a longer word."""
    last = stat_pieces[-1]
    unit_piece = next((p for p in stat_pieces if p.role == P.ROLE_UNIT), None)
    has_marker = any(p.role in (P.ROLE_PRE, P.ROLE_SUF, P.ROLE_POST) for p in stat_pieces)
    if unit_piece is not None:
        unit = text[unit_piece.start : unit_piece.end]
        if num.text in _ARTICLE_ONE and not has_marker and P.UNIT_KIND.get(unit) != "duration":
            return False
        nxt = text[unit_piece.end : unit_piece.end + 1]
        # 五包一, 一对一: a number right after the measure word that measures nothing
        # itself is a slogan; 3位七旬党员 is two quantities
        if (
            nxt
            and not num.text.isdigit()
            and (nxt in "一二两三四五六七八九十" or nxt.isdigit())
            and not _match_prefix(text, unit_piece.end + 1, P.UNITS_LONGEST_FIRST)
        ):
            return False
        if unit in ("条", "项") and not num.text.isdigit() and text.startswith(_POLICY_NOUNS, unit_piece.end):
            return False  # 二十条措施, 八项规定 name a policy
        if unit == "年" and not num.text.isdigit() and text.startswith(_PLAN_NOUNS, unit_piece.end):
            return False  # 三年行动, 五年规划 name a plan
        if P.UNIT_KIND.get(unit) == "duration" and text.startswith(("级", "制"), unit_piece.end):
            return False  # 五年级 is a school grade, 八小时制 a regime
        if unit == "年" and (num.quantity.value or 0) >= 1000:
            return False  # a year, not a duration
        if unit in ("米", "公里") and text.startswith(_RACE_EVENTS, unit_piece.end):
            return False  # 100米仰泳, 4×100米接力: the name of a race
        if num.text in _ARTICLE_ONE:
            one_unit = text[num.start : unit_piece.end]
            after_pair = text[unit_piece.end : unit_piece.end + 1 + len(one_unit)]
            before_pair = text[max(0, num.start - 1 - len(one_unit)) : num.start]
            links = "比胜又接"
            if any(after_pair == c + one_unit or before_pair == one_unit + c for c in links):
                return False  # 一年比一年好, 一年胜一年, 一天又一天: an idiom of progression
        before2 = text[max(0, num.start - 2) : num.start]
        if unit == "年" and num.text in _ARTICLE_ONE and before2.endswith(("新", "新的")):
            return False  # 新的一年 is the coming year, not a length of one year
        if unit == "次" and not num.text.isdigit() and text.startswith("全会", unit_piece.end):
            return False  # 三次全会 is the third plenary session
        # after a bare Chinese numeral 度 counts times (两度会晤) and 类 names a grade (一二类苗);
        # as units they follow written figures (6200万度, 7类违法行为)
        if (
            unit in ("度", "类", "角")  # 五角大楼 is the Pentagon
            and not any(ch.isdigit() for ch in num.text)
            and not num.text.endswith(("万", "亿"))
        ):
            return False
        first = stat_pieces[0].start
        if unit == "日" and not _day_is_duration(text, first):
            return False  # 17日 is a date unless a word makes it a length (连续3日)
        tok = _token_at(starts, toks, unit_piece.end - 1)
        if (
            tok is not None
            and tok["end"] > last.end
            and tok["pos"] not in _POS_OK_STRADDLE
            and P.UNIT_KIND.get(unit) == "count"
        ):
            # 二道街, 3口罩: a count word that starts a longer word; time and age units
            # are safe (jieba glues 5天无 into one word)
            return False
    # a number opening a short quotation is a slogan: “两个维护”, “三个代表”
    if text[num.start - 1 : num.start] in ("“", "‘") and 0 <= text.find("”", num.start) - num.start <= 6:
        return False
    depth = text[: num.start].count("《") - text[: num.start].count("》")
    return depth <= 0  # numbers inside titles are names


def _object_after(pieces: list[_Piece], j: int, text: str, skip: set[int], kind: str) -> str:
    """The counted noun phrase right after the measure (80余名|党员干部和群众)."""
    out: list[tuple[int, int]] = []
    i = j
    n = len(pieces)
    if (
        kind == "amount"
        and i + 1 < n
        and pieces[i].pos.startswith("a")
        and text[pieces[i + 1].start : pieces[i + 1].end] == "的"
    ):
        i += 2  # 20公斤重的弥雾机
    while i < n:
        if i in skip:
            i += 1
            continue
        p = pieces[i]
        w = text[p.start : p.end]
        if p.role or w in _OBJECT_STOP or (p.pos in ("l", "i") and len(w) >= 4 and out):
            break  # a four-character idiom after the noun is the predicate (展翅欲飞)
        if w and w[0] in _OPEN_Q:
            close = text.find(_CLOSE_Q[_OPEN_Q.index(w[0])], p.start + 1, pieces[-1].end)
            if close < 0:
                break
            k = i
            while k < n and pieces[k].end <= close:
                k += 1
            if k >= n:
                break
            out.append((p.start, pieces[k].end))
            i = k + 1
            continue
        if (
            p.pos.startswith(_NOUN_POS)
            or (p.pos == "q" and ((i + 1 < n and pieces[i + 1].pos.startswith(_NOUN_POS)) or out))
            or (w in _NOMINAL_VERBS and out)
        ):
            # a stray q is a noun suffix jieba split off (管控/组, 封/控组)
            out.append((p.start, p.end))
            i += 1
            continue
        if (
            p.pos in _MOD_POS
            and i + 1 < n
            and pieces[i + 1].pos.startswith(_NOUN_POS)
            and not pieces[i + 1].role
        ):
            if p.pos == "v" and (out or kind == "age"):
                break
            out.append((p.start, p.end))
            i += 1
            continue
        if (
            w in _CONJ
            and out
            and i + 1 < n
            and not pieces[i + 1].role
            and (pieces[i + 1].pos.startswith(_NOUN_POS) or pieces[i + 1].pos in ("a", "b"))
        ):
            out.append((p.start, p.end))
            i += 1
            continue
        break
    # a verbal or adjectival noun at the end, followed by more words, is the predicate
    # (志愿服务队|活跃在, 党员阿姨|分工明确), not part of the object
    while out and i < n:
        last_piece = next(p for p in pieces if p.start == out[-1][0])
        follow = text[pieces[i].start : pieces[i].end]
        if last_piece.pos in ("vn", "an") and follow not in "的，,。；;、！？!?)）" and len(out) > 1:
            out.pop()
            i = pieces.index(last_piece)
        else:
            break
    while out and text[out[-1][0] : out[-1][1]] in _CONJ:
        out.pop()
    if not out:
        return ""
    out_pos = [p.pos for p in pieces if out[0][0] <= p.start < out[-1][1]]
    if (
        any(pos in _CLAUSE_POS for pos in out_pos)
        and i + 1 < n
        and text[pieces[i].start : pieces[i].end] == "的"
        and pieces[i + 1].pos.startswith(_NOUN_POS)
        and not pieces[i + 1].role
    ):
        # 30个|有影响力的|工业互联网平台, 59名|生活困难的|道德模范: a phrase with a verb or
        # an adjective in it is a relative clause; what is counted is the noun after its 的
        # (a plain noun keeps the count: 4个网格的居民 counts 网格)
        head = _object_after(pieces, i + 1, text, skip, kind)
        if head:
            return head
    return text[out[0][0] : out[-1][1]]


def _object_before(pieces: list[_Piece], j: int, text: str, kind: str) -> str:
    """The noun phrase right before the number (新增高风险区|8个)."""
    i = j - 1
    if kind == "age":
        while i >= 0 and text[pieces[i].start : pieces[i].end] in _AGE_LINKS:
            i -= 1
    end = i
    if end < 0 or pieces[end].pos in ("vn", "an", "l"):
        return ""  # 已储备|40余人: the word before is the verb, not what is counted
    while (
        i >= 0
        and not pieces[i].role
        and (pieces[i].pos.startswith(_NOUN_POS) and pieces[i].pos not in ("nr", "ns", "nt", "s"))
    ):
        i -= 1
    if i >= 0 and pieces[i].role == P.ROLE_UNIT:
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    while i < end and pieces[i + 1].pos in ("vn", "an"):
        i += 1  # 排查|车辆120辆: a leading verbal noun is the action, not the object
    if i == end:
        return ""
    if i >= 0 and pieces[i].role == P.ROLE_UNIT:
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    if (
        i >= 0
        and pieces[i].pos in ("nr", "ns", "nt", "nrt", "nz")
        and not pieces[i].role
        and pieces[end].end - pieces[i + 1].start == 1
    ):
        # 代尔祖尔省|两处: the tail of a name is no object; but a whole noun after a word
        # jieba mistakes for a name is (惠及/ns 居民|5000余户)
        return ""
    if i >= 0 and pieces[i].pos in ("a", "b") and not pieces[i].role:
        i -= 1  # 低风险区
    return text[pieces[i + 1].start : pieces[end].end]


def _notice_object(
    article_sents: list[Record], sent: Record, toks_by_sent: dict[str, list[Record]], text: str
) -> str:
    """For a count in parentheses after a place in a notice list (小店区(1个)), the object is
    the noun the list is headed by (一、新增高风险区)."""
    heading = None
    for s in article_sents:
        if s["start"] > sent["start"]:
            break
        if _ENUM_HEADING.match(s["text"]):
            heading = s
    if heading is None:
        return ""
    toks = sorted(toks_by_sent.get(heading["sentence_id"], []), key=lambda t: t["start"])
    run: list[Record] = []
    for t in reversed(toks):
        if t["pos"].startswith(_NOUN_POS) and t["pos"] not in ("ns",):
            run.insert(0, t)
        elif run:
            if t["pos"] in ("a", "b"):
                run.insert(0, t)  # 低风险区
            break
    if not run:
        return ""
    return text[run[0]["start"] : run[-1]["end"]]


def _finish(stat: _Stat, pieces: list[_Piece], num: _Num, nums: list[_Num], text: str) -> None:
    q = num.quantity
    roles = {p.role: p for p in (pieces[i] for i in stat.pieces)}
    unit_p = roles.get(P.ROLE_UNIT)
    stat.unit = text[unit_p.start : unit_p.end] if unit_p else None
    if num.role == P.ROLE_PCT:
        stat.unit, stat.kind = "%", "percent"
    elif num.role == P.ROLE_FRAC:
        stat.kind = "fraction"
    else:
        stat.kind = P.UNIT_KIND.get(stat.unit or "", "count")
    value, low, high = q.value, q.low, q.high
    approx = q.approx
    if len(nums) == 2:  # NUM SEP NUM
        lo, hi = nums[0].quantity.value, nums[1].quantity.value
        if lo is not None and hi is not None and lo < hi:
            value, low, high, approx = (lo + hi) / 2, lo, hi, "range"
    for role in (P.ROLE_PRE, P.ROLE_SUF, P.ROLE_POST):
        if role in roles and roles[role].marker and approx in ("exact", "about"):
            approx = roles[role].marker
            break
    if P.ROLE_MULT in roles and value is not None:  # 10多万人
        scale = P.MULTIPLIERS[roles[P.ROLE_MULT].marker]
        value = value * scale
        low = low * scale if low is not None else None
        high = high * scale if high is not None else None
    # money keeps its written scale: 30万元 -> 30 万元 (see number_patterns.SCALED_MONEY)
    written = roles[P.ROLE_MULT].marker if P.ROLE_MULT in roles else num.text
    written = written.replace("萬", "万").replace("億", "亿")
    scale = next((w for w in ("万亿", "亿", "万") if written.endswith(w)), "")
    money = f"{scale}{stat.unit}" if stat.unit in ("元", *P.CURRENCIES) else ""
    if money in P.SCALED_MONEY and value is not None:
        factor = P.SCALED_MONEY[money]
        value = value / factor
        low = low / factor if low is not None else None
        high = high / factor if high is not None else None
        stat.unit = money
    if stat.unit == "旬" and value is not None:  # 七旬: in one's seventies
        value, approx = value * 10, "over"
    if approx == "over":
        low, high = value, None
    elif approx == "under":
        low, high = None, value
    elif approx in ("exact", "about"):
        low = high = None
    stat.value, stat.low, stat.high, stat.approx = value, low, high, approx


def _stats_of_sentence(
    text: str,
    sent: Record,
    toks: list[Record],
    blocked: list[tuple[int, int]],
    names: list[tuple[int, int]] | None = None,
) -> tuple[list[_Stat], list[_Piece], Doc]:
    s0, s1 = sent["start"], sent["end"]
    starts, toks_sorted = _token_index(sorted(toks, key=lambda t: t["start"]))
    nums = [
        n for n in _candidates(text, s0, s1) if not _blocked(n, text, blocked, starts, toks_sorted, names)
    ]
    pieces, num_at = _build_pieces(text, s0, s1, nums, toks_sorted)
    vocab, matcher = _matcher()
    doc = Doc(vocab, words=[text[p.start : p.end] for p in pieces], spaces=[False] * len(pieces))
    for tok, p in zip(doc, pieces, strict=True):
        tok._.q = p.role
        tok._.jpos = p.pos
    spans = filter_spans([Span(doc, s, e, label=lab) for lab, s, e in matcher(doc, as_spans=False)])
    stats: list[_Stat] = []
    for span in spans:
        idx = list(range(span.start, span.end))
        sp = [pieces[i] for i in idx]
        span_nums = [
            num_at[p.start]
            for p in sp
            if p.role in (P.ROLE_NUM, P.ROLE_PCT, P.ROLE_FRAC) and p.start in num_at
        ]
        if not span_nums:
            continue
        if not _valid_measure(sp, span_nums[0], text, starts, toks_sorted):
            continue
        stat = _Stat(sp[0].start, sp[-1].end, idx)
        _finish(stat, pieces, span_nums[-1] if len(span_nums) == 1 else span_nums[0], span_nums, text)
        stats.append(stat)
    return stats, pieces, doc


def _nearest(mentions: list[Record], pos: int, label: str) -> Record | None:
    cands = [m for m in mentions if m["label"] == label]
    if not cands:
        return None
    before = [m for m in cands if m["end"] <= pos]
    if before:
        return max(before, key=lambda m: m["end"])
    return min(cands, key=lambda m: m["start"])


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for line in text[start:end].split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def extract_statistics(
    document: Record,
    articles: list[Record],
    sentences: list[Record],
    tokens: list[Record],
    mentions: list[Record],
) -> tuple[list[Record], list[Record]]:
    """Statistics rows and dates rows of one document, in the columns of
    SCHEMAS["statistics"] and SCHEMAS["dates"]."""
    text: str = document["text"]
    doc_id: str = document["doc_id"]
    batch_id: str = document["batch_id"]
    toks_by_sent: dict[str, list[Record]] = defaultdict(list)
    for t in tokens:
        toks_by_sent[t["sentence_id"]].append(t)
    sents_by_art: dict[str, list[Record]] = defaultdict(list)
    for s in sorted(sentences, key=lambda s: s["start"]):
        sents_by_art[s["article_id"]].append(s)
    ments_by_sent: dict[str, list[Record]] = defaultdict(list)
    for m in mentions:
        ments_by_sent[m.get("sentence_id") or ""].append(m)
    stat_rows: list[Record] = []
    date_rows: list[Record] = []
    for article in sorted(articles, key=lambda a: a["start"]):
        art_sents = sents_by_art.get(article["article_id"], [])
        if not art_sents:
            continue
        sent_starts = [s["start"] for s in art_sents]
        dates = _extract_dates(
            document, article, _paragraphs(text, article["start"], article["end"]), sent_starts
        )
        # the article's own day: its first narrated date, else its publication date
        ref = _reference_date(document, article)
        # the article's date: the page's date, else the first day the article tells of
        art_day = (ref.isoformat() if ref else None) or next((d.day_iso for d in dates if d.day_iso), None)
        dateline_entity = None
        if article.get("dateline_place"):
            dateline_entity = next(
                (
                    m["entity_id"]
                    for m in mentions
                    if m.get("article_id") == article["article_id"]
                    and m["text"] == article["dateline_place"]
                    and m["label"] == "LOC"
                ),
                None,
            )
        date_spans = [(d.start, d.end) for d in dates]
        for d in dates:
            si = bisect_right(sent_starts, d.start) - 1
            sent = art_sents[max(si, 0)]
            date_rows.append(
                {
                    "date_id": stable_id("t", doc_id, d.start, d.end),
                    "doc_id": doc_id,
                    "article_id": article["article_id"],
                    "sentence_id": sent["sentence_id"],
                    "batch_id": batch_id,
                    "text": text[d.start : d.end],
                    "start": d.start,
                    "end": d.end,
                    "value": d.value,
                    "granularity": d.granularity,
                }
            )
        paragraph_day: dict[int, str] = {}
        for d in dates:
            if d.day_iso:
                paragraph_day.setdefault(text.rfind("\n", 0, d.start), d.day_iso)
        para_loc: tuple[int, Record] | None = None  # (paragraph start, last LOC mention in it)
        for sent in art_sents:
            sm = ments_by_sent.get(sent["sentence_id"], [])
            para_start = text.rfind("\n", 0, sent["start"])
            if para_loc is not None and para_loc[0] != para_start:
                para_loc = None
            names = [(m["start"], m["end"]) for m in sm if m["label"] in ("ORG", "LOC")]
            stats, pieces, _doc = _stats_of_sentence(
                text, sent, toks_by_sent.get(sent["sentence_id"], []), date_spans, names
            )
            age_pieces = {i for st in stats if st.kind == "age" for i in st.pieces}
            in_sent = [d for d in dates if sent["start"] <= d.start < sent["end"]]
            sent_day = next((d.day_iso for d in in_sent if d.day_iso), None) or next(
                (d.value for d in in_sent if not d.value.startswith("T")), None
            )
            day = sent_day or paragraph_day.get(text.rfind("\n", 0, sent["start"])) or art_day
            for st in stats:
                if st.kind == "duration":
                    st.obj = ""
                elif st.kind in ("percent", "fraction"):
                    # only a noun right after: 一多半居民 (70%的居民 leaves it open)
                    last = st.pieces[-1] + 1
                    ok = last < len(pieces) and pieces[last].pos.startswith(_NOUN_POS)
                    st.obj = _object_after(pieces, last, text, set(), st.kind) if ok else ""
                elif st.unit in ("人", "人次"):
                    # the measure already names people: 3人有序协作 counts no 有序
                    st.obj = _object_before(pieces, st.pieces[0], text, st.kind)
                else:
                    last = st.pieces[-1] + 1
                    nxt_text = text[pieces[last].start : pieces[last].end] if last < len(pieces) else ""
                    st.obj = (
                        ""
                        if (st.kind == "age" and nxt_text == "的")
                        else _object_after(pieces, last, text, age_pieces - set(st.pieces), st.kind)
                    )
                    if not st.obj:
                        before = text[st.start - 1] if st.start > 0 else ""
                        after = text[st.end] if st.end < len(text) else ""
                        if before == "(" and after == ")":
                            st.obj = _notice_object(art_sents, sent, toks_by_sent, text)
                        elif st.kind in ("count", "amount", "age"):
                            st.obj = _object_before(pieces, st.pieces[0], text, st.kind)
                # the place: the nearest LOC in the sentence, else the last one named earlier
                # in the paragraph, else the article's dateline place
                place = _nearest(sm, st.start, "LOC") or (para_loc[1] if para_loc else None)
                org = _nearest(sm, st.start, "ORG")
                stat_rows.append(
                    {
                        "stat_id": stable_id("q", doc_id, st.start, st.end),
                        "doc_id": doc_id,
                        "article_id": article["article_id"],
                        "sentence_id": sent["sentence_id"],
                        "batch_id": batch_id,
                        "text": text[st.start : st.end],
                        "start": st.start,
                        "end": st.end,
                        "value": st.value,
                        "low": st.low,
                        "high": st.high,
                        "approx": st.approx,
                        "unit": st.unit,
                        "object": st.obj,
                        "kind": st.kind,
                        "place_entity_id": place["entity_id"] if place else dateline_entity,
                        "org_entity_id": org["entity_id"] if org else None,
                        "date": day,
                    }
                )
            locs = [m for m in sm if m["label"] == "LOC"]
            if locs:
                para_loc = (para_start, max(locs, key=lambda m: m["end"]))
    return stat_rows, date_rows
