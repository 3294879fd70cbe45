"""Helpers of the supervision modules only: the seed's file name and holiday names.

Argument checks, periods and date labels are the core's (`orgwork._args`).
"""

from __future__ import annotations

import datetime as dt

from orgwork.calendar import Calendar

__all__ = ["S000", "holiday_name"]

S000 = "000_d6bf9a3c8f5be95e.txt"


def holiday_name(calendar: Calendar, day: dt.date) -> str | None:
    """The name of the official holiday period ``day`` falls in, or None.

    Raises CalendarCoverageError when ``day``'s year is not covered.

    >>> from orgwork.calendar import official_calendar
    >>> holiday_name(official_calendar(), dt.date(2024, 2, 15))
    '春节'
    """
    calendar.schedule(day.year)
    for year in (day.year, day.year - 1, day.year + 1):
        if not calendar.first_year <= year <= calendar.last_year:
            continue
        for period in calendar.schedule(year).holidays:
            if period.first <= day <= period.last:
                return period.name
    return None
