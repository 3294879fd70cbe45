"""Tests that kill the mutants of cadres/_computer.py the example tests left alive.

The first run (88.6%) left the argument names of error messages, the separators of listed
days and names, the day the policy is read for, the holiday-moving branch of the 电脑之夜
and the last day of its period alive; each test here pins one of those down.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.cadres import (
    BackboneTrainee,
    CadreBirthDate,
    ComputerNight,
    SkillsExam,
    computer_backbones,
    computer_nights,
    computer_skills_exams,
)
from orgwork.calendar import Calendar, HolidayPeriod, YearSchedule, official_calendar
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
NIGHT = "cadres.computer_night"
BACKBONE = "cadres.computer_backbone"
EXAM = "cadres.computer_skills_exam"


def _loc(info: pytest.ExceptionInfo[ValidationError]) -> tuple[Any, ...]:
    return tuple(info.value.errors()[0]["loc"])


def nights(*days: dt.date) -> list[ComputerNight]:
    return [ComputerNight(on=x) for x in days]


def rule(how: str | None, weekday: str = "tuesday") -> Policy:
    return Policy.default().override(
        {"cadres.computer_night_holiday_rule": how, "cadres.computer_night_weekday": weekday}
    )


#: A calendar of 2027 alone whose last four days (Tuesday 28 to Friday 31 December) are a
#: holiday: a holiday Tuesday with no covered working day after it.
END_OF_COVER = Calendar(
    schedules=(
        YearSchedule(
            year=2027,
            notice="国办发明电〔2026〕9号",
            holidays=(HolidayPeriod(name="元旦", first=D(2027, 12, 28), last=D(2027, 12, 31)),),
        ),
    )
)


# -- 电脑之夜 ------------------------------------------------------------------------------


@pytest.mark.rule(NIGHT)
def test_night_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        computer_nights([], start="x", end=D(2025, 3, 9))  # type: ignore[arg-type]
    assert _loc(info) == ("start",)
    with pytest.raises(ValidationError) as info:
        computer_nights([], start=D(2025, 3, 3), end="x")  # type: ignore[arg-type]
    assert _loc(info) == ("end",)
    with pytest.raises(TypeError, match=r"^log must be a collection of ComputerNight"):
        computer_nights(5, start=D(2025, 3, 3), end=D(2025, 3, 9))  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^end 2025-03-02 is before start 2025-03-03$"):
        computer_nights([], start=D(2025, 3, 3), end=D(2025, 3, 2))


@pytest.mark.rule(NIGHT)
def test_a_period_from_and_to_an_activity_day_includes_both() -> None:
    d = computer_nights(nights(D(2025, 3, 4)), start=D(2025, 3, 4), end=D(2025, 3, 18))
    assert d.value.days == (D(2025, 3, 4), D(2025, 3, 11), D(2025, 3, 18))
    assert d.value.missing == (D(2025, 3, 11), D(2025, 3, 18))
    assert d.headline.zh == "“电脑之夜”缺2周:2025年3月11日、2025年3月18日"
    assert d.headline.en == "电脑之夜 missing in 2 week(s): 2025-03-11, 2025-03-18"
    one = computer_nights(nights(D(2025, 3, 4)), start=D(2025, 3, 4), end=D(2025, 3, 4))
    assert (one.outcome, one.value.days) == ("complete", (D(2025, 3, 4),))


@pytest.mark.rule(NIGHT)
def test_activities_off_the_day_count_from_the_first_to_the_last_day_only() -> None:
    log = nights(D(2025, 3, 2), D(2025, 3, 3), D(2025, 3, 4), D(2025, 3, 12), D(2025, 3, 13))
    d = computer_nights(log, start=D(2025, 3, 3), end=D(2025, 3, 12))
    assert [r.zh for r in d.reasons] == [
        "2025年3月3日至2025年3月12日共2周,“电脑之夜”每周星期二举行",
        "2次活动不在星期二(也非顺延之日),不计入",
    ]
    assert (
        d.reasons[1].en == "2 activity(ies) not on a Tuesday (nor a day it moved to) do not count"
    )


@pytest.mark.rule(NIGHT)
def test_a_holiday_moves_to_the_very_next_working_day() -> None:
    # 中秋 2024: Tuesday 17 September is a holiday, Wednesday 18 a working day
    start, end = D(2024, 9, 16), D(2024, 9, 22)
    moved = computer_nights(
        nights(D(2024, 9, 18)), start=start, end=end, policy=rule("next_working_day")
    )
    assert (moved.outcome, moved.value.held) == ("complete", (D(2024, 9, 17),))
    assert [r.zh for r in moved.reasons] == [
        "2024年9月16日至2024年9月22日共1周,“电脑之夜”每周星期二举行",
        "2024年9月17日不是工作日:顺延至下一个工作日",
    ]  # the Wednesday's activity is not "off the day"
    assert (
        moved.reasons[1].en == "2024-09-17 are not working days: it moves to the next working day"
    )
    later = computer_nights(
        nights(D(2024, 9, 19)), start=start, end=end, policy=rule("next_working_day")
    )
    assert (later.outcome, later.value.missing) == ("gaps", (D(2024, 9, 17),))
    assert "1次活动不在星期二(也非顺延之日),不计入" in [r.zh for r in later.reasons]


@pytest.mark.rule(NIGHT)
def test_a_holiday_moves_forward_never_back() -> None:
    # 劳动节 2025 on a Thursday activity day: 30 April (the day before) is a working day,
    # 1 to 5 May are holidays, Tuesday 6 May is the next working day (before the next Thursday)
    p = rule("next_working_day", "thursday")
    start, end = D(2025, 4, 28), D(2025, 5, 4)
    back = computer_nights(nights(D(2025, 4, 30)), start=start, end=end, policy=p)
    assert (back.outcome, back.value.missing) == ("gaps", (D(2025, 5, 1),))
    forward = computer_nights(nights(D(2025, 5, 6)), start=start, end=end, policy=p)
    assert (forward.outcome, forward.value.held) == ("complete", (D(2025, 5, 1),))
    for other in (D(2025, 5, 2), D(2025, 5, 5), D(2025, 5, 7)):
        d = computer_nights(nights(other), start=start, end=end, policy=p)
        assert d.value.missing == (D(2025, 5, 1),), other
    # 国庆 2025 on a Wednesday: the next working day (9 October) is past the next Wednesday,
    # so the week is referred, never moved onto another week's day
    wed = rule("next_working_day", "wednesday")
    late = computer_nights(
        nights(D(2025, 10, 9)), start=D(2025, 9, 29), end=D(2025, 10, 5), policy=wed
    )
    assert (late.outcome, late.value.referred) == ("referred", (D(2025, 10, 1),))


@pytest.mark.rule(NIGHT)
def test_a_holiday_moved_past_the_calendar_is_referred_as_uncovered() -> None:
    p = rule("next_working_day")
    d = computer_nights(
        nights(D(2027, 12, 21)),
        start=D(2027, 12, 20),
        end=D(2028, 1, 4),
        policy=p,
        calendar=END_OF_COVER,
    )
    v = d.value
    assert (v.held, v.missing, v.excused) == ((D(2027, 12, 21),), (), ())
    assert v.referred == (D(2027, 12, 28), D(2028, 1, 4))
    assert d.outcome == "referred"
    zh = [r.zh for r in d.reasons]
    assert zh == [
        "2027年12月20日至2028年1月4日共3周,“电脑之夜”每周星期二举行",
        "2027年12月28日、2028年1月4日不在工作日历覆盖的年份内,无法判断是否节假日,提交研究",
    ]  # 28 December is not listed as a holiday that moved
    assert d.headline.en == "电脑之夜: no week missing; 2 week(s) referred: 2027-12-28, 2028-01-04"
    assert d.headline.zh == "“电脑之夜”无缺周,2周提交研究:2027年12月28日、2028年1月4日"


@pytest.mark.rule(NIGHT)
def test_holidays_are_listed_with_the_local_rule() -> None:
    # 2025: 28 January and 4 February (春节) and 7 October (国庆) are holiday Tuesdays
    d = computer_nights([], start=D(2025, 1, 27), end=D(2025, 10, 12), policy=rule("excused"))
    assert d.value.excused == (D(2025, 1, 28), D(2025, 2, 4), D(2025, 10, 7))
    assert "2025年1月28日、2025年2月4日、2025年10月7日不是工作日:该周免除" in [
        r.zh for r in d.reasons
    ]
    assert "2025-01-28, 2025-02-04, 2025-10-07 are not working days: the week is excused" in [
        r.en for r in d.reasons
    ]
    referred = computer_nights([], start=D(2025, 10, 6), end=D(2025, 10, 12), policy=rule("refer"))
    assert referred.value.referred == (D(2025, 10, 7),)
    assert "2025年10月7日不是工作日:提交研究" in [r.zh for r in referred.reasons]


@pytest.mark.rule(NIGHT)
def test_a_provisional_year_marks_the_decision() -> None:
    cal = official_calendar().with_provisional(2027)
    log = nights(D(2026, 12, 29), D(2027, 1, 5))
    assert computer_nights(log, start=D(2026, 12, 28), end=D(2027, 1, 10), calendar=cal).provisional
    assert computer_nights(log, start=D(2027, 1, 4), end=D(2027, 1, 10), calendar=cal).provisional
    assert not computer_nights(
        log, start=D(2026, 12, 28), end=D(2027, 1, 3), calendar=cal
    ).provisional
    # a holiday Tuesday moved into a provisional year makes the decision provisional
    cal = END_OF_COVER.with_provisional(2028)
    p = rule("next_working_day")
    d = computer_nights([], start=D(2027, 12, 27), end=D(2027, 12, 31), policy=p, calendar=cal)
    assert (d.outcome, d.value.missing, d.provisional) == ("gaps", (D(2027, 12, 28),), True)
    excused = computer_nights(
        [], start=D(2027, 12, 27), end=D(2027, 12, 31), policy=rule("excused"), calendar=cal
    )
    assert not excused.provisional


@pytest.mark.rule(NIGHT)
def test_the_weekday_is_the_one_in_force_on_the_last_day() -> None:
    p = Policy.default().with_change(D(2025, 3, 10), {"cadres.computer_night_weekday": "thursday"})
    d = computer_nights(nights(D(2025, 3, 13)), start=D(2025, 3, 10), end=D(2025, 3, 16), policy=p)
    assert (d.outcome, d.value.weekday, d.value.days) == ("complete", "thursday", (D(2025, 3, 13),))


# -- 1—2名骨干 ----------------------------------------------------------------------------


def trainee(section: str, cadre: str, on: dt.date | None = None) -> BackboneTrainee:
    return BackboneTrainee(section=section, cadre=cadre, trained_on=on)


@pytest.mark.rule(BACKBONE)
def test_backbone_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        computer_backbones([], [], on="x")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)
    with pytest.raises(TypeError, match=r"^sections must be a collection of values, not int"):
        computer_backbones(5, [], on=D(2002, 6, 1))  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        computer_backbones([5], [], on=D(2002, 6, 1))  # type: ignore[list-item]
    assert _loc(info)[0] == "sections"
    with pytest.raises(TypeError, match=r"^trainees must be a collection of BackboneTrainee"):
        computer_backbones([], 5, on=D(2002, 6, 1))  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^section listed more than once: 甲处$"):
        computer_backbones(["甲处", "甲处"], [], on=D(2002, 6, 1))
    with pytest.raises(RecordError, match=r"^cadre listed more than once: a$"):
        computer_backbones([], [trainee("甲处", "a"), trainee("乙处", "a")], on=D(2002, 6, 1))


@pytest.mark.rule(BACKBONE)
def test_the_bounds_are_the_ones_in_force_on_the_day() -> None:
    p = Policy.default().with_change(
        D(2002, 1, 1), {"cadres.backbone_minimum": 2, "cadres.backbone_maximum": 3}
    )
    (d,) = computer_backbones(["甲处"], [trainee("甲处", "a")], on=D(2002, 6, 1), policy=p)
    assert (d.outcome, d.value.minimum, d.value.maximum) == ("short", 2, 3)
    assert d.parameters == {"cadres.backbone_minimum": 2, "cadres.backbone_maximum": 3}
    assert d.reasons[0].zh == "每个处室重点培训2—3名计算机应用技术骨干"
    assert d.reasons[0].en == "Each section trains 2 to 3 computer backbones in depth"
    (before,) = computer_backbones(["甲处"], [trainee("甲处", "a")], on=D(2001, 6, 1), policy=p)
    assert (before.outcome, before.value.maximum) == ("met", 2)


@pytest.mark.rule(BACKBONE)
def test_each_outcome_in_english_names_the_section_and_its_backbones() -> None:
    trained = [
        trainee("甲处", "a"),
        trainee("乙处", "b"),
        trainee("乙处", "c"),
        trainee("丙处", "d"),
    ]
    trained += [trainee("丙处", "e"), trainee("丙处", "f")]
    p = Policy.default().override({"cadres.backbone_minimum": 2})
    short, met, referred = computer_backbones([], trained, on=D(2002, 6, 1), policy=p)[::-1]
    assert short.headline.en == "甲处 has only 1 backbone(s) (a), fewer than 2"
    assert (met.headline.zh, met.headline.en) == (
        "乙处有骨干2名(b、c)",
        "乙处 has 2 backbone(s) (b, c)",
    )
    assert referred.headline.en == "丙处 has 3 backbones (d, e, f), more than 2: referred"
    assert referred.reasons[-1].en.startswith("重点培训1—2名 names whom the training focuses on")
    assert (short.subject, met.subject, referred.subject) == ("甲处", "乙处", "丙处")
    assert (short.value.maximum, met.value.trainees) == (2, ("b", "c"))
    none = computer_backbones(["丁处"], [], on=D(2002, 6, 1))[0]
    assert (none.subject, none.headline.en) == ("丁处", "丁处 has no computer backbone")
    finding = Policy.default().override({"cadres.backbone_above_maximum": "finding"})
    above = computer_backbones([], trained, on=D(2002, 6, 1), policy=finding)[0]
    assert (above.subject, above.outcome) == ("丙处", "above")
    assert above.headline.en == "丙处 has 3 backbones (d, e, f), more than 2"
    assert above.parameters["cadres.backbone_above_maximum"] == "finding"
    assert "故提交研究而不列为问题" not in " ".join(r.zh for r in above.reasons)


@pytest.mark.rule(BACKBONE)
def test_no_upper_bound_is_kept_and_said() -> None:
    p = Policy.default().override({"cadres.backbone_maximum": None})
    (d,) = computer_backbones([], [trainee("甲处", c) for c in "abc"], on=D(2002, 6, 1), policy=p)
    assert (d.outcome, d.value.maximum, d.value.n) == ("met", None, 3)
    assert d.reasons[0].en == (
        "Each section trains at least 1 computer backbone(s) in depth (no upper bound locally)"
    )
    assert d.parameters == {"cadres.backbone_minimum": 1, "cadres.backbone_maximum": None}


@pytest.mark.rule(BACKBONE)
def test_trained_on_the_day_counts_and_the_later_ones_are_listed() -> None:
    on = D(2002, 6, 1)
    trained = [
        trainee("甲处", "a", on),
        trainee("甲处", "b", D(2002, 6, 2)),
        trainee("甲处", "c", D(2003, 1, 1)),
    ]
    (d,) = computer_backbones([], trained, on=on)
    assert d.value.trainees == ("a",)
    assert d.reasons[1].zh == "b、c于2002年6月1日后才完成培训,不计入"
    assert d.reasons[1].en == "b, c trained after 2002-06-01: not counted"


# -- 考核、考试 ---------------------------------------------------------------------------

EXAM_DAY = D(2002, 6, 1)


def born(cadre: str, on: dt.date) -> CadreBirthDate:
    return CadreBirthDate(cadre=cadre, born=on)


@pytest.mark.rule(EXAM)
def test_exam_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        computer_skills_exams([], [], exam_day="x")  # type: ignore[arg-type]
    assert _loc(info) == ("exam_day",)
    with pytest.raises(TypeError, match=r"^cadres must be a collection of CadreBirthDate"):
        computer_skills_exams(5, [], exam_day=EXAM_DAY)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^exams must be a collection of SkillsExam"):
        computer_skills_exams([], 5, exam_day=EXAM_DAY)  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^cadre listed more than once: 甲$"):
        computer_skills_exams([born("甲", D(1970, 1, 1))] * 2, [], exam_day=EXAM_DAY)


@pytest.mark.rule(EXAM)
def test_the_age_is_the_one_in_force_on_the_exam_day() -> None:
    p = Policy.default().with_change(D(2002, 1, 1), {"cadres.computer_skills_age": 50})
    roster = [born("甲", D(1954, 1, 1))]  # 48 on the exam day
    d = computer_skills_exams(roster, [], exam_day=EXAM_DAY, policy=p)
    assert (d.outcome, d.value.required, d.value.missing) == ("gaps", ("甲",), ("甲",))
    assert d.headline.zh == "50岁以下的干部中1名无考核、考试记录:甲"


@pytest.mark.rule(EXAM)
def test_exam_texts_in_both_languages() -> None:
    roster = [born(c, D(1970, 1, 1)) for c in "甲乙丙"] + [born("丁", D(1957, 6, 1))]
    roster += [born("戊", D(1950, 1, 1)), born("己", D(1951, 1, 1))]
    exams = [SkillsExam(cadre="丁", on=EXAM_DAY), SkillsExam(cadre="庚", on=EXAM_DAY)]
    exams += [SkillsExam(cadre="辛", on=EXAM_DAY)]
    d = computer_skills_exams(roster, exams, exam_day=EXAM_DAY)
    assert d.headline.zh == "45岁以下的干部中3名无考核、考试记录:丙、乙、甲"
    assert d.headline.en == "3 cadre(s) under 45 have no assessment or exam record: 丙, 乙, 甲"
    assert [r.en for r in d.reasons] == [
        "4 cadre(s) under 45 on 2002-06-01 are to sit the computer-skills assessment or exam",
        "丁 are exactly 45, read locally as under 45: they must sit it",
        "己, 戊 are over 45: not required",
        "庚, 辛 are not on the roster: not counted",
    ]
    assert d.reasons[0].zh == "2002年6月1日时45岁以下的干部4名应参加计算机操作技能考核、考试"
    assert d.value.examined == ("丁",)
    unset = Policy.default().override({"cadres.computer_skills_boundary_group": None})
    roster = [born("丁", D(1957, 6, 1)), born("戊", D(1957, 5, 1))]
    r = computer_skills_exams(roster, [], exam_day=EXAM_DAY, policy=unset)
    assert (r.outcome, r.value.referred, r.value.required) == ("referred", ("丁", "戊"), ())
    assert r.headline.en == "Every cadre under 45 has a record; 2 of exactly 45 referred: 丁, 戊"
    assert r.headline.zh == "45岁以下的干部均有记录,2名恰为45周岁者提交研究:丁、戊"
    assert "丁、戊恰为45周岁,本地未规定归入哪一组,提交研究" in [x.zh for x in r.reasons]
    assert not any("归入“45岁以下”" in x.zh for x in r.reasons)  # said only under "full"
    full = computer_skills_exams(
        roster[:1], [SkillsExam(cadre="丁", on=EXAM_DAY)], exam_day=EXAM_DAY
    )
    assert (full.outcome, full.headline.en) == (
        "complete",
        "All 1 cadre(s) under 45 have an assessment or exam record",
    )
