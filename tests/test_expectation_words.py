"""A verb of expectation or aim (stats_expectation_words) opening an object read before the
figure is the predicate's, not the metric's (quantities/opening_words.py). Sentences
invented in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("全年预计粮食产量1.3万亿斤。", "1.3万亿斤", "粮食产量"),
        ("今年，预计冬小麦面积3.4亿亩以上，实现稳中有增。", "3.4亿亩以上", "冬小麦面积"),
        # a planning word that names a metric of its own stays (计划总投资)
        ("新开工项目的计划总投资超过80亿元。", "超过80亿元", "计划总投资"),
    ],
)
def test_without_expectation_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # inside the object: the subject before it goes, and so does the predicate's verb after it
        ("暑期，航空公司预计运输旅客1200万人次。", "1200万人次", "旅客"),
        ("铁路部门预计发送旅客5亿人次。", "5亿人次", "旅客"),
        # at its end: what stands before it
        ("国庆假期，景区游客接待量预计达到30万人次。", "30万人次", "景区游客接待量"),
        # a frame of averaging after it (日均) is no object: what stands before it
        ("黄金周期间，景区游客接待量预计日均超过5万人次。", "超过5万人次", "景区游客接待量"),
    ],
)
def test_an_expectation_verb_inside_the_object_cuts_it(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
