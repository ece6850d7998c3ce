"""MSRA dev error classes of round 8 (issue 11), on invented sentences: routes named by their
ends; each under MSRA's annotation convention and, where the rule is MSRA's only, the
project's."""

from __future__ import annotations

from rule_spans import ents, is_msra, model, rules_per_convention

from pipeline.nlp.components import Rules, build_rules
from pipeline.nlp.components.build import default_config
from pipeline.nlp.components.conventions import CONVENTIONS

rules = rules_per_convention(["东川市", "东川", "中国"], "李王张刘陈赵苗")


def test_railway_named_by_its_ends(rules: Rules) -> None:
    """A railway named by its ends' short forms, tagged in pieces (皖 / 赣 + 铁路), is one LOC
    under both conventions; under MSRA's a route + 高速 alone stays in pieces (MSRA leaves
    高速 out)."""
    t = "皖赣铁路的复线工程今年开工。"
    spans = model(t, ("皖", "LOC"), ("赣", "LOC"))
    assert ents(t, rules.apply(t, spans))[0] == ("皖赣铁路", "LOC")
    t = "皖赣高速客运专线正在论证。"
    spans = model(t, ("皖", "LOC"), ("赣", "LOC"))
    if is_msra(rules):
        assert ents(t, rules.apply(t, spans)) == [("皖", "LOC"), ("赣", "LOC")]


def test_region_tagged_whole_is_the_short_form(rules: Rules) -> None:
    """MSRA: a province's short form + a direction tagged whole (黔东南 of a sentence) is the
    short form alone; a province's own name (陕西) stays; the project's convention keeps the
    region whole."""
    t = "他在黔东南的大山里教了十年书。"
    got = ents(t, rules.apply(t, model(t, ("黔东南", "LOC"))))
    assert got == ([("黔", "LOC")] if is_msra(rules) else [("黔东南", "LOC")])
    t = "陕西的苹果今年丰收。"
    assert ents(t, rules.apply(t, model(t, ("陕西", "LOC")))) == [("陕西", "LOC")]


def test_org_written_with_a_word_msra_leaves_out(rules: Rules) -> None:
    """MSRA: the UN's assembly shortened (联大) is the UN's one-character ORG, an organization's
    troops (武警部队) the organization; a club's 部 + 队 (…俱乐部队员) is no troops; the
    project's convention keeps the spans."""
    t = "联大昨天审议了秘书长的报告。"
    got = ents(t, rules.apply(t, model(t, ("联大", "ORG"))))
    assert got == ([("联", "ORG")] if is_msra(rules) else [("联大", "ORG")])
    t = "当地武警部队连夜赶到现场。"
    got = ents(t, rules.apply(t, model(t, ("武警部队", "ORG"))))
    assert got == ([("武警", "ORG")] if is_msra(rules) else [("武警部队", "ORG")])
    t = "东川足球俱乐部队员今天报到。"
    got = ents(t, rules.apply(t, model(t, ("东川足球俱乐部队", "ORG"))))
    assert ("东川足球俱乐", "ORG") not in got


def test_number_ending_a_name(rules: Rules) -> None:
    """MSRA keeps a number inside a name (a moon: 木卫2); the project's convention cuts a bare
    number off a place (the next number's start)."""
    t = "探测器飞近木卫2时拍下了冰层。"
    got = ents(t, rules.apply(t, model(t, ("木卫2", "LOC"))))
    assert got == ([("木卫2", "LOC")] if is_msra(rules) else [("木卫", "LOC")])


def test_ranked_body_is_a_description(rules: Rules) -> None:
    """Under both conventions a rank inside an ORG (中国第三大银行) makes a description: the
    place before it stays a LOC, the rest is no ORG."""
    t = "这家银行已成为中国第三大银行。"
    got = ents(t, rules.apply(t, model(t, ("中国第三大银行", "ORG"))))
    assert got == [("中国", "LOC")]
    t = "国家第二大学生运动会昨天开幕。"  # 大学: not a rank
    got = ents(t, rules.apply(t, model(t, ("国家第二大学", "ORG"))))
    assert got != [("国家", "LOC")]


def test_situation_ending_in_ju_is_no_bureau(rules: Rules) -> None:
    """Under both conventions an ORG ending in a word for a situation or a game (政局, 开局)
    is no bureau: the place before it stays a LOC; a bureau (邮政局) stays an ORG."""
    t = "中国政局稳定,经济持续增长。"
    assert ents(t, rules.apply(t, model(t, ("中国政局", "ORG")))) == [("中国", "LOC")]
    t = "东川市邮政局今天开通了新业务。"
    got = ents(t, rules.apply(t, model(t, ("东川市邮政局", "ORG"))))
    assert ("东川市邮政局", "ORG") in got


def test_words_msra_leaves_out_of_a_place(rules: Rules) -> None:
    """MSRA: a city written with 市 before 中心 (the city centre) is the city alone, and a place
    + 社区 the place; the project's convention keeps both spans."""
    t = "东川市中心新开了一家书店。"
    got = ents(t, rules.apply(t, model(t, ("东川市", "LOC"))))
    assert got == ([("东川", "LOC")] if is_msra(rules) else [("东川市", "LOC")])
    t = "东川社区体育搞得有声有色。"
    got = ents(t, rules.apply(t, model(t, ("东川社区", "LOC"))))
    assert got == ([("东川", "LOC")] if is_msra(rules) else [("东川社区", "LOC")])


def test_ruler_with_a_regnal_number_is_one_name() -> None:
    """Under both conventions a ruler's name with the regnal number after it (a PERSON of six
    characters) is one name, not cut into Chinese names (伊丽莎 / 白二世: the shipped surnames
    and name characters would cut it)."""
    t = "英国女王伊丽莎白二世出席了仪式。"
    for convention in CONVENTIONS:
        shipped = build_rules("", default_config(convention))
        got = ents(t, shipped.apply(t, model(t, ("伊丽莎白二世", "PERSON"))))
        assert ("伊丽莎白二世", "PERSON") in got


def test_count_measure_word_starts_no_place() -> None:
    """Under both conventions a count's measure word after a number (3000名|山区) starts no
    gazetteer name (名山区 is a district's name); the name elsewhere is still found."""
    for convention in CONVENTIONS:
        shipped = build_rules("", default_config(convention))
        t = "善款将资助3000名山区失学儿童。"
        assert ("名山区", "LOC") not in ents(t, shipped.apply(t, []))
        t = "他去了雅安市名山区。"
        assert ("名山区", "LOC") in ents(t, shipped.apply(t, []))


def test_kind_of_place_alone(rules: Rules) -> None:
    """MSRA: a word for a kind of place tagged alone (高新区) is no LOC; the project's convention
    keeps it."""
    t = "专家们认为,高新区要深化改革。"
    got = ents(t, rules.apply(t, model(t, ("高新区", "LOC"))))
    assert got == ([] if is_msra(rules) else [("高新区", "LOC")])


def test_province_team_keeps_its_org(rules: Rules) -> None:
    """MSRA: a gazetteer name the network tags ORG (a province's team in a draw) stays an ORG;
    the project's convention makes it the place's LOC."""
    t = "A组有东川、八一和前卫三支球队。"
    got = ents(t, rules.apply(t, model(t, ("东川", "ORG"))))
    assert got == ([("东川", "ORG")] if is_msra(rules) else [("东川", "LOC")])


def test_place_before_a_body_stays_apart(rules: Rules) -> None:
    """MSRA: a place the network tags before a school it tags stays a LOC of its own (东川市 /
    实验小学), while before an enterprise the two are one ORG; the project's convention joins
    both (the outermost organization)."""
    t = "东川市实验小学的学生参加了比赛。"
    got = ents(t, rules.apply(t, model(t, ("东川市", "LOC"), ("实验小学", "ORG"))))
    joined = [("东川市实验小学", "ORG")]
    assert got == ([("东川市", "LOC"), ("实验小学", "ORG")] if is_msra(rules) else joined)
    t = "东川市红星塑料厂生产的产品合格。"
    got = ents(t, rules.apply(t, model(t, ("东川市", "LOC"), ("红星塑料厂", "ORG"))))
    assert got == [("东川市红星塑料厂", "ORG")]


def test_country_and_a_kind_of_body(rules: Rules) -> None:
    """MSRA: a place the network tags alone, common words and a head after it (中国|独资公司) are
    a description: the place stays a LOC, no ORG; the project's convention makes it one ORG."""
    t = "许多中国独资公司都在扩大生产。"
    got = ents(t, rules.apply(t, model(t, ("中国", "LOC"))))
    assert got == ([("中国", "LOC")] if is_msra(rules) else [("中国独资公司", "ORG")])
