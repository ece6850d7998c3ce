"""A count in an object's place takes the words from its measure to the clause's end as its
object where they end in the head of an institution, area or technique name, a verb inside the
name included (quantities/head_compounds.py); a count after a pivot verb, or one followed by a
noun that is no name head, keeps the object read before. Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after a verb: a verb inside a hospital's name
        ("全省已统筹调配20家县级定点救治医院，确保床位充足。", "20家", "县级定点救治医院"),
        # after 等: a verb inside a technique's name
        ("当地重点推广深松整地等8项关键抗旱增产技术，效果明显。", "8项", "关键抗旱增产技术"),
        # after a conjunction that follows another count
        ("全市已建成3个物流园区和12个乡镇集中收治医院，运转良好。", "12个", "乡镇集中收治医院"),
        # a verb between nouns before a result head (stats_institution_heads: 成果)
        ("去年全省复制推广86项港区物流制度创新成果。", "86项", "港区物流制度创新成果"),
        # a one-character verb jieba cut off between nouns, and a head it tags zg
        ("该省今年培育了15个玉米整建制单产提升县。", "15个", "玉米整建制单产提升县"),
        # a sum of money: what it is paid out as (stats_fund_heads), a verb inside the name
        ("该市向市民发放2.3亿元通用消费券。", "2.3亿元", "通用消费券"),
        ("商务部已下达超800亿元超长期特别国债，支持设备更新。", "超800亿元", "超长期特别国债"),
    ],
)
def test_head_compound_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun that names no institution after the verb: the verb is the predicate
        ("江苏发挥30个试点县引领带动作用。", "30个", "试点县"),
        # after the existential 有 the count is the subject of the verb after it
        ("截至目前，当地已有12个服务机构成为重点保护目标。", "12个", "服务机构"),
        # after a preposition the predicate follows the phrase
        ("我国对20个国家试行单方面免签政策，方便人员往来。", "20个", "国家"),
        # a verb of one character is a predicate
        ("他带着15个岗位信息到安置社区，帮助群众就业。", "15个", "岗位信息"),
        # a light verb after the count is its predicate
        ("应急管理厅共调派3架直升机开展空中救援任务，转运伤员。", "3架", "直升机"),
    ],
)
def test_head_compound_left_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_sum_before_no_fund_head_keeps_its_purpose_out() -> None:
    # a sum of money before a noun that names no fund: what the money is for is no name of it
    assert one("该县统筹安排6000万元用于乡村道路养护。", "6000万元").object != "用于乡村道路养护"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb between nouns before a compound head a few nouns on, then the predicate
        ("全县8处山区集中供水工程已经恢复运行。", "8处", "山区集中供水工程"),
        # a verb right before a team head (stats_compound_heads: 团队) inside the phrase
        ("区里组织了9家设计编制团队，深入各村调研。", "9家", "设计编制团队"),
        # workshops and systems a process names (round 20: 车间, 系统)
        ("全县共有20多个像这样的智能育秧车间，实现了自动化。", "20多个", "智能育秧车间"),
        ("该国已向邻国交付两套防空导弹系统。", "两套", "防空导弹系统"),
    ],
)
def test_verb_before_compound_head(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_verb_before_plain_noun_stays_predicate() -> None:
    # after a noun, a verb before a plain noun and no head is the predicate
    assert one("全省6个地区出现道路结冰，交通受阻。", "6个").object == "地区"


def test_verb_before_property_noun_is_the_predicate() -> None:
    # a verb before a noun of property (阶段性) opens its object: no name runs on to the head
    s = one("全省推进清洁能源保障等六大样板工程建设取得突破性成果。", "六大")
    assert not s.object.endswith("成果")


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of state before a noun describes it (stats_attributive_verbs: 受损, 受困)
        ("全市已抢通860公里受损道路。", "860公里", "受损道路"),
        ("消防部门共转移安置受困群众130名。", "130名", "受困群众"),
    ],
)
def test_state_verb_describes_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # two modifiers joined by a conjunction share the head after the second
        ("全省新建成了860公里城市及农村供水管网。", "860公里", "城市及农村供水管网"),
        ("今年暑期共上映12部国产及合作拍摄动画电影。", "12部", "国产及合作拍摄动画电影"),
        # two groups of people joined: the count is of both (80余名|党员干部和群众)
        ("当晚，该支队42名山地救援专业队员和保障人员连夜出发。", "42名", "山地救援专业队员和保障人员"),
        # a verb right after the conjunction opens a second predicate
        ("今年新建了3座水厂和改造供水管网，保障用水。", "3座", "水厂"),
        # a preposition (与/p), not a conjunction: the partner is no part of the object
        ("全县共有30个合作社与种植大户签约供货。", "30个", "合作社"),
        # a second count after the conjunction: each count has its own object
        ("全市已建成3个物流园区和12个乡镇集中收治医院，运转良好。", "3个", "物流园区"),
    ],
)
def test_joined_modifiers_share_the_head(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verbal noun opens a relative clause: the noun after its 的 is counted
        ("该市近日出台了25条优化消费环境的有力举措，回应企业关切。", "25条", "有力举措"),
        ("今年全省新建改造了400个标准化的“职工驿站”，方便户外劳动者。", "400个", "“职工驿站”"),
        # a phrase ending in a compound head is counted itself
        ("全县已建成36个服务中心的信息平台。", "36个", "服务中心"),
        # a verbal noun after the 的 names the activity of the things before it
        ("当地加快推进12个示范园区的建设，成效明显。", "12个", "示范园区"),
    ],
)
def test_verbal_noun_clause_before_de(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
