"""A deictic place word (stats_deictic_places: 当地, 县里) opening an object read before the
figure is the clause's setting or agent, not part of what is counted
(quantities/opening_words.py). Sentences invented in the style of the 新闻联播 corpus; none
is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("不久前，县里投资近300万元建起了这个养老服务中心。", "近300万元", "投资"),
        ("目前，当地苹果种植面积达到5000亩。", "5000亩", "苹果种植面积"),
        ("当地受益农户超过3000户。", "超过3000户", "受益农户"),
        # a place word that is no pointer stays (全省)
        ("今年全省旅游总收入近3000亿元。", "近3000亿元", "旅游总收入"),
    ],
)
def test_without_deictic_place(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
