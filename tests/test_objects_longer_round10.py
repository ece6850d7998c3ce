"""Objects that ran past what a statistic measures (issue 12, round 10). Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("国庆假期，全市公交客运量日均超过300万人次。", "超过300万人次", "公交客运量"),
        ("今年以来，全省快递业务量日均超过2000万件。", "超过2000万件", "快递业务量"),
        ("全省快递业务量日均超过2000万件，同比增长18%。", "18%", "快递业务量"),
        ("春节期间，出入境人员数量日均12万人次。", "12万人次", "出入境人员数量"),
    ],
)
def test_average_word_after_the_metric_is_dropped(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("今年全市日均客流量达到120万人次。", "120万人次", "日均客流量"),  # before the noun: a mean
        ("铁路部门预计，假期日均旅客发送量超过1500万人次。", "超过1500万人次", "日均旅客发送量"),
    ],
)
def test_average_word_before_the_noun_stays(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj

