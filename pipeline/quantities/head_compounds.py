"""The whole name of an institution, area or technique a count in an object's place names, a
verb inside the name included (调配|20家|县级|定点|救治|医院|，, 推广…等|8项|关键|抗旱|
增产|技术|，, 和|12个|乡镇|集中|收治|医院|，).

`objects.object_after` stops a counted noun phrase at a verb after a noun (定点|救治/v: read as
the predicate) unless the noun phrase ends in a programme or facility head (stats_compound_heads).
Where the count stands in an object's place (after a verb, an aspect particle, 等, or a
conjunction after another count; not after a preposition, whose phrase the predicate follows)
its own predicate cannot follow before the clause ends, so the words from the measure to the
clause's end are its noun phrase when they end in the head of an institution, area or technique
name (stats_institution_heads) or a compound head, and hold no 的, aspect particle, figure,
main-clause word, light verb (开展) or verb of one character (岗位信息|到|社区). After a pivot
verb (stats_pivot_verbs: 支持|10个县|建设示范基地, 已有|12个机构|成为…, 调派|3架直升机|
开展…) the count is the next verb's subject, and it is left alone. A one-character verb jieba
cut off between two nouns (水稻|整|建制) is inside the name, unless it is a verb of motion,
place or link; a one-character head jieba tags zg (提升|县) ends one; a verb before an
adjective or a noun of property opens its own object (典范建设|取得|阶段性|成果: the predicate).
A sentence's end (a headline's) ends the clause too.

A sum of money (元) is read the same way where the words end in what money is paid out as
(stats_fund_heads: 资金, 补贴, 国债, 消费券): after any verb, a pivot too (投入|N亿元|转移支付
资金), or at its clause's start where no verb of two characters opens the words (N亿元|撬动|
社会资金 is the sum's predicate); the fund noun may also end the name before a verb, the
money's purpose (N亿元|超长期特别国债资金|支持…). A verb of use (用于, 拨给) stops it. Such a
name after the sum replaces an object read before the figure (向|市民|发放|N亿元|通用消费券:
the money, not who gets it). Used by `rows` on the object `object_of` gave.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.object_words import (
    _AGENT_HEADS,
    _ASPECT,
    _ATTRIBUTIVE_SUFFIXES,
    _CLAUSE_END_MARKS,
    _CONJ,
    _DIRECTIONS,
    _HEADS,
    _PLAIN_NOUN_POS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece

_DE = "的"
_MAX_SPAN = 8  # words between the measure and the clause's end
_NAME_HEADS = (*lexicons.words("stats_institution_heads"), *_HEADS)
_PIVOTS = frozenset(lexicons.words("stats_pivot_verbs"))
_MAIN_CLAUSE = frozenset(lexicons.words("stats_main_clause_words"))
# a light verb after the count is its predicate (开展|救援任务); verbs of change stay, as
# they name kinds of sites (单产|提升|示范点)
_PREDICATES = frozenset(lexicons.words("stats_light_verbs"))
_SLOT_POS = ("v", "vn", "uz", "ul", "u")  # 使用|11项, 显示着|60个, 等|8项 (not after a
# preposition: 对|N个|国家|试行…政策, the predicate follows the phrase)
_SPAN_POS = (*_PLAIN_NOUN_POS, "j", "l", "v", "vn", "a", "b", "d", "k", "t")
# a verb of one character that moves or places its subject (到|社区, 回|家, 在|村) or links it
# (是, 为, 成) is a predicate; another one cut off between two nouns is inside the name
# (水稻|整|建制|单产提升县: jieba split 整建制)
_MOTION = (
    *("到", "入", "进", "往", "赴", "向", "来", "去", "回", "出", "上", "下", "过", "至"),
    *("在", "是", "为", "成", "给"),
)
_COPULAS = frozenset(w for w, role in lexicons.rows("roles_copulas") if role == "verb")
_ONE_CHAR_HEAD_POS = ("zg", "ng", "n")  # 提升|县/zg: a one-character name head jieba tags zg
_MONEY = ("元", "块")
# what a sum of money is paid out as (超长期特别国债, 通用消费券, 技能提升补贴): a sum in an
# object's place names these, a verb inside the name included (stats_fund_heads)
_FUND_HEADS = tuple(lexicons.words("stats_fund_heads"))
_OPENERS = (*_CLAUSE_END_MARKS, _DE, "：", "\n")  # what a sum at its clause's start follows
_PREPOSITIONAL = ("于", "给", "为", "作")  # 用于, 拨给, 作为, 用作: a verb of a sum's use


def _object_slot(st: Found, pieces: list[Piece], text: str) -> bool:
    """The count follows a verb (not a pivot), an aspect particle, 等, or a
    conjunction after another count's noun phrase."""
    at = st.pieces[0] - 1
    if at < 0 or pieces[at].role:
        return False
    w = _word(text, pieces[at])
    if w in _CONJ:
        return any(p.role for p in pieces[max(0, at - _MAX_SPAN) : at])
    return pieces[at].pos in _SLOT_POS and w not in _PIVOTS


def _sum_slot(st: Found, pieces: list[Piece], text: str) -> bool:
    """A sum of money names what it is paid out as after any verb, a pivot too (投入|N亿元|
    转移支付资金), or at its clause's start or after 的 where no verb of its own opens the words
    after it (N亿元|撬动|社会资金 is the sum's predicate; 超|长期… is no such verb)."""
    at = st.pieces[0] - 1
    if at >= 0 and not pieces[at].role and pieces[at].pos in ("v", "vn"):
        return True
    opening = at < 0 or (not pieces[at].role and _word(text, pieces[at]) in _OPENERS)
    first = st.pieces[-1] + 1
    own_verb = first < len(pieces) and pieces[first].pos == "v" and len(_word(text, pieces[first])) > 1
    return opening and not own_verb


def _fund_before_verb(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is a fund noun (stats_fund_heads) right before a verb or an adverb:
    the sum's name ends there and its purpose follows (N亿元|…国债资金|支持|设备更新)."""
    p = pieces[k]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        p.pos.startswith(_PLAIN_NOUN_POS) and _word(text, p).endswith(_FUND_HEADS)
        and nxt is not None and not nxt.role and nxt.pos in ("v", "d")
    )


def _inner_char_verb(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the one-character verb at pieces[k] is cut off inside a name: it stands between
    a plain noun or the measure and a noun or a modifier (超|长期/d|特别国债), with no space,
    and it is no verb of motion, place or link (`_MOTION`, roles_copulas, stats_pivot_verbs)."""
    w = _word(text, pieces[k])
    if w in _MOTION or w in _COPULAS or w in _PIVOTS or k == 0 or k + 1 >= len(pieces):
        return False
    before, after = pieces[k - 1], pieces[k + 1]
    return (
        not after.role
        and (before.role == P.ROLE_UNIT or (not before.role and before.pos.startswith(_PLAIN_NOUN_POS)))
        and after.pos.startswith((*_PLAIN_NOUN_POS, "d", "b"))
        and before.end == pieces[k].start and after.start == pieces[k].end
    )


def _opens_modified_object(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the verb at pieces[k] stands before an adjective, a distinguishing word or a noun
    of property (stats_attributive_suffixes: 阶段性), which opens the verb's object: the verb is
    the predicate (N大|典范建设|取得|阶段性|成果), not inside a name (关键抗旱|增产|技术)."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if nxt is None or nxt.role:
        return False
    w = _word(text, nxt)
    property_noun = nxt.pos.startswith("n") and len(w) > 1 and w.endswith(_ATTRIBUTIVE_SUFFIXES)
    return nxt.pos in ("a", "b") or property_noun


def _clause_end(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the clause mark that ends the count's words, if only name words lie between."""
    first = st.pieces[-1] + 1
    for k in range(first, min(first + _MAX_SPAN + 1, len(pieces) + 1)):
        if k == len(pieces):
            return k if k > first else None  # the sentence's end (a headline's)
        p, w = pieces[k], _word(text, pieces[k])
        if w in _CLAUSE_END_MARKS and k > first:
            return k
        if st.kind == "amount" and k > first and _fund_before_verb(pieces, k - 1, text):
            return k
        if st.kind == "amount" and p.pos == "v" and w.endswith(_PREPOSITIONAL):
            return None  # N亿元|用于|补贴: the verb of the sum's use
        if p.role or w in (_DE, *_ASPECT) or w in _MAIN_CLAUSE or w in _PREDICATES:
            return None
        if p.pos == "zg" and w in _NAME_HEADS:
            continue  # 提升|县/zg: a one-character name head jieba tags zg
        if p.pos == "v" and _opens_modified_object(pieces, k, text):
            return None
        one_char = len(w) < 2 and not _inner_char_verb(pieces, k, text)
        if not p.pos.startswith(_SPAN_POS) or (p.pos == "v" and (one_char or w.endswith(_DIRECTIONS))):
            return None  # a verb of one character is a predicate (岗位信息|到|社区), and so is a
            # verb of motion with its direction (N条街|回到|管控区)
    return None


def _ends_in_name_head(st: Found, last: Piece, text: str) -> bool:
    """Whether the last word before the clause's end is the head of the count's name (a plain
    noun, or a one-character head jieba tags zg: 提升|县), or, for a sum of money, the head of
    what the money is paid out as (stats_fund_heads)."""
    w = _word(text, last)
    if st.kind == "amount":
        return last.pos.startswith(_PLAIN_NOUN_POS) and w.endswith(_FUND_HEADS)
    if len(w) == 1 and last.pos in _ONE_CHAR_HEAD_POS:
        return w in _NAME_HEADS
    return last.pos.startswith(_PLAIN_NOUN_POS) and w.endswith(_NAME_HEADS)


def _counted_kind(st: Found, pieces: list[Piece], text: str) -> bool:
    """A count, or a sum of money (元): what it is paid out as may be a name with a verb in it."""
    if st.kind == "count":
        return True
    return st.kind == "amount" and st.unit in _MONEY


def head_compound_object(st: Found, pieces: list[Piece], text: str) -> str:
    """The words from a count's measure to its clause's end, where they end in a name head and
    the object given is empty or their beginning; else the object given."""
    if not _counted_kind(st, pieces, text) or not st.pieces:
        return st.obj
    if not (_sum_slot(st, pieces, text) if st.kind == "amount" else _object_slot(st, pieces, text)):
        return st.obj
    end = _clause_end(st, pieces, text)
    if end is None:
        return st.obj
    if not _ends_in_name_head(st, pieces[end - 1], text):
        return st.obj
    last = pieces[end - 1]
    span = text[pieces[st.pieces[-1] + 1].start : last.end]
    if st.obj and (st.obj == span or not span.startswith(st.obj)) and not _read_before(st, pieces, text):
        return st.obj
    if _actor_acts(st, pieces, text):
        return st.obj
    return span


def _actor_acts(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the object given, read right after the measure, ends in a noun naming a body
    that acts (stats_agent_heads) and a verb of two characters or more follows it (N家|企业|
    搭建|平台): the verb is what it does, no part of a name. (A people ending of one character
    may end a noun of no people, 轻工|创新|产品: those endings are left to the readers.)"""
    at = pieces[st.pieces[-1]].end
    if not st.obj or not text.startswith(st.obj, at) or not st.obj.endswith(_AGENT_HEADS):
        return False
    nxt = next((p for p in pieces if p.start == at + len(st.obj)), None)
    return nxt is not None and not nxt.role and nxt.pos == "v" and nxt.end - nxt.start > 1


def _read_before(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether a sum's object was read before its figure (向|市民|发放|N亿元): what the sum is
    paid out as, after it, names the money; the words before name who gets it."""
    return st.kind == "amount" and st.obj not in text[pieces[st.pieces[-1]].end :]
