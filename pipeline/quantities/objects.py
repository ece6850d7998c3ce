"""Step 4 of finding statistics: what is counted.

The counted object is read from the word tokens and their POS after the unit
(14个临时党支部) or, failing that, before the number (下沉党员干部3500余名); objects from a
statistic's neighbours and notice-list headings are in `context_objects`.
Word classes are data: stats_object_stops, stats_conjunctions, stats_age_links,
stats_nominal_verbs in `pipeline/lexicons/`.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline import lexicons
from pipeline.jieba_dict import word_tags as jieba_word_tags
from pipeline.nlp import number_patterns as P
from pipeline.quantities.amount_activities import activity_of_amount
from pipeline.quantities.attribute_nouns import past_attribute_noun
from pipeline.quantities.bound_prefixes import negating_prefix_at
from pipeline.quantities.clause_predicates import _serial_verb
from pipeline.quantities.comparative_bases import comparative_before
from pipeline.quantities.dimensions import past_dimension
from pipeline.quantities.metric_drop import count_metric_span
from pipeline.quantities.object_edges import PLACE_POS, after_adverb, joins_nouns, opens_predicate
from pipeline.quantities.object_parts import (
    _OPEN_B,
    _OPEN_Q,
    _bracketed,
    _drop_predicate,
    _has_own_figure,
    _noun_before_predicate,
    _noun_tail,
    _place_word_head,
    _quoted,
    _Span,
    _spans_time,
    _verb_with_own_object,
    cut_tail_opens,
)
from pipeline.quantities.object_verbs import (
    _NUMERAL_CHARS,
    _ONE_CHAR_HEAD_POS,
    _drop_time_tail,
    _opens_predicate,
    _verb_compound,
    _verb_head_run,
)
from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _AGE_LINKS,
    _AGENT_HEADS,
    _ASPECT,
    _ATTRIBUTIVE_SUFFIXES,
    _CLAUSE_MARKS,
    _CLAUSE_POS,
    _COMPARE,
    _COMPOSING,
    _CONJ,
    _DETERMINERS,
    _DIVISIONS,
    _EVENT_MEASURES,
    _FALSE_HEADS,
    _HEADS,
    _INNER_POS,
    _INSIDE,
    _LIST_END_PARTICLES,
    _LOCATIVES,
    _METRIC,
    _METRIC_ENDINGS,
    _MOD_POS,
    _NAME_POS,
    _NOMINAL_VERBS,
    _OBJECT_STOP,
    _PEOPLE_HEADS,
    _PEOPLE_UNITS,
    _PEOPLE_VERBS,
    _PERIODS,
    _PERSON_MEASURES,
    _PLAIN_NOUN_POS,
    _POSITIONS,
    _PREDICATE_FOLLOWERS,
    _PREDICATE_WORDS,
    _RELATIONAL,
    _SCOPES,
    _TIER,
    NOUN_POS,
    _is_distance,
    _lone_word,
    _modified_noun_end,
    _noun_and_adjective,
    _past_rate,
    _tiers_before,
    _word,
    ends_in_head,
    is_metric_word,
    is_state_noun,
    word_back,
)
from pipeline.quantities.people_nouns import (
    noun_after_people,
    passive_people_end,
    past_age_range,
    set_phrase_predicate,
    unless_need,
)
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.quoted_terms import enclosed_back
from pipeline.quantities.subjects import (
    _metric_before,
    _verb_of_metric,
    action_of,
    relative_before,
    subject_before,
)
from pipeline.quantities.subjects import (
    _noun_run_before as noun_run_before,
)
from pipeline.quantities.verbal_tails import verbal_nouns
from pipeline.quantities.word_tags import joined_attributive, verbs_tagged_nouns

_TARGETS = frozenset(lexicons.words("stats_target_nouns"))  # 目标, 预期: a figure aimed at
_LEVELS = tuple(lexicons.words("stats_level_nouns"))  # 大关, 水平: where the subject got to
_TOTALS = tuple(w for w in lexicons.words("stats_run_joiners") if w in _PREDICATE_WORDS)  # 共, 共计
_TOTALLING = (*_TOTALS, "累计", "合计", "总计")  # adverbs before a predicate verb (累计发放)
_INTENTIONS = ("计划", "打算", "准备")  # nouns to jieba that before a verb say what the subject means to do
_MODALS = ("要", "将", "会", "能")  # 贷款增速|要|高于: modal verbs before a comparative
_FRAME_NOUNS = lexicons.words("stats_frame_nouns")  # 在…|基础|上: a frame, not what is counted
_FRAME_LOCATIVES = ("上", "下")


def _frame_tail(out: list[_Span], text: str) -> bool:
    """Whether the object read so far ends in a frame noun right before 上/下 (在调拨N件物资|基础|上,
    在…|前提|下): the noun and its locative make an adverbial frame around the phrase, so the
    frame noun is no part of what is counted."""
    a, b = out[-1]
    return text[a:b] in _FRAME_NOUNS and text[b : b + 1] in _FRAME_LOCATIVES


def _glued_frame(out: list[_Span], text: str) -> int:
    """The length of a frame noun jieba glued onto the end of the object's last word before
    上/下 (充电|桩基础/n|上: 在…充电桩|基础|上), else 0: the frame is cut off as `_frame_tail`
    drops a whole one, leaving the rest of that word."""
    a, b = out[-1]
    if text[b : b + 1] not in _FRAME_LOCATIVES:
        return 0
    noun = next((f for f in _FRAME_NOUNS if text[a:b].endswith(f) and b - a > len(f)), "")
    return len(noun)


_WITH = ("与", "同", "跟")  # 与|某地|有关: the preposition of a relation's other side


def _drop_relation_predicate(out: list[_Span], text: str) -> None:
    """An object read after a count that ends in a relational word (stats_relational_modifiers:
    有关, 相关) with a preposition of relation before it (N架|飞机|与|某地|有关) ends before the
    preposition: 与…有关 is the predicate, said of what is counted, no part of it (before a noun
    the relational word is a modifier: 相关|专利, and the object goes on past it)."""
    if len(out) < 3 or text[out[-1][0] : out[-1][1]] not in _RELATIONAL:
        return
    k = next((k for k in range(len(out) - 2, 0, -1) if text[out[k][0] : out[k][1]] in _WITH), None)
    if k is not None:
        del out[k:]


_CO_AGENT_POS = ("ns", "nt", "nr", "nrt")  # a place, body or person named
_PROPER_POS = ("ns", "nt")  # a place or a body named: one thing, which no count of several counts
_DELEGATES = frozenset(lexicons.words("stats_delegate_nouns"))  # 代表, 部长: who stands for a body
_THING_MEASURES = ("个", "家", "所")  # measures of places and bodies, not of persons (名, 位)
_BODY_HEADS = (*lexicons.words("stats_partner_heads"), *_AGENT_HEADS)  # 国家, 省份, 企业, 机构


def _one_name_conjunct(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether a conjunction's second member at pieces[k] is a single named place or body (N个|
    省份|及|某某兵团/nt|启动): a name denotes one thing, which the count of the first member does
    not count; a plain noun after it makes it a modifier (和|新疆/ns|兵团) and the list goes on."""
    p = pieces[k] if k < len(pieces) else None
    if p is None or p.role or p.pos not in _PROPER_POS or p.end - p.start < 2:
        return False  # 和|中/ns|试验|…: jieba's one-character place is no name
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if nxt is None or nxt.role:
        return True
    return nxt.pos not in ("n", "nz", "ng", "j") and not _place_word_modifies(pieces, k, text)


_REGIONS = frozenset(lexicons.words("ner_macro_regions"))  # 华南, 东北: names


def _place_word_modifies(pieces: list[Piece], k: int, text: str) -> bool:
    """和|城中村/ns|改造|项目: a word jieba tags as a place (it tags common nouns so: 城中村, 河湖)
    before a verb and a noun modifies that compound, and the list goes on; a body (nt) before
    its predicate (兵团/nt|启动|夏收) and a region (华南|抗日|游击队) stay one named thing."""
    p = pieces[k]
    if p.pos != "ns" or k + 2 >= len(pieces) or _word(text, p) in _REGIONS:
        return False
    verb, head = pieces[k + 1], pieces[k + 2]
    return verb.pos in ("v", "vn") and not head.role and head.pos in ("n", "nz", "vn")


def _delegates_of_counted(w: str, out: list[_Span], text: str) -> bool:
    """Whether `w` names the delegates of the places or bodies read so far after a measure of
    things (N个|国家|代表|与会, N家|企业|负责人): the places are counted; the persons are theirs."""
    if w not in _DELEGATES or not out or not text[: out[0][0]].endswith(_THING_MEASURES):
        return False
    return text[out[0][0] : out[-1][1]].endswith(_BODY_HEADS)


def _co_agent(pieces: list[Piece], i: int, text: str) -> bool:
    """Whether a preposition of relation at pieces[i] (与, 同, 跟) opens a named place, body or
    person right before a verb (N家|央企|与|某自治区|签署|协议): the name is the other party of the
    predicate, no item the count shares (N个|国家|与|地区 stays a list)."""
    if _word(text, pieces[i]) not in _WITH or i + 2 >= len(pieces):
        return False
    name, verb = pieces[i + 1], pieces[i + 2]
    return not name.role and name.pos in _CO_AGENT_POS and not verb.role and verb.pos == "v"


def _name_list_after(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether a list of names opens at pieces[k], after a conjunction (N个省份|和|黄河|、|松花江
    防汛抗旱总指挥部, N所高校|和|香港大学|、|…|2所): a name and a list mark start an enumeration
    of its own, which the count before the conjunction does not count."""
    if k + 1 >= len(pieces) or pieces[k].role or pieces[k + 1].role:
        return False
    return pieces[k].pos in _CO_AGENT_POS and _word(text, pieces[k + 1]) == "、"


def _passed_over(p: Piece, text: str) -> bool:
    return not p.role and (p.pos in ("d", "ad") or _word(text, p) in _MODALS)


def _compared_rate(pieces: list[Piece], c: int, text: str) -> str:
    """The noun phrase right before a comparative verb at pieces[c] (adverbs and modal verbs
    passed over: 贷款增速|要|高于), unless it is a growth-rate noun alone (增速|高于)."""
    k = c - 1
    while k >= 0 and _passed_over(pieces[k], text):
        k -= 1
    if k < 1 or pieces[k].role:
        return ""
    w = _word(text, pieces[k])
    if w in _METRIC and pieces[k].pos == "v":  # 进口|增速/v|快于: a metric noun jieba tags a verb
        head = noun_run_before(pieces, k - 1, text, "percent")
        return head + w if head and pieces[k - 1].end == pieces[k].start else ""
    run = noun_run_before(pieces, k, text, "percent")
    return "" if run in _METRIC else run


def _numeral_free(p: Piece, w: str) -> bool:
    """A word jieba tags as a numeral with no numeral character in it (大项/m): a noun."""
    return p.pos == "m" and len(w) >= 2 and not any(c in _NUMERAL_CHARS or c.isdigit() for c in w)


_PREPOSITION = "p"
_PLACE_CHAR_TAGS = ("ns", "j")  # 华/ns, 京/j: a place written with one character


def _glued_preposition(w: str) -> bool:
    """A preposition and a place of one character jieba reads as one word (对华/nz, 对美): a
    prepositional phrase, which opens the predicate after the counted noun (N种|植物产品|对华|准入),
    by the tags jieba's dictionary gives the two characters."""
    tags = jieba_word_tags()
    return len(w) == 2 and tags.get(w[0]) == _PREPOSITION and tags.get(w[1]) in _PLACE_CHAR_TAGS


def _verb_as_noun(w: str) -> bool:
    """A word jieba lists as a noun that the hand-tagged corpus reads as a verb (造林/n, 种草/n:
    stats_verbs_tagged_nouns, stats_verbal_nouns)."""
    return w in verbs_tagged_nouns() or w in verbal_nouns()


_GLUED_COUNT_POS = ("n", "m", "nz")  # 百台/n; not a grade word jieba tags b (国家|一级/b|博物馆)


def _glued_count(w: str) -> bool:
    """A numeral character or more and a count's measure word jieba reads as one noun (百台/n,
    千座/n): a count of its own, so after a noun of the object it opens the next counted phrase
    (6座|梯级电站|百台|机组: the stations are counted, the hundred units are another count)."""
    k = next((k for k, c in enumerate(w) if c not in _NUMERAL_CHARS), len(w))
    return 0 < k < len(w) and P.UNIT_KIND.get(w[k:]) == "count"


def _noun_like(pieces: list[Piece], i: int, w: str, out: list[_Span]) -> bool:
    p, n = pieces[i], len(pieces)
    # a stray q is a noun suffix jieba split off (管控/组, 封/控组)
    return (
        p.pos.startswith(NOUN_POS)
        or (_numeral_free(p, w) and not (out and _before_verb(pieces, i)))  # 站点|首次/m|启用: an adverb
        or (p.pos == "q" and ((i + 1 < n and pieces[i + 1].pos.startswith(NOUN_POS)) or bool(out)))
        or (w in _NOMINAL_VERBS and bool(out))
        or (len(w) == 1 and p.pos in _ONE_CHAR_HEAD_POS and bool(out) and _after_verb(pieces, i, out))
    )


_ADVERBIAL_POS = ("d", "t", "r")  # 每周, 今年, 将: what stands between an intention and its verb


def _past_adverbials(pieces: list[Piece], k: int) -> int:
    """The index of the first piece from k on that is no adverb, time word or pronoun."""
    while k < len(pieces) and not pieces[k].role and pieces[k].pos in _ADVERBIAL_POS:
        k += 1
    return k


def _before_verb(pieces: list[Piece], i: int) -> bool:
    return i + 1 < len(pieces) and not pieces[i + 1].role and pieces[i + 1].pos == "v"


def _after_verb(pieces: list[Piece], i: int, out: list[_Span]) -> bool:
    """安置|点, 发电/vn|车: the piece follows a verb or verbal noun just taken into the object."""
    return i > 0 and pieces[i - 1].pos in ("v", "vn") and out[-1][0] == pieces[i - 1].start


def _after_measure_piece(pieces: list[Piece], i: int) -> bool:
    """Whether pieces[i] comes right after a figure's measure word (its unit piece)."""
    return i > 0 and pieces[i - 1].role == P.ROLE_UNIT and pieces[i - 1].end == pieces[i].start


def _before_noun(pieces: list[Piece], i: int, text: str = "") -> bool:
    if i + 1 >= len(pieces) or pieces[i + 1].role:
        return False
    nxt = pieces[i + 1]
    return nxt.pos.startswith(NOUN_POS) or (bool(text) and text[nxt.start : nxt.start + 1] in _OPEN_Q)


def _compound_goes_on(pieces: list[Piece], i: int) -> bool:
    """Whether pieces[i:] go on to a noun through compound-inner words (自然灾害|救灾|资金)."""
    k = i
    while k < len(pieces) and not pieces[k].role and pieces[k].pos.startswith(_INNER_POS):
        k += 1
    return k > i and k < len(pieces) and not pieces[k].role and pieces[k].pos.startswith(NOUN_POS)


def _has_noun(pieces: list[Piece], out: list[_Span]) -> bool:
    starts = {a for a, _ in out}
    return any(p.start in starts and p.pos.startswith(_PLAIN_NOUN_POS) for p in pieces)


def _verb_between_nouns(pieces: list[Piece], i: int, text: str, last: bool = False) -> bool:
    """社区养老|助|餐点, 新增|就业|岗位 (`last`: 创造|就业|岗位): a verb after a noun, a time word or a
    predicate word is inside the compound; after an adverb, a place word or a name it is the predicate."""
    before = pieces[i - 1] if i > 0 else None
    return (
        pieces[i].pos == "v"
        and _word(text, pieces[i]) not in _PREDICATE_WORDS
        and before is not None and not before.role
        and (before.pos.startswith((*NOUN_POS, "t")) or _word(text, before) in _PREDICATE_WORDS
             or (last and opens_predicate(pieces, i - 1)))
        and before.pos not in PLACE_POS  # 当地|组织|农技人员: the place is the subject
        and _word(text, before) not in _TOTALLING  # 累计|发放|资金: after 累计 it is the predicate
    )


def _relational_run(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int | None:
    """After a noun of the object, a relational modifier (stats_relational_modifiers: 相关,
    配套), or a verb and such a modifier, before a noun is inside the compound (厨具|相关|专利,
    电池|制造|相关|企业): the index after the modifier, else None."""
    if not out or i == 0 or not pieces[i - 1].pos.startswith(NOUN_POS):
        return None
    k = i
    if pieces[k].pos in ("v", "vn") and _word(text, pieces[k]) not in (*_PREDICATE_WORDS, *_RELATIONAL):
        k += 1
    if k >= len(pieces) or k - i > 1 or pieces[k].role or _word(text, pieces[k]) not in _RELATIONAL:
        return None
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if nxt is None or nxt.role or not nxt.pos.startswith(NOUN_POS):
        return None
    return k + 1


def _ends_in_head(out: list[_Span], text: str) -> bool:
    """Whether the object read so far is a complete compound (刷业发展基金|帮助企业)."""
    last = text[out[-1][0] : out[-1][1]] if out else ""
    return last.endswith(_HEADS) and not last.endswith(_FALSE_HEADS)  # 年度重点|工作: no head


def ends_in_head_word(pieces: list[Piece], out: list[_Span], text: str) -> bool:
    """集中|安置|点/m|的|水电网: an object that ends in a one-character noun jieba cut off after a
    verb (a compound's head: 安置点) is a noun before its 的, not a relative clause: the compound
    is counted and the noun after 的 is a part of it. A whole word after a verb may be the verb's
    object in a clause (装载|救援|物资|的|卡车), so only the cut-off head counts."""
    last = next((p for p in pieces if p.end == out[-1][1]), None)
    if last is None or last.start == out[0][0] or len(_word(text, last)) != 1:
        return False
    after_verb = any(p.end == last.start and p.pos in ("v", "vn") for p in pieces)
    return last.pos in _ONE_CHAR_HEAD_POS and after_verb


def _after_property_noun(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> bool:
    """Whether pieces[i] follows a noun of property taken into the object (营业性|演出): a
    plain noun ending in stats_attributive_suffixes, right before it."""
    prev = pieces[i - 1] if i > 0 else None
    if prev is None or prev.role or not out or out[-1] != (prev.start, prev.end):
        return False
    w = _word(text, prev)
    return prev.pos in ("n", "nz") and len(w) > 1 and w.endswith(_ATTRIBUTIVE_SUFFIXES)


def _after_property_word(pieces: list[Piece], k: int, text: str) -> bool:
    """九大|群众性|活动/vn: a verbal noun right after a noun of property (stats_attributive_suffixes)
    is the thing the property modifies, inside the category."""
    prev, w = pieces[k - 1], _word(text, pieces[k - 1])
    return pieces[k].pos == "vn" and not prev.role and len(w) > 1 and w.endswith(_ATTRIBUTIVE_SUFFIXES)


def _shared_head_prefix(pieces: list[Piece], i: int, text: str) -> bool:
    """大|、|中型|企业, 中|、|小学|教师: a one-character modifier, a list mark and a noun (or a
    modifier) after it: the modifiers share the head noun, so the list is one object."""
    if i + 2 >= len(pieces) or any(p.role for p in pieces[i : i + 3]):
        return False
    p, nxt = pieces[i], pieces[i + 2]
    return (
        len(_word(text, p)) == 1
        and p.pos in ("a", "b", "j", "n", "ng", "f")
        and _word(text, pieces[i + 1]) == "、"
        and (nxt.pos.startswith(NOUN_POS) or nxt.pos in ("a", "b"))
    )


def _modified_head_after(pieces: list[Piece], k: int, text: str, out: list[_Span]) -> bool:
    """Whether pieces[k], after a verbal noun and an adjective (交管|服务|便利|措施), is a noun
    ending in a compound head (stats_compound_heads) and the words before are no division of a
    whole (方面|部署|重大任务 counts the 方面): the verbal noun and the adjective then modify that
    head inside one compound, the way a verb before a compound head does."""
    if k >= len(pieces) or pieces[k].role or not pieces[k].pos.startswith(_PLAIN_NOUN_POS):
        return False
    return ends_in_head(_word(text, pieces[k])) and text[out[0][0] : out[0][1]] not in _DIVISIONS


def _after_people_measure(out: list[_Span], text: str) -> bool:
    """Whether the object read so far follows a measure of people or households (户|受灾群众)."""
    return text[: out[0][0]].endswith(_ACTION_UNITS)


def _step(
    pieces: list[Piece], i: int, text: str, kind: str, out: list[_Span], loose: bool = False
) -> int | None:
    """Take piece i into the object and give the next index, or None where the object ends;
    `loose` (after 的) lets a verb inside a compound (应急抢险队伍)."""
    p = pieces[i]
    w = _word(text, p)
    if p.role or w in _OBJECT_STOP or (out and w in _PREDICATE_WORDS):
        return None  # 清洁电能|稳定输送到全国
    if out and i + 1 < len(pieces) and _word(text, pieces[i + 1]) in _ASPECT:
        return None  # 面积|贡献|了: a word before an aspect particle is the predicate
    if p.pos == "i" and len(w) >= 4 and out and not _compound_goes_on(pieces, i + 1):
        return None  # a four-character idiom after the noun is the predicate (展翅欲飞)
    if out and w in _INTENTIONS and _before_verb(pieces, _past_adverbials(pieces, i + 1) - 1):
        return None  # 日资企业|计划/n|增加投资, 航空公司|计划|每周|安排: an intention before a
        # verb (past adverbs and time words) opens the predicate
    if out and ((kind == "count" and w in _METRIC) or is_state_noun(w)):
        return None  # 4个乡镇|降雨量超过400毫米; 万亩小麦|长势良好
    if out and kind == "count" and len(w) > 1 and w in _PERIODS:
        return None  # 2000多名群众|人均|增收N元: a per-head word opens the next figure's metric
    if out and p.pos == "s" and pieces[i - 1].pos in ("n", "nz", "l") and _after_people_measure(out, text):
        return None  # 4000户受灾群众|家中/s|水电: a place word after the people says where they are
    if _delegates_of_counted(w, out, text):
        return None  # 80多个|国家|代表|与会: the countries are counted, the delegates are theirs
    if out and p.pos in _GLUED_COUNT_POS and _glued_count(w):
        return None  # 梯级电站|百台/n|机组: a count of its own opens the next phrase
    if out and _glued_preposition(w):
        return None  # 植物产品|对华/nz|准入: a prepositional phrase opens the predicate
    if w and w[0] in _OPEN_Q:
        return _quoted(pieces, i, text, out)
    if w and w[0] in _OPEN_B and out:
        return _bracketed(pieces, i, text, out)
    nxt_p = pieces[i + 1] if i + 1 < len(pieces) else None
    if (
        p.pos == "vn"
        and out
        and nxt_p is not None
        and not nxt_p.role
        and nxt_p.pos in ("a", "b")
        and not _modified_head_after(pieces, i + 2, text, out)
    ):
        return None  # 方面|部署|重大任务: a verbal noun before a modified noun is the predicate
    if p.pos in ("v", "vn") and _after_property_noun(pieces, i, text, out):
        out.append((p.start, p.end))
        return i + 1  # 营业性|演出/v: a verb after a noun of property names the thing it modifies
    if (
        p.pos == "vn"
        and _ends_in_head(out, text)
        and not ends_in_head(w)  # 特色服务|活动: a head noun goes on
        and not _verb_compound(pieces, i, text)
    ):
        return None  # 产品|销往海外: after a complete compound a verbal noun is the predicate
    if p.pos == "vn" and _opens_predicate(pieces, i, text, out):
        return None  # 2万箱蜜瓜|销往|国内: after a plain noun, a verbal noun before no noun is the predicate
    if p.pos == "vn" and _has_noun(pieces, out) and _verb_with_own_object(pieces, i, text):
        return None  # 60个行政村|加工桂圆肉，: the verbal noun is the predicate, with its object
    if _shared_head_prefix(pieces, i, text):
        out.extend([(p.start, p.end), (pieces[i + 1].start, pieces[i + 1].end)])
        return i + 2  # 大|、|中型企业: one-character modifiers sharing the head after them
    if (k := _relational_run(pieces, i, text, out)) is not None:
        out.append((p.start, pieces[k - 1].end))  # 电池|制造|相关|企业: inside the compound
        return k
    if (
        _noun_like(pieces, i, w, out)
        or (p.pos == "h" and _before_noun(pieces, i))  # 非|遗
        or (p.pos == "k" and bool(out) and _before_noun(pieces, i))  # “豹”|式/k|坦克: a suffix
        # jieba cut off the word before it (a name in quotes) binds it to the noun after
        or (p.pos == "uv" and not out and _after_measure_piece(pieces, i) and _before_noun(pieces, i))
        # N个|地/uv|市: the particle 地 cannot follow a measure; jieba cut the noun 地市
        or (p.pos == "t" and not out and len(w) > 1 and _before_noun(pieces, i))  # 116条|春假/t|研学线路
    ):
        out.append((p.start, p.end))
        return i + 1
    if (
        p.pos == "v"
        and kind != "age"
        and (out or kind != "amount")  # 徒步12公里|进村: a distance's purpose
        and (not _ends_in_head(out, text) or _people_head_next(pieces, i, text))
        and _verb_compound(pieces, i, text, after_noun=bool(out), loose=loose)
    ):
        out.append((p.start, p.end))
        return i + 1
    if p.pos in _MOD_POS and (
        _before_noun(pieces, i, text)
        or (p.pos != "v" and _compound_goes_on(pieces, i + 1))
        or negating_prefix_at(pieces, i + 1, text)  # 国家级|非|遗项目: the prefix binds to the noun
    ):
        if p.pos == "v" and (kind == "age" or (out and (not loose or _has_noun(pieces, out)))):
            return None  # 田间冷库|投入运营: after a noun a verb is the predicate
        if p.pos == "v" and not out and kind == "amount" and not loose:
            return None  # 7500万元|加快苗情转化: money's purpose, not what it is
        out.append((p.start, p.end))
        return i + 1
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if (
        w in _CONJ
        and out
        and nxt is not None
        and not nxt.role
        and (nxt.pos.startswith(NOUN_POS) or nxt.pos in ("a", "b") or _verb_conjunct(pieces, i + 1, text))
        and not _has_own_figure(pieces, i + 1)
        and not _co_agent(pieces, i, text)
        and not _name_list_after(pieces, i + 1, text)
        and not _one_name_conjunct(pieces, i + 1, text)
    ):
        out.append((p.start, p.end))
        return i + 1
    return None


def _verb_conjunct(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the conjunct at pieces[k], after a noun and a conjunction, is a verb jieba tags
    as one that modifies a compound head right after it (N项|科学|与|应用/v|项目): the noun and
    the verb share that head (stats_compound_heads), so the list is one object."""
    p = pieces[k]
    head = pieces[k + 1] if k + 1 < len(pieces) else None
    if p.pos not in ("v", "vn") or _word(text, p) in _PREDICATE_WORDS or head is None or head.role:
        return False
    return head.pos in ("n", "nz") and _word(text, head) in _HEADS


_BOUND_LINKS = ("之",)  # 文化|之|夜, 丝绸|之|路: a noun compound goes on after the particle


def _without_cut_conjunct(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int:
    """Where the reading stopped inside a compound after a list mark or conjunction (N场|专业沙龙
    |、|北京文化|之|夜文艺演出: 之 binds the nouns around it), the last conjunct is cut: the
    object ends before that mark, and the index returned is the mark's (nothing after it is
    read); else `i`."""
    if i >= len(pieces) or pieces[i].role or _word(text, pieces[i]) not in _BOUND_LINKS:
        return i
    joint = next((k for k in range(len(out) - 1, 0, -1) if text[out[k][0] : out[k][1]] in _CONJ), None)
    if joint is None:
        return i
    mark = next(k for k, p in enumerate(pieces) if p.start == out[joint][0])
    del out[joint:]
    return mark


def _past_determiner(pieces: list[Piece], j: int, text: str, kind: str) -> int:
    """353架|各型|无人机, 300多台|各类|机械: a determiner (stats_determiners) right after a count's
    measure says the things are of every kind; the noun after it is counted (the determiner is
    left out, as before the number: 各类|涉农|资金); so is the noun after a copula (`_copula`)."""
    if kind != "count" or j + 1 >= len(pieces) or pieces[j].role or pieces[j + 1].role:
        return j
    if _word(text, pieces[j]) in _DETERMINERS and pieces[j + 1].pos.startswith(NOUN_POS):
        return j + 1
    if _batch_ordinal(pieces[j], text):
        return j + 1  # 120名|第二批|救援人员: which dispatch, not what is counted
    if _copula(pieces[j], text) and _counts_people(pieces, j, text):
        return j + 1  # 有2万多名|是|流动人口: what those counted are, after the copula
    return j


_BATCH_PREFIXES = tuple(w for w, role in lexicons.rows("stats_batch_ordinals") if role == "prefix")
_BATCH_NOUNS = tuple(w for w, role in lexicons.rows("stats_batch_ordinals") if role == "batch")
_BATCH_NUMERAL_POS = ("m",)


def _batch_ordinal(p: Piece, text: str) -> bool:
    """An ordinal of batches in one numeral word (第二批/m, 首批/m; stats_batch_ordinals): an
    ordinal prefix, then the batch measure at its end."""
    w = _word(text, p)
    if p.pos not in _BATCH_NUMERAL_POS or len(w) < 2:
        return False
    return w.startswith(_BATCH_PREFIXES) and w.endswith(_BATCH_NOUNS)


_COPULAS = frozenset(w for w, role in lexicons.rows("roles_copulas") if role == "verb" and len(w) == 1)


def _copula(p: Piece, text: str) -> bool:
    """A one-character copula (roles_copulas: 是, 系) right after a people measure (名, 位): the
    count is the subject of a clause saying who they are, and the noun after it names them."""
    return p.pos == "v" and _word(text, p) in _COPULAS


def _counts_people(pieces: list[Piece], j: int, text: str) -> bool:
    """Whether the measure before pieces[j] counts people only (名, 位): the noun after it names
    people, which a verb after them cannot modify as a compound head (志愿|服务|队 is counted by
    支), so such a verb is their predicate."""
    return j > 0 and pieces[j - 1].role == P.ROLE_UNIT and _word(text, pieces[j - 1]) in _PERSON_MEASURES


def _people_head_next(pieces: list[Piece], i: int, text: str) -> bool:
    """Whether a noun naming people (stats_people_heads) follows pieces[i] (抢修|工作人员): the
    compound goes on to the people it names, past a head noun before the verb (线路)."""
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    return (
        nxt is not None
        and not nxt.role
        and nxt.pos in ("n", "nz")
        and _word(text, nxt).endswith(_PEOPLE_HEADS)
    )


def _verb_names_people(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> bool:
    """Whether the verb at pieces[i] is part of the name of the people counted (N名|地方|专业|
    扑火|队员): a noun naming people (stats_people_heads) follows it, and none is read yet (after
    the people, a verb is their predicate: 30名|官兵|组成|党员突击队)."""
    return not text[out[-1][0] : out[-1][1]].endswith(_PEOPLE_HEADS) and _people_head_next(pieces, i, text)


_MANNER_POS = ("d", "ad", "a")  # 依次/d, 整齐/a, 连续/a before the verb of the people
_PREDICATE_AFTER_MANNER_POS = ("v", "vn", "n")  # 列队/n, 鸣枪/n: jieba's nouns of verbs too


def _adverbial_opens_predicate(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> bool:
    """Whether an adverb or adjective of manner at pieces[i], right after a noun naming people
    (stats_people_heads) that ends the object read, opens their predicate (27名|礼兵|连续/a|鸣枪,
    500名|代表|依次/d|入场): a word of manner does not modify a noun after the people, whose noun
    the count already has; it needs a verb or verb-like noun after it in the clause."""
    if pieces[i].pos not in _MANNER_POS or not text[out[-1][0] : out[-1][1]].endswith(_PEOPLE_HEADS):
        return False
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    return nxt is not None and not nxt.role and nxt.pos in _PREDICATE_AFTER_MANNER_POS


def _people_predicate(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> bool:
    """Whether the verb at pieces[i], after a noun of the people counted, is their predicate: it
    is unless a noun naming people (stats_people_heads) follows it within the compound (300名|
    电力|抢修|工作人员); so is a verb jieba lists as a noun (stats_people_verbs) before the
    clause's end or 的 (600名|选手|参赛/n。, 42位|冠军|领衔/n|的)."""
    if pieces[i].role or not _has_noun(pieces, out):
        return False
    if set_phrase_predicate(pieces, i, text, text[out[-1][0] : out[-1][1]]):
        return True  # N名|产业工人|加班加点/n: a set phrase after the people is their predicate
    if _word(text, pieces[i]) in _PEOPLE_VERBS:
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        return nxt is None or (not nxt.role and _word(text, nxt)[:1] in _PREDICATE_FOLLOWERS)
    if _adverbial_opens_predicate(pieces, i, text, out):
        return True  # 12名|礼兵|整齐/a|列队|鸣枪: the manner of what the people do
    if pieces[i].pos != "v":
        return False
    for k in range(i + 1, min(i + 4, len(pieces))):
        p = pieces[k]
        if p.role or p.pos not in ("v", "vn", "n", "nz", "b"):
            return True
        if p.pos in ("n", "nz") and _word(text, p).endswith(_PEOPLE_HEADS):
            return False
    return True


def object_after(
    pieces: list[Piece], j: int, text: str, skip: set[int], kind: str, loose: bool = False
) -> str:
    """The counted noun phrase right after the measure (80余名|党员干部和群众)."""
    out: list[_Span] = []
    j = _past_determiner(pieces, j, text, kind)
    i, n = j, len(pieces)
    if (k := past_dimension(pieces, i, text, kind)) is not None:
        i, loose = k, True  # 20公斤重的|弥雾机, 30米宽|决口: the noun after the dimension
    run_end = _verb_head_run(pieces, i, text) if kind == "count" and i not in skip else None
    if run_end is not None:
        out.append((pieces[i].start, pieces[run_end - 1].end))  # 临时|集中|安置|点/m
        i = run_end
    people = _counts_people(pieces, j, text)
    if people and not out and (k := passive_people_end(pieces, i, text)) is not None:
        out.append((pieces[i].start, pieces[k - 1].end))  # 12名|被|扣押|人员: the passive names them
        i = k
    while i < n:
        if i in skip:
            i += 1
            continue
        if people and out and _people_predicate(pieces, i, text, out):
            break  # 3名|航天员|乘坐|专机: after the people counted a verb is their predicate
        if people and out and pieces[i].pos == "v" and _verb_names_people(pieces, i, text, out):
            out.append((pieces[i].start, pieces[i + 1].end))  # N名|地方|专业|扑火|队员
            i += 2
            continue
        nxt = _step(pieces, i, text, kind, out, loose)
        if nxt is None:
            break
        i = nxt
    i = _without_cut_conjunct(pieces, i, text, out)  # 专业沙龙|、|北京文化|之|夜: not 北京文化
    if not out and i == j and _lone_word(pieces, i, text, kind):
        out.append((pieces[i].start, pieces[i].end))  # 2台|装载机/b、, 约90场|演出/v。
        i += 1
    if not out and i == j and (end := _modified_noun_end(pieces, i, text, kind)) is not None:
        out.append((pieces[i].start, pieces[end - 1].end))  # 1953个|美丽|休闲|乡村
        i = end
    if _noun_tail(pieces, i, text, out):
        out.append((pieces[i].start, pieces[i].end))  # 豌豆|尖/a: a one-character tail of the noun
        i += 1
    i = _drop_predicate(pieces, i, text, out)
    _drop_time_tail(pieces, i, text, out)
    while out and text[out[-1][0] : out[-1][1]] in _CONJ:
        out.pop()
    if len(out) > 1 and text[out[-1][0] : out[-1][1]] in _LOCATIVES:
        out.pop()  # 1公里|范围内: the place word is no part of the object
    if out and _frame_tail(out, text):
        out.pop()  # 1万件|救灾物资|基础|上: the frame of 在…基础上
    elif out and (cut := _glued_frame(out, text)):
        out[-1] = (out[-1][0], out[-1][1] - cut)  # N千瓦|充电|桩基础/n|上: jieba glued the frame on
    _drop_relation_predicate(out, text)
    if not out:
        return ""
    if (head := _head_past_metric(pieces, i, text, skip, kind, out)) is not None:
        return head
    if kind == "count" and len(out) > 1 and text[out[0][0] : out[0][1]] in _DIVISIONS:
        return text[out[0][0] : out[0][1]]  # 16个|方面|重大任务举措: the parts are counted
    out_pos = [p.pos for p in pieces if out[0][0] <= p.start < out[-1][1]]
    if (
        any(pos in _CLAUSE_POS for pos in out_pos)
        and not ends_in_head_word(pieces, out, text)
        and i + 1 < n
        and _word(text, pieces[i]) == "的"
        and _before_noun(pieces, i)
    ):
        # 30个|有影响力的|工业互联网平台, 59名|生活困难的|道德模范: a phrase with a verb or
        # an adjective in it is a relative clause; what is counted is the noun after its 的
        # (a plain noun keeps the count: 4个网格的居民 counts 网格, and so does a plain noun
        # before the clause's predicate: 5个县|不通火车的历史 counts 县)
        lead = _noun_before_predicate(pieces, out)
        if lead is not None:
            return text[out[0][0] : lead]
        if _activity_of(pieces, i, out, text):
            return text[out[0][0] : out[-1][1]]  # N个|新园区|的|建设: the things, not the activity
        head = object_after(pieces, i + 1, text, skip, kind)
        if head:
            return head
    return text[out[0][0] : out[-1][1]]


def _activity_of(pieces: list[Piece], de: int, out: list[_Span], text: str) -> bool:
    """N个|新|园区|的|建设: a verbal noun after the 的 of a phrase ending in a plain noun names an
    activity on the things counted (their building, their investment), which a count's measure
    does not count: the phrase before the 的 is the object. So does a verb jieba tags as a noun
    (N项|应用|场景|的|部署/n: clause_predicates' serial verbs, which the corpus tags only a verb)."""
    last = next((p for p in pieces if p.start == out[-1][0]), None)
    return (
        last is not None
        and last.pos in _PLAIN_NOUN_POS
        and de + 1 < len(pieces)
        and not pieces[de + 1].role
        and (pieces[de + 1].pos == "vn" or _serial_verb(pieces[de + 1], text))
    )


def _head_past_metric(
    pieces: list[Piece], i: int, text: str, skip: set[int], kind: str, out: list[_Span]
) -> str | None:
    """N个|探明储量|的|油气田: a count's measure counts no metric (a quantity, an amount, a
    rate, a value: stats_metric_nouns and stats_metric_suffixes); a metric read right after the
    measure and followed by 的 and a noun describes that noun, which is what is counted."""
    if kind != "count" or i + 1 >= len(pieces) or _word(text, pieces[i]) != "的":
        return None
    if not _before_noun(pieces, i):
        return None
    read = text[out[0][0] : out[-1][1]]
    if read not in _METRIC and not read.endswith(_METRIC_ENDINGS):
        return None
    return object_after(pieces, i + 1, text, skip, kind) or None


def _event_noun(pieces: list[Piece], end: int, text: str, kind: str) -> bool:
    """营业性|演出|5603场, 文旅|消费|19.4亿元: a verb after a noun modifier names the event
    (before an event measure; for an amount a verbal noun)."""
    p, before = pieces[end], pieces[end - 1] if end > 0 else None
    return (
        ((p.pos == "vn" and kind == "amount") or (kind == "count" and p.pos in ("v", "vn")))
        and _word(text, p) not in _PREDICATE_WORDS
        and before is not None
        and not before.role
        and before.pos in ("n", "b", "ng", "nz")
    )


def _head_start(
    pieces: list[Piece], end: int, text: str, kind: str, events: bool, verb_events: bool = True
) -> int | None:
    """Where reading back from the word before the number goes on: before a verb and a
    one-character noun (设置|安置|点|224个), before an event verb (营业性|演出), at the word
    itself; None where that word is the action (已|储备|40余人)."""
    if end < 0 or _word(text, pieces[end]) in _PREDICATE_WORDS:
        return None  # 同比增加|54.6万吨: a predicate is no object
    p = pieces[end]
    if (
        end > 0
        and not p.role
        and len(_word(text, p)) == 1
        and p.pos in _ONE_CHAR_HEAD_POS
        and _verb_of_metric(pieces[end - 1], text)
    ):
        return end - 2  # 安置|点: jieba cut the compound's head off its verb
    if events and _event_noun(pieces, end, text, kind):
        return end - 1
    if verb_events and _verb_object_event(pieces, end, text, kind):
        return end - 1
    if (
        end > 0
        and len(_word(text, p)) == 1
        and p.pos in _ONE_CHAR_HEAD_POS
        and not p.role
        and pieces[end - 1].pos in ("n", "nz")
        and not pieces[end - 1].role
    ):
        return end - 1  # 地质灾害隐患|点/m|900多处: a one-character head jieba tags m after its noun
    if _opening_event(pieces, end, text, kind):
        return end
    if p.pos == "l" and ends_in_head(_word(text, p)):
        return end  # 从业人员/l: a fixed expression ending in a compound head is a noun
    return None if p.pos in ("vn", "an", "l") else end


def _verb_object_event(pieces: list[Piece], end: int, text: str, kind: str) -> bool:
    """完成|道路|抢修|315处, 收到|保险|报案|26万件: a count right after a verb that follows a plain
    noun of two characters or more, itself after the predicate verb, counts the event the noun
    and the verb name (not for people: 因灾|死亡|15人)."""
    if kind != "count" or end < 2 or pieces[end].pos != "v" or pieces[end - 2].role:
        return False
    noun = pieces[end - 1]
    return (
        pieces[end - 2].pos == "v"
        and noun.pos == "n"
        and not noun.role
        and noun.end - noun.start > 1
        and _event_noun(pieces, end, text, kind)
    )


def _opening_event(pieces: list[Piece], end: int, text: str, kind: str) -> bool:
    """；|进口|10亿元, 其中|出口|13亿元: a verbal noun alone between the clause's start (a clause
    mark or a pronoun) and an amount is the activity the amount measures."""
    p = pieces[end]
    before = pieces[end - 1] if end > 0 else None
    return (
        kind == "amount"
        and p.pos == "vn"
        and not p.role
        and _word(text, p) not in _PREDICATE_WORDS
        and (before is None or _clause_opening(before, text))
    )


def _clause_opening(p: Piece, text: str) -> bool:
    """A clause mark or a pronoun (其中): what a clause's subject follows."""
    return not p.role and (p.pos == "r" or _word(text, p) in _CLAUSE_MARKS)


def _verb_opens_modifier(pieces: list[Piece], i: int, text: str) -> bool:
    """输送|救援|物资: a verbal noun right after the predicate verb modifies the noun (the verb
    is the action); after 累计 and the like it is the action itself (累计|投运|管道)."""
    return i >= 0 and pieces[i].pos == "v" and not pieces[i].role and _word(text, pieces[i]) not in _TOTALLING


def _metric_of_counted(pieces: list[Piece], unit: int, end: int, text: str) -> bool:
    """Whether the run after an earlier count's measure ends in a metric noun after the counted
    noun (60个|重点商圈|客流量, stats_metric_nouns or a metric ending): the figure measures the metric
    of those things, as an amount after them does (4个乡镇|降雨量|超过N毫米)."""
    return (
        pieces[unit].role == P.ROLE_UNIT
        and end > unit + 1
        and is_metric_word(_word(text, pieces[end]))
        and all(not p.role and p.pos.startswith(NOUN_POS) for p in pieces[unit + 1 : end + 1])
    )


def object_before(
    pieces: list[Piece],
    j: int,
    text: str,
    kind: str,
    events: bool = True,
    bare: bool = False,
    people: bool = False,
) -> str:
    """The noun phrase right before the number (新增高风险区|8个); `events`: a verb after a
    noun modifier may name what is counted (营业性演出|5603场), not for people (因灾死亡|15人);
    `bare`: the number has no measure word, so a metric noun before it is what it gives
    (报名人数|438万), where a measure counts the noun before the metric (助餐点总数|超2000个);
    `people`: the measure names people, so no verb before it names an event (因灾|死亡|15人)."""
    i = _past_rate(pieces, j, text) - 1
    while i > 0 and not pieces[i].role and _word(text, pieces[i]) in _TOTALS:
        i -= 1  # 营业性演出|共|9400余场次
    listed = kind == "count" and not people and _list_end_before(pieces, i, text)
    if listed and not _quasi_measured(pieces, j, text):
        i -= 1  # 收割机、烘干机|等|5000多台: the list is counted (not people: 某某等|3人 names some of them)
    if kind == "age":
        while i >= 0 and _word(text, pieces[i]) in _AGE_LINKS:
            i -= 1
    end = i
    if _compared_difference(pieces, end, text):
        return ""  # 比|去年同期|多|N所: the figure is a difference, the base is no object
    if kind == "amount" and _after_quasi_count(pieces, end, text):
        return _word(text, pieces[end])  # N省区|进出口|N亿元: the activity right after the places
    start = _head_start(pieces, end, text, kind, events, verb_events=not people)
    if start is None:
        return ""  # 已储备|40余人: the word before is the verb, not what is counted
    if start == end and _opening_event(pieces, end, text, kind):
        return _word(text, pieces[end])
    i = start
    if _word(text, pieces[end]) in _SCOPES:
        return ""  # 全村|200多户
    head_at = end - 1 if kind == "count" and end > 0 and _word(text, pieces[end]) in _METRIC else end
    i = _noun_phrase_start(pieces, i, end, head_at, text, nominal=not people)
    if i >= 0 and pieces[i].role == P.ROLE_UNIT and _word(text, pieces[i]) in P.QUASI_MEASURES:
        # N省区|进出口|N亿元: a quasi-measure is its count's own noun, so the words after it are
        # this figure's, whatever their tag (a verbal noun is the measured activity here)
        return text[pieces[i + 1].start : pieces[end].end]
    if kind == "count" and i >= 0 and _metric_of_counted(pieces, i, end, text):
        return _word(text, pieces[end])  # 60个|商圈|客流量|接近N人次: the metric of the things counted
    if i >= 0 and pieces[i].role == P.ROLE_UNIT and not _time_unit(pieces[i], text):
        i = _after_inner_verb(pieces, i, end)  # 向N户|企业|发放|补贴资金|N亿元: the verb's object
        if i < 0:
            return ""  # 4个网格|960余户: that noun is already the object of the count before
    metric = _word(text, pieces[end]) in _METRIC
    if (
        metric
        and i == end - 1
        and i > 0
        and _verb_of_metric(pieces[i], text)
        and not pieces[i - 1].role
        and not after_adverb(pieces, i)  # 园区|共|创造|营收: after an adverb the verb is the predicate
    ):
        i -= 1  # 小麦|种植|面积|约8500万亩: the verb names the metric, the nouns before it go on
        while i >= 0 and not pieces[i].role and pieces[i].pos in ("n", "nz", "ng"):
            i -= 1  # not a place before it (河南|小麦种植面积)
    while (
        i < end
        and pieces[i + 1].pos in ("vn", "an")
        and not (i >= 0 and pieces[i].pos in ("m", "q", "mq"))
        and not (metric and kind == "amount")  # 旅游|收入: the activity names the income
        and not _verb_opens_modifier(pieces, i, text)  # 输送|救援|物资
        and (i + 2 > end or pieces[end].end - pieces[i + 2].start > 1)  # 监测|户: one character stays
    ):
        i += 1  # 排查|车辆120辆: a leading verbal noun is the action (多支|救援力量: a modifier)
    if i == end:
        return ""
    if i >= 0 and pieces[i].role == P.ROLE_UNIT and not _time_unit(pieces[i], text):
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    if (i >= 0 and pieces[i].pos in _NAME_POS and not pieces[i].role
            and pieces[end].end - pieces[i + 1].start == 1):
        # 代尔祖尔省|两处: the tail of a name is no object; but a whole noun after a word
        # jieba mistakes for a name is (惠及/ns 居民|5000余户)
        return ""
    if i >= 0 and pieces[i].pos in ("a", "b", "ad") and not pieces[i].role:
        i = past_attribute_noun(pieces, i - 1, text)  # 低风险区, 直接经济损失, 农业|新|技术
    while i + 1 < end and _word(text, pieces[i + 1]) in _SCOPES:
        i += 1  # 全市|地区生产总值
    if kind == "count" and not bare and end > i + 1 and _word(text, pieces[end]) in _METRIC:
        i, end = count_metric_span(pieces, i, end, text)  # 社区养老助餐点|总数超2000个, 游客|总|人数
    return text[pieces[i + 1].start : pieces[end].end]


def _time_unit(p: Piece, text: str) -> bool:
    """The unit of a duration (连续近一个|月|单日票房|超N元, 连续5|天|单日客流|超N人次): a
    duration counts no noun after it (its object follows 的), so the noun phrase between it and
    the next figure is that figure's subject."""
    return P.UNIT_KIND.get(_word(text, p)) == "duration"


def _after_quasi_count(pieces: list[Piece], end: int, text: str) -> bool:
    """Whether pieces[end] is a word right after a count in a quasi-measure (N省区, N市): that
    count's noun is its measure, so the word after it belongs to the next figure, an amount
    (N省区|进出口|N亿元), even a verbal noun, which would else be read as the action."""
    if end < 1 or pieces[end].role:
        return False
    unit = pieces[end - 1]
    quasi = unit.role == P.ROLE_UNIT and _word(text, unit) in P.QUASI_MEASURES
    return quasi and pieces[end].pos in ("vn", "n")


def _quasi_measured(pieces: list[Piece], j: int, text: str) -> bool:
    """Whether the figure starting at pieces[j] has a noun as its unit, a quasi-measure or a noun
    of division (3省, 5方面): the unit is the thing counted, and a list before it names
    examples, not the object."""
    k = j
    while k < len(pieces) and pieces[k].role:
        w = _word(text, pieces[k])
        if pieces[k].role == P.ROLE_UNIT and (w in P.QUASI_MEASURES or w in _DIVISIONS):
            return True
        k += 1
    return False


def _list_end_before(pieces: list[Piece], i: int, text: str) -> bool:
    """Whether pieces[i] is the particle closing a list (等) right after
    a noun: before a count with no noun after it, the listed things are what it counts."""
    return (
        i > 0
        and not pieces[i].role
        and _word(text, pieces[i]) in _LIST_END_PARTICLES
        and not pieces[i - 1].role
        and pieces[i - 1].pos in ("n", "nz", "l", "j")
    )


def _after_inner_verb(pieces: list[Piece], unit: int, end: int) -> int:
    """Where a noun phrase read back to an earlier count's measure (向N户|企业|发放|资金|N亿元)
    took a verb in as a compound's inside: that verb is the predicate between the earlier
    count's noun and this figure's, and the phrase starts after it; -1 where no verb is there
    (4个网格|960余户: the noun is the earlier count's object)."""
    verb = next((k for k in range(end - 1, unit, -1) if pieces[k].pos == "v" and not pieces[k].role), -1)
    return verb if verb > unit + 1 and pieces[verb - 1].pos.startswith(NOUN_POS) else -1


_MORE_LESS = ("多", "少")  # 比去年多|N项: the comparative before a difference


def _compared_difference(pieces: list[Piece], end: int, text: str) -> bool:
    """比|去年同期|多|N所: a comparative (多, 少) right before the number, after a comparison
    word (比, 较) in the same clause: the figure is the difference from the base named between
    them, which is no object."""
    if end < 1 or pieces[end].role or _word(text, pieces[end]) not in _MORE_LESS:
        return False
    for k in range(end - 1, max(end - 5, -1), -1):
        w = _word(text, pieces[k])
        if pieces[k].role or w in _CLAUSE_MARKS:
            return False
        if w in _COMPARE:
            return True
    return False


_PER = "每"  # 每亩, 每人: per one unit


def _per_unit_inside(pieces: list[Piece], i: int, end: int, text: str) -> bool:
    """粮食|每亩|产量: 每 and a measure (one word of two characters) between a noun and the metric
    noun ending the phrase says per what unit the metric goes; it is inside the metric."""
    w = _word(text, pieces[i])
    return (
        len(w) == 2
        and w[0] == _PER
        and 0 < i < end
        and _word(text, pieces[end]) in _METRIC
        and not pieces[i - 1].role
        and pieces[i - 1].pos.startswith(NOUN_POS)
    )


def _nominal_head(pieces: list[Piece], i: int, text: str) -> bool:
    """社会|组织/v|N个: a verb jieba tags v that is a noun at the end of a counted phrase
    (stats_nominal_verbs), right after a plain noun (no scope word), heads the phrase before the
    number."""
    return (
        i > 0
        and pieces[i].pos == "v"
        and _word(text, pieces[i]) in _NOMINAL_VERBS
        and not pieces[i - 1].role
        and pieces[i - 1].pos in ("n", "nz")
        and _word(text, pieces[i - 1]) not in _SCOPES  # 全县|组织/v|N人次: the verb of the scope
    )


def _noun_phrase_start(
    pieces: list[Piece], i: int, end: int, head_at: int, text: str, nominal: bool = True
) -> int:
    """Index of the first word before the noun phrase ending at ``end`` (head at ``head_at``);
    `nominal`: a nominal verb may head it (not before people: 社区|组织|N人 names the agent)."""
    head = ends_in_head(_word(text, pieces[head_at]))  # 社区养老助餐点|总数: the head before it
    while i >= 0 and not pieces[i].role:
        w = _word(text, pieces[i])
        if (
            (pieces[i].pos.startswith(NOUN_POS) and pieces[i].pos not in ("nr", "ns", "nt", "s"))
            or (head and 0 < head_at - i < 3 and _verb_between_nouns(pieces, i, text, i + 1 == head_at))
            or _place_word_head(pieces, i, end)
            or (i < end and joined_attributive(pieces[i], text))
            or cut_tail_opens(pieces, i + 1, text)  # 返青|期|小麦: the word the noun was cut from
            or (nominal and i == end and _nominal_head(pieces, i, text))  # 社会|组织/v|N个
        ):
            i -= 1  # 社区养老|助|餐点: a verb inside a compound with a head noun; 人均|可支配|收入
        elif w in _RELATIONAL and i < end and i > 0 and pieces[i - 1].pos.startswith(NOUN_POS):
            i -= 1  # 厨具|相关|专利
        elif _per_unit_inside(pieces, i, end, text):
            i -= 1  # 粮食|每亩|产量: per what unit the metric goes
        elif joins_nouns(pieces, i, end, text):
            i -= 1  # 消防、武警、民兵|1800余人: a list of nouns is counted whole
        elif (back := enclosed_back(pieces, i, text)) is not None:
            i = back  # 街道（乡镇）|区域…, 专精特新“小巨人”企业|35家: a bracket or a quotation inside
        elif i < end and negating_prefix_at(pieces, i, text):
            i -= 1  # 国家级|非|物质文化遗产…|N人: a negating prefix binds to the noun after it
        else:
            break
    return i


def _composes(pieces: list[Piece], last: int, text: str) -> bool:
    """Whether a verb of composition and 的 follow the measure (N人|组成|的)."""
    return (
        last + 1 < len(pieces)
        and not pieces[last].role
        and _word(text, pieces[last]) in _COMPOSING
        and _word(text, pieces[last + 1]) == "的"
    )


_RECORDS = ("纪录", "记录")  # 刷新|5项|全国纪录: records a count's measure counts


def _counted_records(st: Found, obj: str, text: str) -> bool:
    """刷新|5项|全国纪录: records right after a count's measure (no 的 between) are what it counts."""
    return st.kind == "count" and obj.endswith(_RECORDS) and text.startswith(obj, st.end)


def _at_level(obj: str, st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the object read after a figure names the level or record it reaches (stats_level_
    nouns: 大关, 水平, 新高), itself or with the word jieba cut after it (历史|新高/v): the figure
    then measures the subject before it (出口量|达到N吨的|历史新高)."""
    if not obj:
        return False
    if obj.endswith(_LEVELS):
        return True
    start = text.find(obj, st.end)
    nxt = next((p for p in pieces if p.start == start + len(obj)), None) if start >= 0 else None
    return nxt is not None and not nxt.role and _word(text, nxt) in _LEVELS


def _after_de(pieces: list[Piece], last: int, text: str, kind: str) -> str:
    """N unit 的 NP: the NP after 的 (100多亿元的产值, 50多平方公里的小镇, 95%以上的产品); not a
    frame (在…120个的基础上) and, for a duration, an activity or a span of time (stats_span_nouns).
    A count's verb of composition before the 的 is passed over (由380多人|组成|的|救援队伍: the
    members are counted as the group they make, as in 共8755人的应急抢险队伍)."""
    measure = _word(text, pieces[last - 1]) if last > 0 else ""
    if kind == "count" and _composes(pieces, last, text):
        last += 1
    if last + 1 >= len(pieces) or _word(text, pieces[last]) != "的" or pieces[last + 1].role:
        return ""
    obj = object_after(pieces, last + 1, text, set(), kind, loose=True)
    obj = obj or _cut_name(pieces, last + 1, text, kind)
    if not obj:
        return ""
    obj_end = text.find(obj, pieces[last + 1].start) + len(obj)
    after = next((_word(text, p) for p in pieces if p.start == obj_end), "")
    if after in _LOCATIVES and after not in _INSIDE and not _measured_surface(obj, after, measure):
        return ""  # 在…的基础上: a frame, not what is counted (2000多亩的农田|里 is)
    if (
        kind == "duration"
        and not any(p.end == obj_end and p.pos in ("vn", "v") for p in pieces)
        and not _spans_time(obj)
    ):
        return ""  # 两天两夜的K396次列车: the duration is the train's; an activity or a span of time counts
    return obj


_SURFACE = "上"  # 1500亩的盐碱地|上: on the ground the amount measures


_AREA_UNITS = frozenset(lexicons.words("stats_activity_units"))  # 亩, 平方米: the extent of land


def _measured_surface(obj: str, after: str, unit: str) -> bool:
    """Whether an area's noun after its 的 is the surface it measures, 上 after it (2200亩的|
    盐碱地|上|种植…, 300平方米的|场地|上): the noun, unless a frame noun (stats_frame_nouns:
    在…的|基础|上) makes the phrase a frame. Not a length (120公里的|河段|上: where things stand
    along it)."""
    return unit in _AREA_UNITS and after == _SURFACE and not obj.endswith(tuple(_FRAME_NOUNS))


_CUT_NAME_CHARS = 2  # one-character words a short name is cut into (与|川|铁路)


def _cut_name(pieces: list[Piece], i: int, text: str, kind: str) -> str:
    """的|与/p|川/j|铁路: a noun phrase cannot open with a conjunction after 的, so one-character
    words from a conjunction on to a noun are a short name jieba cut apart (a line named by
    the first characters of its two ends); the name with the noun phrase it opens."""
    if _word(text, pieces[i]) not in _CONJ:
        return ""
    k = i
    while k - i < _CUT_NAME_CHARS and k < len(pieces) and _one_char_word(pieces[k]):
        k += 1
    if k == i + 1 or k >= len(pieces) or pieces[k].role or not pieces[k].pos.startswith(NOUN_POS):
        return ""
    head = object_after(pieces, k, text, set(), kind, loose=True)
    return text[pieces[i].start : pieces[k].start] + head if head.startswith(_word(text, pieces[k])) else ""


def _one_char_word(p: Piece) -> bool:
    return not p.role and p.end - p.start == 1


_SPAN_MODIFIER_POS = ("n", "nz", "vn", "j", "b")  # 木船/n|制作/vn|历史: the span's modifiers
_MAX_SPAN_WORDS = 4


def _span_after(pieces: list[Piece], last: int, text: str) -> str:
    """400多年|历史, 300多年|木船|制作|历史: a duration right before a noun phrase headed by a
    noun naming a span of time measures it (nouns and verbal nouns before the head)."""
    k = last
    while k < len(pieces) and k - last < _MAX_SPAN_WORDS and not pieces[k].role:
        if not pieces[k].pos.startswith(NOUN_POS):
            return ""
        w = _word(text, pieces[k])
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        goes_on = nxt is not None and (
            _compound_goes_on(pieces, k + 1) or (not nxt.role and nxt.pos.startswith(NOUN_POS))
        )  # 历史|街区/s: the span noun is a modifier
        if _spans_time(w) and not goes_on:
            return text[pieces[last].start : pieces[k].end]
        if pieces[k].pos not in _SPAN_MODIFIER_POS:
            return ""
        k += 1
    return ""


_PARTITIVES = ("之一",)  # one of (N项重大工程之一的X): what the N count stands before it


def _time_modified_noun(clause: list[Piece]) -> bool:
    """N个|未来/t|产业|组成的…: a time word before a noun inside the clause is the noun's
    modifier (未来产业), so the clause opens with a noun phrase, counted itself."""
    return len(clause) > 1 and clause[0].pos == "t" and clause[1].pos in _PLAIN_NOUN_POS


def _descriptive_phrase(p: Piece, text: str) -> bool:
    """形式多样/l|的, 丰富多彩/i|的: an idiom, or a four-character fixed phrase that ends in no
    compound head and no noun of people (从业人员/l is a noun), describes the thing after its
    的 as an adjective would."""
    w = _word(text, p)
    if p.role or ends_in_head(w) or w.endswith(_PEOPLE_HEADS):
        return False
    return p.pos == "i" or (p.pos == "l" and len(w) == 4)


def _attributive_nouns(clause: list[Piece], text: str) -> bool:
    """区域|适应性|的, 代表性|的: plain nouns ending in a noun of property (stats_attributive_
    suffixes) before 的 modify the noun after it, as an adjective does."""
    return (
        bool(clause)
        and all(p.pos in ("n", "nz") and not p.role for p in clause)
        and len(_word(text, clause[-1])) > 1
        and _word(text, clause[-1]).endswith(_ATTRIBUTIVE_SUFFIXES)
    )


def _relative_after(pieces: list[Piece], last: int, text: str, kind: str) -> str:
    """569个|中断的|通信站: a verb or adjective with its 的 right after the measure is a relative
    clause; what is counted is the noun after the 的."""
    if kind not in ("count", "amount"):
        return ""
    de = next((k for k in range(last, min(last + 4, len(pieces))) if _word(text, pieces[k]) == "的"), None)
    clause = pieces[last:de] if de is not None else []
    descriptive = len(clause) == 1 and _descriptive_phrase(clause[0], text)
    descriptive = descriptive or _attributive_nouns(clause, text)
    if (
        not clause
        or any(p.role or p.pos == "x" for p in clause)
        or (clause[0].pos.startswith(NOUN_POS) and not _noun_and_adjective(clause) and not descriptive)
        or _time_modified_noun(clause)
    ):
        return ""  # 3处|泥石流，凶猛的水流: a noun right after the measure is counted itself
    if any(_word(text, p) in _PARTITIVES for p in clause):
        return ""  # N项|重大工程|之一|的…: one of the things counted, which stay the object
    if not descriptive and not any(p.pos in ("v", "a", "ad") for p in clause):
        return ""  # 1566个|超期运行的|气象观测装备: a clause with a verb or an adjective
    if ends_in_head_word(pieces, [(p.start, p.end) for p in clause], text):
        return ""  # 12个|集中安置点的|水电网: a compound ending in its head is counted itself
    nxt = pieces[de + 1] if de is not None and de + 1 < len(pieces) else None
    if de is None or nxt is None or nxt.role:
        return ""
    if not nxt.pos.startswith(NOUN_POS) and not (descriptive and _verb_compound(pieces, de + 1, text)):
        return ""  # (after a descriptive phrase a verb may open the compound: 形式多样的|庆祝|活动)
    if nxt.pos == "vn" and clause[-1].pos in _PLAIN_NOUN_POS:
        return ""  # N个|新|园区|的|建设: the things, not the activity (`_activity_of`)
    return object_after(pieces, de + 1, text, set(), kind)


def _unless_position(st: Found, pieces: list[Piece], text: str, obj: str) -> str:
    """The relative phrase read before a count, unless it ends in a locative word of two
    characters or more (地质灾害点|附近|的|25户, 水库|周边|的|30户): that phrase says where the
    counted things are, not what they are, so the count is left to its neighbours (25户57名村民)."""
    if st.kind != "count" or not obj:
        return obj
    at = text.rfind(obj, 0, st.start)
    end = at + len(obj) if at >= 0 else -1
    last = next((p for p in pieces if p.end == end and not p.role), None)
    if last is not None and last.pos == "f" and last.end - last.start > 1:
        return ""
    return obj


_SOURCES = frozenset(lexicons.words("stats_source_verbs"))  # 来自, 源自: where people come from
_ORIGIN_REACH = 12  # pieces read back from the 的 to the verb of origin


def _origin_clause(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether a people count stands right after the 的 of a clause a verb of origin opens in
    the same clause (stats_source_verbs: 来自N个国家和地区的|N人): the clause says where the people
    come from, so its last noun (地区) is a modifier, not who is counted."""
    de = st.pieces[0] - 1
    if st.unit not in _PEOPLE_UNITS or de < 1 or _word(text, pieces[de]) != "的":
        return False
    return word_back(pieces, de - 1, de - _ORIGIN_REACH, text, _SOURCES) is not None


def _fallback(st: Found, pieces: list[Piece], text: str) -> str:
    """The object of a statistic with nothing counted after it; a people count after a clause
    of origin (`_origin_clause`) is named by its verb only."""
    first = st.pieces[0]
    if _origin_clause(st, pieces, text):
        return action_of(pieces, st, text)
    obj = _unless_position(st, pieces, text, relative_before(pieces, first, text, st.kind))
    if not obj and st.kind in ("amount", "percent", "fraction", "ratio", "count"):
        obj = subject_before(pieces, first, text, st.kind)
        if st.unit in _PEOPLE_UNITS and obj.endswith(_SETTLEMENT_ENDS):
            obj = ""  # 某某社区|已经有|N人|外出务工: where the people live (`_unless_place`)
    if not obj and st.kind == "frequency":
        obj = _frequency_metric(st, pieces, text)
    if not obj and (st.unit in _ACTION_UNITS or st.kind == "frequency"):
        obj = action_of(pieces, st, text)
    return obj


def _frequency_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """访问|次数|N余次, 点击量|已经|超过N次: a frequency after a metric noun of counting
    (stats_metric_nouns, or a noun ending in 量 and the like) measures it, as an amount does; a
    subject that names no metric is the agent of the repeated action (action_of reads that)."""
    first = st.pieces[0]
    obj = _metric_before(pieces, first, text) or subject_before(pieces, first, text, "amount")
    return obj if obj.endswith(_METRIC) or (len(obj) > 1 and obj.endswith(_METRIC_ENDINGS)) else ""


def _noun_next(pieces: list[Piece], last: int) -> bool:
    """A noun right after the figure, or a distinguishing word and its noun (80%以上|县级|行政区域);
    not a verbal noun before a verb (由60%|统一/vn|提高到…: it says how the figure changes)."""
    k = last + 1 if last < len(pieces) and pieces[last].pos == "b" and not pieces[last].role else last
    return (
        k < len(pieces)
        and not pieces[k].role
        and pieces[k].pos.startswith(NOUN_POS)
        and not _adverbial(pieces, k)
    )


def _adverbial(pieces: list[Piece], k: int) -> bool:
    """A verbal noun right before a verb (统一/vn|提高, 全面/ad…): the manner of the predicate."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return pieces[k].pos == "vn" and nxt is not None and not nxt.role and nxt.pos == "v"


def _after_noun_or_de(pieces: list[Piece], last: int, text: str) -> bool:
    return _noun_next(pieces, last) or (last < len(pieces) and _word(text, pieces[last]) == "的")


def _quasi_object(st: Found, pieces: list[Piece], text: str) -> str:
    """5省: the unit is the noun (object empty); 9省（区、市）: the bracketed list completes it."""
    last = st.pieces[-1] + 1
    if last < len(pieces) and _word(text, pieces[last])[:1] in _OPEN_B:
        out: list[_Span] = [(st.end - len(st.unit or ""), st.end)]
        if _bracketed(pieces, last, text, out) is not None:
            return text[out[0][0] : out[-1][1]]
    return ""


_REGION_WORDS = frozenset(lexicons.words("stats_region_words"))  # 地区, 地带: part of a place
_SETTLEMENT_ENDS = tuple(lexicons.words("ner_admin_ends"))  # 村, 社区, 镇: where people live


def _unless_place(pieces: list[Piece], st: Found, text: str) -> str:
    """The people read before a people count (`object_before`), unless the phrase says where
    they are: a region noun alone (stats_region_words: 某地|地带|N万人, the rest of a place's
    name) or a phrase ending in a locative word (stats_locatives: 控制的|区域|内|N人). The count
    is then left to the people's noun or verb after it. So it is after a phrase ending in a
    division or settlement (ner_admin_ends: 某某社区|已经有|N人|外出务工, 这个|村|N人): the people
    of a place, with no noun of their own."""
    obj = object_before(pieces, st.pieces[0], text, st.kind, events=False, people=True)
    k = st.pieces[0] - 1
    located = bool(obj) and k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _LOCATIVES
    return "" if obj in _REGION_WORDS or located or obj.endswith(_SETTLEMENT_ENDS) else obj


def _people_noun_after(pieces: list[Piece], last: int, text: str, kind: str) -> str:
    """The noun phrase after a people measure, unless it names what they need (`unless_need`)."""
    return unless_need(object_after(pieces, last, text, set(), kind))


_VERBAL_POS = ("v", "vn")


def _verb_phrase_after(pieces: list[Piece], last: int, text: str, obj: str) -> bool:
    """Whether the object read right after the measure is a verb and verbal nouns only, two
    words or more (近300辆|投入|应急|救援): no noun is counted there, the phrase is the predicate of
    what the count's noun before it names."""
    if not obj or last >= len(pieces) or not text.startswith(obj, pieces[last].start):
        return False
    end = pieces[last].start + len(obj)
    run = [p for p in pieces[last:] if p.end <= end]
    return (
        len(run) > 1
        and run[-1].end == end
        and run[0].pos == "v"
        and all(not p.role and p.pos in _VERBAL_POS for p in run)
    )


def _bare_people(pieces: list[Piece], last: int, text: str, obj: str) -> str:
    """A count with no measure word before a noun naming people (stats_people_heads) and more
    words that name none, opened by a word that is no noun (11万多|群众|出行/b|难题): the people are
    what is counted, the words after them what they have; else the object given (a noun right
    after the first makes a compound with it: 水生|生物)."""
    if not obj or last >= len(pieces) or not text.startswith(obj, pieces[last].start):
        return obj
    first = pieces[last]
    end = first.start + len(obj)
    rest = [p for p in pieces[last + 1 :] if p.end <= end]
    if first.role or first.pos != "n" or not _word(text, first).endswith(_PEOPLE_HEADS) or not rest:
        return obj
    if any(p.role or _word(text, p) in _CONJ or _word(text, p).endswith(_PEOPLE_HEADS) for p in rest):
        return obj  # 群众|和|志愿者, 农民|工人: more people
    if rest[0].pos.startswith(NOUN_POS):
        return obj  # 水生|生物: a noun right after it makes one compound with it
    return _word(text, first)


def object_of(
    st: Found, pieces: list[Piece], text: str, age_pieces: set[int], notice: Callable[[], str]
) -> str:
    """What a statistic counts, by its kind: for a duration only a noun after its 的; a noun
    right after a percent or fraction; the people before 人; else the noun after the measure
    (or after its 的), else (in a notice list: `notice`) the heading's noun, else the noun
    before the number, else the subject the number completes or the verb of the people."""
    last = st.pieces[-1] + 1
    if st.unit in P.QUASI_MEASURES:
        return _quasi_object(st, pieces, text)
    if pieces[st.pieces[-1]].role == P.ROLE_BIG:  # 三大|产业, 十大|核心商圈: the category after
        k = last
        while k < len(pieces) and not pieces[k].role and (
            pieces[k].pos in _PLAIN_NOUN_POS or (k > last and _after_property_word(pieces, k, text))
        ):
            if k > last and _verb_as_noun(_word(text, pieces[k])):
                break  # 三大|标志性战役|造林/n|种草/n: a verb jieba lists as a noun is the predicate
            k += 1  # plain nouns only: 三大产业|融合发展
        if k - 1 > last and _word(text, pieces[k - 1]) in _METRIC:
            k -= 1  # 八大产业集群|产值
        return text[pieces[last].start : pieces[k - 1].end] if k > last else ""
    if st.kind == "amount" and _is_distance(pieces, st.pieces[0], text):
        return ""
    if st.kind == "amount" and last < len(pieces) and _word(text, pieces[last]) in _POSITIONS:
        return ""  # 附近25公里处, 110多公里外的医院: a position, not a measured thing
    if st.unit == _TIER:  # 乡村|两级, 区、镇、村|三级: the tiers are named before
        # a fraction of a 级 is a magnitude (某县|6.8级|地震), no count of tiers: what it measures follows
        tiers = "" if "." in text[st.start : st.end] else _tiers_before(pieces, st.pieces[0], text)
        return tiers or object_after(pieces, last, text, set(), st.kind)  # 218级|藤梯
    if st.kind == "duration":  # else context_objects.duration_subject
        return _after_de(pieces, last, text, st.kind) or _span_after(pieces, last, text)
    if st.kind in ("percent", "fraction", "ratio") and not _after_noun_or_de(pieces, last, text):
        if (c := comparative_before(pieces, st.pieces[0] - 1, text, base_only=True)) is not None:
            # 快于|商品零售额|N个百分点: the compared base; what is compared stands before the
            # verb (出口增速|快于|进口), or a bare rate noun there (增速|高于) leaves it to the clause before
            return _compared_rate(pieces, c, text)
        return _metric_before(pieces, st.pieces[0], text) or _fallback(st, pieces, text)
    if st.kind in ("percent", "fraction", "ratio"):
        # a noun right after (一多半居民), after 的 (95%以上的产品), else the subject
        ok = _noun_next(pieces, last)
        obj = (
            object_after(pieces, last, text, set(), st.kind) if ok else _after_de(pieces, last, text, st.kind)
        )
        if (obj in _TARGETS and not ok) or _at_level(obj, st, pieces, text):
            obj = ""  # 效率|提升|30%的|目标: the target is the change aimed at; what changes is the subject
        return obj or _fallback(st, pieces, text)
    if st.unit in _PEOPLE_UNITS:
        return (
            _unless_place(pieces, st, text)
            or _after_de(pieces, last, text, st.kind)  # 共8755人的|应急抢险队伍
            or (noun_after_people(pieces, last, text) and _people_noun_after(pieces, last, text, st.kind))
            or _fallback(st, pieces, text)
        )
    nxt_text = _word(text, pieces[last]) if last < len(pieces) else ""
    if st.kind == "age" and nxt_text == "的":
        return ""
    if st.kind == "age":
        last = past_age_range(pieces, last, text)  # 70岁|及以上|老年人
    obj = _relative_after(pieces, last, text, st.kind)
    obj = obj or object_after(pieces, last, text, age_pieces - set(st.pieces), st.kind)
    if st.kind == "count" and st.unit not in _EVENT_MEASURES and _verb_phrase_after(pieces, last, text, obj):
        # 运输设备|近300辆|投入|应急|救援: the verb phrase is the predicate of the things before
        obj = object_before(pieces, st.pieces[0], text, st.kind, events=False) or obj
    if st.kind == "count" and not st.unit:
        obj = _bare_people(pieces, last, text, obj)  # 11万多|群众|出行|难题: the people are counted
    obj = obj or (_after_de(pieces, last, text, st.kind) if st.kind != "age" else "")
    level = _at_level(obj, st, pieces, text) and not _counted_records(st, obj, text)
    if st.kind in ("amount", "count") and level:
        obj = ""  # 总产值|突破1000亿元|大关: the level reached; the figure measures the subject before
    if obj:
        return obj
    before = text[st.start - 1] if st.start > 0 else ""
    after = text[st.end] if st.end < len(text) else ""
    if before == "(" and after == ")":
        return notice()  # 城东区(1个): the noun of the notice list's heading
    if st.kind in ("count", "amount", "age"):
        events = st.kind == "amount" or st.unit in _EVENT_MEASURES
        obj = object_before(pieces, st.pieces[0], text, st.kind, events, bare=not st.unit)
    if st.kind == "amount" and not obj:
        obj = _metric_before(pieces, st.pieces[0], text) or activity_of_amount(st, pieces, text)
    return obj or (_fallback(st, pieces, text) if st.kind != "age" else "")
