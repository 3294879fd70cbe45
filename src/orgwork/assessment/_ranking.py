"""Rankings within a town and top-N cuts with an explicit tie policy (前四名 副科级待遇)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from orgwork.assessment._annual import S000, assessment_day, months_text, subject_of
from orgwork.assessment._exact import show
from orgwork.assessment._model import AnnualTotal, Ranking, SalaryEligibility, UnitKind
from orgwork.decision import Decision, ParamValue, Reason, Text
from orgwork.errors import MissingParameterError, PolicyError, RecordError
from orgwork.policy import Policy, resolve
from orgwork.policy.assessment import AssessmentPolicy, TiePolicy
from orgwork.rules import rule

__all__ = [
    "Cut",
    "CutOutcome",
    "TotalsInput",
    "group_totals",
    "rank",
    "ranked_order",
    "salary_eligibility",
    "secondary_key_values",
    "secondary_keys_needed",
    "tie_parameters",
    "tie_text",
    "top_n_cut",
]

RANK_RULE = "assessment.rank"
SALARY_RULE = "assessment.top_n_salary"

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
    :class:`~orgwork.errors.RecordError`.

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


@rule(
    RANK_RULE,
    zh="按千分制考核年度结果在镇内排名(并列者名次相同)",
    en="Rank units within their town by the annual result (ties share a rank)",
    document=S000,
    section="第一篇 一、一是",
    quote="根据村级千分制考核年度结果",
    parameters=(),
    public_name="orgwork.assessment.rank",
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
    :func:`~orgwork.assessment.annual_totals`; the choices about ties are
    those of the cuts (:func:`salary_eligibility` and the uses), which do
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
    out: list[Decision[Ranking]] = []
    for (year, town, kind), group in group_totals(totals).items():
        order = ranked_order(group)
        n = len(order)
        by_rank: dict[int, list[str]] = {}
        for t, r in order:
            by_rank.setdefault(r, []).append(t.unit)
        for t, r in order:
            tied = tuple(u for u in by_rank[r] if u != t.unit)
            tie_zh = f",与{'、'.join(tied)}并列" if tied else ""
            tie_en = f", tied with {', '.join(tied)}" if tied else ""
            out.append(
                Decision[Ranking](
                    rule=RANK_RULE,
                    subject=subject_of(t.unit, t.year),
                    outcome="ranked",
                    value=Ranking(
                        unit=t.unit,
                        town=town,
                        kind=kind,
                        year=year,
                        points=t.points,
                        rank=r,
                        ranked_units=n,
                        tied_with=tied,
                    ),
                    headline=Text(
                        zh=f"{t.unit}在{town}{year}年度排名第{r}名({show(t.points)}分){tie_zh}",
                        en=f"{t.unit} ranks {r} of {n} in {town} for {year} "
                        f"({show(t.points)} points){tie_en}",
                    ),
                    reasons=(
                        Reason(
                            rule=RANK_RULE,
                            zh=f"{town}参加排名{n}个单位,得分高于{t.unit}的有{r - 1}个",
                            en=f"{n} units of {town} are ranked; {r - 1} scored more than {t.unit}",
                        ),
                    ),
                    rules=("assessment.annual_total",),
                )
            )
        for t in group:
            if t.rankable:
                continue
            out.append(
                Decision[Ranking](
                    rule=RANK_RULE,
                    subject=subject_of(t.unit, t.year),
                    outcome="not_ranked",
                    value=Ranking(
                        unit=t.unit,
                        town=town,
                        kind=kind,
                        year=year,
                        points=t.points,
                        rank=None,
                        ranked_units=n,
                        tied_with=(),
                        missing_months=t.missing_months,
                    ),
                    headline=Text(
                        zh=f"{t.unit}{year}年度考核不完整(缺{months_text(t.missing_months)}),不参加排名",
                        en=f"{t.unit} is not ranked for {year}: month(s) "
                        f"{months_text(t.missing_months, 'en')} have no sheet",
                    ),
                    reasons=(
                        Reason(
                            rule="assessment.annual_total",
                            zh=f"缺{months_text(t.missing_months)}评分,年度结果不完整",
                            en="The annual result is incomplete",
                        ),
                    ),
                )
            )
    return tuple(out)


# -- the top-N cut -------------------------------------------------------------------------

CutOutcome = Literal["eligible", "not_eligible", "undecided"]


@dataclass(frozen=True)
class Cut:
    """One unit's place in a top-N cut: its status, how it was decided and who tied with it."""

    status: CutOutcome
    decided_by: Literal["rank", "tie_policy", "secondary_keys"]
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


def secondary_keys_needed(a: AssessmentPolicy) -> tuple[str, ...]:
    """The secondary keys a cut needs: none unless ``tie_policy`` is ``secondary_keys``.

    With that tie policy and no keys set this raises
    :class:`~orgwork.errors.MissingParameterError` naming
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
    if a.tie_policy is TiePolicy.SECONDARY_KEYS:
        if not a.tie_secondary_keys:
            raise MissingParameterError(
                "assessment.tie_secondary_keys: tie_policy is secondary_keys but no keys are "
                "set; name the item codes or categories that break a tie",
                parameter="assessment.tie_secondary_keys",
            )
        return a.tie_secondary_keys
    return ()


def tie_parameters(a: AssessmentPolicy) -> dict[str, ParamValue]:
    """The tie parameters a cut records (the keys only when they are used).

    Examples:
        >>> from orgwork.policy import Policy
        >>> tie_parameters(Policy.default().assessment)
        {'assessment.tie_policy': 'refer'}
    """
    out: dict[str, ParamValue] = {"assessment.tie_policy": a.tie_policy.value}
    if a.tie_policy is TiePolicy.SECONDARY_KEYS:
        out["assessment.tie_secondary_keys"] = a.tie_secondary_keys
        out["assessment.tie_still_tied"] = a.tie_still_tied
    return out


_STILL: dict[str, CutOutcome] = {
    "include_all": "eligible",
    "exclude_all": "not_eligible",
    "refer": "undecided",
}


def top_n_cut(
    order: Sequence[tuple[AnnualTotal, int]], n: int, a: AssessmentPolicy
) -> dict[str, Cut]:
    """Apply a top-``n`` cut to a ranked group (from :func:`ranked_order`), per the tie policy.

    A group of equal points wholly within the first ``n`` places is in; one
    wholly after is out; one that straddles the ``n``-th place is settled by
    ``assessment.tie_policy`` — never by input or id order.

    Examples:
        >>> from orgwork.policy import Policy
        >>> def t(u, p):
        ...     return AnnualTotal(unit=u, town="T", kind="village", year=2025, scheme="s",
        ...         total=1000, points=p, rankable=True, months_scored=(), missing_months=(),
        ...         item_points={}, category_points={}, adjustments=0, not_applied=0)
        >>> order = ranked_order([t("a", 9), t("b", 8), t("c", 8)])
        >>> {u: c.status for u, c in top_n_cut(order, 2, Policy.default().assessment).items()}
        {'a': 'eligible', 'b': 'undecided', 'c': 'undecided'}
    """
    keys = secondary_keys_needed(a)
    if keys and order:
        secondary_key_values(order[0][0], keys)  # unknown keys are an error, tie or not
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
        elif a.tie_policy is TiePolicy.SECONDARY_KEYS:
            _cut_by_keys(group, i, n, keys, a, out)
        else:
            status: CutOutcome = _STILL[a.tie_policy.value]
            out.update((t.unit, Cut(status, "tie_policy", units)) for t in group)
        i = j
    return out


def _cut_by_keys(
    group: list[AnnualTotal],
    start: int,
    n: int,
    keys: Sequence[str],
    a: AssessmentPolicy,
    out: dict[str, Cut],
) -> None:
    valued = sorted(
        ((secondary_key_values(t, keys), t) for t in group),
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
            status, by = _STILL[a.tie_still_tied], "tie_policy"
        out.update((t.unit, Cut(status, by, units, kv)) for kv, t in sub)
        i = j


def tie_text(c: Cut, a: AssessmentPolicy, places: int) -> tuple[str, str]:
    """The reason (Chinese, English) a cut gives a unit of a tie across place ``places``.

    Examples:
        >>> from orgwork.policy import Policy
        >>> zh, en = tie_text(Cut("undecided", "tie_policy", ("甲村", "乙村")),
        ...                   Policy.default().assessment, 4)
        >>> en
        '甲村, 乙村 have equal points across place 4: listed as undecided, referred to the town party committee'
    """
    tied_zh = "、".join(c.tied_units)
    tied_en = ", ".join(c.tied_units)
    head_zh = f"{tied_zh}得分相同,并列跨越第{places}名"
    head_en = f"{tied_en} have equal points across place {places}"
    if c.decided_by == "secondary_keys":
        keys = "、".join(a.tie_secondary_keys or ())
        vals = "、".join(show(v) for v in c.key_values)
        return (
            f"{head_zh};按次要分项({keys})依次比较,本单位为{vals}分",
            f"{head_en}; by the secondary keys ({', '.join(a.tie_secondary_keys or ())}) "
            f"this unit has {', '.join(show(v) for v in c.key_values)}",
        )
    policy: str = a.tie_policy.value
    if a.tie_policy is TiePolicy.SECONDARY_KEYS:
        policy = a.tie_still_tied
        head_zh += "且次要分项仍相同"
        head_en += " and equal secondary keys"
    text = {
        "refer": (
            "列为待定,提交镇党委研究决定",
            "listed as undecided, referred to the town party committee",
        ),
        "include_all": ("按政策并列者全部入选", "by policy every tied unit is admitted"),
        "exclude_all": ("按政策并列者均不入选", "by policy no tied unit is admitted"),
    }[policy]
    return f"{head_zh}:{text[0]}", f"{head_en}: {text[1]}"


@rule(
    SALARY_RULE,
    zh="村级千分制考核年度前四名的村党组织书记享受与副科级等同的工资待遇",
    en="Secretaries of the top four villages by the annual result get a deputy-section-level salary",
    document=S000,
    section="第一篇 一、一是",
    quote="前四名的村党组织书记可享受镇政府设立的与副科级等同的工资待遇",
    parameters=(
        "assessment.salary_top_n",
        "assessment.tie_policy",
        "assessment.tie_secondary_keys",
        "assessment.tie_still_tied",
    ),
    public_name="orgwork.assessment.salary_eligibility",
)
def salary_eligibility(
    totals: TotalsInput, *, policy: Policy | None = None
) -> tuple[Decision[SalaryEligibility], ...]:
    """前四名副科级待遇 — whether each village's party secretary gets the deputy-section salary.

    Villages are ranked within their town by the annual 千分制 result; the
    top ``assessment.salary_top_n`` (4) qualify. Units tied across the N-th
    place are settled by ``assessment.tie_policy``: by default they are
    ``"undecided"`` and referred to the town party committee. Incomplete
    years are ``"not_ranked"``. Order and subjects (``"<unit>:<year>"``) as :func:`rank`. Only villages are
    eligible: a cadre's total is a :class:`~orgwork.errors.RecordError`.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> pts = {"一村": 83, "二村": 82, "三村": 81, "四村": 80, "五村": 80, "六村": 70}
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", year=2025, month=m, points={"goals": p})
        ...           for u, p in pts.items() for m in range(1, 13)]
        >>> [(d.value.unit, d.outcome) for d in salary_eligibility(annual_totals(sheets))][2:5]
        [('三村', 'eligible'), ('五村', 'undecided'), ('四村', 'undecided')]
    """
    out: list[Decision[SalaryEligibility]] = []
    groups = group_totals(totals)
    cadres = sorted({t.unit for (_, _, kind), g in groups.items() if kind != "village" for t in g})
    if cadres:
        raise RecordError(
            "the top-N salary rule is for villages' party secretaries; these units are cadres: "
            + ", ".join(cadres)
        )
    for (year, _town, _), group in groups.items():
        a = resolve(policy, assessment_day(year)).assessment
        n = a.salary_top_n
        order = ranked_order(group)
        cuts = top_n_cut(order, n, a)
        params: dict[str, ParamValue] = {"assessment.salary_top_n": n, **tie_parameters(a)}
        for t, r in order:
            out.append(_salary_decision(t, r, n, len(order), cuts[t.unit], a, params))
        for t in group:
            if not t.rankable:
                out.append(_salary_not_ranked(t, n, params))
    return tuple(out)


_SALARY_OUTCOME = {
    "eligible": (
        "党组织书记可享受与副科级等同的工资待遇",
        "the party secretary gets the deputy-section-level salary",
    ),
    "not_eligible": (
        "党组织书记不享受副科级待遇",
        "the party secretary does not get the deputy-section-level salary",
    ),
    "undecided": (
        "党组织书记的待遇待定,提交镇党委研究",
        "undecided, referred to the town party committee",
    ),
}


def _salary_decision(
    t: AnnualTotal,
    r: int,
    n: int,
    ranked: int,
    c: Cut,
    a: AssessmentPolicy,
    params: dict[str, ParamValue],
) -> Decision[SalaryEligibility]:
    reasons = [
        Reason(
            rule=RANK_RULE,
            zh=f"{t.unit}在{t.town}{t.year}年度村级千分制考核中排名第{r}名({show(t.points)}分),"
            f"共{ranked}个村参加排名",
            en=f"{t.unit} ranks {r} of {ranked} villages of {t.town} for {t.year} "
            f"({show(t.points)} points)",
        )
    ]
    if c.decided_by == "rank":
        inside = c.status == "eligible"
        reasons.append(
            Reason(
                rule=SALARY_RULE,
                zh=f"前{n}名的村党组织书记可享受与副科级等同的工资待遇;第{r}名"
                + ("在前" if inside else "不在前")
                + f"{n}名之内",
                en=f"The top {n} villages' secretaries get the salary; rank {r} is "
                + ("within" if inside else "outside")
                + f" the top {n}",
            )
        )
    else:
        zh, en = tie_text(c, a, n)
        reasons.append(Reason(rule=SALARY_RULE, zh=zh, en=en))
    oz, oe = _SALARY_OUTCOME[c.status]
    return Decision[SalaryEligibility](
        rule=SALARY_RULE,
        subject=subject_of(t.unit, t.year),
        outcome=c.status,
        value=SalaryEligibility(
            unit=t.unit,
            town=t.town,
            year=t.year,
            points=t.points,
            rank=r,
            places=n,
            status=c.status,
            decided_by=c.decided_by,
            tie_policy=None if c.decided_by == "rank" else a.tie_policy,
            tied_units=c.tied_units,
        ),
        headline=Text(
            zh=f"{t.unit}(第{r}名,{show(t.points)}分){oz}",
            en=f"{t.unit} (rank {r}, {show(t.points)} points): {oe}",
        ),
        reasons=tuple(reasons),
        rules=(RANK_RULE, "assessment.annual_total"),
        parameters=params,
    )


def _salary_not_ranked(
    t: AnnualTotal, n: int, params: dict[str, ParamValue]
) -> Decision[SalaryEligibility]:
    return Decision[SalaryEligibility](
        rule=SALARY_RULE,
        subject=subject_of(t.unit, t.year),
        outcome="not_ranked",
        value=SalaryEligibility(
            unit=t.unit,
            town=t.town,
            year=t.year,
            points=t.points,
            rank=None,
            places=n,
            status="not_ranked",
            decided_by="not_ranked",
            missing_months=t.missing_months,
        ),
        headline=Text(
            zh=f"{t.unit}{t.year}年度考核不完整(缺{months_text(t.missing_months)}),不参加排名,"
            "不能据此确定副科级待遇",
            en=f"{t.unit} is not ranked for {t.year} (month(s) "
            f"{months_text(t.missing_months, 'en')} missing): no salary decision can rest on it",
        ),
        reasons=(
            Reason(
                rule="assessment.annual_total",
                zh=f"缺{months_text(t.missing_months)}评分,年度结果不完整",
                en=f"Month(s) {months_text(t.missing_months, 'en')} have no sheet",
            ),
            Reason(
                rule=SALARY_RULE,
                zh=f"前{n}名按年度结果确定,未排名的村不能确定",
                en=f"The top {n} are decided by the annual result; an unranked village cannot be",
            ),
        ),
        rules=(RANK_RULE,),
        parameters=params,
    )
