"""A place name at the start of an object read before the number (issue 12, round 11;
quantities/context_objects.without_leading_place): the place says where, not what. Sentences
written in the style of the 新闻联播 corpus, none copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from pipeline.quantities.context_objects import without_leading_place
from pipeline.quantities.pieces import Found, Piece
from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "place", "surface", "obj"),
    [
        # a generic region noun after the name (东部|地区) is the place's, not the metric's
        ("今年前三季度，东部地区出口5万亿元，增长6.1%。", "东部地区", "5万亿元", "出口"),
        # a place the tagger finds inside one word (太阳|能) is no place of the object
        ("今年上半年，全国太阳能发电新增2000万千瓦。", "太阳", "2000万千瓦", "太阳能发电"),
    ],
)
def test_leading_place(sentence: str, place: str, surface: str, obj: str) -> None:
    assert one(sentence, surface, mentions=((place, "LOC"),)).object == obj


def _pieces(text: str, words: list[tuple[str, str]]) -> list[Piece]:
    out, at = [], 0
    for w, pos in words:
        at = text.index(w, at)
        role = pos if pos.isupper() else ""
        out.append(Piece(at, at + len(w), role=role, pos="" if role else pos))
        at += len(w)
    return out


def _object(text: str, words: list[tuple[str, str]], place: str, obj: str, figure: str) -> str:
    pieces = _pieces(text, words)
    start = text.index(figure)
    st = Found(start, start + len(figure), pieces=[len(pieces) - 2], obj=obj)
    a = text.index(place)
    return without_leading_place(st, text, 0, [(a, a + len(place))], pieces)


def test_the_rest_of_a_name_jieba_cut_is_dropped() -> None:
    text = "据统计，丰州市受灾群众5000人。"
    words = [
        ("据", "p"),
        ("统计", "v"),
        ("，", "x"),
        ("丰", "v"),
        ("州市", "n"),
        ("受灾", "b"),
        ("群众", "n"),
        ("5000", "NUM"),
        ("人", "UNIT"),
    ]
    assert _object(text, words, "丰州市", "州市受灾群众", "5000人") == "受灾群众"


def test_a_level_word_after_a_verb_taken_into_a_name_stays() -> None:
    text = "全市新建街道养老中心30个。"
    words = [
        ("全市", "n"),
        ("新建", "v"),
        ("街道", "n"),
        ("养老", "vn"),
        ("中心", "n"),
        ("30", "NUM"),
        ("个", "UNIT"),
    ]
    assert _object(text, words, "新建街道", "街道养老中心", "30个") == "街道养老中心"


def test_a_word_after_a_name_of_its_own_stays() -> None:
    text = "当天，某城布伦特原油价格上涨3%。"
    words = [
        ("当天", "t"),
        ("，", "x"),
        ("某城", "ns"),
        ("布伦特", "nr"),
        ("原油", "n"),
        ("价格", "n"),
        ("上涨", "v"),
        ("3%", "PCT"),
        ("。", "x"),
    ]
    pieces = _pieces(text, words)
    start = text.index("3%")
    st = Found(start, start + 2, pieces=[7], obj="布伦特原油价格")
    a = text.index("某城布伦特")
    assert without_leading_place(st, text, 0, [(a, a + 5)], pieces) == "布伦特原油价格"


def test_a_name_jieba_cut_into_the_object_joins_its_noun() -> None:
    # 引淮|河水: the river's name starts in the verb's word; the name and one character are one noun
    text = "该灌区每天引淮河水300万立方米。"
    words = [
        ("该", "r"),
        ("灌区", "n"),
        ("每天", "r"),
        ("引淮", "v"),
        ("河水", "n"),
        ("300万", "NUM"),
        ("立方米", "UNIT"),
    ]
    assert _object(text, words, "淮河", "河水", "300万立方米") == "淮河水"


def test_a_name_and_one_character_stay_one_noun() -> None:
    # 淮河|水: a name and one character are one noun, not a place and its noun
    text = "全年调出淮河水5亿立方米。"
    words = [("全年", "t"), ("调出", "v"), ("淮河", "ns"), ("水", "n"), ("5亿", "NUM"), ("立方米", "UNIT")]
    assert _object(text, words, "淮河", "淮河水", "5亿立方米") == "淮河水"
