"""A verb inside the compound that names a metric (pipeline.quantities.metric_verbs, issue 12,
round 9): the subject of an amount, a percent or a ratio widened over the verb jieba tags v.
Sentences in the style of the raw 新闻联播 corpus, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after a clause mark: a verb and one metric noun before the predicate (收割|效率)
        ("当地用上了小型收割机，收割效率提升了5倍多。", "5倍多", "收割效率"),
        # after 的: the phrase starts at the verb (报废|补贴标准)
        ("部分农机的报废补贴标准提高50%。", "50%", "报废补贴标准"),
        # after a plain noun: the nouns before the verbs go with them (耕种|收, 育种|周期)
        ("全国农作物耕种收综合机械化率超过72%。", "超过72%", "农作物耕种收综合机械化率"),
        ("人工智能辅助下，核心品种育种周期缩短20%。", "20%", "核心品种育种周期"),
        ("这里每天进出港的渔船有120艘，卸鱼量达到1000吨。", "1000吨", "卸鱼量"),
        # one verb after a predicate word, the clause's predicate after the metric (累计|补|水量)
        ("水库向下游河道生态补水，累计补水量达到3亿立方米。", "3亿立方米", "补水量"),
        # one verb after a set phrase jieba tags l (水利枢纽): the phrase starts at the verb
        ("为保障下游用水，该水利枢纽下泄流量增加到900立方米每秒。", "900立方米每秒", "下泄流量"),
    ],
)
def test_a_verb_inside_a_metric_compound_is_read_over(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a clause-opening verb before a noun phrase of two words is the predicate (带动|农民收入)
        ("网络零售额保持两位数增长，带动农民收入实际增长7.3%。", "7.3%", "农民收入"),
        # after a predicate word, a metric touching the number: the verb may be the predicate
        ("入夏以来，全省累计灌水量12亿立方米。", "12亿立方米", "水量"),
        # not a metric ending (资金 is a compound head): 投入 stays the predicate
        ("全县累计投入资金达到5亿元。", "5亿元", "资金"),
    ],
)
def test_a_predicate_verb_stays_out(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun of degree (…度) as the metric: the verb and the nouns before it go with it
        ("该省科研经费投入强度达到3.1%，比上年提高0.2个百分点。", "3.1%", "科研经费投入强度"),
        # a count whose subject is the measure of visits written as a noun (游览|人次)
        ("其中，全省红色景区游览人次达到3.5亿，创历史新高。", "3.5亿", "红色景区游览人次"),
        # widened on over the nouns before to the phrase's left edge (社区|卫生|机构|接诊|人次)
        ("去年，社区卫生机构接诊人次为2.4亿人次，占四成。", "2.4亿人次", "社区卫生机构接诊人次"),
        # a one-character distinguishing word between the nouns and the verb (机构|总|接诊|人次)
        ("当年全省医疗机构总接诊人次达到3.6亿，同比增长5%。", "3.6亿", "医疗机构总接诊人次"),
    ],
)
def test_a_degree_or_visits_metric_keeps_its_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # touching the number after the clause's predicate: the nouns and the verb are its object
        ("今年全省完成草原生态保护修复面积120万亩。", "120万亩", "草原生态保护修复面积"),
        # a distinguishing word before the verb opens no predicate (机构|总|接诊|人次)
        ("去年，全省医疗机构总接诊人次3.2亿，比上年增加0.4亿人次。", "3.2亿", "医疗机构总接诊人次"),
        # a verb jieba lists as a noun (节约/n) is that predicate, not a noun of the phrase
        ("新设备投用后，每年节约居民取暖成本8000万元。", "8000万元", "居民取暖成本"),
    ],
)
def test_a_metric_after_the_predicate_keeps_its_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_metric_after_a_pivot_verb_stays_bare() -> None:
    # after a pivot verb the nouns are the next verb's subject (帮助|农户|节约|成本)
    assert one("合作社帮助农户节约种植成本300万元。", "300万元").object != "农户节约种植成本"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of change before a target noun is inside the compound (经济|增长|预期, 增长|目标)
        ("该机构将这一地区明年经济增长预期从4.1%下调至3.6%。", "3.6%", "经济增长预期"),
        ("该市今年居民收入增长目标为6%左右。", "6%左右", "居民收入增长目标"),
        # a noun of degree of two characters alike (气温|下降|幅度)
        ("受冷空气影响，今天气温下降幅度普遍有6℃至10℃。", "6℃至10℃", "气温下降幅度"),
        # before another metric the verb of change stays the predicate (产值|增长)
        ("今年一季度，全市工业产值增长8.2%。", "8.2%", "工业产值"),
    ],
)
def test_a_verb_of_change_inside_a_target_compound(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun jieba tags as a numeral (良种/m: no numeral character, no time or scope word)
        # before the verb inside the metric is a plain noun of the compound
        ("该省小麦良种繁育效率提升了20%。", "20%", "小麦良种繁育效率"),
        ("近年来良种选育精度提高到65%。", "65%", "良种选育精度"),
    ],
)
def test_numeral_tagged_noun_before_the_inner_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
