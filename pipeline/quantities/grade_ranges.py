"""A grade range before a noun joined into one word (地级|及|以上|城市 -> 地级及以上/b|城市).

jieba cuts a grade range (a grade word ending in stats_grade_endings: 地级, 二级, 三等, or a
threshold noun of stats_threshold_nouns: 规模, 限额; then 及
and 以上 or 以下, or 以上/以下 right after the grade word: 省级|以上) into two or three words,
and the reader of the noun after a measure or its 的
stops at the locative 以上 (约95%的|县级, or nothing). The range names one class of the noun
after it, as a distinguishing word does (县级城市), so the three words become one word tagged
b, where they follow a statistic's measure or its 的 and a word follows them: the object is
then the noun phrase with its range (县级及以上城市). The statistics' piece indices are moved
to the new list.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece, join_runs

_GRADE_ENDINGS = tuple(lexicons.words("stats_grade_endings"))
_THRESHOLDS = frozenset(lexicons.words("stats_threshold_nouns"))  # 规模|以上: a class, as 县级|以上
_JOIN = "及"
_RANGE = ("以上", "以下")
_DE = "的"
_GRADE_POS = ("n", "b", "m", "mq")
_MARKS = "，,。；;：:、！？!?（）()“”"


def _after_figure(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] follows a statistic's piece, or its 的 (70%以上|的|二级…)."""
    if k > 0 and pieces[k - 1].role:
        return True
    return k > 1 and _word(text, pieces[k - 1]) == _DE and bool(pieces[k - 2].role)


def _range_end(pieces: list[Piece], k: int, text: str) -> int | None:
    """The last piece of a grade range starting at pieces[k] (地级|及|以上, 省级|以上), or None."""
    if k + 2 >= len(pieces) or pieces[k].role or not _after_figure(pieces, k, text):
        return None
    w = _word(text, pieces[k])
    if not _grade_word(pieces[k], w):
        return None
    rng = k + 2 if _word(text, pieces[k + 1]) == _JOIN else k + 1
    if rng + 1 >= len(pieces) or any(p.role for p in pieces[k : rng + 2]):
        return None
    if _word(text, pieces[rng]) not in _RANGE or _word(text, pieces[rng + 1])[:1] in _MARKS:
        return None
    return rng


def _grade_word(p: Piece, w: str) -> bool:
    """A grade word (地级, 二套) or a threshold noun (规模, 限额) a range may follow."""
    grade = p.pos in _GRADE_POS and len(w) >= 2 and w.endswith(_GRADE_ENDINGS)
    return grade or w in _THRESHOLDS


def join_grade_ranges(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with each grade range after a figure joined into one word tagged b."""
    runs = {k: end for k in range(len(pieces)) if (end := _range_end(pieces, k, text)) is not None}
    return join_runs(pieces, stats, runs)
