"""规章制度及其执行情况汇报 — the half-yearly report on the rules to the department's meeting.

002 (3、从严治部): "部务会要求对各项规章制度及其执行情况每半年汇报一次" — the
department's meeting (部务会) requires a report on each of its rules and on
how they are carried out every half year. It is a reporting duty of the
department, not a study item, so it is its own rule:
[`rules_report_gaps`][orgwork.organizations.rules_report_gaps] lists the periods of a year that ended without a
report. The periods are consecutive blocks of
``organizations.rules_report_interval_months`` months from January (by
default January–June and July–December), labelled as
`orgwork._args.period_label` does (``2002-H1``, ``2002-Q3``, ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_field, as_models, as_year, periods
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.ids import Id
from orgwork.organizations._common import S002
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = ["ReportPeriod", "RulesReport", "RulesReportGaps", "rules_report_gaps"]


class RulesReport(BaseModel):
    """一次规章制度执行情况汇报 — one report on the rules and their execution.

    >>> RulesReport(unit="部机关", on=dt.date(2002, 6, 28)).on
    datetime.date(2002, 6, 28)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id = Field(min_length=1, description="The unit that reported.")
    on: dt.date = Field(description="The day of the report.")
    note: str | None = None


class ReportPeriod(BaseModel):
    """一个汇报期 — one period of the year, with the number of reports made in it.

    >>> ReportPeriod(label="2002-H1", first=dt.date(2002, 1, 1), last=dt.date(2002, 6, 30),
    ...              reports=1).reports
    1
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: str
    first: dt.date
    last: dt.date
    reports: int = Field(ge=0)


class RulesReportGaps(BaseModel):
    """汇报缺期 — the report periods of a year that ended by the check day, and those missed.

    >>> v = rules_report_gaps("部机关", 2002, [], on=dt.date(2003, 1, 1)).value
    >>> v.missing
    ('2002-H1', '2002-H2')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id
    year: int
    interval_months: int
    checked_through: dt.date
    periods: tuple[ReportPeriod, ...] = Field(description="The periods ended by the check day.")
    missing: tuple[str, ...] = Field(description="Labels of the ended periods with no report.")


class _ReportTexts:
    """Texts of organizations.rules_report (规章制度及其执行情况每半年汇报一次)."""

    every = Say(
        "规章制度及其执行情况每{step}个月汇报一次;截至{on}已结束{n}期",
        "A report every {step} month(s); {n} period(s) ended by {on}",
    )
    period = Say(
        "{months}({x.label}):汇报{x.reports}次",
        "{months} ({x.first} – {x.last}): {x.reports} report(s)",
    )
    other_units = Say("{n}次汇报属于其他单位,不计入", "{n} report(s) by other units do not count")
    gaps = Say(
        "{unit}{year}年规章制度执行情况汇报缺{n}期:{periods}",
        "{unit}: {n} period(s) of {year} without a report on the rules: {periods}",
    )
    complete = Say(
        "{unit}{year}年已结束的{n}期均已汇报规章制度执行情况",
        "{unit}: every one of the {n} ended period(s) of {year} has a report",
    )
    # a period named by its months in Chinese (1–6月, 7月), by its label in English
    months = Say("{x.first.month}–{x.last.month}月", "{x.label}")
    month = Say("{x.first.month}月", "{x.label}")


def _months(x: ReportPeriod) -> Text:
    if x.first.month != x.last.month:
        return _ReportTexts.months.text(x=x)
    return _ReportTexts.month.text(x=x)


def _ended_periods(
    unit: str, year: int, step: int, reports: tuple[RulesReport, ...], on: dt.date
) -> tuple[ReportPeriod, ...]:
    """每半年汇报一次 — the periods ended by ``on``, with the unit's reports in each."""
    mine = [r.on for r in reports if r.unit == unit]
    return tuple(
        ReportPeriod(
            label=label,
            first=first,
            last=last,
            reports=sum(1 for d in mine if first <= d <= last),
        )
        for label, first, last in periods(year, step)
        if last <= on
    )


@rule(
    "organizations.rules_report",
    zh="部务会要求对各项规章制度及其执行情况每半年汇报一次",
    en="The rules and how they are carried out are reported to the department's meeting "
    "every half year",
    document=S002,
    section="3、从严治部 一是抓好经常性的思想理论教育",
    quote="部务会要求对各项规章制度及其执行情况每半年汇报一次",
    parameters=("organizations.rules_report_interval_months",),
)
def rules_report_gaps(
    unit: str,
    year: int,
    reports: Iterable[RulesReport],
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> Decision[RulesReportGaps]:
    """规章制度汇报缺期 — the periods of ``year`` that ended by ``on`` with no report by ``unit``.

    Only periods whose last day is on or before ``on`` are checked; reports
    of other units, and reports dated outside the year, do not count. The
    period length is ``organizations.rules_report_interval_months`` in force
    on the year's last day checked.

    >>> d = rules_report_gaps("部机关", 2002, [RulesReport(unit="部机关", on=dt.date(2002, 6, 28))],
    ...                       on=dt.date(2003, 1, 15))
    >>> d.outcome, d.value.missing
    ('gaps', ('2002-H2',))
    >>> print(d.headline("zh"))
    部机关2002年规章制度执行情况汇报缺1期:7–12月
    """
    unit = as_field((str, Field(min_length=1)), unit, "unit")
    y = as_year(year, "year")
    on = as_date(on, "on")
    rows = as_models(RulesReport, reports, "reports")
    through = min(on, dt.date(y, 12, 31))
    ctx = RuleContext(rules_report_gaps, policy, on=through)
    step = ctx.param("organizations.rules_report_interval_months")
    ended = _ended_periods(unit, y, step, rows, on)
    missing = tuple(x for x in ended if x.reports == 0)
    value = RulesReportGaps(
        unit=unit,
        year=y,
        interval_months=step,
        checked_through=through,
        periods=ended,
        missing=tuple(x.label for x in missing),
    )
    ctx.say(_ReportTexts.every, step=step, on=day(on), n=len(ended))
    for x in ended:
        ctx.say(_ReportTexts.period, months=_months(x), x=x)
    others = sum(1 for r in rows if r.unit != unit)
    if others:
        ctx.say(_ReportTexts.other_units, n=others)
    if missing:
        periods_missing = [_months(x) for x in missing]
        return ctx.decide(
            "gaps",
            value,
            _ReportTexts.gaps,
            subject=unit,
            unit=unit,
            year=y,
            n=len(missing),
            periods=periods_missing,
        )
    return ctx.decide(
        "complete", value, _ReportTexts.complete, subject=unit, unit=unit, year=y, n=len(ended)
    )
