"""Counts whose noun follows the measure word but was cut off (round 15, empty objects): a
modified noun run ending before a four-character predicate jieba has whole (高速运转/l) or an
adverb jieba tags m (首次/m), and one word before a sentence-final 了. Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_modified_noun_before_a_predicate_idiom() -> None:
    """N条|全自动|播种|流水线|高速运转/l: the idiom is the predicate, the run is counted."""
    s = one("在县里的育秧工厂，五条全自动播种流水线高速运转。", "五条")
    assert s.object == "全自动播种流水线"


def test_modified_noun_before_an_adverb_tagged_numeral() -> None:
    """N枚|新|修复|竹简|原件|首次/m|在…展出: 首次 opens the predicate."""
    s = one("今天，200余枚新修复竹简原件首次在市博物馆展出。", "200余枚")
    assert s.object == "新修复竹简原件"


def test_lone_word_before_a_final_particle() -> None:
    """已经有N个|签名/v|了。: the word before the final 了 is counted."""
    s = one("如今，这面旗帜上已经有300个签名了。", "300个")
    assert s.object == "签名"
