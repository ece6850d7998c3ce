"""A count followed, after its noun phrase, by a conjunction and the next count takes every word
between its measure and the conjunction as its object, a verb or a preposition inside the
compound included (quantities/coordinated_counts.py); after a 、 only where the count stands in an
object's place. Sentences invented in the style of the 新闻联播 corpus; none is copied from a
gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb inside the name of an institution
        ("全省已整合12家县级集中收治医院和30所乡镇定点诊疗机构，确保床位充足。", "12家", "县级集中收治医院"),
        # a preposition opening the compound
        ("全县8个为民服务中心和40多个村级网点正加紧配送物资。", "8个", "为民服务中心"),
        # after a 、, in an object's place (after an aspect particle)
        ("大屏上显示着60个土壤墒情监测点、40个水位监测点的实时数据。", "60个", "土壤墒情监测点"),
    ],
)
def test_list_item_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a 、 joining clauses: the count is a subject, its predicate stays out
        ("全县5个村完成了改造、3个村正在施工。", "5个", "村"),
        ("全县5个村完成改造、3个村正在施工。", "5个", "村"),
        # people listed are as often subjects of clauses in a row
        ("全县300名党员下沉社区和200名志愿者参与服务。", "300名", "党员"),
    ],
)
def test_list_item_left_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
