"""A predicate jieba tags as a noun is cut off the end of an object read after the measure
(issue 12, round 9; quantities/trailing_predicates.py): four characters of an adverb or verb and
a verb (准备|就绪), two of a rare verb and its object (断|水, 涨|水). Sentences from the raw
新闻联播 corpus (none from a gold page), plus guards on common nouns of the same shapes."""

from __future__ import annotations

import pytest

from pipeline.quantities.trailing_predicates import _phrase, _verb_object
from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("辽宁省内19条河流涨水，", "19条", "河流"),
        ("当地仍有超过7万户家庭断水，", "超过7万户", "家庭"),
        ("1万多户居民断水。", "1万多户", "居民"),
        ("目前，运动员村和5个分村准备就绪，具备入住条件。", "5个", "分村"),
        # nouns of the same shapes stay: a noun first, or a common verb-object word
        ("全县建成1200多个农村电商服务站，", "1200多个", "农村电商服务站"),
        ("今年接待2000多万名国内外游客。", "2000多万名", "国内外游客"),
        # a locative after it, or a list of nouns: the word is a noun
        ("在新疆的万亩天然戈壁晒场上，农民们正在晾晒玉米。", "万亩", "天然戈壁晒场"),
        ("前进途中6条河流、33处断崖断路，", "33处", "断崖断路"),
    ],
)
def test_predicate_after_the_counted_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("准备就绪", True),
        ("充分发挥", True),
        ("断水", True),
        ("资金积累", False),
        ("游客", False),
        ("背心", False),
    ],
)
def test_predicate_shapes(word: str, expected: bool) -> None:
    assert (_phrase(word) or _verb_object(word)) is expected
