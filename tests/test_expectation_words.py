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
