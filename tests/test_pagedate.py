"""pipeline.pagedate: the one place that decides which date and year a page is from."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline import pagedate
from pipeline.records import Document
from pipeline.run import FileOutcome, fill_batch_year


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("rmrb_20220420_03.txt", "sample"), ("2022-04-20", 2022)),
        (("page3.txt", "2022-11-17"), ("2022-11-17", 2022)),
        (("2022/page3.txt", "batch"), (None, 2022)),
        (("003_0073031193020e22.txt", "sample"), (None, None)),
        (("20221345.txt", "x"), (None, None)),  # digits that are no calendar date are no hint
    ],
)
def test_date_from_file_or_batch_name(names: tuple[str, str], expected: tuple) -> None:
    found, year = pagedate.date_from_name(*names)
    assert (found.isoformat() if found else None, year) == expected


def test_latest_full_date_written_on_the_page(sample_texts: dict[str, str]) -> None:
    assert pagedate.date_from_text(sample_texts["004_8a9192cc8e369542"]) == date(2022, 11, 17)
    assert pagedate.date_from_text(sample_texts["003_0073031193020e22"]) is None
    assert pagedate.date_from_text("2022年2月30日 2021年3月1日") == date(2021, 3, 1)  # no such day


def test_given_then_named_then_written() -> None:
    text = "本通知自2022年11月17日起施行。"
    assert pagedate.page_date(text, ("a.txt",)) == (date(2022, 11, 17), 2022)
    assert pagedate.page_date(text, ("rmrb_20220420.txt",)) == (date(2022, 4, 20), 2022)
    # a year in the name is trusted over a date on the page, which may be another year's
    assert pagedate.page_date(text, ("2021/a.txt",)) == (None, 2021)
    assert pagedate.page_date(text, ("a.txt",), given_year=2020) == (None, 2020)
    assert pagedate.page_date(text, ("a.txt",), given_date=date(2023, 1, 2)) == (date(2023, 1, 2), 2023)
    assert pagedate.page_date("无日期", ("a.txt",)) == (None, None)


def test_batch_year_is_the_most_common_then_the_earliest() -> None:
    assert pagedate.batch_year([2022, None, 2022, 2021]) == 2022
    assert pagedate.batch_year([2023, 2021]) == 2021
    assert pagedate.batch_year([None]) is None


def test_dates_as_callers_carry_them() -> None:
    assert pagedate.as_date(datetime(2022, 4, 13, 8)) == date(2022, 4, 13)
    assert pagedate.as_date("not a date") is None


# --- a story's own day; the year a page's text implies -----------------------------------------


def test_a_story_fixes_its_own_day() -> None:
    page = date(2023, 8, 2)  # a page of several days' stories is dated by its latest
    assert pagedate.story_date("国家防总今天（7月5日）派出工作组。", page, 2023) == date(2023, 7, 5)
    assert pagedate.story_date("北京时间今天（6月8日）凌晨，…", page, 2023) == date(2023, 6, 8)
    # 昨晚（7月28日）: the story is from the day after
    assert pagedate.story_date("昨晚（7月28日），暴雨袭击山区。", page, 2023) == date(2023, 7, 29)
    # a day after the page's date is last year's
    assert pagedate.story_date("今天（12月30日），新线开通。", date(2024, 1, 3), 2024) == date(2023, 12, 30)
    # a day just after the page's own (a paper dated the day before) stays in its year
    assert pagedate.story_date("今天（8月3日），新线开通。", page, 2023) == date(2023, 8, 3)
    assert pagedate.story_date("记者今天从水利部获悉。", page, 2023) is None
    assert pagedate.story_date("今天（7月5日）", None, None) is None  # no year to put it in


def test_the_latest_year_a_page_tells_of() -> None:
    text = "2020年以来，出口年均增长43%。2022年，全市实现产值105亿元。到2025年底，产值将翻番。"
    assert pagedate.year_from_text(text) == 2022  # 2025 is a target
    assert pagedate.year_from_text("计划2030年建成。") is None
    assert pagedate.year_from_text("2023年，印发《2024—2025年行动方案》，锚定2035年远景目标。") == 2023
    assert pagedate.page_date(text, ("page.txt",)) == (None, 2022)
    # a name or a full date on the page is trusted over it
    assert pagedate.page_date(text, ("2023/page.txt",)) == (None, 2023)


def _page(doc_id: str, text: str, name: str) -> Document:
    pub_date, pub_year = pagedate.page_date(text, (name, "batch"))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return Document(doc_id, "batch", name, "", "utf-8", len(text), text, now, (), pub_date, pub_year)


def test_the_batch_year_is_trusted_over_an_implied_one() -> None:
    implied = _page("a", "2022年，全市产值增长。", "a.txt")
    assert pagedate.year_is_implied(implied)
    named = _page("b", "4月5日，社区开展核酸检测。", "rmrb_20230405.txt")
    assert not pagedate.year_is_implied(named)
    outcomes = [
        FileOutcome("a.txt", "a", {"documents": [implied]}),
        FileOutcome("b.txt", "b", {"documents": [named]}),
    ]
    fill_batch_year(outcomes)
    assert [o.document.publication_year for o in outcomes] == [2023, 2023]
    # alone, the page keeps the year its text implies
    alone = [FileOutcome("a.txt", "a", {"documents": [implied]})]
    fill_batch_year(alone)
    assert alone[0].document.publication_year == 2022


def test_a_folder_of_several_years_gives_the_nearest_pages_year() -> None:
    pages = [
        ("003_a.txt", None),  # writes no year
        ("004_b.txt", 2022),
        ("x11_20230211.txt", 2023),
        ("x12_20230802.txt", 2023),
        ("x21_20250221.txt", 2025),
    ]
    assert pagedate.batch_years(pages) == {"003_a.txt": 2022}
    # where the pages agree, the batch's year (the issue's)
    assert pagedate.batch_years([("p1.txt", 2022), ("p2.txt", None), ("p3.txt", 2022)]) == {"p2.txt": 2022}
    assert pagedate.batch_years([("p1.txt", None)]) == {}
