"""A scope word (全国, 全市) opening the phrase after a duration's 的: the activity after it is
the object, not the scope (quantities/duration_activities.py). Sentences invented in the style
of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a scope word after a duration's 的: the activity after it, not the scope
        # (quantities/duration_activities.py)
        ("该国政府宣布从明天起举行为期三天的全国哀悼。", "三天", "哀悼"),
        ("国防部宣布启动为期五天的全国征兵登记。", "五天", "征兵登记"),
        ("为期一周的全市消防检查于昨天结束。", "一周", "消防检查"),
    ],
)
def test_duration_activity_past_scope(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
