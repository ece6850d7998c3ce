"""A quotation right after a count's measure names the kind of thing counted; the words after it
up to the clause's end, where they end in a compound head, are the thing itself, and the object
is the whole compound, a verb inside it included (quantities/quoted_terms.py, with_quoted_head).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb after the closing mark, inside the compound that ends in a head (场景)
        ("今年，全区已推出15个“一网通办”集成服务场景，方便企业办事。", "15个", "“一网通办”集成服务场景"),
        ("该省今年遴选了12个“数字乡村”集成应用场景。", "12个", "“数字乡村”集成应用场景"),
    ],
)
def test_quoted_term_with_its_head(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the words after the quotation are its predicate: the quotation alone
        ("该区共有25个“爱心驿站”全面开放。", "25个", "“爱心驿站”"),
        # a verb of one character is a predicate
        ("全市新开了16个“社区食堂”到村服务。", "16个", "“社区食堂”"),
        # a noun that is no compound head ends the clause: the verb before it is the predicate
        ("该区设立了20个“爱心驿站”帮助环卫工人。", "20个", "“爱心驿站”"),
    ],
)
def test_quoted_term_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verbal noun before the quotation that ends the object read back: the activity
        ("今年全省计划建设“城市客厅”120个。", "120个", "“城市客厅”"),
        # a noun before the opening mark stays with it
        ("全市开办公益“四点半课堂”2300个。", "2300个", "公益“四点半课堂”"),
    ],
)
def test_activity_before_a_quoted_head(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
