"""民主测评与差额评议 — democratic evaluation of applicants and the 差额 ratio of candidates.

Two rules of 001 (干部选拔任用方面, 2、拓宽评价范围):

* In the applications for street-office employee posts (街道事业雇员), the
  applicants are evaluated by the street's leadership, the community cadres
  and the residents' representatives; an applicant whose unit's party
  organization does not endorse them, or whose approval rate is below 80%,
  is disqualified (:func:`approval_decision`).
* For deputy-division posts (副处级岗位), candidates are evaluated 差额 with a
  ratio of 50%: at least half as many candidates again as posts
  (:func:`min_candidates`, :func:`competitive_slate`).

Approval rates are exact fractions and the threshold is compared exactly:
with the default policy 80% passes and every rate below it, however close,
fails.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections.abc import Iterable
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_field, as_models
from orgwork.decision import Decision, Reason, Text, param_value
from orgwork.errors import RecordError
from orgwork.policy import Count, NonNegativeCount, Policy, resolve
from orgwork.rules import rule
from orgwork.selection._common import S001, percent, unique

__all__ = [
    "ApprovalResult",
    "Ballot",
    "BallotChoice",
    "Evaluation",
    "EvaluatorGroup",
    "SlateCheck",
    "Tally",
    "approval_decision",
    "competitive_slate",
    "min_candidates",
]

EVALUATION = "selection.democratic_evaluation"
RATIO = "selection.competitive_ratio"
SLATE = "selection.competitive_slate"


class EvaluatorGroup(enum.StrEnum):
    """民主测评对象 — who evaluates an applicant.

    >>> EvaluatorGroup.RESIDENT_REPRESENTATIVES.zh
    '居民代表'
    """

    STREET_LEADERSHIP = "street_leadership"
    COMMUNITY_CADRES = "community_cadres"
    RESIDENT_REPRESENTATIVES = "resident_representatives"

    @property
    def zh(self) -> str:
        """The group's Chinese name."""
        return _GROUP_ZH[self]

    @property
    def en(self) -> str:
        """The group's English name."""
        return _GROUP_EN[self]


_GROUP_ZH = {
    EvaluatorGroup.STREET_LEADERSHIP: "街道领导班子",
    EvaluatorGroup.COMMUNITY_CADRES: "社区干部",
    EvaluatorGroup.RESIDENT_REPRESENTATIVES: "居民代表",
}
_GROUP_EN = {
    EvaluatorGroup.STREET_LEADERSHIP: "the street's leadership team",
    EvaluatorGroup.COMMUNITY_CADRES: "community cadres",
    EvaluatorGroup.RESIDENT_REPRESENTATIVES: "residents' representatives",
}


class BallotChoice(enum.StrEnum):
    """测评票的选择 — what a ballot says.

    ``ABSTAIN`` (弃权) is a valid ballot that does not approve; ``INVALID``
    (废票) is a spoiled ballot, counted only when the denominator is all
    ballots cast.

    >>> BallotChoice.APPROVE.zh
    '赞同'
    """

    APPROVE = "approve"
    DISAPPROVE = "disapprove"
    ABSTAIN = "abstain"
    INVALID = "invalid"

    @property
    def zh(self) -> str:
        """The choice's Chinese name."""
        return {"approve": "赞同", "disapprove": "不赞同", "abstain": "弃权", "invalid": "废票"}[
            self.value
        ]


class Ballot(BaseModel):
    """一张测评票 — one evaluator's ballot.

    >>> Ballot(group="community_cadres", choice="approve").choice is BallotChoice.APPROVE
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: EvaluatorGroup
    choice: BallotChoice


class Tally(BaseModel):
    """一类测评对象的计票 — the ballots of one evaluator group, counted.

    >>> t = Tally(group="resident_representatives", approve=8, disapprove=1, abstain=1, invalid=2)
    >>> t.valid, t.cast
    (10, 12)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: EvaluatorGroup
    approve: NonNegativeCount = 0
    disapprove: NonNegativeCount = 0
    abstain: NonNegativeCount = 0
    invalid: NonNegativeCount = 0

    @property
    def valid(self) -> int:
        """Valid ballots: approving, disapproving and abstaining."""
        return self.approve + self.disapprove + self.abstain

    @property
    def cast(self) -> int:
        """All ballots cast, spoiled ones included."""
        return self.valid + self.invalid


class Evaluation(BaseModel):
    """一名报名人员的民主测评 — the democratic evaluation of one applicant.

    ``unit_endorsed`` records whether the party organization of the
    applicant's unit endorses them (所在单位党组织认同). ``eligible_evaluators``
    (应参评人数) is needed only when the policy's denominator is all eligible
    evaluators; it cannot be below the ballots cast.

    >>> e = Evaluation(applicant="A01", held_on=dt.date(2012, 5, 10), unit_endorsed=True,
    ...                tallies=[Tally(group="street_leadership", approve=5)])
    >>> e.approvals, e.valid
    (5, 5)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    applicant: str = Field(min_length=1)
    held_on: dt.date
    unit_endorsed: bool
    tallies: tuple[Tally, ...]
    eligible_evaluators: NonNegativeCount | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Evaluation:
        unique((t.group.value for t in self.tallies), "tallies")
        if self.eligible_evaluators is not None and self.eligible_evaluators < self.cast:
            raise ValueError(
                f"eligible_evaluators ({self.eligible_evaluators}) is below the ballots cast "
                f"({self.cast})"
            )
        return self

    @classmethod
    def from_ballots(
        cls,
        applicant: str,
        held_on: dt.date,
        *,
        unit_endorsed: bool,
        ballots: Iterable[Ballot],
        eligible_evaluators: int | None = None,
    ) -> Evaluation:
        """Count individual ballots into an evaluation (groups in their fixed order).

        >>> e = Evaluation.from_ballots("A01", dt.date(2012, 5, 10), unit_endorsed=True,
        ...     ballots=[Ballot(group="community_cadres", choice="approve"),
        ...              Ballot(group="community_cadres", choice="abstain")])
        >>> e.tallies[0].approve, e.tallies[0].abstain
        (1, 1)
        """
        counts: dict[EvaluatorGroup, dict[BallotChoice, int]] = {}
        for b in as_models(Ballot, ballots):
            row = counts.setdefault(b.group, dict.fromkeys(BallotChoice, 0))
            row[b.choice] += 1
        tallies = [
            Tally(group=g, **{c.value: n for c, n in counts[g].items()})
            for g in EvaluatorGroup
            if g in counts
        ]
        return cls(
            applicant=applicant,
            held_on=held_on,
            unit_endorsed=unit_endorsed,
            tallies=tuple(tallies),
            eligible_evaluators=eligible_evaluators,
        )

    @property
    def approvals(self) -> int:
        """Approving ballots, all groups."""
        return sum(t.approve for t in self.tallies)

    @property
    def valid(self) -> int:
        """Valid ballots, all groups."""
        return sum(t.valid for t in self.tallies)

    @property
    def cast(self) -> int:
        """Ballots cast, all groups."""
        return sum(t.cast for t in self.tallies)


class ApprovalResult(BaseModel):
    """测评结果 — the outcome of a democratic evaluation, with the exact approval rate.

    ``rate`` is ``None`` when the denominator is zero (no valid ballots, with
    the default policy); ``eligible`` is then ``None`` too unless the unit's
    endorsement is missing, which disqualifies on its own.

    >>> e = Evaluation(applicant="A", held_on=dt.date(2012, 5, 10), unit_endorsed=True,
    ...     tallies=[Tally(group=g, approve=3, disapprove=1) for g in EvaluatorGroup])
    >>> r = approval_decision(e).value
    >>> r.rate, r.threshold, r.eligible
    (Fraction(3, 4), Fraction(4, 5), False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    applicant: str
    unit_endorsed: bool
    approvals: int
    denominator: int
    basis: str = Field(description="What the denominator counts (selection.approval_denominator).")
    rate: Fraction | None
    threshold: Fraction
    rate_passes: bool | None
    eligible: bool | None


_BASIS_TEXT = {
    "valid_ballots": ("有效票", "valid ballots"),
    "ballots_cast": ("收回的全部票", "ballots cast"),
    "eligible_evaluators": ("应参评人数", "eligible evaluators"),
}


@rule(
    EVALUATION,
    zh="街道事业雇员报名人员民主测评:所在单位党组织不认同或赞同率低于80%的取消报名资格",
    en="Democratic evaluation of applicants for street-office posts: no endorsement by the "
    "unit's party organization, or approval below 80%, disqualifies",
    document=S001,
    section="二、干部选拔任用方面 2、拓宽评价范围",
    quote="凡是所在单位党组织不认同,群众民主测评赞同率低于80%的,一律取消其报名资格",
    parameters=(
        "selection.approval_threshold",
        "selection.approval_at_threshold_passes",
        "selection.approval_denominator",
        "selection.evaluator_groups",
    ),
    public_name="orgwork.selection.approval_decision",
)
def approval_decision(
    evaluation: Evaluation, *, policy: Policy | None = None
) -> Decision[ApprovalResult]:
    """民主测评资格 — whether an applicant keeps their application after the evaluation.

    Disqualified (``"disqualified"``) when the unit's party organization does
    not endorse the applicant **or** the approval rate is below the threshold
    (80%); an approval rate exactly at the threshold passes unless the policy
    says otherwise. The rate is approving ballots over the policy's
    denominator (valid ballots by default), as an exact fraction. With a
    zero denominator the rate is undefined: the outcome is ``"undetermined"``
    (or ``"disqualified"`` when the endorsement is missing anyway).

    Raises :class:`~orgwork.errors.RecordError` when a required evaluator
    group cast no ballot, or the denominator is the eligible evaluators and
    their number is not recorded.

    >>> e = Evaluation(applicant="张三", held_on=dt.date(2012, 5, 10), unit_endorsed=True,
    ...     tallies=[Tally(group="street_leadership", approve=7),
    ...              Tally(group="community_cadres", approve=15, disapprove=3),
    ...              Tally(group="resident_representatives", approve=18, disapprove=7)])
    >>> d = approval_decision(e)
    >>> d.outcome, d.value.rate, d.value.eligible
    ('eligible', Fraction(4, 5), True)
    >>> print(d.headline("en"))
    张三 keeps the application: approval 40/50 = 80% (not below 80%)
    """
    ev = Evaluation.model_validate(evaluation)
    p = resolve(policy, ev.held_on).selection
    required = [EvaluatorGroup(g) for g in p.evaluator_groups]
    voted = {t.group for t in ev.tallies if t.cast > 0}
    missing = [g for g in required if g not in voted]
    if missing:
        raise RecordError(
            f"evaluation of {ev.applicant}: no ballots from "
            + ", ".join(f"{g.value} ({g.zh})" for g in missing)
            + "; the evaluators are "
            + "、".join(g.zh for g in required)
        )
    basis = p.approval_denominator
    if basis == "valid_ballots":
        denominator = ev.valid
    elif basis == "ballots_cast":
        denominator = ev.cast
    else:
        if ev.eligible_evaluators is None:
            raise RecordError(
                f"evaluation of {ev.applicant}: the policy counts the approval rate over all "
                "eligible evaluators (selection.approval_denominator = eligible_evaluators), "
                "but eligible_evaluators is not recorded"
            )
        denominator = ev.eligible_evaluators
    threshold = Fraction(p.approval_threshold)
    at_passes = p.approval_at_threshold_passes
    rate = Fraction(ev.approvals, denominator) if denominator else None
    rate_passes = None if rate is None else (rate > threshold or (rate == threshold and at_passes))
    if not ev.unit_endorsed:
        eligible: bool | None = False
    else:
        eligible = rate_passes

    thr = percent(threshold)
    basis_zh, basis_en = _BASIS_TEXT[basis]
    reasons = [
        Reason(
            rule=EVALUATION,
            zh="测评对象:"
            + ";".join(
                f"{t.group.zh}赞同{t.approve}、不赞同{t.disapprove}、弃权{t.abstain}、废票{t.invalid}"
                for t in ev.tallies
            ),
            en="Evaluators: "
            + "; ".join(
                f"{t.group.en} {t.approve} approve, {t.disapprove} disapprove, "
                f"{t.abstain} abstain, {t.invalid} spoiled"
                for t in ev.tallies
            ),
        ),
        Reason(
            rule=EVALUATION,
            zh="所在单位党组织认同" if ev.unit_endorsed else "所在单位党组织不认同,取消报名资格",
            en="The unit's party organization endorses the applicant"
            if ev.unit_endorsed
            else "The unit's party organization does not endorse the applicant: disqualified",
        ),
    ]
    if rate is None:
        reasons.append(
            Reason(
                rule=EVALUATION,
                zh=f"{basis_zh}为零,赞同率无法计算",
                en=f"There are no {basis_en}: the approval rate is undefined",
            )
        )
        rate_zh, rate_en = "赞同率无法计算", "approval rate undefined"
    else:
        shown = percent(rate)
        rel_zh = "低于" if rate < threshold else ("等于" if rate == threshold else "高于")
        rel_en = "below" if rate < threshold else ("at" if rate == threshold else "above")
        reasons.append(
            Reason(
                rule=EVALUATION,
                zh=f"赞同率 = 赞同票{ev.approvals} / {basis_zh}{denominator} = {shown},{rel_zh}{thr}",
                en=f"Approval rate = {ev.approvals} approving / {denominator} {basis_en} = "
                f"{shown}, {rel_en} {thr}",
            )
        )
        if rate == threshold:
            reasons.append(
                Reason(
                    rule=EVALUATION,
                    zh=f"恰为{thr}:{'不低于下限,通过' if at_passes else '本地规定恰为下限者不通过'}",
                    en=f"Exactly {thr}: "
                    + (
                        "not below the threshold, so it passes"
                        if at_passes
                        else "local policy: a rate exactly at the threshold fails"
                    ),
                )
            )
        rate_zh = f"赞同率{ev.approvals}/{denominator} = {shown}"
        rate_en = f"approval {ev.approvals}/{denominator} = {shown}"

    if eligible is True:
        outcome = "eligible"
        headline = Text(
            zh=f"{ev.applicant}保留报名资格:{rate_zh},不低于{thr}",
            en=f"{ev.applicant} keeps the application: {rate_en} (not below {thr})",
        )
    elif eligible is False:
        outcome = "disqualified"
        why_zh = [] if ev.unit_endorsed else ["所在单位党组织不认同"]
        why_en = [] if ev.unit_endorsed else ["the unit's party organization does not endorse"]
        if rate_passes is False:
            why_zh.append(f"{rate_zh},未达{thr}")
            why_en.append(f"{rate_en}, short of {thr}")
        headline = Text(
            zh=f"{ev.applicant}取消报名资格:" + ";".join(why_zh),
            en=f"{ev.applicant} is disqualified: " + "; ".join(why_en),
        )
    else:
        outcome = "undetermined"
        headline = Text(
            zh=f"{ev.applicant}的民主测评无{basis_zh},无法判定,应重新测评",
            en=f"{ev.applicant}'s evaluation has no {basis_en}: undetermined; hold it again",
        )
    return Decision[ApprovalResult](
        rule=EVALUATION,
        subject=ev.applicant,
        outcome=outcome,
        value=ApprovalResult(
            applicant=ev.applicant,
            unit_endorsed=ev.unit_endorsed,
            approvals=ev.approvals,
            denominator=denominator,
            basis=basis,
            rate=rate,
            threshold=threshold,
            rate_passes=rate_passes,
            eligible=eligible,
        ),
        headline=headline,
        reasons=tuple(reasons),
        parameters={
            "selection.approval_threshold": param_value(p.approval_threshold),
            "selection.approval_at_threshold_passes": at_passes,
            "selection.approval_denominator": basis,
            "selection.evaluator_groups": p.evaluator_groups,
        },
    )


def _round(value: Fraction, how: str) -> int:
    if how == "ceil":
        return math.ceil(value)
    if how == "floor":
        return math.floor(value)
    return math.floor(value + Fraction(1, 2))  # half_up (values are never negative)


@rule(
    RATIO,
    zh="副处级岗位竞争性选拔差额评议:差额比例达50%",
    en="Competitive evaluation for deputy-division posts: at least 50% more candidates than posts",
    document=S001,
    section="二、干部选拔任用方面 2、拓宽评价范围",
    quote="由该类别内单位的干部群众进行差额评议,差额比例达50%",
    parameters=("selection.competitive_ratio", "selection.competitive_rounding"),
    public_name="orgwork.selection.min_candidates",
)
def min_candidates(posts: int, *, on: dt.date, policy: Policy | None = None) -> Decision[int]:
    """差额评议的最少人选数 — the fewest candidates for ``posts`` posts at the 差额 ratio.

    差额比例 = (candidates − posts) / posts; it must reach the ratio (50%), so
    the minimum is ``posts × (1 + ratio)``, rounded by
    ``selection.competitive_rounding`` (up, by default: 3 posts need 5, not
    4.5). ``on`` is the day of the evaluation: the values in force that day
    are used.

    >>> day = dt.date(2012, 6, 1)
    >>> tuple(min_candidates(k, on=day).value for k in (1, 2, 3, 4, 10))
    (2, 3, 5, 6, 15)
    """
    k: int = as_field(Count, posts, "posts")
    p = resolve(policy, as_date(on, "on")).selection
    ratio = p.competitive_ratio
    exact = k * (1 + Fraction(ratio))
    n = max(k, _round(exact, p.competitive_rounding))
    shown = format((k * (1 + ratio)).normalize(), "f")
    how_zh = {"ceil": "向上取整", "floor": "向下取整", "half_up": "四舍五入"}[
        p.competitive_rounding
    ]
    how_en = {"ceil": "rounded up", "floor": "rounded down", "half_up": "rounded half up"}[
        p.competitive_rounding
    ]
    reasons = [
        Reason(
            rule=RATIO,
            zh=f"差额比例{percent(Fraction(ratio))}:{k}个岗位 × (1 + {ratio}) = {shown},{how_zh}为{n}人",
            en=f"Ratio {percent(Fraction(ratio))}: {k} posts × (1 + {ratio}) = {shown}, "
            f"{how_en} to {n}",
        )
    ]
    if n == k and ratio > 0:
        reasons.append(
            Reason(
                rule=RATIO,
                zh="取整后无差额;人选数不少于岗位数",
                en="After rounding there is no surplus; candidates are never fewer than posts",
            )
        )
    return Decision[int](
        rule=RATIO,
        outcome="minimum",
        value=n,
        headline=Text(
            zh=f"{k}个岗位差额评议至少需要{n}名人选",
            en=f"{k} post(s) need at least {n} candidates for competitive evaluation",
        ),
        reasons=tuple(reasons),
        parameters={
            "selection.competitive_ratio": param_value(ratio),
            "selection.competitive_rounding": p.competitive_rounding,
        },
    )


class SlateCheck(BaseModel):
    """差额人选是否足额 — whether a slate of candidates reaches the 差额 ratio.

    >>> competitive_slate(4, 6, on=dt.date(2012, 6, 1)).value.surplus_ratio
    Fraction(1, 2)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    posts: int
    candidates: int
    minimum: int
    surplus_ratio: Fraction = Field(description="(candidates − posts) / posts, exact.")
    meets: bool


@rule(
    SLATE,
    zh="差额评议人选数是否达到差额比例",
    en="Whether a slate of candidates reaches the competitive ratio",
    document=S001,
    section="二、干部选拔任用方面 2、拓宽评价范围",
    quote="差额比例达50%",
    parameters=("selection.competitive_ratio", "selection.competitive_rounding"),
    public_name="orgwork.selection.competitive_slate",
)
def competitive_slate(
    posts: int, candidates: int, *, on: dt.date, policy: Policy | None = None
) -> Decision[SlateCheck]:
    """差额评议人选是否足额 — whether ``candidates`` reach the 差额 ratio for ``posts``.

    The slate meets the ratio when it has at least :func:`min_candidates`
    candidates.

    >>> day = dt.date(2012, 6, 1)
    >>> d = competitive_slate(3, 4, on=day)
    >>> d.outcome, d.value.minimum, d.value.surplus_ratio
    ('short', 5, Fraction(1, 3))
    >>> competitive_slate(2, 3, on=day).outcome
    'meets'
    """
    k: int = as_field(Count, posts, "posts")
    n: int = as_field(NonNegativeCount, candidates, "candidates")
    on = as_date(on, "on")
    minimum = min_candidates(k, on=on, policy=policy)
    meets = n >= minimum.value
    surplus = Fraction(n - k, k)
    p = resolve(policy, on).selection
    return Decision[SlateCheck](
        rule=SLATE,
        outcome="meets" if meets else "short",
        value=SlateCheck(
            posts=k,
            candidates=n,
            minimum=minimum.value,
            surplus_ratio=surplus,
            meets=meets,
        ),
        headline=Text(
            zh=f"{k}个岗位{n}名人选,"
            + ("达到差额比例" if meets else f"未达到差额比例(至少需{minimum.value}名)"),
            en=f"{n} candidates for {k} post(s): "
            + ("the ratio is met" if meets else f"short of the ratio (at least {minimum.value})"),
        ),
        reasons=(
            *minimum.reasons,
            Reason(
                rule=SLATE,
                zh=f"实际差额比例 ({n} − {k}) / {k} = {percent(surplus) if surplus >= 0 else '负'}",
                en=f"Actual surplus ({n} − {k}) / {k} = "
                + (percent(surplus) if surplus >= 0 else "negative"),
            ),
        ),
        rules=(RATIO,),
        parameters={
            "selection.competitive_ratio": param_value(p.competitive_ratio),
            "selection.competitive_rounding": p.competitive_rounding,
        },
    )
