"""A count's object that ends in a verb because the metric noun after it was dropped keeps the
metric (quantities/verb_metrics.py): 死亡|人数 names who is counted. A noun before the metric
is still counted without it. Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a headline: the verb before the metric and a predicate word before the number
        ("智利山火死亡人数升至64人", "64人", "山火死亡人数"),
        ("此次暴雨死亡人数已升至12人。", "12人", "暴雨死亡人数"),
        # a noun before the metric is counted without it (the existing reading)
        ("全省游客总人数达到500万人。", "500万人", "游客"),
    ],
)
def test_with_verb_metric(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
