"""The activity after a duration's 的 where jieba tags it a verb (两年多的|摸索|让…,
近20分钟的|空中|表演，, 5个小时的|蒸制|后) or an idiom (两年的|艰苦奋斗/i，) or cuts a span
noun apart (千年的|烧|瓷史), and the event after 为期 + a duration + 的 (为期3个月的|运动会;
after an attribute alone, the words to the clause's end: 为期3年的|非法|倾倒…|专项整治行动): the
object convention keeps the activity a duration measures after its 的 (3年多的发展), and
`objects.object_after` reads nouns only. A scope word opening the phrase after the 的 is passed
over (为期两天的|全国|征兵|登记: stats_scope_words; the guidelines leave the scope out).
Used by `rows` for durations still with no object."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_parts import _spans_time
from pipeline.quantities.object_words import _CLAUSE_END_MARKS, _SCOPES, _word
from pipeline.quantities.pieces import Found, Piece

_MODIFIER_POS = ("s",)  # 空中|表演: a place word
_NOUN_POS = ("n", "nz", "vn", "b")  # 技术|攻关，: nouns before a verbal noun, a clause mark after
_VERB_POS = ("v", "vn")
_CUT_POS = ("vg", "v", "ng", "n")  # 烧/vg|瓷史/n: a span noun jieba cut after a verb root
_MAX_WORDS = 3
_PREDICATE_POS = ("v", "p")  # 让, 使, 为: the activity is the subject of what follows
_IDIOM_POS = ("i", "l")  # 浴血奋战/i: a four-character activity
_ACTIVITY_ENDS = lexicons.words("stats_activity_end_words")  # 蒸制|后
_EVENT_SPANS = lexicons.words("stats_event_span_words")  # 为期|3个月|的|运动会
_EVENT_POS = ("n", "nz", "j", "vn", "b", "ns", "nt")  # 运动会/j, 亚运会/j: the event's name
_ATTRIBUTE_POS = "b"  # 非法/b: a distinguishing word, no event by itself
_NAME_POS = ("n", "nz", "j", "vn", "v", "b", "l")  # 倾倒/v|处置/v|固体废物/l|…|行动/vn
_HEAD_POS = ("n", "nz", "vn")  # the event name's head: 行动/vn, 检查/vn
_MAX_EVENT = 10  # words of an event's name
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
_PASSING = frozenset(lexicons.words("stats_passing_words"))  # 经过, 历经
_PASSED_POS = ("v", "vn", "j")  # 建设/vn, 运输/vn, 研发/j
_PASSED_ENDS = ("的",)  # 经过|8年|研发|的|产品: the activity still ends before a 的


def _phrase_end(pieces: list[Piece], k: int, text: str, predicate: bool = True) -> bool:
    """Whether the words from k on say that the phrase before k is complete: a clause mark or
    the end of the sentence, or (`predicate`) a verb or preposition opening the predicate."""
    if k >= len(pieces):
        return True
    p = pieces[k]
    w = _word(text, p)
    return not p.role and (
        w in _CLAUSE_END_MARKS or w in _ACTIVITY_ENDS or (predicate and p.pos in _PREDICATE_POS)
    )


def _verb_pair(pieces: list[Piece], k: int, text: str) -> bool:
    """Two verbs in a row before a clause mark (实践|探索，, 关闭|翻修，): one activity."""
    return (
        k + 1 < len(pieces)
        and not pieces[k + 1].role
        and pieces[k + 1].pos in _VERB_POS
        and _phrase_end(pieces, k + 2, text, predicate=False)
    )


def duration_activity(st: Found, pieces: list[Piece], text: str) -> str:
    """The activity (or span of time) a duration measures, written after its 的 with a verb
    for a head (两年多的|摸索|让, 20分钟的|空中|表演，), or a span noun jieba cut (烧|瓷史)."""
    de = st.pieces[-1] + 1
    if st.kind != "duration" or de >= len(pieces) or _word(text, pieces[de]) != "的":
        return ""
    a = _past_scope(pieces, de + 1, text)  # 为期两天的|全国|征兵|登记: the activity, not its scope
    if (
        st.pieces[0] > 0
        and _word(text, pieces[st.pieces[0] - 1]) in _EVENT_SPANS
        and (event := _event_after(pieces, a, text))
    ):
        return event  # else an activity, as after any duration (为期6个月的|关闭|翻修)
    if a < len(pieces) and pieces[a].pos in _IDIOM_POS and not pieces[a].role:
        return _word(text, pieces[a]) if _phrase_end(pieces, a + 1, text, predicate=False) else ""
    k = a
    while k < len(pieces) and k - a < _MAX_WORDS and not pieces[k].role:
        phrase = text[pieces[a].start : pieces[k].end]
        if pieces[k].pos in _CUT_POS and k > a and _spans_time(phrase) and _phrase_end(pieces, k + 1, text):
            return phrase  # 烧|瓷史
        plain = all(p.pos in _MODIFIER_POS for p in pieces[a:k])  # else a noun: 鲍某|参加 is a clause
        if pieces[k].pos in _VERB_POS and _verb_pair(pieces, k, text):
            return phrase + _word(text, pieces[k + 1]) if plain else ""  # 实践|探索，: one activity
        if pieces[k].pos in _VERB_POS and _phrase_end(pieces, k + 1, text, predicate=k == a):
            # 技术|攻关/vn，: a noun before a verbal noun; before a verb it is a subject (某人|主动|请战)
            nouns = pieces[k].pos == "vn" and all(p.pos in (*_MODIFIER_POS, *_NOUN_POS) for p in pieces[a:k])
            return phrase if plain or (nouns and _phrase_end(pieces, k + 1, text, predicate=False)) else ""
        if pieces[k].pos not in (*_MODIFIER_POS, *_NOUN_POS, *_CUT_POS):
            return ""
        k += 1
    return ""


def _past_scope(pieces: list[Piece], a: int, text: str) -> int:
    """The index after a scope word (stats_scope_words: 全国, 全省) opening the phrase after the
    的 and followed by more words, else a: the scope says over what the activity runs."""
    if a + 1 < len(pieces) and not pieces[a].role and _word(text, pieces[a]) in _SCOPES:
        return a + 1
    return a


def _event_after(pieces: list[Piece], a: int, text: str) -> str:
    """为期3个月的|村级|运动会，: the nouns after the 的 up to a clause mark or the predicate
    name the event the duration is the length of; anything else after them (a 的, a number)
    leaves it open."""
    if (quoted := _quoted_event(pieces, a, text)) is not None:
        return quoted
    k = a
    while k < len(pieces) and not pieces[k].role and pieces[k].pos in _EVENT_POS:
        k += 1
    if k > a and all(p.pos == _ATTRIBUTE_POS for p in pieces[a:k]):
        return _event_to_clause_end(pieces, a, text)  # 非法/b|倾倒|处置…|整治|行动。
    if k > a and _one_character_head(pieces, k, text):
        k += 1  # 文物|展/v，: a one-character head jieba tags a verb, before a clause mark
    if k == a or not _phrase_end(pieces, k, text):
        return ""
    return text[pieces[a].start : pieces[k - 1].end]


def _event_to_clause_end(pieces: list[Piece], a: int, text: str) -> str:
    """为期3年的|非法/b|倾倒/v|处置/v|固体废物|专项|整治|行动|。: after an attribute alone (a
    distinguishing word names no event) the words up to the clause's end are the event's name,
    where they are nouns, verbs and verbal nouns ending in a noun or a verbal noun; else ""."""
    k = a
    while k < len(pieces) and k - a < _MAX_EVENT and not pieces[k].role and pieces[k].pos in _NAME_POS:
        k += 1
    ends = k == len(pieces) or _word(text, pieces[k]) in _CLAUSE_END_MARKS
    if k == a or not ends or pieces[k - 1].pos not in _HEAD_POS:
        return ""
    return text[pieces[a].start : pieces[k - 1].end]


def _one_character_head(pieces: list[Piece], k: int, text: str) -> bool:
    """A one-character verb right after the event's nouns and before a clause mark (文物|展，,
    马拉松|赛，): the noun's head, not the predicate."""
    return (
        k < len(pieces)
        and not pieces[k].role
        and pieces[k].pos in _VERB_POS
        and len(_word(text, pieces[k])) == 1
        and _phrase_end(pieces, k + 1, text, predicate=False)
    )


def passed_activity(st: Found, pieces: list[Piece], text: str) -> str:
    """The activity right after a duration that a verb of going through opens (经过|5年|建设|，,
    历经|6天|运输|，): one verb or verbal noun before a clause mark, a 的 or the sentence's end; ""
    where a noun or more words follow (经过|5年|建设|新城 is no activity alone)."""
    first, a = st.pieces[0], st.pieces[-1] + 1
    if st.kind != "duration" or first == 0 or a >= len(pieces):
        return ""
    before, after = pieces[first - 1], pieces[a]
    if before.role or _word(text, before) not in _PASSING or after.role or after.pos not in _PASSED_POS:
        return ""
    if a + 1 < len(pieces) and _word(text, pieces[a + 1]) in _PASSED_ENDS:
        return _word(text, after)
    return _word(text, after) if _phrase_end(pieces, a + 1, text, predicate=False) else ""


def _quoted_event(pieces: list[Piece], a: int, text: str) -> str | None:
    """为期19天的|“惠民菜篮子”|，: a quoted name right after the 的 and before a clause mark is the
    event's name, the marks kept (as quoted heads keep them); None where no quotation opens at a
    or words follow it (“…”|活动: the event's nouns are read on)."""
    if a >= len(pieces) or _word(text, pieces[a]) != _OPEN_QUOTE:
        return None
    k = a + 1
    while (
        k < len(pieces)
        and k - a <= _MAX_EVENT
        and not pieces[k].role
        and _word(text, pieces[k]) != _CLOSE_QUOTE
    ):
        k += 1
    if k >= len(pieces) or k == a + 1 or _word(text, pieces[k]) != _CLOSE_QUOTE:
        return None
    closed = _phrase_end(pieces, k + 1, text, predicate=False)
    return text[pieces[a].start : pieces[k].end] if closed else None
