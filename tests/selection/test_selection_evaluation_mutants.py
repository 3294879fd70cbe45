"""Democratic evaluation and the 差额 ratio, word for word.

Written against the survivors of mutation testing (``python tools/mutation.py
selection/_evaluation``, triage in ``docs/mutation.md``). 001: "凡是所在单位党组织不认同,
群众民主测评赞同率低于80%的,一律取消其报名资格"; "由该类别内单位的干部群众进行差额评议,
差额比例达50%".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.selection import (
    Ballot,
    BallotChoice,
    Evaluation,
    EvaluatorGroup,
    Tally,
    approval_decision,
    competitive_slate,
    min_candidates,
)

HELD = dt.date(2012, 5, 10)
TALLIES = (
    "测评对象:街道领导班子赞同7、不赞同0、弃权0、废票0;社区干部赞同15、不赞同3、弃权1、废票2;"
    "居民代表赞同18、不赞同6、弃权0、废票0",
    "Evaluators: the street's leadership team 7 approve, 0 disapprove, 0 abstain, 0 spoiled; "
    "community cadres 15 approve, 3 disapprove, 1 abstain, 2 spoiled; residents' "
    "representatives 18 approve, 6 disapprove, 0 abstain, 0 spoiled",
)
ENDORSED = ("所在单位党组织认同", "The unit's party organization endorses the applicant")
AT_80 = (
    "赞同率 = 赞同票40 / 有效票50 = 80%,等于80%",
    "Approval rate = 40 approving / 50 valid ballots = 80%, at 80%",
)


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _evaluation(endorsed: bool = True, **kw: Any) -> Evaluation:
    """40 approving of 50 valid ballots (52 cast): exactly 80%."""
    return Evaluation(
        applicant="张三",
        held_on=HELD,
        unit_endorsed=endorsed,
        tallies=(
            Tally(group="street_leadership", approve=7),  # type: ignore[arg-type]
            Tally(group="community_cadres", approve=15, disapprove=3, abstain=1, invalid=2),  # type: ignore[arg-type]
            Tally(group="resident_representatives", approve=18, disapprove=6),  # type: ignore[arg-type]
        ),
        **kw,
    )


@pytest.mark.rule("selection.democratic_evaluation")
def test_exactly_80_percent_keeps_the_application_word_for_word() -> None:
    """赞同率低于80%的 … 取消: 80% itself is not below 80%."""
    assert "群众民主测评赞同率低于80%的" in get("selection.democratic_evaluation").source.quote
    d = approval_decision(_evaluation())
    assert (d.outcome, d.subject, d.value.eligible) == ("eligible", "张三", True)
    assert d.headline("zh") == "张三保留报名资格:赞同率40/50 = 80%,不低于80%"
    assert d.headline("en") == "张三 keeps the application: approval 40/50 = 80% (not below 80%)"
    assert _reasons(d) == [
        TALLIES,
        ENDORSED,
        AT_80,
        ("恰为80%:不低于下限,通过", "Exactly 80%: not below the threshold, so it passes"),
    ]


@pytest.mark.rule("selection.democratic_evaluation")
def test_either_clause_disqualifies_and_says_which() -> None:
    """凡是所在单位党组织不认同,群众民主测评赞同率低于80%的,一律取消其报名资格."""
    d = approval_decision(_evaluation(endorsed=False))
    assert (d.outcome, d.subject, d.value.eligible) == ("disqualified", "张三", False)
    assert d.headline("zh") == "张三取消报名资格:所在单位党组织不认同"
    assert (
        d.headline("en") == "张三 is disqualified: the unit's party organization does not endorse"
    )
    assert d.reasons[1].zh == "所在单位党组织不认同,取消报名资格"
    assert d.reasons[1].en == (
        "The unit's party organization does not endorse the applicant: disqualified"
    )
    cast = Policy.default().override({"selection.approval_denominator": "ballots_cast"})
    short = approval_decision(_evaluation(), policy=cast)
    assert (short.outcome, short.value.denominator) == ("disqualified", 52)
    assert short.headline("zh") == "张三取消报名资格:赞同率40/52 = 76.92…%,未达80%"
    assert short.headline("en") == "张三 is disqualified: approval 40/52 = 76.92…%, short of 80%"
    assert _reasons(short) == [
        TALLIES,
        ENDORSED,
        (
            "赞同率 = 赞同票40 / 收回的全部票52 = 76.92…%,低于80%",
            "Approval rate = 40 approving / 52 ballots cast = 76.92…%, below 80%",
        ),
    ]
    both = approval_decision(_evaluation(endorsed=False), policy=cast)
    assert (
        both.headline("zh") == "张三取消报名资格:所在单位党组织不认同;赞同率40/52 = 76.92…%,未达80%"
    )
    assert both.headline("en") == (
        "张三 is disqualified: the unit's party organization does not endorse; "
        "approval 40/52 = 76.92…%, short of 80%"
    )


@pytest.mark.rule("selection.democratic_evaluation")
def test_exactly_at_the_threshold_fails_where_the_locality_says_so() -> None:
    strict = Policy.default().override({"selection.approval_at_threshold_passes": False})
    d = approval_decision(_evaluation(), policy=strict)
    assert d.outcome == "disqualified"
    assert d.headline("en") == "张三 is disqualified: approval 40/50 = 80%, short of 80%"
    assert _reasons(d)[2:] == [
        AT_80,
        (
            "恰为80%:本地规定恰为下限者不通过",
            "Exactly 80%: local policy: a rate exactly at the threshold fails",
        ),
    ]
    above = Policy.default().override({"selection.approval_threshold": "0.7"})
    d = approval_decision(_evaluation(), policy=above)
    assert d.reasons[2].en == "Approval rate = 40 approving / 50 valid ballots = 80%, above 70%"
    assert d.reasons[2].zh == "赞同率 = 赞同票40 / 有效票50 = 80%,高于70%"
    assert len(d.reasons) == 3  # not exactly at the threshold: no word on it


@pytest.mark.rule("selection.democratic_evaluation")
def test_over_the_eligible_evaluators() -> None:
    every = Policy.default().override({"selection.approval_denominator": "eligible_evaluators"})
    d = approval_decision(_evaluation(eligible_evaluators=60), policy=every)
    assert d.reasons[2].en == (
        "Approval rate = 40 approving / 60 eligible evaluators = 66.66…%, below 80%"
    )
    assert d.reasons[2].zh == "赞同率 = 赞同票40 / 应参评人数60 = 66.66…%,低于80%"
    with pytest.raises(RecordError) as e:
        approval_decision(_evaluation(), policy=every)
    assert str(e.value) == (
        "evaluation of 张三: the policy counts the approval rate over all eligible evaluators "
        "(selection.approval_denominator = eligible_evaluators), but eligible_evaluators is "
        "not recorded"
    )


@pytest.mark.rule("selection.democratic_evaluation")
def test_no_valid_ballots_is_undetermined_word_for_word() -> None:
    ev = Evaluation(
        applicant="李四",
        held_on=HELD,
        unit_endorsed=True,
        tallies=tuple(Tally(group=g, invalid=1) for g in EvaluatorGroup),
    )
    d = approval_decision(ev)
    assert (d.outcome, d.subject, d.value.rate, d.value.eligible) == (
        "undetermined",
        "李四",
        None,
        None,
    )
    assert d.headline("zh") == "李四的民主测评无有效票,无法判定,应重新测评"
    assert d.headline("en") == "李四's evaluation has no valid ballots: undetermined; hold it again"
    assert d.reasons[-1].zh == "有效票为零,赞同率无法计算"
    assert d.reasons[-1].en == "There are no valid ballots: the approval rate is undefined"


@pytest.mark.rule("selection.democratic_evaluation")
def test_a_group_without_ballots_is_named() -> None:
    ev = Evaluation(
        applicant="张三",
        held_on=HELD,
        unit_endorsed=True,
        tallies=(Tally(group="street_leadership", approve=7),),  # type: ignore[arg-type]
    )
    with pytest.raises(RecordError) as e:
        approval_decision(ev)
    assert str(e.value) == (
        "evaluation of 张三: no ballots from community_cadres (社区干部), "
        "resident_representatives (居民代表); the evaluators are 街道领导班子、社区干部、居民代表"
    )


@pytest.mark.rule("selection.competitive_ratio")
def test_the_minimum_is_explained_with_its_rounding() -> None:
    """差额比例达50%: 3 posts × 1.5 = 4.5, rounded up to 5."""
    d = min_candidates(3, on=HELD)
    assert (d.outcome, d.value) == ("minimum", 5)
    assert d.headline("zh") == "3个岗位差额评议至少需要5名人选"
    assert d.headline("en") == "3 post(s) need at least 5 candidates for competitive evaluation"
    assert _reasons(d) == [
        (
            "差额比例50%:3个岗位 × (1 + 0.50) = 4.5,向上取整为5人",
            "Ratio 50%: 3 posts × (1 + 0.50) = 4.5, rounded up to 5",
        )
    ]
    floor = Policy.default().override(
        {"selection.competitive_ratio": "0.4", "selection.competitive_rounding": "floor"}
    )
    d = min_candidates(1, on=HELD, policy=floor)
    assert d.value == 1
    assert _reasons(d) == [
        (
            "差额比例40%:1个岗位 × (1 + 0.4) = 1.4,向下取整为1人",
            "Ratio 40%: 1 posts × (1 + 0.4) = 1.4, rounded down to 1",
        ),
        (
            "取整后无差额;人选数不少于岗位数",
            "After rounding there is no surplus; candidates are never fewer than posts",
        ),
    ]
    half_up = Policy.default().override({"selection.competitive_rounding": "half_up"})
    assert min_candidates(3, on=HELD, policy=half_up).reasons[0].en.endswith("rounded half up to 5")
    assert min_candidates(1, on=HELD, policy=half_up).value == 2  # 1.5 rounds half up to 2


@pytest.mark.rule("selection.competitive_slate")
def test_a_slate_is_explained_with_its_surplus() -> None:
    short = competitive_slate(3, 4, on=HELD)
    assert (short.outcome, short.value.minimum, short.value.meets) == ("short", 5, False)
    assert short.headline("zh") == "3个岗位4名人选,未达到差额比例(至少需5名)"
    assert short.headline("en") == "4 candidates for 3 post(s): short of the ratio (at least 5)"
    assert _reasons(short)[1] == (
        "实际差额比例 (4 − 3) / 3 = 33.33…%",
        "Actual surplus (4 − 3) / 3 = 33.33…%",
    )
    assert _reasons(competitive_slate(2, 1, on=HELD))[1] == (
        "实际差额比例 (1 − 2) / 2 = 负",
        "Actual surplus (1 − 2) / 2 = negative",
    )
    meets = competitive_slate(2, 3, on=HELD)
    assert (meets.outcome, meets.value.meets) == ("meets", True)
    assert meets.headline("zh") == "2个岗位3名人选,达到差额比例"
    assert meets.headline("en") == "3 candidates for 2 post(s): the ratio is met"
    assert _reasons(meets)[1] == (
        "实际差额比例 (3 − 2) / 2 = 50%",
        "Actual surplus (3 − 2) / 2 = 50%",
    )


@pytest.mark.rule("selection.competitive_ratio")
def test_a_whole_product_is_written_in_full() -> None:
    d = min_candidates(20, on=HELD)
    assert d.reasons[0].en == "Ratio 50%: 20 posts × (1 + 0.50) = 30, rounded up to 30"


@pytest.mark.rule("selection.democratic_evaluation")
def test_the_policy_in_force_on_the_day_of_the_evaluation() -> None:
    raised = Policy.default().with_change(
        dt.date(2012, 5, 1), {"selection.approval_threshold": "0.9"}
    )
    assert approval_decision(_evaluation(), policy=raised).outcome == "disqualified"
    later = Policy.default().with_change(
        dt.date(2012, 5, 11), {"selection.approval_threshold": "0.9"}
    )
    assert approval_decision(_evaluation(), policy=later).outcome == "eligible"
    wider = Policy.default().with_change(dt.date(2012, 5, 1), {"selection.competitive_ratio": "1"})
    assert competitive_slate(2, 3, on=HELD, policy=wider).value.minimum == 4
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        competitive_slate(2, 3, on=HELD, policy={})  # type: ignore[arg-type]


def test_arguments_are_named() -> None:
    with pytest.raises(ValidationError) as info:
        competitive_slate(0, 3, on=HELD)
    assert info.value.errors()[0]["loc"] == ("posts",)
    with pytest.raises(ValidationError) as info:
        competitive_slate(2, -1, on=HELD)
    assert info.value.errors()[0]["loc"] == ("candidates",)
    with pytest.raises(TypeError, match=r"^ballots must be a collection of Ballot, not int$"):
        Evaluation.from_ballots("A", HELD, unit_endorsed=True, ballots=5)  # type: ignore[arg-type]
    ev = Evaluation.from_ballots(
        "A",
        HELD,
        unit_endorsed=True,
        ballots=[Ballot(group=EvaluatorGroup.COMMUNITY_CADRES, choice=BallotChoice.APPROVE)],
        eligible_evaluators=9,
    )
    assert ev.eligible_evaluators == 9


@pytest.mark.rule("selection.competitive_slate")
def test_no_surplus_is_zero_percent_and_a_zero_ratio_needs_no_remark() -> None:
    assert _reasons(competitive_slate(2, 2, on=HELD))[1] == (
        "实际差额比例 (2 − 2) / 2 = 0%",
        "Actual surplus (2 − 2) / 2 = 0%",
    )
    none = Policy.default().override({"selection.competitive_ratio": "0"})
    d = min_candidates(3, on=HELD, policy=none)
    assert d.value == 3
    assert [r.en for r in d.reasons] == ["Ratio 0%: 3 posts × (1 + 0) = 3, rounded up to 3"]


@pytest.mark.rule("selection.democratic_evaluation")
def test_a_group_whose_tally_is_all_zero_cast_no_ballot() -> None:
    ev = Evaluation(
        applicant="张三",
        held_on=HELD,
        unit_endorsed=True,
        tallies=(
            *_evaluation().tallies[:2],
            Tally(group=EvaluatorGroup.RESIDENT_REPRESENTATIVES),
        ),
    )
    with pytest.raises(RecordError, match=r"no ballots from resident_representatives \(居民代表\)"):
        approval_decision(ev)
