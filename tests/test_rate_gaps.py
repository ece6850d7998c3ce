"""Objects of a change in percentage points of a growth rate written with its subject
(X增速比…加快N个百分点, X同比增速比…, X增速要高于Y N个百分点): the points measure X's rate,
X增速 (compared_changes), as after a comparative verb (出口增速|快于|进口); a gap joined to
another by 和 takes its object (share_in_runs after the context rules). Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of change after the base: the rate written with its subject, not the subject alone
        ("一季度，全省网络零售额增速比上年同期加快2.3个百分点。", "2.3个百分点", "网络零售额增速"),
        # 同比 between the subject and its rate: against when, not whose
        ("前三季度，装备制造业增加值同比增速比上半年快0.7个百分点。", "0.7个百分点", "装备制造业增加值增速"),
        # an adjective of comparison after the base
        ("今年以来，全市外贸进出口增速比全国平均水平高6个百分点。", "6个百分点", "外贸进出口增速"),
        # a modal before the comparative verb
        ("按照要求，涉农贷款增速要高于各项贷款平均增速2个百分点。", "2个百分点", "涉农贷款增速"),
    ],
)
def test_points_of_a_written_rate(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_joined_gaps_share_the_carried_subject() -> None:
    text = "上半年，全市集成电路产量增长15.2%，增速分别比全部工业、制造业高6.3个和4.1个百分点。"
    assert one(text, "6.3个").object == one(text, "4.1个百分点").object == "集成电路产量"
