"""The uses of the annual result (评先评优, 提拔使用, 后备干部推优, 年终优秀等次) and 列席镇党委会."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from orgwork._args import as_date, as_field, as_strings, check_unique
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
    MissingSheets,
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
    hold_reason,
    rank,
    ranked_order,
    read_hold,
    read_ties,
    tie_reason,
    top_n_cut,
)
from orgwork.decision import Decision, Reason, RuleContext, Say, Text
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy, checked_policy
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
    """Texts of the four uses of the result (考核结果作为……的重要依据): honours and the rest.

    The result is a basis (重要依据) for the town party committee's decision,
    not a gate: a unit is listed in, or left out of, the recommendation; it is
    never told it does not meet a condition.
    """

    basis = Say(
        "考核结果是{use}的重要依据,由镇党委研究决定;{unit}排名第{rank}名({points}分),"
        "共{ranked}个单位参加排名",
        "The result is an important basis for {use}, decided by the town party committee; "
        "{unit} ranks {rank} of {ranked} ({points} points)",
    )
    within = Say("名额{places}个,第{rank}名在名额之内", "{places} place(s); rank {rank} is within")
    outside = Say(
        "名额{places}个,第{rank}名在名额之外", "{places} place(s); rank {rank} is outside"
    )
    reached = Say(
        "最低得分{line}分,本单位已达到", "The score line is {line}; the unit is at or above it"
    )
    below = Say("最低得分{line}分,本单位未达到", "The score line is {line}; the unit is below it")
    listed = Say(
        "{unit}(第{rank}名,{points}分)列入{use}推荐名单,提交镇党委研究决定",
        "{unit} (rank {rank}, {points} points) is listed in the recommendation for {use}, "
        "for the town party committee to decide",
    )
    not_listed = Say(
        "{unit}(第{rank}名,{points}分)未列入{use}推荐名单;排名作为依据供镇党委研究",
        "{unit} (rank {rank}, {points} points) is not listed in the recommendation for {use}; "
        "its place goes to the town party committee as a basis",
    )
    undecided = Say(
        "{unit}(第{rank}名,{points}分)是否列入{use}推荐名单待定,提交镇党委研究",
        "{unit} (rank {rank}, {points} points): whether it is listed for {use} is undecided, "
        "referred to the town party committee",
    )
    held = Say(
        "{unit}(第{rank}名,{points}分){use}推荐名单暂缓确定,提交镇党委研究",
        "{unit} (rank {rank}, {points} points): the recommendation for {use} is held, "
        "referred to the town party committee",
    )
    not_ranked = Say(
        "{unit}{year}年度考核不完整(缺{months}月),未参加排名,{use}由镇党委研究",
        "{unit} is not ranked for {year} (month(s) {months} missing): "
        "{use} is for the town party committee to consider",
    )
    cap = Say(
        "{unit}是公务员:按{document},优秀等次人数一般不超过参加年度考核的公务员总人数的"
        "{share}%({civil}名公务员,至多{places}名);本单位在公务员中排名第{rank}名,{place}",
        "{unit} is a civil servant: under {document} no more than {share}% of the {civil} civil "
        "servants assessed may be graded 优秀 ({places} at most); the unit ranks {rank} among "
        "them: {place}",
    )


_HEADLINE = {
    "qualifies": _Use.listed,
    "does_not_qualify": _Use.not_listed,
    "undecided": _Use.undecided,
}

_CAP_PLACE = {
    "eligible": Text(zh="在比例之内", en="within the share"),
    "not_eligible": Text(zh="超出比例,不列入优秀等次推荐", en="beyond the share: not listed"),
    "undecided": Text(zh="在比例线上并列,提交镇党委研究", en="tied at the share's limit: referred"),
}

#: The national rules on the share graded 优秀 among civil servants.
_CS_DOCUMENT = Text(
    zh="《公务员考核规定》", en="the 公务员考核规定 (civil servant assessment rules)"
)


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
    held: MissingSheets = ()  # the town's missing sheets, when they hold the cut


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


@dataclass(frozen=True)
class _Cap:
    """The national 优秀 share among a town's civil servants: its places and their cut."""

    share: Decimal
    civil: int
    places: int
    cuts: dict[str, Cut]
    ranks: dict[str, int]


def _read_cap(
    ctx: RuleContext, group: list[AnnualTotal], civil: frozenset[str], ties: Ties
) -> _Cap | None:
    """公务员考核规定: at most the national share of the civil servants assessed are 优秀."""
    mine = [t for t in group if t.unit in civil]
    if not mine or assessment_day(mine[0].year) < ctx.param(
        "assessment.civil_servant_excellent_share_since"
    ):
        return None
    share: Decimal = ctx.param("assessment.civil_servant_excellent_share")
    places = math.floor(Fraction(share) * len(mine))  # 不超过: never rounded up
    ties = ties if ties is not _NO_CUT else read_ties(ctx)
    order = ranked_order(mine)
    cuts = top_n_cut(order, places, ties)
    return _Cap(share, len(mine), places, cuts, {t.unit: r for t, r in order})


def _civil_servants(
    civil_servants: Iterable[str], groups: dict[Any, list[AnnualTotal]]
) -> frozenset[str]:
    if isinstance(civil_servants, (str, bytes)):
        raise RecordError("civil_servants: expected a collection of cadre ids, not a string")
    named = frozenset(as_strings(civil_servants, "civil_servants"))
    cadres = {t.unit for (_, _, k), g in groups.items() if k == "cadre" for t in g}
    unknown = sorted(named - cadres)
    if unknown:
        raise RecordError(
            "civil_servants names units that are not cadres in the totals: " + ", ".join(unknown)
        )
    return named


def _qualify(
    fn: Callable[..., Any],
    use: Use,
    totals: TotalsInput,
    policy: Policy | None,
    civil_servants: Iterable[str] = (),
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
    civil = _civil_servants(civil_servants, groups)
    out: list[Decision[UseResult]] = []
    for (year, _town, _kind), group in groups.items():
        ctx = RuleContext(fn, policy, on=assessment_day(year))
        order = ranked_order(group)
        terms = _read_terms(ctx, use, len(order))
        ctx.uses(rank, annual_totals)
        cuts: dict[str, Cut] = {}
        places = terms.places
        if places is not None:
            # a cut of no places (a share that rounds to nothing) has nothing to hold back
            held = read_hold(ctx, group) if places else ()
            terms = _Terms(use, terms.ranked, terms.min_points, places, terms.ties, held)
            cuts = _held(order) if held else top_n_cut(order, places, terms.ties)
        cap = None if terms.held else _read_cap(ctx, group, civil, terms.ties)
        for t, r in order:
            c = cuts.get(t.unit, Cut("eligible", "rank"))
            out.append(_use_decision(ctx, terms, t, r, c, cap))
        unranked = [t for t in group if not t.rankable]
        if unranked:  # their decisions rest on the annual result alone, not on a rank
            alone = ctx.fork()
            if _read_terms(alone, use, len(order)).places:
                read_hold(alone, group)
            out.extend(_use_not_ranked(alone, terms, t) for t in unranked)
    return tuple(out)


def _held(order: list[tuple[AnnualTotal, int]]) -> dict[str, Cut]:
    return {t.unit: Cut("undecided", "missing_sheets") for t, _ in order}


def _use_decision(
    ctx: RuleContext, terms: _Terms, t: AnnualTotal, r: int, c: Cut, cap: _Cap | None
) -> Decision[UseResult]:
    use, points = USE_NAMES[terms.use], show(t.points)
    reasons = [
        ctx.reason(_Use.basis, use=use, unit=t.unit, rank=r, points=points, ranked=terms.ranked)
    ]
    status: CutStatus = c.status
    decided_by: UseDecidedBy = c.decided_by
    if c.decided_by == "missing_sheets":
        assert terms.places  # held only when there are places to hold
        reasons.append(hold_reason(ctx, t, terms.held, terms.places))
    elif terms.places is not None:
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
    if cap is not None and t.unit in cap.cuts:
        k = cap.cuts[t.unit]
        reasons.append(_cap_reason(ctx, cap, t.unit))
        if status != "not_eligible" and (
            k.status == "not_eligible" or (k.status == "undecided" and status == "eligible")
        ):
            status = k.status
            decided_by = "national_cap" if k.status == "not_eligible" else "tie_policy"
    outcome = _OUTCOME[status]
    headline = _Use.held if decided_by == "missing_sheets" else _HEADLINE[outcome]
    return ctx.decide(
        outcome,
        _use_result(terms, t, r, status, decided_by, c.tied_units, cap),
        headline,
        subject=subject_of(t.unit, t.year),
        reasons=reasons,
        unit=t.unit,
        rank=r,
        points=points,
        use=use,
    )


def _cap_reason(ctx: RuleContext, cap: _Cap, unit: str) -> Reason:
    """优秀等次人数一般不超过参加年度考核的公务员总人数的20%: this civil servant's place."""
    return ctx.reason(
        _Use.cap,
        unit=unit,
        document=_CS_DOCUMENT,
        share=show(cap.share * 100),
        civil=cap.civil,
        places=cap.places,
        rank=cap.ranks[unit],
        place=_CAP_PLACE[cap.cuts[unit].status],
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
    cap: _Cap | None = None,
) -> UseResult:
    """A unit's result for the use (``r`` None: not ranked, and then its missing months)."""
    civil = cap is not None and t.unit in cap.cuts
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
        missing_sheets=terms.held if decided_by == "missing_sheets" else (),
        civil_servant=civil,
        national_places=cap.places if cap is not None and civil else None,
    )


def _params_of(use: Use) -> tuple[str, ...]:
    national = (
        (
            "assessment.civil_servant_excellent_share",
            "assessment.civil_servant_excellent_share_since",
        )
        if use == "excellent_grade"
        else ()
    )
    return (
        f"assessment.{use}_quota",
        f"assessment.{use}_share",
        f"assessment.{use}_min_points",
        "assessment.quota_share_rounding",
        "assessment.missing_sheet_cuts",
        "assessment.tie_policy",
        "assessment.tie_secondary_keys",
        "assessment.tie_still_tied",
        *national,
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
    """村级组织评先评优 — which villages the ranking recommends for honours.

    The seed makes the result an important basis (重要依据), not a gate: the
    ranking is returned as a recommendation to the town party committee
    (outcome ``"qualifies"``: listed; ``"does_not_qualify"``: not listed,
    never "does not meet the conditions"). It gives no quota or score line: set ``assessment.honours_quota`` (or ``_share``)
    and/or ``assessment.honours_min_points``; with none set this raises
    [`MissingParameterError`][orgwork.errors.MissingParameterError]. A tie across the last
    place follows ``assessment.tie_policy``. While a village of the town lacks
    a sheet, a quota is held and referred to the committee, naming the missing
    sheets (``assessment.missing_sheet_cuts``). Order and subjects
    (``"<unit>:<year>"``) as [`rank`][orgwork.assessment.rank].

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
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
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
    """镇中层干部提拔使用 — which town cadres the ranking recommends for promotion.

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
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
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
    """后备干部推优 — which units the ranking recommends as reserve cadres.

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
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
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
    totals: TotalsInput, *, civil_servants: Iterable[str] = (), policy: Policy | None = None
) -> tuple[Decision[UseResult], ...]:
    """年终优秀等次 — which units the ranking recommends for the year-end 优秀 grade.

    Needs ``assessment.excellent_grade_quota``, ``_share`` or ``_min_points``.
    The ranking is a recommendation to the town party committee, not a grade.
    For cadres named in ``civil_servants`` (ids of cadres in ``totals``; any
    other id is a [`RecordError`][orgwork.errors.RecordError]) the national cap of
    the 公务员考核规定 also applies: of the town's civil servants assessed,
    at most ``assessment.civil_servant_excellent_share`` (20%, rounded down)
    are recommended, whatever the local quota or share; a civil servant
    beyond it is not listed (``decided_by="national_cap"``), a tie at its
    limit follows ``assessment.tie_policy``.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals
        >>> sheets = [MonthlySheet(unit=u, town="灵乡镇", kind="cadre", year=2025, month=m,
        ...                        points={"goals": p})
        ...           for u, p in [("张三", 80), ("李四", 80)] for m in range(1, 13)]
        >>> p = Policy.default().override({"assessment.excellent_grade_quota": 1})
        >>> [d.outcome for d in excellent_grade(annual_totals(sheets), policy=p)]
        ['undecided', 'undecided']
        >>> five = [MonthlySheet(unit=u, town="灵乡镇", kind="cadre", year=2025, month=m,
        ...                      points={"goals": p})
        ...         for u, p in [("甲", 83), ("乙", 82), ("丙", 81), ("丁", 80), ("戊", 79)]
        ...         for m in range(1, 13)]
        >>> p = Policy.default().override({"assessment.excellent_grade_share": "0.6"})
        >>> ds = excellent_grade(annual_totals(five), civil_servants=["甲", "乙", "丙", "丁", "戊"],
        ...                      policy=p)
        >>> [(d.value.unit, d.outcome, d.value.decided_by) for d in ds][:3]
        [('甲', 'qualifies', 'rank'), ('乙', 'does_not_qualify', 'national_cap'), ('丙', 'does_not_qualify', 'national_cap')]
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    return _qualify(excellent_grade, "excellent_grade", totals, policy, civil_servants)


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
    listed twice ([`RecordError`][orgwork.errors.RecordError]) or a blank id, an id
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
