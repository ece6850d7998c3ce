"""Word classes and small readers shared by the object finders (`objects`, `subjects`).

POS tag classes of jieba's tag set and the word lists of `pipeline/lexicons/` (stats_*) that
say where an object starts and ends.
"""

from __future__ import annotations

from collections.abc import Collection

from pipeline import lexicons
from pipeline.jieba_dict import word_freqs
from pipeline.quantities.pieces import Piece

NOUN_POS = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "j", "l", "eng", "s")
_MOD_POS = ("a", "b", "ag", "v")  # modifiers kept only right before a noun
_CLAUSE_POS = ("v", "vd", "b", "a", "an", "ad", "d")  # what a relative clause has (贸易伙伴 has none)
_NAME_POS = ("nr", "ns", "nt", "nrt", "nz")
_PREDICATE_FOLLOWERS = "的，,。；;、！？!?)）"  # what may follow an object that ends in a verbal noun
_CONJ = lexicons.words("stats_conjunctions")
_AGE_LINKS = lexicons.words("stats_age_links")
_NOMINAL_VERBS = lexicons.words("stats_nominal_verbs")
_OBJECT_STOP = lexicons.words("stats_object_stops")
_PEOPLE_UNITS = ("人", "人次")  # the measure already names people: 3人有序协作 counts no 有序
_PERSON_MEASURES = ("名", "位")  # measure words for people only: the noun after one names people
_DETERMINERS = frozenset(lexicons.words("stats_determiners"))  # 各类, 各种: every kind of
_LIST_END_PARTICLES = ("等", "等等")  # the particles that close a list of nouns (收割机、烘干机|等)
_ATTRIBUTIVE_SUFFIXES = tuple(lexicons.words("stats_attributive_suffixes"))  # 代表性, 营业性
_DIVISIONS = frozenset(lexicons.words("stats_division_nouns"))  # 16个|方面|重大任务: the parts counted
_PEOPLE_HEADS = tuple(lexicons.words("stats_people_heads"))  # 工作人员, 志愿者: nouns naming people
# nouns naming a body that acts (供应商, 企业), or people: a verb after one is what they do
_AGENT_HEADS = tuple(lexicons.words("stats_agent_heads"))
_ACTOR_HEADS = (*_PEOPLE_HEADS, *_AGENT_HEADS)
_PEOPLE_VERBS = frozenset(lexicons.words("stats_people_verbs"))  # 参赛/n: verbs jieba lists as nouns
# nouns that name what is measured about a thing (降雨量, 总数, 密度): a count's object stops
# before one (4个乡镇|降雨量); an amount's object is one (年产值|300多亿元)
_METRIC = lexicons.words("stats_metric_nouns")
_STATE = frozenset(lexicons.words("stats_state_nouns"))  # 冬小麦|苗情, 乡镇|风力
_STATE_ENDS = tuple(w for w in _STATE if len(w) == 2)  # 身心|状态, 交通|状况: a compound of a state noun


def is_state_noun(w: str) -> bool:
    """Whether w names a state of the things counted (stats_state_nouns: 长势, 状态), or is a
    compound ending in a two-character one (身心状态, 健康状况): it opens what is said of them."""
    return w in _STATE or (len(w) > 2 and w.endswith(_STATE_ENDS))
_LOCATIVES = lexicons.words("stats_locatives")  # 1公里范围内: the object is 范围
_INSIDE = lexicons.words("stats_containment_locatives")  # 2000多亩的农田|里: the NP is measured
_INNER_POS = ("vn", "l", "j", "a", "b", "an")  # inside a compound before its head noun
_RUN_POS = (*NOUN_POS, "a", "b")  # what a noun phrase read backwards is made of
_ADVERB_POS = ("d", "ad", "vd", "ul", "zg")
_RELATIVE_POS = ("n", "v", "vn", "a", "ad", "d", "f", "m", "q", "b", "l", "j", "an")  # 连续就业3个月以上的
_PREDICATE_WORDS = lexicons.words("stats_predicate_words")
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":")
_CAUSES = ("因",)  # 因灾死亡15人: the cause stays with the action
_EVENT_MEASURES = lexicons.words("stats_event_measures")  # 营业性演出5603场
_METRIC_VERBS = lexicons.words("stats_metric_verbs")  # 年增收超过3000元
_PERIODS = lexicons.words("stats_period_words")  # 年, 人均
_RELATIONAL = lexicons.words("stats_relational_modifiers")  # 厨具|相关|专利
_COMPARE = ("比", "较")  # 比以往缩短了一半, 较去年同期提高: the comparison is read past
# people and households counted by what they do or get (28人报名, 恢复供电4.8万户)
_ACTION_UNITS = ("人", "名", "位", "人次", "户")
_TIER = "级"  # 乡村两级: tiers (stats_tier_nouns)
_HEADS = tuple(lexicons.words("stats_compound_heads"))
_FALSE_HEADS = tuple(lexicons.words("stats_false_heads"))  # 重点, 难点: no head of 点
_ZONE = "区"  # 综试|区, 储备|区: a zone's head jieba cut off; 社区, 灾区 are places of two characters


_MEASURE_HEADS = {m: tuple(heads.split()) for m, heads in lexicons.mapping("stats_measure_heads").items()}


def measure_heads(measure: str) -> tuple[str, ...]:
    """The heads a measure word counts (stats_measure_heads: 项|任务, 艘|船); none for another."""
    return _MEASURE_HEADS.get(measure, ())


def ends_in_head(w: str) -> bool:
    """Whether a word ends in a compound head (stats_compound_heads), or is a zone's head: 区 cut
    off alone or ending a word of three characters or more (储备|区, 开发区); not a place of two
    characters (社区, 灾区), which a verb before it takes as where it goes or serves."""
    return w.endswith(_HEADS) or (w.endswith(_ZONE) and len(w) != 2)
_PLAIN_NOUN_POS = ("n", "nz", "ng", "nr", "nrt", "ns", "nt", "s")
_SCOPES = lexicons.words("stats_scope_words")  # 全村200多户: a scope, not what is counted
# words that only close a time phrase (stats_period_openings, kind closer: 时期, 期间, 假期)
PERIOD_CLOSERS = tuple(w for w, kind in lexicons.rows("stats_period_openings") if kind == "closer")
_VERB_COMPOUND_POS = ("v", "vn", "n", "nz", "a", "b", "l", "j", "d")  # 新开工/改造/小区, 直办/服务
_TIER_NOUNS = tuple(lexicons.words("stats_tier_nouns"))
_METRIC_ENDINGS = tuple(lexicons.words("stats_metric_suffixes"))
_CLAUSE_END_MARKS = ("，", ",", "。", "；", ";", "、")
# A headline keeps spaces between its phrases (美某州发生枪击 N人死亡; multi-line headlines are
# joined with a space, GUIDELINES.md): a space piece ends a clause as a comma does, so no object
# is read across it (count_subjects' clause end, context_objects' clause ends).
HEADLINE_BREAK = " "
_DISTANCE = lexicons.words("stats_distance_words")  # 距离新区机场15公里: no object
_POSITIONS = lexicons.words("stats_position_words")  # 附近25公里处: a position, no object
_COMPOSING = ("组成", "构成")  # 由N人|组成|的|队伍, N个村|组成|片区: the parts make the whole
_DIRECTIONS = ("到", "入", "进", "往", "赴", "向")  # 回到, 进入, 前往, 赶赴, 驶向: a verb of motion
_ASPECT = ("了", "着", "过")  # a word before one is a verb (面积|贡献了)


def is_metric_word(w: str) -> bool:
    """A metric noun (stats_metric_nouns) or a word of two characters or more with a metric
    ending (stats_metric_suffixes: 市值, 销售额)."""
    return w in _METRIC or (len(w) > 1 and w.endswith(_METRIC_ENDINGS))


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def word_back(pieces: list[Piece], k: int, stop: int, text: str, words: Collection[str]) -> int | None:
    """The index of the nearest word of `words` read back from pieces[k] to pieces[stop] (both
    included) inside the clause: None where a clause mark or pieces[stop] comes first. One reader
    for the frames found back from a figure (a verb of origin before 的, a comparison verb, the
    preposition opening a compared base)."""
    for i in range(k, max(stop, 0) - 1, -1):
        w = _word(text, pieces[i])
        if not pieces[i].role and w in _CLAUSE_MARKS:
            return None
        if not pieces[i].role and w in words:
            return i
    return None


def _past_rate(pieces: list[Piece], j: int, text: str) -> int:
    """每小时|50吨, 每天|3000人次: the index of the rate frame before pieces[j] (j if none)."""
    if j >= 2 and _word(text, pieces[j - 2]) in ("每",) and not pieces[j - 1].role:
        return j - 2
    if j >= 1 and not pieces[j - 1].role and len(w := _word(text, pieces[j - 1])) in (2, 3) and w[0] == "每":
        return j - 1  # 每秒|16公斤, 每盎司/l|2900美元
    return j


def _skip_back(pieces: list[Piece], i: int, text: str, words: tuple[str, ...]) -> int:
    """The index before the adverbs and `words` that end at pieces[i]."""
    while i >= 0 and not pieces[i].role and (pieces[i].pos in _ADVERB_POS or _word(text, pieces[i]) in words):
        i -= 1
    return i


_LONE_POS = ("b", "i", "l", "j", "z", "v", "vn", "nz")
_LONE_COUNT_POS = ("d",)  # N处|据点/d|。: after a count's measure a word closing its clause is no adverb


_SET_PHRASE_POS = ("i", "l")  # 珍贵文物/i: a set phrase jieba has whole


def _lone_word(pieces: list[Piece], i: int, text: str, kind: str) -> bool:
    """One word right after the measure and before a clause or list mark (or a final 了 before
    one) is what is counted,
    whatever jieba's tag (3台运输车、2台装载机/b、2艘冲锋舟/i; 开展约90场演出/v。; after a count
    also a word jieba's dictionary lists as an adverb: 夺取N处|据点/d|。, as an adverb modifies
    a predicate after it and cannot close the clause after a measure); a set phrase
    (i, l) of a count is one also before the predicate verb (上万件|珍贵文物/i|运抵/v)."""
    if kind not in ("count", "amount") or i + 1 >= len(pieces) or pieces[i].role:
        return False
    w, nxt = _word(text, pieces[i]), pieces[i + 1]
    return (
        (pieces[i].pos in _LONE_POS or (kind == "count" and pieces[i].pos in _LONE_COUNT_POS))
        and len(w) >= 2
        and w not in _PREDICATE_WORDS
        and (
            _word(text, nxt) in _CLAUSE_END_MARKS
            or (kind == "count" and pieces[i].pos in _SET_PHRASE_POS and not nxt.role and nxt.pos == "v")
            or _final_particle(pieces, i + 1, text)
        )
    )


_FINAL_PARTICLES = ("了",)  # 已经有N个|签名/v|了|。: the sentence's particle, the word still ends it


def _final_particle(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is a sentence-final particle right before a clause mark."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        not pieces[k].role
        and _word(text, pieces[k]) in _FINAL_PARTICLES
        and nxt is not None
        and _word(text, nxt) in _CLAUSE_END_MARKS
    )


_RUN_MOD_POS = ("a", "b", "v", "j")  # 美丽/a|休闲/v|乡村, 省级/b|研发/j|机构
# tags jieba gives a noun's first characters where it cut or tagged them badly: a time word (清/t|
# 雪车), a locative (中/f|转库), a numeral word with no figure of its own (千兆/m|城市, 多/m|类型|影片),
# a prefix (非/h|改选|议席); between a measure and its noun they can only modify that noun
_CUT_MOD_POS = ("t", "f", "m", "h")
_RUN_HEAD_POS = ("n", "nz", "ng")  # and verbal nouns after the first (文化/n|活动/vn)
_RUN_MODIFIERS = 3


def _modified_noun_end(pieces: list[Piece], i: int, text: str, kind: str) -> int | None:
    """The end of a noun run after up to three modifiers that the step reader does not pass
    (美丽/a|休闲/v|乡村, 各族/r|各界/r|代表, 省级/b|研发/j|机构) right after a count's measure, where
    the run ends the phrase (a verb, an adverb, a preposition, a clause mark, 的 or nothing after
    it): the measure counts that modified noun. The first modifier may also be a word jieba cut
    or tagged badly (`_cut_modifier`: 清/t|雪车) or 在 and a one-character place (`_place_of_stay`).
    Not for an amount, whose verb right after it is its purpose (3000万元|改造|道路)."""
    if kind != "count":
        return None
    k, n = i, len(pieces)
    if _place_of_stay(pieces, k, text):
        k += 2  # 938位|在/p|韩|志愿军烈士遗骸: where the things are, a modifier of their noun
    while k < n and k - i < _RUN_MODIFIERS and (
        _run_modifier(pieces[k], text) or _cut_modifier(pieces, k, i, text)
    ):
        k += 1
    if k == i:
        return None
    head = k
    while k < n and not pieces[k].role and pieces[k].pos in _RUN_HEAD_POS:
        k += 1
    if k == head:
        return None
    nouns_end = k
    while k < n and not pieces[k].role and pieces[k].pos == "vn":
        k += 1  # 各类|文化|活动/vn: a verbal noun after the noun is its head
    if k > nouns_end and _ends_phrase(pieces, k, text):
        return k
    if _ends_phrase(pieces, nouns_end, text) or k > nouns_end:
        return nouns_end  # 9处|在建|大型|灌区|建设/vn|和: the work on the things is no part of them
    return None


_STAY_PREPOSITIONS = ("在",)  # 在华, 在京: where the things counted are
_ABBREVIATED_PLACE_POS = ("ns", "nr", "nrt", "j", "n")  # 韩/n (retag), 京/j: one-character place


def _place_of_stay(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] (right after a measure) is 在 and a one-character place name after it
    (在华, 在京, 在韩): a set attributive of the noun that follows (30家|在华|外资企业), which jieba
    cuts into a preposition and a name; a whole place word after 在 is a place adverbial
    of the predicate (N人|在|地震中|遇难)."""
    if k + 2 >= len(pieces) or any(p.role for p in pieces[k : k + 3]):
        return False
    place = pieces[k + 1]
    return (
        pieces[k].pos == "p"
        and _word(text, pieces[k]) in _STAY_PREPOSITIONS
        and place.end - place.start == 1
        and place.pos in _ABBREVIATED_PLACE_POS
    )


_PREDICATE_OPENING_POS = ("v", "d", "p")  # 地区|发放, 地区|已/d|发放, 纪录片|将/d|通过/p
_PREDICATE_IDIOM_POS = ("i", "l")  # 流水线|高速运转/l: a four-character predicate jieba has whole
_IDIOM_LENGTH = 4
_NUMERAL_CHARS = frozenset("".join(row[0] for row in lexicons.rows("numerals_characters")) + "几多数半")


def _adverbial_numeral(pieces: list[Piece], k: int, text: str) -> bool:
    """原件|首次/m|在/p|…展出: a word jieba tags m with no numeral character in it, before a verb,
    an adverb or a preposition, is an adverb of the predicate (首次, 首度)."""
    w = _word(text, pieces[k])
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        pieces[k].pos == "m"
        and len(w) >= 2
        and not any(c in _NUMERAL_CHARS or c.isdigit() for c in w)
        and nxt is not None
        and not nxt.role
        and nxt.pos in _PREDICATE_OPENING_POS
    )


def _ends_phrase(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether nothing, a statistic, a verb, an adverb or a preposition (the predicate's first
    word), a four-character predicate idiom, an adverb jieba tags m (首次), a clause mark or 的
    follows pieces[k - 1]."""
    if k >= len(pieces) or pieces[k].role:
        return True
    w = _word(text, pieces[k])
    return (
        pieces[k].pos in _PREDICATE_OPENING_POS
        or w in (*_CLAUSE_END_MARKS, "的", "。")
        or (pieces[k].pos in _PREDICATE_IDIOM_POS and len(w) == _IDIOM_LENGTH)
        or _adverbial_numeral(pieces, k, text)
    )


def _run_modifier(p: Piece, text: str) -> bool:
    """A modifier the run passes: a tagged modifier that is no predicate or stop word, or a
    determiner pronoun (stats_determiners: 各类, 各界)."""
    w = _word(text, p)
    if p.role or w in _PREDICATE_WORDS or w in _OBJECT_STOP:
        return False
    return p.pos in _RUN_MOD_POS or (p.pos == "r" and w in _DETERMINERS)


def _cut_modifier(pieces: list[Piece], k: int, first: int, text: str) -> bool:
    """Whether pieces[k], the first word after the measure (pieces[first]), is a noun's first
    characters under a tag of _CUT_MOD_POS: no predicate or stop word, no figure the readers
    left (594/m|件套), and a one-character locative only where it begins a dictionary word with
    the next character (中/f|转库: 中转; 以/f|市集|为 is a preposition jieba tags f)."""
    p = pieces[k]
    w = _word(text, p)
    if k != first or p.role or p.pos not in _CUT_MOD_POS or w in _PREDICATE_WORDS or w in _OBJECT_STOP:
        return False
    if any(c.isdigit() for c in w):
        return False
    if p.pos == "f" and len(w) == 1:
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        return nxt is not None and not nxt.role and w + _word(text, nxt)[:1] in word_freqs()
    return True


def _tiers_before(pieces: list[Piece], first: int, text: str) -> str:
    """The tier nouns before a count of tiers, with the marks between them (区、镇、村)."""
    i = first - 1
    while i >= 0 and not pieces[i].role:
        w = _word(text, pieces[i])
        if not (w.endswith(_TIER_NOUNS) or (w in _CONJ and i < first - 1)):
            break
        i -= 1
    while i + 1 < first and _word(text, pieces[i + 1]) in _CONJ:
        i += 1
    return text[pieces[i + 1].start : pieces[first - 1].end] if i + 1 < first else ""


def _is_distance(pieces: list[Piece], first: int, text: str) -> bool:
    """距离|新区机场|15公里: a distance word right before the place before the number, or right
    before the number (两村|相距|4公里)."""
    i = first - 1
    while (
        i >= 0
        and not pieces[i].role
        and pieces[i].pos.startswith(NOUN_POS)
        and _word(text, pieces[i]) not in _DISTANCE
    ):
        i -= 1
    if i == first - 1 and i >= 0 and pieces[i].pos.startswith("n"):
        return False  # 换乘|距离/n|小于200米: the noun is a metric, measured
    return i >= 0 and _word(text, pieces[i]) in _DISTANCE


def _noun_and_adjective(clause: list[Piece]) -> bool:
    """A noun and its adjective, with adverbs between (77条|地势较高的|道路): a clause."""
    return len(clause) >= 2 and clause[-1].pos == "a" and all(p.pos in ("d", "ad", "a") for p in clause[1:])
