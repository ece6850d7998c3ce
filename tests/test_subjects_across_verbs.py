"""The measured noun stands before the figure across a verb, a time adverbial or a change frame,
and the object came out empty or as a word that is no thing measured: the time base of a figure
reached (恢复至|某年|同期|的N%), the distance word as a metric (遥控|距离|达|N千米), the change
verb jieba tags a noun (由N种|精简/n|到|M种), the event before a light verb (投票|已|举行了|N轮),
a noun phrase right after a duration (连续五天|单日客流|超N人次) and an ordinal run of years
(总额|连续|第四年|超过N). Sentences invented in the style of the 新闻联播 corpus; none is copied
from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_time_base_with_its_same_period_word_is_no_object() -> None:
    """恢复至|2019年|同期/b|的|N%: the time says where the figure stands against; the subject
    before the predicate is measured."""
    assert one("入境旅游人数恢复至2019年同期的九成。", "九成").object == "入境旅游人数"
    assert one("全省客运量已恢复到2018年同期的85.6%。", "85.6%").object == "客运量"


def test_distance_word_before_a_predicate_is_the_metric() -> None:
    """遥控|距离|达|N公里: 距离 is the subject of 达, no frame word with a place after it."""
    assert one("新型无人船的遥控距离达20公里。", "20公里").object == "遥控距离"
    assert one("事发地点距离县城约35公里。", "约35公里").object == ""  # 距离|某地: a frame still


def test_change_verb_tagged_a_noun_is_no_object() -> None:
    """由N种|精简/n|到|M种: both figures count the noun before 由, not the verb."""
    assert one("企业办事所需材料由56种精简到18种。", "56种").object == "材料"
    assert one("企业办事所需材料由56种精简到18种。", "18种").object == "材料"


def test_event_before_a_light_verb_is_counted() -> None:
    """会谈|已|举行了|N轮: the frequency counts the event held, not the verb of holding."""
    assert one("至今，双方磋商已举行了9轮。", "9轮").object == "磋商"
    assert one("消防队员已进行了4次。", "4次").object != "消防队员"  # people act: no event


def test_noun_right_after_a_duration_is_the_next_figures_subject() -> None:
    """连续五天|单日客流|超N人次: a duration counts no noun after it."""
    assert one("全国铁路连续六天单日客流超1500万人次。", "超1500万人次").object == "单日客流"
    assert one("已连续半个月单日票房超2亿元。", "超2亿元").object == "单日票房"


def test_ordinal_run_of_years_is_read_past() -> None:
    """总额|连续|第三年|超过N: the ordinal run is a time adverbial between subject and predicate."""
    s = one("全省外贸进出口总额连续第三年超过8000亿元。", "超过8000亿元")
    assert s.object == "外贸进出口总额"


def test_span_of_a_mean_is_read_past() -> None:
    """生产总值|五年|年均|增长N%: the span the mean is taken over is a time adverbial."""
    assert one("全区规上工业增加值五年年均增长9.2%。", "9.2%").object == "规上工业增加值"
