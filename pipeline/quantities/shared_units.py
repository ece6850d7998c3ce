"""A unit written once for two figures joined by a conjunction (4.8个和1.6个百分点, 3个或4个小时).

Where a figure ends in the bare measure word 个 and the next figure, right after a conjunction
(stats_conjunctions: 和, 与, 及, 、 …), has 个 before a unit that takes it (stats_units: 个 optional
or required: 百分点, 小时, 月), the first figure's 个 is that unit's too: both are percentage
points (hours, months), not counts of things. Used by `measure.sentence_statistics`.
"""

from __future__ import annotations

from itertools import pairwise

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.pieces import Found

_CONJ = frozenset(lexicons.words("stats_conjunctions"))


def _takes_unit(first: Found, second: Found, text: str) -> bool:
    """Whether `first` ends in a bare 个 and `second`, after a conjunction, has 个 + unit."""
    if first.unit != P.GE or not text.endswith(P.GE, 0, first.end):
        return False
    if text[first.end : second.start] not in _CONJ or second.unit not in P.GE_UNITS:
        return False
    return (second.unit_written or "").endswith(P.GE + second.unit)


def share_units(stats: list[Found], text: str) -> None:
    """Give a figure in bare 个 the unit of the joined figure after it (4.8个|和|1.6个百分点),
    last pair first so that a list of three shares the last one's unit."""
    for first, second in reversed(list(pairwise(stats))):
        if _takes_unit(first, second, text):
            first.unit, first.kind = second.unit, second.kind
            first.unit_written = (first.unit_written or "") + (second.unit or "")
