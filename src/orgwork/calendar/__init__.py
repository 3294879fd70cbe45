"""China's official working-day calendar (工作日), from the State Council's yearly notices.

Working days follow the State Council General Office's yearly notice on
holiday arrangements (国务院办公厅关于某年部分节假日安排的通知): public
holidays are rest days, and some weekend days become working days (调休上班).
The bundled data covers the years listed by [`official_calendar`][orgwork.calendar.official_calendar]; a
computation that needs any other year raises
[`CalendarCoverageError`][orgwork.errors.CalendarCoverageError] naming it. Nothing is guessed:
an estimate for an unpublished year is available only on request
([`Calendar.with_provisional`][orgwork.calendar.Calendar.with_provisional]), and decisions that use it are marked
provisional.

Counting convention: the day a period starts is not counted (民法典 第二百零一条;
民事诉讼法 第八十五条), so ``add_working_days(start, n)`` is the ``n``-th
working day strictly after ``start``, whether or not ``start`` is itself a
working day.

>>> import datetime as dt
>>> add_working_days(dt.date(2026, 9, 30), 1)   # 10-01..07 holiday, 10-08 works
datetime.date(2026, 10, 8)
>>> is_working_day(dt.date(2026, 2, 14))         # a Saturday made a working day
True

Limitations:
    The last days of December of the last covered year can still be moved
    by the next year's notice (the 2006 notice made 2005-12-31 a working
    day); they are reported as the data stands.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

from orgwork.calendar._festivals import (
    FIRST_LUNAR_YEAR,
    LAST_LUNAR_YEAR,
    lunar_to_solar,
    qingming,
    qiyi,
    spring_festival,
)
from orgwork.calendar._model import (
    Amendment,
    Calendar,
    HolidayPeriod,
    YearSchedule,
    load_schedules,
    schedules_from_mapping,
)
from orgwork.calendar._notice import parse_notice, schedule_toml
from orgwork.calendar._provisional import PROVISIONAL_NOTICE, provisional_schedule
from orgwork.errors import CalendarCoverageError, CalendarDataError
from orgwork.rules import rule

__all__ = [
    "FIRST_LUNAR_YEAR",
    "LAST_LUNAR_YEAR",
    "PROVISIONAL_NOTICE",
    "Amendment",
    "Calendar",
    "CalendarCoverageError",
    "CalendarDataError",
    "HolidayPeriod",
    "YearSchedule",
    "add_days",
    "add_working_days",
    "add_working_days_batch",
    "checked_calendar",
    "is_working_day",
    "load_schedules",
    "lunar_to_solar",
    "next_working_day",
    "notice_json",
    "official_calendar",
    "parse_notice",
    "provisional_schedule",
    "qingming",
    "qiyi",
    "schedule_toml",
    "spring_festival",
    "working_days_between",
    "year_json",
]


@cache
def official_calendar() -> Calendar:
    """官方工作日历 — the bundled official calendar, 2004–2026 (built once, then shared).

    >>> cal = official_calendar()
    >>> cal.first_year, cal.last_year, cal.schedule(2026).notice
    (2004, 2026, '国办发明电〔2025〕7号')
    """
    import tomllib

    text = resources.files("orgwork.calendar").joinpath("data/official.toml").read_text("utf-8")
    return Calendar(schedules=schedules_from_mapping(tomllib.loads(text), origin="official.toml"))


def checked_calendar(calendar: object, name: str = "calendar") -> Calendar:
    """``calendar`` itself, or the official calendar for None; a TypeError naming ``name`` otherwise.

    Anything else, even an empty ``{}``, is refused rather than taken for the default.

    >>> checked_calendar(None) is official_calendar()
    True
    >>> checked_calendar({})
    Traceback (most recent call last):
    ...
    TypeError: calendar must be an orgwork Calendar or None, not dict (build one with official_calendar().with_file(path))
    """
    if calendar is None:
        return official_calendar()
    if not isinstance(calendar, Calendar):
        raise TypeError(
            f"{name} must be an orgwork Calendar or None, not {type(calendar).__name__} "
            "(build one with official_calendar().with_file(path))"
        )
    return calendar


def is_working_day(day: _dt.date, *, calendar: Calendar | None = None) -> bool:
    """工作日 — whether ``day`` is a working day (调休 make-up days included).

    >>> is_working_day(_dt.date(2026, 2, 14)), is_working_day(_dt.date(2026, 2, 16))
    (True, False)
    """
    return checked_calendar(calendar).is_working_day(day)


@rule(
    "calendar.working_days",
    zh="以工作日计算的期限(起算日不计入,遇调休按国务院通知)",
    en="Periods counted in working days (the start day not counted; official 调休 applied)",
    document="中华人民共和国民法典",
    section="第二百零一条;国务院办公厅关于各年部分节假日安排的通知",
    quote="按照年、月、日计算期间的,开始的当日不计入,自下一日开始计算。",
)
def add_working_days(start: _dt.date, n: int, *, calendar: Calendar | None = None) -> _dt.date:
    """工作日期限 — the ``n``-th working day strictly after ``start`` (``n`` ≥ 1).

    The day ``start`` is never counted, whether or not it is a working day
    (民法典 第二百零一条). A result beyond the covered years raises
    [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

    >>> add_working_days(_dt.date(2024, 2, 8), 15)
    datetime.date(2024, 3, 6)
    """
    if calendar is None:  # the official calendar's bound method, looked up once
        return (_OFFICIAL_ADD or _official_add())(start, n)
    return checked_calendar(calendar).add_working_days(start, n)


#: ``official_calendar().add_working_days``, set on first use (every letter's deadline).
_OFFICIAL_ADD: Callable[[_dt.date, int], _dt.date] | None = None


def _official_add() -> Callable[[_dt.date, int], _dt.date]:
    global _OFFICIAL_ADD
    _OFFICIAL_ADD = official_calendar().add_working_days
    return _OFFICIAL_ADD


def add_working_days_batch(starts: Any, n: int, *, calendar: Calendar | None = None) -> Any:
    """批量工作日期限 — [`add_working_days`][orgwork.calendar.add_working_days] for many starts (a list, or a numpy array).

    A sequence of dates gives a list of dates; a numpy ``datetime64[D]``
    array gives a ``datetime64[D]`` array (numpy is imported only then).
    Exact: the same answer as the scalar form for every start.

    >>> add_working_days_batch([_dt.date(2024, 2, 8), _dt.date(2025, 1, 24)], 15)
    [datetime.date(2024, 3, 6), datetime.date(2025, 2, 20)]
    """
    return checked_calendar(calendar).add_working_days_batch(starts, n)


def next_working_day(day: _dt.date, *, calendar: Calendar | None = None) -> _dt.date:
    """下一个工作日 — the first working day strictly after ``day``.

    >>> next_working_day(_dt.date(2026, 9, 30))
    datetime.date(2026, 10, 8)
    """
    return checked_calendar(calendar).next_working_day(day)


def working_days_between(
    start: _dt.date, end: _dt.date, *, calendar: Calendar | None = None
) -> int:
    """间隔工作日数 — working days in ``(start, end]``, the inverse of [`add_working_days`][orgwork.calendar.add_working_days].

    ``start`` is not counted and ``end`` is, so
    ``working_days_between(s, add_working_days(s, n)) == n``; reversed
    arguments give the negated count.

    >>> working_days_between(_dt.date(2024, 2, 8), _dt.date(2024, 3, 6))
    15
    """
    return checked_calendar(calendar).working_days_between(start, end)


@rule(
    "calendar.calendar_days",
    zh="以日计算的期限(期末遇法定休假日顺延)",
    en="Periods counted in calendar days (a last day on a rest day moves to the next working day)",
    document="中华人民共和国民法典",
    section="第二百零三条",
    quote="期间的最后一日是法定休假日的,以法定休假日结束的次日为期间的最后一日。",
)
def add_days(start: _dt.date, n: int, *, calendar: Calendar | None = None) -> _dt.date:
    """以日计算的期限 — the end of an ``n``-calendar-day period after ``start``, moved off a rest day.

    For rules counted in 日 rather than 工作日 (e.g. the 信访工作条例's 60
    days): the day ``start`` is not counted, and a last day that is a rest
    day moves to the next working day (民法典 第二百零三条).

    >>> add_days(_dt.date(2025, 9, 1), 30)   # 2025-10-01 is in the National Day holiday
    datetime.date(2025, 10, 9)
    """
    return checked_calendar(calendar).add_days(start, n)


def notice_json(schedule: YearSchedule) -> dict[str, Any]:
    """A year's notice (and the notices amending it) as JSON-ready data.

    Raises:
        TypeError: ``schedule`` is not a `YearSchedule`.
    """
    if not isinstance(schedule, YearSchedule):
        raise TypeError(f"schedule must be a YearSchedule, not {type(schedule).__name__}")
    s = schedule
    return {
        "year": s.year,
        "notice": s.notice,
        "title": s.title,
        "published": s.published.isoformat() if s.published else None,
        "provisional": s.provisional,
        "amended_by": [
            {
                "notice": a.notice,
                "title": a.title,
                "published": a.published.isoformat() if a.published else None,
                "change": a.change,
            }
            for a in s.amended_by
        ],
    }


def year_json(year: int, calendar: Calendar | None = None) -> dict[str, Any]:
    """一年的放假安排 — ``year``'s notice, holidays, make-up days and working days, as JSON-ready data.

    What ``orgwork calendar YEAR --json`` prints and ``GET /calendar/{year}`` answers.

    >>> y = year_json(2024)
    >>> y["notice"], y["working_days"], y["make_up_working_days"][:2]
    ('国办发明电〔2023〕7号', 251, ['2024-02-04', '2024-02-18'])
    """
    cal = checked_calendar(calendar)
    s = cal.schedule(year)
    months = {str(m): len(cal.working_days_in(year, m)) for m in range(1, 13)}
    return {
        **notice_json(s),
        "holidays": [
            {
                "name": p.name,
                "first": p.first.isoformat(),
                "last": p.last.isoformat(),
                "days": (p.last - p.first).days + 1,
                "local": p.local,
            }
            for p in s.holidays
        ],
        "make_up_working_days": [d.isoformat() for d in s.workdays],
        "working_days_per_month": months,
        "working_days": sum(months.values()),
    }
