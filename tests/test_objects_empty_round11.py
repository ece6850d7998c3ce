"""Objects left empty where the text names what is counted (issue 12, round 11): the trade or
spending activity before a sum of money (quantities/amount_activities.py), the subject of a
count after a verb of reaching or of 有 with a time or a place between
(quantities/count_subjects.py), and a change in percentage points or a figure after 连续N年
that goes on about the clause before (quantities/context_objects.carry_subject). Sentences
invented in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a place or a time, then the activity the money measures
        ("今年一季度，江苏出口8600亿元，同比增长6.2%。", "8600亿元", "出口"),
        ("前8个月，加工贸易进出口5.3万亿元，同比增长2.1%。", "5.3万亿元", "加工贸易进出口"),
        # after the verb of a predicate
        ("这次展会带动消费12亿元。", "12亿元", "消费"),
        # the rate after it measures the same activity
        ("今年一季度，江苏出口8600亿元，同比增长6.2%。", "6.2%", "出口"),
    ],
)
def test_activity_of_amount(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an adverb before the verb: a predicate with a purpose, not an activity (投入 is no
        # object); since round 15 the purpose after 用于 is (money_purposes)
        ("全县将投入3亿元，用于改造老旧管网。", "3亿元", "改造老旧管网"),
    ],
)
def test_no_activity_of_amount(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 有 with a time and a place between the things and the verb
        ("像这样的智能灌溉设备目前在河南有近50套，覆盖农田上万亩。", "近50套", "智能灌溉设备"),
        # a verb of reaching, with its complement
        ("全市公交线路增加到186条。", "186条", "公交线路"),
        ("农民专业合作社、家庭农场等达到了3200家，再创新高。", "3200家", "农民专业合作社、家庭农场"),
    ],
)
def test_count_subject_of_reaching(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a time word before a verb of doing: the noun is the agent
        ("这样的手术，医院今年已经做了80多台，比去年同期增长两成。", "80多台", ""),
    ],
)
def test_no_count_subject_of_agent(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a growth-rate noun refers back to the rate before it
        ("一季度，民间投资同比增长6.5%，增速比去年全年加快3.1个百分点。", "3.1个百分点", "民间投资"),
        # a comparative verb with the base after it
        ("上半年，服务零售额同比增长7.2%，快于商品零售额2.3个百分点。", "2.3个百分点", "服务零售额"),
        # a duration of running on between the figure and the clause before
        ("全市人均生产总值达到21000美元，已连续4年超过2万美元。", "超过2万美元", "人均生产总值"),
    ],
)
def test_carried_past_comparison(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an earlier count's noun, a verb, then the noun the money or goods are
        ("今年以来，向3.6万户次企业发放稳岗补贴12.4亿元。", "12.4亿元", "稳岗补贴"),
        # no verb between: the noun is the earlier count's own
        ("8个小区1200余户居民完成了登记。", "1200余户", "居民"),
    ],
)
def test_noun_after_inner_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_share_metric_tagged_verb_before_reaching() -> None:
    # 占比/v before 达到: the share metric is a noun, with its subject before it
    assert one("今年全市新能源汽车销量占比达到45%。", "45%").object == "新能源汽车销量占比"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of running length before the duration: the event after its 的
        ("在杭州，一场历时8个月的青铜器特展，吸引观众逾百万人次。", "8个月", "青铜器特展"),
        ("湖畔开启连续6天的音乐节，游客络绎不绝。", "6天", "音乐节"),
        # a one-character head jieba tags a verb stays with the event
        ("一场历时5个月的青铜文物展，带动周边消费。", "5个月", "青铜文物展"),
    ],
)
def test_event_after_running_length(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a frequency after a metric noun of counting measures it
        ("今年以来，平台访问次数超过8亿次。", "超过8亿次", "平台访问次数"),
        ("系统累计调用量已经突破30亿次。", "突破30亿次", "调用量"),
        # a subject that names no metric: the repeated action
        ("村民们已经来了三次。", "三次", "来"),
    ],
)
def test_frequency_metric(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a metric noun jieba tags a verb, after a noun, before a figure
        ("今年以来，农村快递业务量增速超过28%。", "超过28%", "农村快递业务量增速"),
        ("清洁能源发电占比将超过60%。", "超过60%", "清洁能源发电占比"),
    ],
)
def test_metric_tagged_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the clause before opens with a relative clause; the figure's clause has a date only
        ("今年以来，参与回收计划的二手手机占比稳步提升，9月达38.2%。", "38.2%", "二手手机占比"),
        ("全县农民人均收入连年增长，2025年达到了21000多元。", "21000多元", "农民人均收入"),
    ],
)
def test_topic_past_relative_and_date(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a cost noun, then 只要 (tagged a conjunction) right before the sum
        ("坐大巴进城的费用只要十几块钱。", "十几块钱", "费用"),
        ("一次体检的成本只要80元。", "80元", "成本"),
    ],
)
def test_cost_before_restrictive_word(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # one-character modifiers listed before the head they share
        ("全省200多家大、中型企业参与了技术改造。", "200多家", "大、中型企业"),
        ("志愿者帮助30名中、小学生完成作业。", "30名", "中、小学生"),
    ],
)
def test_shared_head_prefix(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # what is compared stands before the comparative verb, the base after it
        ("出口增速快于进口3个百分点，结构持续优化。", "3个百分点", "出口增速"),
        # a bare growth-rate noun before it: the clause before names the subject
        ("网上零售额同比增长9.1%，增速高于同期社会消费品零售总额4.6个百分点。", "4.6个百分点", "网上零售额"),
    ],
)
def test_compared_before_comparative_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
