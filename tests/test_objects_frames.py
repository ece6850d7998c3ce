"""Objects of figures left empty where the object convention names one (issue 12, round 8): a
figure compared with an earlier time in the clause after another figure measures what that
figure measures (quantities/time_frames.py); a duration measures the activity after its 的 where
jieba tags it a verb (quantities/duration_activities.py); a word jieba tags as an adverb between
a measure and its noun is read inside the noun phrase, and a one-character word it could not
place right after a measure is a noun (quantities/after_measure.py); a length's dimension
adjective (宽, 长的) leads to the noun measured (quantities/dimensions.py); a ratio stated against
a base (是 X 的 N倍) measures the subject, not the base (quantities/comparisons.py); a count of
things ending its clause after an adverb and its verb counts the subject
(quantities/count_subjects.py); a share after X中(，)已有 is a share of X
(quantities/share_scopes.py). Sentences invented in the style of the 新闻联播 corpus; none is copied
from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a count of the same unit after 较 + a duration + 前 + a verb of change
        ("全市公园已有300个，比十年前多了120个。", "120个", "公园"),
        ("全省建成乡村书屋2400家，较三年前增加600家。", "600家", "乡村书屋"),
        # a ratio after 是 + a duration + 前 + 的 measures the amount before it
        ("全市污水处理量8亿立方米，是十年前的2.5倍。", "2.5倍", "污水处理量"),
        # a percent of change after an amount
        ("该县茶叶产量达到5万吨，较五年前增长20%。", "20%", "茶叶产量"),
    ],
)
def test_carried_past_time_frame(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # another unit counts something else
        ("全县建成农家书屋120个，较三年前增加了15家。", "15家", ""),
        # a clause with its own subject keeps it
        ("全市公园已有300个，绿道比十年前增加120公里。", "120公里", "绿道"),
        # the time is no frame without a comparison word: a duration of its own
        ("全市公园已有300个，五年来新增120个。", "五年", ""),
        # a figure not right before the clause mark is not carried (a noun after it)
        ("全市建成公园300个以上的城市，较五年前增加12个。", "12个", ""),
    ],
)
def test_not_carried(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a duration's activity after its 的, a verb before the predicate or a clause mark
        ("三年多的摸索让合作社的产量翻了一番。", "三年多", "摸索"),
        ("近30分钟的空中表演，吸引了众多市民。", "近30分钟", "空中表演"),
        # a span noun jieba cuts after a verb root
        ("这里有1000多年的冶铁史。", "1000多年", "冶铁史"),
        # two verbs before a clause mark are one activity
        ("经过两年的学习实践，团队取得突破。", "两年", "学习实践"),
    ],
)
def test_duration_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a person after the 的 with the verb after it: a relative clause and its subject
        ("参军五年多的张华主动请战，赶赴一线。", "五年多", ""),
        # a noun and a verb after the 的: the noun is the subject of the verb
        ("在村里工作三年的干部参加选调。", "三年", ""),
    ],
)
def test_no_duration_activity(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a word jieba tags as an adverb between the measure (or its 的) and a noun describes it
        ("景区新开辟了十多条徒步线路。", "十多条", "徒步线路"),
        ("合作社购置了5台高速插秧机。", "5台", "高速插秧机"),
        # read as part of the noun, so the noun before a 的 is still what is counted
        ("全省5个专门工作组的调研报告已经提交。", "5个", "专门工作组"),
        # an adverb before a verb stays the predicate's
        ("3个村庄全部实现通电。", "3个", "村庄"),
    ],
)
def test_adverb_before_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_adverb_before_verb_tagged_noun() -> None:
    # jieba tags the verb a noun (生长/n), but the aspect particle after it shows a verb: the
    # adverb is no part of what is counted
    assert "已经" not in one("园区保护了20棵已经生长了百年的银杏树。", "20棵").object


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a dimension adjective after a length: the noun after it is what is measured
        ("抢险队连夜封堵20多米宽决口。", "20多米", "决口"),
        ("村里新修了一道2米高围墙。", "2米", "围墙"),
        # after the adjective's 的 a verb inside the noun phrase is read too (退/v|水口)
        ("水利部门开挖了一条约八十米长的退水口。", "八十米", "退水口"),
        ("他背着20公斤重的弥雾机。", "20公斤", "弥雾机"),
        # an adjective that names no dimension stays inside the noun
        ("村里种了3亩大田。", "3亩", "大田"),
    ],
)
def test_dimension_adjective(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a ratio or share stated against a base measures the subject before 是 / 为
        ("新区面积是老城区的两倍多。", "两倍多", "新区面积"),
        ("改造后的生产效率是传统生产线的三倍。", "三倍", "生产效率"),
        ("农村居民收入为城镇居民的40%。", "40%", "农村居民收入"),
        # with no subject before 是, the figure of the clause before: the same period is a time
        ("景区接待的境外游客达到2万人次，是去年同期的两倍。", "两倍", "境外游客"),
        # 占 X 的 N% is a share of X
        ("出口额占全省的30%。", "30%", "全省"),
    ],
)
def test_compared_with_base(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a count of things ending its clause after an adverb and its verb counts the subject
        ("村里的农家乐也开了30多家。", "30多家", "农家乐"),
        ("今年货运班列累计开行1200列，运力大幅提升。", "1200列", "货运班列"),
        ("乡镇养老院共有12个。", "12个", "乡镇养老院"),
        # people are counted by what they do (the verb of people), not by a subject
        ("当地已转移300人。", "300人", "转移"),
        # a particular body before the predicate is the agent
        ("该公司已开设20家。", "20家", ""),
        # a time or a place alone is no subject
        ("全市共有70多家民宿，今年又开了30多家。", "30多家", "民宿"),
        ("全村共有168户。", "168户", ""),
    ],
)
def test_count_subject(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a share after a group named with 中 and an existential is a share of the group
        ("在全省的试点县中，有60%实现了全覆盖。", "60%", "试点县"),
        ("全国500多个示范区中已有超过80%建成了服务中心。", "超过80%", "示范区"),
        # 其中 with no group before it names none
        ("其中70%来自农村。", "70%", ""),
    ],
)
def test_share_of_group(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a one-character word jieba could not place (zg) right after a measure is the noun counted
        ("该市有300多个村。", "300多个", "村"),
        ("全县400多个村卫生室完成改造。", "400多个", "村卫生室"),
        # a distance word right before the number: a distance, no object
        ("两地仅仅相距6公里，交通却十分不便。", "6公里", ""),
        # the noun 距离 after another noun is a metric and keeps its object
        ("新建公交枢纽换乘距离小于300米。", "小于300米", "公交枢纽换乘距离"),
    ],
)
def test_unplaced_noun_after_measure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
