"""Kinds of place that are no place names (issue 11, round 6: LOC error classes counted on
unannotated x-type stories): ``cnnews_loc_kinds``, on invented news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from rule_spans import ents, model, write_lexicons

from pipeline.nlp.components import Rules, build_rules


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Rules:
    d = write_lexicons(tmp_path_factory.mktemp("lexicons"), ["东山县", "青河镇", "石门镇"], "李王张")
    return build_rules(str(d))


@pytest.mark.parametrize(("text", "surface"), [
    ("省里统一调度控制性水库拦蓄洪水。", "控制性水库"),
    ("县里新建的农业产业园吸引了不少企业。", "农业产业园"),
    ("补偿款已经发放到蓄滞洪区群众手中。", "蓄滞洪区"),
    ("工作组深入12个镇街开展排查。", "12个镇街"),
])
def test_a_kind_of_place_is_no_place(rules: Rules, text: str, surface: str) -> None:
    assert ents(text, rules.apply(text, model(text, (surface, "LOC")))) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("游客来到官厅水库观鸟。", "官厅水库"),          # a name jieba knows whole
    ("东山县白沙水库开闸泄洪。", "白沙水库"),          # a stem jieba lacks: a name
    ("工人们在石门水库加固大坝。", "石门水库"),        # 石门: a gazetteer town's short form
    ("洪水进入南洼蓄滞洪区。", "南洼蓄滞洪区"),
    ("孩子们在狮子园里玩耍。", "狮子园"),              # 园 alone is no kind word here
])
def test_a_named_place_of_that_kind_stays(rules: Rules, text: str, surface: str) -> None:
    assert (surface, "LOC") in ents(text, rules.apply(text, model(text, (surface, "LOC"))))


@pytest.mark.parametrize(("text", "pieces", "route"), [
    ("车辆沿京港澳高速北上。", (("京港澳", "LOC"),), "京港澳高速"),
    ("货车驶入京沪高速后减速。", (("京沪", "LOC"),), "京沪高速"),
    ("拉日高速控制性工程顺利完工。", (("拉", "LOC"), ("日", "LOC")), "拉日高速"),
])
def test_a_route_named_by_its_ends_short_forms_takes_the_route_word(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...], route: str) -> None:
    assert ents(text, rules.apply(text, model(text, *pieces))) == [(route, "LOC")]


def test_a_place_before_high_speed_growth_is_no_route(rules: Rules) -> None:
    text = "中国高速发展的经济。"
    assert ents(text, rules.apply(text, model(text, ("中国", "LOC")))) == [("中国", "LOC")]


@pytest.mark.parametrize(("text", "surface"), [
    ("今天东北中东部有暴雨。", "中东"),
    ("预计山西中北部将有大雨。", "中"),
])
def test_directions_going_on_into_a_part_word_are_no_place(rules: Rules, text: str,
                                                          surface: str) -> None:
    assert ents(text, rules.apply(text, model(text, (surface, "LOC")))) == []


def test_a_slogans_new_before_a_place_is_left_out(tmp_path: Path) -> None:
    d = write_lexicons(tmp_path, ["东山县", "东山", "新桥镇"], "李王张")
    rules = build_rules(str(d))
    text = "建设美丽新东山，新桥镇在行动。"
    got = ents(text, rules.apply(text, model(text, ("新东山", "LOC"), ("新桥镇", "LOC"))))
    assert got == [("东山", "LOC"), ("新桥镇", "LOC")]


@pytest.mark.parametrize(("text", "pieces", "expected"), [
    # a place before a base area's name: one LOC from the place on
    ("这里是太行山抗日游击根据地的中心。", (("太行山", "LOC"), ("日游击根据地", "LOC")),
     [("太行山抗日游击根据地", "LOC")]),
    ("老区人民守护沂蒙革命根据地。", (("沂蒙", "LOC"), ("革命根据地", "LOC")),
     [("沂蒙革命根据地", "LOC")]),
    # no place before it: a description; only the place inside 抗日 stays
    ("各地先后建立了大片抗日民主根据地。", (("日民主根据地", "LOC"),), [("日", "LOC")]),
    ("他们开辟了新的革命根据地。", (("革命根据地", "LOC"),), []),
    # the base area's words alone, nothing tagged in them: nothing changes
    ("老战士讲起抗日根据地的故事。", (), []),
])
def test_a_base_area_is_one_place_with_the_place_before_it(
        rules: Rules, text: str, pieces: tuple[tuple[str, str], ...],
        expected: list[tuple[str, str]]) -> None:
    assert ents(text, rules.apply(text, model(text, *pieces))) == expected
