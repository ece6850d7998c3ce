"""Figures that designate a thing instead of measuring it (the statistics guidelines exclude
ordinals and numbers inside names or codes): a train's number (75052次中欧班列:
stats_train_nouns), a rank range (排名前五位, 包揽前三名; stats_front_words keeps 目前3名), a
tournament round (四分之一决赛: stats_round_words), the adjective 二次 (二次开发, 二次供水), a
year before a holiday whose name starts with a measure word (2026元旦), the terms of a list of
bonds or deposits (2年期、3年期; 3个月、6个月、一年期定期存款), a number inside a quoted
name (“每天阅读一小时”行动: stats_quoted_name_heads) or a short quoted slogan (“金色十年”), the
voltage class of a grid facility (500千伏某某变电站: stats_voltage_facilities) and a change of
rank (排名提高了23名: stats_rank_change_verbs)."""

from __future__ import annotations

import re

from pipeline import lexicons

_TRAIN_NOUNS = tuple(lexicons.words("stats_train_nouns"))
_TRAIN_UNIT = "次"
_TRAIN_REACH = 10  # characters between 次 and the train noun (73003次2万吨重载列车)
_MIN_TRAIN_DIGITS = 3  # 686次, 4652次: shorter digit runs before 次 count times
_PHRASE_END_RE = re.compile(r"[，。、；：！？（）“”《》\s,;:!?()]")


def names_a_train(text: str, num_text: str, unit: str, unit_end: int, has_marker: bool) -> bool:
    """75052次中欧班列, 4652次列车: a bare digit run with 次 before a train noun in the same
    phrase is a train's number; with a marker it counts trains (约30次列车被迫取消)."""
    if unit != _TRAIN_UNIT or has_marker or not num_text.isdigit() or len(num_text) < _MIN_TRAIN_DIGITS:
        return False
    return _in_phrase_ahead(text, unit_end, _TRAIN_REACH + 3, _TRAIN_NOUNS)


def _in_phrase_ahead(text: str, start: int, reach: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` stands in the `reach` characters after `start`, before the phrase
    ends (a clause mark, a bracket, a quotation mark or a space)."""
    ahead = text[start : start + reach]
    cut = _PHRASE_END_RE.search(ahead)
    ahead = ahead[: cut.start()] if cut else ahead
    return any(w in ahead for w in words)


_RANK_UNITS = ("位", "名")
_FRONT = "前"
_FRONT_WORDS = tuple(lexicons.words("stats_front_words"))


def is_rank(text: str, num_start: int, unit: str) -> bool:
    """排名前五位, 票房榜前十名, 规模前500位的企业: 位 or 名 after 前 and a numeral is a rank
    range (the top five), no count; after a time word ending in 前 (目前3名队员) it counts."""
    before = text[:num_start]
    return unit in _RANK_UNITS and before.endswith(_FRONT) and not before.endswith(_FRONT_WORDS)


_ROUND_WORDS = tuple(lexicons.words("stats_round_words"))


def names_a_round(text: str, num_end: int) -> bool:
    """四分之一决赛, 八分之一决赛: a fraction before a round word names the round."""
    return text.startswith(_ROUND_WORDS, num_end)


_SECONDARY = ("二", "次")  # 二次开发: counts of times use 两 (两次获得)


def is_secondary(num_text: str, unit: str) -> bool:
    """二次开发, 二次供水, 二次会议: a bare 二 before 次 is the adjective "secondary" or a session,
    no count of times (a count is 两次)."""
    return (num_text, unit) == _SECONDARY


HOLIDAY_NAMES = frozenset({*lexicons.words("dates_holidays"), *lexicons.words("dates_lunar_holidays")})
HOLIDAYS_LONGEST_FIRST = tuple(sorted(HOLIDAY_NAMES, key=len, reverse=True))
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def opens_holiday(text: str, num_text: str, unit_start: int) -> bool:
    """2026元旦, 2025元宵节: a year right before a holiday whose name starts with a measure word
    (元) is part of a date, no amount of 元."""
    return _YEAR_RE.fullmatch(num_text) is not None and text.startswith(HOLIDAYS_LONGEST_FIRST, unit_start)


_NUM = r"(?:\d++|[一二两三四五六七八九十]++)"
_TERM_MEMBER = _NUM + r"(?:个月|年|天|个星期|周)"
# tried only where a run starts (no numeral or list joiner before it) and possessive (no member
# given back), so a long run of members or digits costs linear time
_TERM_RUN_RE = re.compile(
    f"(?<![\\d一二两三四五六七八九十、和及与])(?:{_TERM_MEMBER}期?[、和及与])++{_TERM_MEMBER}期(?![限间内满末初中])"
)
_TERM_LIST_REACH = 40  # characters a list of terms may run before the figure
_NUMERAL_CHARS = frozenset("0123456789一二两三四五六七八九十")
_RUN_CHARS = _NUMERAL_CHARS | frozenset("个月年天星期周、和及与")


def in_term_list(text: str, num_start: int) -> bool:
    """2年期、3年期、5年期; 3个月、6个月、一年期定期存款; 2年、3年、5年、15年期: a run of
    coordinated durations that ends with 期 lists the terms of bonds or deposits (names of
    kinds), no lengths of time; a duration of a term (期限, 期间) is no such end."""
    start = num_start
    while start > 0 and text[start - 1] in _RUN_CHARS:
        start -= 1
        if num_start - start > _TERM_LIST_REACH:
            return False
    while start < num_start and text[start] not in _NUMERAL_CHARS:
        start += 1  # 今年|3个月、6个月期: the run starts at its first numeral
    m = _TERM_RUN_RE.match(text, start)
    return m is not None and m.end() > num_start


_QUOTED_NAME_HEADS = tuple(sorted(lexicons.words("stats_quoted_name_heads"), key=len, reverse=True))
_QUOTE_REACH = 20


def in_quoted_name(text: str, num_start: int) -> bool:
    """“每天阅读一小时”行动, “人人1千克助力亚运碳中和”活动: a number inside a short quotation
    right before a name head (stats_quoted_name_heads) is part of the name."""
    opening = text.rfind("“", max(0, num_start - _QUOTE_REACH), num_start)
    if opening < 0 or "”" in text[opening:num_start]:
        return False
    closing = text.find("”", num_start, num_start + _QUOTE_REACH)
    return closing > 0 and text.startswith(_QUOTED_NAME_HEADS, closing + 1)


_SLOGAN_LENGTH = 6  # characters inside a quotation that is a slogan or a name (“两个维护”, “金色十年”)


_SPAN_OPENERS = ("接下来", "未来", "今后", "过去", "最近", "此后")  # “接下来一年”: quoted speech


def in_short_quotation(text: str, num_start: int, num_end: int, has_marker: bool) -> bool:
    """“两个维护”, “48小时直达”, “金色十年”, “课间15分钟”: a number inside a quotation of at
    most six characters is part of a slogan or a name, no quantity; quoted speech that measures
    keeps it: an approximate figure (“数百万桶”石油, “近百项行动”) or a span after a word that
    opens one (“接下来两周内”)."""
    opening = text.rfind("“", max(0, num_start - _SLOGAN_LENGTH), num_start)
    if has_marker or opening < 0 or "”" in text[opening:num_start]:
        return False
    if text[opening + 1 : num_start].endswith(_SPAN_OPENERS):
        return False
    closing = text.find("”", num_end, opening + _SLOGAN_LENGTH + 2)
    return closing > 0 and closing - opening - 1 <= _SLOGAN_LENGTH


_VOLTAGE_UNITS = ("千伏", "伏", "kV", "KV")
_VOLTAGE_FACILITIES = tuple(lexicons.words("stats_voltage_facilities"))
_FACILITY_REACH = 20  # 800千伏|哈密南—郑州特高压直流输电工程


def names_a_voltage_class(text: str, unit: str, unit_end: int, has_marker: bool) -> bool:
    """500千伏某某变电站, ±800千伏某地—某地特高压直流输电工程: a voltage followed in its phrase
    by the noun of a grid facility (stats_voltage_facilities) is the facility's voltage class,
    part of its name; one that ends its phrase (电压等级为1000千伏。) is measured."""
    if unit not in _VOLTAGE_UNITS or has_marker:
        return False
    return _in_phrase_ahead(text, unit_end, _FACILITY_REACH, _VOLTAGE_FACILITIES)


_RANK_CHANGE_VERBS = tuple(lexicons.words("stats_rank_change_verbs"))
_RANK_PLACES = ("位次", "名次")
_GENERIC_UNIT = "个"
_PERFECTIVE = "了"
_RANK_TARGETS = ("至", "到")  # 上升1位至第11位: the rank reached


def is_rank_change(text: str, num_start: int, unit: str, unit_end: int) -> bool:
    """排名提高了23名, 位次前移两位, 上升1位至第11位, 排名上升3个位次: N名 or N位 after a verb of
    a change of rank (stats_rank_change_verbs) with no noun after it, or N个位次, is a number of
    places between two ranks (ordinals), no count of people (提高了200名教师的技能 counts
    teachers)."""
    before = text[:num_start].removesuffix(_PERFECTIVE)
    if not before.endswith(_RANK_CHANGE_VERBS):
        return False
    if unit == _GENERIC_UNIT:
        return text.startswith(_RANK_PLACES, unit_end)
    nxt = text[unit_end : unit_end + 1]
    return unit in _RANK_UNITS and (not nxt or nxt in _RANK_TARGETS or _PHRASE_END_RE.match(nxt) is not None)
