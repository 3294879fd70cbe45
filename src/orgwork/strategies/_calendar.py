"""Strategies for the calendar domain: dates within coverage, year schedules, calendars."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from orgwork.calendar import Calendar, HolidayPeriod, YearSchedule, official_calendar

__all__ = ["calendars", "covered_dates", "holiday_periods", "year_schedules"]


def covered_dates(
    calendar: Calendar | None = None, *, margin_days: int = 0
) -> st.SearchStrategy[dt.date]:
    """Dates inside ``calendar``'s covered years (the official calendar by default).

    ``margin_days`` keeps that many days free before the end of coverage,
    so that a deadline counted from the date still falls inside it.

    >>> from hypothesis import given
    >>> @given(covered_dates(margin_days=60))
    ... def test(day):
    ...     assert dt.date(2004, 1, 1) <= day <= dt.date(2026, 11, 1)
    >>> test()
    """
    cal = official_calendar() if calendar is None else calendar
    last = dt.date(cal.last_year, 12, 31) - dt.timedelta(days=margin_days)
    return st.dates(dt.date(cal.first_year, 1, 1), last)


def _weekend_days(year: int) -> list[dt.date]:
    d = dt.date(year, 1, 1)
    out = []
    while d.year == year:
        if d.weekday() >= 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def _official_periods() -> list[HolidayPeriod]:
    return [p for s in official_calendar().schedules for p in s.holidays]


@st.composite
def _holiday_period(draw: st.DrawFn) -> HolidayPeriod:
    official = _official_periods()
    name = draw(st.sampled_from(sorted({p.name for p in official})))
    first = draw(st.dates(dt.date(2004, 1, 1), dt.date(2026, 12, 31)))
    last = first + dt.timedelta(days=draw(st.integers(0, 8)))
    return HolidayPeriod(name=name, first=first, last=last, local=draw(st.booleans()))


def holiday_periods() -> st.SearchStrategy[HolidayPeriod]:
    """Holiday periods: the official schedule's own (2004–2026), or a named period of 1–9 days.

    >>> from hypothesis import given
    >>> @given(holiday_periods())
    ... def test(p):
    ...     assert p.first <= p.last
    >>> test()
    """
    return st.sampled_from(_official_periods()) | _holiday_period()


@st.composite
def _year_schedule(draw: st.DrawFn, year: int) -> YearSchedule:
    periods = []
    rest: set[dt.date] = set()
    for i in range(draw(st.integers(0, 6))):
        first = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        last = min(first + dt.timedelta(days=draw(st.integers(0, 8))), dt.date(year, 12, 31))
        local = draw(st.booleans()) if i == 0 else False
        periods.append(HolidayPeriod(name=f"假日{i + 1}", first=first, last=last, local=local))
        rest.update(p for p in periods[-1].days())
    weekend = [d for d in _weekend_days(year) if d not in rest]
    workdays = draw(st.lists(st.sampled_from(weekend), max_size=8, unique=True))
    return YearSchedule(
        year=year,
        notice=f"测试通知〔{year - 1}〕{draw(st.integers(1, 99))}号",
        title=f"{year}年测试安排",
        published=dt.date(year - 1, 12, 1),
        holidays=tuple(periods),
        workdays=tuple(workdays),
    )


def year_schedules(
    years: st.SearchStrategy[int] | None = None,
) -> st.SearchStrategy[YearSchedule]:
    """Valid year schedules: a few holiday periods and weekend make-up days, for a year.

    ``years`` draws the year (2027–2100 by default).

    >>> from hypothesis import given
    >>> @given(year_schedules())
    ... def test(s):
    ...     assert all(d.weekday() >= 5 for d in s.workdays)
    >>> test()
    """
    return (st.integers(2027, 2100) if years is None else years).flatmap(_year_schedule)


@st.composite
def _calendar(draw: st.DrawFn, base: Calendar | None, max_years: int) -> Calendar:
    count = draw(st.integers(1, max_years))
    if base is not None:
        first = base.last_year + 1
        return base.with_years(*(draw(_year_schedule(first + i)) for i in range(count)))
    first = draw(st.integers(2000, 2090))
    return Calendar(schedules=tuple(draw(_year_schedule(first + i)) for i in range(count)))


def calendars(base: Calendar | None = None, *, max_years: int = 3) -> st.SearchStrategy[Calendar]:
    """Valid calendars of 1 to ``max_years`` generated, contiguous years.

    With ``base`` (e.g. the official calendar), the generated years follow
    its last year, as a locality's additions would.

    >>> from hypothesis import given
    >>> @given(calendars())
    ... def test(cal):
    ...     assert cal.first_year <= cal.last_year
    >>> test()
    """
    return _calendar(base, max_years)
