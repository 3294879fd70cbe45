"""Arguments are read by the core checks (orgwork._args), the same way in every domain."""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.errors import RecordError
from orgwork.supervision import (
    Case,
    EvaluationRound,
    Unit,
    case_summary,
    evaluation_coverage,
    visit_coverage,
)

AFTER = dt.date(2026, 1, 1)  # the day after 2025: every period of 2025 is over

DAY = dt.date(2025, 6, 30)


@pytest.mark.rule("supervision.case_summary")
def test_a_bare_string_of_cases_is_refused_not_read_as_characters() -> None:
    with pytest.raises(RecordError, match="single string"):
        case_summary("AB", on=DAY)  # type: ignore[arg-type]


@pytest.mark.rule("supervision.case_summary")
def test_duplicate_cases_are_named_by_the_shared_check() -> None:
    c = Case(id="L1", received_on=dt.date(2025, 3, 3))
    d = Case(id="L2", received_on=dt.date(2025, 3, 3))
    with pytest.raises(RecordError, match=r"case listed more than once: L1, L2$"):
        case_summary([c, d, c, d], on=DAY)


@pytest.mark.rule("supervision.visit_coverage")
def test_duplicate_units_are_named_by_the_shared_check() -> None:
    u = Unit(id="T01", kind="township")
    with pytest.raises(RecordError, match="unit listed more than once: T01"):
        visit_coverage([u, u], [], 2025, on=AFTER)
    with pytest.raises(RecordError, match="single string"):
        visit_coverage("T01", [], 2025, on=AFTER)  # type: ignore[arg-type]


@pytest.mark.rule("supervision.evaluation_coverage")
def test_duplicate_rounds_are_named_by_the_shared_check() -> None:
    r = EvaluationRound(id="R1", held_on=dt.date(2025, 6, 20))
    with pytest.raises(RecordError, match="evaluation round listed more than once: R1"):
        evaluation_coverage([r, r], 2025, on=AFTER)


def test_the_package_keeps_only_its_own_helpers() -> None:
    from orgwork.supervision import _common

    assert sorted(_common.__all__) == ["S000", "holiday_name"]


_DAY_RULES = (
    "case_status",
    "case_summary",
    "closing_check",
    "evaluation_coverage",
    "ledger_summary",
    "overdue_items",
    "visit_coverage",
)


@pytest.mark.parametrize("name", _DAY_RULES)
def test_the_day_a_rule_is_applied_is_a_required_keyword_on(name: str) -> None:
    import inspect

    import orgwork.supervision as sup

    params = inspect.signature(getattr(sup, name)).parameters
    assert params["on"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["on"].default is inspect.Parameter.empty
    assert "as_of" not in params


def test_values_record_the_day_as_on() -> None:
    from orgwork.supervision import CaseState, CaseSummary, LedgerSummary, RectificationLedger

    for model in (CaseState, CaseSummary, LedgerSummary):
        assert "on" in model.model_fields
        assert "as_of" not in model.model_fields
    assert not hasattr(RectificationLedger, "as_of")


@pytest.mark.rule("supervision.visit_coverage")
def test_visit_coverage_read_on_a_day() -> None:
    u = Unit(id="T01", kind="township")
    h1, h2 = visit_coverage([u], [], 2025, on=dt.date(2025, 7, 1))
    assert (h1.outcome, h2.outcome) == ("missed", "in_progress")
