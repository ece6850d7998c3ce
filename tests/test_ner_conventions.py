"""The rules' annotation conventions (pipeline.nlp.components.conventions): the project's gold
guidelines by default, MSRA's where they differ (for scoring on MSRA). Sentences of MSRA's and
the sample pages' kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_spans import ents, model, rules_per_convention, write_lexicons

from pipeline.nlp.components import Rules, build_rules
from pipeline.nlp.components.build import default_config

rules = rules_per_convention(["栾城县", "怀来县"], "李郭梁朱黄董宋燕耿沙尼长布彭", named=True)


def test_surname_alone(rules: tuple[str, Rules]) -> None:
    """MSRA tags the surname of 郭某, 李老师 as PERSON; the gold guidelines annotate no title
    forms. A full name is a PERSON under both."""
    convention, r = rules
    t = "对此,郭某则辩称,婚生子尚未独立生活,希望法律能保护其与梁某继续共同生活。"
    got = ents(t, r.apply(t, model(t, ("郭", "PERSON"), ("梁", "PERSON"))))
    assert got == ([("郭", "PERSON"), ("梁", "PERSON")] if convention == "msra" else [])
    t = "李老师向班主任老师了解宋文鑫的情况"
    got = ents(t, r.apply(t, model(t, ("李", "PERSON"), ("宋文鑫", "PERSON"))))
    assert ("宋文鑫", "PERSON") in got
    assert (("李", "PERSON") in got) == (convention == "msra")


def test_abbreviation_runs(rules: tuple[str, Rules]) -> None:
    """京津冀 is one region in the gold guidelines; MSRA tags its pieces (京 / 沪)."""
    convention, r = rules
    t = "推动京津冀协同发展"
    got = ents(t, r.apply(t, model(t, ("京", "LOC"), ("津", "LOC"), ("冀", "LOC"))))
    assert got == ([("京", "LOC"), ("津", "LOC"), ("冀", "LOC")] if convention == "msra"
                   else [("京津冀", "LOC")])


def test_short_government_forms(rules: tuple[str, Rules]) -> None:
    """县政府 alone is ORG in the gold guidelines (short forms of one body); MSRA leaves it
    untagged (栾城县委、县政府: only 栾城县委). Named bodies are ORG under both."""
    convention, r = rules
    t = "这是怀来县委、县政府为帮助乡亲们致富"
    got = ents(t, r.apply(t, model(t, ("怀来县委", "ORG"))))
    assert ("怀来县委", "ORG") in got
    assert (("县政府", "ORG") in got) == (convention == "project")
    # a place's government: one ORG in the gold guidelines (镇政府), LOC + nothing in MSRA
    t = "从川藏公路边的林芝县排龙乡政府出发,要徒步走两天才能到"
    got = ents(t, r.apply(t, model(t, ("川藏公路", "LOC"), ("林芝县", "LOC"), ("排龙乡", "LOC"))))
    assert got[-1] == (("排龙乡", "LOC") if convention == "msra" else ("排龙乡政府", "ORG"))


def test_no_clause_as_organization(rules: tuple[str, Rules]) -> None:
    """A one-character verb between a place and a head: 江西老区|建|学校 is a clause."""
    _, r = rules
    t = "发出“捡废品集资为江西老区建学校”的倡议"
    assert ents(t, r.apply(t, model(t, ("江西", "LOC")))) == [("江西", "LOC")]


def test_default_is_project() -> None:
    assert default_config()["annotation"]["convention"] == "project"
    with pytest.raises(ValueError, match="unknown annotation convention"):
        default_config("cluener")


# --- the gazetteer rule on MSRA's kind of text (both conventions) --------------------------


@pytest.fixture(scope="module")
def gazetteer_rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    d = tmp_path_factory.mktemp("gazetteer")
    places = ["上海市", "上海", "北京市", "北京", "发展乡", "丰山乡", "种畜场", "经济开发区",
              "小店区", "太原市", "山西省", "苏州"]
    return build_rules(str(write_lexicons(d, places, "彭李")))


def test_suffix_glued_to_the_next_word(gazetteer_rules: Rules) -> None:
    """上海市|区 (urban area), 北京市|长 (a title), 发展乡|镇企业: the suffix belongs to the next
    word; the short form is the place, where the gazetteer has one."""
    t = "他乘人不备,丢下行李,离船潜回上海市区。"
    assert ents(t, gazetteer_rules.apply(t, [])) == [("上海", "LOC")]
    t = "彭真同志以他北京市长的身份,亲自选定"
    assert ("北京", "LOC") in ents(t, gazetteer_rules.apply(t, []))
    t = "19年来的实践证明,发展乡镇企业是一项富民强国的重大战略"
    assert ents(t, gazetteer_rules.apply(t, [])) == []
    t = "太原市委、市政府和山西省政府"  # a body's name follows: the full name stays
    assert ("太原市", "LOC") in ents(t, gazetteer_rules.apply(t, [])) or \
        ("太原市委", "ORG") in ents(t, gazetteer_rules.apply(t, []))


def test_name_starting_inside_a_word(gazetteer_rules: Rules) -> None:
    t = "如今到永丰山乡走一走,你随处可见跃入商海的新"
    assert ents(t, gazetteer_rules.apply(t, [])) == []
    t = "他们前往太原市参观"  # 往太 is no word of the text: 前往|太原市
    assert ents(t, gazetteer_rules.apply(t, [])) == [("太原市", "LOC")]


def test_generic_entries(gazetteer_rules: Rules) -> None:
    """Entries naming a kind of place (经济开发区, 种畜场) are no place; 小店区 is one."""
    t = "压题照片:江阴经济开发区一角。南充市嘉陵区种畜场开张了。"
    assert ents(t, gazetteer_rules.apply(t, [])) == []
    t = "小店区坞城街道"
    assert ("小店区", "LOC") in ents(t, gazetteer_rules.apply(t, []))


def test_reduplicated_names(rules: tuple[str, Rules]) -> None:
    """燕燕 (a surname doubled, no dictionary word) is a name; 耿耿 (耿耿于怀) is a word."""
    _, r = rules
    t = "说着,燕燕搬出了她借到的几本法律书"
    assert ents(t, r.apply(t, model(t, ("燕燕", "PERSON")))) == [("燕燕", "PERSON")]
    t = "前锋的离去耿耿于怀"
    assert ents(t, r.apply(t, model(t, ("耿耿", "PERSON")))) == []


def test_half_transliterated_name_is_one_name(rules: tuple[str, Rules]) -> None:
    """沙波什尼科夫: half its characters are transliteration characters, one foreign name
    (not 沙波什 / 尼科夫)."""
    _, r = rules
    t = "“维诺格拉多夫海军上将”和“沙波什尼科夫元帅”"
    got = ents(t, r.apply(t, model(t, ("沙波什尼科夫", "PERSON"))))
    assert got == [("沙波什尼科夫", "PERSON")]


def test_title_that_goes_on(rules: tuple[str, Rules]) -> None:
    """副委员长布赫: 副委员 is no title of its own here (委员长 goes on), the name is 布赫."""
    _, r = rules
    t = "全国人大常委会副委员长布赫、彭珮云出席"
    got = ents(t, r.apply(t, model(t, ("全国人大常委会", "ORG"), ("布赫", "PERSON"))))
    assert ("布赫", "PERSON") in got and ("长布赫", "PERSON") not in got


def test_city_ending_in_zhou_is_no_chain(gazetteer_rules: Rules) -> None:
    """苏州园林: 苏州 only looks like a name with the suffix 州; no chain to split."""
    t = "一是以苏州园林和京城民宅的黑、白、灰色"
    assert ents(t, gazetteer_rules.apply(t, model(t, ("苏州园林", "LOC")))) == [("苏州园林", "LOC")]


def test_suffix_before_the_next_place(tmp_path: Path) -> None:
    """西安市长安区: 市长 is a word, but 长安区 is the next place: 西安市 keeps its suffix."""
    write_lexicons(tmp_path, ["西安市", "西安", "长安区"], "李")
    t = "陕西省西安市长安区的农民"
    got = ents(t, build_rules(str(tmp_path)).apply(t, []))
    assert got == [("西安市", "LOC"), ("长安区", "LOC")]
