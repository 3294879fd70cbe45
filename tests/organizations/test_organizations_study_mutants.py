"""四学模式 word for word: each item's reason, what is excused or not counted, the headline.

Written against the survivors of mutation testing (``python tools/mutation.py
organizations/_study``, triage in ``docs/mutation.md``). 003: "实行“一周一次”集中学、
“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学" — the reasons say, per
item, what was checked and what is missing, so the unit can fill the gaps.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from orgwork.decision import Decision
from orgwork.organizations import StudyEntry, StudyItem, StudyLog, study_gaps
from orgwork.policy import Policy
from orgwork.rules import get

D = dt.date
UNIT = "机关"
QUOTE = "实行“一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学"


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _entry(item: str, on: dt.date, person: str | None = None) -> StudyEntry:
    return StudyEntry(item=StudyItem(item), on=on, person=person)


def _complete_2011() -> StudyLog:
    """Every week's collective study, every month's reading, each member's lesson, one evaluation."""
    entries = [_entry("collective_study", D.fromisocalendar(2011, w, 1)) for w in range(1, 53)]
    entries += [_entry("recommended_reading", D(2011, m, 15)) for m in range(1, 13)]
    entries += [_entry("personal_lesson", D(2011, 5, 6), p) for p in ("甲", "乙")]
    entries += [_entry("annual_evaluation", D(2011, 12, 20))]
    return StudyLog(unit=UNIT, year=2011, members=("甲", "乙"), entries=tuple(entries))


@pytest.mark.rule("organizations.study")
def test_a_complete_year_says_each_item_is_met() -> None:
    assert get("organizations.study").source.quote == QUOTE
    d = study_gaps(_complete_2011(), on=D(2012, 1, 1))
    assert (d.outcome, d.subject) == ("complete", UNIT)
    assert d.headline("zh") == "机关2011年学习制度落实到位(检查至2012-01-01)"
    assert d.headline("en") == "机关's study in 2011: nothing missing (checked through 2012-01-01)"
    assert _reasons(d) == [
        (
            "集中学每周1次:已检查第1–52周(周次按国际标准编号),无缺周",
            "Collective study 1/week: ISO weeks 1–52 checked; none missing",
        ),
        ("引导学(推荐篇目)每月1次:无缺月", "Recommended reading 1/month: none missing"),
        ("一人一课每人每年1次:全员完成", "Personal lessons 1/member/year: all done"),
        ("一年一评:全年1次,须1次", "Annual evaluation: 1 in the year, 1 required"),
    ]


@pytest.mark.rule("organizations.study")
def test_before_any_week_ended_nothing_is_checked_yet() -> None:
    """A week is checked by its Sunday: on Wednesday 5 January 2011 no ISO week of 2011 has ended."""
    d = study_gaps(_complete_2011(), on=D(2011, 1, 5))
    assert d.value.missing_weeks == ()
    assert d.reasons[0].en == "Collective study 1/week: ISO weeks 1–0 checked; none missing"
    assert d.reasons[0].zh == "集中学每周1次:已检查第1–0周(周次按国际标准编号),无缺周"


@pytest.mark.rule("organizations.study")
def test_gaps_in_the_first_weeks_are_each_named_with_excused_and_uncounted_entries() -> None:
    """“一周一次”集中学 by ISO week, a week excused; “一月一荐”; entries outside the year said."""
    log = StudyLog(
        unit=UNIT,
        year=2011,
        members=("甲", "乙"),
        exempt_weeks=(2,),
        entries=(
            _entry("collective_study", D(2011, 1, 4)),
            _entry("collective_study", D(2011, 1, 2)),  # ISO week 52 of 2010
            _entry("recommended_reading", D(2011, 1, 31)),
            _entry("personal_lesson", D(2011, 1, 7), "甲"),
            _entry("monthly_topic", D(2011, 1, 8)),
            _entry("annual_evaluation", D(2010, 12, 8)),
        ),
    )
    d = study_gaps(log, on=D(2011, 3, 6))
    assert d.value.missing_weeks == (3, 4, 5, 6, 7, 8, 9)
    assert d.value.missing_reading_months == (2,)
    assert (d.outcome, d.subject) == ("gaps", UNIT)
    assert d.headline("zh") == "机关2011年学习制度有8项缺失(检查至2011-03-06)"
    assert (
        d.headline("en") == "机关's study in 2011: 8 item(s) missing (checked through 2011-03-06)"
    )
    assert _reasons(d) == [
        (
            "月度学习专题1条不在检查事项内(organizations.study_items),不计入",
            "1 monthly study topic entr(y/ies): not among the items checked "
            "(organizations.study_items)",
        ),
        ("2条记录不在2011年内,不计入", "2 entr(y/ies) fall outside 2011 and do not count"),
        (
            "集中学每周1次:已检查第1–9周(周次按国际标准编号),免除第2周,缺第3、4、5、6、7、8、9周",
            "Collective study 1/week: ISO weeks 1–9 checked, weeks [2] excused; "
            "missing weeks [3, 4, 5, 6, 7, 8, 9]",
        ),
        ("引导学(推荐篇目)每月1次:缺2月", "Recommended reading 1/month: missing months [2]"),
    ]


@pytest.mark.rule("organizations.study")
def test_lessons_and_the_evaluation_are_checked_once_31_december_has_come() -> None:
    """“一人一课”, “一年一评”: the year's own items, checked by 31 December (that day included)."""
    only = Policy.default().override(
        {"organizations.study_items": ["personal_lesson", "annual_evaluation"]}
    )
    log = StudyLog(
        unit=UNIT,
        year=2011,
        members=("甲", "乙"),
        entries=(
            _entry("collective_study", D(2011, 1, 4)),
            _entry("recommended_reading", D(2011, 1, 4)),
            _entry("recommended_reading", D(2011, 2, 4)),
            _entry("monthly_topic", D(2011, 1, 4)),
            _entry("personal_lesson", D(2010, 5, 6), "乙"),  # the year before: not counted
            _entry("personal_lesson", D(2011, 5, 6), "甲"),
            _entry("personal_lesson", D(2011, 6, 6), "丙"),  # not a member
            _entry("annual_evaluation", D(2011, 12, 1)),
        ),
    )
    d = study_gaps(log, on=D(2011, 12, 31), policy=only)
    assert d.value.missing_weeks == ()  # collective study is not an item checked here
    assert d.value.members_without_lesson == ("乙",)
    assert d.value.evaluation_missing is False
    assert (
        d.headline("en") == "机关's study in 2011: 1 item(s) missing (checked through 2011-12-31)"
    )
    assert _reasons(d) == [
        (
            "集中学1条、引导学(推荐篇目)2条、月度学习专题1条不在检查事项内"
            "(organizations.study_items),不计入",
            "1 collective study entr(y/ies); 2 recommended reading entr(y/ies); "
            "1 monthly study topic entr(y/ies): not among the items checked "
            "(organizations.study_items)",
        ),
        ("1条记录不在2011年内,不计入", "1 entr(y/ies) fall outside 2011 and do not count"),
        ("一人一课每人每年1次:乙未完成", "Personal lessons 1/member/year: not done by 乙"),
        ("丙不在成员名单中,其授课不计入", "丙 are not members: their lessons do not count"),
        ("一年一评:全年1次,须1次", "Annual evaluation: 1 in the year, 1 required"),
    ]
    twice = Policy.default().override(
        {"organizations.lessons_per_member_per_year": 2, "organizations.evaluations_per_year": 2}
    )
    d2 = study_gaps(_complete_2011(), on=D(2012, 1, 1), policy=twice)
    assert d2.value.members_without_lesson == ("甲", "乙")
    assert (
        "一人一课每人每年2次:甲、乙未完成",
        "Personal lessons 2/member/year: not done by 甲, 乙",
    ) in (_reasons(d2))
    assert ("一年一评:全年1次,须2次", "Annual evaluation: 1 in the year, 2 required") in _reasons(
        d2
    )


@pytest.mark.rule("organizations.study")
def test_the_counts_are_those_in_force_in_the_year() -> None:
    """The policy is read on the last day checked (at most 31 December of the log's year)."""
    twice = Policy.default().with_change(
        D(2011, 6, 1),
        {
            "organizations.collective_study_per_week": 2,
            "organizations.recommended_readings_per_month": 2,
        },
    )
    d = study_gaps(_complete_2011(), on=D(2012, 1, 1), policy=twice)
    assert len(d.value.missing_weeks) == 52
    assert d.value.missing_reading_months == tuple(range(1, 13))
    assert d.reasons[1].en.startswith("Recommended reading 2/month: missing months [1, 2, 3")
    assert d.reasons[0].zh.startswith(
        "集中学每周2次:已检查第1–52周(周次按国际标准编号),缺第1、2、3"
    )
    months = "、".join(f"{m}月" for m in range(1, 13))
    assert d.reasons[1].zh == f"引导学(推荐篇目)每月2次:缺{months}"


# -- 000's “周一学习日” (organizations.study_weekday, organizations.study_holiday_rule) ------

_MONDAY = Policy.default().override(
    {"organizations.study_weekday": "monday", "organizations.study_items": ["collective_study"]}
)


def _provisional(year: int) -> Any:
    """The official calendar with ``year``'s schedule marked provisional."""
    from orgwork.calendar import Calendar, official_calendar

    cal = official_calendar()
    return Calendar(
        schedules=tuple(s.model_copy(update={"provisional": s.year == year}) for s in cal.schedules)
    )


def _mondays(year: int, weeks: int) -> StudyLog:
    entries = [
        _entry("collective_study", dt.date.fromisocalendar(year, w, 1)) for w in range(1, weeks + 1)
    ]
    return StudyLog(unit=UNIT, year=year, entries=tuple(entries))


@pytest.mark.rule("organizations.study")
def test_a_referred_year_names_the_unit() -> None:
    d = study_gaps(_mondays(2024, 0), on=D(2024, 1, 7), policy=_MONDAY)  # 1 January: a holiday
    assert (d.outcome, d.subject) == ("referred", UNIT)


@pytest.mark.rule("organizations.study")
def test_sessions_on_the_holiday_and_on_the_next_working_day_add_up() -> None:
    two = _MONDAY.override(
        {
            "organizations.study_holiday_rule": "next_working_day",
            "organizations.collective_study_per_week": 2,
        }
    )
    log = StudyLog(
        unit=UNIT,
        year=2024,
        entries=(
            _entry("collective_study", D(2024, 1, 1)),
            _entry("collective_study", D(2024, 1, 2)),
        ),
    )
    assert study_gaps(log, on=D(2024, 1, 7), policy=two).value.missing_weeks == ()


@pytest.mark.rule("organizations.study")
def test_only_sessions_on_other_days_are_counted_as_off_the_study_day() -> None:
    log = _mondays(2024, 3)
    log = log.model_copy(
        update={"entries": (*log.entries, _entry("recommended_reading", D(2024, 1, 10)))}
    )
    d = study_gaps(log, on=D(2024, 1, 21), policy=_MONDAY)
    assert d.reasons[1].zh == (
        "集中学固定在每周星期一(organizations.study_weekday),其他日子的0次集中学不计入"
    )


@pytest.mark.rule("organizations.study")
def test_a_provisional_year_of_the_weeks_checked_is_said() -> None:
    # ISO week 1 of 2019 begins on Monday 2018-12-31 (元旦 holiday)
    log = _mondays(2019, 3)
    assert study_gaps(
        log, on=D(2019, 1, 20), policy=_MONDAY, calendar=_provisional(2018)
    ).provisional
    assert study_gaps(
        log, on=D(2019, 1, 20), policy=_MONDAY, calendar=_provisional(2019)
    ).provisional
    assert not study_gaps(
        log, on=D(2019, 1, 20), policy=_MONDAY, calendar=_provisional(2020)
    ).provisional
    assert not study_gaps(log, on=D(2019, 1, 20), calendar=_provisional(2019)).provisional


def _weekday_policy(weekday: str, rule: str = "next_working_day") -> Policy:
    return Policy.default().override(
        {"organizations.study_weekday": weekday, "organizations.study_holiday_rule": rule}
    )


def _sessions(year: int, *days: dt.date) -> StudyLog:
    return StudyLog(unit="U", year=year, entries=tuple(_entry("collective_study", x) for x in days))


@pytest.mark.rule("organizations.study")
def test_an_uncovered_first_week_does_not_stop_the_weeks_after_it() -> None:
    # ISO week 1 of 2004 begins on Monday 29 December 2003, before the calendar: referred;
    # week 2's Monday session still counts
    d = study_gaps(
        _sessions(2004, D(2004, 1, 5)), on=D(2004, 1, 11), policy=_weekday_policy("monday")
    )
    assert (d.value.referred_weeks, d.value.missing_weeks) == ((1,), ())


@pytest.mark.rule("organizations.study")
def test_a_holiday_moves_forward_never_back() -> None:
    # a Wednesday study day on 1 October 2025 (国庆): 30 September, the day before, is a working
    # day; the next working day (9 October) is past the next Wednesday, so the week is referred
    d = study_gaps(
        _sessions(2025, D(2025, 9, 30)), on=D(2025, 10, 5), policy=_weekday_policy("wednesday")
    )
    assert 40 in d.value.referred_weeks


@pytest.mark.rule("organizations.study")
def test_a_holiday_moved_past_the_calendar_is_referred_as_uncovered() -> None:
    from orgwork.calendar import Calendar, HolidayPeriod, YearSchedule

    # 2028 ends on a Sunday, so its ISO week 52 ends within the year; a Friday study day on
    # 29 December 2028, a holiday, moves to Monday 1 January 2029, which the calendar lacks
    end = HolidayPeriod(name="元旦", first=D(2028, 12, 29), last=D(2028, 12, 29))
    cal = Calendar(
        schedules=(YearSchedule(year=2028, notice="国办发明电〔2027〕9号", holidays=(end,)),)
    )
    d = study_gaps(
        _sessions(2028, D(2028, 12, 22)),
        on=D(2028, 12, 31),
        policy=_weekday_policy("friday"),
        calendar=cal,
    )
    assert 52 in d.value.referred_weeks
    assert any("第52周的学习日(或其后的工作日)不在工作日历覆盖的年份内" in r.zh for r in d.reasons)
    assert not any(r.zh.startswith("第52周的学习日为节假日") for r in d.reasons)
