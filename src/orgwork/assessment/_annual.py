"""Annual aggregation of monthly sheets and point adjustments (千分制 / 百分制 年度结果)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from orgwork._args import as_field, as_models
from orgwork.assessment._exact import from_cents, mean_cents, show, to_cents
from orgwork.assessment._model import AnnualTotal, MonthlySheet, UnitKind
from orgwork.assessment._scheme import THOUSAND_POINT, PointScheme, scheme_in_force
from orgwork.decision import Decision, ParamValue, Reason, Text
from orgwork.errors import RecordError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, resolve
from orgwork.policy.assessment import AggregationMethod, AssessmentPolicy
from orgwork.rules import rule

__all__ = [
    "UnitYear",
    "aggregation",
    "annual_totals",
    "assessment_day",
    "months_text",
    "subject_of",
    "unit_years",
]

S000 = "000_d6bf9a3c8f5be95e.txt"
RULE = "assessment.annual_total"

ANNUAL_PARAMETERS = (
    "assessment.thousand_point_total",
    "assessment.hundred_point_total",
    "assessment.hundred_point_shares",
    "assessment.thousand_point_aggregation",
    "assessment.hundred_point_aggregation",
    "assessment.custom_aggregation",
    "assessment.scored_months",
    "assessment.missing_months",
    "assessment.adjustment_overflow",
)


def assessment_day(year: int) -> dt.date:
    """The day an assessment year's rules are read on: its last day (31 December).

    Examples:
        >>> assessment_day(2025)
        datetime.date(2025, 12, 31)
    """
    return dt.date(year, 12, 31)


def subject_of(unit: str, year: int) -> str:
    """The subject of a decision on one unit's assessment year: ``"<unit>:<year>"``.

    A unit has one result per year, so every rule over annual results
    (:func:`annual_totals`, :func:`~orgwork.assessment.rank`, the salary
    cut and the uses) names its decisions this way: one decision per
    subject even when the data spans several years.

    Examples:
        >>> subject_of("朱家村", 2025)
        '朱家村:2025'
    """
    return f"{unit}:{year}"


def months_text(months: Sequence[int], lang: str = "zh") -> str:
    """Months as text: ``7、8月`` or ``7, 8``.

    Examples:
        >>> months_text((7, 8)), months_text((7, 8), "en")
        ('7、8月', '7, 8')
    """
    if lang == "zh":
        return "、".join(str(m) for m in months) + "月"
    return ", ".join(str(m) for m in months)


@dataclass
class UnitYear:
    """One unit's sheets and adjustments for one year, gathered and checked for consistency."""

    unit: str
    year: int
    town: str
    kind: UnitKind
    sheets: dict[int, MonthlySheet] = field(default_factory=dict)
    adjustments: list[PointAdjustment] = field(default_factory=list)


def unit_years(
    sheets: Iterable[MonthlySheet], adjustments: Iterable[PointAdjustment]
) -> tuple[list[UnitYear], list[str]]:
    """Group sheets and adjustments by unit and year; return the groups and every problem found.

    Examples:
        >>> s = MonthlySheet(unit="V1", town="T", year=2025, month=1, points={"goals": 80})
        >>> groups, problems = unit_years([s, s], [])
        >>> problems
        ['V1 2025: month 1 has 2 sheets']
    """
    groups: dict[tuple[str, int], UnitYear] = {}
    problems: list[str] = []
    counts: dict[tuple[str, int, int], int] = defaultdict(int)
    towns: dict[tuple[str, int], set[tuple[str, str]]] = defaultdict(set)
    for s in sheets:
        key = (s.unit, s.year)
        g = groups.get(key)
        if g is None:
            g = groups[key] = UnitYear(unit=s.unit, year=s.year, town=s.town, kind=s.kind)
        towns[key].add((s.town, s.kind))
        counts[(s.unit, s.year, s.month)] += 1
        g.sheets.setdefault(s.month, s)
    for (unit, year, month), n in sorted(counts.items()):
        if n > 1:
            problems.append(f"{unit} {year}: month {month} has {n} sheets")
    for (unit, year), seen in sorted(towns.items()):
        if len(seen) > 1:
            shown = ", ".join(f"{t} ({k})" for t, k in sorted(seen))
            problems.append(f"{unit} {year}: sheets name more than one town or kind: {shown}")
    orphans: set[tuple[str, int]] = set()
    for a in adjustments:
        g = groups.get((a.unit, a.year))
        if g is None:
            orphans.add((a.unit, a.year))
        else:
            g.adjustments.append(a)
    problems.extend(
        f"{unit} {year}: an adjustment names a unit and year with no score sheets"
        for unit, year in sorted(orphans)
    )
    ordered = sorted(groups.values(), key=lambda g: (g.year, g.town, g.kind, g.unit))
    return ordered, problems


@dataclass
class _Computed:
    points: int
    item_cents: list[int]
    adjusted: int
    not_applied: int
    clamps: list[tuple[str, str, int, int]]  # zh where, en where, before, after


def _check(g: UnitYear, scheme: PointScheme, a: AssessmentPolicy) -> list[str]:
    problems: list[str] = []
    codes = set(scheme.codes)
    who = f"{g.unit} {g.year}"
    for month, s in sorted(g.sheets.items()):
        if month not in a.scored_months:
            problems.append(
                f"{who}: month {month} is not a scored month (assessment.scored_months)"
            )
        unknown = sorted(set(s.points) - codes)
        missing = [c for c in scheme.codes if c not in s.points]
        if unknown:
            problems.append(f"{who} month {month}: unknown items {', '.join(unknown)}")
        if missing:
            problems.append(f"{who} month {month}: no points for items {', '.join(missing)}")
        for item in scheme.items:
            got = s.points.get(item.code)
            cap = item.monthly_cap(month, aggregation(scheme))
            if got is not None and got > cap:
                problems.append(
                    f"{who} month {month}: item {item.code} scored {show(got)}, "
                    f"above its maximum {show(cap)} for the month"
                )
    if aggregation(scheme) == "sum":
        for item in scheme.items:
            year_sum = sum(
                (s.points.get(item.code, Decimal(0)) for s in g.sheets.values()), Decimal(0)
            )
            if year_sum > item.maximum:
                problems.append(
                    f"{who}: item {item.code} scored {show(year_sum)} over the year, "
                    f"above its maximum {show(item.maximum)}"
                )
    for adj in g.adjustments:
        if adj.item is not None and adj.item not in codes:
            problems.append(f"{who} month {adj.month}: an adjustment names unknown item {adj.item}")
        if adj.month not in a.scored_months:
            problems.append(f"{who}: an adjustment falls in month {adj.month}, which is not scored")
    return problems


def _compute(g: UnitYear, scheme: PointScheme, a: AssessmentPolicy) -> _Computed:
    items = scheme.items
    k = len(items)
    index = {item.code: i for i, item in enumerate(items)}
    total = to_cents(scheme.total)
    months = range(1, 13)
    raw = {m: [0] * k for m in months}
    for m, s in g.sheets.items():
        raw[m] = [to_cents(s.points[item.code]) for item in items]
    item_adj = {m: [0] * k for m in months}
    unit_adj = dict.fromkeys(months, 0)
    adjusted = 0
    for adj in g.adjustments:
        c = to_cents(adj.points)
        adjusted += c
        if adj.item is None:
            unit_adj[adj.month] += c
        else:
            item_adj[adj.month][index[adj.item]] += c
    clamps: list[tuple[str, str, int, int]] = []

    def clamp(value: int, high: int, zh: str, en: str) -> int:
        out = min(max(value, 0), high)
        if out != value:
            clamps.append((zh, en, value, out))
        return out

    v: dict[int, list[int]] = {}
    for m in months:
        row = []
        for i, item in enumerate(items):
            before = raw[m][i] + item_adj[m][i]
            cap = to_cents(item.monthly_cap(m, aggregation(scheme)))
            if item_adj[m][i]:
                row.append(clamp(before, cap, f"{m}月{item.name.zh}", f"month {m} {item.code}"))
            else:
                row.append(before)
        v[m] = row
    item_cents = [sum(v[m][i] for m in months) for i in range(k)]
    if aggregation(scheme) == "sum":
        item_cents = [
            clamp(c, to_cents(item.maximum), f"全年{item.name.zh}", f"the year's {item.code}")
            for c, item in zip(item_cents, items, strict=True)
        ]
        points = clamp(
            sum(item_cents) + sum(unit_adj.values()), total, "年度总分", "the annual total"
        )
    else:
        month_totals = [
            clamp(sum(v[m]) + unit_adj[m], total, f"{m}月总分", f"month {m} total")
            for m in a.scored_months
        ]
        points = mean_cents(sum(month_totals), len(a.scored_months))
    not_applied = sum(before - after for _, _, before, after in clamps)
    return _Computed(points, item_cents, adjusted, not_applied, clamps)


@rule(
    RULE,
    zh="千分制(百分制)考核年度结果:全年目标量化为分值,每月评分,按年汇总",
    en="Annual assessment result: the year's goals as points, scored monthly, added up by year",
    document=S000,
    section="第一篇 一、三是",
    quote="把全年工作目标细化为若干部分,量化为千分,每月对照任务完成情况进行评分",
    parameters=ANNUAL_PARAMETERS,
    public_name="orgwork.assessment.annual_totals",
)
def annual_totals(
    sheets: Iterable[MonthlySheet],
    scheme: PointScheme = THOUSAND_POINT,
    *,
    adjustments: Iterable[PointAdjustment] = (),
    policy: Policy | None = None,
) -> tuple[Decision[AnnualTotal], ...]:
    """年度考核结果 — each unit's annual points from its monthly sheets and adjustments.

    One decision per unit and year, subject ``"<unit>:<year>"``
    (:func:`subject_of`), ordered by year, town, kind and unit id.
    Deductions and additions (:class:`~orgwork.points.PointAdjustment`, such
    as the care domain's deductions for missed visits: 老党员走访慰问和帮扶救助
    情况纳入干部千分制考核内容) apply to their item and month, or to the
    total when they name no item. A month's item never goes below 0 or above
    its cap, the annual total never below 0 or above the scheme total
    (``assessment.adjustment_overflow``: clamp and record, or reject). The
    year's result is the sum of the months or the mean of monthly totals:
    the scheme's own ``aggregation`` or, when it states none, the policy's
    for its kind (``assessment.thousand_point_aggregation``, default
    ``"sum"``; ``assessment.hundred_point_aggregation``, default ``"mean"``;
    ``assessment.custom_aggregation``), so a 千分制 and a 百分制 are scored
    side by side under one policy. An incomplete year is shown with its
    missing months scoring nothing and, by default, is not ranked
    (``assessment.missing_months``). The 百分制 of
    ``003_5278913ac78e06dd.txt`` (:data:`HUNDRED_POINT`) takes its four
    shares from ``assessment.hundred_point_shares``, which has no default
    (the seed gives none): unset, this raises
    :class:`~orgwork.errors.MissingParameterError`.

    The policy is read on 31 December of each assessment year (the year in
    the data fixes the day, so there is no ``on=``).

    Data that breaks the scheme (points above an item's maximum, a month
    twice, an unknown item, an adjustment for a unit with no sheets) raises
    :class:`~orgwork.errors.RecordError` listing every problem.

    Examples:
        >>> sheets = [MonthlySheet(unit="朱家村", town="灵乡镇", year=2025, month=m,
        ...                        points={"goals": 82}) for m in range(1, 13)]
        >>> d, = annual_totals(sheets)
        >>> d.value.points, d.outcome
        (Decimal('984'), 'complete')
        >>> d, = annual_totals(sheets[:10])
        >>> d.value.missing_months, d.value.rankable
        ((11, 12), False)
    """
    scheme = as_field(PointScheme, scheme, "scheme")
    groups, problems = unit_years(
        as_models(MonthlySheet, sheets), as_models(PointAdjustment, adjustments)
    )
    resolved: dict[int, tuple[AssessmentPolicy, PointScheme, dict[str, ParamValue]]] = {}
    bad_years: set[int] = set()
    for g in groups:
        if g.year not in resolved and g.year not in bad_years:
            a = resolve(policy, assessment_day(g.year)).assessment
            try:
                resolved[g.year] = (a, *scheme_in_force(scheme, a))
            except RecordError as exc:  # the scheme's total disagrees with the policy's
                problems.append(f"{g.year}: {exc}")
                bad_years.add(g.year)
        if g.year in resolved:
            a, in_force, _ = resolved[g.year]
            problems.extend(_check(g, in_force, a))
    if problems:
        raise RecordError(_problem_text(problems))
    out: list[Decision[AnnualTotal]] = []
    for g in groups:
        a, in_force, used = resolved[g.year]
        c = _compute(g, in_force, a)
        if a.adjustment_overflow == "reject" and c.clamps:
            problems.extend(
                f"{g.unit} {g.year}: adjustments take {en} to {show(from_cents(before))}, "
                f"outside 0..its maximum (assessment.adjustment_overflow = reject)"
                for _, en, before, _ in c.clamps
            )
            continue
        out.append(_decision(g, in_force, a, c, used))
    if problems:
        raise RecordError(_problem_text(problems))
    return tuple(out)


def _problem_text(problems: list[str]) -> str:
    head = f"{len(problems)} problem(s) in the assessment data: "
    return head + "; ".join(problems)


def _decision(
    g: UnitYear,
    scheme: PointScheme,
    a: AssessmentPolicy,
    c: _Computed,
    used: dict[str, ParamValue],
) -> Decision[AnnualTotal]:
    scored = a.scored_months
    have = tuple(m for m in scored if m in g.sheets)
    missing = tuple(m for m in scored if m not in g.sheets)
    rankable = not missing or a.missing_months == "zero"
    item_points = {
        item.code: from_cents(cents) for item, cents in zip(scheme.items, c.item_cents, strict=True)
    }
    categories: dict[str, int] = {}
    for item, cents in zip(scheme.items, c.item_cents, strict=True):
        if item.category is not None:
            categories[item.category] = categories.get(item.category, 0) + cents
    points = from_cents(c.points)
    value = AnnualTotal(
        unit=g.unit,
        town=g.town,
        kind=g.kind,
        year=g.year,
        scheme=scheme.code,
        total=scheme.total,
        points=points,
        rankable=rankable,
        months_scored=have,
        missing_months=missing,
        item_points=item_points,
        category_points={k: from_cents(v) for k, v in categories.items()},
        adjustments=from_cents(c.adjusted),
        not_applied=from_cents(c.not_applied),
    )
    reasons = [
        Reason(
            rule=RULE,
            zh=f"按{scheme.name.zh}({show(scheme.total)}分)评分,{g.year}年应评{len(scored)}个月,"
            f"已评{len(have)}个月",
            en=f"Scored under {scheme.name.en} ({show(scheme.total)} points): "
            f"{len(have)} of {len(scored)} scored months in {g.year} have a sheet",
        )
    ]
    if missing:
        if rankable:
            zh, en = "缺月按零分计,参加排名", "missing months score nothing; the unit is ranked"
        else:
            zh, en = "年度不完整,不参加排名", "the year is incomplete, so the unit is not ranked"
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"缺{months_text(missing)}评分:{zh}",
                en=f"No sheet for month(s) {months_text(missing, 'en')}: {en}",
            )
        )
    for adj in sorted(g.adjustments, key=lambda x: (x.month, x.item or "", x.points)):
        where_zh = f"{adj.month}月" + (scheme.item(adj.item).name.zh if adj.item else "总分")
        where_en = f"month {adj.month} " + (adj.item or "total")
        sign_zh = "加" if adj.points > 0 else "扣"
        reasons.append(
            Reason(
                rule=adj.rule,
                zh=f"{where_zh}{sign_zh}{show(abs(adj.points))}分:{adj.reason.zh}",
                en=f"{where_en}: {'+' if adj.points > 0 else ''}{show(adj.points)} "
                f"points: {adj.reason.en}",
            )
        )
    for zh, en, before, after in c.clamps:
        cut = from_cents(before - after)
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"{zh}加减分后为{show(from_cents(before))}分,超出界限,按{show(from_cents(after))}分计"
                f"({show(cut)}分未计入)",
                en=f"Adjustments take {en} to {show(from_cents(before))}, outside its bounds; "
                f"counted as {show(from_cents(after))} ({show(cut)} not applied)",
            )
        )
    reasons.extend(_scheme_reasons(scheme, used))
    if aggregation(scheme) == "sum":
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"各月得分相加,年度得分{show(points)}分",
                en=f"The months add up to {show(points)} points",
            )
        )
    else:
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"{len(scored)}个月总分的平均(四舍五入到0.01分),年度得分{show(points)}分",
                en=f"The mean of {len(scored)} monthly totals (rounded half up to 0.01) "
                f"is {show(points)} points",
            )
        )
    note_zh = "" if rankable else f"(缺{months_text(missing)},不参加排名)"
    note_en = "" if rankable else f" (month(s) {months_text(missing, 'en')} missing; not ranked)"
    return Decision[AnnualTotal](
        rule=RULE,
        subject=subject_of(g.unit, g.year),
        outcome="complete" if not missing else "incomplete",
        value=value,
        headline=Text(
            zh=f"{g.unit}{g.year}年度{scheme.name.zh}得分{show(points)}分{note_zh}",
            en=f"{g.unit} scores {show(points)} for {g.year} under {scheme.name.en}{note_en}",
        ),
        reasons=tuple(reasons),
        parameters=_parameters(a, used),
    )


def _parameters(a: AssessmentPolicy, used: dict[str, ParamValue]) -> dict[str, ParamValue]:
    return {
        **used,
        "assessment.scored_months": a.scored_months,
        "assessment.missing_months": a.missing_months,
        "assessment.adjustment_overflow": a.adjustment_overflow,
    }


def aggregation(scheme: PointScheme) -> AggregationMethod:
    """The aggregation of a scheme in force (see :func:`scheme_in_force`).

    Examples:
        >>> from orgwork.policy import Policy
        >>> aggregation(THOUSAND_POINT.in_force(Policy.default(), year=2025))
        'sum'
    """
    if scheme.aggregation is None:
        raise ValueError(f"scheme {scheme.code} is not in force: it states no aggregation")
    return scheme.aggregation


_METHOD = {
    "sum": ("各月得分相加", "the months added up"),
    "mean": ("各月总分的平均", "the mean of the monthly totals"),
}


def _scheme_reasons(scheme: PointScheme, used: dict[str, ParamValue]) -> list[Reason]:
    reasons = []
    if "assessment.hundred_point_shares" in used:
        parts_zh = "、".join(f"{i.name.zh}{show(i.maximum)}分" for i in scheme.items)
        parts_en = ", ".join(f"{i.name.en} {show(i.maximum)}" for i in scheme.items)
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"百分制各部分分值按本地政策(assessment.hundred_point_shares)设定:{parts_zh}",
                en=f"The parts' shares are the local policy's "
                f"(assessment.hundred_point_shares): {parts_en}",
            )
        )
    method = aggregation(scheme)
    zh, en = _METHOD[method]
    if not any(k.endswith("_aggregation") for k in used):
        reasons.append(
            Reason(
                rule=RULE,
                zh=f"考核方案规定年度结果为{zh}({method})",
                en=f"The scheme states that the year is {en} ({method})",
            )
        )
    return reasons
