"""Solar days of holidays and lunar dates, and ISO decades.

A holiday written without its year (国庆节, 元旦, 春节) is the occurrence nearest the day the
article is from (元旦 in a story of 2024-01-07 is 2024-01-01; 春节 on a page of December 2024
is the coming 2025-01-29), or the one in the page's year when only the year is known. Lunar
dates go through the `lunardate` library (a maintained converter of the Chinese calendar,
1900-2099), and so do the days of the solar terms (`borax`'s TermUtils: 清明 is 4 or 5 April),
not tables of our own.
"""

from __future__ import annotations

from datetime import date, timedelta

from borax.calendars.lunardate import TermUtils
from lunardate import LunarDate


def lunar_to_solar(year: int, month: int, day: int) -> date | None:
    """The solar day of a lunar day (day 0: the month's last day, 除夕 for month 12)."""
    if day == 0:
        span = lunar_month(year, month)
        return span[1] if span else None
    try:
        solar: date = LunarDate(year, month, day).to_solar_date()
    except ValueError:  # no such day, or a year outside the library's calendar
        return None
    return solar


def lunar_month(year: int, month: int) -> tuple[date, date] | None:
    """The first and last solar day of a lunar month (正月 of 2023: 2023-01-22 to 2023-02-19);
    a leap month after it is a month of its own."""
    try:
        first: date = LunarDate(year, month, 1).to_solar_date()
        if LunarDate.leap_month_for_year(year) == month:
            following: date = LunarDate(year, month, 1, True).to_solar_date()
        elif month == 12:
            following = LunarDate(year + 1, 1, 1).to_solar_date()
        else:
            following = LunarDate(year, month + 1, 1).to_solar_date()
    except ValueError:
        return None
    return first, following - timedelta(days=1)


Span = tuple[date, date]  # the first and the last solar day


def _nearest(candidates: list[Span], ref: date | None, year: int | None) -> Span | None:
    """The candidate (first, last day) nearest ref; without ref, the first that begins in year."""
    if ref is not None:
        return min(candidates, key=lambda c: abs((c[0] - ref).days), default=None)
    return next((c for c in candidates if c[0].year == year), None)


def _years_around(ref: date | None, year: int | None) -> list[int]:
    middle = ref.year if ref is not None else year
    return [] if middle is None else [middle - 1, middle, middle + 1]


def solar_holiday(month: int, day: int, ref: date | None, year: int | None) -> date | None:
    """A holiday on a fixed solar day (国庆节: 10-01) nearest ref, else in year."""
    candidates = []
    for y in _years_around(ref, year):
        try:
            candidates.append((date(y, month, day),) * 2)
        except ValueError:
            continue
    found = _nearest(candidates, ref, year)
    return found[0] if found else None


def solar_term(term: str, ref: date | None, year: int | None) -> date | None:
    """The day of a solar term (清明, 冬至) nearest ref, else in year."""
    candidates = []
    for y in _years_around(ref, year):
        try:
            day: date = TermUtils.nth_term_day(y, term_name=term)
        except ValueError:  # a year outside the library's calendar (1900-2100)
            continue
        candidates.append((day, day))
    found = _nearest(candidates, ref, year)
    return found[0] if found else None


def lunar_holiday(month: int, day: int | None, ref: date | None, year: int | None) -> Span | None:
    """A lunar day (春节: 1-1), or a whole lunar month when day is None (正月), nearest ref,
    else in year: (first, last) solar day, the same day twice for a day."""
    candidates = []
    for y in _years_around(ref, year):
        if day is None:
            span = lunar_month(y, month)
        else:
            solar = lunar_to_solar(y, month, day)
            span = (solar, solar) if solar else None
        if span is not None:
            candidates.append(span)
    return _nearest(candidates, ref, year)


def decade(digit: int, century: tuple[int, bool] | None, year: int | None) -> str:
    """The ISO decade (197 for the 1970s) of 70年代: its century as written (20世纪), relative to
    the page's (上世纪), or, when none is written, the latest one not after the page's year."""
    now = year or 2000  # no page year: the century before 2000 for every decade after 00
    if century is None:
        first_two = now // 100
        if first_two * 100 + digit * 10 > now:
            first_two -= 1
    elif century[1]:
        first_two = now // 100 + century[0]
    else:
        first_two = century[0]
    return f"{first_two}{digit}"
