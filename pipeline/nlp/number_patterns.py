"""Lexicons and spaCy Matcher patterns for measured quantities (the statistics stage).

The statistics stage cuts each sentence into pieces (jieba words, numerals, and the
measure words / approximation markers around numerals) and tags every piece with a
quantity role in the custom token attribute `q`; the patterns below are written over
those roles, so each shape of a statistic is one readable pattern instead of one giant
regex.
"""

from __future__ import annotations

from typing import Any

# --- measure words and units, by the kind of quantity they make ------------------------------
# Longest match wins, so multi-character units must be listed (人次 before 人, 万元 before 元).

DURATION_UNITS = (
    "小时", "钟头", "分钟", "秒钟", "秒", "天", "日夜", "昼夜", "日", "夜", "晚", "宿",
    "月", "周年", "周", "星期", "年", "季度", "旬日",
)  # fmt: skip
AGE_UNITS = ("周岁", "岁", "旬")
FREQUENCY_UNITS = ("次", "遍", "趟", "轮", "回", "番")
# currencies other than 元 that news writes with a scale (4亿欧元, 1620亿美元)
CURRENCIES = ("美元", "欧元", "日元", "港元", "韩元", "英镑", "卢布", "澳元")
AMOUNT_UNITS = (
    "公斤", "千克", "毫克", "微克", "克", "斤", "吨", "元", "块钱", *CURRENCIES, "角",
    "平方公里", "平方米", "平米", "立方米", "公里", "千米", "厘米", "毫米", "米", "亩",
    "公顷", "海里", "英里", "毫升", "升", "千瓦时", "千瓦", "兆瓦", "千伏", "度电", "摄氏度",
    "℃", "度",
)  # fmt: skip
COUNT_UNITS = (
    "人次", "架次", "车次", "班次", "批次", "艘次", "户次", "辆次", "剂次", "场次", "箱次",
    "列次", "台次", "件次", "标箱",
    "方面",
    "名", "个", "位", "人", "户", "支", "对", "盒", "条", "辆", "栋", "幢", "件",
    "份", "家", "座", "所", "台", "架", "套", "种", "项", "批", "只", "头", "张", "本",
    "场", "处", "间", "块", "片", "枚", "颗", "根", "袋", "箱", "瓶", "包", "层", "篇",
    "首", "部", "例", "宗", "笔", "床", "艘", "棵", "株", "粒", "扇", "口", "双", "副",
    "桶", "罐", "车", "杯", "碗", "束", "把", "顶", "列", "幅", "票", "类",
)  # fmt: skip
# not measure words here although they can be: 组/队/排/级 after a number name a unit of
# an organization (封控五组, 三级), 号 a house number (58号院)

PERCENT_UNITS = ("百分点",)  # 2.5个百分点

UNIT_KIND: dict[str, str] = {}
for _units, _kind in (
    (COUNT_UNITS, "count"),
    (AMOUNT_UNITS, "amount"),
    (FREQUENCY_UNITS, "frequency"),
    (AGE_UNITS, "age"),
    (DURATION_UNITS, "duration"),
    (PERCENT_UNITS, "percent"),
):
    for _u in _units:
        UNIT_KIND.setdefault(_u, _kind)
UNITS_LONGEST_FIRST = tuple(sorted(UNIT_KIND, key=len, reverse=True))

# 个 between the number and a time unit belongs to the unit (六七个小时, 一个多月); a month
# needs it to be a duration at all (3个月 is a duration, 3月 a date)
GE = "个"
# units that measure only after 个: 3月 is a date, 一季度 a period's name
GE_ONLY_UNITS = ("月", "星期", "季度")
# 万/亿 after an approximation marker scale the number: 10多万人, 520多亿元
MULTIPLIERS: dict[str, int] = {
    "万亿": 10**12,
    "千万": 10**7,
    "百万": 10**6,
    "亿": 10**8,
    "万": 10**4,
    "千": 1000,
    "百": 100,
}
MULT_LONGEST_FIRST = tuple(sorted(MULTIPLIERS, key=len, reverse=True))
# Money keeps its scale in the unit, as Chinese statistics write it (单位：万元): 30万元 is
# value 30, unit 万元, and 3.5亿元 value 3.5, unit 亿元. Every other quantity is normalized
# (4万人 is 40000 人). Set to () to normalize money too (30万元 -> 300000 元).
SCALED_MONEY: dict[str, int] = {
    f"{scale}{currency}": factor
    for scale, factor in (("万", 10**4), ("亿", 10**8), ("万亿", 10**12))
    for currency in ("元", *CURRENCIES)
}

# --- approximation markers ---------------------------------------------------------------

PRE_MARKERS: dict[str, str] = {
    "将近": "under", "接近": "under", "不到": "under", "不足": "under", "近": "under",
    "未满": "under", "不超过": "under", "最多": "under",
    "超过": "over", "逾": "over", "至少": "over", "不少于": "over", "上": "over",
    "多达": "exact", "超": "over",
    "大约": "about", "大概": "about", "约": "about",
}  # fmt: skip
# 上 is an approximation only before a bare 百/千/万 (上百名, 上万人): see the stage
PRE_LONGEST_FIRST = tuple(sorted(PRE_MARKERS, key=len, reverse=True))

SUF_MARKERS: dict[str, str] = {"余": "over", "多": "over", "来": "about"}  # 80余名, 十来个
POST_MARKERS: dict[str, str] = {
    "以上": "over", "开外": "over", "有余": "over", "多": "over",
    "以下": "under", "以内": "under", "之内": "under", "内": "under",
    "左右": "about", "上下": "about", "许": "about", "前后": "about",
}  # fmt: skip
POST_LONGEST_FIRST = tuple(sorted(POST_MARKERS, key=len, reverse=True))
# 内/以内 bound only durations and distances (48小时内); elsewhere 内 starts a new word
POST_DURATION_ONLY = ("内", "以内", "之内")
RANGE_SEPARATORS = ("至", "到", "-", "~", "～", "—", "－")

# vague numerals: value unknown, bounds known (几十, 数百, 十几, 成百上千)
VAGUE_PATTERN = r"成百上千|成千上万|[几数][十百千万]+|[一二两三四五六七八九]?[十百千万]几"

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
            _q(ROLE_POST, "?"),
        ]
    ],
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
    # 三分之一, 一多半
    "FRACTION": [[_q(ROLE_PRE, "?"), _q(ROLE_FRAC), _q(ROLE_POST, "?")]],
}
