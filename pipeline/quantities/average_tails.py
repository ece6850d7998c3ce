"""A word of averaging left at the end of a metric before its figure (快递业务量|日均|超过4亿件).

Before a noun a word of averaging (stats_average_words: 平均, 日均, 月均 ...) makes the noun a
mean and belongs to the object (日均|客流量, 平均|亩产: `average_words`). After the metric, right
before the figure or its verb, it is the frame of the figure (per day, per year), an adverbial of
the predicate as in 贷款|年均|增长超20%: the metric alone is measured (快递业务量 for
快递业务量日均超过4亿件, 人员流动量 for 人员流动量日均2.77亿人次). Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _PREDICATE_WORDS, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_AVERAGE = tuple(lexicons.words("stats_average_words"))
_VERB_POS = ("v",)  # 达, 达到 between the metric and the figure
_MAX_BETWEEN = 2  # predicate words between the object and the figure (预计|达到)


def without_average_tail(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without a word of averaging that ends it right before the figure (after a
    noun): the object as it is elsewhere."""
    obj = st.obj
    w = next((a for a in _AVERAGE if obj.endswith(a) and len(obj) > len(a)), None)
    if w is None or not st.pieces:
        return obj
    k = st.pieces[0] - 1
    while st.pieces[0] - 1 - k < _MAX_BETWEEN and k >= 0 and _between(pieces[k], text):
        k -= 1
    if k < 1 or _word(text, pieces[k]) != w or not text.startswith(obj, pieces[k].end - len(obj)):
        return obj
    before = pieces[k - 1]
    if before.role or not before.pos.startswith(NOUN_POS) or before.end != pieces[k].start:
        return obj
    return obj[: -len(w)]


def _between(p: Piece, text: str) -> bool:
    """A verb or predicate word between the object and the figure (达到, 预计)."""
    return not p.role and (p.pos in _VERB_POS or _word(text, p) in _PREDICATE_WORDS)
