"""组织部门定期征求意见制度 — the organization department asks for opinions regularly (003).

003 (三是规章制度落实公道正派): "建立组织部门定期征求意见制度、选人用人风气监督员制度和组织工作
联系点制度等". What can be checked of the first clause is the record of the
solicitations (征求意见: a 座谈会, a questionnaire, individual talks).

"定期" gives no number: the interval is ``cadres.opinion_solicitation_months``,
unset by default. Unset, the solicitations from ``start`` to ``on`` are listed
and the matter is referred. Set to N, the time from ``start`` is cut into
consecutive periods of N calendar months; every period ended by ``on`` needs
at least one solicitation, and a period not yet ended is not judged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_models
from orgwork.cadres._common import S003
from orgwork.decision import Decision, RuleContext, Say, day, joined
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "OpinionSolicitation",
    "SolicitationCheck",
    "SolicitationPeriod",
    "opinion_solicitations",
]

_LAST = dt.date(2200, 12, 31)
_PARAM = "cadres.opinion_solicitation_months"


class OpinionSolicitation(BaseModel):
    """一次征求意见 — the organization department asked for opinions, on a day, in a form.

    >>> OpinionSolicitation(on=dt.date(2025, 3, 5), form="座谈会").form
    '座谈会'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date = Field(le=_LAST)
    form: str = Field(min_length=1, max_length=100, description="How: 座谈会, 问卷, 个别谈话, ...")
    note: str = Field(default="", repr=False)  # what was heard: never in repr/logs


class SolicitationPeriod(BaseModel):
    """One period of the interval, and the days opinions were asked in it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first: dt.date
    last: dt.date
    held: tuple[dt.date, ...]


class SolicitationCheck(BaseModel):
    """定期征求意见检查结果 — the solicitations from ``start`` to ``on``, and the periods judged.

    ``months`` is None when no interval is set (then nothing is judged);
    ``running`` is the period not yet ended on ``on``, if any.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: dt.date
    on: dt.date
    months: int | None
    held: tuple[dt.date, ...]
    periods: tuple[SolicitationPeriod, ...]
    missing: tuple[SolicitationPeriod, ...]
    running: SolicitationPeriod | None


class _OpinionTexts:
    """Texts of cadres.opinion_solicitation (建立组织部门定期征求意见制度)."""

    held = Say(
        "{start}至{on}征求意见{n}次:{items}",
        "Opinions asked {n} time(s) from {start} to {on}: {items}",
    )
    none = Say(
        "{start}至{on}无征求意见记录", "No solicitation of opinions recorded from {start} to {on}"
    )
    one = Say("{on}({form})", "{on} ({form})")
    not_set = Say(
        "原文“定期征求意见”未规定间隔,本地也未设定,列明征求意见情况,提交研究决定,不判定缺漏",
        "定期 (regularly) gives no interval and the locality has not set one: the solicitations "
        "are listed and referred, never counted as missed",
    )
    cadence = Say(
        "本地规定每{months}个月至少征求意见一次,自{start}起按日历月分段,截至{on}已结束{n}个周期",
        "Locally, opinions are asked at least once every {months} month(s): periods of calendar "
        "months from {start}; {n} period(s) ended by {on}",
    )
    period_missed = Say("{first}至{last}未征求意见", "None from {first} to {last}")
    running = Say(
        "{first}至{last}的周期截至{on}尚未结束,不作判定",
        "The period {first} to {last} has not ended on {on}: not judged",
    )
    span = Say("{first}至{last}", "{first} to {last}")
    referred = Say(
        "组织部门定期征求意见({start}至{on}):征求意见{n}次,未设定间隔,提交研究",
        "Regular solicitation of opinions ({start} to {on}): {n} time(s); no interval set, referred",
    )
    complete = Say(
        "组织部门定期征求意见({start}至{on}):已结束的{n}个周期均征求了意见",
        "Regular solicitation of opinions ({start} to {on}): opinions asked in each of the {n} "
        "period(s) ended",
    )
    gaps = Say(
        "组织部门定期征求意见({start}至{on}):{periods}未征求意见",
        "Regular solicitation of opinions ({start} to {on}): none in {periods}",
    )
    not_due = Say(
        "组织部门定期征求意见({start}至{on}):尚无已结束的周期,不作判定",
        "Regular solicitation of opinions ({start} to {on}): no period has ended yet, nothing judged",
    )


def _spans(start: dt.date, on: dt.date, months: int) -> Iterator[tuple[dt.date, dt.date]]:
    """Consecutive periods of ``months`` calendar months from ``start``, begun by ``on``."""
    k = 0
    while (first := start + relativedelta(months=k * months)) <= on:
        yield first, start + relativedelta(months=(k + 1) * months) - dt.timedelta(days=1)
        k += 1


@rule(
    "cadres.opinion_solicitation",
    zh="建立组织部门定期征求意见制度",
    en="The organization department asks for opinions regularly",
    document=S003,
    section="“三个之家”建设 三是规章制度落实公道正派",
    quote="建立组织部门定期征求意见制度、选人用人风气监督员制度和组织工作联系点制度等",
    parameters=(_PARAM,),
)
def opinion_solicitations(
    solicitations: Iterable[OpinionSolicitation],
    *,
    start: dt.date,
    on: dt.date,
    policy: Policy | None = None,
) -> Decision[SolicitationCheck]:
    """定期征求意见 — whether opinions were asked in every period of the interval from ``start`` to ``on``.

    Solicitations before ``start`` or after ``on`` are not counted. With
    ``cadres.opinion_solicitation_months`` unset (the default): outcome
    ``referred``, the solicitations listed. Set to N: periods of N calendar
    months from ``start``; a period whose last day is on or before ``on`` is
    judged. Outcomes ``complete``, ``gaps`` (the periods without one named) or
    ``not_due`` (no period ended yet). ``start`` after ``on`` is a ValueError
    naming ``start``.

    >>> asked = [OpinionSolicitation(on=dt.date(2025, 2, 20), form="座谈会")]
    >>> opinion_solicitations(asked, start=dt.date(2025, 1, 1), on=dt.date(2025, 12, 31)).outcome
    'referred'
    >>> p = Policy.default().override({"cadres.opinion_solicitation_months": 6})
    >>> d = opinion_solicitations(asked, start=dt.date(2025, 1, 1), on=dt.date(2025, 12, 31), policy=p)
    >>> d.outcome, [m.first for m in d.value.missing]
    ('gaps', [datetime.date(2025, 7, 1)])
    """
    start = as_date(start, "start")
    on = as_date(on, "on")
    if start > on:
        raise ValueError(f"start: {start} is after on {on}")
    given = as_models(OpinionSolicitation, solicitations, "solicitations")
    ctx = RuleContext(opinion_solicitations, policy, on=on)
    months = ctx.param(_PARAM)
    asked = sorted((s for s in given if start <= s.on <= on), key=lambda s: (s.on, s.form))
    held = tuple(s.on for s in asked)
    values: dict[str, Any] = {"start": day(start), "on": day(on)}
    if asked:
        items = [_OpinionTexts.one.text(on=day(s.on), form=s.form) for s in asked]
        ctx.say(_OpinionTexts.held, n=len(asked), items=joined(items), **values)
    else:
        ctx.say(_OpinionTexts.none, **values)
    if months is None:
        ctx.say(_OpinionTexts.not_set)
        v = SolicitationCheck(
            start=start, on=on, months=None, held=held, periods=(), missing=(), running=None
        )
        return ctx.decide("referred", v, _OpinionTexts.referred, n=len(asked), **values)
    periods = [
        SolicitationPeriod(first=a, last=b, held=tuple(d for d in held if a <= d <= b))
        for a, b in _spans(start, on, months)
    ]
    ended = tuple(p for p in periods if p.last <= on)
    running = next((p for p in periods if p.last > on), None)
    missing = tuple(p for p in ended if not p.held)
    ctx.say(_OpinionTexts.cadence, months=months, n=len(ended), **values)
    for p in missing:
        ctx.say(_OpinionTexts.period_missed, first=day(p.first), last=day(p.last))
    if running is not None:
        ctx.say(_OpinionTexts.running, first=day(running.first), last=day(running.last), on=day(on))
    v = SolicitationCheck(
        start=start,
        on=on,
        months=months,
        held=held,
        periods=ended,
        missing=missing,
        running=running,
    )
    if missing:
        spans = [_OpinionTexts.span.text(first=day(p.first), last=day(p.last)) for p in missing]
        return ctx.decide("gaps", v, _OpinionTexts.gaps, periods=joined(spans), **values)
    if not ended:
        return ctx.decide("not_due", v, _OpinionTexts.not_due, **values)
    return ctx.decide("complete", v, _OpinionTexts.complete, n=len(ended), **values)
