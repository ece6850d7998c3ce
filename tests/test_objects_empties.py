"""Objects left empty (or a wrong head taken) where the object convention names one (issue 12,
round 7): a subject completed through an adverb and its verb, a metric after a period word, a
share whose 的 follows a time, the cost before its payer. Sentences invented in the style of
the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an adverb before the verb makes it the predicate: the noun phrase before is the subject
        ("全省新建果园已达到3万亩，高标准茶园已建成5万多亩。", "5万多亩", "高标准茶园"),
        ("目前全省玉米已收获36.5%，进度过三成。", "36.5%", "玉米"),
        # not a place alone, and not a count (已|转移|300人 names no subject)
        ("湖南已完成65%。", "65%", ""),
        # a metric verb after a period word jieba tags j
        ("全县茶园亩均产出约8000元，比去年增长了两成。", "约8000元", "茶园亩均产出"),
        ("五年来年均增速达到6%，居全省前列。", "6%", "年均增速"),
        # a share after a time and its frame word: the time is no whole it is a share of
        ("全市新能源汽车占比从2021年的12%提升至30%。", "12%", "新能源汽车占比"),
        # the cost before its payer: the amount measures the cost
        ("一次理疗费用个人仅承担5元。", "5元", "理疗费用"),
    ],
)
def test_subject_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
