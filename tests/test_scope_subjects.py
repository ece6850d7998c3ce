"""A scope word before 有 and a people count (全美|有N人, 现场|有N人) says where the people are,
not who they are (stats_scope_words). Sentences invented in the style of the 新闻联播 corpus;
none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_scene_before_a_people_count_gives_way_to_their_verb() -> None:
    """现场|有N人|被捕: the people are counted by what befell them."""
    assert one("据当地媒体报道，现场有二十多人被捕。", "二十多人").object == "被捕"


def test_nation_before_a_people_count_is_no_object() -> None:
    """全美|有N万人|处于…: the nation is the scope of the count."""
    assert one("受寒潮影响，全美有约8000万人处于寒冷天气预警之下。", "约8000万人").object == ""
