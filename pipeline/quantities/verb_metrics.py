"""A count's object read before the number that ends in a verb because the metric noun after
the verb was dropped (山火|死亡|人数|升至|64人 read as 山火死亡, 暴雨|死亡|人数|已升至|12人).

`objects.object_before` stops a count's object before a metric noun (stats_metric_nouns) and
counts the nouns before it (游客|总|人数 -> 游客); where the word before the metric is a verb,
what is left names no thing: the verb says who is counted, so the metric stays with it
(死亡人数, as `metric_drop` keeps 参保|人数 where jieba tags the attribute b). Only for people
measures (人 名 位 人次 户), where the verb names the people counted: for things the noun before
the verb is what is counted (列车|开行|规模|N列); and only where the metric and the number stand
in the same clause with predicate words or adverbs between them (升至, 已, 达到). Used by `rows`
last, on the finished object.
"""

from __future__ import annotations

from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _ACTION_UNITS, _METRIC, _PREDICATE_WORDS, _word
from pipeline.quantities.objects import _TOTALLING
from pipeline.quantities.pieces import Found, Piece

_ADVERB_POS = ("d", "ad")
_VERB = "v"


def with_verb_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the metric noun after its final verb, where the metric was dropped
    before the number (see the module); else the object."""
    if st.kind != "count" or st.unit not in _ACTION_UNITS or not st.obj:
        return st.obj  # things: the noun before the verb is counted (列车|开行|规模|N列)
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    _, b = span
    metric = b + 1
    if pieces[b].pos != _VERB or metric >= st.pieces[0] or _word(text, pieces[metric]) not in _METRIC:
        return st.obj
    if _word(text, pieces[b]) in _TOTALLING:
        return st.obj  # 基础设施|累计|数量: 累计 is an adverb, it names no one counted
    between = pieces[metric + 1 : st.pieces[0]]
    if not all(not p.role and (_word(text, p) in _PREDICATE_WORDS or p.pos in _ADVERB_POS) for p in between):
        return st.obj
    return st.obj + _word(text, pieces[metric])
