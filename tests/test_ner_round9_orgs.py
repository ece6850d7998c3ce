"""Rules from the round-9 ORG review of unannotated local stories (issue 11: organizations the
network misses): state enterprises and state banks by their short names, on invented news
sentences, under both annotation conventions."""

from __future__ import annotations

import pytest
from rule_spans import ents, model, rules_per_convention

from pipeline.nlp.components import Rules

rules = rules_per_convention(["东山县", "青河市"], "李王张")


@pytest.mark.parametrize(("text", "pieces", "org"), [
    ("记者从中国石油获悉，今冬供气量将创新高。", (("中国", "LOC"),), "中国石油"),   # 从中 read as a word
    ("今年前十个月，国家电网完成固定资产投资四千亿元。", (), "国家电网"),
    ("中国农业银行发布了支持春耕的专项措施。", (("中国", "LOC"),), "中国农业银行"),  # not 中国 + 农业银行
    ("中储粮在各主产区启动最低收购价收购。", (), "中储粮"),
    ("各省（自治区、直辖市）和新疆生产建设兵团报告新增病例。", (("新疆", "LOC"),), "新疆生产建设兵团"),
])
def test_a_state_enterprise_by_its_short_name_is_an_organization(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...], org: str) -> None:
    got = ents(text, rules.apply(text, model(text, *pieces)))
    assert (org, "ORG") in got
    assert ("中国", "LOC") not in got and ("新疆", "LOC") not in got


def test_two_enterprises_in_a_list_stay_two(rules: Rules) -> None:
    t = "方案提出，国家电网、南方电网要统一交易规则。"
    assert ents(t, rules.apply(t, [])) == [("国家电网", "ORG"), ("南方电网", "ORG")]


def test_an_enterprise_joins_its_subsidiary_over_places(rules: Rules) -> None:
    t = "他走进国家电网东山县青河市供电公司调研。"
    found = model(t, ("东山县", "LOC"), ("青河市供电公司", "ORG"))
    assert ents(t, rules.apply(t, found)) == [("国家电网东山县青河市供电公司", "ORG")]


def test_a_longer_name_the_network_found_stays(rules: Rules) -> None:
    t = "中国石油大学的师生参加了活动。"
    assert ents(t, rules.apply(t, model(t, ("中国石油大学", "ORG")))) == [("中国石油大学", "ORG")]


@pytest.mark.parametrize(("text", "pieces", "org"), [
    ("哈马斯高级成员当天表示愿意停火。", (("哈马斯", "PERSON"),), "哈马斯"),   # read as a name
    ("以色列和哈马斯分歧严重。", (("以色列", "LOC"), ("哈马斯", "LOC")), "哈马斯"),  # as a place
    ("美军空袭了胡塞武装控制的目标。", (("胡塞", "LOC"),), "胡塞武装"),
])
def test_a_foreign_movement_by_its_name_is_an_organization(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...], org: str) -> None:
    got = ents(text, rules.apply(text, model(text, *pieces)))
    assert (org, "ORG") in got
    assert not any(t in org and lab != "ORG" for t, lab in got)


def test_a_movement_inside_a_longer_name_stays_inside(rules: Rules) -> None:
    t = "黎巴嫩真主党发表声明。"
    assert ents(t, rules.apply(t, model(t, ("黎巴嫩真主党", "ORG")))) == [("黎巴嫩真主党", "ORG")]
