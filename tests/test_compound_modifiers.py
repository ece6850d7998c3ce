"""Modifiers of a compound metric cut off at a Latin code, a quotation or a coordination, put
back in front of the object (code_modifiers, quoted_modifiers, coordinated_modifiers).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

from pipeline.quantities.code_modifiers import kind_code
from tests.test_statistics import one


def test_pollutant_code_before_a_metric_stays() -> None:
    """PM10|年均浓度: the code names what the concentration is of."""
    assert one("去年某市PM10年均浓度为52微克/立方米。", "52微克/立方米").object == "PM10年均浓度"


def test_code_with_a_decimal_point_stays_whole() -> None:
    """PM2/eng|.5/m: the code is read back over the point between its digits."""
    s = one("今年一季度，全市PM2.5平均浓度下降到31微克/立方米。", "31微克/立方米")
    assert s.object == "PM2.5平均浓度"


def test_model_and_group_codes_stay_out() -> None:
    """A model's or a group's name is no kind: its shape is not in stats_kind_codes, and the
    object leaves it out as it does a place."""
    assert kind_code("PM2.5") and kind_code("5G") and kind_code("CPI")
    assert not kind_code("C919") and not kind_code("G20") and not kind_code("AG600M")
    assert not one("“海燕”HY300M最大起飞重量为45吨。", "45吨").object.startswith("HY300M")


def test_parallel_modifiers_before_a_metric_stay() -> None:
    """首演、首映、|首展活动: words sharing a character with the last one modify one head."""
    s = one("今年全市将举办首演、首映、首展活动260场。", "260场")
    assert s.object == "首演、首映、首展活动"


def test_prefixed_parallel_modifier_stays() -> None:
    """高温、准|高温仓容: the prefix between the mark and the object goes with the list."""
    s = one("目前，全省恒温、准恒温储藏仓容达3100万吨。", "3100万吨")
    assert s.object == "恒温、准恒温储藏仓容"


def test_respective_list_keeps_one_item() -> None:
    """分别 pairs the items with the figures: the list is not one modifier; without it the
    list is one."""
    s = one("一季度，中型、大型客车产量分别增长6%和9%。", "9%")
    assert s.object == "大型客车产量"
    s = one("一季度，中型、大型客车产量同比增长9%。", "9%")
    assert s.object == "中型、大型客车产量"


def test_verb_joined_to_a_noun_metric_stays() -> None:
    """批发/v|和|零售业增加值: a verb alone first in its clause modifies the noun's head."""
    s = one("前三季度，批发和零售业增加值同比增长5.1%。", "5.1%")
    assert s.object == "批发和零售业增加值"


def test_parallel_list_after_the_measure_stays() -> None:
    """N所|一级|、|二级|中心医院 read as 一级: the list and its head are what is counted."""
    s = one("截至目前，全省有512家县级、市级公立中医医院参与改革。", "512家")
    assert s.object == "县级、市级公立中医医院"


def test_verb_before_an_opening_quotation_stays() -> None:
    """共建|“一带一路”国家…|同比增长N%: the subject's name takes the verb glued to its quote."""
    s = one("一至五月，共建“一带一路”国家货物贸易额同比增长18.4%。", "18.4%")
    assert s.object == "共建“一带一路”国家货物贸易额"

