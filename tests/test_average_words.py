"""A word of averaging (stats_average_words: 平均, 日均) right before a noun object read before the
number is put back in front of it (issue 12, round 9; quantities/average_words.py): the figure
measures the mean (the README's 平均年龄都在70岁以上 -> 平均年龄). Before a verb it stays the
predicate's adverb. Sentences invented in the style of the 新闻联播 corpus; none is copied from
a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("景区游客的平均停留时间由原来的1小时延长到3小时。", "3小时", "平均停留时间"),
        ("今年全县水稻平均亩产达到1300斤。", "1300斤", "平均亩产"),
        ("今年全省平均降水量达到800毫米。", "800毫米", "平均降水量"),
        # before a verb 日均 is the predicate's adverb: the people counted stay alone
        ("铁路部门预计日均发送旅客1200万人次。", "1200万人次", "旅客"),
    ],
)
def test_average_word_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
