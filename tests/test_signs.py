"""A figure's sign written apart from it (pipeline.quantities.signs, stats_sign_words): 零下
before an Arabic figure makes its value negative. Sentences invented in the style of the 新闻联播
corpus; none is copied from a gold page or a judged story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one, stats_of


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "approx"),
    [
        ("受寒潮影响，北方多地最低气温降至零下20℃。", "20℃", -20.0, "exact"),
        ("山区清晨的气温在零下18摄氏度左右。", "18摄氏度左右", -18.0, "about"),
        ("当地最低气温低至零下30度。", "30度", -30.0, "exact"),
    ],
)
def test_below_zero_makes_the_value_negative(sentence: str, surface: str, value: float, approx: str) -> None:
    s = one(sentence, surface)
    assert (s.value, s.approx) == (value, approx)
    assert s.text == surface  # the figure keeps its own characters


def test_the_bounds_of_an_approximate_figure_turn_with_it() -> None:
    s = one("林区夜间气温达零下10多度。", "10多度")
    assert (s.value, s.low, s.high, s.approx) == (-10.0, None, -10.0, "over")  # 10多 -> at most -10


def test_a_figure_without_the_sign_word_stays_positive() -> None:
    assert one("午后气温回升到20℃。", "20℃").value == 20.0
    assert [s.value for s in stats_of("气温从零下5℃回升到8℃。")] == [-5.0, 8.0]
