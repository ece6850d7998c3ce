"""A verb jieba lists as a noun (stats_verbs_tagged_nouns: 亮相/n) after a noun and an adjective is
the noun's predicate, its adjective the adverbial (quantities/word_tags.retag): the object stops
at the noun. Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold
page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the clause's predicate (亮相/n, an adverbial adjective before it) ends the object
        ("博览会开幕，上千件非遗展品精彩亮相。", "上千件", "非遗展品"),
        ("今年春天，两百多种新品花卉亮相。", "两百多种", "新品花卉"),
    ],
)
def test_a_predicate_after_an_adjective_is_cut_off(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb before the figure: the count is its object, whatever follows
        ("展会上展出上千件非遗展品。", "上千件", "非遗展品"),
        # a compound head at the clause's end stays (a heading or list item has no predicate)
        ("全区新建3家托育综合服务中心。", "3家", "托育综合服务中心"),
    ],
)
def test_a_count_after_a_verb_or_ending_in_a_head_keeps_it(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
