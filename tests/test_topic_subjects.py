"""A figure whose own clause names nothing takes the subject opening the clause before it
(X继续提高，达到N%) or the topic noun phrase the sentence opens with (像…这样的“X”，已有N座),
and a rate after an adverbial 按…计算 clause takes the figure's object before it
(quantities/topic_subjects.py). Sentences invented in the style of the 新闻联播 corpus; none
is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a metric subject, its predicate, then a clause of a reaching verb alone
        ("去年，全省科技成果转化率稳步提高，达到35.6%。", "35.6%", "科技成果转化率"),
        # a count of things whose subject opens the clause before (a measure that is no
        # person), an adjective before its verb
        ("今年以来，跨省旅游包机明显增多，目前已开通40多条。", "40多条", "跨省旅游包机"),
        # a duration in the figure's clause says how long, not what
        ("全年茶叶产量有望再创新高，连续5年稳定在20万吨以上。", "20万吨以上", "全年茶叶产量"),
        # a verb before a noun that is no metric is the predicate (再创|历史新高), not inside
        ("去年，全省油菜产量再创历史新高，达到52万吨。", "52万吨", "油菜产量"),
        # a metric with a verb inside it (经费|投入|强度)
        ("今年，全市科技经费投入强度稳步提升，达到3.1%。", "3.1%", "科技经费投入强度"),
        # a distinguishing word jieba tags b opens the predicate (稳中有|增)
        ("今年全省棉花面积稳中有增，预计超过800万亩。", "超过800万亩", "棉花面积"),
        # a topic noun phrase after 的, set before the clause that counts it
        ("像老城区这样的“共享菜园”，目前全市已经有120座。", "120座", "共享菜园"),
        # an adverbial clause opened by a preposition between the amount and its rate
        ("一季度全市地区生产总值2860亿元，按可比价格计算，同比增长6.1%。", "6.1%", "地区生产总值"),
    ],
)
def test_topic_subject(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a people count: the earlier clause's subject is the agent, not who is counted
        ("返乡创业人员持续增加，今年已达到2600多人。", "2600多人"),
        # a figure earlier in the sentence: the later clauses are not read here
        ("全县共有养殖场120个，生猪出栏稳中有升，同比增长3.2%。", "3.2%"),
        # a clause ending in a reporting verb names a source, not what is counted
        ("旅游平台数据显示，全省将举办超500项。", "超500项"),
        # an amount after a verb that is no predicate word: the subject is the agent
        ("今年，园区加快智能化改造，投入上千万元。", "上千万元"),
        # a subject acting on an object of its own is the agent of a count, not what it counts
        ("县里制定了详细的方案，已完成12项。", "12项"),
        # a figure after a bare place completes no predicate: it measures what follows it
        ("作为全省重要的生态走廊，清水河120公里的河段上每隔5公里就有一个监测站。", "120公里"),
        # two figures before the aside: the rate need not measure what the last one carries
        (
            "全年全省地区生产总值现价总量为6520亿元，比初步核算数增加了85亿元；按不变价格计算，比上年增长5.2%。",
            "5.2%",
        ),
        # a topic of people before a people count
        ("这样的“红马甲”，目前全县已有300多名。", "300多名"),
        # a place opening the clause before is where, not what
        ("该县与邻省接壤，80%以上都是丘陵。", "80%以上"),
    ],
)
def test_topic_subject_leaves_empty(sentence: str, surface: str) -> None:
    assert one(sentence, surface).object in ("", None)


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an index given a bare value, then a rate: the rate is the index's change
        ("5月份，全国制造业景气指数为52.6，同比上升2.4%。", "2.4%", "制造业景气指数"),
        ("一季度，中国跨境电商发展指数为318.7，同比增长9.2%。", "9.2%", "中国跨境电商发展指数"),
        # an index's point after its value
        ("当天，深证成份指数报10250.3点，上涨0.8%。", "0.8%", "深证成份指数"),
    ],
)
def test_index_value_then_rate(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_bare_value_of_no_index_leaves_the_rate() -> None:
    """A bare number after a noun that is no index (stats_index_heads) names no subject here."""
    assert one("该县的编号为3021，同比增长5.5%。", "5.5%").object == ""
