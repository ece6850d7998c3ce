"""Quoted terms inside a counted noun phrase read before the number (专精特新“小巨人”企业|35家,
开办公益“四点半课堂”|2300个): the quotation is one piece of the noun phrase. Used by
`objects.object_before`; the reading after the unit has its own (`object_parts._quoted`).

A quotation right after the measure is the name of the kind of thing counted, and the words
after it up to the clause's end, where they end in a compound head (stats_compound_heads), are
the thing itself (N个|“一件事”|集成/v|办事|场景|，): the quotation modifies that head, as
in N支|“送餐快递员”|队伍, and the object is the whole compound (`with_quoted_head`, used by
`rows`). The reader after the unit stops at a verb after the quotation (集成/v); a verb of one
character, an aspect particle, 的, a predicate word or a figure between keeps it stopped there,
and so does a verb (v) after a noun or verbal noun of the tail: it is the predicate of the words
before it, with its own object (a verb after a verb stays: “…”|集成/v|应用/v|场景; N个|“某某城市”|
建设/vn|取得/v|明显|成效: the cities are counted).

Before the number, a quotation that ends the object read back is its head, and a verbal noun
or verb right before its opening mark is the activity done to it, not part of its name (计划|
建设/vn|“口袋公园”|N个: the parks are counted; jieba tags 计划 a noun, so the reader ran back
over both): the object is the quotation alone (`without_activity_before_quote`). A noun before
the mark stays (公益|“四点半课堂”).
"""

from __future__ import annotations

from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_parts import _CLOSE_B, _CLOSE_Q, _OPEN_Q, _bracket_back
from pipeline.quantities.object_words import (
    _ASPECT,
    _CLAUSE_END_MARKS,
    _PLAIN_NOUN_POS,
    _PREDICATE_WORDS,
    _word,
    ends_in_head,
)
from pipeline.quantities.pieces import Found, Piece, piece_span

_MAX_PIECES = 10  # a term, not a quoted sentence
_INSIDE_STOPS = "，,。；;：:！？!?"
_TAIL_POS = ("n", "nz", "ng", "vn", "v", "b", "j", "l")  # 集成/v|办事/n|场景/n after the quotation
_MAX_TAIL = 4  # words from the closing mark to the head


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


def _tail_end(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index after the compound head that ends the words from pieces[k] on at a clause mark
    or the sentence's end, or None where a word of another class lies between."""
    for m in range(k, min(k + _MAX_TAIL, len(pieces))):
        p, w = pieces[m], _word(text, pieces[m])
        if p.role or p.pos not in _TAIL_POS or w in _PREDICATE_WORDS or w in _ASPECT:
            return None
        if p.pos == "v" and len(w) < 2:
            return None  # a verb of one character is a predicate (“…”|到|社区)
        if p.pos == "v" and m > k and pieces[m - 1].pos != "v":
            return None  # “…”|建设/vn|取得/v|成果: a verb after a noun of the tail is its predicate
        nxt = pieces[m + 1] if m + 1 < len(pieces) else None
        ends_clause = nxt is None or (not nxt.role and _word(text, nxt) in _CLAUSE_END_MARKS)
        if ends_clause:
            head = p.pos.startswith(_PLAIN_NOUN_POS) and len(w) > 1 and ends_in_head(w)
            return m + 1 if head else None
    return None


def with_quoted_head(st: Found, pieces: list[Piece], text: str) -> str:
    """The quotation right after the measure with the compound it modifies, up to a head at
    the clause's end (N个|“一件事”|集成办事场景); else the object given."""
    if not st.pieces or not st.obj or st.obj[0] not in _OPEN_Q or st.obj[-1] not in _CLOSE_Q:
        return st.obj
    at = pieces[st.pieces[-1]].end
    if not text.startswith(st.obj, at) or (span := piece_span(pieces, at, at + len(st.obj))) is None:
        return st.obj
    end = _tail_end(pieces, span[1] + 1, text)
    return st.obj if end is None else text[at : pieces[end - 1].end]


def without_activity_before_quote(st: Found, pieces: list[Piece], text: str) -> str:
    """The quotation alone where the object read before the number ends in it and a verbal noun
    or a verb stands right before its opening mark inside the object (计划建设“口袋公园”|N个)."""
    if not st.obj or st.obj[-1] not in _CLOSE_Q or st.obj[0] in _OPEN_Q:
        return st.obj
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    back = quote_back(pieces, b, text)
    if back is None or back < a or pieces[back].role or pieces[back].pos not in ("vn", "v"):
        return st.obj
    return text[pieces[back + 1].start : pieces[b].end]
