"""An activity noun that ends an object read after the measure (加快|15个|示范县|建设，).

After a measure of things (a count, not of events or items: stats_event_measures 场 次 项 ...; or
an area or volume of land or water worked on: stats_activity_units 亩 平方米 ...), a verbal
noun that ends the object at its clause end, right after a noun of it, is the activity done to
the things counted: the head of the phrase a verb before the figure takes (推进|117万亩|高标准农田|
建设, 支持|35个|强镇|发展). The figure counts the things, so the object ends before the activity,
and before a state word or adverb in front of it (农田|火热|建设). A compound head (服务, 活动:
stats_compound_heads) or a metric (投资: stats_metric_nouns) is the thing counted and stays, as
does a verbal noun after no noun (10个|专项/b|培训) or after a noun of property
(stats_attributive_suffixes: 116组|战略性|重组: the property modifies the activity, which is
what is counted). After a weight or a sum the noun phrase is an event done with the stuff
measured (12吨|投水|试验) and stays. Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _ATTRIBUTIVE_SUFFIXES, _HEADS, _METRIC, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure

_EVENT_MEASURES = lexicons.words("stats_event_measures")
_AREA_UNITS = lexicons.words("stats_activity_units")  # 亩, 平方米: land or water worked on
_ACTIVITY_POS = "vn"
_CLAUSE_END = ("，", ",", "。", "；", ";", "、", "！", "？")
_STATE_POS = ("z", "a", "d", "ad")  # 火热, 加快 before the activity
_THING_POS = ("n", "nz", "ng", "zg", "j")  # the last word of the things counted (县/zg as jieba cuts it)


def without_activity_tail(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without an activity noun that ends it at its clause end (see the module)."""
    if st.unit in _EVENT_MEASURES or not (st.kind == "count" or st.unit in _AREA_UNITS):
        return st.obj
    span = _after_measure(st, pieces, text)
    if span is None or span[0] == span[1]:
        return st.obj
    a, b = span
    p, w = pieces[b], _word(text, pieces[b])
    if p.role or p.pos != _ACTIVITY_POS or w in _METRIC or w.endswith(_HEADS):
        return st.obj
    if not _ends_clause(pieces, b, text):
        return st.obj
    k = b - 1
    while k > a and not pieces[k].role and pieces[k].pos in _STATE_POS:
        k -= 1
    if pieces[k].role or pieces[k].pos not in _THING_POS or _property_noun(pieces[k], text):
        return st.obj
    return text[pieces[a].start : pieces[k].end]


def _ends_clause(pieces: list[Piece], b: int, text: str) -> bool:
    return b + 1 >= len(pieces) or _word(text, pieces[b + 1]) in _CLAUSE_END


def _property_noun(p: Piece, text: str) -> bool:
    """A noun of property (战略性, 群众性: stats_attributive_suffixes) names no things counted."""
    w = _word(text, p)
    return len(w) > 1 and w.endswith(_ATTRIBUTIVE_SUFFIXES)
