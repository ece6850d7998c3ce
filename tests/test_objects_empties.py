"""Objects left empty (or a wrong head taken) where the object convention names one (issue 12,
round 7): a subject completed through an adverb and its verb, a metric after a period word, a
share whose 的 follows a time, the cost before its payer. Sentences invented in the style of
the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one, texts


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an adverb before the verb makes it the predicate: the noun phrase before is the subject
        ("全省新建果园已达到3万亩，高标准茶园已建成5万多亩。", "5万多亩", "高标准茶园"),
        ("目前全省玉米已收获36.5%，进度过三成。", "36.5%", "玉米"),
        # not a place alone, and not a count (已|转移|300人 names no subject)
        ("湖南已完成65%。", "65%", ""),
        # a metric verb after a period word jieba tags j
        ("全县茶园亩均产出约8000元，比去年增长了两成。", "约8000元", "茶园亩均产出"),
        ("五年来年均增速达到6%，居全省前列。", "6%", "年均增速"),
        # a share after a time and its frame word: the time is no whole it is a share of
        ("全市新能源汽车占比从2021年的12%提升至30%。", "12%", "新能源汽车占比"),
        # the cost before its payer: the amount measures the cost
        ("一次理疗费用个人仅承担5元。", "5元", "理疗费用"),
    ],
)
def test_subject_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a later clause that names nothing before its figure counts what the earlier figure of
        # the same unit counts
        ("今年全县排查各类隐患320个，已整改完成298个。", "298个", "隐患"),
        ("全市已有8万多亩果园完成追肥，2万亩已经播种。", "2万亩", "果园"),
        # not with a noun of its own in the clause, nor across units or sentences
        ("全县排查各类隐患320个，新建污水管网45个。", "45个", "污水管网"),
        ("全县排查各类隐患320个。已整改完成298个。", "298个", ""),
        ("全县排查各类隐患320个，已投入12万元。", "12万元", ""),
        # people are named by their verb, not carried; money after a verb is what the verb does
        ("全镇转移群众1500多人，其中800多人已返回家中。", "800多人", ""),
        ("上半年投入资金3亿元，下半年新增投入约2亿元。", "约2亿元", ""),
    ],
)
def test_ellipsis(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a quoted term inside the noun phrase before the number
        ("全市已建成“长者暖心食堂”860个。", "860个", "“长者暖心食堂”"),
        ("今年开办公益“四点半课堂”2300多个。", "2300多个", "公益“四点半课堂”"),
        ("解决群众关心的“关键小事”问题510个。", "510个", "“关键小事”问题"),
        # a quoted sentence (with a clause mark in it) is no term
        ("他说“大家辛苦了，再加把劲”3次。", "3次", ""),
    ],
)
def test_quoted_terms(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a scale-class prefix (a numeral and 级) after the unit is read into the noun phrase
        ("全省培育了6个千亿级先进制造业集群。", "6个", "千亿级先进制造业集群"),
        ("力争到年底建成2个500亿元级食品产业园。", "2个", "500亿元级食品产业园"),
    ],
)
def test_level_prefixes(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_money_class_is_no_statistic() -> None:
    # 500亿元级 names a class (as 70公斤级, 万吨级), not an amount
    assert texts("力争到年底建成2个500亿元级食品产业园。") == ["2个"]


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a share right after a common noun is a share of it
        ("全县已实现自然村95%通客车。", "95%", "自然村"),
        ("灾区已恢复供水90%，道路基本抢通。", "90%", "供水"),
        # not after a place alone; a verb of reaching jieba glued on (占|比达) is no noun
        ("浙江增长12.8%。", "12.8%", ""),
        ("出口额3000亿元，占比达45.5%。", "45.5%", "占比"),
        # the noun a comparison names is compared with, not measured: what is compared stands
        # before the comparative verb (comparative_bases; compared_changes.gap_subject)
        ("农村居民收入增速高于城镇居民1.2个百分点。", "1.2个百分点", "农村居民收入增速"),
    ],
)
def test_noun_before_share(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a duration a clause changes or sets for a time metric measures it
        ("企业开办时间由原来的平均8天，压缩为平均2天。", "2天", "企业开办时间"),
        ("项目建设工期平均缩短30天。", "30天", "项目建设工期"),
        # durations otherwise stay empty
        ("工人们连续奋战了15个小时。", "15个小时", ""),
        ("午休时间，他又连续工作了3个小时。", "3个小时", ""),
    ],
)
def test_duration_metrics(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an alternative measure in brackets after the unit: the noun after it is counted
        ("工地上120台（套）大型设备已经进场。", "120台", "大型设备"),
        ("全县投入农机具近900台（套），抢收玉米。", "近900台", "农机具"),
    ],
)
def test_unit_alternatives(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_ellipsis_needs_adverb_or_existential() -> None:
    # a bare verb before the later figure names an event of its own
    s = "全省确诊病例达120例，死亡3例。"
    assert one(s, "3例").object == ""
    assert one("全县排查各类隐患320个，目前已有290个完成整改。", "290个").object == "隐患"
