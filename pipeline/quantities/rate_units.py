"""A rate's compound unit: an amount's unit per another unit, written with a slash (4.2元/斤,
8000立方米/秒) or with 每 (5600立方米每秒, 18海里每小时, 12元每斤).

GUIDELINES (November 2026): rates keep their compound unit (2.6元/斤 -> unit 元/斤). Only a unit
of kind amount (a measure or a currency) takes a rate's second unit: a duration before 每 is a
frame (近一周|每天). After a slash the second unit is any unit of the lexicons, after 每 one of
time or measure (每秒, 每斤; 10吨|每个村 is a frame of counted things). The unit is stored with
the slash whichever way it is written (立方米每秒 -> 立方米/秒); the written form stays in
unit_written. Used by `measure.scan_after` and `measure._unit_and_kind`.
"""

from __future__ import annotations

from pipeline.nlp import number_patterns as P
from pipeline.quantities.pieces import match_prefix

_SLASH = "/"
_EACH = "每"
_AMOUNT = "amount"
_PER_EACH = ("duration", "amount")  # 每秒, 每斤; not 每个/每人 (10吨|每个村: a frame)


def rate_tail(text: str, pos: int, unit: str) -> int:
    """The length of the per-part after an amount's unit ending at pos (/斤, 每秒), or 0."""
    if P.UNIT_KIND.get(unit) != _AMOUNT:
        return 0
    for mark in (_SLASH, _EACH):
        if not text.startswith(mark, pos):
            continue
        per = match_prefix(text, pos + len(mark), P.UNITS_LONGEST_FIRST)
        if per and (mark == _SLASH or (P.UNIT_KIND[per] in _PER_EACH and per not in P.GE_ONLY_UNITS)):
            return len(mark) + len(per)
    return 0


def rate_unit(written: str) -> str | None:
    """The stored unit of a written compound (立方米每秒 -> 立方米/秒), or None for a plain unit."""
    for mark in (_SLASH, _EACH):
        head, sep, per = written.partition(mark)
        if sep and head in P.UNIT_KIND and per in P.UNIT_KIND:
            return f"{head}{_SLASH}{per}"
    return None
