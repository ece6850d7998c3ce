"""A time phrase between a metric noun and its change verb (零售总额|去年同期|下降N%, 进出口总额|
前三季度|增长N%, 工业增加值|1至10月|增长N%, 城乡居民收入|“十四五”期间|增长N%): the phrase is when
the change is measured, so the figure measures the noun phrase before it; read as it was, the
subject came out as the time (零售总额去年同期) or empty (a numeral or a locative before the verb
ends the noun run). Used by `duration_adverbials.past_time_adverbials` (the subject before a
figure's predicate) and by `change_frames` (the subject before 从…到…).

A phrase is a run of time pieces (jieba's t, m, mq, f; the words of stats_frame_points and
dates_year_words, alone or before a word of stats_frame_time_ends or dates_period_tails; quotes
and range marks between numerals) that ends in a point or an end (月, 季度, 以来, 同期, jieba's
t) and holds more than an end alone (疫情|期间 is no time phrase: the run has no point). A day of
the month ends one too (金价|12|日|上涨N%), and a preposition of time may open it (债务|于|2021|年|
3|月底|突破N: the noun before the preposition)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Piece

_ENDS = (*lexicons.words("stats_frame_time_ends"), *lexicons.words("dates_period_tails"))
_POINTS = frozenset((*lexicons.words("stats_frame_points"), *lexicons.words("dates_year_words")))
_TIME_POS = ("t", "m", "mq", "f")
_RANGE = ("至", "到", "-", "—", "～", "~")  # 1至10月: between numerals, never first
_INNER = (*_RANGE, "“", "”", "\"")  # “十四五”期间
_NUMERAL_CHARS = "0123456789〇零一二三四五六七八九十百两前"
_DAY = "日"  # 12|日: the day of a month after its numeral
_TIME_PREPOSITIONS = ("于", "在")  # 于|2021年3月底: the preposition that opens a time


def _day_of_month(pieces: list[Piece], i: int, text: str) -> bool:
    """12|日: jieba cuts a day of the month into a numeral and 日 (both m)."""
    if i < 1 or _word(text, pieces[i]) != _DAY or pieces[i - 1].role:
        return False
    w = _word(text, pieces[i - 1])
    return bool(w) and all(c in _NUMERAL_CHARS and c != "前" for c in w)


def _framing(w: str) -> bool:
    """A point, or a word that ends in a point or an end with a point or a numeral before it
    (去年同期, 今年以来, 前三季度, 年末; not 青年, 疫情期间: the start names no time)."""
    if w in _POINTS:
        return True
    for tail in (*_ENDS, *_POINTS):
        head = w[: -len(tail)]
        if w.endswith(tail) and head and (head in _POINTS or all(c in _NUMERAL_CHARS for c in head)):
            return True
    return False


def _time_piece(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return not p.role and (p.pos in _TIME_POS or _framing(w) or w in _ENDS or w in _INNER)


def _anchor(p: Piece, text: str) -> bool:
    """A piece that names a time by itself: no end alone, no mark."""
    w = _word(text, p)
    return w not in _ENDS and w not in _INNER and (p.pos in ("t", "m", "mq") or _framing(w))


def _time_preposition(p: Piece, text: str) -> bool:
    return not p.role and p.pos == "p" and _word(text, p) in _TIME_PREPOSITIONS


def past_frame_time(pieces: list[Piece], i: int, text: str) -> int:
    """The index of the noun before a time phrase that ends at pieces[i] (see the module); else i."""
    if i < 1 or not _time_piece(pieces[i], text):
        return i
    w = _word(text, pieces[i])
    if not (pieces[i].pos == "t" or _framing(w) or w in _ENDS or _day_of_month(pieces, i, text)):
        return i  # 规模|以上: a locative, no time
    k = i
    while k >= 0 and _time_piece(pieces[k], text):
        k -= 1
    phrase = pieces[k + 1 : i + 1]
    if k < 0 or _word(text, phrase[0]) in _RANGE or not any(_anchor(p, text) for p in phrase):
        return i
    if k >= 1 and _time_preposition(pieces[k], text):
        k -= 1  # 债务|于|2021年3月底|突破: the preposition opens the time
    before = pieces[k]
    return k if not before.role and before.pos.startswith(NOUN_POS) else i
