"""Every supervision decision survives a JSON round trip unchanged (exact Fractions included)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from orgwork.decision import Decision
from orgwork.supervision import (
    Appointment,
    Candidate,
    Case,
    EvaluationRound,
    Finding,
    RectificationLedger,
    Unit,
    accountability_measure,
    case_status,
    case_summary,
    check_evaluation_round,
    closing_check,
    evaluation_coverage,
    ledger_summary,
    overdue_items,
    reception_days,
    supervisor_eligibility,
    supervisor_term,
    visit_coverage,
)

AFTER = dt.date(2026, 1, 1)  # the day after 2025: every period of 2025 is over

d = dt.date


def _round_trips(decision: Decision[Any]) -> bool:
    return type(decision).model_validate_json(decision.to_json()) == decision


@pytest.mark.rule("supervision.case_summary")
@pytest.mark.rule("supervision.case_status")
def test_case_decisions_round_trip() -> None:
    cs = [
        Case(id="A", received_on=d(2025, 3, 3), replied_on=d(2025, 3, 10)),
        Case(id="B", received_on=d(2025, 3, 3)),
        Case(id="C", received_on=d(2025, 3, 4)),
    ]
    (summary,) = case_summary(cs, on=d(2025, 6, 30))
    assert str(summary.value.on_time_rate) == "1/3"
    assert _round_trips(summary)
    assert _round_trips(case_status(cs[0], on=d(2025, 6, 30)))


@pytest.mark.rule("supervision.reception_days")
@pytest.mark.rule("supervision.visit_coverage")
@pytest.mark.rule("supervision.evaluation_round")
@pytest.mark.rule("supervision.evaluation_coverage")
def test_schedule_decisions_round_trip() -> None:
    assert all(_round_trips(x) for x in reception_days(2025))
    assert all(
        _round_trips(x) for x in visit_coverage([Unit(id="T", kind="township")], [], 2025, on=AFTER)
    )
    r = EvaluationRound(id="R1", held_on=d(2025, 6, 20), groups=("cppcc",))
    assert _round_trips(check_evaluation_round(r))
    assert all(_round_trips(x) for x in evaluation_coverage([r], 2025, on=AFTER))


@pytest.mark.rule("supervision.rectification_closing")
@pytest.mark.rule("supervision.rectification_overdue")
@pytest.mark.rule("supervision.rectification_summary")
def test_ledger_decisions_round_trip() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 1, 1), category="作风")
        .set_deadline("Q1", d(2025, 2, 1), on=d(2025, 1, 1))
    )
    assert _round_trips(closing_check(ledger, "Q1", on=d(2025, 3, 1)))
    (late,) = overdue_items(ledger, on=d(2025, 3, 1))
    assert _round_trips(late)
    assert _round_trips(ledger_summary(ledger, on=d(2025, 3, 1)))


@pytest.mark.rule("supervision.accountability")
@pytest.mark.rule("supervision.supervisor_eligibility")
@pytest.mark.rule("supervision.supervisor_term")
def test_people_decisions_round_trip() -> None:
    f = Finding(person="张某", severity="serious", found_on=d(2025, 1, 1))
    assert _round_trips(accountability_measure(f))
    c = Candidate(
        name="李某", backgrounds=("trade",), recommended_by="县工商联", recommended_on=d(2025, 3, 1)
    )
    assert _round_trips(supervisor_eligibility(c, "cadre_work"))
    a = Appointment(name="李某", kind="cadre_work", appointed_on=d(2025, 3, 1))
    assert _round_trips(supervisor_term(a))
