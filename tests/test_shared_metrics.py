"""Parallel items of figures that leave out part of the first item's metric
(quantities/shared_metrics.py): a later subject takes the metric after the earlier subject that
ends alike, and a bare counterpart metric (支出 after 收入) takes the earlier metric's modifiers.
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # (b) a bare counterpart metric takes the modifiers, and the rate after it the whole
        ("前三季度，全区社保基金收入320亿元，增长6%；支出280亿元，增长9%。", "280亿元", "社保基金支出"),
        ("前三季度，全区社保基金收入320亿元，增长6%；支出280亿元，增长9%。", "9%", "社保基金支出"),
        ("去年，全县一般公共预算收入18亿元、支出35亿元。", "35亿元", "一般公共预算支出"),
        # (a) a later subject that ends like the earlier one takes the metric after it
        ("去年，山区居民人均消费支出2.1万元、平原居民2.6万元。", "2.6万元", "平原居民人均消费支出"),
    ],
)
def test_shared_metrics(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a metric that is no counterpart keeps its own object
        ("上半年，全县农业总产值56亿元，投资12亿元。", "12亿元", "投资"),
        # a later object with its own modifiers keeps them
        ("上半年，全省农产品出口86亿元、机电产品进口54亿元。", "54亿元", "机电产品进口"),
        # a later object ending like the earlier one keeps it where no shared metric follows
        ("年末，全省银行资产总额9.8万亿元；证券公司总资产1.2万亿元。", "1.2万亿元", "证券公司总资产"),
        # a later subject that shares no word with the earlier one keeps its object
        ("全市新建城市公园12个、口袋公园30个。", "30个", "口袋公园"),
    ],
)
def test_not_shared(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
