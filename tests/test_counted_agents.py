"""One word that counts government bodies (三部门/n, 两部委/n) before a verb of allocating is the
agent of a sum of money, not what it measures (pipeline.quantities.handling_verbs). Sentences
invented in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_counted_bodies_before_an_allocating_verb_are_the_agent() -> None:
    assert one("两部委已下达160亿元支持城市管网改造。", "160亿元").object == ""


def test_fund_named_with_a_numeral_stays() -> None:
    """三农资金|下达|N亿元: the fund's name, no body counted."""
    assert one("两部委已下达160亿元支持城市管网改造，三农资金下达45亿元。", "160亿元").object == ""
    assert one("今年三农资金下达45亿元。", "45亿元").object == "三农资金"
