"""Figures paired in order with a list by 分别 (quantities/respective_lists.py): the k-th figure
after the adverb measures the k-th item of the list before it, or what the k-th of the figures
before its clause measures. Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # (a) a list of metrics right before 分别, as many items as figures
        ("前三季度，全省一般公共预算收入、税收收入分别增长6.1%、4.3%。", "6.1%", "一般公共预算收入"),
        ("前三季度，全省一般公共预算收入、税收收入分别增长6.1%、4.3%。", "4.3%", "税收收入"),
        ("今年一季度，全市工业用电量、居民用电量分别同比增长12%和7%。", "12%", "工业用电量"),
        ("今年一季度，全市工业用电量、居民用电量分别同比增长12%和7%。", "7%", "居民用电量"),
        # a joiner inside an item, the list's last joint a joiner
        ("上半年，农林水支出、城乡社区支出和住房保障支出分别增长5%、3%和9%。", "5%", "农林水支出"),
        ("上半年，农林水支出、城乡社区支出和住房保障支出分别增长5%、3%和9%。", "9%", "住房保障支出"),
        ("去年，该省文化和旅游支出、节能环保支出分别达到86亿元和120亿元。", "86亿元", "文化和旅游支出"),
        ("去年，该省文化和旅游支出、节能环保支出分别达到86亿元和120亿元。", "120亿元", "节能环保支出"),
        # a verb that modifies the first item stays; a governing verb does not
        ("节日期间，全省示范商业街客流量、销售额同比分别增长35%和28%。", "35%", "示范商业街客流量"),
        ("今年一季度，全市实现营业收入、利润总额分别为860亿元和52亿元。", "860亿元", "营业收入"),
        # two metrics joined by 和 alone, each a whole metric
        ("今年前三季度，全区营业收入和利润总额分别增长15%和20%。", "15%", "营业收入"),
        ("今年前三季度，全区营业收入和利润总额分别增长15%和20%。", "20%", "利润总额"),
        # (b) no noun before 分别: the figures before its clause, in order
        ("全县接待游客32万人次，旅游收入2.1亿元，同比分别增长12.5%和18.3%。", "12.5%", "游客"),
        ("全县接待游客32万人次，旅游收入2.1亿元，同比分别增长12.5%和18.3%。", "18.3%", "旅游收入"),
        ("全省粮食播种面积达到1.2亿亩，粮食产量达到650亿斤，分别比上年增加3%和5%。", "3%", "粮食播种面积"),
        ("全省粮食播种面积达到1.2亿亩，粮食产量达到650亿斤，分别比上年增加3%和5%。", "5%", "粮食产量"),
    ],
)
def test_paired_in_order(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # items that share one head are not paired: the object stays as the readers give it
        ("城镇和农村居民人均可支配收入分别增长5%和7%。", "5%", "城镇和农村居民人均可支配收入"),
        # a noun after each figure: 分别有N个和M个村 counts 村
        ("两个乡镇分别有12个和8个村完成改造。", "8个", "村"),
        # fewer items than figures: no pairing
        ("该市出口额分别增长3%、5%和6%。", "6%", "出口额"),
    ],
)
def test_not_paired(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
