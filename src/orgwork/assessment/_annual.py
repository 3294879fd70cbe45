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
from orgwork.assessment._scheme import (
    THOUSAND_POINT,
    BonusItem,
    Cadence,
    PointScheme,
    SchemeItem,
    scheme_in_force,
)
from orgwork.decision import Decision, Reason, RuleContext, Say, Shown, Text, both
from orgwork.errors import RecordError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy, checked_policy
from orgwork.policy.assessment import AggregationMethod, MissingMonths, OverflowHandling
from orgwork.rules import rule

__all__ = [
    "UnitYear",
    "aggregation",
    "annual_totals",
    "assessment_day",
    "incomplete_year",
    "subject_of",
    "unit_years",
]

S000 = "000_d6bf9a3c8f5be95e.txt"

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
    ([`annual_totals`][orgwork.assessment.annual_totals], [`rank`][orgwork.assessment.rank], the salary
    cut and the uses) names its decisions this way: one decision per
    subject even when the data spans several years.

    Examples:
        >>> subject_of("朱家村", 2025)
        '朱家村:2025'
    """
    return f"{unit}:{year}"


def _item_name(item: SchemeItem | BonusItem) -> Shown:
    """A scheme item as the annual result's texts name it: its Chinese name; its code in English."""
    return both(item.name.zh, item.code)


class _Annual:
    """Texts of assessment.annual_total (千分制(百分制)考核年度结果)."""

    complete = Say(
        "{unit}{year}年度{scheme}得分{points}分", "{unit} scores {points} for {year} under {scheme}"
    )
    not_ranked = Say(
        "{unit}{year}年度{scheme}得分{points}分(缺{months}月,不参加排名)",
        "{unit} scores {points} for {year} under {scheme} (month(s) {months} missing; not ranked)",
    )
    scored = Say(
        "按{scheme}({total}分)评分,{year}年应评{due}个月,已评{have}个月",
        "Scored under {scheme} ({total} points): {have} of {due} scored months in {year} have a sheet",
    )
    missing_scores_nothing = Say(
        "缺{months}月评分:缺月按零分计,参加排名",
        "No sheet for month(s) {months}: missing months score nothing; the unit is ranked",
    )
    missing_not_ranked = Say(
        "缺{months}月评分:年度不完整,不参加排名",
        "No sheet for month(s) {months}: the year is incomplete, so the unit is not ranked",
    )
    adjusted = Say("{where}{sign}{points}分:{why}", "{where}: {sign}{points} points: {why}")
    clamped = Say(
        "{where}加减分后为{before}分,超出界限,按{after}分计({cut}分未计入)",
        "Adjustments take {where} to {before}, outside its bounds; "
        "counted as {after} ({cut} not applied)",
    )
    shares = Say(
        "百分制各部分分值按本地政策(assessment.hundred_point_shares)设定:{parts}",
        "The parts' shares are the local policy's (assessment.hundred_point_shares): {parts}",
    )
    share = Say("{name}{points}分", "{name} {points}")
    scheme_states = Say(
        "考核方案规定年度结果为{how}({method})",
        "The scheme states that the year is {how} ({method})",
    )
    summed = Say("各月得分相加,年度得分{points}分", "The months add up to {points} points")
    mean = Say(
        "{months}个月总分的平均(四舍五入到0.01分),年度得分{points}分",
        "The mean of {months} monthly totals (rounded half up to 0.01) is {points} points",
    )
    # a quarterly or annual scheme (PointScheme.cadence): sheets dated by each period's last month
    scored_quarterly = Say(
        "按{scheme}({total}分)按季度评分,{year}年应评{due}个季度,已评{have}个季度",
        "Scored quarterly under {scheme} ({total} points): {have} of {due} quarters in "
        "{year} have a sheet",
    )
    scored_annual = Say(
        "按{scheme}({total}分)按年度评分,{year}年全年评分{due}次,已评{have}次",
        "Scored once a year under {scheme} ({total} points): {year} has {have} of {due} sheet",
    )
    not_ranked_quarters = Say(
        "{unit}{year}年度{scheme}得分{points}分(缺第{months}季度评分,不参加排名)",
        "{unit} scores {points} for {year} under {scheme} (quarter(s) {months} missing; "
        "not ranked)",
    )
    missing_quarters_score_nothing = Say(
        "缺第{months}季度评分:缺季度按零分计,参加排名",
        "No sheet for quarter(s) {months}: missing quarters score nothing; the unit is ranked",
    )
    missing_quarters_not_ranked = Say(
        "缺第{months}季度评分:年度不完整,不参加排名",
        "No sheet for quarter(s) {months}: the year is incomplete, so the unit is not ranked",
    )
    summed_quarters = Say(
        "各季度得分相加,年度得分{points}分", "The quarters add up to {points} points"
    )
    mean_quarters = Say(
        "{months}个季度总分的平均(四舍五入到0.01分),年度得分{points}分",
        "The mean of {months} quarterly totals (rounded half up to 0.01) is {points} points",
    )
    one_sheet = Say(
        "全年一次评分,年度得分{points}分", "The year's one sheet scores {points} points"
    )
    quarter_item = Say("第{quarter}季度{item}", "quarter {quarter} {item}")
    quarter_total = Say("第{quarter}季度总分", "quarter {quarter} total")
    sheet_item = Say("年度评分表{item}", "the year's sheet {item}")
    sheet_total = Say("年度评分表总分", "the year's sheet total")
    # bonus items (PointScheme.bonus, 奖励分): outside the total, each with its own cap
    bonus_item = Say("奖励分{item}", "bonus {item}")
    bonus_added = Say(
        "另加奖励分{bonus}分(在{total}分总分之外),年度得分{points}分",
        "Plus {bonus} bonus points (outside the {total}-point total): {points} points",
    )
    # where an adjustment or a bound applies
    month_item = Say("{month}月{item}", "month {month} {item}")
    month_total = Say("{month}月总分", "month {month} total")
    year_item = Say("全年{item}", "the year's {item}")
    year_total = Say("年度总分", "the annual total")
    # given in the decisions of the rules over a year's results, for an incomplete year
    no_sheet = Say("缺{months}月评分,年度结果不完整", "Month(s) {months} have no sheet")
    incomplete = Say(  # months: Chinese only (this English names none)
        "缺{months}月评分,年度结果不完整", "The annual result is incomplete{months}"
    )


_SIGN = {
    1: Text(zh="加", en="+"),
    -1: Text(zh="扣", en="-"),
    0: Text(zh="扣", en=""),
}
_HOW: dict[AggregationMethod, Text] = {
    "sum": Text(zh="各月得分相加", en="the months added up"),
    "mean": Text(zh="各月总分的平均", en="the mean of the monthly totals"),
}


@dataclass(frozen=True)
class _Cadence:
    """The texts a cadence gives: periods scored, missing periods, how the year is made."""

    scored: Say
    not_ranked: Say
    scores_nothing: Say
    missing_not_ranked: Say
    summed: Say
    mean: Say
    item: Say
    total: Say


_CADENCE: dict[Cadence, _Cadence] = {
    "monthly": _Cadence(
        _Annual.scored,
        _Annual.not_ranked,
        _Annual.missing_scores_nothing,
        _Annual.missing_not_ranked,
        _Annual.summed,
        _Annual.mean,
        _Annual.month_item,
        _Annual.month_total,
    ),
    "quarterly": _Cadence(
        _Annual.scored_quarterly,
        _Annual.not_ranked_quarters,
        _Annual.missing_quarters_score_nothing,
        _Annual.missing_quarters_not_ranked,
        _Annual.summed_quarters,
        _Annual.mean_quarters,
        _Annual.quarter_item,
        _Annual.quarter_total,
    ),
    "annual": _Cadence(
        _Annual.scored_annual,
        _Annual.not_ranked,  # unreachable: an annual unit has its one sheet or no result
        _Annual.missing_scores_nothing,
        _Annual.missing_not_ranked,
        _Annual.one_sheet,
        _Annual.one_sheet,
        _Annual.sheet_item,
        _Annual.sheet_total,
    ),
}


def _periods(scheme: PointScheme, months: Sequence[int]) -> tuple[int, ...]:
    """Periods as the texts name them: months, or quarters (1–4) for a quarterly scheme."""
    if scheme.cadence == "quarterly":
        return tuple(m // 3 for m in months)
    return tuple(months)


def _where(scheme: PointScheme, month: int, item: SchemeItem | None = None) -> Text:
    """Where a bound applies: the period dated ``month``, its ``item`` or its total."""
    says = _CADENCE[scheme.cadence]
    say = says.total if item is None else says.item
    given = {"month": month, "quarter": month // 3, "item": item and _item_name(item)}
    return say.text(**{k: v for k, v in given.items() if k in say.fields})


def incomplete_year(missing: Sequence[int], *, months_in_english: bool = True) -> Reason:
    """The reason, of assessment.annual_total, that months ``missing`` leave the year incomplete.

    A rule over a year's results gives it when a unit is not ranked.

    Examples:
        >>> incomplete_year((11, 12)).en, incomplete_year((11, 12), months_in_english=False).en
        ('Month(s) 11, 12 have no sheet', 'The annual result is incomplete')
    """
    ctx = RuleContext(annual_totals)
    if months_in_english:
        return ctx.reason(_Annual.no_sheet, months=tuple(missing))
    return ctx.reason(_Annual.incomplete, months=both("、".join(map(str, missing)), ""))


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
    points: int  # with the bonuses
    base: int  # without them
    item_cents: list[int]
    adjusted: int
    not_applied: int
    clamps: list[tuple[Text, int, int]]  # where, before, after
    bonus: dict[str, int]


@dataclass(frozen=True)
class _Year:
    """One assessment year's terms, read through the rule's context on 31 December."""

    ctx: RuleContext
    scheme: PointScheme  # in force: its aggregation stated, its maxima real
    shares_from_policy: bool
    aggregation_from_policy: bool
    scored: tuple[int, ...]
    missing_months: MissingMonths
    overflow: OverflowHandling


def _read_year(
    policy: Policy | None, scheme: PointScheme, year: int, problems: list[str]
) -> _Year | None:
    """把全年工作目标细化为若干部分,量化为千分: the year's scheme in force and its terms.

    None (and a problem) when the scheme's total disagrees with the policy's.
    """
    ctx = RuleContext(annual_totals, policy, on=assessment_day(year))
    try:
        in_force = scheme_in_force(scheme, ctx)
    except RecordError as exc:
        problems.append(f"{year}: {exc}")
        return None
    return _Year(
        ctx,
        in_force,
        scheme.shares_from_policy,
        scheme.aggregation is None,
        (
            ctx.param("assessment.scored_months")
            if in_force.cadence == "monthly"
            else in_force.sheet_months
        ),
        ctx.param("assessment.missing_months"),
        ctx.param("assessment.adjustment_overflow"),
    )


def _check(g: UnitYear, scheme: PointScheme, scored: Sequence[int]) -> list[str]:
    """每月对照任务完成情况进行评分: every sheet and adjustment fits a scored month and the scheme."""
    problems: list[str] = []
    codes = set(scheme.codes)
    bonus = {b.code for b in scheme.bonus}
    who = f"{g.unit} {g.year}"
    for month, s in sorted(g.sheets.items()):
        if month not in scored and scheme.cadence == "monthly":
            problems.append(
                f"{who}: month {month} is not a scored month (assessment.scored_months)"
            )
        elif month not in scored:
            problems.append(
                f"{who}: month {month} is not the month of a {scheme.cadence} sheet "
                f"(dated {', '.join(map(str, scored))}: the last month of each period)"
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
        if adj.item is not None and adj.item not in codes | bonus:
            problems.append(f"{who} month {adj.month}: an adjustment names unknown item {adj.item}")
        if adj.item in bonus and adj.points < 0:
            problems.append(
                f"{who} month {adj.month}: a bonus ({adj.item}) adds points; it is not a deduction"
            )
        if scheme.period_month(adj.month) not in scored:
            problems.append(f"{who}: an adjustment falls in month {adj.month}, which is not scored")
    return problems


def _compute(g: UnitYear, scheme: PointScheme, scored: Sequence[int]) -> _Computed:
    """The year's points: the months' scores with adjustments, within bounds, summed or averaged."""
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
    bonus = {b.code: 0 for b in scheme.bonus}
    for adj in g.adjustments:
        c = to_cents(adj.points)
        adjusted += c
        if adj.item in bonus:
            bonus[adj.item] += c
            continue
        m = scheme.period_month(adj.month)  # an adjustment counts in its period's sheet
        if adj.item is None:
            unit_adj[m] += c
        else:
            item_adj[m][index[adj.item]] += c
    clamps: list[tuple[Text, int, int]] = []

    def clamp(value: int, high: int, where: Text) -> int:
        out = min(max(value, 0), high)
        if out != value:
            clamps.append((where, value, out))
        return out

    v: dict[int, list[int]] = {}
    for m in months:
        row = []
        for i, item in enumerate(items):
            before = raw[m][i] + item_adj[m][i]
            if item_adj[m][i]:
                cap = to_cents(item.monthly_cap(m, aggregation(scheme)))
                before = clamp(before, cap, _where(scheme, m, item))
            row.append(before)
        v[m] = row
    item_cents = [sum(v[m][i] for m in months) for i in range(k)]
    if aggregation(scheme) == "sum":
        item_cents = [
            clamp(c, to_cents(item.maximum), _Annual.year_item.text(item=_item_name(item)))
            for c, item in zip(item_cents, items, strict=True)
        ]
        points = clamp(sum(item_cents) + sum(unit_adj.values()), total, _Annual.year_total.text())
    else:
        month_totals = [clamp(sum(v[m]) + unit_adj[m], total, _where(scheme, m)) for m in scored]
        points = mean_cents(sum(month_totals), len(scored))
    for b in scheme.bonus:  # 奖励分: on top of the bounded total, each within its own cap
        where = _Annual.bonus_item.text(item=_item_name(b))
        bonus[b.code] = clamp(bonus[b.code], to_cents(b.maximum), where)
    not_applied = sum(before - after for _, before, after in clamps)
    with_bonus = points + sum(bonus.values())
    return _Computed(with_bonus, points, item_cents, adjusted, not_applied, clamps, bonus)


@rule(
    "assessment.annual_total",
    zh="千分制(百分制)考核年度结果:全年目标量化为分值,每月评分,按年汇总",
    en="Annual assessment result: the year's goals as points, scored monthly, added up by year",
    document=S000,
    section="第一篇 一、三是",
    quote="把全年工作目标细化为若干部分,量化为千分,每月对照任务完成情况进行评分",
    parameters=ANNUAL_PARAMETERS,
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
    (`subject_of`), ordered by year, town, kind and unit id.
    Deductions and additions ([`PointAdjustment`][orgwork.points.PointAdjustment], such
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
    ``003_5278913ac78e06dd.txt`` (`HUNDRED_POINT`) takes its four
    shares from ``assessment.hundred_point_shares``, which has no default
    (the seed gives none): unset, this raises
    [`MissingParameterError`][orgwork.errors.MissingParameterError].

    The scheme's ``cadence`` (`Cadence`) says how
    often a unit is scored: monthly (the seed's, the default: the months of
    ``assessment.scored_months``), quarterly (four sheets, each dated by the
    last month of its quarter: 3, 6, 9, 12) or annual (one sheet, dated 12);
    an adjustment counts in the period holding its month. Bonus items
    (``scheme.bonus``, 奖励分) are given as adjustments naming them: each
    year's bonus is held to its own cap and added on top of the bounded total.

    The policy is read on 31 December of each assessment year (the year in
    the data fixes the day, so there is no ``on=``).

    Data that breaks the scheme (points above an item's maximum, a month
    twice, an unknown item, an adjustment for a unit with no sheets) raises
    [`RecordError`][orgwork.errors.RecordError] listing every problem.

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
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    scheme = as_field(PointScheme, scheme, "scheme")
    groups, problems = unit_years(
        as_models(MonthlySheet, sheets, "sheets"),
        as_models(PointAdjustment, adjustments, "adjustments"),
    )
    years: dict[int, _Year | None] = {}
    for g in groups:
        if g.year not in years:
            years[g.year] = _read_year(policy, scheme, g.year, problems)
        terms = years[g.year]
        if terms is not None:
            problems.extend(_check(g, terms.scheme, terms.scored))
    if problems:
        raise RecordError(_problem_text(problems))
    out: list[Decision[AnnualTotal]] = []
    for g in groups:
        y = years[g.year]
        assert y is not None  # every bad year is a problem, raised above
        c = _compute(g, y.scheme, y.scored)
        if y.overflow == "reject" and c.clamps:
            problems.extend(
                f"{g.unit} {g.year}: adjustments take {where.en} to {show(from_cents(before))}, "
                f"outside 0..its maximum (assessment.adjustment_overflow = reject)"
                for where, before, _ in c.clamps
            )
            continue
        out.append(_decision(y, g, c))
    if problems:
        raise RecordError(_problem_text(problems))
    return tuple(out)


#: The problems a RecordError message lists; the rest are counted ("and N more").
_SHOWN_PROBLEMS = 20


def _problem_text(problems: list[str]) -> str:
    head = f"{len(problems)} problem(s) in the assessment data: "
    more = len(problems) - _SHOWN_PROBLEMS
    return head + "; ".join(problems[:_SHOWN_PROBLEMS]) + (f"; and {more} more" if more > 0 else "")


def _decision(y: _Year, g: UnitYear, c: _Computed) -> Decision[AnnualTotal]:
    scheme = y.scheme
    have = tuple(m for m in y.scored if m in g.sheets)
    missing = tuple(m for m in y.scored if m not in g.sheets)
    rankable = not missing or y.missing_months == "zero"
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
        item_points={
            item.code: from_cents(cents)
            for item, cents in zip(scheme.items, c.item_cents, strict=True)
        },
        category_points={k: from_cents(v) for k, v in categories.items()},
        adjustments=from_cents(c.adjusted),
        bonus_points={k: from_cents(v) for k, v in c.bonus.items() if v},
        not_applied=from_cents(c.not_applied),
    )
    shown = {"unit": g.unit, "year": g.year, "scheme": scheme.name, "points": show(points)}
    if rankable:
        headline = _Annual.complete.text(**shown)
    else:
        headline = _CADENCE[scheme.cadence].not_ranked.text(
            months=_periods(scheme, missing), **shown
        )
    return y.ctx.decide(
        "complete" if not missing else "incomplete",
        value,
        headline,
        subject=subject_of(g.unit, g.year),
        reasons=_reasons(y, g, c, have, missing, rankable),
    )


def _reasons(
    y: _Year,
    g: UnitYear,
    c: _Computed,
    have: tuple[int, ...],
    missing: tuple[int, ...],
    rankable: bool,
) -> list[Reason]:
    """Why: the months scored and missing, each adjustment and bound, then how the year is made."""
    ctx, scheme = y.ctx, y.scheme
    total = show(scheme.total)
    says = _CADENCE[scheme.cadence]
    reasons = [
        ctx.reason(
            says.scored,
            scheme=scheme.name,
            total=total,
            year=g.year,
            due=len(y.scored),
            have=len(have),
        )
    ]
    if missing:
        ranked = says.scores_nothing if rankable else says.missing_not_ranked
        reasons.append(ctx.reason(ranked, months=_periods(scheme, missing)))
    reasons.extend(
        _adjustment(ctx, scheme, adj)
        for adj in sorted(g.adjustments, key=lambda x: (x.month, x.item or "", x.points))
    )
    for where, before, after in c.clamps:
        reasons.append(
            ctx.reason(
                _Annual.clamped,
                where=where,
                before=show(from_cents(before)),
                after=show(from_cents(after)),
                cut=show(from_cents(before - after)),
            )
        )
    if y.shares_from_policy:
        parts = [_Annual.share.text(name=i.name, points=show(i.maximum)) for i in scheme.items]
        reasons.append(ctx.reason(_Annual.shares, parts=parts))
    method = aggregation(scheme)
    if not y.aggregation_from_policy:
        reasons.append(ctx.reason(_Annual.scheme_states, how=_HOW[method], method=method))
    points = show(from_cents(c.base))
    if method == "sum":
        reasons.append(ctx.reason(says.summed, points=points))
    else:
        given = {"months": len(y.scored), "points": points}  # an annual sheet names no count
        reasons.append(
            ctx.reason(says.mean, **{k: v for k, v in given.items() if k in says.mean.fields})
        )
    if c.points != c.base:
        bonus = show(from_cents(c.points - c.base))
        shown = show(from_cents(c.points))
        reasons.append(ctx.reason(_Annual.bonus_added, bonus=bonus, total=total, points=shown))
    return reasons


def _adjustment(ctx: RuleContext, scheme: PointScheme, adj: PointAdjustment) -> Reason:
    """An adjustment's reason, given under its own rule (the rule that deducted or added)."""
    if adj.item:
        named = scheme.bonus_item(adj.item) or scheme.item(adj.item)
        where = _Annual.month_item.text(month=adj.month, item=_item_name(named))
    else:
        where = _Annual.month_total.text(month=adj.month)
    sign = _SIGN[(adj.points > 0) - (adj.points < 0)]
    why = ctx.reason(
        _Annual.adjusted, where=where, sign=sign, points=show(abs(adj.points)), why=adj.reason
    )
    return why.model_copy(update={"rule": adj.rule})


def aggregation(scheme: PointScheme) -> AggregationMethod:
    """The aggregation of a scheme in force (see `scheme_in_force`).

    Examples:
        >>> from orgwork.policy import Policy
        >>> aggregation(THOUSAND_POINT.in_force(Policy.default(), year=2025))
        'sum'
    """
    if scheme.aggregation is None:
        raise ValueError(f"scheme {scheme.code} is not in force: it states no aggregation")
    return scheme.aggregation
