"""Objects of people counts (quantities/people_nouns.py, objects.object_after): a set phrase
jieba lists whole after the people counted is their predicate; a passive verb names the people
(被|扣押|人员); a verb before a noun naming people is part of their name (扑火|队员); a causative
verb of result (造成, 导致) before a bare people count gives way to the outcome after it
(stats_pivot_verbs). Sentences invented in the style of the 新闻联播 corpus; none is copied from
a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a set phrase after the people counted is their predicate
        ("春节以来，花卉基地的300多名产业工人加班加点采摘鲜花。", "300多名", "产业工人"),
        ("她把小区里八百多名党员、志愿者拧成一股绳。", "八百多名", "党员、志愿者"),
        # a noun after the people still names them
        ("活动现场，400名志愿者代表在广场宣誓。", "400名", "志愿者代表"),
        # the passive names the people
        ("按照协议，对方每天释放15名被扣押人员。", "15名", "被扣押人员"),
        ("救援队已从废墟中救出6名被困群众。", "6名", "被困群众"),
        # a verb before a noun naming people is part of their name
        ("全省有7.2万名地方专业扑火队员靠前驻防。", "7.2万名", "地方专业扑火队员"),
        # a causative verb of result gives way to the outcome after the people
        ("山火导致约4万人被迫撤离。", "约4万人", "撤离"),
        ("持续暴雨致使3000多人无家可归。", "3000多人", "无家可归"),
    ],
)
def test_people_count_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_scale_glued_to_noun() -> None:
    """jieba may glue the scale to the noun after it (2.6万|援边/n read as 2.6|万援边): the
    scaled count is still found, with the noun as its object."""
    st = one("十年来，全省先后选派9批2.6万援边干部。", "2.6万")
    assert st.object == "援边干部"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # jieba glues the list closer 等 to a name's last character: no noun, the people's verb
        ("据报道，武装头目卡隆加等5人被击毙。", "5人", "击毙"),
        ("当天，头目卡隆加等5人。", "5人", ""),
        # a verb of causing before the count: the outcome after it, not the cause before it
        ("强烈地震已致约2600人遇难。", "约2600人", "遇难"),
        ("山火迫使3万人紧急撤离。", "3万人", "撤离"),
        ("事故造成4名矿工受伤。", "4名", "矿工"),
    ],
)
def test_names_listed_before_count(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun modifier and 的 after a people measure: the people after the 的
        ("采购团由30多名龙头企业的负责人组成。", "30多名", "负责人"),
        ("他请来两位化学专业的博士组建团队。", "两位", "博士"),
        # a noun after the 的 that names no people leaves the object
        ("暴雨中，300名群众的生命安全受到威胁。", "300名", "群众"),
        # a modifier that names people already is the people counted
        ("大会确定了36位省直机关党员领导干部的代表候选人。", "36位", "省直机关党员领导干部"),
    ],
)
def test_people_after_modifier(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_predicate_before_de_is_no_modifier() -> None:
    """A noun followed by its predicate before a 的 is no modifier of the noun after the 的."""
    st = one("这支由5名党员带头的20人突击队是最早抵达灾区的队伍。", "20人")
    assert st.object == "突击队"


def test_scale_before_verb_and_noun() -> None:
    """A scaled number before a verb classifying a clause-final noun (2.6万|援边/v|干部) counts
    the noun."""
    st = one("十年来，全省先后选派9批2.6万援边干部，扎根边疆。", "2.6万")
    assert st.object == "援边干部"
