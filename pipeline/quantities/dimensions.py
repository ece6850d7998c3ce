"""The adjective after an amount's measure that names the dimension measured (20公斤重的|弥雾机,
30米宽|决口, 一百米长的|退水口; 20米长、|3米|宽的|便桥: past the list's next dimension): what is
measured is the noun after it, read as after a 的 (a verb inside the noun phrase allowed: 退/v|
水口). Used by `objects.object_after`. Word class as data: stats_dimension_adjectives in
`pipeline/lexicons/`."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Piece

_DIMENSIONS = lexicons.words("stats_dimension_adjectives")
_DE = "的"
_LIST_MARK = "、"


def _past_next_dimension(pieces: list[Piece], k: int, text: str, kind: str) -> int | None:
    """After 长、 the next figure of the list with its own dimension (N米长、|M厘米|高的|子堤):
    one noun after the last dimension is what both measure."""
    start = k
    while k < len(pieces) and pieces[k].role:
        k += 1
    if k == start or k >= len(pieces) or _word(text, pieces[k]) not in _DIMENSIONS:
        return None
    return past_dimension(pieces, k, text, kind)


def past_dimension(pieces: list[Piece], i: int, text: str, kind: str) -> int | None:
    """For an amount, the index after an adjective and its 的 (重的), or after a dimension
    adjective right before a noun (宽|决口); None where neither follows the measure."""
    if kind != "amount" or i + 1 >= len(pieces) or pieces[i].role or not pieces[i].pos.startswith("a"):
        return None
    nxt = pieces[i + 1]
    if _word(text, nxt) == _DE:
        return i + 2
    if _word(text, pieces[i]) in _DIMENSIONS and _word(text, nxt) == _LIST_MARK:
        return _past_next_dimension(pieces, i + 2, text, kind)
    if _word(text, pieces[i]) in _DIMENSIONS and not nxt.role and nxt.pos.startswith(NOUN_POS):
        return i + 1
    return None
