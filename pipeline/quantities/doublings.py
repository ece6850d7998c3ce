"""N番 after a verb of doubling (翻一番, 翻了两番, 翻近一番): the figure is a ratio to the base,
2 to the power N (翻两番: four times the base), unit 倍 written 番, kind ratio (GUIDELINES: 倍
is a ratio). `stats_doubling_verbs` names the verbs. Elsewhere 番 counts turns (三番五次, 一番
努力: a bout, the article). Used by `exclusions` (一番 after such a verb is a figure) and
`measure` (its value, unit and kind).

Written by hand: one verb list looked up before the figure; no numeral library reads 番 so."""

from __future__ import annotations

import re

from pipeline import lexicons

DOUBLING_UNIT = "番"
RATIO_UNIT = "倍"
_VERBS = lexicons.longest_first(lexicons.words("stats_doubling_verbs"))
# the verb, then at most an aspect particle and an approximation word before the figure
_BEFORE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, _VERBS))})(?:了|上|过)?(?:近|约|超|超过|逾)?$")


def is_doubling(text: str, num_start: int, unit: str | None) -> bool:
    """Whether the figure at text[num_start:], measured in `unit`, counts doublings (翻|一番)."""
    return unit == DOUBLING_UNIT and _BEFORE_RE.search(text, max(0, num_start - 6), num_start) is not None


def doubled(value: float) -> float:
    """The ratio to the base after `value` doublings (2 -> 4)."""
    return float(2**value)
