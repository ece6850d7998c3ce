"""The people a count names after a relative clause right after its measure (34名|来自|市里|各|
医院|的|医疗专家, 10位|来自|科研|生产|一线|的|先进典型): `objects.object_of` reads the people
before the number, a noun right after the measure or a 的 right after it, and else falls back
to the words after the measure, which here start the relative clause (来自市里). The noun phrase
after the clause's 的 is what is counted; a verb alone before the 的 stays the object, the
people's own verb (近1亿人|脱贫|的人间奇迹, as 28人报名). Used by `rows` on the object `object_of` gave."""

from __future__ import annotations

from pipeline.nlp import number_patterns as P
from pipeline.quantities.object_words import _ACTION_UNITS, _CLAUSE_END_MARKS, _PEOPLE_HEADS, _word
from pipeline.quantities.objects import object_after
from pipeline.quantities.pieces import Found, Piece

_DE = "的"
_MAX_CLAUSE = 8  # words between the measure and the 的
_CLAUSE_VERB_POS = ("v",)
_NOUN_MODIFIER_POS = ("n", "nz", "b")  # 头部企业|的: a noun modifier, nouns up to the 的
_ADVERB_POS = ("d", "t")  # 正在/t|领取…|的: an adverb opens a relative clause
_PERSON_UNITS = ("人", "名", "位")  # measures of people alone
_PREPOSITION_POS = ("p",)  # 在|事故|中|受伤|的: a preposition opens a relative clause
_PASSIVE = "被"  # 被困/a, 被捕/v: one passive word, jieba's adjective or verb
_PASSIVE_POS = ("a", "v")


def people_after_relative(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase after the 的 of a verb clause right after a people measure, when the
    object given starts with that clause; else the object given."""
    last = st.pieces[-1] + 1
    if st.unit not in _ACTION_UNITS or last >= len(pieces) or not st.obj:
        return st.obj
    if (clause := _clause_people(st, pieces, text, last)) is not None:
        return clause
    verb = pieces[last]
    if verb.role or verb.start != text.find(st.obj, verb.start):
        return st.obj
    if verb.pos not in _CLAUSE_VERB_POS:
        return _people_after_modifier(st, pieces, text, last)
    for k in range(last + 1, min(last + 1 + _MAX_CLAUSE, len(pieces) - 1)):
        p = pieces[k]
        w = _word(text, p)
        if p.role or w in _CLAUSE_END_MARKS or not w.strip():
            return st.obj  # another figure or the clause's end before any 的 (a space ends a headline's)
        if w == _DE and k == last + 1:
            return st.obj  # 近1亿人|脱贫|的: the people's own verb (28人报名), not a clause
        if w == _DE:
            return object_after(pieces, k + 1, text, set(), st.kind) or st.obj
    return st.obj


def _people_after_modifier(st: Found, pieces: list[Piece], text: str, last: int) -> str:
    """The people after the 的 of a modifier right after a people measure that does not open
    with a verb: nouns alone, none naming people, up to the 的 (20多名|头部企业|的|负责人; not
    N位|党员|领导|同志|的|代表候选人, where the people come first) or a clause opened by an
    adverb (40名|正在|领取|物资|的|民众), when the noun after the 的 names people
    (stats_people_heads): the modifier says which people, the noun who is counted, as after a
    relative clause; else the object given."""
    nominal = pieces[last].pos in _NOUN_MODIFIER_POS
    if not nominal and pieces[last].pos not in _ADVERB_POS:
        return st.obj
    for k in range(last + 1, min(last + 1 + _MAX_CLAUSE, len(pieces) - 1)):
        p = pieces[k]
        w = _word(text, p)
        if p.role or w in _CLAUSE_END_MARKS or not w.strip():
            return st.obj
        if nominal and w != _DE and (p.pos not in _NOUN_MODIFIER_POS or w.endswith(_PEOPLE_HEADS)):
            return st.obj  # 15人|突击队|是|…|的|队伍: a predicate; N位|党员|领导|同志|的: people already
        if w == _DE:
            obj = object_after(pieces, k + 1, text, set(), st.kind)
            return obj if obj.endswith(_PEOPLE_HEADS) else st.obj
    return st.obj


def _opens_clause(p: Piece, text: str) -> bool:
    """A preposition (在|事故|中|受伤|的) or a passive word (被困/a) right after the measure: it
    opens a relative clause or is the people's own verb, never the noun they are."""
    w = _word(text, p)
    if p.role:
        return False
    return p.pos in _PREPOSITION_POS or (w.startswith(_PASSIVE) and len(w) > 1 and p.pos in _PASSIVE_POS)


def _clause_people(st: Found, pieces: list[Piece], text: str, last: int) -> str | None:
    """After a people measure, a clause opened by a preposition or a passive word and closed by
    的: the noun naming people after the 的 is counted, whatever the object given was (6名|在|事故|
    中|受伤|的|工人: not the verb before the figure); a passive word alone before the 的 is the
    people's own verb (3人|被困|的|矿井, as 近1亿人|脱贫|的). Else None (the other readers)."""
    if st.unit not in _PERSON_UNITS or last >= len(pieces):
        return None
    if (own := _own_verb_before_de(st, pieces, text, last)) is not None:
        return own
    if not _opens_clause(pieces[last], text):
        return None
    for k in range(last + 1, min(last + 1 + _MAX_CLAUSE, len(pieces) - 1)):
        p = pieces[k]
        w = _word(text, p)
        if p.role or w in _CLAUSE_END_MARKS or not w.strip():
            return None
        if w != _DE:
            continue
        obj = object_after(pieces, k + 1, text, set(), st.kind)
        if obj.endswith(_PEOPLE_HEADS):
            return obj  # 6名|在…受伤|的|工人
        if k == last + 1 and pieces[last].pos in _PASSIVE_POS:
            return _word(text, pieces[last])  # 3人|被困|的|矿井: the people's own verb
        return None
    return None


def _own_verb_before_de(st: Found, pieces: list[Piece], text: str, last: int) -> str | None:
    """A verb alone between a people count and 的 before a noun naming no people (原本计划|N人|
    参加|的|培训): the people's own verb, as N人|脱贫|的, where the object given is the word right
    before the figure naming no people (计划: the frame of the clause, not who is counted)."""
    verb = pieces[last]
    if verb.role or verb.pos not in _CLAUSE_VERB_POS or len(_word(text, verb)) < 2:
        return None
    if last + 2 >= len(pieces) or _word(text, pieces[last + 1]) != _DE or pieces[last + 2].role:
        return None
    k = st.pieces[0]
    while k > 0 and pieces[k - 1].role == P.ROLE_PRE:
        k -= 1  # 计划|约|N人
    first = pieces[k].start
    if not st.obj or st.obj.endswith(_PEOPLE_HEADS) or not text[:first].endswith(st.obj):
        return None
    if object_after(pieces, last + 2, text, set(), st.kind).endswith(_PEOPLE_HEADS):
        return None  # N人|组成|的|队伍: the people make a body of people
    return _word(text, verb)
