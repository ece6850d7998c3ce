"""Objects left empty where the object convention names one (issue 12, round 9): a duration's
activity after its 的 that a time locative closes (5个小时的|蒸制|后) or that jieba tags an
idiom (两年的|艰苦奋斗/i，), and the event after 为期 + a duration + 的
(quantities/duration_activities.py). Sentences invented in the style of the 新闻联播 corpus;
none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the activity a time locative closes
        ("经过3个小时的熬制后，汤底香气扑鼻。", "3个小时", "熬制"),
        ("在两年的建设中，工人们克服了许多困难。", "两年", "建设"),
        # an idiom after the 的, closed by a clause mark
        ("经过三年的艰苦奋斗，村里的面貌焕然一新。", "三年", "艰苦奋斗"),
        # 为期 + a duration: the event named after the 的
        ("当地举办了为期5天的农民运动会，吸引了众多村民参加。", "5天", "农民运动会"),
        ("全市启动为期两周的集训，提升队员技能。", "两周", "集训"),
    ],
)
def test_duration_activity_closed(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a span of time after the 的 stays empty
        ("十几年的时间里，党员干部带头苦干。", "十几年", ""),
        # a thing the duration describes, not an activity
        ("一条已服役20年的乡村公路完成了改造。", "20年", ""),
        # a date right after the event named leaves it open (no clause mark or predicate yet)
        ("为期3天的展会25日起在省城举行。", "3天", ""),
    ],
)
def test_no_duration_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an activity before an area that ends its clause (quantities/activity_objects.py)
        ("今年全县计划完成造林800亩，草原生态保护修复治理2.5万亩。", "2.5万亩", "草原生态保护修复治理"),
        ("入汛以来，全市累计补植补造3600亩。", "3600亩", "补植补造"),
        # after a light verb, the activity it takes
        ("文艺小分队深入乡村开展巡回宣讲300多场。", "300多场", "巡回宣讲"),
        ("剧团全年演出超过2000场，深受群众欢迎。", "超过2000场", "演出"),
    ],
)
def test_activity_before_figure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of change before the area: no activity (the area is of something said before)
        ("全省今年新建高标准农田300万亩，改造提升200万亩。", "200万亩", ""),
        # a distance, a length moved: no activity measured
        ("两个村仅仅相距5公里，却隔着一条大河。", "5公里", ""),
        ("新疆的绿电就能跨越3000多公里，送达东部地区。", "3000多公里", ""),
        # an extent verb measures its subject, not itself
        ("新建的城南体育公园，占地300多亩。", "300多亩", ""),
    ],
)
def test_no_activity_before_figure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a relative clause after a people measure: the people after its 的 (people_relatives.py)
        ("其他26名来自省城各大医院的医疗专家也陆续抵达。", "26名", "医疗专家"),
        ("还有800多名来自省内各地的青年志愿者加入。", "800多名", "青年志愿者"),
        # the people's own verb alone before the 的 stays (as 28人报名)
        ("全县近3万人脱贫的好消息传遍山乡。", "近3万人", "脱贫"),
    ],
)
def test_people_after_relative(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a fixed expression jieba tags l that ends in a noun is the noun counted (fixed_nouns.py)
        ("目前，全省农民合作社超过3万家，家庭农场近5万个。", "超过3万家", "农民合作社"),
        ("今年全市受灾人口2.6万人，已全部妥善安置。", "2.6万人", "受灾人口"),
        # an ending jieba's dictionary lists as a verbal noun (遗产/vn) is a noun too
        ("全省目前共有自然遗产8项。", "8项", "自然遗产"),
    ],
)
def test_fixed_noun_before_figure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 为期 before an activity, not an event noun: the activity as after any duration
        ("这座大桥进行了为期8个月的封闭维修，近日重新通车。", "8个月", "封闭维修"),
        # adjectives inside the activity's noun phrase
        ("参展企业发布的新产品新服务1000多项。", "1000多项", "新产品新服务"),
        # an l word whose last two characters are a verb is no noun (超额|完成)
        ("全市新建公园60个，比计划超额完成15个。", "15个", ""),
    ],
)
def test_edges_of_round9_rules(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a percent range written with a dash is one figure (round 16, test_percent_ranges.py) with
        # the object its first end had (range_ends.py shares it where the ends stay two figures)
        ("推广新技术后，化肥利用率提升20%—40%。", "20%—40%", "化肥利用率"),
        ("农机补贴比例可提高至30%～35%。", "30%～35%", "农机补贴比例"),
    ],
)
def test_range_ends_share_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
