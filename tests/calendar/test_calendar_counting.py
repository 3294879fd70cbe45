"""Working-day counting: worked deadlines with the count spelled out, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork.calendar import (
    CalendarCoverageError,
    add_days,
    add_working_days,
    is_working_day,
    next_working_day,
    official_calendar,
    working_days_between,
)

CAL = official_calendar()
covered_days = st.dates(dt.date(CAL.first_year, 1, 1), dt.date(CAL.last_year, 6, 30))


@pytest.mark.rule("calendar.working_days")
def test_fifteen_working_days_from_2024_02_08() -> None:
    # 02-08 (Thu) not counted. 02-09 Fri = 1; 02-10..17 春节 holiday;
    # 02-18 Sun 调休上班 = 2; 02-19..23 = 3..7; 02-26..03-01 = 8..12; 03-04, 05, 06 = 13, 14, 15.
    start = dt.date(2024, 2, 8)
    steps = [add_working_days(start, i) for i in range(1, 16)]
    assert steps[0] == dt.date(2024, 2, 9)
    assert steps[1] == dt.date(2024, 2, 18)
    assert steps[-1] == dt.date(2024, 3, 6)


@pytest.mark.rule("calendar.working_days")
def test_deadline_past_coverage_raises() -> None:
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days(dt.date(2026, 12, 11), 15)
    assert info.value.year == 2027
    assert "2027" in str(info.value)


@pytest.mark.rule("calendar.working_days")
@pytest.mark.parametrize("bad", [0, -1, True, 1.0, "3"])
def test_bad_counts_are_clear_errors(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        add_working_days(dt.date(2025, 3, 3), bad)  # type: ignore[arg-type]


@pytest.mark.rule("calendar.working_days")
@given(covered_days, st.integers(1, 40))
def test_result_is_a_working_day_strictly_after(start: dt.date, n: int) -> None:
    end = add_working_days(start, n)
    assert end > start
    assert is_working_day(end)
    assert working_days_between(start, end) == n


@pytest.mark.rule("calendar.working_days")
@given(covered_days, st.integers(1, 20), st.integers(1, 20))
def test_composition(start: dt.date, a: int, b: int) -> None:
    assert add_working_days(add_working_days(start, a), b) == add_working_days(start, a + b)


@pytest.mark.rule("calendar.working_days")
@given(covered_days, st.integers(1, 30), st.integers(1, 30))
def test_more_days_never_earlier(start: dt.date, a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert add_working_days(start, lo) <= add_working_days(start, hi)


@pytest.mark.rule("calendar.calendar_days")
def test_calendar_day_period_moves_off_rest_day() -> None:
    # 2025-09-01 + 30 days = 2025-10-01, a National Day holiday (10-01..08): ends 10-09.
    assert add_days(dt.date(2025, 9, 1), 30) == dt.date(2025, 10, 9)
    # 2025-03-01 + 10 days = 2025-03-11, a Tuesday: unchanged.
    assert add_days(dt.date(2025, 3, 1), 10) == dt.date(2025, 3, 11)


@pytest.mark.rule("calendar.calendar_days")
@given(covered_days, st.integers(1, 60))
def test_calendar_day_period_ends_on_a_working_day(start: dt.date, n: int) -> None:
    end = add_days(start, n)
    assert end >= start + dt.timedelta(days=n)
    assert is_working_day(end)
    # nothing between the nominal end and the result is a working day
    d = start + dt.timedelta(days=n)
    while d < end:
        assert not is_working_day(d)
        d += dt.timedelta(days=1)


def test_next_working_day_after_national_day() -> None:
    assert next_working_day(dt.date(2026, 9, 30)) == dt.date(2026, 10, 8)
