"""N番 after a verb of doubling is a ratio of 2 to the power N (quantities/doublings.py), and a
set phrase with a number measures nothing (stats_number_idioms). Sentences invented in the style
of the 新闻联播 corpus."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quantities.doublings import doubled, is_doubling
from tests.test_statistics import one
from tests.test_statistics import stats_of as stats


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "approx", "obj"),
    [
        ("全县农民人均可支配收入比十年前翻一番。", "一番", 2.0, "exact", "农民人均可支配收入"),
        ("五年间，全市外贸进出口总额翻了两番。", "两番", 4.0, "exact", "外贸进出口总额"),
        ("今年蔬菜产量翻了一番多。", "一番多", 2.0, "over", "蔬菜产量"),
    ],
)
def test_doubling_is_a_ratio(sentence: str, surface: str, value: float, approx: str, obj: str) -> None:
    s = one(sentence, surface)
    assert (s.value, s.unit, s.unit_written, s.kind, s.approx) == (value, "倍", "番", "ratio", approx)
    assert s.object == obj


def test_a_bout_or_a_set_phrase_is_no_figure() -> None:
    assert stats("经过一番努力，难题终于解决。") == []  # 一番: a bout, the article
    assert stats("村干部三番五次上门做工作。") == []
    assert stats("老支书一天到晚守在堤坝上，三天两头往村里跑。") == []
    assert stats("不到一年半载，新厂房就建成了。") == []
    assert [s.text for s in stats("景区一年四季游人如织，全年接待游客300万人次。")] == ["300万人次"]


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=9))
def test_n_doublings_multiply_by_two_n_times(n: int) -> None:
    assert doubled(n) == 2.0**n
    numeral = "一二三四五六七八九"[n - 1] if n != 2 else "两"
    text = f"产值翻了{numeral}番"
    assert is_doubling(text, text.index(numeral), "番")
    assert not is_doubling(f"经过{numeral}番", 2, "番")


def test_an_approximation_word_glued_to_the_predicate_before_it_still_counts() -> None:
    # jieba glues the marker onto the verb (翻近/v, 达近): the predicate's, not a word's start
    s = one("五年来，全县村集体经济收入翻近一番。", "近一番")
    assert (s.value, s.approx, s.object) == (2.0, "under", "村集体经济收入")
    assert one("今年以来，我市对外贸易总额达近1000亿元。", "近1000亿元").approx == "under"
