"""开放日意见建议 — suggestions from an open day: answered on the spot, or within 7 working days."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from fractions import Fraction

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, check_unique, zh_date
from orgwork._deadlines import DeadlineStatus, deadline_status, tally, working_day_deadline
from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, Reason, RuleContext, Text, listed
from orgwork.errors import RecordError
from orgwork.open_day._common import S004
from orgwork.policy import Policy, resolve
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

_RULE = "open_day.follow_up_deadline"
_PARAM = "open_day.follow_up_working_days"


@rule(
    _RULE,
    zh="开放日后7个工作日内作出处理和答复",
    en="Suggestions not answered at an open day are handled and answered within 7 working days",
    document=S004,
    section="肥西县",
    quote="不能现场答复的,指定专人办理,在开放日活动后7个工作日内作出处理和答复",
    parameters=(_PARAM,),
    public_name="orgwork.open_day.follow_up_deadline",
)
def follow_up_deadline(
    held_on: dt.date, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[dt.date]:
    """开放日意见答复期限 — the day by which suggestions from an open day held on ``held_on`` are answered.

    The open day itself is not counted; the deadline is the ``n``-th working
    day strictly after it (``n`` = ``open_day.follow_up_working_days``, 7),
    on the official calendar with its 调休 days. A date past the calendar's
    coverage raises :class:`~orgwork.errors.CalendarCoverageError`.

    >>> follow_up_deadline(dt.date(2025, 9, 26)).value   # across the National Day holiday
    datetime.date(2025, 10, 13)
    """
    held_on = as_date(held_on, "held_on")
    return working_day_deadline(
        RuleContext(follow_up_deadline, policy, on=held_on),
        parameter=_PARAM,
        start=held_on,
        calendar=calendar or official_calendar(),
        start_label=Text(zh="开放日当天", en="The open day"),
        action=Text(zh="作出处理和答复", en="Answer"),
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


_STATUS_TEXT = {
    SuggestionStatus.ANSWERED_ON_SPOT: ("当场答复", "answered on the spot"),
    SuggestionStatus.OPEN: ("办理中", "open"),
    SuggestionStatus.ANSWERED_ON_TIME: ("按期答复", "answered on time"),
    SuggestionStatus.OVERDUE: ("超期未答复", "overdue"),
    SuggestionStatus.ANSWERED_LATE: ("超期答复", "answered late"),
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

    id: str = Field(min_length=1)
    open_day: dt.date
    topic: str = ""
    answered_on_spot: bool = False
    assignee: str | None = Field(default=None, min_length=1)
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

    suggestion: str
    status: SuggestionStatus
    due: dt.date | None
    on: dt.date
    assigned: bool


_STATUS = "open_day.suggestion_status"


def _state(s: Suggestion, on: dt.date, due: dt.date) -> SuggestionStatus:
    return SuggestionStatus(deadline_status(answered_on=s.answered_on, due=due, on=on).value)


@rule(
    _STATUS,
    zh="开放日意见建议:能当场解决的及时解决,不能现场答复的指定专人限期办理",
    en="Open-day suggestions: settled on the spot, or assigned to a named person and answered in time",
    document=S004,
    section="肥西县",
    quote="对代表们提出的意见建议,能当场解决的及时解决;不能现场答复的,指定专人办理",
    parameters=(_PARAM,),
    public_name="orgwork.open_day.suggestion_status",
)
def suggestion_status(
    suggestion: Suggestion,
    *,
    on: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> Decision[SuggestionState]:
    """意见建议办理状态 — whether a suggestion was answered on the spot, on time, late, or is overdue.

    A suggestion not answered on the spot is due by :func:`follow_up_deadline`
    of its open day. One that is not answered on the spot and has no named
    assignee is reported (``assigned`` false, and a reason) whatever its
    status. Asking about a day before the open day is a
    :class:`~orgwork.errors.RecordError`.

    >>> s = Suggestion(id="S1", open_day=dt.date(2025, 9, 26), assignee="干部科")
    >>> suggestion_status(s, on=dt.date(2025, 10, 14)).outcome
    'overdue'
    """
    s = as_models(Suggestion, (suggestion,))[0]
    on = as_date(on, "on")
    if on < s.open_day:
        raise RecordError(f"suggestion {s.id} was made on {s.open_day}, after {on}")
    assigned = s.answered_on_spot or s.assignee is not None
    if s.answered_on_spot:
        # Settled at the open day: no deadline runs, so the calendar is not consulted.
        n = resolve(policy, s.open_day).open_day.follow_up_working_days
        return Decision[SuggestionState](
            rule=_STATUS,
            subject=s.id,
            outcome=SuggestionStatus.ANSWERED_ON_SPOT.value,
            value=SuggestionState(
                suggestion=s.id,
                status=SuggestionStatus.ANSWERED_ON_SPOT,
                due=None,
                on=on,
                assigned=True,
            ),
            headline=Text(zh=f"{s.id}:当场答复", en=f"{s.id}: answered on the spot"),
            reasons=(
                Reason(
                    rule=_STATUS,
                    zh="能当场解决的及时解决,不再计算答复期限",
                    en="Settled on the spot at the open day; no follow-up deadline runs",
                ),
            ),
            parameters={_PARAM: n},
        )
    deadline = follow_up_deadline(s.open_day, policy=policy, calendar=calendar)
    due = deadline.value
    status = _state(s, on, due)
    zh, en = _STATUS_TEXT[status]
    reasons = [*deadline.reasons]
    if s.answered_on is not None and s.answered_on <= on:
        reasons.append(
            Reason(
                rule=_STATUS,
                zh=f"于{zh_date(s.answered_on)}答复({zh})",
                en=f"Answered on {s.answered_on} ({en})",
            )
        )
    else:
        reasons.append(
            Reason(
                rule=_STATUS,
                zh=f"截至{zh_date(on)}尚未答复({zh})",
                en=f"Not answered as of {on} ({en})",
            )
        )
    if not assigned:
        reasons.append(
            Reason(
                rule=_STATUS,
                zh="不能现场答复的,应指定专人办理;本条未指定",
                en="Not answered on the spot and not assigned to a named person",
            )
        )
    return Decision[SuggestionState](
        rule=_STATUS,
        subject=s.id,
        outcome=status.value,
        value=SuggestionState(suggestion=s.id, status=status, due=due, on=on, assigned=assigned),
        headline=Text(zh=f"{s.id}:{zh}", en=f"{s.id}: {en}"),
        reasons=tuple(reasons),
        parameters=deadline.parameters,
        provisional=deadline.provisional,
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


_COUNTS = "open_day.suggestion_counts"


@rule(
    _COUNTS,
    zh="开放日意见建议的收集、采纳和答复情况",
    en="Suggestions collected at open days, adopted and answered",
    document=S004,
    section="肥东县",
    quote="共收集各类意见建议17条,其中发挥党代表工作室作用等2条建议被采纳",
    parameters=(_PARAM,),
    public_name="orgwork.open_day.suggestion_counts",
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
    fractions, ``None`` when undefined (see :class:`SuggestionCounts`).
    Duplicate ids are a :class:`~orgwork.errors.RecordError`.

    >>> ss = [Suggestion(id=f"S{i}", open_day=dt.date(2013, 6, 1), answered_on_spot=True,
    ...                  adopted=i < 2) for i in range(17)]
    >>> c = suggestion_counts(ss, on=dt.date(2013, 6, 1)).value
    >>> c.collected, c.adopted, c.adoption_rate
    (17, 2, Fraction(2, 17))
    """
    all_s = as_models(Suggestion, suggestions)
    on = as_date(on, "on")
    check_unique((s.id for s in all_s), "suggestion")
    known = [s for s in all_s if s.open_day <= on]
    decisions = [suggestion_status(s, on=on, policy=policy, calendar=calendar) for s in known]
    states = [(s, d.value) for s, d in zip(known, decisions, strict=True)]

    t = tally(
        (
            (st.suggestion, DeadlineStatus(st.status.value), st.due)
            for _, st in states
            if st.due is not None
        ),
        on_the_spot=sum(1 for _, st in states if st.status is SuggestionStatus.ANSWERED_ON_SPOT),
    )
    spot, on_time, late, overdue = t.on_the_spot, t.on_time, t.late, t.overdue
    adopted = sum(1 for s in known if s.adopted)
    counts = SuggestionCounts(
        on=on,
        collected=len(known),
        adopted=adopted,
        answered=spot + on_time + late,
        answered_on_spot=spot,
        answered_on_time=on_time,
        answered_late=late,
        open=t.open,
        overdue=overdue,
        unassigned=tuple(st.suggestion for _, st in states if not st.assigned),
        overdue_suggestions=t.overdue_ids,
        late_suggestions=t.late_ids,
        adoption_rate=Fraction(adopted, len(known)) if known else None,
        on_time_rate=t.on_time_rate,
    )
    used = sorted({resolve(policy, s.open_day).open_day.follow_up_working_days for s in known})
    if not used:
        used = [resolve(policy, on).open_day.follow_up_working_days]
    rate = "无" if counts.adoption_rate is None else str(counts.adoption_rate)
    rate_en = "undefined" if counts.adoption_rate is None else str(counts.adoption_rate)
    reasons = [
        Reason(
            rule=_COUNTS,
            zh=f"截至{zh_date(on)}收集意见建议{counts.collected}条,采纳{adopted}条(采纳率{rate});"
            f"当场答复{spot}条,按期答复{on_time}条,超期答复{late}条,办理中{counts.open}条,超期未答复{overdue}条",
            en=f"As of {on}: {counts.collected} collected, {adopted} adopted (rate {rate_en}); "
            f"{spot} answered on the spot, {on_time} on time, {late} late, {counts.open} open, "
            f"{overdue} overdue",
        )
    ]
    reasons.extend(
        listed(_COUNTS, "未指定专人办理:", "Not assigned to a named person: ", counts.unassigned)
    )
    reasons.extend(listed(_COUNTS, "超期未答复:", "Overdue: ", counts.overdue_suggestions))
    reasons.extend(listed(_COUNTS, "超期答复:", "Answered late: ", counts.late_suggestions))
    return Decision[SuggestionCounts](
        rule=_COUNTS,
        outcome=t.outcome,
        value=counts,
        headline=Text(
            zh=f"收集意见建议{counts.collected}条,采纳{adopted}条,已答复{counts.answered}条",
            en=f"{counts.collected} suggestions collected, {adopted} adopted, "
            f"{counts.answered} answered",
        ),
        reasons=tuple(reasons),
        parameters={_PARAM: used[0] if len(used) == 1 else tuple(used)},
        provisional=any(d.provisional for d in decisions),
    )
