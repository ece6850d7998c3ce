"""The subject of a change stated against a base the object reader does not read past
(pipeline.quantities.compared_changes, issue 12, round 10): a long or quoted base, an adjective
of comparison as the predicate, a metric jieba glued onto 较. Sentences in the style of the raw
新闻联播 corpus, written for these tests, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a quoted period before a locative as the base
        ("2025年，全省规模以上工业增加值比“十三五”末增长38%。", "38%", "规模以上工业增加值"),
        ("全市城乡居民医保参保人数较“十三五”末增长超2倍。", "超2倍", "城乡居民医保参保人数"),
        ("去年，全省单位地区生产总值能耗比“十三五”末下降13.2%。", "13.2%", "单位地区生产总值能耗"),
        # a base with a bracketed note, longer than the reader's window
        ("全市养老护理员补贴标准比普通职业（工种）提高了15%。", "15%", "养老护理员补贴标准"),
        # an adjective of comparison as the predicate
        ("截至目前，全国冬小麦已播种2.1亿亩，进度同比快1.5个百分点。", "1.5个百分点", "进度"),
        ("全国大中型水库蓄水量较常年偏多近一成。", "近一成", "大中型水库蓄水量"),
        ("入冬以来，全省平均气温较常年偏高1.2℃。", "1.2℃", "平均气温"),
        # a metric jieba glues onto 较
        ("我国光伏装机规模较2015年翻了8倍。", "8倍", "光伏装机规模"),
    ],
)
def test_a_change_against_a_base_measures_the_noun_before_the_comparison(
    sentence: str, surface: str, obj: str
) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # no noun phrase before the comparison word: left for the context rules
        ("社会融资规模存量同比增长8%，较“十三五”末提高3.1个百分点。", "3.1个百分点", "社会融资规模存量"),
        # the predicate's own subject is read already: unchanged
        ("今年夏粮亩产比去年增加了6公斤。", "6公斤", "夏粮亩产"),
    ],
)
def test_what_the_rule_leaves_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a gap after a comparative verb and its base: the subject of the comparison, carried
        (
            "前三季度，全市农村居民人均可支配收入同比增长6.6%，快于城镇居民2.1个百分点。",
            "2.1个百分点",
            "农村居民人均可支配收入",
        ),
        (
            "今年以来，全市工业技改投资同比增长15.2%，高出全部投资9.1个百分点。",
            "9.1个百分点",
            "工业技改投资",
        ),
        # a bare rate noun as the subject: the metric of the percent before
        (
            "上半年，全省网上零售额同比增长9.3%，增速高于社会消费品零售总额4.4个百分点。",
            "4.4个百分点",
            "网上零售额",
        ),
        # a rate noun with its own modifier is the subject
        ("前两个月，服务出口增速快于货物出口5个百分点。", "5个百分点", "服务出口增速"),
    ],
)
def test_gaps_after_comparative_verbs(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
