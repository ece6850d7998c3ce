"""Round-8 place review (issue 11): a county or city named in full, then by its short form,
and a village tagged PERSON once (``pipeline.nlp.document_places``, run by
``pipeline.nlp.document.propagate``), on invented news sentences."""

from __future__ import annotations

import pytest
from rule_spans import ents, is_msra, model, propagated, rules_per_convention, write_lexicons

from pipeline.nlp.components import Rules, build_rules


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    d = write_lexicons(tmp_path_factory.mktemp("lexicons"), ["东山县", "青河镇"], "李王张")
    return build_rules(str(d))



def test_a_county_named_in_full_is_a_place_by_its_short_form() -> None:
    got = propagated(("甘肃省玛曲县地处黄河首曲。", (("甘肃省", "LOC"), ("玛曲县", "LOC"))),
               ("走进玛曲，草原一望无际。", ()),
               ("玛曲重现水草丰美的景象。", (("玛曲", "PERSON"),)))
    assert got == [[("甘肃省", "LOC"), ("玛曲县", "LOC")], [("玛曲", "LOC")], [("玛曲", "LOC")]]


def test_a_citys_short_form_inside_a_product_name_is_a_place() -> None:
    got = propagated(("临泽县大力发展特色种植。", (("临泽县", "LOC"),)),
               ("临泽小枣远销各地。", ()))
    assert got[1] == [("临泽", "LOC")]


def test_no_short_form_without_the_full_name_or_inside_a_word() -> None:
    got = propagated(("札达的土林很壮观。", ()),
               ("记者来到临泽县。", (("临泽县", "LOC"),)),
               ("这里是临泽县城。", ()))
    assert got[0] == [] and got[2] == [("临泽县", "LOC")]


def test_no_short_form_of_a_village_or_a_common_word() -> None:
    got = propagated(("在振兴村，村民种上了蔬菜。", (("振兴村", "LOC"),)),
               ("乡村振兴潜力无限。", ()))
    assert got[1] == []


def test_a_village_tagged_person_once_is_a_place_everywhere() -> None:
    got = propagated(("青苔村位于山脚下。", (("青苔村", "LOC"),)),
               ("记者来到青苔村采访。", (("青苔村", "PERSON"),)),
               ("如今的青苔村风景如画。", ()))
    assert got == [[("青苔村", "LOC")], [("青苔村", "LOC")], [("青苔村", "LOC")]]


def test_a_name_of_two_labels_takes_the_one_it_has_more_often() -> None:
    got = propagated(("国家主席王德顺会见来宾。", (("王德顺", "PERSON"),)),
               ("王德顺表示，双方合作前景广阔。", (("王德顺", "PERSON"),)),
               ("来宾感谢王德顺总统的邀请。", (("王德顺", "LOC"),)),
               ("代表团抵达青苔城。", (("青苔城", "LOC"),)),
               ("青苔城市长出席。", (("青苔城", "PERSON"),)),
               ("青苔城风景如画。", (("青苔城", "LOC"),)))
    assert [g[0][1] for g in got] == ["PERSON"] * 3 + ["LOC"] * 3


def test_a_tie_stays_as_tagged() -> None:
    got = propagated(("王德顺带领村民修路。", (("王德顺", "PERSON"),)),
               ("王德顺又带人进村检查。", (("王德顺", "LOC"),)))
    assert got == [[("王德顺", "PERSON")], [("王德顺", "LOC")]]


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("在甘肃临泽，枣树挂满果实。", (("甘肃临泽", "LOC"),), [("甘肃", "LOC"), ("临泽", "LOC")]),
    ("西藏札达土林游人如织。", (("西藏札达", "LOC"),), [("西藏", "LOC"), ("札达", "LOC")]),
    ("四川盆地东部有暴雨。", (("四川盆地", "LOC"),), [("四川盆地", "LOC")]),      # no county
    ("甘肃玛曲县城一角。", (("甘肃玛曲县城", "LOC"),), [("甘肃玛曲县城", "LOC")]),  # 县城: no division
])
def test_a_province_and_its_county_tagged_as_one_are_split(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    forms = rules.nlp.get_pipe("cnnews_county_forms")
    assert ents(text, forms.apply(text, model(text, *pieces))) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("在武威民勤，农民忙着育种。", (("武威民勤", "LOC"),), [("武威", "LOC"), ("民勤", "LOC")]),
    ("在张掖临泽，农民忙着育种。", (("张掖临泽", "LOC"),), [("张掖临泽", "LOC")]),  # 临泽镇 elsewhere
    ("走进张掖临泽县的田间。", (("张掖临泽县", "LOC"),), [("张掖", "LOC"), ("临泽县", "LOC")]),
    ("游客漫步丽江古城。", (("丽江古城", "LOC"),), [("丽江古城", "LOC")]),  # 古城 names townships
    ("在张掖玛曲，牧民转场。", (("张掖玛曲", "LOC"),), [("张掖玛曲", "LOC")]),  # not its county
])
def test_a_city_and_its_county_tagged_as_one_are_split(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    forms = rules.nlp.get_pipe("cnnews_county_forms")
    assert ents(text, forms.apply(text, model(text, *pieces))) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("在甘肃玛曲尕海湖边，牧民转场。", (("甘肃玛曲尕海湖", "LOC"),),
     [("甘肃", "LOC"), ("玛曲", "LOC"), ("尕海湖", "LOC")]),
    ("游客来到云南抚仙湖畔。", (("云南抚仙湖", "LOC"),), [("云南", "LOC"), ("抚仙湖", "LOC")]),
    ("临泽县丹霞广场上人头攒动。", (("临泽县丹霞广场", "LOC"),), [("临泽县", "LOC"), ("丹霞广场", "LOC")]),
    ("孩子们在临泽儿童公园玩耍。", (("临泽儿童公园", "LOC"),), [("临泽儿童公园", "LOC")]),  # common words
    ("市民在临泽人民广场跳舞。", (("临泽人民广场", "LOC"),), [("临泽人民广场", "LOC")]),    # common words
    ("在西藏札达嘎玛社区，居民载歌载舞。", (("札达嘎玛社区", "LOC"),),
     [("札达", "LOC"), ("嘎玛社区", "LOC")]),
    ("临泽花园社区的居民跳舞。", (("临泽花园社区", "LOC"),), [("临泽花园社区", "LOC")]),
    ("游客涌入临泽丹霞景区。", (("临泽丹霞景区", "LOC"),), [("临泽", "LOC"), ("丹霞景区", "LOC")]),
])
def test_a_division_and_a_named_site_tagged_as_one_are_split(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    chains = rules.nlp.get_pipe("cnnews_loc_chains")
    assert ents(text, chains.apply(text, model(text, *pieces))) == expected


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("两地携手跨越山海，共谋发展。", (("山海", "LOC"),), []),
    ("推进河湖长制，守护一方江河。", (("河湖", "LOC"), ("江河", "LOC")), []),
    ("山海关迎来游客。", (("山海关", "LOC"),), [("山海关", "LOC")]),   # a place of its own
])
def test_a_common_noun_of_two_landform_words_is_no_place(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    kinds = rules.nlp.get_pipe("cnnews_loc_kinds")
    assert ents(text, kinds.apply(text, model(text, *pieces))) == expected


def test_a_place_and_a_venues_head_are_one_place(rules: Rules) -> None:
    chains = rules.nlp.get_pipe("cnnews_loc_chains")
    text = "游客走进临泽县博物馆参观。"
    found = chains.apply(text, model(text, ("临泽县", "LOC"), ("博物馆", "LOC")))
    assert ents(text, found) == [("临泽县博物馆", "LOC")]
    text = "临泽县、博物馆和学校。"
    found = chains.apply(text, model(text, ("临泽县", "LOC"), ("博物馆", "LOC")))
    assert ents(text, found) == [("临泽县", "LOC"), ("博物馆", "LOC")]


@pytest.mark.parametrize(("text", "expected"), [
    ("全长800公里的临札铁路穿越沙漠。", [("临札铁路", "LOC")]),
    ("收复了玛碌公路以北的广大农村。", [("玛碌公路", "LOC")]),
    ("这段高速公路今天通车。", []),            # 这段: no two ends' initials
    ("设备全自动高速运转。", []),              # 自动: a word
])
def test_a_route_named_by_its_ends_first_characters_is_one_place(
        rules: Rules, text: str, expected: list[tuple[str, str]]) -> None:
    extents = rules.nlp.get_pipe("cnnews_loc_extents")
    assert ents(text, extents.apply(text, [])) == expected


def test_the_far_end_of_a_route_written_with_zhi_is_a_place_alone(rules: Rules) -> None:
    chains = rules.nlp.get_pipe("cnnews_loc_chains")
    text = "甘肃临泽至玛曲高速公路开工。"
    found = chains.apply(text, model(text, ("临泽", "LOC"), ("玛曲高速公路", "LOC")))
    assert ents(text, found) == [("临泽", "LOC"), ("玛曲", "LOC")]
    text = "从北京至玛曲高速公路。"  # no LOC before 至 here: left as found
    found = chains.apply(text, model(text, ("玛曲高速公路", "LOC")))
    assert ents(text, found) == [("玛曲高速公路", "LOC")]


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    ("黄河临泽段水质持续向好。", (("黄河", "LOC"), ("临泽", "LOC")), [("黄河", "LOC"), ("临泽段", "LOC")]),
    ("在临泽段家庄，村民忙春耕。", (("临泽", "LOC"),), [("临泽", "LOC")]),       # 段家庄: a village
    ("临泽段落分明。", (("临泽", "LOC"),), [("临泽", "LOC")]),                   # 段落: a word
])
def test_a_place_and_the_section_word_after_it_are_one_place(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    chains = rules.nlp.get_pipe("cnnews_loc_chains")
    assert ents(text, chains.apply(text, model(text, *pieces))) == expected


both_conventions = rules_per_convention(["东山县", "青河镇"], "李王张")


@pytest.mark.parametrize(("text", "name", "dropped"), [
    ("弘扬中华优秀传统文化。", "中华", True),
    ("实现中华民族伟大复兴。", "中华", True),
    ("中华人民共和国成立。", "中华人民共和国", False),
    ("中华大地春意盎然。", "中华", False),
])
def test_a_name_before_a_peoples_noun_is_no_place_under_the_project_convention(
        both_conventions: Rules, text: str, name: str, dropped: bool) -> None:
    kinds = both_conventions.nlp.get_pipe("cnnews_loc_kinds")
    got = ents(text, kinds.apply(text, model(text, (name, "LOC"))))
    assert got == ([] if dropped and not is_msra(both_conventions) else [(name, "LOC")])
