"""Objects that ran on past the counted thing (issue 12, round 14): a count of its own glued
into one word, a verb after a noun naming who acts, a modal verb before the figure. Sentences
written in the style of the raw 新闻联播 corpus, none copied from a page or a review story. One
case per rule and one that the rule leaves alone."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a numeral and a count's measure word jieba reads as one noun (百台/n) after a noun of
        # the object opens a count of its own (objects._glued_count)
        ("流域内8座水电站百台机组全部满发运行。", "8座", "水电站"),
        # before the noun (no noun of the object yet) it stays a modifier
        ("这两天，在互助县千亩冷凉蔬菜基地中，社员正在采收。", "千亩", "冷凉蔬菜基地"),
        # after a noun naming a body that acts (stats_agent_heads) a verb is what it does, not
        # a modifier of a compound head after it (object_verbs._verb_compound)
        ("目前已有2万多家经销商入驻平台，线上销售持续增长。", "2万多家", "经销商"),
        # and the name read to the clause's end stops there (head_compounds._actor_acts)
        ("大会为15个省份的200个合作社、360家企业搭建平台。", "360家", "企业"),
        # a verb after a noun naming no actor still makes a compound with the head after it
        ("今年全省新建120个快递转运中心。", "120个", "快递转运中心"),
        # a verb of allocating (stats_handling_verbs) before a fund is the predicate, no part
        # of a metric compound (metric_verbs._handed_out)
        ("近日，商务部会同教育部下达学生资助资金3.6亿元。", "3.6亿元", "学生资助资金"),
        # a verb before a metric ending still is (完成|生态保护修复面积)
        ("全省累计完成生态保护修复面积1200万亩。", "1200万亩", "生态保护修复面积"),
        # before the figure, a verb after a noun phrase ending in a metric is the clause's
        # predicate, not an activity the figure measures (subjects._names_metric)
        ("今年全省油菜种植面积继续稳定在500万亩以上。", "500万亩以上", "油菜种植面积"),
        ("受寒潮影响，当月天然气消费量飙升35%。", "35%", "天然气消费量"),
        # after a noun of no metric the verb still names the activity whose share is done
        ("全国冬小麦播种过八成。", "过八成", "冬小麦播种"),
        # a one-character adjective after the noun before a verb with an aspect particle or an
        # object of its own is the verb's adverbial, no tail of the noun (object_parts._verb_goes_on)
        ("目前全县12个气象站新投入了使用。", "12个", "气象站"),
        ("今年全市6个站点新建成机房。", "6个", "站点"),
        # after 三大 the category is read over plain nouns only, and a verb jieba lists as a noun
        # (造林/n, stats_verbs_tagged_nouns) ends it (objects._verb_as_noun)
        ("全省两大重点流域造林种草进展顺利。", "两大", "重点流域"),
        ("当地三大产业融合发展。", "三大", "产业"),
        # 与 before a name and a verb opens the other party of the predicate, no list item
        # (objects._co_agent); before a common noun the list stays
        ("昨天，20家民营企业与海南省签署了合作协议。", "20家", "民营企业"),
        ("来自60多个国家与地区的代表参会。", "60多个", "国家与地区"),
        # a preposition and a one-character place jieba reads as one word (对华/nz) opens the
        # predicate after the counted noun (objects._glued_preposition)
        ("目前已有120余种农产品对华出口。", "120余种", "农产品"),
        # a verb and a one-character place (来华/v) before a noun still modifies it
        ("全年接待3万名来华留学生。", "3万名", "来华留学生"),
        # after a list mark, a word of one character right before a figure is that figure's
        # verb, no list item (object_parts._one_character_before_figure)
        ("今年全队刷新5项全国纪录、创3项世界纪录。", "5项", "全国纪录"),
        # a list item of two characters before a figure with a noun after it stays
        ("来自60多个国家和地区740多家企业参展。", "60多个", "国家和地区"),
    ],
)
def test_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
