"""Where organization and person names end (issue 11, round 5): ``cnnews_org_edges`` and the
title exception of ``cnnews_person_filter``, on invented news-style sentences, under both
annotation conventions."""

from __future__ import annotations

from rule_spans import ents, model, rules_per_convention

from pipeline.nlp.components import Rules

rules = rules_per_convention(["北京市"], "李王张")


def test_former_member_title_is_no_part_of_the_name(rules: Rules) -> None:
    """…公司原党委|书记: 原 and the party organ belong to the title; a party organ alone is no
    name. Without 原 the organ stays in the name (县农业农村局党组, the guidelines)."""
    t = "东方能源股份有限公司原党委书记、董事长李明,省林业局原党组成员王强"
    spans = model(t, ("东方能源股份有限公司原党委", "ORG"), ("李明", "PERSON"),
                  ("省林业局", "ORG"), ("党组", "ORG"), ("王强", "PERSON"))
    assert ents(t, rules.apply(t, spans)) == [
        ("东方能源股份有限公司", "ORG"), ("李明", "PERSON"), ("省林业局", "ORG"), ("王强", "PERSON")]
    t = "县农业农村局党组成员张华出席。"
    got = ents(t, rules.apply(t, model(t, ("县农业农村局党组", "ORG"), ("张华", "PERSON"))))
    assert got == [("县农业农村局党组", "ORG"), ("张华", "PERSON")]


def test_two_national_bodies_written_together(rules: Rules) -> None:
    t = "日前,中央纪委国家监委公开通报了一批典型问题。"
    assert ents(t, rules.apply(t, model(t, ("中央纪委国家监委", "ORG")))) == [
        ("中央纪委", "ORG"), ("国家监委", "ORG")]


def test_document_title_keeps_the_body_it_names(rules: Rules) -> None:
    """A regulation's title tagged ORG: the party (jieba nt) is the ORG; 《…法》 keeps its
    country as a LOC; 最高法 (no 《) is a court and stays."""
    t = "依据《中国共产党纪律处分条例》《中华人民共和国监察法》等规定,报最高法审议。"
    spans = model(t, ("中国共产党纪律处分条例", "ORG"), ("中华人民共和国监察法", "ORG"),
                  ("最高法", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [
        ("中国共产党", "ORG"), ("中华人民共和国", "LOC"), ("最高法", "ORG")]


def test_session_and_member_titles_end_the_body(rules: Rules) -> None:
    """全国政协|十四届二次会议主席团, 中央政治局|常委; 第二十届|中央候补委员 is a title alone;
    政治局常委会 is a body."""
    t = "全国政协十四届二次会议主席团常务主席出席,新一届中央政治局常委同记者见面。"
    spans = model(t, ("全国政协十四届二次会议主席团", "ORG"), ("中央政治局常委", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("全国政协", "ORG"), ("中央政治局", "ORG")]
    t = "对第二十届中央候补委员立案审查,中央政治局常委会召开会议。"
    spans = model(t, ("第二十届中央", "ORG"), ("中央政治局常委会", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("中央政治局常委会", "ORG")]


def test_studied_congress_before_a_body(rules: Rules) -> None:
    t = "学习贯彻党的二十大精神中央宣讲团成员在高校宣讲。"
    assert ents(t, rules.apply(t, model(t, ("二十大精神中央宣讲团", "ORG")))) == [
        ("中央宣讲团", "ORG")]


def test_org_running_into_a_rank(rules: Rules) -> None:
    """…体育厅二级巡|视员: the name ends at its head; 亚太经合组|织 is no head's end."""
    t = "某省文化和旅游厅二级巡视员张华,亚太经合组织成员通过了声明。"
    spans = model(t, ("某省文化和旅游厅二级巡", "ORG"), ("张华", "PERSON"), ("亚太经合组织", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [
        ("某省文化和旅游厅", "ORG"), ("张华", "PERSON"), ("亚太经合组织", "ORG")]


def test_fields_joined_by_and_make_one_committee(rules: Rules) -> None:
    """全国人大 + 宪法和 + 法律委员会 is one name; a title (主席和) or a proper noun (甲方与|泰和…)
    joins nothing."""
    t = "会议听取了全国人大宪法和法律委员会的报告。"
    spans = model(t, ("全国人大", "ORG"), ("法律委员会", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("全国人大宪法和法律委员会", "ORG")]
    t = "核查委员会主席和特委会检查小组负责人作了汇报。"
    spans = model(t, ("核查委员会", "ORG"), ("特委会检查小组", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("核查委员会", "ORG"), ("特委会检查小组", "ORG")]


def test_word_after_a_name_and_strong_heads(rules: Rules) -> None:
    """李明作|的, 王强案: the two-character name; a LOC ending in 学院 is an ORG."""
    t = "会议听取了秘书长李明作的汇报,王强案已移送,江北社区干部学院开班。"
    spans = model(t, ("李明作", "PERSON"), ("王强案", "PERSON"), ("江北社区干部学院", "LOC"))
    assert ents(t, rules.apply(t, spans)) == [
        ("李明", "PERSON"), ("王强", "PERSON"), ("江北社区干部学院", "ORG")]


def test_title_vouches_for_a_name_without_a_known_surname(rules: Rules) -> None:
    """娄 is no surname of the test's list: after a title a three-character name stays, unless
    its first two characters are a word (党员先锋岗)."""
    t = "外事委员会主任委员娄勤新出席,党员先锋岗设在村口。"
    spans = model(t, ("娄勤新", "PERSON"), ("先锋岗", "PERSON"))
    assert ents(t, rules.apply(t, spans)) == [("娄勤新", "PERSON")]


def test_org_ending_inside_a_longer_head(rules: Rules) -> None:
    """…第99集团|军战士: the head 集团军, where a word starts after it; 集团|军品 stays. The
    theatre command before the formation is part of its name (DEV-SET x2)."""
    t = "东部战区陆军第99集团军战士连夜抢修,某科技集团军品销售线开工。"
    spans = model(t, ("陆军第99集团", "ORG"), ("某科技集团", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("东部战区陆军第99集团军", "ORG"),
                                              ("某科技集团", "ORG")]


def test_document_title_heads(rules: Rules) -> None:
    """…管理|办法: the lead ends before the document's head (办 is an organization head); a
    place leading the title is a LOC; 国际航标组织|公约: a name ending in 组织 is the lead, not
    …组|织."""
    t = "《海南自由贸易港船舶通航管理办法》施行,加入《国际航标组织公约》。"
    spans = model(t, ("海南自由贸易港船舶通航管理办法", "ORG"), ("国际航标组织公约", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("海南", "LOC"), ("国际航标组织", "ORG")]


def test_hospital_ship_is_no_hospital(rules: Rules) -> None:
    t = "“和平方舟”号医院船抵达港口,江北社区干部学院开班。"
    spans = model(t, ("“和平方舟”号医院", "LOC"), ("江北社区干部学院", "LOC"))
    assert ents(t, rules.apply(t, spans)) == [
        ("“和平方舟”号医院", "LOC"), ("江北社区干部学院", "ORG")]


def test_title_after_a_name_introduces_none(rules: Rules) -> None:
    """李明同志|光辉的一生: 同志 follows the name; it is no title before 光辉."""
    t = "缅怀了李明同志光辉的一生。"
    assert ents(t, rules.apply(t, model(t, ("李明", "PERSON")))) == [("李明", "PERSON")]


def test_village_of_three_characters_is_a_place(rules: Rules) -> None:
    t = "近年来,王庄村人居环境大为改善。"
    assert ents(t, rules.apply(t, model(t, ("王庄村", "PERSON")))) == [("王庄村", "LOC")]


def test_house_number_before_an_idiom_is_no_address(rules: Rules) -> None:
    t = "上午,干部学院2号教学楼教室内座无虚席。"
    assert ("教学楼教室内座无虚席", "LOC") not in ents(t, rules.apply(t, []))


def test_players_numbers_before_their_names_are_no_addresses(rules: Rules) -> None:
    """队员4号李某明、5号王某: a shirt number and a name is no address (the names stay PERSON,
    队员 no place); a list with a street before its numbers still is one."""
    t = "队员4号李某明、5号王某、6号张某某出场。"
    spans = model(t, ("李某明", "PERSON"), ("王某", "PERSON"), ("张某某", "PERSON"))
    assert ents(t, rules.apply(t, spans)) == [
        ("李某明", "PERSON"), ("王某", "PERSON"), ("张某某", "PERSON")]
    t = "解放路8号王某府、9号李家巷"
    got = ents(t, rules.apply(t, []))
    assert ("解放路", "LOC") in got and ("王某府", "LOC") in got
    assert any(name.endswith("李家巷") and label == "LOC" for name, label in got)


def test_two_bodies_joined_by_and_stay_two(rules: Rules) -> None:
    t = "召开中央政治局常委会会议和中央政治局会议。"
    spans = model(t, ("中央政治局常委会", "ORG"), ("中央政治局", "ORG"))
    assert ents(t, rules.apply(t, spans)) == [("中央政治局常委会", "ORG"), ("中央政治局", "ORG")]
