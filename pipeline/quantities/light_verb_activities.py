"""The work done on what a length or a weight measures, after a light verb before the figure
(完成|20公里|管网|改造|。, 实施|3000米|河道|整治|，): a light verb (stats_light_verbs: 完成, 实施,
开展) takes an activity as its object, so the verb that follows the noun read after the measure
and closes the clause is that activity named as a noun, no predicate of the noun; the object
runs on over it (管网改造). jieba tags such a verb v, which `objects.object_after` reads as the
predicate after a noun (N个村|改造 counts the villages).

Only for amounts of a unit other than money and the areas and volumes of land worked on
(stats_activity_units: 亩, 平方米): after those the figure measures the things and the activity
is left out (`activity_tails`: 推进|117万亩|高标准农田|建设); after a length or a weight the
activity stays, as a verbal noun there does (300公里|农村公路|建设). Not a predicate word
(增长, 达到), light verb or verb of one character, and only a verb that ends its clause.
Used by `rows` on the object `object_of` gave."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp.number_patterns import CURRENCIES
from pipeline.quantities.object_words import _CLAUSE_END_MARKS, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece, piece_span

_LIGHT_VERBS = frozenset(lexicons.words("stats_light_verbs"))
_AREA_UNITS = frozenset(lexicons.words("stats_activity_units"))
_MONEY = frozenset(("元", "块", *CURRENCIES))
_NOUN_END_POS = ("n", "nz", "j", "l")  # the last word of the thing worked on (管网, 河道)


def _after_light_verb(st: Found, pieces: list[Piece], text: str) -> bool:
    at = st.pieces[0] - 1
    return at >= 0 and not pieces[at].role and _word(text, pieces[at]) in _LIGHT_VERBS


def _closing_verb(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is a verb of two characters or more, no predicate word or light verb,
    with a clause mark or the sentence's end right after it."""
    if k >= len(pieces) or pieces[k].role or pieces[k].pos != "v":
        return False
    w = _word(text, pieces[k])
    if len(w) < 2 or w in _PREDICATE_WORDS or w in _LIGHT_VERBS:
        return False
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return nxt is None or (not nxt.role and _word(text, nxt) in _CLAUSE_END_MARKS)


def light_verb_activity(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read after the measure with the verb of work that closes its clause (完成|
    N公里|管网|改造|。), where a light verb stands before the figure; else the object given."""
    if st.kind != "amount" or not st.obj or not st.pieces or st.unit in _MONEY or st.unit in _AREA_UNITS:
        return st.obj
    if not _after_light_verb(st, pieces, text):
        return st.obj
    at = pieces[st.pieces[-1]].end
    span = piece_span(pieces, at, at + len(st.obj)) if text.startswith(st.obj, at) else None
    if span is None or pieces[span[1]].pos not in _NOUN_END_POS:
        return st.obj
    k = span[1] + 1
    if not _closing_verb(pieces, k, text):
        return st.obj
    return text[at : pieces[k].end]
