"""A verb inside the compound that names a metric: the subject of a figure's clause widened
over it.

An amount, a percent, a fraction or a ratio whose clause has its predicate after the
subject (收割效率|提升了|5倍多, 核心品种育种周期|缩短|20%) measures that subject; so does a count
whose subject is a metric noun (stats_metric_nouns) or the measure of visits written as a noun
(游览|人次|达到N亿: a count of the metric's units). jieba tags the
verb inside such a compound as a verb (收割/v 效率, 育种/v 周期, 耕种/v 收/v 综合机械化率,
报废/v 补贴标准), and the readers of `objects` and `subjects` stop at it, keeping only the
noun after it. Where the object ends in a metric noun (stats_metric_nouns, a metric ending
of stats_metric_suffixes: 率 量 额 值, a noun of degree of stats_degree_suffixes: 强度, a cost
noun of stats_cost_nouns: 成本, a compound head of stats_compound_heads: 资金, 标准, a time
metric of stats_time_metric_nouns: 周期, the measure of visits: 人次) and
one or two plain verbs (no predicate word, no modal) stand right before it, the verbs are
inside the compound when what comes before them is
- a plain noun (not a place or a name; a numeral-free word jieba tags m is one: 良种/m|选育|
  精度), or a one-character distinguishing word (b) after one
  (which opens no predicate, so the object may touch the number there):
  the nouns before the verbs go with it (核心品种|育种|周期, 农作物|耕种|收|综合机械化率,
  机构|总|接诊|人次), and the phrase is widened on to its left edge as `widen` reads it (a
  scope word, a place name, a clause mark …: 基层|卫生|机构|接诊|人次);
- 的: the phrase starts at the verb (农机的|报废|补贴标准);
- a scope word, for a metric that is no count: the phrase starts at the verb (全省|抽水|蓄能|容量);
- the clause's start, before a one-word object (，收割|效率|提升了): a verb and one noun
  opening a clause before the predicate.
Before a target noun (stats_target_nouns: 目标, 预期) or a noun of degree of two characters
(幅度) a verb of change, a predicate word elsewhere, is inside the compound too, with the plain
nouns before it (经济|增长|预期|由N下调至M: the growth expected; 气温|下降|幅度), and so is a
target noun jieba tags a verbal noun before that verb (经济|预期|增长|目标); with no noun
before it the verb stays the predicate.
Not where the object touches the number (企业|节约|成本|N元, 基地|获得|总投资|超过N元: the verb
may be the predicate), except a metric with a metric ending before a marker (天然气|探明|地质储量|
超过N立方米),
nor where a predicate word, an adverb or anything else stands before the verbs (带动|农民收入:
two words after a clause-opening verb are its object), except one verb before a one-word metric
with a metric ending after a predicate word or a set phrase jieba tags l, where the clause's
predicate follows the metric (累计|补|水量|达到N: the phrase starts at the verb).

Word classes are data: stats_predicate_words, stats_metric_nouns, stats_metric_suffixes,
stats_degree_suffixes, stats_cost_nouns, stats_compound_heads, stats_time_metric_nouns,
stats_target_nouns, stats_scope_words, stats_pivot_verbs, stats_verbs_tagged_nouns in
`pipeline/lexicons/`.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.metric_modifiers import numeral_free_noun
from pipeline.quantities.object_words import (
    _CLAUSE_MARKS,
    _HEADS,
    _METRIC,
    _METRIC_ENDINGS,
    _PREDICATE_WORDS,
    _SCOPES,
)
from pipeline.quantities.pieces import Found, Piece, piece_span
from pipeline.quantities.widen import widened

_KINDS = ("amount", "percent", "fraction", "ratio")
_COUNT = "count"  # a count's object only where it is a metric noun itself (接待|人次|达到N亿)
_VISITS = "人次"  # the measure of visits, written as a noun: the metric of a count (诊疗|人次)
_TIME_METRICS = tuple(lexicons.words("stats_time_metric_nouns"))  # 育种|周期: a length of time as a metric
_DEGREE_ENDINGS = tuple(lexicons.words("stats_degree_suffixes"))  # 投入|强度: a noun of degree
_COST_NOUNS = tuple(lexicons.words("stats_cost_nouns"))  # 种植|成本: what is spent
_PIVOTS = frozenset(lexicons.words("stats_pivot_verbs"))  # 帮助|企业|节约|成本: the verb's subject
_VERBS_AS_NOUNS = frozenset(lexicons.words("stats_verbs_tagged_nouns"))  # 节约/n: a verb, no noun
_TARGETS = frozenset(lexicons.words("stats_target_nouns"))  # 增长|目标: a figure aimed at or expected
_HANDLING = frozenset(lexicons.words("stats_handling_verbs"))  # 下达, 发放: a predicate
_ENDINGS = (*_METRIC_ENDINGS, *_DEGREE_ENDINGS, *_COST_NOUNS, *_HEADS, *_TIME_METRICS)
_ATTRIBUTE_POS = "b"  # 总|诊疗|人次: a one-character distinguishing word before the verb
_MODALS = ("能", "可", "会", "要")  # 能卖, 可达: a modal opens a predicate
_VERBS_MOST = 2  # 耕种|收: verbs read over
_NOUNS_MOST = 2  # 核心|品种: nouns read back over before the verbs
_NOUN_POS = ("n", "nz", "ng")  # plain nouns (no place, no name, no verbal noun: 累计|监管/vn|验放)
_MARKS = (*_CLAUSE_MARKS, "、")


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def _metric_head(w: str, kind: str) -> bool:
    """Whether the object names a metric: for a count only a metric noun (接待|人次, the count
    is of the metric's units); for the other kinds also a metric ending, a noun of degree (投入|
    强度), a cost noun (种植|成本), a compound head or a time metric."""
    if w.endswith((*_METRIC, _VISITS)) or (kind != _COUNT and w in _TARGETS):
        return True  # 修复|面积, 接诊|人次; 增长|预期
    return kind != _COUNT and w.endswith(_ENDINGS)


def _inner_verb(p: Piece, text: str, target: bool = False) -> bool:
    """A plain verb (no modal); a predicate word only before a target noun (增长|目标)."""
    w = _word(text, p)
    return not p.role and p.pos == "v" and (target or w not in _PREDICATE_WORDS) and w[:1] not in _MODALS


def _target_verb(p: Piece, text: str) -> bool:
    """经济|预期/vn|增长|目标: a target noun jieba tags a verbal noun, before the verb of change
    inside a target compound, is inside it too (the growth expected as the target)."""
    return not p.role and p.pos == "vn" and _word(text, p) in _TARGETS


def _plain_noun(p: Piece, text: str) -> bool:
    w = _word(text, p)
    if p.role or w in _SCOPES or w in _VERBS_AS_NOUNS:
        return False
    return p.pos in _NOUN_POS or (p.pos == "m" and numeral_free_noun(w))  # 良种/m|选育|精度


def _span(pieces: list[Piece], obj: str, first: int, text: str) -> tuple[int, int, bool] | None:
    """Piece indices of the object, where it lies before the number in the same clause, and
    whether it touches a bare number (no predicate word or marker such as 超过 between)."""
    start = pieces[first].start
    at = text.rfind(obj, pieces[0].start, start) if obj else -1
    if at < 0 or any(c in text[at + len(obj) : start] for c in _MARKS):
        return None
    span = piece_span(pieces, at, at + len(obj))
    if span is None:
        return None
    a, b = span
    # 企业|节约|成本|N元, 基地|获得|总投资|超过N元: the verb before may be the predicate; before
    # a marker (超过) a metric with a metric ending names the verb's measure (探明|地质储量)
    touching = b + 1 == first and (pieces[first].role != P.ROLE_PRE or not obj.endswith(_METRIC_ENDINGS))
    return a, b, touching


def with_metric_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The statistic's object widened over a verb inside its metric compound; else as it is."""
    obj = st.obj
    if (st.kind not in _KINDS and st.kind != _COUNT) or not obj or not _metric_head(obj, st.kind):
        return obj
    found = _span(pieces, obj, st.pieces[0], text)
    if found is None:
        return obj
    a, b, touching = found
    head = _word(text, pieces[b])
    # 经济|增长|预期, 气温|下降|幅度: a verb of change inside it
    target = head in _TARGETS or (len(head) == 2 and head.endswith(_DEGREE_ENDINGS))
    if _handed_out(pieces, a, obj, text):
        return obj  # 水利部|下达|水利救灾资金: the verb is the predicate, the fund its object
    k = a - 1
    while k >= 0 and a - 1 - k < _VERBS_MOST and (
        _inner_verb(pieces[k], text, target) or (target and _target_verb(pieces[k], text))
    ):
        k -= 1
    opened = b > a and _inner_verb(pieces[a], text)  # 修复|面积: the object opens with the verb
    if k == a - 1 and not opened:
        return obj
    end = pieces[b].end
    attribute = k >= 1 and _attribute(pieces[k], text) and _plain_noun(pieces[k - 1], text)
    if attribute:
        k -= 1  # 机构|总|诊疗|人次: a distinguishing word between the nouns and the verb
    if k >= 0 and _plain_noun(pieces[k], text):
        if touching and not attribute and not _after_predicate(pieces, k, text):
            return obj  # (a distinguishing word opens no predicate: 机构|总|诊疗 is one phrase)
        n = k
        while n - 1 >= 0 and k - n + 1 < _NOUNS_MOST and _plain_noun(pieces[n - 1], text):
            n -= 1
        if touching:
            return text[pieces[n].start : end]  # 完成|生态|保护|修复面积: the predicate opens it
        # 核心品种|育种|周期; and on over the nouns before to the phrase's left edge (基层|…)
        return widened(replace(st, obj=text[pieces[n].start : end]), pieces, text)
    if touching or target or k == a - 1:
        return obj  # (before a target noun only nouns before the verb make it a compound)
    if k >= 0 and not pieces[k].role and pieces[k].pos == "uj":
        return text[pieces[k + 1].start : end]  # 农机的|报废|补贴标准
    if _after_scope(pieces, k, st.kind, text):
        return text[pieces[k + 1].start : end]  # 全省|抽水|蓄能|容量|将达到
    if a == b and (k < 0 or (not pieces[k].role and _word(text, pieces[k]) in _CLAUSE_MARKS)):
        return text[pieces[k + 1].start : end]  # ，收割|效率|提升了
    if a == b and k == a - 2 and _after_frame(pieces[k], text) and obj.endswith(_METRIC_ENDINGS):
        return text[pieces[k + 1].start : end]  # 累计|补|水量|达到; a set phrase (l) before the verb alike
    return obj


def _handed_out(pieces: list[Piece], a: int, obj: str, text: str) -> bool:
    """Whether a verb of sending or allocating (stats_handling_verbs: 下达, 拨付, 安排) stands
    right before an object that ends in a compound head and no metric ending (资金, 项目): the
    verb hands the thing out, the predicate of the clause, not a part of a metric compound (a
    metric ending stays: 发放|金额 names the sum handed out)."""
    before = pieces[a - 1] if a > 0 else None
    return (
        before is not None
        and not before.role
        and _word(text, before) in _HANDLING
        and obj.endswith(_HEADS)
        and not obj.endswith((*_METRIC, *_METRIC_ENDINGS))
    )


def _after_predicate(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the plain nouns ending at pieces[k] follow the clause's predicate: a verb of two
    characters or more (not a pivot verb, whose object is the next verb's subject: 帮助|企业|
    节约…), or a verb jieba's dictionary lists as a noun (stats_verbs_tagged_nouns). There the
    nouns are its object's first words and the verb after them is inside that object (完成|生态|
    保护|修复面积|N亩), where after anything else the nouns may be the subject of that verb as
    the predicate (企业|节约|成本|N元)."""
    while k >= 0 and _plain_noun(pieces[k], text):
        k -= 1
    if k < 0 or pieces[k].role:
        return False
    w = _word(text, pieces[k])
    verb = pieces[k].pos == "v" and len(w) >= 2 and w not in _PIVOTS
    return verb or w in _VERBS_AS_NOUNS


def _after_scope(pieces: list[Piece], k: int, kind: str, text: str) -> bool:
    """全省|抽水|蓄能|容量: a scope word (stats_scope_words) right before the verbs of a metric
    that is no count opens no predicate of its own; it says where the metric is taken, and the
    verbs after it are inside the metric (a count keeps its object: 全市|带动|就业|人数 may be
    the predicate's object)."""
    return kind != _COUNT and k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _SCOPES


def _attribute(p: Piece, text: str) -> bool:
    return not p.role and p.pos == _ATTRIBUTE_POS and len(_word(text, p)) == 1


def _after_frame(p: Piece, text: str) -> bool:
    """Whether p, before one verb and a one-word metric, leaves the verb no predicate's room: a
    predicate word (累计: the clause's predicate follows the metric), a set phrase jieba tags l,
    or a time word (今年|注|气量|突破N: a frame of the clause, whose predicate follows the metric)."""
    return not p.role and (_word(text, p) in _PREDICATE_WORDS or p.pos in ("l", "t"))
