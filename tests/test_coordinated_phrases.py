"""A noun phrase before a figure whose first conjunct the widening cut at the conjunction
(quantities/widen.py, _conjunct_before): X和Y-head is one phrase, the two sharing the head or
being one list of what is measured. Sentences invented in the style of the 新闻联播 corpus; none
is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a conjunct of one noun after a verb that governs the phrase
        ("目前，累计签订贸易和投资协议金额超25亿元。", "超25亿元", "贸易和投资协议金额"),
        # a conjunct closing with a verb after a noun (a branch), after 的
        (
            "该省以北斗为依托的车载导航与时空信息产业产值达到800亿元。",
            "800亿元",
            "车载导航与时空信息产业产值",
        ),
        # people joined by 及, after 的
        ("来自海外的侨胞及社会各界来宾600多人出席了开幕式。", "600多人", "侨胞及社会各界来宾"),
    ],
)
def test_conjunct_stays_in_the_phrase(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_branch_conjunct_takes_no_word_before_its_noun() -> None:
    """N和V|和|…: the conjunct of a noun and its verb is those two words alone; a governing verb
    jieba tags an adjective (落实/a) is no part of it (the object stays without the predicate)."""
    s = one("今年要落实草原禁牧和草畜平衡任务近30亿亩。", "近30亿亩")
    assert not s.object.startswith("落实")
