"""Quantity roles, spaCy Matcher patterns and the lexicon tables of the statistics finder.

The statistics finder (`pipeline.quantities`) cuts each sentence into pieces (jieba words,
numerals, and the measure words / approximation markers around numerals) and tags every
piece with a quantity role in the custom token attribute `q`; the patterns below are written
over those roles, so each shape of a statistic is one readable pattern instead of one giant
regex. The words themselves are data in `pipeline/lexicons/` (stats_units, stats_currencies,
stats_scale_words, numerals_approx_markers, stats_vague_counts); this module only arranges
them for lookup.
"""

from __future__ import annotations

import re
from math import prod
from typing import Any

from pipeline import lexicons
from pipeline.numbers import APPROX_MARKERS, SCALE_VALUES

# --- measure words and units, by the kind of quantity they make ------------------------------

# currencies other than 元 that news writes with a scale (4亿欧元, 1620亿美元)
CURRENCIES: tuple[str, ...] = lexicons.words("stats_currencies")
# quasi-measure nouns (5省, 12省区, 6大品类): units of kind count that are their own object
QUASI_MEASURES = frozenset(lexicons.words("stats_quasi_measures"))
# units of measure the list lacks, by corpus frequency (标准箱, 吨公里, 亩次, 20万字): kind, where
CORPUS_UNITS = lexicons.rows("stats_corpus_units")
UNIT_KIND: dict[str, str] = {
    **{row[0]: row[1] for row in lexicons.rows("stats_units")},
    **{row[0]: row[1] for row in CORPUS_UNITS},
    **{currency: "amount" for currency in CURRENCIES},
    **{noun: "count" for noun in QUASI_MEASURES},
}
# longest match wins: 人次 before 人, 平方公里 before 公里
UNITS_LONGEST_FIRST = tuple(lexicons.longest_first(tuple(UNIT_KIND)))
# the measure words proper, without the quasi-measure nouns (省, 大类): what a figure's digits
# go on to, whatever the noun after it (the clean stage joins them across a space or a line break)
MEASURES_LONGEST_FIRST = tuple(u for u in UNITS_LONGEST_FIRST if u not in QUASI_MEASURES)

# 个 between the number and a time unit belongs to the unit (六七个小时, 一个多月); a month
# needs it to be a duration at all (3个月 is a duration, 3月 a date)
GE = "个"
GE_UNITS = frozenset(
    row[0] for row in lexicons.rows("stats_units") if row[2:3] in (("optional",), ("required",), ("decimal",))
)
# 个 required after a whole number only: 2个点 and 108.3点 are points, 3点 a clock time
GE_OR_DECIMAL_UNITS = frozenset(row[0] for row in lexicons.rows("stats_units") if row[2:3] == ("decimal",))
DECIMAL_POINT = "."
GE_ONLY_UNITS = frozenset(row[0] for row in lexicons.rows("stats_units") if row[2:3] == ("required",))
# measure words that measure only after written figures (6200万度, but 两度会晤)
FIGURE_ONLY_UNITS = frozenset(
    [
        *lexicons.words("stats_units_after_figures"),
        *(row[0] for row in CORPUS_UNITS if row[2:3] == ("figures",)),
    ]
)

# measure words that measure only where they end jieba's word (2个点, but 30多个|点位: the
# count word 个 and the noun 点位)
WORD_FINAL_UNITS = frozenset(lexicons.words("stats_word_final_units"))

# 万/亿 after an approximation marker scale the number: 10多万人, 520多亿元; a word's factor
# is the product of its characters' values (万亿 = 10^12)
MULTIPLIERS: dict[str, int] = {
    word: prod(SCALE_VALUES[c] for c in word) for word in lexicons.words("stats_scale_words")
}
MULT_LONGEST_FIRST = tuple(lexicons.longest_first(tuple(MULTIPLIERS)))
# Scale words written as part of the measure (30万元, 10多万人): every value is folded to its
# base unit (30万元 -> 300000 元, GUIDELINES November 2026), and the scale stays in the written
# unit (unit_written 万元). Only these scales are kept there: 五千户 is written 户.
WRITTEN_SCALES = tuple(
    lexicons.longest_first(tuple(r[0] for r in lexicons.rows("stats_scale_words") if r[1:2] == ("written",)))
)
# percent words of a numeral: 四成 is 40 percent, 八五折 85 (GUIDELINES, November 2026)
PERCENT_WORDS = ("成", "折")
# units written one way and kept another (块钱 -> 块: the same money unit)
UNIT_NORMAL: dict[str, str] = {row[0]: row[1] for row in lexicons.rows("stats_unit_forms")}
# the spoken money unit (块钱 -> 块) also counts things (3块屏幕): money where no noun follows
COUNT_OR_MONEY = frozenset(UNIT_NORMAL.values())

# --- approximation markers (numerals_approx_markers: one list with pipeline.numbers) ---------


def _markers(*positions: str) -> dict[str, str]:
    return {word: approx for word, approx, position in APPROX_MARKERS if position in positions}


def _text_markers(*positions: str) -> dict[str, str]:
    """Markers the finder reads in running text beyond the parser's list (stats_approx_markers)."""
    return {row[0]: row[1] for row in lexicons.rows("stats_approx_markers") if row[2] in positions}


PRE_MARKERS = _markers("before")  # 上 is an approximation only before a bare 百/千/万: see the finder
# the finder's own markers right before a number (突破1亿美元, 过三成), part of the statistic
TEXT_PRE_MARKERS = _text_markers("before", "before_percent")
PRE_PERCENT_ONLY = frozenset(_text_markers("before_percent"))  # 过三成 (but 再过|N个月)
# markers separated from the number by 了 or a predicate word (超过了100毫米, 至少增长15%), and
# after the measure by a bracketed note (8亿斤(原粮)左右): they set approx only
GAP_BEFORE = _text_markers("before_gap")
GAP_BEFORE_LONGEST_FIRST = tuple(lexicons.longest_first(tuple(GAP_BEFORE)))
GAP_AFTER = _text_markers("after_gap")
GAP_AFTER_LONGEST_FIRST = tuple(lexicons.longest_first(tuple(GAP_AFTER)))
PREDICATE_WORDS = tuple(lexicons.longest_first(lexicons.words("stats_predicate_words")))
GAP_PARTICLE = "了"
DAY_UNITS = ("天", "日")  # 两天两夜: one duration
HALF = "半"  # 3岁半, 一年半: half a unit more (stats_half_units)
HALF_UNITS = frozenset(lexicons.words("stats_half_units"))
HALF_IDIOMS = ("半载",)  # 一年半载: "a year or so", no figure
NIGHT = "夜"
# every marker the finder looks for before a number, the parser's and its own
FINDER_PRE_MARKERS = {**PRE_MARKERS, **TEXT_PRE_MARKERS}
PRE_LONGEST_FIRST = tuple(lexicons.longest_first(tuple(FINDER_PRE_MARKERS)))
SUF_MARKERS = _markers("inside")  # 80余名, 十来个
# what goes on a figure's digits inside it: an approximation marker or a scale word (30多万, 3万余)
INSIDE_LONGEST_FIRST = tuple(lexicons.longest_first((*SUF_MARKERS, *MULTIPLIERS)))
POST_MARKERS = _markers("after", "after_span", "after_percent")
POST_LONGEST_FIRST = tuple(lexicons.longest_first(tuple(POST_MARKERS)))
# 内/以内 bound only durations and distances (48小时内); elsewhere 内 starts a new word
POST_DURATION_ONLY = frozenset(_markers("after_span"))
# 强/弱 follow only a percent or a fraction (三成强)
POST_PERCENT_ONLY = frozenset(_markers("after_percent"))
RANGE_SEPARATORS = ("至", "到", "-", "~", "～", "—", "－")
PERCENT_RANGE_DASHES = ("~", "～", "—", "－")  # 10%—20%: always a range
PERCENT_RANGE_WORDS = ("至", "到")  # 10%至12%: a range unless a verb of change comes before
PERCENT_RANGE_ENDS = ("之间", "不等")  # 4.5%至4.75%之间: a range whatever comes before

# vague numerals: value unknown, bounds known (几十, 数百, 十几, 成百上千)
VAGUE_COUNTS: dict[str, tuple[float, float]] = {
    row[0]: (float(row[1]), float(row[2])) for row in lexicons.rows("stats_vague_counts")
}
VAGUE_PATTERN = (
    "|".join(re.escape(w) for w in lexicons.longest_first(tuple(VAGUE_COUNTS)))
    + r"|[几数][十百千万]+|[一二两三四五六七八九]?[十百千万]几|[1-9]0几"
)
# 十几, 二十几, 40几: the tens written, the units vague (十几家: 10-19, value 14.5; GUIDELINES)
TENS_VAGUE = re.compile(r"(?:[一二两三四五六七八九]?十|[1-9]0)几")

# --- quantity roles and Matcher patterns -----------------------------------------------------

ROLE_NUM = "NUM"  # a numeral
ROLE_PCT = "PCT"  # a numeral with its percent marker (70%, 百分之七十, 七成)
ROLE_FRAC = "FRAC"  # 三分之一, 一半, 一多半
ROLE_PRE = "PRE"
ROLE_SUF = "SUF"
ROLE_GE = "GE"
ROLE_UNIT = "UNIT"
ROLE_POST = "POST"
ROLE_SEP = "SEP"
ROLE_MULT = "MULT"  # 万 in 10多万人
ROLE_SCALED = "SCALED"  # a scaled numeral right before an ordinary noun (3万多|群众, 2.34万|老年人)
ROLE_BIG = "BIG"  # 大 between a small number and a category (6大品类, 三大|产业)
ROLE_HALF = "HALF"  # 半 after a time or age unit: 3岁半, 一年半左右 (HALF_UNITS)
BIG = "大"


def _q(role: str, op: str | None = None) -> dict[str, Any]:
    pattern: dict[str, Any] = {"_": {"q": role}}
    if op:
        pattern["OP"] = op
    return pattern


PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    # 80余名, 近百名, 不到3岁, 70岁以上, 六七个小时, 48小时内, 一个多月
    "MEASURE": [
        [
            _q(ROLE_PRE, "?"),
            _q(ROLE_NUM),
            _q(ROLE_SUF, "?"),
            _q(ROLE_MULT, "?"),
            _q(ROLE_GE, "?"),
            _q(ROLE_SUF, "?"),
            _q(ROLE_UNIT),
            _q(ROLE_HALF, "?"),
            _q(ROLE_POST, "?"),
        ]
    ],
    # 3万多群众, 2.34万老年人 (empty unit; the noun is the object); 三大产业 (text 三大)
    "SCALED": [[_q(ROLE_PRE, "?"), _q(ROLE_SCALED), _q(ROLE_SUF, "?"), _q(ROLE_MULT, "?")]],
    "CATEGORIES": [[_q(ROLE_NUM), _q(ROLE_BIG), _q(ROLE_UNIT, "?")]],
    # 3至5天, 10-15人
    "RANGE": [
        [
            _q(ROLE_PRE, "?"),
            _q(ROLE_NUM),
            _q(ROLE_SEP),
            _q(ROLE_NUM),
            _q(ROLE_GE, "?"),
            _q(ROLE_UNIT),
            _q(ROLE_POST, "?"),
        ]
    ],
    # 6℃—10℃, 3公里至5公里: the unit written on both ends
    "RANGE_UNITS": [
        [
            _q(ROLE_PRE, "?"),
            _q(ROLE_NUM),
            _q(ROLE_MULT, "?"),
            _q(ROLE_GE, "?"),
            _q(ROLE_UNIT),
            _q(ROLE_SEP),
            _q(ROLE_NUM),
            _q(ROLE_MULT, "?"),
            _q(ROLE_GE, "?"),
            _q(ROLE_UNIT),
            _q(ROLE_POST, "?"),
        ]
    ],
    # 70%, 百分之七十, 七成以上
    "PERCENT": [[_q(ROLE_PRE, "?"), _q(ROLE_PCT), _q(ROLE_POST, "?")]],
    # 10%—20%, 30—40%, 4.5%至4.75%之间 (PERCENT_RANGE_SEPARATORS; 至/到 read as a range only where
    # no verb of change stands before: 下降0.7%至46.5% is a fall to a level)
    "PERCENT_RANGE": [
        [_q(ROLE_PRE, "?"), _q(ROLE_PCT), _q(ROLE_SEP), _q(ROLE_PCT), _q(ROLE_POST, "?")],
        [_q(ROLE_PRE, "?"), _q(ROLE_NUM), _q(ROLE_SEP), _q(ROLE_PCT), _q(ROLE_POST, "?")],
    ],
    # 三分之一, 一多半
    "FRACTION": [[_q(ROLE_PRE, "?"), _q(ROLE_FRAC), _q(ROLE_POST, "?")]],
}
