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
(stats_fund_heads: 资金, 补贴, 国债, 消费券, 额度): after any verb, a pivot too (投入|N亿元|
转移支付资金) or a verb with its result (用好|N亿元|新增贷款额度), or at its clause's start
where no verb of two characters opens the words (N亿元|撬动|社会资金 is the sum's predicate);
the fund noun may also end the name before a verb, the money's purpose (N亿元|超长期特别国债
资金|支持…). A verb of use (用于, 拨给) stops it. Such a name after the sum replaces an object
read before the figure (向|市民|发放|N亿元|通用消费券: the money, not who gets it). Used by
`rows` on the object `object_of` gave.

Two modifiers joined by a conjunction (stats_conjunctions: 及, 与, 和) after the measure share
the head after the second (N公里|特高压|及|密集|输电|通道, N部|原创|及|合作|合拍|优秀|动画片):
where the object read after the measure is the first modifier alone, cut at the conjunction,
the object runs on to the last plain noun of the words after it (nouns, verbal nouns,
adjectives, distinguishing words, verbs of two characters), before a clause mark, a figure,
的, a total (stats_run_joiners: 共) or a word of another class. A verb after a plain noun is
the predicate of the phrase before it (N个|乡镇|与|企业|签订|协议) and ends the words there, as
does a light verb or a main-clause word; a verb right after the conjunction opens a second
predicate (新建|N座|水厂|和|改造|管网) unless a noun naming people follows it (stats_people_heads:
队员和|保障|人员), and nothing is joined (`joined_head_object`).

A verbal noun (jieba's vn) right after the measure opens a relative clause where the words it
opens end in no compound head and 的 follows them (N条|优化/vn|营商环境|的|硬举措, N个|标准化/vn|
的|“…”): what is counted is the noun phrase after the 的, as after a clause with a verb
(N项|推进乡村振兴的|具体措施); the reader after the measure takes a verbal noun as a noun and
stopped at the 的. A verbal noun after the 的 is the activity of the things before it, which stay
the object (N个|新园区|的|建设), and so does a phrase ending in a head (N个|服务中心|的…)
(`verbal_clause_object`).

A count's object read after the measure stops at a verb inside a compound (N项|重点|传承|保护|
任务, N场|贸易|促进|活动: the reader takes the verb for the predicate). Where the words after it,
verbs and nouns only (a verb or locative of one character cut off inside too: 外|送, 常态|化),
end before a clause mark, the sentence's end, an adverb or a word with an aspect particle, in a
head the count's measure word counts (stats_measure_heads: 项|任务, 条|线路, 场|活动, 艘|船),
the object runs on to that head. Not after a preposition, nor where the object read is a
complete counted noun (a name head, a head of the measure: 项|政策; a place, a body that acts,
or people after a measure of people or households: 户|村民), nor over a predicate word, light verb, verb
of making (打造) or of saying, or a relational modifier (N个|省市|相关|执法机构 counts the
provinces); after the generic 个 the word before the head must be a verb the tagged corpus uses
as a modifier (stats_modifier_verbs: 培训|课程; not 负责|对接|项目). A verb before a noun the
measure does not count opens another phrase (N种|语言|融合传播|优势). A quoted name may stand
among the words read after the measure (N项|“一件事”|政务服务|改革), and a four-character idiom
after the head ends the phrase as an adverb does (…改革|全面完成/i); after a complete noun the
one verbal noun that is itself a head the measure counts still ends the phrase (N项|…政务服务|
改革|已…: 项 counts 改革, so the complete noun modifies it) (`measure_head_object`).
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.modifier_verbs import modifier_verbs
from pipeline.quantities.object_parts import _CLOSE_Q, _OPEN_Q
from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _AGENT_HEADS,
    _ASPECT,
    _ATTRIBUTIVE_SUFFIXES,
    _CLAUSE_END_MARKS,
    _CONJ,
    _DIRECTIONS,
    _HEADS,
    _PEOPLE_HEADS,
    _PLAIN_NOUN_POS,
    _word,
    ends_in_head,
    measure_heads,
)
from pipeline.quantities.objects import object_after
from pipeline.quantities.pieces import Found, Piece, piece_span

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
_TOTALS = frozenset(lexicons.words("stats_run_joiners"))  # …通道|共|9类: a total follows the phrase
_JOINED_POS = ("n", "nz", "ng", "vn", "v", "a", "b", "j")  # the second modifier and the head
_MAX_JOINED = 6  # words from the conjunction to the shared head


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
    if _verb_result(pieces, at, text):
        return True  # 用|好|N亿元|新增贷款额度: a verb and its result take the sum as object
    opening = at < 0 or (not pieces[at].role and _word(text, pieces[at]) in _OPENERS)
    first = st.pieces[-1] + 1
    own_verb = first < len(pieces) and pieces[first].pos == "v" and len(_word(text, pieces[first])) > 1
    return opening and not own_verb


_RESULTS = ("好", "足", "完", "满")  # result complements of one character (用好, 用足, 花完)


def _verb_result(pieces: list[Piece], at: int, text: str) -> bool:
    """Whether pieces[at] is a result complement of one character (`_RESULTS`) glued to the verb
    before it (用|好, 要用|好, 用|足: jieba tags the verb p or v, the result a or v)."""
    if at < 1 or pieces[at].role or pieces[at - 1].role or _word(text, pieces[at]) not in _RESULTS:
        return False
    verb = pieces[at - 1]
    return verb.pos in ("v", "p") and verb.end == pieces[at].start


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


def _second_predicate(pieces: list[Piece], m: int, k: int, text: str) -> bool:
    """A verb right after the conjunction opens a second predicate (新建|N座|水厂|和|改造|管网)
    unless a noun naming people follows it (队员|和|保障|人员: the kind of people)."""
    if m != k or m + 1 >= len(pieces) or pieces[m + 1].role:
        return m == k
    return not _word(text, pieces[m + 1]).endswith(_PEOPLE_HEADS)


def _shared_head_end(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index after the last plain noun of the words from pieces[k] on (the head the two
    modifiers share), or None where none comes before a word of another class."""
    end = None
    for m in range(k, min(k + _MAX_JOINED, len(pieces))):
        p, w = pieces[m], _word(text, pieces[m])
        if p.role or p.pos not in _JOINED_POS or w in _TOTALS or w in _MAIN_CLAUSE or w in _PREDICATES:
            break
        after_noun = pieces[m - 1].pos.startswith(_PLAIN_NOUN_POS)
        if p.pos == "v" and (len(w) < 2 or after_noun or _second_predicate(pieces, m, k, text)):
            break  # a verb of one character, or one after a plain noun, is a predicate
        if p.pos.startswith(_PLAIN_NOUN_POS) and len(w) > 1:
            end = m + 1
    return end


def joined_head_object(st: Found, pieces: list[Piece], text: str) -> str:
    """Two modifiers joined by a conjunction after the measure with the head they share
    (N公里|特高压及密集输电通道), where the object given is the first of them alone, cut at
    the conjunction; else the object given."""
    if not st.pieces or not st.obj or st.pieces[-1] + 1 >= len(pieces):
        return st.obj
    at = pieces[st.pieces[-1] + 1].start
    span = piece_span(pieces, at, at + len(st.obj)) if text.startswith(st.obj, at) else None
    if span is None or span[1] + 2 >= len(pieces):
        return st.obj
    conj = pieces[span[1] + 1]
    if conj.role or conj.pos != "c" or _word(text, conj) not in _CONJ:
        return st.obj
    end = _shared_head_end(pieces, span[1] + 2, text)
    return st.obj if end is None else text[at : pieces[end - 1].end]


def _noun_after_de(pieces: list[Piece], de: int, text: str) -> bool:
    """Whether pieces[de] is 的 with a plain noun or a quotation after it, an adjective or a
    modifier before it at most (的|有力/a|举措); not a verbal noun (N个|新园区|的|建设 names the
    activity of the things before it)."""
    if de + 1 >= len(pieces) or _word(text, pieces[de]) != _DE or pieces[de + 1].role:
        return False
    k = de + 2 if pieces[de + 1].pos in ("a", "b") and de + 2 < len(pieces) else de + 1  # 的|有力/a|举措
    nxt = pieces[k]
    return not nxt.role and (nxt.pos.startswith(_PLAIN_NOUN_POS) or _word(text, nxt)[:1] in _OPEN_Q)


def verbal_clause_object(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase after the 的 of a relative clause a verbal noun opens right after the
    count's measure (N条|优化营商环境的|硬举措); else the object given."""
    if st.kind != "count" or not st.obj or not st.pieces or st.pieces[-1] + 1 >= len(pieces):
        return st.obj
    first = pieces[st.pieces[-1] + 1]
    if first.role or first.pos != "vn" or not text.startswith(st.obj, first.start):
        return st.obj
    span = piece_span(pieces, first.start, first.start + len(st.obj))
    if span is None or ends_in_head(_word(text, pieces[span[1]])):
        return st.obj  # N个|服务中心|的…: the things themselves
    if not _noun_after_de(pieces, span[1] + 1, text):
        return st.obj
    return object_after(pieces, span[1] + 2, text, set(), st.kind) or st.obj


# --- a compound its measure word counts ---------------------------------------------------------

_NOT_INNER = frozenset(
    (*lexicons.words("stats_predicate_words"), *_PREDICATES, *_MAIN_CLAUSE,
     *lexicons.words("stats_relational_modifiers"), *lexicons.words("stats_report_verbs"),
     *lexicons.words("stats_creation_verbs"))
)  # a verb of these is a predicate (开展, 实现, 打造), or says the things after belong to the
# noun before it (N个|省市|相关|执法机构 counts the provinces)
_PLACE_ENDS = (*lexicons.words("ner_admin_ends"), *lexicons.words("stats_region_words"))  # 城市, 地区
_GENERIC_MEASURES = ("个",)  # a measure of anything: its heads need a corpus modifier verb too
_RUN_VERB_POS = ("v", "vn")
_RUN_NOUN_POS = ("n", "nz", "vn", "j", "b")
_FIRST_POS = ("n", "nz", "vn", "j", "b", "l")
_MAX_RUN = 6  # words from the first inner verb to the head
_IDIOM_CHARS = 4  # a set phrase jieba tags i of this length or more is a predicate (全面完成)


def _measure_heads(st: Found, pieces: list[Piece], text: str) -> tuple[str, ...]:
    """The heads the count's measure word counts (stats_measure_heads), none for another measure."""
    return measure_heads(_word(text, pieces[st.pieces[-1]])) if st.pieces else ()


def _inner_verb(p: Piece, text: str) -> bool:
    """A verb of two characters or more that may modify a head inside a noun phrase: no
    predicate word, light verb, relational modifier, verb of saying, nor verb of motion."""
    w = _word(text, p)
    return (
        not p.role and p.pos in _RUN_VERB_POS and len(w) > 1 and w not in _NOT_INNER
        and not (w.endswith(_DIRECTIONS) and w[0] in _MOTION)  # 回到, 进入; 促进 is no motion
    )


def _inner_char(p: Piece, text: str) -> bool:
    """A verb or locative of one character cut off inside a compound (电力|外|送|通道, 常态|化|
    开行): no verb of motion, place or link (`_MOTION`, roles_copulas), no aspect particle."""
    w = _word(text, p)
    return (
        not p.role and p.pos in ("v", "f") and len(w) == 1
        and w not in _MOTION and w not in _COPULAS and w not in _ASPECT
    )


def _inner_word(p: Piece, text: str) -> bool:
    return _inner_verb(p, text) or _inner_char(p, text)


def _complete_noun(w: str, heads: tuple[str, ...], measure: str) -> bool:
    """Whether the object's last word is a complete counted noun already (社区, 中小企业, 项|
    政策), or names people or a body that acts (户|村民|经营…: its verb is its predicate): a
    head of the name, measure (`heads`) or agent lists as a whole word or ending in one of two
    characters (乡村 is none), a place (ner_admin_ends, stats_region_words: 城市, 地区), or,
    after a measure of people or households, a word ending in a people head (户|村民; 场|惠民
    is no people)."""
    listed = (*_NAME_HEADS, *heads, *_AGENT_HEADS)
    people = measure in _ACTION_UNITS and w.endswith(_PEOPLE_HEADS)
    if people or w.endswith(_PLACE_ENDS):
        return True  # 座|城市|建设|体育场馆: a place's verb is its predicate
    return any(w == h or (len(h) > 1 and w.endswith(h)) for h in listed)


def _modifier_before_head(pieces: list[Piece], end: int, text: str) -> bool:
    """Whether the word right before the head (pieces[end - 1]) is a verb the tagged corpus
    mostly uses as a modifier before a noun (stats_modifier_verbs: 培训|课程; not 负责|对接|项目)."""
    p = pieces[end - 2]
    return not p.role and p.pos in _RUN_VERB_POS and _word(text, p) in modifier_verbs()


def _run_end(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index after the verbs and nouns from pieces[k] that end the noun phrase: before a
    clause mark, the sentence's end, an adverb (已|完成), a four-character idiom (全面完成/i) or
    a word with an aspect particle after it (丰富|了: the predicate); None where another word
    comes first."""
    for e in range(k + 1, min(k + _MAX_RUN + 1, len(pieces) + 1)):
        if e == len(pieces):
            return e
        p, w = pieces[e], _word(text, pieces[e])
        if w in _CLAUSE_END_MARKS or (not p.role and p.pos in ("d", "ad")):
            return e
        if not p.role and p.pos == "i" and len(w) >= _IDIOM_CHARS:
            return e  # …改革|全面完成/i: a four-character idiom after the phrase is its predicate
        if e + 1 < len(pieces) and _word(text, pieces[e + 1]) in _ASPECT:
            return e
        if p.role or not (_inner_word(p, text) or p.pos in _RUN_NOUN_POS) or w == _DE:
            return None
    return None


def _first_words(pieces: list[Piece], first: int, b: int, text: str) -> bool:
    """Whether the object read after the measure (pieces[first..b]) is nouns, verbal nouns,
    distinguishing words or set phrases, or a quoted name among them (N项|“一件事”|政务服务): a
    quotation mark and the words inside a pair of them are part of the noun phrase."""
    inside = False
    for p in pieces[first : b + 1]:
        w = _word(text, p)
        if not p.role and w in tuple(_OPEN_Q) and not inside:
            inside = True
        elif not p.role and w in tuple(_CLOSE_Q) and inside:
            inside = False
        elif p.role or (not inside and p.pos not in _FIRST_POS):
            return False
    return not inside


def _lone_counted_head(pieces: list[Piece], k: int, end: int, heads: tuple[str, ...], text: str) -> bool:
    """Whether the run after a complete noun is one verbal noun that is itself a whole head the
    measure counts (N项|…政务服务|改革|全面推开: 项 counts 改革): the noun before modifies it, and
    the verbal noun ends the phrase before an adverb or a clause mark, so it is no predicate."""
    p = pieces[k]
    return end == k + 1 and p.pos == "vn" and _word(text, p) in heads


def measure_head_object(st: Found, pieces: list[Piece], text: str) -> str:
    """The object run on over the verbs after it to a head its measure word counts at the end of
    the noun phrase (N项|重点|传承|保护|任务|，, N场|惠民|演出|丰富了): the object read after the
    measure stopped at a verb inside the compound; else the object given. Not after a preposition
    (对|N个|国家|试行…政策: the predicate follows), nor after a complete counted noun (社区,
    企业: its verb is the predicate), nor before a modifier that opens the verb's object."""
    heads = _measure_heads(st, pieces, text)
    if st.kind != "count" or not heads or not st.obj:
        return st.obj
    first = st.pieces[-1] + 1
    at = st.pieces[0] - 1
    if first >= len(pieces) or not text.startswith(st.obj, pieces[first].start):
        return st.obj
    if at >= 0 and not pieces[at].role and pieces[at].pos == "p":
        return st.obj
    span = piece_span(pieces, pieces[first].start, pieces[first].start + len(st.obj))
    if span is None or span[1] + 1 >= len(pieces):
        return st.obj
    b, k = span[1], span[1] + 1
    if not _first_words(pieces, first, b, text):
        return st.obj
    measure = _word(text, pieces[st.pieces[-1]])
    if not _inner_word(pieces[k], text):
        return st.obj
    end = _run_end(pieces, k, text)
    if end is None or not _word(text, pieces[end - 1]).endswith(heads) or pieces[end - 1].role:
        return st.obj
    complete = _complete_noun(_word(text, pieces[b]), heads, measure)
    if complete and not _lone_counted_head(pieces, k, end, heads, text):
        return st.obj  # a complete noun's verb is its predicate, unless the verb is a head itself
    if measure in _GENERIC_MEASURES and not _modifier_before_head(pieces, end, text):
        return st.obj  # N个|小组|负责|对接|项目: after a generic measure only a modifier verb
    if end > k + 1 and _opens_modified_object(pieces, k, text):
        return st.obj  # the verb before a modifier opens its object; the verb itself may be
        # the head before a predicate adjective (N场|惠民|演出|丰富了)
    return text[pieces[first].start : pieces[end - 1].end]
