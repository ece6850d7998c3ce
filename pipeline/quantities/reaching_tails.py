"""A verb of growth cut off the end of an object read before 到/至 and the figure (部队|发展|到|
N人, 蔬菜大棚|发展|到|N个, 合作社|扩大|至|N家).

Before a figure the object readers go back over nouns, and jieba tags verbs of growth as
verbal nouns (发展/vn, 扩大/vn), so the object takes the verb that 到 or 至 completes: the
figure is what the subject grew to, and the verb is the predicate, no part of what is counted.
The verb is cut where it is the last word of the object, right before the 到/至 that comes right
before the figure, and a noun of the object stands before it. A metric noun jieba tags a verb
(产量, 投资) keeps its place: it names the measure (stats_metric_nouns).
"""

from __future__ import annotations

from pipeline.quantities.object_words import _METRIC, _word
from pipeline.quantities.pieces import Found, Piece

_REACH = ("到", "至")
_VERB_POS = ("v", "vn")


def without_reaching_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the growth verb that ends it right before 到/至 and the figure."""
    if not st.obj or not st.pieces:
        return st.obj
    k = st.pieces[0] - 1
    if k < 1 or pieces[k].role or _word(text, pieces[k]) not in _REACH:
        return st.obj
    verb = pieces[k - 1]
    w = _word(text, verb)
    if verb.role or verb.pos not in _VERB_POS or w in _METRIC or len(st.obj) <= len(w):
        return st.obj
    start = verb.end - len(st.obj)
    if start < 0 or text[start : verb.end] != st.obj:
        return st.obj
    return st.obj[: -len(w)]
