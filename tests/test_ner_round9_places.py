"""Round-9 place review (issue 11): a county or city written by its short form alone after its
province or city in the same sentence (``pipeline.nlp.document_places.child_forms``, run by
``pipeline.nlp.document.propagate``); a direction character tagged LOC alone that starts a
common noun (``cnnews_loc_kinds``); on invented news sentences."""

from __future__ import annotations

import pytest
from rule_spans import ents, is_msra, model, propagated, rules_per_convention

from pipeline.nlp.components import Rules


def test_a_county_after_its_province_is_a_place() -> None:
    got = propagated(("吉林水稻进入插秧期，在镇赉的盐碱地上，农机来回作业。", (("吉林", "LOC"),)))
    assert got == [[("吉林", "LOC"), ("镇赉", "LOC")]]


def test_a_county_after_its_city_is_a_place() -> None:
    got = propagated(("在眉山青神，当地扩种油菜。", (("眉山", "LOC"),)))
    assert got == [[("眉山", "LOC"), ("青神", "LOC")]]


def test_a_city_jieba_lists_as_a_rare_common_word_is_a_place() -> None:
    got = propagated(("广东推进陆丰、茂名等地的示范带建设。", (("广东", "LOC"), ("陆丰", "LOC"))))
    assert got == [[("广东", "LOC"), ("陆丰", "LOC"), ("茂名", "LOC")]]


def test_no_short_form_without_its_province_or_city_before_it_in_the_sentence() -> None:
    got = propagated(("吉林水稻进入插秧期。", (("吉林", "LOC"),)),
                     ("在镇赉的盐碱地上，农机来回作业。", ()),
                     ("镇赉是吉林的产粮大县。", (("吉林", "LOC"),)))
    assert got == [[("吉林", "LOC")], [], [("吉林", "LOC")]]


def test_no_frequent_common_word_or_district_stem() -> None:
    got = propagated(("广东坚持和平发展，新兴产业加快成长。", (("广东", "LOC"),)),
                     ("北京的朝阳产业蓬勃发展。", (("北京", "LOC"),)))
    assert got == [[("广东", "LOC")], [("北京", "LOC")]]


both_conventions = rules_per_convention(["东山县"], "李王张")


@pytest.mark.parametrize(("text", "dropped"), [
    ("南方中稻正在孕穗抽穗。", True),
    ("大力推进中医药传承创新。", True),
    ("全国中药资源普查基本完成。", True),
    ("中方愿同各方加强合作。", False),
    ("推动中意关系稳定发展。", False),
    ("两国举办俄中文化年活动。", False),
    ("两国人民珍视孟中友谊。", False),
])
def test_a_direction_character_starting_a_common_noun_is_no_place_under_the_project_convention(
        both_conventions: Rules, text: str, dropped: bool) -> None:
    kinds = both_conventions.nlp.get_pipe("cnnews_loc_kinds")
    got = ents(text, kinds.apply(text, model(text, ("中", "LOC"))))
    assert got == ([] if dropped and not is_msra(both_conventions) else [("中", "LOC")])


def test_china_and_abroad_keeps_its_place(both_conventions: Rules) -> None:
    text = "发言人回答了中外记者的提问。"
    kinds = both_conventions.nlp.get_pipe("cnnews_loc_kinds")
    assert ents(text, kinds.apply(text, model(text, ("中", "LOC")))) == [("中", "LOC")]
