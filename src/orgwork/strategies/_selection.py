"""Strategies for the selection domain: ballots, evaluations, procedure records, notices and
probations."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from orgwork.selection import (
    SEED_STEPS,
    AppointmentNotice,
    Ballot,
    BallotChoice,
    Evaluation,
    EvaluatorGroup,
    ProcedureRecord,
    SelectionProcedure,
    StepResult,
    Tally,
    TrialAppointment,
)

__all__ = [
    "appointment_notices",
    "ballots",
    "evaluations",
    "procedure_records",
    "selection_procedures",
    "tallies",
    "trial_appointments",
    "valid_procedure_records",
]

_DAYS = st.dates(dt.date(2004, 1, 1), dt.date(2030, 12, 31))


def ballots() -> st.SearchStrategy[Ballot]:
    """测评票 — single ballots of any group and choice.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(ballots(), lambda b: b.choice is BallotChoice.INVALID, settings=quick).choice.zh
    '废票'
    """
    return st.builds(
        Ballot, group=st.sampled_from(EvaluatorGroup), choice=st.sampled_from(BallotChoice)
    )


def tallies(group: EvaluatorGroup, *, max_count: int = 60) -> st.SearchStrategy[Tally]:
    """计票 — counted ballots of ``group`` with at least one ballot cast.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(tallies(EvaluatorGroup.COMMUNITY_CADRES), lambda t: True, settings=quick).cast >= 1
    True
    """
    n = st.integers(0, max_count)
    return st.builds(
        Tally, group=st.just(group), approve=n, disapprove=n, abstain=n, invalid=n
    ).filter(lambda t: t.cast > 0)


@st.composite
def evaluations(
    draw: st.DrawFn, *, max_count: int = 60, endorsed: bool | None = None
) -> Evaluation:
    """民主测评 — evaluations in which every evaluator group cast at least one ballot.

    ``endorsed`` fixes the unit's endorsement (random when None);
    ``eligible_evaluators`` is random, never below the ballots cast.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> e = find(evaluations(endorsed=True), lambda e: True, settings=quick)
    >>> e.unit_endorsed, len(e.tallies), all(t.cast > 0 for t in e.tallies)
    (True, 3, True)
    """
    ts = tuple(draw(tallies(g, max_count=max_count)) for g in EvaluatorGroup)
    cast = sum(t.cast for t in ts)
    eligible = draw(st.none() | st.integers(cast, cast + 3 * max_count))
    return Evaluation(
        applicant=draw(st.from_regex(r"A[0-9]{2}", fullmatch=True)),
        held_on=draw(_DAYS),
        unit_endorsed=draw(st.booleans()) if endorsed is None else endorsed,
        tallies=ts,
        eligible_evaluators=eligible,
    )


_NAMES = ("甲", "乙", "丙", "丁", "戊", "己")


@st.composite
def valid_procedure_records(draw: st.DrawFn, *, max_candidates: int = 6) -> ProcedureRecord:
    """正确的选拔记录 — correct records of the seed's five steps, complete or stopped part-way.

    The procedure runs stage by stage: every remaining candidate takes a
    step (in a drawn order) before anyone takes the next; failures leave.
    Results are dated, never backwards.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> from orgwork.selection import check_procedure
    >>> rec = find(valid_procedure_records(), lambda r: len(r.results) >= 6, settings=quick)
    >>> check_procedure(rec, on=dt.date(2031, 1, 1)).value.problems
    ()
    """
    n = draw(st.integers(1, min(max_candidates, len(_NAMES))))
    candidates = _NAMES[:n]
    day = draw(_DAYS)
    results: list[StepResult] = []
    remaining = list(candidates)
    stop = draw(st.integers(0, len(SEED_STEPS) * n))
    for step in SEED_STEPS:
        order = draw(st.permutations(remaining))
        for c in order:
            if len(results) >= stop:
                break
            day += dt.timedelta(days=draw(st.integers(0, 10)))
            passed = draw(st.booleans() | st.just(True))
            results.append(StepResult(candidate=c, step=step, passed=passed, on=day))
            if not passed:
                remaining.remove(c)
        if len(results) >= stop:
            break
    return ProcedureRecord(
        procedure=draw(st.from_regex(r"P[0-9]{3}", fullmatch=True)),
        candidates=candidates,
        results=tuple(results),
        steps=SEED_STEPS,
    )


@st.composite
def procedure_records(draw: st.DrawFn) -> ProcedureRecord:
    """选拔记录(可能有误) — records that may be wrong: correct ones, and ones with a
    result dropped, swapped, repeated, shuffled or given to a stranger.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> from orgwork.selection import check_procedure
    >>> day = dt.date(2031, 1, 1)
    >>> rec = find(procedure_records(), lambda r: bool(check_procedure(r, on=day).value.problems),
    ...            settings=quick)
    >>> check_procedure(rec, on=day).outcome
    'invalid'
    """
    rec = draw(valid_procedure_records())
    results = list(rec.results)
    mutation = draw(st.sampled_from(["none", "drop", "swap", "repeat", "stranger", "shuffle"]))
    if results and mutation == "drop":
        del results[draw(st.integers(0, len(results) - 1))]
    elif len(results) > 1 and mutation == "swap":
        i = draw(st.integers(0, len(results) - 2))
        results[i], results[i + 1] = results[i + 1], results[i]
    elif results and mutation == "repeat":
        i = draw(st.integers(0, len(results) - 1))
        results.insert(i + 1, results[i])
    elif mutation == "stranger":
        results.append(StepResult(candidate="外来者", step=SEED_STEPS[0], passed=True))
    elif mutation == "shuffle":
        results = list(draw(st.permutations(results)))
    return rec.model_copy(update={"results": tuple(results)})


def selection_procedures() -> st.SearchStrategy[SelectionProcedure]:
    """公开选拔 — procedures in any reachable state.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(selection_procedures(), lambda p: p.is_complete and bool(p.selected), settings=quick).current_step is None
    True
    """
    return valid_procedure_records().map(
        lambda r: SelectionProcedure(
            procedure=r.procedure, candidates=r.candidates, steps=SEED_STEPS, results=r.results
        )
    )


@st.composite
def appointment_notices(
    draw: st.DrawFn,
    min_day: dt.date = dt.date(2012, 1, 1),
    max_day: dt.date = dt.date(2026, 11, 30),
) -> AppointmentNotice:
    """任前公示 — notices begun between the given days (within the official calendar), lasting
    0–20 days, or with no end day yet.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(appointment_notices(), lambda n: n.end is None, settings=quick).end is None
    True
    """
    start = draw(st.dates(min_day, max_day))
    length = draw(st.none() | st.integers(0, 20))
    end = None if length is None else start + dt.timedelta(days=length)
    return AppointmentNotice(
        candidate=draw(st.sampled_from(("甲", "乙", "丙"))), start=start, end=end
    )


def trial_appointments(
    min_day: dt.date = dt.date(2004, 1, 1), max_day: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[TrialAppointment]:
    """任职试用 — appointments on probation begun between the given days.

    >>> from hypothesis import Phase, find, settings
    >>> quick = settings(database=None, phases=[Phase.generate])
    >>> find(trial_appointments(), lambda a: a.start.month == 2, settings=quick).start.month
    2
    """
    return st.builds(
        TrialAppointment,
        cadre=st.sampled_from(("甲", "乙", "丙")),
        post=st.none() | st.just("县委组织部副部长"),
        start=st.dates(min_day, max_day),
    )
