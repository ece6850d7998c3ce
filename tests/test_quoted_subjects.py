"""A count whose subject is a quoted term before a verb of being or reaching (round 15, empty
objects): “X”|达到|N家 counts X, with the noun phrase before the opening mark. Sentences
invented in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_quoted_subject_before_a_reaching_verb() -> None:
    s = one("全省制造业“智能工厂”达到45家，数字化车间300个。", "45家")
    assert s.object == "制造业“智能工厂”"


def test_quoted_subject_before_a_verb_of_being() -> None:
    s = one("目前，全市“口袋公园”共有120个。", "120个")
    assert s.object == "“口袋公园”"
