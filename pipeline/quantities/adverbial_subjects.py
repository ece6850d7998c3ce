"""The subject of a change read past an adverbial between it and the verb: a time word
(早稻|目前|收获|六成, 旅游收入|今年以来|同比|增长12%), a modal (亩产|可以/c|提升|一成) or a frame
of circumstance 在…下/中 (居民消费价格|在…背景下|仅|上涨|2%). The object readers stop at these,
so a percent or a ratio was left with no object although its subject opens the clause. Used by
`rows` right after `objects.object_of`, only for a percent or a ratio left with no object there.
"""

from __future__ import annotations

from pipeline.quantities.object_words import _ASPECT, _CLAUSE_MARKS, _METRIC, _METRIC_ENDINGS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before

_KINDS = ("percent", "ratio")
_TIME_POS = ("t", "mq")
_SINCE = "以来"  # 今年以来/i: a time adverbial jieba keeps as one word
_ADVERB_POS = ("d", "ad")
_PERIOD_WORDS = ("同比", "环比", "年均")  # 同比/j before the verb
_MODALS = ("可", "可以", "能", "能够", "将", "会", "有望")
_FRAME_OPEN = "在"  # 在…背景下|仅上涨
_FRAME_ENDS = ("下", "中")
_MAX_FRAME = 8  # words inside 在…下
_PREDICATE_POS = ("v",)
_PLACE_POS = ("ns", "nt")


def _verb_before(pieces: list[Piece], st: Found, text: str) -> int | None:
    """The index of the verb of change right before the figure (past 了 and a marker); not a
    metric jieba tags v (年均|增速/v|超过8.5%: the metric is the subject itself)."""
    k = min(st.pieces) - 1
    while k >= 0 and pieces[k].role == "PRE":
        k -= 1
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _ASPECT:
        k -= 1
    if k < 1 or pieces[k].role or pieces[k].pos not in _PREDICATE_POS:
        return None
    w = _word(text, pieces[k])
    return None if w in _METRIC or w.endswith(_METRIC_ENDINGS) else k


def _frame_start(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index of 在 opening a frame of circumstance that ends at pieces[k] (下/中)."""
    if _word(text, pieces[k]) not in _FRAME_ENDS:
        return None
    for c in range(k - 1, max(k - _MAX_FRAME, -1), -1):
        w = _word(text, pieces[c])
        if pieces[c].role or w in _CLAUSE_MARKS:
            return None
        if w == _FRAME_OPEN:
            return c
    return None


def _adverbial(pieces: list[Piece], k: int, text: str) -> bool:
    p, w = pieces[k], _word(text, pieces[k])
    return not p.role and (
        p.pos in _TIME_POS or p.pos in _ADVERB_POS or w.endswith(_SINCE) or w in _PERIOD_WORDS or w in _MODALS
    )


def subject_past_adverbial(st: Found, pieces: list[Piece], text: str) -> str:
    """For a percent or a ratio with no object after a verb of change with an adverbial before
    it (a time word, a modal, 在…下): the noun phrase before the adverbial; else the object."""
    if st.obj or st.kind not in _KINDS:
        return st.obj
    v = _verb_before(pieces, st, text)
    if v is None:
        return st.obj
    k, seen = v - 1, False
    while k >= 0:
        if (c := _frame_start(pieces, k, text)) is not None:
            k, seen = c - 1, True
        elif _adverbial(pieces, k, text):
            k, seen = k - 1, seen or pieces[k].pos not in _ADVERB_POS
        else:
            break
    if not seen or k < 0:
        return st.obj  # adverbs alone: the readers of `subjects` take those (玉米|已|收获)
    run = _noun_run_before(pieces, k, text, st.kind)
    return "" if _place_alone(pieces, k, run, text) else run  # 浙江|今年|增长6.5%: no subject


def _place_alone(pieces: list[Piece], k: int, run: str, text: str) -> bool:
    return pieces[k].pos in _PLACE_POS and run == _word(text, pieces[k])
