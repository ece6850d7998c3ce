"""Two percents joined by a dash (10%—20%), or a number and a percent (30—40%), are one range
with its midpoint as value (GUIDELINES: ranges with midpoints); 至/到 joins a range where no
predicate word stands before the first figure (下降0.7%至46.5% is a fall to a level), or where
之间/不等 closes the pair. Sentences invented in the style of news text; none is copied from a
gold page or a review story."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_statistics import one, texts


def test_two_percents_with_a_dash_are_one_range() -> None:
    s = one("新工艺可以减少15%—25%的用水量。", "15%—25%")
    assert (s.value, s.low, s.high, s.approx, s.unit, s.kind) == (20, 15, 25, "range", "%", "percent")


def test_number_and_percent_with_a_dash_take_the_percent_unit() -> None:
    s = one("预计明年销量增长10—20%。", "10—20%")
    assert (s.value, s.approx, s.unit, s.kind) == (15, "range", "%", "percent")


def test_zhi_range_closed_by_zhijian_or_budeng() -> None:
    s = one("央行将利率目标区间设在3.25%至3.5%之间。", "3.25%至3.5%")
    assert (s.low, s.high) == (3.25, 3.5)
    assert one("拟对进口商品加征10%至40%不等的关税。", "10%至40%").value == 25


def test_zhi_after_a_verb_of_change_is_a_fall_to_a_level() -> None:
    assert texts("失业率环比下降0.4%至5.1%。") == ["0.4%", "5.1%"]


def test_a_level_noun_after_the_range_is_not_its_object() -> None:
    """N%的|高位: where the subject got to (stats_level_nouns), the figure measures the subject."""
    assert one("各类贷款增速保持在15%—20%的高位。", "15%—20%").object == "贷款增速"


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.integers(1, 40))
def test_any_percent_range_with_a_dash(low: int, width: int) -> None:
    high = low + width
    s = one(f"成本可降低{low}%—{high}%左右。", f"{low}%—{high}%左右")
    assert (s.low, s.high, s.value) == (low, high, (low + high) / 2)


def test_a_bare_number_before_a_percent_word_takes_it() -> None:
    """二至五成 = 20 to 50 %, 七到八折 = 70 to 80 %: the percent word is written once, at the end."""
    s = one("预计下周气温偏高二至五成。", "二至五成")
    assert (s.low, s.high, s.value, s.unit) == (20, 50, 35, "%")
    assert (one("部分商品打七到八折。", "七到八折").low) == 70
