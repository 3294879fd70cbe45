"""The head's reception day: the 15th of every month, held on weekends too."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork.calendar import CalendarCoverageError, official_calendar
from orgwork.policy import Policy
from orgwork.strategies import policies
from orgwork.supervision import reception_days, reply_deadline

CAL = official_calendar()


@pytest.mark.rule("supervision.reception_days")
@pytest.mark.parametrize("year", [2025, 2026])
def test_every_reception_day_of_2025_and_2026_is_the_15th(year: int) -> None:
    days = reception_days(year)
    assert [d.subject for d in days] == [f"{year}-{m:02d}" for m in range(1, 13)]
    assert [d.value for d in days] == [dt.date(year, m, 15) for m in range(1, 13)]
    assert all(d.outcome == "held" for d in days)
    weekends = [d.value for d in days if d.value.weekday() >= 5]
    assert weekends  # some 15ths are weekends, and they are held all the same
    assert all(d.parameters["supervision.reception_on_weekends"] is True for d in days)


@pytest.mark.rule("supervision.reception_days")
def test_weekend_15ths_of_2025_are_held_with_the_seed_reason() -> None:
    days = {d.value: d for d in reception_days(2025)}
    # 2025-03-15 and 2025-11-15 are Saturdays; 2025-06-15 is a Sunday.
    for day in (dt.date(2025, 3, 15), dt.date(2025, 6, 15), dt.date(2025, 11, 15)):
        assert day.weekday() >= 5
        d = days[day]
        assert any("遇周六、周日不休息" in r.zh for r in d.reasons)


@pytest.mark.rule("supervision.reception_days")
def test_a_15th_inside_the_spring_festival_is_held_by_default() -> None:
    # 2024-02-15 (Thursday) is inside the 2024 春节 holiday (02-10..02-17);
    # 2026-02-15 (Sunday) inside the 2026 one (02-15..02-23).
    feb_2024 = reception_days(2024)[1]
    assert feb_2024.value == dt.date(2024, 2, 15)
    assert feb_2024.outcome == "held"
    assert "春节" in feb_2024.reasons[0].zh
    assert feb_2024.parameters["supervision.reception_on_holidays"] is True
    feb_2026 = reception_days(2026)[1]
    assert feb_2026.value == dt.date(2026, 2, 15)
    assert "春节" in feb_2026.reasons[0].en
    # 2026-10-15 is after the National Day holiday (10-01..10-07): a plain working day.
    oct_2026 = reception_days(2026)[9]
    assert oct_2026.value == dt.date(2026, 10, 15)
    assert "working day" in oct_2026.reasons[0].en


@pytest.mark.rule("supervision.reception_days")
def test_a_locality_that_moves_holiday_reception_days() -> None:
    policy = Policy.default().override({"supervision.reception_on_holidays": False})
    days = reception_days(2024, policy=policy)
    # 02-15 is in 春节; the next working day is Sun 02-18, a 调休 make-up working day.
    assert days[1].value == dt.date(2024, 2, 18)
    assert days[1].outcome == "moved"
    # 09-15 (Sunday) is in 中秋节 (09-15..09-17); the next working day is Wed 09-18.
    assert days[8].value == dt.date(2024, 9, 18)
    # Weekend 15ths that are not holidays are still held (06-15 Saturday, 12-15 Sunday).
    assert days[5].value == dt.date(2024, 6, 15)
    assert days[11].value == dt.date(2024, 12, 15)
    back = Policy.default().override(
        {
            "supervision.reception_on_holidays": False,
            "supervision.reception_moved_to": "previous_working_day",
        }
    )
    assert reception_days(2024, policy=back)[1].value == dt.date(2024, 2, 9)


@pytest.mark.rule("supervision.reception_days")
def test_uncovered_year_raises() -> None:
    with pytest.raises(CalendarCoverageError):
        reception_days(CAL.last_year + 1)


@pytest.mark.rule("supervision.reception_days")
@given(st.integers(CAL.first_year, CAL.last_year), st.integers(1, 28))
def test_default_policy_never_moves_a_reception_day(year: int, day: int) -> None:
    policy = Policy.default().override({"supervision.reception_day_of_month": day})
    days = reception_days(year, policy=policy)
    assert [d.value for d in days] == [dt.date(year, m, day) for m in range(1, 13)]


@pytest.mark.rule("supervision.reception_days")
@given(
    st.integers(CAL.first_year, CAL.last_year),
    st.sampled_from(["next_working_day", "previous_working_day"]),
)
def test_moved_days_are_working_days_in_the_right_direction(year: int, where: str) -> None:
    policy = Policy.default().override(
        {
            "supervision.reception_on_holidays": False,
            "supervision.reception_on_weekends": False,
            "supervision.reception_moved_to": where,
        }
    )
    for month, d in enumerate(reception_days(year, policy=policy), start=1):
        scheduled = dt.date(year, month, 15)
        assert CAL.is_working_day(d.value)
        if CAL.is_working_day(scheduled):
            assert d.value == scheduled
            assert d.outcome == "held"
        else:
            assert d.outcome == "moved"
            assert (d.value > scheduled) if where == "next_working_day" else (d.value < scheduled)


@pytest.mark.rule("supervision.reception_days")
@pytest.mark.rule("supervision.reply_deadline")
@given(policies(), st.integers(CAL.first_year, CAL.last_year))
def test_any_valid_policy_gives_twelve_reception_days_and_a_deadline(
    policy: Policy, year: int
) -> None:
    days = reception_days(year, policy=policy)
    assert len(days) == 12
    assert all(d.value.year == year for d in days)
    n = policy.supervision.reply_working_days
    due = reply_deadline(dt.date(year, 6, 1), policy=policy)
    assert due.parameters == {"supervision.reply_working_days": n}


@pytest.mark.rule("supervision.reception_days")
def test_a_reception_day_moved_back_stays_in_its_month() -> None:
    # the 1st of January is a holiday; the previous working day would be in the year before
    p = Policy.default().override(
        {
            "supervision.reception_day_of_month": 1,
            "supervision.reception_on_holidays": False,
            "supervision.reception_moved_to": "previous_working_day",
        }
    )
    days = reception_days(2005, policy=p)
    assert days[0].value == dt.date(2005, 1, 4)  # 1–3 January 2005: the New Year holiday
    assert days[0].outcome == "moved"
    assert "stays in its month" in days[0].reasons[0].en
    assert all(d.value.month == m for m, d in enumerate(days, start=1))
    # 2004 has no December 2003 to fall back into: still twelve days, no coverage error
    assert len(reception_days(2004, policy=p)) == 12
