"""Provisional (estimated) year schedules for years with no published notice.

An estimate holds the statutory holidays of the 全国年节及纪念日放假办法 as
revised by 国务院令第795号 (decision of 2024-11-10, in force 2025-01-01),
Article 2, on their fixed and lunar dates: 元旦 January 1 (1 day); 春节 from
除夕, the last day of the 12th lunar month, to 正月初三 (4 days); 清明节 the
清明 solar term's day (1 day); 劳动节 May 1–2 (2 days); 端午节 the 5th day of
the 5th lunar month (1 day); 中秋节 the 15th day of the 8th lunar month
(1 day); 国庆节 October 1–3 (3 days).

It has no 调休 (no weekend day becomes a working day and no weekday is
added to a holiday), and it does not apply Article 6's 补假 for a holiday
that falls on a weekend, because the yearly notice decides both. An
estimate therefore has fewer rest days than the published arrangement will
have, so deadlines computed with it tend to fall early, never silently
late; every decision that uses a provisional year is marked provisional.

>>> s = provisional_schedule(2027)
>>> s.provisional, s.holidays[0].name, len(s.rest_days())
(True, '元旦', 13)
"""

from __future__ import annotations

import datetime as _dt

from orgwork.calendar._festivals import (
    FIRST_LUNAR_YEAR,
    LAST_LUNAR_YEAR,
    lunar_to_solar,
    qingming,
    spring_festival,
)
from orgwork.calendar._model import HolidayPeriod, YearSchedule

__all__ = ["PROVISIONAL_NOTICE", "provisional_schedule"]

#: The reference every provisional schedule cites in place of a notice.
PROVISIONAL_NOTICE = "provisional: 全国年节及纪念日放假办法(2024年修订,国务院令第795号)第二条"

_ONE_DAY = _dt.timedelta(days=1)


def provisional_schedule(year: int) -> YearSchedule:
    """暂定安排 — an estimated schedule for ``year``: statutory holidays only, no 调休.

    Years 1901–2100, the lunar table's range. The result is marked ``provisional=True``.

    >>> spring = provisional_schedule(2027).holidays[1]
    >>> spring.name, spring.first, spring.last
    ('春节', datetime.date(2027, 2, 5), datetime.date(2027, 2, 8))
    >>> provisional_schedule(2027).workdays
    ()
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be an int, not {type(year).__name__}")
    if not FIRST_LUNAR_YEAR < year <= LAST_LUNAR_YEAR:
        raise ValueError(
            f"a provisional schedule needs the lunar table, {FIRST_LUNAR_YEAR + 1}–"
            f"{LAST_LUNAR_YEAR}; year {year} is outside it"
        )
    new_year = spring_festival(year)
    periods = [
        HolidayPeriod(name="元旦", first=_dt.date(year, 1, 1), last=_dt.date(year, 1, 1)),
        HolidayPeriod(name="春节", first=new_year - _ONE_DAY, last=new_year + 2 * _ONE_DAY),
        HolidayPeriod(name="清明节", first=qingming(year), last=qingming(year)),
        HolidayPeriod(name="劳动节", first=_dt.date(year, 5, 1), last=_dt.date(year, 5, 2)),
        HolidayPeriod(
            name="端午节", first=lunar_to_solar(year, 5, 5), last=lunar_to_solar(year, 5, 5)
        ),
        HolidayPeriod(
            name="中秋节", first=lunar_to_solar(year, 8, 15), last=lunar_to_solar(year, 8, 15)
        ),
        HolidayPeriod(name="国庆节", first=_dt.date(year, 10, 1), last=_dt.date(year, 10, 3)),
    ]
    return YearSchedule(
        year=year,
        notice=PROVISIONAL_NOTICE,
        title=f"{year}年暂定安排(未公布国务院办公厅通知)",
        holidays=tuple(periods),
        provisional=True,
    )
