"""A rate whose growth-rate noun jieba tags as a verb stands between its subject and the figure
(rate_subjects): the object is the noun phrase before the rate noun. Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_period_and_rate_noun_before_a_bare_percent() -> None:
    """X|年均|增速/v|N%: the rate of X."""
    s = one("“十四五”以来，全省光伏装机规模年均增速42.5%。", "42.5%")
    assert s.object == "光伏装机规模"


def test_comparison_adverb_and_rate_noun_before_a_reaching_verb() -> None:
    """X|同比|增速|都|超过N%: the adverbs between are the predicate's."""
    s = one("通讯器材类商品零售额同比增速都超过12%。", "超过12%")
    assert s.object == "通讯器材类商品零售额"


def test_fall_rate_with_a_time_word_before_it() -> None:
    """X|盘中/s|跌幅|一度|接近N%: 跌幅 is a rate noun too."""
    s = one("当天布伦特原油期货价格盘中跌幅一度接近15%。", "接近15%")
    assert s.object.endswith("原油期货价格")
