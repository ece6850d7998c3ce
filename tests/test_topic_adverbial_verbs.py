"""The subject of the clause before a rate, followed by an adverbial verb jieba tags vd (持续/vd|
向好), is what the rate measures (topic_subjects; round 15, empty objects). Sentences invented
in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_subject_before_an_adverbial_verb() -> None:
    s = one("服务贸易出口持续向好，同比增长6.3%。", "6.3%")
    assert s.object == "服务贸易出口"
