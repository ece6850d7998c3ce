"""A scope word before 有 and a people count (全美|有N人) says where the people are, not who
they are (stats_scope_words). 现场 is no scope word: it names a kind of a metric too (现场|意向
出口成交, 现场观众), so an object read back does not stop at it. Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_scene_is_part_of_a_metric() -> None:
    """现场|意向出口成交: the scene names the kind of deals (on site, not online)."""
    s = one("本届交易会线下展闭幕，现场意向出口成交120亿美元。", "120亿美元")
    assert s.object == "现场意向出口成交"


def test_nation_before_a_people_count_is_no_object() -> None:
    """全美|有N万人|处于…: the nation is the scope of the count."""
    assert one("受寒潮影响，全美有约8000万人处于寒冷天气预警之下。", "约8000万人").object == ""
