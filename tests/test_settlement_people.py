"""A count of people after a village, community or town names the people of that place: the
place is where they are, not what is counted (quantities/objects._unless_place and _fallback).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("如今，幸福社区已经有1800多人外出务工了。", "1800多人", ""),
        ("这个村200多人都搬进了新居。", "200多人", ""),
        # a people noun of their own stays
        ("新城社区有居民2万多人。", "2万多人", "居民"),
        ("光明社区3000多名居民参与投票。", "3000多名", "居民"),
    ],
)
def test_people_of_a_settlement(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
