"""Objects taken from a frame around a figure are no objects: a verb of equivalence or
conversion (stats_equivalence_verbs) is no action of the people counted; a clause of origin
before a people count (stats_source_verbs) is no noun of it; a noun of need after a people count
(stats_need_nouns) is not who is counted; a count after 其中 with an existential verb counts what
the whole counts; the base of a comparison verb (与…相比, 相比…) is no subject. Sentences invented
in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an equivalence verb before a people count is a frame, not what the people do
        ("这座电站一天的发电量相当于36万人一年的用电需求。", "36万人", ""),
        # a people count after a clause of origin: the clause's noun is a modifier
        ("论坛吸引了来自40多个国家和地区的800余人参会。", "800余人", "参会"),
        ("大会共有来自全国各地的2600余人。", "2600余人", ""),
        # a noun of need after a people count names what they need
        ("新建管网将解决7个乡镇3.2万人饮水难题。", "3.2万人", ""),
        # a people noun after the count is still counted
        ("来自12所高校的600余名大学生参加了活动。", "600余名", "大学生"),
    ],
)
def test_people_frames(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a part after 其中 and an existential verb counts what the whole counts
        ("全球每售出十台新型挖掘机，其中就有四台销往中国。", "四台", "新型挖掘机"),
        # a part with a noun of its own keeps it
        ("全县建成12个服务站，其中有5个服务站在山区。", "5个", "服务站"),
    ],
)
def test_part_of_whole(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 相比 with its base after it: the subject stands before the verb
        ("5月，客流指数相比去年冬季低点大幅增长21.6个。", "21.6个", "客流指数"),
        # 与…相比: the subject stands before the preposition
        ("今年，全县蔬菜产量与去年相比增长了8万吨。", "8万吨", "蔬菜产量"),
        # 比 as before
        ("全县粮食总产比上年增加了8万吨。", "8万吨", "粮食总产"),
    ],
)
def test_compared_base_is_no_subject(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_conversion_restates_the_amount_before() -> None:
    sentence = "两国企业签署了采购合同，金额达85亿加元，约合61亿美元。"
    assert one(sentence, "85亿加元").unit == "加元"
    assert one(sentence, "约合61亿美元").object == one(sentence, "85亿加元").object


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a copula after a people measure: the noun after it names those counted
        ("这个街道的常住人口中有3万多名是退休职工。", "3万多名", "退休职工"),
        # a part after 其中 that the copula describes counts what the whole counts
        ("全区新建项目52个，其中18个是民营企业投资。", "18个", "新建项目"),
        # 共 glued to the verb it sums is no part of the counted noun
        ("新版名录共收录药品861种。", "861种", "药品"),
        # a word of averaging alone names no counted thing: the mean of the figure before
        ("口岸共查验出入境人员426.3万人次，日均60.9万人次。", "60.9万人次", "出入境人员"),
        # with no figure before it, people counted are named by their verb
        ("三天假期中日均38.6万人次出入境。", "38.6万人次", "出入境"),
        # a place before a people count says where they are
        ("洪水已导致某河沿岸地带1.2万人受灾。", "1.2万人", "受灾"),
        ("洪水导致对方控制的区域内6人死亡。", "6人", "死亡"),
        # 与…有关 after the counted noun is its predicate
        ("调查显示，这三艘货船与某港口有关。", "三艘", "货船"),
        # 相关 before a noun is a modifier inside the compound, as before
        ("园区共有12家与新能源相关的企业。", "12家", "企业"),
    ],
)
def test_frames_of_counts(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
