"""Objects of amounts (issue 12, round 14): the object of an amount is the metric measured. A
metric before a verb of loss (市值蒸发), ... Sentences in the style of the raw 新闻联播 corpus,
written for these tests, none copied from a page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a metric noun before a verb of loss (stats_loss_verbs): the metric, not the loss
        ("受消息影响，全球股市市值蒸发超过2万亿美元。", "超过2万亿美元", "股市市值"),
        ("三个月来，这家车企的市值缩水近40亿元。", "近40亿元", "市值"),
        ("受暴雨影响，当地景区门票收入流失超过5000万元。", "超过5000万元", "景区门票收入"),
    ],
)
def test_a_metric_before_a_verb_of_loss_is_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_loss_that_is_no_metric_keeps_its_own_noun() -> None:
    # jieba's one word 经济损失 is the loss measured itself
    assert one("洪灾造成直接经济损失15亿元。", "15亿元").object == "直接经济损失"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb of reaching jieba glued to the metric's last character (水可达/nr, 柱高达/nz)
        ("新厂建成后，日产淡化水可达2万吨。", "2万吨", "日产淡化水"),
        ("火山喷出的岩浆柱高达约300米。", "约300米", "岩浆柱"),
    ],
)
def test_a_glued_verb_of_reaching_is_no_part_of_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_verb_of_reaching_alone_is_left_to_the_subject_reader() -> None:
    # written apart, 达 was never in the object
    assert one("今年全县花卉产值达12亿元。", "12亿元").object == "花卉产值"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 总 cut off the metric (总/b|投入/v): the metric with its owner before it (attribute_metrics)
        ("该项目总投入12亿元，预计明年投产。", "12亿元", "项目总投入"),
        ("园区一期工程总投入约8亿元。", "约8亿元", "工程总投入"),
    ],
)
def test_an_attribute_metric_is_the_object_of_its_amount(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_the_owner_after_de_stays_the_object_of_an_attribute_amount() -> None:
    # the thing that has the attribute, after 的, is what the annotated pages give
    assert one("总投资约40亿元的跨江大桥昨天正式通车。", "约40亿元").object == "跨江大桥"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a bare scaled count after a metric noun: the metric is kept (scaled_metrics)
        ("今年国庆假期，景区游客接待人数达80万。", "80万", "景区游客接待人数"),
        # the metric alone read back over its compound (领/v|用/p inside it)
        ("截至目前，全国医保码领用人数已突破9亿。", "突破9亿", "医保码领用人数"),
        ("今年前5个月，全省累计进出口货值超1.3万亿元。", "超1.3万亿元", "进出口货值"),
    ],
)
def test_a_bare_scaled_figure_keeps_the_metric_before_it(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_count_with_its_measure_counts_the_things_before_a_metric() -> None:
    # a measure word counts the things named first (乡镇), not the metric after them
    assert one("全省4个乡镇降雨量超过400毫米。", "4个").object == "乡镇"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a per-unit frame: the sum paid after the standard the figure sets (per_units)
        ("对符合条件的家庭，按每孩每年3600元的标准发放育儿补贴。", "3600元", "育儿补贴"),
        ("按照每人每月500元的标准给予生活补助。", "500元", "生活补助"),
        # the sum paid named before the frame, its standard noun dropped
        ("新生儿育儿补贴标准为每孩每月300元。", "300元", "新生儿育儿补贴"),
        ("今年的高龄津贴为每人每月200元。", "200元", "高龄津贴"),
    ],
)
def test_the_sum_paid_is_the_object_of_a_per_unit_frame(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_per_unit_sum_with_its_own_object_keeps_it() -> None:
    assert one("为困难老人每人每月发放300元生活补贴。", "300元").object == "生活补贴"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 按|每人每月|N元|执行/v: the verb the rate is applied by is no thing paid (per_units)
        ("今年起，护理补贴标准按每人每月600元执行。", "600元", "护理补贴"),
        ("镇里对改厕农户按每户800元发放。", "800元", ""),
    ],
)
def test_the_verb_after_a_per_unit_sum_is_no_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
