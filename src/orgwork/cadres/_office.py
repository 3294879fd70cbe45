"""首问负责 and 限时办结 — who owns a matter brought to the department, and whether it was closed in time.

000 第三篇: "出台限时办结制、首问责任制、ab岗管理等多项制度"; 003: "推行挂牌上岗、首问负责、
限时办结、重点岗位AB岗等制度,落实服务承诺,接受群众监督".

* [`first_responsible`][orgwork.cadres.first_responsible] — 首问负责: the member of staff first
  asked owns the matter. A hand-over (转办) recorded from the owner keeps them the
  owner; a record that names someone else as the handler with no hand-over, or
  that does not say who was asked first, is referred with the facts.
* [`time_limits`][orgwork.cadres.time_limits] — 限时办结: each kind of matter has a local limit
  in working days (``cadres.time_limit_working_days``, unset by default: neither
  seed gives a number). The day received is not counted (the convention of
  [`orgwork.calendar`][orgwork.calendar] and ``supervision.reply_deadline``): the due day
  is the ``n``-th working day strictly after it. A kind with no limit set is
  reported as such and never judged late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, check_unique
from orgwork._deadlines import DeadlineStatus, deadline_status
from orgwork.cadres._common import S000, S003
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, day
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.rules import rule

__all__ = [
    "Matter",
    "MatterDeadline",
    "Ownership",
    "Transfer",
    "first_responsible",
    "time_limits",
]

_LAST = dt.date(2200, 12, 31)

#: Where a matter stands against its time limit.
LimitStatus = Literal["closed_on_time", "closed_late", "open", "overdue", "no_limit_set"]


class Transfer(BaseModel):
    """转办 — a matter handed by one member of staff to another.

    >>> Transfer(by="张三", to="李四", on=dt.date(2025, 3, 4)).to
    '李四'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    by: Id = Field(min_length=1, description="Who handed the matter on.")
    to: Id = Field(min_length=1, description="Who received it.")
    on: dt.date = Field(le=_LAST)

    @model_validator(mode="after")
    def _not_to_oneself(self) -> Transfer:
        if self.by == self.to:
            raise ValueError(f"transfer: {self.by} cannot hand a matter to themselves")
        return self


class Matter(BaseModel):
    """来办事项 — a matter brought to the department, as its register records it.

    ``first_asked`` is the member of staff first asked (首问), ``None`` when the
    register does not say; ``handled_by`` the one the register names as its
    handler, if any. ``summary`` may hold a complainant's words: never in the repr.

    >>> m = Matter(id="M1", kind="证明", received_on=dt.date(2025, 3, 3), first_asked="张三",
    ...            summary="某某反映的情况")
    >>> "某某" in repr(m)
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    kind: str = Field(min_length=1, max_length=100, description="The kind of matter (事项类别).")
    received_on: dt.date = Field(le=_LAST)
    first_asked: Id | None = Field(default=None, description="The member of staff first asked.")
    handled_by: Id | None = Field(default=None, description="The handler the register names.")
    transfers: tuple[Transfer, ...] = ()
    closed_on: dt.date | None = Field(default=None, le=_LAST, description="办结之日.")
    summary: str | None = Field(default=None, repr=False)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Matter:
        if self.closed_on is not None and self.closed_on < self.received_on:
            raise ValueError(f"closed_on {self.closed_on} is before received_on {self.received_on}")
        early = [t.on for t in self.transfers if t.on < self.received_on]
        if early:
            raise ValueError(f"transfers: {min(early)} is before received_on {self.received_on}")
        return self


class Ownership(BaseModel):
    """首问负责 — who owns a matter, and whether its register agrees."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    matter: Id
    owner: Id | None = Field(description="The member of staff first asked; None if not recorded.")
    handled_by: Id | None
    holder: Id | None = Field(description="Who holds the matter after the recorded hand-overs.")
    status: Literal["conforms", "transferred", "referred"]


class MatterDeadline(BaseModel):
    """限时办结 — a matter's time limit, due day and standing on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    matter: Id
    kind: str
    received_on: dt.date
    working_days: int | None = Field(description="The local limit; None when none is set.")
    due: dt.date | None
    closed_on: dt.date | None
    status: LimitStatus


class _OwnerTexts:
    """Texts of cadres.first_responsible (首问负责)."""

    first = Say(
        "{received}收到,首问{first},由其负责",
        "Received {received}; {first} was asked first and owns it",
    )
    handed = Say(
        "{on}{by}转交{to}办理(首问责任人仍为{first})",
        "On {on} {by} handed it to {to} ({first} still owns it)",
    )
    not_holder = Say(
        "{on}{by}转交{to},但此时事项不在{by}手中,不计入",
        "On {on} {by} handed it to {to}, but {by} did not hold it then: not counted",
    )
    # headlines
    conforms = Say(
        "事项{v.matter}由首问{v.owner}负责办理",
        "Matter {v.matter} is handled by {v.owner}, asked first",
    )
    transferred = Say(
        "事项{v.matter}由首问{v.owner}转交{v.holder}办理,{v.owner}仍为首问责任人",
        "Matter {v.matter} was handed by {v.owner}, asked first, to {v.holder}; {v.owner} still owns it",
    )
    no_first = Say(
        "事项{v.matter}未记录首问人,无法确定首问责任人,提交研究",
        "Matter {v.matter}: the register does not say who was asked first; referred",
    )
    later = Say(
        "另有{n}次转交在{on}之后,截至该日尚未发生,不计入",
        "{n} hand-over(s) dated after {on}: not yet made on that day, not counted",
    )
    other_handler = Say(
        "事项{v.matter}首问{v.owner},登记的办理人却是{v.handled_by},且无转办记录,提交研究",
        "Matter {v.matter}: {v.owner} was asked first, but the register names {v.handled_by} as handler "
        "with no hand-over recorded; referred",
    )


def _holder(matter: Matter, first: str, ctx: RuleContext, on: dt.date) -> tuple[str, str]:
    """Follow the hand-overs from the one asked first; one by someone not holding it is ignored.

    The holder on ``on``, and the holder the later hand-overs lead to (not yet known on
    ``on``: they are not counted, and a reason says how many there are).
    """
    holder = first
    later = 0
    after = holder
    for t in sorted(matter.transfers, key=lambda t: (t.on, t.by, t.to)):
        if t.on > on:
            later += 1
            after = t.to if t.by == after else after
        elif t.by == holder:
            ctx.say(_OwnerTexts.handed, on=day(t.on), by=t.by, to=t.to, first=first)
            holder = after = t.to
        else:
            ctx.say(_OwnerTexts.not_holder, on=day(t.on), by=t.by, to=t.to)
    if later:
        ctx.say(_OwnerTexts.later, n=later, on=day(on))
    return holder, after


def _ownership(matter: Matter, on: dt.date) -> Decision[Ownership]:
    ctx = RuleContext(first_responsible)  # the rule reads no parameter
    first, handled = matter.first_asked, matter.handled_by
    if first is None:
        v = Ownership(
            matter=matter.id, owner=None, handled_by=handled, holder=None, status="referred"
        )
        return ctx.decide("referred", v, _OwnerTexts.no_first, subject=matter.id, v=v)
    ctx.say(_OwnerTexts.first, received=day(matter.received_on), first=first)
    holder, after = _holder(matter, first, ctx, on)
    if handled is None or handled in (holder, after):
        status: Literal["conforms", "transferred", "referred"] = (
            "conforms" if holder == first else "transferred"
        )
        headline = _OwnerTexts.conforms if status == "conforms" else _OwnerTexts.transferred
    else:
        status, headline = "referred", _OwnerTexts.other_handler
    v = Ownership(matter=matter.id, owner=first, handled_by=handled, holder=holder, status=status)
    return ctx.decide(
        status,
        v,
        headline,
        subject=matter.id,
        v=v,
    )


def _matters(matters: Iterable[Matter], on: dt.date) -> list[Matter]:
    given = as_models(Matter, matters, "matters")
    check_unique((m.id for m in given), "matter")
    return sorted((m for m in given if m.received_on <= on), key=lambda m: (m.received_on, m.id))


@rule(
    "cadres.first_responsible",
    zh="首问负责:来办事项由首先被询问的工作人员负责",
    en="首问负责: a matter brought to the department is owned by the member of staff first asked",
    document=S003,
    section="“三个之家”建设 三是规章制度落实公道正派 (also 000 第三篇 3、突出规范运作: 首问责任制)",
    quote="推行挂牌上岗、首问负责、限时办结、重点岗位AB岗等制度,落实服务承诺,接受群众监督",
)
def first_responsible(
    matters: Iterable[Matter], *, on: dt.date, policy: Policy | None = None
) -> tuple[Decision[Ownership], ...]:
    """首问负责 — one decision per matter received by ``on``: who owns it.

    The owner is the member of staff first asked (``first_asked``). Hand-overs
    (``transfers``) are followed from the owner, in date order; one by someone
    not holding the matter at the time is not counted, nor is one dated after
    ``on`` (a reason says how many; a handler named where it leads is not
    referred). Outcomes:
    ``"conforms"`` (the owner handles it), ``"transferred"`` (handed over and
    handled where handed; the owner stays responsible) and ``"referred"``
    (no first contact recorded, or a handler named who is not where the
    recorded hand-overs lead — incomplete data, never a culprit). Decisions
    come by day received, then id; a matter id listed twice is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> ms = [Matter(id="M1", kind="证明", received_on=dt.date(2025, 3, 3), first_asked="张三"),
    ...       Matter(id="M2", kind="证明", received_on=dt.date(2025, 3, 3), first_asked="张三",
    ...              handled_by="李四")]
    >>> [(d.subject, d.outcome) for d in first_responsible(ms, on=dt.date(2025, 3, 31))]
    [('M1', 'conforms'), ('M2', 'referred')]
    """
    checked_policy(policy)
    on = as_date(on, "on")
    return tuple(_ownership(m, on) for m in _matters(matters, on))


class _LimitTexts:
    """Texts of cadres.time_limit (限时办结)."""

    limit = Say(
        "“{kind}”类事项本地规定{n}个工作日内办结;收到之日({received})不计入,期限为{due}",
        "Local limit for '{kind}': {n} working day(s); the day received ({received}) is not "
        "counted, so it is due by {due}",
    )
    no_limit = Say(
        "本地未规定“{kind}”类事项的办结时限",
        "No local time limit is set for matters of kind '{kind}'",
    )
    closed = Say("{closed}办结", "Closed on {closed}")
    # headlines
    closed_on_time = Say(
        "事项{v.matter}已于{v.closed_on}按时办结(期限{v.due})",
        "Matter {v.matter} closed on {v.closed_on}, in time (due {v.due})",
    )
    closed_late = Say(
        "事项{v.matter}于{v.closed_on}办结,超过期限{v.due}",
        "Matter {v.matter} closed on {v.closed_on}, after its due day {v.due}",
    )
    open = Say("事项{v.matter}正在办理,期限{v.due}", "Matter {v.matter} is open, due by {v.due}")
    overdue = Say(
        "事项{v.matter}应于{v.due}前办结,尚未办结",
        "Matter {v.matter} was due by {v.due} and is not closed",
    )
    no_limit_set = Say(
        "事项{v.matter}(“{v.kind}”类)未设办结时限,不判定是否超时",
        "Matter {v.matter} ('{v.kind}') has no time limit set: never judged late",
    )


_STATUS: dict[DeadlineStatus, LimitStatus] = {
    DeadlineStatus.ANSWERED_ON_TIME: "closed_on_time",
    DeadlineStatus.ANSWERED_LATE: "closed_late",
    DeadlineStatus.OPEN: "open",
    DeadlineStatus.OVERDUE: "overdue",
}


_LIMIT_HEADLINE = {
    "closed_on_time": _LimitTexts.closed_on_time,
    "closed_late": _LimitTexts.closed_late,
    "open": _LimitTexts.open,
    "overdue": _LimitTexts.overdue,
    "no_limit_set": _LimitTexts.no_limit_set,
}


def _deadline(
    matter: Matter, on: dt.date, calendar: Calendar, policy: Policy | None
) -> Decision[MatterDeadline]:
    ctx = RuleContext(time_limits, policy, on=matter.received_on)
    n = ctx.param("cadres.time_limit_working_days").get(matter.kind)
    ctx.record("cadres.time_limit_working_days", n)
    closed = matter.closed_on if matter.closed_on is not None and matter.closed_on <= on else None
    due = None if n is None else calendar.add_working_days(matter.received_on, n)
    status: LimitStatus
    if due is None:
        ctx.say(_LimitTexts.no_limit, kind=matter.kind)
        status = "no_limit_set"
    else:
        ctx.say(
            _LimitTexts.limit, kind=matter.kind, n=n, received=day(matter.received_on), due=day(due)
        )
        ctx.provisional = calendar.is_provisional(matter.received_on, due)
        status = _STATUS[deadline_status(answered_on=closed, due=due, on=on)]
    if closed is not None:
        ctx.say(_LimitTexts.closed, closed=day(closed))
    v = MatterDeadline(
        matter=matter.id,
        kind=matter.kind,
        received_on=matter.received_on,
        working_days=n,
        due=due,
        closed_on=closed,
        status=status,
    )
    return ctx.decide(
        status,
        v,
        _LIMIT_HEADLINE[status],
        subject=matter.id,
        v=v,
    )


@rule(
    "cadres.time_limit",
    zh="限时办结:各类事项在本地规定的工作日内办结",
    en="限时办结: each kind of matter is closed within its local limit in working days",
    document=S000,
    section="第三篇 3、突出规范运作,抓制度文化建设 (also 003 三是规章制度落实公道正派: 限时办结)",
    quote="出台限时办结制、首问责任制、ab岗管理等多项制度",
    parameters=("cadres.time_limit_working_days",),
)
def time_limits(
    matters: Iterable[Matter],
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> tuple[Decision[MatterDeadline], ...]:
    """限时办结 — one decision per matter received by ``on``: closed in time, late, open or overdue.

    The limit of a matter's kind is ``cadres.time_limit_working_days[kind]``
    in force on the day received; the day received is not counted, so the
    due day is the ``n``-th working day strictly after it on ``calendar``
    (the official calendar by default). The due day itself is in time; a
    closing day after ``on`` is not yet known. Outcomes ``"closed_on_time"``,
    ``"closed_late"``, ``"open"``, ``"overdue"`` (past the due day, not
    closed) and ``"no_limit_set"`` (the locality set no limit for the kind:
    never late). Decisions come by day received, then id. A due day in a year
    ``calendar`` does not cover raises
    [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError] naming the
    year (add it, or opt in to an estimate with ``Calendar.with_provisional``).

    >>> from orgwork.policy import Policy
    >>> p = Policy.default().override({"cadres.time_limit_working_days": {"证明": 3}})
    >>> ms = [Matter(id="M1", kind="证明", received_on=dt.date(2025, 9, 30),
    ...              closed_on=dt.date(2025, 10, 10)),
    ...       Matter(id="M2", kind="来信", received_on=dt.date(2025, 9, 30))]
    >>> [(d.outcome, d.value.due) for d in time_limits(ms, on=dt.date(2025, 10, 31), policy=p)]
    [('closed_on_time', datetime.date(2025, 10, 11)), ('no_limit_set', None)]
    """
    checked_policy(policy)
    on = as_date(on, "on")
    cal = checked_calendar(calendar)
    return tuple(_deadline(m, on, cal, policy) for m in _matters(matters, on))
