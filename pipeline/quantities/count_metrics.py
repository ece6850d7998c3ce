"""A count whose object runs on into a metric of the things counted (6个省市|开工率|超过50%).

A count stops before a metric noun (README; 4个乡镇|降雨量, stats_metric_nouns lists whole words).
A longer word that ends in a metric suffix (stats_metric_suffixes: 开工率, 成交量, 零售额) names
a metric as well where a predicate follows it (a figure, a verb, an adverb or a predicate word:
20个省份|二手房|网签|成交量|同比|增长): the figure counts the things named first, the rest of the
phrase says what is measured about them, so the object is the first noun with the modifiers before
it (省份, 县级|医院). Where the metric ends its clause or comes before 的 (增加|1万标箱|外贸|吞吐量，)
the measure counts the metric itself and the object stays. So does one word jieba glued from a
noun and a whole metric noun or 价格 (930款|商品价格/n|平均下降N%: 商品). Used by `rows` on every
object.
"""

from __future__ import annotations

from pipeline.quantities.object_words import _HEADS, _METRIC, _METRIC_ENDINGS, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure

# 商品价格/n: the price of the things counted (no whole metric noun: 价格 names an amount's
# thing as well, 价格|每斤N元)
_GLUED_METRICS = ("价格",)
_MIN_NOUN = 2  # 商品|价格; 房价, 油价 are no glued phrase
_MIN_LEN = 3  # 开工率, 成交量; a two-character word is listed whole or is a thing (利率, 名额)
_COUNTED_POS = ("n", "nz", "ng", "j")  # the first plain noun of the phrase
_MODIFIER_POS = ("a", "b")  # 县级|医院: kept before it
_PREDICATE_POS = ("v", "d", "ad", "vd", "p")  # what may follow the metric as its predicate


def without_count_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """A count's object cut to the things counted where it ends in a metric (see the module)."""
    span = _after_measure(st, pieces, text) if st.kind == "count" else None
    if span is None:
        return st.obj
    a, b = span
    w = _word(text, pieces[b])
    if b == a:
        return _without_glued_metric(st, pieces, a, text)
    if len(w) < _MIN_LEN or not w.endswith(_METRIC_ENDINGS) or w.endswith(_HEADS):
        return st.obj
    if not _predicate_after(pieces, b, text):
        return st.obj
    k = a
    while k < b and not pieces[k].role and pieces[k].pos in _MODIFIER_POS:
        k += 1
    if k >= b or pieces[k].role or pieces[k].pos not in _COUNTED_POS:
        return st.obj
    return text[pieces[a].start : pieces[k].end]


def _without_glued_metric(st: Found, pieces: list[Piece], a: int, text: str) -> str:
    """One word that jieba glued from a noun and a whole metric noun after it (stats_metric_nouns,
    or 价格: 930款|商品价格/n|平均下降N%) with a predicate after it: the count counts the noun."""
    w = _word(text, pieces[a])
    metric = next((m for m in (*_METRIC, *_GLUED_METRICS) if w.endswith(m)), None)
    if metric is None or len(w) - len(metric) < _MIN_NOUN or not _predicate_after(pieces, a, text):
        return st.obj
    return text[pieces[a].start : pieces[a].end - len(metric)]


def _predicate_after(pieces: list[Piece], b: int, text: str) -> bool:
    """Whether a predicate follows pieces[b]: a figure (or its marker), a verb, an adverb, a
    preposition or a predicate word (同比, 达到)."""
    if b + 1 >= len(pieces):
        return False
    nxt = pieces[b + 1]
    return bool(nxt.role) or nxt.pos in _PREDICATE_POS or _word(text, nxt) in _PREDICATE_WORDS
