"""An object that is a time phrase (去年同期, 假期期间, 收盘时) is replaced by what the figure
measures (pipeline.quantities.time_objects). Sentences invented in the style of the 新闻联播
corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_base_of_a_comparison_takes_the_metric_before() -> None:
    """…率为N%，高于去年同期的|M%: the base measures what the first figure measures."""
    s = one("今年全省水库的蓄水率达到72%，高于去年同期的58%。", "58%")
    assert s.object == "蓄水率"


def test_change_framed_by_a_period_takes_the_subject() -> None:
    """X|在|春运期间|同比增长N%: the period is when, X is measured."""
    s = one("监测显示，全市公交客运量在春运期间同比增长一成以上。", "一成以上")
    assert s.object == "公交客运量"


def test_change_at_a_moment_takes_the_subject() -> None:
    """X|周三|收盘|时|下跌N%: the moment of trading is no object."""
    s = one("纽约商品交易所黄金期货价格周三收盘时下跌1.6%。", "1.6%")
    assert s.object == "黄金期货价格"
