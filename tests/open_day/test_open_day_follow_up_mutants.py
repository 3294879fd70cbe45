"""Open-day suggestions word for word: the calendar and policy of the day, each status said.

Written against the survivors of mutation testing (``python tools/mutation.py
open_day/_follow_up``, triage in ``docs/mutation.md``). 004 (肥西县): "对代表们提出的意见
建议,能当场解决的及时解决;不能现场答复的,指定专人办理,在开放日活动后7个工作日内作出处理
和答复" — the limit is the one in force on the open day, counted on the calendar given,
and each decision says what was answered, when, and what is still open.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.calendar import CalendarCoverageError, official_calendar
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.open_day import (
    Suggestion,
    SuggestionStatus,
    follow_up_deadline,
    suggestion_counts,
    suggestion_status,
)
from orgwork.policy import Policy

D = dt.date
PARAM = "open_day.follow_up_working_days"
DAY = D(2025, 9, 26)  # a Friday; the 7th working day after it is 2025-10-13
NOT_COUNTED = (
    "开放日当天(2025年9月26日)不计入,其后第7个工作日为2025年10月13日",
    "The open day (2025-09-26) is not counted; the 7th working day after it is 2025-10-13",
)
#: From 1 September 2025 the limit is 3 working days: an open day on Fri 2025-08-29 keeps 7
#: (due Tue 2025-09-09), one on Fri 2025-09-26 has 3 (due Tue 2025-09-30).
THREE_FROM_SEPTEMBER = Policy.default().with_change(D(2025, 9, 1), {PARAM: 3})
#: The official calendar with a provisional 2027: a deadline past 2026 can be counted.
CAL_2027 = official_calendar().with_provisional(2027)
DEC_28 = D(2026, 12, 28)  # the 7th working day after it is 2027-01-07, in the provisional year


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _assigned(answered_on: dt.date | None = None, **kw: Any) -> Suggestion:
    return Suggestion(id="S1", open_day=DAY, assignee="干部科", answered_on=answered_on, **kw)


# -- open_day.follow_up_deadline ---------------------------------------------------------


@pytest.mark.rule("open_day.follow_up_deadline")
def test_the_deadline_is_counted_on_the_calendar_given() -> None:
    """A custom calendar (here with a provisional 2027) is the one the 7 days are counted on."""
    with pytest.raises(CalendarCoverageError):
        follow_up_deadline(DEC_28)
    d = follow_up_deadline(DEC_28, calendar=CAL_2027)
    assert (d.value, d.provisional) == (D(2027, 1, 7), True)


@pytest.mark.rule("open_day.follow_up_deadline")
def test_the_limit_is_the_one_in_force_on_the_open_day() -> None:
    # 在开放日活动后7个工作日内: the number of days is read for the day of the open day.
    before = follow_up_deadline(D(2025, 8, 29), policy=THREE_FROM_SEPTEMBER)
    after = follow_up_deadline(DAY, policy=THREE_FROM_SEPTEMBER)
    assert (before.value, before.parameters) == (D(2025, 9, 9), {PARAM: 7})
    assert (after.value, after.parameters) == (D(2025, 9, 30), {PARAM: 3})


@pytest.mark.rule("open_day.follow_up_deadline")
@pytest.mark.parametrize("bad", ["not a date", None, 20250926])
def test_an_open_day_that_is_no_date_is_an_error_naming_held_on(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        follow_up_deadline(bad)  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("held_on",)


# -- open_day.suggestion_status ----------------------------------------------------------


@pytest.mark.rule("open_day.suggestion_status")
def test_an_answer_on_the_day_asked_is_counted_as_answered_and_said() -> None:
    d = suggestion_status(_assigned(D(2025, 10, 13)), on=D(2025, 10, 13))
    assert (d.outcome, d.subject) == ("answered_on_time", "S1")
    assert (d.headline.zh, d.headline.en) == ("S1:按期答复", "S1: answered on time")
    assert _reasons(d) == [
        NOT_COUNTED,
        ("于2025年10月13日答复(按期答复)", "Answered on 2025-10-13 (answered on time)"),
    ]


@pytest.mark.rule("open_day.suggestion_status")
def test_a_late_answer_is_said_with_its_day() -> None:
    d = suggestion_status(_assigned(D(2025, 10, 14)), on=D(2025, 10, 20))
    assert (d.outcome, d.subject) == ("answered_late", "S1")
    assert (d.headline.zh, d.headline.en) == ("S1:超期答复", "S1: answered late")
    assert _reasons(d)[1] == (
        "于2025年10月14日答复(超期答复)",
        "Answered on 2025-10-14 (answered late)",
    )


@pytest.mark.rule("open_day.suggestion_status")
def test_an_answer_after_the_day_asked_is_not_yet_an_answer() -> None:
    # 不能现场答复的,指定专人办理: not assigned, and not answered as of the day asked.
    s = Suggestion(id="S1", open_day=DAY, answered_on=D(2025, 10, 14))
    d = suggestion_status(s, on=D(2025, 10, 10))
    assert (d.outcome, d.subject, d.value.assigned) == ("open", "S1", False)
    assert (d.headline.zh, d.headline.en) == ("S1:办理中", "S1: open")
    assert _reasons(d) == [
        NOT_COUNTED,
        ("截至2025年10月10日尚未答复(办理中)", "Not answered as of 2025-10-10 (open)"),
        (
            "不能现场答复的,应指定专人办理;本条未指定",
            "Not answered on the spot and not assigned to a named person",
        ),
    ]
    overdue = suggestion_status(_assigned(), on=D(2025, 10, 14))
    assert (overdue.headline.zh, overdue.headline.en) == ("S1:超期未答复", "S1: overdue")
    assert _reasons(overdue)[1] == (
        "截至2025年10月14日尚未答复(超期未答复)",
        "Not answered as of 2025-10-14 (overdue)",
    )


@pytest.mark.rule("open_day.suggestion_status")
def test_an_answer_on_the_spot_is_said_and_records_the_limit_of_its_open_day() -> None:
    # 能当场解决的及时解决
    spot = Suggestion(id="S1", open_day=DAY, answered_on_spot=True)
    d = suggestion_status(spot, on=DAY, policy=THREE_FROM_SEPTEMBER)
    assert (d.outcome, d.subject, d.parameters) == ("answered_on_spot", "S1", {PARAM: 3})
    assert (d.headline.zh, d.headline.en) == ("S1:当场答复", "S1: answered on the spot")
    early = Suggestion(id="S0", open_day=D(2025, 8, 29), answered_on_spot=True)
    later = suggestion_status(early, on=DAY, policy=THREE_FROM_SEPTEMBER)
    assert later.parameters == {PARAM: 7}


@pytest.mark.rule("open_day.suggestion_status")
def test_the_status_counts_on_the_calendar_given() -> None:
    s = Suggestion(id="S1", open_day=DEC_28, assignee="干部科")
    d = suggestion_status(s, on=D(2027, 1, 4), calendar=CAL_2027)
    assert (d.value.due, d.value.status, d.provisional) == (
        D(2027, 1, 7),
        SuggestionStatus.OPEN,
        True,
    )


@pytest.mark.rule("open_day.suggestion_status")
def test_wrong_arguments_of_the_status_are_refused_naming_them() -> None:
    spot = Suggestion(id="S1", open_day=DAY, answered_on_spot=True)
    with pytest.raises(TypeError, match=r"^calendar must be .*Calendar or None, not dict"):
        suggestion_status(spot, on=DAY, calendar={})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        suggestion_status(spot, on="not a date")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("on",)
    with pytest.raises(RecordError) as early:
        suggestion_status(_assigned(), on=D(2025, 9, 1))
    assert str(early.value) == "suggestion S1 was made on 2025-09-26, after 2025-09-01"


# -- open_day.suggestion_counts ----------------------------------------------------------


@pytest.mark.rule("open_day.suggestion_counts")
def test_the_summary_says_every_count_and_the_adoption_rate() -> None:
    # 共收集各类意见建议17条,其中发挥党代表工作室作用等2条建议被采纳
    ss = [
        Suggestion(id="A", open_day=DAY, answered_on_spot=True, adopted=True),
        Suggestion(id="B", open_day=DAY, assignee="干部科", answered_on=D(2025, 10, 10)),
        Suggestion(id="C", open_day=DAY, assignee="组织科"),
        Suggestion(id="D", open_day=DAY),
        Suggestion(id="E", open_day=DAY, assignee="宣传科", answered_on=D(2025, 10, 15)),
        Suggestion(id="F", open_day=D(2025, 10, 17), assignee="宣传科"),
    ]
    d = suggestion_counts(ss, on=D(2025, 10, 20))
    assert d.value.adoption_rate == Fraction(1, 6)
    assert (d.headline.zh, d.headline.en) == (
        "收集意见建议6条,采纳1条,已答复3条",
        "6 suggestions collected, 1 adopted, 3 answered",
    )
    assert _reasons(d) == [
        (
            "截至2025年10月20日收集意见建议6条,采纳1条(采纳率1/6);"
            "当场答复1条,按期答复1条,超期答复1条,办理中1条,超期未答复2条",
            "As of 2025-10-20: 6 collected, 1 adopted (rate 1/6); "
            "1 answered on the spot, 1 on time, 1 late, 1 open, 2 overdue",
        ),
        ("未指定专人办理:D", "Not assigned to a named person: D"),
        ("超期未答复:C、D", "Overdue: C, D"),
        ("超期答复:E", "Answered late: E"),
    ]


@pytest.mark.rule("open_day.suggestion_counts")
def test_no_suggestion_has_no_rate_and_the_limit_of_the_day_asked() -> None:
    d = suggestion_counts([], on=DAY, policy=THREE_FROM_SEPTEMBER)
    assert d.parameters == {PARAM: 3}
    assert (d.headline.zh, d.headline.en) == (
        "收集意见建议0条,采纳0条,已答复0条",
        "0 suggestions collected, 0 adopted, 0 answered",
    )
    assert _reasons(d) == [
        (
            "截至2025年9月26日收集意见建议0条,采纳0条(采纳率无);"
            "当场答复0条,按期答复0条,超期答复0条,办理中0条,超期未答复0条",
            "As of 2025-09-26: 0 collected, 0 adopted (rate undefined); "
            "0 answered on the spot, 0 on time, 0 late, 0 open, 0 overdue",
        )
    ]
    five = Policy.default().override({PARAM: 5})
    assert suggestion_counts([], on=DAY, policy=five).parameters == {PARAM: 5}


@pytest.mark.rule("open_day.suggestion_counts")
def test_the_limits_recorded_are_those_of_the_open_days_counted() -> None:
    """Each suggestion's limit is the one in force on its open day (the code's comment)."""
    early = Suggestion(id="A", open_day=D(2025, 8, 29), assignee="干部科")
    late = Suggestion(id="B", open_day=DAY, assignee="干部科")
    on = D(2025, 10, 20)
    assert suggestion_counts([early], on=on, policy=THREE_FROM_SEPTEMBER).parameters == {PARAM: 7}
    both = suggestion_counts([early, late], on=on, policy=THREE_FROM_SEPTEMBER)
    assert both.parameters == {PARAM: (3, 7)}


@pytest.mark.rule("open_day.suggestion_counts")
def test_the_counts_use_the_calendar_given_and_are_provisional_with_it() -> None:
    s = Suggestion(id="S1", open_day=DEC_28, assignee="干部科")
    with pytest.raises(CalendarCoverageError):
        suggestion_counts([s], on=D(2027, 1, 4))
    d = suggestion_counts([s], on=D(2027, 1, 4), calendar=CAL_2027)
    assert (d.value.open, d.provisional) == (1, True)
    assert suggestion_counts([s], on=D(2026, 12, 28), calendar=CAL_2027).provisional is True
    spot = Suggestion(id="S2", open_day=DAY, answered_on_spot=True)
    assert suggestion_counts([spot], on=DAY, calendar=CAL_2027).provisional is False


@pytest.mark.rule("open_day.suggestion_counts")
def test_wrong_arguments_of_the_counts_are_refused_naming_them() -> None:
    with pytest.raises(TypeError, match=r"^calendar must be .*Calendar or None, not dict"):
        suggestion_counts([], on=DAY, calendar={})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^policy must be .*Policy or None, not dict"):
        suggestion_counts([], on=DAY, policy={})  # type: ignore[arg-type]
    with pytest.raises(TypeError) as none:
        suggestion_counts(None, on=DAY)  # type: ignore[arg-type]
    assert str(none.value) == "suggestions must be a collection of Suggestion, not NoneType"
    with pytest.raises(RecordError) as text:
        suggestion_counts("S1", on=DAY)  # type: ignore[arg-type]
    assert (
        str(text.value) == "suggestions: expected a collection of Suggestion, not a single string"
    )
    with pytest.raises(ValidationError) as info:
        suggestion_counts([], on="not a date")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("on",)
