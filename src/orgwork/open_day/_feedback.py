"""肥西县 — 并定期向代表们反馈整改情况: rectification progress reported back to the representatives.

"定期" gives no number: the cadence is ``open_day.feedback_interval_months``,
unset by default. Unset, the feedback given is listed and the matter referred;
set, each period of that many months from the open day needs one feedback at
least, until the rectification is closed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.open_day._common import S004
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = ["Feedback", "FeedbackPeriod", "FeedbackStatus", "feedback_cadence"]

_PARAM = "open_day.feedback_interval_months"


class Feedback(BaseModel):
    """一次整改情况反馈 — rectification progress reported to the representatives of an open day.

    >>> Feedback(open_day=dt.date(2025, 6, 28), on=dt.date(2025, 9, 1)).on
    datetime.date(2025, 9, 1)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    open_day: dt.date
    on: dt.date
    note: str = Field(default="", repr=False)  # what was reported: never in repr/logs

    @model_validator(mode="after")
    def _after_the_open_day(self) -> Feedback:
        if self.on < self.open_day:
            raise ValueError("on is before the open day")
        return self


class FeedbackStatus(enum.StrEnum):
    """Where feedback stands in one period (the values are the decisions' outcomes)."""

    MET = "met"
    """Feedback given at least once in the period."""
    MISSED = "missed"
    """None in a whole period that is over."""
    IN_PROGRESS = "in_progress"
    """None yet in a period that still runs."""
    NOT_DUE = "not_due"
    """None in a stretch cut short by the rectification's close."""
    REFERRED = "referred"
    """No cadence set: the feedback is listed and the matter referred."""


class FeedbackPeriod(BaseModel):
    """Feedback on one open day's rectification over one period (or all of it, with no cadence).

    ``done`` lists the feedback days inside the period, in order; ``whole``
    is false for a stretch cut short by ``closed_on``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    open_day: dt.date
    first: dt.date
    last: dt.date
    cadence_months: int | None
    whole: bool
    done: tuple[dt.date, ...]
    status: FeedbackStatus


class _FeedbackTexts:
    """Texts of open_day.feedback_cadence (并定期向代表们反馈整改情况)."""

    period = Say(
        "{first}至{last}(每{months}个月至少反馈一次)",
        "{first} to {last} (feedback at least once every {months} months)",
    )
    span = Say("{first}至{last}", "{first} to {last}")
    done = Say("已反馈{n}次:{items}", "Feedback given {n} time(s): {items}")
    none = Say("期间未反馈整改情况", "No feedback in the period")
    not_set = Say(
        "“定期”未规定反馈周期,本地未设定({path}),列明反馈情况,提交研究决定,不判定未反馈",
        "定期 (regularly) gives no cadence and none is set locally ({path}): the feedback "
        "is listed and referred, never counted as missed",
    )
    closed = Say(
        "整改已于{day}结束,本段不足一个周期,不作要求",
        "The rectification closed on {day}: this stretch is shorter than a period and nothing is due",
    )
    running = Say("截至{day}本周期尚未结束", "As of {day} the period still runs")
    headline = Say(
        "{open_day}开放日整改反馈({span}):{status}",
        "Feedback on the {open_day} open day's rectification ({span}): {status}",
    )


_STATUS_TEXT = {
    FeedbackStatus.MET: Text(zh="已反馈", en="met"),
    FeedbackStatus.MISSED: Text(zh="未按期反馈", en="missed"),
    FeedbackStatus.IN_PROGRESS: Text(zh="周期未结束,尚未反馈", en="not yet given, period running"),
    FeedbackStatus.NOT_DUE: Text(zh="不作要求", en="not due"),
    FeedbackStatus.REFERRED: Text(zh="未设定周期,提交研究决定", en="no cadence set, referred"),
}


def _spans(held_on: dt.date, end: dt.date, months: int) -> Iterator[tuple[dt.date, dt.date, bool]]:
    """Periods of ``months`` calendar months from the open day up to ``end``: (first, last, whole)."""
    k = 0
    while True:
        first = held_on + relativedelta(months=k * months)
        if first > end:
            return
        last = held_on + relativedelta(months=(k + 1) * months) - dt.timedelta(days=1)
        yield first, min(last, end), last <= end
        k += 1


def _status(
    done: tuple[dt.date, ...], last: dt.date, whole: bool, on: dt.date, closed: bool
) -> FeedbackStatus:
    """Met once given; a stretch cut by the close is not due; else missed or still running."""
    if done:
        return FeedbackStatus.MET
    if closed and not whole:
        return FeedbackStatus.NOT_DUE
    return FeedbackStatus.MISSED if on > last else FeedbackStatus.IN_PROGRESS


@rule(
    "open_day.feedback_cadence",
    zh="肥西县:定期向代表们反馈整改情况",
    en="Feixi: rectification progress is reported back to the representatives regularly",
    document=S004,
    section="肥西县",
    quote="并定期向代表们反馈整改情况,由代表们对落实情况进行监督",
    parameters=(_PARAM,),
)
def feedback_cadence(
    held_on: dt.date,
    feedback: Iterable[Feedback],
    *,
    on: dt.date,
    closed_on: dt.date | None = None,
    policy: Policy | None = None,
) -> tuple[Decision[FeedbackPeriod], ...]:
    """整改情况反馈 — whether the representatives of the open day ``held_on`` hear back regularly.

    The cadence is ``open_day.feedback_interval_months`` in force on the
    open day. Unset (the default: 定期 gives no number), one decision lists
    the feedback from the open day to ``closed_on`` (or ``on``), outcome
    ``referred``. Set to ``n``, the time from the open day to ``closed_on``
    (the day the rectification was finished; else ``on``) is cut into
    periods of ``n`` calendar months, one decision each, outcome ``met``,
    ``missed`` (a whole period over on ``on`` without feedback),
    ``in_progress`` (the current period) or ``not_due`` (the stretch cut
    short by the close). Feedback on other open days, or after ``on``, does
    not count. ``closed_on`` before the open day, or ``on`` before it, is a
    ``ValueError`` naming it.

    >>> fb = [Feedback(open_day=dt.date(2025, 6, 28), on=dt.date(2025, 8, 1))]
    >>> feedback_cadence(dt.date(2025, 6, 28), fb, on=dt.date(2025, 12, 31))[0].outcome
    'referred'
    >>> p = Policy.default().override({"open_day.feedback_interval_months": 3})
    >>> [d.outcome for d in feedback_cadence(dt.date(2025, 6, 28), fb, on=dt.date(2025, 12, 31), policy=p)]
    ['met', 'missed', 'in_progress']
    """
    held_on = as_date(held_on, "held_on")
    all_feedback = as_models(Feedback, feedback, "feedback")
    on = as_date(on, "on")
    if on < held_on:
        raise ValueError(f"on: {on} is before the open day {held_on}")
    if closed_on is not None:
        closed_on = as_date(closed_on, "closed_on")
        if closed_on < held_on:
            raise ValueError(f"closed_on: {closed_on} is before the open day {held_on}")
    ctx = RuleContext(feedback_cadence, policy, on=held_on)
    months = ctx.param(_PARAM)
    end = on if closed_on is None else min(closed_on, on)
    given = sorted(f.on for f in all_feedback if f.open_day == held_on and f.on <= end)
    closed = closed_on is not None and closed_on <= on
    spans = [(held_on, end, True)] if months is None else list(_spans(held_on, end, months))
    out = []
    for first, last, whole in spans:
        p = ctx.fork()
        p.param(_PARAM)
        done = tuple(d for d in given if first <= d <= last)
        if months is None:
            status = FeedbackStatus.REFERRED
            p.say(_FeedbackTexts.span, first=day(first), last=day(last))
        else:
            status = _status(done, last, whole, on, closed)
            p.say(_FeedbackTexts.period, first=day(first), last=day(last), months=months)
        if done:
            p.say(_FeedbackTexts.done, n=len(done), items=[day(d) for d in done])
        else:
            p.say(_FeedbackTexts.none)
        if months is None:
            p.say(_FeedbackTexts.not_set, path=_PARAM)
        elif status is FeedbackStatus.NOT_DUE:
            p.say(_FeedbackTexts.closed, day=day(end))
        elif status is FeedbackStatus.IN_PROGRESS:
            p.say(_FeedbackTexts.running, day=day(on))
        value = FeedbackPeriod(
            open_day=held_on,
            first=first,
            last=last,
            cadence_months=months,
            whole=whole,
            done=done,
            status=status,
        )
        span = _FeedbackTexts.span.text(first=day(first), last=day(last))
        out.append(
            p.decide(
                status.value,
                value,
                _FeedbackTexts.headline,
                subject=held_on.isoformat(),
                open_day=day(held_on),
                span=span,
                status=_STATUS_TEXT[status],
            )
        )
    return tuple(out)
