"""Round-9 precision review (issue 11): a LOC that is only the head of a venue, square or zone
(广场, 会堂, 保税区, 国道: ``ner_bare_place_heads``) names no place under the project's
convention; MSRA's keeps it (``cnnews_loc_kinds``); on invented news sentences."""

from __future__ import annotations

import pytest
from rule_spans import ents, is_msra, model, rules_per_convention

from pipeline.nlp.components import Rules

both_conventions = rules_per_convention(["东山县"], "李王张")


@pytest.mark.parametrize(("text", "span"), [
    ("傍晚，居民们在广场上跳起了舞蹈。", "广场"),
    ("代表们步入会堂，会议随即开始。", "会堂"),
    ("当地计划在港区附近建设保税区。", "保税区"),
    ("受强降雨影响，国道部分路段临时封闭。", "国道"),
])
def test_a_bare_head_is_no_place_under_the_project_convention(
        both_conventions: Rules, text: str, span: str) -> None:
    kinds = both_conventions.nlp.get_pipe("cnnews_loc_kinds")
    got = ents(text, kinds.apply(text, model(text, (span, "LOC"))))
    assert got == ([(span, "LOC")] if is_msra(both_conventions) else [])


@pytest.mark.parametrize(("text", "span"), [
    ("傍晚，居民们在东山广场上跳起了舞蹈。", "东山广场"),
    ("货车沿着318国道一路向西。", "318国道"),
])
def test_a_named_square_or_road_stays_a_place(both_conventions: Rules, text: str,
                                              span: str) -> None:
    kinds = both_conventions.nlp.get_pipe("cnnews_loc_kinds")
    assert ents(text, kinds.apply(text, model(text, (span, "LOC")))) == [(span, "LOC")]
