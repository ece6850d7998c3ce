"""A rate of change after an adjustment frame (pipeline.quantities.adjustment_frames, issue 12,
round 9): 扣除…因素 is what the comparison leaves out, the rate measures the figure before.
Sentences in the style of the raw 新闻联播 corpus, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("城镇居民人均可支配收入26357元，扣除价格因素实际增长4.7%。", "4.7%", "城镇居民人均可支配收入"),
        ("前5个月，全省一般公共预算收入2100亿元，扣除留抵退税因素后增长6.3%。", "6.3%", "一般公共预算收入"),
        ("一季度，全市税收收入300亿元，剔除特殊因素影响后，可比增长3.5%。", "3.5%", "税收收入"),
    ],
)
def test_a_rate_after_an_adjustment_frame_measures_the_figure_before(
    sentence: str, surface: str, obj: str
) -> None:
    assert one(sentence, surface).object == obj


def test_a_rate_with_its_own_subject_keeps_it() -> None:
    # the frame is not right after the figure: the rate's own subject stays
    sentence = "城镇居民人均可支配收入26357元，扣除价格因素后，农村居民收入实际增长6.2%。"
    assert one(sentence, "6.2%").object == "农村居民收入"
