"""The whole noun phrase of a count that opens a list of counts (12家|县级|集中|收治|医院|和|30所…,
8个|为|民|服务中心|和|40多个…, 60个|土壤|墒情|监测点|、|40个…).

`objects.object_after` stops a counted noun phrase at a verb after a noun (县级|集中/v: read as
the predicate), at a preposition or at a state noun, which in names of institutions, plans and
facilities is inside the compound (集中收治医院, 为民服务中心, 墒情监测点). Where the count is
followed, after its noun phrase, by a conjunction and the next count (和|30所), nothing between
the measure and the conjunction can be a predicate: the two counts are coordinated objects or
subjects, so the words between are one noun phrase. A 、 joins clauses as well as nouns
(5个村完成改造、3个村…), so after a 、 the count must stand where an object stands: after a
verb, an aspect particle or 等. Counts of people are left out (300名|党员|下沉|
社区|和|200名…: people listed are as often subjects of clauses in a row), and so are counts after
a pivot verb (stats_pivot_verbs: 带动|N个|村|发展|产业|和|M个…), where each may have its own
predicate. Used by `rows` on the object `object_of` gave.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _ASPECT,
    _CLAUSE_MARKS,
    _CONJ,
    _PLAIN_NOUN_POS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece

_LIST_MARK = "、"
_DE = "的"
_MAX_SPAN = 8  # words between the measure and the conjunction
_OBJECT_SLOT_POS = ("v", "uz", "ul", "u")  # 整合|12家, 显示着|60个, 等|8项
_PIVOTS = frozenset(lexicons.words("stats_pivot_verbs"))  # 带动|N个|村|发展|产业|和|M个…
_SPAN_POS = (*_PLAIN_NOUN_POS, "j", "l", "v", "vn", "a", "b", "d", "p", "k", "t", "m", "q")


def _next_count_at(stats: list[Found], i: int) -> bool:
    return any(other.pieces and other.pieces[0] == i and other.kind == "count" for other in stats)


def _span_end(st: Found, stats: list[Found], pieces: list[Piece], text: str) -> int | None:
    """The index of the conjunction before the next count, if only noun-phrase words lie between."""
    first = st.pieces[-1] + 1
    for k in range(first, min(first + _MAX_SPAN + 1, len(pieces) - 1)):
        p, w = pieces[k], _word(text, pieces[k])
        if w in _CONJ and k > first and _next_count_at(stats, k + 1):
            return k
        if p.role or w in _CLAUSE_MARKS or w == _DE or w in _ASPECT or not p.pos.startswith(_SPAN_POS):
            return None
    return None


def _after_pivot(st: Found, pieces: list[Piece], text: str) -> bool:
    at = st.pieces[0] - 1
    return at >= 0 and not pieces[at].role and _word(text, pieces[at]) in _PIVOTS


def _object_slot(st: Found, pieces: list[Piece], text: str) -> bool:
    at = st.pieces[0] - 1
    return at >= 0 and not pieces[at].role and (pieces[at].pos in _OBJECT_SLOT_POS)


def list_item_object(st: Found, stats: list[Found], pieces: list[Piece], text: str) -> str:
    """The words between a count's measure and the conjunction before the next count, where the
    object given is empty or their beginning and they end in a noun; else the object given."""
    if st.kind != "count" or st.unit in _ACTION_UNITS or not st.pieces or _after_pivot(st, pieces, text):
        return st.obj  # after a pivot verb each count has its own predicate (组织|N名…下沉|社区、)
    end = _span_end(st, stats, pieces, text)
    if end is None or not pieces[end - 1].pos.startswith(_PLAIN_NOUN_POS):
        return st.obj
    if _word(text, pieces[end]) == _LIST_MARK and not _object_slot(st, pieces, text):
        return st.obj
    start = pieces[st.pieces[-1] + 1].start
    span = text[start : pieces[end - 1].end]
    if st.obj and (st.obj == span or not span.startswith(st.obj)):
        return st.obj
    return span
