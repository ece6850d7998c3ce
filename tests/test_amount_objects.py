"""Objects of amounts and percents (issue 12, round 11): a growth rate after a period word or a
bare rate noun carries the earlier figure's subject, as does a change after a comment clause or
after bare listed numbers; a verb inside a metric's noun run, a per-unit word inside a metric,
a metric noun jieba tags a verb, and a modal's change verb kept out of the object. Sentences in
the style of the raw 新闻联播 corpus, written for these tests, none copied from a page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a per-day or per-year word opens no subject of its own (context_objects.carry_subject)
        ("假期全省旅客发送量达3.1亿人次，日均同比增长4.6%。", "4.6%", "旅客发送量"),
        # a bare growth-rate noun after an amount is that amount's rate
        (
            "全省技术合同成交额从2019年的800亿元增至2023年的1250亿元，年均增速11.8%。",
            "11.8%",
            "技术合同成交额",
        ),
        # a clause opening with a verb comments on the figure before it
        ("全市外贸进出口2.6万亿元，居全省首位，同比增长12.3%。", "12.3%", "外贸进出口"),
        # bare listed numbers before a change in points share its predicate
        (
            "上半年全省地区生产总值同比增长5.6%，比一季度和上年同期分别加快0.3和0.9个百分点。",
            "0.9个百分点",
            "地区生产总值",
        ),
    ],
)
def test_a_rate_without_subject_carries_the_earlier_one(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_rate_noun_with_its_own_subject_keeps_it() -> None:
    s = one("全市工业投资增长8%，其中民间投资增速达到6.5%。", "6.5%")
    assert s.object != "工业投资"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb between a noun and a metric noun run (subjects._verb_before_metric_run)
        ("3月份全省制造业采购经理指数为50.3%。", "50.3%", "制造业采购经理指数"),
        ("本月建筑业商务活动指数为55.4%。", "55.4%", "建筑业商务活动指数"),
        # 每 and a measure inside a metric (objects._per_unit_inside)
        ("去年全省小麦每亩产量428.6公斤。", "428.6公斤", "小麦每亩产量"),
        # a modal and a change verb stay the predicate (word_tags: no attributive)
        ("新机组投运后，每年可减少二氧化碳排放量约6.2万吨。", "约6.2万吨", "二氧化碳排放量"),
    ],
)
def test_metric_runs(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_an_attributive_modal_verb_stays_in_the_object() -> None:
    assert one("全县农村居民人均可支配收入2.3万元。", "2.3万元").object == "农村居民人均可支配收入"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("今年前两季度，全省39个工业大类行业中33个行业增加值实现增长，增长面达84.3%。", "84.3%"),
        ("有26个行业利润增长，增长面超过七成。", "超过七成"),
        ("规上工业利润总额保持增长，增长面比一季度扩大4.2个百分点。", "4.2个百分点"),
    ],
)
def test_a_metric_noun_jieba_cut_is_whole(sentence: str, surface: str) -> None:
    # object_edges.join_cut_metrics: 增长|面, 增长|面达, 增长|面比
    assert one(sentence, surface).object == "增长面"


def test_the_metric_comment_clause_takes_the_rate() -> None:
    # context_objects.metric_subject with a bare rate noun in the figure's clause
    assert one("全省工业投资较快增长，同比增速达到7.6%。", "7.6%").object == "工业投资"


def test_a_time_and_an_ordinal_after_the_topic_subject() -> None:
    # topic_subjects: 用电负荷|今年|第三次|创出新高，达到N: when, then the predicate
    assert one("全省用电负荷今年第三次创出新高，达到1.3亿千瓦。", "1.3亿千瓦").object == "用电负荷"


def test_a_target_noun_tagged_a_verbal_noun_inside_the_target() -> None:
    # metric_verbs: 经济|预期/vn|增长|目标
    assert one("今年全市经济预期增长目标为6%左右。", "6%左右").object == "经济预期增长目标"


def test_a_change_before_its_target_measures_the_subject() -> None:
    # objects.object_of: 效率|提升|N%的|目标: the target is no object
    s = one("今后，全省应急响应效率将实现提升25%左右的目标。", "25%左右")
    assert s.object == "应急响应效率"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("去年全市钢铁工业总产值突破800亿元大关。", "突破800亿元", "钢铁工业总产值"),
        # a verb of stepping up to a level (迈上, 登上: stats_predicate_words) is read past too
        ("全县茶叶产值首次迈上20亿元新台阶。", "20亿元", "茶叶产值"),
        ("4月份，物流业库存周转次数指数位于51%左右的较高水平。", "51%左右", "物流业库存周转次数指数"),
    ],
)
def test_a_level_noun_after_the_figure_is_no_object(sentence: str, surface: str, obj: str) -> None:
    # objects.object_of with stats_level_nouns; 位于 a predicate word
    assert one(sentence, surface).object == obj


def test_a_verb_of_shrinking_is_the_predicate() -> None:
    # stats_predicate_words: 缩减, 压减, 收窄 …
    assert one("全省退化草原面积缩减近1.8亿亩。", "近1.8亿亩").object == "退化草原面积"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 支出 names a measure like 收入: the verb before it stays inside the metric
        ("一季度，全省保险业赔付支出120亿元，同比增长6.1%。", "120亿元", "保险业赔付支出"),
        ("全市一般公共预算支出达到500亿元。", "500亿元", "一般公共预算支出"),
    ],
)
def test_spending_is_a_metric(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
