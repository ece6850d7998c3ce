"""The whole name of an institution, area or technique a count in an object's place names, a
verb inside the name included (调配|20家|县级|定点|救治|医院|，, 推广…等|8项|关键|抗旱|
增产|技术|，, 和|12个|乡镇|集中|收治|医院|，).

`objects.object_after` stops a counted noun phrase at a verb after a noun (定点|救治/v: read as
the predicate) unless the noun phrase ends in a programme or facility head (stats_compound_heads).
Where the count stands in an object's place (after a verb, an aspect particle, 等, or a
conjunction after another count; not after a preposition, whose phrase the predicate follows)
its own predicate cannot follow before the clause ends, so the words from the measure to the
clause's end are its noun phrase when they end in the head of an institution, area or technique
name (stats_institution_heads) or a compound head, and hold no 的, aspect particle, figure,
main-clause word, light verb (开展) or verb of one character (岗位信息|到|社区). After a pivot
verb (stats_pivot_verbs: 支持|10个县|建设示范基地, 已有|12个机构|成为…, 调派|3架直升机|
开展…) the count is the next verb's subject, and it is left alone. Used by `rows` on the
object `object_of` gave.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import (
    _ASPECT,
    _CLAUSE_END_MARKS,
    _CONJ,
    _DIRECTIONS,
    _HEADS,
    _PLAIN_NOUN_POS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece

_DE = "的"
_MAX_SPAN = 8  # words between the measure and the clause's end
_NAME_HEADS = (*lexicons.words("stats_institution_heads"), *_HEADS)
_PIVOTS = frozenset(lexicons.words("stats_pivot_verbs"))
_MAIN_CLAUSE = frozenset(lexicons.words("stats_main_clause_words"))
# a light verb after the count is its predicate (开展|救援任务); verbs of change stay, as
# they name kinds of sites (单产|提升|示范点)
_PREDICATES = frozenset(lexicons.words("stats_light_verbs"))
_SLOT_POS = ("v", "vn", "uz", "ul", "u")  # 使用|11项, 显示着|60个, 等|8项 (not after a
# preposition: 对|N个|国家|试行…政策, the predicate follows the phrase)
_SPAN_POS = (*_PLAIN_NOUN_POS, "j", "l", "v", "vn", "a", "b", "d", "k", "t")


def _object_slot(st: Found, pieces: list[Piece], text: str) -> bool:
    """The count follows a verb (not a pivot), an aspect particle, 等, or a
    conjunction after another count's noun phrase."""
    at = st.pieces[0] - 1
    if at < 0 or pieces[at].role:
        return False
    w = _word(text, pieces[at])
    if w in _CONJ:
        return any(p.role for p in pieces[max(0, at - _MAX_SPAN) : at])
    return pieces[at].pos in _SLOT_POS and w not in _PIVOTS


def _clause_end(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the clause mark that ends the count's words, if only name words lie between."""
    first = st.pieces[-1] + 1
    for k in range(first, min(first + _MAX_SPAN + 1, len(pieces))):
        p, w = pieces[k], _word(text, pieces[k])
        if w in _CLAUSE_END_MARKS and k > first:
            return k
        if p.role or w in (_DE, *_ASPECT) or w in _MAIN_CLAUSE or w in _PREDICATES:
            return None
        if not p.pos.startswith(_SPAN_POS) or (p.pos == "v" and (len(w) < 2 or w.endswith(_DIRECTIONS))):
            return None  # a verb of one character is a predicate (岗位信息|到|社区), and so is a
            # verb of motion with its direction (N条街|回到|管控区)
    return None


def head_compound_object(st: Found, pieces: list[Piece], text: str) -> str:
    """The words from a count's measure to its clause's end, where they end in a name head and
    the object given is empty or their beginning; else the object given."""
    if st.kind != "count" or not st.pieces or not _object_slot(st, pieces, text):
        return st.obj
    end = _clause_end(st, pieces, text)
    if end is None:
        return st.obj
    last = pieces[end - 1]
    if not last.pos.startswith(_PLAIN_NOUN_POS) or not _word(text, last).endswith(_NAME_HEADS):
        return st.obj
    span = text[pieces[st.pieces[-1] + 1].start : last.end]
    if st.obj and (st.obj == span or not span.startswith(st.obj)):
        return st.obj
    return span
