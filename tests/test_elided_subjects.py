"""A figure in a clause with no subject of its own whose subject is the metric of the clause
before (an elided subject): the same metric held at a level (，连续N年稳定在M以上), a rate after
a share of a written base (，占全省的M%，同比增长K%), a clause opening with a comparison word or
a period (，较一季度末增长N%), a second predicate after 环比/同比 (X环比零增长，同比下降N%), and a
ratio against a time (，超过常年同期的N倍). Sentences invented in the style of the 新闻联播 corpus;
none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 稳定/a|在/p, 保持/v|在/p: a predicate word jieba cut in two (context_objects._cut_predicate)
        ("全省油菜产量达到95万吨，连续四年稳定在90万吨以上。", "90万吨以上", "油菜产量"),
        ("城市污水处理率98.1%，连续五年保持在95%以上。", "95%以上", "城市污水处理率"),
    ],
)
def test_level_held_after_the_figure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the share's object is its base; the rate after it is of the figure before the share
        ("民营企业出口2.6万亿元，占全省出口总值的51.2%，同比增长7.4%。", "7.4%", "民营企业出口"),
        ("县域快递业务量8.3亿件，占全市业务量的四成，增速达到12.5%。", "12.5%", "县域快递业务量"),
    ],
)
def test_rate_past_a_share_of_a_written_base(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 较/zg and a period tagged mq (一季度) say when and against what (topic_subjects)
        ("全省数据中心机架持续扩容，较一季度末增长超25%。", "超25%", "数据中心机架"),
        ("全省小麦播种面积稳中有增，较上年增加8万亩。", "8万亩", "小麦播种面积"),
        # 自/r|N年|以来: where the period starts
        ("开往成都的中欧班列，自2016年以来已累计开行突破5000列。", "突破5000列", "中欧班列"),
    ],
)
def test_clause_of_comparison_or_period_words(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_figure_before_a_semicolon_is_another_statement() -> None:
    """A figure before a semicolon does not stop the subject of the clause after it."""
    s = one("今年已新建5G基站3万个；全省智能算力设备持续扩容，较一季度末增长超30%。", "超30%")
    assert s.object == "智能算力设备"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 环比/j opens the predicate of the subject (topic_subjects._CHANGE_BASES); 国内 names its kind
        ("国内生产总值环比零增长，同比下降0.4%。", "0.4%", "国内生产总值"),
        ("全市社会消费品零售总额环比持平，同比增长3.1%。", "3.1%", "社会消费品零售总额"),
    ],
)
def test_second_predicate_after_a_change_base(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 超过|常年/d|同期|的|N倍: a ratio against a time (time_objects, time_frames)
        ("当地平均积雪深度达25厘米，超过常年同期的3倍。", "3倍", "平均积雪深度"),
        ("全市降水量为180毫米，高于常年同期的70%。", "70%", "降水量"),
        ("全县用电量12亿千瓦时，接近往年的1.5倍。", "1.5倍", "用电量"),
    ],
)
def test_ratio_against_a_time_base(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # no figure before: the subject of the clause before, its predicate an idiom (再创新高/i),
        # the figure's clause a duration and a predicate word jieba cut (稳定/a|在/p)
        ("全省油料总产量再创新高，连续三年稳定在300万吨以上。", "300万吨以上", "油料总产量"),
    ],
)
def test_level_held_after_a_figureless_clause(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
