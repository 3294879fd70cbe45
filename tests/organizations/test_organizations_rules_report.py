"""规章制度执行情况汇报 (002): the 部务会's half-yearly report on the rules — its own rule."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import PolicyError, RecordError
from orgwork.organizations import RulesReport, RulesReportGaps, rules_report_gaps
from orgwork.policy import Policy
from orgwork.strategies import rules_reports

RULE = "organizations.rules_report"
D = dt.date
UNIT = "省委组织部机关"


def report(day: dt.date, unit: str = UNIT) -> RulesReport:
    return RulesReport(unit=unit, on=day)


@pytest.mark.rule("organizations.rules_report")
def test_half_yearly_reports_worked_example() -> None:
    # 002: 部务会要求对各项规章制度及其执行情况每半年汇报一次
    d = rules_report_gaps(UNIT, 2002, [report(D(2002, 6, 28))], on=D(2003, 1, 15))
    assert d.outcome == "gaps"
    assert d.subject == UNIT
    assert d.value.missing == ("2002-H2",)
    assert [(x.label, x.first, x.last, x.reports) for x in d.value.periods] == [
        ("2002-H1", D(2002, 1, 1), D(2002, 6, 30), 1),
        ("2002-H2", D(2002, 7, 1), D(2002, 12, 31), 0),
    ]
    assert d.parameters == {"organizations.rules_report_interval_months": 6}
    assert "7月1日" in d.headline("zh") or "2002-H2" in d.headline("en")
    both = [report(D(2002, 6, 28)), report(D(2002, 12, 20))]
    assert rules_report_gaps(UNIT, 2002, both, on=D(2003, 1, 15)).outcome == "complete"
    assert Decision[RulesReportGaps].model_validate_json(d.to_json()) == d


@pytest.mark.rule("organizations.rules_report")
def test_only_periods_that_ended_are_checked_and_other_units_do_not_count() -> None:
    mid = rules_report_gaps(UNIT, 2002, [], on=D(2002, 9, 30))
    assert mid.value.missing == ("2002-H1",)
    assert mid.value.checked_through == D(2002, 9, 30)
    assert rules_report_gaps(UNIT, 2002, [], on=D(2002, 6, 29)).value.periods == ()
    other = rules_report_gaps(UNIT, 2002, [report(D(2002, 3, 1), "别的单位")], on=D(2002, 7, 1))
    assert other.value.missing == ("2002-H1",)
    quarterly = Policy.default().override({"organizations.rules_report_interval_months": 3})
    q = rules_report_gaps(UNIT, 2002, [report(D(2002, 5, 5))], on=D(2003, 1, 1), policy=quarterly)
    assert q.value.missing == ("2002-Q1", "2002-Q3", "2002-Q4")
    with pytest.raises(PolicyError, match="5 months does not divide the year"):
        Policy.default().override({"organizations.rules_report_interval_months": 5})


@pytest.mark.rule("organizations.rules_report")
def test_bad_input() -> None:
    with pytest.raises(ValidationError) as info:
        rules_report_gaps(UNIT, 1800, [], on=D(2002, 1, 1))
    assert info.value.errors()[0]["loc"] == ("year",)
    with pytest.raises(ValidationError) as info:
        rules_report_gaps(UNIT, 2002, [], on=dt.datetime(2002, 1, 1, 9))
    assert info.value.errors()[0]["loc"] == ("on",)
    with pytest.raises(RecordError):
        rules_report_gaps(UNIT, 2002, "2002-06-30", on=D(2003, 1, 1))  # type: ignore[arg-type]


@pytest.mark.rule("organizations.rules_report")
@given(
    st.lists(rules_reports(units=(UNIT, "别的单位")), max_size=8),
    st.sampled_from([1, 2, 3, 4, 6, 12]),
    st.dates(D(2002, 1, 1), D(2003, 3, 1)),
)
def test_missing_iff_an_ended_period_has_no_report(
    reports: list[RulesReport], months: int, on: dt.date
) -> None:
    p = Policy.default().override({"organizations.rules_report_interval_months": months})
    d = rules_report_gaps(UNIT, 2002, reports, on=on, policy=p)
    v = d.value
    assert all(x.last <= on for x in v.periods)
    assert len(v.periods) == sum(1 for m in range(months, 13, months) if _month_end(m) <= on)
    mine = [r.on for r in reports if r.unit == UNIT]
    for x in v.periods:
        n = sum(1 for day in mine if x.first <= day <= x.last)
        assert x.reports == n
        assert (x.label in v.missing) is (n == 0)
    assert (d.outcome == "complete") is (not v.missing)


def _month_end(month: int) -> dt.date:
    return (
        D(2003, 1, 1) - dt.timedelta(days=1)
        if month == 12
        else D(2002, month + 1, 1) - dt.timedelta(days=1)
    )
