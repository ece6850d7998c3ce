"""Edges of a counted noun phrase (issue 12, round 7): word classes that move where the object
read back from a number starts. Used by `objects`; the conjunctions are data
(stats_conjunctions in `pipeline/lexicons/`)."""

from __future__ import annotations

from pipeline.quantities.object_words import _CONJ, _word
from pipeline.quantities.pieces import Piece

PLACE_POS = ("s", "ns", "nr", "nrt", "nt")  # a place word or a name: the subject before a verb
_LIST_POS = ("n", "nz", "ng", "j")  # plain nouns a conjunction joins into one counted list


def joins_nouns(pieces: list[Piece], i: int, end: int, text: str) -> bool:
    """A conjunction (和, 、) between two plain nouns inside the run read back from the number
    at pieces[end]: the figure counts the whole list (党员干部和群众|3000余人)."""
    before = pieces[i - 1] if i > 0 else None
    return (
        i < end
        and _word(text, pieces[i]) in _CONJ
        and not pieces[i + 1].role
        and pieces[i + 1].pos in _LIST_POS
        and before is not None
        and not before.role
        and before.pos in _LIST_POS
    )
