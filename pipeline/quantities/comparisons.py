"""A ratio or a share stated against a base (产量是去年的3倍, 效率是普通生产线的三倍, 收入为城镇
居民的40%): what the figure measures is the subject before 是 / 为 / 相当于, never the base
between that word and 的 (the relative-clause reading, X的N, would take the base). Used by
`rows` after `objects.object_of`; where no subject stands before the comparison word the object
is left empty for the context rules (，是去年同期的三倍 after an earlier figure)."""

from __future__ import annotations

from pipeline.quantities.object_words import _CLAUSE_END_MARKS, _skip_back, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before

_BASE_WORDS = ("是", "为", "相当于")  # 占 X 的 N% is a share of X: not here
_KINDS = ("ratio", "percent")
_DE = "的"
_MAX_BASE = 8  # words between the comparison word and 的


def _comparison_word(pieces: list[Piece], de: int, text: str) -> int | None:
    """The index of 是 / 为 / 相当于 before the base that ends right before pieces[de] (的)."""
    k = de - 1
    while k >= 0 and de - k <= _MAX_BASE and not pieces[k].role:
        w = _word(text, pieces[k])
        if w in _CLAUSE_END_MARKS:
            return None
        if w in _BASE_WORDS:
            return k if k < de - 1 else None
        k -= 1
    return None


def compared_subject(st: Found, pieces: list[Piece], text: str) -> str | None:
    """For a ratio or a percent right after 是|为|相当于 + base + 的: the noun phrase before the
    comparison word (past adverbs), or "" where there is none; None where the figure is not
    stated against a base."""
    de = st.pieces[0] - 1
    if st.kind not in _KINDS or de < 1 or _word(text, pieces[de]) != _DE:
        return None
    c = _comparison_word(pieces, de, text)
    if c is None:
        return None
    return _noun_run_before(pieces, _skip_back(pieces, c - 1, text, ()), text, st.kind)
