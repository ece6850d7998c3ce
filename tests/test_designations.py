"""Figures that designate instead of measuring are no statistics (the guidelines exclude
ordinals, numbers in names or codes, idioms): train numbers, ranks, tournament rounds, game
formats, 二次, a year before 元旦, bond and deposit terms, quoted campaign names and idioms of
one period (exclusions, designations, stats_named_counts). Sentences invented in the style of
the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one, texts


def test_train_number_is_no_count() -> None:
    """N次 before a train noun in its phrase is the train's number; with a marker it counts."""
    assert texts("今天上午，随着81234次中欧班列驶出西安国际港站，满载50个集装箱。") == ["50个"]
    assert "6688次" not in texts("6688次旅客列车今天恢复开行。")
    assert one("受大雪影响，当天约30次列车停运。", "约30次").value == 30


def test_rank_range_is_no_count() -> None:
    """排名前N位, 包揽前N名: a rank range; after 目前 a count of people stays."""
    assert texts("全省有四个城市的营商环境评价排名前五位。") == ["四个"]
    assert "前三名" not in "".join(texts("中国选手包揽了女子跳水前三名。"))
    assert one("目前3名队员仍在山上搜寻。", "3名").object == "队员"


def test_tournament_round_is_no_fraction() -> None:
    """四分之一决赛, 八分之一决赛 name rounds; a fraction of a whole stays."""
    assert texts("她在女子单打八分之一决赛中获胜，晋级八强。") == []
    assert texts("全县约四分之一的耕地完成了改造。") == ["约四分之一"]


def test_game_format_is_no_count_of_people() -> None:
    """7人制橄榄球, 三人制, 三人篮球: the size of a side names the game."""
    assert texts("本届运动会首次设立7人制橄榄球比赛。") == []
    assert texts("全市举办三人篮球联赛，共有96支队伍报名。") == ["96支"]


def test_household_size_is_no_count() -> None:
    """三口之家 is a kind of household; 一家三口 counts its members."""
    assert texts("这些电能够满足1万户三口之家的用电。") == ["1万户"]


def test_secondary_er_ci_is_no_frequency() -> None:
    """二次开发, 二次供水: the adjective secondary; 两次 counts times."""
    assert texts("企业在开源平台上进行二次开发，已有200多家企业接入。") == ["200多家"]
    assert one("他曾两次获得省级劳动模范称号。", "两次").value == 2


def test_year_before_yuandan_is_no_amount() -> None:
    """2027元旦: the year of a holiday whose name starts with 元, no amount of 元."""
    assert texts("2027元旦假期，全国铁路发送旅客5000万人次。") == ["5000万人次"]


def test_terms_of_bonds_and_deposits() -> None:
    """A list of terms ending with 期 (3个月、6个月、一年期定期存款), a term before a bond noun
    (30年期超长期特别国债) or an amount (20年期500亿元), and 两年定期存款 name kinds."""
    assert texts("其中，3个月、6个月、一年期定期存款利率下调0.15个百分点。") == ["0.15个百分点"]
    assert texts("财政部今天发行30年期超长期特别国债，规模为450亿元。") == ["450亿元"]
    assert texts("此前已发行特别国债20年期500亿元、30年期900亿元。") == ["500亿元", "900亿元"]
    assert texts("两年定期存款利率下调0.2个百分点。") == ["0.2个百分点"]
    assert "两年" in texts("连续两年存款增长超过10%。")


def test_idioms_of_one_period() -> None:
    """新一天, 新一周, 每一天, 一年之计: one period that names a time, no length."""
    assert texts("一年之计在于春，全县已翻耕土地12万亩。") == ["12万亩"]
    assert texts("国际油价在新一周交易中上涨超过3%。") == ["超过3%"]
    assert texts("每一天都从清晨巡查开始，全年巡查2000多公里。") == ["2000多公里"]
    assert "一年" in texts("一年来，全县新增就业岗位5000个。")


def test_number_inside_a_quoted_campaign_name() -> None:
    """“每天阅读一小时”行动: a number inside a quoted name before 行动 or 活动."""
    assert texts("全市开展“每天阅读一小时”行动，已有30万人参与。") == ["30万人"]
