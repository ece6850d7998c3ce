"""A length of time, a time adverb or a time word (jieba's t: 今年, 年底) between a subject and
its predicate (粮食产量|连续|10年|稳定在|1.3万亿斤, 支出规模|首次|突破…, 产量|今年|达到), and the
time phrase a change is framed by (零售总额|去年同期|下降: `frame_times`): the subject is read back
over the adverbial, as over an adverb. Used by `subjects`."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.frame_times import past_frame_time
from pipeline.quantities.object_words import _PREDICATE_WORDS, _skip_back, _word
from pipeline.quantities.pieces import Piece

_CONTINUITY = frozenset(lexicons.words("stats_continuity_words"))
_TIME_ADVERBS = frozenset(lexicons.words("stats_time_adverbs"))
_DURATION_ROWS = [r for r in lexicons.rows("stats_units") if len(r) > 1 and r[1] == "duration"]
_DURATION_UNITS = frozenset(r[0] for r in _DURATION_ROWS) | frozenset(
    "个" + r[0] for r in _DURATION_ROWS if len(r) > 2 and r[2] in ("optional", "required")
)
_FIGURE_ROLES = ("NUM", "PRE")
_SUBJECT_END_POS = ("n", "vn", "j", "l", "d", "v")  # a subject's noun, or an adverb or 预计 after it


def past_time_adverbials(pieces: list[Piece], i: int, text: str) -> int:
    """The index before the time adverbials that end at pieces[i]: 连续|N年 and the time adverbs
    jieba does not tag d (stats_time_adverbs: 首次, 如今), with the adverbs around them."""
    while True:
        k = past_duration_adverbial(pieces, i, text)
        if k == i and i >= 1 and not pieces[i].role and _word(text, pieces[i]) in _TIME_ADVERBS:
            k = _skip_back(pieces, i - 1, text, ())
        if k == i and _time_word_after_noun(pieces, i):
            k = _skip_back(pieces, i - 1, text, _PREDICATE_WORDS)  # 产量|今年|达到, 普及率|预计|年底|达到
        if k == i:
            k = _past_averaged_duration(pieces, i, text)  # 生产总值|五年|年均|增长
        if k == i and (noun := past_frame_time(pieces, i, text)) < i:
            k = noun  # 零售总额|去年同期|下降, 进出口总额|前三季度|增长: the time frames the change
        if k == i:
            return i
        i = k


_AVERAGE = frozenset(lexicons.words("stats_average_words"))  # 年均, 平均: a mean over a span
_NOUN_POS = ("n", "nz", "l", "j", "vn")


def _past_averaged_duration(pieces: list[Piece], i: int, text: str) -> int:
    """The index of the noun before a duration ending at pieces[i] (a locative 间/来 after it)
    that a word of averaging follows (发明专利|十年|年均|增长, 生产总值|五年|间|年均|增长): the span
    the mean is taken over, a time adverbial between the subject and its predicate; else i."""
    if i < 2 or i + 1 >= len(pieces) or pieces[i + 1].role or _word(text, pieces[i + 1]) not in _AVERAGE:
        return i
    k = i
    if not pieces[k].role and pieces[k].pos == "f":
        k -= 1  # 五年|间, 十年|来
    if pieces[k].role != "UNIT" or _word(text, pieces[k]) not in _DURATION_UNITS:
        return i
    k -= 1
    while k >= 0 and pieces[k].role in _FIGURE_ROLES:
        k -= 1
    noun = k >= 0 and not pieces[k].role and pieces[k].pos.startswith(_NOUN_POS)
    return k if noun and pieces[k + 1].role in _FIGURE_ROLES else i


def _time_word_after_noun(pieces: list[Piece], i: int) -> bool:
    """pieces[i] is a time word (jieba's t: 今年, 年底, 上半年) right after a noun, an adverb or a
    predicate word: a time adverbial between the subject and its predicate."""
    if i < 1 or pieces[i].role or pieces[i].pos != "t":
        return False
    before = pieces[i - 1]
    return not before.role and before.pos.startswith(_SUBJECT_END_POS)


_ORDINAL = "第"  # 连续|第四年/m: the ordinal of a run of years


def _ordinal_period(p: Piece, text: str) -> bool:
    """第四年/m, 第3个月: an ordinal of a duration unit jieba keeps in one word (no figure)."""
    w = _word(text, p)
    if p.role or not w.startswith(_ORDINAL):
        return False
    unit = next((u for u in sorted(_DURATION_UNITS, key=len, reverse=True) if w.endswith(u)), "")
    return bool(unit) and len(w) > len(_ORDINAL) + len(unit)


def past_duration_adverbial(pieces: list[Piece], i: int, text: str) -> int:
    """The index before 连续|N年 (stats_continuity_words, a duration unit) when pieces[i] ends
    one, read back over the adverbs before it (已经|连续|两年); so before 连续|第四年, an ordinal
    of the run (总额|连续|第四年|超过N); else i."""
    if i >= 2 and _ordinal_period(pieces[i], text) and _word(text, pieces[i - 1]) in _CONTINUITY:
        return _skip_back(pieces, i - 2, text, ()) if not pieces[i - 1].role else i
    if i < 2 or pieces[i].role != "UNIT" or _word(text, pieces[i]) not in _DURATION_UNITS:
        return i
    k = i - 1
    while k >= 0 and pieces[k].role in _FIGURE_ROLES:
        k -= 1
    if k == i - 1 or k < 0 or pieces[k].role or _word(text, pieces[k]) not in _CONTINUITY:
        return i
    return _skip_back(pieces, k - 1, text, ())
