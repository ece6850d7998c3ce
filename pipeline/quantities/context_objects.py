"""Objects read from a statistic's neighbours in the clause and the sentence.

`pipeline.quantities.objects` reads the object of one statistic from the words around it.
Some statistics name nothing themselves and take the object of their neighbours:

- a run of figures written together (涉险的136户410人, 开启五孔和七孔闸, 28支共8755人的队伍):
  the members share the object one of them has;
- a later clause of the same sentence with no subject of its own (营业收入33939亿元，比上年
  同期增长6.2%; 出口年均增长43%，截至目前突破1亿美元): the figure measures the subject of
  the clause before;
- a duration completes a subject through a verb of lasting or taking (强降雨已经持续了5个小时,
  坐高铁只需要一个半小时), or is part of a relative clause before another figure
  (连续就业3个月以上的342人: the verb phrase);
- a count in parentheses after a place in a notice list (城东区(1个)) counts the noun of the
  list's heading (一、新增高风险区);
- a figure a clause raises to from an earlier one of the same unit (从6人提升到10人).

Word classes are data: stats_run_joiners, stats_duration_predicates in `pipeline/lexicons/`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline import lexicons
from pipeline.nlp.components import resources as res
from pipeline.nlp.number_patterns import QUASI_MEASURES
from pipeline.quantities.comparative_bases import after_comparative_verb, comparative_at
from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _METRIC,
    _METRIC_ENDINGS,
    _PERIODS,
    _SCOPES,
    HEADLINE_BREAK,
    NOUN_POS,
)
from pipeline.quantities.pieces import Found, Piece
from pipeline.records import Sentence, Token

_JOINERS = lexicons.words("stats_run_joiners")  # 共, 和, 、 between figures of one run
# list headings of notices: 一、新增高风险区 / (二)调整为低风险区 / 3.解除封控的小区
_ENUM_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])"
)

_RAISED_TO = ("到", "至")  # 从6人提升到10人
_COMPARISONS = ("比", "较")  # 比上年同期, 较上月
_COMPARING_VERBS = ("相比", "相较", "对比")  # 相比|十年前, 与上届|相比: a comparison frame
_COMPARED_WITH = ("与", "同", "和", "跟")  # 与|上届|相比: the preposition of the compared base
_METRIC_RUN_POS = ("n", "nz", "ng", "vn", "j", "an", "a", "b", "ad")  # a metric phrase; no idiom (l)
_ALL_CLAUSE_ENDS = "，,。；;！？!?" + HEADLINE_BREAK  # a headline's space ends its phrase
_FRAMES = ("从", "自", "由", "离", "距", "距离")
_TIME_FRAMES = ("截至", "截止", "截止到", "到")  # 截至目前突破1亿美元: no predicate of its own
_LIST_MARKS = ("、", "和", "及", "与")
_LASTING = lexicons.words("stats_duration_predicates")  # 持续, 历时, 需要
_PREDICATES = lexicons.words("stats_predicate_words")
_SINCE = ("来", "以来")  # 持续|N年|来: since then, a time adverbial
_EVENT_SPANS = lexicons.words("stats_event_span_words")  # 为期|N天|的|活动: the event after the 的
_TRAVEL = tuple(lexicons.words("stats_travel_words"))  # 车程|只需|N分钟: a journey's time, no thing
_ROUTE_WORDS = ("到", "至", "从", "由", "自")  # A|到|B|只需N小时, 从|A|出发: between two places
_SUBJECT_KINDS = ("amount", "percent", "fraction", "ratio")
_CLAUSE_ENDS = "，,；;"
_SENTENCE_ENDS = "。！？!?"
# growth-rate nouns (增速, 增幅): the rate of the earlier clause's subject (X增长8.9%，增速比上月
# 加快2个百分点), no subject of their own
_RATE_NOUNS = lexicons.words("stats_rate_nouns")
_SUBJECT_POS = ("n", "nz", "ng", "nr", "ns", "nt", "nrt", "s", "vn", "j", "l", "an")
_ADVERB_POS = ("d", "ad", "ul", "uz", "zg")
_NOUN_POS = ("n", "nz", "ng", "vn", "j", "l", "an")
_PLACE_POS = ("ns", "nt", "s")


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def share_in_runs(stats: list[Found], text: str) -> None:
    """Figures written one after another (nothing or a joiner between them: 136户410人,
    五孔和七孔闸) count one thing: a member with no object takes its nearest member's. Figures
    of different measures in a list (960余户、3000余名居民) count different things, and a
    quasi-measure (7市区) is its own noun."""
    runs: list[list[Found]] = []
    for prev, st in pairwise(stats):
        between = text[prev.end : st.start].strip()
        if (
            between not in ("", *_JOINERS)
            or (between in _LIST_MARKS and prev.unit != st.unit)  # 960余户、3000余名居民
            or prev.unit in QUASI_MEASURES  # 7市区|450多个乡镇: the unit is the noun
            or st.unit in QUASI_MEASURES
            or (prev.kind == "duration") != (st.kind == "duration")  # 连续两年|超过N亿斤: a time, then what
        ):
            continue
        if runs and runs[-1][-1] is prev:
            runs[-1].append(st)
        else:
            runs.append([prev, st])
    for run in runs:
        found = [(k, st.obj) for k, st in enumerate(run) if st.obj]
        if not found:
            continue
        for k, st in enumerate(run):
            if not st.obj:
                st.obj = min(found, key=lambda f: (abs(f[0] - k), -f[0]))[1]


def _clause_has_subject(
    pieces: list[Piece], a: int, b: int, text: str, rates: bool = False, spans: frozenset[int] = frozenset()
) -> bool:
    """Whether the words between pieces a and b hold a noun that a figure could measure
    (增幅比…提高0.5个百分点 has 增幅; 比上年同期增长 and 截至目前突破 have none); `rates`: a
    growth-rate noun is none (a change in points after a clause's rate: 增速比…加快N个百分点);
    `spans`: pieces of a duration, which says how long (已|连续|3年|超过N美元), no subject."""
    after_compare = False
    for i in range(a, b):
        p, w = pieces[i], _word(text, pieces[i])
        if i in spans or (i + 1 in spans and p.pos == "a"):
            continue  # 连续|3年: how long, not what
        if p.role:
            return True  # another figure
        if i + 1 < b and comparative_at(pieces, i + 1, text):
            continue  # 快|于: the adjective of a comparative verb
        if w in ("比", "较") or comparative_at(pieces, i, text) or _comparison_opens(pieces, i, b, text):
            after_compare = True  # 比上年同期, 快于进口: the compared base is no subject
            continue
        if rates and w in _RATE_NOUNS:
            continue  # 增速|比上月加快: the growth rate of what the earlier figure measures
        if _period_word(p, w):
            continue  # 日均|同比增长: per day of what the earlier figure measures, no subject
        noun = p.pos.startswith(_NOUN_POS) and p.pos not in _PLACE_POS  # a place is where (江苏|增长12.8%)
        if noun and w not in _PREDICATES and not after_compare:
            return True
        if p.pos == "v" and w not in _PREDICATES and w not in _TIME_FRAMES and not after_compare:
            return True  # 目前收获已超3200万亩: a clause with its own verb says what it measures
    return False


def _comparison_opens(pieces: list[Piece], i: int, b: int, text: str) -> bool:
    """Whether pieces[i] opens a comparison frame before pieces[b]: a comparing verb (相比|十年前)
    or a preposition whose base a comparing verb closes (与|上届|相比): what follows is the base
    and the change, no subject of its own."""
    w = _word(text, pieces[i])
    if pieces[i].role:
        return False
    if w in _COMPARING_VERBS:
        return True
    return w in _COMPARED_WITH and any(
        not p.role and _word(text, p) in _COMPARING_VERBS for p in pieces[i + 2 : b]
    )


_PER_PERIOD = "均"  # 年均, 日均, 人均: per year, per day, per head
_MEAN = "平均"  # 平均|增速: the mean rate of what the earlier figure measures


def _period_word(p: Piece, w: str) -> bool:
    """A per-word of two characters ending in 均 (年均, 日均, 人均: stats_period_words) says per what
    period or head the figure goes, not what it measures."""
    return not p.role and len(w) == 2 and w in _PERIODS and w[1] == _PER_PERIOD


def _bare_rate(pieces: list[Piece], a: int, b: int, text: str, spans: frozenset[int] = frozenset()) -> bool:
    """Whether the clause pieces[a:b] before a figure is a bare growth-rate noun, with only period
    words, adverbs and predicate words beside it (年均|增速|5.7%, 同比|增速|达到|6.4%): the rate of
    what the earlier figure measures."""
    words = [(p, _word(text, p)) for k, p in enumerate(pieces[a:b], a) if k not in spans]
    return any(w in _RATE_NOUNS for _, w in words) and all(
        not p.role
        and (w in _RATE_NOUNS or w in _PREDICATES or _period_word(p, w) or w == _MEAN or p.pos in _ADVERB_POS)
        for p, w in words
    )


def _completes_predicate(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the figure completes a verb of change or reaching (增长6.2%, 突破1亿美元), not a
    frame (从上百公里外)."""
    first = pieces[st.pieces[0]]
    before = pieces[st.pieces[0] - 1] if st.pieces[0] > 0 else None
    if before is not None and _word(text, before) in _FRAMES:
        return False  # 从上百公里外: where from, not how much
    if first.role == "PRE":
        return True
    k = _past_bare_members(pieces, _back_over(pieces, st.pieces[0] - 1, text, ("了",)), text)
    if k < 0 or pieces[k].role:
        return False
    if pieces[k].pos == "a" and _after_comparison(pieces, k, text):
        return True  # 比全国平均水平|高|2个百分点: a comparative adjective is the predicate
    if after_comparative_verb(pieces, k, text):
        return True  # 快于|进口|N个百分点: the comparative verb is the predicate
    w = _word(text, pieces[k])
    # a predicate phrase jieba glued into one word takes any tag (同比增加/n|N%)
    return ((pieces[k].pos == "v" or len(w) > 2) and w in _PREDICATES) or _cut_predicate(pieces, k, text)


def _cut_predicate(pieces: list[Piece], k: int, text: str) -> bool:
    """稳定/a|在/p, 保持/v|在/p: a predicate word of stats_predicate_words (稳定在, 保持在) that
    jieba cut in two, its preposition right before the figure (，连续N年|稳定在|M以上)."""
    if k < 1 or pieces[k].role or pieces[k - 1].role or pieces[k].pos != "p":
        return False
    return _word(text, pieces[k - 1]) + _word(text, pieces[k]) in _PREDICATES


def _past_bare_members(pieces: list[Piece], k: int, text: str) -> int:
    """The index before the bare numbers listed ahead of a figure (分别加快|0.2|和|0.4个百分点): the
    earlier members share the figure's measure, so its predicate stands before them."""
    while k > 0 and _word(text, pieces[k]) in _LIST_MARKS and _bare_number(pieces[k - 1], text):
        k = _back_over(pieces, k - 2, text, ())
    return k


def _bare_number(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return not p.role and p.pos == "m" and bool(w) and all(c.isdigit() or c == "." for c in w)


def _after_comparison(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether a comparison word (比, 较) opens the clause part before pieces[k]."""
    i = k - 1
    while i >= 0 and not pieces[i].role and _word(text, pieces[i])[:1] not in _ALL_CLAUSE_ENDS:
        if _word(text, pieces[i]) in _COMPARISONS:
            return True
        i -= 1
    return False


def _clause_start(pieces: list[Piece], i: int, text: str) -> int:
    """The index of the first piece of the clause that pieces[i] is in."""
    while i > 0 and _word(text, pieces[i - 1])[:1] not in _CLAUSE_ENDS + HEADLINE_BREAK:
        i -= 1
    return i


def _leading_metric(pieces: list[Piece], a: int, b: int, text: str) -> str:
    """The noun phrase opening pieces[a:b] where it ends in a metric noun (直接融资比重|稳中有升)."""
    while a < b and (_word(text, pieces[a]) in _SCOPES or pieces[a].pos in (*_PLACE_POS, "r")):
        a += 1  # 全市|居民收入增速, 吉林省|此轮|最大降水量: a scope, a place, a determiner say which
    k = a
    while k < b and not pieces[k].role and pieces[k].pos in _METRIC_RUN_POS:
        k += 1
    if k in (a, b) or pieces[k].pos in _METRIC_RUN_POS:
        return ""
    head = _word(text, pieces[k - 1])
    if head not in _METRIC and not (len(head) > 1 and head.endswith(_METRIC_ENDINGS)):
        return ""
    return text[pieces[a].start : pieces[k - 1].end]


def metric_subject(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A percent or amount with no subject in its clause, after a clause with no figure that
    opens with a metric (直接融资比重稳中有升，较上年提升2.8个百分点): the figure measures that
    metric (stats_metric_nouns, stats_metric_suffixes); a bare growth-rate noun in the figure's
    clause is that metric's rate, no subject of its own (工业投资较快增长，同比增速达到N%)."""
    for st in stats:
        if st.obj or st.kind not in _SUBJECT_KINDS:
            continue
        own = _clause_start(pieces, st.pieces[0], text)
        if own < 2 or not _completes_predicate(st, pieces, text):
            continue
        if _clause_has_subject(pieces, own, st.pieces[0], text, rates=True):
            continue
        before = _clause_start(pieces, own - 2, text)
        if _metric_comment(pieces, before, own, text) and _after_figure(pieces, before, text):
            continue  # N亿元，规模居全省首位，增长M%: a comment on the figure (carry_subject)
        if not any(p.role for p in pieces[before : own - 1]):
            st.obj = _leading_metric(pieces, before, own - 1, text)


def _after_figure(pieces: list[Piece], a: int, text: str) -> bool:
    """Whether the clause before the one starting at pieces[a] holds a figure."""
    return a >= 2 and any(p.role for p in pieces[_clause_start(pieces, a - 2, text) : a - 1])


_REGION_WORDS = lexicons.words("stats_region_words")  # 长三角|区域


def _place_clause(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The first piece of the figure's clause where that clause's subject is a place alone
    (江苏|增长12.8%), else None."""
    own = _clause_start(pieces, st.pieces[0], text)
    words = pieces[own : st.pieces[0]]
    if not any(p.pos in _PLACE_POS for p in words) or not _completes_predicate(st, pieces, text):
        return None
    ok = all(
        not p.role and (p.pos in _PLACE_POS or p.pos in _ADVERB_POS or _word(text, p) in (*_PREDICATES, "了"))
        for p in words
    )
    return own if ok else None


def _activity_phrase(pieces: list[Piece], a: int, b: int, text: str) -> str:
    """The phrase opening pieces[a:b] after its place (长三角|区域|机电产品出口|保持…) where it
    ends in an activity or a metric; else ""."""
    while a < b and (pieces[a].pos in _PLACE_POS or _word(text, pieces[a]) in (*_SCOPES, *_REGION_WORDS)):
        a += 1
    if a + 1 < b and _word(text, pieces[a + 1]) in _REGION_WORDS:
        a += 2  # 珠三角/nz|地区: a region word makes the word before it a place, whatever its tag
    k = a
    while k < b and not pieces[k].role and pieces[k].pos in _METRIC_RUN_POS:
        k += 1
    if k in (a, b):
        return ""
    head = _word(text, pieces[k - 1])
    if pieces[k - 1].pos != "vn" and head not in _METRIC and not head.endswith(_METRIC_ENDINGS):
        return ""
    return text[pieces[a].start : pieces[k - 1].end]


def place_subject(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A percent or amount whose clause has a place alone for a subject (江苏增长12.8%，浙江增长
    21.5%) measures, for that place, what the clause before the list opens with (机电产品出口
    保持强劲增长，…): the activity or metric after that clause's place."""
    carried = ""
    for st in stats:
        own = _place_clause(st, pieces, text) if not st.obj and st.kind in _SUBJECT_KINDS else None
        if own is None:
            carried = ""
            continue
        if not carried and own >= 2:
            before = _clause_start(pieces, own - 2, text)
            if not any(p.role for p in pieces[before : own - 1]):
                carried = _activity_phrase(pieces, before, own - 1, text)
        st.obj = carried


def carry_subject(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """An amount or a percent with no object, in a clause with no subject of its own after
    an earlier clause's figure, measures what that figure measures (实现营业收入33939亿元，
    比上年同期增长6.2%); so does one whose clause opens with a bare rate noun after a percent
    (增长N%，增速比上年加快M个百分点), and one after a figureless clause that
    comments on the figure (N亿元，规模创历史新高，同比增长M%: `_metric_comment`)."""
    for prev, st, spans in _with_earlier(stats, pieces, text):
        between = text[prev.end : st.start]
        same_count = st.kind == prev.kind == "count" and st.unit == prev.unit  # 48.91亿，比上年增加23.61亿
        if (
            st.obj
            or not prev.obj
            or (st.kind not in _SUBJECT_KINDS and not same_count)
            or prev.kind in ("duration", "age")
            or not any(c in between for c in _CLAUSE_ENDS)  # a later clause of the sentence
            or any(c in between for c in _SENTENCE_ENDS)
        ):
            continue
        clause_end = max(prev.end + between.rfind(c) for c in _CLAUSE_ENDS if c in between)
        first_end = min(prev.end + between.find(c) for c in _CLAUSE_ENDS if c in between)
        a = next(k for k, p in enumerate(pieces) if p.start > clause_end)
        b = next(k for k, p in enumerate(pieces) if p.start > first_end)
        if _bare_rate(pieces, a, st.pieces[0], text, spans) and not _clause_has_subject(
            pieces, b, a, text, spans=spans
        ):
            st.obj = prev.obj  # N亿元，年均增速M%: the rate of the earlier figure's subject
            continue
        if (
            _completes_predicate(st, pieces, text)
            # after a percent a growth-rate noun is that percent's rate, no subject of its own
            # (增长N%，增速比上年加快M个百分点)
            and not _clause_has_subject(
                pieces, a, st.pieces[0], text, rates=prev.kind == "percent", spans=spans
            )
            # 比重稳中有升，…提升2.8个百分点; not 2.4万亿元，规模创新高，增长10%
            and (
                not _clause_has_subject(pieces, b, a, text, spans=spans)
                or _metric_comment(pieces, b, a, text)
            )
        ):
            st.obj = prev.obj


_SHARE_VERBS = tuple(w for w, role in lexicons.rows("stats_share_words") if role == "verb")  # 占, 占到
_SHARE_LEADS = ("约", "")  # 约占: the approximation before the share verb
_POINTS = "百分点"  # the unit of a change of a share: the share's own change


def _share_of_written_base(whole: Found, share: Found, text: str) -> bool:
    """Whether `share` is the clause right after `whole` stating its share of a written base
    (N亿元，占全省出口总值的M%; ，约占全国近一成): one clause mark, then a share verb, no other
    clause mark before the share."""
    between = text[whole.end : share.start]
    if len(between) < 2 or between[0] not in _CLAUSE_ENDS or any(c in between[1:] for c in _ALL_CLAUSE_ENDS):
        return False
    return any(between[1:].startswith(lead + verb) for lead in _SHARE_LEADS for verb in _SHARE_VERBS)


def carry_past_shares(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A rate or an amount with no subject in the clause after a share of a written base
    (民营企业出口N亿元，占全省出口总值的M%，同比增长K%; ，增速达到K%) measures what the figure
    before the share measures: the share's object is its base (GUIDELINES: 占X的N% takes X),
    and the base does not grow. A change in points (，提高N个百分点) is the share's own."""
    for n in range(2, len(stats)):
        whole, share, st = stats[n - 2], stats[n - 1], stats[n]
        if (
            st.obj
            or st.kind not in _SUBJECT_KINDS
            or st.unit == _POINTS
            or not whole.obj
            or whole.kind not in ("amount", "count")
            or share.kind not in ("percent", "fraction")
            or not _share_of_written_base(whole, share, text)
        ):
            continue
        between = text[share.end : st.start]
        if not between or between[0] not in _CLAUSE_ENDS or any(c in between[1:] for c in _ALL_CLAUSE_ENDS):
            continue  # the figure's clause comes right after the share's
        a = next(k for k, p in enumerate(pieces) if p.start > share.end)
        if _bare_rate(pieces, a, st.pieces[0], text) or (
            _completes_predicate(st, pieces, text) and not _clause_has_subject(pieces, a, st.pieces[0], text)
        ):
            st.obj = whole.obj


def _metric_comment(pieces: list[Piece], b: int, a: int, text: str) -> bool:
    """Whether pieces[b:a] is one clause with no figure that opens with a bare metric noun
    (规模, 总量: stats_metric_nouns): a comment on the figure before it (N亿元，规模创历史新高，
    同比增长M%), which leaves that figure the subject of the clause after it."""
    return (
        b < a
        and not pieces[b].role
        and (
            _word(text, pieces[b]) in _METRIC
            or _verb_opening(pieces[b], text)
            or _cut_verb_opening(pieces, b, a, text)
        )
        and not any(p.role or _word(text, p)[:1] in _ALL_CLAUSE_ENDS for p in pieces[b : a - 1])
    )


def _verb_opening(p: Piece, text: str) -> bool:
    """A clause opening with a verb (居|全省首位, 创|历史新高) has the figure before it for its
    subject: a comment on that figure, as one opening with a bare metric noun."""
    return p.pos == "v" and _word(text, p) not in _PREDICATES and _word(text, p) not in _TIME_FRAMES


def _cut_verb_opening(pieces: list[Piece], b: int, a: int, text: str) -> bool:
    """创/n|历史|同期|新高: a one-character word jieba tags n opening a clause of more words is
    its verb (a lone character heads no noun phrase of a comment on the figure before)."""
    p = pieces[b]
    return p.pos == "n" and len(_word(text, p)) == 1 and b + 1 < a - 1 and not pieces[b + 1].role


def _running(st: Found, pieces: list[Piece]) -> bool:
    """A duration after an adjective of running on (连续|3年): how long a state has lasted, no
    time frame (较|五年前)."""
    k = st.pieces[0] - 1 if st.pieces else -1
    return st.kind == "duration" and not st.obj and k >= 0 and not pieces[k].role and pieces[k].pos == "a"


_FRAMED_KINDS = ("percent", "ratio", "fraction")  # a rate over a period (a count's frame: time_frames)


def _frame_duration(st: Found, pieces: list[Piece], text: str) -> bool:
    """A duration opening its clause or right after a comparing word (，近五年|平均增速, 相比|十年|前):
    the period a later rate covers, no subject of its own."""
    k = st.pieces[0] - 1 if st.pieces else -1
    if st.kind != "duration" or st.obj or k < 0 or pieces[k].role:
        return False
    w = _word(text, pieces[k])
    return w in _CLAUSE_ENDS or w in _COMPARING_VERBS or w in _COMPARISONS


def _with_earlier(
    stats: list[Found], pieces: list[Piece], text: str
) -> list[tuple[Found, Found, frozenset[int]]]:
    """Each figure with the figure before it, passing over durations of running on right before
    it (已|连续|3年|超过N美元 goes on about the figure before), and, before a rate, durations of
    the period it covers (，近五年|平均增速N%, 相比|十年|前，增长了N倍), and those durations' pieces."""
    out: list[tuple[Found, Found, frozenset[int]]] = []
    for n in range(1, len(stats)):
        k, spans = n - 1, set()
        rate = stats[n].kind in _FRAMED_KINDS
        while k > 0 and (_running(stats[k], pieces) or (rate and _frame_duration(stats[k], pieces, text))):
            spans.update(stats[k].pieces)
            k -= 1
        out.append((stats[k], stats[n], frozenset(spans)))
    return out


def _back_over(pieces: list[Piece], i: int, text: str, words: tuple[str, ...]) -> int:
    while i >= 0 and not pieces[i].role and (pieces[i].pos in _ADVERB_POS or _word(text, pieces[i]) in words):
        i -= 1
    return i


def _travel_time(pieces: list[Piece], k: int, j: int, text: str) -> bool:
    """Whether the subject pieces[k+1..j] of a verb of taking is a journey: it ends in a noun of
    a journey's length (stats_travel_words: 车程), or it is a place right after a route word
    (杭州|到|黄山, 从|县城): the duration is the time between two places and measures no thing
    (as a distance between two places, stats_distance_words)."""
    if _word(text, pieces[j]).endswith(_TRAVEL):
        return True
    before = pieces[k] if k >= 0 else None
    return before is not None and not before.role and _word(text, before) in _ROUTE_WORDS


def duration_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """What a duration measures, read before it: the subject of a verb of lasting or taking
    (强降雨|已经持续了|5个小时, 坐高铁|只需要|一个半小时), or the verb phrase of a relative
    clause the duration ends (连续就业|3个月以上的|342人)."""
    first, last = st.pieces[0], st.pieces[-1] + 1
    i = _back_over(pieces, first - 1, text, ("了",))
    if last < len(pieces) and not pieces[last].role and _word(text, pieces[last]) in _SINCE:
        return ""  # 某国|持续|近10年|来|对…实施: a time adverbial of the clause, no lasting subject
    de = last < len(pieces) and _word(text, pieces[last]) == "的"
    if i >= 0 and not pieces[i].role and _word(text, pieces[i]) in _LASTING:
        if de and _word(text, pieces[i]) in _EVENT_SPANS:
            return ""  # 启动|为期|19天|的|“…”: the duration is the event's, named after the 的
        j = _back_over(pieces, i - 1, text, ())
        k = j
        while k >= 0 and not pieces[k].role and pieces[k].pos.startswith(_SUBJECT_POS):
            k -= 1
        if k == j:
            return ""
        if _travel_time(pieces, k, j, text):
            return ""  # 从县城出发|车程|只需|N分钟, A|到|B|只需N小时: a journey's time
        if (
            k >= 0
            and not pieces[k].role
            and pieces[k].pos == "v"
            and _word(text, pieces[k]) not in _PREDICATES
        ):
            k -= 1  # 坐|高铁: a verb and its object as the subject
        return text[pieces[k + 1].start : pieces[j].end]
    n = last + 1
    while de and n < len(pieces) and not pieces[n].role and pieces[n].pos in ("d", "ad"):
        n += 1  # 6个月以上的|仅|191人
    after = pieces[n] if de and n < len(pieces) else None
    if after is None or not after.role:
        return ""  # 带来5分钟的|精彩表演: only a figure after the 的 makes the clause relative
    v = first - 1
    if v < 0 or pieces[v].role or pieces[v].pos != "v" or _word(text, pieces[v]) in _PREDICATES:
        return ""
    before = pieces[v - 1] if v > 0 else None
    modifier = before is not None and not before.role and before.pos in ("a", "ad", "d")
    serial = (
        before is not None
        and not before.role
        and before.pos == "v"
        and _word(text, before) not in _PREDICATES
    )
    start = v - 1 if modifier or serial else v  # 稳定|就业, 外出|务工
    return text[pieces[start].start : pieces[v].end]


def without_leading_place(
    st: Found, text: str, s0: int, places: list[tuple[int, int]], pieces: list[Piece] | None = None
) -> str:
    """An object read before the number that opens with a place name (某镇|特色产业出口
    年均增长43%) without it: the place says where, not what (jieba may cut the name
    across words, 源/潭/镇刷业, so the NER's place spans are used). Also the rest of a place
    name the object opens inside of, where jieba cut the name and the rest is the object's
    first word (某|州市|受灾群众: the object read back from the number stopped inside the
    name); and where the object is one word that a place name jieba cut off its start runs
    into, ending one character before the word's end (引黄|河水), the object is the name and
    that character, one noun (黄河|水: the river's water). Not a place span that lies inside one
    word of `pieces` and ends before its end (太阳能|发电: a tagger's place inside a word is
    no place of the object)."""
    obj = st.obj
    at = text.rfind(obj, s0, st.start) if obj else -1
    if at < 0 or at + len(obj) > st.start:
        return obj
    for a, b in places:
        if a == at and a + 1 < b < at + len(obj) - 1 and not _inside_word(a, b, pieces or [], text):
            # not a one-character short form (澳|资企业), nor a one-character rest (黄河|水: the
            # name and one character are one noun)
            return _without_region_word(text[b : at + len(obj)])
        if a < at < b < at + len(obj) and _name_rest(text, a, at, b, pieces or []):
            return text[b : at + len(obj)]  # 某|州市|…, 某国|地带|…: the name's rest
        if a < at < b < at + len(obj) - 1 and text[at:b] in _REGION_WORDS:
            return text[b : at + len(obj)]  # 东部地区|进出口 read from the place's region noun
        if a < at < b == at + len(obj) - 1 and _one_word(at, at + len(obj), pieces or []):
            return text[a : at + len(obj)]  # 引黄|河水: the name jieba cut and its noun (黄河|水)
        if b == at and (cut := _without_region_word(obj)) != obj:
            return cut  # 长三角|区域外贸进出口总值: the place left out, its region noun read in
    return obj


_SERVICES = tuple(lexicons.words("ner_transport_services"))  # 班列, 专列
_SERVICE_PLACES = 4  # characters of the place short forms a service name opens with (中|欧)


def with_service_places(
    st: Found, text: str, s0: int, places: list[tuple[int, int]], pieces: list[Piece] | None = None
) -> str:
    """An object that opens with the word of a scheduled transport service (ner_transport_services:
    班列, 专列) right after the place short forms it joins (中欧|班列, 中|欧|班列 as the NER's
    one-character places), with those places: they name the service, which is a product and no
    place, so they are no place where it is counted (`without_leading_place` and the readers stop
    at a place). Where the NER found no place there, a place word jieba tagged (中欧/ns) right
    before the service word names it as well."""
    obj = st.obj
    if not obj.startswith(_SERVICES):
        return obj
    at = text.rfind(obj, s0, st.start)
    if at < 0:
        at = text.find(obj, st.end)
    start = at
    while at >= 0 and (a := next((a for a, b in places if b == start and b - a <= 2), None)) is not None:
        start = a
    if start == at and at > 0:
        start = _place_word_before(at, pieces or [])  # 中欧/ns|班列: the NER found no place there
    if start < at and at - start <= _SERVICE_PLACES:
        return text[start:at] + obj
    return obj


def _place_word_before(at: int, pieces: list[Piece]) -> int:
    """The start of a place word jieba tagged (ns) that ends at `at` (中欧|班列); else `at`."""
    return next((p.start for p in pieces if p.end == at and not p.role and p.pos == "ns"), at)


_REGION_METRICS = lexicons.words("stats_region_metrics")  # 地区生产总值
_LEVEL_SUFFIXES = frozenset(w for w in lexicons.words("ner_admin_ends") if len(w) == 1)  # 乡, 镇, 村


def _without_region_word(obj: str) -> str:
    """The object without a region noun (stats_region_words) that opens it after a place (长三角|
    区域|外贸进出口总值), unless the noun opens a metric name (stats_region_metrics: 地区生产总值)."""
    for w in _REGION_WORDS:
        if obj.startswith(w) and len(obj) > len(w) + 1 and not obj.startswith(_REGION_METRICS):
            return obj[len(w) :]
    return obj


def _one_word(a: int, b: int, pieces: list[Piece]) -> bool:
    return any(p.start == a and p.end == b and not p.role for p in pieces)


def _name_rest(text: str, a: int, at: int, b: int, pieces: list[Piece]) -> bool:
    """Whether the object's first word (at `at`) is the rest of the place name a..b: it ends
    where the name does (not a longer name going on over the object: 某江|源|国家公园), and it
    is a generic region noun after the name (stats_region_words: 西部|地区, 某国|地带) or jieba
    cut one character of the name off before it (某|州市); a word after a name of its own is
    a name of its own (某城|布伦特原油), and a level word after a verb the tagger took into the
    name names a kind of division (新建|街道（乡镇）…); so is the name's level suffix that jieba
    cut off after a name word (某某|乡: _level_suffix_rest)."""
    if not any(p.start == at and p.end == b and not p.role for p in pieces):
        return False
    return (
        text[at:b] in _REGION_WORDS
        or (at - a == 1 and b - a > 2)
        or _level_suffix_rest(text, a, at, b, pieces)
    )


def _level_suffix_rest(text: str, a: int, at: int, b: int, pieces: list[Piece]) -> bool:
    """The one-character level suffix of the place name (某某|乡 旅游收入: jieba cut 乡 off the
    name, the object read back from the figure stopped at the name), after a name word of two
    characters or more inside the place span (某国某某|市: the span may open with a larger
    place), not after a verb (新建|街道: a kind of division)."""
    name = next((p for p in pieces if p.end == at and not p.role), None)
    return (
        text[at:b] in _LEVEL_SUFFIXES
        and name is not None
        and a <= name.start
        and at - name.start >= 2
        and not name.pos.startswith("v")
    )


_BOUND_POS = ("ng", "g")  # a bound morpheme: no word of its own


def _inside_word(a: int, b: int, pieces: list[Piece], text: str) -> bool:
    """Whether the place span a..b ends inside a word: one word covers it and goes on after it
    (太阳|能: 太阳能), or the rest opens with a one-character bound morpheme (a longer name the NER
    cut short: X|源/ng…); then the place is part of the noun, and cutting it leaves a fragment."""
    for p in pieces:
        if p.role or p.end <= b:
            continue
        if p.start < b:
            # 华南|虎: a word of jieba's dictionary (a species named after a region), not a word
            # jieba made up across the name's end (源|潭|镇刷业)
            return p.start <= a or (p.pos != "ns" and text[p.start : p.end] in res.jieba_dict())
        return p.start == b and p.end - p.start == 1 and p.pos in _BOUND_POS
    return False


def notice_object(heading_tokens: list[Token], text: str) -> str:
    """For a count in parentheses after a place in a notice list (城东区(1个)), the object is
    the noun the list is headed by (一、新增高风险区): the nouns ending the heading."""
    run: list[Token] = []
    for t in reversed(sorted(heading_tokens, key=lambda t: t.start)):
        if t.pos.startswith(NOUN_POS) and t.pos not in ("ns",):
            run.insert(0, t)
        elif run:
            if t.pos in ("a", "b"):
                run.insert(0, t)  # 低风险区
            break
    if not run:
        return ""
    return text[run[0].start : run[-1].end]


def heading_of(article_sents: list[Sentence], sent: Sentence) -> Sentence | None:
    """The last list heading (一、新增高风险区) at or before the sentence."""
    heading = None
    for s in article_sents:
        if s.start > sent.start:
            break
        if _ENUM_HEADING.match(s.text):
            heading = s
    return heading


def _object_between(prev: Found, between: str) -> bool:
    """30处中断公路|已抢通|28处: the earlier figure's object is written between the two, and no
    list mark starts a new item (12人遇难、8人失联)."""
    return prev.obj in between and not any(c in between for c in _LIST_MARKS)


_GROUP_NOUNS = tuple(lexicons.words("stats_group_nouns"))  # 救援力量, 突击队


def _apposed(prev: Found, st: Found, between: str) -> bool:
    """14支救援力量|980多人: a count of people right after an earlier count's object, with nothing
    else between them, counts the members of what that one counts, where that is a group of
    people (stats_group_nouns). Not after areas (4个网格|960余户: the people live there)."""
    return (
        st.unit in _ACTION_UNITS
        and prev.kind == "count"
        and between == prev.obj
        and prev.unit not in QUASI_MEASURES
        and prev.obj.endswith(_GROUP_NOUNS)
    )


def carry_over(stats: list[Found], text: str) -> None:
    """从50多个国家和地区增加到60多个: a figure the clause raises to from an earlier one of the
    same unit counts what that one counts; so does a later figure of the unit after the
    earlier one's object in the same clause (30处中断公路已抢通28处), and a count of any unit
    right after that object (14支救援力量980多人)."""
    for prev, st in pairwise(stats):
        between = text[prev.end : st.start]
        if (
            not st.obj
            and prev.obj
            and (
                _apposed(prev, st, between)
                or (
                    prev.unit == st.unit
                    and (any(w in between for w in _RAISED_TO) or _object_between(prev, between))
                )
            )
            and not any(c in between for c in _ALL_CLAUSE_ENDS)
        ):
            st.obj = prev.obj
