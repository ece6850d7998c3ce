"""The object of a figure inside a list of figures (N1个X1、N2个X2、N3个X3等): each item runs
from the measure to the mark before the next figure, so the noun phrase after the measure is the
whole item. The readers stop at a verb or a numeral word inside such a phrase (160个|国家乡村振兴
重点|帮扶/v|县 -> 国家乡村振兴重点; 2700多万亩|三类/m|弱苗 -> nothing); inside a list the item's
own edges say where it ends, and the object is made the item.

An item is bounded only where the mark after it (、 和 及 与 以及) stands right before another
figure (past at most two place or locative words: 和|东北|83个, 及|周边|129家), or where 等
closes it and a 、 opens it after an earlier figure; the last item of a list, which runs into
the predicate, is left. The item must end in a noun, hold no 的, quote, predicate word or figure,
and the words it adds to the object must be no clause of their own: a verb or predicate word
followed by a noun of two characters or more (3个省份|出台/v|政策, 达到|标准) leaves the object as
it was; before a one-character head it names the kind (帮扶|县, 安置|区), and intransitive verbs
that describe the noun after them (stats_attributive_verbs, stats_mode_verbs) are no such verb.
Used by `rows` after the context rules, for counts and amounts whose object is empty or read
right after the measure."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece

_LIST_MARKS = ("、", "和", "及", "与", "以及")
_CLOSE = ("等", "等等")
_BETWEEN_POS = ("ns", "f", "s")  # 和|东北|83个, 及|周边|129家: where the next item is
_END_POS = ("n", "ng", "nz", "zg", "j")  # the item's last word: a noun
_NOT_INSIDE_POS = ("x", "uj", "ul", "u", "p", "c", "r", "d")  # a mark, 的, 等, a preposition …
_DESCRIBING = frozenset((*lexicons.words("stats_attributive_verbs"), *lexicons.words("stats_mode_verbs")))
_KINDS = ("count", "amount")


def _next_figure(j: int, starts: set[int], pieces: list[Piece]) -> bool:
    """Whether a figure starts within two place or locative words after pieces[j]."""
    for k in range(j + 1, min(j + 4, len(pieces))):
        if k in starts:
            return True
        if pieces[k].role or not pieces[k].pos.startswith(_BETWEEN_POS):
            return False
    return False


def _item_end(st: Found, starts: set[int], pieces: list[Piece], text: str) -> int | None:
    """The index of the last word of the list item the figure opens; None where it is no
    bounded item."""
    first, last = st.pieces[0], st.pieces[-1]
    j = last + 1
    while j < len(pieces) and not pieces[j].role:
        w = _word(text, pieces[j])
        if w in _LIST_MARKS and _next_figure(j, starts, pieces):
            return j - 1
        if w in _CLOSE:
            opened = first > 0 and _word(text, pieces[first - 1]) == "、" and any(s < first for s in starts)
            return j - 1 if opened else None
        if pieces[j].pos.startswith(_NOT_INSIDE_POS):
            return None
        j += 1
    return None


def _clause_inside(pieces: list[Piece], a: int, b: int, text: str) -> bool:
    """Whether the words pieces[a..b] hold a verb and its own object: a verb or predicate word
    right before a noun of two characters or more (出台|政策, 达到|标准); before a one-character
    head it names the kind (帮扶|县, 安置|区)."""
    for k in range(a, b):
        p, q = pieces[k], pieces[k + 1]
        w = _word(text, p)
        verb = (p.pos == "v" or w in _PREDICATE_WORDS) and w not in _DESCRIBING
        if verb and q.pos.startswith(_END_POS) and len(_word(text, q)) > 1:
            return True
    return False


def whole_list_items(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A count or amount inside a list of figures takes its whole item as its object."""
    starts = {st.pieces[0] for st in stats if st.pieces}
    for st in stats:
        if st.kind not in _KINDS or not st.pieces:
            continue
        end = _item_end(st, starts, pieces, text)
        a = st.pieces[-1] + 1
        if end is None or end < a or not pieces[end].pos.startswith(_END_POS):
            continue
        item = text[pieces[a].start : pieces[end].end]
        if st.obj == item or not item.startswith(st.obj):
            continue  # an object read elsewhere (before the number) stays
        added = next((k for k in range(a, end + 1) if pieces[k].end > pieces[a].start + len(st.obj)), a)
        if not _clause_inside(pieces, added, end, text):
            st.obj = item
