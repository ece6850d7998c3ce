"""Chinese and Arabic numerals: `parse_numeral` for one whole expression, `find_numerals` for
every numeral in a running text.

A small standalone library: it imports nothing from the pipeline package but its word lists
(`pipeline.lexicons`: numerals_characters, numerals_approx_markers), so that it can be tested,
reused and benchmarked on its own.

What cn2an does and does not do (cn2an 0.5.24, measured): its strict mode reads the
standard written forms (一亿二千万, 一千零五, 壹佰贰拾叁, 十万零一) and is used for them here. It
raises on Arabic digits mixed with units (4万, 3.5万, 5千), on a decimal inside a unit
expression (十五点八万), on the spoken abbreviations (三千五, 九万四), on digit strings (二〇二二),
fractions, percentages, 成/折, bare units (千, 万), separators (1,669) and scientific
notation; it misreads a 万/亿 section that starts with a bare 十 (一亿十万 -> 100000000) and
loses digits of large decimals through float; its normal mode returns numbers for malformed
strings (十百七 -> 80). So the grammar written here by hand (`_core`) reads everything cn2an
cannot, and the wrappers around it (normalization of full-width, traditional and financial
characters; sign, percent, fraction, 成/折, ranges, approximation markers, exponent) are
hand-written too. cn2an (all three modes) also raises on every form added for issue 12: spaces
inside (3 万, 二百 六 十 一, 三十 億), 万万 (三万万, 五萬萬), 几 (三十几万), 打, 半百, 半成, 85折,
百分点, 仟分之叁, .8 and 3^4; those are read by the table of standard characters
(`standard_numeral`) and the wrappers below, by hand for that reason. Both readings agree
wherever both accept (tests/test_numbers.py). The character tables, the normalization and
that grammar are in `pipeline.numeral_grammar`.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from pipeline import lexicons
from pipeline.numeral_grammar import BIG_UNITS as _BIG_UNITS
from pipeline.numeral_grammar import CN_DIGIT_CHARS as _CN_DIGIT_CHARS
from pipeline.numeral_grammar import CN_UNIT_CHARS as _CN_UNIT_CHARS
from pipeline.numeral_grammar import (
    DIGITS,
    NEGATIVE,
    SCALE_VALUES,
    UNITS,
    normalize_numeral,
    standard_numeral,
)
from pipeline.numeral_grammar import core as _core  # noqa: F401  (tests read the hand grammar here)
from pipeline.numeral_grammar import core_value as _core_value

__all__ = [
    "SCALE_VALUES",
    "Quantity",
    "approx_bounds",
    "find_numerals",
    "normalize_numeral",
    "parse_numeral",
    "parse_quantity",
    "parse_range",
    "standard_numeral",
]

# --- wrappers: sign, percent, fractions, ranges, approximation ------------------------------


class Quantity(NamedTuple):
    """A parsed numeral expression.

    value: the number (None for vague forms: 几十, 数百); low/high: the bounds the text
    states; approx: exact | over | under | about | range; kind: number | percent | fraction |
    range; unit: the unit the value is in where the numeral itself carries one: "%" for every
    percentage (70%, 百分之七十, 千分之三 = 0.3 %, 三成, 半成 = 5 %, 85折 = 85 %), "百分点" for
    percentage points (三个百分点 = 3), else "" (scale and counting words are folded into the
    value: 3万 = 30000, 两打 = 24, 半百 = 50).

    几 after a number word stands for one digit below the head (guidelines, November 2026): a
    range with its midpoint as value: 十几 = 10..19 (14.5), 40几 = 40..49, 三十几万 =
    300000..390000, 二百零几万 = 2000000..2090000. 几 before a scale word (几十, 几万) stays
    value None, bounds 2..9 of the scale. An exponent is a power: 3^4 = 81, 1.2^+5 = 1.2^5,
    2.5^-1 = 0.4 (the caret as in arithmetic; 1.5×10^8 and 6.02e23 are scientific notation)."""

    value: float | None
    low: float | None
    high: float | None
    approx: str
    kind: str
    unit: str = ""


# the one list of approximation markers, shared with the statistics finder: (marker, approx,
# where it stands); a whole numeral expression may carry any of them at either end
APPROX_MARKERS: tuple[tuple[str, str, str], ...] = tuple(
    (row[0], row[1], row[2]) for row in lexicons.rows("numerals_approx_markers")
)
_PREFIXES = {w: a for w, a, where in APPROX_MARKERS if where == "before"}
_SUFFIXES = {w: a for w, a, where in APPROX_MARKERS if where != "before"}
_PREFIXES_LONGEST_FIRST = lexicons.longest_first(tuple(_PREFIXES))
_SUFFIXES_LONGEST_FIRST = lexicons.longest_first(tuple(_SUFFIXES))
# between the number and its scale: 一百多万, 3000余万, 十来万
_INSIDE = {w: a for w, a, where in APPROX_MARKERS if where == "inside"}
_INSIDE_SCALE_RE = re.compile(rf"(.+?)([{''.join(_INSIDE)}])([十百千万亿]+)")
_RANGE_SEP = r"(?:至|到|~|～|—{1,2}|－|-{1,2}|–)"
_PERCENT_PREFIX = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}
_PERCENT_SUFFIX = {"%": Decimal(1), "‰": Decimal("0.1"), "‱": Decimal("0.01")}
# (?<!\d): a match starts where a run of digits starts (the same matches, in linear time)
_SCI = re.compile(r"(?<!\d)(\d+(?:\.\d+)?)\s*(?:[eE]([+-]?\d+)|[×xX*]\s*10\s*(?:\^|\*\*)?\s*([+-]?\d+))")
_POWER = re.compile(r"(\d+(?:\.\d+)?)\^([+-]?\d{1,2})")  # 3^4, 1.2^+5, 2.5^-1
_CONSECUTIVE_CN = "一二三四五六七八九"
_EVERYDAY_DIGITS = "零〇○一二两兩三四五六七八九"
# counting words folded into the value (两打 = 24): pipeline/lexicons/numerals_counting_units.tsv
_COUNTING_UNITS = {w: Decimal(f) for w, f in lexicons.mapping("numerals_counting_units").items()}
_POINTS = "百分点"  # percentage points: 三个百分点, 7.25个百分点
_HALF_SCALE = re.compile(r"半([十百千万亿])")  # 半百 = 50: half of one scale word
# (?<!\d) and the possessive run: a match starts where a run of digits starts (linear time)
_VULGAR = re.compile(r"(?<!\d)(\d*+)([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")


def _chinese_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Two neighbouring digits as an estimate: 六七 (6-7), 两三 (2-3), 三五 (3-5), 一两, and
    with units 七八十 (70-80), 三四百, 二三十 (20-30), 五六万. After a head that ends in a scale
    character the two digits stand one place below it, as in the spoken abbreviation 七百三 =
    730: 十七八 (17-18), 四十五六 (45-46), 七百三四 (730-740, also written 七百三四十), 三千五六百,
    三万五六 (35000-36000); a larger scale after them multiplies the whole: 十七八万, 六十三四万."""
    t = text.replace("两", "二")
    m = re.fullmatch(rf"(.*?)([{_CONSECUTIVE_CN}])([{_CONSECUTIVE_CN}])([十百千万亿]*)", t)
    if not m:
        return None
    a, b = _CONSECUTIVE_CN.index(m.group(2)) + 1, _CONSECUTIVE_CN.index(m.group(3)) + 1
    if not (b == a + 1 or (a, b) in ((3, 5), (1, 2))):
        return None
    head, tail = m.group(1), m.group(4)
    base, place = Decimal(0), Decimal(1)
    if head:
        head_value = _core_value(head) if head[-1] in UNITS else None
        if head_value is None:
            return None
        base, place = head_value, Decimal(UNITS[head[-1]]) / 10
        if tail and UNITS[tail[0]] == place:  # 七百三四十: the place written out
            tail = tail[1:]
        if tail and UNITS[tail[0]] <= UNITS[head[-1]]:
            return None  # 三万五六万: a scale repeated
    mult = Decimal(1)
    for u in tail:
        mult *= UNITS[u]
    return (base + a * place) * mult, (base + b * place) * mult


def _signed(text: str) -> Decimal | None:
    neg = False
    for sign in NEGATIVE:
        if text.startswith(sign) and len(text) > len(sign):
            neg, text = True, text[len(sign) :]
            break
    else:
        if text[:1] in "+正" and len(text) > 1:
            text = text[1:]
    v = _unsigned(text)
    if v is None:
        return None
    return -v if neg else v


def _unsigned(text: str) -> Decimal | None:
    """Scientific notation, powers, fractions, halves and plain numbers (no sign)."""
    m = _SCI.fullmatch(text)
    if m:
        return Decimal(m.group(1)).scaleb(int(m.group(2) or m.group(3)))
    m = _POWER.fullmatch(text)
    if m:
        base, exponent = Decimal(m.group(1)), int(m.group(2))
        if base == 0 and exponent <= 0:  # 0^0 and 0^-n have no value (Decimal raises)
            return None
        return base**exponent
    if "又" in text and ("分之" in text or "/" in text):  # mixed: 一又二分之一, 3又1/2
        whole, _, frac = text.partition("又")
        w, f = _core_value(whole), _fraction(frac)
        return None if w is None or f is None else w + f
    if "分之" in text or "/" in text:
        return _fraction(text)
    m = _VULGAR.fullmatch(text)
    if m:  # ½, 3½: the Unicode fraction characters, valued by unicodedata
        ones = Decimal(m.group(1)) if m.group(1) else Decimal(0)
        return ones + Decimal(str(unicodedata.numeric(m.group(2))))
    if text in ("半", "一半"):
        return Decimal("0.5")
    m = _HALF_SCALE.fullmatch(text)
    if m:  # 半百 = 50
        return Decimal(UNITS[m.group(1)]) / 2
    mm = re.fullmatch(r"(.+?)(个?半)", text)  # 一个半, 两个半: x.5
    if mm and mm.group(1):
        units = _core_value(mm.group(1))
        return None if units is None else units + Decimal("0.5")
    return _core_value(text)


def _fraction(text: str) -> Decimal | None:
    """三分之一, 4分之3, and the slash: 3/4, 1.5/2 (numerator first)."""
    if re.fullmatch(r"\d+(?:\.\d+)?/\d+(?:\.\d+)?", text):
        num_t, _, den_t = text.partition("/")
    else:
        den_t, _, num_t = text.partition("分之")
    den, num = _core_value(den_t), _core_value(num_t)
    if den is None or num is None or den == 0:
        return None
    return num / den


def _percent(text: str) -> Decimal | None:
    """As percent points: 70% -> 70, 百分之七十 -> 70, 千分之五 -> 0.5, 三成半 -> 35,
    半成 -> 5, 八折 -> 80, 八五折 -> 85, 85折 -> 85, 7.5折 -> 75."""
    for pre, scale in _PERCENT_PREFIX.items():
        if text.startswith(pre):
            v = _signed(text[len(pre) :])
            return None if v is None else v * scale
    for suf, scale in _PERCENT_SUFFIX.items():
        if text.endswith(suf):
            v = _signed(text[: -len(suf)].strip())
            return None if v is None else v * scale
    if text.startswith("百分") and text[2:3] not in ("", "之", "点"):  # 百分三十, 百分百
        return _signed(text[2:])
    if text == "半成":
        return Decimal(5)
    m = re.fullmatch(r"(.+?)成(半|.)?", text)
    if m:
        tenths = _core_value(m.group(1))
        if tenths is None or tenths > 10:
            return None
        extra = m.group(2)
        add = Decimal(0)
        if extra == "半":
            add = Decimal(5)
        elif extra:
            d = _core_value(extra)
            if d is None or d >= 10:
                return None
            add = d
        return tenths * 10 + add
    m = re.fullmatch(r"(.+?)折", text)
    if m:
        body = m.group(1)
        if re.fullmatch(r"[1-9][0-9]", body):  # 85折: two written digits, the percent
            return Decimal(body)
        if len(body) == 2 and all(c in DIGITS for c in body):  # 八五折: two digits
            return Decimal(DIGITS[body[0]] * 10 + DIGITS[body[1]])
        v = _core_value(body)
        if v is None or v >= 10:
            return None
        return v * 10
    return None


def _to_float(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def approx_bounds(value: float | None, approx: str) -> tuple[float | None, float | None]:
    """(low, high) an approximation sets on a value: over -> low, under -> high, and the other way
    below zero (零下十多 = -10 or colder: high -10, as `quantities.signs` reads a sign written
    apart, 零下10多度); exact, about and an unknown value set none. The one rule of the parser,
    the statistics finder and the spans it joins."""
    if value is None or approx not in ("over", "under"):
        return None, None
    return (value, None) if (approx == "over") == (value >= 0) else (None, value)


def _bounded(v: Decimal, approx: str, kind: str, unit: str = "") -> Quantity:
    fv = float(v)
    return Quantity(fv, *approx_bounds(fv, approx), approx, kind, unit)


# Memoized: the statistics stage parses every numeral it finds two or three times (finding,
# shrinking, the percent check), and news repeats the same numerals (一, 两, 2022, 3.5%); the
# result is an immutable tuple of the text alone. Bounded, so a worker's memory stays flat.
@lru_cache(maxsize=8192)
def parse_quantity(text: str) -> Quantity | None:
    """Parse one numeral expression with its approximation markers and range forms."""
    t = standard_numeral(text)
    if not t:
        return None
    if t.startswith("第"):  # an ordinal still names a number
        t = t[1:]
    if "几" in t or (t.startswith("数") and len(t) > 1):
        if t.startswith("百分之"):  # 百分之三十几 = 30..39 %
            q = _vague(t[3:])
            return None if q is None else q._replace(unit="%")
        sign = next((w for w in NEGATIVE if t.startswith(w) and len(t) > len(w)), None)
        if sign:  # 零下十几 = -19..-10
            q = _vague(t[len(sign) :])
            return None if q is None else _negated(q)
        return _vague(t.removeprefix("好"))  # 好几千 = 几千
    t, approx = _strip_markers(t)
    if t.endswith(_POINTS) and len(t) > len(_POINTS):  # 三个百分点: points, not a share
        body = re.sub(r"个?(多)?个?$", r"\1", t[: -len(_POINTS)])  # 3个多百分点 = 3多
        return _scaled(body, approx, Decimal(1), _POINTS)
    word = next((w for w in _COUNTING_UNITS if t.endswith(w) and len(t) > len(w)), None)
    if word:  # 两打 = 24
        return _scaled(t[: -len(word)], approx, _COUNTING_UNITS[word], "")
    # the marker inside, before the scale: 一百多万, 3000余万, 十来万
    scale = 1
    m = _INSIDE_SCALE_RE.fullmatch(t)
    if m and _core_value(m.group(1)) is not None:
        t = m.group(1)
        approx = _INSIDE[m.group(2)] if approx == "exact" else approx
        for u in m.group(3):
            scale *= UNITS[u]
    # neighbouring digits are an estimate (六七) only in everyday digits: nobody writes one in
    # financial ones, and 陆 is mostly the word "land" (内陆七大 is not 6 to 7)
    everyday = not any(c in DIGITS and c not in _EVERYDAY_DIGITS for c in text)
    rng = (_chinese_range(t) if everyday else None) or _written_range(t)
    if rng is not None:
        lo, hi = rng[0] * scale, rng[1] * scale
        unit = "%" if re.search(r"百分之|千分之|万分之|[%‰‱成折]", t) else ""
        return Quantity(float((lo + hi) / 2), float(lo), float(hi), "range", "range", unit)
    # percent first: 百分之七十 is 70 percent points, not the fraction 0.7
    kind, unit = "percent", "%"
    v = _percent(t)
    sign = next((w for w in (*NEGATIVE, "+", "正") if t.startswith(w) and len(t) > len(w)), None)
    if v is None and sign:  # 负百分之五, 正百分之五
        pv = _percent(t[len(sign) :])
        v = None if pv is None else (pv if sign in ("+", "正") else -pv)
    if v is None:
        fraction = (
            "分之" in t or "/" in t or ("半" in t and not _HALF_SCALE.search(t)) or bool(_VULGAR.search(t))
        )
        kind, unit = ("fraction" if fraction else "number"), ""
        v = _signed(t)
        if v is None:
            return None
    return _bounded(v * scale, approx, kind, unit)


def _scaled(body: str, approx: str, factor: Decimal, unit: str) -> Quantity | None:
    """The number before a counting word (两打) or 百分点, with the outer marker's approx."""
    q = parse_quantity(body)
    if q is None or q.value is None or q.kind not in ("number", "range", "fraction"):
        return None
    if q.kind == "range":
        lo, hi = (None if b is None else b * float(factor) for b in (q.low, q.high))
        return Quantity(q.value * float(factor), lo, hi, "range", "range", unit)
    inner = q.approx if approx == "exact" else approx
    kind = "percent" if unit == _POINTS else "number"
    return _bounded(Decimal(str(q.value)) * factor, inner, kind, unit)


def _written_range(t: str) -> tuple[Decimal, Decimal] | None:
    """3至5, 10-15, 1万--5万, 2——3万, 从8500到3万; the upper bound's scale applies to a lower
    bound without one (3至5万, 一千到两千万, 八到九百亿 = 800亿 to 900亿: the longest run of the
    upper bound's scale characters that keeps the lower bound below it), and so does its
    percent word (三至五成 = 30 to 50 %, 七至八折); a lower bound's percent word applies to a
    bare upper bound (千分之三至五 = 0.3 to 0.5 %)."""
    if t.startswith("从") and re.search("[到至]", t):
        t = t[1:]
    m = re.fullmatch(rf"(.+?){_RANGE_SEP}(.+)", t)
    if not m or t.startswith(("-", "−")):
        return None
    # percent first: 百分之十至百分之二十 is 10 to 20 percent, not the fractions 0.1 to 0.2
    low_t, high_t = m.group(1), m.group(2)
    plo, phi = _percent(low_t), _percent(high_t)
    if plo is None and phi is not None and high_t[-1] in "成折":
        plo = _percent(low_t + high_t[-1])
    prefix = next((w for w in _PERCENT_PREFIX if low_t.startswith(w)), None)
    if phi is None and plo is not None and prefix:  # 千分之三至五: both bounds per mille
        phi = _percent(prefix + high_t)
    lo = plo if plo is not None else _signed(low_t)
    hi = phi if phi is not None else _signed(high_t)
    if lo is None or hi is None or lo >= hi:
        return None
    scale = re.search(r"[万亿千百]+$", high_t)
    if hi >= lo * 10 and scale and phi is None:
        for i in range(len(scale.group())):
            if not _scales_up(low_t, scale.group()[i:]):
                continue  # 一千到一千五百万 takes 万 alone (一千百万, 一千零一百万 are misreadings)
            scaled = _core_value(low_t + scale.group()[i:])
            if scaled is not None and scaled < hi:
                return scaled, hi
    return lo, hi


_SECTIONS = "万亿萬億"  # the scale words a whole numeral is multiplied by


def _scales_up(low: str, scale: str) -> bool:
    """Whether the upper bound's trailing scale characters may follow a range's lower bound: a
    bare digit takes the whole run (八到九百亿: 八百亿), a numeral with scale characters of its
    own takes only the section words 万 and 亿 (一千到一千五百万, 十八至三十万)."""
    if not any(c in UNITS for c in low):
        return True
    return all(c in _SECTIONS for c in scale)


def _strip_markers(t: str) -> tuple[str, str]:
    """The expression without its approximation markers, and the approximation they make
    (a prefix decides over a suffix: 近100多 is under)."""
    approx = "exact"
    w = next((w for w in _PREFIXES_LONGEST_FIRST if t.startswith(w) and len(t) > len(w)), None)
    if w:
        t, approx = t[len(w) :], _PREFIXES[w]
    w = next((w for w in _SUFFIXES_LONGEST_FIRST if t.endswith(w) and len(t) > len(w)), None)
    if w:
        t = t[: -len(w)]
        approx = _SUFFIXES[w] if approx == "exact" else approx
    return t, approx


def _negated(q: Quantity) -> Quantity:
    """The quantity below zero: value negated, the bounds negated and swapped."""
    value = None if q.value is None else -q.value
    low, high = (None if b is None else -b for b in (q.high, q.low))
    return q._replace(value=value, low=low, high=high)


def _vague(t: str) -> Quantity | None:
    """几十 / 数百 / 几万 (value None, bounds 2..9 of the scale); a number word, then 几 for the
    next digit down, then scale words: 十几 (10..19), 三十几万, 二百零几万, 40几."""
    m = re.fullmatch(r"([几数])([十百千万亿]+)", t)
    if m:
        mult = Decimal(1)
        for u in m.group(2):
            mult *= UNITS[u]
        return Quantity(None, float(2 * mult), float(9 * mult), "range", "range")
    m = re.fullmatch(r"(.+?)几([十百千万亿]*)", t)
    if not m:
        return None
    head = m.group(1)
    if head[-1] in UNITS:  # 三十几: 几 counts ones; 一百几: tens
        place, head_value = Decimal(UNITS[head[-1]]) / 10, _core_value(head)
    elif head[-1] == "零" or re.fullmatch(r"\d*0", head):  # 二百零几, 40几: ones
        place, head_value = Decimal(1), _core_value(head.removesuffix("零"))
    else:
        return None
    if head_value is None:
        return None
    mult = Decimal(1)
    for u in m.group(2):
        mult *= UNITS[u]
    low, high = head_value * mult, (head_value + 9 * place) * mult
    return Quantity(float((low + high) / 2), float(low), float(high), "range", "range")


def parse_numeral(text: str) -> float | None:
    """The value of one whole numeral expression, or None if it is not one.

    Percentages come back as percent points (70% -> 70, 千分之五 -> 0.5, 三成半 -> 35,
    八折 -> 80), fractions as their value (三分之一 -> 0.333..), ranges as their midpoint
    (六七 -> 6.5, 十几 -> 14.5), approximations as the number written (3500余 -> 3500,
    近千 -> 1000), vague forms (几十) as None. See Quantity for every convention."""
    q = parse_quantity(text)
    return None if q is None else q.value


def parse_range(text: str) -> tuple[float, float] | None:
    q = parse_quantity(text)
    if q is None or q.low is None or q.high is None:
        return None
    return q.low, q.high


# --- finding numerals in running text -------------------------------------------------------

_D = rf"[0-9０-９{_CN_DIGIT_CHARS}]"
# Atomic groups and possessive loops: a run of digits has exactly one reading here. With
# plain alternation a long digit run (0000…) that is not followed by 分之 is re-split in
# exponentially many ways before the next alternative is tried (20 digits took 45 s).
_NUMCH = rf"[{_CN_DIGIT_CHARS}{_CN_UNIT_CHARS}廿卅]"
_ARABIC = r"(?>[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]++)(?:[.．][0-9０-９]++)?"
_CN_DIGIT = rf"[{_CN_DIGIT_CHARS}廿卅]"
_CN_UNIT = rf"[{_CN_UNIT_CHARS}]"
# A space inside a numeral (OCR, headings: 3 万余名, 5 万3 千2 百, 二百 六 十 一, 三十 億) only
# where a scale character stands on one side: after a scale character before any Chinese
# numeral character, or before Arabic digits that a scale character follows (6亿 1163万, 7万 5千;
# not 1万 3月), after a Chinese digit before a scale character, after Arabic digits before
# 万/亿, after a single Arabic digit before 十/百/千. Two digits with a space between stay two
# numbers (一 二, 2022 11), and 2022 十大 is a year before a word.
_SP = r"[ \u3000\u00a0]{1,2}"
_SCALED_ARABIC = rf"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:{_SP})?{_CN_UNIT}"
_INNER_SPACE = (
    rf"(?:(?<={_CN_UNIT}){_SP}(?={_NUMCH}|{_SCALED_ARABIC})|(?<={_CN_DIGIT}){_SP}(?={_CN_UNIT})"
    rf"|(?<=[0-9０-９]){_SP}(?=[万亿萬億])|(?<=(?<![0-9０-９.．])[0-9０-９]){_SP}(?=[十百千拾佰仟]))"
)
# 个 before 亿 stays inside (两个亿, 三个多亿: the measure word of the colloquial count of 亿),
# but not before a class word (10个亿吨级油田 counts oil fields, each of the 亿-ton class)
_GE_YI = r"个(?=[亿億](?![^，。、；\s]{0,4}级))"
_BODY = rf"(?:{_ARABIC}|{_NUMCH})(?:{_ARABIC}|{_NUMCH}|[点點](?={_D})|{_GE_YI}|{_INNER_SPACE})*+"
_PERCENT_WORD = r"(?:[百佰]|[千仟]|[万萬])分之"  # 百分之, 仟分之 (formal), 萬分之 (traditional)
# 半 right before a measure word is half of one (半斤 = 0.5): numerals_half_measures
_HALF_MEASURES = "|".join(map(re.escape, lexicons.longest_first(lexicons.words("numerals_half_measures"))))
_FIND_RE = re.compile(
    rf"""
    (?:(?<![0-9０-９A-Za-z])[负負])?{_PERCENT_WORD}(?:负|負)?{_BODY}
    | [百佰]分[百佰](?![分之])
    | {_BODY}分之{_BODY}
    | (?:负|-|−)?{_ARABIC}\s*(?:[eE][+-]?\d+|[×xX]10(?:\^?[+-]?\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)
        |\^[+-]?\d{{1,2}}(?!\d))
    | (?<![一二两三四五六七八九十百千万亿大多个])半(?:百(?!分)|成(?=$|[^\u4e00-\u9fff]|[以左上多的]))
    | (?<![一二两三四五六七八九十百千万亿大多个上下\d])半(?=个?(?:{_HALF_MEASURES}))
    | (?:(?<![0-9０-９A-Za-z])(?:负|負|零下(?={_NUMCH}))
        |(?<![0-9０-９A-Za-z\-])[-−](?=[0-9０-９])
        |(?<![0-9０-９A-Za-z.．])[.．](?=[0-9０-９]))?{_BODY}
      (?:\s*[%％‰]|成(?:半|[一二三四五六七八九])?(?=$|[^\u4e00-\u9fff]|[以左上多的])
        |折(?=$|[^\u4e00-\u9fff]|[优的]))?
    """,
    re.VERBOSE,
)
# a bare 百/千/万/亿 starts a quantity only after these (近千, 上万, 逾百); elsewhere it is
# part of a word (千万不要, 万一, 百年老街, 万家寨)
_BARE_UNIT_OK_AFTER = "近约逾上过成数几約過數幾"
# code-speech digits (洞 = 0, 幺 = 1) are numbers only inside a run of digits (幺幺零); alone
# they are words (洞口, 山洞, 幺妹)
_CODE_DIGITS = "洞幺"
# 千 before these is the metric prefix of the unit (20千克, 7亿千瓦, 30万千米), not 1000
_KILO_UNIT_HEADS = "克米瓦伏帕卡焦"
_MAX_NUMERAL_CHARS = 40
# financial digits that alone are words (大陆, 队伍, 收拾): pipeline/lexicons/numerals_word_digits.tsv
_WORD_DIGITS = frozenset(row[0] for row in lexicons.rows("numerals_word_digits"))


def _word_digit_before_arabic(text: str, s: int, e: int) -> bool:
    """A financial digit that is mostly a word's (numerals_word_digits: 伍 of 队伍) right before
    Arabic digits (队伍|760多人): no numeral mixes the two, so the character is the word's."""
    return text[s] in _WORD_DIGITS and s + 1 < e and text[s + 1].isascii() and text[s + 1].isdigit()


def find_numerals(text: str) -> list[tuple[int, int, float]]:
    """Every numeral in text as (start, end, value), spans in text's own indices.

    Lexical only: a 一 inside a word (统一, 一线) is still a numeral here; telling words
    from quantities is the caller's job (the statistics stage does it with word tokens).
    Vague forms with 几 are not returned (their value is unknown)."""
    out: list[tuple[int, int, float]] = []
    for m in _FIND_RE.finditer(text):
        s, e = m.start(), m.end()
        if e - s > _MAX_NUMERAL_CHARS:
            continue  # OCR debris or a code, and parsing it by shrinking would be quadratic
        # strip leading bare big units unless an approximation word licenses them
        licensed = (
            # a percent word, or a denominator of bare scale words (百万分之三, 亿分之一)
            re.match(rf"[负負]?{_PERCENT_WORD}|[百佰]分[百佰]|{_CN_UNIT}+分之", m.group()) is not None
            or (s > 0 and text[s - 1] in _BARE_UNIT_OK_AFTER)
            or text[e : e + 1] in ("余", "餘", "多")  # 百余名, 千余人, 万余
        )
        while s < e and (
            text[s].isspace()
            or (not licensed and text[s] in _BIG_UNITS)
            or _word_digit_before_arabic(text, s, e)  # 队伍|760多人
        ):
            s += 1
        if all(ch in _CODE_DIGITS for ch in text[s:e]):
            continue
        if (
            e - s >= 2
            and text[e - 1] == "千"
            and text[e : e + 1]
            and text[e] in _KILO_UNIT_HEADS
            and (text[e - 2].isdigit() or text[e - 2] in "万萬亿億")
        ):
            e -= 1  # but 三千米 stays 3000 米: after a Chinese digit 千 is the number's
        # a dangling point or a leading 零 that is the word 零下/零星 is not numeric
        while s < e:
            while e > s and text[e - 1].isspace():
                e -= 1  # a space the shrinking below left at the end
            span = text[s:e]
            if span in _WORD_DIGITS:
                break  # 大陆, 队伍, 水陆两栖: the character is the word's, even after shrinking
            v = parse_numeral(span)
            if v is not None and not (len(span) == 1 and span in _BIG_UNITS):
                out.append((s, e, v))
                break
            if v is not None and licensed:
                out.append((s, e, v))
                break
            e -= 1  # shrink from the right until it parses (e.g. a trailing 两 of 两码)
    return out
