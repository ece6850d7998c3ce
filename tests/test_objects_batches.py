"""A batch ordinal (第二批, 首批: stats_batch_ordinals) right after a count's measure is skipped,
and the noun after it is counted; an adverb or adjective of manner after the people counted
opens their predicate (quantities/objects.py: `_past_determiner`, `_people_predicate`).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a batch ordinal between the measure and the people
        ("昨天，145名第四批医疗队员从广州出发。", "145名", "医疗队员"),
        ("省里选派的38名第二批驻村干部今天到岗。", "38名", "驻村干部"),
        ("基地今年接收了62名首批实习学生。", "62名", "实习学生"),
        # an adverb or adjective of manner after the people opens their predicate
        ("仪式上，21名礼兵整齐列队鸣枪。", "21名", "礼兵"),
        ("大会开幕前，300名代表依次步入会场。", "300名", "代表"),
    ],
)
def test_batch_ordinal_and_manner(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_batch_before_the_figure_stays_out() -> None:
    """第三批|N名|队员: an ordinal before the figure was never part of the object."""
    assert one("第三批86名维和官兵今天启程。", "86名").object == "维和官兵"
