"""双包三提 and the "135" mechanism (001)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.organizations import (
    Activity135,
    BranchGrade,
    ImprovementTrack,
    Task135,
    improvement_track,
    unmet_135_tasks,
)
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import activities_135

TRACK = "organizations.improvement_track"
TASKS = "organizations.tasks_135"
D = dt.date


#: The three tracks, one row per clause: the clause in the seed's words, the grade it
#: names, the track it sets.
TRACKS = [
    ("先进党组织示范提升", BranchGrade.ADVANCED, ImprovementTrack.EXEMPLIFY),
    ("一般党组织争先提升", BranchGrade.AVERAGE, ImprovementTrack.STRIVE),
    ("后进党组织整改提升", BranchGrade.LAGGING, ImprovementTrack.RECTIFY),
]


@pytest.mark.rule("organizations.improvement_track")
@pytest.mark.parametrize(("clause", "grade", "track"), TRACKS)
def test_three_tracks(clause: str, grade: BranchGrade, track: ImprovementTrack) -> None:
    assert clause in get("organizations.improvement_track").source.quote
    d = improvement_track(grade, subject="某社区党支部")
    assert d.value is track
    assert clause == f"{grade.zh}党组织{track.zh}"
    assert d.outcome == track.value
    assert d.headline("zh") == f"某社区党支部为{grade.zh}党组织,{track.zh}"


@pytest.mark.rule("organizations.improvement_track")
def test_track_accepts_the_grade_by_value_and_rejects_others() -> None:
    assert improvement_track("average").value is ImprovementTrack.STRIVE  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        improvement_track("excellent")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("grade",)


@pytest.mark.rule("organizations.improvement_track")
@given(st.sampled_from(BranchGrade), st.none() | st.text(min_size=1, max_size=12))
def test_a_decision_names_its_branch_grade_and_track(
    grade: BranchGrade, subject: str | None
) -> None:
    d = improvement_track(grade, subject=subject)
    track = {"advanced": "exemplify", "average": "strive", "lagging": "rectify"}[grade.value]
    assert (d.value.value, d.outcome, d.subject) == (track, track, subject)
    assert d.headline("zh").startswith(subject or "该党组织")
    assert f"{grade.zh}党组织" in d.headline("zh")
    assert d.value.zh in d.headline("zh")
    assert d.parameters == {}  # the seed's mapping has no parameter
    assert Decision[ImprovementTrack].model_validate_json(d.to_json()) == d


@pytest.mark.rule("organizations.tasks_135")
def test_135_worked_example() -> None:
    # 001: 在建设年中至少搞一次创新社会管理的工作调研、解一个社会协同的难题,
    # 建一个非公有制党组织,帮扶一个基础薄弱的社区党支部
    acts = [
        Activity135(branch="区财政局机关党支部", task="survey", on=D(2012, 3, 1)),
        Activity135(branch="区财政局机关党支部", task="problem_solved", on=D(2012, 5, 1)),
        Activity135(
            branch="区财政局机关党支部", task="non_public_org_built", on=D(2011, 12, 20)
        ),  # last year
        Activity135(
            branch="区教育局机关党支部", task="weak_branch_helped", on=D(2012, 6, 1)
        ),  # other branch
    ]
    d = unmet_135_tasks("区财政局机关党支部", 2012, acts)
    assert d.outcome == "unmet"
    assert d.value.unmet == (Task135.NON_PUBLIC_ORG_BUILT, Task135.WEAK_BRANCH_HELPED)
    assert dict(d.value.done)[Task135.SURVEY] == 1
    assert d.parameters["organizations.surveys_per_year"] == 1
    done = acts[:2] + [
        Activity135(branch="区财政局机关党支部", task=t, on=D(2012, 9, 9))
        for t in (Task135.NON_PUBLIC_ORG_BUILT, Task135.WEAK_BRANCH_HELPED)
    ]
    assert unmet_135_tasks("区财政局机关党支部", 2012, done).outcome == "met"
    assert unmet_135_tasks("区财政局机关党支部", 2012, []).value.unmet == tuple(Task135)


@pytest.mark.rule("organizations.tasks_135")
def test_135_counts_are_parameters_and_inputs_are_checked() -> None:
    p = Policy.default().override({"organizations.surveys_per_year": 2})
    acts = [Activity135(branch="B", task="survey", on=D(2012, 3, 1))]
    assert Task135.SURVEY in unmet_135_tasks("B", 2012, acts, policy=p).value.unmet
    with pytest.raises(ValidationError) as info:
        unmet_135_tasks("B", 0, acts)
    assert info.value.errors()[0]["loc"] == ("year",)
    with pytest.raises(ValidationError):
        unmet_135_tasks("", 2012, acts)


@pytest.mark.rule("organizations.tasks_135")
@given(
    st.lists(activities_135(), max_size=15),
    st.sampled_from(["一支部", "二支部"]),
    st.integers(2011, 2013),
)
def test_unmet_is_exactly_the_tasks_without_work(
    acts: list[Activity135], branch: str, year: int
) -> None:
    d = unmet_135_tasks(branch, year, acts)
    done = {a.task for a in acts if a.branch == branch and a.on.year == year}
    assert set(d.value.unmet) == set(Task135) - done
    assert (d.outcome == "met") is (not d.value.unmet)
    more = unmet_135_tasks(
        branch, year, [*acts, Activity135(branch=branch, task=Task135.SURVEY, on=D(year, 7, 1))]
    )
    assert set(more.value.unmet) <= set(d.value.unmet)
    assert Task135.SURVEY not in more.value.unmet


@pytest.mark.rule("organizations.tasks_135")
def test_yearly_135_counts_are_a_local_reading_of_one_campaign_year() -> None:
    # 001: 在建设年中至少搞一次…… — said of 2012, the 基层组织建设年, not as a quota for every year
    info = {i.path: i for i in Policy.default().parameters()}
    d = unmet_135_tasks("B", 2013, [])
    for path in d.parameters:
        assert info[path].kind == "local", path
        assert "建设年" in info[path].source, path
    assert any("建设年" in r.zh for r in d.reasons)


@pytest.mark.rule("organizations.tasks_135")
def test_a_bare_string_of_activities_is_a_record_error() -> None:
    from orgwork.errors import RecordError

    with pytest.raises(RecordError, match="single string"):
        unmet_135_tasks("B", 2012, "survey")  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        unmet_135_tasks("B", True, [])  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("year",)
    assert unmet_135_tasks("B", 2012, ()).outcome == "unmet"
