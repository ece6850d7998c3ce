"""N级 as a magnitude (pipeline.quantities.magnitudes, stats_magnitude_words): an earthquake's or
the wind's figure is measured (kind amount, unit 级), decimal or not, while 级 elsewhere stays a
level (二级应急响应) or counts tiers (县乡两级). Sentences invented in the style of weather and
earthquake reports; none is copied from a gold page or a judged story."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_statistics import one, stats_of


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("当地时间3日凌晨，该国东部海域发生6.8级地震。", "6.8级", 6.8),
        ("气象台预计，沿海地区将出现7到9级大风。", "7到9级", 8.0),
        ("台风登陆时中心附近风力达12级。", "12级", 12.0),
        ("此次地震震级为5.2级，震源深度10公里。", "5.2级", 5.2),
        ("部分山口阵风可达10级以上。", "10级以上", 10.0),
    ],
)
def test_a_magnitude_is_a_measured_amount(sentence: str, surface: str, value: float) -> None:
    s = one(sentence, surface)
    assert (s.value, s.unit, s.kind) == (value, "级", "amount")


def test_a_magnitude_measures_the_noun_after_it_or_the_metric_before_it() -> None:
    """The noun after 级 (地震, 大风) or a metric noun before the figure (风力: stats_metric_nouns)."""
    assert one("该国东部海域发生6.8级地震。", "6.8级").object == "地震"
    assert one("沿海地区将出现7到9级大风。", "7到9级").object == "大风"
    assert one("台风登陆时中心附近风力达12级。", "12级").object == "风力"


def test_levels_and_tiers_stay_what_they_were() -> None:
    assert stats_of("该县已将应急响应调整到三级。") == []
    assert stats_of("山谷里生长着国家二级保护植物。") == []
    s = one("县乡两级干部全部下沉一线。", "两级")
    assert (s.kind, s.object) == ("count", "县乡")


@settings(max_examples=40, deadline=None)
@given(st.integers(30, 89))
def test_any_decimal_magnitude_of_an_earthquake(tenths: int) -> None:
    figure = f"{tenths / 10:.1f}级"
    s = one(f"据中国地震台网测定，某地发生{figure}地震。", figure)
    assert s.value == pytest.approx(tenths / 10) and s.kind == "amount"
