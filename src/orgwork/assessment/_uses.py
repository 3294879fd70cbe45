"""The uses of the annual result (评先评优, 提拔使用, 后备干部推优, 年终优秀等次) and 列席镇党委会."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from orgwork._args import as_date, as_field, check_unique
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
    CutStatus,
    TrimmedId,
    UnitKind,
    UseDecidedBy,
    UseResult,
)
from orgwork.assessment._ranking import (
    Cut,
    Ties,
    TotalsInput,
    group_totals,
    rank,
    ranked_order,
    read_ties,
    tie_reason,
    top_n_cut,
)
from orgwork.decision import Decision, RuleContext, Say, Text
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy
from orgwork.policy.assessment import TiePolicy, Use
from orgwork.rules import rule

__all__ = [
    "USE_NAMES",
    "committee_attendance",
    "excellent_grade",
    "honours",
    "promotion_shortlist",
    "reserve_cadre_recommendation",
]

#: Each use's name, in Chinese and English.
USE_NAMES: dict[Use, Text] = {
    "honours": Text(zh="村级组织评先评优", en="village organization honours"),
    "promotion": Text(zh="镇中层干部提拔使用", en="promotion of town mid-level cadres"),
    "reserve_cadres": Text(zh="后备干部推优", en="reserve-cadre recommendation"),
    "excellent_grade": Text(zh="年终优秀等次评比", en="the year-end excellent grade"),
}

#: The unit kind each use applies to (None: any).
_KIND: dict[Use, UnitKind | None] = {
    "honours": "village",
    "promotion": "cadre",
    "reserve_cadres": None,
    "excellent_grade": None,
}

_OUTCOME: dict[CutStatus, str] = {
    "eligible": "qualifies",
    "not_eligible": "does_not_qualify",
    "undecided": "undecided",
    "not_ranked": "not_ranked",
}


class _Use:
    """Texts of the four uses of the result (考核结果作为……的重要依据): honours and the rest."""

    basis = Say(
        "考核结果是{use}的重要依据;{unit}排名第{rank}名({points}分),共{ranked}个单位参加排名",
        "The result is an important basis for {use}; {unit} ranks {rank} of {ranked} "
        "({points} points)",
    )
    within = Say("名额{places}个,第{rank}名在名额之内", "{places} place(s); rank {rank} is within")
    outside = Say(
        "名额{places}个,第{rank}名在名额之外", "{places} place(s); rank {rank} is outside"
    )
    reached = Say(
        "最低得分{line}分,本单位已达到", "The score line is {line}; the unit is at or above it"
    )
    below = Say("最低得分{line}分,本单位未达到", "The score line is {line}; the unit is below it")
    decided = Say(
        "{unit}(第{rank}名,{points}分){verdict}{use}条件",
        "{unit} (rank {rank}, {points} points) {verdict} for {use}",
    )
    not_ranked = Say(
        "{unit}{year}年度考核不完整(缺{months}月),不能据此确定{use}",
        "{unit} is not ranked for {year} (month(s) {months} missing): "
        "no {use} decision can rest on it",
    )


_VERDICT = {
    "qualifies": Text(zh="符合", en="qualifies"),
    "does_not_qualify": Text(zh="不符合", en="does not qualify"),
    "undecided": Text(
        zh="待定(提交镇党委研究)", en="is undecided (referred to the town party committee)"
    ),
}


#: The ties of a use with no places: it cuts nothing, so no tie parameter is read.
_NO_CUT = Ties(TiePolicy.REFER)


@dataclass(frozen=True)
class _Terms:
    """A use's terms for one town's year: its places (from a quota or share), line and ties."""

    use: Use
    ranked: int
    min_points: Decimal | None
    places: int | None = None
    ties: Ties = _NO_CUT  # read, and so recorded, only when there are places


_LIMITS = ("quota", "share", "min_points")


def _read_terms(ctx: RuleContext, use: Use, ranked: int) -> _Terms:
    """The use's quota, share and score line (recorded when set), the rounding and the ties."""
    probe = ctx.fork()  # read all three, record only those set
    quota, share, min_points = (probe.param(f"assessment.{use}_{s}") for s in _LIMITS)
    if quota is None and share is None and min_points is None:
        raise MissingParameterError(
            f"assessment.{use}_quota: the seeds give no quota or score line for "
            f"{USE_NAMES[use].en}; set assessment.{use}_quota, assessment.{use}_share or "
            f"assessment.{use}_min_points",
            parameter=f"assessment.{use}_quota",
        )
    for suffix, value in zip(_LIMITS, (quota, share, min_points), strict=True):
        if value is not None:
            ctx.record(f"assessment.{use}_{suffix}", value)
    places: int | None = quota
    if quota is None and share is not None:
        places = _share_places(share, ranked, ctx.param("assessment.quota_share_rounding"))
    if places is None:
        return _Terms(use, ranked, min_points)
    return _Terms(use, ranked, min_points, places, read_ties(ctx))


def _share_places(share: Decimal, ranked: int, rounding: str) -> int:
    exact = Fraction(share) * ranked
    if rounding == "down":
        return math.floor(exact)
    if rounding == "up":
        return math.ceil(exact)
    return math.floor(exact + Fraction(1, 2))


def _qualify(
    fn: Callable[..., Any], use: Use, totals: TotalsInput, policy: Policy | None
) -> tuple[Decision[UseResult], ...]:
    """The decisions of use rule ``fn``: one per unit, by town and year, in rank order."""
    groups = group_totals(totals)
    kind_needed = _KIND[use]
    if kind_needed is not None:
        wrong = sorted({t.unit for (_, _, k), g in groups.items() if k != kind_needed for t in g})
        if wrong:
            raise RecordError(
                f"{USE_NAMES[use].en} applies to {kind_needed} units; these are not: "
                f"{', '.join(wrong)}"
            )
    out: list[Decision[UseResult]] = []
    for (year, _town, _kind), group in groups.items():
        ctx = RuleContext(fn, policy, on=assessment_day(year))
        order = ranked_order(group)
        terms = _read_terms(ctx, use, len(order))
        ctx.uses(rank, annual_totals)
        cuts = {} if terms.places is None else top_n_cut(order, terms.places, terms.ties)
        for t, r in order:
            out.append(_use_decision(ctx, terms, t, r, cuts.get(t.unit, Cut("eligible", "rank"))))
        unranked = [t for t in group if not t.rankable]
        if unranked:  # their decisions rest on the annual result alone, not on a rank
            alone = ctx.fork()
            _read_terms(alone, use, len(order))
            out.extend(_use_not_ranked(alone, terms, t) for t in unranked)
    return tuple(out)


def _use_decision(
    ctx: RuleContext, terms: _Terms, t: AnnualTotal, r: int, c: Cut
) -> Decision[UseResult]:
    use, points = USE_NAMES[terms.use], show(t.points)
    reasons = [
        ctx.reason(_Use.basis, use=use, unit=t.unit, rank=r, points=points, ranked=terms.ranked)
    ]
    status: CutStatus = c.status
    decided_by: UseDecidedBy = c.decided_by
    if terms.places is not None:
        if c.decided_by == "rank":
            inside = _Use.within if c.status == "eligible" else _Use.outside
            reasons.append(ctx.reason(inside, places=terms.places, rank=r))
        else:
            reasons.append(tie_reason(ctx, c, terms.ties, terms.places))
    if terms.min_points is not None:
        below = t.points < terms.min_points
        line = _Use.below if below else _Use.reached
        reasons.append(ctx.reason(line, line=show(terms.min_points)))
        if below and status != "not_eligible":
            status, decided_by = "not_eligible", "min_points"
    outcome = _OUTCOME[status]
    return ctx.decide(
        outcome,
        _use_result(terms, t, r, status, decided_by, c.tied_units),
        _Use.decided,
        subject=subject_of(t.unit, t.year),
        reasons=reasons,
        unit=t.unit,
        rank=r,
        points=points,
        verdict=_VERDICT[outcome],
        use=use,
    )


def _use_not_ranked(ctx: RuleContext, terms: _Terms, t: AnnualTotal) -> Decision[UseResult]:
    return ctx.decide(
        "not_ranked",
        _use_result(terms, t, None, "not_ranked", "not_ranked"),
        _Use.not_ranked,
        subject=subject_of(t.unit, t.year),
        reasons=[incomplete_year(t.missing_months)],
        unit=t.unit,
        year=t.year,
        months=t.missing_months,
        use=USE_NAMES[terms.use],
    )


def _use_result(
    terms: _Terms,
    t: AnnualTotal,
    r: int | None,
    status: CutStatus,
    decided_by: UseDecidedBy,
    tied: tuple[str, ...] = (),
) -> UseResult:
    """A unit's result for the use (``r`` None: not ranked, and then its missing months)."""
    return UseResult(
        unit=t.unit,
        town=t.town,
        kind=t.kind,
        year=t.year,
        use=terms.use,
        points=t.points,
        rank=r,
        places=terms.places,
        min_points=terms.min_points,
        status=status,
        decided_by=decided_by,
        tied_units=tied,
        missing_months=t.missing_months if r is None else (),
    )


def _params_of(use: Use) -> tuple[str, ...]:
    return (
        f"assessment.{use}_quota",
        f"assessment.{use}_share",
        f"assessment.{use}_min_points",
        "assessment.quota_share_rounding",
        "assessment.tie_policy",
        "assessment.tie_secondary_keys",
        "assessment.tie_still_tied",
    )


@rule(
    "assessment.honours",
    zh="千分制考核结果作为村级组织评先评优的重要依据",
    en="The annual result as a basis for honouring village organizations",
    document=S000,
    section="第一篇 一、三是",
    quote=USE_NAMES["honours"].zh,
    parameters=_params_of("honours"),
)
def honours(
    totals: TotalsInput, *, policy: Policy | None = None
) -> tuple[Decision[UseResult], ...]:
    """村级组织评先评优 — which villages qualify for honours by the annual result.

    The seed makes the result an important basis (重要依据) but gives no
    quota or score line: set ``assessment.honours_quota`` (or ``_share``)
    and/or ``assessment.honours_min_points``; with none set this raises
    :class:`~orgwork.errors.MissingParameterError`. A tie across the last
    place follows ``assessment.tie_policy``. Order and subjects (``"<unit>:<year>"``) as
    :func:`rank`.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", year=2025, month=m, points={"goals": p})
        ...           for u, p in [("甲村", 83), ("乙村", 80)] for m in range(1, 13)]
        >>> honours(annual_totals(sheets))
        Traceback (most recent call last):
        ...
        orgwork.errors.MissingParameterError: assessment.honours_quota: the seeds give no quota ...
        >>> p = Policy.default().override({"assessment.honours_quota": 1})
        >>> [(d.value.unit, d.outcome) for d in honours(annual_totals(sheets), policy=p)]
        [('甲村', 'qualifies'), ('乙村', 'does_not_qualify')]
    """
    return _qualify(honours, "honours", totals, policy)


@rule(
    "assessment.promotion_basis",
    zh="千分制考核结果作为镇中层干部提拔使用的重要依据",
    en="The annual result as a basis for promoting town mid-level cadres",
    document=S000,
    section="第一篇 一、三是",
    quote=USE_NAMES["promotion"].zh,
    parameters=_params_of("promotion"),
)
def promotion_shortlist(
    totals: TotalsInput, *, policy: Policy | None = None
) -> tuple[Decision[UseResult], ...]:
    """镇中层干部提拔使用 — which town cadres the result puts forward for promotion.

    For cadres (``kind="cadre"``) only. Needs ``assessment.promotion_quota``,
    ``_share`` or ``_min_points`` (no seed default).

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", kind="cadre", year=2025, month=m,
        ...                        points={"goals": p})
        ...           for u, p in [("张三", 83), ("李四", 80)] for m in range(1, 13)]
        >>> p = Policy.default().override({"assessment.promotion_min_points": 990})
        >>> [d.outcome for d in promotion_shortlist(annual_totals(sheets), policy=p)]
        ['qualifies', 'does_not_qualify']
    """
    return _qualify(promotion_shortlist, "promotion", totals, policy)


@rule(
    "assessment.reserve_cadres",
    zh="千分制考核结果作为后备干部推优的重要依据",
    en="The annual result as a basis for recommending reserve cadres",
    document=S000,
    section="第一篇 一、三是",
    quote=USE_NAMES["reserve_cadres"].zh,
    parameters=_params_of("reserve_cadres"),
)
def reserve_cadre_recommendation(
    totals: TotalsInput, *, policy: Policy | None = None
) -> tuple[Decision[UseResult], ...]:
    """后备干部推优 — which units the result recommends as reserve cadres.

    Needs ``assessment.reserve_cadres_quota``, ``_share`` or ``_min_points``.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", kind="cadre", year=2025, month=m,
        ...                        points={"goals": p})
        ...           for u, p in [("张三", 83), ("李四", 80), ("王五", 70)] for m in range(1, 13)]
        >>> p = Policy.default().override({"assessment.reserve_cadres_share": "0.5"})
        >>> [(d.value.unit, d.outcome) for d in reserve_cadre_recommendation(annual_totals(sheets), policy=p)]
        [('张三', 'qualifies'), ('李四', 'does_not_qualify'), ('王五', 'does_not_qualify')]
    """
    return _qualify(reserve_cadre_recommendation, "reserve_cadres", totals, policy)


@rule(
    "assessment.excellent_grade",
    zh="千分制考核结果作为年终优秀等次评比的重要依据",
    en="The annual result as a basis for the year-end excellent grade",
    document=S000,
    section="第一篇 一、三是",
    quote=USE_NAMES["excellent_grade"].zh,
    parameters=_params_of("excellent_grade"),
)
def excellent_grade(
    totals: TotalsInput, *, policy: Policy | None = None
) -> tuple[Decision[UseResult], ...]:
    """年终优秀等次 — which units the result puts forward for the year-end 优秀 grade.

    Needs ``assessment.excellent_grade_quota``, ``_share`` or ``_min_points``.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", kind="cadre", year=2025, month=m,
        ...                        points={"goals": p})
        ...           for u, p in [("张三", 80), ("李四", 80)] for m in range(1, 13)]
        >>> p = Policy.default().override({"assessment.excellent_grade_quota": 1})
        >>> [d.outcome for d in excellent_grade(annual_totals(sheets), policy=p)]
        ['undecided', 'undecided']
    """
    return _qualify(excellent_grade, "excellent_grade", totals, policy)


class _Committee:
    """Texts of assessment.attend_party_committee (村党组织书记可列席镇党委会)."""

    may_attend = Say(
        "{village}党组织书记可列席镇党委会",
        "{village}'s party secretary may attend town party committee meetings",
    )
    not_provided = Say(
        "{village}党组织书记不列席镇党委会(本地未采用)",
        "{village}'s party secretary does not attend town party committee meetings "
        "(not adopted locally)",
    )
    seed = Say(
        "村党组织书记可列席镇党委会,参与重大事项决策",
        "Village party secretaries may attend town party committee meetings "
        "and take part in deciding major matters",
    )
    not_adopted = Say(
        "本地政策未采用村党组织书记列席镇党委会",
        "The local policy has not adopted attendance by village secretaries",
    )


@rule(
    "assessment.attend_party_committee",
    zh="村党组织书记可列席镇党委会,参与重大事项决策",
    en="Village party secretaries may attend town party committee meetings on major matters",
    document=S000,
    section="第一篇 一、一是",
    quote="村党组织书记可列席镇党委会,参与重大事项决策",
    parameters=("assessment.secretaries_attend_committee",),
)
def committee_attendance(
    villages: Iterable[str], *, on: dt.date, policy: Policy | None = None
) -> tuple[Decision[bool], ...]:
    """列席镇党委会 — whether each village's party secretary may attend town committee meetings.

    The seed lets every village party secretary attend (列席: present and
    heard on major matters, without being a member) whatever the village's
    rank; a locality that has not adopted this sets
    ``assessment.secretaries_attend_committee = false``, read on the day
    ``on`` (keyword-only and required: the policy in force that day decides;
    a ``datetime`` at midnight counts as its date, any other time is a
    ``ValidationError`` naming ``on``). One decision per village, ordered by id.

    ``villages`` is a collection of village ids: a bare string, a village
    listed twice (:class:`~orgwork.errors.RecordError`) or a blank id, an id
    with leading or trailing spaces or a non-string (a pydantic
    ``ValidationError`` naming ``villages``) are refused, never guessed at.

    Examples:
        >>> [d.value for d in committee_attendance(["朱家村", "石家村"], on=dt.date(2025, 3, 1))]
        [True, True]
        >>> committee_attendance(["朱家村", "朱家村"], on=dt.date(2025, 3, 1))
        Traceback (most recent call last):
        ...
        orgwork.errors.RecordError: village listed more than once: 朱家村
    """
    if isinstance(villages, (str, bytes)):
        raise RecordError("villages: expected a collection of village ids, not a single string")
    ids: tuple[str, ...] = as_field(tuple[TrimmedId, ...], villages, "villages")
    check_unique(ids, "village")
    ctx = RuleContext(committee_attendance, policy, on=as_date(on, "on"))
    allowed: bool = ctx.param("assessment.secretaries_attend_committee")
    ctx.say(_Committee.seed if allowed else _Committee.not_adopted)
    outcome, headline = (
        ("may_attend", _Committee.may_attend)
        if allowed
        else ("not_provided", _Committee.not_provided)
    )
    return tuple(ctx.decide(outcome, allowed, headline, subject=v, village=v) for v in sorted(ids))
