"""Step 1 of finding statistics: the numerals of a sentence that may be quantities.

Numerals come from `pipeline.numbers.find_numerals` (lexical) plus the vague forms (几十,
成百上千) and halves (半小时, 一多半); they are kept only where the word tokens agree that they
stand alone (a 一 inside 统一 or 逐一 is not a number) and where they are not part of a date,
an ordinal (第二轮), a code (6904社区, 1+21+N) or an entity name (古交十三中).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.numbers import Quantity, find_numerals, parse_numeral, parse_quantity
from pipeline.quantities.doublings import is_doubling
from pipeline.records import Token

_VAGUE_RE = re.compile(P.VAGUE_PATTERN)
_HALF_RE = re.compile(r"(?<![一两三四五六七八九十\d个上下])半(?=个?多?(?:小时|天|年|月|日|钟头|星期))")
_HALF_CHAR = "半"
_HALVES_RE = re.compile(r"一[多大]?半")  # 一半, 一多半, 一大半: fractions
# N个半 before a time unit: 一个半小时 (1.5), 两个半月
# (?<!\d): a digit run is tried from its first digit only, so a long run costs linear time
_AND_A_HALF_RE = re.compile(r"([一两二三四五六七八九十]|(?<!\d)\d+)个半(?=小时|钟头|月|星期)")
# a bare scale after an approximation word is a number: 超亿元, 近万人, 逾千家
_BARE_SCALE_RE = re.compile("[百千万亿]+")
# 千把人, 万把块钱, 百把亩: a bare scale and 把 before a measure word is "about" that many (spoken);
# not after a numeral (一千把椅子: 把 counts the chairs)
_ROUGH_SCALE_RE = re.compile(r"(?<![一二两三四五六七八九十百千万亿\d])([百千万])把")
_RATIO_COLONS = ("∶", ":", "：")  # 1∶250万: a scale, no quantity
_ZEROS = ("零", "〇")  # a bare zero counts nothing: 零部件, 零距离, 零增长
# the financial and traditional digits (陆, 伍, 拾 …: numerals_characters), not the plain ones
_PLAIN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_FORMAL_DIGITS = frozenset(
    row[0] for row in lexicons.rows("numerals_characters") if row[0] not in _PLAIN_DIGITS
)
_HALF = Quantity(0.5, None, None, "exact", "fraction")
# words right before a numeral that make it an ordinal: 第二轮, 十四届三次会议, 初三, 最后一年
_ORDINAL_BEFORE = tuple(lexicons.words("stats_ordinal_words"))
# a bare scale before an area unit is a number: 万亩枇杷, 千亩良田
_BARE_AREA_RE = re.compile(
    "(?<![0-9一二两三四五六七八九十百千万亿零〇几数多余来])[百千万](?="
    + "|".join(lexicons.words("stats_bare_scale_units"))
    + ")"
)


@dataclass
class Numeral:
    """A numeral of the sentence, in document offsets, with its quantity role."""

    start: int
    end: int
    text: str
    quantity: Quantity
    role: str
    gap_approx: str = ""  # an approximation word apart from the number (超过了100毫米)


class TokenIndex:
    """The word tokens of a sentence in order, for "which word covers this offset"."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = sorted(tokens, key=lambda t: t.start)
        self.starts = [t.start for t in self.tokens]

    def at(self, pos: int) -> Token | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.tokens[i].start <= pos < self.tokens[i].end:
            return self.tokens[i]
        return None


def _overlaps(n: Numeral, start: int, end: int) -> bool:
    return n.start < end and n.end > start


_NUMBER_IDIOMS = lexicons.words("stats_number_idioms")


def _in_number_idiom(n: Numeral, text: str) -> bool:
    """Whether the numeral stands inside a set phrase of stats_number_idioms (三番五次, 一年半载)."""
    for idiom in _NUMBER_IDIOMS:
        at = text.find(idiom, max(0, n.start - len(idiom) + 1), n.start + len(idiom))
        if 0 <= at <= n.start < at + len(idiom):
            return True
    return False


def _is_percent(text: str) -> bool:
    q = parse_quantity(text)
    return q is not None and q.kind == "percent"


def _lexical(seg: str, s0: int) -> list[Numeral]:
    nums: list[Numeral] = []
    for a, b, _v in find_numerals(seg):
        t = seg[a:b]
        if t in _ZEROS or (len(t) == 1 and t in _FORMAL_DIGITS):
            continue  # 零部件; 陆地, 伍 (a surname): a formal digit alone is a word in running text
        if t == _HALF_CHAR:
            continue  # 半斤: the finder's half of a measure; this stage reads 半 itself (_HALF_RE)
        if seg[b : b + 1] in P.PERCENT_WORDS and _is_percent(t + seg[b]):
            t, b = t + seg[b], b + 1  # 四成农户: the finder stopped before 成
        q = parse_quantity(t)
        if q is None:
            continue
        role = P.ROLE_PCT if q.kind == "percent" else P.ROLE_NUM
        if q.kind == "fraction" and "分之" in t:
            role = P.ROLE_FRAC
        nums.append(Numeral(s0 + a, s0 + b, t, q, role))
    return nums


def candidates(text: str, s0: int, s1: int) -> list[Numeral]:
    """Numerals of the sentence text[s0:s1] with their quantity role (document offsets)."""
    seg = text[s0:s1]
    nums = _lexical(seg, s0)
    for m in _VAGUE_RE.finditer(seg):
        q = _vague(m.group())
        nums = [n for n in nums if not _overlaps(n, s0 + m.start(), s0 + m.end())]
        nums.append(Numeral(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_NUM))
    # 半 before a time unit (半小时, 半个月); 一半 / 一多半 / 一大半 as fractions
    for m in _HALF_RE.finditer(seg):
        nums = [n for n in nums if not (n.start <= s0 + m.start() < n.end)]
        nums.append(Numeral(s0 + m.start(), s0 + m.end(), "半", _HALF, P.ROLE_NUM))
    for m in _AND_A_HALF_RE.finditer(seg):
        whole = parse_numeral(m.group(1))
        if whole is not None:
            nums = [n for n in nums if not _overlaps(n, s0 + m.start(), s0 + m.end())]
            q = Quantity(whole + 0.5, None, None, "exact", "number")
            nums.append(Numeral(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_NUM))
    for m in _BARE_SCALE_RE.finditer(seg):
        bare_area = _BARE_AREA_RE.match(seg, m.start()) is not None and len(m.group()) == 1
        if (bare_area or seg[: m.start()].endswith(P.PRE_LONGEST_FIRST)) and not any(
            _overlaps(n, s0 + m.start(), s0 + m.end()) for n in nums
        ):
            q = Quantity(parse_numeral(m.group()), None, None, "exact", "number")
            nums.append(Numeral(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_NUM))
    for m in _ROUGH_SCALE_RE.finditer(seg):
        if seg.startswith(P.UNITS_LONGEST_FIRST, m.end()) and not any(
            _overlaps(n, s0 + m.start(), s0 + m.end()) for n in nums if n.start < s0 + m.start()
        ):
            nums = [n for n in nums if not _overlaps(n, s0 + m.start(), s0 + m.end())]
            q = Quantity(parse_numeral(m.group(1)), None, None, "about", "number")
            nums.append(Numeral(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_NUM))
    for m in _HALVES_RE.finditer(seg):
        nums = [n for n in nums if not _overlaps(n, s0 + m.start(), s0 + m.end())]
        approx = "over" if len(m.group()) == 3 else "exact"
        q = Quantity(0.5, 0.5 if approx == "over" else None, None, approx, "fraction")
        nums.append(Numeral(s0 + m.start(), s0 + m.end(), m.group(), q, P.ROLE_FRAC))
    nums.sort(key=lambda n: n.start)
    return _per_one_split(nums, text)


# a spoken price: 两块八|一斤 (2.8 块 for one 斤), not 八一 (81) after the money unit
_SPOKEN_MONEY = ("块", "毛")
_DIGIT_CHARS = "一二两三四五六七八九"


def _per_one_split(nums: list[Numeral], text: str) -> list[Numeral]:
    """A run of two Chinese digits ending in 一 right after a spoken money unit that follows a
    numeral, before a measure word (两块八一斤, 三块五一个): the first digit is the price's smaller
    part (the mao), 一 and the measure the quantity it buys; read digit by digit they made 81."""
    out = []
    for n in nums:
        before, after = text[n.start - 1 : n.start], n.end
        if (
            len(n.text) == 2
            and n.text[0] in _DIGIT_CHARS
            and n.text[1] == "一"
            and before in _SPOKEN_MONEY
            and n.start >= 2
            and text[n.start - 2] in _DIGIT_CHARS + "十0123456789"
            and text.startswith(P.UNITS_LONGEST_FIRST, after)
        ):
            part = Quantity(parse_numeral(n.text[0]), None, None, "exact", "number")
            out.append(Numeral(n.start, n.start + 1, n.text[0], part, n.role))
            one = Quantity(1.0, None, None, "exact", "number")
            out.append(Numeral(n.start + 1, n.end, "一", one, n.role))
        else:
            out.append(n)
    return out


def _vague(text: str) -> Quantity:
    """几十, 数百: value unknown; 十几, 40几: the tens and their midpoint (十几 -> 10-19, 14.5);
    成百上千: the bounds of the phrase."""
    if text in P.VAGUE_COUNTS:  # 成百上千
        lo, hi = P.VAGUE_COUNTS[text]
        return Quantity(None, lo, hi, "range", "range")
    tens = parse_numeral(text[:-1]) if P.TENS_VAGUE.fullmatch(text) else None
    if tens is not None:
        return Quantity(tens + 4.5, tens, tens + 9, "range", "range")
    return parse_quantity(text) or Quantity(None, None, None, "range", "range")


def _is_code(text: str, n: Numeral) -> bool:
    """E区93号, 1+21+N, A-3 (but 10-15人 is a range); the second term of a ratio or a map's
    scale (1∶250万, 1:50万: the digit and the ratio colon before it)."""
    before = text[n.start - 1] if n.start > 0 else ""
    after = text[n.end] if n.end < len(text) else ""
    before2 = text[n.start - 2] if n.start > 1 else ""
    if before in _RATIO_COLONS and before2.isdigit():
        return True
    if (
        before.isascii()
        and before != ""
        and (before.isalnum() or before in "+/#" or (before == "-" and not before2.isdigit()))
    ):
        return True
    return (after in "+/#" and after != "") or (after.isascii() and after.isalpha() and after != "")


def _percent_word_opens_word(n: Numeral, tokens: TokenIndex) -> bool:
    """A percent word (成, 折) that opens a longer word token other than a verb is that word's
    first character, no percent: 这一成绩, 这一成果, 一成不变 (the tokens say 成绩, 成果, 一成不变 are
    words); a verb token leaves the percent (超九成|为: jieba reads 成为, but 为 is the verb)."""
    if n.role != P.ROLE_PCT or n.text[-1:] not in P.PERCENT_WORDS:
        return False
    tok = tokens.at(n.end - 1)
    return tok is not None and tok.end > n.end and not tok.pos.startswith("v")


def blocked(
    n: Numeral,
    text: str,
    spans: list[tuple[int, int]],
    tokens: TokenIndex,
    names: list[tuple[int, int]] | None = None,
) -> bool:
    """Whether a numeral is not a quantity on lexical grounds: inside a date span, a code, an
    ordinal, a name, or a longer word."""
    if any(n.start < b and n.end > a for a, b in spans):
        return True
    # inside an ORG/LOC name after its first character (古交十三中); a name that starts with
    # the number may be the NER swallowing a count (8支党员志愿服务队), so it does not block
    if any(a < n.start < b for a, b in names or ()):
        return True
    if text[max(0, n.start - 2) : n.start].endswith(_ORDINAL_BEFORE):
        return True  # ordinal: 第二轮, 第九版, 十四届三次会议 (the third session)
    if _is_code(text, n):
        return True
    if n.role in (P.ROLE_NUM, P.ROLE_PCT, P.ROLE_FRAC):
        tok = tokens.at(n.start)
        if tok is not None and tok.start < n.start:
            prefix = text[tok.start : n.start]
            closes = (
                P.UNIT_KIND.get(text[n.end : tok.end]) == "ratio"  # 增加一倍: a verb and its ratio
                or is_doubling(text, n.start, text[n.end : tok.end])  # 翻一番: doubled
            )
            if not closes and not any(prefix.endswith(w) for w in P.FINDER_PRE_MARKERS):
                return True  # 统一, 逐一, 唯一: the numeral is inside a word
    if _percent_word_opens_word(n, tokens):
        return True
    if _in_number_idiom(n, text):
        return True  # 三番五次, 一天到晚: a set phrase, no quantity (stats_number_idioms)
    # 95后, 00后: generations
    return text[n.end : n.end + 1] == "后" and n.text.isdigit() and len(n.text) == 2
