"""Objects carried from the context (quantities/context_objects.py, rows.py): a change after a
figure measures what that figure measures, past a jieba word that glued the comparison onto the
verb (同比增加/n), past a clause that comments on the figure with a bare metric noun (规模创新高),
into a clause that opens with a bare rate noun (增速比上年加快N个百分点) and from an object a
last-resort rule found; and an object read from a place's region noun
leaves it (东部地区|进出口). Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the change carried past a glued comparison verb
        ("国庆假期，市博物馆接待观众4.2万人次，同比增加18%。", "18%", "观众"),
        # past a clause that opens with a bare metric noun and holds no figure
        (
            "去年，全市社会消费品零售总额3260亿元，规模居全省首位，同比增长6.3%。",
            "6.3%",
            "社会消费品零售总额",
        ),
        # a clause opening with a bare rate noun gives the rate of the percent before
        (
            "前三季度，全市民间投资同比增长5.2%，增速比上半年加快1.4个百分点。",
            "1.4个百分点",
            "民间投资",
        ),
        ("一季度，全县农业投资同比增长12.4%，增速比全部投资高6.2个百分点。", "6.2个百分点", "农业投资"),
        # from the object a last-resort rule gave the figure before
        ("今年以来，货运专线累计开行2180列，同比增长15%。", "15%", "货运专线"),
    ],
)
def test_carried_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "place", "surface", "obj"),
    [
        # a region noun after a place is part of the place
        ("今年上半年，东部地区进出口1.5万亿元，增长6.1%。", "东部地区", "1.5万亿元", "进出口"),
        ("今年前两个月，珠三角区域外贸进出口总值1.2万亿元。", "珠三角", "1.2万亿元", "外贸进出口总值"),
        # unless it opens a metric name
        ("2024年，江西地区生产总值增长5.1%。", "江西", "5.1%", "地区生产总值"),
    ],
)
def test_region_nouns_after_places(sentence: str, place: str, surface: str, obj: str) -> None:
    assert one(sentence, surface, mentions=((place, "LOC"),)).object == obj


def test_a_clause_with_a_modified_subject_still_stops_the_carry() -> None:
    # the clause between has a subject of its own, not a bare metric noun: nothing is carried
    text = "全年粮食总产量1300亿斤，比上年增加20亿斤，粮食单产创历史新高，同比增长1.6%。"
    assert one(text, "1.6%").object != "粮食总产量"
