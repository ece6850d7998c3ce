"""Edges of the object of a statistic (issue 12, round 7): where the noun phrase read for a
figure starts and ends. Sentences written in the style of the raw 新闻联播 corpus, none copied
from a gold page. One test per rule of pipeline.quantities that moves an edge."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb after a place word or a name is the clause's predicate, not inside the compound
        # before the head noun (objects._verb_between_nouns)
        ("当地组织农技人员3000人次进村入户。", "3000人次", "农技人员"),
        ("广西调拨中央救灾物资5000件。", "5000件", "中央救灾物资"),
        # after a noun or a time word it stays inside the compound
        ("全县今年新增就业岗位3000个。", "3000个", "就业岗位"),
        # a list of nouns joined by 、 and 和 before the number is counted whole
        # (objects._joins_nouns); 等 ends the list, its head noun is counted
        ("当地出动消防、武警、民兵力量1800余人，赶赴灾区。", "1800余人", "消防、武警、民兵力量"),
        ("全市建成社区食堂和助餐点600多个。", "600多个", "社区食堂和助餐点"),
        ("紧急调运帐篷、棉被等救灾物资2万件。", "2万件", "救灾物资"),
        # a one-character compound head jieba cut off its noun and tagged v (热力|站/v) is
        # joined back (object_edges.join_cut_heads); a verb's complement after it is not (站|在)
        ("今年全市新建8座热力站，保障冬季供暖。", "8座", "热力站"),
        ("沿线的12座提水泵站已全部开启。", "12座", "提水泵站"),
        ("3名群众站在路边等候。", "3名", "群众"),
        # 点 that jieba tags m after the noun is joined wherever it stands (round 9)
        ("全市排查出56处隐患点。", "56处", "隐患点"),
        ("全县1200多处监测站点构建起预警网络。", "1200多处", "监测站点"),
        ("下午三点，200多名群众集合。", "200多名", "群众"),
        # a one-character noun jieba left after a verbal noun of the object (发电/vn|车/zg)
        # is its head (objects._after_verb)
        ("供电公司连夜调派12台发电车赶赴灾区。", "12台", "发电车"),
        # after a measure's 的, verbs between the noun and a compound head a few words on are
        # inside the compound where a predicate follows the head (object_verbs._verb_compound);
        # a head that ends the clause is the object of a predicate verb
        ("占地300亩的新能源汽车创新示范产业园已经开工。", "300亩", "新能源汽车创新示范产业园"),
        ("种植300亩的农户参加培训活动。", "300亩", "农户"),
        # a verb-object compound of supply or drainage before a noun names the facility's
        # service (stats_supply_verbs, read like stats_attributive_verbs): inside the object
        ("今年全省充电基础设施增量为12万台。", "12万台", "充电基础设施增量"),
        ("目前已抢通输电线路15条。", "15条", "输电线路"),
        ("当地已建成排涝泵站12座。", "12座", "排涝泵站"),
        # round 8: two one-character adjectives jieba cut from one word (老|旧) before the noun
        # are one adjective of the object (object_edges.join_cut_adjectives)
        ("今年全市计划改造老旧小区300个。", "300个", "老旧小区"),
        ("今年将改造20个老旧厂房。", "20个", "老旧厂房"),
        # a share verb, the words naming the whole and a share noun (占|全省工业|比重): the share
        # noun alone is what the figure gives (object_edges.share_noun_only, stats_share_words)
        ("传统产业占全省工业比重约六成。", "约六成", "比重"),
        ("风电装机容量占全部电源装机比重达到30%。", "30%", "比重"),
        ("全省工业比重达到30%。", "30%", "工业比重"),
        # a verbal noun opening the clause before a noun phrase of two words or more and a count
        # of people is the predicate (widen.widened); before a single noun it names the people
        ("当地建成便民服务站30个，服务社区居民2万多户。", "2万多户", "社区居民"),
        ("今年以来，培训基层干部人才5000人次。", "5000人次", "基层干部人才"),
        ("目前，投入救援人员2700多人。", "2700多人", "救援人员"),
        # a two-character metric noun jieba cut in two (占|比, 占|比达) is put back together, so
        # the noun phrase before it is read as its subject (object_edges.join_cut_metrics)
        ("全县高效节水灌溉面积占比超过40%。", "超过40%", "高效节水灌溉面积占比"),
        ("其中村级党组织书记占比达85%。", "85%", "村级党组织书记占比"),
        # a rank prefix (numeral + 类, 级) is one distinguishing word of the noun phrase, no count
        # (object_edges.join_rank_prefixes)
        ("目前全市水稻一二类苗占比达80%。", "80%", "水稻一二类苗占比"),
        ("全省去年新建一级公路300公里。", "300公里", "一级公路"),
        # a verb between the predicate verb that opens the clause and a compound head is inside
        # the compound (objects._verb_between_nouns, object_edges.opens_predicate)
        ("该产业园已创造就业岗位3000多个。", "3000多个", "就业岗位"),
        ("今年，安排帮扶资金5000万元。", "5000万元", "帮扶资金"),
        # a word of former state (stats_former_words: 原来, 原有) after a change frame's 从 / 由
        # is the time the figure stood at, like 2016年: the figure measures the subject before
        # the frame (subjects._time_frame), not the word before its 的
        ("全镇公共服务项目也从原来的12项增加到了现在的40项。", "12项", "公共服务项目"),
        ("全村合作社成员从原来的30户增加到了如今的120户。", "120户", "合作社成员"),
        # after a verb of making (stats_creation_verbs) the noun phrase after the measure runs to
        # its head at the clause end, verbs inside it (object_edges.object_to_clause_end); after
        # a verb that sets people to work the verb after the noun is their predicate
        ("目前全市已建成120个社区阅读空间。", "120个", "社区阅读空间"),
        ("今年全县组织300名农技人员开展巡回指导。", "300名", "农技人员"),
        # the end of a date jieba glued onto the object's first word (3月|销量 -> 月销量, 1|月份)
        # is no part of it (object_edges.without_date_head)
        ("受市场带动，1—3月销量同比增长15%。", "15%", "销量"),
        ("今年2月份全省生猪出栏量超300万头。", "超300万头", "全省生猪出栏量"),
        # a holiday before a season word (stats_holiday_seasons: 国庆|档) is the window the metric
        # is of: the object keeps the holiday name, not 档 alone, and drops the year before it
        ("2024年国庆档影院票房超过20亿元。", "超过20亿元", "国庆档影院票房"),
        ("2026年春节档观影人次达到1.6亿。", "1.6亿", "春节档观影人次"),
        # a two-character word jieba tags as an adverb between a noun and an opening quote is a
        # noun word of the phrase (object_edges.nouns_for_inner_adverbs)
        ("全市累计培育专精特新“小巨人”企业120家。", "120家", "专精特新“小巨人”企业"),
        # round 11: a verb with a complement of reaching or staying (升|至, 推高|到, 运行|在)
        # before a figure is the predicate, not an activity the figure measures
        # (subjects._with_complement); a verb of the activity done stays (小麦|收获|已过…)
        ("受冷空气影响，最低气温降至零下20℃。", "20℃", "最低气温"),
        ("技术人员把铝合金加热到超过600℃。", "超过600℃", "铝合金"),
        ("今年以来，银行存款利率运行在2.1%左右。", "2.1%左右", "银行存款利率"),
        ("全省冬小麦收获已过七成。", "过七成", "冬小麦收获"),
        # a verb right after an adverb opens the predicate, so it is no part of the counted
        # noun phrase after it (object_edges.after_adverb; word_tags.retag for a verb jieba
        # lists as a noun, stats_verbs_tagged_nouns); after a noun it names the metric
        ("全区各类园区共创造营收3000亿元。", "3000亿元", "营收"),
        ("截至目前，本市已落户企业200多家。", "200多家", "企业"),
        ("全县玉米种植面积约60万亩。", "约60万亩", "玉米种植面积"),
        # after a totalling adverb (共, 共计) a word jieba tags n before the counted noun is the
        # verb whose results are summed (word_tags.retag: 共|部署/n)
        ("今年全省共部署重点项目300个。", "300个", "重点项目"),
        # a verb of extent (stats_extent_verbs) before an amount gives the subject's extent, no
        # activity: the subject alone is measured (subjects.subject_before)
        ("沿河防护林带延伸20公里。", "20公里", "防护林带"),
        # Arabic digits and the Latin letters glued to them before a noun are one name, no
        # count (object_edges.join_code_names): the noun phrase after the measure runs through it
        ("当地沿公路架设了300多个5G基站。", "300多个", "5G基站"),
        # a verb of saying or thinking (stats_report_verbs) after the counted noun takes a
        # clause: it is the noun's predicate, no verb inside a compound (object_verbs._verb_compound)
        ("调查显示，60%的受访者表示本地支持政策已经落实。", "60%", "受访者"),
        # a verb jieba lists as a noun (stats_verbal_nouns) after the counted noun, before a noun
        # that is no compound head, is the predicate with its object or place
        # (verbal_tails.without_verbal_tail); before a head or a one-character noun it stays
        ("目前已有300多家外资企业落户南沙。", "300多家", "外资企业"),
        ("暑假期间，2000多名大学生投身乡村振兴。", "2000多名", "大学生"),
        ("全县建成120个小麦晾晒点。", "120个", "小麦晾晒点"),
        # a verb with the durative particle jieba glued onto it (手持着/n) after the counted noun
        # is the predicate (trailing_predicates.without_trailing_predicate)
        ("活动现场，30名志愿者手持着引导牌为游客指路。", "30名", "志愿者"),
        # a numeral word of 一 between two words of the phrase is an ordinal inside it (widen)
        ("目前，全省原油一次加工能力达到每年3000万吨。", "3000万吨", "原油一次加工能力"),
    ],
)
def test_object_edge(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_relative_year_glued_to_a_holiday_season_is_no_part_of_the_object() -> None:
    # jieba writes 今年春节档 as one word; the date 今年春节 (a page with a year) starts where the
    # object starts, and the object keeps the season name only (object_edges.without_date_head)
    got = one("今年春节档观影人次达到1.6亿。", "1.6亿", publication_year=2026)
    assert got.object == "春节档观影人次"
