"""The grammar of one numeral written in digits and scale words (Arabic, Chinese, financial
and traditional characters): the character tables, normalization to standard characters, and
`core_value`, which reads an unsigned number (cn2an where it is right, the hand-written
grammar `core` elsewhere). `pipeline.numbers` builds percentages, fractions, ranges,
approximations and the finder on top of it; see its docstring for what cn2an does and does not
read, and why the grammar here is written by hand.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline import lexicons
from pipeline.text import to_halfwidth

try:  # cn2an is a runtime dependency, but the library must still work without it
    import cn2an as _cn2an  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - exercised only in a bare environment
    _cn2an = None

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

CN_DIGIT_CHARS = "".join(DIGITS)
CN_UNIT_CHARS = "".join(UNITS)
BIG_UNITS = "百佰千仟万萬亿億"


# Every digit and scale character in its standard form (壹/貳/參 -> 一/二/三, 拾/佰/仟 -> 十/百/千,
# 萬/億 -> 万/亿), and the other characters of numeral expressions from their traditional and
# colloquial forms (numerals_variants: 餘 -> 余, 幾 -> 几, 倆 -> 两), so that every rule below
# is written once, over the standard characters. A table, not opencc: one character maps to
# one character (opencc agrees on every entry, tested), and it runs on every parse.
_STANDARD_DIGITS = "零一二三四五六七八九"
_STANDARD_SCALES = {10: "十", 100: "百", 1000: "千", 10**4: "万", 10**8: "亿"}
_KEEP_AS_WRITTEN = "〇○两洞幺"  # digit-string zeros (二〇二二), 两, code-speech digits
_TO_STANDARD = str.maketrans(
    {
        **{c: _STANDARD_DIGITS[v] for c, v in DIGITS.items() if c not in _KEEP_AS_WRITTEN},
        **{c: _STANDARD_SCALES[v] for c, v in UNITS.items()},
        **lexicons.mapping("numerals_variants"),
        "兩": "两",
    }
)


def standard_numeral(text: str) -> str:
    """One whole numeral expression in the standard characters the grammar reads: normalized
    (normalize_numeral), traditional/financial/colloquial characters to standard ones, spaces
    inside dropped (OCR and headings: 5 万3 千2 百, 二百 六 十 一; a space between two Arabic
    digits stays, it separates two numbers), the old 万万 = 亿 (三万万, 五萬萬), the measure
    word 个 before 亿 (两个亿, 三个多亿, 十几个亿), and a bare leading decimal point (.8 = 0.8;
    the grammar reads 点五 = 0.5 itself)."""
    t = normalize_numeral(text).translate(_TO_STANDARD)
    t = re.sub(r"(?<![0-9])\s+|\s+(?![0-9])", "", t)
    t = re.sub(r"(?<=[0-9零一二三四五六七八九十百千两])万万", "亿", t)
    t = re.sub(r"(?<=[0-9零一二三四五六七八九十百千两几])个(?=[多余来]?亿)", "", t)
    return re.sub(r"(?<![0-9])\.(?=[0-9])", "0.", t)


def normalize_numeral(text: str) -> str:
    """Full-width to ASCII, separators dropped, 廿/卅 expanded, a superscript exponent of 10
    written with the caret (10⁸ -> 10^8, 1.5×10⁻³ -> 1.5×10^-3); other characters kept."""
    text = to_halfwidth(text).strip()
    text = re.sub(r"(?<=10)[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+", lambda m: "^" + m.group().translate(_SUPERSCRIPT), text)
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
            if re.match(r"0\d", m.group()):  # 1百01: a written zero, as 零 (一百零一)
                toks.append(("d", Decimal(0)))
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
    一万亿 = 10^12 (left part 一万), 1万2千 = 12000. 亿 nests, as numbers past 10^16 are written:
    九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七 = 2^63 - 1."""
    for big in (Decimal(10**8), Decimal(10**4)):
        idx = [i for i, (k, v) in enumerate(toks) if k == "u" and v == big]
        if not idx:
            continue
        i = idx[-1]
        left, right = toks[:i], toks[i + 1 :]
        if big < 10**8 and any(k == "u" and v >= big for k, v in left):
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


def core(text: str) -> Decimal | None:
    """An unsigned number: digits and units, Arabic or Chinese, with a decimal point."""
    if not text or ("两" in text[1:] and all(c in DIGITS for c in text)):
        return None  # 两 never stands inside a digit string: 八两 is eight liang, not 82
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
_CN2AN_DOMAIN = re.compile(rf"[{CN_DIGIT_CHARS}{CN_UNIT_CHARS}]+")
_CN2AN_MISREADS = re.compile(r"[万萬亿億][十拾]")


def core_value(text: str) -> Decimal | None:
    if len(text) == 2 and text[0] in UNITS and text[1] in UNITS and UNITS[text[1]] < UNITS[text[0]]:
        return None  # 亿万, 万千, 千百: idioms (亿万人民, 万千气象), not 100010000 or 11000
    if _CN2AN_DOMAIN.fullmatch(text) and not _CN2AN_MISREADS.search(text):
        v = _cn2an_value(text)
        if v is not None:
            return v
    # everything cn2an raises on or misreads: Arabic mixed with units (3.5万, 1万2千),
    # decimals with units (十五点八万), spoken abbreviations (三千五, 九万四), digit strings
    # (二〇二二), bare units (千, 万)
    return core(text)
