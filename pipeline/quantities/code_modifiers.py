"""A Latin code glued before an object read before the number (PM10|年均浓度, PM2.5|平均浓度).

jieba cuts a code of Latin letters and Arabic digits into pieces of their own (PM10/eng,
PM2/eng|.5/m), and the object readers, reading back from the number over nouns, stop at them,
so PM10年均浓度 was read as 年均浓度. Where the code names the kind of thing or metric the
noun measures (its shape is in stats_kind_codes: PM0 of PM10, CPI, 0G of 5G) and is written right
against the object, with no space or mark between, it is part of the compound metric's name
and is put back in front. A model's or product's name (AG600M, C919) stays out: it names the
thing measured, as a place does, and a group's (G20) is a party.

Word class is data: stats_kind_codes in `pipeline/lexicons/`.
Used by `rows` on every object.
"""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.pieces import Found, Piece

_KIND_CODES = frozenset(lexicons.words("stats_kind_codes"))
_POINT = "."


def _code_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


def code_start(text: str, at: int) -> int:
    """Where the code of Latin letters and Arabic digits that ends at `at` starts (a decimal
    point between digits inside it: PM2.5), else `at`."""
    k = at
    while k > 0 and (
        _code_char(text[k - 1])
        or (text[k - 1] == _POINT and k - 2 >= 0 and text[k - 2].isdigit() and text[k : k + 1].isdigit())
    ):
        k -= 1
    return k


_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def kind_code(code: str) -> bool:
    """Whether a code's shape (each run of digits written 0: PM2.5 -> PM0, 5G -> 0G) names a
    kind (stats_kind_codes)."""
    return _DIGITS.sub("0", code).upper() in _KIND_CODES


def with_code_modifier(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the kind code written right before it (PM10|年均浓度)."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    at = pieces[span[0]].start
    if _code_char(st.obj[:1]) or at == 0:
        return st.obj
    start = code_start(text, at)
    code = text[start:at]
    return code + st.obj if start < at and kind_code(code) else st.obj
