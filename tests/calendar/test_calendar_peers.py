"""Every day 2004-01-01..2026-12-31 against two independent peers, with each disagreement settled.

The peers are installed only for testing: ``holidays`` (its ``China``
calendar, python-holidays) and ``chinesecalendar`` (``chinese_calendar``).
A disagreement that is not listed below fails the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.calendar import is_working_day, official_calendar

FIRST = dt.date(2004, 1, 1)
LAST = dt.date(2026, 12, 31)

# date: (ours, holidays, chinesecalendar, the notice that settles it). True = working day.
DISAGREEMENTS: dict[dt.date, tuple[bool, bool, bool, str]] = {
    dt.date(2005, 12, 31): (
        True,
        True,
        False,
        "国办发明电〔2005〕35号 (the 2006 notice), 一、元旦: 12月31日(星期六)上班",
    ),
}


def _days() -> list[dt.date]:
    return [FIRST + dt.timedelta(days=i) for i in range((LAST - FIRST).days + 1)]


@pytest.mark.rule("calendar.working_days")
def test_every_day_against_holidays_and_chinesecalendar() -> None:
    holidays = pytest.importorskip("holidays")
    chinese_calendar = pytest.importorskip("chinese_calendar")
    china = holidays.China(years=range(FIRST.year - 1, LAST.year + 2))
    found = {}
    for day in _days():
        ours = is_working_day(day)
        theirs = (china.is_working_day(day), chinese_calendar.is_workday(day))
        if (ours, ours) != theirs:
            found[day] = (ours, *theirs)
    assert found == {d: v[:3] for d, v in DISAGREEMENTS.items()}


@pytest.mark.rule("calendar.working_days")
@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        (dt.date(2005, 12, 31), True, "2006 notice: Saturday worked"),
        (dt.date(2006, 12, 30), True, "2007 notice: Saturday worked"),
        (dt.date(2011, 12, 31), True, "2012 notice: Saturday worked"),
        (dt.date(2013, 4, 7), True, "2013 notice: 清明 make-up Sunday"),
        (dt.date(2013, 10, 12), True, "2013 notice: 国庆 make-up Saturday"),
        (dt.date(2015, 9, 3), False, "国发明电〔2015〕1号: the 70th anniversary"),
        (dt.date(2015, 9, 4), False, "国发明电〔2015〕1号: 调休"),
        (dt.date(2015, 9, 6), True, "国发明电〔2015〕1号: Sunday worked"),
        (dt.date(2019, 5, 2), False, "国办发明电〔2019〕3号: Labour Day 1–4 May"),
        (dt.date(2019, 5, 5), True, "国办发明电〔2019〕3号: Sunday worked"),
        (dt.date(2020, 1, 31), False, "国办发明电〔2020〕1号: extended to 2 February"),
        (dt.date(2020, 2, 1), False, "国办发明电〔2020〕1号: the Saturday first set to work"),
        (dt.date(2020, 2, 3), True, "国办发明电〔2020〕1号: work resumes"),
        (dt.date(2026, 1, 4), True, "2026 notice: Sunday worked"),
        (dt.date(2026, 2, 23), False, "2026 notice: 春节 to 23 February"),
        (dt.date(2026, 2, 28), True, "2026 notice: Saturday worked"),
    ],
)
def test_special_cases(day: dt.date, working: bool, why: str) -> None:
    assert is_working_day(day) is working, why


def test_the_2026_arrangement_is_the_issue_s() -> None:
    s = official_calendar().schedule(2026)
    spans = [(p.first, p.last) for p in s.holidays]
    assert spans == [
        (dt.date(2026, 1, 1), dt.date(2026, 1, 3)),
        (dt.date(2026, 2, 15), dt.date(2026, 2, 23)),
        (dt.date(2026, 4, 4), dt.date(2026, 4, 6)),
        (dt.date(2026, 5, 1), dt.date(2026, 5, 5)),
        (dt.date(2026, 6, 19), dt.date(2026, 6, 21)),
        (dt.date(2026, 9, 25), dt.date(2026, 9, 27)),
        (dt.date(2026, 10, 1), dt.date(2026, 10, 7)),
    ]
    assert s.workdays == tuple(
        dt.date(2026, m, d) for m, d in [(1, 4), (2, 14), (2, 28), (5, 9), (9, 20), (10, 10)]
    )
