"""A noun naming people between a count of places or institutions and a count of people is
what the second figure counts (quantities/people_between.py). Sentences invented in the style
of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "first", "first_obj", "second", "second_obj"),
    [
        ("暴雨来临前，当地转移了9所乡村学校师生3400人。", "9所", "乡村学校", "3400人", "师生"),
        ("镇里连夜撤离了5个村村民1600多人。", "5个", "村", "1600多人", "村民"),
        ("今年全县培训了12家企业职工800余名，技能水平明显提升。", "12家", "企业", "800余名", "职工"),
    ],
)
def test_people_between_counts(
    sentence: str, first: str, first_obj: str, second: str, second_obj: str
) -> None:
    assert one(sentence, first).object == first_obj
    assert one(sentence, second).object == second_obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the people count has its own object after it: the run stays with the first count
        ("县里派出3支医疗队共60名医护人员。", "3支", "医疗队"),
        # no noun before the people noun: nothing to split
        ("全村共有村民1200人，其中党员80名。", "1200人", "村民"),
    ],
)
def test_people_between_unchanged(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
