"""Working-day counting: worked deadlines with the count spelled out, and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.calendar import (
    Calendar,
    CalendarCoverageError,
    add_days,
    add_working_days,
    add_working_days_batch,
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
def test_fifteen_working_days_from_2025_01_24() -> None:
    # 01-24 (Fri) not counted; 01-25 Sat rest. 01-26 Sun 调休上班 = 1; 01-27 Mon = 2;
    # 01-28..02-04 春节; 02-05, 06, 07 = 3, 4, 5; 02-08 Sat 调休上班 = 6;
    # 02-10..14 = 7..11; 02-17, 18, 19, 20 = 12, 13, 14, 15.
    start = dt.date(2025, 1, 24)
    assert add_working_days(start, 1) == dt.date(2025, 1, 26)
    assert add_working_days(start, 6) == dt.date(2025, 2, 8)
    assert add_working_days(start, 15) == dt.date(2025, 2, 20)


@pytest.mark.rule("calendar.working_days")
def test_fifteen_working_days_from_2025_09_26() -> None:
    # 09-26 (Fri) not counted; 09-27 Sat rest. 09-28 Sun 调休上班 = 1; 09-29, 30 = 2, 3;
    # 10-01..08 国庆节、中秋节; 10-09, 10 = 4, 5; 10-11 Sat 调休上班 = 6;
    # 10-13..17 = 7..11; 10-20, 21, 22, 23 = 12, 13, 14, 15.
    start = dt.date(2025, 9, 26)
    assert add_working_days(start, 3) == dt.date(2025, 9, 30)
    assert add_working_days(start, 4) == dt.date(2025, 10, 9)
    assert add_working_days(start, 15) == dt.date(2025, 10, 23)


@pytest.mark.rule("calendar.working_days")
def test_fifteen_working_days_from_2026_02_13() -> None:
    # 02-13 (Fri) not counted. 02-14 Sat 调休上班 = 1; 02-15..23 春节;
    # 02-24, 25, 26, 27 = 2..5; 02-28 Sat 调休上班 = 6; 03-02..06 = 7..11;
    # 03-09, 10, 11, 12 = 12, 13, 14, 15.
    start = dt.date(2026, 2, 13)
    assert add_working_days(start, 1) == dt.date(2026, 2, 14)
    assert add_working_days(start, 2) == dt.date(2026, 2, 24)
    assert add_working_days(start, 15) == dt.date(2026, 3, 12)


@pytest.mark.rule("calendar.working_days")
def test_seven_working_days_from_2025_09_30() -> None:
    # 09-30 (Tue) not counted; 10-01..08 holiday. 10-09 Thu = 1, 10-10 Fri = 2,
    # 10-11 Sat 调休上班 = 3, 10-13..16 = 4..7.
    assert add_working_days(dt.date(2025, 9, 30), 7) == dt.date(2025, 10, 16)


@pytest.mark.rule("calendar.working_days")
def test_seven_working_days_from_a_saturday_make_up_day() -> None:
    # 2026-02-14 is a Saturday made a working day; as the start it is not counted.
    # 02-15..23 春节; 02-24, 25, 26, 27 = 1..4; 02-28 Sat 调休上班 = 5; 03-02 = 6; 03-03 = 7.
    start = dt.date(2026, 2, 14)
    assert is_working_day(start)
    assert add_working_days(start, 7) == dt.date(2026, 3, 3)


@pytest.mark.rule("calendar.working_days")
def test_deadline_past_coverage_raises() -> None:
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days(dt.date(2026, 12, 11), 15)
    assert info.value.year == 2027
    assert "2027" in str(info.value)


@pytest.mark.rule("calendar.working_days")
@given(st.dates(dt.date(1900, 1, 1), dt.date(2003, 12, 31)) | st.dates(dt.date(2027, 1, 1)))
def test_any_date_past_coverage_raises(day: dt.date) -> None:
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days(day, 1)
    assert info.value.year == day.year
    with pytest.raises(CalendarCoverageError):
        is_working_day(day)


@pytest.mark.rule("calendar.working_days")
@pytest.mark.parametrize("n", [1, 15, 300])
def test_results_past_coverage_raise_with_the_next_year(n: int) -> None:
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days(dt.date(2026, 12, 31), n)
    assert info.value.year == 2027
    assert "with_provisional(2027)" in str(info.value)


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


@pytest.mark.rule("calendar.working_days")
@given(covered_days, st.integers(1, 30), st.integers(0, 40))
def test_working_days_between_inverts_add_working_days(start: dt.date, n: int, k: int) -> None:
    end = start + dt.timedelta(days=k)
    m = working_days_between(start, end)
    assert m == -working_days_between(end, start)
    if m >= 1:
        # the m-th working day after start is the last working day on or before end
        assert add_working_days(start, m) <= end < add_working_days(start, m + 1)
    assert working_days_between(start, add_working_days(start, n)) == n


@pytest.mark.rule("calendar.working_days")
@given(st.lists(ows.covered_dates(margin_days=90), max_size=30), st.integers(1, 40))
def test_batch_equals_scalar_for_lists(starts: list[dt.date], n: int) -> None:
    assert add_working_days_batch(starts, n) == [add_working_days(d, n) for d in starts]


@pytest.mark.rule("calendar.working_days")
@given(st.lists(ows.covered_dates(margin_days=90), min_size=1, max_size=30), st.integers(1, 40))
def test_batch_equals_scalar_for_numpy_arrays(starts: list[dt.date], n: int) -> None:
    np = pytest.importorskip("numpy")
    out = add_working_days_batch(np.array(starts, dtype="datetime64[D]"), n)
    assert out.dtype == np.dtype("datetime64[D]")
    assert [d.item() for d in out] == [add_working_days(d, n) for d in starts]


@pytest.mark.rule("calendar.working_days")
def test_batch_past_coverage_raises() -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days_batch(np.array(["2025-01-02", "2027-03-01"], dtype="datetime64[D]"), 1)
    assert info.value.year == 2027
    with pytest.raises(CalendarCoverageError) as info:
        add_working_days_batch(np.array(["2026-12-30"], dtype="datetime64[D]"), 5)
    assert info.value.year == 2027
    with pytest.raises(CalendarCoverageError):
        add_working_days_batch([dt.date(2003, 12, 31)], 1)
    with pytest.raises(TypeError):
        add_working_days_batch(np.array([1, 2]), 1)


@pytest.mark.rule("calendar.working_days")
@given(ows.calendars(), st.data())
def test_properties_hold_on_generated_calendars(cal: Calendar, data: st.DataObject) -> None:
    start = data.draw(ows.covered_dates(cal, margin_days=1))
    n = data.draw(st.integers(1, 20))
    last = dt.date(cal.last_year, 12, 31)
    if working_days_between(start, last, calendar=cal) < n:
        # fewer than n working days remain before the end of coverage
        with pytest.raises(CalendarCoverageError) as info:
            add_working_days(start, n, calendar=cal)
        assert info.value.year == cal.last_year + 1
        return
    end = add_working_days(start, n, calendar=cal)
    assert end > start
    assert is_working_day(end, calendar=cal)
    assert working_days_between(start, end, calendar=cal) == n
    assert add_working_days_batch([start], n, calendar=cal) == [end]


def test_next_working_day_after_national_day() -> None:
    assert next_working_day(dt.date(2026, 9, 30)) == dt.date(2026, 10, 8)


@pytest.mark.rule("calendar.working_days")
def test_a_midnight_datetime_counts_as_its_date_and_a_time_of_day_is_refused() -> None:
    assert add_working_days(dt.datetime(2024, 2, 8), 15) == dt.date(2024, 3, 6)
    assert is_working_day(dt.datetime(2026, 2, 14))
    with pytest.raises(ValueError, match="time of day"):
        add_working_days(dt.datetime(2024, 2, 8, 9, 30), 15)
    with pytest.raises(TypeError):
        add_working_days("2024-02-08", 15)  # type: ignore[arg-type]
