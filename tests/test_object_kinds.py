"""The kinds of object disagreement counted by the evaluations (pipeline.evaluation.object_kinds)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.evaluation.object_kinds import KINDS, disagreement, show, tally


def test_each_kind_on_news_objects() -> None:
    assert disagreement("党员干部", "党员干部") is None
    assert disagreement("党员干部", " 党员干部 ") is None
    assert disagreement("生产总值", None) == "empty"
    assert disagreement("", "岗位") == "spurious"
    assert disagreement("就业岗位", "新增就业岗位") == "longer"
    assert disagreement("农村改革试验区", "试验区") == "shorter"
    assert disagreement("游客", "门票") == "other"


def test_tally_and_show() -> None:
    counts = tally([("游客", "游客"), ("游客", ""), ("岗位", "就业岗位"), ("", "村")])
    assert counts == {"empty": 1, "longer": 1, "spurious": 1}
    assert show(counts) == "empty 1, spurious 1, longer 1, shorter 0, other 0"


objects = st.one_of(st.none(), st.text(alphabet="党员干部岗位 ", max_size=6))


@given(objects, objects)
def test_agreement_is_exactly_no_kind(gold: str | None, found: str | None) -> None:
    kind = disagreement(gold, found)
    assert (kind is None) == ((gold or "").strip() == (found or "").strip())
    assert kind is None or kind in KINDS
