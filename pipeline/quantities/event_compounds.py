"""An event a share or a frequency counts, named by a noun and a verb (减少|N%的|碳|排放|。,
实施了|N次|集群|打击|。).

Where a percent, a fraction or a frequency stands in an object's place (after a verb that is no
pivot, an aspect particle, or a conjunction after another figure: `head_compounds._object_slot`)
and one noun follows it (after 的 for a share) with one verb of two characters or more right
after that noun and then the clause's end or a conjunction, the verb cannot be the noun's
predicate: the clause has its predicate before the figure. The noun and the verb are then one
compound naming the activity counted (碳排放, 无人机袭击), where `objects.object_after` stops at
the verb and keeps the noun alone. After a pivot verb (有|N%的|航班|取消) the verb is the next
predicate and the noun stays alone, and so it may be after any verb but one of change before a
share (导致|N%的|居民|死亡). Used by `rows` on the object `object_of` gave.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.head_compounds import _object_slot
from pipeline.quantities.object_words import (
    _CLAUSE_END_MARKS,
    _CONJ,
    _DIRECTIONS,
    _PLAIN_NOUN_POS,
    _PREDICATE_WORDS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece

_KINDS = ("percent", "fraction", "frequency")
_DE = "的"
_NOUN_POS = (*_PLAIN_NOUN_POS, "l")  # 无人机/l: a set phrase jieba tags l
_LIGHT = frozenset(lexicons.words("stats_light_verbs"))  # 开展, 进行: a verb of its own


def _event_verb(p: Piece, w: str) -> bool:
    """A verb of two characters or more that is no predicate word, light verb or verb of motion."""
    return (
        not p.role
        and p.pos in ("v", "vn")
        and len(w) >= 2
        and w not in _PREDICATE_WORDS
        and w not in _LIGHT
        and not w.endswith(_DIRECTIONS)
    )


def _changed_share(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether a share follows a verb of change (减少|N%的…) or a conjunction after another figure:
    a share after another verb may count the subject of the verb after it (导致|N%的|居民|死亡)."""
    if st.kind == "frequency":
        return True
    w = _word(text, pieces[st.pieces[0] - 1])
    return w in _CONJ or w in _PREDICATE_WORDS


def event_compound_object(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun read after a share or a frequency in an object's place and the verb right after
    it that ends the clause, as one object; else the object given."""
    if st.kind not in _KINDS or not st.obj or not st.pieces or not _object_slot(st, pieces, text):
        return st.obj
    if not _changed_share(st, pieces, text):
        return st.obj
    k = st.pieces[-1] + 1
    if k < len(pieces) and not pieces[k].role and _word(text, pieces[k]) == _DE:
        k += 1
    if k + 1 >= len(pieces) or pieces[k].role or not pieces[k].pos.startswith(_NOUN_POS):
        return st.obj
    noun, verb = pieces[k], pieces[k + 1]
    if _word(text, noun) != st.obj or verb.start != noun.end or not _event_verb(verb, _word(text, verb)):
        return st.obj
    after = _word(text, pieces[k + 2]) if k + 2 < len(pieces) else ""
    if after and after not in _CLAUSE_END_MARKS and after not in _CONJ:
        return st.obj
    return text[noun.start : verb.end]
