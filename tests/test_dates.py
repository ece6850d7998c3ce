"""Dates stage: real sentences from the sample pages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lunardate import LunarDate

from pipeline.dates import resolve_article
from pipeline.records import Article, DateMention, Document
from pipeline.stages.dates import dates
from tests.test_statistics import make_inputs, stats_of


def rows_of(text: str, **kw: Any) -> list[DateMention]:
    doc, arts, sents, _toks, _ments = make_inputs(text, **kw)
    return dates(doc, arts, sents)


def dates_of(text: str, **kw: Any) -> list[tuple[str, str]]:
    rows = rows_of(text, **kw)
    for r in rows:
        assert text[r.start : r.end] == r.text
    return [(r.text, r.value) for r in rows]


def test_day_with_year_from_the_page() -> None:
    assert dates_of("4月6日晚上，迎泽区下发通知。", publication_year=2022) == [("4月6日", "2022-04-06")]


def test_year_unknowable() -> None:
    assert dates_of("4月6日晚上，迎泽区下发通知。") == [("4月6日", "--04-06")]


def test_year_from_a_full_date_on_the_page() -> None:
    text = "11月17日小店区消息，社区动员志愿者。\n太原市疫情防控领导小组办公室\n2022年11月17日"
    assert dates_of(text) == [("11月17日", "2022-11-17"), ("2022年11月17日", "2022-11-17")]


def test_date_and_time_are_one_span() -> None:
    assert dates_of("4月9日清晨6时，党员整装出发。", publication_year=2022) == [
        ("4月9日清晨6时", "2022-04-09T06:00")
    ]
    assert dates_of("4月18日15时，刘华走在街头。", publication_year=2022) == [
        ("4月18日15时", "2022-04-18T15:00")
    ]


def test_bare_time_on_the_day_being_told() -> None:
    text = (
        "4月5日夜，6904社区接到紧急通告，4月6日7时起，需开展全员第二轮核酸检测。"
        "晚上11时，6904厂党委发出号召。"
    )
    assert dates_of(text, publication_year=2022) == [
        ("4月5日", "2022-04-05"),
        ("4月6日7时", "2022-04-06T07:00"),
        ("11时", "2022-04-05T23:00"),
    ]


def test_time_in_a_paragraph_without_a_day() -> None:
    text = "4月13日，杏花岭区实施临时交通管制。\n深夜，他们布置现场。清晨6时，他们就投入工作。"
    assert dates_of(text, publication_year=2022) == [
        ("4月13日", "2022-04-13"),
        ("6时", "T06:00"),
    ]


def test_recurring_time_has_no_day() -> None:
    text = "4月18日，太原大部分城区解封。每天下午3时30分是接“菜宝宝”回家的时间。"
    assert dates_of(text, publication_year=2022)[1] == ("3时30分", "T15:30")
    assert dates_of("每天早上6点到岗。") == [("6点", "T06:00")]


def test_day_alone_takes_the_month_before() -> None:
    text = "11月17日万柏林区消息。“我准备就绪!”16日，小井峪街道开展核酸检测。8时许，医护人员到达。"
    assert dates_of(text, publication_year=2022) == [
        ("11月17日", "2022-11-17"),
        ("16日", "2022-11-16"),
        ("8时许", "2022-11-16T08:00"),
    ]


def test_month_alone() -> None:
    assert dates_of("10月至今，党员志愿者上门采样。", publication_year=2022) == [("10月", "2022-10")]
    assert dates_of("10月以来，共开展核酸检测12轮。", publication_year=2022) == [("10月", "2022-10")]


def test_relative_days_resolve_against_the_page_date() -> None:
    # DEV-SET: 今天, 昨天 without a clock time are no dates; a clock time after them carries
    # their day, and its span leaves out 今天上午 (changed: 昨天 was a date before)
    assert dates_of("昨天下午，记者来到社区。", publication_date=date(2022, 11, 21)) == []
    got = dates_of("今天上午9点半，志愿者集合。", publication_date=date(2022, 11, 21))
    assert got == [("9点半", "2022-11-21T09:30")]
    got = dates_of("昨天，记者来到社区。下午3时许，志愿者集合。", publication_date=date(2022, 11, 21))
    assert got == [("3时许", "2022-11-20T15:00")]  # 昨天 still tells the day


def test_relative_to_the_day_being_told() -> None:
    text = "4月3日晚，小区接到通知，次日凌晨4时开始全员核酸检测。"
    assert dates_of(text, publication_year=2022) == [
        ("4月3日", "2022-04-03"),
        ("4时", "2022-04-04T04:00"),
    ]
    # alone, 次日 is not a calendar date (guidelines)
    text = "11月15日，迎泽区定于次日起开展全员核酸检测。"
    assert dates_of(text, publication_year=2022) == [("11月15日", "2022-11-15")]


def test_24_hours_is_the_next_day() -> None:
    text = "截至11月20日24时，全市累计报告病例100例。"
    assert dates_of(text, publication_year=2022) == [("11月20日24时", "2022-11-21T00:00")]


def test_holiday() -> None:
    assert dates_of("国庆节期间，社区组织活动。", publication_year=2022) == [("国庆节", "2022-10-01")]
    assert dates_of("五一路以西区域被划为管控区。", publication_year=2022) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "他们第一时间联系了社区。",  # 第一时间 is not 1 o'clock
        "连续3日无新增感染者。",  # a duration
        "太原市新冠肺炎疫情防控工作领导小组办公室通告(2022年第165号)。",  # a notice number
        "连日来，党员们积极响应号召。",
        "一时间难以适应。",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert dates_of(sentence, publication_year=2022) == []


def test_clock_time_to_the_second_is_one_date() -> None:
    # a launch or a finish written to the second: the seconds are the time's, no duration
    text = "10月26日11时13分59秒，运载火箭点火升空。每天7时5分30秒，钟声响起。"
    rows = rows_of(text, publication_year=2025)
    assert [(r.text, r.value, r.granularity) for r in rows] == [
        ("10月26日11时13分59秒", "2025-10-26T11:13:59", "second"),
        ("7时5分30秒", "T07:05:30", "time"),
    ]
    assert stats_of(text) == []


def test_seconds_past_59_are_no_clock_time() -> None:
    assert dates_of("10月26日11时13分75秒。", publication_year=2025) == [
        ("10月26日11时13分", "2025-10-26T11:13")
    ]


def test_granularity() -> None:
    text = "2022年11月17日，4月6日7时，10月至今，每天3时30分。"
    assert [r.granularity for r in rows_of(text)] == ["day", "hour", "month", "time"]


def test_year_words_and_same_year() -> None:
    text = "去年4月，社区启动改造。今年3月5日，完成验收。2004年，学校开工。同年5月，校舍落成。"
    # DEV-SET: a relative year plus a month is one span (changed: the span was the month only)
    assert dates_of(text, publication_date=date(2023, 6, 1)) == [
        ("去年4月", "2022-04"),
        ("今年3月5日", "2023-03-05"),
        ("2004年", "2004"),
        ("同年5月", "2004-05"),
    ]


def test_a_january_page_about_december() -> None:
    assert dates_of("12月28日，社区开展义诊。", publication_date=date(2023, 1, 5)) == [
        ("12月28日", "2022-12-28")
    ]


def test_day_alone_after_a_subject_is_a_date() -> None:
    text = "4月16日，社区开展排查。记者17日从市卫健委获悉，全市连续3日无新增。"
    assert dates_of(text, publication_year=2022) == [
        ("4月16日", "2022-04-16"),
        ("17日", "2022-04-17"),
    ]


def test_the_year_is_the_document_records_not_the_names() -> None:
    # a batch named by its date gives the page its year where the document is made
    # (publication_year); the dates finder reads the record, never the names again
    text = "4月6日晚上，迎泽区下发通知。"
    assert dates_of(text, batch_id="taiyuan-2022-04-20") == [("4月6日", "--04-06")]
    assert dates_of(text, batch_id="taiyuan-2022-04-20", publication_year=2022) == [("4月6日", "2022-04-06")]


def test_end_of_a_time_range_is_on_the_date_before_it() -> None:
    # 9月23日0—24时 ends at midnight after the 23rd, not after the day the sentence opens with;
    # a contiguous range is one span with an ISO interval (changed: it was two rows)
    text = "国家卫生健康委今天（9月24日）通报，9月23日0—24时，31个省新增确诊病例188例。"
    got = dates_of(text, publication_date=date(2022, 9, 24))
    assert ("9月23日0—24时", "2022-09-23T00:00/2022-09-24T00:00") in got


def test_last_night_is_evening() -> None:
    text = "昨晚11时，台风“摩羯”进入北部湾海面。"
    assert dates_of(text, publication_date=date(2024, 9, 7)) == [("11时", "2024-09-06T23:00")]


def test_day_alone_after_a_future_date_in_another_paragraph() -> None:
    text = "新规将于9月1日起实施。\n当地时间7日晚，北京时间今天（6月8日）凌晨，伊朗发动打击。"
    got = dates_of(text, publication_date=date(2026, 6, 8))
    assert ("7日", "2026-06-07") in got


def test_day_alone_after_a_period_of_months() -> None:
    text = "今年1—7月，海南离岛免税购物金额超210亿元。今年第13号台风预计7日移入东海。"
    got = dates_of(text, publication_date=date(2026, 8, 5))
    assert ("7日", "2026-08-07") in got


# --- the forms of issue 12 (DEV-SET decisions, guidelines of November 2026) --------------------


def test_bare_years_and_their_ends() -> None:
    text = "2015年，该县启动易地搬迁。到2018年底，全县搬迁群众3000余户。二〇一九年，新区建成。"
    assert dates_of(text, publication_year=2024) == [
        ("2015年", "2015"),
        ("2018年底", "2018"),
        ("二〇一九年", "2019"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "该局发布2022年度报告。",  # a report's name, not the year
        "市政府印发2023年第5号令。",  # a document number
    ],
)
def test_years_that_are_no_dates(sentence: str) -> None:
    assert dates_of(sentence, publication_year=2024) == []


def test_parts_of_a_month_keep_the_month() -> None:
    text = "新建泵站预计8月中旬完工，十月下旬全面通水。去年11月底，首批设备进场。今年2月份开工。"
    assert dates_of(text, publication_date=date(2024, 6, 10)) == [
        ("8月中旬", "2024-08"),
        ("十月下旬", "2024-10"),
        ("去年11月底", "2023-11"),
        ("今年2月份", "2024-02"),
    ]


def test_ranges_are_iso_intervals() -> None:
    text = (
        "博览会于9月12日至14日举办。15日至17日，分会场开放。"
        "今年1至5月，全省接待游客1.2亿人次。1—8月份，外贸进出口增长。"
        "2019—2023年，累计投入资金8亿元。展会于10月28日至11月3日在广州举行。"
    )
    assert dates_of(text, publication_date=date(2024, 9, 10)) == [
        ("9月12日至14日", "2024-09-12/2024-09-14"),
        ("15日至17日", "2024-09-15/2024-09-17"),
        ("今年1至5月", "2024-01/2024-05"),
        ("1—8月份", "2024-01/2024-08"),
        ("2019—2023年", "2019/2023"),
        ("10月28日至11月3日", "2024-10-28/2024-11-03"),
    ]


def test_ranges_of_hours() -> None:
    text = "11月5日8时至18时，景区实行限流。\n下午2—4时，志愿者上门。晚上八九点钟，仍有游客入园。"
    assert dates_of(text, publication_year=2023) == [
        ("11月5日8时至18时", "2023-11-05T08:00/2023-11-05T18:00"),
        ("2—4时", "T14:00/T16:00"),
        ("八九点钟", "T20:00/T21:00"),
    ]


def test_a_range_that_turns_the_year_takes_the_next_year() -> None:
    got = dates_of("冬季供暖期为11月至3月，全市供热面积增加。", publication_date=date(2023, 10, 20))
    assert got == [("11月至3月", "2023-11/2024-03")]


def test_a_list_of_days_is_no_range() -> None:
    got = dates_of("7月5日、6日，当地出现强降雨。", publication_year=2023)
    assert got == [("7月5日", "2023-07-05"), ("6日", "2023-07-06")]


def test_two_relative_days_are_two_dates() -> None:
    text = "从昨天8时到今天8时，全市平均降雨量达80毫米。"
    assert dates_of(text, publication_date=date(2023, 7, 5)) == [
        ("8时", "2023-07-04T08:00"),
        ("8时", "2023-07-05T08:00"),
    ]


def test_holidays_nearest_the_story_day() -> None:
    assert dates_of("春节假期，全省接待游客增长。", publication_date=date(2024, 2, 20)) == [
        ("春节", "2024-02-10")
    ]
    # a December page speaks of the coming festival
    got = dates_of("春节临近，市场备货充足。", publication_date=date(2024, 12, 20))
    assert got == [("春节", "2025-01-29")]
    assert dates_of("元旦假期，冰雪游火热。", publication_date=date(2024, 1, 3)) == [("元旦", "2024-01-01")]
    got = dates_of("元旦将至，商场客流增加。", publication_date=date(2023, 12, 28))
    assert got == [("元旦", "2024-01-01")]
    assert dates_of("中秋节前后，月饼销量上升。", publication_year=2023) == [("中秋节", "2023-09-29")]


def test_a_year_written_before_a_holiday_fixes_it() -> None:
    text = "2021年春节前夕，总书记来到村里。较去年春节假期，客流增长两成。"
    assert dates_of(text, publication_date=date(2025, 2, 10)) == [
        ("2021年春节", "2021-02-12"),
        ("去年春节", "2024-02-10"),
    ]


def test_solar_term_days_move_with_the_year() -> None:
    """清明 is 5 April in 2023 and 4 April in 2024 (dates_solar_terms, borax's calendar); 清明 as
    "clear, fair" is no date; a year written before the term fixes it."""
    got = dates_of("清明节期间，各地祭扫有序。", publication_date=date(2024, 4, 6))
    assert got == [("清明节", "2024-04-04")]
    got = dates_of("清明假期，景区迎来客流高峰。", publication_date=date(2023, 4, 6))
    assert got == [("清明", "2023-04-05")]
    assert dates_of("冬至当天，社区志愿者为老人包饺子。", publication_date=date(2021, 12, 22)) == [
        ("冬至", "2021-12-21")
    ]
    assert dates_of("营造风清气正、政治清明的环境。", publication_date=date(2024, 4, 6)) == []
    got = dates_of("与2023年清明节相比，客流增长两成。", publication_date=date(2024, 4, 6))
    assert got == [("2023年清明节", "2023-04-05")]


def test_a_month_word_before_a_day_counts_from_the_story_month() -> None:
    """上月15日 is the 15th of the month before the story's (dates_month_words), across a year's end."""
    got = dates_of("上月15日，大桥正式通车。下个月3日，博览会将开幕。", publication_date=date(2024, 3, 20))
    assert got == [("上月15日", "2024-02-15"), ("下个月3日", "2024-04-03")]
    got = dates_of("上月28日，项目开工。", publication_date=date(2024, 1, 10))
    assert got == [("上月28日", "2023-12-28")]


def test_midnight_after_a_day_is_a_time() -> None:
    """零时 / 零点 after a day is 00:00; a Chinese hour alone still needs a day part (零时工 is none)."""
    got = dates_of("新规自4月1日零时起施行，20日零点起恢复通行。", publication_date=date(2024, 3, 20))
    assert got == [("4月1日零时", "2024-04-01T00:00"), ("20日零点", "2024-04-20T00:00")]  # April's 20th
    assert dates_of("工地招聘零时工。", publication_date=date(2024, 3, 20)) == []


def test_lunar_months_and_days() -> None:
    text = "这个正月，村里的灯会格外热闹。正月十五，游客挤满古镇。"
    assert dates_of(text, publication_date=date(2024, 2, 20)) == [
        ("正月", "2024-02-10/2024-03-09"),
        ("正月十五", "2024-02-24"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "春节联欢晚会的节目单公布。",  # a programme
        "双方领导人将赴韩国庆州出席会议。",  # a place
        "纪念越南国庆80周年活动举行。",  # another country's national day
        "新年伊始，各地项目开工。",
        "今年暑期，研学游升温。",
        "初春时节，茶园吐绿。",
        "项目要在月底前完工。",
        "今天，北京解除暴雨预警。",
        "昨晚，救援队伍连夜转移群众。",
        "今早，工作组赶赴灾区。",
        "他提出3点建议。",  # a count of points
        "社区开设“五点半课堂”。",  # a name
    ],
)
def test_not_dates_on_the_new_pages(sentence: str) -> None:
    assert dates_of(sentence, publication_date=date(2024, 7, 20)) == []


def test_decades() -> None:
    text = "上世纪60年代，这里还是荒滩。20世纪90年代，工厂建成。80年代起，人口外流。八九十年代，小镇兴起。"
    assert dates_of(text, publication_year=2024) == [
        ("上世纪60年代", "196"),
        ("20世纪90年代", "199"),
        ("80年代", "198"),
        ("八九十年代", "198/199"),
    ]


def test_clock_times_per_the_dev_set() -> None:
    text = "今天上午10时20分，首趟列车发出。\n上午9点，农户开始采摘。七点钟，车辆出发。\n昨晚9时，水位回落。"
    assert dates_of(text, publication_date=date(2024, 7, 15)) == [
        ("10时20分", "2024-07-15T10:20"),
        ("9点", "T09:00"),
        ("七点钟", "T07:00"),
        ("9时", "2024-07-14T21:00"),
    ]


def test_tonight_with_the_day_in_brackets() -> None:
    text = "纪录片将于今晚（6月3日）8点在综合频道播出。"
    assert dates_of(text, publication_date=date(2025, 6, 3)) == [
        ("6月3日", "2025-06-03"),
        ("8点", "2025-06-03T20:00"),
    ]


def test_a_story_reads_its_dates_from_its_own_day() -> None:
    # a page of stories from several days is dated by its latest; this story fixes its own day
    text = "应急管理部今天（7月5日）派出工作组。截至今天10时，受灾群众已全部转移。6日至8日仍有降雨。"
    assert dates_of(text, publication_date=date(2023, 8, 2)) == [
        ("7月5日", "2023-07-05"),
        ("10时", "2023-07-05T10:00"),
        ("6日至8日", "2023-07-06/2023-07-08"),
    ]


def test_a_time_opening_a_paragraph_goes_on_with_the_day_told() -> None:
    text = "7月11日早晨6时左右，河水快速上涨。\n镇里组织群众转移。\n上午10时左右，群众全部撤离。"
    assert dates_of(text, publication_year=2024) == [
        ("7月11日早晨6时", "2024-07-11T06:00"),
        ("10时", "2024-07-11T10:00"),
    ]
    # a time inside a paragraph of its own, without a day, stays a time of no day
    text = "7月11日早晨6时左右，河水快速上涨。\n他们连夜布置现场。清晨6时，他们就投入工作。"
    assert dates_of(text, publication_year=2024)[1] == ("6时", "T06:00")


# --- properties ------------------------------------------------------------------------------

_CN_DIGITS = "〇一二三四五六七八九"


def values_of(text: str, publication_date: date | None = None, year: int | None = None) -> list[str]:
    """The resolved values of one paragraph, through the resolver alone (no segmentation)."""
    now = datetime(2026, 1, 1, tzinfo=UTC)
    doc = Document("d", "b", "p.txt", "", "utf-8", len(text), text, now, (), publication_date, year)
    art = Article("a", "d", "b", 0, None, (), (), (), None, publication_date, year, "article", 0, len(text))
    return [d.value for d in resolve_article(doc, art, [(0, len(text))], [0])]


@settings(max_examples=60, deadline=None)
@given(st.integers(1900, 2099))
def test_property_years_arabic_and_chinese(year: int) -> None:
    chinese = "".join(_CN_DIGITS[int(c)] for c in str(year))
    assert values_of(f"{year}年，工程开工。{chinese}年，工程竣工。", year=2024) == [str(year), str(year)]


@settings(max_examples=60, deadline=None)
@given(st.integers(2000, 2040), st.integers(1, 12), st.integers(1, 27), st.integers(1, 3))
def test_property_day_ranges(year: int, month: int, first: int, length: int) -> None:
    last = first + length
    want = f"{year}-{month:02d}-{first:02d}/{year}-{month:02d}-{last:02d}"
    assert values_of(f"{month}月{first}日至{last}日，会议召开。", year=year) == [want]


@settings(max_examples=60, deadline=None)
@given(st.integers(2000, 2040), st.integers(1, 11), st.integers(1, 11))
def test_property_month_ranges(year: int, first: int, span: int) -> None:
    last = min(first + span, 12)
    got = values_of(f"今年{first}至{last}月，出口增长。", date(year, 12, 31))
    assert got == [f"{year}-{first:02d}/{year}-{last:02d}"]


@settings(max_examples=60, deadline=None)
@given(st.dates(date(1950, 1, 1), date(2090, 12, 31)))
def test_property_spring_festival_is_the_nearest_one(day: date) -> None:
    (value,) = values_of("春节期间，客流增长。", day)
    festival = date.fromisoformat(value)
    lunar = LunarDate.from_solar_date(festival.year, festival.month, festival.day)
    assert (lunar.month, lunar.day, lunar.is_leap_month) == (1, 1, False)
    assert abs((festival - day).days) <= 192  # half the longest lunar year


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 9), st.sampled_from([("上午", 0), ("晚上", 12)]))
def test_property_paired_hours(hour: int, part: tuple[str, int]) -> None:
    words = "一二三四五六七八九十"
    if part[1] and hour + 1 > 11:
        return
    got = values_of(f"{part[0]}{words[hour - 1]}{words[hour]}点，游客入园。")
    assert got == [f"T{hour + part[1]:02d}:00/T{hour + 1 + part[1]:02d}:00"]


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 9), st.sampled_from([("20世纪", "19"), ("21世纪", "20"), ("上世纪", "19")]))
def test_property_decades(decade: int, century: tuple[str, str]) -> None:
    assert values_of(f"{century[0]}{decade}0年代，小镇兴起。", year=2024) == [f"{century[1]}{decade}"]


def test_a_range_of_recurring_times_stays_on_no_day() -> None:
    text = "6月3日起报名，每日9:00—22:00均可提交。"
    assert dates_of(text, publication_year=2025)[1] == ("9:00—22:00", "T09:00/T22:00")
    assert dates_of("降雨连续3至5日，河水上涨。", publication_date=date(2025, 7, 9)) == []
