"""部长接待日与约谈 — the head's monthly reception day and supervisors' requests to meet the head."""

from __future__ import annotations

import datetime as dt

from orgwork._args import as_date, as_year
from orgwork._weekdays import WEEKDAY_NAMES
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, both, day
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._common import S000, holiday_name

__all__ = ["meeting_deadline", "reception_days"]

_PARAMS = (
    "supervision.reception_day_of_month",
    "supervision.reception_on_weekends",
    "supervision.reception_on_holidays",
    "supervision.reception_moved_to",
)
_ON_WEEKENDS, _ON_HOLIDAYS = _PARAMS[1:3]
_MEETING_DAYS = "supervision.meeting_working_days"

#: The days of the week, Monday first (the English as ``%A`` writes it).
_WEEKDAYS = tuple(WEEKDAY_NAMES.values())

#: Where a moved reception day goes, as the English reason names it (the Chinese does not).
_MOVED_TO = {
    value: both("", f" (supervision.reception_moved_to = {value})")
    for value in ("next_working_day", "previous_working_day")
}


class _ReceptionTexts:
    """Texts of supervision.reception_days (部长接待日)."""

    in_holiday = Say(
        "{weekday},在国务院通知的{holiday}放假期间",
        "a {weekday} inside the official holiday period {holiday}",
    )
    rest_day = Say("{weekday},为休息日", "a {weekday}, a rest day")
    working_day = Say("{weekday},为工作日", "a {weekday}, a working day")
    held = Say("当日照常接待", "held on its date")
    moved = Say("改在{held}({weekday})接待{moved_to}", "moved to {held} ({weekday}){moved_to}")
    switch = Say("{how}({switch} = {value})", "{how} ({switch} = {value})")
    kept_in_month = Say(
        "{how}(前一个工作日已在上月,接待日留在本月,改在其后第一个工作日)",
        "{how} (the previous working day is in the month before, so the reception day "
        "stays in its month, on the next working day)",
    )
    the_day = Say("{day}是{kind};{how}", "{day} is {kind}; {how}")
    weekend = Say(
        "“部长接待日”遇周六、周日不休息",
        "The reception day is not cancelled for a Saturday or Sunday",
    )
    headline = Say(
        "{year}年{month}月部长接待日:{held}({weekday})",
        "Reception day of {year}-{month:02d}: {held} ({weekday})",
    )


@rule(
    "supervision.reception_days",
    zh="部长接待日(每月15日,遇周六、周日不休息)",
    en="The head's reception day: the 15th of every month, held on weekends too",
    document=S000,
    section="第五篇 三、二是",
    quote="将每个月的15日定为“部长接待日”",
    parameters=_PARAMS,
)
def reception_days(
    year: int, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> tuple[Decision[dt.date], ...]:
    """部长接待日 — the twelve reception days of ``year``, one decision per month in month order.

    The day is the ``supervision.reception_day_of_month`` (15th) of each
    month. It is never moved for a Saturday or Sunday (the seed:
    “部长接待日”遇周六、周日不休息). When the day falls inside an official
    holiday period (国务院办公厅节假日安排, e.g. 2024-02-15 in the Spring
    Festival), the default (``supervision.reception_on_holidays`` = true, a
    local choice: the seed is silent) still holds it on its date; a locality
    that sets it false moves it to ``supervision.reception_moved_to`` (the
    next working day by default). A day that is both a weekend day and a
    holiday is treated as a holiday. Each decision's subject is ``YYYY-MM``,
    its value the day the reception is held, its outcome ``"held"`` or
    ``"moved"``. Each month is decided by the policy in force on its 1st: a
    change that takes effect later in a month (even on the 2nd) applies from
    the next month, so a month's reception day is known, and announced, from
    the month's first day. The calendar is consulted to name each day's kind, so a year
    it does not cover raises [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

    >>> days = reception_days(2026)
    >>> {d.value.day for d in days}
    {15}
    >>> days[1].reasons[0].en
    '2026-02-15 is a Sunday inside the official holiday period 春节; held on its date (supervision.reception_on_holidays = true)'
    """
    year = as_year(year)
    cal = checked_calendar(calendar)
    return tuple(
        _reception_day(
            RuleContext(reception_days, policy, on=dt.date(year, month, 1)), cal, year, month
        )
        for month in range(1, 13)
    )


def _reception_day(ctx: RuleContext, cal: Calendar, year: int, month: int) -> Decision[dt.date]:
    """The reception day of one month: 将每个月的15日定为“部长接待日”."""
    day_of_month, _, _, moved_to = (ctx.param(p) for p in _PARAMS)
    date = dt.date(year, month, day_of_month)
    kind, switch = _kind_of_day(cal, date)
    move = switch is not None and not ctx.param(switch)
    held, forward = _moved(cal, date, moved_to) if move else (date, False)
    how = (
        _ReceptionTexts.moved.text(
            held=day(held), weekday=_WEEKDAYS[held.weekday()], moved_to=_MOVED_TO[moved_to]
        )
        if move
        else _ReceptionTexts.held.text()
    )
    if forward:
        how = _ReceptionTexts.kept_in_month.text(how=how)
    if switch is not None:
        shown = "true" if ctx.param(switch) else "false"
        how = _ReceptionTexts.switch.text(how=how, switch=switch, value=shown)
    ctx.say(_ReceptionTexts.the_day, day=day(date), kind=kind, how=how)
    if switch != _ON_HOLIDAYS and date.weekday() >= 5 and not move:
        # “部长接待日”遇周六、周日不休息
        ctx.say(_ReceptionTexts.weekend)
    ctx.provisional = cal.is_provisional(date, held)
    return ctx.decide(
        "moved" if move else "held",
        held,
        _ReceptionTexts.headline,
        subject=f"{year:04d}-{month:02d}",
        year=year,
        month=month,
        held=day(held),
        weekday=_WEEKDAYS[held.weekday()],
    )


def _kind_of_day(cal: Calendar, date: dt.date) -> tuple[Text, str | None]:
    """What kind of day ``date`` is, and the switch that says whether it is held on such a day.

    Inside an official holiday period (even on a weekend), a weekend rest
    day, or a working day (a 调休 make-up Saturday too: no switch applies).
    """
    holiday = holiday_name(cal, date)
    working = cal.is_working_day(date)
    weekday = _WEEKDAYS[date.weekday()]
    if holiday is not None:
        return _ReceptionTexts.in_holiday.text(weekday=weekday, holiday=holiday), _ON_HOLIDAYS
    if date.weekday() >= 5 and not working:
        return _ReceptionTexts.rest_day.text(weekday=weekday), _ON_WEEKENDS
    return _ReceptionTexts.working_day.text(weekday=weekday), None


def _moved(cal: Calendar, date: dt.date, moved_to: str) -> tuple[dt.date, bool]:
    """The day a reception day that is not held on its date moves to, and whether it had to
    go forward instead of back.

    A month's reception day stays in its month: when the previous working day
    falls in an earlier month (a reception day on the 1st in a holiday), it
    goes to the next working day instead.
    """
    if moved_to == "next_working_day":
        return cal.next_working_day(date), False
    d = date - dt.timedelta(days=1)
    while d.month == date.month and not cal.is_working_day(d):
        d -= dt.timedelta(days=1)
    if d.month != date.month:
        return cal.next_working_day(date), True
    return d, False


class _MeetingTexts:
    """Texts of supervision.meeting_deadline (义务监督员约见部长)."""

    not_counted = Say(
        "约见请求之日({requested})不计入,其后第{n}个工作日为{due}",
        "The day of the request ({requested}) is not counted; working day {n} after it is {due}",
    )
    headline = Say("部长应于{due}前安排约见", "The head meets by {due}")


@rule(
    "supervision.meeting_deadline",
    zh="义务监督员约见部长,部长及时安排接待",
    en="A supervisor may ask to meet the head at any time; the head arranges it promptly",
    document=S000,
    section="第五篇 三、三是",
    quote="发现问题可以随时约见部长,汇报情况,部长及时安排时间予以接待",
    parameters=(_MEETING_DAYS,),
)
def meeting_deadline(
    requested_on: dt.date, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[dt.date]:
    """组织部长约谈 — the day by which the head meets a supervisor who asked on ``requested_on``.

    The seed says only 及时 (promptly), so there is no default: the locality
    sets ``supervision.meeting_working_days``; until then this raises
    [`MissingParameterError`][orgwork.errors.MissingParameterError] naming it. The day of the
    request is not counted.

    >>> from orgwork.policy import Policy
    >>> p = Policy.default().override({"supervision.meeting_working_days": 3})
    >>> meeting_deadline(dt.date(2025, 9, 30), policy=p).value   # 10-11 is a 调休 Saturday
    datetime.date(2025, 10, 11)
    >>> meeting_deadline(dt.date(2025, 9, 30))
    Traceback (most recent call last):
    ...
    orgwork.errors.MissingParameterError: supervision.meeting_working_days is not set: ...
    """
    requested_on = as_date(requested_on, "requested_on")
    ctx = RuleContext(meeting_deadline, policy, on=requested_on)
    n = ctx.param(_MEETING_DAYS)
    if n is None:
        raise MissingParameterError(
            f"{_MEETING_DAYS} is not set: the seed says only that the head "
            "arranges a meeting promptly (及时); set the number of working days for your locality",
            parameter=_MEETING_DAYS,
        )
    cal = checked_calendar(calendar)
    due = cal.add_working_days(requested_on, n)
    ctx.say(_MeetingTexts.not_counted, requested=day(requested_on), n=n, due=day(due))
    ctx.provisional = cal.is_provisional(requested_on, due)
    return ctx.decide("due", due, _MeetingTexts.headline, due=day(due))
