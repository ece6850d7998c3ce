"""A length that says how far a place is from another (距离|机场|15公里, 距离|震中|约220公里|的|
某地): after a word of distance (stats_distance_words) and the place it is counted from, the
length is a distance, no thing measured, so it has no object, as the tuning gold leaves
距离贵阳机场15公里 empty; neither the place it is counted from (距离震中) nor the place after
its 的 is what it measures. Used by `rows` last, for lengths only."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece

_DISTANCE_WORDS = frozenset(lexicons.words("stats_distance_words"))
_PREDICATE_WORDS = frozenset(lexicons.words("stats_predicate_words"))  # 达, 为, 超过
_LENGTH_UNITS = ("米", "公里", "千米", "海里")  # 厘米, 毫米 end in 米 too: any length
_AREA_MARKS = ("平方", "立方")  # 平方公里, 立方米: no length
_MAX_PLACE = 3  # words of the place a distance is counted from (震中, 贵阳|机场)
_PLACE_POS = ("n", "ns", "nz", "nt", "s", "f", "j", "v", "vn")  # 震中/v: jieba's guess


def _is_length(unit: str) -> bool:
    return unit.endswith(_LENGTH_UNITS) and not unit.startswith(_AREA_MARKS)


def _predicate_after(pieces: list[Piece], k: int, text: str) -> bool:
    """遥控|距离|达|150千米: a predicate word right after the distance word makes it the metric
    the length measures (the subject of 达), no frame word with a place after it."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return nxt is not None and not nxt.role and _word(text, nxt) in _PREDICATE_WORDS


def without_distance_frame(st: Found, pieces: list[Piece], text: str) -> str:
    """No object for a length right after 距离 and up to three words of a place (距离|震中|约220公里);
    else the object as it is."""
    if not st.obj or st.kind != "amount" or not _is_length(st.unit or ""):
        return st.obj
    k = st.pieces[0] - 1
    while k >= 0 and pieces[k].role:
        k -= 1  # 约, 超过: the figure's own markers
    place = 0
    while k >= 0 and place < _MAX_PLACE and not pieces[k].role and pieces[k].pos in _PLACE_POS:
        if _word(text, pieces[k]) in _DISTANCE_WORDS:
            return "" if place and not _predicate_after(pieces, k, text) else st.obj
        k, place = k - 1, place + 1
    distance = k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _DISTANCE_WORDS
    return "" if place and distance else st.obj  # 距/p|市区|30千米
