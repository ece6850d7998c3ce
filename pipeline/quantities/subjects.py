"""Objects read before the number: the subject a figure completes (年产值|达到了|300多亿元),
a relative clause (涉险的|136户), the action of people counted with no noun (有28人|报名),
and the metric noun an amount or a percent measures (合格率|超98%). Used by `objects`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.duration_adverbials import past_time_adverbials
from pipeline.quantities.metric_drop import count_metric_span
from pipeline.quantities.object_parts import cut_tail_opens
from pipeline.quantities.object_words import (
    _CAUSES,
    _CLAUSE_MARKS,
    _COMPARE,
    _CONJ,
    _HEADS,
    _METRIC,
    _METRIC_ENDINGS,
    _METRIC_VERBS,
    _PEOPLE_HEADS,
    _PERIODS,
    _PREDICATE_FOLLOWERS,
    _PREDICATE_WORDS,
    _RELATIONAL,
    _RELATIVE_POS,
    _RUN_POS,
    _SCOPES,
    NOUN_POS,
    _past_rate,
    _skip_back,
    _word,
    is_metric_word,
    word_back,
)
from pipeline.quantities.pieces import Found, Piece


def _numeral(w: str) -> bool:
    """10, 十二: a numeral written out (大宗/m is jieba's tag for a non-numeral too)."""
    return bool(w) and all(c.isdigit() or c in "〇零一二三四五六七八九十百千万亿两" for c in w)


def _noun_run_before(pieces: list[Piece], end: int, text: str, kind: str) -> str:
    """The noun phrase ending at pieces[end], read back over nouns, compound-inner words and
    list marks (休闲公园、城市森林); a count drops a metric noun at its end (刷毛|密度)."""
    if end < 0 or pieces[end].role or not pieces[end].pos.startswith(NOUN_POS) or pieces[end].pos == "j":
        return ""
    if _manner_after_figure(pieces, end):
        return ""  # 由60%|统一/vn|提高到90%: how the figure changes, no subject
    w = _word(text, pieces[end])
    if len(w) == 1 and w in _METRIC_ENDINGS and end > 0 and _names_ending(pieces[end - 1], text):
        # 小麦|收割|率: a metric ending after a verb; the nouns before the verb go with it
        return _noun_run_before(pieces, end - 2, text, kind) + text[pieces[end - 1].start : pieces[end].end]
    i = end
    while i > 0 and not pieces[i - 1].role:
        w = _word(text, pieces[i - 1])
        if len(w) == 1 and pieces[i - 1].pos == "v" and i > 1 and _word(text, pieces[i - 2]) in _PERIODS:
            i -= 1  # 人均|可|支配收入: a per-head metric
            continue
        if (
            (i == end and _verb_in_metric(pieces, i - 1, text))
            or _verb_inside(pieces, i - 1, text)
            or _verb_before_metric_run(pieces, i - 1, end, text)
        ):
            i -= 1  # 经济|增长|贡献率 (a verb before a metric noun), 公路|跨|区域|人员流动量: inside
            continue
        if cut_tail_opens(pieces, i, text):
            i -= 1  # 返青|期|小麦: the word jieba cut the one-character noun from
            continue
        if _inner_metric_ending(pieces, i - 1, end, text):
            i -= 2  # 投资|完成|额|指数: a verb and a metric ending make a metric inside the run
            continue
        if (term := _term_before(pieces, i - 1, text)) is not None:
            i = term  # 10|年期|国债|发行利率: a term is part of the name
            continue
        if _currency_in_run(pieces, i - 1, text):
            i -= 1  # 美元/q|指数: a currency jieba tags a measure word names what the noun is of
            continue
        if w in _PREDICATE_WORDS or _scope_at(pieces, i - 1, text):
            break
        if (
            pieces[i - 1].pos.startswith(_RUN_POS)
            or (w in _PERIODS and len(w) > 1)  # 人均|年收入
            or ((w in _CONJ or w in _RELATIONAL) and i - 2 >= 0 and pieces[i - 2].pos.startswith(NOUN_POS))
        ):
            i -= 1
        else:
            break
    while i < end and (
        (kind == "count" and pieces[i].pos in ("vn", "an") and pieces[end].end - pieces[i + 1].start > 1)
        or _word(text, pieces[i]) in _CONJ
        or (i > 0 and pieces[i - 1].pos == "m" and _numeral(_word(text, pieces[i - 1])))  # 10|月份|全社会…
        or (pieces[i].pos in ("ns", "nt") and not cut_tail_opens(pieces, i + 1, text))  # 江苏|秋粮收获: where
    ):
        i += 1  # a count's leading verbal noun is the action (排查|车辆); 生产时间 is measured
    if kind == "count" and end > i and _word(text, pieces[end]) in _METRIC:
        i, end = count_metric_span(pieces, i - 1, end, text)  # 社区养老助餐点|总数, 参保|人数 stays
        i += 1
    if i == end and (_word(text, pieces[end]) in _SCOPES or pieces[end].pos == "s"):
        return ""  # 全村|共有168户, 村里|有128户: a scope or a place word alone is no object
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


def _inner_metric_ending(pieces: list[Piece], k: int, end: int, text: str) -> bool:
    """完成|额 inside 投资完成额指数: a one-character metric ending (stats_metric_suffixes) after a
    verb naming what it measures, with more of the noun run after it, is one word of the run
    (a predicate word too: the ending and the noun after it leave it no predicate)."""
    return (
        1 <= k < end
        and not pieces[k].role
        and _word(text, pieces[k]) in _METRIC_ENDINGS
        and _verb_of_metric(pieces[k - 1], text, clause_start=True)  # 完成|额: a predicate word too
    )


_TERM = "期"  # 10年期, 3个月期: the term of a loan, a bond or a deposit
_TERM_PIECES = 4  # 3|个|月|期: pieces a term is cut into at most


def _term_before(pieces: list[Piece], k: int, text: str) -> int | None:
    """10|年期|国债, 3|个|月|期|存款: a numeral, a duration unit and 期 ending at pieces[k],
    right before a noun, are the term in a name (no figure: `exclusions` drops it); the index
    of the term's first piece, or None."""
    if k < 0 or pieces[k].role or not _word(text, pieces[k]).endswith(_TERM):
        return None
    if k + 1 >= len(pieces) or pieces[k + 1].role or not pieces[k + 1].pos.startswith(NOUN_POS):
        return None
    for n in range(k, max(k - _TERM_PIECES, -1), -1):
        if pieces[n].role:
            return None
        unit = text[pieces[n].end : pieces[k].end - len(_TERM)]
        if _numeral(_word(text, pieces[n])) and _duration_unit(unit):
            return n
    return None


def _duration_unit(w: str) -> bool:
    """年, 个月: a duration unit (stats_units), 个 before it or not."""
    return P.UNIT_KIND.get(w.removeprefix("个")) == "duration"


_CURRENCIES = frozenset(P.CURRENCIES)  # 美元, 欧元: stats_currencies


def _currency_in_run(pieces: list[Piece], k: int, text: str) -> bool:
    """美元/q|指数, 欧元/q|汇率: a currency jieba tags as a measure word, right before a noun and
    not after a number (then it is the unit of an amount), is a noun of the run."""
    return (
        k >= 0
        and not pieces[k].role
        and pieces[k].pos == "q"
        and _word(text, pieces[k]) in _CURRENCIES
        and (k == 0 or (pieces[k - 1].pos not in ("m", "mq") and not pieces[k - 1].role))
        and not pieces[k + 1].role
        and pieces[k + 1].pos.startswith(NOUN_POS)
    )


_WHOLE = "全"  # 全疆, 全区: 全 and a one-character place or unit make a scope


def _scope_at(pieces: list[Piece], k: int, text: str) -> bool:
    """A scope word ends at pieces[k] (stats_scope_words; 全|社会 as jieba split it), or a noun of
    全 and one character (全疆|公路总里程)."""
    w = _word(text, pieces[k])
    return (
        w in _SCOPES
        or (len(w) == 2 and w[0] == _WHOLE and pieces[k].pos == "n")
        or (k > 0 and _word2(text, pieces, k - 1) in _SCOPES)
    )


def _manner_after_figure(pieces: list[Piece], k: int) -> bool:
    """A verbal noun between a figure and a verb (由60%|统一/vn|提高到…): the manner of the
    change the clause states, not a noun."""
    return (
        pieces[k].pos == "vn"
        and 0 < k < len(pieces) - 1
        and bool(pieces[k - 1].role)
        and not pieces[k + 1].role
        and pieces[k + 1].pos == "v"
    )


_VERB_PREPOSITION = "p"  # 通过/p|量: jieba tags some verbs prepositions


def _names_ending(p: Piece, text: str) -> bool:
    """收割|率, 通过/p|量: the word before a one-character metric ending names what it measures:
    a verb of the metric, or a verb of two characters jieba tags a preposition (a preposition
    opens no phrase right before a bare metric ending, which is no word on its own)."""
    if _verb_of_metric(p, text):
        return True
    return not p.role and p.pos == _VERB_PREPOSITION and len(_word(text, p)) == 2


def _verb_in_metric(pieces: list[Piece], k: int, text: str) -> bool:
    """经济|增长|贡献率: a verb (a predicate word too) between a plain noun and a metric noun of
    two characters or more (stats_metric_nouns, or a metric ending) names what the metric
    measures."""
    if k < 1 or k + 1 >= len(pieces) or pieces[k].role or pieces[k].pos != "v":
        return False
    head, before = _word(text, pieces[k + 1]), pieces[k - 1]
    return (
        len(head) > 1
        and (head in _METRIC or head.endswith(_METRIC_ENDINGS))
        and not before.role
        and before.pos in ("n", "nz", "vn")
    )


_NUMBER_HEAD = "数"  # 指数, 系数, 人数: a noun of a number is a metric's head


def _verb_before_metric_run(pieces: list[Piece], k: int, end: int, text: str) -> bool:
    """制造业|采购|经理指数: a verb (no predicate word, no modal) between a plain noun and a run of
    plain nouns ending in a metric noun of two characters or more (or a noun of a number: 指数)
    names what the metric measures, as one right before the metric noun does (`_verb_in_metric`)."""
    if k < 1 or k + 1 >= end or not _verb_of_metric(pieces[k], text):
        return False
    head, before = _word(text, pieces[end]), pieces[k - 1]
    return (
        len(head) > 1
        and (head in _METRIC or head.endswith(_NUMBER_HEAD))
        and not before.role
        and before.pos in ("n", "nz")
        and all(not p.role and p.pos in ("n", "nz") for p in pieces[k + 1 : end])
    )


def _word2(text: str, pieces: list[Piece], k: int) -> str:
    """The two words pieces[k], pieces[k + 1] as one (全|社会)."""
    return text[pieces[k].start : pieces[k + 1].end]


def _verb_inside(pieces: list[Piece], k: int, text: str) -> bool:
    """A one-character verb right between two nouns (跨, 用, 供): part of one compound."""
    return (
        0 < k < len(pieces) - 1
        and not pieces[k].role
        and pieces[k].pos == "v"
        and pieces[k].end - pieces[k].start == 1
        and _word(text, pieces[k]) not in _PREDICATE_WORDS
        and not pieces[k - 1].role
        and pieces[k - 1].pos.startswith(NOUN_POS)
        and not pieces[k + 1].role
        and pieces[k + 1].pos.startswith(NOUN_POS)
    )


_MODALS = ("能", "可", "会", "要")  # 能卖, 可达: a modal opens a predicate, not a metric's verb


def _predicate_verb(p: Piece, text: str, rate: bool) -> bool:
    """A verb before a rate (卖到了|每斤8元) or opening with a modal (能卖): the predicate."""
    return not p.role and p.pos == "v" and (rate or _word(text, p)[:1] in _MODALS)


def _names_metric(run: str) -> bool:
    """Whether a noun phrase ends in a metric noun (stats_metric_nouns: 面积, 产量) or a metric
    ending of two characters or more in all (stats_metric_suffixes: 进口量, 销售额): it names
    what a figure measures, so a verb after it is the clause's predicate (进口量|飙升|63%,
    播种面积|继续|稳定在N亩), not the activity whose amount the figure is (小麦|收获|七成)."""
    return run.endswith(_METRIC) or (len(run) > 1 and run.endswith(_METRIC_ENDINGS))


def _verb_of_metric(p: Piece, text: str, clause_start: bool = False, rate: bool = False) -> bool:
    """A verb naming what a metric counts; a predicate word only where it opens the clause;
    never before a rate (卖到|每斤8元) or with a modal (能卖)."""
    w = _word(text, p)
    return (
        not p.role
        and p.pos == "v"
        and not rate
        and w[:1] not in _MODALS
        and (clause_start or w not in _PREDICATE_WORDS)
    )


_COSTS = lexicons.words("stats_cost_nouns")  # 费用, 成本
_EXTENT_VERBS = frozenset(lexicons.words("stats_extent_verbs"))  # 占地, 延伸: the subject's extent
# 由2020年的|8.96万亿元; 相比|2020年的|8次 (stats_comparison_verbs, and 比, 较)
_FRAME_WORDS = (*_PREDICATE_WORDS, "由", "自", *_COMPARE, *lexicons.words("stats_comparison_verbs"))
_COMPARE_FRAMES = ("占", "占到", "是", "为", "相当于")  # 占|总投资的70%, 是|去年的3倍
_EQUIVALENCES = frozenset(lexicons.words("stats_equivalence_verbs"))  # 相当于, 约合: a restating frame


def _frame_start(pieces: list[Piece], a: int, end: int, text: str) -> bool:
    return _word(text, pieces[a]) in _FRAME_WORDS and _time_frame(pieces, a, end, text) == a


def _modal_change(pieces: list[Piece], i: int, j: int, text: str, kind: str) -> bool:
    """收益|能|翻出|十几倍: a ratio or percent after a modal and its verb changes the subject
    before the modal (an amount there is what the subject pays or gets: 个人|要|承担|70元)."""
    return (
        kind in ("ratio", "percent")
        and i == j - 1
        and i > 1
        and pieces[i].pos == "v"
        and _word(text, pieces[i - 1]) in _MODALS
    )


_MODAL_WORDS = (*_MODALS, "能够", "可以", "将", "将会")  # modal and future auxiliaries
_NECESSITY = ("需要", "需", "应当", "应该", "应")  # modals of necessity: 人数|需要|扩大到|N人


def _metric_before_modal(pieces: list[Piece], i: int, j: int, text: str, kind: str) -> str:
    """年旅客吞吐量|可|承载|N万人次, 装机容量|将|满足|N: a verb right before the figure after a
    modal, itself after a noun run ending in a metric noun (stats_metric_nouns, a metric ending
    of stats_metric_suffixes): the modal and the verb are the predicate and the metric is what
    the figure measures (a count too: the verb names no action of people there); else ""."""
    if i != j - 1 or i < 2 or pieces[i].role or pieces[i].pos != "v":
        return ""
    modal = pieces[i - 1]
    if modal.role or modal.pos not in ("v", "d") or _word(text, modal) not in _MODAL_WORDS:
        return ""
    head = _word(text, pieces[i - 2])
    if pieces[i - 2].role or not (head in _METRIC or (len(head) > 1 and head.endswith(_METRIC_ENDINGS))):
        return ""
    return _noun_run_before(pieces, i - 2, text, kind)


_SIGNS = lexicons.words("stats_sign_words")  # a figure's sign written apart from it (零下|15度)
_REACH_ENDS = ("达", "到", "至")  # one-character verbs of reaching (高|达, 壮大|到, 重达)


def _reaching_word(p: Piece, text: str) -> bool:
    """重达, 长达, 深达: a measure adjective fused with its verb of reaching (jieba tags it a
    or v); the predicate, like 高达 in stats_predicate_words."""
    w = _word(text, p)
    return not p.role and p.pos in ("a", "ad", "v") and len(w) == 2 and w.endswith(_REACH_ENDS)


_METRIC_KINDS = ("percent", "fraction", "amount")
_PREFIX = "PRE"  # the role of an approximation word the figure starts with (超过, 突破, 近)
_SUPERLATIVE = "最"  # 最高, 最多, 最低: the superlative prefix


def _superlative(p: Piece, w: str) -> bool:
    """最高/a, 最多/ad: a superlative of two characters before the predicate says how far the
    figure goes at the most (or least), not what it measures."""
    return not p.role and p.pos in ("a", "ad", "d") and len(w) == 2 and w.startswith(_SUPERLATIVE)


def _past_reaching(pieces: list[Piece], j: int, text: str) -> int:
    """The index before the predicate that ends right before pieces[j]: predicate words and
    adverbs (stats_predicate_words), an adjective of degree or change before a one-character
    verb of reaching (溢价率|高|达|71%, 团队|迅速壮大|到|300多人, 背囊|重达|40斤), a superlative
    before a predicate word (商品|最高|增长|达|N%) or a figure opened by its approximation verb
    (客流|最高|超过N), and a modal before a predicate word (收入|能|达到|10万元, 人数|需要|扩大到|N人)."""
    i = _skip_back(pieces, j - 1, text, _FRAME_WORDS)
    if i == j - 1 and i > 0 and _reaching_word(pieces[i], text):
        return _skip_back(pieces, i - 1, text, _FRAME_WORDS)
    if i == j - 1 and i > 0 and pieces[j].role == _PREFIX and _superlative(pieces[i], _word(text, pieces[i])):
        return _skip_back(pieces, i - 1, text, _FRAME_WORDS)  # 客流|最高|超过N: the figure holds its verb
    while 0 < i < j - 1 and not pieces[i].role:
        w, reach = _word(text, pieces[i]), _word(text, pieces[i + 1])
        degree = pieces[i].pos in ("a", "ad") and reach in _REACH_ENDS  # 高|达, 壮大|到
        degree = degree or _superlative(pieces[i], w)  # 商品|最高|增长达|N%: how far, at most
        modal = pieces[i].pos == "v" and ((w[:1] in _MODALS and len(w) <= 2) or w in _NECESSITY)  # 能|达到
        if not (degree or modal):
            break
        i = _skip_back(pieces, i - 1, text, _FRAME_WORDS)
    return i


def subject_before(pieces: list[Piece], j: int, text: str, kind: str) -> str:
    """What an amount or a percent measures: the subject of the clause the number completes,
    read back over predicate words (年产值|达到了|300多亿元, 订单|同比下降了|50%)."""
    rate = _past_rate(pieces, j, text) < j  # 每斤|8元: a price, so the verb before is the predicate
    j = _past_rate(pieces, j, text)
    if j >= 2 and _word(text, pieces[j - 1]) == "的":  # 年收入|从2016年的|1.6万元
        a = max(0, j - 6)
        while a < j - 1 and not _frame_start(pieces, a, j - 2, text):
            a += 1
        j = a + 1 if a < j - 1 else j
    while j > 0 and not pieces[j - 1].role and _word(text, pieces[j - 1]) in _SIGNS:
        j -= 1  # 气温|在|零下|15度: the sign jieba left apart belongs to the figure
    reached = _past_reaching(pieces, j, text)
    i = past_time_adverbials(pieces, reached, text)  # 连续|10年|稳定在, 首次|突破
    if i < reached and i >= 0 and not pieces[i].role and _word(text, pieces[i]) in _RATE_NOUNS:
        return ""  # 价格|盘中|跌幅|一度|接近N%: past a time adverb, the rate noun's subject is rate_subjects'
    if _modal_change(pieces, i, j, text, kind):
        # 收益|能|翻出|十几倍
        return _noun_run_before(pieces, _skip_back(pieces, i - 2, text, ()), text, kind)
    if (run := _metric_before_modal(pieces, i, j, text, kind)):
        return run  # 年旅客吞吐量|可|承载|N万人次: the metric is what the figure measures
    if i == j - 1 and i > 0 and _predicate_verb(pieces[i], text, rate):
        return _noun_run_before(pieces, _skip_back(pieces, i - 1, text, ()), text, kind)  # 刷子|能卖|10万元
    if i == j - 1 and kind in _SHARES and (run := _noun_before_share(pieces, i, text, kind)):
        return run  # 自然村|95%|通客车, 已恢复|供水|90%: the share is of the noun right before it
    if i == j - 1 and (run := _subject_past_adverb(pieces, i, text, kind)):
        return run  # 高标准茶园|已|建成|5万亩: an adverb makes the verb the predicate
    if i == j - 1 and kind in _SHARES and (run := _subject_of_share_verb(pieces, i, text, kind)):
        return run  # 冬小麦|播种|过八成: the share of the activity done
    if i == j - 1 and not (kind == "amount" and i > 0 and _verb_of_metric(pieces[i], text, rate=rate)):
        return ""  # 小麦|收获|超7400万亩, 秋粮|收获|2400多万亩: a verb of the metric ends the subject
    compare = next((k for k in range(i, max(i - 4, -1), -1) if _word(text, pieces[k]) in _COMPARE), None)
    compare = _comparison_verb(pieces, i, j, text) if compare is None else compare
    if compare is not None:  # 生产时间|比以往|缩短了|一半, 收入|比上年同期|增长5.5%
        i = _skip_back(pieces, _past_compared_with(pieces, compare, text) - 1, text, _PREDICATE_WORDS)
    if kind in _METRIC_KINDS and (run := _metric_before_loss(pieces, i, text, kind)):
        return run  # 市值|蒸发|N亿元, 产值|损失/n|N亿元: the metric lost, not the loss
    if kind in _METRIC_KINDS and i < j - 1 and pieces[i].pos == "v" and _metric_as_verb(pieces[i], text):
        # ，|产能/v|提升|30%: a metric jieba tags v (not vn: 直接|投资/vn is read as a noun
        # phrase below), before the predicate, is the subject's head
        return _noun_run_before(pieces, i - 1, text, kind) + _word(text, pieces[i])
    if kind in ("percent", "fraction", "amount") and i > 0 and _verb_of_metric(pieces[i], text):
        run = _noun_run_before(pieces, i - 1, text, kind)  # 小麦|收获|已过七成: the share done
        if not run and _after_adverb(pieces, i) and _with_complement(pieces, i, j, text):
            # 客运量|已|恢复|到|…的N%: the adverb before a verb of reaching, as before a predicate word
            run = _noun_run_before(pieces, _skip_back(pieces, i - 1, text, ()), text, kind)
        if not run:
            return _period_metric(pieces, i, text, kind)  # 茶园|亩均|产出|约8000元
        if _predicate_verb(pieces[i], text, rate) or _with_complement(pieces, i, j, text):
            return run  # 猕猴桃|卖到了|每斤8元, 水温|升|至|N℃: the verb is the predicate
        if _word(text, pieces[i]) in _EXTENT_VERBS:
            return run  # 林带|延伸|20公里: the extent of the subject, no activity's amount
        if _names_metric(run):
            return run  # 进口量|飙升|63%: a metric is measured itself; the verb is its predicate
        return run + _word(text, pieces[i]) if run else ""
    run = _noun_run_before(pieces, i, text, kind)
    place_alone = i >= 0 and pieces[i].pos in ("ns", "nt") and run == _word(text, pieces[i])
    return "" if place_alone else run  # 江苏|增长12.8%: a place alone is no subject


_LOSS_VERBS = frozenset(lexicons.words("stats_loss_verbs"))  # 蒸发, 缩水, 损失: a value lost


def _metric_before_loss(pieces: list[Piece], i: int, text: str, kind: str) -> str:
    """The metric before a verb of loss that ends the subject (stats_loss_verbs: 市值|蒸发|N亿元,
    资产规模|缩水|N%, 产值|损失/n|N亿元): the verb says how the metric changed, as 下降 does, so the
    figure measures the metric; empty where the word before the verb is no metric noun (经济|损失 is
    jieba's one word, the loss itself, and 法国|损失 names no metric)."""
    if i < 1 or pieces[i].role or _word(text, pieces[i]) not in _LOSS_VERBS:
        return ""
    before = pieces[i - 1]
    if before.role or not before.pos.startswith(NOUN_POS) or not is_metric_word(_word(text, before)):
        return ""
    return _noun_run_before(pieces, i - 1, text, kind)


_COMPARING = frozenset(lexicons.words("stats_comparison_verbs"))  # 相比, 相较: verbs of comparing
_COMPARING_REACH = 6  # pieces of a base after the comparison verb (相比|去年|12月|低点)


def _comparison_verb(pieces: list[Piece], i: int, j: int, text: str) -> int | None:
    """The index of a comparison verb (stats_comparison_verbs) in the clause before the figure
    at pieces[j], read back past the predicate to a few pieces before pieces[i] (指数|相比|去年|
    低点|增长N个, 产量|与去年|相比|增长N吨); None where there is none."""
    return word_back(pieces, j - 1, i - _COMPARING_REACH + 1, text, _COMPARING)
_WITH = ("与", "同", "和", "跟")  # 与|上年|相比: the preposition that opens the compared base
_WITH_REACH = 6  # pieces of the base between the preposition and the comparison verb


def _past_compared_with(pieces: list[Piece], compare: int, text: str) -> int:
    """The index of the preposition that opens a base before a comparison verb (与|去年同期|相比,
    指数|和|上月|相比|增长N个): the base is no subject, the subject stands before the
    preposition; else `compare` itself (比|上年, 相比|上年: the base follows the word)."""
    if _word(text, pieces[compare]) in _COMPARE:
        return compare
    opening = word_back(pieces, compare - 1, compare - _WITH_REACH, text, _WITH)
    return compare if opening is None else opening


_COMPLEMENTS = ("到", "至", "在")  # 升|至, 拉高|到, 徘徊|在: a verb's complement of reaching or staying


def _with_complement(pieces: list[Piece], i: int, j: int, text: str) -> bool:
    """Whether the verb at pieces[i] takes a one-character complement of reaching or staying
    right after it, before the figure at pieces[j] (水温|升|至|N℃, 价格|拉高|到|N元, 利率|徘徊|在|
    N%): the figure is where the subject got to, so the verb is the clause's predicate, no
    activity whose share or amount the figure gives (小麦|收获|已过七成)."""
    k = i + 1
    return k < j and not pieces[k].role and _word(text, pieces[k]) in _COMPLEMENTS


def _after_adverb(pieces: list[Piece], i: int) -> bool:
    return i > 0 and not pieces[i - 1].role and pieces[i - 1].pos in ("d", "ad")


def _subject_past_adverb(pieces: list[Piece], i: int, text: str, kind: str) -> str:
    """高标准茶园|已|建成|5万多亩, 玉米|已|收获|36%: a verb right before an amount or a share
    with an adverb before it is the clause's predicate; the figure measures the noun phrase
    before the adverb (not a place alone, not a count: 已|转移|300人 names no subject)."""
    if kind == "count" or i < 2 or pieces[i].role or pieces[i].pos != "v":
        return ""
    k = i - 1
    while k >= 0 and not pieces[k].role and pieces[k].pos == "d":
        k -= 1
    if k == i - 1 or k < 0 or pieces[k].pos in ("ns", "nt"):
        return ""
    if kind == "amount" and k > 0 and _word(text, pieces[k - 1]) in _COSTS and not pieces[k - 1].role:
        k -= 1  # 检查费用|个人|仅|承担|20元: the cost, not its payer
    run = _noun_run_before(pieces, k, text, kind)
    if run == _word(text, pieces[k]) in _COSTS and k > 0 and _verb_of_metric(pieces[k - 1], text):
        return text[pieces[k - 1].start : pieces[k].end]  # 检查|费用: the verb names the cost
    return run


def _subject_of_share_verb(pieces: list[Piece], i: int, text: str, kind: str) -> str:
    """冬小麦|播种|过八成, 水质|达标|100%: a share right after a verb (not a predicate word, no
    modal) with a noun right before it is the share of that activity done, the noun and the verb,
    as with an adverb between the verb and the share (小麦|收获|已过七成); not a place or a
    scope alone, not a metric jieba tags v."""
    w = _word(text, pieces[i])
    if i < 1 or not _verb_of_metric(pieces[i], text) or pieces[i - 1].role:
        return ""
    if w in _METRIC or w[-1:] in _METRIC_ENDINGS:
        return ""  # 省区市|增速/v|超过20%: a metric jieba tags v is the subject itself
    run = _noun_run_before(pieces, i - 1, text, kind)
    if not run or (pieces[i - 1].pos in ("ns", "nt") and run == _word(text, pieces[i - 1])):
        return ""
    return run if _names_metric(run) else run + w  # 进口量|飙升|63%: the metric, not an activity


_THAN = "于"  # 高于, 快于: a comparison, as 比


def _noun_before_share(pieces: list[Piece], i: int, text: str, kind: str) -> str:
    """A share right after a common noun (not a place, a scope or a verb) is a share of it."""
    p, w = pieces[i], _word(text, pieces[i])
    if p.role or p.pos not in ("n", "nz", "vn", "an") or w in _SCOPES:
        return ""
    if len(w) == 2 and w.endswith(_REACH_ENDS):  # 占|比达|64%: jieba glued the verb of reaching on
        glued = _word(text, pieces[i - 1]) + w[0] if i > 0 and not pieces[i - 1].role else ""
        return glued if glued in _METRIC else ""
    run = _noun_run_before(pieces, i, text, kind)
    k = next((k for k in range(i, -1, -1) if pieces[k].start == pieces[i].end - len(run)), i)
    compared = any(_word(text, p).startswith(_THAN) for p in pieces[k : i + 1]) or (
        k > 0 and (_word(text, pieces[k - 1]).endswith(_THAN) or _word(text, pieces[k - 1]) in _COMPARE)
    )
    return "" if compared else run  # 增速|高于|城镇居民|1.2个百分点: the noun compared with


def _period_metric(pieces: list[Piece], i: int, text: str, kind: str) -> str:
    """茶园|亩均|产出|约8000元, 年均|增速|达到|6%: a metric verb after a period or share word
    (stats_period_words, which jieba tags j) is the metric, with the nouns before the period."""
    k = i - 1
    if k < 0 or pieces[k].role or _word(text, pieces[k]) not in _PERIODS or len(_word(text, pieces[k])) < 2:
        return ""
    return _noun_run_before(pieces, k - 1, text, kind) + text[pieces[k].start : pieces[i].end]


_FORMER = frozenset(lexicons.words("stats_former_words"))  # 原来, 原有: an earlier state
_TIME_ENDS = frozenset(lexicons.words("stats_frame_time_ends"))  # 同期/b, 以来: a time's end


def _time_word(p: Piece, text: str) -> bool:
    """2016年, 十年前, and 原来 (stats_former_words): a word of the time a figure stood at; also
    a word that ends a time phrase (stats_frame_time_ends: 2019年|同期/b, jieba's tag no time)."""
    return p.pos in ("m", "t", "f", "mq") or _word(text, p) in _FORMER or _time_end(p, text)


def _time_end(p: Piece, text: str) -> bool:
    return _word(text, p) in _TIME_ENDS


def _time_frame(pieces: list[Piece], a: int, end: int, text: str) -> int | None:
    """Where pieces[a..end] are a time with its frame word (从|2016年, 增加到|2024年, 十年前):
    the index of the first piece; else None."""
    k = end
    while k >= a and not pieces[k].role and _time_word(pieces[k], text):
        k -= 1
    if k == end:
        return None
    while k >= a and not pieces[k].role and _word(text, pieces[k]) in _FRAME_WORDS:
        k -= 1
    return k + 1 if k < a else None


_EXISTENTIAL = ("有",)  # X的有N: those who X number N


_SHARES = ("percent", "fraction")
_SHARE_STOP_POS = ("v", "d", "ad", "q")  # 湖丝|还|不到|头发丝的十分之一


def relative_before(pieces: list[Piece], j: int, text: str, kind: str = "") -> str:
    """X的 N with nothing counted after N: X is what N counts (涉险的136户, 连续就业3个月以上的
    342人, 全省产量的30%以上); a share's X is the noun phrase before 的 only
    (`_share_of`)."""
    i = _skip_back(pieces, j - 1, text, _EXISTENTIAL)  # 取消门票的|有|610家
    if i < 1 or _word(text, pieces[i]) != "的":
        return ""
    if kind in _SHARES:
        return "" if _framed_time(pieces, i - 1, text) else _share_of(pieces, i - 1, text)
    end = i - 1
    k, verbs = end, 0
    while k >= 0 and (pieces[k].role or pieces[k].pos.startswith(_RELATIVE_POS)):
        verbs += pieces[k].pos == "v" and not pieces[k].role
        if verbs > 1:
            break  # 转移|连续居住3年以上的86人: one verb to a relative clause
        if k < end and not pieces[k].role and _word(text, pieces[k]) in _COMPARE_FRAMES:
            break  # 占|总投资的70%: the share's predicate is no part of what it is a share of
        k -= 1
    if k == end or pieces[k + 1].role or _time_frame(pieces, k + 1, end, text) is not None:
        return ""  # 从2021年的|70亿元: a time is no relative clause
    return text[pieces[k + 1].start : pieces[end].end]


def _framed_time(pieces: list[Piece], end: int, text: str) -> bool:
    """占比|从|2020年的|48%: the words before 的 are a time after a frame word (从, 由, 到):
    where the figure stood then, not what it is a share of."""
    k = end
    while k >= 0 and not pieces[k].role and (pieces[k].pos in ("m", "t", "mq") or _time_end(pieces[k], text)):
        k -= 1  # 恢复至|2019年|同期/b|的|N%: jieba tags 同期 b
    return k < end and k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _FRAME_WORDS


def _share_of(pieces: list[Piece], end: int, text: str) -> str:
    """What a share before 的 is a share of: the noun phrase ending at pieces[end], not the
    clause before it (不到|头发丝的十分之一) nor a figure in it or a locative after it (74万亩
    农作物|中的85%)."""
    while end >= 0 and not pieces[end].role and pieces[end].pos == "f":
        end -= 1
    k = end
    while (
        k >= 0
        and not pieces[k].role
        and pieces[k].pos.startswith(_RELATIVE_POS)
        and pieces[k].pos not in _SHARE_STOP_POS
        and not (pieces[k].pos == "m" and any(_numeral(c) for c in _word(text, pieces[k])))  # 一根
        and _word(text, pieces[k]) not in _COMPARE_FRAMES
    ):
        k -= 1
    return text[pieces[k + 1].start : pieces[end].end] if k < end else ""


_VERBAL_EXPRESSION_POS = ("vn", "i", "l")  # 流动/vn, 下落不明/l: verbal nouns, idioms, fixed phrases


def _clause_verb(p: Piece, text: str) -> bool:
    """A verb after the figure (the caller checks that the clause ends after it): also a verbal
    noun, an idiom or a fixed phrase (24人|下落不明/l。, 近2亿人次|流动/vn。), unless that phrase
    ends in a noun naming people or a compound head (从业人员/l: what is counted)."""
    if p.role:
        return False
    if p.pos == "v":
        return True
    w = _word(text, p)
    return p.pos in _VERBAL_EXPRESSION_POS and not w.endswith(_PEOPLE_HEADS) and not w.endswith(_HEADS)


_LIGHT_VERBS = frozenset(lexicons.words("stats_light_verbs"))  # 举行, 进行, 开展
_EVENT_POS = ("n", "vn", "nz")  # 投票/n, 演练/vn: a common noun, no place, body or person


def _event_before_light_verb(pieces: list[Piece], i: int, text: str) -> str:
    """The noun before a light verb (stats_light_verbs) right before a frequency, past adverbs
    (投票|已|举行了|11轮, 演练|共|进行|3次): the event the verb says is held, which the
    frequency counts; '' where the verb has no such noun before it or it names people
    (stats_people_heads: 队员|进行了|3次 says who acts)."""
    if i < 1 or pieces[i].role or _word(text, pieces[i]) not in _LIGHT_VERBS:
        return ""
    k = _skip_back(pieces, i - 1, text, ())
    if k < 0 or pieces[k].role or pieces[k].pos not in _EVENT_POS:
        return ""
    if _word(text, pieces[k]).endswith(_PEOPLE_HEADS):
        return ""
    return _noun_run_before(pieces, k, text, "frequency")


def action_of(pieces: list[Piece], st: Found, text: str) -> str:
    """People or times counted with no noun: the verb of what they do (有28人|报名,
    组织167人|撤离; 招聘|6人, 沟通了|20多次); not a verb of equivalence before them
    (stats_equivalence_verbs: 相当于|N万人), which restates a figure and names no action."""
    last = st.pieces[-1] + 1
    if last < len(pieces) and _clause_verb(pieces[last], text):
        after = pieces[last + 1] if last + 1 < len(pieces) else None
        if after is None or _word(text, after)[:1] in _PREDICATE_FOLLOWERS or not _word(text, after).strip():
            return _word(text, pieces[last])  # (a space ends a headline's clause: …61人死亡 中东…)
    i = _skip_back(pieces, st.pieces[0] - 1, text, ("了",))
    if st.kind == "frequency" and (event := _event_before_light_verb(pieces, i, text)):
        return event  # 投票|已|举行了|11轮: the event held, not the verb of holding
    if (
        i >= 0
        and pieces[i].pos in ("v", "vn")
        and not pieces[i].role
        and _word(text, pieces[i]) not in _PREDICATE_WORDS
        and _word(text, pieces[i]) not in _EQUIVALENCES  # 相当于|N万人的用电量: a frame, no action
    ):
        k = (
            i - 2
            if i >= 2 and _word(text, pieces[i - 2]) in _CAUSES and pieces[i - 1].pos.startswith("n")
            else i
        )
        return text[pieces[k].start : pieces[i].end]  # 因|灾|死亡|15人: the cause stays with it
    return ""


def _restrictive_conjunction(pieces: list[Piece], i: int, text: str) -> bool:
    """A word of two characters or more jieba tags a conjunction right before a figure, and no
    joiner of nouns (和, 及): before a number it is an adverb and a verb (只要|N元 = 只 + 要)."""
    if i < 1 or pieces[i].role or pieces[i].pos != "c":
        return False
    w = _word(text, pieces[i])
    return len(w) > 1 and w not in _CONJ


_RATE_NOUNS = lexicons.words("stats_rate_nouns")  # 增速: the rate of a subject named elsewhere


def _metric_as_verb(p: Piece, text: str) -> bool:
    """亩产/vn, 产能/v: a metric noun (stats_metric_nouns) jieba tags a verb is still the metric;
    not a bare growth-rate noun (增速/v), the rate of what the clause before names."""
    w = _word(text, p)
    return not p.role and p.pos in ("v", "vn") and w in _METRIC and w not in _RATE_NOUNS


def _metric_before(pieces: list[Piece], first: int, text: str) -> str:
    """An amount or a percent right after a metric noun measures it (4个乡镇|降雨量|超过400毫米,
    合格率|超98%): stats_metric_nouns, or a noun with a metric ending (stats_metric_suffixes)."""
    i = first - 1
    if i >= 0 and not pieces[i].role and _word(text, pieces[i]) in _METRIC_VERBS:
        k = i - 1 if i > 0 and not pieces[i - 1].role and _word(text, pieces[i - 1]) in _PERIODS else i
        return text[pieces[k].start : pieces[i].end]  # 村民|年|增收|超过3000元
    restricted = _restrictive_conjunction(pieces, i, text)
    if restricted:
        i -= 1  # 费用|只要/c|N元: jieba's conjunction is 只 + 要 (only needs) here
    if i < 0 or pieces[i].role:
        return ""
    if not (pieces[i].pos.startswith(NOUN_POS) or _metric_as_verb(pieces[i], text)):
        return ""
    w = _word(text, pieces[i])
    split_ending = (
        i > 0 and not pieces[i - 1].role and pieces[i - 1].pos.startswith((*NOUN_POS, "v"))
    )  # 机收|率
    if w in _COSTS and restricted:
        return _noun_run_before(pieces, i, text, "amount") or w  # 费用|只要|N元: what it costs
    if w not in _METRIC and not ((len(w) > 1 or split_ending) and w.endswith(_METRIC_ENDINGS)):
        return ""
    run = _noun_run_before(pieces, i, text, "amount")  # 产品合格率
    k = next((k for k, p in enumerate(pieces) if p.start == pieces[i].end - len(run)), i)
    if k > 0 and pieces[k - 1].role == P.ROLE_UNIT:
        return w  # 4个乡镇|降雨量: the nouns before it are the count's
    return run or w
