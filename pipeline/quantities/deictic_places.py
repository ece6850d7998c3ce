"""A deictic place word opening an object read before the figure, cut off (issue 12, round 12).

Local reports name their place with a pointing word (当地, 本地, 县里, 村里: stats_deictic_places)
at the start of the clause: 县里|投资|N万元, 当地|受益群众|超过N人. It is the setting or the agent
of the clause, so where one opens the object and a noun phrase follows it up to the figure,
the object is that noun phrase. The NER finds no place there (context_objects.
without_leading_place cuts named places).
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_DEICTIC = frozenset(lexicons.words("stats_deictic_places"))


def without_deictic_place(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the deictic place word that opens it (see the module)."""
    if not st.obj or not st.pieces:
        return st.obj
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if b <= a or pieces[a].role or _word(text, pieces[a]) not in _DEICTIC:
        return st.obj
    rest = pieces[a + 1 : b + 1]
    if any(p.role for p in rest) or not rest[-1].pos.startswith(NOUN_POS):
        return st.obj
    return text[rest[0].start : pieces[b].end]
