"""The subject of a change read past an adverbial between it and the verb (pipeline.quantities.
adverbial_subjects, issue 12, round 10): a time word, a modal, a frame 在…下. Sentences in the
style of the raw 新闻联播 corpus, written for these tests, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("中稻目前收获七成左右，进度快于常年。", "七成左右", "中稻"),
        ("全省旅游总收入今年以来同比增长18%。", "18%", "旅游总收入"),
        ("全市社会物流总额一季度同比增长6.2%。", "6.2%", "社会物流总额"),
        ("新品种亩产可以提高一成以上。", "一成以上", "新品种亩产"),
        ("全省工业品出厂价格在原材料成本下降的背景下回落3%。", "3%", "工业品出厂价格"),
    ],
)
def test_a_change_past_an_adverbial_measures_the_noun_before(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # adverbs alone: read as before (the noun before the adverb)
        ("全省玉米已收获36%。", "36%", "玉米"),
        # a count is not read here
        ("全县目前已转移群众300人。", "300人", "群众"),
    ],
)
def test_what_the_rule_leaves_as_it_was(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
