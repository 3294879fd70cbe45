"""电脑之夜, 1—2名骨干, 考核考试 (002, 5、开拓创新 三是加强学习培训)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import (
    BackboneTrainee,
    CadreBirthDate,
    ComputerNight,
    SkillsExam,
    computer_backbones,
    computer_nights,
    computer_skills_exams,
    computer_skills_requirement,
)
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import backbone_trainees, cadre_birth_dates, skills_exams
from orgwork.strategies import computer_nights as nights

D = dt.date
NIGHT = "cadres.computer_night"
BACKBONE = "cadres.computer_backbone"
EXAM = "cadres.computer_skills_exam"


def night(on: dt.date, section: str | None = "干部一处") -> ComputerNight:
    return ComputerNight(on=on, section=section, by="干部信息管理处技术人员")


# -- 电脑之夜 ------------------------------------------------------------------------------


@pytest.mark.rule(NIGHT)
def test_the_clause_and_its_parameters() -> None:
    r = get(NIGHT)
    assert "开展每周二晚上的“电脑之夜”活动" in r.source.quote
    assert "到各处室当场释疑解惑" in r.source.quote
    c = Policy.default().cadres
    assert c.computer_night_weekday == "tuesday"
    assert c.computer_night_holiday_rule is None  # the seed is silent: no reading invented


@pytest.mark.rule(NIGHT)
def test_every_tuesday_held() -> None:
    log = [night(D(2025, 3, 4)), night(D(2025, 3, 11)), night(D(2025, 3, 18))]
    d = computer_nights(log, start=D(2025, 3, 1), end=D(2025, 3, 21))
    assert d.outcome == "complete"
    assert d.value.days == (D(2025, 3, 4), D(2025, 3, 11), D(2025, 3, 18))
    assert d.value.held == d.value.days
    assert d.headline.zh == "“电脑之夜”2025年3月1日至2025年3月21日每周均已举行"
    assert d.reasons[0].zh == "2025年3月1日至2025年3月21日共3周,“电脑之夜”每周星期二举行"
    assert d.parameters == {
        "cadres.computer_night_weekday": "tuesday",
        "cadres.computer_night_holiday_rule": None,
    }


@pytest.mark.rule(NIGHT)
def test_a_missing_week_and_a_wednesday_that_does_not_count() -> None:
    log = [night(D(2025, 3, 4)), night(D(2025, 3, 12))]  # the second week's on a Wednesday
    d = computer_nights(log, start=D(2025, 3, 3), end=D(2025, 3, 16))
    assert d.outcome == "gaps"
    assert d.value.missing == (D(2025, 3, 11),)
    assert d.headline.zh == "“电脑之夜”缺1周:2025年3月11日"
    assert "1次活动不在星期二(也非顺延之日),不计入" in [r.zh for r in d.reasons]


@pytest.mark.rule(NIGHT)
def test_a_holiday_tuesday_is_referred_when_the_rule_is_unset() -> None:
    # 2025-10-07 (国庆) is a holiday; the seed does not say what happens to that week
    log = [night(D(2025, 9, 30)), night(D(2025, 10, 14))]
    d = computer_nights(log, start=D(2025, 9, 29), end=D(2025, 10, 19))
    assert d.outcome == "referred"
    assert d.value.referred == (D(2025, 10, 7),)
    assert d.value.missing == ()
    assert d.headline.zh == "“电脑之夜”无缺周,1周提交研究:2025年10月7日"
    assert "2025年10月7日不是工作日:本地未规定如何处理,提交研究" in [r.zh for r in d.reasons]


@pytest.mark.rule(NIGHT)
@pytest.mark.parametrize(
    ("rule", "held", "outcome", "field"),
    [
        ("excused", (), "complete", "excused"),
        ("refer", (), "referred", "referred"),
        ("next_working_day", (D(2025, 10, 9),), "complete", "held"),  # 10-8 is a holiday too
        ("next_working_day", (), "gaps", "missing"),
    ],
)
def test_the_local_holiday_rule(
    rule: str, held: tuple[dt.date, ...], outcome: str, field: str
) -> None:
    p = Policy.default().override({"cadres.computer_night_holiday_rule": rule})
    log = [night(D(2025, 9, 30)), night(D(2025, 10, 14)), *(night(x) for x in held)]
    d = computer_nights(log, start=D(2025, 9, 29), end=D(2025, 10, 19), policy=p)
    assert d.outcome == outcome
    assert D(2025, 10, 7) in getattr(d.value, field)


@pytest.mark.rule(NIGHT)
def test_another_weekday_locally() -> None:
    p = Policy.default().override({"cadres.computer_night_weekday": "thursday"})
    d = computer_nights([night(D(2025, 3, 6))], start=D(2025, 3, 3), end=D(2025, 3, 9), policy=p)
    assert (d.outcome, d.value.days) == ("complete", (D(2025, 3, 6),))
    assert "星期四" in d.reasons[0].zh


@pytest.mark.rule(NIGHT)
def test_a_year_the_calendar_lacks_is_referred() -> None:
    # 2002, the seed's year, is before the bundled working-day calendar
    d = computer_nights([night(D(2002, 3, 5))], start=D(2002, 3, 4), end=D(2002, 3, 17))
    assert d.outcome == "referred"
    assert (d.value.held, d.value.referred) == ((D(2002, 3, 5),), (D(2002, 3, 12),))


@pytest.mark.rule(NIGHT)
def test_bad_input() -> None:
    with pytest.raises(RecordError, match="before start"):
        computer_nights([], start=D(2025, 3, 4), end=D(2025, 3, 3))
    with pytest.raises(ValidationError):
        ComputerNight(on=D(2025, 3, 4), extra=1)  # type: ignore[call-arg]
    d = computer_nights([], start=D(2025, 3, 5), end=D(2025, 3, 10))  # no Tuesday inside
    assert (d.outcome, d.value.days) == ("complete", ())


@settings(max_examples=60, deadline=None)
@given(st.lists(nights(D(2025, 1, 1), D(2025, 12, 31)), max_size=12), st.integers(0, 120))
@pytest.mark.rule(NIGHT)
def test_every_week_is_held_missing_excused_or_referred(
    log: list[ComputerNight], length: int
) -> None:
    start = D(2025, 2, 1)
    end = start + dt.timedelta(days=length)
    d = computer_nights(log, start=start, end=end)
    v = d.value
    assert sorted(v.held + v.missing + v.excused + v.referred) == list(v.days)
    assert all(x.weekday() == 1 and start <= x <= end for x in v.days)
    assert set(v.held) == {x for x in v.days if x in {e.on for e in log}}
    assert v.excused == ()  # unset: never excused
    assert d.outcome == ("gaps" if v.missing else "referred" if v.referred else "complete")


# -- 1—2名骨干 ----------------------------------------------------------------------------


def trainee(section: str, cadre: str, on: dt.date | None = None) -> BackboneTrainee:
    return BackboneTrainee(section=section, cadre=cadre, trained_on=on)


@pytest.mark.rule(BACKBONE)
def test_one_or_two_backbones_per_section() -> None:
    assert get(BACKBONE).source.quote == "第四,重点培训1—2名各处室的计算机应用技术骨干"
    sections = ["干部一处", "干部二处", "组织处", "干部信息管理处"]
    trained = [
        trainee("干部一处", "王"),
        trainee("组织处", "李"),
        trainee("组织处", "赵"),
        trainee("干部信息管理处", "钱"),
        trainee("干部信息管理处", "孙"),
        trainee("干部信息管理处", "周"),
    ]
    ds = computer_backbones(sections, trained, on=D(2002, 6, 1))
    assert [(d.subject, d.outcome, d.value.n) for d in ds] == [
        ("干部一处", "met", 1),
        ("干部二处", "short", 0),
        ("干部信息管理处", "referred", 3),
        ("组织处", "met", 2),
    ]
    assert ds[1].headline.zh == "干部二处没有计算机应用技术骨干"
    assert ds[3].headline.zh == "组织处有骨干2名(李、赵)"
    assert ds[2].headline.zh == "干部信息管理处有骨干3名(周、孙、钱),多于2名,提交研究"
    assert "故提交研究而不列为问题" in ds[2].reasons[-1].zh
    assert ds[0].reasons[0].zh == "每个处室重点培训1—2名计算机应用技术骨干"
    assert ds[0].parameters == {"cadres.backbone_minimum": 1, "cadres.backbone_maximum": 2}
    assert ds[2].parameters["cadres.backbone_above_maximum"] == "refer"


@pytest.mark.rule(BACKBONE)
def test_local_bounds_and_a_finding_above_them() -> None:
    p = Policy.default().override(
        {"cadres.backbone_minimum": 2, "cadres.backbone_above_maximum": "finding"}
    )
    trained = [
        trainee("甲处", "a"),
        trainee("乙处", "b"),
        trainee("乙处", "c"),
        trainee("乙处", "d"),
    ]
    ds = computer_backbones(["甲处"], trained, on=D(2002, 6, 1), policy=p)
    assert [(d.subject, d.outcome) for d in ds] == [("乙处", "above"), ("甲处", "short")]
    assert ds[1].headline.zh == "甲处只有骨干1名(a),少于2名"
    assert ds[0].headline.zh == "乙处有骨干3名(b、c、d),多于2名"
    none = Policy.default().override({"cadres.backbone_maximum": None})
    ds = computer_backbones([], trained, on=D(2002, 6, 1), policy=none)
    assert ds[0].outcome == "met"
    assert ds[0].reasons[0].zh == "每个处室至少重点培训1名计算机应用技术骨干(本地不设上限)"


@pytest.mark.rule(BACKBONE)
def test_training_after_the_day_does_not_count_yet() -> None:
    ds = computer_backbones(
        ["甲处"],
        [trainee("甲处", "a", D(2002, 7, 1)), trainee("甲处", "b", D(2002, 6, 1))],
        on=D(2002, 6, 1),
    )
    assert (ds[0].outcome, ds[0].value.trainees) == ("met", ("b",))
    assert "a于2002年6月1日后才完成培训,不计入" in [r.zh for r in ds[0].reasons]


@pytest.mark.rule(BACKBONE)
def test_backbone_bad_input() -> None:
    with pytest.raises(RecordError):
        computer_backbones([], [trainee("甲处", "a"), trainee("乙处", "a")], on=D(2002, 6, 1))
    with pytest.raises(RecordError):
        computer_backbones(["甲处", "甲处"], [], on=D(2002, 6, 1))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(backbone_trainees(), max_size=8, unique_by=lambda t: t.cadre),
    st.integers(1, 3),
    st.none() | st.integers(3, 4),
)
@pytest.mark.rule(BACKBONE)
def test_each_section_outcome_follows_its_count(
    trained: list[BackboneTrainee], lo: int, hi: int | None
) -> None:
    p = Policy.default().override({"cadres.backbone_minimum": lo, "cadres.backbone_maximum": hi})
    on = D(2010, 1, 1)
    ds = computer_backbones(["办公室"], trained, on=on, policy=p)
    assert [d.subject for d in ds] == sorted(d.subject for d in ds)
    assert {d.subject for d in ds} == {"办公室"} | {t.section for t in trained}
    for d in ds:
        n = sum(
            1
            for t in trained
            if t.section == d.subject and (t.trained_on is None or t.trained_on <= on)
        )
        assert d.value.n == n
        want = "short" if n < lo else "referred" if hi is not None and n > hi else "met"
        assert d.outcome == want


# -- 考核、考试 ---------------------------------------------------------------------------

EXAM_DAY = D(2002, 6, 1)


def born(cadre: str, on: dt.date) -> CadreBirthDate:
    return CadreBirthDate(cadre=cadre, born=on)


ROSTER = [
    born("甲", D(1970, 1, 1)),  # 32
    born("乙", D(1957, 6, 1)),  # exactly 45 on the exam day
    born("丙", D(1957, 6, 2)),  # 44 until tomorrow
    born("丁", D(1950, 1, 1)),  # 52
]


@pytest.mark.rule(EXAM)
def test_every_cadre_under_45_has_a_record() -> None:
    assert "对45岁以下的干部普遍进行了计算机操作技能的考核、考试" in get(EXAM).source.quote
    exams = [SkillsExam(cadre="甲", on=EXAM_DAY), SkillsExam(cadre="乙", on=EXAM_DAY)]
    d = computer_skills_exams(ROSTER, exams, exam_day=EXAM_DAY)
    assert d.outcome == "gaps"
    assert d.value.required == ("丙", "乙", "甲")  # by name
    assert d.value.missing == ("丙",)
    assert d.value.not_required == ("丁",)
    assert d.headline.zh == "45岁以下的干部中1名无考核、考试记录:丙"
    zh = [r.zh for r in d.reasons]
    assert "乙恰为45周岁,归入“45岁以下”(本地解读),须参加" in zh
    assert "丁在45岁以上,不要求参加" in zh
    assert d.parameters == {
        "cadres.computer_skills_age": 45,
        "cadres.computer_skills_boundary_group": "full",
    }


@pytest.mark.rule(EXAM)
def test_the_same_45_reading_as_the_skills_rule() -> None:
    for group in ("full", "gradual"):
        p = Policy.default().override({"cadres.computer_skills_boundary_group": group})
        d = computer_skills_exams([ROSTER[1]], [], exam_day=EXAM_DAY, policy=p)
        req = computer_skills_requirement(ROSTER[1].born, on=EXAM_DAY, policy=p)
        assert (d.value.required == ("乙",)) is (req.outcome == "full")
    unset = Policy.default().override({"cadres.computer_skills_boundary_group": None})
    d = computer_skills_exams(
        ROSTER, [SkillsExam(cadre=c, on=EXAM_DAY) for c in "甲丙"], exam_day=EXAM_DAY, policy=unset
    )
    assert (d.outcome, d.value.referred, d.value.missing) == ("referred", ("乙",), ())
    assert d.headline.zh == "45岁以下的干部均有记录,1名恰为45周岁者提交研究:乙"


@pytest.mark.rule(EXAM)
def test_complete_and_records_of_strangers() -> None:
    exams = [SkillsExam(cadre=c, on=EXAM_DAY, kind="assessment") for c in ("甲", "乙", "丙", "戊")]
    d = computer_skills_exams(ROSTER, exams, exam_day=EXAM_DAY)
    assert d.outcome == "complete"
    assert d.headline.zh == "45岁以下的干部3名均有考核、考试记录"
    assert "戊不在干部名单中,其记录不计入" in [r.zh for r in d.reasons]


@pytest.mark.rule(EXAM)
def test_exam_bad_input() -> None:
    with pytest.raises(RecordError):
        computer_skills_exams([ROSTER[0], ROSTER[0]], [], exam_day=EXAM_DAY)
    with pytest.raises(RecordError):
        computer_skills_exams([born("戊", D(2003, 1, 1))], [], exam_day=EXAM_DAY)
    assert "1970" not in repr(ROSTER[0])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(cadre_birth_dates(), max_size=5, unique_by=lambda c: c.cadre),
    st.lists(skills_exams(), max_size=5),
)
@pytest.mark.rule(EXAM)
def test_missing_are_exactly_the_under_45s_without_a_record(
    roster: list[CadreBirthDate], exams: list[SkillsExam]
) -> None:
    day = D(2005, 6, 1)
    d = computer_skills_exams(roster, exams, exam_day=day)
    done = {e.cadre for e in exams}
    for c in roster:
        age = day.year - c.born.year - ((day.month, day.day) < (c.born.month, c.born.day))
        assert (c.cadre in d.value.required) is (age <= 45)
        assert (c.cadre in d.value.missing) is (age <= 45 and c.cadre not in done)
    assert d.outcome == ("gaps" if d.value.missing else "complete")


@pytest.mark.rule(NIGHT)
def test_one_evening_never_counts_for_two_weeks() -> None:
    # 春节 2026: Tuesday 17 February is a holiday, and so is every day to the 23rd; the next
    # working day is Tuesday 24 February, the next week's own evening. Held only on the 24th:
    # that week is held, and the holiday week is referred (not counted a second time).
    p = Policy.default().override({"cadres.computer_night_holiday_rule": "next_working_day"})
    d = computer_nights([night(D(2026, 2, 24))], start=D(2026, 2, 16), end=D(2026, 3, 1), policy=p)
    assert (d.outcome, d.value.held, d.value.referred) == (
        "referred",
        (D(2026, 2, 24),),
        (D(2026, 2, 17),),
    )
    assert d.reasons[1].zh == (
        "2026年2月17日为节假日,其后第一个工作日已到下一周的活动日,一次活动不能算作两周,提交研究"
    )
    assert d.reasons[1].en == (
        "2026-02-17: a holiday whose next working day is already the next week's activity day "
        "(or later); one activity cannot count for two weeks: referred"
    )


@pytest.mark.rule(BACKBONE)
def test_a_minimum_above_the_maximum_is_refused() -> None:
    from orgwork.errors import PolicyError

    with pytest.raises(PolicyError, match="backbone_minimum 3 is above backbone_maximum 2"):
        Policy.default().override({"cadres.backbone_minimum": 3})
    # with no upper bound any minimum is allowed
    none = Policy.default().override(
        {"cadres.backbone_minimum": 3, "cadres.backbone_maximum": None}
    )
    assert none.cadres.backbone_minimum == 3
