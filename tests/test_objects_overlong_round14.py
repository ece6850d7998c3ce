"""Objects that ran on past the counted thing (issue 12, round 14): a count of its own glued
into one word, a verb after a noun naming who acts, a modal verb before the figure. Sentences
written in the style of the raw 新闻联播 corpus, none copied from a page or a review story. One
case per rule and one that the rule leaves alone."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a numeral and a count's measure word jieba reads as one noun (百台/n) after a noun of
        # the object opens a count of its own (objects._glued_count)
        ("流域内8座水电站百台机组全部满发运行。", "8座", "水电站"),
        # before the noun (no noun of the object yet) it stays a modifier
        ("这两天，在互助县千亩冷凉蔬菜基地中，社员正在采收。", "千亩", "冷凉蔬菜基地"),
    ],
)
def test_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
