"""Heads jieba tags as places or numerals right before a count (改造老旧|街区/s|N个, 示范|镇/ns|N个)
are the thing counted (quantities/place_heads.py). Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a place word (s) after an adjective
        ("今年全市改造老旧街区300多个，惠及居民十万户。", "300多个", "老旧街区"),
        # a one-character noun jieba tags as a place name in context
        ("全省评选生态示范镇12个、示范村80个。", "12个", "生态示范镇"),
    ],
)
def test_head_filled(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a place word after a verb is where, not what: the people counted stay the object
        ("暴雨已造成当地12人受伤。", "12人", "受伤"),
        # a place name jieba's dictionary lists stays a place
        ("这项政策惠及5000万人次。", "5000万人次", ""),
    ],
)
def test_place_kept(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_comparison_more_kept() -> None:
    # 多 after 同期 is the comparison's "more", not a head: the metric before stays the object
    assert one("全年快递业务量为80亿件，比上年同期多6亿件。", "6亿件").object == "快递业务量"
