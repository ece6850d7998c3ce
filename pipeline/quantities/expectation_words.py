"""A verb of expectation or aim opening an object read before the figure, cut off (issue 12,
round 12).

A forecast or a target puts its verb before the metric (预计|冬小麦|面积|N亿亩, 预计|粮食产量|
N亿斤); jieba tags 预计 a verbal noun, so the readers before the number take it into the noun
phrase. The verbs of stats_expectation_words never open the name of what a figure measures:
where one is the object's first word and a noun phrase follows it up to the figure, the
object is that noun phrase.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_EXPECTATION = frozenset(lexicons.words("stats_expectation_words"))


def without_expectation_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the verb of expectation that opens it (see the module)."""
    if not st.obj or not st.pieces:
        return st.obj
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if b <= a or pieces[a].role or _word(text, pieces[a]) not in _EXPECTATION:
        return st.obj
    rest = pieces[a + 1 : b + 1]
    if any(p.role for p in rest) or not rest[-1].pos.startswith(NOUN_POS):
        return st.obj
    return text[rest[0].start : pieces[b].end]
