"""Tests that kill the mutants of cadres/_adjustment.py the example tests left alive."""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.cadres import (
    Adjustment,
    PerformanceResult,
    ServiceHistory,
    performance_before_adjustment,
)
from orgwork.policy import Policy

AT_YEAR_END = Policy.default().override({"cadres.adjustment_results_months": 0})

D = dt.date
RULE = "cadres.adjustment_performance"
TEAM = "丹阳市某镇党委"


def adjust(on: dt.date, start: dt.date | None) -> Adjustment:
    return Adjustment(cadre="王某", team=TEAM, kind="transfer", on=on, tenure_start=start)  # type: ignore[arg-type]


@pytest.mark.rule(RULE)
@pytest.mark.parametrize("field", ["adjustments", "results", "histories"])
def test_a_bad_row_names_its_argument(field: str) -> None:
    args: dict[str, object] = {"adjustments": [], "results": [], "histories": []}
    args[field] = 5  # not a collection: the error names the argument
    with pytest.raises(TypeError, match=f"^{field} must be a collection"):
        performance_before_adjustment(**args)  # type: ignore[arg-type]


@pytest.mark.rule(RULE)
def test_every_outcome_names_the_cadre() -> None:
    ds = performance_before_adjustment(
        [adjust(D(2012, 3, 1), None), adjust(D(2012, 11, 1), D(2012, 1, 5))], []
    )
    assert [(d.subject, d.outcome) for d in ds] == [
        ("王某", "referred"),
        ("王某", "not_applicable"),
    ]


@pytest.mark.rule(RULE)
def test_a_team_result_filed_on_the_day_is_late() -> None:
    on = D(2012, 3, 1)
    results = [
        PerformanceResult(year=2011, team=TEAM, cadre="王某", filed_on=D(2012, 1, 5)),
        PerformanceResult(year=2011, team=TEAM, filed_on=on),
    ]
    (d,) = performance_before_adjustment([adjust(on, D(2011, 1, 1))], results, policy=AT_YEAR_END)
    assert (d.outcome, d.value.missing_team_years, d.value.late_years) == ("gaps", (2011,), (2011,))
    assert d.headline.en.endswith("performance results missing: the team's for 2011")
    assert "须备齐成员本人和领导班子的成果" in [r.zh for r in d.reasons]


@pytest.mark.rule(RULE)
def test_both_parts_in_english_are_joined_with_a_semicolon() -> None:
    (d,) = performance_before_adjustment(
        [adjust(D(2012, 3, 1), D(2011, 1, 1))], [], policy=AT_YEAR_END
    )
    assert d.headline.en.endswith("the member's for 2011; the team's for 2011")
    assert d.subject == "王某"
    p = Policy.default().override({"cadres.adjustment_results_of": "member"})
    (d,) = performance_before_adjustment([adjust(D(2012, 3, 1), D(2011, 1, 1))], [], policy=p)
    assert "本地规定只须备齐成员本人的成果" in [r.zh for r in d.reasons]
    assert "须备齐成员本人和领导班子的成果" not in [r.zh for r in d.reasons]


@pytest.mark.rule(RULE)
def test_a_history_begun_on_the_adjustment_day_is_the_tenure() -> None:
    on = D(2012, 3, 1)
    h = ServiceHistory(cadre="王某", position="township_deputy", since=on)
    (d,) = performance_before_adjustment([adjust(on, None)], [], histories=[h])
    assert (d.outcome, d.value.tenure_start) == ("not_applicable", on)


@pytest.mark.rule(RULE)
def test_same_day_adjustments_with_and_without_a_tenure_are_ordered() -> None:
    on = D(2012, 3, 1)
    ds = performance_before_adjustment([adjust(on, None), adjust(on, D(2010, 1, 1))], [])
    assert [d.value.tenure_start for d in ds] == [D(2010, 1, 1), None]


@pytest.mark.rule(RULE)
def test_the_pending_year_names_the_cadre_and_reads_the_policy_of_the_day() -> None:
    (d,) = performance_before_adjustment([adjust(D(2012, 3, 1), D(2010, 1, 1))], [])
    assert (d.outcome, d.subject) == ("gaps", "王某")  # 2010 missing; 2011 pending
    early = [
        PerformanceResult(year=2010, team=TEAM, cadre=c, filed_on=D(2011, 1, 20))
        for c in ("王某", None)
    ]
    (d,) = performance_before_adjustment([adjust(D(2012, 3, 1), D(2010, 1, 1))], early)
    assert (d.outcome, d.subject, d.value.pending_years) == ("referred", "王某", (2011,))
    # a locality whose results take two months, from 1 February 2012: on 1 March 2012 they
    # were due, so 2011 missing is a gap; the same adjustment a year earlier is judged by the
    # policy then (unset: pending)
    p = Policy.default().with_change(D(2012, 2, 1), {"cadres.adjustment_results_months": 2})
    (d,) = performance_before_adjustment([adjust(D(2012, 3, 2), D(2010, 1, 1))], early, policy=p)
    assert (d.outcome, d.value.missing_member_years) == ("gaps", (2011,))
    (d,) = performance_before_adjustment([adjust(D(2012, 1, 31), D(2010, 1, 1))], early, policy=p)
    assert (d.outcome, d.value.pending_years) == ("referred", (2011,))
