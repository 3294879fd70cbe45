"""群众来信来访 — letters, calls, visits and mailbox complaints, each replied to within a time limit."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from fractions import Fraction
from typing import Literal, cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, check_unique
from orgwork._deadlines import DeadlineStatus, deadline_status, tally, working_day_deadline
from orgwork._display import rate_text
from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, ParamValue, RuleContext, Say, Text, both, day
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._common import S000

__all__ = [
    "Case",
    "CaseState",
    "CaseStatus",
    "CaseSummary",
    "Channel",
    "case_status",
    "case_summary",
    "reply_deadline",
]

_PARAM = "supervision.reply_working_days"


class Channel(enum.StrEnum):
    """民意渠道 — how an opinion or complaint reached the department."""

    LETTER = "letter"
    """来信 — a letter."""
    CALL = "call"
    """举报电话 — a call to the reporting line."""
    VISIT = "visit"
    """来访 — a visit in person (including the head's reception day)."""
    MAILBOX = "mailbox"
    """投诉信箱 — the complaints mailbox outside the offices."""


class CaseStatus(enum.StrEnum):
    """办理状态 — where a case stands on a given day.

    The values are those of the shared deadline tracker
    (``orgwork._deadlines.DeadlineStatus``), which open-day suggestions use too.
    """

    OPEN = "open"
    """未答复,未超期 — not yet answered, still within the time limit."""
    ANSWERED_ON_TIME = "answered_on_time"
    """按期答复 — answered on or before the due date."""
    OVERDUE = "overdue"
    """超期未答复 — not answered, and the due date has passed."""
    ANSWERED_LATE = "answered_late"
    """超期答复 — answered, but after the due date."""


_STATUS_LABELS = {
    CaseStatus.OPEN: Text(zh="办理中", en="open"),
    CaseStatus.ANSWERED_ON_TIME: Text(zh="按期答复", en="answered on time"),
    CaseStatus.OVERDUE: Text(zh="超期未答复", en="overdue"),
    CaseStatus.ANSWERED_LATE: Text(zh="超期答复", en="answered late"),
}


class Case(BaseModel):
    """一件群众来信来访 — one opinion or complaint, with its dates and handler.

    ``assigned_on`` and ``handler`` record who handles it (the seed names one
    deputy head, 明确一名副部长处理); ``replied_on`` is the day it was answered.

    >>> c = Case(id="L-001", channel="letter", received_on=dt.date(2024, 2, 8), handler="王副部长")
    >>> c.channel
    <Channel.LETTER: 'letter'>
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    channel: Channel = Channel.LETTER
    received_on: dt.date
    assigned_on: dt.date | None = None
    handler: str | None = Field(default=None, min_length=1)
    replied_on: dt.date | None = None
    summary: str = ""

    @model_validator(mode="after")
    def _dates_in_order(self) -> Case:
        if self.assigned_on is not None and self.assigned_on < self.received_on:
            raise ValueError("assigned_on is before received_on")
        if self.assigned_on is not None and self.handler is None:
            raise ValueError("assigned_on is set but handler is not")
        if self.replied_on is not None and self.replied_on < self.received_on:
            raise ValueError("replied_on is before received_on")
        return self


class CaseState(BaseModel):
    """The status of one case on a day, with its due date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case: str
    status: CaseStatus
    due: dt.date
    on: dt.date
    replied_on: dt.date | None = None
    handler: str | None = None


class CaseSummary(BaseModel):
    """On-time figures of a group of cases (all, one handler's, or one month's) on a day.

    ``on_time_rate`` is ``answered_on_time / (answered_on_time + answered_late + overdue)``:
    the share answered on time among the cases whose time limit has been met
    or missed. Cases still open within their time limit are not counted in
    it. When no case has reached that point the rate is ``None`` (undefined),
    never a division by zero. The counts, the rate and the decision's outcome
    (``overdue``, else ``late``, else ``on_time``, else ``none_due``) are the
    shared deadline tracker's, as for open-day suggestions.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: str
    on: dt.date
    received: int
    open: int
    answered_on_time: int
    answered_late: int
    overdue: int
    on_time_rate: Fraction | None
    overdue_cases: tuple[str, ...] = ()
    late_cases: tuple[str, ...] = ()


#: The labels of the two days a reply deadline names.
_RECEIPT = Text(zh="收到之日", en="The day of receipt")
_REPLY = Text(zh="答复", en="Reply")


@rule(
    "supervision.reply_deadline",
    zh="群众来信来访限时答复",
    en="Reply to letters and visits within a time limit",
    document=S000,
    section="第五篇 三、一是",
    quote="群众的意见建议做到事事回复,并限时在15个工作日内完成",
    parameters=(_PARAM,),
)
def reply_deadline(
    received_on: dt.date, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[dt.date]:
    """群众来信来访答复期限 — the day by which a letter, call or visit must be answered.

    The day of receipt is not counted; the deadline is the ``n``-th working
    day strictly after it (``n`` = ``supervision.reply_working_days``, 15),
    counted on the official calendar with its 调休 make-up days. A reply on
    the deadline itself is on time. A deadline past the calendar's coverage
    raises :class:`~orgwork.errors.CalendarCoverageError` (nothing is guessed).

    >>> d = reply_deadline(dt.date(2024, 2, 8))   # across the 2024 Spring Festival
    >>> d.value
    datetime.date(2024, 3, 6)
    >>> print(d.explain("en"))
    Reply due by 2024-03-06
      rule: supervision.reply_deadline
      outcome: due
      because:
        - The day of receipt (2024-02-08) is not counted; the 15th working day after it is 2024-03-06 [supervision.reply_deadline]
      parameters:
        - supervision.reply_working_days = 15
    """
    received_on = as_date(received_on, "received_on")
    return working_day_deadline(
        RuleContext(reply_deadline, policy, on=received_on),
        parameter=_PARAM,
        start=received_on,
        calendar=calendar or official_calendar(),
        start_label=_RECEIPT,
        action=_REPLY,
    )


class _StatusTexts:
    """Texts of supervision.case_status (来信来访办理状态): a reason per status, the headline."""

    on_time = Say(
        "于{day}答复,未晚于期限{due}", "Answered on {day}, on or before the due date {due}"
    )
    late = Say("于{day}答复,晚于期限{due}", "Answered on {day}, after the due date {due}")
    open = Say(
        "截至{day}尚未答复,未超过期限{due}", "Not answered as of {day}, not past the due date {due}"
    )
    overdue = Say(
        "截至{day}尚未答复,已超过期限{due}", "Not answered as of {day}, past the due date {due}"
    )
    headline = Say("{case}:{status}", "{case}: {status}")


_STATUS_REASONS = {
    CaseStatus.ANSWERED_ON_TIME: _StatusTexts.on_time,
    CaseStatus.ANSWERED_LATE: _StatusTexts.late,
    CaseStatus.OPEN: _StatusTexts.open,
    CaseStatus.OVERDUE: _StatusTexts.overdue,
}


@rule(
    "supervision.case_status",
    zh="来信来访办理状态(按期、超期)",
    en="Status of a letter or visit on a day: open, answered on time, overdue, answered late",
    document=S000,
    section="第五篇 三、一是",
    quote="组织部明确一名副部长处理群众来信来访,群众的意见建议做到事事回复",
    parameters=(_PARAM,),
)
def case_status(
    case: Case,
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[CaseState]:
    """来信来访办理状态 — whether a case is open, answered on time, overdue or answered late.

    The case is read on the day ``on``. The due date is :func:`reply_deadline`
    of the day of receipt, with the policy in force that day. A reply dated
    after ``on`` is not yet known that day. Asking about a day before the case was received is a
    :class:`~orgwork.errors.RecordError`.

    >>> c = Case(id="L-001", received_on=dt.date(2024, 2, 8), replied_on=dt.date(2024, 3, 7))
    >>> case_status(c, on=dt.date(2024, 3, 1)).outcome
    'open'
    >>> case_status(c, on=dt.date(2024, 3, 31)).outcome
    'answered_late'
    """
    case = as_models(Case, (case,))[0]
    on = as_date(on, "on")
    if on < case.received_on:
        raise RecordError(f"case {case.id} was received on {case.received_on}, after {on}")
    ctx = RuleContext(case_status, policy)
    due = ctx.adopt(reply_deadline(case.received_on, policy=policy, calendar=calendar))
    status = _state(case, on, due)
    known_reply = case.replied_on if case.replied_on and case.replied_on <= on else None
    # 事事回复: answered (on the day of the reply), or not yet (as of the day asked about)
    ctx.say(_STATUS_REASONS[status], day=day(known_reply or on), due=day(due))
    state = CaseState(
        case=case.id, status=status, due=due, on=on, replied_on=known_reply, handler=case.handler
    )
    return ctx.decide(
        status.value,
        state,
        _StatusTexts.headline,
        subject=case.id,
        case=case.id,
        status=_STATUS_LABELS[status],
    )


def _state(case: Case, on: dt.date, due: dt.date) -> CaseStatus:
    return CaseStatus(deadline_status(answered_on=case.replied_on, due=due, on=on).value)


_UNASSIGNED = "unassigned"


class _SummaryTexts:
    """Texts of supervision.case_summary (来信来访按期答复率与超期清单)."""

    counts = Say(
        "截至{on}:按期答复{on_time}件,超期答复{late}件,超期未答复{overdue}件,期限内办理中{open}件",
        "As of {on}: {on_time} answered on time, {late} answered late, {overdue} overdue, "
        "{open} open within the limit",
    )
    rate = Say(
        "按期答复率 = 按期答复 ÷ (按期答复 + 超期答复 + 超期未答复);期限内办理中的不计入",
        "On-time rate = on time ÷ (on time + late + overdue); cases open within "
        "their limit are not counted",
    )
    overdue = Say("超期未答复:{items}", "Overdue: {items}")
    late = Say("超期答复:{items}", "Answered late: {items}")
    headline = Say(
        "{group}:收到{received}件,{rate},超期未答复{overdue}件",
        "{group}: {received} received, {rate}, {overdue} overdue",
    )


@rule(
    "supervision.case_summary",
    zh="来信来访按期答复率与超期清单",
    en="On-time reply rates and overdue lists, overall, per handler or per month",
    document=S000,
    section="第五篇 三、一是",
    quote="并限时在15个工作日内完成",
    parameters=(_PARAM,),
)
def case_summary(
    cases: Iterable[Case],
    *,
    on: dt.date,
    by: Literal["all", "handler", "month"] = "all",
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> tuple[Decision[CaseSummary], ...]:
    """按期答复率 — on-time rates and overdue lists of the cases received by ``on``.

    ``by="all"`` gives one decision (subject ``"all"``), even for no cases;
    ``by="handler"`` one per handler (subject ``"handler:<name>"``, sorted by
    name, then ``"unassigned"`` for cases with no handler); ``by="month"`` one
    per month of receipt (subject ``"month:YYYY-MM"``, in date order). Cases
    received after ``on`` are left out. ``overdue_cases`` and
    ``late_cases`` list case ids by due date, then id. The rate is an exact
    :class:`~fractions.Fraction`, ``None`` when no case's time limit has been
    reached (see :class:`CaseSummary`). Duplicate case ids are a
    :class:`~orgwork.errors.RecordError`.

    >>> cs = [Case(id="A", received_on=dt.date(2025, 3, 3), replied_on=dt.date(2025, 3, 10)),
    ...       Case(id="B", received_on=dt.date(2025, 3, 3))]
    >>> s = case_summary(cs, on=dt.date(2025, 6, 30))[0]
    >>> s.value.on_time_rate, s.value.overdue_cases
    (Fraction(1, 2), ('B',))
    >>> case_summary([], on=dt.date(2025, 6, 30))[0].value.on_time_rate is None
    True
    """
    all_cases = as_models(Case, cases)
    on = as_date(on, "on")
    if by not in ("all", "handler", "month"):
        raise ValueError(f"by must be 'all', 'handler' or 'month', not {by!r}")
    check_unique((c.id for c in all_cases), "case")
    known = [c for c in all_cases if c.received_on <= on]
    statuses = [case_status(c, on=on, policy=policy, calendar=calendar) for c in known]
    ctx = RuleContext(case_summary, policy, on=on)
    limit = _time_limit(ctx, statuses)
    provisional = any(d.provisional for d in statuses)
    out = []
    for key, members in _groups(by, known, [d.value for d in statuses]).items():
        group = ctx.fork()
        group.record(_PARAM, limit)
        group.provisional = provisional
        out.append(_summary_decision(group, key, on, members))
    return tuple(out)


def _time_limit(ctx: RuleContext, statuses: list[Decision[CaseState]]) -> ParamValue:
    """限时在15个工作日内完成: the limit the cases were given, one value or each distinct one in order.

    With no case, the limit in force on the context's day.
    """
    used = sorted({cast(int, d.parameters[_PARAM]) for d in statuses}) or [ctx.param(_PARAM)]
    return used[0] if len(used) == 1 else tuple(used)


def _groups(by: str, known: list[Case], states: list[CaseState]) -> dict[str, list[CaseState]]:
    """The case states grouped as ``by`` asks: all, per handler (then unassigned), per month."""
    pairs = list(zip(known, states, strict=True))
    if by == "all":
        return {"all": states}
    if by == "handler":
        named = sorted({c.handler for c in known if c.handler is not None})
        groups = {f"handler:{h}": [s for c, s in pairs if c.handler == h] for h in named}
        unassigned = [s for c, s in pairs if c.handler is None]
        if unassigned:
            groups[_UNASSIGNED] = unassigned
        return groups
    months = sorted({(c.received_on.year, c.received_on.month) for c in known})
    return {
        f"month:{y:04d}-{m:02d}": [
            s for c, s in pairs if (c.received_on.year, c.received_on.month) == (y, m)
        ]
        for y, m in months
    }


def _summary_decision(
    ctx: RuleContext, key: str, on: dt.date, members: list[CaseState]
) -> Decision[CaseSummary]:
    """The decision of one group: its counts, the rate's definition, its late and overdue lists."""
    t = tally((s.case, DeadlineStatus(s.status.value), s.due) for s in members)
    s = CaseSummary(
        group=key,
        on=on,
        received=len(members),
        open=t.open,
        answered_on_time=t.on_time,
        answered_late=t.late,
        overdue=t.overdue,
        on_time_rate=t.on_time_rate,
        overdue_cases=t.overdue_ids,
        late_cases=t.late_ids,
    )
    ctx.say(
        _SummaryTexts.counts,
        on=day(on),
        on_time=s.answered_on_time,
        late=s.answered_late,
        overdue=s.overdue,
        open=s.open,
    )
    ctx.say(_SummaryTexts.rate)
    ctx.say_list(_SummaryTexts.overdue, s.overdue_cases)
    ctx.say_list(_SummaryTexts.late, s.late_cases)
    rate = both(*rate_text(s.answered_on_time, s.answered_on_time + s.answered_late + s.overdue))
    return ctx.decide(
        t.outcome,
        s,
        _SummaryTexts.headline,
        subject=key,
        group=key,
        received=s.received,
        rate=rate,
        overdue=s.overdue,
    )
