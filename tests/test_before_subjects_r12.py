"""Objects written before the figure that were left empty (issue 12, round 12): a verb jieba
tags v that ends a counted noun phrase (stats_nominal_verbs) heads the phrase before the number
(quantities/objects.py `_nominal_head`), and the noun phrase a 是-cleft singles out in the
clause before is the subject of the next clause's figure (quantities/topic_subjects.py
`_cleft_subject`). Sentences invented in the style of the 新闻联播 corpus; none is copied from
a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a nominal verb after a plain noun, a distinguishing word before them
        ("去年全市共取缔各类非法社会组织53个。", "53个", "非法社会组织"),
        ("截至年底，全省登记社会组织1.2万个。", "1.2万个", "社会组织"),
        # a cleft names the subject of the figure's clause
        ("其中，增长最快的是高技术制造业，增长了12.5%。", "12.5%", "高技术制造业"),
        # a bare rate noun in the figure's clause is the rate of the subject named before
        ("今年全市中标项目数量领跑全省，同比增速超过40%。", "超过40%", "中标项目数量"),
    ],
)
def test_object_before(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a cleft that singles out a place says where, not what
        ("其中，增加最多的是广东，增加了300家。", "300家", ""),
    ],
)
def test_no_object_before(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun jieba lists as an idiom, after an adjective
        ("其中，重大安全隐患整改到位的有52项，其中重大事故隐患38项。", "38项", "重大事故隐患"),
        # a noun jieba lists as an abbreviation, ending in a metric ending
        ("该国9月通胀率达8.2%，为近十年新高。", "8.2%", "通胀率"),
        # a noun fused with its verb of change in one fixed expression
        ("受寒潮影响，本周全市蔬菜价格上涨约12%。", "约12%", "蔬菜价格"),
        # a metric jieba tags as a distinguishing word, 了 after the predicate
        ("国庆假期，景区酒店入住率增长超过了40%。", "40%", "景区酒店入住率"),
        # the multiple a ratio gives is a metric noun
        ("本期地方债认购倍数3.2倍。", "3.2倍", "地方债认购倍数"),
    ],
)
def test_odd_tags_before_figure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


_PARCELS = "一季度，全省快递业务量12亿件。其中，寄出5.2亿件，同比增长12%；投递6.8亿件，同比增长9%。"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb alone after 其中 and its comma names the part counted; the rate follows it
        (_PARCELS, "5.2亿件", "寄出"),
        (_PARCELS, "12%", "寄出"),
        # the next part after a semicolon in the same sentence
        (_PARCELS, "6.8亿件", "投递"),
        # cases, no comma after 其中
        ("该地区累计报告病例3200例，其中死亡85例。", "85例", "死亡"),
    ],
)
def test_partitive_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of making after 其中 names no part by its activity
        ("全县规划安置点30个，其中已建成18个。", "18个", "建成"),
        # a verb of change is the predicate
        ("全县规划安置点30个，其中增加12个。", "12个", "增加"),
    ],
)
def test_no_partitive_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object != obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a fixed expression ending in a verb names the activity an area measures
        ("今年，全省将完成石漠化土地综合治理300万亩。", "300万亩", "石漠化土地综合治理"),
        # a noun jieba tags as a status word right before an area
        ("去年，全县新增湿地2万多亩。", "2万多亩", "湿地"),
        # and before the verb of reaching a count completes
        ("至此，全省省级重要湿地达36处。", "36处", "省级重要湿地"),
    ],
)
def test_area_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a fixed expression naming an activity before a count of things, with its noun
        ("前5个月全省家电以旧换新突破80万台。", "突破80万台", "家电以旧换新"),
        # after 累计 and a scope: the activity alone
        ("截至目前，全区累计以旧换新26.1万件。", "26.1万件", "以旧换新"),
    ],
)
def test_activity_phrase_counts(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a one-character verb jieba tags n after the metric opens the predicate of the clause before
        ("全省光伏单日发电量创历史新高，达到2.6亿千瓦时。", "2.6亿千瓦时", "光伏单日发电量"),
        # places and their count in a quasi-measure open that clause: where, not a figure to carry
        (
            "本周二，甘肃、青海两省风电单日发电量创历史新高，达到5.1亿千瓦时。",
            "5.1亿千瓦时",
            "风电单日发电量",
        ),
    ],
)
def test_topic_past_cut_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb alone after 累计 and before a verb of reaching names the event counted
        ("截至目前，该国累计确诊病例达120万例，累计死亡达1.2万例。", "1.2万例", "死亡"),
    ],
)
def test_reaching_event(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_no_reaching_event_for_making() -> None:
    # a verb of making names no event counted
    assert one("截至目前，全县已建成达120个。", "120个").object != "建成"
