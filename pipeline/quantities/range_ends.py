"""The two ends of a range written as two figures of one measure (肥料利用率提升|30%|—|60%,
补贴比例可提高至|35%|—|40%): the statistics finder gives each end its own row and the object
rules read a subject before the first end only, so the second was left empty. Both ends measure
the same thing: the end with no object takes the other's. `context_objects.share_in_runs`
does the same for figures with a joiner (和, 、) between them; a range mark is no joiner there
(从6人|提升到|10人 is a change, read by its own rules), so only a bare mark between two figures
of the same unit and kind counts here. Used by `rows` after the context rules."""

from __future__ import annotations

from itertools import pairwise

from pipeline import lexicons
from pipeline.quantities.pieces import Found

_MARKS = lexicons.words("stats_range_marks")  # —, ～, 至, 到


def share_in_ranges(stats: list[Found], text: str) -> None:
    """Give an end of a range with no object the object of its other end."""
    for low, high in pairwise(stats):
        if low.unit != high.unit or low.kind != high.kind or text[low.end : high.start].strip() not in _MARKS:
            continue
        if low.obj and not high.obj:
            high.obj = low.obj
        elif high.obj and not low.obj:
            low.obj = high.obj
