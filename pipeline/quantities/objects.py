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
from pipeline.nlp import number_patterns as P
from pipeline.quantities.pieces import Found, Piece

NOUN_POS = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "j", "l", "eng", "s")
_MOD_POS = ("a", "b", "ag", "v")  # modifiers kept only right before a noun
_CLAUSE_POS = ("v", "vd", "b", "a", "an", "ad", "d")  # what a relative clause has (贸易伙伴 has none)
_NAME_POS = ("nr", "ns", "nt", "nrt", "nz")
_OPEN_Q, _CLOSE_Q = "“‘《「『", "”’》」』"
_PREDICATE_FOLLOWERS = "的，,。；;、！？!?)）"  # what may follow an object that ends in a verbal noun
_CONJ = lexicons.words("stats_conjunctions")
_AGE_LINKS = lexicons.words("stats_age_links")
_NOMINAL_VERBS = lexicons.words("stats_nominal_verbs")
_OBJECT_STOP = lexicons.words("stats_object_stops")
_PEOPLE_UNITS = ("人", "人次")  # the measure already names people: 3人有序协作 counts no 有序
# nouns that name what is measured about a thing (降雨量, 总数, 密度): a count's object stops
# before one (4个乡镇|降雨量); an amount's object is one (年产值|300多亿元)
_METRIC = lexicons.words("stats_metric_nouns")
_LOCATIVES = lexicons.words("stats_locatives")  # 1公里范围内: the object is 范围
_OPEN_B, _CLOSE_B = "（(", "）)"
_INNER_POS = ("vn", "l", "j", "a", "b", "an")  # inside a compound before its head noun
_RUN_POS = (*NOUN_POS, "a", "b")  # what a noun phrase read backwards is made of
_ADVERB_POS = ("d", "ad", "vd", "ul", "zg")
_RELATIVE_POS = ("n", "v", "vn", "a", "ad", "d", "f", "m", "q", "b", "l", "j", "an")  # 连续就业3个月以上的
_PREDICATE_WORDS = lexicons.words("stats_predicate_words")
_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":")
_CAUSES = ("因",)
_EVENT_MEASURES = lexicons.words("stats_event_measures")  # 演出5603场  # 因灾死亡15人
_METRIC_VERBS = lexicons.words("stats_metric_verbs")  # 年增收超过3000元
_PERIODS = lexicons.words("stats_period_words")  # 年, 人均
_RELATIONAL = lexicons.words("stats_relational_modifiers")  # 厨具|相关|专利
_COMPARE = ("比", "较")  # 比以往缩短了一半, 较去年同期提高: the comparison is read past
# people and households counted by what they do or get (28人报名, 恢复供电4.8万户)
_ACTION_UNITS = ("人", "名", "位", "人次", "户")
_TIER = "级"  # 乡村两级: tiers (stats_tier_nouns)
_HEADS = tuple(lexicons.words("stats_compound_heads"))
_PLAIN_NOUN_POS = ("n", "nz", "ng", "nr", "nrt", "ns", "nt", "s")
_SCOPES = lexicons.words("stats_scope_words")  # 全村200多户: a scope, not what is counted
_VERB_COMPOUND_POS = ("v", "vn", "n", "nz", "a", "b", "l", "j", "d")  # 新开工/改造/小区, 直办/服务
_TIER_NOUNS = tuple(lexicons.words("stats_tier_nouns"))
_METRIC_ENDINGS = tuple(lexicons.words("stats_metric_suffixes"))
_DISTANCE = lexicons.words("stats_distance_words")  # 距离贵阳机场15公里: no object
_Span = tuple[int, int]


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def _past_rate(pieces: list[Piece], j: int, text: str) -> int:
    """每小时|50吨, 每天|3000人次: the index of the rate frame before pieces[j] (j if none)."""
    if j >= 2 and _word(text, pieces[j - 2]) in ("每",) and not pieces[j - 1].role:
        return j - 2
    if j >= 1 and not pieces[j - 1].role and len(w := _word(text, pieces[j - 1])) == 2 and w[0] == "每":
        return j - 1  # 每秒|16公斤
    return j


def _through(pieces: list[Piece], i: int, close: int, out: list[_Span]) -> int | None:
    """Pieces i.. up to the piece holding the closing mark at ``close`` as one span of the
    object; the index after it (None when the mark was not found or ends the sentence)."""
    if close < 0:
        return None
    k = i
    while k < len(pieces) and pieces[k].end <= close:
        k += 1
    if k >= len(pieces):
        return None
    out.append((pieces[i].start, pieces[k].end))
    return k + 1


def _quoted(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int | None:
    """A quotation or title as one piece of the object (“送餐快递员”队伍); the index after it."""
    p = pieces[i]
    close = text.find(_CLOSE_Q[_OPEN_Q.index(text[p.start])], p.start + 1, pieces[-1].end)
    return _through(pieces, i, close, out)


def _noun_like(pieces: list[Piece], i: int, w: str, out: list[_Span]) -> bool:
    p, n = pieces[i], len(pieces)
    # a stray q is a noun suffix jieba split off (管控/组, 封/控组)
    return (
        p.pos.startswith(NOUN_POS)
        or (p.pos == "q" and ((i + 1 < n and pieces[i + 1].pos.startswith(NOUN_POS)) or bool(out)))
        or (w in _NOMINAL_VERBS and bool(out))
    )


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


def _verb_compound(pieces: list[Piece], i: int, text: str) -> bool:
    """Whether the verb at pieces[i] modifies a compound head a few words on (快递|转运|中心,
    救助|补助|资金), rather than being the predicate (区县|出现|暴雨)."""
    if _word(text, pieces[i]) in _PREDICATE_WORDS:
        return False  # 26个省份|实现|省级平台…: a predicate word is no part of a compound
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if nxt is not None and not nxt.role and nxt.pos == "n" and nxt.end - nxt.start == 1:
        return True  # 脱贫|县, 受灾|户: a verb and a one-character noun make one word
    for k in range(i + 1, min(i + 4, len(pieces))):
        p = pieces[k]
        if p.role or not p.pos.startswith(_VERB_COMPOUND_POS) or (k == i + 1 and p.pos in ("a", "b")):
            return False  # 方面|部署|重大任务: a modifier right after the verb opens its object
        if _word(text, p).endswith(_HEADS):
            return True
    return False


def _has_noun(pieces: list[Piece], out: list[_Span]) -> bool:
    starts = {a for a, _ in out}
    return any(p.start in starts and p.pos.startswith(_PLAIN_NOUN_POS) for p in pieces)


def _verb_between_nouns(pieces: list[Piece], i: int, text: str) -> bool:
    """社区养老|助|餐点, 新增|就业|岗位: a verb after a noun, a time word or a predicate word is
    inside the compound; after an adverb it is the predicate (紧急|预拨|资金)."""
    before = pieces[i - 1] if i > 0 else None
    return (
        pieces[i].pos == "v"
        and _word(text, pieces[i]) not in _PREDICATE_WORDS
        and before is not None
        and not before.role
        and (before.pos.startswith((*NOUN_POS, "t")) or _word(text, before) in _PREDICATE_WORDS)
    )


def _ends_in_head(out: list[_Span], text: str) -> bool:
    """Whether the object read so far is a complete compound (刷业发展基金|帮助企业)."""
    return bool(out) and text[out[-1][0] : out[-1][1]].endswith(_HEADS)


def _bracketed(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int | None:
    """A bracketed list completing the noun before it (省（区、市）, 街道（乡镇）); the index after."""
    p = pieces[i]
    close = text.find(_CLOSE_B[_OPEN_B.index(text[p.start])], p.start + 1, min(pieces[-1].end, p.start + 12))
    return _through(pieces, i, close, out)


def _step(
    pieces: list[Piece], i: int, text: str, kind: str, out: list[_Span], loose: bool = False
) -> int | None:
    """Take piece i into the object and give the next index, or None where the object ends;
    `loose` (after 的) lets a verb inside a compound (应急抢险队伍)."""
    p = pieces[i]
    w = _word(text, p)
    if p.role or w in _OBJECT_STOP or (out and w in _PREDICATE_WORDS):
        return None  # 清洁电能|稳定输送到全国
    if p.pos == "i" and len(w) >= 4 and out and not _compound_goes_on(pieces, i + 1):
        return None  # a four-character idiom after the noun is the predicate (展翅欲飞)
    if out and kind == "count" and w in _METRIC:
        return None  # 4个乡镇|降雨量超过400毫米
    if w and w[0] in _OPEN_Q:
        return _quoted(pieces, i, text, out)
    if w and w[0] in _OPEN_B and out:
        return _bracketed(pieces, i, text, out)
    nxt_p = pieces[i + 1] if i + 1 < len(pieces) else None
    if p.pos == "vn" and out and nxt_p is not None and not nxt_p.role and nxt_p.pos in ("a", "b"):
        return None  # 方面|部署|重大任务: a verbal noun before a modified noun is the predicate
    if (
        p.pos == "vn"
        and _ends_in_head(out, text)
        and not w.endswith(_HEADS)  # 特色服务|活动: a head noun goes on
        and not _verb_compound(pieces, i, text)
    ):
        return None  # 产品|销往海外: after a complete compound a verbal noun is the predicate
    if _noun_like(pieces, i, w, out) or (p.pos == "h" and _before_noun(pieces, i)):  # 非|遗
        out.append((p.start, p.end))
        return i + 1
    if (
        p.pos == "v"
        and kind != "age"
        and (out or kind != "amount")  # 徒步12公里|进村: a distance's purpose
        and not _ends_in_head(out, text)
        and _verb_compound(pieces, i, text)
    ):
        out.append((p.start, p.end))
        return i + 1
    if p.pos in _MOD_POS and (
        _before_noun(pieces, i, text) or (p.pos != "v" and _compound_goes_on(pieces, i + 1))
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
        and (nxt.pos.startswith(NOUN_POS) or nxt.pos in ("a", "b"))
        and not _has_own_figure(pieces, i + 1)
    ):
        out.append((p.start, p.end))
        return i + 1
    return None


def _bracket_back(pieces: list[Piece], i: int, text: str) -> int | None:
    """The index of the noun before the bracket that closes at pieces[i] (街道|（乡镇）), or None."""
    k = i - 1
    while k > 0 and i - k <= 4 and not pieces[k].role and _word(text, pieces[k])[:1] not in _OPEN_B:
        k -= 1
    if k > 0 and _word(text, pieces[k])[:1] in _OPEN_B and pieces[k - 1].pos.startswith(NOUN_POS):
        return k - 1
    return None


def _has_own_figure(pieces: list[Piece], i: int) -> bool:
    """超6亿件服装、|交易额|超500亿元: the next list item is the subject of its own figure."""
    while i < len(pieces) and not pieces[i].role and pieces[i].pos.startswith(NOUN_POS):
        i += 1
    return i < len(pieces) and bool(pieces[i].role)


def _drop_predicate(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int:
    """A verbal or adjectival noun at the end, followed by more words, is the predicate
    (志愿服务队|活跃在, 党员阿姨|分工明确), not part of the object."""
    while out and i < len(pieces):
        last_piece = next(p for p in pieces if p.start == out[-1][0])
        follow = _word(text, pieces[i])
        if last_piece.pos in ("vn", "an") and follow not in _PREDICATE_FOLLOWERS and len(out) > 1:
            out.pop()
            i = pieces.index(last_piece)
        else:
            break
    return i


def object_after(
    pieces: list[Piece], j: int, text: str, skip: set[int], kind: str, loose: bool = False
) -> str:
    """The counted noun phrase right after the measure (80余名|党员干部和群众)."""
    out: list[_Span] = []
    i, n = j, len(pieces)
    if (
        kind == "amount"
        and i + 1 < n
        and pieces[i].pos.startswith("a")
        and _word(text, pieces[i + 1]) == "的"
    ):
        i += 2  # 20公斤重的弥雾机
    while i < n:
        if i in skip:
            i += 1
            continue
        nxt = _step(pieces, i, text, kind, out, loose)
        if nxt is None:
            break
        i = nxt
    i = _drop_predicate(pieces, i, text, out)
    while out and text[out[-1][0] : out[-1][1]] in _CONJ:
        out.pop()
    if len(out) > 1 and text[out[-1][0] : out[-1][1]] in _LOCATIVES:
        out.pop()  # 1公里|范围内: the place word is no part of the object
    if not out:
        return ""
    out_pos = [p.pos for p in pieces if out[0][0] <= p.start < out[-1][1]]
    if (
        any(pos in _CLAUSE_POS for pos in out_pos)
        and i + 1 < n
        and _word(text, pieces[i]) == "的"
        and _before_noun(pieces, i)
    ):
        # 30个|有影响力的|工业互联网平台, 59名|生活困难的|道德模范: a phrase with a verb or
        # an adjective in it is a relative clause; what is counted is the noun after its 的
        # (a plain noun keeps the count: 4个网格的居民 counts 网格)
        head = object_after(pieces, i + 1, text, skip, kind)
        if head:
            return head
    return text[out[0][0] : out[-1][1]]


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


def object_before(pieces: list[Piece], j: int, text: str, kind: str, events: bool = True) -> str:
    """The noun phrase right before the number (新增高风险区|8个); `events`: a verb after a
    noun modifier may name what is counted (营业性演出|5603场), not for people (因灾死亡|15人)."""
    i = _past_rate(pieces, j, text) - 1
    if kind == "age":
        while i >= 0 and _word(text, pieces[i]) in _AGE_LINKS:
            i -= 1
    end = i
    event = events and end >= 0 and _event_noun(pieces, end, text, kind)
    if end < 0 or (pieces[end].pos in ("vn", "an", "l") and not event):
        return ""  # 已储备|40余人: the word before is the verb, not what is counted
    if event:
        i = end - 1
    if _word(text, pieces[end]) in _SCOPES:
        return ""  # 全村|200多户
    head_at = end - 1 if kind == "count" and end > 0 and _word(text, pieces[end]) in _METRIC else end
    head = _word(text, pieces[head_at]).endswith(_HEADS)  # 社区养老助餐点|总数: the head before it
    while i >= 0 and not pieces[i].role:
        w = _word(text, pieces[i])
        if (pieces[i].pos.startswith(NOUN_POS) and pieces[i].pos not in ("nr", "ns", "nt", "s")) or (
            head and head_at - 2 <= i < head_at and _verb_between_nouns(pieces, i, text)
        ):
            i -= 1  # 社区养老|助|餐点: a verb inside a compound with a head noun
        elif w in _RELATIONAL and i < end and i > 0 and pieces[i - 1].pos.startswith(NOUN_POS):
            i -= 1  # 厨具|相关|专利
        elif w and w[0] in _CLOSE_B and i > 1 and (back := _bracket_back(pieces, i, text)) is not None:
            i = back  # 街道（乡镇）|区域…: a bracketed alternative inside the compound
        else:
            break
    if i >= 0 and pieces[i].role == P.ROLE_UNIT:
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    metric = _word(text, pieces[end]) in _METRIC
    if metric and i == end - 1 and i > 0 and _verb_of_metric(pieces[i], text) and not pieces[i - 1].role:
        i -= 1  # 小麦|种植|面积|约8500万亩: the verb names the metric, the nouns before it go on
        while i >= 0 and not pieces[i].role and pieces[i].pos in ("n", "nz", "ng"):
            i -= 1  # not a place before it (河南|小麦种植面积)
    while (
        i < end
        and pieces[i + 1].pos in ("vn", "an")
        and not (i >= 0 and pieces[i].pos in ("m", "q", "mq"))
        and not (metric and kind == "amount")  # 旅游|收入: the activity names the income
    ):
        i += 1  # 排查|车辆120辆: a leading verbal noun is the action (多支|救援力量: a modifier)
    if i == end:
        return ""
    if i >= 0 and pieces[i].role == P.ROLE_UNIT:
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    if (
        i >= 0
        and pieces[i].pos in _NAME_POS
        and not pieces[i].role
        and pieces[end].end - pieces[i + 1].start == 1
    ):
        # 代尔祖尔省|两处: the tail of a name is no object; but a whole noun after a word
        # jieba mistakes for a name is (惠及/ns 居民|5000余户)
        return ""
    if i >= 0 and pieces[i].pos in ("a", "b", "ad") and not pieces[i].role:
        i -= 1  # 低风险区, 直接经济损失
    while i + 1 < end and _word(text, pieces[i + 1]) in _SCOPES:
        i += 1  # 全市|地区生产总值
    if kind == "count" and end > i + 1 and _word(text, pieces[end]) in _METRIC:
        end -= 1  # 社区养老助餐点|总数超2000个
    return text[pieces[i + 1].start : pieces[end].end]


def _after_de(pieces: list[Piece], last: int, text: str, kind: str) -> str:
    """N unit 的 NP: the NP after 的 (100多亿元的产值, 50多平方公里的小镇, 95%以上的产品); not a
    frame (在…355个的基础上) and, for a duration, only an activity (3年多的发展)."""
    if last + 1 >= len(pieces) or _word(text, pieces[last]) != "的" or pieces[last + 1].role:
        return ""
    obj = object_after(pieces, last + 1, text, set(), kind, loose=True)
    if not obj:
        return ""
    obj_end = text.find(obj, pieces[last + 1].start) + len(obj)
    after = next((_word(text, p) for p in pieces if p.start == obj_end), "")
    if after in _LOCATIVES:
        return ""  # 在…的基础上: a frame, not what is counted
    if kind == "duration" and not any(p.end == obj_end and p.pos == "vn" for p in pieces):
        return ""  # 两天两夜的K396次列车: the duration is the train's; 3年多的发展 is counted
    return obj


def _skip_back(pieces: list[Piece], i: int, text: str, words: tuple[str, ...]) -> int:
    """The index before the adverbs and `words` that end at pieces[i]."""
    while i >= 0 and not pieces[i].role and (pieces[i].pos in _ADVERB_POS or _word(text, pieces[i]) in words):
        i -= 1
    return i


def _noun_run_before(pieces: list[Piece], end: int, text: str, kind: str) -> str:
    """The noun phrase ending at pieces[end], read back over nouns, compound-inner words and
    list marks (休闲公园、城市森林); a count drops a metric noun at its end (刷毛|密度)."""
    if end < 0 or pieces[end].role or not pieces[end].pos.startswith(NOUN_POS) or pieces[end].pos == "j":
        return ""
    w = _word(text, pieces[end])
    if len(w) == 1 and w in _METRIC_ENDINGS and end > 0 and _verb_of_metric(pieces[end - 1], text):
        # 小麦|收割|率: a metric ending after a verb; the nouns before the verb go with it
        return _noun_run_before(pieces, end - 2, text, kind) + text[pieces[end - 1].start : pieces[end].end]
    i = end
    while i > 0 and not pieces[i - 1].role:
        w = _word(text, pieces[i - 1])
        if len(w) == 1 and pieces[i - 1].pos == "v" and i > 1 and _word(text, pieces[i - 2]) in _PERIODS:
            i -= 1  # 人均|可|支配收入: a per-head metric
            continue
        if w in _PREDICATE_WORDS or w in _SCOPES:
            break
        if pieces[i - 1].pos.startswith(_RUN_POS) or (
            (w in _CONJ or w in _RELATIONAL) and i - 2 >= 0 and pieces[i - 2].pos.startswith(NOUN_POS)
        ):
            i -= 1
        else:
            break
    while i < end and (
        (kind == "count" and pieces[i].pos in ("vn", "an") and pieces[end].end - pieces[i + 1].start > 1)
        or _word(text, pieces[i]) in _CONJ
        or (i > 0 and pieces[i - 1].pos == "m")  # 10|月份|全社会用电量: a time after a numeral
    ):
        i += 1  # a count's leading verbal noun is the action (排查|车辆); 生产时间 is measured
    if kind == "count" and end > i and _word(text, pieces[end]) in _METRIC:
        end -= 1  # 社区养老助餐点|总数
    if i == end and _word(text, pieces[end]) in _SCOPES:
        return ""  # 全村|共有168户: a scope alone is no object
    if (
        kind == "count"
        and i == end
        and i > 1
        and _word(text, pieces[end]) in _METRIC
        and _word(text, pieces[i - 1]) == "的"
    ):
        return _noun_run_before(pieces, i - 2, text, kind)  # 重点村和重点镇的|数量: whose number
    if (
        i == end
        and i > 0
        and _word(text, pieces[end]) in _METRIC
        and _verb_of_metric(pieces[i - 1], text, i - 1 == 0 or _word(text, pieces[i - 2]) in _CLAUSE_MARKS)
    ):
        i -= 1  # 招聘|人数, 务工|规模, ，累计|雨量: the verb names what the metric counts
    return text[pieces[i].start : pieces[end].end]


def _verb_of_metric(p: Piece, text: str, clause_start: bool = False) -> bool:
    """A verb naming what a metric counts; a predicate word only where it opens the clause."""
    return not p.role and p.pos == "v" and (clause_start or _word(text, p) not in _PREDICATE_WORDS)


def _frame_start(pieces: list[Piece], a: int, end: int, text: str) -> bool:
    return _word(text, pieces[a]) in _PREDICATE_WORDS and _time_frame(pieces, a, end, text) == a


def subject_before(pieces: list[Piece], j: int, text: str, kind: str) -> str:
    """What an amount or a percent measures: the subject of the clause the number completes,
    read back over predicate words (年产值|达到了|300多亿元, 订单|同比下降了|50%)."""
    j = _past_rate(pieces, j, text)
    if j >= 2 and _word(text, pieces[j - 1]) == "的":  # 年收入|从2016年的|1.6万元
        a = max(0, j - 6)
        while a < j - 1 and not _frame_start(pieces, a, j - 2, text):
            a += 1
        j = a + 1 if a < j - 1 else j
    i = _skip_back(pieces, j - 1, text, _PREDICATE_WORDS)
    after_marker = j < len(pieces) and pieces[j].role == P.ROLE_PRE
    if i == j - 1 and not (kind == "amount" and after_marker and i > 0 and _verb_of_metric(pieces[i], text)):
        return ""  # 小麦|收获|超7400万亩: a verb of the metric ends the subject
    compare = next((k for k in range(i, max(i - 4, -1), -1) if _word(text, pieces[k]) in _COMPARE), None)
    if compare is not None:  # 生产时间|比以往|缩短了|一半, 收入|比上年同期|增长5.5%
        i = _skip_back(pieces, compare - 1, text, _PREDICATE_WORDS)
    if kind in ("percent", "fraction", "amount") and i > 0 and _verb_of_metric(pieces[i], text):
        run = _noun_run_before(pieces, i - 1, text, kind)  # 小麦|收获|已过七成: the share done
        return run + _word(text, pieces[i]) if run else ""
    return _noun_run_before(pieces, i, text, kind)


def _time_frame(pieces: list[Piece], a: int, end: int, text: str) -> int | None:
    """Where pieces[a..end] are a time with its frame word (从|2016年, 增加到|2024年, 十年前):
    the index of the first piece; else None."""
    k = end
    while k >= a and not pieces[k].role and pieces[k].pos in ("m", "t", "f", "mq"):
        k -= 1
    if k == end:
        return None
    while k >= a and not pieces[k].role and _word(text, pieces[k]) in _PREDICATE_WORDS:
        k -= 1
    return k + 1 if k < a else None


def relative_before(pieces: list[Piece], j: int, text: str) -> str:
    """X的 N with nothing counted after N: X is what N counts (涉险的136户, 连续就业3个月以上的
    342人, 全国市场份额的40%以上)."""
    i = _skip_back(pieces, j - 1, text, ())
    if i < 1 or _word(text, pieces[i]) != "的":
        return ""
    end = i - 1
    k, verbs = end, 0
    while k >= 0 and (pieces[k].role or pieces[k].pos.startswith(_RELATIVE_POS)):
        verbs += pieces[k].pos == "v" and not pieces[k].role
        if verbs > 1:
            break  # 转移|连续居住3年以上的86人: one verb to a relative clause
        k -= 1
    if k == end or pieces[k + 1].role or _time_frame(pieces, k + 1, end, text) is not None:
        return ""  # 从2021年的|70亿元: a time is no relative clause
    return text[pieces[k + 1].start : pieces[end].end]


def action_of(pieces: list[Piece], st: Found, text: str) -> str:
    """People or times counted with no noun: the verb of what they do (有28人|报名,
    组织167人|撤离; 招聘|6人, 沟通了|20多次)."""
    last = st.pieces[-1] + 1
    if last < len(pieces) and pieces[last].pos == "v" and not pieces[last].role:
        after = pieces[last + 1] if last + 1 < len(pieces) else None
        if after is None or _word(text, after)[:1] in _PREDICATE_FOLLOWERS:
            return _word(text, pieces[last])
    i = _skip_back(pieces, st.pieces[0] - 1, text, ("了",))
    if (
        i >= 0
        and pieces[i].pos in ("v", "vn")
        and not pieces[i].role
        and _word(text, pieces[i]) not in _PREDICATE_WORDS
    ):
        k = (
            i - 2
            if i >= 2 and _word(text, pieces[i - 2]) in _CAUSES and pieces[i - 1].pos.startswith("n")
            else i
        )
        return text[pieces[k].start : pieces[i].end]  # 因|灾|死亡|15人: the cause stays with it
    return ""


def _relative_after(pieces: list[Piece], last: int, text: str, kind: str) -> str:
    """569个|中断的|通信站: a verb or adjective with its 的 right after the measure is a relative
    clause; what is counted is the noun after the 的."""
    if kind not in ("count", "amount"):
        return ""
    de = next((k for k in range(last, min(last + 4, len(pieces))) if _word(text, pieces[k]) == "的"), None)
    clause = pieces[last:de] if de is not None else []
    if not clause or any(p.role or p.pos == "x" for p in clause) or clause[0].pos.startswith(NOUN_POS):
        return ""  # 3处|泥石流，凶猛的水流: a noun right after the measure is counted itself
    if not any(p.pos in ("v", "a", "ad") for p in clause):
        return ""  # 1566个|超期运行的|气象观测装备: a clause with a verb or an adjective
    nxt = pieces[de + 1] if de is not None and de + 1 < len(pieces) else None
    if de is None or nxt is None or nxt.role or not nxt.pos.startswith(NOUN_POS):
        return ""
    return object_after(pieces, de + 1, text, set(), kind)


def _fallback(st: Found, pieces: list[Piece], text: str) -> str:
    """The object of a statistic with nothing counted after it."""
    first = st.pieces[0]
    obj = relative_before(pieces, first, text)
    if not obj and st.kind in ("amount", "percent", "fraction", "ratio", "count"):
        obj = subject_before(pieces, first, text, st.kind)
    if not obj and (st.unit in _ACTION_UNITS or st.kind == "frequency"):
        obj = action_of(pieces, st, text)
    return obj


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
    """距离|贵阳机场|15公里: a distance word right before the place before the number."""
    i = first - 1
    while (
        i >= 0
        and not pieces[i].role
        and pieces[i].pos.startswith(NOUN_POS)
        and _word(text, pieces[i]) not in _DISTANCE
    ):
        i -= 1
    return i >= 0 and i < first - 1 and _word(text, pieces[i]) in _DISTANCE


def _metric_before(pieces: list[Piece], first: int, text: str) -> str:
    """An amount or a percent right after a metric noun measures it (4个乡镇|降雨量|超过400毫米,
    合格率|超98%): stats_metric_nouns, or a noun with a metric ending (stats_metric_suffixes)."""
    i = first - 1
    if i >= 0 and not pieces[i].role and _word(text, pieces[i]) in _METRIC_VERBS:
        k = i - 1 if i > 0 and not pieces[i - 1].role and _word(text, pieces[i - 1]) in _PERIODS else i
        return text[pieces[k].start : pieces[i].end]  # 村民|年|增收|超过3000元
    if i < 0 or pieces[i].role or not pieces[i].pos.startswith(NOUN_POS):
        return ""
    w = _word(text, pieces[i])
    split_ending = (
        i > 0 and not pieces[i - 1].role and pieces[i - 1].pos.startswith((*NOUN_POS, "v"))
    )  # 机收|率
    if w not in _METRIC and not ((len(w) > 1 or split_ending) and w.endswith(_METRIC_ENDINGS)):
        return ""
    run = _noun_run_before(pieces, i, text, "amount")  # 产品合格率
    k = next((k for k, p in enumerate(pieces) if p.start == pieces[i].end - len(run)), i)
    if k > 0 and pieces[k - 1].role == P.ROLE_UNIT:
        return w  # 4个乡镇|降雨量: the nouns before it are the count's
    return run or w


def _after_noun_or_de(pieces: list[Piece], last: int, text: str) -> bool:
    return (
        last < len(pieces)
        and not pieces[last].role
        and (pieces[last].pos.startswith(NOUN_POS) or _word(text, pieces[last]) == "的")
    )


def _quasi_object(st: Found, pieces: list[Piece], text: str) -> str:
    """5省: the unit is the noun (object empty); 9省（区、市）: the bracketed list completes it."""
    last = st.pieces[-1] + 1
    if last < len(pieces) and _word(text, pieces[last])[:1] in _OPEN_B:
        out: list[_Span] = [(st.end - len(st.unit or ""), st.end)]
        if _bracketed(pieces, last, text, out) is not None:
            return text[out[0][0] : out[-1][1]]
    return ""


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
        while k < len(pieces) and not pieces[k].role and pieces[k].pos in _PLAIN_NOUN_POS:
            k += 1  # plain nouns only: 三大产业|融合发展
        if k - 1 > last and _word(text, pieces[k - 1]) in _METRIC:
            k -= 1  # 八大产业集群|产值
        return text[pieces[last].start : pieces[k - 1].end] if k > last else ""
    if st.kind == "amount" and _is_distance(pieces, st.pieces[0], text):
        return ""
    if st.unit == _TIER:  # 乡村|两级, 区、镇、村|三级: the tiers are named before
        tiers = _tiers_before(pieces, st.pieces[0], text)
        return tiers or object_after(pieces, last, text, set(), st.kind)  # 218级|藤梯
    if st.kind == "duration":
        return _after_de(pieces, last, text, st.kind)  # else context_objects.duration_subject
    if st.kind in ("percent", "fraction", "ratio") and not _after_noun_or_de(pieces, last, text):
        return _metric_before(pieces, st.pieces[0], text) or _fallback(st, pieces, text)
    if st.kind in ("percent", "fraction", "ratio"):
        # a noun right after (一多半居民), after 的 (95%以上的产品), else the subject
        ok = last < len(pieces) and pieces[last].pos.startswith(NOUN_POS) and not pieces[last].role
        obj = (
            object_after(pieces, last, text, set(), st.kind) if ok else _after_de(pieces, last, text, st.kind)
        )
        return obj or _fallback(st, pieces, text)
    if st.unit in _PEOPLE_UNITS:
        return (
            object_before(pieces, st.pieces[0], text, st.kind, events=False)
            or _after_de(pieces, last, text, st.kind)  # 共8755人的|应急抢险队伍
            or _fallback(st, pieces, text)
        )
    nxt_text = _word(text, pieces[last]) if last < len(pieces) else ""
    if st.kind == "age" and nxt_text == "的":
        return ""
    obj = _relative_after(pieces, last, text, st.kind)
    obj = obj or object_after(pieces, last, text, age_pieces - set(st.pieces), st.kind)
    obj = obj or (_after_de(pieces, last, text, st.kind) if st.kind != "age" else "")
    if obj:
        return obj
    before = text[st.start - 1] if st.start > 0 else ""
    after = text[st.end] if st.end < len(text) else ""
    if before == "(" and after == ")":
        return notice()  # 小店区(1个): the noun of the notice list's heading
    if st.kind in ("count", "amount", "age"):
        events = st.kind == "amount" or st.unit in _EVENT_MEASURES
        obj = object_before(pieces, st.pieces[0], text, st.kind, events)
    if st.kind == "amount" and not obj:
        obj = _metric_before(pieces, st.pieces[0], text)
    return obj or (_fallback(st, pieces, text) if st.kind != "age" else "")
