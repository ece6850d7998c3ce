"""A count before one word jieba glued from a noun and a metric (商品价格/n) with a predicate after
it counts the noun (pipeline.quantities.count_metrics). Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_count_before_a_glued_price_counts_the_goods() -> None:
    """N款|商品价格|平均下降M%: the count counts 商品, the percent measures 商品价格."""
    assert one("本轮集采共有450款商品价格平均下降52%。", "450款").object == "商品"
    assert one("本轮集采共有450款商品价格平均下降52%。", "52%").object == "商品价格"
