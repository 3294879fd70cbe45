"""部长接待日与约谈 — the head's monthly reception day and supervisors' requests to meet the head."""

from __future__ import annotations

import datetime as dt

from orgwork._args import as_date, as_year, zh_date
from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, Reason, Text
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy, resolve
from orgwork.rules import rule
from orgwork.supervision._common import S000, holiday_name

__all__ = ["meeting_deadline", "reception_days"]

_RULE = "supervision.reception_days"
_WEEKDAY_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_PARAMS = (
    "supervision.reception_day_of_month",
    "supervision.reception_on_weekends",
    "supervision.reception_on_holidays",
    "supervision.reception_moved_to",
)


def _previous_working_day(cal: Calendar, day: dt.date) -> dt.date:
    d = day - dt.timedelta(days=1)
    while not cal.is_working_day(d):
        d -= dt.timedelta(days=1)
    return d


@rule(
    _RULE,
    zh="部长接待日(每月15日,遇周六、周日不休息)",
    en="The head's reception day: the 15th of every month, held on weekends too",
    document=S000,
    section="第五篇 三、二是",
    quote="将每个月的15日定为“部长接待日”",
    parameters=_PARAMS,
    public_name="orgwork.supervision.reception_days",
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
    ``"moved"``. The calendar is consulted to name each day's kind, so a year
    it does not cover raises :class:`~orgwork.errors.CalendarCoverageError`.

    >>> days = reception_days(2026)
    >>> {d.value.day for d in days}
    {15}
    >>> days[1].reasons[0].en
    '2026-02-15 is a Sunday inside the official holiday period 春节; held on its date (supervision.reception_on_holidays = true)'
    """
    year = as_year(year)
    cal = calendar or official_calendar()
    out = []
    for month in range(1, 13):
        p = resolve(policy, dt.date(year, month, 1)).supervision
        day = dt.date(year, month, p.reception_day_of_month)
        holiday = holiday_name(cal, day)
        working = cal.is_working_day(day)
        weekday_zh, weekday_en = _WEEKDAY_ZH[day.weekday()], f"{day:%A}"
        kind_zh = f"{weekday_zh}"
        kind_en = f"a {weekday_en}"
        move = False
        if holiday is not None:
            kind_zh += f",在国务院通知的{holiday}放假期间"
            kind_en += f" inside the official holiday period {holiday}"
            move = not p.reception_on_holidays
            flag = "supervision.reception_on_holidays"
            flag_value = p.reception_on_holidays
        elif day.weekday() >= 5 and not working:
            kind_zh += ",为休息日"
            kind_en += ", a rest day"
            move = not p.reception_on_weekends
            flag = "supervision.reception_on_weekends"
            flag_value = p.reception_on_weekends
        else:
            kind_zh += ",为工作日"
            kind_en += ", a working day"
            flag = ""
            flag_value = True
        if move:
            held = (
                cal.next_working_day(day)
                if p.reception_moved_to == "next_working_day"
                else _previous_working_day(cal, day)
            )
            how_zh = f"改在{zh_date(held)}({_WEEKDAY_ZH[held.weekday()]})接待"
            how_en = f"moved to {held} ({held:%A}) (supervision.reception_moved_to = {p.reception_moved_to})"
        else:
            held = day
            how_zh = "当日照常接待"
            how_en = "held on its date"
        if flag:
            shown = f"{flag} = {'true' if flag_value else 'false'}"
            how_zh += f"({shown})"
            how_en += f" ({shown})"
        reasons = [
            Reason(
                rule=_RULE,
                zh=f"{zh_date(day)}是{kind_zh};{how_zh}",
                en=f"{day} is {kind_en}; {how_en}",
            )
        ]
        if holiday is None and day.weekday() >= 5 and not move:
            reasons.append(
                Reason(
                    rule=_RULE,
                    zh="“部长接待日”遇周六、周日不休息",
                    en="The reception day is not cancelled for a Saturday or Sunday",
                )
            )
        out.append(
            Decision[dt.date](
                rule=_RULE,
                subject=f"{year:04d}-{month:02d}",
                outcome="moved" if move else "held",
                value=held,
                headline=Text(
                    zh=f"{year}年{month}月部长接待日:{zh_date(held)}({_WEEKDAY_ZH[held.weekday()]})",
                    en=f"Reception day of {year}-{month:02d}: {held} ({held:%A})",
                ),
                reasons=tuple(reasons),
                parameters={
                    "supervision.reception_day_of_month": p.reception_day_of_month,
                    "supervision.reception_on_weekends": p.reception_on_weekends,
                    "supervision.reception_on_holidays": p.reception_on_holidays,
                    "supervision.reception_moved_to": p.reception_moved_to,
                },
                provisional=cal.is_provisional(day, held),
            )
        )
    return tuple(out)


@rule(
    "supervision.meeting_deadline",
    zh="义务监督员约见部长,部长及时安排接待",
    en="A supervisor may ask to meet the head at any time; the head arranges it promptly",
    document=S000,
    section="第五篇 三、三是",
    quote="发现问题可以随时约见部长,汇报情况,部长及时安排时间予以接待",
    parameters=("supervision.meeting_working_days",),
    public_name="orgwork.supervision.meeting_deadline",
)
def meeting_deadline(
    requested_on: dt.date, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[dt.date]:
    """组织部长约谈 — the day by which the head meets a supervisor who asked on ``requested_on``.

    The seed says only 及时 (promptly), so there is no default: the locality
    sets ``supervision.meeting_working_days``; until then this raises
    :class:`~orgwork.errors.MissingParameterError` naming it. The day of the
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
    n = resolve(policy, requested_on).supervision.meeting_working_days
    if n is None:
        raise MissingParameterError(
            "supervision.meeting_working_days is not set: the seed says only that the head "
            "arranges a meeting promptly (及时); set the number of working days for your locality",
            parameter="supervision.meeting_working_days",
        )
    cal = calendar or official_calendar()
    due = cal.add_working_days(requested_on, n)
    return Decision[dt.date](
        rule="supervision.meeting_deadline",
        outcome="due",
        value=due,
        headline=Text(zh=f"部长应于{zh_date(due)}前安排约见", en=f"The head meets by {due}"),
        reasons=(
            Reason(
                rule="supervision.meeting_deadline",
                zh=f"约见请求之日({zh_date(requested_on)})不计入,其后第{n}个工作日为{zh_date(due)}",
                en=f"The day of the request ({requested_on}) is not counted; working day {n} "
                f"after it is {due}",
            ),
        ),
        parameters={"supervision.meeting_working_days": n},
        provisional=cal.is_provisional(requested_on, due),
    )
