"""A rate of change after an adjustment frame (收入N元，扣除价格因素实际增长N%; 收入N亿元，扣除
某某因素影响后，可比增长N%): the frame (a verb of stats_adjustment_verbs, what it leaves out,
后) says what the comparison leaves out, so the rate measures what the figure ending the clause
before measures, not the factor left out (价格因素) and not nothing. Used by `rows` after the
objects are read, for percents and ratios whose object is empty or lies inside the frame.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece

_ADJUSTMENT_VERBS = frozenset(lexicons.words("stats_adjustment_verbs"))  # 扣除, 剔除
_RATE_KINDS = ("percent", "ratio")
_FIGURE_KINDS = ("amount", "count")
_CLAUSE_ENDS = ("，", ",", "；", ";")
_SENTENCE_ENDS = "。！？!?"
_FRAME_MOST = 10  # words between the clause mark and the rate


def _frame_mark(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the clause mark before an adjustment verb that opens the rate's clause
    (one more mark may stand inside the frame: …影响后，可比增长); else None."""
    k, marks = st.pieces[0] - 1, 0
    while k >= 1 and st.pieces[0] - k <= _FRAME_MOST and not pieces[k].role:
        w = _word(text, pieces[k])
        if w in _ADJUSTMENT_VERBS:
            return k - 1 if _word(text, pieces[k - 1]) in _CLAUSE_ENDS and not pieces[k - 1].role else None
        if w in _CLAUSE_ENDS:
            marks += 1
            if marks > 1:
                return None
        elif any(c in _SENTENCE_ENDS for c in w):
            return None
        k -= 1
    return None


def carry_adjusted_rates(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A rate after ，扣除…(后)(，) measures the object of the figure ending the clause before."""
    for n, st in enumerate(stats):
        if st.kind not in _RATE_KINDS or n == 0:
            continue
        mark = _frame_mark(st, pieces, text)
        prev = stats[n - 1]
        if mark is None or not prev.obj or prev.kind not in _FIGURE_KINDS:
            continue
        if prev.end != pieces[mark].start:
            continue  # the figure before ends the clause right before the frame
        inner = text.find("，", pieces[mark].end, st.start)  # …影响后|，|可比增长
        if st.obj and st.obj not in text[pieces[mark].end : inner if inner >= 0 else st.start]:
            continue  # an object of its own outside the frame (…后，农村居民收入|增长)
        st.obj = prev.obj
