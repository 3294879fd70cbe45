"""The bundled data, provisional years, and adding a year from a file or in code."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.calendar import (
    PROVISIONAL_NOTICE,
    CalendarCoverageError,
    CalendarDataError,
    HolidayPeriod,
    YearSchedule,
    add_working_days,
    is_working_day,
    lunar_to_solar,
    official_calendar,
    provisional_schedule,
    qingming,
    spring_festival,
)

CAL = official_calendar()
NOTICE = re.compile(r"^国(办)?发明电〔(\d{4})〕\d+号$")


def test_coverage_is_2004_to_2026() -> None:
    assert (CAL.first_year, CAL.last_year) == (2004, 2026)
    assert CAL.provisional_years == frozenset()


@pytest.mark.parametrize("year", range(2004, 2027))
def test_every_year_cites_its_notice(year: int) -> None:
    s = CAL.schedule(year)
    m = NOTICE.match(s.notice)
    assert m is not None, s.notice
    assert int(m.group(2)) == year - 1  # issued the year before
    assert s.title == f"国务院办公厅关于{year}年部分节假日安排的通知"
    assert s.published is not None
    assert s.published.year == year - 1
    assert s.holidays
    for a in s.amended_by:
        assert NOTICE.match(a.notice)
        assert a.published is not None
        assert a.published.year == year


def test_the_three_amended_years() -> None:
    amended = {y: CAL.schedule(y).amended_by for y in range(2004, 2027)}
    assert {y: [a.notice for a in v] for y, v in amended.items() if v} == {
        2015: ["国发明电〔2015〕1号"],
        2019: ["国办发明电〔2019〕3号"],
        2020: ["国办发明电〔2020〕1号"],
    }


def test_the_2026_notice() -> None:
    s = CAL.schedule(2026)
    assert (s.notice, s.published) == ("国办发明电〔2025〕7号", dt.date(2025, 11, 4))


# -- provisional years -------------------------------------------------------------------


def test_provisional_2027_holds_the_statutory_days_only() -> None:
    s = provisional_schedule(2027)
    assert s.provisional
    assert s.notice == PROVISIONAL_NOTICE
    assert s.workdays == ()
    rest = s.rest_days()
    new_year = spring_festival(2027)
    assert len(rest) == 13  # 1 + 4 + 1 + 2 + 1 + 1 + 3 days (2024 revision, Article 2)
    assert {new_year + dt.timedelta(days=i) for i in range(-1, 3)} <= rest
    assert qingming(2027) in rest
    assert {dt.date(2027, 5, 1), dt.date(2027, 5, 2)} <= rest
    assert lunar_to_solar(2027, 5, 5) in rest
    assert lunar_to_solar(2027, 8, 15) in rest
    assert {dt.date(2027, 10, d) for d in (1, 2, 3)} <= rest


@pytest.mark.rule("calendar.working_days")
def test_a_deadline_into_2027_needs_an_explicit_opt_in() -> None:
    start = dt.date(2026, 12, 11)
    with pytest.raises(CalendarCoverageError):
        add_working_days(start, 15)
    cal = CAL.with_provisional(2027)
    # 12-14..18 = 1..5, 12-21..25 = 6..10, 12-28..31 = 11..14, 2027-01-01 元旦, 01-04 = 15
    assert add_working_days(start, 15, calendar=cal) == dt.date(2027, 1, 4)
    assert cal.is_provisional(start, dt.date(2027, 1, 4))
    assert not cal.is_provisional(start, dt.date(2026, 12, 31))


def test_a_provisional_year_is_replaced_by_the_published_one() -> None:
    cal = CAL.with_provisional(2027)
    published = YearSchedule(
        year=2027, notice="国办发明电〔2026〕9号", holidays=(), workdays=(dt.date(2027, 1, 2),)
    )
    cal2 = cal.with_years(published)
    assert not cal2.is_provisional(dt.date(2027, 3, 1))
    assert is_working_day(dt.date(2027, 1, 2), calendar=cal2)


@pytest.mark.parametrize(
    ("day", "ok"),
    [
        (dt.date(2026, 12, 31), True),  # the days next to the turn of the year
        (dt.date(2026, 12, 17), True),
        (dt.date(2026, 12, 16), False),
        (dt.date(2028, 1, 16), True),
        (dt.date(2028, 1, 17), False),
        (dt.date(2032, 1, 3), False),  # early January of a later year is not next to 2027
        (dt.date(2020, 12, 30), False),  # nor late December of an earlier one
    ],
)
def test_a_year_s_days_lie_in_it_or_next_to_its_turn(day: dt.date, ok: bool) -> None:
    def make() -> YearSchedule:
        holiday = HolidayPeriod(name="元旦", first=day, last=day)
        return YearSchedule(year=2027, notice="国办发明电〔2026〕9号", holidays=(holiday,))

    if ok:
        assert make().rest_days() == {day}
    else:
        with pytest.raises(ValueError, match=f"holiday 元旦 day {day} is not in 2027"):
            make()


@given(st.integers(2027, 2100))
def test_provisional_schedules_are_valid_years(year: int) -> None:
    s = provisional_schedule(year)
    assert all(
        p.first.year == year or abs((p.first - dt.date(year, 1, 1)).days) <= 15 for p in s.holidays
    )
    assert len(s.rest_days()) >= 10  # 中秋 may fall inside 国庆; the rest are distinct


# -- extension ----------------------------------------------------------------------------

YEAR_2027 = """
year = 2027
notice = "国办发明电〔2026〕99号"
title = "国务院办公厅关于2027年部分节假日安排的通知"
published = 2026-11-01
workdays = [2027-02-20]
holidays = [
  { name = "元旦", first = 2027-01-01, last = 2027-01-03 },
  { name = "春节", first = 2027-02-05, last = 2027-02-12 },
]
"""


def test_add_a_year_from_toml(tmp_path: Path) -> None:
    path = tmp_path / "2027.toml"
    path.write_text(YEAR_2027, "utf-8")
    cal = CAL.with_file(path)
    assert cal.last_year == 2027
    assert not cal.is_provisional(dt.date(2027, 6, 1))
    assert is_working_day(dt.date(2027, 2, 20), calendar=cal)  # a Saturday made a working day
    assert not is_working_day(dt.date(2027, 2, 8), calendar=cal)
    # 12-14..18 = 1..5, 12-21..25 = 6..10, 12-28..31 = 11..14; 01-01..03 元旦; 01-04 = 15
    assert add_working_days(dt.date(2026, 12, 11), 15, calendar=cal) == dt.date(2027, 1, 4)


def test_add_a_year_from_json(tmp_path: Path) -> None:
    path = tmp_path / "2027.json"
    data = {
        "years": [
            {
                "year": 2027,
                "notice": "国办发明电〔2026〕99号",
                "workdays": ["2027-02-20"],
                "holidays": [{"name": "春节", "first": "2027-02-05", "last": "2027-02-12"}],
            }
        ]
    }
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    cal = CAL.with_file(path)
    assert cal.schedule(2027).workdays == (dt.date(2027, 2, 20),)


def test_a_local_extra_rest_day(tmp_path: Path) -> None:
    local = YearSchedule(
        year=2027,
        notice="某县人民政府办公室通知(local)",
        holidays=(
            HolidayPeriod(
                name="古尔邦节", first=dt.date(2027, 5, 17), last=dt.date(2027, 5, 17), local=True
            ),
        ),
    )
    cal = CAL.with_years(local)
    assert not is_working_day(dt.date(2027, 5, 17), calendar=cal)
    assert cal.schedule(2027).holidays[0].local


def _error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(CalendarDataError) as info:
        CAL.with_file(path)
    return str(info.value)


def test_rejects_a_day_in_the_wrong_year(tmp_path: Path) -> None:
    msg = _error(
        tmp_path,
        YEAR_2027.replace(
            "last = 2027-01-03",
            "last = 2027-01-03 }, { name = '国庆节', first = 2028-10-01, last = 2028-10-03",
        ),
    )
    assert "not in 2027" in msg


def test_rejects_a_make_up_day_in_the_wrong_year(tmp_path: Path) -> None:
    assert "not in 2027" in _error(tmp_path, YEAR_2027.replace("[2027-02-20]", "[2028-02-19]"))


def test_rejects_a_day_both_holiday_and_make_up(tmp_path: Path) -> None:
    msg = _error(tmp_path, YEAR_2027.replace("[2027-02-20]", "[2027-02-06]"))
    assert "both holiday and make-up" in msg
    assert "2027-02-06" in msg


def test_rejects_a_weekday_make_up_day(tmp_path: Path) -> None:
    msg = _error(tmp_path, YEAR_2027.replace("[2027-02-20]", "[2027-02-22]"))
    assert "not a weekend day" in msg
    assert "2027-02-22" in msg


@pytest.mark.parametrize("notice", ['notice = ""', 'notice = "   "', ""])
def test_rejects_a_missing_notice(tmp_path: Path, notice: str) -> None:
    msg = _error(tmp_path, YEAR_2027.replace('notice = "国办发明电〔2026〕99号"', notice))
    assert "notice" in msg


def test_rejects_replacing_an_official_year(tmp_path: Path) -> None:
    msg = _error(tmp_path, 'year = 2026\nnotice = "国办发明电〔2025〕99号"\n')
    assert "already has an official schedule" in msg


def test_rejects_a_gap(tmp_path: Path) -> None:
    msg = _error(tmp_path, YEAR_2027.replace("2027", "2028"))
    assert "contiguous" in msg
    assert "2027" in msg


def test_rejects_unparseable_and_missing_files(tmp_path: Path) -> None:
    assert "cannot parse" in _error(tmp_path, "year = = 1")
    with pytest.raises(CalendarDataError, match="no such file"):
        CAL.with_file(tmp_path / "none.toml")


def test_rejects_a_reversed_period() -> None:
    with pytest.raises(ValueError, match="before first day"):
        HolidayPeriod(name="x", first=dt.date(2027, 2, 2), last=dt.date(2027, 2, 1))


@given(ows.year_schedules(st.just(2027)))
def test_any_valid_schedule_extends_the_official_calendar(s: YearSchedule) -> None:
    cal = CAL.with_years(s)
    for d in s.workdays:
        assert is_working_day(d, calendar=cal)
    for d in s.rest_days():
        if d.year == 2027 and d not in s.workdays:
            assert not is_working_day(d, calendar=cal)
