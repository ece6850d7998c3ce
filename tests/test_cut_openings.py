"""An object whose left edge jieba cut inside a word (cut_openings, context_objects): a place
word and the one-character noun cut off after it (某河|源), 最 and an adjective of degree (最|
高温), two one-character verbs before a metric noun (播|栽|面积), a place's level suffix after
a name inside a longer place span, a service word after a place word the NER did not find.
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

from pipeline.quantities import context_objects
from pipeline.quantities.cut_openings import join_cut_verb_pairs, with_place_morpheme, with_superlative
from pipeline.quantities.measure import Found
from pipeline.quantities.pieces import Piece
from tests.test_statistics import one


def _found(text: str, figure: str, obj: str, first: int) -> Found:
    at = text.index(figure)
    return Found(start=at, end=at + len(figure), value=1.0, unit="", obj=obj, kind="count", pieces=[first])


def test_place_word_and_cut_noun_are_one_noun() -> None:
    """长江/ns|源/n|保护区面积: the object read stopped at the place word keeps 源 alone."""
    text = "长江源保护区面积3万平方公里"
    pieces = [Piece(0, 2, pos="ns"), Piece(2, 3, pos="n"), Piece(3, 6, pos="n"), Piece(6, 8, pos="n"),
              Piece(8, 15, role="number")]
    st = _found(text, "3万平方公里", "源保护区面积", 4)
    assert with_place_morpheme(st, pieces, text) == "长江源保护区面积"


def test_level_suffix_after_a_place_is_no_cut_noun() -> None:
    """某某/ns|镇/n|人口: the level suffix ends the place name, which stays out."""
    text = "青山镇人口3万人"
    pieces = [Piece(0, 2, pos="ns"), Piece(2, 3, pos="n"), Piece(3, 5, pos="n"), Piece(5, 8, role="number")]
    st = _found(text, "3万人", "镇人口", 3)
    assert with_place_morpheme(st, pieces, text) == "镇人口"


def test_superlative_cut_off_a_degree_noun() -> None:
    s = one("当地最高温已连续12天超过40摄氏度。", "超过40摄氏度")
    assert s.object == "最高温"


def test_superlative_needs_an_adjective_of_degree() -> None:
    text = "最新产品12款"
    pieces = [Piece(0, 1, pos="d"), Piece(1, 4, pos="n"), Piece(4, 7, role="number")]
    st = _found(text, "12款", "新产品", 2)
    assert with_superlative(st, pieces, text) == "新产品"


def test_two_cut_verbs_before_a_metric_noun() -> None:
    s = one("目前，全省晚稻播栽面积超过900万亩。", "超过900万亩")
    assert s.object == "晚稻播栽面积"


def test_no_predicate_word_joined_into_a_verb_pair() -> None:
    text = "占有面积"
    pieces = [Piece(0, 1, pos="v"), Piece(1, 2, pos="v"), Piece(2, 4, pos="n")]
    assert len(join_cut_verb_pairs(pieces, [], text)) == 3


def test_level_suffix_after_a_name_inside_a_longer_place_span() -> None:
    """某国|某某/nrt|市/n|…: the place span opens with the country; the suffix is the name's rest."""
    text = "伊朗克尔曼市爆炸事件死亡人数升至80人"
    pieces = [Piece(0, 2, pos="ns"), Piece(2, 5, pos="nrt"), Piece(5, 6, pos="n"), Piece(6, 8, pos="v"),
              Piece(8, 10, pos="n"), Piece(10, 12, pos="v"), Piece(12, 14, pos="n"), Piece(14, 16, pos="v"),
              Piece(16, 19, role="number")]
    st = _found(text, "80人", "市爆炸事件死亡人数", 8)
    out = context_objects.without_leading_place(st, text, 0, [(0, 6)], pieces)
    assert out == "爆炸事件死亡人数"


def test_service_word_after_a_place_word_the_ner_missed() -> None:
    text = "中欧班列开行量增长10%"
    pieces = [Piece(0, 2, pos="ns"), Piece(2, 4, pos="n"), Piece(4, 6, pos="v"), Piece(6, 7, pos="n"),
              Piece(7, 9, pos="v"), Piece(9, 12, role="number")]
    st = _found(text, "10%", "班列开行量", 5)
    assert context_objects.with_service_places(st, text, 0, [], pieces) == "中欧班列开行量"


def test_direction_and_cut_verb_before_a_metric() -> None:
    """外|送|电量: a one-character locative of direction glued to a one-character verb before a
    metric is one verbal noun with it (外送), not a place word cutting the object."""
    s = one("今年前10个月，该区外送电量突破500亿千瓦时。", "突破500亿千瓦时")
    assert s.object == "外送电量"
