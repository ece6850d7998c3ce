"""The subject of a change stated against a base that the object reader does not read past:
a base longer than a few words or quoted (增加值|比|“十三五”末|增长42%, 保有量|较|“十三五”末|
增长超6倍), an adjective of comparison as the predicate (进度|同比|快|3个百分点, 蓄水量|较|常年|
偏|多|近一成; stats_comparison_adjectives), and a metric jieba glued onto 较 (装机|规模较/v|
2012年|翻了5倍). The figure measures the noun phrase before the comparison word, as after
比上年同期|增长. Used by `rows` right after `objects.object_of`, only for a percent, ratio or
amount left with no object there; where no noun phrase stands before the comparison word
(，较“十三五”末提升2.8个百分点) the object stays empty for the context rules.

A gap whose base is the object of a comparative verb (stats_comparative_verbs: 增长N%，快于|上年同期|
M个百分点, 增速|高于|全国|N个百分点) measures the subject of the comparison, not the base the object
readers took: `gap_subject` clears the base (the noun phrase before the verb, where there is one,
is the object) and `carry_gaps`, after the context rules, gives a gap with no subject of its own,
or a bare rate noun (stats_rate_nouns: 增速) for one, the object of the percent of the clause before.
A gap in points after a rate noun written with its subject measures that rate, on either path:
X增速 (快递业务量|增速|比上年|加快|N个百分点, 增加值|同比|增速|比…, 贷款|增速|要|高于…), where the
object readers took X alone or nothing.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.quantities.comparative_bases import comparative_at
from pipeline.quantities.object_words import _ASPECT, _CLAUSE_MARKS, _METRIC, _skip_back, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before
from pipeline.quantities.widen import widened

_ADJECTIVES = frozenset(lexicons.words("stats_comparison_adjectives"))  # 快, 高, 多
_RATE_NOUNS = frozenset(lexicons.words("stats_rate_nouns"))  # 增速
_POINTS = ("百分点", "基点")  # a gap between two rates (低于去年|N%|的增幅 is a rate, no gap)
_GAP_END = "于"  # 快|于: jieba's cut of a gap verb after an adjective of comparison
_KINDS = ("percent", "ratio", "amount")
_COMPARE = ("比", "较")  # X|比|Y|增长N: the base lies between the word and the predicate
_SAME_PERIOD = "同比"  # compared with the same period: the word is the whole base
_GLUED = "较"  # 规模较/v: jieba's word of a metric and the comparison word
_DEGREE = "偏"  # 偏|多, 偏|高: a degree word of the predicate
_PREDICATE_POS = ("v", "a", "ad")
_COMPARED = ("同比", "环比")  # 增加值|同比|增速: against when, not whose
_MODALS = ("要", "将", "应")  # 增速|要|高于: the modal of the comparative verb
_PLACE_POS = ("ns", "nt")
_MAX_BASE = 10  # words between the comparison word and the predicate


def _predicate_start(pieces: list[Piece], st: Found, text: str) -> int | None:
    """The index of the predicate right before the figure (a verb, an adjective, a listed
    adjective of comparison, after a degree word 偏), past an aspect word (了); else None."""
    k = min(st.pieces) - 1
    while k >= 0 and pieces[k].role == "PRE":
        k -= 1  # a marker the statistic left out of its pieces (超, 近)
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _ASPECT:
        k -= 1
    if k < 1 or pieces[k].role:
        return None
    w = _word(text, pieces[k])
    if pieces[k].pos not in _PREDICATE_POS and w not in _ADJECTIVES:
        return None
    if not pieces[k - 1].role and _word(text, pieces[k - 1]) == _DEGREE:
        k -= 1
    return k


def _comparison_word(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index of 比 / 较 / 同比 (or a word glued onto 较) that opens the base ending before
    pieces[k], within the clause and with no figure between; else None."""
    c = k - 1
    while c >= 0 and k - c <= _MAX_BASE and not pieces[c].role:
        w = _word(text, pieces[c])
        if w in _CLAUSE_MARKS:
            return None
        if (w in _COMPARE and c < k - 1) or w == _SAME_PERIOD or _glued_metric(w):
            return c
        c -= 1
    return None


def _glued_metric(w: str) -> bool:
    return len(w) > len(_GLUED) and w.endswith(_GLUED) and w[: -len(_GLUED)] in _METRIC


def subject_past_base(st: Found, pieces: list[Piece], text: str) -> str:
    """For a percent, ratio or amount with no object after 比/较 + base (or 同比) + a predicate:
    the noun phrase before the comparison word, past adverbs, widened to its left edge; else the
    object as it is."""
    if st.kind not in _KINDS:
        return st.obj
    k = _predicate_start(pieces, st, text)
    c = _comparison_word(pieces, k, text) if k is not None else None
    if c is None or (st.obj and st.unit not in _POINTS):
        return st.obj
    if st.obj:  # 快递业务量|增速/v|比上年|加快|N个百分点: the points measure the rate, not the subject
        r = _skip_back(pieces, c - 1, text, ())
        rated = _rate_of(pieces, r, text, st.kind) if r >= 0 and _word(text, pieces[r]) in _RATE_NOUNS else ""
        return rated if rated and rated[: -len(_word(text, pieces[r]))].endswith(st.obj) else st.obj
    w = _word(text, pieces[c])
    if _glued_metric(w):  # 装机|规模较: the metric is the head of the noun phrase
        return _noun_run_before(pieces, c - 1, text, st.kind) + w[: -len(_GLUED)]
    k = _skip_back(pieces, c - 1, text, ())
    if st.unit in _POINTS and k >= 0 and _word(text, pieces[k]) in _RATE_NOUNS:
        return _rate_of(pieces, k, text, st.kind)  # 快递业务量|增速/v|比…|高|N个百分点
    run = _noun_run_before(pieces, k, text, st.kind)
    if k >= 0 and pieces[k].pos in _PLACE_POS and run == _word(text, pieces[k]):
        return st.obj  # 江苏|比上年|增长: a place alone is no subject (the context rules decide)
    # widened to its left edge as if the figure stood at the comparison word: the quotes of a
    # base (“十三五”) would stop the widening of `rows` (全省|规模以上工业增加值)
    return widened(replace(st, obj=run, pieces=[c]), pieces, text) if run else run


def _gap_verb(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the comparative verb whose object, the base, ends right before the figure
    (快于|上年|同期|N个百分点), within the clause and with no figure between; else None."""
    first = min(st.pieces)
    c = first - 1
    while c >= 0 and first - c <= _MAX_BASE and not pieces[c].role:
        w = _word(text, pieces[c])
        if w in _CLAUSE_MARKS:
            return None
        if comparative_at(pieces, c, text):  # 高于, or the 于 of 快|于
            return (c - 1 if w == _GAP_END else c) if c < first - 1 else None
        c -= 1
    return None


def gap_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """For a gap in percentage points after a comparative verb and its base: the noun phrase before the verb
    (进口增速|快于|出口|N个百分点), '' where there is none or it is a bare rate noun (the context
    gives it: `carry_gaps`); else the object as it is."""
    if st.unit not in _POINTS or (v := _gap_verb(st, pieces, text)) is None:
        return st.obj
    k = _skip_back(pieces, v - 1, text, _MODALS)
    if k >= 0 and _word(text, pieces[k]) in _RATE_NOUNS:  # 进口|增速/v: the run before it names whose
        return _rate_of(pieces, k, text, st.kind)
    return _noun_run_before(pieces, k, text, st.kind)


def _rate_of(pieces: list[Piece], k: int, text: str, kind: str) -> str:
    """The rate noun pieces[k] with the noun phrase before it that names whose rate it is, past a
    comparison adverb (进口|增速, 增加值|同比|增速 -> 增加值增速); '' where there is none (a bare
    rate noun: the context gives its subject, `carry_gaps`)."""
    run = _noun_run_before(pieces, _skip_back(pieces, k - 1, text, _COMPARED), text, kind)
    return run + _word(text, pieces[k]) if run else ""


def carry_gaps(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A gap after a comparative verb with no object (增长N%，快于|上年同期|M个百分点) takes the
    object of the percent right before it, in the clause before or a list with it."""
    for n, st in enumerate(stats):
        if st.obj or n == 0 or st.unit not in _POINTS or _gap_verb(st, pieces, text) is None:
            continue
        prev = stats[n - 1]
        between = text[prev.end : st.start]
        if prev.kind == "percent" and prev.obj and between.count("，") <= 1 and "。" not in between:
            st.obj = prev.obj
