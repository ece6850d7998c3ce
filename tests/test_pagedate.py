"""pipeline.pagedate: the one place that decides which date and year a page is from."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipeline import pagedate


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
