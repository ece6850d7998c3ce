"""A bracketed qualifier between a subject noun and the predicate of its figure is passed
over, so the figure takes the subject (quantities/bracket_asides.py). Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an aside that excludes a part, then a verb of reaching
        ("去年，全省民用机场（不含通用机场）达18个。", "18个", "民用机场"),
        # then a verb of completing, and a rate after it in the next clause
        ("一季度，全市工业投资（不含电力）完成820亿元，同比增长9.1%。", "820亿元", "工业投资"),
        ("一季度，全市工业投资（不含电力）完成820亿元，同比增长9.1%。", "9.1%", "工业投资"),
        # an abbreviation in brackets, then 为
        ("三月份全市商业景气指数（BCI）为51.2%。", "51.2%", "商业景气指数"),
        # adverbs and a verb of the predicate between the aside and the count
        ("今年以来全省货运班列（省内）累计开行超2000列。", "超2000列", "货运班列"),
    ],
)
def test_subject_past_aside(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a bracket after a measure completes the counted noun
        ("四川等9个省（区、市）累计转移群众12万人。", "9个", "省（区、市）"),
        # the bracket closes before the next count: still the first count's noun
        ("来自全国28个省（区、市）310个县的选手参加比赛。", "28个", "省（区、市）"),
    ],
)
def test_bracket_after_measure_kept(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
