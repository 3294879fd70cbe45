"""民主测评 and 差额评议: worked examples from 001, the 80% boundary, and properties."""

from __future__ import annotations

import datetime as dt
import math
import typing
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.policy.selection import ApprovalDenominator, EvaluatorGroupName
from orgwork.selection import (
    ApprovalResult,
    Ballot,
    BallotChoice,
    Evaluation,
    EvaluatorGroup,
    Tally,
    approval_decision,
    competitive_slate,
    min_candidates,
)
from orgwork.strategies import evaluations, policies

DAY = dt.date(2012, 5, 10)
RULE = "selection.democratic_evaluation"


def evaluation(
    approve: int,
    total: int,
    *,
    endorsed: bool = True,
    invalid: int = 0,
    eligible: int | None = None,
) -> Evaluation:
    """``approve`` approving of ``total`` valid ballots: 1 from the street's leadership,
    1 from the community cadres, the rest from residents' representatives."""
    assert 0 <= approve <= total
    assert total >= 3
    sizes = (1, 1, total - 2)
    a2 = min(approve, sizes[2])
    a0 = min(approve - a2, 1)
    a1 = approve - a2 - a0
    approvals = (a0, a1, a2)
    tallies = tuple(
        Tally(
            group=g,
            approve=approvals[i],
            disapprove=sizes[i] - approvals[i],
            invalid=invalid if i == 2 else 0,
        )
        for i, g in enumerate(EvaluatorGroup)
    )
    return Evaluation(
        applicant="A01",
        held_on=DAY,
        unit_endorsed=endorsed,
        tallies=tallies,
        eligible_evaluators=eligible,
    )


@pytest.mark.rule("selection.democratic_evaluation")
def test_the_policy_vocabulary_drives_the_decision() -> None:
    assert {g.value for g in EvaluatorGroup} == set(typing.get_args(EvaluatorGroupName))
    e = evaluation(40, 50, invalid=2, eligible=60)
    denominators = {"valid_ballots": 50, "ballots_cast": 52, "eligible_evaluators": 60}
    assert set(typing.get_args(ApprovalDenominator)) == set(denominators)
    for basis, n in denominators.items():
        p = Policy.default().override({"selection.approval_denominator": basis})
        v = approval_decision(e, policy=p).value
        assert (v.basis, v.denominator, v.rate) == (basis, n, Fraction(40, n))
    for group in EvaluatorGroup:  # each group named in the policy is required to vote
        silent = e.model_copy(update={"tallies": tuple(t for t in e.tallies if t.group != group)})
        only = Policy.default().override({"selection.evaluator_groups": [group.value]})
        with pytest.raises(RecordError, match=group.zh):
            approval_decision(silent, policy=only)


@pytest.mark.rule("selection.democratic_evaluation")
def test_worked_example_exactly_80_percent_keeps_the_application() -> None:
    # 001: the evaluators are the street's leadership, community cadres and residents'
    # representatives; below 80% disqualifies, so exactly 80% passes.
    e = Evaluation(
        applicant="社区干部甲",
        held_on=DAY,
        unit_endorsed=True,
        tallies=(
            Tally(group="street_leadership", approve=6, disapprove=1),
            Tally(group="community_cadres", approve=14, disapprove=4),
            Tally(group="resident_representatives", approve=20, disapprove=4, abstain=1),
        ),
    )
    d = approval_decision(e)
    assert (e.approvals, e.valid) == (40, 50)
    assert d.outcome == "eligible"
    assert d.value.rate == Fraction(4, 5)
    assert d.value.eligible is True
    assert d.parameters["selection.approval_threshold"] == "0.80"
    assert "80%" in d.headline("zh")


@pytest.mark.rule("selection.democratic_evaluation")
def test_worked_example_below_80_percent_is_disqualified() -> None:
    d = approval_decision(evaluation(39, 50))
    assert d.outcome == "disqualified"
    assert d.value.rate == Fraction(39, 50)
    assert d.value.rate_passes is False
    assert "78%" in d.headline("zh")
    assert "取消报名资格" in d.headline("zh")


@pytest.mark.rule("selection.democratic_evaluation")
def test_no_endorsement_disqualifies_even_at_full_approval() -> None:
    d = approval_decision(evaluation(50, 50, endorsed=False))
    assert d.outcome == "disqualified"
    assert d.value.rate_passes is True
    assert d.value.eligible is False
    assert "党组织不认同" in d.headline("zh")


@pytest.mark.rule("selection.democratic_evaluation")
@pytest.mark.parametrize(
    ("approve", "total"),
    [(7999, 10000), (79999, 100000), (799_999_999, 1_000_000_000), (3, 4), (11, 14)],
)
def test_just_below_80_percent_fails_at_any_ballot_size(approve: int, total: int) -> None:
    assert Fraction(approve, total) < Fraction(4, 5)
    d = approval_decision(evaluation(approve, total))
    assert d.outcome == "disqualified"
    assert d.value.rate is not None
    assert d.value.rate < d.value.threshold
    assert "低于80%" in d.reasons[2].zh  # shown cut, never rounded up to 80%


@pytest.mark.rule("selection.democratic_evaluation")
@given(st.integers(1, 2_000_000))
def test_exactly_80_percent_passes_and_one_vote_less_fails(k: int) -> None:
    total = 5 * k  # the helper needs 3 ballots at least: 5k always has them
    assert approval_decision(evaluation(4 * k, total)).outcome == "eligible"
    assert approval_decision(evaluation(4 * k - 1, total)).outcome == "disqualified"


@pytest.mark.rule("selection.democratic_evaluation")
@given(st.integers(3, 10_000), st.data())
def test_pass_iff_approvals_are_at_least_four_fifths(total: int, data: st.DataObject) -> None:
    approve = data.draw(st.integers(0, total))
    d = approval_decision(evaluation(approve, total))
    assert d.value.eligible is (5 * approve >= 4 * total)


@pytest.mark.rule("selection.democratic_evaluation")
def test_exactly_80_percent_fails_when_the_locality_says_so() -> None:
    p = Policy.default().override({"selection.approval_at_threshold_passes": False})
    d = approval_decision(evaluation(40, 50), policy=p)
    assert d.outcome == "disqualified"
    assert d.parameters["selection.approval_at_threshold_passes"] is False
    assert approval_decision(evaluation(41, 50), policy=p).outcome == "eligible"


@pytest.mark.rule("selection.democratic_evaluation")
def test_the_denominators() -> None:
    e = evaluation(40, 50, invalid=2, eligible=60)
    valid = approval_decision(e)
    cast = approval_decision(
        e, policy=Policy.default().override({"selection.approval_denominator": "ballots_cast"})
    )
    eligible = approval_decision(
        e,
        policy=Policy.default().override({"selection.approval_denominator": "eligible_evaluators"}),
    )
    assert (valid.value.rate, valid.outcome) == (Fraction(40, 50), "eligible")
    assert (cast.value.rate, cast.outcome) == (Fraction(40, 52), "disqualified")
    assert (eligible.value.rate, eligible.outcome) == (Fraction(40, 60), "disqualified")
    assert eligible.value.basis == "eligible_evaluators"


@pytest.mark.rule("selection.democratic_evaluation")
def test_eligible_denominator_needs_the_number_of_evaluators() -> None:
    p = Policy.default().override({"selection.approval_denominator": "eligible_evaluators"})
    with pytest.raises(RecordError, match="eligible_evaluators"):
        approval_decision(evaluation(40, 50), policy=p)


@pytest.mark.rule("selection.democratic_evaluation")
def test_no_valid_ballots_is_undetermined_not_a_division_by_zero() -> None:
    spoiled = Evaluation(
        applicant="A02",
        held_on=DAY,
        unit_endorsed=True,
        tallies=tuple(Tally(group=g, invalid=2) for g in EvaluatorGroup),
    )
    d = approval_decision(spoiled)
    assert d.outcome == "undetermined"
    assert d.value.rate is None
    assert d.value.eligible is None
    assert d.value.denominator == 0
    not_endorsed = spoiled.model_copy(update={"unit_endorsed": False})
    assert approval_decision(not_endorsed).outcome == "disqualified"


@pytest.mark.rule("selection.democratic_evaluation")
def test_a_group_that_did_not_vote_is_a_record_error() -> None:
    e = Evaluation(
        applicant="A03",
        held_on=DAY,
        unit_endorsed=True,
        tallies=(Tally(group="street_leadership", approve=5),),
    )
    with pytest.raises(RecordError, match="居民代表"):
        approval_decision(e)
    only_leaders = Policy.default().override({"selection.evaluator_groups": ["street_leadership"]})
    assert approval_decision(e, policy=only_leaders).outcome == "eligible"


@pytest.mark.rule("selection.democratic_evaluation")
def test_bad_input_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        Tally(group="community_cadres", approve=-1)
    assert info.value.errors()[0]["loc"] == ("approve",)
    raw = evaluation(40, 50).model_dump()
    raw["tallies"][0]["approve"] = -1  # a record read from a file, passed straight to the rule
    with pytest.raises(ValidationError) as info:
        approval_decision(raw)  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("tallies", 0, "approve")
    with pytest.raises(ValidationError, match="eligible_evaluators"):
        evaluation(40, 50, eligible=49)
    with pytest.raises(ValidationError, match="listed more than once"):
        Evaluation(
            applicant="A",
            held_on=DAY,
            unit_endorsed=True,
            tallies=(Tally(group="community_cadres"), Tally(group="community_cadres")),
        )
    with pytest.raises(ValidationError):
        Tally(group="community_cadres", approve=1.0)  # type: ignore[arg-type]


@pytest.mark.rule("selection.democratic_evaluation")
@given(
    evaluations(),
    st.sampled_from(["valid_ballots", "ballots_cast", "eligible_evaluators"]),
    st.sampled_from(EvaluatorGroup),
    st.sampled_from(["new", "disapprove", "abstain", "invalid"]),
)
def test_one_more_approving_vote_never_turns_a_pass_into_a_fail(
    e: Evaluation, basis: str, group: EvaluatorGroup, how: str
) -> None:
    policy = Policy.default().override({"selection.approval_denominator": basis})
    if basis == "eligible_evaluators" and e.eligible_evaluators is None:
        e = e.model_copy(update={"eligible_evaluators": e.cast + 1})
    i = [t.group for t in e.tallies].index(group)
    t = e.tallies[i]
    eligible = e.eligible_evaluators
    if how == "new":  # one more evaluator votes yes
        if eligible is not None and eligible == e.cast:
            assume(basis != "eligible_evaluators")  # their number is fixed
            eligible += 1
        new_t = t.model_copy(update={"approve": t.approve + 1})
    else:  # one ballot turned into a yes
        assume(getattr(t, how) > 0)
        new_t = t.model_copy(update={"approve": t.approve + 1, how: getattr(t, how) - 1})
    tallies = list(e.tallies)
    tallies[i] = new_t
    after_e = Evaluation.model_validate(
        {**e.model_dump(), "tallies": tallies, "eligible_evaluators": eligible}
    )
    before = approval_decision(e, policy=policy)
    after = approval_decision(after_e, policy=policy)
    if before.value.eligible is True:
        assert after.value.eligible is True
    if before.value.rate is not None:
        assert after.value.rate is not None
        assert after.value.rate >= before.value.rate


@pytest.mark.rule("selection.democratic_evaluation")
@given(evaluations(), policies())
def test_decision_is_consistent_and_round_trips(e: Evaluation, policy: Policy) -> None:
    if (
        policy.selection.approval_denominator == "eligible_evaluators"
        and e.eligible_evaluators is None
    ):
        with pytest.raises(RecordError):
            approval_decision(e, policy=policy)
        return
    d = approval_decision(e, policy=policy)
    v = d.value
    threshold = Fraction(policy.selection.approval_threshold)
    assert v.threshold == threshold
    if v.denominator:
        assert v.rate == Fraction(e.approvals, v.denominator)
        assert v.rate_passes is (
            v.rate > threshold
            or (v.rate == threshold and policy.selection.approval_at_threshold_passes)
        )
    assert v.eligible is (False if not e.unit_endorsed else v.rate_passes)
    assert d.outcome == {True: "eligible", False: "disqualified", None: "undetermined"}[v.eligible]
    assert Decision[ApprovalResult].model_validate_json(d.to_json()) == d


@pytest.mark.rule("selection.democratic_evaluation")
@given(
    st.lists(
        st.builds(
            Ballot, group=st.sampled_from(EvaluatorGroup), choice=st.sampled_from(BallotChoice)
        ),
        max_size=40,
    )
)
def test_from_ballots_counts_every_ballot(ballots: list[Ballot]) -> None:
    e = Evaluation.from_ballots("A", DAY, unit_endorsed=True, ballots=ballots)
    assert e.cast == len(ballots)
    approving = sum(b.choice is BallotChoice.APPROVE for b in ballots)
    assert e.approvals == approving
    assert [t.group for t in e.tallies] == [
        g for g in EvaluatorGroup if any(b.group is g for b in ballots)
    ]
    voted = [g.value for g in EvaluatorGroup if any(b.group is g for b in ballots)]
    if voted:  # the rule reads the counted ballots: approving over valid (not spoiled) ones
        p = Policy.default().override({"selection.evaluator_groups": voted})
        valid = sum(b.choice is not BallotChoice.INVALID for b in ballots)
        v = approval_decision(e, policy=p).value
        assert v.rate == (Fraction(approving, valid) if valid else None)


@pytest.mark.rule("selection.democratic_evaluation")
def test_threshold_is_compared_exactly_from_the_decimal() -> None:
    p = Policy.default().override({"selection.approval_threshold": Decimal("0.8")})
    assert approval_decision(evaluation(40, 50), policy=p).outcome == "eligible"
    p2 = Policy.default().override({"selection.approval_threshold": "0.8000001"})
    assert approval_decision(evaluation(40, 50), policy=p2).outcome == "disqualified"


RATIO = "selection.competitive_ratio"
SLATE = "selection.competitive_slate"


@pytest.mark.rule("selection.competitive_ratio")
def test_fifty_percent_ratio_worked_examples() -> None:
    # 001: 差额比例达50% — at least half as many candidates again as posts.
    assert [min_candidates(k, on=DAY).value for k in range(1, 9)] == [2, 3, 5, 6, 8, 9, 11, 12]
    d = min_candidates(3, on=DAY)
    assert d.parameters == {
        "selection.competitive_ratio": "0.50",
        "selection.competitive_rounding": "ceil",
    }
    assert "4.5" in d.reasons[0].zh
    assert "向上取整" in d.reasons[0].zh


@pytest.mark.rule("selection.competitive_ratio")
@pytest.mark.parametrize(("how", "expected"), [("ceil", 5), ("floor", 4), ("half_up", 5)])
def test_rounding_is_a_parameter(how: str, expected: int) -> None:
    p = Policy.default().override({"selection.competitive_rounding": how})
    assert min_candidates(3, policy=p, on=DAY).value == expected
    assert min_candidates(2, policy=p, on=DAY).value == 3


@pytest.mark.rule("selection.competitive_ratio")
@pytest.mark.parametrize("bad", [0, -2, True, 1.5, "3"])
def test_posts_must_be_a_positive_whole_number(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        min_candidates(bad, on=DAY)  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("posts",)


@pytest.mark.rule("selection.competitive_ratio")
@given(st.integers(1, 10_000), st.decimals(0, 3, places=2))
def test_minimum_is_the_least_whole_number_reaching_the_ratio(k: int, ratio: Decimal) -> None:
    p = Policy.default()
    p = p.override({"selection.competitive_ratio": min(ratio, Decimal(1))})
    r = Fraction(p.selection.competitive_ratio)
    n = min_candidates(k, policy=p, on=DAY).value
    assert n >= k * (1 + r)
    assert n - 1 < k * (1 + r)
    assert n == math.ceil(k * (1 + r))


@pytest.mark.rule("selection.competitive_ratio")
def test_dated_change_of_the_ratio() -> None:
    p = Policy.default().with_change(dt.date(2013, 1, 1), {"selection.competitive_ratio": "1"})
    assert min_candidates(4, on=dt.date(2012, 12, 31), policy=p).value == 6
    assert min_candidates(4, on=dt.date(2013, 1, 1), policy=p).value == 8


@pytest.mark.rule("selection.competitive_slate")
def test_slate_worked_examples() -> None:
    short = competitive_slate(3, 4, on=DAY)
    assert (short.outcome, short.value.minimum, short.value.meets) == ("short", 5, False)
    ok = competitive_slate(3, 5, on=DAY)
    assert (ok.outcome, ok.value.surplus_ratio) == ("meets", Fraction(2, 3))
    assert competitive_slate(2, 1, on=DAY).value.surplus_ratio == Fraction(-1, 2)
    with pytest.raises(ValidationError):
        competitive_slate(2, -1, on=DAY)


@pytest.mark.rule("selection.competitive_slate")
@given(st.integers(1, 500), st.integers(0, 1000))
def test_slate_meets_iff_at_least_the_minimum(posts: int, candidates: int) -> None:
    d = competitive_slate(posts, candidates, on=DAY)
    assert d.value.meets is (candidates >= min_candidates(posts, on=DAY).value)
    assert d.value.meets is (Fraction(candidates - posts, posts) >= Fraction(1, 2))


@pytest.mark.rule("selection.competitive_ratio")
@pytest.mark.rule("selection.competitive_slate")
def test_the_day_is_required_so_dated_changes_are_never_ignored() -> None:
    # A change in force since 2000: without a day the base values would be read silently.
    p = Policy.default().with_change(dt.date(2000, 1, 1), {"selection.competitive_ratio": "1"})
    with pytest.raises(TypeError):
        min_candidates(4, policy=p)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        competitive_slate(4, 6, policy=p)  # type: ignore[call-arg]
    assert min_candidates(4, on=dt.date(2012, 1, 1), policy=p).value == 8
    assert competitive_slate(4, 6, on=dt.date(2012, 1, 1), policy=p).outcome == "short"


@pytest.mark.rule("selection.competitive_ratio")
@pytest.mark.rule("selection.competitive_slate")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    midnight, noon = dt.datetime(2012, 6, 1), dt.datetime(2012, 6, 1, 12)
    assert min_candidates(3, on=midnight) == min_candidates(3, on=dt.date(2012, 6, 1))
    assert competitive_slate(3, 5, on=midnight).outcome == "meets"
    for call in (lambda: min_candidates(3, on=noon), lambda: competitive_slate(3, 5, on=noon)):
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule("selection.democratic_evaluation")
def test_a_group_tallied_twice_is_named() -> None:
    with pytest.raises(ValidationError, match="tallies listed more than once: community_cadres"):
        Evaluation(
            applicant="A",
            held_on=DAY,
            unit_endorsed=True,
            tallies=(Tally(group="community_cadres"), Tally(group="community_cadres")),
        )
    assert approval_decision(evaluation(40, 50)).outcome == "eligible"
