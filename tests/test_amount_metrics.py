"""Objects of amounts (issue 12, round 14): the object of an amount is the metric measured. A
metric before a verb of loss (市值蒸发), ... Sentences in the style of the raw 新闻联播 corpus,
written for these tests, none copied from a page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a metric noun before a verb of loss (stats_loss_verbs): the metric, not the loss
        ("受消息影响，全球股市市值蒸发超过2万亿美元。", "超过2万亿美元", "股市市值"),
        ("三个月来，这家车企的市值缩水近40亿元。", "近40亿元", "市值"),
        ("受暴雨影响，当地景区门票收入流失超过5000万元。", "超过5000万元", "景区门票收入"),
    ],
)
def test_a_metric_before_a_verb_of_loss_is_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_loss_that_is_no_metric_keeps_its_own_noun() -> None:
    # jieba's one word 经济损失 is the loss measured itself
    assert one("洪灾造成直接经济损失15亿元。", "15亿元").object == "直接经济损失"
