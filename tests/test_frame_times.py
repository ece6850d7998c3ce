"""Subjects read past the time phrase a change is framed by (quantities/frame_times.py): a run of
time words ending in a point of stats_frame_points or an end of stats_frame_time_ends, between a
metric noun and its change verb, is when the change is measured, not what the figure measures.
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a review
story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the same period of a year before (去年同期, which jieba tags n)
        ("全县商品房销售面积去年同期下降3.4%。", "3.4%", "商品房销售面积"),
        # a quarter and a month range (numerals, a locative, a range mark before the point)
        ("全省外贸出口总额前三季度增长9.6%。", "9.6%", "外贸出口总额"),
        ("该市规模以上工业增加值1至8月增长5.7%。", "5.7%", "规模以上工业增加值"),
        # a plan period in quotes before 期间
        ("全市农村居民可支配收入“十三五”期间年均增长8.2%。", "8.2%", "农村居民可支配收入"),
        # no point before 期间 (an event), and a noun ending like a point (青年): no time phrase
        ("网上零售额疫情期间增长30%。", "30%", ""),
        ("返乡创业青年增长12%。", "12%", "返乡创业青年"),
        # a place alone before the time phrase: still no subject
        ("广东前三季度增长4.1%。", "4.1%", ""),
    ],
)
def test_subject_past_frame_time(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
