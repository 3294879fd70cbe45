"""The shared working-day deadline decision (``orgwork._deadlines.working_day_deadline``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork._deadlines import working_day_deadline
from orgwork.calendar import official_calendar
from orgwork.decision import Decision, RuleContext, Text
from orgwork.errors import CalendarCoverageError
from orgwork.open_day import follow_up_deadline
from orgwork.policy import Policy
from orgwork.supervision import reply_deadline

_CAL = official_calendar()
_STARTS = st.dates(min_value=dt.date(2004, 1, 1), max_value=dt.date(2026, 10, 31))


def _deadline(start: dt.date, n: int) -> Decision[dt.date]:
    # any rule's context will do: the helper reads the parameter through it and records it
    policy = Policy.default().override({"supervision.reply_working_days": n})
    return working_day_deadline(
        RuleContext(reply_deadline, policy, on=start),
        parameter="supervision.reply_working_days",
        start=start,
        calendar=_CAL,
        start_label=Text(zh="起算日", en="The start day"),
        action=Text(zh="完成", en="Work"),
    )


def test_labels_go_into_headline_and_reason() -> None:
    d = _deadline(dt.date(2024, 2, 8), 15)
    assert d.value == dt.date(2024, 3, 6)
    assert d.outcome == "due"
    assert d.headline.zh == "最迟应于2024年3月6日完成"
    assert d.headline.en == "Work due by 2024-03-06"
    assert d.reasons[0].zh == "起算日(2024年2月8日)不计入,其后第15个工作日为2024年3月6日"
    assert d.reasons[0].en == (
        "The start day (2024-02-08) is not counted; the 15th working day after it is 2024-03-06"
    )
    assert d.parameters == {"supervision.reply_working_days": 15}


@given(start=_STARTS, n=st.integers(min_value=1, max_value=30))
def test_due_is_the_nth_working_day_strictly_after_the_start(start: dt.date, n: int) -> None:
    d = _deadline(start, n)
    assert d.value > start
    assert _CAL.is_working_day(d.value)
    assert _CAL.working_days_between(start, d.value) == n
    assert d.provisional == _CAL.is_provisional(start, d.value)


def test_past_the_calendar_is_an_error() -> None:
    with pytest.raises(CalendarCoverageError):
        _deadline(dt.date(2026, 12, 31), 15)


@pytest.mark.rule("supervision.reply_deadline")
@given(start=_STARTS, n=st.integers(min_value=1, max_value=30))
def test_reply_deadline_is_the_shared_deadline(start: dt.date, n: int) -> None:
    p = Policy.default().override({"supervision.reply_working_days": n})
    d = reply_deadline(start, policy=p)
    assert d.value == _CAL.add_working_days(start, n)
    assert d.headline.en == f"Reply due by {d.value}"
    assert d.reasons[0].en.startswith(f"The day of receipt ({start}) is not counted; ")
    assert d.parameters == {"supervision.reply_working_days": n}


@pytest.mark.rule("open_day.follow_up_deadline")
@given(start=_STARTS, n=st.integers(min_value=1, max_value=30))
def test_follow_up_deadline_is_the_shared_deadline(start: dt.date, n: int) -> None:
    p = Policy.default().override({"open_day.follow_up_working_days": n})
    d = follow_up_deadline(start, policy=p)
    assert d.value == _CAL.add_working_days(start, n)
    assert (
        d.headline.zh == f"最迟应于{d.value.year}年{d.value.month}月{d.value.day}日作出处理和答复"
    )
    assert d.reasons[0].en.startswith(f"The open day ({start}) is not counted; ")
    assert d.parameters == {"open_day.follow_up_working_days": n}
