"""The activity named right before an area or an event count that ends its clause with nothing
after it (草原生态保护修复治理|8.35万亩，, 开展|宣讲|8000多场次。, 全年|演出|超过1万场，):
the object convention takes the verb of an action measured by the figure (开荒100多万亩 ->
开荒, 作战1万多次 -> 作战), and `objects.object_before` reads nouns only. Not for money,
people, lengths or things counted one by one (count_subjects.py reads their subject), not
after a verb of change or reaching (stats_predicate_words), of making (stats_creation_verbs),
of extent or distance (stats_extent_verbs, stats_distance_words) or a light verb alone
(stats_light_verbs). Used by `rows` as a last resort for figures still with no object.

A count of things or cases right after a partitive pronoun (stats_whole_pronouns) and a verb
alone (其中，|寄出|N件, 其中|死亡|N例), or a verb alone after a semicolon in a sentence such a pronoun
opened (…；|投递|N件), names the part of the whole by its activity: the verb is the object, as
因灾死亡 is for 15人 (`partitive_activity`)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp.components.resources import jieba_dict
from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _CLAUSE_END_MARKS,
    _EVENT_MEASURES,
    _PREDICATE_WORDS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece

_CREATION = lexicons.words("stats_creation_verbs")
_PARTITIVES = lexicons.words("stats_whole_pronouns")  # 其中
_COMMAS = ("，", ",")
_SEMICOLONS = ("；", ";")
_LIGHT = lexicons.words("stats_light_verbs")
_EXTENTS = lexicons.words("stats_activity_units")  # 亩, 公顷, 立方米
_NOT_ACTIVITY = (*lexicons.words("stats_distance_words"), *lexicons.words("stats_extent_verbs"))  # 相距, 占地
_VERB_POS = ("v", "vn")
_PHRASE_POS = ("v", "vn", "n", "nz", "j", "an", "a", "b")  # 草原|生态|保护|修复|治理; 新|产品|新|服务
_SCOPES = lexicons.words("stats_scope_words")
_NOUN_TAGS = ("n", "vn")
_FIXED = ("l", "i")  # 综合治理/l (retagged i after a noun by idiom_predicates): a fixed expression
_SKIP_POS = ("d", "ad")  # 已, 还: adverbs between the activity and the figure
_ASPECT = "了"
_MAX_WORDS = 6


def _measures_activity(st: Found, last: Piece | None, text: str) -> bool:
    """An area or volume (stats_activity_units), or a count of events (场, 场次, 次); or a count
    of things (no people) right after a fixed expression naming an activity (`_activity_phrase`)."""
    if st.kind == "amount":
        return st.unit in _EXTENTS
    if st.kind in ("count", "frequency") and st.unit in _EVENT_MEASURES and st.unit not in _ACTION_UNITS:
        return True
    things = st.kind == "count" and bool(st.unit) and st.unit not in _ACTION_UNITS
    return things and last is not None and _activity_phrase(last, text)


def _activity_phrase(p: Piece, text: str) -> bool:
    """以旧换新/l: a fixed expression of four characters or more that ends in no noun of jieba's
    dictionary (`fixed_nouns` retags those n), nor in a predicate word, a light verb or a verb
    of making (超额完成), names an activity; the things a count after it measures are the
    things the activity handles."""
    w = _word(text, p)
    tail = w[-2:]
    if tail in _PREDICATE_WORDS or tail in _LIGHT or tail in _CREATION:
        return False  # 超额|完成/l: a predicate of change or a light verb, no activity named
    return not p.role and p.pos in _FIXED and len(w) >= 4 and jieba_dict().get(tail) not in _NOUN_TAGS


def _ends_clause(pieces: list[Piece], last: int, text: str) -> bool:
    return last >= len(pieces) or (not pieces[last].role and _word(text, pieces[last]) in _CLAUSE_END_MARKS)


def _verb_ended(p: Piece, text: str) -> bool:
    """综合治理/l: a fixed expression ending in a verb of jieba's dictionary (治理) names an
    activity as a verb does (`idiom_predicates` retags it i after a noun); the complement of
    `fixed_nouns`, which retags the ones ending in a noun."""
    w = _word(text, p)
    tail = w[-2:] if len(w) > 2 else ""
    return not p.role and p.pos in _FIXED and bool(tail) and jieba_dict().get(tail) in _VERB_POS


def _names_activity(p: Piece, text: str) -> bool:
    return p.pos in _VERB_POS or _verb_ended(p, text) or _activity_phrase(p, text)


def _stop(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return (
        bool(p.role)
        or (p.pos not in _PHRASE_POS and not _names_activity(p, text))
        or w in _PREDICATE_WORDS
        or w in _CREATION
        or w in _LIGHT
        or w in _NOT_ACTIVITY
        or w in _SCOPES  # 全省|家电以旧换新: the scope is where, not what
    )


def activity_before(st: Found, pieces: list[Piece], text: str) -> str:
    """The activity phrase right before the figure, or ""."""
    if not _ends_clause(pieces, st.pieces[-1] + 1, text):
        return ""
    k = st.pieces[0] - 1
    while k >= 0 and not pieces[k].role and (pieces[k].pos in _SKIP_POS or _word(text, pieces[k]) == _ASPECT):
        k -= 1
    if not _measures_activity(st, pieces[k] if k >= 0 else None, text):
        return ""
    if k < 0 or not _names_activity(pieces[k], text) or _stop(pieces[k], text):
        return ""
    end = k
    while k - 1 >= 0 and end - (k - 1) < _MAX_WORDS and not _stop(pieces[k - 1], text):
        k -= 1
    return text[pieces[k].start : pieces[end].end]


def partitive_activity(st: Found, pieces: list[Piece], text: str) -> str:
    """The verb between a partitive pronoun (其中, its comma after it) and a count of things that
    ends its clause (其中，|寄出|N件，), or ""."""
    if st.kind != "count" or not st.unit or st.unit in _ACTION_UNITS:
        return ""
    if not _ends_clause(pieces, st.pieces[-1] + 1, text):
        return ""
    k = st.pieces[0] - 1
    while k >= 0 and not pieces[k].role and (pieces[k].pos in _SKIP_POS or _word(text, pieces[k]) == _ASPECT):
        k -= 1
    if k < 1 or pieces[k].pos not in _VERB_POS or _stop(pieces[k], text):
        return ""
    before = k - 1
    if _word(text, pieces[before]) in _SEMICOLONS:  # 其中，寄出N件，…；|投递|N件: the next part
        opened = any(not p.role and _word(text, p) in _PARTITIVES for p in pieces[:before])
        return _word(text, pieces[k]) if opened else ""
    if _word(text, pieces[before]) in _COMMAS and before > 0:
        before -= 1
    return _word(text, pieces[k]) if _word(text, pieces[before]) in _PARTITIVES else ""
