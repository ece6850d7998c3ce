"""The adjective after an amount's measure that names the dimension measured (20公斤重的|弥雾机,
30米宽|决口, 一百米长的|退水口; 20米长、|3米|宽的|便桥: past the list's next dimension): what is
measured is the noun after it, read as after a 的 (a verb inside the noun phrase allowed: 退/v|
水口). Used by `objects.object_after`. Word class as data: stats_dimension_adjectives in
`pipeline/lexicons/`.

The same adjectives also stand before the figure (舞台|高|12米, 桥|长约/d|1.2公里, 长|5米、|宽|2米|的|
屏风): what is measured is the noun right before the adjective (`dimension_subject`), and the
figures of one list of dimensions (长N米、宽M米) measure one thing (`share_dimension_lists`); an
adjective jieba tagged a noun is cut off the object read before it (`without_dimension_tail`), as
the tuning gold writes 泥沙堆积 for 泥沙堆积…有两三米高. All three used by `rows`, for lengths
and weights only (比上年|高|50元 is a gap): the first two for figures still without an object
after the other rules, the last on every object read."""

from __future__ import annotations

from itertools import pairwise

from pipeline import lexicons
from pipeline.quantities.object_words import _CLAUSE_MARKS, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before

_DIMENSIONS = lexicons.words("stats_dimension_adjectives")
_DE = "的"
_LIST_MARK = "、"
_GLUED_MARKERS = ("", "约", "达", "近")  # 长约/d, 长达/ns, 重达: jieba glues the marker on
_ANY_FIGURE = ("高达",)  # 投资高达N亿元: "as much as", of any figure, no dimension
# units of length and weight, which a dimension measures (distance_frames keeps lengths alike)
_MEASURE_UNITS = ("米", "公里", "里", "尺", "丈", "吨", "斤", "克")
_AREA_MARKS = ("平方", "立方")
_OPENING_POS = ("t", "r", "q", "m")  # 这|座|隧道, 目前: words before a sentence's topic
_TOPIC_INNER_POS = ("b", "a", "uj")  # 中心|的|巨型/b|花篮: modifiers inside the topic


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


def _dimension_word(w: str) -> bool:
    """A dimension adjective, alone or with an approximation marker jieba glued on (长约, 高达)."""
    return w[:1] in _DIMENSIONS and w[1:] in _GLUED_MARKERS and w not in _ANY_FIGURE


def _measure_unit(unit: str) -> bool:
    return unit.endswith(_MEASURE_UNITS) and not unit.startswith(_AREA_MARKS)


def _dimension_before(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the dimension adjective right before the figure's own pieces (宽|60米), or
    None where the figure is no amount or none stands there."""
    if st.kind != "amount" or not st.pieces or not _measure_unit(st.unit or ""):
        return None
    k = st.pieces[0] - 1
    if k < 0 or pieces[k].role or not _dimension_word(_word(text, pieces[k])):
        return None
    return k


def dimension_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """舞台|高|12米: the noun phrase right before a dimension adjective that opens the figure,
    for an amount with no object; else the object as it is."""
    if st.obj or (k := _dimension_before(st, pieces, text)) is None:
        return st.obj
    if k > 0 and not pieces[k - 1].role and _word(text, pieces[k - 1]) in _CLAUSE_MARKS:
        return _sentence_topic(pieces, k - 1, text, st.kind)
    return _noun_run_before(pieces, k - 1, text, st.kind)


def _sentence_topic(pieces: list[Piece], end: int, text: str, kind: str) -> str:
    """隧道|位于|…，|长约|N公里: a dimension opening its clause measures the noun phrase the
    sentence opens with (past time words and determiners), which its first verb or the end of
    its first clause closes; none where a figure stands in that first clause."""
    first = next((i for i in range(end + 1) if _word(text, pieces[i]) in _CLAUSE_MARKS), end)
    if any(p.role for p in pieces[:first]):
        return ""
    i = 0
    while i < first and pieces[i].pos in _OPENING_POS:
        i += 1
    k = i
    while k < first and (pieces[k].pos.startswith(NOUN_POS) or pieces[k].pos in _TOPIC_INNER_POS):
        k += 1
    if k == i or (k < first and pieces[k].pos != "v"):
        return ""
    return _noun_run_before(pieces, k - 1, text, kind)


def without_dimension_tail(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the dimension adjective jieba tagged a noun and the object took in
    (跑道|长/n|3600米, 隧道|长/n|约/d|3公里): the thing is measured, the adjective says which
    dimension, as after the figure (20公斤重的弥雾机)."""
    if st.kind != "amount" or not st.pieces or not _measure_unit(st.unit or ""):
        return st.obj
    k = st.pieces[0] - 1
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _GLUED_MARKERS[1:]:
        k -= 1  # 长|约/d
    w = _word(text, pieces[k]) if k >= 0 and not pieces[k].role else ""
    if w in _DIMENSIONS and st.obj.endswith(w) and len(st.obj) > len(w):
        return st.obj[: -len(w)]
    return st.obj


def share_dimension_lists(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """长|5米、|宽|2米|的|屏风, 停机坪长|120米、|宽|60米: figures of dimensions joined by 、 measure
    one thing, so one with no object takes its neighbour's (without a glued adjective)."""
    for prev, st in pairwise(stats):
        if prev.kind != "amount" or (k := _dimension_before(st, pieces, text)) is None:
            continue
        if not prev.pieces or prev.pieces[-1] + 2 != k or _word(text, pieces[k - 1]) != _LIST_MARK:
            continue
        before = _word(text, pieces[prev.pieces[0] - 1]) if prev.pieces[0] > 0 else ""
        if not (_dimension_before(prev, pieces, text) is not None or before in _DIMENSIONS):
            continue
        if not st.obj and prev.obj:
            st.obj = without_dimension_tail(prev, pieces, text)
        elif not prev.obj and st.obj:
            prev.obj = st.obj
