"""选拔任用条例: 任前公示 (公示期不少于五个工作日) and 试用期为一年."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.calendar import official_calendar
from orgwork.decision import Decision
from orgwork.errors import CalendarCoverageError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.selection import (
    AppointmentNotice,
    NoticeCheck,
    ProbationCheck,
    PublicityPeriod,
    TrialAppointment,
    pre_appointment_notice,
    probation_period,
    publicity_check,
)
from orgwork.strategies import appointment_notices, trial_appointments

NOTICE = "selection.pre_appointment_notice"
PROBATION = "selection.probation_period"
D = dt.date
CAL = official_calendar()


def notice(start: dt.date, end: dt.date | None = None) -> AppointmentNotice:
    return AppointmentNotice(candidate="甲", start=start, end=end)


def checked(d: Decision[NoticeCheck | None]) -> NoticeCheck:
    """The value of a notice decision that was checked (not before the rule)."""
    assert d.value is not None
    return d.value


# -- 任前公示 ----------------------------------------------------------------------------


@pytest.mark.rule(NOTICE)
def test_the_notice_cites_the_条例() -> None:
    r = get(NOTICE)
    assert r.source.quote == "公示期不少于五个工作日"
    assert r.source.section.startswith("第四十一条(2014年修订)")
    assert Policy.default().selection.publicity_working_days == 5


@pytest.mark.rule(NOTICE)
@pytest.mark.parametrize(
    ("start", "earliest"),
    [
        (D(2024, 3, 4), D(2024, 3, 8)),  # Monday to Friday
        (D(2024, 3, 8), D(2024, 3, 14)),  # Friday: over the weekend
        (D(2024, 3, 9), D(2024, 3, 15)),  # a Saturday start: its first working day is Monday
        (D(2024, 9, 27), D(2024, 10, 9)),  # 国庆: 9-27, 9-29 (调休), 9-30, 10-8, 10-9
        (D(2024, 2, 8), D(2024, 2, 20)),  # 春节: 2-8, 2-18 (调休), 2-19, 2-20 … 2-9 is 除夕 off
    ],
)
def test_the_first_day_a_notice_may_end(start: dt.date, earliest: dt.date) -> None:
    d = pre_appointment_notice(notice(start))
    assert d.outcome == "planned"
    assert checked(d).earliest_end == earliest
    assert CAL.working_days_between(start - dt.timedelta(days=1), earliest) == 5
    assert checked(d).sufficient is None
    assert checked(d).working_days is None


@pytest.mark.rule(NOTICE)
def test_a_notice_of_five_working_days_meets_and_four_is_short() -> None:
    d = pre_appointment_notice(notice(D(2024, 3, 4), D(2024, 3, 8)))
    assert (d.outcome, checked(d).working_days, checked(d).sufficient) == ("meets", 5, True)
    assert d.headline.zh == "甲的任前公示5个工作日,不少于5个工作日"
    d = pre_appointment_notice(notice(D(2024, 9, 27), D(2024, 10, 8)))
    assert (d.outcome, checked(d).working_days, checked(d).sufficient) == ("short", 4, False)
    assert d.headline.zh == "甲的任前公示只有4个工作日,少于5个工作日,最早应于2024年10月9日结束"
    assert d.reasons[0].zh == (
        "甲的任前公示自2024年9月27日开始(起止日均计入),不少于5个工作日,最早可于2024年10月9日结束"
    )
    assert Decision[NoticeCheck | None].model_validate_json(d.to_json()) == d


@pytest.mark.rule(NOTICE)
def test_the_notice_agrees_with_the_publicity_check() -> None:
    for start, end in [(D(2024, 9, 27), D(2024, 10, 8)), (D(2024, 3, 4), D(2024, 3, 8))]:
        mine = pre_appointment_notice(notice(start, end))
        theirs = publicity_check(PublicityPeriod(candidate="甲", start=start, end=end))
        assert mine.value is not None
        assert mine.value.sufficient == theirs.value


@pytest.mark.rule(NOTICE)
def test_when_the_first_day_is_not_counted() -> None:
    policy = Policy.default().override({"selection.publicity_first_day_counts": False})
    d = pre_appointment_notice(notice(D(2024, 3, 4), D(2024, 3, 8)), policy=policy)
    assert (d.outcome, checked(d).working_days, checked(d).earliest_end) == (
        "short",
        4,
        D(2024, 3, 11),
    )


@pytest.mark.rule(NOTICE)
def test_a_notice_before_the_rule_is_not_checked() -> None:
    d = pre_appointment_notice(notice(D(2013, 12, 30), D(2014, 1, 3)))
    assert (d.outcome, d.value) == ("not_in_force", None)
    assert d.parameters == {"selection.publicity_rule_from": "2014-01-16"}


@pytest.mark.rule(NOTICE)
def test_a_notice_at_the_calendar_s_end_is_decided_on_its_own_days() -> None:
    # 28 to 31 December 2026 are four working days; the fifth would be in 2027, which the
    # official calendar does not cover: the notice is short all the same, and no day is guessed
    d = pre_appointment_notice(notice(D(2026, 12, 28), D(2026, 12, 31)))
    v = checked(d)
    assert (d.outcome, v.working_days, v.sufficient, v.earliest_end) == ("short", 4, False, None)
    assert d.headline.zh == "甲的任前公示只有4个工作日,少于5个工作日"
    assert d.headline.en == "甲's notice lasted 4 working day(s), fewer than 5"
    assert d.reasons[0].zh.endswith("最早可结束之日落在工作日历未覆盖的年份,无法确定")
    assert d.reasons[1].en == "It runs to 2026-12-31: 4 working day(s)"
    assert not d.provisional
    # with the year estimated, the first day it may end is known (and provisional)
    est = pre_appointment_notice(
        notice(D(2026, 12, 28), D(2026, 12, 31)), calendar=CAL.with_provisional(2027)
    )
    assert est.outcome == "short"
    assert checked(est).earliest_end is not None
    assert est.provisional
    # five working days inside the calendar meet the rule even at its end
    ok = pre_appointment_notice(notice(D(2026, 12, 25), D(2026, 12, 31)))
    assert (ok.outcome, checked(ok).earliest_end) == ("meets", D(2026, 12, 31))  # Fri, Mon–Thu
    # with no last day, or a last day past the calendar, there is nothing to count on
    with pytest.raises(CalendarCoverageError, match="2027"):
        pre_appointment_notice(notice(D(2026, 12, 28)))
    with pytest.raises(CalendarCoverageError, match="2027"):
        pre_appointment_notice(notice(D(2026, 12, 28), D(2027, 1, 5)))


@pytest.mark.rule(NOTICE)
def test_bad_input() -> None:
    with pytest.raises(ValidationError, match="end"):
        notice(D(2024, 3, 8), D(2024, 3, 4))
    with pytest.raises(CalendarCoverageError):
        pre_appointment_notice(notice(D(2040, 3, 4)))
    with pytest.raises(TypeError, match="calendar"):
        pre_appointment_notice(notice(D(2024, 3, 4)), calendar="official")  # type: ignore[arg-type]


@pytest.mark.rule(NOTICE)
@given(appointment_notices(min_day=D(2014, 1, 16)))
def test_the_earliest_end_is_the_fifth_working_day(n: AppointmentNotice) -> None:
    v = pre_appointment_notice(n).value
    assert v is not None
    start = n.start - dt.timedelta(days=1)
    if v.earliest_end is None:  # past the calendar: only a notice with a covered end gets here
        assert n.end is not None
        assert v.working_days is not None
        assert v.working_days == CAL.working_days_between(start, n.end) < 5
        assert v.sufficient is False
        return
    assert CAL.working_days_between(start, v.earliest_end) == 5
    assert CAL.is_working_day(v.earliest_end)
    if n.end is not None:
        assert v.sufficient == (CAL.working_days_between(start, n.end) >= 5)
        assert v.sufficient == (n.end >= v.earliest_end)


# -- 试用期 ------------------------------------------------------------------------------


@pytest.mark.rule(PROBATION)
def test_the_probation_cites_the_条例() -> None:
    r = get(PROBATION)
    assert r.source.quote == "试用期为一年"
    assert r.source.section.startswith("第四十二条(2014年修订)")
    assert Policy.default().selection.probation_years == 1


@pytest.mark.rule(PROBATION)
@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2023, 7, 1), D(2024, 7, 1)),
        (D(2024, 2, 29), D(2025, 2, 28)),  # a calendar year, never 365 days
        (D(2023, 3, 1), D(2024, 3, 1)),  # 366 days: over 29 February 2024
        (D(2024, 12, 31), D(2025, 12, 31)),
    ],
)
def test_the_probation_is_a_calendar_year(start: dt.date, end: dt.date) -> None:
    d = probation_period(TrialAppointment(cadre="甲", start=start))
    assert (d.outcome, d.value.ends_on, d.value.years) == ("ok", end, 1)
    assert d.value.assessment_due is None
    assert d.headline.zh == f"甲的试用期于{end.year}年{end.month}月{end.day}日期满"


@pytest.mark.rule(PROBATION)
def test_a_leap_day_start_is_explained() -> None:
    d = probation_period(TrialAppointment(cadre="甲", start=D(2024, 2, 29)))
    assert "起算日为2月29日,期满之年没有对应日,以该月末日2025年2月28日为期满之日" in [
        r.zh for r in d.reasons
    ]
    d = probation_period(TrialAppointment(cadre="甲", start=D(2023, 3, 1)))
    assert not any("2月29日" in r.zh for r in d.reasons)


@pytest.mark.rule(PROBATION)
def test_whether_the_assessment_is_due() -> None:
    a = TrialAppointment(cadre="甲", post="县委组织部副部长", start=D(2024, 2, 29))
    d = probation_period(a, on=D(2025, 2, 27))
    assert (d.outcome, d.value.assessment_due) == ("not_due", False)
    assert d.headline.zh == "甲的试用期至2025年2月28日期满,2025年2月27日尚未期满,试用期满考核未到期"
    d = probation_period(a, on=D(2025, 2, 28))
    assert (d.outcome, d.value.assessment_due) == ("due", True)
    assert (
        d.headline.en
        == "甲's probation was complete on 2025-02-28: by 2025-02-28 its assessment is due"
    )
    assert Decision[ProbationCheck].model_validate_json(d.to_json()) == d


@pytest.mark.rule(PROBATION)
def test_a_locality_with_two_years() -> None:
    two = Policy.default().override({"selection.probation_years": 2})
    d = probation_period(TrialAppointment(cadre="甲", start=D(2024, 2, 29)), policy=two)
    assert d.value.ends_on == D(2026, 2, 28)


@pytest.mark.rule(PROBATION)
def test_bad_dates_name_the_field() -> None:
    with pytest.raises(ValueError, match=r"appointment\.start"):
        probation_period(TrialAppointment(cadre="甲", start=D(9999, 6, 1)))
    with pytest.raises(ValidationError) as info:
        probation_period(
            TrialAppointment(cadre="甲", start=D(2024, 1, 1)), on=dt.datetime(2025, 1, 1, 9)
        )
    assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule(PROBATION)
@given(trial_appointments(), st.dates(D(2004, 1, 1), D(2032, 12, 31)))
def test_the_end_is_a_calendar_year_on(a: TrialAppointment, on: dt.date) -> None:
    v = probation_period(a, on=on).value
    assert v.ends_on.year == a.start.year + 1
    assert v.ends_on.month == a.start.month
    assert v.ends_on.day == a.start.day or (a.start.month, a.start.day, v.ends_on.day) == (
        2,
        29,
        28,
    )
    assert v.assessment_due == (on >= v.ends_on)


@pytest.mark.rule(NOTICE)
def test_a_notice_from_the_calendar_s_first_day_needs_no_day_before_it() -> None:
    from orgwork.calendar import Calendar, HolidayPeriod, YearSchedule

    new_year = HolidayPeriod(name="元旦", first=D(2027, 1, 1), last=D(2027, 1, 1))
    only_2027 = Calendar(
        schedules=(YearSchedule(year=2027, notice="国办发明电〔2026〕9号", holidays=(new_year,)),)
    )
    d = pre_appointment_notice(notice(D(2027, 1, 1), D(2027, 1, 8)), calendar=only_2027)
    v = checked(d)  # 1 January is a holiday; the 4th to the 8th are five working days
    assert (d.outcome, v.working_days, v.earliest_end) == ("meets", 5, D(2027, 1, 8))
    four = pre_appointment_notice(notice(D(2027, 1, 4), D(2027, 1, 7)), calendar=only_2027)
    assert (four.outcome, checked(four).working_days) == ("short", 4)  # the first day counts
