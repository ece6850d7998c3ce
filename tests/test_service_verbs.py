"""A verb of putting a facility into service (stats_service_verbs: 投用, 投入使用, 投运) opening a
count's object before the number is the predicate, left out of the object
(quantities/service_verbs.py); after a noun it stays, and after the measure word the noun after it
is the object already. Sentences invented in the style of the 新闻联播 corpus; none is copied from
a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after 建成 (jieba cuts 投用/投运 off as vn) and at a clause's start (投入使用/n)
        ("全县已建成投用乡镇污水处理站34个。", "34个", "乡镇污水处理站"),
        ("去年全市建成投运光伏电站9座。", "9座", "光伏电站"),
        ("今年，投入使用标准化体育场馆15个。", "15个", "标准化体育场馆"),
        # the noun after the measure word: the object already, unchanged
        ("全市今年建成投用6个停车场。", "6个", "停车场"),
        # no noun after the verb: nothing to read
        ("全区上半年建成投用17个，还有5个正在施工。", "17个", ""),
    ],
)
def test_service_verb_left_out(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("该电站总装机容量120万千瓦，投运后年发电量达30亿千瓦时。", "30亿千瓦时", "年发电量"),
        ("电站将于2030年建成，投产后调峰能力达到120万千瓦。", "120万千瓦", "调峰能力"),
    ],
)
def test_time_after_the_service_verb_goes_with_it(sentence: str, surface: str, obj: str) -> None:
    """投运后 is a time clause of the verb: the metric after it is the object, without 后."""
    assert one(sentence, surface).object == obj
