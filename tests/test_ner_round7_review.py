"""Rules from the round-7 review of unannotated x-like stories (issue 11: entity error classes
that recurred), on invented news sentences."""

from __future__ import annotations

import pytest
from rule_spans import ents, model, write_lexicons

from pipeline.nlp.components import Rules, build_rules
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.build import default_config


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    d = write_lexicons(tmp_path_factory.mktemp("lexicons"), ["东山县", "青河镇"], "李王张")
    return build_rules(str(d))


@pytest.mark.parametrize(("text", "place", "whole"), [
    ("科考队深入青藏高原腹地采样。", "青藏", "青藏高原"),
    ("四川盆地东部今天有暴雨。", "四川", "四川盆地"),
    ("东山山区的茶园迎来采摘季。", "东山", "东山山区"),
    ("护林员在白云山国家级自然保护区巡护。", "白云山", "白云山国家级自然保护区"),
    ("游客走进平桥历史文化街区参观。", "平桥", "平桥历史文化街区"),
])
def test_a_landform_or_reserve_after_a_place_is_part_of_its_name(
        rules: Rules, text: str, place: str, whole: str) -> None:
    assert ents(text, rules.apply(text, model(text, (place, "LOC")))) == [(whole, "LOC")]


def test_a_tail_inside_a_documents_title_stays_out(rules: Rules) -> None:
    text = "《东山县自然保护区条例》施行。"
    got = ents(text, rules.apply(text, model(text, ("东山县", "LOC"))))
    assert got == [("东山县", "LOC")]


@pytest.mark.parametrize(("text", "end", "ends"), [
    ("历史文化街区接待游客", 6, True),   # 历史|文化街|区: three words, the last ends the tail
    ("高速公路上车辆多", 2, False),      # 高速公路: the word goes on past 高速
    ("平原来的客人", 2, True),
])
def test_a_tail_ends_where_a_jieba_word_ends(text: str, end: int, ends: bool) -> None:
    assert res.word_ends_at(text, 0, end) is ends


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("东山军区出动800名官兵抢险。", (("东山军区", "LOC"),), [("东山军区", "ORG")]),
    ("青河省军区派出民兵巡堤。", (("青河省军区", "LOC"),), [("青河省军区", "ORG")]),
    ("东山警备区某部官兵赶赴灾区。", (("东山警备区", "LOC"),), [("东山警备区某部", "ORG")]),
    ("这里曾是八路军太岳军区的指挥机关。", (("八路军", "ORG"), ("太岳军区", "LOC")),
     [("八路军太岳军区", "ORG")]),
    # a place alone before a district with a name of its own: a chain, the place stays
    ("青河省东山军分区组织演练。", (("青河省", "LOC"), ("东山军分区", "LOC")),
     [("青河省", "LOC"), ("东山军分区", "ORG")]),
])
def test_a_military_district_is_an_organization(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    assert ents(text, rules.apply(text, model(text, *pieces))) == expected


def test_a_military_district_keeps_msras_label(tmp_path_factory: pytest.TempPathFactory) -> None:
    d = write_lexicons(tmp_path_factory.mktemp("msra"), ["东山县"], "李王张")
    msra = build_rules(str(d), default_config("msra"))
    text = "东山军区出动800名官兵抢险。"
    assert ents(text, msra.apply(text, model(text, ("东山军区", "LOC")))) == [("东山军区", "LOC")]


def test_a_place_before_a_districts_bare_head_is_part_of_it(rules: Rules) -> None:
    """青河省 / 军区 (the bare head tagged on its own): one ORG (the component alone: the
    hygiene in front of the rules keeps no two-character head)."""
    text = "青河省军区派出民兵巡堤。"
    edges = rules.nlp.get_pipe("cnnews_org_edges")
    got = edges.apply(text, model(text, ("青河省", "LOC"), ("军区", "LOC")))
    assert ents(text, got) == [("青河省军区", "ORG")]


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("各地推动美丽中国建设。", (("美丽中国", "LOC"),), [("中国", "LOC")]),
    ("各地推动美丽中国建设。", (("美", "LOC"),), [("中国", "LOC")]),       # a piece of 美丽
    ("各地推动美丽中国建设。", (("美", "LOC"), ("中国", "LOC")), [("中国", "LOC")]),
    ("美丽河湖建设深入实施。", (("美丽河湖", "LOC"),), []),                # a kind of place
    ("欢迎来到大美东山县。", (("大美东山县", "LOC"),), [("东山县", "LOC")]),
    ("新东山县城面貌一新。", (("新东山县", "LOC"),), [("东山县", "LOC")]),
])
def test_a_slogans_adjective_before_a_place_is_left_out(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    assert ents(text, rules.apply(text, model(text, *pieces))) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("【十七大代表风采】", (("【十七大", "ORG"),), []),
    ("山西省第十二次党代会胜利闭幕。", (("山西省第十二次党代会", "ORG"),), [("山西省", "LOC")]),
    ("中国共产党第八次全国代表大会召开。", (("中国共产党第八次全国代表大会", "ORG"),),
     [("中国共产党", "ORG")]),
    ("东山妇女第五次代表大会开幕。", (("东山妇女第五次代表大会", "ORG"),), []),  # no body named
    ("新四军第二次党代会在这里召开。", (("新四军第二次党", "ORG"),), [("新四军", "ORG")]),
    # a term names a body: it stays
    ("第十四届全国人民代表大会开幕。", (("第十四届全国人民代表大会", "ORG"),),
     [("第十四届全国人民代表大会", "ORG")]),
])
def test_a_numbered_congress_is_an_event(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    edges = rules.nlp.get_pipe("cnnews_org_edges")
    assert ents(text, edges.apply(text, model(text, *pieces))) == expected


def test_a_numbered_congress_stays_an_org_under_msra(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    d = write_lexicons(tmp_path_factory.mktemp("msra2"), ["东山县"], "李王张")
    edges = build_rules(str(d), default_config("msra")).nlp.get_pipe("cnnews_org_edges")
    text = "党的十五大胜利召开。"
    assert ents(text, edges.apply(text, model(text, ("十五大", "ORG")))) == [("十五大", "ORG")]


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("青藏铁路沿线风光秀美。", (), [("青藏铁路", "LOC")]),            # a route name of jieba's
    ("京广高铁运行平稳。", (), [("京广高铁", "LOC")]),                  # 京广 (nz) + 高铁
    ("川藏铁路建设稳步推进。", (), [("川藏铁路", "LOC")]),              # two place short forms
    ("青藏铁路复线全线通车。", (), [("青藏铁路复线", "LOC")]),          # with its second track
    ("京雄城际部分区间停运。", (("京雄", "LOC"),), [("京雄城际", "LOC")]),  # a tagged piece
    ("中国高铁走向世界。", (("中国", "LOC"),), [("中国", "LOC")]),      # a place's own railways
    ("西藏铁路建设加快推进。", (("西藏", "LOC"),), [("西藏", "LOC")]),  # its characters are short forms
    ("全国铁路发送旅客超千万人次。", (), []),
    ("高速铁路对沿线城市带动明显。", (), []),                           # a kind of railway
    ("我们去坐高铁回家。", (), []),
])
def test_a_route_named_by_its_ends_is_one_place(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    assert ents(text, rules.apply(text, model(text, *pieces))) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("在江西婺源，油菜花竞相开放。", (("江西", "LOC"),), [("江西", "LOC"), ("婺源", "LOC")]),
    ("浙江桐庐的民宿生意红火。", (("浙江", "LOC"),), [("浙江", "LOC"), ("桐庐", "LOC")]),
    ("湖南和平发展的新局面。", (("湖南", "LOC"),), [("湖南", "LOC")]),   # 和平: a township's
    ("浙江省桐庐县举办马拉松。", (("浙江省", "LOC"), ("桐庐县", "LOC")),
     [("浙江省", "LOC"), ("桐庐县", "LOC")]),                            # already tagged
])
def test_a_countys_short_form_after_its_province_is_a_place(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    forms = rules.nlp.get_pipe("cnnews_county_forms")
    assert ents(text, forms.apply(text, model(text, *pieces))) == expected
