"""A status word (jieba's z: 优良) or the 在 of a state (在|田) right before an object read before
the number is put back in front of it, and the phrase widened again (issue 12, round 10;
quantities/bound_prefixes.py). Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the status word names the kind of the thing measured
        ("全市空气质量优良天数比例达到92.3%。", "92.3%", "空气质量优良天数比例"),
        ("去年，全省地表水优良断面比例提高到95%。", "95%", "地表水优良断面比例"),
        ("今年上半年，珠江流域水质优良比例为98%。", "98%", "水质优良比例"),
        # 在 and a one-character noun: the state of the thing counted, with the nouns before it
        ("目前，全省冬油菜在田面积达到1500万亩。", "1500万亩", "冬油菜在田面积"),
        ("截至月底，全县在岗职工2.3万人。", "2.3万人", "在岗职工"),
        # a status word in a clause of its own is the predicate there: nothing put back
        ("今年水质总体优良，达标比例为90%。", "90%", "达标比例"),
        # 在 before a place word says where, and a predicate stands between: nothing put back
        ("工作队在村里设立服务站12个。", "12个", "服务站"),
    ],
)
def test_bound_prefix_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a kind of division (a verb or noun, 大 at most, and the unit word jieba tags zg)
        ("今年上半年，脱贫县农民人均可支配收入达9200元。", "9200元", "脱贫县农民人均可支配收入"),
        ("今年，产粮大县奖励资金达到12亿元。", "12亿元", "产粮大县奖励资金"),
        ("去年，全国脱贫村集体经济收入达到15万元。", "15万元", "脱贫村集体经济收入"),
        # a named county is a place: it stays out
        ("今年，涞源县粮食产量达到12万吨。", "12万吨", "粮食产量"),
    ],
)
def test_kind_of_division_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a one-character prefix, adverb or conjunction glued to a one-character word: a word cut in two
        ("全市现有各级非遗代表性项目600余项。", "600余项", "非遗代表性项目"),
        ("今年，全省新增并网光伏120万千瓦。", "120万千瓦", "并网光伏"),
        ("目前，全县小麦已收面积超过80万亩。", "超过80万亩", "小麦已收面积"),
        # 的 or a conjunction of the list before the word marks the phrase's edge: nothing put back
        ("总投资亿元以上的大项目投资增长9%。", "9%", "大项目投资"),
    ],
)
def test_split_word_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a bound one-character verb (跨) cut off the noun opening the object, after a scope word
        ("国庆假期首日，全社会跨区域人员流动量预计超2.7亿人次。", "超2.7亿人次", "跨区域人员流动量"),
        # after a plain noun the nouns before go with it
        ("其中，水路跨区域人员流动量约310万人次。", "约310万人次", "水路跨区域人员流动量"),
    ],
)
def test_bound_verb_prefix_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the negating prefix 非 cut off (h) before a noun of two characters or more
        ("截至年底，全县非居民用户超过1.6万户。", "超过1.6万户", "非居民用户"),
        ("去年，该省新认定非遗工坊340家。", "340家", "非遗工坊"),
        # glued to one character jieba tags as an adverb (非公/d)
        ("目前，全区非公企业党组织覆盖率达到93%。", "93%", "非公企业党组织覆盖率"),
        # inside the phrase read back: the level word before the prefix goes on with it
        ("截至目前，全省共认定省级非物质文化遗产项目520项。", "520项", "省级非物质文化遗产项目"),
        # no prefix before the noun: nothing put back
        ("截至年底，全县居民用户超过4.8万户。", "超过4.8万户", "居民用户"),
    ],
)
def test_negating_prefix_before_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_level_word_before_a_negating_prefix_after_the_measure() -> None:
    # after the measure a level word (b) before 非|遗 opens the noun phrase the prefix binds into
    assert one("该剧团把三个省级非遗项目搬上舞台。", "三个").object == "省级非遗项目"
