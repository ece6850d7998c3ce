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
hand-written too. Both readings agree wherever both accept (tests/test_numbers.py).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from pipeline import lexicons

try:  # cn2an is a runtime dependency, but the library must still work without it
    import cn2an as _cn2an  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - exercised only in a bare environment
    _cn2an = None

__all__ = [
    "Quantity",
    "find_numerals",
    "normalize_numeral",
    "parse_numeral",
    "parse_quantity",
    "parse_range",
]

# --- character tables (pipeline/lexicons/numerals_characters.tsv) -------------------------

_CHARACTERS = lexicons.rows("numerals_characters")
DIGITS: dict[str, int] = {c: int(v) for c, kind, v in _CHARACTERS if kind == "digit"}
UNITS: dict[str, int] = {c: int(v) for c, kind, v in _CHARACTERS if kind == "scale"}
SCALE_VALUES = UNITS  # the value of each scale character, for scale words made of them
# 廿/卅/卌 are single characters for 20/30/40 (廿三 = 23)
TENS: dict[str, str] = {c: v for c, kind, v in _CHARACTERS if kind == "tens"}
POINT = "点點"
NEGATIVE = ("负", "負", "-", "−", "﹣", "零下")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

_CN_DIGIT_CHARS = "".join(DIGITS)
_CN_UNIT_CHARS = "".join(UNITS)
_BIG_UNITS = "百佰千仟万萬亿億"


def _fullwidth_to_ascii(text: str) -> str:
    """Full-width ASCII forms (０-９, ．, ％, －, ，) to ASCII; length-preserving."""
    return "".join(
        chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else (" " if c == "\u3000" else c) for c in text
    )


def normalize_numeral(text: str) -> str:
    """Full-width to ASCII, separators dropped, 廿/卅 expanded; other characters kept."""
    text = _fullwidth_to_ascii(text).strip()
    for k, v in TENS.items():
        text = text.replace(k, v)
    # thousands separators only between digit groups of three: 1,669 and 12,345.5 but not 3,5
    text = re.sub(r"(?<=\d)[,，](?=\d{3}(?:\D|$))", "", text)
    text = re.sub(r"(?<=\d)\s(?=\d{3}(?:\D|$))", "", text)  # 1 669 (thin-space style)
    return text.replace("＿", "").replace("_", "")


# --- core grammar ---------------------------------------------------------------------------

_ARABIC_RE = re.compile(r"\d+(?:\.\d+)?")
_Tok = tuple[str, Decimal]  # ("d" single Chinese digit | "a" Arabic number | "u" unit | ".")


def _lex(text: str) -> list[_Tok] | None:
    toks: list[_Tok] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isdigit() and c.isascii():
            m = _ARABIC_RE.match(text, i)
            assert m is not None
            toks.append(("a", Decimal(m.group())))
            i = m.end()
            continue
        if c in DIGITS:
            toks.append(("d", Decimal(DIGITS[c])))
        elif c in UNITS:
            toks.append(("u", Decimal(UNITS[c])))
        elif c in POINT:
            toks.append((".", Decimal(0)))
        else:
            return None
        i += 1
    return toks


def _section(toks: list[_Tok]) -> Decimal | None:
    """A section below 10^4 (units 十百千 only), including the spoken abbreviation
    三千五 = 3500, 两百五 = 250, and a bare digit string 二〇二二 = 2022."""
    if not toks:
        return Decimal(0)
    if all(t == "d" for t, _ in toks):
        if len(toks) == 1:
            return toks[0][1]
        return Decimal("".join(str(int(v)) for _, v in toks))  # digit sequence: 二〇二二
    if len(toks) == 1 and toks[0][0] == "a":
        return toks[0][1]
    total = Decimal(0)
    cur: Decimal | None = None
    last_unit: Decimal | None = None
    zero_seen = False
    for kind, val in toks:
        if kind in ("d", "a"):
            if cur is not None:
                if cur == 0:  # 零 before a digit: 一百零五
                    zero_seen = True
                else:
                    return None
            if kind == "d" and val == 0:
                zero_seen = True
            cur = val
        else:  # unit
            if last_unit is not None and val >= last_unit:
                return None
            # a bare unit counts one of it, also after 零 (五千零十 = 5010)
            total += (cur if cur else Decimal(1)) * val
            cur, last_unit, zero_seen = None, val, False
    if cur is not None:
        if last_unit is not None and last_unit > 10 and not zero_seen and cur < 10:
            total += cur * last_unit / 10  # 三千五 -> 3500
        else:
            total += cur
    return total


def _integer(toks: list[_Tok]) -> Decimal | None:
    """Split on the last 亿 then the last 万: left x unit + right. 一亿二 = 1.2亿, 九万四 = 94000,
    一万亿 = 10^12 (left part 一万), 1万2千 = 12000."""
    for big in (Decimal(10**8), Decimal(10**4)):
        idx = [i for i, (k, v) in enumerate(toks) if k == "u" and v == big]
        if not idx:
            continue
        i = idx[-1]
        left, right = toks[:i], toks[i + 1 :]
        if any(k == "u" and v >= big for k, v in left):
            return None  # 万一千万: a unit repeated at the same level (一万亿 is fine)
        lv = _integer(left) if left else Decimal(1)
        if lv is None:
            return None
        if len(right) == 1 and right[0][0] == "d" and right[0][1] != 0:
            return lv * big + right[0][1] * big / 10  # 九万四: abbreviation
        if right and right[0] == ("d", Decimal(0)):
            right = right[1:]  # 十万零一
        rv = _integer(right) if right else Decimal(0)
        if rv is None or rv >= big:
            return None
        return lv * big + rv
    return _section(toks)


def _core(text: str) -> Decimal | None:
    """An unsigned number: digits and units, Arabic or Chinese, with a decimal point."""
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Decimal(text)
    toks = _lex(text)
    if not toks:
        return None
    if any(k == "." for k, _ in toks):
        p = next(i for i, (k, _) in enumerate(toks) if k == ".")
        head, tail = toks[:p], toks[p + 1 :]
        if any(k == "a" and v.as_tuple().exponent != 0 for k, v in head):
            return None  # 1.2.3 is a version or a list number, not a decimal
        frac = ""
        j = 0
        while j < len(tail) and tail[j][0] in ("d", "a") and "." not in str(tail[j][1]):
            frac += str(int(tail[j][1]))
            j += 1
        rest = tail[j:]
        if not frac or any(k != "u" for k, _ in rest):
            return None
        iv = _integer(head) if head else Decimal(0)
        if iv is None:
            return None
        value = iv + Decimal("0." + frac)
        for _, u in rest:  # 十五点八万, 3.5千万
            value *= u
        return value
    # Arabic with a decimal directly before units: 3.5万 (the "a" token carries the point)
    return _integer(toks)


def _cn2an_value(text: str) -> Decimal | None:
    """cn2an's strict reading, or None where it raises. Strict, not normal: normal mode
    returns numbers for malformed strings (十百七 -> 80, 三一百七 -> 470)."""
    if _cn2an is None:
        return None
    try:
        v = _cn2an.cn2an(text.replace("两", "二").replace("兩", "二"), "strict")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(str(v))


# Pure Chinese integers in standard form: cn2an's domain, where it is right (checked against
# the grammar above on 300k random strings). Not given to it: decimals (it goes through float:
# 四千万亿点四 -> …0.5), and a 万/亿 section that starts with a bare 十, which it drops
# (一亿十万 -> 100000000, 七十亿十五万 -> 7000050000); the grammar above reads those.
_CN2AN_DOMAIN = re.compile(rf"[{_CN_DIGIT_CHARS}{_CN_UNIT_CHARS}]+")
_CN2AN_MISREADS = re.compile(r"[万萬亿億][十拾]")


def _core_value(text: str) -> Decimal | None:
    if _CN2AN_DOMAIN.fullmatch(text) and not _CN2AN_MISREADS.search(text):
        v = _cn2an_value(text)
        if v is not None:
            return v
    # everything cn2an raises on or misreads: Arabic mixed with units (3.5万, 1万2千),
    # decimals with units (十五点八万), spoken abbreviations (三千五, 九万四), digit strings
    # (二〇二二), bare units (千, 万)
    return _core(text)


# --- wrappers: sign, percent, fractions, ranges, approximation ------------------------------


class Quantity(NamedTuple):
    """A parsed numeral expression. value is None for vague forms (几十); low/high are the
    bounds the text states; approx is exact | over | under | about | range; kind is number |
    percent | fraction | range."""

    value: float | None
    low: float | None
    high: float | None
    approx: str
    kind: str


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
_RANGE_SEP = r"(?:至|到|~|～|—|－|-|–)"
_PERCENT_PREFIX = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}
_PERCENT_SUFFIX = {"%": Decimal(1), "‰": Decimal("0.1"), "‱": Decimal("0.01")}
_SCI = re.compile(r"(\d+(?:\.\d+)?)\s*(?:[eE]([+-]?\d+)|[×xX*]\s*10\s*(?:\^|\*\*)?\s*([+-]?\d+))")
_CONSECUTIVE_CN = "一二三四五六七八九"


def _chinese_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Two neighbouring digits as an estimate: 六七 (6-7), 两三 (2-3), 三五 (3-5), 一两, and
    with units 七八十 (70-80), 三四百, 十七八 (17-18), 二三十 (20-30), 五六万."""
    t = text.replace("两", "二").replace("兩", "二")
    m = re.fullmatch(rf"(十?)([{_CONSECUTIVE_CN}])([{_CONSECUTIVE_CN}])([十百千万亿]*)", t)
    if not m:
        return None
    a, b = _CONSECUTIVE_CN.index(m.group(2)) + 1, _CONSECUTIVE_CN.index(m.group(3)) + 1
    if not (b == a + 1 or (a, b) in ((3, 5), (1, 2))):
        return None
    if m.group(1) and m.group(4):
        return None
    base = Decimal(10) if m.group(1) else Decimal(0)
    mult = Decimal(1)
    for u in m.group(4):
        mult *= UNITS[u]
    return base + a * mult, base + b * mult


def _signed(text: str) -> Decimal | None:
    neg = False
    for sign in NEGATIVE:
        if text.startswith(sign) and len(text) > len(sign):
            neg, text = True, text[len(sign) :]
            break
    else:
        if text[:1] in "+正" and len(text) > 1:
            text = text[1:]
    m = _SCI.fullmatch(text)
    if m:
        exp = int(m.group(2) or m.group(3))
        v = Decimal(m.group(1)).scaleb(exp)
    elif "又" in text and "分之" in text:  # mixed fraction 一又二分之一
        whole, _, frac = text.partition("又")
        w, f = _core_value(whole), _fraction(frac)
        if w is None or f is None:
            return None
        v = w + f
    elif "分之" in text:
        f = _fraction(text)
        if f is None:
            return None
        v = f
    elif re.fullmatch(r"\d+(?:\.\d+)?/\d+(?:\.\d+)?", text):
        num, den = text.split("/")
        if Decimal(den) == 0:
            return None
        v = Decimal(num) / Decimal(den)
    elif text in ("半", "一半"):
        v = Decimal("0.5")
    else:
        mm = re.fullmatch(r"(.+?)(个?半)", text)  # 一个半, 两个半: x.5
        if mm and mm.group(1) and text != "半":
            base = _core_value(mm.group(1))
            if base is None:
                return None
            v = base + Decimal("0.5")
        else:
            core = _core_value(text)
            if core is None:
                return None
            v = core
    return -v if neg else v


def _fraction(text: str) -> Decimal | None:
    den_t, _, num_t = text.partition("分之")
    den, num = _core_value(den_t), _core_value(num_t)
    if den is None or num is None or den == 0:
        return None
    return num / den


def _percent(text: str) -> Decimal | None:
    """As percent points: 70% -> 70, 百分之七十 -> 70, 千分之五 -> 0.5, 三成半 -> 35,
    八折 -> 80, 八五折 -> 85, 7.5折 -> 75."""
    for pre, scale in _PERCENT_PREFIX.items():
        if text.startswith(pre):
            v = _signed(text[len(pre) :])
            return None if v is None else v * scale
    for suf, scale in _PERCENT_SUFFIX.items():
        if text.endswith(suf):
            v = _signed(text[: -len(suf)].strip())
            return None if v is None else v * scale
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
        if len(body) == 2 and all(c in DIGITS for c in body):  # 八五折: two digits
            return Decimal(DIGITS[body[0]] * 10 + DIGITS[body[1]])
        v = _core_value(body)
        if v is None or v >= 10:
            return None
        return v * 10
    return None


def _to_float(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def parse_quantity(text: str) -> Quantity | None:
    """Parse one numeral expression with its approximation markers and range forms."""
    t = normalize_numeral(text)
    if not t:
        return None
    if t.startswith("第"):  # an ordinal still names a number
        t = t[1:]
    if "几" in t or (t.startswith("数") and len(t) > 1):
        return _vague(t)
    t, approx = _strip_markers(t)
    # the marker inside, before the scale: 一百多万, 3000余万, 十来万
    scale = 1
    m = _INSIDE_SCALE_RE.fullmatch(t)
    if m and _core_value(m.group(1)) is not None:
        t = m.group(1)
        approx = _INSIDE[m.group(2)] if approx == "exact" else approx
        for u in m.group(3):
            scale *= UNITS[u]
    rng = _chinese_range(t)
    if rng is None:
        m = re.fullmatch(rf"(.+?){_RANGE_SEP}(.+)", t)
        if m and not t.startswith(("-", "−")):
            lo, hi = _signed(m.group(1)), _signed(m.group(2))
            if lo is None:
                lo = _percent(m.group(1))
            if hi is None:
                hi = _percent(m.group(2))
            if lo is not None and hi is not None and lo < hi:
                # 3至5万: the unit on the upper bound applies to a lower bound without one
                if hi >= lo * 10 and re.search(r"[万亿千百]$", m.group(2)):
                    unit = re.search(r"[万亿千百]+$", m.group(2))
                    assert unit is not None
                    scaled = _core_value(m.group(1) + unit.group())
                    if scaled is not None and scaled < hi:
                        lo = scaled
                rng = (lo, hi)
    if rng is not None:
        lo, hi = rng[0] * scale, rng[1] * scale
        return Quantity(float((lo + hi) / 2), float(lo), float(hi), "range", "range")
    # percent first: 百分之七十 is 70 percent points, not the fraction 0.7
    kind = "percent"
    v = _percent(t)
    sign = next((w for w in NEGATIVE if t.startswith(w) and len(t) > len(w)), None)
    if v is None and sign:  # 负百分之五
        pv = _percent(t[len(sign) :])
        v = None if pv is None else -pv
    if v is None:
        kind = "fraction" if ("分之" in t or "/" in t or "半" in t) else "number"
        v = _signed(t)
        if v is None:
            return None
    fv = float(v * scale)
    low = fv if approx == "over" else None
    high = fv if approx == "under" else None
    return Quantity(fv, low, high, approx, kind)


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


def _vague(t: str) -> Quantity | None:
    """几十 (20-90), 十几 (11-19), 数百, 几万: value None, bounds given."""
    m = re.fullmatch(r"([几数])([十百千万亿]+)", t)
    if m:
        mult = Decimal(1)
        for u in m.group(2):
            mult *= UNITS[u]
        return Quantity(None, float(2 * mult), float(9 * mult), "range", "range")
    m = re.fullmatch(r"(.*?)([十百千万亿])几", t)
    if m:
        unit = Decimal(UNITS[m.group(2)])
        head = _core_value(m.group(1) + m.group(2)) if m.group(1) else unit
        if head is None:
            return None
        low, high = float(head + unit / 10), float(head + 9 * unit / 10)
        return Quantity(None, low, high, "range", "range")
    return None


def parse_numeral(text: str) -> float | None:
    """The value of one whole numeral expression, or None if it is not one.

    Percentages come back as percent points (70% -> 70, 千分之五 -> 0.5, 三成半 -> 35,
    八折 -> 80), fractions as their value (三分之一 -> 0.333..), ranges as their midpoint
    (六七 -> 6.5), approximations as the number written (3500余 -> 3500, 近千 -> 1000),
    vague forms (几十) as None."""
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
_BODY = rf"(?:{_ARABIC}|{_NUMCH})(?:{_ARABIC}|{_NUMCH}|[点點](?={_D}))*+"
_FIND_RE = re.compile(
    rf"""
    (?:百分之|千分之|万分之)(?:负)?{_BODY}
    | {_BODY}分之{_BODY}
    | (?:负|-|−)?{_ARABIC}\s*(?:[eE][+-]?\d+|[×xX]10\^?[+-]?\d+)
    | (?:(?<![0-9０-９A-Za-z])(?:负|零下(?={_NUMCH}))
        |(?<![0-9０-９A-Za-z\-])[-−](?=[0-9０-９]))?{_BODY}
      (?:\s*[%％‰]|成(?:半|[一二三四五六七八九])?(?=$|[^\u4e00-\u9fff]|[以左上多的])
        |折(?=$|[^\u4e00-\u9fff]|[优的]))?
    """,
    re.VERBOSE,
)
# a bare 百/千/万/亿 starts a quantity only after these (近千, 上万, 逾百); elsewhere it is
# part of a word (千万不要, 万一, 百年老街, 万家寨)
_BARE_UNIT_OK_AFTER = "近约逾上过成数几"
# code-speech digits (洞 = 0, 幺 = 1) are numbers only inside a run of digits (幺幺零); alone
# they are words (洞口, 山洞, 幺妹)
_CODE_DIGITS = "洞幺"
# 千 before these is the metric prefix of the unit (20千克, 7亿千瓦, 30万千米), not 1000
_KILO_UNIT_HEADS = "克米瓦伏帕卡焦"
_MAX_NUMERAL_CHARS = 40


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
            m.group().startswith(tuple(_PERCENT_PREFIX))
            or (s > 0 and text[s - 1] in _BARE_UNIT_OK_AFTER)
            or text[e : e + 1] in ("余", "多")  # 百余名, 千余人, 万余
        )
        while not licensed and s < e and text[s] in _BIG_UNITS:
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
            span = text[s:e]
            v = parse_numeral(span)
            if v is not None and not (len(span) == 1 and span in _BIG_UNITS):
                out.append((s, e, v))
                break
            if v is not None and licensed:
                out.append((s, e, v))
                break
            e -= 1  # shrink from the right until it parses (e.g. a trailing 两 of 两码)
    return out
