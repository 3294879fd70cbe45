"""Festival dates: the bundled lunar table against independent lunar implementations."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork.calendar import (
    FIRST_LUNAR_YEAR,
    LAST_LUNAR_YEAR,
    CalendarCoverageError,
    lunar_to_solar,
    qingming,
    qiyi,
    spring_festival,
)
from orgwork.calendar._festivals import _lunar_years

LUNAR_YEARS = range(FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR + 1)


def _months(year: int) -> list[tuple[int, bool]]:
    """The months of a lunar year in order, as (month, is_leap)."""
    leap, starts = _lunar_years()[year]
    out: list[tuple[int, bool]] = []
    for m in range(1, 13):
        out.append((m, False))
        if m == leap:
            out.append((m, True))
    assert len(out) == len(starts) - 1
    return out


def test_known_spring_festivals() -> None:
    assert spring_festival(2024) == dt.date(2024, 2, 10)
    assert spring_festival(2025) == dt.date(2025, 1, 29)
    assert spring_festival(2026) == dt.date(2026, 2, 17)
    assert spring_festival(1900) == dt.date(1900, 1, 31)
    assert spring_festival(2100) == dt.date(2100, 2, 9)


def test_qiyi_is_july_first() -> None:
    assert qiyi(2021) == dt.date(2021, 7, 1)
    assert qiyi(1921) == dt.date(1921, 7, 1)
    with pytest.raises(CalendarCoverageError):
        qiyi(1920)


@pytest.mark.parametrize("year", [1899, 2101, -5])
def test_spring_festival_outside_the_table_raises(year: int) -> None:
    with pytest.raises(CalendarCoverageError) as info:
        spring_festival(year)
    assert info.value.year == year
    assert "1900–2100" in str(info.value)


@pytest.mark.parametrize("bad", [True, 2024.0, "2024"])
def test_festival_years_must_be_ints(bad: object) -> None:
    with pytest.raises(TypeError):
        spring_festival(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        qiyi(bad)  # type: ignore[arg-type]


def test_the_table_is_continuous() -> None:
    # each lunar year ends the day before the next one starts; 12 or 13 months of 29/30 days
    table = _lunar_years()
    for year in LUNAR_YEARS:
        leap, starts = table[year]
        assert len(starts) == (14 if leap else 13)
        assert {b - a for a, b in itertools.pairwise(starts)} <= {29, 30}
        if year + 1 in table:
            assert starts[-1] == table[year + 1][1][0]
        assert dt.date(year, 1, 21) <= spring_festival(year) <= dt.date(year, 2, 20)


# Month starts (lunar year, month, leap) where lunardate disagrees with the table:
# lunardate's date, then ours. Ours is the day of the new moon in China's civil
# time, computed with PyEphem (times below are UTC+8).
LUNARDATE_DISAGREES = {
    (1933, 6, False): (dt.date(1933, 7, 22), dt.date(1933, 7, 23)),  # new moon 07-23 00:03
    (1954, 11, False): (dt.date(1954, 11, 26), dt.date(1954, 11, 25)),  # new moon 11-25 20:30
    (1978, 8, False): (dt.date(1978, 9, 2), dt.date(1978, 9, 3)),  # new moon 09-03 00:09
}


def test_every_month_start_against_lunardate() -> None:
    lunardate = pytest.importorskip("lunardate")
    found = {}
    for year in range(FIRST_LUNAR_YEAR, 2100):  # lunardate stops at lunar year 2099
        for month, leap in _months(year):
            ours = lunar_to_solar(year, month, 1, leap=leap)
            theirs = lunardate.LunarDate(year, month, 1, int(leap)).to_solar_date()
            if ours != theirs:
                found[(year, month, leap)] = (theirs, ours)
    assert found == LUNARDATE_DISAGREES


# holidays' Chinese lunisolar tables (1901–2099). One disagreement: the 1916 new
# moon fell at 1916-02-04 00:05 UTC+8 but 02-03 23:51 in Beijing local mean time,
# China's civil time before 1929; holidays uses UTC+8 throughout.
HOLIDAYS_DISAGREES = {("new year", 1916): (dt.date(1916, 2, 4), dt.date(1916, 2, 3))}


def test_festivals_against_holidays() -> None:
    pytest.importorskip("holidays")
    from holidays.calendars.chinese import _ChineseLunisolar

    peer = _ChineseLunisolar()
    found = {}
    for year in range(1901, 2100):
        for name, (m, d), theirs in (
            ("new year", (1, 1), peer.lunar_new_year_date(year)[0]),
            ("端午", (5, 5), peer.dragon_boat_date(year)[0]),
            ("中秋", (8, 15), peer.mid_autumn_date(year)[0]),
        ):
            ours = lunar_to_solar(year, m, d)
            if ours != theirs:
                found[(name, year)] = (theirs, ours)
        assert qingming(year) == peer.qingming_date(year)[0]
    assert found == HOLIDAYS_DISAGREES


def test_qingming_against_chinesecalendar() -> None:
    cc = pytest.importorskip("chinese_calendar")
    found = {}
    for year in LUNAR_YEARS:
        terms = cc.get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 10))
        theirs = next(d for d, name in terms if name == "清明")
        if theirs != qingming(year):
            found[year] = (theirs, qingming(year))
    # 2100: chinesecalendar extends its 21st-century formula; PyEphem puts the
    # solar term at 2100-04-05 00:36 UTC+8.
    assert found == {2100: (dt.date(2100, 4, 4), dt.date(2100, 4, 5))}


def test_known_lunar_festivals() -> None:
    assert lunar_to_solar(2024, 5, 5) == dt.date(2024, 6, 10)  # 端午 2024 (the 2024 notice)
    assert lunar_to_solar(2024, 8, 15) == dt.date(2024, 9, 17)  # 中秋 2024
    assert lunar_to_solar(2026, 8, 15) == dt.date(2026, 9, 25)  # 中秋 2026
    assert spring_festival(2026) - dt.timedelta(days=1) == dt.date(2026, 2, 16)  # 除夕
    assert lunar_to_solar(2025, 6, 1, leap=True) == dt.date(2025, 7, 25)  # 闰六月 2025


@pytest.mark.parametrize(
    ("year", "month", "day", "leap"),
    [(2025, 13, 1, False), (2025, 0, 1, False), (2025, 1, 31, False), (2024, 6, 1, True)],
)
def test_lunar_dates_that_do_not_exist(year: int, month: int, day: int, leap: bool) -> None:
    with pytest.raises(ValueError, match="lunar"):
        lunar_to_solar(year, month, day, leap=leap)


@given(st.integers(FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR), st.integers(1, 12), st.integers(1, 29))
def test_lunar_days_are_consecutive(year: int, month: int, day: int) -> None:
    first = lunar_to_solar(year, month, 1)
    assert lunar_to_solar(year, month, day) == first + dt.timedelta(days=day - 1)
    assert spring_festival(year) <= first < dt.date(year + 1, 3, 1)
