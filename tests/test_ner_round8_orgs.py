"""Rules from the round-8 ORG review of unannotated x-like stories (issue 11: organization error
classes that recurred), on invented news sentences, under both annotation conventions."""

from __future__ import annotations

import pytest
from rule_spans import ents, is_msra, model, rules_per_convention

from pipeline.nlp.components import Rules

rules = rules_per_convention(["东山县", "青河市"], "李王张")


@pytest.mark.parametrize(("text", "unit"), [
    ("在党员抢险突击小队的带领下，群众转移到安置点。", "党员抢险突击小队"),
    ("他还是应急救援队潜水分队的教练。", "应急救援队潜水分队"),
    ("巡逻大队连夜排查隐患。", "巡逻大队"),
    ("民兵应急中队赶到堤坝。", "民兵应急中队"),
])
def test_a_sub_unit_named_by_common_words_is_no_organization(
        rules: Rules, text: str, unit: str) -> None:
    assert ents(text, rules.apply(text, model(text, (unit, "ORG")))) == []


@pytest.mark.parametrize(("text", "unit"), [
    ("东山县消防救援大队连夜排查隐患。", "东山县消防救援大队"),     # a place's unit
    ("星火蓝天救援队潜水分队出动。", "星火蓝天救援队潜水分队"),     # a named team's
    ("中央宣讲团第一小队抵达。", "中央宣讲团第一小队"),               # national, numbered
    ("国家应急救援大队出发。", "国家应急救援大队"),                   # a national body's
])
def test_a_sub_unit_with_a_name_stays(rules: Rules, text: str, unit: str) -> None:
    assert (unit, "ORG") in ents(text, rules.apply(text, model(text, (unit, "ORG"))))


@pytest.mark.parametrize(("text", "cut"), [
    ("《新闻联播》播出了专题节目。", "新闻联"),
    ("节目组在《新闻联播》中播出了这条消息。", "新闻联"),
])
def test_an_organization_cut_inside_a_programmes_name_is_dropped(
        rules: Rules, text: str, cut: str) -> None:
    assert ents(text, rules.apply(text, model(text, (cut, "ORG")))) == []


@pytest.mark.parametrize(("text", "org"), [
    ("国家电网公司发布通知。", "国家电网公司"),   # ends in a head
    ("青河市委召开会议。", "青河市委"),
    ("南方电网组织抢修队伍。", "南方电网"),      # the whole name, no word crossed
])
def test_an_organization_ending_on_a_word_boundary_stays(
        rules: Rules, text: str, org: str) -> None:
    assert (org, "ORG") in ents(text, rules.apply(text, model(text, (org, "ORG"))))


@pytest.mark.parametrize(("text", "slogan"), [
    ("强产业惠民生 各地重点工程加快推进", "强产业惠民生"),
    ("【奋斗者】张明:扎根乡土 科技兴农 李华:守护一方", "科技兴农"),
])
def test_a_whole_piece_of_a_headline_without_a_head_is_a_slogan(
        rules: Rules, text: str, slogan: str) -> None:
    assert (slogan, "ORG") not in ents(text, rules.apply(text, model(text, (slogan, "ORG"))))


@pytest.mark.parametrize(("text", "org"), [
    ("中共中央 国务院印发《实施意见》", "中共中央"),          # a name of jieba's dictionary
    ("青河市应急管理局 发布防汛预警", "青河市应急管理局"),    # ends in its head
    ("世卫组织:全球疫情仍在持续", "世卫组织"),
    ("强产业惠民生促进会召开年会", "强产业惠民生促进会"),     # not a whole piece
])
def test_an_organization_filling_a_piece_of_a_headline_stays(
        rules: Rules, text: str, org: str) -> None:
    assert (org, "ORG") in ents(text, rules.apply(text, model(text, (org, "ORG"))))


def test_a_common_word_ending_in_the_head_of_a_bureau_is_no_bureau(rules: Rules) -> None:
    text = "东山县布局发展新能源产业。"
    assert ents(text, rules.apply(text, [])) == [("东山县", "LOC")]



@pytest.mark.parametrize(("text", "body", "whole"), [
    ("贯彻落实二十届中央纪委三次全会部署。", "中央纪委", "二十届中央纪委"),
    ("他曾任第十届全国人大代表。", "全国人大", "第十届全国人大"),
    ("十九届中共中央政治局召开会议。", "中共中央政治局", "十九届中共中央政治局"),
])
def test_a_central_bodys_numbered_term_is_part_of_its_name(
        rules: Rules, text: str, body: str, whole: str) -> None:
    assert ents(text, rules.apply(text, model(text, (body, "ORG")))) == [(whole, "ORG")]


def test_a_term_before_another_body_stays_out(rules: Rules) -> None:
    text = "第八届东山论坛理事会开幕。"
    assert ents(text, rules.apply(text, model(text, ("东山论坛理事会", "ORG")))) == [
        ("东山论坛理事会", "ORG")]


def test_the_new_term_is_no_ordinal(rules: Rules) -> None:
    text = "做好新一届中央审计委员会工作。"
    assert ents(text, rules.apply(text, model(text, ("中央审计委员会", "ORG")))) == [
        ("中央审计委员会", "ORG")]


@pytest.mark.parametrize(("text", "org", "kept"), [
    ("患者由龙头医院专家诊治。", "龙头医院", False),    # a kind of hospital
    ("东山县人民医院派出专家。", "东山县人民医院", True),  # a hospital with its place
])
def test_a_hospital_named_by_one_common_noun_is_a_kind(
        rules: Rules, text: str, org: str, kept: bool) -> None:
    from pipeline.nlp.components.hygiene import clean_model_spans

    spans = clean_model_spans(text, model(text, (org, "ORG")))
    assert ((org, "ORG") in ents(text, rules.apply(text, spans))) is kept


@pytest.mark.parametrize(("text", "org", "expected"), [
    # a province, then a county by its short form, then the body: the county stays in it
    ("浙江德清县城建集团承建项目。", "浙江德清县城建集团", None),  # full name: org_places' case
    ("在浙江德清农村产权交易中心办理手续。", "浙江德清农村产权交易中心",
     [("浙江", "LOC"), ("德清农村产权交易中心", "ORG")]),
    # nothing after the places: they are all places
    ("在浙江德清，学校设立科技辅导员。", "浙江德清", [("浙江", "LOC"), ("德清", "LOC")]),
    # a village after a county closes the chain
    ("安吉大余村建设小组正在运转。", "安吉大余村建设小组", [("安吉", "LOC"), ("大余村建设小组", "ORG")]),
])
def test_places_in_a_row_before_a_body_are_split_off(
        rules: Rules, text: str, org: str, expected: list[tuple[str, str]] | None) -> None:
    got = ents(text, rules.apply(text, model(text, (org, "ORG"))))
    if is_msra(rules) or expected is None:
        assert ("浙江", "LOC") in got or (org, "ORG") in got  # MSRA: org_places' chains only
    else:
        assert got == expected


def test_a_village_after_a_city_closes_the_chain_before_its_party_committee(rules: Rules) -> None:
    text = "广东佛山石塘村党委组织村民。"
    got = ents(text, rules.apply(text, model(text, ("广东佛山石塘村党委", "ORG"))))
    if not is_msra(rules):
        assert got == [("广东", "LOC"), ("佛山", "LOC"), ("石塘村党委", "ORG")]
