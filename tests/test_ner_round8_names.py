"""Round-8 entity review (issue 11): one long PERSON span of a transliterated name (a Uyghur
or Slavic name, a third of its characters transliteration characters) stays whole, where a
list of Chinese names printed without separators is still cut; invented sentences."""

from __future__ import annotations

import pytest
from rule_spans import ents, model, write_lexicons

from pipeline.nlp.components import Rules, build_rules


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    # rare surnames too, as in the shipped list
    d = write_lexicons(tmp_path_factory.mktemp("lexicons"), ["东山县"], "李王张阿都合努麦买伊诺维")
    return build_rules(str(d))


def _persons(rules: Rules, text: str, name: str) -> list[tuple[str, str]]:
    spans = model(text, (name, "PERSON"))
    for pipe in ("cnnews_name_lists", "cnnews_person_filter"):
        spans = rules.nlp.get_pipe(pipe).apply(text, spans)
    return ents(text, spans)


@pytest.mark.parametrize(("text", "name"), [
    ("牧民阿不都热合曼赶着羊群转场。", "阿不都热合曼"),
    ("养殖户米尔扎合买提承包了鱼塘。", "米尔扎合买提"),
    ("外交官伊万诺维奇抵达会场。", "伊万诺维奇"),
])
def test_a_transliterated_name_tagged_whole_stays_whole(rules: Rules, text: str, name: str) -> None:
    assert _persons(rules, text, name) == [(name, "PERSON")]


def test_a_list_of_chinese_names_is_still_cut(rules: Rules) -> None:
    text = "张明远李华强王立新出席会议。"
    assert _persons(rules, text, "张明远李华强王立新") == [
        ("张明远", "PERSON"), ("李华强", "PERSON"), ("王立新", "PERSON")]
