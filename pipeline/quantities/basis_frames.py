"""A rate of change after a basis frame (国内生产总值|按|年率|计算|增长N%, 实际使用外资金额N亿元
人民币，按|可比|口径|同比增长N%): the frame (按 or 按照, up to a word of stats_basis_frames:
计算, 计, 口径) says how the change is reckoned, so the rate measures the metric before the
frame, not the frame's noun (年率, 口径), which the reader before the figure took. Where a noun
ends right before 按, the object is that noun widened to its noun phrase (国内生产总值); where
the frame opens its clause after a comma, the rate measures what the figure ending the clause
before measures (a currency word may follow that figure: N亿元|人民币|，). Used by `rows` after
the objects are read, for percents and ratios whose object is empty or lies inside the frame.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.quantities.object_words import _PLAIN_NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.widen import widened

_OPENERS = ("按", "按照")
_ENDS = frozenset(lexicons.words("stats_basis_frames"))
_CURRENCIES = frozenset(("人民币", *(c for c, *_ in lexicons.rows("stats_currencies"))))
_RATE_KINDS = ("percent", "ratio")
_FIGURE_KINDS = ("amount", "count")
_CLAUSE_ENDS = ("，", ",", "；", ";")
_MARKS = "，,。；;：:！？!?、"
_FRAME_MOST = 8  # words from 按 to the rate


def _frame_open(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of 按 opening a basis frame in the rate's clause (a frame end word between it
    and the rate, no clause mark); else None."""
    k, ended = st.pieces[0] - 1, False
    while k >= 0 and st.pieces[0] - k <= _FRAME_MOST and not pieces[k].role:
        w = _word(text, pieces[k])
        if any(c in _MARKS for c in w):
            return None
        if w in _ENDS:
            ended = True
        if w in _OPENERS:
            return k if ended else None
        k -= 1
    return None


def _inside(st: Found, pieces: list[Piece], at: int, text: str) -> bool:
    """Whether the rate's object is empty or lies inside the frame and its predicate."""
    return not st.obj or st.obj in text[pieces[at].end : st.start]


def _noun_before(st: Found, pieces: list[Piece], at: int, text: str) -> str:
    """The noun phrase ending right before 按 (国内生产总值|按…), or ""."""
    if at == 0 or pieces[at - 1].role or not pieces[at - 1].pos.startswith(_PLAIN_NOUN_POS):
        return ""
    noun = _word(text, pieces[at - 1])
    return widened(replace(st, obj=noun), pieces, text)


def _figure_before(stats: list[Found], n: int, pieces: list[Piece], at: int, text: str) -> str:
    """The object of the figure that ends the clause before a frame opening after a comma."""
    if n == 0 or at == 0 or _word(text, pieces[at - 1]) not in _CLAUSE_ENDS:
        return ""
    prev = stats[n - 1]
    if not prev.obj or prev.kind not in _FIGURE_KINDS:
        return ""
    between = text[prev.end : pieces[at - 1].start].strip()
    return prev.obj if not between or between in _CURRENCIES else ""


def carry_basis_frames(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A rate after a basis frame measures the metric before the frame (see the module)."""
    for n, st in enumerate(stats):
        if st.kind not in _RATE_KINDS or not st.pieces:
            continue
        at = _frame_open(st, pieces, text)
        if at is None or not _inside(st, pieces, at, text):
            continue
        metric = _noun_before(st, pieces, at, text) or _figure_before(stats, n, pieces, at, text)
        if metric:
            st.obj = metric
