"""Figures compared with an earlier time in the clause after another figure (街区已达120片，
较五年前增加30片; 用水量80亿立方米，是十年前的2.5倍): the time is a frame, not what is
measured, so the figure measures what the figure of the clause before measures. Used by `rows`
after the other context rules, only for figures still with no object.

The other carrying rules (`context_objects.carry_subject`, `ellipsis.carry_ellipsis`) pair a
figure with the statistic right before it and stop at any figure inside the clause; the time of
such a comparison is written with a duration (五年前, 十年前的), itself a statistic, so they stop
there. Here the clause must read: a comparison word, the time (the duration, time words, 前,
以前), then only 的 (for a ratio or share: 是…的3倍) or verbs and adverbs of change.
"""

from __future__ import annotations

from pipeline.quantities.object_words import _COMPARE, _word
from pipeline.quantities.pieces import Found, Piece

_OPENERS = (*_COMPARE, "是", "为", "相当于")  # 较五年前, 是十年前的
# verbs that state a ratio or share against a base (超过|常年同期|的|2倍): with 的 before a share
_SHARE_OPENERS = ("超过", "超", "高于", "低于", "达到", "达", "接近")
_YEAR = "年"  # 常年/d, 往年: a time jieba tags an adverb
_TIME_POS = ("t", "m", "f", "mq")  # 去年, 前, 以前
_SAME_PERIOD = "同期"  # 去年同期, 上年同期: a time jieba tags as a noun
_CHANGE_POS = ("v", "d", "ad", "ul", "uz")  # 增加, 已, 了
_CLAUSE_ENDS = "，,；;"
_SENTENCE_ENDS = "。！？!?"
_FRAMED_KINDS = ("count", "amount", "percent", "ratio", "fraction")
_SHARE_KINDS = ("percent", "ratio", "fraction")
_FRAME_KINDS = ("duration",)  # the time of the comparison


def _time_word(p: Piece, text: str) -> bool:
    """A time word, a numeral or a locative of time (去年, 前), or the same period (去年同期/n)."""
    w = _word(text, p)
    year_adverb = p.pos == "d" and w.endswith(_YEAR)  # 常年/d, 往年/d
    return not p.role and (p.pos in _TIME_POS or w.endswith(_SAME_PERIOD) or year_adverb)


def _frame_clause(st: Found, pieces: list[Piece], text: str, frames: set[int]) -> int | None:
    """The index of the clause mark that opens the figure's clause, where that clause is a
    comparison with a time (较|五年前|增加, 是|去年同期|的): a duration, a time word or the same
    period; else None."""
    i, timed, de = st.pieces[0] - 1, False, False
    while i >= 0 and _word(text, pieces[i])[:1] not in _CLAUSE_ENDS:
        i -= 1
    k = i + 1
    if k >= st.pieces[0] or pieces[k].role:
        return None
    opener = _word(text, pieces[k])
    share_verb = opener in _SHARE_OPENERS and st.kind in _SHARE_KINDS
    if opener not in _OPENERS and not share_verb:
        return None
    k += 1
    while k < st.pieces[0] and (k in frames or _time_word(pieces[k], text)):
        timed = timed or k in frames or (pieces[k].pos != "m" and pieces[k].pos != "f")  # 前 alone: no time
        k += 1
    if k < st.pieces[0] and _word(text, pieces[k]) == "的" and st.kind in _SHARE_KINDS:
        k, de = k + 1, True
    if share_verb and not de:
        return None  # 超过|去年|N%: no base of the share, a change of its own
    while not de and k < st.pieces[0] and not pieces[k].role and pieces[k].pos in _CHANGE_POS:
        k += 1
    return i if timed and k == st.pieces[0] and i >= 0 else None


def _earlier(stats: list[Found], n: int) -> Found | None:
    """The nearest earlier figure that is no time of a comparison."""
    return next((p for p in reversed(stats[:n]) if p.kind not in _FRAME_KINDS), None)


def carry_past_time_frames(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A figure with no object whose clause compares it with an earlier time (，较五年前增加30片)
    measures what the figure ending the clause before measures: a count or amount of the same
    unit, a share or ratio of any (，是十年前的2.5倍)."""
    frames = {i for st in stats if st.kind in _FRAME_KINDS for i in st.pieces}
    for n, st in enumerate(stats):
        if st.obj or st.kind not in _FRAMED_KINDS:
            continue
        mark = _frame_clause(st, pieces, text, frames)
        prev = _earlier(stats, n)
        if mark is None or prev is None or not prev.obj or prev.kind not in _FRAMED_KINDS:
            continue
        if st.kind not in _SHARE_KINDS and (prev.kind, prev.unit) != (st.kind, st.unit):
            continue
        between = text[prev.end : pieces[mark].start]
        if between.strip() or any(c in text[prev.end : st.start] for c in _SENTENCE_ENDS):
            continue  # the earlier figure ends the clause right before
        st.obj = prev.obj
