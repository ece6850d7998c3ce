"""Both figures of a change frame (X从N增长到M) take the noun phrase before 从 as their object,
across a time with its 的, a time span, an adverb and a topic comma (quantities/change_frames.py).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a time with its 的 after 从 and after 到
        ("科技型企业从2015年的2.1万家增加到2023年的15万家。", "2.1万家", "科技型企业"),
        ("科技型企业从2015年的2.1万家增加到2023年的15万家。", "15万家", "科技型企业"),
        # an event count after 从, each clause its own subject
        ("每年当地的扬尘从12次减少到4次，冰雹从9次减少到2次。", "12次", "扬尘"),
        ("每年当地的扬尘从12次减少到4次，冰雹从9次减少到2次。", "2次", "冰雹"),
        # a topic comma, an adverb and a duration before the frame
        ("乡镇公路的硬化率，已从三年前的80%提升到现在的97%。", "80%", "硬化率"),
        ("乡镇公路的硬化率，已从三年前的80%提升到现在的97%。", "97%", "硬化率"),
    ],
)
def test_change_frame_subject(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a duration inside the frame is a time, not an amount
        ("乡镇公路的硬化率，已从三年前的80%提升到现在的97%。", "三年"),
        # where from, not how much
        ("救援队员从上百公里外赶来。", "上百公里"),
    ],
)
def test_change_frame_leaves_empty(sentence: str, surface: str) -> None:
    assert one(sentence, surface).object == ""
