"""Deadline tracking shared by domains (internal): status on a day, tallies, one outcome ladder.

Several rules track things that must be answered by a due date (letters and
visits in [`orgwork.supervision`][orgwork.supervision], open-day suggestions in
[`orgwork.open_day`][orgwork.open_day]). They read them the same way, here:

- `deadline_status`: on a day, a thing is ``open`` (not answered, due
  date not passed), ``answered_on_time`` (answered on or before the due
  date), ``overdue`` (not answered, due date passed) or ``answered_late``. An
  answer dated after the day is not yet known that day.
- `tally`: counts of a group, the overdue and late ids (by due date,
  then id), the on-time rate and the group's outcome.
- The on-time rate is ``on time ÷ (on time + late + overdue)``, an exact
  `Fraction`; things still open within their limit are not
  counted, and things settled at once with no deadline (answered on the
  spot) count as on time. ``None`` when nothing has reached its due date.
- The outcome ladder, worst first: ``overdue`` (any overdue), ``late`` (any
  answered late), ``on_time`` (something answered, all in time), ``none_due``
  (nothing has reached its due date, or nothing at all).
- `working_day_deadline`: the ``due`` decision of a time limit of ``n``
  working days, the start day not counted (the due date is the ``n``-th
  working day strictly after it), with the same reason in every domain.

Examples:
    >>> import datetime as dt
    >>> due = dt.date(2025, 3, 24)
    >>> deadline_status(answered_on=dt.date(2025, 3, 25), due=due, on=dt.date(2025, 4, 1))
    <DeadlineStatus.ANSWERED_LATE: 'answered_late'>
    >>> t = tally([("A", DeadlineStatus.ANSWERED_ON_TIME, due), ("B", DeadlineStatus.ANSWERED_LATE, due)])
    >>> t.on_time_rate, t.outcome, t.late_ids
    (Fraction(1, 2), 'late', ('B',))
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, day, nth

__all__ = [
    "DeadlineStatus",
    "Tally",
    "TallyOutcome",
    "deadline_status",
    "tally",
    "working_day_deadline",
]


class DeadlineStatus(enum.StrEnum):
    """办理状态 — where a thing with a due date stands on a day."""

    OPEN = "open"
    """未答复,未超期 — not answered yet, still within the time limit."""
    ANSWERED_ON_TIME = "answered_on_time"
    """按期答复 — answered on or before the due date."""
    OVERDUE = "overdue"
    """超期未答复 — not answered, and the due date has passed."""
    ANSWERED_LATE = "answered_late"
    """超期答复 — answered, but after the due date."""


#: The outcome of a group, worst first: any overdue, else any late, else any answered
#: (all in time), else nothing due yet.
TallyOutcome = Literal["overdue", "late", "on_time", "none_due"]


def deadline_status(*, answered_on: dt.date | None, due: dt.date, on: dt.date) -> DeadlineStatus:
    """办理状态 — the status on the day ``on`` of a thing due by ``due``, answered on ``answered_on``.

    An answer dated after ``on`` is not yet known on ``on``. The due date
    itself is in time.

    >>> d = dt.date
    >>> deadline_status(answered_on=None, due=d(2025, 3, 24), on=d(2025, 3, 24))
    <DeadlineStatus.OPEN: 'open'>
    >>> deadline_status(answered_on=None, due=d(2025, 3, 24), on=d(2025, 3, 25))
    <DeadlineStatus.OVERDUE: 'overdue'>
    """
    if answered_on is not None and answered_on <= on:
        if answered_on <= due:
            return DeadlineStatus.ANSWERED_ON_TIME
        return DeadlineStatus.ANSWERED_LATE
    return DeadlineStatus.OPEN if on <= due else DeadlineStatus.OVERDUE


class Tally(BaseModel):
    """计数 — the counts of a group of tracked things on a day, with its rate and outcome.

    ``on_the_spot`` counts things settled at once, with no deadline (they
    count as on time in the rate and the outcome). ``overdue_ids`` and
    ``late_ids`` are ordered by due date, then id.

    >>> Tally(open=1).on_time_rate is None, Tally(open=1).outcome
    (True, 'none_due')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    open: int = Field(default=0, ge=0)
    on_time: int = Field(default=0, ge=0)
    late: int = Field(default=0, ge=0)
    overdue: int = Field(default=0, ge=0)
    on_the_spot: int = Field(default=0, ge=0)
    overdue_ids: tuple[str, ...] = ()
    late_ids: tuple[str, ...] = ()

    @property
    def reached(self) -> int:
        """How many have reached their due date (or were settled at once)."""
        return self.on_the_spot + self.on_time + self.late + self.overdue

    @property
    def on_time_rate(self) -> Fraction | None:
        """``(on the spot + on time) ÷ reached``, exact; ``None`` when nothing is reached.

        >>> Tally(on_time=1, overdue=2).on_time_rate
        Fraction(1, 3)
        """
        if not self.reached:
            return None
        return Fraction(self.on_the_spot + self.on_time, self.reached)

    @property
    def outcome(self) -> TallyOutcome:
        """The group's outcome on the ladder: overdue, late, on_time, none_due.

        >>> Tally(on_the_spot=3, late=1).outcome
        'late'
        """
        if self.overdue:
            return "overdue"
        if self.late:
            return "late"
        if self.on_time or self.on_the_spot:
            return "on_time"
        return "none_due"


def tally(items: Iterable[tuple[str, DeadlineStatus, dt.date]], *, on_the_spot: int = 0) -> Tally:
    """计数 — the `Tally` of ``(id, status, due)`` triples (and of ``on_the_spot`` settled ones).

    >>> d = dt.date(2025, 3, 24)
    >>> tally([("B", DeadlineStatus.OVERDUE, d), ("A", DeadlineStatus.OVERDUE, d)]).overdue_ids
    ('A', 'B')
    """
    rows = sorted(items, key=lambda r: (r[2], r[0]))

    def count(status: DeadlineStatus) -> int:
        return sum(1 for _, s, _ in rows if s is status)

    return Tally(
        open=count(DeadlineStatus.OPEN),
        on_time=count(DeadlineStatus.ANSWERED_ON_TIME),
        late=count(DeadlineStatus.ANSWERED_LATE),
        overdue=count(DeadlineStatus.OVERDUE),
        on_the_spot=on_the_spot,
        overdue_ids=tuple(i for i, s, _ in rows if s is DeadlineStatus.OVERDUE),
        late_ids=tuple(i for i, s, _ in rows if s is DeadlineStatus.ANSWERED_LATE),
    )


class _Deadline:
    """Texts of a working-day time limit (the same in every domain)."""

    not_counted = Say(
        "{start_label}({start})不计入,其后第{n}个工作日为{due}",
        "{start_label} ({start}) is not counted; the {n} working day after it is {due}",
    )
    headline = Say("最迟应于{due}{action}", "{action} due by {due}")


def working_day_deadline(
    ctx: RuleContext,
    *,
    parameter: str,
    start: dt.date,
    calendar: Calendar,
    start_label: Text,
    action: Text,
) -> Decision[dt.date]:
    """工作日期限 — the ``due`` decision of ``ctx``'s rule: the ``n``-th working day strictly after ``start``.

    ``n`` is policy ``parameter``, read through the rule's context (so the
    decision records it). The start day is not counted. The labels that
    differ between domains: ``start_label`` names the start day in the reason
    (收到之日 / ``The day of receipt``), ``action`` the thing due in the
    headline (答复 / ``Reply``). A due date past the calendar's coverage
    raises [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

    >>> from orgwork.calendar import official_calendar
    >>> ctx = RuleContext("supervision.reply_deadline", None, on=dt.date(2025, 9, 30))
    >>> d = working_day_deadline(
    ...     ctx, parameter="supervision.reply_working_days", start=dt.date(2025, 9, 30),
    ...     calendar=official_calendar(), start_label=Text(zh="收到之日", en="The day of receipt"),
    ...     action=Text(zh="答复", en="Reply"),
    ... )
    >>> print(d.explain("en"))  # across the National Day holiday and its make-up Saturday
    Reply due by 2025-10-28
      rule: supervision.reply_deadline
      outcome: due
      because:
        - The day of receipt (2025-09-30) is not counted; the 15th working day after it is 2025-10-28 [supervision.reply_deadline]
      parameters:
        - supervision.reply_working_days = 15
    """
    calendar = checked_calendar(calendar)
    n = ctx.param(parameter)
    due = calendar.add_working_days(start, n)
    ctx.say(
        _Deadline.not_counted, start_label=start_label, start=day(start), n=nth(n), due=day(due)
    )
    ctx.provisional = ctx.provisional or calendar.is_provisional(start, due)
    return ctx.decide("due", due, _Deadline.headline, action=action, due=day(due))
