"""Exclusions that need the whole match of a statistic: the article 一, slogans (五包一),
named counts (二十条措施, 500米自由泳, 70公斤级, 7人制, 三口之家: stats_named_counts), levels
(二级应急响应; 级 counts tiers and steps only), idioms of one (一年比一年好, 新一周, 每一天,
一年之计), designations (train numbers, ranks, rounds: designations), the period compared with (比上一年),
years and days, a measure word that
starts a longer word, numbers in quotations and titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.dates import day_is_duration
from pipeline.nlp import number_patterns as P
from pipeline.nlp.components.resources import jieba_dict
from pipeline.numeral_grammar import NEGATIVE
from pipeline.quantities import designations as D
from pipeline.quantities.candidates import Numeral, TokenIndex
from pipeline.quantities.doublings import is_doubling
from pipeline.quantities.magnitudes import is_magnitude
from pipeline.quantities.mixed_units import BARE_PART_UNITS
from pipeline.quantities.pieces import Piece, match_prefix

_ARTICLE_ONE = ("一", "壹")  # the numeral that is also the article "a"
_PROGRESSION_LINKS = "比胜又接"  # 一年比一年好, 一天又一天
_COMPARED_WITH = ("比", "较", "同")  # 比上一年, 较上一年度: the period compared with
_PREVIOUS = ("上", "前")
_POS_OK_STRADDLE = ("m", "q", "mq", "t", "l", "b", "x")
_MARKER_ROLES = (P.ROLE_PRE, P.ROLE_SUF, P.ROLE_POST)
_CLASS_BOUNDS = ("以上", "以下")  # 80公斤以上级, 48公斤以下级: the open class of a weight


# a number and measure word that name a thing (二十条措施, 三年行动, 100米仰泳): (measure words
# or unit kinds, the word after, numerals: chinese | any)
def _named_count_words(word: str) -> tuple[str, ...]:
    """The word of a stats_named_counts row, or every word of the lexicon it names (@list)."""
    return tuple(lexicons.words(word[1:])) if word.startswith("@") else (word,)


_NAMED_COUNTS = tuple(
    (frozenset(row[0].split()), _named_count_words(row[1]), row[2])
    for row in lexicons.rows("stats_named_counts")
)
# tiers right before the number (not those counted only inside a list: 国家二级 is a grade)
_TIER_NOUNS = tuple(e[0] for e in lexicons.rows("stats_tier_nouns") if e[1:] != ("list",))
_TIER_UNIT = "级"
_MEASURING_WORDS = tuple(lexicons.words("stats_measuring_words"))
_STEP_NOUNS = tuple(lexicons.words("stats_step_nouns"))


@dataclass
class _Measured:
    """A match with a unit, as the exclusions see it."""

    text: str
    num: Numeral
    unit: str
    unit_end: int
    first: int  # where the match starts
    last: int  # where it ends
    has_marker: bool

    @property
    def chinese(self) -> bool:
        return not self.num.text.isdigit()

    def followed_by(self, words: str | tuple[str, ...]) -> bool:
        return self.text.startswith(words, self.unit_end)

    def bound_followed_by(self, words: str | tuple[str, ...]) -> bool:
        """80公斤以上|级: a bound (以上, 以下) closes the match and the words come right after it."""
        bound = self.text[self.unit_end : self.last]
        return bound in _CLASS_BOUNDS and self.text.startswith(words, self.last)


def _names_a_thing(m: _Measured) -> bool:
    """二十条措施, 八项规定 (policies), 三年行动 (a plan), 五年级 (a grade), 八小时制 (a regime),
    100米仰泳 (a race), 三次全会 (a plenary session), 70公斤级 and 80公斤以上级 (weight classes):
    stats_named_counts."""
    kind = P.UNIT_KIND.get(m.unit)
    return any(
        (m.unit in measures or kind in measures)
        and (numerals == "any" or m.chinese)
        and (m.followed_by(words) or m.bound_followed_by(words))
        for measures, words, numerals in _NAMED_COUNTS
    )


def _is_level(m: _Measured) -> bool:
    """级 counts tiers only after tier nouns (县乡两级, 县、乡、村三级) and measures magnitudes
    (6.8级地震: stats_magnitude_words); elsewhere it is a level (二级应急响应, 调整到三级):
    stats_tier_nouns."""
    if m.unit != _TIER_UNIT or is_magnitude(m.text, m.num.start, m.unit_end):
        return False  # 6.8级地震, 风力达8级: a magnitude is measured
    return not m.text[: m.first].endswith(_TIER_NOUNS) and not _steps(m)


def _steps(m: _Measured) -> bool:
    """218级藤梯, 100多级台阶: 级 before a stair noun counts steps (stats_step_nouns)."""
    after = m.text[m.unit_end : m.unit_end + 4]
    return any(after.startswith(w) or after[:2].endswith(w) for w in _STEP_NOUNS)


# 一 before these measures is always a figure: 一个月 (a duration), 增长了一倍 (a ratio)
_NEVER_ARTICLE_KINDS = ("duration", "ratio")


def _is_article_or_slogan(m: _Measured) -> bool:
    text, num = m.text, m.num
    if (
        num.text in _ARTICLE_ONE
        and not m.has_marker
        and P.UNIT_KIND.get(m.unit) not in _NEVER_ARTICLE_KINDS
        and not text[: num.start].endswith(_MEASURING_WORDS)
        and not is_doubling(text, num.start, m.unit)  # 翻一番: doubled, no article
    ):
        return True  # 一名护士 (but 仅一条主干道 measures; 增长了一倍 is a ratio)
    nxt = text[m.unit_end : m.unit_end + 1]
    # 五包一, 一对一: a number right after the measure word that measures nothing itself is a
    # slogan; 3位七旬党员 is two quantities; 两块八 is a price (stats_bare_subunits: the digit
    # after 块 is its smaller part)
    return bool(
        nxt
        and m.chinese
        and m.unit not in BARE_PART_UNITS
        and (nxt in "一二两三四五六七八九十" or nxt.isdigit())
        and not match_prefix(text, m.unit_end + 1, P.UNITS_LONGEST_FIRST)
    )


_NEW = ("新", "新的")  # 新的一年, 新一周: the coming period
_EVERY = "每"  # 每一天: every day
_PLAN = "之计"  # 一年之计在于春 (a proverb)


def _is_idiom_of_one(m: _Measured) -> bool:
    """一年比一年好, 一天又一天 (progression); 新的一年, 新一天, 新一周 (the coming period), 每一天
    (every day) and 一年之计 (a proverb): one period that names a time, no length measured."""
    text, num = m.text, m.num
    if num.text not in _ARTICLE_ONE:
        return False
    one_unit = text[num.start : m.unit_end]
    after_pair = text[m.unit_end : m.unit_end + 1 + len(one_unit)]
    before_pair = text[max(0, num.start - 1 - len(one_unit)) : num.start]
    if any(after_pair == c + one_unit or before_pair == one_unit + c for c in _PROGRESSION_LINKS):
        return True
    if P.UNIT_KIND.get(m.unit) != "duration" or m.has_marker:
        return False
    before = text[max(0, num.start - 2) : num.start]
    return before.endswith(_NEW) or before.endswith(_EVERY) or m.followed_by(_PLAN)


def _is_compared_period(m: _Measured) -> bool:
    """比上一年, 较前一个月: the previous period a figure is compared with names a time, not a
    duration; a count of 一 after 比上/较前 is never measured."""
    text, num = m.text, m.num
    before = text[max(0, num.start - 2) : num.start]
    return (
        num.text in _ARTICLE_ONE
        and P.UNIT_KIND.get(m.unit) == "duration"
        and any(before == c + p for c in _COMPARED_WITH for p in _PREVIOUS)
    )


def _is_not_a_measure(m: _Measured) -> bool:
    """A year (2022年, not 2000多年), a day of the month (17日), a figure-only unit after a bare Chinese
    numeral (两度会晤, 五角大楼) unless the numeral is signed (零下五度: a temperature)."""
    if m.unit == "年" and (m.num.quantity.value or 0) >= 1000 and not m.has_marker:
        return True  # 2022年; 2000多年 is a duration
    if (
        m.unit in P.FIGURE_ONLY_UNITS
        and not any(ch.isdigit() for ch in m.num.text)
        and not m.num.text.endswith(("万", "亿"))
        and not _is_signed(m)
    ):
        return True
    return m.unit == "日" and not day_is_duration(m.text, m.first)  # 17日 unless 连续3日


_SIGN_WORDS = (*NEGATIVE, *lexicons.words("stats_sign_words"))


def _is_signed(m: _Measured) -> bool:
    """零下五度, 零下|十几度: a sign glued to the numeral or written right before it."""
    return m.num.text.startswith(_SIGN_WORDS) or m.text.endswith(_SIGN_WORDS, 0, m.num.start)


def _starts_longer_word(m: _Measured, tokens: TokenIndex) -> bool:
    """二道街, 3口罩: a count word that starts a longer word of the dictionary; time and age
    units are safe (jieba glues 5天无 into one word), and so are words jieba's HMM made up from
    unknown characters (28支|共8755人: 支共 is no word)."""
    tok = tokens.at(m.unit_end - 1)
    return (
        tok is not None
        and tok.end > m.last
        and tok.pos not in _POS_OK_STRADDLE
        and P.UNIT_KIND.get(m.unit) == "count"
        and tok.text in jieba_dict()
    )


_LEVEL_ENDS = tuple(sorted(lexicons.words("ner_admin_ends"), key=len, reverse=True))  # 镇, 街道
_PLACE_POS = ("ns",)
_GENERIC_MEASURE = "个"  # 3个|镇: towns counted


def _names_a_place(m: _Measured, tokens: TokenIndex) -> bool:
    """三栋|镇, 十里|村 after a place (某某区|三栋镇木…): a Chinese numeral and a measure word
    other than 个 right before a level suffix are the start of a place name. The suffix opens a
    word jieba reads as a place (镇木/ns) or stands alone after a place name before the numeral;
    a common noun there (两家|村民, 两所|乡镇卫生院) is what is counted."""
    if not m.chinese or m.has_marker or m.unit == _GENERIC_MEASURE:
        return False
    end = next((w for w in _LEVEL_ENDS if m.followed_by(w)), None)
    tok = tokens.at(m.unit_end)
    if end is None or tok is None or tok.start != m.unit_end:
        return False
    if tok.pos.startswith(_PLACE_POS) and tok.text != end:
        return True
    before = tokens.at(m.first - 1)
    return tok.text == end and before is not None and before.pos.startswith(_PLACE_POS)


_TERM = "期"  # 10年期, 3个月期: the term of a loan, a bond or a deposit
_TERM_NOUN_POS = ("n", "eng", "j")  # 国债/n, LPR/eng, 国债/j: what the term names


_TERM_NOUNS = tuple(lexicons.words("stats_term_nouns"))  # 国债, 存款
_DIRECT_TERM_NOUNS = tuple(w for w, how in lexicons.mapping("stats_term_nouns").items() if how == "direct")
_TERM_NOUN_REACH = 8  # 50年期|超长期特别|国债


def _names_a_term(m: _Measured, tokens: TokenIndex) -> bool:
    """10年期|国债, 3个月期|存款: a duration with 期 right after it and a noun right after 期 is
    the term in the name of a loan, a bond or a deposit (10年期国债 is a kind of bond), no
    length of time the page reports; so is one with an amount right after 期 (国债20年期|400亿元)
    or a bond or deposit noun later in its phrase (50年期超长期特别国债: stats_term_nouns);
    before a verb it stays one (一年期|驻留: a stay of a year). 两年定期存款 names the term
    without 期 (the direct nouns of stats_term_nouns)."""
    if P.UNIT_KIND.get(m.unit) != "duration" or m.has_marker:
        return False
    if m.followed_by(_DIRECT_TERM_NOUNS):
        return True
    if not m.followed_by(_TERM):
        return False
    after = m.unit_end + len(_TERM)
    tok = tokens.at(after)
    if tok is not None and tok.start == after and tok.pos.startswith(_TERM_NOUN_POS):
        return True
    phrase = re.split(r"[，。、；：！？\s]", m.text[after : after + _TERM_NOUN_REACH], maxsplit=1)[0]
    return m.text[after : after + 1].isdigit() or any(w in phrase for w in _TERM_NOUNS)


_CORPUS_ADVERBS = frozenset(row[0] for row in lexicons.rows("stats_word_tags") if row[1] == "d")  # 四处/d
_VERB_POS = "v"


def _is_adverb_word(m: _Measured, tokens: TokenIndex) -> bool:
    """他|四处|考察: a numeral and measure that are one word the tagged People's Daily corpus
    reads as an adverb (stats_word_tags), before a verb: no count but an adverb of manner."""
    tok = tokens.at(m.first)
    if tok is None or tok.start != m.first or tok.end != m.last or tok.text not in _CORPUS_ADVERBS:
        return False
    nxt = tokens.at(m.last)
    return nxt is not None and nxt.start == m.last and nxt.pos.startswith(_VERB_POS)


def _lists_terms(m: _Measured) -> bool:
    """2年期、3年期: a duration in a list of bond or deposit terms (designations.in_term_list)."""
    return P.UNIT_KIND.get(m.unit) == "duration" and not m.has_marker and D.in_term_list(m.text, m.num.start)


def _designates(m: _Measured) -> bool:
    """A train's number, a rank, 二次, a year before 元旦, a list of terms, the voltage class of
    a facility (500千伏某某变电站), a change of rank (提高了23名) (designations)."""
    return (
        D.names_a_train(m.text, m.num.text, m.unit, m.unit_end, m.has_marker)
        or D.is_rank(m.text, m.num.start, m.unit)
        or D.is_secondary(m.num.text, m.unit)
        or D.opens_holiday(m.text, m.num.text, m.unit_end - len(m.unit))
        or _lists_terms(m)
        or D.names_a_voltage_class(m.text, m.unit, m.unit_end, m.has_marker)
        or D.is_rank_change(m.text, m.num.start, m.unit, m.unit_end)
    )


def valid_measure(stat_pieces: list[Piece], num: Numeral, text: str, tokens: TokenIndex) -> bool:
    """Whether a match is a statistic: not the article 一, a slogan (五包一, 一对一), a named
    count (二十条措施), a measure word that is only the start of a longer word, the start of a
    place name (三栋|镇), an adverb word (四处|考察), the term in a name (10年期|国债), a
    designation (75052次中欧班列, 排名前五位, 四分之一决赛, 二次开发: designations), a quoted
    slogan or name, or a number inside a title."""
    unit_piece = next((p for p in stat_pieces if p.role == P.ROLE_UNIT), None)
    if unit_piece is not None:
        m = _Measured(
            text,
            num,
            text[unit_piece.start : unit_piece.end],
            unit_piece.end,
            stat_pieces[0].start,
            stat_pieces[-1].end,
            any(p.role in _MARKER_ROLES for p in stat_pieces),
        )
        if (
            _is_article_or_slogan(m)
            or _names_a_thing(m)
            or _is_idiom_of_one(m)
            or _is_compared_period(m)
            or _is_not_a_measure(m)
            or _is_level(m)
            or _starts_longer_word(m, tokens)
            or _names_a_place(m, tokens)
            or _is_adverb_word(m, tokens)
            or _names_a_term(m, tokens)
            or _designates(m)
        ):
            return False
    elif num.role == P.ROLE_FRAC and D.names_a_round(text, num.end):
        return False  # 四分之一决赛
    if D.in_quoted_name(text, num.start):
        return False  # “每天阅读一小时”行动
    # a number opening a short quotation is a slogan: “两个维护”, “三个代表”; so is one inside a
    # quotation of at most six characters (“金色十年”)
    if text[num.start - 1 : num.start] in ("“", "‘") and 0 <= text.find("”", num.start) - num.start <= 6:
        return False
    if D.in_short_quotation(text, num.start, num.end, any(p.role in _MARKER_ROLES for p in stat_pieces)):
        return False
    depth = text[: num.start].count("《") - text[: num.start].count("》")
    return depth <= 0  # numbers inside titles are names
