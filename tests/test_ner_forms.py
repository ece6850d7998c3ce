"""Written forms of names (issue 11): ``cnnews_org_forms``, ``cnnews_regions`` and the LOC suffix lists,
on invented news-style sentences, under both annotation conventions where they agree."""

from __future__ import annotations

from rule_spans import ents, model, rules_per_convention

from pipeline.nlp.components import Rules, build_rules

rules = rules_per_convention(["北京市"], "李王", named=True)


def test_short_form_in_brackets(rules: tuple[str, Rules]) -> None:
    """A full name and its short form in brackets are two ORG, whether the network tagged the
    pair as one span (without its closing bracket) or the full name alone."""
    _, r = rules
    t = "10日,东南亚国家联盟(东盟)秘书处发表声明说,会议将于下月举行。"
    got = ents(t, r.apply(t, model(t, ("东南亚国家联盟(东盟", "ORG"))))
    assert got == [("东南亚国家联盟", "ORG"), ("东盟", "ORG")]
    got = ents(t, r.apply(t, model(t, ("东南亚国家联盟", "ORG"))))
    assert got == [("东南亚国家联盟", "ORG"), ("东盟", "ORG")]


def test_bracket_that_is_no_short_form(rules: tuple[str, Rules]) -> None:
    """A common word or a count in brackets after a name is no short form (乡镇, 3个), nor a
    name that takes no character from the one before it (an acronym of a craft)."""
    _, r = rules
    t = "两国联合研制的太阳观测卫星(SOHO)近日失去联系。"
    assert ents(t, r.apply(t, model(t, ("太阳观测卫星(SOHO", "ORG")))) == []
    t = "县农业农村局(乡镇)工作人员和县气象局(3个)站点的职工到场。"
    got = ents(t, r.apply(t, model(t, ("县农业农村局", "ORG"), ("县气象局", "ORG"))))
    assert got == [("县农业农村局", "ORG"), ("县气象局", "ORG")]


def test_coordinated_names_split(rules: tuple[str, Rules]) -> None:
    """Names coordinated with 、 in one span are split where each is whole: a shared start
    (江南日报、江南晚报) or an organization head before the 、 (省教育厅、省财政厅)."""
    _, r = rules
    t = "江南日报、江南晚报等媒体同步刊发,省教育厅、省财政厅联合发文。"
    got = ents(t, r.apply(t, model(t, ("江南日报、江南晚报", "ORG"),
                                   ("省教育厅、省财政厅", "ORG"))))
    assert got == [("江南日报", "ORG"), ("江南晚报", "ORG"), ("省教育厅", "ORG"),
                   ("省财政厅", "ORG")]


def test_names_sharing_a_head_stay_one(rules: tuple[str, Rules]) -> None:
    """墨西哥环境、自然资源和渔业部 is one ministry: the part before 、 is no whole name."""
    _, r = rules
    t = "墨西哥环境、自然资源和渔业部部长当天表示欢迎。"
    got = ents(t, r.apply(t, model(t, ("墨西哥环境、自然资源和渔业部", "ORG"))))
    assert got == [("墨西哥环境、自然资源和渔业部", "ORG")]


def test_craft_is_no_organization(rules: tuple[str, Rules]) -> None:
    """天舟九号货运飞船, 神舟二十号航天员乘组: a craft or its crew, not an organization."""
    _, r = rules
    t = "天舟九号货运飞船与空间站完成对接,神舟二十号航天员乘组进入货运飞船。"
    got = ents(t, r.apply(t, model(t, ("天舟九号货运飞船", "ORG"),
                                   ("神舟二十号航天员乘组", "ORG"))))
    assert got == []


def test_museum_is_a_place_in_the_project_convention(rules: tuple[str, Rules]) -> None:
    """The guidelines make museums places; MSRA tags 博物院 as ORG (its convention keeps it)."""
    convention, r = rules
    t = "参观者在南州博物院欣赏青铜器,随后前往南州市革命纪念馆。"
    got = ents(t, r.apply(t, model(t, ("南州博物院", "ORG"), ("南州市革命纪念馆", "ORG"))))
    label = "ORG" if convention == "msra" else "LOC"
    assert got == [("南州博物院", label), ("南州市革命纪念馆", label)]


def test_concept_is_no_organization(rules: tuple[str, Rules]) -> None:
    """人类命运共同体 is a slogan; 西非国家经济共同体 an organization."""
    _, r = rules
    t = "双方同意携手构建人类命运共同体,并支持西非国家经济共同体发挥作用。"
    got = ents(t, r.apply(t, model(t, ("人类命运共同体", "ORG"), ("西非国家经济共同体", "ORG"))))
    assert got == [("西非国家经济共同体", "ORG")]


def test_numbered_congress_is_an_event(rules: tuple[str, Rules]) -> None:
    """二十大 and 二十届三中全会 are events in the gold convention (the party's name in them
    stays an ORG); MSRA tags congresses, and only a span cut inside 全会 goes there."""
    convention, r = rules
    t = "会议传达学习党的二十大精神和中共二十届三中全会精神。"
    got = ents(t, r.apply(t, model(t, ("二十大", "ORG"), ("中共二十届三中", "ORG"))))
    if convention == "msra":
        assert got == [("二十大", "ORG"), ("中共", "ORG")]
    else:
        assert got == [("中共", "ORG")]


def test_place_before_a_national_body(rules: tuple[str, Rules]) -> None:
    """在京中共中央政治局委员: 京 is where the members are, not part of the body's name; a
    ministry a country owns keeps its country (美国务院)."""
    _, r = rules
    t = "在京中共中央政治局委员出席大会,美国务院发言人表示关切。"
    got = ents(t, r.apply(t, model(t, ("京中共中央政治局", "ORG"), ("美国务院", "ORG"))))
    assert got == [("京", "LOC"), ("中共中央政治局", "ORG"), ("美国务院", "ORG")]


def test_army_named_by_its_country(rules: tuple[str, Rules]) -> None:
    """俄军 is Russia's army: 俄 is a LOC (MSRA: 美军 -> 美); 海军 is a kind of force."""
    _, r = rules
    t = "俄军当天袭击了乌军指挥所,海军舰艇随后返航。"
    got = ents(t, r.apply(t, model(t, ("俄军", "ORG"), ("乌军指挥所", "ORG"), ("海军", "ORG"))))
    assert got == [("俄", "LOC"), ("乌", "LOC"), ("海军", "ORG")]


def test_indefinite_description_is_no_name(rules: tuple[str, Rules]) -> None:
    """广州一家化工厂 is "a chemical plant in Guangzhou": the place stays, no ORG."""
    _, r = rules
    t = "上月底,广州一家化工厂发生火灾,当地首个应急管理服务站随即出动。"
    got = ents(t, r.apply(t, model(t, ("广州一家化工厂", "ORG"), ("当地首个应急管理服务站", "ORG"))))
    assert got == [("广州", "LOC")]


def test_name_after_with(rules: tuple[str, Rules]) -> None:
    """北京同南方大学理事会: "in Beijing, with the council of …"; a company whose name holds
    同 keeps it (同创置业)."""
    _, r = rules
    t = "他在北京同南方大学理事会成员座谈,随后考察了重庆同创置业。"
    got = ents(t, r.apply(t, model(t, ("北京同南方大学理事会", "ORG"), ("重庆同创置业", "ORG"))))
    assert got == [("北京", "LOC"), ("南方大学理事会", "ORG"), ("重庆同创置业", "ORG")]


def test_region_of_a_province(rules: tuple[str, Rules]) -> None:
    """滇 + 东南 is one region under the project convention (MSRA dev tags 豫 of 豫东 alone);
    苏中两国 names two parties; 新中国 is a word."""
    convention, r = rules
    t = "滇东南和陕北等地出现降雨,苏中两国关系良好,新中国成立以来。"
    got = ents(t, r.apply(t, model(t, ("滇", "LOC"), ("陕", "LOC"), ("苏", "LOC"), ("中", "LOC"),
                                   ("新", "LOC"))))
    joined = [("滇东南", "LOC"), ("陕北", "LOC")]
    split = [("滇", "LOC"), ("陕", "LOC")]
    assert got == [*(split if convention == "msra" else joined), ("苏", "LOC"), ("中", "LOC"),
                   ("新", "LOC")]


def test_transport_service_is_no_place(rules: tuple[str, Rules]) -> None:
    """中欧班列 is a train service: 中 / 欧 are places, 欧班列 is no LOC."""
    _, r = rules
    t = "满载货物的中欧班列从这里出发。"
    assert ents(t, r.apply(t, model(t, ("中", "LOC"), ("欧班列", "LOC")))) == [
        ("中", "LOC"), ("欧", "LOC")]


def test_strip_of_land_and_a_way_of_doing(rules: tuple[str, Rules]) -> None:
    """加沙 + 地带 is one place (the whole name with its suffix); 绿色发展之路 in a list is a
    way of doing things, no street."""
    _, r = rules
    t = "以军当天打击加沙地带一处目标。"
    assert ents(t, r.apply(t, model(t, ("加沙", "LOC")))) == [("加沙地带", "LOC")]
    t = "坚定不移走生态优先、绿色发展之路。"
    assert ents(t, r.apply(t, [])) == []


def test_title_after_a_number_is_a_measure_word() -> None:
    """1794部长片: 部 counts the films, and 部长 is no title before a name (the shipped
    surnames hold 片)."""
    r = build_rules()
    t = "电影节收到1794部长片报名。"
    assert ents(t, r.apply(t, [])) == []
