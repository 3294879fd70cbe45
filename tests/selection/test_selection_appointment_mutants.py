"""Tests that pin what mutation testing of selection/_appointment found loose: the words of
each reason and headline, the day whose policy applies, the provisional flag, the edges of
dates."""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.calendar import Calendar, official_calendar
from orgwork.errors import CalendarCoverageError
from orgwork.policy import Policy
from orgwork.selection import (
    AppointmentNotice,
    TrialAppointment,
    pre_appointment_notice,
    probation_period,
)

NOTICE = "selection.pre_appointment_notice"
PROBATION = "selection.probation_period"
D = dt.date


def provisional(year: int) -> Calendar:
    """The official calendar with ``year``'s schedule marked provisional."""
    cal = official_calendar()
    return Calendar(
        schedules=tuple(s.model_copy(update={"provisional": s.year == year}) for s in cal.schedules)
    )


@pytest.mark.rule(NOTICE)
def test_the_texts_of_a_notice() -> None:
    d = pre_appointment_notice(AppointmentNotice(candidate="甲", start=D(2024, 3, 4)))
    assert d.headline.zh == "甲的任前公示最早可于2024年3月8日结束"
    assert d.subject == "甲"
    d = pre_appointment_notice(
        AppointmentNotice(candidate="甲", start=D(2024, 3, 4), end=D(2024, 3, 11))
    )
    assert d.reasons[-1].zh == "公示至2024年3月11日,计6个工作日"
    assert d.value is not None
    assert d.value.end == D(2024, 3, 11)
    d = pre_appointment_notice(AppointmentNotice(candidate="甲", start=D(2013, 12, 30)))
    assert d.headline.zh == (
        "甲的任前公示始于2013年12月30日,早于“公示期不少于五个工作日”的适用起始日2014年1月16日,"
        "未按此检查,由组织部门按当时规定认定"
    )


@pytest.mark.rule(NOTICE)
def test_the_policy_of_the_notices_first_day_applies() -> None:
    policy = Policy.default().with_change(D(2024, 1, 1), {"selection.publicity_working_days": 7})
    d = pre_appointment_notice(
        AppointmentNotice(candidate="甲", start=D(2024, 3, 4)), policy=policy
    )
    assert d.value is not None
    assert d.value.earliest_end == D(2024, 3, 12)


@pytest.mark.rule(NOTICE)
def test_a_provisional_year_anywhere_in_the_notice_is_said() -> None:
    n = AppointmentNotice(candidate="甲", start=D(2025, 12, 29), end=D(2026, 1, 8))
    assert pre_appointment_notice(n, calendar=provisional(2025)).provisional
    assert pre_appointment_notice(n, calendar=provisional(2026)).provisional
    assert not pre_appointment_notice(n, calendar=provisional(2024)).provisional
    planned = AppointmentNotice(candidate="甲", start=D(2025, 12, 29))
    assert pre_appointment_notice(
        planned, calendar=provisional(2026)
    ).provisional  # ends 2026-01-05


@pytest.mark.rule(NOTICE)
def test_a_first_day_the_calendar_lacks_is_a_coverage_error_naming_its_year() -> None:
    # the first day is counted on the calendar itself (no day before it is needed), so the
    # earliest representable day is refused as a year the calendar does not cover
    policy = Policy.default().override({"selection.publicity_rule_from": "0001-01-01"})
    with pytest.raises(CalendarCoverageError, match=r"\b1 is not covered"):
        pre_appointment_notice(AppointmentNotice(candidate="甲", start=D(1, 1, 1)), policy=policy)


@pytest.mark.rule(PROBATION)
def test_the_texts_of_a_probation() -> None:
    d = probation_period(TrialAppointment(cadre="甲", start=D(2023, 7, 1)), on=D(2024, 1, 1))
    assert d.reasons[0].zh == "试用期自2023年7月1日起1年(按日历年计算),于2024年7月1日期满"
    assert d.value.on == D(2024, 1, 1)


@pytest.mark.rule(PROBATION)
def test_the_policy_of_the_first_day_applies() -> None:
    policy = Policy.default().with_change(D(2020, 1, 1), {"selection.probation_years": 2})
    d = probation_period(TrialAppointment(cadre="甲", start=D(2023, 7, 1)), policy=policy)
    assert d.value.ends_on == D(2025, 7, 1)


@pytest.mark.rule(PROBATION)
def test_four_years_from_a_leap_day_need_no_explanation() -> None:
    four = Policy.default().override({"selection.probation_years": 4})
    d = probation_period(TrialAppointment(cadre="甲", start=D(2024, 2, 29)), policy=four)
    assert d.value.ends_on == D(2028, 2, 29)
    assert not any("起算日为2月29日" in r.zh for r in d.reasons)


@pytest.mark.rule(PROBATION)
def test_a_year_past_9999_says_so() -> None:
    with pytest.raises(ValueError, match=r"outside the dates Python can represent$"):
        probation_period(TrialAppointment(cadre="甲", start=D(9999, 6, 1)))


@pytest.mark.rule(NOTICE)
def test_a_one_day_notice_may_end_on_its_first_day() -> None:
    one = Policy.default().override({"selection.publicity_working_days": 1})
    d = pre_appointment_notice(AppointmentNotice(candidate="甲", start=D(2024, 3, 4)), policy=one)
    assert (d.outcome, d.value.earliest_end if d.value else None) == ("planned", D(2024, 3, 4))
    # not counting the first day, the next working day
    later = one.override({"selection.publicity_first_day_counts": False})
    d = pre_appointment_notice(AppointmentNotice(candidate="甲", start=D(2024, 3, 4)), policy=later)
    assert d.value is not None
    assert d.value.earliest_end == D(2024, 3, 5)


@pytest.mark.rule(NOTICE)
def test_a_first_day_beyond_reason_names_the_candidate() -> None:
    d = pre_appointment_notice(
        AppointmentNotice(candidate="乙", start=D(2026, 12, 28), end=D(2026, 12, 31))
    )
    assert d.reasons[0].zh == (
        "乙的任前公示自2026年12月28日开始(起止日均计入),不少于5个工作日;"
        "最早可结束之日落在工作日历未覆盖的年份,无法确定"
    )
    assert d.reasons[0].en == (
        "乙's notice begins on 2026-12-28 (the first and the last day count): at least 5 working "
        "days; the first day it may end falls in a year the working-day calendar does not cover, "
        "so it is unknown"
    )
