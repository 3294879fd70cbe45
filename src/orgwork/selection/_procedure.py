"""公开选拔程序与竞争上岗 — the open-selection procedure as a state machine, and 竞争上岗.

002 (4、深化改革, 一是推行公开选拔) selects cadres "通过民主推荐、笔试、面试、体检、
考察等程序": the steps come in that order, every candidate takes every step
in turn, and a candidate who fails a step leaves the procedure. The
procedure moves in stages: no result of a step is recorded while a
candidate still in the procedure lacks a result of an earlier step.

[`SelectionProcedure`][orgwork.selection.SelectionProcedure] is the state machine over frozen models: each
[`record`][orgwork.selection.SelectionProcedure.record] returns a new procedure, or raises
[`RecordError`][orgwork.errors.RecordError] for an illegal step. A procedure can
only be built from a correct record; [`check_procedure`][orgwork.selection.check_procedure] checks any
record and lists *everything* wrong with it.

002 also fills every vacant mid-level leadership post by competition
(竞争上岗, [`competitive_posting_check`][orgwork.selection.competitive_posting_check]).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from orgwork._args import as_date, as_models, check_unique, shift
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, day, joined
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.policy.selection import SEED_PROCEDURE_STEPS
from orgwork.rules import rule
from orgwork.selection._common import S002, unique

__all__ = [
    "FillingMethod",
    "PostFilling",
    "ProcedureCheck",
    "ProcedureProblem",
    "ProcedureRecord",
    "ProcedureStep",
    "PublicityPeriod",
    "SelectionProcedure",
    "StepResult",
    "check_procedure",
    "competitive_posting_check",
    "publicity_check",
]


class ProcedureStep(enum.StrEnum):
    """公开选拔的程序 — a step of an open selection.

    002's five (通过民主推荐、笔试、面试、体检、考察等程序: `SEED_STEPS`), then steps a
    locality may add, named as the 党政领导干部选拔任用工作条例 names them (002's list ends
    in 等: it is a minimum).

    >>> tuple(s.zh for s in ProcedureStep)
    ('民主推荐', '笔试', '面试', '体检', '考察', '资格审查', '讨论决定', '任前公示')
    """

    DEMOCRATIC_RECOMMENDATION = "democratic_recommendation"
    WRITTEN_EXAM = "written_exam"
    INTERVIEW = "interview"
    MEDICAL_EXAM = "medical_exam"
    INSPECTION = "inspection"
    QUALIFICATION_REVIEW = "qualification_review"
    DISCUSSION_DECISION = "discussion_decision"
    PRE_APPOINTMENT_PUBLICITY = "pre_appointment_publicity"

    @property
    def zh(self) -> str:
        """The step's Chinese name."""
        return _STEP_ZH[self]

    @property
    def en(self) -> str:
        """The step's English name."""
        return _STEP_EN[self]


_STEP_ZH = {
    ProcedureStep.DEMOCRATIC_RECOMMENDATION: "民主推荐",
    ProcedureStep.WRITTEN_EXAM: "笔试",
    ProcedureStep.INTERVIEW: "面试",
    ProcedureStep.MEDICAL_EXAM: "体检",
    ProcedureStep.INSPECTION: "考察",
    ProcedureStep.QUALIFICATION_REVIEW: "资格审查",
    ProcedureStep.DISCUSSION_DECISION: "讨论决定",
    ProcedureStep.PRE_APPOINTMENT_PUBLICITY: "任前公示",
}
_STEP_EN = {
    ProcedureStep.DEMOCRATIC_RECOMMENDATION: "democratic recommendation",
    ProcedureStep.WRITTEN_EXAM: "written examination",
    ProcedureStep.INTERVIEW: "interview",
    ProcedureStep.MEDICAL_EXAM: "medical examination",
    ProcedureStep.INSPECTION: "inspection",
    ProcedureStep.QUALIFICATION_REVIEW: "qualification review",
    ProcedureStep.DISCUSSION_DECISION: "discussion and decision",
    ProcedureStep.PRE_APPOINTMENT_PUBLICITY: "pre-appointment publicity",
}

#: The seed's steps, in order (the default of ``selection.procedure_steps``, and the minimum
#: every procedure keeps, in this order).
SEED_STEPS: tuple[ProcedureStep, ...] = tuple(ProcedureStep(s) for s in SEED_PROCEDURE_STEPS)


class StepResult(BaseModel):
    """一个人选在一个程序中的结果 — one candidate's result in one step.

    >>> StepResult(candidate="甲", step="written_exam", passed=True).step.zh
    '笔试'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: Id = Field(min_length=1)
    step: ProcedureStep
    passed: bool
    on: dt.date | None = Field(default=None, description="The day of the result, if known.")


class ProcedureProblem(BaseModel):
    """程序记录的错误 — one thing wrong with a procedure record.

    ``index`` is the position of the offending result in ``results`` (None
    for a problem of the record as a whole). Codes: ``unknown_candidate``,
    ``unknown_step``, ``after_elimination``, ``repeated_step``,
    ``skipped_step``, ``stage_not_finished``, ``date_out_of_order``,
    ``publicity_unrecorded``, ``publicity_too_short`` (and ``no_candidates``,
    ``missing_step``, ``seed_order`` for the record as a whole).

    >>> rec = ProcedureRecord(procedure="p", candidates=("甲",), results=(
    ...     StepResult(candidate="甲", step="inspection", passed=True),))
    >>> print(check_procedure(rec, on=dt.date(2002, 6, 1)).value.problems[0])
    results[0]: 甲 reached the inspection without the democratic recommendation, written examination, interview, medical examination: no step may be skipped (甲未经民主推荐、笔试、面试、体检即进行考察,程序不得跳过)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: int | None
    candidate: str | None
    step: ProcedureStep | None
    code: str
    message: Text

    def __str__(self) -> str:
        where = "" if self.index is None else f"results[{self.index}]: "
        return f"{where}{self.message.en} ({self.message.zh})"


def _steps(value: Iterable[str]) -> tuple[ProcedureStep, ...]:
    steps = tuple(ProcedureStep(s) for s in value)
    if not steps:
        raise ValueError("a procedure has at least one step")
    if len(set(steps)) != len(steps):
        raise ValueError("a step appears twice")
    return steps


def _seed_gaps(steps: tuple[ProcedureStep, ...]) -> tuple[tuple[ProcedureStep, ...], bool]:
    """The seed's steps ``steps`` leaves out, and whether the rest keep the seed's order
    (通过民主推荐、笔试、面试、体检、考察等程序: the five are a minimum, in this order)."""
    missing = tuple(s for s in SEED_STEPS if s not in steps)
    kept = tuple(s for s in steps if s in SEED_STEPS)
    return missing, kept == tuple(s for s in SEED_STEPS if s in kept)


def _seed_kept(steps: tuple[ProcedureStep, ...]) -> tuple[ProcedureStep, ...]:
    missing, ordered = _seed_gaps(steps)
    if missing:
        raise ValueError(
            "the seed's steps are required (002 ends its list in 等: a minimum); missing: "
            + ", ".join(missing)
        )
    if not ordered:
        raise ValueError("the seed's steps keep the seed's order: " + ", ".join(SEED_STEPS))
    return steps


def _unique(candidates: tuple[str, ...]) -> tuple[str, ...]:
    unique(candidates, "candidates")
    return candidates


class ProcedureRecord(BaseModel):
    """一次公开选拔的记录 — a procedure's record, as kept, possibly wrong.

    ``steps`` is the order of the steps; ``None`` takes the policy's
    (``selection.procedure_steps``) when checked. Only its shape is
    validated; [`check_procedure`][orgwork.selection.check_procedure] finds what is wrong in it.

    >>> ProcedureRecord(procedure="p", candidates=("甲", "乙")).results
    ()
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    procedure: Id = Field(min_length=1)
    candidates: tuple[Id, ...]
    results: tuple[StepResult, ...] = ()
    steps: tuple[ProcedureStep, ...] | None = None

    @field_validator("candidates")
    @classmethod
    def _unique_candidates(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _unique(v)

    @field_validator("steps")
    @classmethod
    def _valid_steps(cls, v: tuple[ProcedureStep, ...] | None) -> tuple[ProcedureStep, ...] | None:
        return None if v is None else _steps(v)


class _ProblemTexts:
    """Texts of the problems of a procedure record (selection.procedure_order), by code."""

    no_candidates = Say("本次选拔没有人选", "The procedure has no candidates")
    unknown_candidate = Say("{candidate}不是本次选拔的人选", "{candidate} is not a candidate")
    unknown_step = Say("{step}不是本次选拔的程序", "{step} is not a step of this procedure")
    after_elimination = Say(
        "{candidate}已在{failed}中被淘汰,不应再有{step}结果",
        "{candidate} left the procedure at the {failed}; no {step} result may follow",
    )
    repeated_step = Say("{candidate}的{step}结果重复", "{candidate}'s {step} is recorded twice")
    skipped_step = Say(
        "{candidate}未经{missing}即进行{step},程序不得跳过",
        "{candidate} reached the {step} without the {missing}: no step may be skipped",
    )
    stage_not_finished = Say(
        "{behind}的{previous}尚无结果,不应开始{step}",
        "The {previous} of {behind} has no result yet; the {step} may not begin",
    )
    date_out_of_order = Say(
        "{candidate}的{step}日期{on}早于此前记录的{last}",
        "{candidate}'s {step} on {on} is dated before an earlier result ({last})",
    )
    missing_step = Say(
        "本次选拔的程序缺少{missing}:原文“通过民主推荐、笔试、面试、体检、考察等程序”所列程序为必经程序",
        "The procedure leaves out the {missing}: the steps 002 names are required "
        "(its list ends in 等, a minimum)",
    )
    seed_order = Say(
        "本次选拔的程序未按原文次序({seed})排列", "The procedure does not keep 002's order ({seed})"
    )
    publicity_unrecorded = Say(
        "{candidate}的任前公示未记录起止日期,无法核对公示期,请补充记录",
        "{candidate}'s pre-appointment publicity has no recorded first and last day: its "
        "length cannot be checked; the record must say it",
    )
    publicity_too_short = Say("{headline}", "{headline}")


#: A problem's code is the name of its template.
_CODES = {t: code for code, t in vars(_ProblemTexts).items() if isinstance(t, Say)}


def _problem(
    index: int | None, r: StepResult | None, what: Say, **fields: object
) -> ProcedureProblem:
    """The problem ``what`` (a template of `_ProblemTexts`) of result ``r`` at ``index``."""
    return ProcedureProblem(
        index=index,
        candidate=None if r is None else r.candidate,
        step=None if r is None else r.step,
        code=_CODES[what],
        message=what.text(**fields),
    )


@dataclasses.dataclass(eq=True)
class _State:
    """The replay of a record: who is where. Invalid results are reported and not applied.

    Compared by value, so that two procedures with equal records are equal.
    """

    candidates: tuple[str, ...]
    steps: tuple[ProcedureStep, ...]
    done: dict[str, int] = dataclasses.field(default_factory=dict)  # steps taken
    failed: dict[str, ProcedureStep] = dataclasses.field(default_factory=dict)
    last_day: dt.date | None = None

    def __post_init__(self) -> None:
        self.done = dict.fromkeys(self.candidates, 0)

    def next_index(self, candidate: str) -> int | None:
        if candidate in self.failed or self.done[candidate] >= len(self.steps):
            return None
        return self.done[candidate]

    def check(self, i: int | None, r: StepResult) -> ProcedureProblem | None:
        c, s = r.candidate, r.step
        if c not in self.done:
            return _problem(i, r, _ProblemTexts.unknown_candidate, candidate=c)
        if s not in self.steps:
            return _problem(i, r, _ProblemTexts.unknown_step, step=s)
        if c in self.failed:
            return _problem(
                i, r, _ProblemTexts.after_elimination, candidate=c, failed=self.failed[c], step=s
            )
        k, want = self.steps.index(s), self.done[c]
        if k < want:
            return _problem(i, r, _ProblemTexts.repeated_step, candidate=c, step=s)
        if k > want:
            missing = self.steps[want:k]
            return _problem(i, r, _ProblemTexts.skipped_step, candidate=c, missing=missing, step=s)
        behind = [
            o
            for o in self.candidates
            if o != c and o not in self.failed and self.done[o] < k  # still before step k
        ]
        if behind:
            previous = self.steps[k - 1]
            return _problem(
                i, r, _ProblemTexts.stage_not_finished, behind=behind, previous=previous, step=s
            )
        if r.on is not None and self.last_day is not None and r.on < self.last_day:
            return _problem(
                i,
                r,
                _ProblemTexts.date_out_of_order,
                candidate=c,
                step=s,
                on=r.on,
                last=self.last_day,
            )
        return None

    def apply(self, r: StepResult) -> None:
        self.done[r.candidate] += 1
        if not r.passed:
            self.failed[r.candidate] = r.step
        if r.on is not None:
            self.last_day = r.on


def _replay(
    candidates: tuple[str, ...], steps: tuple[ProcedureStep, ...], results: tuple[StepResult, ...]
) -> tuple[_State, list[ProcedureProblem]]:
    state = _State(candidates, steps)
    problems: list[ProcedureProblem] = []
    if not candidates:
        problems.append(_problem(None, None, _ProblemTexts.no_candidates))
    missing, ordered = _seed_gaps(steps)
    if missing:
        problems.append(_problem(None, None, _ProblemTexts.missing_step, missing=missing))
    elif not ordered:
        seed = joined(SEED_STEPS, "、", ", ")
        problems.append(_problem(None, None, _ProblemTexts.seed_order, seed=seed))
    for i, r in enumerate(results):
        problem = state.check(i, r)
        if problem is None:
            state.apply(r)
        else:
            problems.append(problem)
    return state, problems


class SelectionProcedure(BaseModel):
    """公开选拔 — an open selection in progress: a frozen state machine.

    Only a correct record builds one (a wrong one is a ``ValidationError``
    listing every problem). Each [`record`][orgwork.selection.SelectionProcedure.record] returns a new procedure.

    >>> p = SelectionProcedure.start("2002-选调", ["甲", "乙"], on=dt.date(2002, 3, 1))
    >>> p.current_step.zh
    '民主推荐'
    >>> p = p.record("甲", ProcedureStep.DEMOCRATIC_RECOMMENDATION, passed=True)
    >>> p = p.record("乙", ProcedureStep.DEMOCRATIC_RECOMMENDATION, passed=False)
    >>> p.remaining, p.current_step.zh
    (('甲',), '笔试')
    >>> p.record("甲", ProcedureStep.INTERVIEW, passed=True)
    Traceback (most recent call last):
    ...
    orgwork.errors.RecordError: results[2]: 甲 reached the interview without the written examination: no step may be skipped (甲未经笔试即进行面试,程序不得跳过)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    procedure: Id = Field(min_length=1)
    candidates: tuple[Id, ...] = Field(min_length=1)
    steps: tuple[ProcedureStep, ...] = SEED_STEPS
    results: tuple[StepResult, ...] = ()

    _state: _State | None = PrivateAttr(default=None)

    @field_validator("candidates")
    @classmethod
    def _unique_candidates(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return _unique(v)

    @field_validator("steps")
    @classmethod
    def _valid_steps(cls, v: tuple[ProcedureStep, ...]) -> tuple[ProcedureStep, ...]:
        return _seed_kept(_steps(v))

    @model_validator(mode="after")
    def _record_is_correct(self) -> SelectionProcedure:
        state, problems = _replay(self.candidates, self.steps, self.results)
        if problems:
            raise ValueError(
                f"{len(problems)} problem(s) in the record: " + "; ".join(str(p) for p in problems)
            )
        self._state = state
        return self

    @classmethod
    def start(
        cls,
        procedure: str,
        candidates: Iterable[str],
        *,
        on: dt.date,
        policy: Policy | None = None,
    ) -> SelectionProcedure:
        """A new procedure over ``candidates``, with the policy's steps (in force ``on``).

        >>> SelectionProcedure.start("p", ["甲"], on=dt.date(2002, 3, 1)).steps[-1].zh
        '考察'
        """
        ctx = RuleContext(check_procedure, policy, on=as_date(on, "on"))  # reads, decides nothing
        steps = _steps(ctx.param("selection.procedure_steps"))
        return cls(procedure=procedure, candidates=tuple(candidates), steps=steps)

    @classmethod
    def from_record(
        cls,
        record: ProcedureRecord,
        *,
        on: dt.date,
        policy: Policy | None = None,
        publicity: Iterable[PublicityPeriod] = (),
    ) -> SelectionProcedure:
        """The procedure of a correct record; [`RecordError`][orgwork.errors.RecordError] listing every problem if not.

        ``on`` chooses the policy values in force (for a record with ``steps=None``).

        >>> rec = ProcedureRecord(procedure="p", candidates=("甲",))
        >>> SelectionProcedure.from_record(rec, on=dt.date(2002, 3, 1)).current_step.zh
        '民主推荐'
        """
        decision = check_procedure(record, on=on, policy=policy, publicity=publicity)
        if decision.value.problems:
            raise RecordError(
                f"{record.procedure}: {len(decision.value.problems)} problem(s): "
                + "; ".join(str(p) for p in decision.value.problems)
            )
        return cls(
            procedure=record.procedure,
            candidates=record.candidates,
            steps=decision.value.steps,
            results=record.results,
        )

    def _replayed(self) -> _State:
        if self._state is None:  # pragma: no cover - set by the validator
            self._state = _replay(self.candidates, self.steps, self.results)[0]
        return self._state

    def record(
        self, candidate: str, step: ProcedureStep, *, passed: bool, on: dt.date | None = None
    ) -> SelectionProcedure:
        """The procedure with one more result; [`RecordError`][orgwork.errors.RecordError] if the step is illegal."""
        result = StepResult(candidate=candidate, step=step, passed=passed, on=on)
        problem = self._replayed().check(len(self.results), result)
        if problem is not None:
            raise RecordError(str(problem))
        return SelectionProcedure(
            procedure=self.procedure,
            candidates=self.candidates,
            steps=self.steps,
            results=(*self.results, result),
        )

    def next_step(self, candidate: str) -> ProcedureStep | None:
        """The next step ``candidate`` takes; None once they left or finished.

        >>> SelectionProcedure.start("p", ["甲"], on=dt.date(2002, 3, 1)).next_step("甲").zh
        '民主推荐'
        """
        if candidate not in self.candidates:
            raise RecordError(f"{candidate} is not a candidate of {self.procedure}")
        i = self._replayed().next_index(candidate)
        return None if i is None else self.steps[i]

    @property
    def remaining(self) -> tuple[str, ...]:
        """Candidates still in the procedure, in their listed order."""
        failed = self._replayed().failed
        return tuple(c for c in self.candidates if c not in failed)

    @property
    def eliminated(self) -> tuple[tuple[str, ProcedureStep], ...]:
        """Candidates who left, with the step they failed, in their listed order."""
        failed = self._replayed().failed
        return tuple((c, failed[c]) for c in self.candidates if c in failed)

    @property
    def selected(self) -> tuple[str, ...]:
        """Candidates who passed every step."""
        st = self._replayed()
        return tuple(
            c for c in self.candidates if c not in st.failed and st.done[c] == len(self.steps)
        )

    @property
    def current_step(self) -> ProcedureStep | None:
        """The step the procedure is at (the earliest step a remaining candidate lacks)."""
        st = self._replayed()
        pending = [st.done[c] for c in self.remaining if st.done[c] < len(self.steps)]
        return self.steps[min(pending)] if pending else None

    @property
    def is_complete(self) -> bool:
        """Whether every remaining candidate has passed every step (or nobody remains)."""
        return self.current_step is None


class PublicityPeriod(BaseModel):
    """任职前公示 — one candidate's pre-appointment publicity, from its first to its last day.

    >>> PublicityPeriod(candidate="甲", start=dt.date(2024, 3, 4), end=dt.date(2024, 3, 8)).end
    datetime.date(2024, 3, 8)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: Id = Field(min_length=1)
    start: dt.date = Field(description="The first day of the publicity.")
    end: dt.date = Field(description="The last day of the publicity.")

    @model_validator(mode="after")
    def _ordered(self) -> PublicityPeriod:
        if self.end < self.start:
            raise ValueError("the publicity ends before it starts")
        return self


#: How the first day of a publicity is counted (selection.publicity_first_day_counts).
_FIRST_DAY = {
    True: Text(zh="起止日均计入", en="both the first and the last day count"),
    False: Text(zh="首日不计入", en="the first day is not counted"),
}


class _PublicityTexts:
    """Texts of selection.pre_appointment_publicity (公示期不少于五个工作日)."""

    counted = Say(
        "{candidate}的任前公示自{start}至{end}({how}),计{n}个工作日",
        "{candidate}'s pre-appointment publicity ran from {start} to {end} ({how}): "
        "{n} working day(s)",
    )
    sufficient = Say(
        "{candidate}的任前公示{n}个工作日,不少于{need}个工作日",
        "{candidate}'s publicity lasted {n} working day(s), at least {need}",
    )
    too_short = Say(
        "{candidate}的任前公示只有{n}个工作日,少于{need}个工作日",
        "{candidate}'s publicity lasted {n} working day(s), fewer than {need}",
    )
    before_rule = Say(
        "{candidate}的任前公示始于{start},早于“公示期不少于五个工作日”的适用起始日{since},"
        "未按此检查,由组织部门按当时规定认定",
        "{candidate}'s publicity began on {start}, before the five-working-day rule applies "
        "({since}): not checked against it; the department judges it by the rules then in force",
    )


@rule(
    "selection.pre_appointment_publicity",
    zh="任职前公示:公示期不少于五个工作日(按工作日历计)",
    en="Pre-appointment publicity lasts at least five working days (on the working-day calendar)",
    document="党政领导干部选拔任用工作条例",
    section="第四十一条(2014年修订)",
    quote="公示期不少于五个工作日",
    parameters=(
        "selection.publicity_working_days",
        "selection.publicity_rule_from",
        "selection.publicity_first_day_counts",
    ),
)
def publicity_check(
    period: PublicityPeriod, *, policy: Policy | None = None, calendar: Calendar | None = None
) -> Decision[bool | None]:
    """任前公示期检查 — whether a publicity lasted ``selection.publicity_working_days``.

    The working days from the first to the last day of the period are counted
    on the working-day calendar (the first day too, unless
    ``selection.publicity_first_day_counts`` is off), under the policy in force
    on the first day. Outcomes: ``"sufficient"``, ``"too_short"``, and
    ``"before_rule"`` (value None) for a publicity begun before
    ``selection.publicity_rule_from``: the earlier rule was not read, so it is
    left to the department, not checked.

    >>> p = PublicityPeriod(candidate="甲", start=dt.date(2024, 9, 27), end=dt.date(2024, 10, 8))
    >>> d = publicity_check(p)
    >>> d.outcome, d.headline.zh
    ('too_short', '甲的任前公示只有4个工作日,少于5个工作日')
    """
    pp = PublicityPeriod.model_validate(period)
    ctx = RuleContext(publicity_check, policy, on=pp.start)
    since: dt.date = ctx.param("selection.publicity_rule_from")
    if pp.start < since:
        return ctx.decide(
            "before_rule",
            None,
            _PublicityTexts.before_rule,
            subject=pp.candidate,
            candidate=pp.candidate,
            start=day(pp.start),
            since=day(since),
        )
    need = ctx.param("selection.publicity_working_days")
    first = ctx.param("selection.publicity_first_day_counts")
    cal = checked_calendar(calendar)
    counted_from = shift(pp.start, -1, "period.start") if first else pp.start
    n = cal.working_days_between(counted_from, pp.end)
    ctx.provisional = cal.is_provisional(counted_from, pp.end)
    ctx.say(
        _PublicityTexts.counted,
        candidate=pp.candidate,
        start=day(pp.start),
        end=day(pp.end),
        how=_FIRST_DAY[first],
        n=n,
    )
    ok = n >= need
    headline = _PublicityTexts.sufficient if ok else _PublicityTexts.too_short
    outcome = "sufficient" if ok else "too_short"
    return ctx.decide(
        outcome, ok, headline, subject=pp.candidate, candidate=pp.candidate, n=n, need=need
    )


class ProcedureCheck(BaseModel):
    """程序检查结果 — the result of checking a procedure record.

    >>> rec = ProcedureRecord(procedure="p", candidates=("甲",))
    >>> check_procedure(rec, on=dt.date(2002, 6, 1)).value.current_step.zh
    '民主推荐'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    procedure: str
    steps: tuple[ProcedureStep, ...]
    problems: tuple[ProcedureProblem, ...]
    remaining: tuple[str, ...]
    selected: tuple[str, ...]
    eliminated: tuple[tuple[str, ProcedureStep], ...]
    current_step: ProcedureStep | None


#: What a complete procedure shows when nobody passed every step.
_NOBODY = Text(zh="无", en="none")


class _ProcedureTexts:
    """Texts of selection.procedure_order (通过民主推荐、笔试、面试、体检、考察等程序)."""

    order = Say("程序依次为:{steps}", "The steps, in order: {steps}")
    problem = Say("{problem}", "{problem}")
    referred = Say("{note}", "{note}")
    eliminated = Say("{candidate}未通过{step},退出选拔", "{candidate} failed the {step} and left")
    invalid = Say(
        "{procedure}的程序记录有{n}处错误", "The record of {procedure} has {n} problem(s)"
    )
    complete = Say(
        "{procedure}程序完成,通过全部程序的人选:{selected}",
        "{procedure} is complete; passed every step: {selected}",
    )
    in_progress = Say(
        "{procedure}进行到{step},在选人选:{remaining}",
        "{procedure} is at the {step}; still in: {remaining}",
    )


@rule(
    "selection.procedure_order",
    zh="公开选拔依次经过民主推荐、笔试、面试、体检、考察等程序,不得跳过,未通过者退出",
    en="Open selection passes through democratic recommendation, written exam, interview, "
    "medical exam and inspection in order; no step skipped; who fails leaves",
    document=S002,
    section="4、深化改革 一是推行公开选拔",
    quote="通过民主推荐、笔试、面试、体检、考察等程序",
    parameters=("selection.procedure_steps",),
)
def check_procedure(
    record: ProcedureRecord,
    *,
    on: dt.date,
    policy: Policy | None = None,
    publicity: Iterable[PublicityPeriod] = (),
    calendar: Calendar | None = None,
) -> Decision[ProcedureCheck]:
    """公开选拔程序检查 — every problem of a procedure record, and where it stands.

    The record is replayed in order; each result that breaks the order is
    reported (and not applied), so the value lists every problem, not just
    the first. Outcomes: ``"invalid"``, ``"in_progress"``, ``"complete"``.
    ``on`` chooses the policy values in force (for ``steps=None``).

    002's list ends in 等: its five steps are a minimum, kept in its order; a
    procedure that leaves one out is reported (``missing_step``). Where a
    procedure includes 任前公示, each candidate's result of it is checked
    against their ``publicity`` period ([`publicity_check`][orgwork.selection.publicity_check], on the
    working-day ``calendar``): too short, or no period recorded, is a problem.

    >>> rec = ProcedureRecord(procedure="p", candidates=("甲", "乙"), results=(
    ...     StepResult(candidate="甲", step="written_exam", passed=True),
    ...     StepResult(candidate="丙", step="democratic_recommendation", passed=True)))
    >>> d = check_procedure(rec, on=dt.date(2002, 6, 1))
    >>> d.outcome, [p.code for p in d.value.problems]
    ('invalid', ['skipped_step', 'unknown_candidate'])
    """
    checked_calendar(calendar)  # a wrong object is refused even when nothing is decided
    rec = ProcedureRecord.model_validate(record)
    periods = as_models(PublicityPeriod, publicity, "publicity")
    check_unique((x.candidate for x in periods), "publicity period of candidate")
    ctx = RuleContext(check_procedure, policy, on=as_date(on, "on"))
    steps = _steps(ctx.param("selection.procedure_steps", rec.steps))
    state, problems = _replay(rec.candidates, steps, rec.results)
    problems += _publicity(ctx, rec, problems, periods, policy, calendar)
    value = _standing(rec, steps, state, problems)
    ctx.say(_ProcedureTexts.order, steps=joined(steps, "→", " → "))
    for p in problems:
        ctx.say(_ProcedureTexts.problem, problem=p.message)
    for candidate, step in value.eliminated:
        ctx.say(_ProcedureTexts.eliminated, candidate=candidate, step=step)
    name = rec.procedure
    if problems:
        return ctx.decide(
            "invalid", value, _ProcedureTexts.invalid, subject=name, procedure=name, n=len(problems)
        )
    if value.current_step is None:
        # 无 / none when no name is there to show
        selected = value.selected if any(value.selected) else _NOBODY
        return ctx.decide(
            "complete",
            value,
            _ProcedureTexts.complete,
            subject=name,
            procedure=name,
            selected=selected,
        )
    return ctx.decide(
        "in_progress",
        value,
        _ProcedureTexts.in_progress,
        subject=name,
        procedure=name,
        step=value.current_step,
        remaining=value.remaining,
    )


def _publicity(
    ctx: RuleContext,
    rec: ProcedureRecord,
    problems: list[ProcedureProblem],
    periods: tuple[PublicityPeriod, ...],
    policy: Policy | None,
    calendar: Calendar | None,
) -> list[ProcedureProblem]:
    """任职前公示……公示期不少于五个工作日: each 任前公示 result (one the order accepted) is
    checked against the candidate's recorded period; none recorded is a problem too."""
    refused = {p.index for p in problems}
    by_candidate = {x.candidate: x for x in periods}
    found: list[ProcedureProblem] = []
    for i, r in enumerate(rec.results):
        if r.step is not ProcedureStep.PRE_APPOINTMENT_PUBLICITY or i in refused:
            continue
        period = by_candidate.get(r.candidate)
        if period is None:
            found.append(_problem(i, r, _ProblemTexts.publicity_unrecorded, candidate=r.candidate))
            continue
        d = publicity_check(period, policy=policy, calendar=calendar)
        ctx.adopt(d)
        ctx.uses(publicity_check)
        if d.value is None:  # before the rule: left to the department, said
            ctx.say(_ProcedureTexts.referred, note=d.headline)
        elif not d.value:
            found.append(_problem(i, r, _ProblemTexts.publicity_too_short, headline=d.headline))
    return found


def _standing(
    rec: ProcedureRecord,
    steps: tuple[ProcedureStep, ...],
    state: _State,
    problems: list[ProcedureProblem],
) -> ProcedureCheck:
    """Where the replayed record stands: 未通过者退出 (who failed a step has left), who passed
    every step, and the step the procedure is at."""
    remaining = tuple(c for c in rec.candidates if c not in state.failed)
    pending = [state.done[c] for c in remaining if state.done[c] < len(steps)]
    return ProcedureCheck(
        procedure=rec.procedure,
        steps=steps,
        problems=tuple(problems),
        remaining=remaining,
        selected=tuple(c for c in remaining if state.done[c] == len(steps)),
        eliminated=tuple((c, state.failed[c]) for c in rec.candidates if c in state.failed),
        current_step=steps[min(pending)] if pending else None,
    )


class FillingMethod(enum.StrEnum):
    """岗位的产生方式 — how a post was filled.

    >>> FillingMethod.COMPETITION.zh
    '竞争上岗'
    """

    COMPETITION = "competition"
    APPOINTMENT = "appointment"
    OTHER = "other"

    @property
    def zh(self) -> str:
        """The method's Chinese name."""
        return {"competition": "竞争上岗", "appointment": "组织直接任命", "other": "其他方式"}[
            self.value
        ]

    @property
    def en(self) -> str:
        """The method as English explanations name it: its value (``appointment``)."""
        return self.value


class PostFilling(BaseModel):
    """一个缺岗职位的补缺 — how one vacant post was filled.

    >>> PostFilling(post="组织处处长", mid_level_leadership=True, filled_by="competition",
    ...             filled_on=dt.date(1999, 6, 1)).filled_by.zh
    '竞争上岗'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    post: Id = Field(min_length=1)
    mid_level_leadership: bool = Field(description="A 中层领导职位 (处室正副职).")
    filled_by: FillingMethod
    filled_on: dt.date


class _PostingTexts:
    """Texts of selection.competitive_posting (凡缺岗的中层领导职位全部实行了竞争上岗)."""

    since = Say(
        "自{start}起,凡缺岗的中层领导职位全部实行竞争上岗",
        "From {start} on, every vacant mid-level leadership post is filled by competition",
    )
    before = Say(
        "{post}于{filled}补缺,早于{start.year}年实行竞争上岗,不要求竞争上岗",
        "{post} was filled on {filled}, before competition was required (from {start}): "
        "not checked",
    )
    not_mid_level = Say(
        "{post}不是中层领导职位,不要求竞争上岗",
        "{post} is not a mid-level leadership post: competition not required",
    )
    competitive = Say("{post}经竞争上岗产生", "{post} was filled by competition")
    not_competitive = Say(
        "{post}为中层领导职位,以{method}产生,未实行竞争上岗",
        "{post} is a mid-level leadership post filled without competition ({method})",
    )


@rule(
    "selection.competitive_posting",
    zh="凡缺岗的中层领导职位全部实行竞争上岗",
    en="Every vacant mid-level leadership post is filled by competition (竞争上岗)",
    document=S002,
    section="4、深化改革 二是实行竞争上岗",
    quote="凡缺岗的中层领导职位全部实行了竞争上岗",
    parameters=("selection.competitive_posting_from",),
)
def competitive_posting_check(
    fillings: Iterable[PostFilling], *, policy: Policy | None = None
) -> tuple[Decision[bool], ...]:
    """竞争上岗检查 — one decision per filled post, in the order given.

    ``"competitive"`` or ``"not_competitive"`` for a mid-level leadership
    post filled on or after ``selection.competitive_posting_from`` (002: 从
    1999年开始, read as 1999-01-01; resolved on each post's ``filled_on``);
    ``"not_applicable"`` for any other post and for a post filled before that
    day. The value is whether the post complies. A post listed more than once
    is a [`RecordError`][orgwork.errors.RecordError] (one decision per post: check a
    post filled again later in its own call).

    >>> ds = competitive_posting_check([
    ...     PostFilling(post="干部一处副处长", mid_level_leadership=True,
    ...                 filled_by="appointment", filled_on=dt.date(2001, 3, 1))])
    >>> ds[0].outcome, ds[0].value
    ('not_competitive', False)
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    rows = as_models(PostFilling, fillings, "fillings")
    check_unique((f.post for f in rows), "post")
    return tuple(
        _posting(RuleContext(competitive_posting_check, policy, on=f.filled_on), f) for f in rows
    )


def _posting(ctx: RuleContext, f: PostFilling) -> Decision[bool]:
    """凡缺岗的中层领导职位全部实行了竞争上岗, from the day competition began."""
    post = f.post
    start: dt.date = ctx.param("selection.competitive_posting_from")
    ctx.say(_PostingTexts.since, start=day(start))
    if f.filled_on < start:
        return ctx.decide(
            "not_applicable",
            True,
            _PostingTexts.before,
            subject=post,
            post=post,
            filled=day(f.filled_on),
            start=start,
        )
    if not f.mid_level_leadership:
        return ctx.decide(
            "not_applicable", True, _PostingTexts.not_mid_level, subject=post, post=post
        )
    if f.filled_by is FillingMethod.COMPETITION:
        return ctx.decide("competitive", True, _PostingTexts.competitive, subject=post, post=post)
    return ctx.decide(
        "not_competitive",
        False,
        _PostingTexts.not_competitive,
        subject=post,
        post=post,
        method=f.filled_by,
    )
