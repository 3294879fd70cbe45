"""The half-yearly rules report, word for word: each period, the reports counted, the headline.

Written against the survivors of mutation testing (``python tools/mutation.py
organizations/_rules_report``, triage in ``docs/mutation.md``). 002: "部务会要求对
各项规章制度及其执行情况每半年汇报一次" — the reasons name every period, the
reports in it, and the reports that do not count.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.organizations import RulesReport, rules_report_gaps
from orgwork.policy import Policy

D = dt.date
UNIT = "部机关"
H1 = "1–6月(2002-H1):汇报{n}次", "2002-H1 (2002-01-01 – 2002-06-30): {n} report(s)"
H2 = "7–12月(2002-H2):汇报{n}次", "2002-H2 (2002-07-01 – 2002-12-31): {n} report(s)"


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _n(pair: tuple[str, str], n: int) -> tuple[str, str]:
    return pair[0].format(n=n), pair[1].format(n=n)


@pytest.mark.rule("organizations.rules_report")
def test_a_missed_half_year_is_named_and_other_units_reports_are_counted_apart() -> None:
    """每半年汇报一次: H2 without a report; 干部处's report and one of 2001 do not count."""
    reports = [
        RulesReport(unit=UNIT, on=D(2002, 6, 30)),
        RulesReport(unit="干部处", on=D(2002, 3, 1)),
        RulesReport(unit="干部处", on=D(2002, 8, 1)),
        RulesReport(unit=UNIT, on=D(2001, 12, 31)),
    ]
    d = rules_report_gaps(UNIT, 2002, reports, on=D(2003, 1, 15))
    assert (d.outcome, d.subject) == ("gaps", UNIT)
    assert d.headline("zh") == "部机关2002年规章制度执行情况汇报缺1期:7–12月"
    assert d.headline("en") == "部机关: 1 period(s) of 2002 without a report on the rules: 2002-H2"
    assert _reasons(d) == [
        (
            "规章制度及其执行情况每6个月汇报一次;截至2003年1月15日已结束2期",
            "A report every 6 month(s); 2 period(s) ended by 2003-01-15",
        ),
        _n(H1, 1),
        _n(H2, 0),
        ("2次汇报属于其他单位,不计入", "2 report(s) by other units do not count"),
    ]


@pytest.mark.rule("organizations.rules_report")
def test_a_report_on_a_periods_first_or_last_day_counts_for_it() -> None:
    """A period runs from its first day to its last, both included."""
    reports = [RulesReport(unit=UNIT, on=D(2002, 1, 1)), RulesReport(unit=UNIT, on=D(2002, 12, 31))]
    d = rules_report_gaps(UNIT, 2002, reports, on=D(2002, 12, 31))
    assert [x.reports for x in d.value.periods] == [1, 1]
    assert (d.outcome, d.subject) == ("complete", UNIT)
    assert d.headline("zh") == "部机关2002年已结束的2期均已汇报规章制度执行情况"
    assert d.headline("en") == "部机关: every one of the 2 ended period(s) of 2002 has a report"
    assert _reasons(d) == [
        (
            "规章制度及其执行情况每6个月汇报一次;截至2002年12月31日已结束2期",
            "A report every 6 month(s); 2 period(s) ended by 2002-12-31",
        ),
        _n(H1, 1),
        _n(H2, 1),
    ]
    last_of_june = rules_report_gaps(
        UNIT, 2002, [RulesReport(unit=UNIT, on=D(2002, 6, 30))], on=D(2002, 7, 1)
    )
    assert last_of_june.value.missing == ()


@pytest.mark.rule("organizations.rules_report")
def test_a_one_month_period_is_named_by_its_month() -> None:
    monthly = Policy.default().override({"organizations.rules_report_interval_months": 1})
    d = rules_report_gaps(
        UNIT, 2002, [RulesReport(unit=UNIT, on=D(2002, 2, 28))], on=D(2002, 3, 30), policy=monthly
    )
    assert d.headline("zh") == "部机关2002年规章制度执行情况汇报缺1期:1月"
    assert d.headline("en") == "部机关: 1 period(s) of 2002 without a report on the rules: 2002-M01"
    assert _reasons(d) == [
        (
            "规章制度及其执行情况每1个月汇报一次;截至2002年3月30日已结束2期",
            "A report every 1 month(s); 2 period(s) ended by 2002-03-30",
        ),
        ("1月(2002-M01):汇报0次", "2002-M01 (2002-01-01 – 2002-01-31): 0 report(s)"),
        ("2月(2002-M02):汇报1次", "2002-M02 (2002-02-01 – 2002-02-28): 1 report(s)"),
    ]


@pytest.mark.rule("organizations.rules_report")
def test_the_period_length_is_the_one_in_force_in_the_year_checked() -> None:
    """The period length is the parameter in force on the year's last day checked."""
    quarterly = Policy.default().with_change(
        D(2002, 6, 1), {"organizations.rules_report_interval_months": 3}
    )
    d = rules_report_gaps(UNIT, 2002, [], on=D(2003, 1, 15), policy=quarterly)
    assert d.value.interval_months == 3
    assert d.value.missing == ("2002-Q1", "2002-Q2", "2002-Q3", "2002-Q4")
    before = rules_report_gaps(UNIT, 2002, [], on=D(2002, 5, 31), policy=quarterly)
    assert before.value.interval_months == 6


def test_bad_arguments_are_named() -> None:
    with pytest.raises(ValidationError) as info:
        rules_report_gaps("", 2002, [], on=D(2003, 1, 1))
    assert info.value.errors()[0]["loc"] == ("unit",)
    assert rules_report_gaps("甲", 2002, [], on=D(2003, 1, 1)).subject == "甲"
    with pytest.raises(TypeError, match=r"^reports must be a collection of RulesReport, not int$"):
        rules_report_gaps(UNIT, 2002, 5, on=D(2003, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^reports: expected a collection of RulesReport"):
        rules_report_gaps(UNIT, 2002, "2002-06-30", on=D(2003, 1, 1))  # type: ignore[arg-type]
