"""A time or age span written in two units is one statistic with its value in the larger unit
(GUIDELINES: 3岁6个月 is one age, value 3.5, unit 岁), and 半 after a time or age unit is half a
unit more (3岁半, 一年半): `mixed_units` and `measure` (ROLE_HALF). Sentences invented in the
style of news text; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_statistics import one, stats_of


def test_age_in_years_and_months_is_one_age() -> None:
    s = one("女孩3岁6个月时随父母来到这座城市。", "3岁6个月")
    assert (s.value, s.unit, s.kind, s.approx) == (3.5, "岁", "age", "exact")


def test_years_and_months_with_ling_are_one_duration() -> None:
    s = one("这座大桥历时2年零9个月建成通车。", "2年零9个月")
    assert (s.value, s.unit, s.kind) == (2.75, "年", "duration")


def test_hours_and_minutes_keep_the_marker_of_the_first() -> None:
    s = one("列车开通后，两地之间最快约1小时20分钟可达。", "约1小时20分钟")
    assert s.unit == "小时" and s.approx == "about"
    assert s.value == pytest.approx(1 + 20 / 60)


def test_minutes_before_seconds_are_read_in() -> None:
    """分 alone is no unit (a score, a cent); before a figure in 秒 it is the span's minutes."""
    s = one("他以3分42秒的成绩打破赛会纪录。", "3分42秒")
    assert (s.unit, s.kind) == ("分钟", "duration") and s.value == pytest.approx(3.7)


def test_hours_minutes_and_seconds_are_one_span() -> None:
    s = one("选手们在山路上跑了2小时15分30秒。", "2小时15分30秒")
    assert s.unit == "小时" and s.value == pytest.approx(2 + 15.5 / 60)


def test_half_after_a_unit_adds_half_a_unit() -> None:
    assert one("会议为期两天半，议程已全部完成。", "两天半").value == 2.5
    s = one("女儿三岁半那年，一家人搬进了新房。", "三岁半")
    assert (s.value, s.unit, s.kind) == (3.5, "岁", "age")


def test_half_before_an_approximation_after_it() -> None:
    s = one("整个工程预计1年半左右完工。", "1年半左右")
    assert (s.value, s.approx) == (1.5, "about")


def test_spans_that_stay_two_or_stay_whole() -> None:
    """No exact ratio (a month is no fixed number of days): two figures; 一年半载 is an idiom;
    a clock's seconds are no minutes of a span; a range keeps its own reading."""
    assert [s.text for s in stats_of("航天员在轨驻留6个月零3天后返回。")] == ["6个月", "零3天"]
    assert stats_of("这样的变化，不是一年半载就能看到的。") == []  # an idiom: no figure at all
    assert "3分42秒" not in [s.text for s in stats_of("卫星于10月1日8时3分42秒发射升空。")]
    s = one("项目建设周期为3至5年。", "3至5年")
    assert (s.value, s.approx) == (4.0, "range")


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 90), st.integers(1, 11))
def test_any_age_in_years_and_months(years: int, months: int) -> None:
    s = one(f"孩子{years}岁{months}个月时开始学习游泳。", f"{years}岁{months}个月")
    assert s.kind == "age" and s.value == pytest.approx(years + months / 12)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 48), st.integers(1, 59))
def test_any_hours_and_minutes(hours: int, minutes: int) -> None:
    s = one(f"全程用时{hours}小时{minutes}分钟。", f"{hours}小时{minutes}分钟")
    assert s.unit == "小时" and s.value == pytest.approx(hours + minutes / 60)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 60), st.sampled_from(["年", "天"]))
def test_any_figure_and_a_half(n: int, unit: str) -> None:
    s = one(f"这项工作持续了{n}{unit}半。", f"{n}{unit}半")
    assert s.value == n + 0.5 and s.kind == "duration"


def test_shi_after_a_figure_is_when_not_what_is_counted() -> None:
    """N岁时, N岁半时: 时 is "when" (stats_object_stops), no object of the age."""
    assert one("他68岁时光荣退休。", "68岁").object == ""
    assert one("他3岁半时随家人迁居北京。", "3岁半").object == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("他以2小时08分的成绩打破赛会纪录。", "2小时08分", 2 + 8 / 60, "小时"),
        ("选手最终以1小时45分完赛。", "1小时45分", 1.75, "小时"),
        ("她在跳远比赛中跳出6米72的成绩。", "6米72", 6.72, "米"),
        ("小将以10秒35获得百米冠军。", "10秒35", 10.35, "秒"),
        ("巷道宽2米50厘米。", "2米50厘米", 2.5, "米"),
        ("新修道路全长3公里200米。", "3公里200米", 3.2, "公里"),
    ],
)
def test_a_smaller_part_written_after_the_larger_unit_is_read_in(
    sentence: str, surface: str, value: float, unit: str
) -> None:
    """stats_bare_subunits (2小时08分, 6米72, 10秒35) and the length pairs of stats_mixed_units."""
    s = one(sentence, surface)
    assert (s.unit, s.value) == (unit, pytest.approx(value))


def test_a_bare_figure_after_a_unit_that_counts_something_else_stays_apart() -> None:
    """The part must be in no other statistic, have the part's digits and stay under one larger unit."""
    assert [s.text for s in stats_of("道路拓宽6米72户受益。")] == ["6米", "72户"]
    assert [s.text for s in stats_of("活动持续2小时80分。")] == ["2小时"]  # 80 minutes is no part
    assert [s.text for s in stats_of("每隔3秒15次。")] == ["3秒", "15次"]
    assert [s.text for s in stats_of("全程2小时08分钟。")] == ["2小时08分钟"]  # the full units, as before


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 9), st.integers(10, 99))
def test_any_metres_and_centimetres_of_a_result(metres: int, centimetres: int) -> None:
    s = one(f"他在比赛中跳出{metres}米{centimetres}的成绩。", f"{metres}米{centimetres}")
    assert s.value == pytest.approx(metres + centimetres / 100) and s.kind == "amount"


def test_money_in_yuan_and_its_smaller_units_is_one_amount() -> None:
    s = one("这批农资合计3380元5角8分。", "3380元5角8分")
    assert (s.value, s.unit, s.kind) == (3380.58, "元", "amount")
    s = one("这次义卖一共卖了十二块五毛。", "十二块五毛")
    assert (s.value, s.unit, s.kind) == (12.5, "块", "amount")
    s = one("白菜每斤两块八，比上月便宜。", "两块八")  # the spoken price: 8 毛 after 块
    assert (s.value, s.unit, s.kind, s.object) == (2.8, "块", "amount", "白菜")
    assert one("他买了3块蛋糕。", "3块").kind == "count"  # 块 counting things stays a count
    assert stats_of("推行一对一帮扶。") == []  # a number after the measure is still a slogan elsewhere


@settings(deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9))
def test_yuan_and_jiao_make_one_figure(yuan: int, jiao: int) -> None:
    s = one(f"门票价格为{yuan}元{jiao}角。", f"{yuan}元{jiao}角")
    assert s.value == pytest.approx(yuan + jiao / 10) and s.unit == "元"


def test_a_spoken_price_per_one_unit_is_read_as_the_price() -> None:
    # 三块五|一斤: 3.5 块 for one 斤, not 51 斤; 八一 elsewhere stays a word (八一建军节)
    s = one("这批脐橙的收购价是三块五一斤。", "三块五")
    assert (s.value, s.unit, s.kind) == (3.5, "块", "amount")
    assert all(s.text != "五一斤" for s in stats_of("这批脐橙的收购价是三块五一斤。"))
    assert stats_of("八一建军节前夕，官兵们开展训练。") == []
