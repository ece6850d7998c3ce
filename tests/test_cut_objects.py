"""Objects cut shorter than the counted thing as written: a metric ending jieba glued to the
predicate (签约|额超), a headline's line end as the clause end, a verbal noun and an adjective
before a compound head, a verb and a metric after a time word (今年|注|气量), the place short
forms that name a transport service (中欧|班列), a noun jieba tags as a status word, a noun and
a verb ending the clause after a share or a frequency (减少|N%的|碳|排放); and the cases that
stay short (a verb of composing, of motion with its direction, a pivot or a causing verb is a
predicate). Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold
page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a metric ending jieba glued to the marker after it: the verb before makes the metric
        ("本次洽谈会共签约项目80个，总签约额超320亿元。", "320亿元", "总签约额"),
        ("去年全省医疗保险缴存额超5800亿元。", "5800亿元", "医疗保险缴存额"),
        # a headline: the line's end closes the clause after a verb of making
        (
            "到2027年全省将建设超过两百家糖尿病规范诊疗门诊\n今天，记者从卫生部门获悉。",
            "超过两百家",
            "糖尿病规范诊疗门诊",
        ),
        # a verbal noun and an adjective before a compound head stay in the compound
        ("从下月起，12项车驾管服务便利措施将正式实施。", "12项", "车驾管服务便利措施"),
        ("纲要设置了20项经济社会发展主要指标。", "20项", "经济社会发展主要指标"),
        # a one-character adjective before a one-character verb opens an adverbial (明起)
        ("8项户籍服务便利措施明起实施\n记者今天从公安部门获悉。", "8项", "户籍服务便利措施"),
        # a designated zone's kind heads its name (stats_compound_heads: 试验区), and so does
        # a zone's 区 jieba cut off alone (综试|区)
        ("我省将依托8个数字经济综合试验区，推进改革。", "8个", "数字经济综合试验区"),
        ("全国已在28个城市设立了120个跨境电商综试区。", "120个", "跨境电商综试区"),
        # a time word before one verb and a metric: the verb is inside the metric
        ("这座储气库今年注气量突破15亿立方米。", "突破15亿立方米", "注气量"),
        ("今年以来，全省进出口总值突破6000亿元。", "突破6000亿元", "进出口总值"),
        # a noun jieba tags as a status word (湿地/z) is read as a noun
        ("我省新增12处省级重要湿地。", "12处", "省级重要湿地"),
        # a noun and a verb ending the clause after a share or a frequency: one activity
        ("新设备可以减少30%以上的氮排放。", "30%以上", "氮排放"),
        ("当天，联军对该地区实施了15次集群打击。", "15次", "集群打击"),
    ],
)
def test_cut_object_completed(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_service_keeps_its_places() -> None:
    s = one("今年前两个月，中欧班列累计开行3200列。", "3200列", mentions=(("中欧", "LOC"),))
    assert s.object == "中欧班列"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of composing is the predicate of the parts counted
        ("镇里把相邻的5个村组成片区，统一规划产业。", "5个", "村"),
        # a verb of motion with its direction takes the place it goes to
        ("居民需穿过三四条街回到管控区，才能领取物资。", "三四条", "街"),
        # after a pivot or a causing verb the verb after the noun is its predicate
        ("机场预计将有约30%的航班取消。", "约30%", "航班"),
        ("这场疫情导致20%的牲畜死亡。", "20%", "牲畜"),
        # a place of two characters ending in 区 is where a verb of motion goes
        ("当天，约200辆运送物资的卡车抵达灾区。", "约200辆", "卡车"),
        # a count of people-times measures the capacity before it
        ("全国铁路客座能力超过800万人次。", "超过800万人次", "铁路客座能力"),
    ],
)
def test_cut_object_left_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
