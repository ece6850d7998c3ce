"""Quoted terms inside a counted noun phrase read before the number (专精特新“小巨人”企业|35家,
开办公益“四点半课堂”|2300个): the quotation is one piece of the noun phrase. Used by
`objects.object_before`; the reading after the unit has its own (`object_parts._quoted`)."""

from __future__ import annotations

from pipeline.quantities.object_parts import _CLOSE_B, _CLOSE_Q, _OPEN_Q, _bracket_back
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Piece

_MAX_PIECES = 10  # a term, not a quoted sentence
_INSIDE_STOPS = "，,。；;：:！？!?"


def quote_back(pieces: list[Piece], i: int, text: str) -> int | None:
    """Where pieces[i] closes a quotation (”), the index of the piece before its opening mark
    (“), so that reading back goes on before it; None where no short quotation of words with
    no figure and no clause mark closes there."""
    w = _word(text, pieces[i])
    if not w or w[0] not in _CLOSE_Q or pieces[i].role:
        return None
    opening = _OPEN_Q[_CLOSE_Q.index(w[0])]
    k = i - 1
    while k >= 0 and i - k <= _MAX_PIECES:
        p, wk = pieces[k], _word(text, pieces[k])
        if p.role or any(c in _INSIDE_STOPS for c in wk):
            return None
        if wk[:1] == opening:
            return k - 1 if k < i - 1 else None
        k -= 1
    return None


def enclosed_back(pieces: list[Piece], i: int, text: str) -> int | None:
    """Where pieces[i] closes a bracketed alternative (街道（乡镇）) or a quotation inside the
    compound read back from the number, the index reading back goes on from; else None."""
    w = _word(text, pieces[i])
    if w and w[0] in _CLOSE_B and i > 1:
        return _bracket_back(pieces, i, text)
    return quote_back(pieces, i, text)
