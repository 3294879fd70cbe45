"""双包三提 and the "135" mechanism word for word: the policy checked, each task's count said.

Written against the survivors of mutation testing (``python tools/mutation.py
organizations/_branches``, triage in ``docs/mutation.md``). 001: "建一个非公有制党组织,
帮扶一个基础薄弱的社区党支部" — the decision says, per task, how many were done and how
many are required, and names the unmet tasks, so the branch knows what is left.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.organizations import (
    Activity135,
    BranchGrade,
    Task135,
    improvement_track,
    unmet_135_tasks,
)
from orgwork.policy import Policy

D = dt.date
BRANCH = "机关一支部"
APRIL_2012 = D(2012, 4, 1)


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _acts(*tasks: str, on: dt.date = APRIL_2012, branch: str = BRANCH) -> list[Activity135]:
    return [Activity135(branch=branch, task=Task135(t), on=on) for t in tasks]


CAMPAIGN = (
    "种子所定为2012年基层组织建设年“在建设年中”的任务,逐年适用是本地规定",
    "The seed sets these tasks for 2012, the 基层组织建设年 (campaign year); applying them "
    "every year is a local choice",
)


@pytest.mark.rule("organizations.improvement_track")
@pytest.mark.parametrize("bad", [{}, "default", 0])
def test_improvement_track_refuses_a_policy_that_is_no_policy(bad: object) -> None:
    """The mapping reads no parameter, but ``policy=`` is checked like every rule's."""
    with pytest.raises(TypeError, match=r"^policy must be .*Policy or None, not "):
        improvement_track(BranchGrade.ADVANCED, policy=bad)  # type: ignore[arg-type]
    assert improvement_track(BranchGrade.ADVANCED, policy=Policy.default()).value.zh == "示范提升"


@pytest.mark.rule("organizations.tasks_135")
def test_unmet_tasks_are_named_in_the_headline_and_each_count_is_said() -> None:
    # 001: 至少搞一次创新社会管理的工作调研、解一个社会协同的难题,建一个非公有制党组织,
    # 帮扶一个基础薄弱的社区党支部
    acts = _acts("survey", "weak_branch_helped", "survey")
    d = unmet_135_tasks(BRANCH, 2012, acts)
    assert (d.outcome, d.subject) == ("unmet", BRANCH)
    assert (d.value.branch, d.value.year) == (BRANCH, 2012)
    assert d.headline.zh == "机关一支部2012年“135”任务未完成:解决社会协同难题、建立非公有制党组织"
    assert d.headline.en == (
        "机关一支部's 135 tasks in 2012: unmet: social coordination problem solved; "
        "party organization built in the non-public sector"
    )
    assert _reasons(d) == [
        (
            "创新社会管理工作调研:完成2项,须至少1项",
            "Survey on innovating social management: 2 done, at least 1 required",
        ),
        (
            "解决社会协同难题:完成0项,须至少1项",
            "Social coordination problem solved: 0 done, at least 1 required",
        ),
        (
            "建立非公有制党组织:完成0项,须至少1项",
            "Party organization built in the non-public sector: 0 done, at least 1 required",
        ),
        (
            "帮扶基础薄弱社区党支部:完成1项,须至少1项",
            "Weak community branch helped: 1 done, at least 1 required",
        ),
        CAMPAIGN,
    ]


@pytest.mark.rule("organizations.tasks_135")
def test_a_single_unmet_task_and_a_count_set_by_policy_are_said() -> None:
    p = Policy.default().override({"organizations.surveys_per_year": 2})
    acts = _acts("survey", "problem_solved", "non_public_org_built", "weak_branch_helped")
    d = unmet_135_tasks(
        BRANCH, 2013, [a.model_copy(update={"on": D(2013, 5, 5)}) for a in acts], policy=p
    )
    assert d.headline.zh == "机关一支部2013年“135”任务未完成:创新社会管理工作调研"
    assert (
        d.headline.en
        == "机关一支部's 135 tasks in 2013: unmet: survey on innovating social management"
    )
    assert _reasons(d)[0] == (
        "创新社会管理工作调研:完成1项,须至少2项",
        "Survey on innovating social management: 1 done, at least 2 required",
    )


@pytest.mark.rule("organizations.tasks_135")
def test_all_tasks_met_names_the_branch_and_year() -> None:
    d = unmet_135_tasks(BRANCH, 2012, _acts(*Task135))
    assert (d.outcome, d.subject, d.value.unmet) == ("met", BRANCH, ())
    assert (d.headline.zh, d.headline.en) == (
        "机关一支部2012年“135”任务全部完成",
        "机关一支部's 135 tasks in 2012: all met",
    )
    assert _reasons(d)[1] == (
        "解决社会协同难题:完成1项,须至少1项",
        "Social coordination problem solved: 1 done, at least 1 required",
    )
    assert _reasons(d)[-1] == CAMPAIGN


@pytest.mark.rule("organizations.tasks_135")
def test_the_counts_are_those_in_force_in_the_year_asked() -> None:
    """A change that takes effect on 1 January 2013 does not reach back into 2012."""
    p = Policy.default().with_change(D(2013, 1, 1), {"organizations.surveys_per_year": 2})
    tasks = [t.value for t in Task135]
    d2012 = unmet_135_tasks(BRANCH, 2012, _acts(*tasks), policy=p)
    assert (d2012.outcome, d2012.parameters["organizations.surveys_per_year"]) == ("met", 1)
    d2013 = unmet_135_tasks(BRANCH, 2013, _acts(*tasks, on=D(2013, 3, 1)), policy=p)
    assert d2013.value.unmet == (Task135.SURVEY,)
    assert d2013.parameters["organizations.surveys_per_year"] == 2


@pytest.mark.rule("organizations.tasks_135")
def test_wrong_arguments_are_refused_naming_them() -> None:
    with pytest.raises(ValidationError) as empty:
        unmet_135_tasks("", 2012, [])
    assert empty.value.errors()[0]["loc"] == ("branch",)
    with pytest.raises(ValidationError) as number:
        unmet_135_tasks(7, 2012, [])  # type: ignore[arg-type]
    assert number.value.errors()[0]["loc"] == ("branch",)
    with pytest.raises(TypeError) as none:
        unmet_135_tasks(BRANCH, 2012, None)  # type: ignore[arg-type]
    assert str(none.value) == "activities must be a collection of Activity135, not NoneType"
    with pytest.raises(RecordError) as text:
        unmet_135_tasks(BRANCH, 2012, "survey")  # type: ignore[arg-type]
    assert (
        str(text.value) == "activities: expected a collection of Activity135, not a single string"
    )
    with pytest.raises(ValidationError) as year:
        unmet_135_tasks(BRANCH, "twenty", [])  # type: ignore[arg-type]
    assert year.value.errors()[0]["loc"] == ("year",)
