"""群众来信来访 — letters, calls, visits and mailbox complaints, each replied to within a time limit."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_field, as_models, check_unique, shift
from orgwork._deadlines import DeadlineStatus, deadline_status, tally, working_day_deadline
from orgwork._display import rate_text
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, ParamValue, RuleContext, Say, Text, both, day
from orgwork.errors import RecordError
from orgwork.ids import Id
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
    TRANSFERRED = "transferred"
    """已转送/交办 — passed on, on or before the due date, to the body that handles it."""
    NOT_ACCEPTED = "not_accepted"
    """不予受理 — not accepted, and the person told so on or before the due date."""


_STATUS_LABELS = {
    CaseStatus.OPEN: Text(zh="办理中", en="open"),
    CaseStatus.ANSWERED_ON_TIME: Text(zh="按期答复", en="answered on time"),
    CaseStatus.OVERDUE: Text(zh="超期未答复", en="overdue"),
    CaseStatus.ANSWERED_LATE: Text(zh="超期答复", en="answered late"),
    CaseStatus.TRANSFERRED: Text(zh="已转送/交办", en="transferred"),
    CaseStatus.NOT_ACCEPTED: Text(zh="不予受理", en="not accepted"),
}
#: The statuses of a case the department passed on or did not accept: outside the on-time rate.
_SET_ASIDE = (CaseStatus.TRANSFERRED, CaseStatus.NOT_ACCEPTED)


class Case(BaseModel):
    """一件群众来信来访 — one opinion or complaint, with its dates and handler.

    ``assigned_on`` and ``handler`` record who handles it (the seed names one
    deputy head, 明确一名副部长处理); ``replied_on`` is the day it was answered.

    A case may lawfully take longer (at most one of these):

    - 延期: ``extended_until``, approved by ``extension_approved_by`` because
      of ``extension_reason`` (all three together);
    - 转送/交办: passed to ``transferred_to`` on ``transferred_on`` (both);
    - 不予受理: not accepted because of ``not_accepted_reason``; ``replied_on``
      is then the day the person was told.

    >>> c = Case(id="L-001", channel="letter", received_on=dt.date(2024, 2, 8), handler="王副部长")
    >>> c.channel
    <Channel.LETTER: 'letter'>
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    channel: Channel = Channel.LETTER
    received_on: dt.date
    assigned_on: dt.date | None = None
    handler: Id | None = Field(default=None, min_length=1)
    replied_on: dt.date | None = None
    summary: str = Field(default="", repr=False)  # a complainant's words: never in repr/str/logs
    extended_until: dt.date | None = None
    extension_approved_by: Id | None = Field(default=None, min_length=1)
    extension_reason: str | None = Field(default=None, min_length=1, repr=False)
    transferred_to: Id | None = Field(default=None, min_length=1)
    transferred_on: dt.date | None = None
    not_accepted_reason: str | None = Field(default=None, min_length=1, repr=False)

    @model_validator(mode="after")
    def _longer_handling_complete(self) -> Case:
        ext = {
            "extended_until": self.extended_until,
            "extension_approved_by": self.extension_approved_by,
            "extension_reason": self.extension_reason,
        }
        if any(v is not None for v in ext.values()):
            missing = [k for k, v in ext.items() if v is None]
            if missing:
                raise ValueError("an extension (延期) also needs: " + ", ".join(missing))
        if (self.transferred_to is None) != (self.transferred_on is None):
            raise ValueError("a transfer (转送/交办) needs both transferred_to and transferred_on")
        for name in ("extended_until", "transferred_on"):
            value = getattr(self, name)
            if value is not None and value < self.received_on:
                raise ValueError(f"{name} is before received_on")
        kinds = (self.extended_until, self.transferred_on, self.not_accepted_reason)
        if sum(k is not None for k in kinds) > 1:
            raise ValueError("a case is extended, transferred or not accepted: only one of them")
        return self

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

    case: Id
    status: CaseStatus
    due: dt.date
    on: dt.date
    replied_on: dt.date | None = None
    handler: str | None = None
    extended: bool = False
    transferred_to: str | None = None
    other_handler: bool = False


class CaseSummary(BaseModel):
    """On-time figures of a group of cases (all, one handler's, or one month's) on a day.

    ``on_time_rate`` is ``answered_on_time / (answered_on_time + answered_late + overdue)``:
    the share answered on time among the cases whose time limit has been met
    or missed. Cases still open within their time limit are not counted in
    it. An extended case (延期) is counted against its extended date
    (``extended`` says how many); a case transferred (转送/交办) or not
    accepted (不予受理) within the limit is not counted late and is left out
    of the rate (``transferred``, ``not_accepted``). ``other_handler_cases``
    are those handled by someone other than the named deputy head. When no case has reached that point the rate is ``None`` (undefined),
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
    extended: int = 0
    transferred: int = 0
    not_accepted: int = 0
    extended_cases: tuple[str, ...] = ()
    transferred_cases: tuple[str, ...] = ()
    not_accepted_cases: tuple[str, ...] = ()
    other_handler_cases: tuple[str, ...] = ()


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
    raises [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError] (nothing is guessed).

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
        calendar=checked_calendar(calendar),
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
    extended = Say(
        "经{by}批准延期至{until}(理由:{reason}),按延长后的期限计",
        "Extended to {until}, approved by {by} (because: {reason}); the extended date is the limit",
    )
    extension_capped = Say(
        "延期至{until}超过原期限{due}后{n}日的上限(信访工作条例,supervision.extension_max_days),"
        "按{capped}计",
        "An extension to {until} goes beyond {n} days after the original limit {due} (信访工作条例, "
        "supervision.extension_max_days); {capped} is the limit",
    )
    extension_not_later = Say(
        "批准延期至{until},不晚于原期限{due},期限不变",
        "Extended to {until}, not later than the original limit {due}: the limit is unchanged",
    )
    transferred = Say(
        "于{day}转送/交办{to},未晚于期限{due},不计为超期",
        "Transferred to {to} on {day}, on or before the due date {due}: not late",
    )
    transferred_late = Say(
        "于{day}转送/交办{to},晚于期限{due}",
        "Transferred to {to} on {day}, after the due date {due}",
    )
    not_accepted = Say(
        "不予受理(理由:{reason}),于{day}告知,未晚于期限{due},不计为超期",
        "Not accepted (because: {reason}); told on {day}, on or before the due date {due}: not late",
    )
    not_accepted_late = Say(
        "不予受理(理由:{reason}),于{day}告知,晚于期限{due}",
        "Not accepted (because: {reason}); told on {day}, after the due date {due}",
    )
    not_accepted_untold = Say(
        "不予受理(理由:{reason}),截至{day}尚未告知",
        "Not accepted (because: {reason}); not yet told as of {day}",
    )
    other_handler = Say(
        "由{handler}办理,不是明确处理群众来信来访的副部长{deputy}",
        "Handled by {handler}, not by {deputy}, the deputy head named to handle letters and visits",
    )
    headline = Say("{case}:{status}", "{case}: {status}")


_STATUS_REASONS = {
    CaseStatus.ANSWERED_ON_TIME: _StatusTexts.on_time,
    CaseStatus.ANSWERED_LATE: _StatusTexts.late,
    CaseStatus.OPEN: _StatusTexts.open,
    CaseStatus.OVERDUE: _StatusTexts.overdue,
}
#: The case status of each status of the shared deadline tracker (the same values).
_FROM_DEADLINE = {s: CaseStatus(s.value) for s in DeadlineStatus}
#: The deadline tracker's status of each case status it counts (all but those set aside).
_TO_DEADLINE = {c: s for s, c in _FROM_DEADLINE.items()}
_HELD = "supervision.extension_held_to_regulation"
_MAX_DAYS = "supervision.extension_max_days"
_EFFECTIVE = "supervision.extension_limit_effective"
_EXTENSION = (_HELD, _MAX_DAYS, _EFFECTIVE)


@rule(
    "supervision.case_status",
    zh="来信来访办理状态(按期、超期、延期、转送、不予受理)",
    en="Status of a letter or visit on a day: open, answered on time, overdue, answered late, "
    "transferred or not accepted (an approved extension moves the limit)",
    document=S000,
    section="第五篇 三、一是",
    quote="组织部明确一名副部长处理群众来信来访,群众的意见建议做到事事回复",
    parameters=(_PARAM, *_EXTENSION),
)
def case_status(
    case: Case,
    *,
    on: dt.date,
    deputy_head: str | None = None,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[CaseState]:
    """来信来访办理状态 — whether a case is open, answered on time, overdue, answered late,
    transferred or not accepted.

    The case is read on the day ``on``. The due date is [`reply_deadline`][orgwork.supervision.reply_deadline]
    of the day of receipt, with the policy in force that day; an approved
    extension (延期) moves it to ``extended_until``, at most
    ``supervision.extension_max_days`` (30) calendar days after it for a case
    received on or after ``supervision.extension_limit_effective`` (the
    信访工作条例 of 2022), unless ``supervision.extension_held_to_regulation``
    is false. A transfer (转送/交办) or a notice of not accepting
    (不予受理) on or before the due date is not late. A reply dated after ``on``
    is not yet known that day. With ``deputy_head`` (the deputy head the
    department named, 明确一名副部长处理), a case handled by anyone else is
    noted. Asking about a day before the case was received is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> c = Case(id="L-001", received_on=dt.date(2024, 2, 8), replied_on=dt.date(2024, 3, 7))
    >>> case_status(c, on=dt.date(2024, 3, 1)).outcome
    'open'
    >>> case_status(c, on=dt.date(2024, 3, 31)).outcome
    'answered_late'
    >>> moved = c.model_copy(update={"transferred_to": "县信访局",
    ...                              "transferred_on": dt.date(2024, 2, 20), "replied_on": None})
    >>> case_status(moved, on=dt.date(2024, 3, 31)).outcome
    'transferred'
    """
    case = as_models(Case, (case,))[0]
    on = as_date(on, "on")
    deputy_head = as_field(Id | None, deputy_head, "deputy_head")
    if on < case.received_on:
        raise RecordError(f"case {case.id} was received on {case.received_on}, after {on}")
    ctx = RuleContext(case_status, policy, on=case.received_on)
    due = ctx.adopt(reply_deadline(case.received_on, policy=policy, calendar=calendar))
    found = _assess(case, on, due, ctx.param, deputy_head)
    for template, values in found.notes:
        ctx.say(template, **{k: day(v) if isinstance(v, dt.date) else v for k, v in values.items()})
    status = found.status
    state = CaseState(
        case=case.id,
        status=status,
        due=found.due,
        on=on,
        replied_on=found.replied_on,
        handler=case.handler,
        extended=found.extended,
        transferred_to=case.transferred_to if status is CaseStatus.TRANSFERRED else None,
        other_handler=found.other_handler,
    )
    return ctx.decide(
        status.value,
        state,
        _StatusTexts.headline,
        subject=case.id,
        case=case.id,
        status=_STATUS_LABELS[status],
    )


#: A reason that applies to a case: its template, and the values that fill it (dates as dates).
_Note = tuple[Say, dict[str, object]]


class _Assessed(NamedTuple):
    """What the status rules decide about a case on a day, and the reasons that apply (as notes)."""

    status: CaseStatus
    due: dt.date
    replied_on: dt.date | None
    extended: bool
    other_handler: bool
    notes: list[_Note]


def _assess(
    case: Case, on: dt.date, due: dt.date, param: Callable[[str], Any], deputy_head: str | None
) -> _Assessed:
    """The status of ``case`` on ``on``: the one implementation of the rules of ``case_status``.

    ``due`` is the reply deadline of the day of receipt; ``param`` reads a
    parameter of ``case_status`` in force that day (``case_status`` passes its
    context's, which records what is read; ``case_summary`` values it read once
    per day of receipt). The reasons come back as notes, in order, with no text
    built: ``case_status`` says them, ``case_summary`` needs only the figures.
    """
    notes: list[_Note] = []
    due = _extended_due(case, due, param, notes)
    status, known_reply = _disposition(case, on, due, notes)
    # 组织部明确一名副部长处理群众来信来访
    other = deputy_head is not None and case.handler not in (None, deputy_head)
    if other:
        notes.append((_StatusTexts.other_handler, {"handler": case.handler, "deputy": deputy_head}))
    return _Assessed(status, due, known_reply, case.extended_until is not None, other, notes)


def _extended_due(
    case: Case, due: dt.date, param: Callable[[str], Any], notes: list[_Note]
) -> dt.date:
    """延期: the limit an approved extension sets, at most the 信访工作条例's days after ``due``."""
    if case.extended_until is None:
        return due
    until = case.extended_until
    if until <= due:
        notes.append((_StatusTexts.extension_not_later, {"until": until, "due": due}))
        return due
    notes.append(
        (
            _StatusTexts.extended,
            {"by": case.extension_approved_by, "until": until, "reason": case.extension_reason},
        )
    )
    if not param(_HELD):
        return until
    n = param(_MAX_DAYS)
    cap = shift(due, n, "case: its due date")
    if case.received_on >= param(_EFFECTIVE) and until > cap:
        notes.append(
            (_StatusTexts.extension_capped, {"until": until, "due": due, "n": n, "capped": cap})
        )
        return cap
    return until


def _disposition(
    case: Case, on: dt.date, due: dt.date, notes: list[_Note]
) -> tuple[CaseStatus, dt.date | None]:
    """事事回复: answered, transferred or told it is not accepted (on the day), or not yet."""
    known_reply = case.replied_on if case.replied_on and case.replied_on <= on else None
    moved = case.transferred_on
    if case.transferred_to is not None and moved is not None and moved <= on:
        in_time = moved <= due
        say = _StatusTexts.transferred if in_time else _StatusTexts.transferred_late
        notes.append((say, {"day": moved, "to": case.transferred_to, "due": due}))
        return (CaseStatus.TRANSFERRED if in_time else CaseStatus.ANSWERED_LATE), known_reply
    reason = case.not_accepted_reason
    if reason is not None and known_reply is not None:
        in_time = known_reply <= due
        say = _StatusTexts.not_accepted if in_time else _StatusTexts.not_accepted_late
        notes.append((say, {"reason": reason, "day": known_reply, "due": due}))
        return (CaseStatus.NOT_ACCEPTED if in_time else CaseStatus.ANSWERED_LATE), known_reply
    if reason is not None:
        notes.append((_StatusTexts.not_accepted_untold, {"reason": reason, "day": on}))
    status = _state(case, on, due)
    notes.append((_STATUS_REASONS[status], {"day": known_reply or on, "due": due}))
    return status, known_reply


def _state(case: Case, on: dt.date, due: dt.date) -> CaseStatus:
    return _FROM_DEADLINE[deadline_status(answered_on=case.replied_on, due=due, on=on)]


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
    longer = Say(
        "经批准延期{extended}件(按延长后的期限计入按期答复率);转送/交办{transferred}件、"
        "不予受理{not_accepted}件,均在期限内办理,不计为超期,不计入按期答复率",
        "{extended} extended with approval (counted against the extended date); {transferred} "
        "transferred and {not_accepted} not accepted within the limit: not late, and left out "
        "of the on-time rate",
    )
    extended = Say("延期:{items}", "Extended: {items}")
    transferred = Say("转送/交办:{items}", "Transferred: {items}")
    not_accepted = Say("不予受理:{items}", "Not accepted: {items}")
    other_handler = Say(
        "由明确处理群众来信来访的副部长{deputy}以外的人员办理:{items}",
        "Handled by someone other than {deputy}, the deputy head named to handle letters and "
        "visits: {items}",
    )
    handled_by = Say("{case}({handler})", "{case} ({handler})")
    many_handlers = Say(
        "承办人有{n}名({names});原文为组织部明确一名副部长处理群众来信来访,未指明哪一名副部长,"
        "请予明确",
        "{n} handlers ({names}); the seed names one deputy head to handle letters and visits "
        "(组织部明确一名副部长处理), and none was named here: please name them",
    )
    headline = Say(
        "{group}:收到{received}件,{rate},超期未答复{overdue}件",
        "{group}: {received} received, {rate}, {overdue} overdue",
    )
    headline_longer = Say(
        "{group}:收到{received}件,{rate}(其中经批准延期{extended}件;另转送/交办{transferred}件、"
        "不予受理{not_accepted}件,未计入),超期未答复{overdue}件",
        "{group}: {received} received, {rate} ({extended} of them extended with approval; "
        "{transferred} transferred and {not_accepted} not accepted, left out), {overdue} overdue",
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
    deputy_head: str | None = None,
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
    `Fraction`, ``None`` when no case's time limit has been
    reached (see [`CaseSummary`][orgwork.supervision.CaseSummary]). Duplicate case ids are a
    [`RecordError`][orgwork.errors.RecordError]. Extended, transferred and
    not-accepted cases are counted and listed (see [`CaseSummary`][orgwork.supervision.CaseSummary]).
    With ``deputy_head``, cases handled by anyone else are listed; without
    it, a group handled by more than one person is noted (the seed names one
    deputy head).

    >>> cs = [Case(id="A", received_on=dt.date(2025, 3, 3), replied_on=dt.date(2025, 3, 10)),
    ...       Case(id="B", received_on=dt.date(2025, 3, 3))]
    >>> s = case_summary(cs, on=dt.date(2025, 6, 30))[0]
    >>> s.value.on_time_rate, s.value.overdue_cases
    (Fraction(1, 2), ('B',))
    >>> case_summary([], on=dt.date(2025, 6, 30))[0].value.on_time_rate is None
    True
    """
    checked_calendar(calendar)  # a wrong object is refused even when nothing is decided
    all_cases = as_models(Case, cases, "cases")
    on = as_date(on, "on")
    if by not in ("all", "handler", "month"):
        raise ValueError(f"by must be 'all', 'handler' or 'month', not {by!r}")
    check_unique((c.id for c in all_cases), "case")
    known = [c for c in all_cases if c.received_on <= on]
    members, days = _members(known, on, deputy_head, policy, calendar)
    ctx = RuleContext(case_summary, policy, on=on)
    limit = _time_limit(ctx, days)
    provisional = any(d.provisional for d in days)
    out = []
    for key, group_members in _groups(by, members).items():
        group = ctx.fork()
        group.record(_PARAM, limit)
        group.provisional = provisional
        out.append(_summary_decision(group, key, on, group_members, deputy_head))
    return tuple(out)


class _Day(NamedTuple):
    """What a day of receipt decides for every case received on it."""

    due: dt.date
    """The reply deadline (`reply_deadline`), before any extension."""
    limit: int
    """``supervision.reply_working_days`` in force that day."""
    provisional: bool
    """Whether counting to the deadline used provisional calendar data."""
    params: dict[str, Any]
    """The extension parameters of ``case_status`` in force that day."""


def _day(received_on: dt.date, policy: Policy | None, calendar: Calendar | None) -> _Day:
    """The deadline and the policy values of ``case_status`` for a case received on ``received_on``."""
    ctx = RuleContext(case_status, policy, on=received_on)
    deadline = reply_deadline(received_on, policy=ctx.policy, calendar=calendar)
    params = {p: ctx.param(p) for p in _EXTENSION}
    return _Day(deadline.value, ctx.param(_PARAM), deadline.provisional, params)


class _Member(NamedTuple):
    """One case of a summary on its day: what the summary counts and lists of its `CaseState`."""

    case: str
    received_on: dt.date
    status: CaseStatus
    due: dt.date
    handler: str | None
    extended: bool
    other_handler: bool


def _members(
    known: list[Case],
    on: dt.date,
    deputy_head: str | None,
    policy: Policy | None,
    calendar: Calendar | None,
) -> tuple[list[_Member], list[_Day]]:
    """Each case as ``case_status`` decides it on ``on`` (with no explanation), and the days used.

    The deadline and the policy values depend only on the day of receipt, so
    they are found once per distinct day (as ``case_status`` finds them) and the
    status rules (`_assess`, those of ``case_status``) applied to each case.
    """
    deputy = as_field(Id | None, deputy_head, "deputy_head")  # refused even with no case
    days: dict[dt.date, _Day] = {}
    members = []
    for case in known:
        d = days.get(case.received_on)
        if d is None:
            d = days[case.received_on] = _day(case.received_on, policy, calendar)
        found = _assess(case, on, d.due, d.params.__getitem__, deputy)
        members.append(
            _Member(
                case.id,
                case.received_on,
                found.status,
                found.due,
                case.handler,
                found.extended,
                found.other_handler,
            )
        )
    return members, list(days.values())


def _time_limit(ctx: RuleContext, days: list[_Day]) -> ParamValue:
    """限时在15个工作日内完成: the limit the cases were given, one value or each distinct one in order.

    With no case, the limit in force on the context's day.
    """
    used = sorted({d.limit for d in days}) or [ctx.param(_PARAM)]
    return used[0] if len(used) == 1 else tuple(used)


def _groups(by: str, members: list[_Member]) -> dict[str, list[_Member]]:
    """The members grouped as ``by`` asks: all, per handler (then unassigned), per month.

    One pass over the cases; each group keeps the cases' order.
    """
    if by == "all":
        return {"all": members}
    found: dict[Any, list[_Member]] = {}
    for m in members:
        key = m.handler if by == "handler" else (m.received_on.year, m.received_on.month)
        found.setdefault(key, []).append(m)
    if by == "handler":
        groups = {f"handler:{h}": found[h] for h in sorted(h for h in found if h is not None)}
        if None in found:
            groups[_UNASSIGNED] = found[None]
        return groups
    return {f"month:{y:04d}-{m:02d}": found[y, m] for y, m in sorted(found)}


def _summary_decision(
    ctx: RuleContext, key: str, on: dt.date, members: list[_Member], deputy_head: str | None
) -> Decision[CaseSummary]:
    """The decision of one group: its counts, the rate's definition, its late and overdue lists."""
    counted = [m for m in members if m.status not in _SET_ASIDE]
    t = tally((m.case, _TO_DEADLINE[m.status], m.due) for m in counted)
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
        **_longer(members),
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
    longer = s.extended or s.transferred or s.not_accepted
    if longer:
        ctx.say(_SummaryTexts.longer, **_longer_counts(s))
    ctx.say_list(_SummaryTexts.overdue, s.overdue_cases)
    ctx.say_list(_SummaryTexts.late, s.late_cases)
    ctx.say_list(_SummaryTexts.extended, s.extended_cases)
    ctx.say_list(_SummaryTexts.transferred, s.transferred_cases)
    ctx.say_list(_SummaryTexts.not_accepted, s.not_accepted_cases)
    _handler_notes(ctx, members, s, deputy_head)
    rate = both(*rate_text(s.answered_on_time, s.answered_on_time + s.answered_late + s.overdue))
    return ctx.decide(
        t.outcome,
        s,
        _SummaryTexts.headline_longer if longer else _SummaryTexts.headline,
        subject=key,
        group=key,
        received=s.received,
        rate=rate,
        overdue=s.overdue,
        **(_longer_counts(s) if longer else {}),
    )


def _longer(members: list[_Member]) -> dict[str, Any]:
    """The extended, transferred and not-accepted cases of a group, counted and listed by id."""
    ext = tuple(sorted(m.case for m in members if m.extended))
    moved = tuple(sorted(m.case for m in members if m.status is CaseStatus.TRANSFERRED))
    refused = tuple(sorted(m.case for m in members if m.status is CaseStatus.NOT_ACCEPTED))
    return {
        "extended": len(ext),
        "transferred": len(moved),
        "not_accepted": len(refused),
        "extended_cases": ext,
        "transferred_cases": moved,
        "not_accepted_cases": refused,
        "other_handler_cases": tuple(sorted(m.case for m in members if m.other_handler)),
    }


def _longer_counts(s: CaseSummary) -> dict[str, Any]:
    return {"extended": s.extended, "transferred": s.transferred, "not_accepted": s.not_accepted}


def _handler_notes(
    ctx: RuleContext, members: list[_Member], s: CaseSummary, deputy_head: str | None
) -> None:
    """组织部明确一名副部长处理群众来信来访: cases handled by anyone else, or more than one handler."""
    if deputy_head is not None:
        by_case = {m.case: m.handler for m in members}
        items = [
            _SummaryTexts.handled_by.text(case=c, handler=by_case[c]) for c in s.other_handler_cases
        ]
        ctx.say_list(_SummaryTexts.other_handler, items, deputy=deputy_head)
        return
    names = sorted({m.handler for m in members if m.handler is not None})
    if len(names) > 1:
        ctx.say(_SummaryTexts.many_handlers, n=len(names), names=names)
