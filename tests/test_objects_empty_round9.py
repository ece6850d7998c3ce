"""Objects left empty where the object convention names one (issue 12, round 9): a duration's
activity after its 的 that a time locative closes (5个小时的|蒸制|后) or that jieba tags an
idiom (两年的|艰苦奋斗/i，), and the event after 为期 + a duration + 的
(quantities/duration_activities.py). Sentences invented in the style of the 新闻联播 corpus;
none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the activity a time locative closes
        ("经过3个小时的熬制后，汤底香气扑鼻。", "3个小时", "熬制"),
        ("在两年的建设中，工人们克服了许多困难。", "两年", "建设"),
        # an idiom after the 的, closed by a clause mark
        ("经过三年的艰苦奋斗，村里的面貌焕然一新。", "三年", "艰苦奋斗"),
        # 为期 + a duration: the event named after the 的
        ("当地举办了为期5天的农民运动会，吸引了众多村民参加。", "5天", "农民运动会"),
        ("全市启动为期两周的集训，提升队员技能。", "两周", "集训"),
    ],
)
def test_duration_activity_closed(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a span of time after the 的 stays empty
        ("十几年的时间里，党员干部带头苦干。", "十几年", ""),
        # a thing the duration describes, not an activity
        ("一条已服役20年的乡村公路完成了改造。", "20年", ""),
        # 为期 + 的 + a relative clause: no event closed before it
        ("为期3天的参加展会的企业达到百家。", "3天", ""),
    ],
)
def test_no_duration_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
