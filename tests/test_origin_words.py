"""A word of domestic or foreign scope (stats_origin_words: 国内, 境外, 海外) right before an object
read before the number is put back in front of it (issue 12, round 9; quantities/origin_words.py):
it says which kind the noun is, where a place word before a noun says where the figure holds.
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("春节假期，全国国内出游2.5亿人次。", "2.5亿人次", "国内出游"),
        ("今年前三季度，古镇共接待国内外游客80万人次。", "80万人次", "国内外游客"),
        ("全省吸引境外游客30多万人次。", "30多万人次", "境外游客"),
        # a place word that is no scope of origin stays out (当地 names where)
        ("当地组织农技人员3000人次进村入户。", "3000人次", "农技人员"),
        # not right before the object: nothing put back
        ("在国内，该县投入资金3亿元。", "3亿元", "资金"),
    ],
)
def test_origin_word_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
