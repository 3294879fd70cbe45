"""开门评部 word for word: what a round lacked, and each period's rounds.

Written against the survivors of mutation testing (``python tools/mutation.py
supervision/_evaluation``, triage in ``docs/mutation.md``). 000 第五篇 四:
"每半年,组织义务监督员和人大、政协、纪检、信访等部门人士,对组织部门干部及组织工作
进行评议"; "在评议前,组织部通报前段组工干部的有关情况 ...;评议中,组工干部负责回答
有关代表提出的质询".
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
from orgwork.supervision import EvaluationRound, check_evaluation_round, evaluation_coverage

D = dt.date
SEED_GROUPS = (
    "supervisors",
    "peoples_congress",
    "cppcc",
    "discipline_inspection",
    "petition_office",
)


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _round(rid: str, held: dt.date, **kw: Any) -> EvaluationRound:
    return EvaluationRound.model_validate({"id": rid, "held_on": held, **kw})


@pytest.mark.rule("supervision.evaluation_round")
def test_a_deficient_round_names_every_shortcoming() -> None:
    """评议前…通报; 评议中…回答…质询; 义务监督员和人大、政协、纪检、信访等部门人士."""
    assert (
        "评议中,组工干部负责回答有关代表提出的质询"
        in get("supervision.evaluation_round").source.quote
    )
    r = _round(
        "2025-H1",
        D(2025, 6, 20),
        groups=("supervisors", "peoples_congress", "cppcc"),
        questions_raised=5,
        questions_answered=3,
        other_groups=("党代表",),
    )
    local = Policy.default().override(
        {"supervision.evaluation_local_groups": ["党代表", "群众代表"]}
    )
    d = check_evaluation_round(r, policy=local)
    assert (d.outcome, d.subject) == ("deficient", "2025-H1")
    assert d.value.missing_groups == ("discipline_inspection", "petition_office")
    assert d.value.missing_local_groups == ("群众代表",)
    assert (d.value.briefing_given, d.value.unanswered_questions) == (False, 2)
    assert (d.headline("zh"), d.headline("en")) == ("2025-H1:有欠缺", "2025-H1: deficient")
    assert _reasons(d) == [
        ("缺少参评人员:纪检、信访", "Groups absent: discipline_inspection, petition_office"),
        (
            "缺少本地增加的参评人员:群众代表(supervision.evaluation_local_groups)",
            "Groups the locality added that were absent: 群众代表 "
            "(supervision.evaluation_local_groups)",
        ),
        ("评议前未通报情况", "No briefing was given before the evaluation"),
        ("代表质询5个,2个未回答", "2 of 5 questions were not answered"),
    ]


@pytest.mark.rule("supervision.evaluation_round")
def test_a_round_with_everyone_briefed_and_answered_conforms() -> None:
    r = _round(
        "2025-H2",
        D(2025, 12, 20),
        groups=SEED_GROUPS,
        briefing_given=True,
        questions_raised=2,
        questions_answered=2,
    )
    d = check_evaluation_round(r)
    assert (d.outcome, d.subject) == ("conforms", "2025-H2")
    assert (d.headline("zh"), d.headline("en")) == ("2025-H2:符合要求", "2025-H2: conforms")
    assert _reasons(d) == [
        ("规定的参评人员均已参加", "Every required group took part"),
        ("评议前已通报情况", "The department briefed the meeting beforehand"),
    ]


@pytest.mark.rule("supervision.evaluation_coverage")
def test_each_half_year_says_which_rounds_were_held() -> None:
    """每半年 … 进行评议: a period's rounds in date order; the last day of a period is in it."""
    rounds = [
        _round("2025-H1", D(2025, 6, 30)),
        _round("R0", D(2025, 1, 1)),
        _round("2025-H2", D(2025, 12, 20)),
        _round("later", D(2025, 12, 22)),  # after the day asked: ignored
    ]
    h1, h2 = evaluation_coverage(rounds, 2025, on=D(2025, 12, 20))
    assert (h1.outcome, h1.subject, h1.value.rounds, h1.value.ended) == (
        "held",
        "2025-H1",
        ("R0", "2025-H1"),
        True,
    )
    assert (h1.headline("zh"), h1.headline("en")) == (
        "2025-H1:已开展:R0、2025-H1",
        "2025-H1: held: R0, 2025-H1",
    )
    assert _reasons(h1) == [
        (
            "2025-H1为2025年1月1日至2025年6月30日,每6个月应开展一次开门评部;已开展:R0、2025-H1",
            "2025-H1 runs 2025-01-01 to 2025-06-30; one evaluation is due every 6 months; "
            "held: R0, 2025-H1",
        )
    ]
    assert (h2.outcome, h2.value.rounds, h2.value.ended) == ("held", ("2025-H2",), False)
    assert (h2.value.first, h2.value.last) == (D(2025, 7, 1), D(2025, 12, 31))


@pytest.mark.rule("supervision.evaluation_coverage")
def test_a_period_is_missed_only_once_it_is_over() -> None:
    h1, h2 = evaluation_coverage([], 2025, on=D(2025, 12, 31))
    assert (h1.outcome, h1.value.ended) == ("missed", True)
    assert (h1.headline("zh"), h1.headline("en")) == (
        "2025-H1:未开展开门评部",
        "2025-H1: no public evaluation held",
    )
    assert (h2.outcome, h2.value.ended) == ("in_progress", False)  # 31 December: still running
    assert (h2.headline("zh"), h2.headline("en")) == (
        "2025-H2:尚未开展(本期未结束)",
        "2025-H2: not yet held (the period is still running)",
    )
    assert _reasons(h2) == [
        (
            "2025-H2为2025年7月1日至2025年12月31日,每6个月应开展一次开门评部;尚未开展(本期未结束)",
            "2025-H2 runs 2025-07-01 to 2025-12-31; one evaluation is due every 6 months; "
            "not yet held (the period is still running)",
        )
    ]
    _, after = evaluation_coverage([], 2025, on=D(2026, 1, 1))
    assert after.outcome == "missed"


@pytest.mark.rule("supervision.evaluation_coverage")
def test_the_interval_is_the_one_in_force_on_1_january() -> None:
    quarterly = Policy.default().with_change(
        D(2025, 1, 1), {"supervision.evaluation_interval_months": 3}
    )
    assert len(evaluation_coverage([], 2025, on=D(2026, 1, 1), policy=quarterly)) == 4
    later = Policy.default().with_change(
        D(2025, 1, 2), {"supervision.evaluation_interval_months": 3}
    )
    assert len(evaluation_coverage([], 2025, on=D(2026, 1, 1), policy=later)) == 2


def test_coverage_errors_name_the_argument() -> None:
    with pytest.raises(
        TypeError, match=r"^rounds must be a collection of EvaluationRound, not int$"
    ):
        evaluation_coverage(5, 2025, on=D(2026, 1, 1))  # type: ignore[arg-type]
    twice = [_round("R1", D(2025, 3, 1)), _round("R1", D(2025, 9, 1))]
    with pytest.raises(RecordError, match=r"^evaluation round listed more than once: R1$"):
        evaluation_coverage(twice, 2025, on=D(2026, 1, 1))


@pytest.mark.rule("supervision.evaluation_round")
def test_only_the_missing_kind_of_group_is_named() -> None:
    """The seed's groups and the locality's added groups are named apart; neither: all present."""
    seed_short = _round("R1", D(2025, 6, 20), groups=SEED_GROUPS[:4], briefing_given=True)
    d = check_evaluation_round(seed_short)
    assert _reasons(d) == [
        ("缺少参评人员:信访", "Groups absent: petition_office"),
        ("评议前已通报情况", "The department briefed the meeting beforehand"),
    ]
    local = Policy.default().override({"supervision.evaluation_local_groups": ["党代表"]})
    local_short = _round("R2", D(2025, 6, 20), groups=SEED_GROUPS, briefing_given=True)
    d = check_evaluation_round(local_short, policy=local)
    assert d.outcome == "deficient"
    assert _reasons(d) == [
        (
            "缺少本地增加的参评人员:党代表(supervision.evaluation_local_groups)",
            "Groups the locality added that were absent: 党代表 "
            "(supervision.evaluation_local_groups)",
        ),
        ("评议前已通报情况", "The department briefed the meeting beforehand"),
    ]


@pytest.mark.rule("supervision.evaluation_round")
def test_the_groups_are_those_in_force_on_the_day_of_the_round() -> None:
    added = Policy.default().with_change(
        D(2025, 6, 1), {"supervision.evaluation_local_groups": ["党代表"]}
    )
    after = _round("R1", D(2025, 6, 20), groups=SEED_GROUPS, briefing_given=True)
    assert check_evaluation_round(after, policy=added).value.missing_local_groups == ("党代表",)
    before = _round("R0", D(2025, 5, 20), groups=SEED_GROUPS, briefing_given=True)
    assert check_evaluation_round(before, policy=added).outcome == "conforms"


def test_coverage_checks_its_policy_and_day_arguments() -> None:
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        evaluation_coverage([], 2025, on=D(2026, 1, 1), policy={})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        evaluation_coverage([], 2025, on="x")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("on",)
