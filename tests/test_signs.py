"""A figure's sign written apart from it (pipeline.quantities.signs, stats_sign_words): 零下
before an Arabic figure makes its value negative. Sentences invented in the style of the 新闻联播
corpus; none is copied from a gold page or a judged story."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.numbers import parse_quantity
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


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "low", "high"),
    [
        ("明天最低气温将降到零下五度。", "零下五度", -5.0, None, None),
        ("山顶的气温降到零下二十度左右。", "零下二十度左右", -20.0, None, None),
        ("林区夜间气温达零下十多度。", "零下十多度", -10.0, None, -10.0),
        ("北部山区气温降到零下十几度。", "十几度", -14.5, -19.0, -10.0),
    ],
)
def test_a_chinese_numeral_below_zero_is_a_temperature(
    sentence: str, surface: str, value: float, low: float | None, high: float | None
) -> None:
    """度 after a bare Chinese numeral counts times (两度会晤) unless the numeral is signed; a
    signed approximate figure has its bound on the cold side, as 零下10多度 has."""
    s = one(sentence, surface)
    assert (s.value, s.low, s.high) == (value, low, high)


def test_du_after_an_unsigned_chinese_numeral_still_counts_times() -> None:
    assert "两度" not in [s.text for s in stats_of("两国元首今年两度会晤。")]


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 99))
def test_any_signed_numeral_with_over_bounds_on_the_cold_side(n: int) -> None:
    q = parse_quantity(f"零下{n}多")
    assert q is not None and (q.value, q.low, q.high) == (-n, None, -n)
