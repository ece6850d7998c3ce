"""Objects cut shorter than the noun phrase they stand for: a bare metric noun with the modifier
jieba cut off before it (metric_modifiers: 献血|人次数, 用|钢量), a verbal noun after a noun of
property (战略性|重组, 群众性|活动), a verbal noun after an abstract point noun (重点|工作:
stats_false_heads), and a shop's name at a clause's end (stats_institution_heads: 店).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_verb_before_a_bare_metric_names_it() -> None:
    """献血|人次数, 放映|场次: the verb names what the bare metric counts."""
    assert one("去年全市献血人次数超过30万，同比增长8.5%。", "超过30万").object == "献血人次数"
    assert one("去年全市献血人次数超过30万，同比增长8.5%。", "8.5%").object == "献血人次数"
    assert one("国庆期间，全省放映场次达到12.4万场。", "12.4万场").object == "放映场次"


def test_idiom_and_use_before_a_bare_metric() -> None:
    """水土流失/i|面积, 用/p|钢量: the idiom and the use belong to the metric."""
    assert one("该区今年已治理水土流失面积320平方公里。", "320平方公里").object == "水土流失面积"
    assert one("新型储罐的用钢量比传统方案减少40%。", "40%").object == "用钢量"
    # 实现|营收: a predicate word before the metric is no modifier of it
    assert one("一季度，全市规上企业实现营收52亿元。", "52亿元").object == "营收"
    # 涉及|抵押金额, 包括|投资总额: a verb of relation before the metric is the predicate
    s = one("今年共办理二手房“带押过户”3万笔，涉及抵押金额180多亿元", "180多亿元")
    assert s.object == "抵押金额"
    assert one("本轮改造共完成老旧管网更新，包括投资总额80亿元", "80亿元").object == "投资总额"


def test_activity_after_a_property_noun_is_counted() -> None:
    """35组|战略性|重组，: the property modifies the activity, which is what is counted."""
    assert one("全省开展35组战略性重组，涉及企业120户。", "35组").object == "战略性重组"


def test_category_of_a_property_noun_and_activity() -> None:
    """八大|群众性|活动: the verbal noun after the noun of property is inside the category."""
    assert one("今年全市将推出八大群众性活动。", "八大").object == "群众性活动"


def test_abstract_point_noun_is_no_head() -> None:
    """年度重点|工作, 重点|改革攻坚: 重点 ends in 点 but is no site, so the work goes on."""
    assert one("示范区今年出台45项年度重点工作。", "45项").object == "年度重点工作"
    assert one("试验区将实施12项重点改革攻坚，打造一批应用场景。", "12项").object == "重点改革攻坚"


def test_shop_name_at_the_clause_end() -> None:
    """新增|85家|离境|退税/v|商店|，: the shop's name holds a verb."""
    assert one("上月全市新增85家离境退税商店，销售额明显增长。", "85家").object == "离境退税商店"


def test_people_metric_after_what_they_do_stays() -> None:
    """日均|出入境/l|人数|超过N人次: the number of people names what they do, so it stays."""
    assert one("节日期间，全市日均出入境人数超过3万人次。", "超过3万人次").object == "日均出入境人数"


def test_class_word_before_the_metric_stays_with_it() -> None:
    """沿线|国家|非金融|类|直接投资|N亿元: no left edge within reach, but the kind stays."""
    text = "今年前五个月，我国企业在“一带一路”沿线国家非金融类直接投资120.5亿元，同比增长8.1%。"
    assert one(text, "120.5亿元").object == "非金融类直接投资"
