"""A verb of sending, handing out, servicing or carrying out that opens a count's object read
before the number is the predicate: the noun phrase after it is what is counted
(quantities/handling_verbs.py); verbs that often start a compound noun stay. Sentences invented
in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a clause-opening verb before people
        ("目前当地已开放8个安置点，调集医疗人员1200多人，全力救治伤员。", "1200多人", "医疗人员"),
        # after 等, before goods
        ("已向社区、学校等发放口罩20万个、消毒液3000瓶。", "20万个", "口罩"),
        # a verb inside the noun phrase after the handling verb
        ("当地安排文旅消费促进活动超过200场，带动消费增长。", "超过200场", "文旅消费促进活动"),
        # a verb of producing after a rate word, and a verb of carrying after the subject
        ("新厂投产后，每天生产月饼约3万盒，供应周边城市。", "约3万盒", "月饼"),
        ("假期全国水路日均运输旅客86万人次，同比增长。", "86万人次", "旅客"),
        # a verb of making that opens a clause, before a long name
        ("全省调配农机具20万台，建设区域农机社会化服务中心130多个。", "130多个", "区域农机社会化服务中心"),
        # an amount of goods after a verb of sending, with an adverb before it
        ("省商务厅紧急调集储备牛肉800吨，保障节日市场。", "800吨", "储备牛肉"),
        ("部门随即调运饮用水350吨，送往受灾村镇。", "350吨", "饮用水"),
    ],
)
def test_without_handling_verb(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a task verb before a crew head names the crew (stats_work_verbs)
        ("，救援人员300人赶到现场。", "300人", "救援人员"),
        # after 的 the verb opens the noun phrase
        ("到目前为止，各地出台的实施方案近30个。", "近30个", "实施方案"),
        # a verb of producing after a noun is inside the compound
        ("全省共有食品生产企业800多家。", "800多家", "食品生产企业"),
    ],
)
def test_handling_verb_left_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
