"""A share written after the figure of its whole (完成年度计划|N万套|（间）|的|M%): the share is
of what that figure measures (share_bases; round 15, empty objects). Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_share_after_the_wholes_figure() -> None:
    s = one("全省已改造老旧小区3200个，完成年度任务4000个的80%。", "80%")
    assert s.object == "年度任务"


def test_share_after_a_bracketed_alternative_unit() -> None:
    s = one("今年已筹集保障房5.2万套，完成年度计划6.5万套（间）的80%。", "80%")
    assert s.object == "年度计划"


def test_share_right_after_a_group_with_among() -> None:
    """X|中|超过N%|是…: 中 right after a noun names the group the share is of (share_scopes)."""
    s = one("该县常住人口中超过60%是农业人口。", "超过60%")
    assert s.object == "常住人口"
