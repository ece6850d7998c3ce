"""Objects that open inside a scope written before the counted noun (issue 12, round 16): a time
phrase (“十四五”时期, 2024年度, 第四季度, 春节期间) says when, not what is measured. Sentences
invented in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_object_after_a_quoted_plan_period() -> None:
    """“十四五”|时期|光伏并网装机: the object read back started at the period's closing word."""
    s = one("到“十四五”时期光伏并网装机将突破五千万千瓦。", "突破五千万千瓦")
    assert s.object == "光伏并网装机"


def test_object_after_numbered_years() -> None:
    """2023年度和2024年度|会员费总额: the year's 年度 is no part of the sum."""
    s = one("该国2023年度和2024年度会员费总额约为3亿美元。", "约为3亿美元")
    assert s.object == "会员费总额"


def test_object_after_a_pointing_word_and_a_half_year() -> None:
    """本|年度…, 上半|财年|贸易逆差: a pointing word or a time word makes the period a time phrase."""
    assert one("上半财年贸易逆差扩大到300亿美元。", "300亿美元").object == "贸易逆差"
    assert one("本年度计划调水量超过2亿立方米。", "超过2亿立方米").object == "计划调水量"


def test_object_after_an_event_period() -> None:
    """春运期间|船票: 期间 closes a time phrase wherever it is in the object."""
    assert one("已累计发售春运期间船票120万张。", "120万张").object == "船票"


def test_object_after_an_ordinal_quarter() -> None:
    """今年|第四季度|物价涨幅: the ordinal quarter is the time, jieba's word or not."""
    assert one("预计今年第四季度物价涨幅将升至5%左右。", "5%左右").object == "物价涨幅"


def test_period_word_naming_the_metric_stays() -> None:
    """某区|年度投资: nothing time-like before 年度, so it names the metric's period."""
    assert one("雄安新区年度投资预计超2000亿元。", "超2000亿元").object == "雄安新区年度投资"


def test_trade_after_a_partner_phrase() -> None:
    """对|某些|国家|进出口: the partner named by 对 is no part of the trade measured."""
    s = one("前三季度，对“丝绸之路”沿线国家进出口3.9万亿元。", "3.9万亿元")
    assert s.object == "进出口"
    s = one("对中亚其他国家进出口2100亿元。", "2100亿元")
    assert s.object == "进出口"


def test_trade_after_a_route_phrase() -> None:
    """经|某|新通道/v|进出口: the route is no part of the trade, a verb jieba made up inside it aside."""
    assert one("经中欧陆海新通道进出口增长12.5%。", "12.5%").object == "进出口"


def test_spending_after_a_setting_phrase() -> None:
    """在|某|冲突|中|花费: the setting closed by 中 says where the money went, not what it is."""
    assert one("两国在边境冲突中花费近500亿美元。", "近500亿美元").object == "花费"


def test_metric_after_a_part_of_a_region() -> None:
    """部分|地区|降温幅度, 北向南|大部地区|气温: the part of the region says where, not what."""
    assert one("河北、山西等地部分地区降温幅度达10—14℃。", "10—14℃").object == "降温幅度"
    assert one("受冷空气影响，我国自北向南大部地区气温将下降8至12℃。", "8至12℃").object == "气温"


def test_region_metric_name_stays() -> None:
    """地区生产总值 is a metric's name: a part word before it cuts nothing."""
    assert one("部分地区生产总值增速超过8%。", "超过8%").object.endswith("地区生产总值增速")


def test_amount_after_a_modal_and_its_verb() -> None:
    """每年可|节约/n|标准煤|约N万吨: after the modal 节约 is the verb, whatever jieba tags it; the
    amount measures its object."""
    assert one("项目建成后每年可节约标准煤约3万吨。", "约3万吨").object == "标准煤"
    assert one("新线路每年能够节约燃油1200吨。", "1200吨").object == "燃油"


def test_count_after_a_verb_jieba_tags_a_noun() -> None:
    """审批|核准/n|基础设施项目|N个: 核准 is only a verb in the hand-tagged corpus
    (stats_verbal_nouns); after another verb it is a predicate, not the noun's first word."""
    assert one("今年以来共审批核准交通基础设施项目40个。", "40个").object == "交通基础设施项目"


def test_count_after_a_clause_of_having() -> None:
    """N个|具备|生态|保护/v|功能|的|公园: a verb of having opens a clause; the reader stopped at the
    clause's verb (具备生态), and what is counted is the noun after the 的."""
    assert one("全市建成30个具备生态保护功能的湿地公园。", "30个").object == "湿地公园"
    assert one("目前已建成60个兼具生态防护、休闲健身功能的公共空间。", "60个").object == "公共空间"


def test_metric_after_a_posting_verb() -> None:
    """某行业|实现|营收|同比增长N%: 实现 posts the result; the industry before it is the agent."""
    assert one("数字创意行业实现营收同比增长12.4%。", "12.4%").object == "营收"


def test_partner_phrase_keeps_the_metric_words_after_it() -> None:
    """对|…沿线|国家|非金融类|直接投资: the partner ends at 国家; the words between it and the
    activity are the metric's own (the object is not cut to 投资)."""
    s = one("我国企业对“一带一路”沿线国家非金融类直接投资150亿美元。", "150亿美元")
    assert s.object.endswith("非金融类直接投资")


def test_holiday_period_before_a_metric_is_its_time() -> None:
    """春节假期|…, 国庆黄金周|…: the holiday period says when (stats_period_openings closers 假期,
    小长假, 黄金周); a scope word after it (全国, 全市) goes with it."""
    assert one("春节假期全国营业性演出9000余场次。", "9000余场次").object == "营业性演出"
    assert one("国庆黄金周全市旅游收入达50亿元。", "50亿元").object == "旅游收入"
    assert one("某市五一小长假旅游订单同比增长80%。", "80%").object == "旅游订单"
