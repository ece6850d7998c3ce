"""N级 as a magnitude on a scale (6.8级地震, 风力达8级), not a level (二级应急响应) nor a tier
(县乡两级): `stats_magnitude_words` names the nouns after the figure and the metrics before it.
Used by `exclusions` (a magnitude is a figure, decimal or not) and `measure` (its kind is amount).

Written by hand: a word list looked up on both sides of the figure; no library reads this."""

from __future__ import annotations

import re

from pipeline import lexicons

MAGNITUDE_UNIT = "级"
_ROWS = lexicons.rows("stats_magnitude_words")
_AFTER = tuple(sorted((r[0] for r in _ROWS if r[1] == "after"), key=len, reverse=True))
_BEFORE = tuple(sorted((r[0] for r in _ROWS if r[1] == "before"), key=len, reverse=True))
# the metric, then at most a few characters of predicate before the figure: 风力|可达|, 震级|为|
_BEFORE_RE = re.compile(rf"(?:{'|'.join(map(re.escape, _BEFORE))})[可将达到为在至了约超过]{{0,4}}$")
_BOUNDS = ("以上", "以下", "左右")  # 10级以上大风: a bound may stand between the unit and the noun


def is_magnitude(text: str, num_start: int, unit_end: int) -> bool:
    """Whether the figure text[num_start:unit_end], ending in 级, measures a magnitude."""
    if not text.endswith(MAGNITUDE_UNIT, 0, unit_end):
        return False
    after = unit_end + next((len(b) for b in _BOUNDS if text.startswith(b, unit_end)), 0)
    if text.startswith(_AFTER, after):
        return True
    return _BEFORE_RE.search(text, max(0, num_start - 8), num_start) is not None
