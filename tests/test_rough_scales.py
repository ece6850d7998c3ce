"""A bare scale and 把 before a measure word is about that many (千把人, 万把块钱): the spoken
approximation (quantities/candidates.py). Sentences invented in the style of the 新闻联播 corpus."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_statistics import one, stats_of


def test_a_rough_scale_is_about_that_many() -> None:
    s = one("村里常年有千把人在外务工。", "千把人")
    assert (s.value, s.unit, s.approx, s.kind) == (1000.0, "人", "about", "count")
    s = one("靠种茶，一户一年能多挣万把块钱。", "万把块钱")
    assert (s.value, s.unit, s.approx) == (10000.0, "块", "about")


def test_ba_after_a_numeral_or_as_a_preposition_is_no_rough_scale() -> None:
    assert one("学校新添了一千把椅子。", "一千把").approx == "exact"  # 把 counts the chairs
    assert stats_of("志愿者把老人送到了医院。") == []


_SCALES = [("百", 100.0), ("千", 1000.0), ("万", 10000.0)]


@settings(deadline=None)
@given(st.sampled_from(_SCALES), st.sampled_from(["人", "亩", "吨", "户"]))
def test_every_scale_and_measure(scale: tuple[str, float], unit: str) -> None:
    s = one(f"今年全乡新增了{scale[0]}把{unit}。", f"{scale[0]}把{unit}")
    assert (s.value, s.unit, s.approx) == (scale[1], unit, "about")
