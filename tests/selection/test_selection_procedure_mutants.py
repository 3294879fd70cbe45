"""The open-selection procedure, the publicity check and 竞争上岗, word for word.

Written against the survivors of mutation testing (``python tools/mutation.py
selection/_procedure``, triage in ``docs/mutation.md``): every problem of a record
names its result, candidate and step; every decision is checked whole (outcome,
subject, headline and reasons in both languages); the policy and calendar given
are the ones used, on the day each clause reads them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.calendar import official_calendar
from orgwork.decision import Decision
from orgwork.errors import CalendarCoverageError, RecordError
from orgwork.policy import Policy
from orgwork.selection import (
    PostFilling,
    ProcedureRecord,
    ProcedureStep,
    PublicityPeriod,
    SelectionProcedure,
    StepResult,
    check_procedure,
    competitive_posting_check,
    publicity_check,
)

d = dt.date
ORDER = "selection.procedure_order"
PUBLICITY = "selection.pre_appointment_publicity"
POSTING = "selection.competitive_posting"
REC = ProcedureStep.DEMOCRATIC_RECOMMENDATION
EXAM = ProcedureStep.WRITTEN_EXAM
SEED = ("democratic_recommendation", "written_exam", "interview", "medical_exam", "inspection")


def said(decision: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def result(candidate: str, step: str, passed: bool = True) -> StepResult:
    return StepResult(candidate=candidate, step=step, passed=passed)  # type: ignore[arg-type]


# -- the record's problems ----------------------------------------------------------------


@pytest.mark.rule(ORDER)
def test_each_problem_names_its_result_candidate_and_step() -> None:
    rec = ProcedureRecord(
        procedure="p",
        candidates=("甲", "乙"),
        results=(
            result("丙", "democratic_recommendation"),
            result("甲", "qualification_review"),
            result("甲", "democratic_recommendation", passed=False),
            result("甲", "written_exam"),
            result("乙", "democratic_recommendation"),
            result("乙", "democratic_recommendation"),
        ),
    )
    problems = check_procedure(rec, on=d(2002, 6, 1)).value.problems
    assert [(p.index, p.candidate, p.step, p.code) for p in problems] == [
        (0, "丙", REC, "unknown_candidate"),
        (1, "甲", ProcedureStep.QUALIFICATION_REVIEW, "unknown_step"),
        (3, "甲", EXAM, "after_elimination"),
        (5, "乙", REC, "repeated_step"),
    ]
    assert [str(p) for p in problems] == [
        "results[0]: 丙 is not a candidate (丙不是本次选拔的人选)",
        "results[1]: qualification review is not a step of this procedure "
        "(资格审查不是本次选拔的程序)",
        "results[3]: 甲 left the procedure at the democratic recommendation; no written "
        "examination result may follow (甲已在民主推荐中被淘汰,不应再有笔试结果)",
        "results[5]: 乙's democratic recommendation is recorded twice (乙的民主推荐结果重复)",
    ]


@pytest.mark.rule(ORDER)
def test_a_stage_not_finished_names_who_is_behind_and_the_step_before() -> None:
    p = SelectionProcedure.start("p", ["甲", "乙"], on=d(2002, 3, 1))
    p = p.record("甲", REC, passed=True)
    with pytest.raises(RecordError) as caught:
        p.record("甲", EXAM, passed=True)
    assert str(caught.value) == (
        "results[1]: The democratic recommendation of 乙 has no result yet; the written "
        "examination may not begin (乙的民主推荐尚无结果,不应开始笔试)"
    )


@pytest.mark.rule(ORDER)
def test_a_record_wrong_as_a_whole_is_refused_with_its_problems() -> None:
    # 通过民主推荐、笔试、面试、体检、考察等程序: the five are a minimum
    rec = ProcedureRecord(procedure="p", candidates=("甲",), steps=SEED[:4])  # type: ignore[arg-type]
    with pytest.raises(RecordError) as caught:
        SelectionProcedure.from_record(rec, on=d(2002, 6, 1))
    assert str(caught.value) == (
        "p: 1 problem(s): The procedure leaves out the inspection: the steps 002 names are "
        "required (its list ends in 等, a minimum) (本次选拔的程序缺少考察:原文“通过民主推荐、笔试、"
        "面试、体检、考察等程序”所列程序为必经程序)"
    )
    two = ProcedureRecord(
        procedure="p",
        candidates=("甲",),
        results=(result("丙", "democratic_recommendation"), result("甲", "interview")),
    )
    with pytest.raises(RecordError, match=r"^p: 2 problem\(s\): results\[0\]: .*; results\[1\]: "):
        SelectionProcedure.from_record(two, on=d(2002, 6, 1))


@pytest.mark.rule(ORDER)
def test_steps_leaving_out_or_reordering_the_seeds_are_refused_and_named() -> None:
    with pytest.raises(
        ValidationError,
        match=r"the seed's steps are required \(002 ends its list in 等: a minimum\); "
        r"missing: interview, medical_exam, inspection \[",
    ):
        SelectionProcedure(procedure="p", candidates=("甲",), steps=SEED[:2])  # type: ignore[arg-type]
    reordered = (SEED[1], SEED[0], *SEED[2:])
    with pytest.raises(
        ValidationError,
        match=r"the seed's steps keep the seed's order: democratic_recommendation, "
        r"written_exam, interview, medical_exam, inspection \[",
    ):
        SelectionProcedure(procedure="p", candidates=("甲",), steps=reordered)  # type: ignore[arg-type]


@pytest.mark.rule(ORDER)
def test_a_candidate_who_passed_every_step_has_no_next_step() -> None:
    p = SelectionProcedure.start("p", ["甲"], on=d(2002, 3, 1))
    for step in SEED:
        p = p.record("甲", ProcedureStep(step), passed=True)
    assert p.selected == ("甲",)
    assert p.next_step("甲") is None
    with pytest.raises(RecordError, match=r"^丙 is not a candidate of p$"):
        p.next_step("丙")


@pytest.mark.rule(ORDER)
def test_a_procedure_built_without_validation_replays_its_record() -> None:
    p = SelectionProcedure.model_construct(
        procedure="p",
        candidates=("甲", "乙"),
        steps=tuple(ProcedureStep(s) for s in SEED),
        results=(result("甲", "democratic_recommendation", passed=False),),
    )
    assert p.remaining == ("乙",)
    assert p.eliminated == (("甲", REC),)
    assert p.next_step("乙") is REC


@pytest.mark.rule(ORDER)
def test_a_record_with_a_publicity_step_is_checked_against_the_periods_given() -> None:
    steps = (*SEED, "pre_appointment_publicity")
    rec = ProcedureRecord(
        procedure="p",
        candidates=("甲",),
        steps=steps,  # type: ignore[arg-type]
        results=tuple(result("甲", s) for s in steps),
    )
    period = PublicityPeriod(candidate="甲", start=d(2024, 3, 4), end=d(2024, 3, 8))
    p = SelectionProcedure.from_record(rec, on=d(2024, 3, 9), publicity=[period])
    assert p.selected == ("甲",)
    with pytest.raises(RecordError, match="has no recorded first and last day"):
        SelectionProcedure.from_record(rec, on=d(2024, 3, 9))


# -- 任前公示 ---------------------------------------------------------------------------


@pytest.mark.rule(PUBLICITY)
def test_a_sufficient_and_a_short_publicity_word_for_word() -> None:
    # 公示期不少于五个工作日
    ok = publicity_check(PublicityPeriod(candidate="甲", start=d(2024, 3, 4), end=d(2024, 3, 8)))
    assert (ok.outcome, ok.value, ok.subject, ok.provisional) == ("sufficient", True, "甲", False)
    assert headline(ok) == (
        "甲的任前公示5个工作日,不少于5个工作日",
        "甲's publicity lasted 5 working day(s), at least 5",
    )
    assert said(ok) == [
        (
            "甲的任前公示自2024年3月4日至2024年3月8日(起止日均计入),计5个工作日",
            "甲's pre-appointment publicity ran from 2024-03-04 to 2024-03-08 (both the first "
            "and the last day count): 5 working day(s)",
        )
    ]
    short = publicity_check(PublicityPeriod(candidate="乙", start=d(2024, 3, 4), end=d(2024, 3, 7)))
    assert (short.outcome, short.value, short.subject) == ("too_short", False, "乙")
    assert headline(short) == (
        "乙的任前公示只有4个工作日,少于5个工作日",
        "乙's publicity lasted 4 working day(s), fewer than 5",
    )


@pytest.mark.rule(PUBLICITY)
def test_a_publicity_begun_before_the_rule_is_referred_and_one_begun_that_day_is_checked() -> None:
    early = publicity_check(PublicityPeriod(candidate="甲", start=d(2010, 3, 4), end=d(2010, 3, 7)))
    assert (early.outcome, early.value, early.subject) == ("before_rule", None, "甲")
    assert headline(early) == (
        "甲的任前公示始于2010年3月4日,早于“公示期不少于五个工作日”的适用起始日2014年1月16日,"
        "未按此检查,由组织部门按当时规定认定",
        "甲's publicity began on 2010-03-04, before the five-working-day rule applies "
        "(2014-01-16): not checked against it; the department judges it by the rules then in "
        "force",
    )
    on_the_day = PublicityPeriod(candidate="甲", start=d(2014, 1, 16), end=d(2014, 1, 22))
    assert publicity_check(on_the_day).outcome == "sufficient"


@pytest.mark.rule(PUBLICITY)
def test_the_number_of_days_in_force_on_the_first_day_applies() -> None:
    longer = Policy.default().with_change(d(2024, 3, 1), {"selection.publicity_working_days": 7})
    period = PublicityPeriod(candidate="甲", start=d(2024, 3, 4), end=d(2024, 3, 8))
    assert publicity_check(period, policy=longer).outcome == "too_short"
    before = PublicityPeriod(candidate="甲", start=d(2024, 2, 26), end=d(2024, 3, 1))
    assert publicity_check(before, policy=longer).outcome == "sufficient"


@pytest.mark.rule(PUBLICITY)
def test_the_calendar_given_is_used_and_its_provisional_years_flagged() -> None:
    cal = official_calendar().with_provisional(2027)
    period = PublicityPeriod(candidate="甲", start=d(2026, 12, 28), end=d(2027, 1, 6))
    check = publicity_check(period, calendar=cal)
    assert (check.outcome, check.provisional) == ("sufficient", True)
    with pytest.raises(CalendarCoverageError):
        publicity_check(period)
    # the day before the first is read too when the first day counts: a provisional 2003
    since = Policy.default().override({"selection.publicity_rule_from": d(2000, 1, 1)})
    early = publicity_check(
        PublicityPeriod(candidate="甲", start=d(2004, 1, 1), end=d(2004, 1, 9)),
        calendar=official_calendar().with_provisional(2003),
        policy=since,
    )
    assert early.provisional is True


@pytest.mark.rule(PUBLICITY)
def test_a_first_day_that_cannot_be_counted_back_names_the_period() -> None:
    since = Policy.default().override({"selection.publicity_rule_from": d(1, 1, 1)})
    period = PublicityPeriod(candidate="甲", start=d(1, 1, 1), end=d(1, 1, 9))
    with pytest.raises(ValueError, match=r"^period\.start: 0001-01-01 moved by -1 day"):
        publicity_check(period, policy=since)


# -- 竞争上岗 ---------------------------------------------------------------------------


def filling(post: str, mid: bool, by: str, on: dt.date) -> PostFilling:
    return PostFilling(post=post, mid_level_leadership=mid, filled_by=by, filled_on=on)  # type: ignore[arg-type]


@pytest.mark.rule(POSTING)
def test_every_posting_outcome_word_for_word() -> None:
    # 凡缺岗的中层领导职位全部实行了竞争上岗
    a, b, c, e = competitive_posting_check(
        [
            filling("处长A", True, "competition", d(2001, 1, 1)),
            filling("处长B", True, "appointment", d(2001, 1, 1)),
            filling("科员C", False, "appointment", d(2001, 1, 1)),
            filling("处长D", True, "appointment", d(1998, 1, 1)),
        ]
    )
    since = (
        "自1999年1月1日起,凡缺岗的中层领导职位全部实行竞争上岗",
        "From 1999-01-01 on, every vacant mid-level leadership post is filled by competition",
    )
    assert [x.subject for x in (a, b, c, e)] == ["处长A", "处长B", "科员C", "处长D"]
    assert [(x.outcome, x.value) for x in (a, b, c, e)] == [
        ("competitive", True),
        ("not_competitive", False),
        ("not_applicable", True),
        ("not_applicable", True),
    ]
    assert all(said(x) == [since] for x in (a, b, c, e))
    assert [headline(x) for x in (a, b, c, e)] == [
        ("处长A经竞争上岗产生", "处长A was filled by competition"),
        (
            "处长B为中层领导职位,以组织直接任命产生,未实行竞争上岗",
            "处长B is a mid-level leadership post filled without competition (appointment)",
        ),
        (
            "科员C不是中层领导职位,不要求竞争上岗",
            "科员C is not a mid-level leadership post: competition not required",
        ),
        (
            "处长D于1998年1月1日补缺,早于1999年实行竞争上岗,不要求竞争上岗",
            "处长D was filled on 1998-01-01, before competition was required (from 1999-01-01): "
            "not checked",
        ),
    ]


@pytest.mark.rule(POSTING)
def test_the_start_in_force_on_each_filling_day_applies() -> None:
    later = Policy.default().with_change(
        d(2000, 1, 1), {"selection.competitive_posting_from": d(2001, 1, 1)}
    )
    (x,) = competitive_posting_check(
        [filling("处长B", True, "appointment", d(2000, 6, 1))], policy=later
    )
    assert x.outcome == "not_applicable"


def test_the_fillings_are_checked_and_named() -> None:
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        competitive_posting_check([], policy={})  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^fillings: expected a collection of PostFilling"):
        competitive_posting_check("处长A")  # type: ignore[arg-type]
    twice = [filling("处长A", True, "competition", d(2001, 1, 1))] * 2
    with pytest.raises(RecordError, match=r"^post listed more than once: 处长A$"):
        competitive_posting_check(twice)


# -- check_procedure, whole -------------------------------------------------------------


def _publicity_record(*candidates: str) -> ProcedureRecord:
    steps = (*SEED, "pre_appointment_publicity")
    return ProcedureRecord(
        procedure="p",
        candidates=candidates,
        steps=steps,  # type: ignore[arg-type]
        results=tuple(result(c, s) for s in steps for c in candidates),
    )


@pytest.mark.rule(ORDER)
def test_each_publicity_is_checked_and_each_missing_one_reported() -> None:
    # 任职前公示……公示期不少于五个工作日: 乙 has no period, 甲's is too short
    short = PublicityPeriod(candidate="甲", start=d(2024, 3, 4), end=d(2024, 3, 7))
    check = check_procedure(_publicity_record("乙", "甲"), on=d(2024, 6, 1), publicity=[short])
    assert (check.outcome, check.subject) == ("invalid", "p")
    assert headline(check) == ("p的程序记录有2处错误", "The record of p has 2 problem(s)")
    problems = check.value.problems
    publicity = ProcedureStep.PRE_APPOINTMENT_PUBLICITY
    assert [(p.index, p.candidate, p.step, p.code) for p in problems] == [
        (10, "乙", publicity, "publicity_unrecorded"),
        (11, "甲", publicity, "publicity_too_short"),
    ]
    assert [str(p) for p in problems] == [
        "results[10]: 乙's pre-appointment publicity has no recorded first and last day: its "
        "length cannot be checked; the record must say it (乙的任前公示未记录起止日期,无法核对"
        "公示期,请补充记录)",
        "results[11]: 甲's publicity lasted 4 working day(s), fewer than 5 "
        "(甲的任前公示只有4个工作日,少于5个工作日)",
    ]


@pytest.mark.rule(ORDER)
def test_the_publicity_is_checked_under_the_policy_and_calendar_given() -> None:
    period = PublicityPeriod(candidate="甲", start=d(2024, 3, 4), end=d(2024, 3, 8))
    plain = check_procedure(_publicity_record("甲"), on=d(2024, 6, 1), publicity=[period])
    assert plain.outcome == "complete"
    longer = Policy.default().override({"selection.publicity_working_days": 6})
    check = check_procedure(
        _publicity_record("甲"), on=d(2024, 6, 1), publicity=[period], policy=longer
    )
    assert [p.code for p in check.value.problems] == ["publicity_too_short"]
    later = PublicityPeriod(candidate="甲", start=d(2027, 3, 1), end=d(2027, 3, 5))
    cal = official_calendar().with_provisional(2027)
    check = check_procedure(
        _publicity_record("甲"), on=d(2027, 6, 1), publicity=[later], calendar=cal
    )
    assert (check.outcome, check.provisional) == ("complete", True)


@pytest.mark.rule(ORDER)
def test_steps_out_of_the_seeds_order_or_left_out_are_named() -> None:
    reordered = ProcedureRecord(
        procedure="p",
        candidates=("甲",),
        steps=(SEED[1], SEED[0], *SEED[2:]),  # type: ignore[arg-type]
    )
    check = check_procedure(reordered, on=d(2002, 6, 1))
    (problem,) = check.value.problems
    assert (problem.index, problem.candidate, problem.step) == (None, None, None)
    assert str(problem) == (
        "The procedure does not keep 002's order (democratic recommendation, written "
        "examination, interview, medical examination, inspection) (本次选拔的程序未按原文次序"
        "(民主推荐、笔试、面试、体检、考察)排列)"
    )
    assert said(check)[0] == (
        "程序依次为:笔试→民主推荐→面试→体检→考察",
        "The steps, in order: written examination → democratic recommendation → interview → "
        "medical examination → inspection",
    )
    short = ProcedureRecord(procedure="p", candidates=("甲",), steps=SEED[:2])  # type: ignore[arg-type]
    (missing,) = check_procedure(short, on=d(2002, 6, 1)).value.problems
    assert missing.message.en == (
        "The procedure leaves out the interview, medical examination, inspection: the steps "
        "002 names are required (its list ends in 等, a minimum)"
    )


@pytest.mark.rule(ORDER)
def test_a_result_dated_before_an_earlier_one_is_named() -> None:
    rec = ProcedureRecord(
        procedure="p",
        candidates=("甲", "乙"),
        results=(
            StepResult(candidate="甲", step=REC, passed=True, on=d(2002, 3, 5)),
            StepResult(candidate="乙", step=REC, passed=False, on=d(2002, 3, 4)),
        ),
    )
    (problem,) = check_procedure(rec, on=d(2002, 6, 1)).value.problems
    assert (problem.index, problem.candidate, problem.step) == (1, "乙", REC)
    assert str(problem) == (
        "results[1]: 乙's democratic recommendation on 2002-03-04 is dated before an earlier "
        "result (2002-03-05) (乙的民主推荐日期2002-03-04早于此前记录的2002-03-05)"
    )


@pytest.mark.rule(ORDER)
def test_a_stage_problem_names_the_result() -> None:
    rec = ProcedureRecord(
        procedure="p",
        candidates=("甲", "乙"),
        results=(result("甲", "democratic_recommendation"), result("甲", "written_exam")),
    )
    (problem,) = check_procedure(rec, on=d(2002, 6, 1)).value.problems
    assert (problem.index, problem.candidate, problem.step, problem.code) == (
        1,
        "甲",
        EXAM,
        "stage_not_finished",
    )


@pytest.mark.rule(ORDER)
def test_complete_in_progress_and_nobody_selected_word_for_word() -> None:
    both = tuple(result(c, SEED[0], passed=c == "甲") for c in ("甲", "乙"))
    rest = tuple(result("甲", s) for s in SEED[1:])
    rec = ProcedureRecord(procedure="p", candidates=("甲", "乙"), results=both + rest)
    done = check_procedure(rec, on=d(2002, 6, 1))
    assert (done.outcome, done.subject) == ("complete", "p")
    assert headline(done) == (
        "p程序完成,通过全部程序的人选:甲",
        "p is complete; passed every step: 甲",
    )
    assert said(done)[1] == (
        "乙未通过民主推荐,退出选拔",
        "乙 failed the democratic recommendation and left",
    )
    nobody = ProcedureRecord(
        procedure="p", candidates=("甲",), results=(result("甲", SEED[0], False),)
    )
    assert headline(check_procedure(nobody, on=d(2002, 6, 1))) == (
        "p程序完成,通过全部程序的人选:无",
        "p is complete; passed every step: none",
    )
    going = ProcedureRecord(procedure="p", candidates=("甲", "乙"), results=both)
    at = check_procedure(going, on=d(2002, 6, 1))
    assert (at.outcome, at.subject) == ("in_progress", "p")


def test_steps_and_periods_are_checked_and_named() -> None:
    with pytest.raises(ValidationError, match=r"Value error, a procedure has at least one step \["):
        ProcedureRecord(procedure="p", candidates=("甲",), steps=())
    with pytest.raises(ValidationError, match=r"Value error, a step appears twice \["):
        ProcedureRecord(procedure="p", candidates=("甲",), steps=(REC, REC))
    rec = ProcedureRecord(procedure="p", candidates=("甲",))
    with pytest.raises(TypeError, match=r"^calendar must be"):
        check_procedure(rec, on=d(2002, 6, 1), calendar={})  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^publicity: expected a collection of PublicityPeriod"):
        check_procedure(rec, on=d(2002, 6, 1), publicity="甲")  # type: ignore[arg-type]
    period = PublicityPeriod(candidate="甲", start=d(2024, 3, 4), end=d(2024, 3, 8))
    with pytest.raises(
        RecordError, match=r"^publicity period of candidate listed more than once: 甲$"
    ):
        check_procedure(rec, on=d(2002, 6, 1), publicity=[period, period])
