"""The open-selection procedure (002): a state machine, record checks and 竞争上岗."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.policy.selection import SEED_PROCEDURE_STEPS, ProcedureStepName
from orgwork.rules import get
from orgwork.selection import (
    SEED_STEPS,
    FillingMethod,
    PostFilling,
    ProcedureCheck,
    ProcedureRecord,
    ProcedureStep,
    SelectionProcedure,
    StepResult,
    check_procedure,
    competitive_posting_check,
)
from orgwork.strategies import procedure_records, selection_procedures, valid_procedure_records

ORDER = "selection.procedure_order"
POSTING = "selection.competitive_posting"
S = ProcedureStep
DAY = dt.date(2012, 6, 1)


def run(
    procedure: SelectionProcedure, *results: tuple[str, ProcedureStep, bool]
) -> SelectionProcedure:
    for candidate, step, passed in results:
        procedure = procedure.record(candidate, step, passed=passed)
    return procedure


def refused_by_both(
    procedure: SelectionProcedure,
    candidate: str,
    step: ProcedureStep,
    code: str,
    *,
    on: dt.date | None = None,
) -> None:
    """The state machine refuses the step, and the record checker reports the same problem."""
    with pytest.raises(RecordError):
        procedure.record(candidate, step, passed=True, on=on)
    bad = StepResult(candidate=candidate, step=step, passed=True, on=on)
    rec = ProcedureRecord(
        procedure=procedure.procedure,
        candidates=procedure.candidates,
        steps=procedure.steps,
        results=(*procedure.results, bad),
    )
    d = check_procedure(rec, on=DAY)
    assert [(p.index, p.code) for p in d.value.problems] == [(len(procedure.results), code)]


@pytest.mark.rule("selection.procedure_order")
def test_steps_are_the_seeds_in_order() -> None:
    # 002: 通过民主推荐、笔试、面试、体检、考察等程序
    assert [s.zh for s in SEED_STEPS] == ["民主推荐", "笔试", "面试", "体检", "考察"]
    assert tuple(s.value for s in SEED_STEPS) == typing.get_args(ProcedureStepName)[:5]
    assert {s.value for s in ProcedureStep} == set(typing.get_args(ProcedureStepName))
    d = check_procedure(ProcedureRecord(procedure="p", candidates=("甲",)), on=DAY)
    assert d.value.steps == SEED_STEPS  # the policy's default steps are the seed's
    assert d.parameters["selection.procedure_steps"] == SEED_PROCEDURE_STEPS


#: 002's steps, a row a step: the step in the words of the quote (通过民主推荐、笔试、面试、
#: 体检、考察等程序), what the check decides of a candidate who passed every other step but
#: not this one, and what it says.
STEPS = [
    ("民主推荐", "invalid", "甲未经民主推荐即进行笔试,程序不得跳过"),
    ("笔试", "invalid", "甲未经笔试即进行面试,程序不得跳过"),
    ("面试", "invalid", "甲未经面试即进行体检,程序不得跳过"),
    ("体检", "invalid", "甲未经体检即进行考察,程序不得跳过"),
    ("考察", "in_progress", "选调进行到考察,在选人选:甲"),
]


def _passed(*steps: ProcedureStep) -> ProcedureRecord:
    """A record of 甲 passing ``steps``, in the order given."""
    results = tuple(StepResult(candidate="甲", step=s, passed=True) for s in steps)
    return ProcedureRecord(procedure="选调", candidates=("甲",), results=results)


def _said(d: Decision[ProcedureCheck]) -> list[str]:
    return [d.headline.zh, *(r.zh for r in d.reasons)]


@pytest.mark.rule("selection.procedure_order")
@pytest.mark.parametrize(("clause", "outcome", "said"), STEPS)
def test_each_step_of_the_text_is_required(clause: str, outcome: str, said: str) -> None:
    assert clause in get(ORDER).source.quote
    step = next(s for s in ProcedureStep if s.zh == clause)
    d = check_procedure(_passed(*(s for s in SEED_STEPS if s is not step)), on=DAY)
    assert (d.outcome, d.value.selected) == (outcome, ())
    assert said in _said(d)


#: The order of the quote, a row a pair of steps in turn: the later one taken first is
#: reported, and the record is invalid.
IN_TURN = [
    ("民主推荐、笔试", "甲未经民主推荐即进行笔试,程序不得跳过"),
    ("笔试、面试", "甲未经笔试即进行面试,程序不得跳过"),
    ("面试、体检", "甲未经面试即进行体检,程序不得跳过"),
    ("体检、考察", "甲未经体检即进行考察,程序不得跳过"),
]


@pytest.mark.rule("selection.procedure_order")
@pytest.mark.parametrize(("clause", "said"), IN_TURN)
def test_the_steps_come_in_the_order_of_the_text(clause: str, said: str) -> None:
    assert clause in get(ORDER).source.quote
    first, then = (next(s for s in ProcedureStep if s.zh == x) for x in clause.split("、"))
    before = SEED_STEPS[: SEED_STEPS.index(first)]
    d = check_procedure(_passed(*before, then, first), on=DAY)
    assert d.outcome == "invalid"
    assert [(p.code, p.step) for p in d.value.problems] == [("skipped_step", then)]
    assert said in _said(d)


@pytest.mark.rule("selection.procedure_order")
def test_a_full_procedure_worked_example() -> None:
    p = SelectionProcedure.start("2002年公开选调", ["甲", "乙", "丙"], on=DAY)
    p = run(
        p,
        ("甲", S.DEMOCRATIC_RECOMMENDATION, True),
        ("乙", S.DEMOCRATIC_RECOMMENDATION, True),
        ("丙", S.DEMOCRATIC_RECOMMENDATION, True),
        ("乙", S.WRITTEN_EXAM, True),
        ("甲", S.WRITTEN_EXAM, True),
        ("丙", S.WRITTEN_EXAM, False),  # 丙 leaves
    )
    assert p.remaining == ("甲", "乙")
    assert p.eliminated == (("丙", S.WRITTEN_EXAM),)
    assert p.current_step is S.INTERVIEW
    assert p.next_step("丙") is None
    p = run(
        p,
        ("甲", S.INTERVIEW, True),
        ("乙", S.INTERVIEW, True),
        ("甲", S.MEDICAL_EXAM, True),
        ("乙", S.MEDICAL_EXAM, False),
        ("甲", S.INSPECTION, True),
    )
    assert p.is_complete
    assert p.selected == ("甲",)
    d = check_procedure(
        ProcedureRecord(procedure=p.procedure, candidates=p.candidates, results=p.results), on=DAY
    )
    assert d.outcome == "complete"
    assert d.value.selected == ("甲",)
    assert d.value.problems == ()


@pytest.mark.rule("selection.procedure_order")
def test_illegal_steps_are_refused() -> None:
    p = SelectionProcedure.start("p", ["甲", "乙"], on=DAY)
    with pytest.raises(RecordError, match="skipped"):
        p.record("甲", S.WRITTEN_EXAM, passed=True)
    refused_by_both(p, "甲", S.WRITTEN_EXAM, "skipped_step")
    p = run(p, ("甲", S.DEMOCRATIC_RECOMMENDATION, False))
    with pytest.raises(RecordError, match="left the procedure"):
        p.record("甲", S.WRITTEN_EXAM, passed=True)
    refused_by_both(p, "甲", S.WRITTEN_EXAM, "after_elimination")
    p = run(p, ("乙", S.DEMOCRATIC_RECOMMENDATION, True))
    with pytest.raises(RecordError, match="recorded twice"):
        p.record("乙", S.DEMOCRATIC_RECOMMENDATION, passed=True)
    refused_by_both(p, "乙", S.DEMOCRATIC_RECOMMENDATION, "repeated_step")
    with pytest.raises(RecordError, match="not a candidate"):
        p.record("丙", S.WRITTEN_EXAM, passed=True)
    refused_by_both(p, "丙", S.WRITTEN_EXAM, "unknown_candidate")
    # the old procedure is unchanged: every transition returns a new one
    assert p.results[-1].candidate == "乙"


@pytest.mark.rule("selection.procedure_order")
def test_no_stage_begins_before_the_previous_one_is_finished() -> None:
    p = SelectionProcedure.start("p", ["甲", "乙"], on=DAY)
    p = run(p, ("甲", S.DEMOCRATIC_RECOMMENDATION, True))
    with pytest.raises(RecordError, match="乙") as info:
        p.record("甲", S.WRITTEN_EXAM, passed=True)
    assert "尚无结果" in str(info.value)
    refused_by_both(p, "甲", S.WRITTEN_EXAM, "stage_not_finished")


@pytest.mark.rule("selection.procedure_order")
def test_dates_may_not_go_backwards() -> None:
    p = SelectionProcedure.start("p", ["甲"], on=DAY)
    p = p.record("甲", S.DEMOCRATIC_RECOMMENDATION, passed=True, on=dt.date(2002, 3, 10))
    with pytest.raises(RecordError, match="dated before"):
        p.record("甲", S.WRITTEN_EXAM, passed=True, on=dt.date(2002, 3, 9))
    refused_by_both(p, "甲", S.WRITTEN_EXAM, "date_out_of_order", on=dt.date(2002, 3, 9))


@pytest.mark.rule("selection.procedure_order")
def test_a_wrong_record_gets_every_problem() -> None:
    rec = ProcedureRecord(
        procedure="p",
        candidates=("甲", "乙"),
        results=(
            StepResult(candidate="甲", step="written_exam", passed=True),  # skipped 民主推荐
            StepResult(candidate="乙", step="democratic_recommendation", passed=False),
            StepResult(candidate="乙", step="written_exam", passed=True),  # after elimination
            StepResult(candidate="丁", step="democratic_recommendation", passed=True),  # stranger
        ),
    )
    d = check_procedure(rec, on=DAY)
    assert d.outcome == "invalid"
    assert [(x.index, x.code) for x in d.value.problems] == [
        (0, "skipped_step"),
        (2, "after_elimination"),
        (3, "unknown_candidate"),
    ]
    assert len(d.reasons) >= 4
    with pytest.raises(RecordError, match="3 problem"):
        SelectionProcedure.from_record(rec, on=DAY)
    with pytest.raises(ValidationError, match="3 problem"):
        SelectionProcedure(procedure="p", candidates=("甲", "乙"), results=rec.results)


@pytest.mark.rule("selection.procedure_order")
def test_policy_may_change_the_steps() -> None:
    # a locality that adds 资格审查 before the seed's steps (issue 13: the seed's 等 list is a
    # minimum; this test used to drop 体检, which the policy now refuses)
    p = Policy.default().override(
        {"selection.procedure_steps": ["qualification_review", *(s.value for s in SEED_STEPS)]}
    )
    proc = SelectionProcedure.start("p", ["甲"], policy=p, on=DAY)
    assert proc.steps == (S.QUALIFICATION_REVIEW, *SEED_STEPS)
    with pytest.raises(RecordError, match="not a step"):
        run(proc, ("甲", S.QUALIFICATION_REVIEW, True)).record(
            "甲", S.DISCUSSION_DECISION, passed=True
        )
    with pytest.raises(RecordError, match="skipped"):
        proc.record("甲", S.DEMOCRATIC_RECOMMENDATION, passed=True)
    rec = ProcedureRecord(procedure="p", candidates=("甲",))
    assert check_procedure(rec, policy=p, on=DAY).value.steps == proc.steps


@pytest.mark.rule("selection.procedure_order")
def test_bad_records_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="listed more than once"):
        ProcedureRecord(procedure="p", candidates=("甲", "甲"))
    with pytest.raises(ValidationError, match="twice"):
        ProcedureRecord(procedure="p", candidates=("甲",), steps=("interview", "interview"))
    with pytest.raises(ValidationError):
        SelectionProcedure(procedure="p", candidates=())
    assert check_procedure(ProcedureRecord(procedure="p", candidates=()), on=DAY).value.problems[
        0
    ].code == ("no_candidates")


def _in_order(rec: ProcedureRecord) -> bool:
    """An independent check: per candidate the steps are a prefix of the order, nothing
    follows a failure, and a step starts only once everyone still in finished the last."""
    steps = list(rec.steps or SEED_STEPS)
    done: dict[str, int] = dict.fromkeys(rec.candidates, 0)
    out: set[str] = set()
    for r in rec.results:
        if r.candidate not in done or r.candidate in out or r.step not in steps:
            return False
        k = steps.index(r.step)
        if k != done[r.candidate]:
            return False
        if any(done[o] < k for o in rec.candidates if o not in out and o != r.candidate):
            return False
        done[r.candidate] += 1
        if not r.passed:
            out.add(r.candidate)
    days = [r.on for r in rec.results if r.on is not None]
    return days == sorted(days)


@pytest.mark.rule("selection.procedure_order")
@given(procedure_records())
def test_a_record_passes_only_if_its_steps_are_in_order(rec: ProcedureRecord) -> None:
    d = check_procedure(rec, on=DAY)
    assert (d.outcome != "invalid") is _in_order(rec)
    assert (not d.value.problems) is _in_order(rec)
    if d.value.problems:
        with pytest.raises(RecordError):
            SelectionProcedure.from_record(rec, on=DAY)
    else:
        proc = SelectionProcedure.from_record(rec, on=DAY)
        assert proc.remaining == d.value.remaining
        assert proc.selected == d.value.selected
        assert proc.current_step == d.value.current_step
    assert Decision[ProcedureCheck].model_validate_json(d.to_json()) == d


@pytest.mark.rule("selection.procedure_order")
@given(valid_procedure_records())
def test_replaying_a_record_step_by_step_gives_the_same_procedure(rec: ProcedureRecord) -> None:
    proc = SelectionProcedure.start(rec.procedure, rec.candidates, on=DAY)
    for r in rec.results:
        proc = proc.record(r.candidate, r.step, passed=r.passed, on=r.on)
    assert proc == SelectionProcedure.from_record(rec, on=DAY)
    assert SelectionProcedure.model_validate_json(proc.model_dump_json()) == proc
    assert set(proc.remaining) | {c for c, _ in proc.eliminated} == set(rec.candidates)
    d = check_procedure(rec, on=DAY)
    assert d.outcome == ("complete" if proc.is_complete else "in_progress")
    assert (d.value.selected, d.value.current_step) == (proc.selected, proc.current_step)


@pytest.mark.rule("selection.procedure_order")
@given(selection_procedures(), st.sampled_from(["甲", "乙", "丙"]), st.sampled_from(ProcedureStep))
def test_any_accepted_step_is_the_candidates_next(
    proc: SelectionProcedure, candidate: str, step: ProcedureStep
) -> None:
    extended = ProcedureRecord(
        procedure=proc.procedure,
        candidates=proc.candidates,
        steps=proc.steps,
        results=(*proc.results, StepResult(candidate=candidate, step=step, passed=True)),
    )
    legal = not check_procedure(extended, on=DAY).value.problems
    try:
        after = proc.record(candidate, step, passed=True)
    except RecordError:
        assert not legal  # the state machine refuses exactly what the checker reports
        return
    assert legal
    assert proc.next_step(candidate) is step
    assert proc.current_step is step
    assert len(after.results) == len(proc.results) + 1


@pytest.mark.rule("selection.competitive_posting")
def test_competitive_posting_worked_examples() -> None:
    # 002: 从1999年开始……凡缺岗的中层领导职位全部实行了竞争上岗
    fillings = [
        PostFilling(
            post="干部一处处长",
            mid_level_leadership=True,
            filled_by="competition",
            filled_on=dt.date(1999, 6, 1),
        ),
        PostFilling(
            post="组织处副处长",
            mid_level_leadership=True,
            filled_by="appointment",
            filled_on=dt.date(2000, 3, 1),
        ),
        PostFilling(
            post="主任科员",
            mid_level_leadership=False,
            filled_by="appointment",
            filled_on=dt.date(2000, 3, 1),
        ),
    ]
    ds = competitive_posting_check(fillings)
    assert [(d.subject, d.outcome, d.value) for d in ds] == [
        ("干部一处处长", "competitive", True),
        ("组织处副处长", "not_competitive", False),
        ("主任科员", "not_applicable", True),
    ]
    assert competitive_posting_check([]) == ()


@pytest.mark.rule("selection.competitive_posting")
@given(st.lists(st.tuples(st.booleans(), st.sampled_from(FillingMethod)), max_size=10))
def test_only_mid_level_posts_not_filled_by_competition_fail(
    rows: list[tuple[bool, FillingMethod]],
) -> None:
    fillings = [
        PostFilling(
            post=f"P{i}", mid_level_leadership=mid, filled_by=how, filled_on=dt.date(2000, 1, 1)
        )
        for i, (mid, how) in enumerate(rows)
    ]
    ds = competitive_posting_check(fillings)
    assert [d.subject for d in ds] == [f.post for f in fillings]
    for (mid, how), d in zip(rows, ds, strict=True):
        assert d.value is (not mid or how is FillingMethod.COMPETITION)


@pytest.mark.rule("selection.procedure_order")
def test_the_day_is_required_so_dated_changes_are_never_ignored() -> None:
    two = (*SEED_STEPS, S.DISCUSSION_DECISION)  # from 2000, a locality adds 讨论决定
    p = Policy.default().with_change(
        dt.date(2000, 1, 1), {"selection.procedure_steps": [s.value for s in two]}
    )
    rec = ProcedureRecord(procedure="p", candidates=("甲",))
    day = dt.date(2012, 1, 1)
    with pytest.raises(TypeError):
        check_procedure(rec, policy=p)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        SelectionProcedure.start("p", ["甲"], policy=p)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        SelectionProcedure.from_record(rec, policy=p)  # type: ignore[call-arg]
    assert check_procedure(rec, on=day, policy=p).value.steps == two
    assert SelectionProcedure.start("p", ["甲"], on=day, policy=p).steps == two
    assert SelectionProcedure.from_record(rec, on=day, policy=p).steps == two


@pytest.mark.rule("selection.procedure_order")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    rec = ProcedureRecord(procedure="p", candidates=("甲",))
    midnight, noon = dt.datetime(2012, 6, 1), dt.datetime(2012, 6, 1, 12)
    assert check_procedure(rec, on=midnight) == check_procedure(rec, on=DAY)
    assert SelectionProcedure.start("p", ["甲"], on=midnight).steps == SEED_STEPS
    calls = (
        lambda: check_procedure(rec, on=noon),
        lambda: SelectionProcedure.start("p", ["甲"], on=noon),
        lambda: SelectionProcedure.from_record(rec, on=noon),
    )
    for call in calls:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule("selection.competitive_posting")
def test_a_post_listed_twice_is_a_record_error() -> None:
    f = PostFilling(
        post="组织处副处长",
        mid_level_leadership=True,
        filled_by="competition",
        filled_on=dt.date(2000, 3, 1),
    )
    again = f.model_copy(update={"filled_by": FillingMethod.APPOINTMENT})
    with pytest.raises(RecordError, match="组织处副处长"):
        competitive_posting_check([f, again])
    assert [d.subject for d in competitive_posting_check([f])] == ["组织处副处长"]


@pytest.mark.rule("selection.competitive_posting")
def test_competition_is_required_from_1999_on() -> None:
    # 002: 从1999年开始,我们在中层干部任用中引入竞争机制,凡缺岗的中层领导职位全部实行了竞争上岗
    def filled(day: dt.date) -> PostFilling:
        return PostFilling(
            post=f"副处长{day.year}",
            mid_level_leadership=True,
            filled_by="appointment",
            filled_on=day,
        )

    before, first = filled(dt.date(1998, 12, 31)), filled(dt.date(1999, 1, 1))
    ds = competitive_posting_check([before, first])
    assert [(d.outcome, d.value) for d in ds] == [
        ("not_applicable", True),
        ("not_competitive", False),
    ]
    assert "1999" in ds[0].headline("zh")
    assert ds[0].parameters == {"selection.competitive_posting_from": "1999-01-01"}
    assert Policy.default().selection.competitive_posting_from == dt.date(1999, 1, 1)
    later = Policy.default().override({"selection.competitive_posting_from": "2001-01-01"})
    assert competitive_posting_check([first], policy=later)[0].outcome == "not_applicable"


@pytest.mark.rule("selection.procedure_order")
def test_repeated_candidates_are_named_once_each() -> None:
    with pytest.raises(ValidationError, match="candidates listed more than once: 乙, 甲"):
        ProcedureRecord(procedure="p", candidates=("甲", "乙", "甲", "乙", "丙"))
    rec = ProcedureRecord(procedure="p", candidates=("甲", "乙", "丙"))
    assert check_procedure(rec, on=DAY).value.remaining == ("甲", "乙", "丙")
