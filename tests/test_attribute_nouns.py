"""A plain noun right before an adjective or an attribute word (jieba's a, b) that opens a count's
object before the number stays in the object (quantities/attribute_nouns.py): 农业|新|技术, not
新技术; not a place, a scope, a noun used as an adverb after an adverb, nor past a superlative.
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun before a one-character adjective or attribute word
        ("今年全县推广农业新技术45项。", "45项", "农业新技术"),
        ("本次展会共签约物流新项目18个。", "18个", "物流新项目"),
        # a place before the attribute word stays out
        ("浙江新设立外资企业1200家。", "1200家", "外资企业"),
    ],
)
def test_noun_before_attribute_kept(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_noun_after_adverb_stays_out() -> None:
    # 将|重点|清理/a: after an adverb the noun is said of the verb, not taken into the object
    assert not one("该局将重点清理整治12项不规范收费行为。", "12项").object.startswith("重点")
