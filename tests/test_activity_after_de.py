"""A verb jieba tags as a noun after the 的 of a counted phrase with a verb in it (N项|应用|场景|
的|部署/n): an activity on the things counted, which stay the object (quantities/objects.py,
`_activity_of`). Sentences invented in the style of the 新闻联播 corpus; none is copied from a
gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("示范区已完成自动泊车等30余项车联网应用场景的部署。", "30余项", "车联网应用场景"),
    ],
)
def test_things_before_an_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
