"""Ages: 23岁的石欣蔚, 63岁的村民李二旦 before the name; 石欣蔚，23岁 / 王建军今年52岁 / 现年61岁 after it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.numbers import parse_numeral

# a short noun for a kind of person may stand between the age and the name (63岁的村民李二旦)
_AGE_BEFORE = re.compile(
    r"(?:今年)?([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁(?:的(?:[\u4e00-\u9fff](?<![的和与、])){0,3})?$"
)
_AGE_AFTER = re.compile(
    r"^(?:[，,（(]\s*(?:今年|现年)?|今年|现年)([0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁"
)
_LOOKBACK = 8


@dataclass(frozen=True, slots=True)
class Age:
    value: int | None  # None when the number is no plausible age
    start: int | None  # where an age before the name begins
    end: int | None  # where an age after the name ends


def _age(text: str) -> int | None:
    value = parse_numeral(text)
    if value is None or not 0 < value < 130 or value != int(value):
        return None
    return int(value)


def age_around(text: str, anchor: int, name_end: int, lo: int, hi: int) -> Age:
    """The age written before the phrase that starts at `anchor` or right after the name."""
    value, start, end = None, None, None
    before = _AGE_BEFORE.search(text[max(lo, anchor - _LOOKBACK) : anchor])
    if before:
        value = _age(before.group(1))
        start = anchor - len(before.group(0))
    after = _AGE_AFTER.match(text[name_end:hi]) if value is None else None
    if after:
        value = _age(after.group(1))
        end = name_end + after.end()
    return Age(value, start, end)
