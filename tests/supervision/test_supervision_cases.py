"""The case tracker: status of each letter or visit on a day, on-time rates, overdue lists."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.strategies import case_lists, cases
from orgwork.supervision import Case, CaseStatus, case_status, case_summary, reply_deadline

FEB8 = dt.date(2024, 2, 8)  # due 2024-03-06


def _case(cid: str = "L1", **kw: object) -> Case:
    return Case.model_validate({"id": cid, "received_on": FEB8, **kw})


@pytest.mark.rule("supervision.case_status")
@pytest.mark.parametrize(
    ("replied_on", "on", "status"),
    [
        (None, dt.date(2024, 3, 6), CaseStatus.OPEN),  # the due day itself is still in time
        (None, dt.date(2024, 3, 7), CaseStatus.OVERDUE),
        (dt.date(2024, 3, 6), dt.date(2024, 3, 31), CaseStatus.ANSWERED_ON_TIME),
        (dt.date(2024, 3, 7), dt.date(2024, 3, 31), CaseStatus.ANSWERED_LATE),
        (dt.date(2024, 3, 7), dt.date(2024, 3, 6), CaseStatus.OPEN),  # reply not yet made
        (dt.date(2024, 2, 8), dt.date(2024, 2, 8), CaseStatus.ANSWERED_ON_TIME),
    ],
)
def test_status_of_a_letter_received_before_the_spring_festival(
    replied_on: dt.date | None, on: dt.date, status: CaseStatus
) -> None:
    d = case_status(_case(replied_on=replied_on), on=on)
    assert d.value.status is status
    assert d.outcome == status.value
    assert d.value.due == dt.date(2024, 3, 6)
    assert d.subject == "L1"
    assert d.rules[:2] == ("supervision.case_status", "supervision.reply_deadline")


@pytest.mark.rule("supervision.case_status")
def test_asking_before_receipt_is_a_record_error() -> None:
    with pytest.raises(RecordError):
        case_status(_case(), on=dt.date(2024, 2, 7))


@pytest.mark.rule("supervision.case_status")
@pytest.mark.parametrize(
    ("field", "value"),
    [("replied_on", dt.date(2024, 2, 7)), ("assigned_on", dt.date(2024, 2, 1)), ("id", "")],
)
def test_bad_cases_are_validation_errors_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as info:
        _case(**{field: value, "handler": "王副部长"})
    assert field in str(info.value)
    raw = {"id": "L1", "received_on": FEB8, "handler": "王副部长", field: value}
    with pytest.raises(ValidationError, match=field):
        case_status(raw, on=dt.date(2024, 3, 1))  # type: ignore[arg-type]


@pytest.mark.rule("supervision.case_status")
@given(cases(), st.integers(0, 80))
def test_status_agrees_with_the_deadline(case: Case, offset: int) -> None:
    on = case.received_on + dt.timedelta(days=offset)
    d = case_status(case, on=on)
    due = reply_deadline(case.received_on).value
    assert d.value.due == due
    replied = case.replied_on is not None and case.replied_on <= on
    if d.value.status is CaseStatus.OPEN:
        assert not replied
        assert on <= due
    elif d.value.status is CaseStatus.OVERDUE:
        assert not replied
        assert on > due
    elif d.value.status is CaseStatus.ANSWERED_ON_TIME:
        assert replied
        assert case.replied_on is not None
        assert case.replied_on <= due
    else:
        assert replied
        assert case.replied_on is not None
        assert case.replied_on > due


@pytest.mark.rule("supervision.case_summary")
def test_rates_and_overdue_lists_per_handler_and_month() -> None:
    cs = [
        _case("A", handler="王副部长", replied_on=dt.date(2024, 3, 1)),  # on time
        _case("B", handler="王副部长"),  # overdue
        _case("C", handler="李副部长", replied_on=dt.date(2024, 3, 8)),  # late
        Case(id="D", received_on=dt.date(2024, 3, 25), handler="李副部长"),  # open
        Case(id="E", received_on=dt.date(2024, 3, 1)),  # unassigned, overdue on 03-25
    ]
    on = dt.date(2024, 3, 25)
    overall = case_summary(cs, on=on)
    assert [d.subject for d in overall] == ["all"]
    s = overall[0].value
    assert (s.received, s.answered_on_time, s.answered_late, s.overdue, s.open) == (5, 1, 1, 2, 1)
    assert s.on_time_rate == Fraction(1, 4)
    assert s.overdue_cases == ("B", "E")  # by due date: B due 03-06, E due 03-22
    assert s.late_cases == ("C",)

    by_handler = case_summary(cs, on=on, by="handler")
    assert [d.subject for d in by_handler] == ["handler:李副部长", "handler:王副部长", "unassigned"]
    wang = by_handler[1].value
    assert wang.on_time_rate == Fraction(1, 2)
    assert wang.overdue_cases == ("B",)
    li = by_handler[0].value
    assert li.on_time_rate == Fraction(0)
    assert li.late_cases == ("C",)
    assert li.open == 1
    assert by_handler[2].value.overdue_cases == ("E",)

    by_month = case_summary(cs, on=on, by="month")
    assert [d.subject for d in by_month] == ["month:2024-02", "month:2024-03"]
    assert by_month[0].value.on_time_rate == Fraction(1, 3)
    assert by_month[1].value.overdue_cases == ("E",)
    assert by_month[1].outcome == "overdue"


@pytest.mark.rule("supervision.case_summary")
def test_no_cases_gives_an_undefined_rate_not_a_division_by_zero() -> None:
    (d,) = case_summary([], on=dt.date(2025, 6, 30))
    assert d.value.on_time_rate is None
    assert d.outcome == "none_due"
    assert "undefined" in d.headline.en
    assert case_summary([], on=dt.date(2025, 6, 30), by="handler") == ()
    # Cases all within their time limit: no rate yet either.
    (open_only,) = case_summary([_case()], on=dt.date(2024, 2, 20))
    assert open_only.value.on_time_rate is None
    assert open_only.value.open == 1


@pytest.mark.rule("supervision.case_summary")
def test_duplicate_case_ids_are_a_record_error() -> None:
    with pytest.raises(RecordError):
        case_summary([_case("A"), _case("A")], on=dt.date(2024, 3, 1))


@pytest.mark.rule("supervision.case_summary")
@given(case_lists(), st.integers(0, 400), st.sampled_from(["all", "handler", "month"]))
def test_groups_partition_the_cases_and_rates_are_exact(
    cs: tuple[Case, ...], offset: int, by: str
) -> None:
    on = min((c.received_on for c in cs), default=dt.date(2025, 1, 1)) + dt.timedelta(days=offset)
    out = case_summary(cs, on=on, by=by)  # type: ignore[arg-type]
    known = [c for c in cs if c.received_on <= on]
    assert sum(d.value.received for d in out) == len(known)
    listed = [i for d in out for i in d.value.overdue_cases]
    overdue = {c.id for c in known if case_status(c, on=on).value.status is CaseStatus.OVERDUE}
    assert sorted(listed) == sorted(overdue)  # every overdue case listed once, no other
    for d in out:
        s = d.value
        assert s.received == s.open + s.answered_on_time + s.answered_late + s.overdue
        reached = s.answered_on_time + s.answered_late + s.overdue
        if reached:
            assert s.on_time_rate == Fraction(s.answered_on_time, reached)
            assert isinstance(s.on_time_rate, Fraction)
        else:
            assert s.on_time_rate is None
