"""Where the noun phrase after a count stops inside a list of nouns (quantities/objects.py,
object_after): a conjunct cut inside a compound bound by 之 is left out, and a conjunction
followed by a list of names opens an enumeration the count does not count. Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 之 binds the nouns around it: the last conjunct is cut, so it is left out
        ("活动期间将举办20多场非遗讲座、江南水乡之夜民俗演出和多项体验活动。", "20多场", "非遗讲座"),
        # a name and a list mark after the conjunction open their own enumeration
        ("来自12个省份和上海、江苏的企业代表参加了会议。", "12个", "省份"),
        ("名单包括北京大学等9所高校和南开大学、天津大学2所市属共建高校。", "9所", "高校"),
        # a plain noun after the conjunction stays in the list
        ("产品销往40多个国家和地区。", "40多个", "国家和地区"),
    ],
)
def test_list_conjuncts(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
