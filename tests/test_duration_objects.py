"""Objects of durations, ages, distances and sums put in, as the tuning gold gives them: a time
or age metric before the figure (旅行时间由N小时缩短至M分钟, 平均年龄只有N岁:
`duration_metrics`), the activity after 经过/历经 + a duration (`duration_activities`), the event
a 为期 duration is the length of, no subject for a duration followed by 来 (a time adverbial) or a
distance from a place (`distance_frames`), no object for a word of "at the age of" (现年), and the
purpose written after a sum put in (`money_purposes`). Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a time word (现在) and 由 between the metric and the figure
        ("新线开通后，两市之间的旅行时间将由现在的4个多小时缩短至50分钟。", "4个多小时", "旅行时间"),
        ("新线开通后，两市之间的旅行时间将由现在的4个多小时缩短至50分钟。", "50分钟", "旅行时间"),
        ("两地城际铁路运行时间由2小时左右缩短至40分钟以内。", "2小时左右", "城际铁路运行时间"),
        # a verb with a modifier of its own before the metric, an adverb inside it
        ("这笔专项贷款的最长使用期限不超过5年。", "不超过5年", "最长使用期限"),
        ("两城之间的列车运行最快时间将从现在的5小时缩短至3小时。", "5小时", "列车运行最快时间"),
        # terms of a period
        ("这座大桥的设计使用年限120年。", "120年", "设计使用年限"),
        ("新一届理事会每届聘期4年。", "4年", "聘期"),
    ],
)
def test_time_metric_before_duration(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_age_metric_before_age() -> None:
    """平均年龄|只有/c|N岁: the age metric before the figure, over 只有."""
    assert one("这支研发团队平均年龄只有26岁。", "26岁").object == "平均年龄"
    assert one("一群平均年龄只有30多岁的工程师正在攻关。", "30多岁").object == "平均年龄"


def test_age_after_a_word_of_at_the_age_of_has_no_object() -> None:
    assert one("他现年58岁，长期从事农业技术推广工作。", "58岁").object == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("经过4年建设，新机场主体工程完工。", "4年", "建设"),
        ("大型设备历经9天运输，顺利运抵施工现场。", "9天", "运输"),
        ("这家企业经过6年研发的新型材料今年投产。", "6年", "研发"),
    ],
)
def test_activity_after_a_passing_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_duration_followed_by_since_takes_no_subject() -> None:
    """持续|N年|来: a time adverbial of the clause, not a subject's lasting."""
    s = one("并称此举是对日本持续近8年来对该地区实施封锁的回应。", "近8年")
    assert s.object == ""


def test_scheduled_length_measures_the_subject() -> None:
    """本届博览会|为期|N天: the event before 为期; before a 的 the event comes after it."""
    assert one("本届博览会为期五天，以合作共赢为主题。", "五天").object == "博览会"
    assert one("各地将启动为期3天的“乡村振兴”论坛。", "3天").object == ""


def test_quoted_event_after_a_scheduled_length() -> None:
    """为期N天的|“…”|，: the quoted name is the event's."""
    s = one("多家商超将启动为期20天的“暖冬菜篮子”，每天供应平价菜。", "20天")
    assert s.object == "“暖冬菜篮子”"


def test_distance_from_a_place_has_no_object() -> None:
    assert one("距离震中约180公里的北部山区有明显震感。", "约180公里").object == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("全县累计投入4亿元用于改造老旧小区。", "4亿元", "改造老旧小区"),
        ("当地投入2000万元，用于灾后重建和道路修复。", "2000万元", "灾后重建和道路修复"),
        ("已累计投入近6亿元，专门用于湿地生态修复。", "近6亿元", "湿地生态修复"),
    ],
)
def test_purpose_of_money_put_in(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_verb_of_putting_in_is_no_object() -> None:
    """投入/n|N人: jieba lists 投入 as a noun; a verb of putting in names no thing counted."""
    assert one("全镇累计投入3万人次。", "3万人次").object == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("这个村有着200多年木船制作历史。", "200多年", "木船制作历史"),
        ("这家老店已有百余年经营历史。", "百余年", "经营历史"),
    ],
)
def test_span_noun_phrase_after_duration(sentence: str, surface: str, obj: str) -> None:
    """N年|木船|制作|历史: the noun phrase a span noun heads, its modifiers with it."""
    assert one(sentence, surface).object == obj


def test_age_metric_with_superlative() -> None:
    """年龄|最小|的|N岁: the metric with its superlative, as the tuning gold writes 年龄最大的."""
    assert one("报名的人中，年龄最小的19岁。", "19岁").object == "年龄最小的"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("大桥通车后，两岸居民不再需要绕行1个多小时车程。", "1个多小时", "车程"),
        ("新航线开通前，旅客要经历近5小时行程才能抵达。", "近5小时", "行程"),
    ],
)
def test_journey_noun_after_duration(sentence: str, surface: str, obj: str) -> None:
    """N小时|车程: a journey's length in time measures the journey noun (stats_span_nouns)."""
    assert one(sentence, surface).object == obj
