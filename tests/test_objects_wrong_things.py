"""Objects that were filled with something other than the counted thing, or with a piece of a
word (issue 12, round 11): a place before an age, a word cut inside, a metric before a 的, a
verb before a relational modifier, a manner word after a figure. Sentences written in the
style of the raw 新闻联播 corpus, none copied from a page. One case per rule and one that the
rule leaves alone."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an age with its range written apart (及|以上) counts the people after the range, not
        # the place before the age (people_nouns.past_age_range)
        ("全县为山区70岁及以上老年人免费体检。", "70岁", "老年人"),
        ("他今年70岁。", "70岁", ""),
        # a one-character noun and a one-character verb right after the measure, before a
        # noun, are one word jieba cut in two (object_edges.join_cut_nouns)
        ("县里今年创作5首文旅主题歌曲。", "5首", "文旅主题歌曲"),
        ("全县12个村建成光伏电站。", "12个", "村"),
        # a one-character noun and a locative that jieba's dictionary knows as one word
        # (object_edges.join_cut_locatives)
        ("景区推出9项雪上体验项目。", "9项", "雪上体验项目"),
        # a metric right after a count's measure and before 的 describes the noun after the 的
        # (objects._head_past_metric); a plain noun before the 的 is still counted
        ("当地登记了12个探明储量的油气田。", "12个", "油气田"),
        ("全镇8个网格的居民参加了活动。", "8个", "网格"),
        # a verb and a relational modifier (相关, 配套) between nouns are inside the compound
        # (objects._relational_run)
        ("平台将服务三地2000余家电池制造相关企业。", "2000余家", "电池制造相关企业"),
        ("全省累计建成2000多个配套设施。", "2000多个", "配套设施"),
    ],
)
def test_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_place_in_a_dictionary_word_stays() -> None:
    # a place span that ends inside a word jieba's dictionary knows (an energy named after a
    # body: 太阳|能) is part of the noun (context_objects._cut_in_word); a place before a noun
    # of its own is cut off as before
    sun = (("太阳", "LOC"),)
    assert one("太阳能发电新增2.3亿千瓦。", "2.3亿千瓦", mentions=sun).object == "太阳能发电"
    place = (("青石镇", "LOC"),)
    assert one("青石镇茶叶出口增长25%。", "25%", mentions=place).object == "茶叶出口"


def test_forecast_is_a_metric() -> None:
    # 预期 (stats_metric_nouns): a verb between a noun and it names what it measures
    s = one("该机构将全球2026年经济增长预期由2.9%下调至2.7%。", "2.9%")
    assert s.object == "经济增长预期"


def test_manner_word_after_a_figure_is_no_object() -> None:
    # a verbal noun between a figure and a verb says how the figure changes
    # (objects._adverbial, subjects._manner_after_figure)
    for surface in ("60%", "90%"):
        assert one("当地将补贴比例由60%统一提高到90%。", surface).object == "补贴比例"


def test_cut_short_name_after_de() -> None:
    # after a measure's 的 a noun phrase does not open with a conjunction: one-character words
    # from one on to a noun are a short name jieba cut apart (objects._cut_name)
    assert one("全长90公里的与川铁路开工。", "90公里").object == "与川铁路"


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        # 块 with no noun after is spoken money, unless its clause names an output (a metric
        # ending in 量, or stats_production_verbs): then it counts pieces (spoken_money)
        ("当地芯片产量达到1500亿块。", "1500亿块", "count"),
        ("工厂每天生产芯片超过4亿块。", "超过4亿块", "count"),
        ("一件绣品能卖2万块。", "2万块", "amount"),
        ("每户年收入有5万多块钱。", "5万多块钱", "amount"),
    ],
)
def test_pieces_or_money(sentence: str, surface: str, kind: str) -> None:
    assert one(sentence, surface).kind == kind


def test_comparison_frame_is_no_relative_clause() -> None:
    # a comparison verb and a past time before 的 (stats_comparison_verbs) say where the figure
    # stood then, not what it counts (subjects._FRAME_WORDS)
    assert one("卫星共发射20次，相比2021年的8次，同比增长150%。", "8次").object == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a one-character compound head jieba cut off the verb before it opens no object: the
        # verb goes with it (object_parts.cut_tail_opens); 期 ends a span of time
        ("目前，全县返青期小麦一类苗占比76%。", "76%", "返青期小麦一类苗占比"),
        ("全市各区房产税预征率下限降低0.3个百分点。", "0.3个百分点", "房产税预征率下限"),
        # a noun after a predicate verb stays out (包括|男|运动员)
        ("代表团共有运动员200人，包括男运动员90人。", "90人", "男运动员"),
        # …期 names a span of time a duration before its 的 measures (stats_span_nouns)
        ("全国进入为期五天的观察期。", "五天", "观察期"),
    ],
)
def test_cut_tail(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a two-character word jieba guesses is a name, between a noun and a verb, is the
        # predicate's (word_tags._predicate_guess); after a scope word it stays a noun
        ("在城东公园，8万株海棠迎春绽放。", "8万株", "海棠"),
        # a verbal noun after the 的 of a phrase ending in a plain noun names an activity on the
        # things counted (objects._activity_of)
        ("该公司已在国内开展了12个新园区的建设和运营。", "12个", "新园区"),
        ("当地已安排专项资金3.2亿元用于玉米病虫害的防治。", "3.2亿元", "专项资金"),
    ],
)
def test_predicate_after_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 之一 in the words between the measure and 的: one of the things counted, which stay
        # the object (objects._PARTITIVES)
        ("在全省80项重大工程之一的青石大桥，目前主体已经完工。", "80项", "重大工程"),
        # a time word before a noun opens a noun phrase, not a relative clause
        # (objects._time_modified_noun)
        ("当地将培育5个传统产业、4个未来产业组成的产业体系。", "4个", "未来产业"),
    ],
)
def test_not_after_the_clause(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_difference_after_comparison_names_no_base() -> None:
    # 比|去年|多|N项: the figure is a difference; the base between 比 and 多 is no object
    # (objects._compared_difference); the subject before may be carried to it
    assert "去年" not in one("全市新建学校25所，比去年同期多11所。", "11所").object


def test_cut_abbreviation_opens_compound() -> None:
    # the joined abbreviation reads on through a verbal noun into the compound's head
    # (object_edges.join_cut_nouns tags it j)
    assert one("县里新推出7部文旅宣传短片。", "7部").object == "文旅宣传短片"


def test_production_verb_dropped_from_pieces() -> None:
    # once 块 counts pieces, a production verb opening the object is the predicate
    # (spoken_money before handling_verbs)
    assert one("工厂平均每天生产芯片超过4亿块。", "超过4亿块").object == "芯片"


def test_adverb_tagged_numeral_after_noun() -> None:
    # a word jieba tags m with no numeral in it is a noun (大项), but after the object's noun and
    # before a verb it is an adverb (首次) of the predicate (objects._noun_like)
    assert one("今年有30多座新建车站首次投入运营。", "30多座").object == "新建车站"
    assert one("代表团参加了19个大项的比赛，其中12个大项获得奖牌。", "12个").object == "大项"


def test_made_up_word_ending_in_an_adverb_is_split() -> None:
    # jieba's guesser joins a noun's last character to the adverb after it (青石|市共/n|组织): the
    # word is split and the adverb opens the predicate (object_edges.split_function_tails)
    assert one("目前，青石市共组织救援力量5000余人。", "5000余人").object == "救援力量"
