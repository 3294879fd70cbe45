"""民主测评与差额评议 — democratic evaluation of applicants and the 差额 ratio of candidates.

Two rules of 001 (干部选拔任用方面, 2、拓宽评价范围):

* In the applications for street-office employee posts (街道事业雇员), the
  applicants are evaluated by the street's leadership, the community cadres
  and the residents' representatives; an applicant whose unit's party
  organization does not endorse them, or whose approval rate is below 80%,
  is disqualified ([`approval_decision`][orgwork.selection.approval_decision]).
* For deputy-division posts (副处级岗位), candidates are evaluated 差额 with a
  ratio of 50%: at least half as many candidates again as posts
  ([`min_candidates`][orgwork.selection.min_candidates], [`competitive_slate`][orgwork.selection.competitive_slate]).

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
from orgwork.decision import Decision, RuleContext, Say, Text, joined
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Count, NonNegativeCount, Policy
from orgwork.rules import declared_parameters, id_of, rule
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

    applicant: Id = Field(min_length=1)
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
        for b in as_models(Ballot, ballots, "ballots"):
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

    applicant: Id
    unit_endorsed: bool
    approvals: int
    denominator: int
    basis: str = Field(description="What the denominator counts (selection.approval_denominator).")
    rate: Fraction | None
    threshold: Fraction
    rate_passes: bool | None
    eligible: bool | None


#: What the denominator of the approval rate counts (selection.approval_denominator).
_BASIS = {
    "valid_ballots": Text(zh="有效票", en="valid ballots"),
    "ballots_cast": Text(zh="收回的全部票", en="ballots cast"),
    "eligible_evaluators": Text(zh="应参评人数", en="eligible evaluators"),
}
#: How a rate stands to the threshold, by the sign of their difference.
_RELATION = {
    -1: Text(zh="低于", en="below"),
    0: Text(zh="等于", en="at"),
    1: Text(zh="高于", en="above"),
}


class _EvaluationTexts:
    """Texts of selection.democratic_evaluation (民主测评:不认同或赞同率低于80%的取消报名资格)."""

    tally = Say(
        "{group}赞同{approve}、不赞同{disapprove}、弃权{abstain}、废票{invalid}",
        "{group} {approve} approve, {disapprove} disapprove, {abstain} abstain, {invalid} spoiled",
    )
    evaluators = Say("测评对象:{tallies}", "Evaluators: {tallies}")
    endorsed = Say("所在单位党组织认同", "The unit's party organization endorses the applicant")
    not_endorsed = Say(
        "所在单位党组织不认同,取消报名资格",
        "The unit's party organization does not endorse the applicant: disqualified",
    )
    no_rate = Say(
        "{basis}为零,赞同率无法计算", "There are no {basis}: the approval rate is undefined"
    )
    rate = Say(
        "赞同率 = 赞同票{approvals} / {basis}{denominator} = {rate},{relation}{threshold}",
        "Approval rate = {approvals} approving / {denominator} {basis} = {rate}, "
        "{relation} {threshold}",
    )
    at_threshold_passes = Say(
        "恰为{threshold}:不低于下限,通过",
        "Exactly {threshold}: not below the threshold, so it passes",
    )
    at_threshold_fails = Say(
        "恰为{threshold}:本地规定恰为下限者不通过",
        "Exactly {threshold}: local policy: a rate exactly at the threshold fails",
    )
    rate_shown = Say(
        "赞同率{approvals}/{denominator} = {rate}", "approval {approvals}/{denominator} = {rate}"
    )
    eligible = Say(
        "{applicant}保留报名资格:{rate},不低于{threshold}",
        "{applicant} keeps the application: {rate} (not below {threshold})",
    )
    why_not_endorsed = Say("所在单位党组织不认同", "the unit's party organization does not endorse")
    why_short = Say("{rate},未达{threshold}", "{rate}, short of {threshold}")
    disqualified = Say("{applicant}取消报名资格:{why}", "{applicant} is disqualified: {why}")
    undetermined = Say(
        "{applicant}的民主测评无{basis},无法判定,应重新测评",
        "{applicant}'s evaluation has no {basis}: undetermined; hold it again",
    )


@rule(
    "selection.democratic_evaluation",
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

    Raises [`RecordError`][orgwork.errors.RecordError] when a required evaluator
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
    ctx = RuleContext(approval_decision, policy, on=ev.held_on)
    threshold = Fraction(ctx.param("selection.approval_threshold"))
    at_passes: bool = ctx.param("selection.approval_at_threshold_passes")
    basis: str = ctx.param("selection.approval_denominator")
    _check_evaluators(ev, ctx.param("selection.evaluator_groups"))
    denominator = _denominator(ev, basis)
    rate = Fraction(ev.approvals, denominator) if denominator else None
    passes = None if rate is None else (rate > threshold or (rate == threshold and at_passes))
    result = ApprovalResult(
        applicant=ev.applicant,
        unit_endorsed=ev.unit_endorsed,
        approvals=ev.approvals,
        denominator=denominator,
        basis=basis,
        rate=rate,
        threshold=threshold,
        rate_passes=passes,
        eligible=passes if ev.unit_endorsed else False,
    )
    tallies = (_tally(t) for t in ev.tallies)
    ctx.say(_EvaluationTexts.evaluators, tallies=joined(tallies, ";", "; "))
    _say_endorsement(ctx, result)
    _say_rate(ctx, result, at_passes)
    return _disqualification(ctx, result)


def _check_evaluators(ev: Evaluation, groups: tuple[str, ...]) -> None:
    """Every evaluator group of the policy (街道领导班子、社区干部、居民代表) cast a ballot."""
    required = [EvaluatorGroup(g) for g in groups]
    voted = {t.group for t in ev.tallies if t.cast > 0}
    missing = [g for g in required if g not in voted]
    if missing:
        raise RecordError(
            f"evaluation of {ev.applicant}: no ballots from "
            + ", ".join(f"{g.value} ({g.zh})" for g in missing)
            + "; the evaluators are "
            + "、".join(g.zh for g in required)
        )


def _denominator(ev: Evaluation, basis: str) -> int:
    """The ballots the approval rate is counted over (selection.approval_denominator)."""
    if basis == "valid_ballots":
        return ev.valid
    if basis == "ballots_cast":
        return ev.cast
    if ev.eligible_evaluators is None:
        raise RecordError(
            f"evaluation of {ev.applicant}: the policy counts the approval rate over all "
            "eligible evaluators (selection.approval_denominator = eligible_evaluators), "
            "but eligible_evaluators is not recorded"
        )
    return ev.eligible_evaluators


def _tally(t: Tally) -> Text:
    return _EvaluationTexts.tally.text(
        group=t.group,
        approve=t.approve,
        disapprove=t.disapprove,
        abstain=t.abstain,
        invalid=t.invalid,
    )


def _say_endorsement(ctx: RuleContext, r: ApprovalResult) -> None:
    """凡是所在单位党组织不认同 … 一律取消其报名资格."""
    ctx.say(_EvaluationTexts.endorsed if r.unit_endorsed else _EvaluationTexts.not_endorsed)


def _say_rate(ctx: RuleContext, r: ApprovalResult, at_passes: bool) -> None:
    """群众民主测评赞同率低于80%的 … 一律取消其报名资格: the exact rate against the threshold."""
    basis, threshold = _BASIS[r.basis], percent(r.threshold)
    if r.rate is None:
        ctx.say(_EvaluationTexts.no_rate, basis=basis)
        return
    ctx.say(
        _EvaluationTexts.rate,
        approvals=r.approvals,
        basis=basis,
        denominator=r.denominator,
        rate=percent(r.rate),
        relation=_RELATION[(r.rate > r.threshold) - (r.rate < r.threshold)],
        threshold=threshold,
    )
    if r.rate == r.threshold:
        exactly = (
            _EvaluationTexts.at_threshold_passes
            if at_passes
            else _EvaluationTexts.at_threshold_fails
        )
        ctx.say(exactly, threshold=threshold)


def _disqualification(ctx: RuleContext, r: ApprovalResult) -> Decision[ApprovalResult]:
    """一律取消其报名资格: either clause disqualifies; with no rate (and the endorsement
    given) the evaluation is undetermined."""
    threshold = percent(r.threshold)
    if r.eligible is None:
        return ctx.decide(
            "undetermined",
            r,
            _EvaluationTexts.undetermined,
            subject=r.applicant,
            applicant=r.applicant,
            basis=_BASIS[r.basis],
        )
    rate = None
    if r.rate is not None:
        rate = _EvaluationTexts.rate_shown.text(
            approvals=r.approvals, denominator=r.denominator, rate=percent(r.rate)
        )
    if r.eligible:
        return ctx.decide(
            "eligible",
            r,
            _EvaluationTexts.eligible,
            subject=r.applicant,
            applicant=r.applicant,
            rate=rate,
            threshold=threshold,
        )
    why = [] if r.unit_endorsed else [_EvaluationTexts.why_not_endorsed.text()]
    if r.rate_passes is False:
        why.append(_EvaluationTexts.why_short.text(rate=rate, threshold=threshold))
    return ctx.decide(
        "disqualified",
        r,
        _EvaluationTexts.disqualified,
        subject=r.applicant,
        applicant=r.applicant,
        why=joined(why, ";", "; "),
    )


def _round(value: Fraction, how: str) -> int:
    if how == "ceil":
        return math.ceil(value)
    if how == "floor":
        return math.floor(value)
    return math.floor(value + Fraction(1, 2))  # half_up (values are never negative)


#: How a fractional minimum is rounded (selection.competitive_rounding).
_ROUNDING = {
    "ceil": Text(zh="向上取整", en="rounded up"),
    "floor": Text(zh="向下取整", en="rounded down"),
    "half_up": Text(zh="四舍五入", en="rounded half up"),
}


class _RatioTexts:
    """Texts of selection.competitive_ratio (差额比例达50%)."""

    minimum = Say(
        "差额比例{percent}:{posts}个岗位 × (1 + {ratio}) = {exact},{rounding}为{n}人",
        "Ratio {percent}: {posts} posts × (1 + {ratio}) = {exact}, {rounding} to {n}",
    )
    no_surplus = Say(
        "取整后无差额;人选数不少于岗位数",
        "After rounding there is no surplus; candidates are never fewer than posts",
    )
    headline = Say(
        "{posts}个岗位差额评议至少需要{n}名人选",
        "{posts} post(s) need at least {n} candidates for competitive evaluation",
    )


# The rule's id is also the path of the ratio parameter it reads: written once, named here.
@rule(
    _RATIO := "selection.competitive_ratio",
    zh="副处级岗位竞争性选拔差额评议:差额比例达50%",
    en="Competitive evaluation for deputy-division posts: at least 50% more candidates than posts",
    document=S001,
    section="二、干部选拔任用方面 2、拓宽评价范围",
    quote="由该类别内单位的干部群众进行差额评议,差额比例达50%",
    parameters=(_RATIO, "selection.competitive_rounding"),
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
    ctx = RuleContext(min_candidates, policy, on=as_date(on, "on"))
    ratio = ctx.param(_RATIO)
    how: str = ctx.param("selection.competitive_rounding")
    n = max(k, _round(k * (1 + Fraction(ratio)), how))
    ctx.say(
        _RatioTexts.minimum,
        percent=percent(Fraction(ratio)),
        posts=k,
        ratio=ratio,
        exact=format((k * (1 + ratio)).normalize(), "f"),
        rounding=_ROUNDING[how],
        n=n,
    )
    if n == k and ratio > 0:
        ctx.say(_RatioTexts.no_surplus)
    return ctx.decide("minimum", n, _RatioTexts.headline, posts=k, n=n)


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


#: A surplus below zero (fewer candidates than posts) is shown as such, not as a percentage.
_NEGATIVE = Text(zh="负", en="negative")


class _SlateTexts:
    """Texts of selection.competitive_slate (差额评议人选数是否达到差额比例)."""

    surplus = Say(
        "实际差额比例 ({candidates} − {posts}) / {posts} = {surplus}",
        "Actual surplus ({candidates} − {posts}) / {posts} = {surplus}",
    )
    meets = Say(
        "{posts}个岗位{candidates}名人选,达到差额比例",
        "{candidates} candidates for {posts} post(s): the ratio is met",
    )
    short = Say(
        "{posts}个岗位{candidates}名人选,未达到差额比例(至少需{minimum}名)",
        "{candidates} candidates for {posts} post(s): short of the ratio (at least {minimum})",
    )


@rule(
    "selection.competitive_slate",
    zh="差额评议人选数是否达到差额比例",
    en="Whether a slate of candidates reaches the competitive ratio",
    document=S001,
    section="二、干部选拔任用方面 2、拓宽评价范围",
    quote="差额比例达50%",
    parameters=declared_parameters(id_of(min_candidates)),
)
def competitive_slate(
    posts: int, candidates: int, *, on: dt.date, policy: Policy | None = None
) -> Decision[SlateCheck]:
    """差额评议人选是否足额 — whether ``candidates`` reach the 差额 ratio for ``posts``.

    The slate meets the ratio when it has at least [`min_candidates`][orgwork.selection.min_candidates]
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
    ctx = RuleContext(competitive_slate, policy, on=on)
    minimum: int = ctx.adopt(min_candidates(k, on=on, policy=policy))
    surplus = Fraction(n - k, k)
    shown = percent(surplus) if surplus >= 0 else _NEGATIVE
    ctx.say(_SlateTexts.surplus, candidates=n, posts=k, surplus=shown)
    meets = n >= minimum
    value = SlateCheck(posts=k, candidates=n, minimum=minimum, surplus_ratio=surplus, meets=meets)
    if meets:
        return ctx.decide("meets", value, _SlateTexts.meets, posts=k, candidates=n)
    return ctx.decide("short", value, _SlateTexts.short, posts=k, candidates=n, minimum=minimum)
