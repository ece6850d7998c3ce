"""An approximation marker jieba's dictionary glues onto the word before it (全长约/n, 耗资近/n,
身价超) is the figure's all the same (measure._glued_head); not where the word runs into the
marker (加拿大|约: 大约 is no marker there) nor where the marker ends a word of its own (节约,
附近). Sentences invented in the style of news text; none is copied from a gold page or a review
story."""

from __future__ import annotations

from tests.test_statistics import one, texts


def test_marker_glued_onto_a_metric_word() -> None:
    s = one("新建的跨江大桥全长约12公里，双向六车道。", "约12公里")
    assert (s.value, s.approx) == (12, "about")
    s = one("这座新馆占地约300亩，年内开放。", "约300亩")
    assert s.approx == "about"


def test_nearly_glued_onto_a_word() -> None:
    s = one("整个工程耗资近50亿元。", "近50亿元")
    assert (s.value, s.approx) == (5e9, "under")


def test_a_place_that_runs_into_the_marker() -> None:
    """加拿大约N: the country's 大 is no part of 大约; the marker is 约."""
    s = one("山火已导致加拿大约240万公顷森林被毁。", "约240万公顷")
    assert s.approx == "about"


def test_words_that_end_in_a_marker_character_stay_words() -> None:
    assert texts("附近两个县的群众赶来帮忙。") == ["两个"]
    assert one("厉行节约3年来，开支明显下降。", "3年").approx == "exact"


def test_marker_after_a_one_character_adverb_or_preposition() -> None:
    """已|近, 共|约, 至|约: jieba glues the marker onto a one-character function word."""
    assert one("目前发现的新星数量已近1300颗。", "近1300颗").approx == "under"
    assert one("全县共约1.2万人报名参加。", "约1.2万人").approx == "about"
