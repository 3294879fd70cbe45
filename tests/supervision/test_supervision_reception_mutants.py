"""The reception days' explanations word for word, for each kind of day and each local choice.

Written against the survivors of mutation testing (``python tools/mutation.py
supervision/_reception``, triage in ``docs/mutation.md``): each reason says what
kind of day the 15th is, whether the reception is held on it or moved and where,
and which switch of the policy decided it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from pydantic import ValidationError

from orgwork.calendar import official_calendar
from orgwork.calendar._provisional import provisional_schedule
from orgwork.decision import Decision
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy
from orgwork.supervision import meeting_deadline, reception_days

HOLIDAYS_OFF = {"supervision.reception_on_holidays": False}
PREVIOUS = {"supervision.reception_moved_to": "previous_working_day"}


def texts(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def month(year: int, m: int, **values: Any) -> Decision[dt.date]:
    return reception_days(year, policy=Policy.default().override(values))[m - 1]


@pytest.mark.rule("supervision.reception_days")
def test_a_working_day_is_held_without_a_switch() -> None:
    d = reception_days(2026)[0]
    assert (d.subject, d.outcome, d.value) == ("2026-01", "held", dt.date(2026, 1, 15))
    assert texts(d) == [
        (
            "2026年1月15日是星期四,为工作日;当日照常接待",
            "2026-01-15 is a Thursday, a working day; held on its date",
        )
    ]
    assert d.headline.en == "Reception day of 2026-01: 2026-01-15 (Thursday)"


@pytest.mark.rule("supervision.reception_days")
def test_a_holiday_is_held_on_its_date_by_default_and_names_the_switch() -> None:
    d = reception_days(2026)[1]
    assert (d.outcome, d.value) == ("held", dt.date(2026, 2, 15))
    assert texts(d) == [
        (
            "2026年2月15日是星期日,在国务院通知的春节放假期间;当日照常接待"
            "(supervision.reception_on_holidays = true)",
            "2026-02-15 is a Sunday inside the official holiday period 春节; held on its date "
            "(supervision.reception_on_holidays = true)",
        )
    ]


@pytest.mark.rule("supervision.reception_days")
def test_a_weekend_is_held_and_the_seed_is_quoted() -> None:
    d = reception_days(2026)[2]
    assert texts(d) == [
        (
            "2026年3月15日是星期日,为休息日;当日照常接待(supervision.reception_on_weekends = true)",
            "2026-03-15 is a Sunday, a rest day; held on its date "
            "(supervision.reception_on_weekends = true)",
        ),
        (
            "“部长接待日”遇周六、周日不休息",
            "The reception day is not cancelled for a Saturday or Sunday",
        ),
    ]


@pytest.mark.rule("supervision.reception_days")
def test_a_holiday_moved_to_the_next_working_day_says_where_and_why() -> None:
    d = month(2026, 2, **HOLIDAYS_OFF)
    assert (d.outcome, d.value) == ("moved", dt.date(2026, 2, 24))
    assert texts(d) == [
        (
            "2026年2月15日是星期日,在国务院通知的春节放假期间;改在2026年2月24日(星期二)接待"
            "(supervision.reception_on_holidays = false)",
            "2026-02-15 is a Sunday inside the official holiday period 春节; moved to 2026-02-24 "
            "(Tuesday) (supervision.reception_moved_to = next_working_day) "
            "(supervision.reception_on_holidays = false)",
        )
    ]
    assert d.headline.zh == "2026年2月部长接待日:2026年2月24日(星期二)"


@pytest.mark.rule("supervision.reception_days")
def test_a_holiday_moved_back_to_a_make_up_saturday() -> None:
    d = month(2026, 2, **HOLIDAYS_OFF, **PREVIOUS)
    assert (d.outcome, d.value) == ("moved", dt.date(2026, 2, 14))  # a 调休 working Saturday
    assert texts(d)[0][1] == (
        "2026-02-15 is a Sunday inside the official holiday period 春节; moved to 2026-02-14 "
        "(Saturday) (supervision.reception_moved_to = previous_working_day) "
        "(supervision.reception_on_holidays = false)"
    )
    # moved to a Saturday: the weekend clause does not apply to a moved day
    assert len(d.reasons) == 1


@pytest.mark.rule("supervision.reception_days")
def test_a_day_that_cannot_move_back_within_its_month_moves_forward_and_says_so() -> None:
    d = month(2025, 10, **HOLIDAYS_OFF, **PREVIOUS, **{"supervision.reception_day_of_month": 1})
    assert (d.outcome, d.value) == ("moved", dt.date(2025, 10, 9))
    assert texts(d) == [
        (
            "2025年10月1日是星期三,在国务院通知的国庆节、中秋节放假期间;改在2025年10月9日(星期四)接待"
            "(前一个工作日已在上月,接待日留在本月,改在其后第一个工作日)"
            "(supervision.reception_on_holidays = false)",
            "2025-10-01 is a Wednesday inside the official holiday period 国庆节、中秋节; moved to "
            "2025-10-09 (Thursday) (supervision.reception_moved_to = previous_working_day) "
            "(the previous working day is in the month before, so the reception day stays in "
            "its month, on the next working day) (supervision.reception_on_holidays = false)",
        )
    ]


@pytest.mark.rule("supervision.reception_days")
def test_a_weekend_moved_when_weekends_are_off() -> None:
    d = month(2026, 3, **{"supervision.reception_on_weekends": False})
    assert (d.outcome, d.value) == ("moved", dt.date(2026, 3, 16))
    assert texts(d) == [
        (
            "2026年3月15日是星期日,为休息日;改在2026年3月16日(星期一)接待"
            "(supervision.reception_on_weekends = false)",
            "2026-03-15 is a Sunday, a rest day; moved to 2026-03-16 (Monday) "
            "(supervision.reception_moved_to = next_working_day) "
            "(supervision.reception_on_weekends = false)",
        )
    ]


@pytest.mark.rule("supervision.reception_days")
def test_reception_days_use_the_calendar_given_and_are_provisional_with_it() -> None:
    cal = official_calendar().with_provisional(2027)
    days = reception_days(2027, calendar=cal)
    assert [d.provisional for d in days] == [True] * 12
    assert [d.provisional for d in reception_days(2026, calendar=cal)] == [False] * 12


@pytest.mark.rule("supervision.reception_days")
def test_each_month_reads_the_policy_in_force_that_month() -> None:
    p = Policy.default().with_change(
        dt.date(2026, 8, 1), {"supervision.reception_on_weekends": False}
    )
    days = reception_days(2026, policy=p)
    assert (days[2].outcome, days[2].value) == ("held", dt.date(2026, 3, 15))  # a Sunday
    assert (days[7].outcome, days[7].value) == ("moved", dt.date(2026, 8, 17))  # a Saturday


@pytest.mark.rule("supervision.reception_days")
def test_a_change_during_a_month_applies_from_the_next_month() -> None:
    # the month's policy is the one in force on its 1st: a change on the 2nd waits a month
    p = Policy.default().with_change(
        dt.date(2026, 2, 2), {"supervision.reception_day_of_month": 10}
    )
    days = reception_days(2026, policy=p)
    assert [d.value.day for d in days[:3]] == [15, 15, 10]
    assert days[1].parameters["supervision.reception_day_of_month"] == 15


MEET3 = Policy.default().override({"supervision.meeting_working_days": 3})


@pytest.mark.rule("supervision.meeting_deadline")
def test_a_meeting_deadline_explains_its_count() -> None:
    cal = official_calendar().with_provisional(2027)
    d = meeting_deadline(dt.date(2026, 12, 30), policy=MEET3, calendar=cal)
    assert (d.outcome, d.value, d.provisional) == ("due", dt.date(2027, 1, 5), True)
    assert (d.headline.zh, d.headline.en) == (
        "部长应于2027年1月5日前安排约见",
        "The head meets by 2027-01-05",
    )
    assert texts(d) == [
        (
            "约见请求之日(2026年12月30日)不计入,其后第3个工作日为2027年1月5日",
            "The day of the request (2026-12-30) is not counted; working day 3 after it is "
            "2027-01-05",
        )
    ]


@pytest.mark.rule("supervision.meeting_deadline")
def test_a_request_in_a_provisional_year_is_provisional_even_if_the_due_day_is_not() -> None:
    later = provisional_schedule(2028).model_copy(update={"provisional": False})
    cal = official_calendar().with_provisional(2027).with_years(later)
    d = meeting_deadline(dt.date(2027, 12, 30), policy=MEET3, calendar=cal)
    assert (d.value, d.provisional) == (dt.date(2028, 1, 4), True)


@pytest.mark.rule("supervision.meeting_deadline")
def test_the_meeting_days_are_those_in_force_on_the_day_of_the_request() -> None:
    p = Policy.default().with_change(dt.date(2025, 1, 1), {"supervision.meeting_working_days": 2})
    assert meeting_deadline(dt.date(2025, 3, 3), policy=p).value == dt.date(2025, 3, 5)
    with pytest.raises(MissingParameterError) as unset:
        meeting_deadline(dt.date(2024, 12, 2), policy=p)
    assert unset.value.parameter == "supervision.meeting_working_days"
    assert str(unset.value) == (
        "supervision.meeting_working_days is not set: the seed says only that the head "
        "arranges a meeting promptly (及时); set the number of working days for your locality"
    )


@pytest.mark.rule("supervision.meeting_deadline")
def test_a_request_day_that_is_no_date_is_an_error_naming_it() -> None:
    with pytest.raises(ValidationError) as bad:
        meeting_deadline(cast(Any, "soon"), policy=MEET3)
    assert bad.value.title == "requested_on"
