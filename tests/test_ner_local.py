"""Rules for local news (issue 11, round 6: the errors of the x-type raw-tune3 stories):
``cnnews_org_places`` (the places before a body named after its county or town), on invented
news-style sentences, under both annotation conventions."""

from __future__ import annotations

from rule_spans import ents, is_msra, model, rules_per_convention

from pipeline.nlp.components import Rules
from pipeline.nlp.components.conventions import CONVENTIONS

GAZETTEER = ("浙江省", "温州市", "瑞安市", "四川省", "绵阳市", "三台县", "芦溪镇", "山东省",
             "潍坊市")


rules = rules_per_convention(GAZETTEER, "李王张库")


def test_places_before_a_body_named_after_its_county(rules: Rules) -> None:
    """浙江省温州瑞安市人民医院: the province and the city's short form are places of their own,
    the hospital keeps its city (the gold convention); MSRA keeps one ORG."""
    t = "浙江省温州瑞安市人民医院开设夜间门诊。"
    got = ents(t, rules.apply(t, model(t, ("浙江省温州瑞安市人民医院", "ORG"))))
    if is_msra(rules):
        assert got == [("浙江省温州瑞安市人民医院", "ORG")]
    else:
        assert got == [("浙江省", "LOC"), ("温州", "LOC"), ("瑞安市人民医院", "ORG")]


def test_a_county_court_and_a_town_school(rules: Rules) -> None:
    t = "四川省绵阳市三台县人民法院与三台县芦溪镇中心小学开展普法活动。"
    spans = model(t, ("四川省绵阳市三台县人民法院", "ORG"), ("三台县芦溪镇中心小学", "ORG"))
    got = ents(t, rules.apply(t, spans))
    if not is_msra(rules):
        assert got == [("四川省", "LOC"), ("绵阳市", "LOC"), ("三台县人民法院", "ORG"),
                       ("三台县", "LOC"), ("芦溪镇中心小学", "ORG")]


def test_a_community_party_branch_after_its_town(rules: Rules) -> None:
    """A community the gazetteer lacks (two characters of a name and 社区) is the last place."""
    t = "芦溪镇石桥社区党支部组织党员巡查河堤。"
    got = ents(t, rules.apply(t, model(t, ("芦溪镇石桥社区党支部", "ORG"))))
    if not is_msra(rules):
        assert got == [("芦溪镇", "LOC"), ("石桥社区党支部", "ORG")]


def test_one_leading_place_stays_in_the_body(rules: Rules) -> None:
    """A body with one place before it keeps it (山东省委组织部, 潍坊市公安局…派出所), and a
    place alone before a party committee's suffix is the body's name (山东省潍坊市委)."""
    t = "山东省委组织部、潍坊市公安局芦溪镇派出所和山东省潍坊市委有关负责同志参加。"
    spans = model(t, ("山东省委组织部", "ORG"), ("潍坊市公安局芦溪镇派出所", "ORG"),
                  ("山东省潍坊市委", "ORG"))
    got = ents(t, rules.apply(t, spans))
    assert got[:2] == [("山东省委组织部", "ORG"), ("潍坊市公安局芦溪镇派出所", "ORG")]
    if not is_msra(rules):
        assert got[2:] == [("山东省", "LOC"), ("潍坊市委", "ORG")]


def test_a_region_tagged_in_pieces_is_one_place(rules: Rules) -> None:
    """黄 / 淮海 of 黄淮海 (``ner_macro_regions``): one LOC; with 地区 after it, one LOC with
    地区, also where nothing was tagged (the gold convention; MSRA leaves 地区 out)."""
    t = "黄淮海部分地区持续干旱,华北地区和东北地区降雨偏少。"
    spans = model(t, ("黄", "LOC"), ("淮海", "LOC"), ("东北", "LOC"))
    got = ents(t, rules.apply(t, spans))
    if is_msra(rules):
        assert got == [("黄", "LOC"), ("淮海", "LOC"), ("东北", "LOC")]
    else:
        assert got == [("黄淮海", "LOC"), ("华北地区", "LOC"), ("东北地区", "LOC")]


def test_a_longer_name_or_another_entity_keeps_its_span(rules: Rules) -> None:
    t = "东北亚局势和中部战区部队,东北师范大学的学生。"
    spans = model(t, ("东北亚", "LOC"), ("中部战区", "ORG"), ("东北师范大学", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [
        ("东北亚", "LOC"), ("中部战区", "ORG"), ("东北师范大学", "ORG")]


def test_words_that_end_a_place_name(rules: Rules) -> None:
    """黄河|中下游, 淮河|流域, 库布其|沙漠, 济广|高速, …|灌区: one LOC under the project's
    convention; 高速公路 and 高速发展 are other words."""
    t = "为缓解长江中下游旱情,淮河流域各灌区开闸,库布其沙漠治沙,济广高速改扩建,沿线高速发展。"
    spans = model(t, ("长江", "LOC"), ("淮河", "LOC"), ("库布其", "LOC"), ("济广", "LOC"))
    got = ents(t, rules.apply(t, spans))
    if is_msra(rules):
        assert got == [("长江", "LOC"), ("淮河", "LOC"), ("库布其", "LOC"), ("济广", "LOC")]
    else:
        assert got == [("长江中下游", "LOC"), ("淮河流域", "LOC"), ("库布其沙漠", "LOC"),
                       ("济广高速", "LOC")]
    t = "河北高速公路和内蒙古高速发展。"
    spans = model(t, ("河北", "LOC"), ("内蒙古", "LOC"))
    assert ents(t, rules.apply(t, spans)) == [("河北", "LOC"), ("内蒙古", "LOC")]


def test_a_city_and_its_station(rules: Rules) -> None:
    t = "旅客乘坐大巴抵达上海虹桥站。"
    got = ents(t, rules.apply(t, model(t, ("上海", "LOC"), ("虹桥站", "LOC"))))
    if not is_msra(rules):
        assert got == [("上海虹桥站", "LOC")]


def test_a_numbered_flood_is_no_address(rules: Rules) -> None:
    """1号洪水, 第2号洪峰: a flood's serial number, not a house number (no place 洪水, no
    clause between two numbers taken for a name)."""
    t = "北江出现今年第1号洪水,西江第2号洪峰过境后水位回落。"
    spans = model(t, ("北江", "LOC"), ("西江", "LOC"))
    got = ents(t, rules.apply(t, spans))
    assert got == [("北江", "LOC"), ("西江", "LOC")]


def test_a_city_named_with_zhou_before_its_town(rules: Rules) -> None:
    """苏州木渎镇 -> 苏州 / 木渎镇: a two-character city name ending in 州 is a name (not a
    suffixed division), so it is split off as a short form."""
    t = "在苏州木渎镇,游客沿古运河漫步。"
    assert ents(t, rules.apply(t, model(t, ("苏州木渎镇", "LOC")))) == [
        ("苏州", "LOC"), ("木渎镇", "LOC")]


def test_an_idiom_or_a_bare_clinic_is_no_organization(rules: Rules) -> None:
    """众志成城 (a four-character common word of jieba's dictionary, not two words, with no
    organization head) and 卫生院 alone (``ner_generic_orgs``) are no ORG; 经济日报 (two words)
    and 交警支队 stay."""
    t = "各方众志成城,卫生院开设门诊,经济日报和交警支队报道。"
    spans = model(t, ("众志成城", "ORG"), ("卫生院", "ORG"), ("经济日报", "ORG"),
                  ("交警支队", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("经济日报", "ORG"), ("交警支队", "ORG")]


def test_water_works_named_before_their_suffix(rules: Rules) -> None:
    """A bare name of up to three characters before 水库 / 水利枢纽 / 航电枢纽 is a place."""
    t = "三门峡水利枢纽开闸泄洪,丹江口水库水位回落。"
    got = ents(t, rules.apply(t, []))
    assert ("三门峡水利枢纽", "LOC") in got and ("丹江口水库", "LOC") in got


def test_an_open_university_is_named_by_its_place(rules: Rules) -> None:
    t = "江西开放大学今年面向基层干部开设专科班。"
    assert ("江西开放大学", "ORG") in ents(t, rules.apply(t, model(t, ("江西", "LOC"))))


def test_a_historic_district_and_a_bare_old_town(rules: Rules) -> None:
    """…历史文化街区 after a bare name is a place; 古镇 alone is a kind of place, no name."""
    t = "游客来到平江路历史文化街区,古镇上游人如织。"
    got = ents(t, rules.apply(t, model(t, ("古镇", "LOC"))))
    assert got == [("平江路历史文化街区", "LOC")]


def test_a_place_named_after_a_family_is_no_person(rules: Rules) -> None:
    """郭家庄 tagged PERSON: surname + 家 + a village's ending is a place (MSRA: 63 LOC, 0 PER);
    a name with 家 in the middle otherwise stays a person (李家强)."""
    t = "郭家庄的古窑址由李家强一家守护。"
    spans = model(t, ("郭家庄", "PERSON"), ("李家强", "PERSON"))
    assert ents(t, rules.apply(t, spans)) == [("郭家庄", "LOC"), ("李家强", "PERSON")]


def test_a_number_or_a_size_before_a_reservoir_is_no_name(rules: Rules) -> None:
    t = "全省40余座水库超过汛限水位,中小水库加强巡查,预计10月水库下闸。"
    assert [n for n, label in ents(t, rules.apply(t, [])) if label == "LOC"] == []


def test_a_direction_with_bu_is_no_region(rules: Rules) -> None:
    """叙|西北部: the part of a place (西 tagged alone) is not joined into the region 西北."""
    t = "冲突集中在叙西北部的山区。"
    got = ents(t, rules.apply(t, model(t, ("叙", "LOC"), ("西", "LOC"))))
    assert ("西北", "LOC") not in got


def test_a_department_with_cun_in_a_word_holds_no_village(rules: Rules) -> None:
    """湖南省农业农村厅: 村 is part of 农村, so no village stands before the body: one ORG."""
    t = "浙江省农业农村厅组织专家指导春耕。"
    assert ents(t, rules.apply(t, model(t, ("浙江省农业农村厅", "ORG")))) == [
        ("浙江省农业农村厅", "ORG")]


def test_a_province_before_a_citys_station_stays_a_chain(rules: Rules) -> None:
    t = "列车从安徽池州站发出,今年首次水库检查完成。"
    got = ents(t, rules.apply(t, model(t, ("安徽", "LOC"), ("池州站", "LOC"))))
    assert got == [("安徽", "LOC"), ("池州站", "LOC")]


def test_a_name_before_an_address_form_is_a_person(rules: Rules) -> None:
    """库尔班 (jieba nrt) tagged LOC before 大叔 is a PERSON; 日本 before 大叔 stays a place."""
    t = "库尔班大叔笑着说,日本大叔也来了。"
    spans = model(t, ("库尔班", "LOC"), ("日本", "LOC"))
    assert ents(t, rules.apply(t, spans)) == [("库尔班", "PERSON"), ("日本", "LOC")]


def test_every_convention_has_its_chain_of_places() -> None:
    """``cnnews_org_places`` reads what makes a chain of places from its convention's entry."""
    from pipeline.nlp.components.org_places import CHAINS

    assert set(CHAINS) == set(CONVENTIONS)
