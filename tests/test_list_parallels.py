"""Items of a list of figures joined by 、 read against the item before them
(quantities/list_parallels.py): an item of verbs only counts what the earlier item counts, and a
verb opening a later item's noun phrase that the earlier object holds too names the kind.
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # (a) verbs only after 、: the same things as the item before
        ("去年，全省新建绿色农田120万亩、改造提升86万亩。", "86万亩", "绿色农田"),
        ("今年全市新修农村公路300公里、维修加固120公里。", "120公里", "农村公路"),
        # (b) the earlier object holds the verb: it names the kind
        ("今年，全省将创建生态文明示范县15个、示范乡镇40个。", "40个", "示范乡镇"),
        ("汛期累计出动电力抢修人员2万人次、抢修车辆5000多辆次。", "5000多辆次", "抢修车辆"),
    ],
)
def test_parallel_items(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a new verb the earlier object lacks acts on its own object
        ("全县改造乡村道路50公里、新建学校3所。", "3所", "学校"),
        # people are named by their verb
        ("事故造成3人死亡、5人受伤。", "5人", "受伤"),
    ],
)
def test_not_parallel(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
