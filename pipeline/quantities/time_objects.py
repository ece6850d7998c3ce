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
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece, piece_span
from pipeline.quantities.subjects import _noun_run_before

_ENDS = tuple(lexicons.words("stats_frame_time_ends"))  # 同期, 期间, 以来
_POINT = "时"  # 收盘|时: the moment of an event
_COMPARING = ("比", "较", "低于", "高于", "少于", "多于", "快于", "慢于", "相比", "与")
_FRAMES = ("在", "于")  # 运输量|在|节日期间
_TIME_POS = ("t",)  # 油价|周五|收盘时
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":", "！", "？")


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
    while k >= 0 and not pieces[k].role and (_word(text, pieces[k]) in _FRAMES or pieces[k].pos in _TIME_POS):
        k -= 1
    return k


def without_time_objects(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """Each object that is a time phrase (`_time_span`) replaced by what the figure measures:
    after a comparison word the object of the figure before it in the sentence, else the noun
    phrase before the phrase, else nothing."""
    for n, st in enumerate(stats):
        span = _time_span(st, pieces, text)
        if span is None:
            continue
        k = _before(pieces, span[0], text)
        if k >= 0 and not pieces[k].role and _word(text, pieces[k]).endswith(_COMPARING):
            prev = next((p for p in reversed(stats[:n]) if p.obj), None)  # already without a time
            st.obj = prev.obj if prev is not None else ""
            continue
        st.obj = _noun_run_before(pieces, k, text, st.kind) if k >= 0 else ""
