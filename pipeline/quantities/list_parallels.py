"""Items of a list of figures joined by 、 that are parallel to the item before them, so what the
earlier item names tells what the later one counts:

(a) 新建|高标准农田|N1万亩、改造提升|N2万亩: an item of verbs only before its figure, after an
item whose verb governs a noun before its figure (of the same measure and kind): the later verb
acts on the same things, so the figure counts what the earlier one counts. Counts of people are
left out (their verb names them: 死亡N人、受伤M人).
(b) 创建|乡村建设示范县|N1个、示范/v|乡镇|N2个: a verb opening a later item's noun phrase, which
the earlier item's object holds as well, names the kind of thing (示范县, 示范乡镇; 保障人员,
保障车辆), not an action of its own: it goes into the object (示范乡镇). A verb the earlier
object lacks (道路N公里、新建|学校|M所) stays out.

The 、 must follow the earlier figure right after its measure. Used by `rows` after the ellipsis."""

from __future__ import annotations

from pipeline.quantities.object_words import _PEOPLE_UNITS, _word
from pipeline.quantities.pieces import Found, Piece, piece_before_object

_LIST_MARK = "、"
_KINDS = ("count", "amount")
_BARE_POS = ("v", "d")  # 改造|提升|N万亩, 已|完成|N万亩


def _previous_item(n: int, stats: list[Found], pieces: list[Piece], text: str, mark: int) -> Found | None:
    """The figure whose last piece stands right before the list mark at pieces[mark]."""
    if mark < 1 or pieces[mark].role or _word(text, pieces[mark]) != _LIST_MARK:
        return None
    return next((p for p in reversed(stats[:n]) if p.pieces and p.pieces[-1] == mark - 1), None)


def _bare_item_start(first: int, pieces: list[Piece], text: str) -> int | None:
    """The index of the list mark opening the item of the figure at pieces[first], where only
    verbs and adverbs (one verb at least) stand between; else None."""
    k = first - 1
    while k >= 0 and not pieces[k].role and pieces[k].pos.startswith(_BARE_POS):
        k -= 1
    verbs = any(p.pos.startswith("v") for p in pieces[k + 1 : first])
    return k if verbs and k >= 0 else None


def _governed_before(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the figure's object stands right before it with a verb before that object
    (新建|高标准农田|N万亩)."""
    k = piece_before_object(st, pieces, text)
    return k is not None and not pieces[k].role and pieces[k].pos == "v"


def carry_in_verb_lists(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """(a): a figure with no object after 、 and verbs only counts what the item before counts."""
    for n, st in enumerate(stats):
        if st.obj or st.kind not in _KINDS or not st.pieces or st.unit in _PEOPLE_UNITS:
            continue
        mark = _bare_item_start(st.pieces[0], pieces, text)
        prev = _previous_item(n, stats, pieces, text, mark) if mark is not None else None
        if prev is None or (prev.unit, prev.kind) != (st.unit, st.kind):
            continue
        if _governed_before(prev, pieces, text):
            st.obj = prev.obj


def with_shared_kind_verbs(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """(b): a verb opening a later item's noun phrase that the earlier item's object holds too
    goes into the later object (示范|乡镇 after 乡村建设示范县)."""
    for n, st in enumerate(stats):
        if not st.obj or st.kind not in _KINDS or not st.pieces:
            continue
        k = piece_before_object(st, pieces, text)
        if k is None or k < 2 or pieces[k].role or pieces[k].pos != "v":
            continue
        prev = _previous_item(n, stats, pieces, text, k - 1)
        verb = _word(text, pieces[k])
        if prev is not None and prev.kind == st.kind and verb in prev.obj:
            st.obj = verb + st.obj
