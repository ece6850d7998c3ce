"""Words that open an object read before the figure without being part of what it measures, cut
off (issue 12, round 12). Two classes, each a word list, one reader:

- verbs of expectation or aim (stats_expectation_words: 预计, 有望, 力争): a forecast or a target
  puts its verb before the metric (预计|冬小麦|面积|N亿亩); jieba tags 预计 a verbal noun, so the
  readers before the number take it into the noun phrase;
- deictic place words (stats_deictic_places: 当地, 本地, 县里, 村里): local reports name their place
  with a pointing word at the start of the clause (县里|投资|N万元, 当地|受益群众|超过N人); it is the
  setting or the agent of the clause, and the NER finds no place there
  (context_objects.without_leading_place cuts named places).

Where such a word is the object's first word and a noun phrase follows it up to the figure, the
object is that noun phrase.
"""

from __future__ import annotations

from collections.abc import Collection

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

EXPECTATION_WORDS = frozenset(lexicons.words("stats_expectation_words"))
DEICTIC_PLACES = frozenset(lexicons.words("stats_deictic_places"))


def without_opening_word(st: Found, pieces: list[Piece], text: str, words: Collection[str]) -> str:
    """The object without the word of `words` that opens it (see the module)."""
    if not st.obj or not st.pieces:
        return st.obj
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if b <= a or pieces[a].role or _word(text, pieces[a]) not in words:
        return st.obj
    rest = pieces[a + 1 : b + 1]
    if any(p.role for p in rest) or not rest[-1].pos.startswith(NOUN_POS):
        return st.obj
    return text[rest[0].start : pieces[b].end]
