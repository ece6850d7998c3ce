"""A word that binds to the noun after it, cut off an object read before the number.

The readers of `objects` and `subjects` read a noun phrase back from its head and stop at a
word of a class they do not take into a compound; `widen` then runs on over nouns and
modifiers only. Two classes of words they stop at bind to the noun after them instead:
- a status word, which jieba tags z (优良): before a noun it names the noun's kind (…水质|优良|
  水体比例, the share of water bodies rated good), while as a predicate it would follow its
  noun with no noun after it (水质优良，…);
- the preposition 在 before a one-character noun that opens the object (在|田|面积, 在|岗|
  人数): the two make the state of the thing counted (in the field, at work). Left out, the
  object opens with a bare one-character noun, which is no noun phrase of its own (田面积).
Where one of them stands right before the object in the same clause it is put back in front,
and the phrase is widened again over the nouns before it (冬小麦|在田面积, 地表水|优良水体比例)
up to the left edge `widen` reads (a scope word, a place name, a clause mark …).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.widen import widened

_STATUS_POS = "z"  # jieba's status words: 优良, 烂漫
_NOUN_POS = ("n", "nz", "ng", "vn", "j")  # the object's first word after a status word
_STATE_PREPOSITION = "在"  # 在|田|面积: in a state, with the one-character noun after it


def _status_word(p: Piece, nxt: Piece, text: str) -> bool:
    """A status word of two characters or more before a noun."""
    return not p.role and p.pos == _STATUS_POS and len(_word(text, p)) >= 2 and nxt.pos in _NOUN_POS


def _state_preposition(p: Piece, nxt: Piece, text: str, more: bool) -> bool:
    """在 before a one-character noun that has more of the object after it (在|田|面积)."""
    return (
        not p.role
        and p.pos == "p"
        and _word(text, p) == _STATE_PREPOSITION
        and nxt.pos in ("n", "ng")
        and len(_word(text, nxt)) == 1
        and more
    )


def with_bound_prefix(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the status word or the 在 right before it put back, widened again."""
    span = located(st, pieces, text)
    if span is None or span[0] < 1:
        return st.obj
    a, b = span
    before, first = pieces[a - 1], pieces[a]
    if first.role or not (
        _status_word(before, first, text) or _state_preposition(before, first, text, b > a)
    ):
        return st.obj
    return widened(replace(st, obj=_word(text, before) + st.obj), pieces, text)
