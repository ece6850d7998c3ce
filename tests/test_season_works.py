"""Farm work named by its season before the share of it done (pipeline.quantities.season_works,
issue 12, round 10): jieba tags 夏种 and 秋冬种 time words, 秋收 a verb, and cuts 夏|播, so the
share's subject was lost. Sentences in the style of the raw 新闻联播 corpus, written for these
tests, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("农业农村部农情调度显示，全国秋冬种已过七成。", "过七成", "秋冬种"),
        ("目前，全国小麦机收进度过九成，夏种过五成。", "过五成", "夏种"),
        ("截至目前，安徽夏播已完成85%。", "85%", "夏播"),
        ("全国秋收近四成，进度快于上年。", "近四成", "秋收"),
    ],
)
def test_a_seasonal_farm_work_is_the_subject_of_its_share(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_an_area_after_the_work_is_left_as_it_was() -> None:
    # not before a share or a progress noun: the tags stand
    sentence = "今年全国夏播粮食面积稳定在2.3亿亩以上。"
    assert one(sentence, "2.3亿亩以上").object == "夏播粮食面积"
