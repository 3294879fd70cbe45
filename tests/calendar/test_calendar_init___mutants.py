"""The calendar package's entry points word for word: the calendar given, a year's summary.

Written against the survivors of mutation testing (``python tools/mutation.py
calendar/__init__``, triage in ``docs/mutation.md``). ``year_json`` is what ``orgwork
calendar YEAR --json`` prints and ``GET /calendar/{year}`` answers; the CLI tests run it
in a subprocess, out of mutmut's sight, so it is pinned here in process.
"""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.calendar import (
    Amendment,
    CalendarCoverageError,
    add_days,
    checked_calendar,
    next_working_day,
    notice_json,
    official_calendar,
    year_json,
)

D = dt.date
#: The official calendar with a provisional 2027, so that days past 2026 can be counted.
CAL_2027 = official_calendar().with_provisional(2027)
HINT = "(build one with official_calendar().with_file(path))"


@pytest.mark.rule("calendar.calendar_days")
def test_add_days_counts_on_the_calendar_given() -> None:
    # 民法典 第二百零三条: 期间的最后一日是法定休假日的,以法定休假日结束的次日为期间的最后一日。
    with pytest.raises(CalendarCoverageError):
        add_days(D(2026, 12, 20), 15)
    assert add_days(D(2026, 12, 20), 15, calendar=CAL_2027) == D(2027, 1, 4)  # 01-01..03 rest


@pytest.mark.rule("calendar.working_days")
def test_next_working_day_counts_on_the_calendar_given() -> None:
    with pytest.raises(CalendarCoverageError):
        next_working_day(D(2026, 12, 31))
    assert next_working_day(D(2026, 12, 31), calendar=CAL_2027) == D(2027, 1, 4)


@pytest.mark.parametrize("bad", [{}, "official", 0])
def test_a_calendar_that_is_no_calendar_is_refused_with_how_to_build_one(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        checked_calendar(bad)
    assert str(info.value) == (
        f"calendar must be an orgwork Calendar or None, not {type(bad).__name__} {HINT}"
    )
    with pytest.raises(TypeError) as named:
        checked_calendar(bad, "cal")
    assert str(named.value).startswith("cal must be an orgwork Calendar or None")
    with pytest.raises(TypeError, match=r"^calendar must be"):
        year_json(2024, bad)  # type: ignore[arg-type]


def test_a_year_summary_gives_the_notice_holidays_and_working_days() -> None:
    # 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号)
    assert year_json(2024) == {
        "year": 2024,
        "notice": "国办发明电〔2023〕7号",
        "title": "国务院办公厅关于2024年部分节假日安排的通知",
        "published": "2023-10-25",
        "provisional": False,
        "amended_by": [],
        "holidays": [
            {
                "name": "元旦",
                "first": "2024-01-01",
                "last": "2024-01-01",
                "days": 1,
                "local": False,
            },
            {
                "name": "春节",
                "first": "2024-02-10",
                "last": "2024-02-17",
                "days": 8,
                "local": False,
            },
            {
                "name": "清明节",
                "first": "2024-04-04",
                "last": "2024-04-06",
                "days": 3,
                "local": False,
            },
            {
                "name": "劳动节",
                "first": "2024-05-01",
                "last": "2024-05-05",
                "days": 5,
                "local": False,
            },
            {
                "name": "端午节",
                "first": "2024-06-10",
                "last": "2024-06-10",
                "days": 1,
                "local": False,
            },
            {
                "name": "中秋节",
                "first": "2024-09-15",
                "last": "2024-09-17",
                "days": 3,
                "local": False,
            },
            {
                "name": "国庆节",
                "first": "2024-10-01",
                "last": "2024-10-07",
                "days": 7,
                "local": False,
            },
        ],
        "make_up_working_days": [
            "2024-02-04",
            "2024-02-18",
            "2024-04-07",
            "2024-04-28",
            "2024-05-11",
            "2024-09-14",
            "2024-09-29",
            "2024-10-12",
        ],
        "working_days_per_month": {
            "1": 22,
            "2": 18,
            "3": 21,
            "4": 22,
            "5": 21,
            "6": 19,
            "7": 23,
            "8": 22,
            "9": 21,
            "10": 19,
            "11": 21,
            "12": 22,
        },
        "working_days": 251,
    }


def test_a_year_summary_names_the_notice_that_amended_it() -> None:
    # 国务院办公厅关于延长2020年春节假期的通知
    assert notice_json(official_calendar().schedule(2020)) == {
        "year": 2020,
        "notice": "国办发明电〔2019〕16号",
        "title": "国务院办公厅关于2020年部分节假日安排的通知",
        "published": "2019-11-21",
        "provisional": False,
        "amended_by": [
            {
                "notice": "国办发明电〔2020〕1号",
                "title": "国务院办公厅关于延长2020年春节假期的通知",
                "published": "2020-01-27",
                "change": "春节假期延长至2月2日（农历正月初九），2月3日起正常上班；"
                "原定2月1日（星期六）上班随之取消",
            }
        ],
    }
    assert (
        year_json(2020)["amended_by"]
        == notice_json(official_calendar().schedule(2020))["amended_by"]
    )


def test_an_unpublished_notice_or_amendment_has_no_publication_day() -> None:
    y = year_json(2027, CAL_2027)
    assert (y["year"], y["published"], y["provisional"]) == (2027, None, True)
    assert y["title"] == "2027年暂定安排(未公布国务院办公厅通知)"
    s = official_calendar().schedule(2024)
    undated = s.model_copy(update={"amended_by": (Amendment(notice="某通知", change="改"),)})
    assert notice_json(undated)["amended_by"] == [
        {"notice": "某通知", "title": "", "published": None, "change": "改"}
    ]


def test_the_official_calendar_is_looked_up_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    # add_working_days keeps the official calendar's bound method after its first call;
    # a process's first call must find it, and the next reuse it
    import orgwork.calendar as calendar_module

    monkeypatch.setattr(calendar_module, "_OFFICIAL_ADD", None)
    assert calendar_module.add_working_days(dt.date(2024, 2, 8), 15) == dt.date(2024, 3, 6)
    assert calendar_module.add_working_days(dt.date(2025, 9, 30), 7) == dt.date(2025, 10, 16)


def test_notice_json_names_what_it_was_given() -> None:
    from orgwork.calendar import notice_json

    with pytest.raises(TypeError, match=r"^schedule must be a YearSchedule, not dict$"):
        notice_json({})  # type: ignore[arg-type]
