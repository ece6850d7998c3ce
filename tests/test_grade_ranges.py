"""A grade range before a noun (pipeline.quantities.grade_ranges, issue 12, round 9): 地级|及|以上
joined into one word, so the object after a measure or its 的 keeps the range. Sentences in
the style of the raw 新闻联播 corpus, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("约95%的县级及以上城市通高速公路。", "约95%", "县级及以上城市"),
        ("有超过一半的地级及以上城市开展了试点。", "超过一半", "地级及以上城市"),
        ("截至目前，236个地级及以上城市成立了工作专班。", "236个", "地级及以上城市"),
        # 以上 right after the grade word, without 及 (issue 12, round 11)
        ("开发区集聚了31个省级以上研发机构。", "31个", "省级以上研发机构"),
        ("全县共有16家市级以上龙头企业参与结对帮扶。", "16家", "市级以上龙头企业"),
        # a threshold noun of enterprise statistics (stats_threshold_nouns) names a class the
        # same way (round 17; the object was the threshold noun alone)
        ("今年全市新增80家规模以上工业企业。", "80家", "规模以上工业企业"),
        ("商务部门培育了25家限额以上住宿餐饮企业。", "25家", "限额以上住宿餐饮企业"),
    ],
)
def test_a_grade_range_stays_in_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj

