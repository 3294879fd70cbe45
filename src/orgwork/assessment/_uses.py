"""The uses of the annual result (评先评优, 提拔使用, 后备干部推优, 年终优秀等次) and 列席镇党委会."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from orgwork._args import as_date, as_field, check_unique
from orgwork.assessment._annual import S000, assessment_day, months_text, subject_of
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
    RANK_RULE,
    Cut,
    TotalsInput,
    group_totals,
    ranked_order,
    tie_parameters,
    tie_text,
    top_n_cut,
)
from orgwork.decision import Decision, ParamValue, Reason, Text
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy, resolve
from orgwork.policy.assessment import AssessmentPolicy, Use
from orgwork.rules import rule

__all__ = [
    "USE_LABELS",
    "committee_attendance",
    "excellent_grade",
    "honours",
    "promotion_shortlist",
    "reserve_cadre_recommendation",
]

#: Each use's rule id, Chinese and English names, and the unit kind it applies to (None: any).
USE_LABELS: dict[Use, tuple[str, str, str, UnitKind | None]] = {
    "honours": (
        "assessment.honours",
        "村级组织评先评优",
        "village organization honours",
        "village",
    ),
    "promotion": (
        "assessment.promotion_basis",
        "镇中层干部提拔使用",
        "promotion of town mid-level cadres",
        "cadre",
    ),
    "reserve_cadres": (
        "assessment.reserve_cadres",
        "后备干部推优",
        "reserve-cadre recommendation",
        None,
    ),
    "excellent_grade": (
        "assessment.excellent_grade",
        "年终优秀等次评比",
        "the year-end excellent grade",
        None,
    ),
}

_OUTCOME: dict[CutStatus, str] = {
    "eligible": "qualifies",
    "not_eligible": "does_not_qualify",
    "undecided": "undecided",
    "not_ranked": "not_ranked",
}


def _places(a: AssessmentPolicy, use: Use, ranked: int) -> int | None:
    quota: int | None = getattr(a, f"{use}_quota")
    if quota is not None:
        return quota
    share = getattr(a, f"{use}_share")
    if share is None:
        return None
    exact = Fraction(share) * ranked
    if a.quota_share_rounding == "down":
        return math.floor(exact)
    if a.quota_share_rounding == "up":
        return math.ceil(exact)
    return math.floor(exact + Fraction(1, 2))


def _use_parameters(a: AssessmentPolicy, use: Use) -> dict[str, ParamValue]:
    out: dict[str, ParamValue] = {}
    for suffix in ("quota", "share", "min_points"):
        value = getattr(a, f"{use}_{suffix}")
        if value is not None:
            out[f"assessment.{use}_{suffix}"] = str(value) if suffix != "quota" else value
    if getattr(a, f"{use}_share") is not None:
        out["assessment.quota_share_rounding"] = a.quota_share_rounding
    return out


def _qualify(
    totals: TotalsInput, use: Use, policy: Policy | None
) -> tuple[Decision[UseResult], ...]:
    _, _, en_use, kind_needed = USE_LABELS[use]
    groups = group_totals(totals)
    if kind_needed is not None:
        wrong = sorted({t.unit for (_, _, k), g in groups.items() if k != kind_needed for t in g})
        if wrong:
            raise RecordError(
                f"{en_use} applies to {kind_needed} units; these are not: {', '.join(wrong)}"
            )
    out: list[Decision[UseResult]] = []
    for (year, _town, _kind), group in groups.items():
        a = resolve(policy, assessment_day(year)).assessment
        min_points = getattr(a, f"{use}_min_points")
        if all(getattr(a, f"{use}_{s}") is None for s in ("quota", "share", "min_points")):
            raise MissingParameterError(
                f"assessment.{use}_quota: the seeds give no quota or score line for {en_use}; "
                f"set assessment.{use}_quota, assessment.{use}_share or "
                f"assessment.{use}_min_points",
                parameter=f"assessment.{use}_quota",
            )
        order = ranked_order(group)
        places = _places(a, use, len(order))
        cuts = top_n_cut(order, places, a) if places is not None else {}
        params = _use_parameters(a, use)
        if places is not None:
            params.update(tie_parameters(a))
        for t, r in order:
            c = cuts.get(t.unit, Cut("eligible", "rank"))
            out.append(_use_decision(t, r, len(order), c, use, places, min_points, a, params))
        for t in group:
            if not t.rankable:
                out.append(_use_not_ranked(t, use, places, min_points, params))
    return tuple(out)


def _use_decision(
    t: AnnualTotal,
    r: int,
    ranked: int,
    c: Cut,
    use: Use,
    places: int | None,
    min_points: Decimal | None,
    a: AssessmentPolicy,
    params: dict[str, ParamValue],
) -> Decision[UseResult]:
    rule_id, zh_use, en_use, _ = USE_LABELS[use]
    status: CutStatus = c.status
    decided_by: UseDecidedBy = c.decided_by
    reasons = [
        Reason(
            rule=rule_id,
            zh=f"考核结果是{zh_use}的重要依据;{t.unit}排名第{r}名({show(t.points)}分),"
            f"共{ranked}个单位参加排名",
            en=f"The result is an important basis for {en_use}; {t.unit} ranks {r} of "
            f"{ranked} ({show(t.points)} points)",
        )
    ]
    if places is not None:
        if c.decided_by == "rank":
            inside = c.status == "eligible"
            reasons.append(
                Reason(
                    rule=rule_id,
                    zh=f"名额{places}个,第{r}名" + ("在名额之内" if inside else "在名额之外"),
                    en=f"{places} place(s); rank {r} is " + ("within" if inside else "outside"),
                )
            )
        else:
            zh, en = tie_text(c, a, places)
            reasons.append(Reason(rule=rule_id, zh=zh, en=en))
    if min_points is not None:
        line = show(min_points)
        below = t.points < min_points
        reasons.append(
            Reason(
                rule=rule_id,
                zh=f"最低得分{line}分,本单位" + ("未达到" if below else "已达到"),
                en=f"The score line is {line}; the unit is "
                + ("below it" if below else "at or above it"),
            )
        )
        if below and status != "not_eligible":
            status, decided_by = "not_eligible", "min_points"
    outcome = _OUTCOME[status]
    verdict_zh = {
        "qualifies": "符合",
        "does_not_qualify": "不符合",
        "undecided": "待定(提交镇党委研究)",
    }[outcome]
    verdict_en = {
        "qualifies": "qualifies",
        "does_not_qualify": "does not qualify",
        "undecided": "is undecided (referred to the town party committee)",
    }[outcome]
    return Decision[UseResult](
        rule=rule_id,
        subject=subject_of(t.unit, t.year),
        outcome=outcome,
        value=UseResult(
            unit=t.unit,
            town=t.town,
            kind=t.kind,
            year=t.year,
            use=use,
            points=t.points,
            rank=r,
            places=places,
            min_points=min_points,
            status=status,
            decided_by=decided_by,
            tied_units=c.tied_units,
        ),
        headline=Text(
            zh=f"{t.unit}(第{r}名,{show(t.points)}分){verdict_zh}{zh_use}条件",
            en=f"{t.unit} (rank {r}, {show(t.points)} points) {verdict_en} for {en_use}",
        ),
        reasons=tuple(reasons),
        rules=(RANK_RULE, "assessment.annual_total"),
        parameters=params,
    )


def _use_not_ranked(
    t: AnnualTotal,
    use: Use,
    places: int | None,
    min_points: Decimal | None,
    params: dict[str, ParamValue],
) -> Decision[UseResult]:
    rule_id, zh_use, en_use, _ = USE_LABELS[use]
    return Decision[UseResult](
        rule=rule_id,
        subject=subject_of(t.unit, t.year),
        outcome="not_ranked",
        value=UseResult(
            unit=t.unit,
            town=t.town,
            kind=t.kind,
            year=t.year,
            use=use,
            points=t.points,
            rank=None,
            places=places,
            min_points=min_points,
            status="not_ranked",
            decided_by="not_ranked",
            missing_months=t.missing_months,
        ),
        headline=Text(
            zh=f"{t.unit}{t.year}年度考核不完整(缺{months_text(t.missing_months)}),"
            f"不能据此确定{zh_use}",
            en=f"{t.unit} is not ranked for {t.year} (month(s) "
            f"{months_text(t.missing_months, 'en')} missing): no {en_use} decision can rest on it",
        ),
        reasons=(
            Reason(
                rule="assessment.annual_total",
                zh=f"缺{months_text(t.missing_months)}评分,年度结果不完整",
                en=f"Month(s) {months_text(t.missing_months, 'en')} have no sheet",
            ),
        ),
        rules=(rule_id,),
        parameters=params,
    )


_QUOTES = {
    "honours": "村级组织评先评优",
    "promotion": "镇中层干部提拔使用",
    "reserve_cadres": "后备干部推优",
    "excellent_grade": "年终优秀等次评比",
}


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
    quote=_QUOTES["honours"],
    parameters=_params_of("honours"),
    public_name="orgwork.assessment.honours",
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
    return _qualify(totals, "honours", policy)


@rule(
    "assessment.promotion_basis",
    zh="千分制考核结果作为镇中层干部提拔使用的重要依据",
    en="The annual result as a basis for promoting town mid-level cadres",
    document=S000,
    section="第一篇 一、三是",
    quote=_QUOTES["promotion"],
    parameters=_params_of("promotion"),
    public_name="orgwork.assessment.promotion_shortlist",
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
    return _qualify(totals, "promotion", policy)


@rule(
    "assessment.reserve_cadres",
    zh="千分制考核结果作为后备干部推优的重要依据",
    en="The annual result as a basis for recommending reserve cadres",
    document=S000,
    section="第一篇 一、三是",
    quote=_QUOTES["reserve_cadres"],
    parameters=_params_of("reserve_cadres"),
    public_name="orgwork.assessment.reserve_cadre_recommendation",
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
    return _qualify(totals, "reserve_cadres", policy)


@rule(
    "assessment.excellent_grade",
    zh="千分制考核结果作为年终优秀等次评比的重要依据",
    en="The annual result as a basis for the year-end excellent grade",
    document=S000,
    section="第一篇 一、三是",
    quote=_QUOTES["excellent_grade"],
    parameters=_params_of("excellent_grade"),
    public_name="orgwork.assessment.excellent_grade",
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
    return _qualify(totals, "excellent_grade", policy)


@rule(
    "assessment.attend_party_committee",
    zh="村党组织书记可列席镇党委会,参与重大事项决策",
    en="Village party secretaries may attend town party committee meetings on major matters",
    document=S000,
    section="第一篇 一、一是",
    quote="村党组织书记可列席镇党委会,参与重大事项决策",
    parameters=("assessment.secretaries_attend_committee",),
    public_name="orgwork.assessment.committee_attendance",
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
    a = resolve(policy, as_date(on, "on")).assessment
    allowed = a.secretaries_attend_committee
    out = []
    for v in sorted(ids):
        out.append(
            Decision[bool](
                rule="assessment.attend_party_committee",
                subject=v,
                outcome="may_attend" if allowed else "not_provided",
                value=allowed,
                headline=Text(
                    zh=f"{v}党组织书记"
                    + ("可列席镇党委会" if allowed else "不列席镇党委会(本地未采用)"),
                    en=f"{v}'s party secretary "
                    + (
                        "may attend town party committee meetings"
                        if allowed
                        else "does not attend town party committee meetings (not adopted locally)"
                    ),
                ),
                reasons=(
                    Reason(
                        rule="assessment.attend_party_committee",
                        zh="村党组织书记可列席镇党委会,参与重大事项决策"
                        if allowed
                        else "本地政策未采用村党组织书记列席镇党委会",
                        en="Village party secretaries may attend town party committee meetings "
                        "and take part in deciding major matters"
                        if allowed
                        else "The local policy has not adopted attendance by village secretaries",
                    ),
                ),
                parameters={"assessment.secretaries_attend_committee": allowed},
            )
        )
    return tuple(out)
