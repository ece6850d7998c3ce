"""A grade range before a noun joined into one word (地级|及|以上|城市 -> 地级及以上/b|城市).

jieba cuts a grade range (a grade word ending in stats_grade_endings: 地级, 二级, 三等; then 及
and 以上 or 以下) into three words, and the reader of the noun after a measure or its 的
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


def _range_at(pieces: list[Piece], k: int, text: str) -> bool:
    if k + 3 >= len(pieces) or any(p.role for p in pieces[k : k + 4]):
        return False
    grade, join, rng, nxt = pieces[k], pieces[k + 1], pieces[k + 2], pieces[k + 3]
    w = _word(text, grade)
    return (
        grade.pos in _GRADE_POS
        and len(w) > 1
        and w.endswith(_GRADE_ENDINGS)
        and _word(text, join) == _JOIN
        and _word(text, rng) in _RANGE
        and _word(text, nxt)[:1] not in _MARKS
        and _after_figure(pieces, k, text)
    )


def join_grade_ranges(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with each grade range after a figure joined into one word tagged b."""
    runs = {k: k + 2 for k in range(len(pieces)) if _range_at(pieces, k, text)}
    return join_runs(pieces, stats, runs)
