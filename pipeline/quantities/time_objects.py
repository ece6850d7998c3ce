"""An object that is a time phrase (去年同期, 节日期间, 收盘时): when the figure is measured or the
base it is compared with, never what it measures.

The readers of the subject stop at a time phrase jieba tags as a noun or an idiom
(运输量|在|节日期间|同比增长N%, 油价|周五|收盘|时|下跌N%) or take the noun phrase before 的 in a
comparison (远低于|去年同期|的|N%, 这|比|去年同期|高出|N个百分点). A time phrase is an object
whose end is a word of stats_frame_time_ends (同期, 期间, 以来 ...) or the point word 时 as a piece
of its own (收盘|时). After a comparison word (比, 较, 低于 ...) it names the base, so the figure
measures what the figure before it in the sentence measures (储气率为N%，远低于去年同期的|M%);
otherwise the noun phrase before it (past 在 and time words) is the subject; else no object.
Used by `rows` after the context rules, before each figure's last edge rules.

An object that opens inside a time phrase written before its noun (“十四五”|时期光伏装机,
2024|年度会费总额, 第三季度失业率, 春节期间机票) starts after the phrase's closing word
(stats_period_openings): `without_period_opening`, one of the edge rules of `rows._finish`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _SCOPES, PERIOD_CLOSERS, _word
from pipeline.quantities.pieces import Found, Piece, piece_span
from pipeline.quantities.subjects import _noun_run_before

_ENDS = tuple(lexicons.words("stats_frame_time_ends"))  # 同期, 期间, 以来
_POINT = "时"  # 收盘|时: the moment of an event
_COMPARING = ("比", "较", "低于", "高于", "少于", "多于", "快于", "慢于", "相比", "与")
_FRAMES = ("在", "于")  # 运输量|在|节日期间
_YEAR = "年"
# verbs that compare a figure with a base, read into a time object (超过|常年同期|的|2倍)
_COMPARING_VERBS = ("超过", "超", "高于", "低于", "达到", "接近", "相当于")
_TIME_POS = ("t",)  # 油价|周五|收盘时
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":", "！", "？")
_OPENINGS = lexicons.rows("stats_period_openings")
_PERIODS = tuple(w for w, kind in _OPENINGS if kind == "period")  # 年度, 季度: close one after a point
_BEFORE_PERIOD = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十两”’」』")
_POINTING = ("本", "该", "今", "当", "同", "上", "下", "前", "后", "上半", "下半")  # 本|年度, 上半|财年
_ORDINAL = "第"
_ORDINAL_NUMERALS = frozenset("一二三四五六七八九十1234")
_SCOPE_WORDS = tuple(lexicons.longest_first(tuple(_SCOPES)))  # 全国, 全省: longest first


def _time_span(st: Found, pieces: list[Piece], text: str) -> tuple[int, int] | None:
    """The (first, last) pieces of the object's occurrence before the figure in its clause,
    when the object is a time phrase; else None."""
    obj = st.obj
    if not obj or not (obj.endswith(_ENDS) or obj.endswith(_POINT)):
        return None
    at = text.rfind(obj, 0, st.start)
    if at < 0 or any(c in text[at + len(obj) : st.start] for c in _CLAUSE_MARKS):
        return None
    span = piece_span(pieces, at, at + len(obj))
    if span is None or pieces[span[0]].role or pieces[span[1]].role:
        return None
    first, last = span
    if not obj.endswith(_ENDS) and _word(text, pieces[last]) != _POINT:
        return None  # 小时, 工时: a noun, no point of time
    return first, last


def _before(pieces: list[Piece], first: int, text: str) -> int:
    """The index of the piece before the time phrase, past 在/于 and time words."""
    k = first - 1
    while k >= 0 and not pieces[k].role and (
        _word(text, pieces[k]) in _FRAMES or pieces[k].pos in _TIME_POS or _year_adverb(pieces[k], text)
    ):
        k -= 1
    return k


def _year_adverb(p: Piece, text: str) -> bool:
    """常年/d, 往年/d: a time jieba tags an adverb (高于|常年|同期|的N%)."""
    return p.pos == "d" and _word(text, p).endswith(_YEAR)


def _opens_with_comparison(pieces: list[Piece], first: int, last: int, text: str) -> bool:
    """超过|常年|同期 read as one object: a comparing verb opening the time phrase, whose base the
    phrase is."""
    return first < last and not pieces[first].role and _word(text, pieces[first]) in _COMPARING_VERBS


def without_time_objects(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """Each object that is a time phrase (`_time_span`) replaced by what the figure measures:
    after a comparison word the object of the figure before it in the sentence, else the noun
    phrase before the phrase, else nothing."""
    for n, st in enumerate(stats):
        span = _time_span(st, pieces, text)
        if span is None:
            continue
        k = _before(pieces, span[0], text)
        compared = k >= 0 and not pieces[k].role and _word(text, pieces[k]).endswith(_COMPARING)
        if compared or _opens_with_comparison(pieces, *span, text):
            prev = next((p for p in reversed(stats[:n]) if p.obj), None)  # already without a time
            st.obj = prev.obj if prev is not None else ""
            continue
        st.obj = _noun_run_before(pieces, k, text, st.kind) if k >= 0 else ""


def _ordinal_end(obj: str) -> int:
    """The length of an ordinal 第N the object opens with (第三|季度), else 0."""
    if not obj.startswith(_ORDINAL):
        return 0
    n = 1
    while n < len(obj) and obj[n] in _ORDINAL_NUMERALS:
        n += 1
    return n if n > 1 else 0


def _closed_by_point(text: str, at: int, pieces: list[Piece]) -> bool:
    """Whether what is written right before offset `at` makes a period word there the end of a
    time phrase: a numeral or a closing quote (2024|年度, “十四五”|时期), or a time word or a
    pointing word ending there (今年|第三季度, 本|年度, 上半|财年)."""
    if at > 0 and text[at - 1] in _BEFORE_PERIOD:
        return True
    prev = next((p for p in pieces if p.end == at and not p.role), None)
    return prev is not None and (prev.pos == "t" or _word(text, prev) in _POINTING)


def _closer_end(obj: str, at: int, pieces: list[Piece]) -> int:
    """The end (in the object) of the last closing word of a time phrase inside the object that
    ends on a piece boundary with a noun phrase after it (春节期间|机票), else 0."""
    ends = {p.end - at for p in pieces}
    best = 0
    for w in PERIOD_CLOSERS:
        i = obj.rfind(w)
        if i >= 0 and i + len(w) < len(obj) and i + len(w) in ends:
            best = max(best, i + len(w))
    return best


def _without_scope(obj: str) -> str:
    """The object without a scope word it opens with (stats_scope_words: 全国, 全省), where a
    noun phrase is left after it."""
    scope = next((w for w in _SCOPE_WORDS if obj.startswith(w) and len(obj) > len(w) + 1), "")
    return obj[len(scope) :]


def without_period_opening(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read before the figure without the time phrase it opens with or opens inside
    of (stats_period_openings): after a closing word (时期, 期间) wherever it is, or after a
    period word (年度, 季度, 财年) that opens it, alone or after an ordinal (第三季度), where
    the phrase began before the object (2024|年度会费总额, 本|年度调水量). A period word with
    nothing time-like before it names the metric's period (某区|年度投资) and stays."""
    obj = st.obj
    at = text.rfind(obj, 0, st.start) if obj else -1
    if at < 0 or any(c in text[at + len(obj) : st.start] for c in _CLAUSE_MARKS):
        return obj
    if (cut := _closer_end(obj, at, pieces)) > 0:  # a scope word after the phrase goes too
        return _without_scope(obj[cut:])  # (春节假期|全国|营业性演出)
    n = _ordinal_end(obj)
    period = next((w for w in _PERIODS if obj.startswith(w, n) and len(obj) > n + len(w)), None)
    if period is None or not (n > 0 or _closed_by_point(text, at, pieces)):
        return obj
    return obj[n + len(period) :]
