"""A two-character modal verb (可能, 能够, 可望) or a superlative (最高, 最多) between the subject and
the verb of change or reaching a figure completes is passed over as a one-character modal is
(quantities/subjects.py `_past_reaching`). Sentences invented in the style of the 新闻联播
corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("受寒潮影响，冬季蔬菜价格可能上涨15%。", "15%", "蔬菜价格"),
        ("分析人士认为，今年出口增速可能会回落至3.5%。", "3.5%", "出口增速"),
        ("今年全县油菜产量可望达到8万吨。", "8万吨", "油菜产量"),
        # a superlative before the predicate says how far at most
        ("今年以来，全省羽绒服销量最高增长达150%。", "150%", "羽绒服销量"),
        # a metric jieba tags as a verb heads the subject before the verb of change
        ("改造完成后，工厂产能提高了25%。", "25%", "工厂产能"),
    ],
)
def test_subject_past_modal(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
