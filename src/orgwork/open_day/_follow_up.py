"""开放日意见建议 — suggestions from an open day: answered on the spot, or within 7 working days."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from fractions import Fraction
from typing import cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, check_unique
from orgwork._deadlines import DeadlineStatus, Tally, deadline_status, tally, working_day_deadline
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.open_day._common import S004
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "Suggestion",
    "SuggestionCounts",
    "SuggestionState",
    "SuggestionStatus",
    "follow_up_deadline",
    "suggestion_counts",
    "suggestion_status",
]

_PARAM = "open_day.follow_up_working_days"

#: The labels of the follow-up deadline's reason and headline (see ``working_day_deadline``).
_OPEN_DAY = Text(zh="开放日当天", en="The open day")
_ANSWER = Text(zh="作出处理和答复", en="Answer")


@rule(
    "open_day.follow_up_deadline",
    zh="开放日后7个工作日内作出处理和答复",
    en="Suggestions not answered at an open day are handled and answered within 7 working days",
    document=S004,
    section="肥西县",
    quote="不能现场答复的,指定专人办理,在开放日活动后7个工作日内作出处理和答复",
    parameters=(_PARAM,),
)
def follow_up_deadline(
    held_on: dt.date, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[dt.date]:
    """开放日意见答复期限 — the day by which suggestions from an open day held on ``held_on`` are answered.

    The open day itself is not counted; the deadline is the ``n``-th working
    day strictly after it (``n`` = ``open_day.follow_up_working_days``, 7),
    on the official calendar with its 调休 days. A date past the calendar's
    coverage raises [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

    >>> follow_up_deadline(dt.date(2025, 9, 26)).value   # across the National Day holiday
    datetime.date(2025, 10, 13)
    """
    held_on = as_date(held_on, "held_on")
    return working_day_deadline(
        RuleContext(follow_up_deadline, policy, on=held_on),
        parameter=_PARAM,
        start=held_on,
        calendar=checked_calendar(calendar),
        start_label=_OPEN_DAY,
        action=_ANSWER,
    )


class SuggestionStatus(enum.StrEnum):
    """意见建议办理状态 — where a suggestion from an open day stands on a day.

    Apart from ``answered_on_spot``, the values are those of the shared deadline
    tracker (``orgwork._deadlines.DeadlineStatus``), which letters and visits use too.
    """

    ANSWERED_ON_SPOT = "answered_on_spot"
    """当场解决或答复."""
    OPEN = "open"
    """办理中,未超期."""
    ANSWERED_ON_TIME = "answered_on_time"
    """按期答复."""
    OVERDUE = "overdue"
    """超期未答复."""
    ANSWERED_LATE = "answered_late"
    """超期答复."""


#: How each status is said.
_STATUS_TEXT = {
    SuggestionStatus.ANSWERED_ON_SPOT: Text(zh="当场答复", en="answered on the spot"),
    SuggestionStatus.OPEN: Text(zh="办理中", en="open"),
    SuggestionStatus.ANSWERED_ON_TIME: Text(zh="按期答复", en="answered on time"),
    SuggestionStatus.OVERDUE: Text(zh="超期未答复", en="overdue"),
    SuggestionStatus.ANSWERED_LATE: Text(zh="超期答复", en="answered late"),
}


class Suggestion(BaseModel):
    """一条意见建议 — a suggestion made at an open day.

    Either ``answered_on_spot`` (能当场解决的及时解决), or assigned to a named
    person (``assignee``, 指定专人办理) and answered later (``answered_on``).
    ``adopted`` records whether it was taken up (采纳).

    >>> s = Suggestion(id="S1", open_day=dt.date(2025, 9, 26), assignee="干部科")
    >>> s.answered_on_spot
    False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    open_day: dt.date
    topic: str = Field(default="", repr=False)  # what was raised: never in repr/str/logs
    answered_on_spot: bool = False
    assignee: Id | None = Field(default=None, min_length=1)
    answered_on: dt.date | None = None
    adopted: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> Suggestion:
        if self.answered_on is not None and self.answered_on < self.open_day:
            raise ValueError("answered_on is before the open day")
        if self.answered_on_spot and self.answered_on not in (None, self.open_day):
            raise ValueError("a suggestion answered on the spot is answered on the open day")
        return self


class SuggestionState(BaseModel):
    """The status of one suggestion on a day."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    suggestion: Id
    status: SuggestionStatus
    due: dt.date | None
    on: dt.date
    assigned: bool


class _StatusTexts:
    """Texts of open_day.suggestion_status (能当场解决的及时解决;不能现场答复的,指定专人办理)."""

    on_the_spot = Say(
        "能当场解决的及时解决,不再计算答复期限",
        "Settled on the spot at the open day; no follow-up deadline runs",
    )
    answered = Say("于{day}答复({status})", "Answered on {day} ({status})")
    not_answered = Say("截至{day}尚未答复({status})", "Not answered as of {day} ({status})")
    unassigned = Say(
        "不能现场答复的,应指定专人办理;本条未指定",
        "Not answered on the spot and not assigned to a named person",
    )
    headline = Say("{suggestion}:{status}", "{suggestion}: {status}")


def _state(s: Suggestion, on: dt.date, due: dt.date) -> SuggestionStatus:
    return SuggestionStatus(deadline_status(answered_on=s.answered_on, due=due, on=on).value)


@rule(
    "open_day.suggestion_status",
    zh="开放日意见建议:能当场解决的及时解决,不能现场答复的指定专人限期办理",
    en="Open-day suggestions: settled on the spot, or assigned to a named person and answered in time",
    document=S004,
    section="肥西县",
    quote="对代表们提出的意见建议,能当场解决的及时解决;不能现场答复的,指定专人办理",
    parameters=(_PARAM,),
)
def suggestion_status(
    suggestion: Suggestion,
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[SuggestionState]:
    """意见建议办理状态 — whether a suggestion was answered on the spot, on time, late, or is overdue.

    A suggestion not answered on the spot is due by [`follow_up_deadline`][orgwork.open_day.follow_up_deadline]
    of its open day. One that is not answered on the spot and has no named
    assignee is reported (``assigned`` false, and a reason) whatever its
    status. Asking about a day before the open day is a
    [`RecordError`][orgwork.errors.RecordError].

    >>> s = Suggestion(id="S1", open_day=dt.date(2025, 9, 26), assignee="干部科")
    >>> suggestion_status(s, on=dt.date(2025, 10, 14)).outcome
    'overdue'
    """
    checked_calendar(calendar)  # a wrong object is refused even when nothing is decided
    s = as_models(Suggestion, (suggestion,))[0]
    on = as_date(on, "on")
    if on < s.open_day:
        raise RecordError(f"suggestion {s.id} was made on {s.open_day}, after {on}")
    ctx = RuleContext(suggestion_status, policy, on=s.open_day)
    status: SuggestionStatus
    due: dt.date | None
    if s.answered_on_spot:
        # 能当场解决的及时解决: no deadline runs (its limit is still recorded), so the
        # calendar is not consulted.
        ctx.param(_PARAM)
        ctx.say(_StatusTexts.on_the_spot)
        status, due = SuggestionStatus.ANSWERED_ON_SPOT, None
    else:
        # 不能现场答复的,指定专人办理: answered by the follow-up deadline.
        due = ctx.adopt(follow_up_deadline(s.open_day, policy=policy, calendar=calendar))
        status = _state(s, on, due)
        if s.answered_on is not None and s.answered_on <= on:
            ctx.say(_StatusTexts.answered, day=day(s.answered_on), status=_STATUS_TEXT[status])
        else:
            ctx.say(_StatusTexts.not_answered, day=day(on), status=_STATUS_TEXT[status])
        if s.assignee is None:
            ctx.say(_StatusTexts.unassigned)
    assigned = s.answered_on_spot or s.assignee is not None
    state = SuggestionState(suggestion=s.id, status=status, due=due, on=on, assigned=assigned)
    return ctx.decide(
        status.value,
        state,
        _StatusTexts.headline,
        subject=s.id,
        suggestion=s.id,
        status=_STATUS_TEXT[status],
    )


class SuggestionCounts(BaseModel):
    """意见建议统计 — collected, adopted and answered counts of an open day's suggestions.

    ``adoption_rate`` is ``adopted / collected`` and ``on_time_rate`` is
    ``(answered on the spot + answered on time) / (that + answered late +
    overdue)``; each is ``None`` when its denominator is zero.
    ``overdue_suggestions`` and ``late_suggestions`` are ordered by due date,
    then id. The counts, the on-time rate and the decision's outcome
    (``overdue``, else ``late``, else ``on_time``, else ``none_due``) are the
    shared deadline tracker's, as for letters and visits.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    collected: int
    adopted: int
    answered: int
    answered_on_spot: int
    answered_on_time: int
    answered_late: int
    open: int
    overdue: int
    unassigned: tuple[str, ...] = ()
    overdue_suggestions: tuple[str, ...] = ()
    late_suggestions: tuple[str, ...] = ()
    adoption_rate: Fraction | None
    on_time_rate: Fraction | None


class _CountsTexts:
    """Texts of open_day.suggestion_counts (共收集各类意见建议17条,其中……2条建议被采纳)."""

    summary = Say(
        "截至{day}收集意见建议{collected}条,采纳{adopted}条(采纳率{rate});"
        "当场答复{spot}条,按期答复{on_time}条,超期答复{late}条,办理中{open}条,超期未答复{overdue}条",
        "As of {day}: {collected} collected, {adopted} adopted (rate {rate}); "
        "{spot} answered on the spot, {on_time} on time, {late} late, {open} open, "
        "{overdue} overdue",
    )
    no_rate = Text(zh="无", en="undefined")
    unassigned = Say("未指定专人办理:{items}", "Not assigned to a named person: {items}")
    overdue = Say("超期未答复:{items}", "Overdue: {items}")
    late = Say("超期答复:{items}", "Answered late: {items}")
    headline = Say(
        "收集意见建议{collected}条,采纳{adopted}条,已答复{answered}条",
        "{collected} suggestions collected, {adopted} adopted, {answered} answered",
    )


def _counts(
    known: list[Suggestion], states: list[SuggestionState], on: dt.date
) -> tuple[SuggestionCounts, Tally]:
    """The counts of ``known`` suggestions from their states on ``on``, and the deadline tally.

    共收集各类意见建议17条,其中发挥党代表工作室作用等2条建议被采纳: collected and
    adopted, with the answers counted by the shared deadline tracker.
    """
    t = tally(
        (
            (st.suggestion, DeadlineStatus(st.status.value), st.due)
            for st in states
            if st.due is not None
        ),
        on_the_spot=sum(1 for st in states if st.status is SuggestionStatus.ANSWERED_ON_SPOT),
    )
    adopted = sum(1 for s in known if s.adopted)
    counts = SuggestionCounts(
        on=on,
        collected=len(known),
        adopted=adopted,
        answered=t.on_the_spot + t.on_time + t.late,
        answered_on_spot=t.on_the_spot,
        answered_on_time=t.on_time,
        answered_late=t.late,
        open=t.open,
        overdue=t.overdue,
        unassigned=tuple(sorted(st.suggestion for st in states if not st.assigned)),
        overdue_suggestions=t.overdue_ids,
        late_suggestions=t.late_ids,
        adoption_rate=Fraction(adopted, len(known)) if known else None,
        on_time_rate=t.on_time_rate,
    )
    return counts, t


@rule(
    "open_day.suggestion_counts",
    zh="开放日意见建议的收集、采纳和答复情况",
    en="Suggestions collected at open days, adopted and answered",
    document=S004,
    section="肥东县",
    quote="共收集各类意见建议17条,其中发挥党代表工作室作用等2条建议被采纳",
    parameters=(_PARAM,),
)
def suggestion_counts(
    suggestions: Iterable[Suggestion],
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[SuggestionCounts]:
    """意见建议统计 — how many suggestions were collected, adopted and answered by ``on``.

    Suggestions made after ``on`` are left out. Rates are exact
    fractions, ``None`` when undefined (see [`SuggestionCounts`][orgwork.open_day.SuggestionCounts]).
    Duplicate ids are a [`RecordError`][orgwork.errors.RecordError].

    >>> ss = [Suggestion(id=f"S{i}", open_day=dt.date(2013, 6, 1), answered_on_spot=True,
    ...                  adopted=i < 2) for i in range(17)]
    >>> c = suggestion_counts(ss, on=dt.date(2013, 6, 1)).value
    >>> c.collected, c.adopted, c.adoption_rate
    (17, 2, Fraction(2, 17))
    """
    checked_calendar(calendar)  # a wrong object is refused even when nothing is decided
    all_s = as_models(Suggestion, suggestions, "suggestions")
    on = as_date(on, "on")
    check_unique((s.id for s in all_s), "suggestion")
    known = [s for s in all_s if s.open_day <= on]
    decisions = [suggestion_status(s, on=on, policy=policy, calendar=calendar) for s in known]
    counts, t = _counts(known, [d.value for d in decisions], on)

    ctx = RuleContext(suggestion_counts, policy, on=on)
    # Each suggestion's limit is the one in force on its open day; with none, the one on ``on``.
    used = sorted({cast(int, d.parameters[_PARAM]) for d in decisions})
    if used:
        ctx.record(_PARAM, used[0] if len(used) == 1 else tuple(used))
    else:
        ctx.param(_PARAM)
    ctx.provisional = any(d.provisional for d in decisions)
    rate = _CountsTexts.no_rate if counts.adoption_rate is None else counts.adoption_rate
    ctx.say(
        _CountsTexts.summary,
        day=day(on),
        collected=counts.collected,
        adopted=counts.adopted,
        rate=rate,
        spot=counts.answered_on_spot,
        on_time=counts.answered_on_time,
        late=counts.answered_late,
        open=counts.open,
        overdue=counts.overdue,
    )
    ctx.say_list(_CountsTexts.unassigned, counts.unassigned)
    ctx.say_list(_CountsTexts.overdue, counts.overdue_suggestions)
    ctx.say_list(_CountsTexts.late, counts.late_suggestions)
    return ctx.decide(
        t.outcome,
        counts,
        _CountsTexts.headline,
        collected=counts.collected,
        adopted=counts.adopted,
        answered=counts.answered,
    )
