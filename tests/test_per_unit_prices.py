"""A price per unit written with a three-character 每 word (每盎司/l) before the figure, and
盘中 (during trading) between the subject and its predicate (round 15, empty objects): the price
measures the subject read back over them. Sentences invented in the style of the 新闻联播 corpus;
none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_price_per_ounce_after_a_trading_time() -> None:
    """X|盘中|再次|突破|每盎司|N美元: the subject is the price."""
    s = one("当天，国际现货白银价格盘中再次突破每盎司40美元关口。", "40美元")
    assert s.object == "国际现货白银价格"
