"""Figures inside names that the guidelines exclude (numbers inside names, ordinals, slogans):
the voltage class of a grid facility, an open weight class (以上级), a number inside a short
quoted slogan or a quoted list's name, and a change of rank (designations, exclusions,
stats_voltage_facilities, stats_rank_change_verbs, stats_quoted_name_heads). Sentences invented
in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one, texts


def test_voltage_class_of_a_facility_is_no_amount() -> None:
    """500千伏某某变电站, ±800千伏某地—某地特高压直流工程: the class in the facility's name; a
    voltage stated as a predicate stays."""
    assert texts("浙江湖州500千伏东林变电站今天正式投运。") == []
    assert texts("±1100千伏昌都—柳州特高压直流输电工程今天开工，总投资约300亿元。") == ["约300亿元"]
    assert texts("这条线路的电压等级为1000千伏。") == ["1000千伏"]


def test_open_weight_class_is_no_amount() -> None:
    """女子87公斤以上级 names a weight class as 70公斤级 does; 体重在90公斤以上 measures."""
    assert texts("她在女子87公斤以上级比赛中夺得金牌。") == []
    assert one("参赛的选手中，体重在90公斤以上的有6人。", "6人").value == 6
    assert "90公斤以上" in texts("参赛的选手中，体重在90公斤以上的有6人。")


def test_number_in_a_short_quoted_slogan_is_no_quantity() -> None:
    """“奋进十年”, “课间20分钟”: a number inside a quotation of at most six characters is a
    slogan; quoted speech with an approximate figure or after 接下来 measures."""
    assert texts("全市开展“奋进十年”主题展览，共有1200名市民参观。") == ["1200名"]
    assert texts("各地中小学推行“课间20分钟”。") == []
    assert texts("该国总理表示将在“接下来三周内”公布方案。") == ["三周内"]
    assert texts("双方签署的协议包含“近百项合作”。") == ["近百项"]


def test_count_in_a_quoted_list_name_is_no_count() -> None:
    """“30个美丽乡村建设”案例名单 and “八个百分之百”现象: the quotation names a list or a
    phenomenon."""
    assert texts("全省共有9个村入选“30个美丽乡村建设”案例名单。") == ["9个"]
    assert texts("当地有一个“八个80%”现象。") == []


def test_change_of_rank_is_no_count() -> None:
    """排名提高了17名, 位次前移三位, 上升2位至第9位, 提升了6个位次: places between two ranks;
    N名 with a noun after it counts people."""
    assert texts("该市营商环境排名比2019年提高了17名。") == []
    assert texts("全省经济总量位次前移三位，上升2位至第9位。") == []
    assert texts("与2015年的第18位相比提升了6个位次。") == []
    assert one("培训提升了300名乡村教师的教学能力。", "300名").object == "乡村教师"
