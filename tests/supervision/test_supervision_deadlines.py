"""Reply deadlines for letters and visits (15 working days) and supervisors' meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.calendar import CalendarCoverageError, official_calendar
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy
from orgwork.strategies import covered_dates
from orgwork.supervision import meeting_deadline, reply_deadline

CAL = official_calendar()


@pytest.mark.rule("supervision.reply_deadline")
def test_letter_of_2024_02_08_across_the_spring_festival() -> None:
    # Received Thu 2024-02-08; that day is not counted.
    #  1: Fri 02-09
    #     Sat 02-10 .. Sat 02-17: 春节 holiday (国办发明电〔2023〕7号)
    #  2: Sun 02-18 (调休上班, a make-up working day)
    #  3-7: Mon 02-19 .. Fri 02-23
    #  8-12: Mon 02-26 .. Fri 03-01
    # 13-15: Mon 03-04, Tue 03-05, Wed 03-06
    d = reply_deadline(dt.date(2024, 2, 8))
    counted = [
        dt.date(2024, 2, 9),
        dt.date(2024, 2, 18),
        *(dt.date(2024, 2, day) for day in range(19, 24)),
        *(dt.date(2024, 2, day) for day in range(26, 30)),
        dt.date(2024, 3, 1),
        dt.date(2024, 3, 4),
        dt.date(2024, 3, 5),
        dt.date(2024, 3, 6),
    ]
    assert len(counted) == 15
    assert all(CAL.is_working_day(day) for day in counted)
    assert CAL.working_days_between(dt.date(2024, 2, 8), dt.date(2024, 3, 6)) == 15
    assert d.value == counted[-1] == dt.date(2024, 3, 6)
    assert d.outcome == "due"
    assert d.parameters == {"supervision.reply_working_days": 15}
    assert "不计入" in d.reasons[0].zh
    assert "not counted" in d.reasons[0].en
    assert d.provisional is False


@pytest.mark.rule("supervision.reply_deadline")
def test_deadline_follows_the_policy_in_force_on_the_day_of_receipt() -> None:
    policy = Policy.default().with_change(
        dt.date(2025, 7, 1), {"supervision.reply_working_days": 10}, source="某县文件"
    )
    before = reply_deadline(dt.date(2025, 6, 30), policy=policy)
    after = reply_deadline(dt.date(2025, 7, 1), policy=policy)
    assert before.parameters["supervision.reply_working_days"] == 15
    assert after.parameters["supervision.reply_working_days"] == 10
    assert after.value == CAL.add_working_days(dt.date(2025, 7, 1), 10)


@pytest.mark.rule("supervision.reply_deadline")
def test_deadline_past_coverage_raises_and_names_the_year() -> None:
    with pytest.raises(CalendarCoverageError) as info:
        reply_deadline(dt.date(CAL.last_year, 12, 20))
    assert info.value.year == CAL.last_year + 1


@pytest.mark.rule("supervision.reply_deadline")
@pytest.mark.parametrize("bad", ["not a date", dt.datetime(2024, 2, 8, 9, 30), 20240208])
def test_bad_dates_are_validation_errors_naming_the_argument(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        reply_deadline(bad)  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("received_on",)


@pytest.mark.rule("supervision.reply_deadline")
@given(covered_dates(margin_days=62), st.integers(1, 20))
def test_deadline_is_a_working_day_strictly_after_receipt(day: dt.date, n: int) -> None:
    policy = Policy.default().override({"supervision.reply_working_days": n})
    due = reply_deadline(day, policy=policy).value
    assert due > day
    assert CAL.is_working_day(due)
    assert CAL.working_days_between(day, due) == n


@pytest.mark.rule("supervision.reply_deadline")
@given(covered_dates(margin_days=62), st.integers(1, 19), st.integers(1, 20))
def test_more_working_days_never_give_an_earlier_deadline(day: dt.date, n: int, extra: int) -> None:
    shorter = Policy.default().override({"supervision.reply_working_days": n})
    longer = Policy.default().override({"supervision.reply_working_days": n + extra})
    assert reply_deadline(day, policy=longer).value > reply_deadline(day, policy=shorter).value


@pytest.mark.rule("supervision.reply_deadline")
@given(covered_dates(margin_days=62))
def test_later_receipt_never_gives_an_earlier_deadline(day: dt.date) -> None:
    assert reply_deadline(day + dt.timedelta(days=1)).value >= reply_deadline(day).value


@pytest.mark.rule("supervision.reply_deadline")
def test_decision_round_trips_through_json() -> None:
    d = reply_deadline(dt.date(2025, 9, 30))
    assert type(d).model_validate_json(d.to_json()) == d


@pytest.mark.rule("supervision.meeting_deadline")
def test_meeting_has_no_default_and_names_the_parameter() -> None:
    with pytest.raises(MissingParameterError) as info:
        meeting_deadline(dt.date(2025, 3, 3))
    assert info.value.parameter == "supervision.meeting_working_days"


@pytest.mark.rule("supervision.meeting_deadline")
def test_meeting_across_national_day_with_a_local_limit() -> None:
    # Tue 2025-09-30 not counted; 10-01..08 国庆节、中秋节; Thu 10-09 = 1, Fri 10-10 = 2,
    # Sat 10-11 (调休上班) = 3.
    policy = Policy.default().override({"supervision.meeting_working_days": 3})
    d = meeting_deadline(dt.date(2025, 9, 30), policy=policy)
    assert d.value == dt.date(2025, 10, 11)
    assert d.parameters == {"supervision.meeting_working_days": 3}


@pytest.mark.rule("supervision.meeting_deadline")
@given(covered_dates(margin_days=62), st.integers(1, 10))
def test_meeting_deadline_is_a_working_day_after_the_request(day: dt.date, n: int) -> None:
    policy = Policy.default().override({"supervision.meeting_working_days": n})
    due = meeting_deadline(day, policy=policy).value
    assert due > day
    assert CAL.is_working_day(due)
