"""开门评部: who takes part, briefing and questions, and one round every half year."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.strategies import evaluation_rounds
from orgwork.supervision import (
    EvaluationGroup,
    EvaluationRound,
    check_evaluation_round,
    evaluation_coverage,
)

AFTER = dt.date(2026, 1, 1)  # the day after 2025: every period of 2025 is over

ALL = ("supervisors", "peoples_congress", "cppcc", "discipline_inspection", "petition_office")


@pytest.mark.rule("supervision.evaluation_round")
def test_a_full_round_conforms() -> None:
    r = EvaluationRound(
        id="2025-H1",
        held_on=dt.date(2025, 6, 20),
        groups=(*ALL, "other"),
        briefing_given=True,
        questions_raised=6,
        questions_answered=6,
    )
    d = check_evaluation_round(r)
    assert d.outcome == "conforms"
    assert d.value.conforms
    assert d.parameters["supervision.evaluation_groups"] == ALL


@pytest.mark.rule("supervision.evaluation_round")
def test_every_shortcoming_is_listed() -> None:
    r = EvaluationRound(
        id="R",
        held_on=dt.date(2025, 6, 20),
        groups=("supervisors", "cppcc"),
        questions_raised=3,
        questions_answered=1,
    )
    d = check_evaluation_round(r)
    assert d.outcome == "deficient"
    assert d.value.missing_groups == (
        EvaluationGroup.PEOPLES_CONGRESS,
        EvaluationGroup.DISCIPLINE_INSPECTION,
        EvaluationGroup.PETITION_OFFICE,
    )
    assert d.value.unanswered_questions == 2
    assert not d.value.briefing_given
    text = " ".join(x.zh for x in d.reasons)
    assert "人大" in text
    assert "纪检" in text
    assert "信访" in text
    assert "未通报" in text


@pytest.mark.rule("supervision.evaluation_round")
def test_more_answers_than_questions_is_a_validation_error() -> None:
    bad = {"id": "R", "held_on": dt.date(2025, 1, 1), "questions_raised": 1}
    with pytest.raises(ValidationError, match="questions_answered exceeds"):
        EvaluationRound.model_validate({**bad, "questions_answered": 2})
    with pytest.raises(ValidationError, match="questions_answered exceeds"):
        check_evaluation_round({**bad, "questions_answered": 2})  # type: ignore[arg-type]
    assert check_evaluation_round({**bad, "questions_answered": 1}).value.unanswered_questions == 0  # type: ignore[arg-type]


@pytest.mark.rule("supervision.evaluation_round")
@given(evaluation_rounds(2025))
def test_missing_groups_are_exactly_the_required_ones_absent(r: EvaluationRound) -> None:
    d = check_evaluation_round(r)
    required = Policy.default().supervision.evaluation_groups
    assert set(d.value.missing_groups) == set(required) - set(r.groups)
    assert d.value.conforms == (d.outcome == "conforms")


@pytest.mark.rule("supervision.evaluation_coverage")
def test_one_round_each_half_year() -> None:
    rounds = [
        EvaluationRound(id="R1", held_on=dt.date(2025, 6, 20)),
        EvaluationRound(id="R2", held_on=dt.date(2025, 12, 18)),
    ]
    assert [d.outcome for d in evaluation_coverage(rounds, 2025, on=AFTER)] == ["held", "held"]
    assert [d.outcome for d in evaluation_coverage(rounds[:1], 2025, on=AFTER)] == [
        "held",
        "missed",
    ]
    h2 = evaluation_coverage(rounds, 2025, on=dt.date(2025, 10, 1))[1]
    assert h2.outcome == "in_progress"
    assert h2.value.rounds == ()
    with pytest.raises(RecordError):
        evaluation_coverage([rounds[0], rounds[0]], 2025, on=AFTER)


@pytest.mark.rule("supervision.evaluation_coverage")
@given(st.lists(evaluation_rounds(2025), max_size=5, unique_by=lambda r: r.id))
def test_each_round_is_counted_in_exactly_its_period(rounds: list[EvaluationRound]) -> None:
    out = evaluation_coverage(rounds, 2025, on=AFTER)
    assert sorted(i for d in out for i in d.value.rounds) == sorted(r.id for r in rounds)
    for d in out:
        assert (d.outcome == "held") == bool(d.value.rounds)


# -- issue 13 point 5: the 等 list is a minimum ----------------------------------------------


@pytest.mark.rule("supervision.evaluation_round")
def test_a_locality_may_add_its_own_groups_and_they_are_then_required() -> None:
    # 组织义务监督员和人大、政协、纪检、信访等部门人士: the 等 leaves room for more
    policy = Policy.default().override({"supervision.evaluation_local_groups": ["党代表"]})
    base = {"id": "R", "held_on": dt.date(2025, 6, 20), "groups": ALL, "briefing_given": True}
    d = check_evaluation_round(EvaluationRound.model_validate(base), policy=policy)
    assert d.outcome == "deficient"
    assert d.value.missing_local_groups == ("党代表",)
    assert "党代表" in " ".join(x.zh for x in d.reasons)
    assert d.parameters["supervision.evaluation_local_groups"] == ("党代表",)
    ok = EvaluationRound.model_validate({**base, "other_groups": ("党代表",)})
    assert check_evaluation_round(ok, policy=policy).outcome == "conforms"
    # without the local addition, the seed's five suffice
    assert check_evaluation_round(EvaluationRound.model_validate(base)).outcome == "conforms"


@pytest.mark.rule("supervision.evaluation_round")
def test_the_seeds_groups_cannot_be_left_out() -> None:
    from orgwork.errors import PolicyError

    with pytest.raises(PolicyError, match="petition_office"):
        Policy.default().override({"supervision.evaluation_groups": list(ALL[:4])})
    # their order may change, and 其他部门人士 may be added
    reordered = (*reversed(ALL), "other")
    p = Policy.default().override({"supervision.evaluation_groups": list(reordered)})
    assert tuple(g.value for g in p.supervision.evaluation_groups) == reordered
