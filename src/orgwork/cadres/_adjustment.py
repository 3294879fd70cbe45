"""干部调整前运用绩效评价 — the annual performance results on file before an adjustment.

003 (服务基层党员干部人才 二是“导向性激励”): "在每一次干部调整之前,我们都坚持充分运用
每年绩效管理的成果,对每一个领导班子和成员任期内的业绩进行综合评价".

What can be checked is the record the evaluation rests on: before each
adjustment (调整: an appointment, transfer or removal) of a cadre who led or
sat on a leadership team (领导班子), the annual performance results
(绩效管理成果) of every year of the tenure are on file, dated before the
adjustment. By default (``cadres.adjustment_results_of``) both the member's
and the team's results are needed, as the text names 领导班子和成员.

Stated precisely:

* **the tenure** begins on the adjustment's ``tenure_start`` or, when that is
  empty, on the ``since`` of the cadre's [`ServiceHistory`][orgwork.cadres.ServiceHistory]
  (the present post) when it began on or before the adjustment; with neither,
  the adjustment is referred: nothing is assumed.
* **the years**: each calendar year from the tenure's first year to the year
  before the adjustment. An annual result covers a calendar year and is made
  after it ends, so the adjustment's own year is not required; the tenure's
  first year is, even when it began late in the year (the year's result is in
  the tenure, 任期内).
* **on file** means filed on a day before the adjustment; one filed on the
  day or after is listed as late and does not count.
* **the year just ended**: its results may not be made yet when the
  adjustment comes early in the next year, and the text does not say when
  they are made. A missing result of that year is referred (``pending_years``),
  not a gap, unless ``cadres.adjustment_results_months`` is set and that many
  months after the year's end have passed on the adjustment day.

The 综合评价 itself (以事实说话, 靠实绩证明) is the people's judgement and is not
decided here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_models
from orgwork.cadres._common import S003
from orgwork.cadres._rank import ServiceHistory
from orgwork.decision import Decision, RuleContext, Say, day, joined
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.rules import rule

__all__ = [
    "Adjustment",
    "AdjustmentEvidence",
    "AdjustmentKind",
    "PerformanceResult",
    "performance_before_adjustment",
]

_LAST = dt.date(2200, 12, 31)


class AdjustmentKind(enum.StrEnum):
    """干部调整的类别 — appointment, transfer or removal.

    >>> AdjustmentKind.TRANSFER.zh
    '交流调任'
    """

    APPOINTMENT = "appointment"
    TRANSFER = "transfer"
    REMOVAL = "removal"

    @property
    def zh(self) -> str:
        """The kind's Chinese name."""
        return {"appointment": "任职", "transfer": "交流调任", "removal": "免职"}[self.value]

    @property
    def en(self) -> str:
        """The kind in English words."""
        return self.value


class Adjustment(BaseModel):
    """一次干部调整 — a cadre of a leadership team appointed, transferred or removed.

    >>> Adjustment(cadre="王某", team="某镇党委", kind="transfer", on=dt.date(2011, 3, 1)).kind.zh
    '交流调任'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    team: Id = Field(
        min_length=1, description="The leadership team (领导班子) the cadre served in."
    )
    kind: AdjustmentKind
    on: dt.date = Field(le=_LAST)
    tenure_start: dt.date | None = Field(
        default=None, le=_LAST, description="The day the tenure in the team began (empty: unknown)."
    )

    @model_validator(mode="after")
    def _ordered(self) -> Adjustment:
        if self.tenure_start is not None and self.tenure_start > self.on:
            raise ValueError(f"tenure_start {self.tenure_start} is after the adjustment {self.on}")
        return self


class PerformanceResult(BaseModel):
    """一年的绩效管理成果 — a team's (``cadre`` empty) or a member's result for ``year``, and when filed.

    >>> PerformanceResult(year=2010, team="某镇党委", filed_on=dt.date(2011, 1, 20)).cadre is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(ge=1949, le=2200)
    team: Id = Field(min_length=1)
    cadre: Id | None = Field(default=None, description="The member (empty: the team's result).")
    filed_on: dt.date = Field(le=_LAST)


class AdjustmentEvidence(BaseModel):
    """调整前的绩效依据 — the years required, and those missing or filed late.

    >>> a = Adjustment(cadre="王某", team="某镇党委", kind="removal", on=dt.date(2011, 3, 1),
    ...                tenure_start=dt.date(2009, 5, 1))
    >>> performance_before_adjustment([a], []).__getitem__(0).value.years
    (2009, 2010)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id
    team: Id
    kind: AdjustmentKind
    on: dt.date
    tenure_start: dt.date | None
    years: tuple[int, ...]
    missing_member_years: tuple[int, ...]
    missing_team_years: tuple[int, ...]
    late_years: tuple[int, ...]
    pending_years: tuple[int, ...] = Field(
        default=(),
        description="The year just ended, when its results were not on file and may not have "
        "been made yet (``cadres.adjustment_results_months``): referred, not missing.",
    )


class _AdjustmentTexts:
    """Texts of cadres.adjustment_performance (干部调整前运用每年绩效管理的成果)."""

    tenure = Say(
        "{team}任职自{start}起,须有{years}年度的绩效管理成果(调整当年的成果尚未形成,不要求)",
        "In {team} since {start}: the performance results of {years} are needed (the "
        "adjustment's own year has no result yet)",
    )
    history = Say(
        "任期起始日取自任职经历({start})",
        "The tenure's start is taken from the service history ({start})",
    )
    whose = Say(
        "须备齐成员本人和领导班子的成果", "Both the member's and the team's results are needed"
    )
    member_only = Say("本地规定只须备齐成员本人的成果", "Local policy: the member's results only")
    late = Say(
        "{years}年度的成果于调整之日或之后才归档,不计入",
        "The results of {years} were filed on or after the adjustment day: not counted",
    )
    complete = Say(
        "{cadre}({team},{on}{what})调整前各年度绩效管理成果齐全",
        "{cadre} ({team}, {what} on {on}): every year's performance results were on file",
    )
    gaps = Say(
        "{cadre}({team},{on}{what})调整前缺绩效管理成果:{parts}",
        "{cadre} ({team}, {what} on {on}): performance results missing: {parts}",
    )
    member_missing = Say("本人{years}年度", "the member's for {years}")
    team_missing = Say("班子{years}年度", "the team's for {years}")
    first_year = Say(
        "{cadre}({team},{on}{what})任职未满一个年度,尚无年度绩效管理成果可用",
        "{cadre} ({team}, {what} on {on}): no full year in the team yet, so no annual result "
        "exists",
    )
    pending = Say(
        "{year}年度的成果尚未归档,该年度结束不久,成果可能尚未形成({why}),提交研究",
        "The results of {year} were not on file; the year had just ended and they may not have "
        "been made yet ({why}): referred",
    )
    pending_unset = Say(
        "原文未规定年度成果何时形成", "the text does not say when a year's results are made"
    )
    pending_within = Say(
        "本地规定年度结束后{n}个月内形成,调整之日未超过",
        "locally within {n} month(s) of the year's end, not yet passed on the adjustment day",
    )
    pending_headline = Say(
        "{cadre}({team},{on}{what})调整前缺{year}年度的绩效管理成果,该年度刚结束,提交研究",
        "{cadre} ({team}, {what} on {on}): the results of {year}, the year just ended, were not "
        "on file; referred",
    )
    referred = Say(
        "{cadre}({team},{on}{what})任期起始日不明,无法确定应有哪些年度的成果,提交研究",
        "{cadre} ({team}, {what} on {on}): the tenure's start is unknown, so the years needed "
        "cannot be told; referred",
    )


def _order(a: Adjustment) -> tuple[dt.date, str, str, str, dt.date]:
    """Adjustments by day, then cadre, team, kind and tenure."""
    return (a.on, a.cadre, a.team, a.kind.value, a.tenure_start or a.on)


def _tenure(a: Adjustment, histories: tuple[ServiceHistory, ...]) -> tuple[dt.date | None, bool]:
    """The tenure's first day, and whether it came from a service history."""
    if a.tenure_start is not None:
        return a.tenure_start, False
    since = [h.since for h in histories if h.cadre == a.cadre and h.since <= a.on]
    if since:
        return max(since), True
    return None, False


@rule(
    "cadres.adjustment_performance",
    zh="干部调整之前运用每年绩效管理的成果,对领导班子和成员任期内的业绩进行综合评价",
    en="Before any adjustment of cadres, every year's performance results of the team and its "
    "members over the tenure are used",
    document=S003,
    section="服务基层党员干部人才 二是“导向性激励”",
    quote="在每一次干部调整之前,我们都坚持充分运用每年绩效管理的成果,对每一个领导班子和成员任期内的业绩进行综合评价",
    parameters=("cadres.adjustment_results_of", "cadres.adjustment_results_months"),
)
def performance_before_adjustment(
    adjustments: Iterable[Adjustment],
    results: Iterable[PerformanceResult],
    *,
    histories: Iterable[ServiceHistory] = (),
    policy: Policy | None = None,
) -> tuple[Decision[AdjustmentEvidence], ...]:
    """调整前的绩效依据 — for each adjustment, the tenure's years whose results were not on file.

    See the module docstring for the tenure, the years and "on file". A
    member's result is matched by cadre and year, the team's by team and year.
    Outcome per adjustment (subject: the cadre): ``complete``, ``gaps``,
    ``not_applicable`` (no full year of tenure before the adjustment's year)
    or ``referred`` (tenure unknown, or only the year just ended missing). Decisions follow the adjustments' dates.

    >>> a = Adjustment(cadre="王某", team="某镇党委", kind="transfer", on=dt.date(2011, 3, 1),
    ...                tenure_start=dt.date(2009, 5, 1))
    >>> rs = [PerformanceResult(year=y, team="某镇党委", cadre=c, filed_on=dt.date(y + 1, 1, 20))
    ...       for y in (2009, 2010) for c in ("王某", None)]
    >>> d = performance_before_adjustment([a], rs[:3])[0]   # the team's 2010 result missing
    >>> d.outcome, d.value.pending_years   # 2010 had just ended: referred, not a gap
    ('referred', (2010,))
    >>> performance_before_adjustment([a], rs[1:3])[0].value.missing_member_years
    (2009,)
    """
    policy = checked_policy(policy)
    given = as_models(Adjustment, adjustments, "adjustments")
    filed = as_models(PerformanceResult, results, "results")
    stories = as_models(ServiceHistory, histories, "histories")
    return tuple(_evidence(a, filed, stories, policy) for a in sorted(given, key=_order))


def _evidence(
    a: Adjustment,
    filed: tuple[PerformanceResult, ...],
    stories: tuple[ServiceHistory, ...],
    policy: Policy,
) -> Decision[AdjustmentEvidence]:
    """One adjustment: the years of its tenure, and the results not on file before it."""
    ctx = RuleContext(performance_before_adjustment, policy, on=a.on)
    both_needed = ctx.param("cadres.adjustment_results_of") == "member_and_team"
    within = ctx.param("cadres.adjustment_results_months")
    start, from_history = _tenure(a, stories)
    values: dict[str, Any] = {"cadre": a.cadre, "team": a.team, "on": day(a.on), "what": a.kind}
    if start is None:
        v = AdjustmentEvidence(
            cadre=a.cadre,
            team=a.team,
            kind=a.kind,
            on=a.on,
            tenure_start=None,
            years=(),
            missing_member_years=(),
            missing_team_years=(),
            late_years=(),
        )
        return ctx.decide("referred", v, _AdjustmentTexts.referred, subject=a.cadre, **values)
    if from_history:
        ctx.say(_AdjustmentTexts.history, start=day(start))
    years = tuple(range(start.year, a.on.year))
    member = [r for r in filed if r.cadre == a.cadre]
    team = [r for r in filed if r.cadre is None and r.team == a.team]
    on_time_member = {r.year for r in member if r.filed_on < a.on}
    on_time_team = {r.year for r in team if r.filed_on < a.on}
    missing_member = tuple(y for y in years if y not in on_time_member)
    missing_team = tuple(y for y in years if both_needed and y not in on_time_team)
    recent = a.on.year - 1
    pending: tuple[int, ...] = ()
    if recent in missing_member + missing_team:
        due = None if within is None else dt.date(a.on.year, 1, 1) + relativedelta(months=within)
        if due is None or a.on <= due:
            pending = (recent,)
            missing_member = tuple(y for y in missing_member if y != recent)
            missing_team = tuple(y for y in missing_team if y != recent)
    late = tuple(
        y
        for y in years
        if (y in missing_member and any(r.year == y for r in member))
        or (y in missing_team and any(r.year == y for r in team))
    )
    v = AdjustmentEvidence(
        cadre=a.cadre,
        team=a.team,
        kind=a.kind,
        on=a.on,
        tenure_start=start,
        years=years,
        missing_member_years=missing_member,
        missing_team_years=missing_team,
        late_years=late,
        pending_years=pending,
    )
    if not years:
        return ctx.decide(
            "not_applicable", v, _AdjustmentTexts.first_year, subject=a.cadre, **values
        )
    ctx.say(_AdjustmentTexts.tenure, team=a.team, start=day(start), years=joined(years))
    ctx.say(_AdjustmentTexts.whose if both_needed else _AdjustmentTexts.member_only)
    if late:
        ctx.say(_AdjustmentTexts.late, years=joined(late))
    if pending:
        why = (
            _AdjustmentTexts.pending_unset.text()
            if within is None
            else _AdjustmentTexts.pending_within.text(n=within)
        )
        ctx.say(_AdjustmentTexts.pending, year=recent, why=why)
    parts = []
    if missing_member:
        parts.append(_AdjustmentTexts.member_missing.text(years=joined(missing_member)))
    if missing_team:
        parts.append(_AdjustmentTexts.team_missing.text(years=joined(missing_team)))
    if parts:
        headline = _AdjustmentTexts.gaps.text(parts=joined(parts, ";", "; "), **values)
        return ctx.decide("gaps", v, headline, subject=a.cadre)
    if pending:
        text = _AdjustmentTexts.pending_headline
        return ctx.decide("referred", v, text, subject=a.cadre, year=recent, **values)
    return ctx.decide("complete", v, _AdjustmentTexts.complete, subject=a.cadre, **values)
