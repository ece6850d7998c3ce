"""Round-9 entity review (issue 11): a three-character name the model starts one character
late, after a verb ending in the name's surname (贯彻|习近平 read as 彻习 + 近平), is tagged
whole where jieba's dictionary knows the whole name (``cnnews_person_filter``)."""

from __future__ import annotations

import pytest
from rule_spans import ents, model, write_lexicons

from pipeline.nlp.components import Rules, build_rules


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    d = write_lexicons(tmp_path_factory.mktemp("lexicons"), ["东山县"], "李王张习向普")
    return build_rules(str(d))


def _persons(rules: Rules, text: str, *names: str) -> list[tuple[str, str]]:
    spans = model(text, *((n, "PERSON") for n in names))
    return ents(text, rules.nlp.get_pipe("cnnews_person_filter").apply(text, spans))


def test_a_known_name_cut_after_a_verb_ending_in_its_surname_is_whole(rules: Rules) -> None:
    text = "会议强调，要深入学习贯彻习近平总书记重要指示精神。"
    assert _persons(rules, text, "近平") == [("习近平", "PERSON")]


def test_a_given_name_that_is_a_name_of_its_own_stays(rules: Rules) -> None:
    # jieba lists 向普京 as a name, but 普京 is one of its own
    assert _persons(rules, "总参谋长向普京汇报前线情况。", "普京") == [("普京", "PERSON")]


def test_an_unknown_name_is_not_extended(rules: Rules) -> None:
    # 李子涵 is no word of jieba's: the cut span is still dropped as no name
    assert _persons(rules, "学生们推选李子涵发言。", "子涵") == []


def test_a_whole_name_stays_whole(rules: Rules) -> None:
    text = "会议强调，要深入学习贯彻习近平总书记重要指示精神。"
    assert _persons(rules, text, "习近平") == [("习近平", "PERSON")]
