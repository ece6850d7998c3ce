"""A duration of travel between two places measures no thing: after a noun of a journey's
length (stats_travel_words: 车程) or a route (A|到|B, 从|A) before a verb of taking (只需), the
object is empty (quantities/context_objects.py, `duration_subject`). Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("从高铁站出发车程只需15分钟。", "15分钟"),
        ("新线开通后，合肥到黄山只需2小时。", "2小时"),
        ("从港口出发航程仅需3小时。", "3小时"),
        ("两地之间3小时可达。", "3小时"),
    ],
)
def test_travel_time_has_no_object(sentence: str, surface: str) -> None:
    assert one(sentence, surface).object == ""


def test_means_of_travel_stays_the_subject() -> None:
    """坐|高铁|只需要: a means of travel with its verb is still read as the subject."""
    assert one("从县城到省城坐高铁只需要一个半小时。", "一个半小时").object == "坐高铁"
