"""Subjects read past a time adverbial, and objects left empty or cut short (issue 12, round 8):
a length of time after a continuity word (stats_continuity_words: 连续|N年) or a time adverb
jieba does not tag d (stats_time_adverbs: 首次, 如今) or a time word jieba tags t (今年, 年底)
between a subject and its predicate is
skipped like an adverb (quantities/duration_adverbials.py), and a duration keeps no object of
the figure after it; a share right after a verb that is no predicate word is the share of the
activity done, the noun before the verb and the verb (subjects._subject_of_share_verb); a plain
noun right after a people measure is the people counted (quantities/people_nouns.py); a verb
naming a noun's mode or service (stats_mode_verbs: 联合|收割机) is read inside the object; a
share right after ，其中 is a share of the whole the clause before counted
(quantities/whole_shares.py); a count that drops a metric noun drops a one-character b
attribute with it (游客|总|人数) and keeps the metric after a longer one (参保|人数;
quantities/metric_drop.py). Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("全省棉花产量连续五年稳定在500万吨以上。", "500万吨以上", "棉花产量"),
        ("全省棉花产量连续五年稳定在500万吨以上。", "五年", ""),
        ("该市外贸总额已经连续三年超过2000亿元。", "超过2000亿元", "外贸总额"),
        ("该市外贸总额已经连续三年超过2000亿元。", "三年", ""),
        # no continuity word: nothing read past the figure
        ("他用3年捐款2000元。", "2000元", ""),
        # a time adverb jieba does not tag d
        ("全省旅游总收入首次突破5000亿元。", "突破5000亿元", "旅游总收入"),
        ("全市森林面积如今已超过200万亩。", "超过200万亩", "森林面积"),
        # a time word (jieba's t) between the subject and its predicate, after 预计 too
        ("全省蔬菜产量今年达到800万吨。", "800万吨", "蔬菜产量"),
        ("该县企业营业收入上半年突破50亿元。", "突破50亿元", "企业营业收入"),
        ("全市污水处理率预计年底达到98%。", "98%", "污水处理率"),
        # a place alone, or no subject before the time word: empty as before
        ("浙江今年增长6.5%。", "6.5%", ""),
        ("今年达到300亿斤。", "300亿斤", ""),
    ],
)
def test_subject_past_duration_adverbial(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("全国早稻收获过六成。", "过六成", "早稻收获"),
        ("全市饮用水水质达标100%。", "100%", "饮用水水质达标"),
        ("全国油菜已收获七成。", "七成", "油菜"),
        # a metric jieba tags v, a predicate word, a place alone: no subject read
        ("有8个省份增速超过15%。", "超过15%", ""),
        ("江苏增长12.8%。", "12.8%", ""),
    ],
)
def test_share_right_after_a_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a plain noun right after a people measure, nothing before the number: the people
        ("去年3.2万人次贫困学生得到资助。", "3.2万人次", "贫困学生"),
        ("全县组织5000人次群众参加培训。", "5000人次", "群众"),
        # the people named before, or a verb after: as before
        ("全市共有志愿者1200人。", "1200人", "志愿者"),
        ("全村有28人报名。", "28人", "报名"),
    ],
)
def test_noun_right_after_a_people_measure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb naming the noun's mode or service (stats_mode_verbs) stays inside the object
        ("全省各地投入联合收割机8万多台。", "8万多台", "联合收割机"),
        ("今年全市筹集租赁住房3万套。", "3万套", "租赁住房"),
        ("全市共享单车超过10万辆。", "超过10万辆", "共享单车"),
        # before a figure it is the predicate: its object is counted
        ("该市联合5个部门开展检查。", "5个", "部门"),
    ],
)
def test_mode_verb_inside_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a share right after ，其中 is a share of the whole the clause before counted
        ("全省退耕还林面积达到300万亩，其中60%为经济林。", "60%", "退耕还林面积"),
        ("去年全县发放创业贷款2亿元，其中七成用于种养殖业。", "七成", "创业贷款"),
        # not after a share, not across a sentence
        ("全市粮食产量增长5%，其中30%来自新品种。", "30%", ""),
    ],
)
def test_share_after_a_whole_pronoun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a count of the whole's measure after 其中 with no noun of its own: the whole's object
        ("全县建成9处污水处理站，其中4处安装了在线监测设备。", "4处", "污水处理站"),
        ("救援队从河里打捞出十二艘渔船，修复了其中五艘，其余船只送往船厂。", "五艘", "渔船"),
        ("全县共有12个村，其中8个已完成改造。", "8个", "村"),
        # a verb phrase read after the part, or the written copula 为 (tagged p), names no noun
        ("全市投入抽水泵1200台，其中300台以上参与排涝作业。", "300台以上", "抽水泵"),
        ("全省登记在册的古树3000多株，其中500多株为一级保护状态。", "500多株", "古树"),
        # a count with its own noun keeps it, even after a verb jieba tags (知名/v): the whole's
        # head in the phrase names a noun of the part's own
        ("展会吸引300多家企业参展，其中40多家知名外资企业首次参展。", "40多家", "知名外资企业"),
        # a count with its own noun keeps it
        ("全县共有12个村，其中8个示范村完成改造。", "8个", "示范村"),
        # nor people, whom their verb names
        ("全镇转移群众1500多人，其中800多人已返回家中。", "800多人", ""),
    ],
)
def test_count_after_a_whole_pronoun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a count drops the metric noun; a one-character b attribute (总) goes with it
        ("去年，该馆接待观众总人数80万人次。", "80万人次", "观众"),
        # a longer b attribute names who is counted: the metric stays (as 招聘人数)
        ("全国参保人数达2亿人。", "2亿人", "参保人数"),
        ("全省基本医疗保险参保人数达5000万人。", "5000万人", "基本医疗保险参保人数"),
        # no attribute: the metric is dropped as before
        ("全省社区养老助餐点总数超过2000个。", "超过2000个", "社区养老助餐点"),
    ],
)
def test_count_drops_a_metric_with_its_attribute(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
