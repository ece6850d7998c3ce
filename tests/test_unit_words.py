"""Figures whose unit was cut or unknown: a measure word (个) before the real unit (个点,
个大气压, 个架次), units of ships' tonnage and of futures lots (载重吨, 总吨, 手: stats_corpus_units),
桶 as a volume (an amount), 点 only as a word of its own (stats_word_final_units), and a unit
written once for two joined figures (shared_units). Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one, texts


def test_ge_before_a_pressure_unit() -> None:
    s = one("新型材料需在超过五万个大气压的条件下才能合成。", "超过五万个大气压")
    assert (s.value, s.unit, s.kind) == (50000, "大气压", "amount")


def test_ge_before_points() -> None:
    s = one("本月消费信心指数比上月回升3.5个点，连续两个月上升。", "3.5个点")
    assert (s.value, s.unit, s.kind) == (3.5, "点", "amount")
    s = one("全县布设了40多个点位，实时监测水质。", "40多个")
    assert (s.unit, s.object) == ("个", "点位")


def test_ge_before_a_count_of_flights() -> None:
    s = one("新航线每周执行4个架次，方便两地旅客往来。", "4个架次")
    assert (s.unit, s.kind) == ("架次", "count")


def test_ship_tonnage_units() -> None:
    s = one("前三季度，全国造船完工量2560万载重吨，同比增长12%。", "2560万载重吨")
    assert (s.value, s.unit, s.kind) == (25600000, "载重吨", "amount")
    s = one("该国商船队规模达到1.35亿总吨。", "1.35亿总吨")
    assert (s.unit, s.kind) == ("总吨", "amount")


def test_futures_lots_after_a_figure() -> None:
    s = one("上半年，全国期货市场累计成交量38.6亿手，同比增长9%。", "38.6亿手")
    assert (s.value, s.unit) == (3860000000, "手")
    assert texts("政府坚持两手准备，一手抓防疫一手抓生产。") == []


def test_barrels_are_an_amount() -> None:
    s = one("该组织决定下月日均减产原油65万桶。", "65万桶")
    assert (s.unit, s.kind) == ("桶", "amount")


def test_unit_written_once_for_two_figures() -> None:
    s = one("两项指标增速分别比全省平均水平高2.7个和0.9个百分点。", "2.7个")
    assert (s.value, s.unit, s.kind) == (2.7, "百分点", "percent")
    s = one("两条线路单程分别需要3个和5个小时。", "3个")
    assert (s.unit, s.kind) == ("小时", "duration")
    s = one("全市新建3个和平安社区服务站。", "3个")
    assert (s.unit, s.kind) == ("个", "count")


def test_a_rate_keeps_its_compound_unit() -> None:
    s = one("今年入汛以来，干流洪峰流量达到6800立方米每秒。", "6800立方米每秒")
    assert (s.unit, s.kind, s.object) == ("立方米/秒", "amount", "干流洪峰流量")
    s = one("当地收购价为每斤2.8元，高于去年，西瓜批发价1.6元/斤。", "1.6元/斤")
    assert (s.unit, s.kind) == ("元/斤", "amount")
    s = one("该市细颗粒物年均浓度降至28微克/立方米。", "28微克/立方米")
    assert s.unit == "微克/立方米"


def test_a_rate_with_each_after_a_duration_and_a_frame() -> None:
    s = one("近两周每天都有上千名游客前来打卡，12元每斤的价格也不贵。", "12元每斤")
    assert s.unit == "元/斤"
    assert one("近两周每天都有上千名游客前来打卡，12元每斤的价格也不贵。", "近两周").unit == "周"


def test_points_after_a_decimal_figure_need_no_ge() -> None:
    s = one("3月份制造业采购经理指数为51.6点，比上月上升0.8点。", "0.8点")
    assert (s.value, s.unit, s.kind) == (0.8, "点", "amount")
    assert "8点" not in texts("活动将于明天上午8点开始。")


def test_time_nouns_after_ge_are_durations() -> None:
    s = one("老人在山区教书已经三十多个年头，从未离开。", "三十多个年头")
    assert (s.unit, s.kind) == ("年头", "duration")
    s = one("志愿者们连续四个晚上在车站值守。", "四个晚上")
    assert (s.unit, s.kind) == ("晚上", "duration")
    assert one("企业开办时间压缩至3个工作日以内。", "3个工作日以内").unit == "工作日"
