"""Rankings within a town and top-N cuts with an explicit tie policy (前四名 副科级待遇)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from orgwork.assessment._annual import (
    S000,
    annual_totals,
    assessment_day,
    incomplete_year,
    subject_of,
)
from orgwork.assessment._exact import show
from orgwork.assessment._model import (
    AnnualTotal,
    MissingSheets,
    Ranking,
    SalaryEligibility,
    UnitKind,
)
from orgwork.decision import Decision, Reason, RuleContext, Say, Text, both
from orgwork.errors import MissingParameterError, PolicyError, RecordError
from orgwork.policy import Policy, checked_policy
from orgwork.policy.assessment import AssessmentPolicy, StillTied, TiePolicy
from orgwork.rules import rule

__all__ = [
    "Cut",
    "CutOutcome",
    "Ties",
    "TotalsInput",
    "group_totals",
    "hold_reason",
    "rank",
    "ranked_order",
    "read_hold",
    "read_ties",
    "salary_eligibility",
    "secondary_key_values",
    "secondary_keys_needed",
    "tie_reason",
    "top_n_cut",
]

#: Annual totals, as values or as the decisions that carry them.
TotalsInput = Iterable[AnnualTotal | Decision[AnnualTotal]]

GroupKey = tuple[int, str, UnitKind]


def _total_of(x: object) -> AnnualTotal:
    value = x.value if isinstance(x, Decision) else x
    if not isinstance(value, AnnualTotal):
        raise RecordError(
            "expected annual totals (AnnualTotal values or the decisions of annual_totals), "
            f"got {type(value).__name__}"
        )
    return value


def group_totals(totals: TotalsInput) -> dict[GroupKey, list[AnnualTotal]]:
    """Totals grouped by (year, town, kind), groups in sorted order; a unit twice is an error.

    Anything but annual totals (or the decisions carrying them) is a
    [`RecordError`][orgwork.errors.RecordError].

    Examples:
        >>> group_totals([])
        {}
        >>> group_totals("朱家村")
        Traceback (most recent call last):
        ...
        orgwork.errors.RecordError: expected a collection of annual totals
    """
    if isinstance(totals, (str, bytes)) or not isinstance(totals, Iterable):
        raise RecordError("expected a collection of annual totals")
    seen: dict[tuple[str, int], int] = {}
    groups: dict[GroupKey, list[AnnualTotal]] = {}
    dups: set[tuple[str, int]] = set()
    schemes: dict[int, set[str]] = {}
    for x in totals:
        t = _total_of(x)
        key = (t.unit, t.year)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            dups.add(key)
        schemes.setdefault(t.year, set()).add(t.scheme)
        groups.setdefault((t.year, t.town, t.kind), []).append(t)
    problems = [f"{u} {y}: the unit has more than one annual total" for u, y in sorted(dups)]
    problems.extend(
        f"{y}: totals come from different schemes ({', '.join(sorted(s))}); rank one scheme"
        for y, s in sorted(schemes.items())
        if len(s) > 1
    )
    if problems:
        raise RecordError("; ".join(problems))
    return {k: sorted(groups[k], key=lambda t: t.unit) for k in sorted(groups)}


def ranked_order(group: Sequence[AnnualTotal]) -> list[tuple[AnnualTotal, int]]:
    """The rankable totals of one group, best first, with standard competition ranks (1224).

    Equal points share a rank and the next rank skips; within a rank units
    are listed by id (a display order only, never a decision).

    Examples:
        >>> from orgwork.assessment import THOUSAND_POINT
        >>> def t(u, p):
        ...     return AnnualTotal(unit=u, town="T", kind="village", year=2025, scheme="s",
        ...         total=1000, points=p, rankable=True, months_scored=(), missing_months=(),
        ...         item_points={}, category_points={}, adjustments=0, not_applied=0)
        >>> [(x.unit, r) for x, r in ranked_order([t("a", 9), t("b", 8), t("c", 9), t("d", 7)])]
        [('a', 1), ('c', 1), ('b', 3), ('d', 4)]
    """
    ranked = sorted((t for t in group if t.rankable), key=lambda t: (-t.points, t.unit))
    out: list[tuple[AnnualTotal, int]] = []
    for i, t in enumerate(ranked):
        r = out[-1][1] if out and out[-1][0].points == t.points else i + 1
        out.append((t, r))
    return out


#: How many tied units a headline or a reason names before it summarises the
#: rest as a count. The decision's value keeps every tied unit.
TIE_NAMES_SHOWN = 5


class _Many:
    """Texts of a long list of tied units, summarised."""

    units = Say(
        "{head}等{count}个单位(另{more}个未列出)", "{head} and {more} more ({count} units in all)"
    )


def brief(units: Sequence[str]) -> tuple[str, ...] | Text:
    """``units`` for a text: all of them, or the first `TIE_NAMES_SHOWN` and a count.

    A tie of thousands of units would otherwise put thousands of names in
    every one of their decisions.

    >>> brief(("甲村", "乙村"))
    ('甲村', '乙村')
    >>> brief(tuple(f"V{i}" for i in range(8))).en
    'V0, V1, V2, V3, V4 and 3 more (8 units in all)'
    """
    if len(units) <= TIE_NAMES_SHOWN:
        return tuple(units)
    head = tuple(units[:TIE_NAMES_SHOWN])
    return _Many.units.text(head=head, count=len(units), more=len(units) - TIE_NAMES_SHOWN)


class _Rank:
    """Texts of assessment.rank (按年度结果在镇内排名)."""

    # the headline's Chinese names no count of units: ``ranked`` is English only
    ranked = Say(
        "{unit}在{town}{year}年度排名第{rank}名{ranked}({points}分)",
        "{unit} ranks {rank} of {ranked} in {town} for {year} ({points} points)",
    )
    ranked_tied = Say(
        "{unit}在{town}{year}年度排名第{rank}名{ranked}({points}分),与{tied}并列",
        "{unit} ranks {rank} of {ranked} in {town} for {year} ({points} points), tied with {tied}",
    )
    scored_more = Say(
        "{town}参加排名{ranked}个单位,得分高于{unit}的有{above}个",
        "{ranked} units of {town} are ranked; {above} scored more than {unit}",
    )
    not_ranked = Say(
        "{unit}{year}年度考核不完整(缺{months}月),不参加排名",
        "{unit} is not ranked for {year}: month(s) {months} have no sheet",
    )


@rule(
    "assessment.rank",
    zh="按千分制考核年度结果在镇内排名(并列者名次相同)",
    en="Rank units within their town by the annual result (ties share a rank)",
    document=S000,
    section="第一篇 一、一是",
    quote="根据村级千分制考核年度结果",
    parameters=(),
)
def rank(totals: TotalsInput) -> tuple[Decision[Ranking], ...]:
    """年度考核排名 — each unit's standard competition rank within its town ("1224").

    Units are ranked within each (year, town, kind): villages with
    villages, cadres with cadres. One decision per unit and year, subject
    ``"<unit>:<year>"``. Equal points share a rank and the next
    rank is skipped. A unit whose year is not rankable (incomplete) gets
    outcome ``"not_ranked"`` and no rank. Order: by year, town and kind;
    within a town by rank then unit id, unranked units last by id. The
    result does not depend on the order of the input.

    It reads no policy parameter, so it takes no ``policy``: a rank depends
    on the annual points alone, and every choice that shapes those points
    (aggregation, missing months, adjustments) was made, and recorded, by
    [`annual_totals`][orgwork.assessment.annual_totals]; the choices about ties are
    those of the cuts ([`salary_eligibility`][orgwork.assessment.salary_eligibility] and the uses), which do
    take a policy. Its decisions record no parameters.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", year=2025, month=m, points={"goals": p})
        ...           for u, p in [("甲村", 80), ("乙村", 83), ("丙村", 80)] for m in range(1, 13)]
        >>> ranks = rank(annual_totals(sheets))
        >>> [(d.subject, d.value.rank) for d in ranks]
        [('乙村:2025', 1), ('丙村:2025', 2), ('甲村:2025', 2)]
        >>> ranks[0].parameters
        {}
    """
    ctx = RuleContext(rank)
    ctx.uses(annual_totals)
    out: list[Decision[Ranking]] = []
    for group in group_totals(totals).values():
        order = ranked_order(group)
        sharing: dict[int, list[str]] = {}
        for t, r in order:
            sharing.setdefault(r, []).append(t.unit)
        tied = {r: tuple(units) for r, units in sharing.items()}
        seen: dict[int, int] = {}
        for t, r in order:  # a rank's units come in ``tied[r]``'s order: slice, never search
            i = seen[r] = seen.get(r, -1) + 1
            others = tied[r][:i] + tied[r][i + 1 :]
            out.append(_ranked(ctx, t, r, len(order), others))
        out.extend(_not_ranked(ctx, t, len(order)) for t in group if not t.rankable)
    return tuple(out)


def _ranked(
    ctx: RuleContext, t: AnnualTotal, r: int, ranked: int, tied: tuple[str, ...]
) -> Decision[Ranking]:
    """根据村级千分制考核年度结果: a ranked unit's place, and who shares it."""
    value = _ranking(t, r, ranked, tied)
    shown = {"unit": t.unit, "town": t.town, "year": t.year, "rank": r, "points": show(t.points)}
    count = both("", str(ranked))
    if tied:
        headline = _Rank.ranked_tied.text(ranked=count, tied=brief(tied), **shown)
    else:
        headline = _Rank.ranked.text(ranked=count, **shown)
    why = ctx.reason(_Rank.scored_more, town=t.town, ranked=ranked, above=r - 1, unit=t.unit)
    return ctx.decide("ranked", value, headline, subject=subject_of(t.unit, t.year), reasons=[why])


def _ranking(t: AnnualTotal, r: int | None, ranked: int, tied: tuple[str, ...] = ()) -> Ranking:
    """A unit's place (None: not ranked, and then its missing months)."""
    missing = t.missing_months if r is None else ()
    return Ranking(
        unit=t.unit,
        town=t.town,
        kind=t.kind,
        year=t.year,
        points=t.points,
        rank=r,
        ranked_units=ranked,
        tied_with=tied,
        missing_months=missing,
    )


def _not_ranked(ctx: RuleContext, t: AnnualTotal, ranked: int) -> Decision[Ranking]:
    """A unit whose year is incomplete has no 年度结果 to rank by."""
    return ctx.decide(
        "not_ranked",
        _ranking(t, None, ranked),
        _Rank.not_ranked,
        subject=subject_of(t.unit, t.year),
        reasons=[incomplete_year(t.missing_months, months_in_english=False)],
        unit=t.unit,
        year=t.year,
        months=t.missing_months,
    )


# -- the top-N cut -------------------------------------------------------------------------

CutOutcome = Literal["eligible", "not_eligible", "undecided"]


@dataclass(frozen=True)
class Cut:
    """One unit's place in a top-N cut: its status, how it was decided and who tied with it."""

    status: CutOutcome
    decided_by: Literal["rank", "tie_policy", "secondary_keys", "missing_sheets"]
    tied_units: tuple[str, ...] = ()
    key_values: tuple[Decimal, ...] = ()


def secondary_key_values(t: AnnualTotal, keys: Sequence[str]) -> tuple[Decimal, ...]:
    """The annual points of each named item code or category, in order.

    Examples:
        >>> t = AnnualTotal(unit="a", town="T", kind="village", year=2025, scheme="s", total=100,
        ...     points=90, rankable=True, months_scored=(), missing_months=(),
        ...     item_points={"key": 20}, category_points={"重点工作": 20}, adjustments=0, not_applied=0)
        >>> secondary_key_values(t, ["key", "重点工作"])
        (Decimal('20'), Decimal('20'))
    """
    out = []
    for k in keys:
        if k in t.item_points:
            out.append(t.item_points[k])
        elif k in t.category_points:
            out.append(t.category_points[k])
        else:
            raise PolicyError(
                f"assessment.tie_secondary_keys: {k!r} is neither an item code nor a category "
                f"of scheme {t.scheme}",
                parameter="assessment.tie_secondary_keys",
            )
    return tuple(out)


@dataclass(frozen=True)
class Ties:
    """How a cut settles units tied across its last place: the tie parameters a rule read."""

    policy: TiePolicy
    keys: tuple[str, ...] = ()
    still_tied: StillTied = "refer"


def _keys_needed(policy: TiePolicy, keys: tuple[str, ...] | None) -> tuple[str, ...]:
    if policy is TiePolicy.SECONDARY_KEYS:
        if not keys:
            raise MissingParameterError(
                "assessment.tie_secondary_keys: tie_policy is secondary_keys but no keys are "
                "set; name the item codes or categories that break a tie",
                parameter="assessment.tie_secondary_keys",
            )
        return keys
    return ()


def secondary_keys_needed(a: AssessmentPolicy) -> tuple[str, ...]:
    """The secondary keys a cut needs: none unless ``tie_policy`` is ``secondary_keys``.

    With that tie policy and no keys set this raises
    [`MissingParameterError`][orgwork.errors.MissingParameterError] naming
    ``assessment.tie_secondary_keys``.

    Examples:
        >>> from orgwork.policy import Policy
        >>> secondary_keys_needed(Policy.default().assessment)
        ()
        >>> p = Policy.default().override({"assessment.tie_policy": "secondary_keys"})
        >>> secondary_keys_needed(p.assessment)
        Traceback (most recent call last):
        ...
        orgwork.errors.MissingParameterError: assessment.tie_secondary_keys: tie_policy is ...
    """
    return _keys_needed(a.tie_policy, a.tie_secondary_keys)


def read_ties(ctx: RuleContext) -> Ties:
    """The tie parameters a cut reads (the keys only when they are used), recorded by ``ctx``.

    Examples:
        >>> import datetime as dt
        >>> ctx = RuleContext(salary_eligibility, on=dt.date(2025, 12, 31))
        >>> read_ties(ctx), ctx.parameters
        (Ties(policy=<TiePolicy.REFER: 'refer'>, keys=(), still_tied='refer'), {'assessment.tie_policy': <TiePolicy.REFER: 'refer'>})
    """
    policy: TiePolicy = ctx.param("assessment.tie_policy")
    if policy is not TiePolicy.SECONDARY_KEYS:
        return Ties(policy)
    keys = _keys_needed(policy, ctx.param("assessment.tie_secondary_keys"))
    return Ties(policy, keys, ctx.param("assessment.tie_still_tied"))


def read_hold(ctx: RuleContext, group: Sequence[AnnualTotal]) -> MissingSheets:
    """The missing sheets that hold a cut of ``group`` (empty: the cut goes ahead).

    While a unit of the town lacks a sheet (it is not rankable), the cut is
    held unless ``assessment.missing_sheet_cuts`` is ``"rank_others"``. The
    parameter is read, and so recorded, only when a sheet is missing.

    Examples:
        >>> import datetime as dt
        >>> def t(u, p, missing=()):
        ...     return AnnualTotal(unit=u, town="T", kind="village", year=2025, scheme="s",
        ...         total=1000, points=p, rankable=not missing, months_scored=(),
        ...         missing_months=missing, item_points={}, category_points={}, adjustments=0,
        ...         not_applied=0)
        >>> ctx = RuleContext(salary_eligibility, on=dt.date(2025, 12, 31))
        >>> read_hold(ctx, [t("a", 9), t("b", 8, (6,))]), ctx.parameters
        ((('b', (6,)),), {'assessment.missing_sheet_cuts': 'hold'})
        >>> read_hold(ctx, [t("a", 9)])
        ()
    """
    units = sorted(group, key=lambda t: t.unit)
    gaps = tuple((t.unit, t.missing_months) for t in units if not t.rankable)
    if not gaps or ctx.param("assessment.missing_sheet_cuts") != "hold":
        return ()
    return gaps


class _Hold:
    """Texts of a cut held while a unit of the town lacks a monthly sheet."""

    sheet = Say("{unit}缺{months}月", "{unit} lacks month(s) {months}")
    held = Say(
        "{town}{year}年度尚有单位缺少月度评分表({sheets}),全镇年度结果不完整;"
        "缺少的评分表可能改变名次,前{places}名暂缓确定,提交镇党委研究决定",
        "{town} lacks monthly sheets for {year} ({sheets}), so the town's annual result is "
        "incomplete; a missing sheet can change the places, so the top {places} are held and "
        "referred to the town party committee",
    )


def hold_reason(ctx: RuleContext, t: AnnualTotal, gaps: MissingSheets, places: int) -> Reason:
    """The reason a held cut gives, naming every missing sheet of the town.

    Examples:
        >>> ctx = RuleContext(salary_eligibility)
        >>> t = AnnualTotal(unit="a", town="灵乡镇", kind="village", year=2025, scheme="s",
        ...     total=1000, points=9, rankable=True, months_scored=(), missing_months=(),
        ...     item_points={}, category_points={}, adjustments=0, not_applied=0)
        >>> hold_reason(ctx, t, (("乙村", (6, 7)),), 4).zh[:30]
        '灵乡镇2025年度尚有单位缺少月度评分表(乙村缺6、7月),'
    """
    sheets = tuple(_Hold.sheet.text(unit=u, months=ms) for u, ms in gaps)
    return ctx.reason(_Hold.held, town=t.town, year=t.year, sheets=sheets, places=places)


_STILL: dict[str, CutOutcome] = {
    "include_all": "eligible",
    "exclude_all": "not_eligible",
    "refer": "undecided",
}


def top_n_cut(order: Sequence[tuple[AnnualTotal, int]], n: int, ties: Ties) -> dict[str, Cut]:
    """Apply a top-``n`` cut to a ranked group (from `ranked_order`), per the tie policy.

    A group of equal points wholly within the first ``n`` places is in; one
    wholly after is out; one that straddles the ``n``-th place is settled by
    ``assessment.tie_policy`` — never by input or id order.

    Examples:
        >>> def t(u, p):
        ...     return AnnualTotal(unit=u, town="T", kind="village", year=2025, scheme="s",
        ...         total=1000, points=p, rankable=True, months_scored=(), missing_months=(),
        ...         item_points={}, category_points={}, adjustments=0, not_applied=0)
        >>> order = ranked_order([t("a", 9), t("b", 8), t("c", 8)])
        >>> {u: c.status for u, c in top_n_cut(order, 2, Ties(TiePolicy.REFER)).items()}
        {'a': 'eligible', 'b': 'undecided', 'c': 'undecided'}
    """
    if ties.keys and order:
        secondary_key_values(order[0][0], ties.keys)  # unknown keys are an error, tie or not
    out: dict[str, Cut] = {}
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and order[j][0].points == order[i][0].points:
            j += 1
        group = [t for t, _ in order[i:j]]
        units = tuple(t.unit for t in group)
        if j <= n:
            out.update((t.unit, Cut("eligible", "rank")) for t in group)
        elif i >= n:
            out.update((t.unit, Cut("not_eligible", "rank")) for t in group)
        elif ties.policy is TiePolicy.SECONDARY_KEYS:
            _cut_by_keys(group, i, n, ties, out)
        else:
            status: CutOutcome = _STILL[ties.policy.value]
            out.update((t.unit, Cut(status, "tie_policy", units)) for t in group)
        i = j
    return out


def _cut_by_keys(
    group: list[AnnualTotal], start: int, n: int, ties: Ties, out: dict[str, Cut]
) -> None:
    valued = sorted(
        ((secondary_key_values(t, ties.keys), t) for t in group),
        key=lambda kv: (tuple(-x for x in kv[0]), kv[1].unit),
    )
    units = tuple(t.unit for t in group)
    i = 0
    while i < len(valued):
        j = i
        while j < len(valued) and valued[j][0] == valued[i][0]:
            j += 1
        sub = valued[i:j]
        lo, hi = start + i, start + j
        if hi <= n:
            status: CutOutcome = "eligible"
            by: Literal["secondary_keys", "tie_policy"] = "secondary_keys"
        elif lo >= n:
            status, by = "not_eligible", "secondary_keys"
        else:
            status, by = _STILL[ties.still_tied], "tie_policy"
        out.update((t.unit, Cut(status, by, units, kv)) for kv, t in sub)
        i = j


class _Tie:
    """Texts of a tie across the last place of a cut (the salary cut and the uses)."""

    by_keys = Say(
        "{units}得分相同,并列跨越第{places}名;按次要分项({keys})依次比较,本单位为{values}分",
        "{units} have equal points across place {places}; by the secondary keys ({keys}) "
        "this unit has {values}",
    )
    tied = Say(
        "{units}得分相同,并列跨越第{places}名:{settled}",
        "{units} have equal points across place {places}: {settled}",
    )
    still_tied = Say(
        "{units}得分相同,并列跨越第{places}名且次要分项仍相同:{settled}",
        "{units} have equal points across place {places} and equal secondary keys: {settled}",
    )


_SETTLED = {
    "refer": Text(
        zh="列为待定,提交镇党委研究决定",
        en="listed as undecided, referred to the town party committee",
    ),
    "include_all": Text(zh="按政策并列者全部入选", en="by policy every tied unit is admitted"),
    "exclude_all": Text(zh="按政策并列者均不入选", en="by policy no tied unit is admitted"),
}


def tie_reason(ctx: RuleContext, c: Cut, ties: Ties, places: int) -> Reason:
    """The reason a cut gives a unit of a tie across place ``places``, of the context's rule.

    Examples:
        >>> ctx = RuleContext(salary_eligibility)
        >>> tie_reason(ctx, Cut("undecided", "tie_policy", ("甲村", "乙村")), Ties(TiePolicy.REFER), 4).en
        '甲村, 乙村 have equal points across place 4: listed as undecided, referred to the town party committee'
    """
    units = brief(c.tied_units)
    if c.decided_by == "secondary_keys":
        values = tuple(show(v) for v in c.key_values)
        return ctx.reason(_Tie.by_keys, units=units, places=places, keys=ties.keys, values=values)
    if ties.policy is TiePolicy.SECONDARY_KEYS:
        return ctx.reason(
            _Tie.still_tied, units=units, places=places, settled=_SETTLED[ties.still_tied]
        )
    return ctx.reason(_Tie.tied, units=units, places=places, settled=_SETTLED[ties.policy.value])


class _Salary:
    """Texts of assessment.top_n_salary (前四名的村党组织书记享受副科级待遇)."""

    rank = Say(
        "{unit}在{town}{year}年度村级千分制考核中排名第{rank}名({points}分),共{ranked}个村参加排名",
        "{unit} ranks {rank} of {ranked} villages of {town} for {year} ({points} points)",
    )
    within = Say(
        "前{n}名的村党组织书记可享受与副科级等同的工资待遇;第{rank}名在前{n}名之内",
        "The top {n} villages' secretaries get the salary; rank {rank} is within the top {n}",
    )
    outside = Say(
        "前{n}名的村党组织书记可享受与副科级等同的工资待遇;第{rank}名不在前{n}名之内",
        "The top {n} villages' secretaries get the salary; rank {rank} is outside the top {n}",
    )
    decided = Say(
        "{unit}(第{rank}名,{points}分){verdict}", "{unit} (rank {rank}, {points} points): {verdict}"
    )
    not_ranked = Say(
        "{unit}{year}年度考核不完整(缺{months}月),不参加排名,不能据此确定副科级待遇",
        "{unit} is not ranked for {year} (month(s) {months} missing): "
        "no salary decision can rest on it",
    )
    unranked = Say(
        "前{n}名按年度结果确定,未排名的村不能确定",
        "The top {n} are decided by the annual result; an unranked village cannot be",
    )


_SALARY_OUTCOME = {
    "eligible": Text(
        zh="党组织书记可享受与副科级等同的工资待遇",
        en="the party secretary gets the deputy-section-level salary",
    ),
    "not_eligible": Text(
        zh="党组织书记不享受副科级待遇",
        en="the party secretary does not get the deputy-section-level salary",
    ),
    "undecided": Text(
        zh="党组织书记的待遇待定,提交镇党委研究",
        en="undecided, referred to the town party committee",
    ),
}


@rule(
    "assessment.top_n_salary",
    zh="村级千分制考核年度前四名的村党组织书记享受与副科级等同的工资待遇",
    en="Secretaries of the top four villages by the annual result get a deputy-section-level salary",
    document=S000,
    section="第一篇 一、一是",
    quote="前四名的村党组织书记可享受镇政府设立的与副科级等同的工资待遇",
    parameters=(
        "assessment.salary_top_n",
        "assessment.missing_sheet_cuts",
        "assessment.tie_policy",
        "assessment.tie_secondary_keys",
        "assessment.tie_still_tied",
    ),
)
def salary_eligibility(
    totals: TotalsInput, *, policy: Policy | None = None
) -> tuple[Decision[SalaryEligibility], ...]:
    """前四名副科级待遇 — whether each village's party secretary gets the deputy-section salary.

    Villages are ranked within their town by the annual 千分制 result; the
    top ``assessment.salary_top_n`` (4) qualify. Units tied across the N-th
    place are settled by ``assessment.tie_policy``: by default they are
    ``"undecided"`` and referred to the town party committee. Incomplete
    years are ``"not_ranked"``; while any village of the town lacks a sheet,
    a missing sheet could change the places, so by default
    (``assessment.missing_sheet_cuts = "hold"``) no village is cut: every
    ranked village is ``"undecided"`` (``decided_by="missing_sheets"``),
    referred to the town party committee with the missing sheets named;
    ``"rank_others"`` cuts the others without it, as before. Order and
    subjects (``"<unit>:<year>"``) as [`rank`][orgwork.assessment.rank]. Only villages are
    eligible: a cadre's total is a [`RecordError`][orgwork.errors.RecordError].

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> pts = {"一村": 83, "二村": 82, "三村": 81, "四村": 80, "五村": 80, "六村": 70}
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", year=2025, month=m, points={"goals": p})
        ...           for u, p in pts.items() for m in range(1, 13)]
        >>> [(d.value.unit, d.outcome) for d in salary_eligibility(annual_totals(sheets))][2:5]
        [('三村', 'eligible'), ('五村', 'undecided'), ('四村', 'undecided')]
        >>> lost = [s for s in sheets if (s.unit, s.month) != ("一村", 6)]  # 一村's June sheet lost
        >>> held = salary_eligibility(annual_totals(lost))
        >>> {d.outcome for d in held if d.value.rank is not None}, held[0].value.missing_sheets
        ({'undecided'}, (('一村', (6,)),))
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    groups = group_totals(totals)
    cadres = sorted({t.unit for (_, _, kind), g in groups.items() if kind != "village" for t in g})
    if cadres:
        raise RecordError(
            "the top-N salary rule is for villages' party secretaries; these units are cadres: "
            + ", ".join(cadres)
        )
    out: list[Decision[SalaryEligibility]] = []
    for (year, _town, _), group in groups.items():
        ctx = RuleContext(salary_eligibility, policy, on=assessment_day(year))
        n = ctx.param("assessment.salary_top_n")
        ties = read_ties(ctx)
        ctx.uses(rank, annual_totals)
        order = ranked_order(group)
        held = read_hold(ctx, group)
        cuts = _held(order) if held else top_n_cut(order, n, ties)
        for t, r in order:
            out.append(_salary_decision(ctx, t, r, n, len(order), cuts[t.unit], ties, held))
        out.extend(_salary_not_ranked(ctx, t, n) for t in group if not t.rankable)
    return tuple(out)


def _held(order: Sequence[tuple[AnnualTotal, int]]) -> dict[str, Cut]:
    """A held cut: every ranked unit undecided, for the committee."""
    return {t.unit: Cut("undecided", "missing_sheets") for t, _ in order}


def _salary_decision(
    ctx: RuleContext,
    t: AnnualTotal,
    r: int,
    n: int,
    ranked: int,
    c: Cut,
    ties: Ties,
    held: MissingSheets = (),
) -> Decision[SalaryEligibility]:
    """前四名的村党组织书记可享受镇政府设立的与副科级等同的工资待遇: a ranked village's place."""
    points = show(t.points)
    by_rank = RuleContext(rank).reason(
        _Salary.rank, unit=t.unit, town=t.town, year=t.year, rank=r, points=points, ranked=ranked
    )
    if c.decided_by == "missing_sheets":
        why = hold_reason(ctx, t, held, n)
    elif c.decided_by == "rank":
        why = ctx.reason(_Salary.within if c.status == "eligible" else _Salary.outside, n=n, rank=r)
    else:
        why = tie_reason(ctx, c, ties, n)
    by_ties = c.decided_by in ("tie_policy", "secondary_keys")
    return ctx.decide(
        c.status,
        _salary(t, n, r, c, ties.policy if by_ties else None, held),
        _Salary.decided,
        subject=subject_of(t.unit, t.year),
        reasons=[by_rank, why],
        unit=t.unit,
        rank=r,
        points=points,
        verdict=_SALARY_OUTCOME[c.status],
    )


def _salary_not_ranked(ctx: RuleContext, t: AnnualTotal, n: int) -> Decision[SalaryEligibility]:
    """An unranked village cannot be among the 前四名."""
    return ctx.decide(
        "not_ranked",
        _salary(t, n, None, None),
        _Salary.not_ranked,
        subject=subject_of(t.unit, t.year),
        reasons=[incomplete_year(t.missing_months), ctx.reason(_Salary.unranked, n=n)],
        unit=t.unit,
        year=t.year,
        months=t.missing_months,
    )


def _salary(
    t: AnnualTotal,
    n: int,
    r: int | None,
    c: Cut | None,
    tie_policy: TiePolicy | None = None,
    held: MissingSheets = (),
) -> SalaryEligibility:
    """A village's eligibility by its rank and cut (``c`` None: not ranked, its months missing)."""
    return SalaryEligibility(
        unit=t.unit,
        town=t.town,
        year=t.year,
        points=t.points,
        rank=r,
        places=n,
        status="not_ranked" if c is None else c.status,
        decided_by="not_ranked" if c is None else c.decided_by,
        tie_policy=tie_policy,
        tied_units=() if c is None else c.tied_units,
        missing_months=t.missing_months if c is None else (),
        missing_sheets=held,
    )
