"""Dates stage: real sentences from the sample pages."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from pipeline.records import DateMention
from pipeline.stages.dates import dates
from tests.test_statistics import make_inputs


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
    got = dates_of("昨天下午，记者来到社区。", publication_date=date(2022, 11, 21))
    assert got == [("昨天", "2022-11-20")]
    got = dates_of("今天上午9点半，志愿者集合。", publication_date=date(2022, 11, 21))
    assert got == [("今天上午9点半", "2022-11-21T09:30")]


def test_relative_to_the_day_being_told() -> None:
    text = "4月3日晚，小区接到通知，次日凌晨4时开始全员核酸检测。"
    assert dates_of(text, publication_year=2022) == [
        ("4月3日", "2022-04-03"),
        ("次日凌晨4时", "2022-04-04T04:00"),
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


def test_granularity() -> None:
    text = "2022年11月17日，4月6日7时，10月至今，每天3时30分。"
    assert [r.granularity for r in rows_of(text)] == ["day", "hour", "month", "time"]


def test_year_words_and_same_year() -> None:
    text = "去年4月，社区启动改造。今年3月5日，完成验收。2004年，学校开工。同年5月，校舍落成。"
    assert dates_of(text, publication_date=date(2023, 6, 1)) == [
        ("4月", "2022-04"),
        ("3月5日", "2023-03-05"),
        ("2004年", "2004"),
        ("5月", "2004-05"),
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
    # 9月23日0—24时 ends at midnight after the 23rd, not after the day the sentence opens with
    text = "国家卫生健康委今天（9月24日）通报，9月23日0—24时，31个省新增确诊病例188例。"
    got = dates_of(text, publication_date=date(2022, 9, 24))
    assert ("24时", "2022-09-24T00:00") in got


def test_last_night_is_evening() -> None:
    text = "昨晚11时，台风“摩羯”进入北部湾海面。"
    assert dates_of(text, publication_date=date(2024, 9, 7)) == [("昨晚11时", "2024-09-06T23:00")]


def test_day_alone_after_a_future_date_in_another_paragraph() -> None:
    text = "新规将于9月1日起实施。\n当地时间7日晚，北京时间今天（6月8日）凌晨，伊朗发动打击。"
    got = dates_of(text, publication_date=date(2026, 6, 8))
    assert ("7日", "2026-06-07") in got


def test_day_alone_after_a_period_of_months() -> None:
    text = "今年1—7月，海南离岛免税购物金额超210亿元。今年第13号台风预计7日移入东海。"
    got = dates_of(text, publication_date=date(2026, 8, 5))
    assert ("7日", "2026-08-07") in got
