"""A time or age span, a length or a sum of money written in two units, one right after the
other (3岁6个月, 1小时43分钟, 2年零8个月, 3分42秒, 3元5角, 12块5毛): one statistic, its value in the
larger unit (GUIDELINES, November 2026: 3岁6个月 is one age, value 3.5, unit 岁), its text the
whole span; spoken money (块) with its smaller part is an amount.

The pairs and their ratios are data (stats_mixed_units: larger unit, smaller unit, how many of
the smaller make one larger; only exact ratios). The finder reads each figure with its own unit
(measure); here two figures are joined where nothing but 零/又 stands between them and the second
is less than one of the larger unit. 分 alone is no unit (a score, a cent): a figure in 秒 right
after "N分" takes the minutes in (3分42秒 = 3.7 minutes), and a smaller part written after the
larger unit without its full name is read in too (stats_bare_subunits: 2小时08分, 6米72). Used by
`measure.sentence_statistics`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.numbers import approx_bounds, parse_quantity
from pipeline.quantities.pieces import Found, Piece, split_pieces

_RATIOS = {(row[0], row[1]): int(row[2]) for row in lexicons.rows("stats_mixed_units")}
_LINKS = ("", "零", "又")  # 2年零8个月, 1小时又10分钟: nothing else may stand between
_JOINABLE = ("exact", "about", "over", "under")  # a range is two spans, never joined
_MINUTES = "分钟"
_SECONDS = "秒"
# N分 right before a figure in seconds: the minutes of one span (a clock's 8时3分 is a date span
# and never reaches here)
_MINUTES_BEFORE = re.compile(r"(?<![\d一二两三四五六七八九十])(\d+|[一二两三四五六七八九十]+)分$")
# (larger unit) -> (closing character or "", smaller units in one larger, digits or 0)
_BARE_PARTS = {
    row[0]: ("" if row[1] == "-" else row[1], int(row[2]), 0 if row[3] == "-" else int(row[3]))
    for row in lexicons.rows("stats_bare_subunits")
}
BARE_PART_UNITS = frozenset(_BARE_PARTS)  # the larger units a bare smaller part may follow (块|八)
_BARE_NUMBER = re.compile(r"\d+|[零〇一二两三四五六七八九十]+")
_NOT_AFTER_BARE = ("钟", "之", ".", "%")  # 2小时08分钟 is two full units; 8分之一 a fraction
_CLOCK_HOURS = ("时", "点")  # 8时3分42秒: a clock time, whatever the date finder left
_HOURS = "小时"


def _after_clock_hour(before: str) -> bool:
    """Whether the text before the minutes ends in a clock's hour (8时|3分), not in 小时."""
    return before[-1:] in _CLOCK_HOURS and not before.endswith(_HOURS)


def _joined_approx(first: str, second: str) -> str | None:
    """The span's approximation: the marker of whichever figure has one (约1小时20分钟); two
    markers of different kinds make no one span."""
    if first not in _JOINABLE or second not in _JOINABLE:
        return None
    if "exact" in (first, second):
        return second if first == "exact" else first
    return first if first == second else None


def _joins(first: Found, second: Found, text: str) -> int:
    """How many smaller units make one larger between two figures that make one span, else 0."""
    ratio = _RATIOS.get((first.unit or "", second.unit or ""), 0)
    if not ratio or text[first.end : second.start] not in _LINKS:
        return 0
    if first.value is None or second.value is None or not 0 <= second.value < ratio:
        return 0
    return ratio if _joined_approx(first.approx, second.approx) else 0


def _join(first: Found, second: Found, ratio: int) -> None:
    assert first.value is not None and second.value is not None  # _joins checked them
    approx = _joined_approx(first.approx, second.approx) or first.approx
    value = first.value + second.value / ratio
    first.end = second.end
    first.pieces = list(range(first.pieces[0], second.pieces[-1] + 1))
    first.value, first.approx = value, approx
    first.low, first.high = approx_bounds(value, approx)
    _money_if_spoken(first)


def _money_if_spoken(st: Found) -> None:
    """A spoken money unit (块) with its smaller part (毛, or a bare digit: 两块八) is money."""
    if st.unit in P.COUNT_OR_MONEY:
        st.kind = "amount"


def _with_minutes(st: Found, pieces: list[Piece], text: str, s0: int) -> None:
    """A figure in seconds right after "N分" (3分42秒): the minutes are read in, in 分钟."""
    if st.unit != _SECONDS or st.value is None or st.approx != "exact" or not st.pieces:
        return
    first = st.pieces[0]
    m = _MINUTES_BEFORE.search(text[max(s0, st.start - 6) : st.start])
    if m is None or first < 2 or pieces[first - 1].end != st.start:
        return
    num, unit = pieces[first - 2], pieces[first - 1]
    q = parse_quantity(m.group(1))
    if num.role not in ("", P.ROLE_NUM) or unit.role or text[num.start : unit.end] != m.group(0):
        return
    if q is None or q.value is None or _after_clock_hour(text[max(s0, num.start - 2) : num.start]):
        return
    pieces[first - 2] = Piece(num.start, num.end, P.ROLE_NUM)
    pieces[first - 1] = Piece(unit.start, unit.end, P.ROLE_UNIT)
    st.start, st.pieces = num.start, [first - 2, first - 1, *st.pieces]
    st.value = q.value + st.value / 60
    st.unit = st.unit_written = _MINUTES


def _bare_part(st: Found, taken: set[int], pieces: list[Piece], text: str) -> tuple[int, float, int] | None:
    """The smaller part written right after the figure's larger unit (2小时|08分, 6米|72), in
    no other statistic (`taken`: their pieces): its pieces (1 or 2), its value in the larger
    unit and where it ends; else None."""
    part = _BARE_PARTS.get(st.unit or "")
    j = st.pieces[-1] + 1 if st.pieces else len(pieces)
    if part is None or st.approx not in _JOINABLE or st.value is None or j >= len(pieces) or j in taken:
        return None
    closing, ratio, width = part
    num = pieces[j]
    m = _BARE_NUMBER.fullmatch(text[num.start : num.end])
    if num.start != st.end or num.role not in ("", P.ROLE_NUM) or m is None:
        return None
    if width and (not m.group().isdigit() or len(m.group()) != width):
        return None
    end, used = num.end, 1
    if closing:
        if j + 1 >= len(pieces) or pieces[j + 1].role or not text.startswith(closing, pieces[j + 1].start):
            return None
        end, used = pieces[j + 1].start + len(closing), 2
    nxt = text[end : end + 1]
    if nxt.isdigit() or nxt.startswith(_NOT_AFTER_BARE):
        return None
    q = parse_quantity(m.group())
    if q is None or q.value is None or not 0 <= q.value < ratio:
        return None
    return used, q.value / ratio, end


def _with_bare_part(st: Found, stats: list[Found], taken: set[int], pieces: list[Piece], text: str) -> None:
    """2小时08分 -> 2.133 小时, 6米72 -> 6.72 米 (stats_bare_subunits)."""
    found = _bare_part(st, taken, pieces, text)
    if found is None:
        return
    used, extra, end = found
    j = st.pieces[-1] + 1
    if used == 2 and pieces[j + 1].end > end:  # 45|分完/v|赛: the closing glued to the next word
        glued = j + 1  # cut in place: the caller's list is the sentence's pieces
        pieces[:] = split_pieces(
            pieces, stats, lambda k, p: (Piece(p.start, end), replace(p, start=end)) if k == glued else None
        )
    pieces[j] = Piece(pieces[j].start, pieces[j].end, P.ROLE_NUM)
    if used == 2:
        pieces[j + 1] = Piece(pieces[j + 1].start, pieces[j + 1].end, P.ROLE_UNIT)
    assert st.value is not None  # _bare_part checked it
    st.value += extra
    st.end, st.pieces = end, [*st.pieces, *range(j, j + used)]
    st.low, st.high = approx_bounds(st.value, st.approx)
    _money_if_spoken(st)


def join_mixed_units(stats: list[Found], pieces: list[Piece], text: str, s0: int) -> list[Found]:
    """The statistics with each span written in two units made one (3岁6个月 -> 3.5 岁); pieces
    of "N分" before seconds get their roles (3分42秒)."""
    for st in stats:
        _with_minutes(st, pieces, text, s0)
    for st in stats:  # the pieces taken are counted afresh: a split moves the indices
        _with_bare_part(st, stats, {i for other in stats for i in other.pieces}, pieces, text)
    out: list[Found] = []
    for st in stats:
        prev = out[-1] if out else None
        ratio = _joins(prev, st, text) if prev is not None else 0
        if prev is not None and ratio:
            _join(prev, st, ratio)
        else:
            out.append(st)
    return out
