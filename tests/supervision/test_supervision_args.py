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

DAY = dt.date(2025, 6, 30)


@pytest.mark.rule("supervision.case_summary")
def test_a_bare_string_of_cases_is_refused_not_read_as_characters() -> None:
    with pytest.raises(RecordError, match="single string"):
        case_summary("AB", DAY)  # type: ignore[arg-type]


@pytest.mark.rule("supervision.case_summary")
def test_duplicate_cases_are_named_by_the_shared_check() -> None:
    c = Case(id="L1", received_on=dt.date(2025, 3, 3))
    d = Case(id="L2", received_on=dt.date(2025, 3, 3))
    with pytest.raises(RecordError, match=r"case listed more than once: L1, L2$"):
        case_summary([c, d, c, d], DAY)


@pytest.mark.rule("supervision.visit_coverage")
def test_duplicate_units_are_named_by_the_shared_check() -> None:
    u = Unit(id="T01", kind="township")
    with pytest.raises(RecordError, match="unit listed more than once: T01"):
        visit_coverage([u, u], [], 2025)
    with pytest.raises(RecordError, match="single string"):
        visit_coverage("T01", [], 2025)  # type: ignore[arg-type]


@pytest.mark.rule("supervision.evaluation_coverage")
def test_duplicate_rounds_are_named_by_the_shared_check() -> None:
    r = EvaluationRound(id="R1", held_on=dt.date(2025, 6, 20))
    with pytest.raises(RecordError, match="evaluation round listed more than once: R1"):
        evaluation_coverage([r, r], 2025)


def test_the_package_keeps_only_its_own_helpers() -> None:
    from orgwork.supervision import _common

    assert sorted(_common.__all__) == ["S000", "holiday_name"]
