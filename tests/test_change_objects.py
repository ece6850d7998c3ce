"""A figure whose object is only a word of change or comparison (净增, 相比) counts what the
figure of its measure before it counts (pipeline.quantities.change_objects). Sentences invented
in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_net_change_counts_the_total_before() -> None:
    """…用户达N亿户，比上年末|净增|M万户: 净增 names no thing."""
    s = one("截至6月底，全国固定宽带接入用户达6.8亿户，比上年末净增2150万户。", "2150万户")
    assert s.object == "固定宽带接入用户"


def test_base_of_a_comparison_counts_the_total_before() -> None:
    """…数量达N只，与…的|M只|相比: the base counts the same animals."""
    s = one("我国朱鹮种群的数量达到9000只，与2015年的2000只相比数量大幅增长。", "2000只")
    assert s.object == "朱鹮种群"
