"""Objects that ran past what a statistic measures (issue 12, round 10). Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("国庆假期，全市公交客运量日均超过300万人次。", "超过300万人次", "公交客运量"),
        ("今年以来，全省快递业务量日均超过2000万件。", "超过2000万件", "快递业务量"),
        ("全省快递业务量日均超过2000万件，同比增长18%。", "18%", "快递业务量"),
        ("春节期间，出入境人员数量日均12万人次。", "12万人次", "出入境人员数量"),
    ],
)
def test_average_word_after_the_metric_is_dropped(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("今年全市日均客流量达到120万人次。", "120万人次", "日均客流量"),  # before the noun: a mean
        ("铁路部门预计，假期日均旅客发送量超过1500万人次。", "超过1500万人次", "日均旅客发送量"),
    ],
)
def test_average_word_before_the_noun_stays(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("晚会上，300名小演员同台献艺，赢得阵阵掌声。", "300名", "小演员"),
        ("每天有2000多辆货车乘船过海，运往海南各地。", "2000多辆", "货车"),
        ("全县组织500多名干部入户走访，了解群众需求。", "500多名", "干部"),
    ],
)
def test_verb_listed_as_noun_ends_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("村里新建了20个粮食晾晒场，方便农户晾晒。", "20个", "粮食晾晒场"),  # before a noun: a modifier
        ("今年全县新建3000座农村户厕。", "3000座", "农村户厕"),
    ],
)
def test_noun_phrase_goes_on(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("一季度，全国有8个省份开工率超过60%。", "8个", "省份"),
        ("从环比看，15个城市二手房成交量有所上升。", "15个", "城市"),
        ("今年全省已有300多家县级医院门诊量同比增长。", "300多家", "县级医院"),
    ],
)
def test_count_stops_before_a_metric_with_a_predicate(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("新航线每年可为港口增加5000多标箱外贸吞吐量，带动周边产业。", "5000多标箱", "外贸吞吐量"),
        ("央行宣布将三大关键利率均下调25个基点。", "三大", "关键利率"),  # two characters: a thing
    ],
)
def test_metric_without_a_predicate_stays(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("今年，全省将加快20个特色小镇建设，带动乡村产业发展。", "20个", "特色小镇"),
        ("全市今年推进8万亩高标准农田建设。", "8万亩", "高标准农田"),
        ("当地支持30个农业产业强镇发展，培育新型经营主体。", "30个", "农业产业强镇"),
    ],
)
def test_activity_after_the_things_counted_is_dropped(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("县里组织开展10项专项培训，提升农民技能。", "10项", "专项培训"),  # a measure of items
        ("今年共举办200多场文化活动，丰富群众生活。", "200多场", "文化活动"),
        ("国家下达3亿元中央预算内投资，支持灾后重建。", "3亿元", "中央预算内投资"),  # a metric
        ("新型灭火飞机完成10吨投水试验。", "10吨", "投水试验"),  # a weight: an event with the stuff
    ],
)
def test_counted_activity_stays(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
