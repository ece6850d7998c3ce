"""The organization heads as one regex (``org_heads.org_head_regex``): each column of
``ner_org_heads.tsv`` guards a head, whatever way the regex is written."""

from __future__ import annotations

from pipeline.nlp.components.org_heads import org_head_regex


def heads(text: str, pos: int = 0) -> list[str]:
    return [m.group() for m in org_head_regex("ner_org_heads").finditer(text, pos)]


def test_not_after_guards_the_character_before_a_head() -> None:
    assert heads("当局表示") == []  # 当|局
    assert heads("公安局表示") == ["公安局"]
    assert heads("市中心医院") == ["医院"]  # 市|中心
    assert heads("服务中心") == ["中心"]


def test_only_after_names_the_only_characters_before_a_head() -> None:
    assert heads("县政府") == ["政府"]
    assert heads("美国政府") == []  # 美国|政府: not after a division's suffix


def test_not_before_guards_the_character_after_a_head() -> None:
    assert heads("县发改委") == ["委"]
    assert heads("委托办理") == []  # 委|托, 办|理


def test_a_head_at_the_start_and_a_guard_before_the_search_start() -> None:
    assert heads("中心医院") == ["中心", "医院"]  # nothing before the first head
    assert heads("局长") == []  # org_head_end: 局|长 is a title
    # the character before the search start still guards the head (当|局 read from 1)
    assert heads("当局表示", 1) == []
    assert heads("市中心", 1) == []
    assert heads("县政府", 1) == ["政府"]
