"""Issue 13, points 5 and 6: lists that end in 等 are minimums; 任前公示; the 四个公开 of 000.

Each test fails on the code before the issue (the names it needs are looked up on the
package, so that a missing one fails the test, not the module).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import orgwork.selection as sel
from orgwork.calendar import add_working_days
from orgwork.errors import PolicyError
from orgwork.policy import Policy
from orgwork.rules import get

DAY = dt.date(2024, 6, 1)
SEED_FIVE = [
    "democratic_recommendation",
    "written_exam",
    "interview",
    "medical_exam",
    "inspection",
]
#: A locality's procedure: 002's five steps (in their order) and its own around them.
LOCAL = [
    "qualification_review",
    *SEED_FIVE,
    "discussion_decision",
    "pre_appointment_publicity",
]


def _local() -> Policy:
    return Policy.default().override({"selection.procedure_steps": LOCAL})


# -- point 5: the open-selection steps ---------------------------------------------------------


@pytest.mark.rule("selection.procedure_order")
def test_a_locality_adds_its_own_steps_to_the_seeds_five() -> None:
    # 002: 通过民主推荐、笔试、面试、体检、考察等程序 — 等: the five are a minimum
    assert "等程序" in get("selection.procedure_order").source.quote
    p = _local()
    proc = sel.SelectionProcedure.start("p", ["甲"], on=DAY, policy=p)
    assert [s.zh for s in proc.steps] == [
        "资格审查",
        "民主推荐",
        "笔试",
        "面试",
        "体检",
        "考察",
        "讨论决定",
        "任前公示",
    ]
    assert proc.current_step is sel.ProcedureStep.QUALIFICATION_REVIEW
    assert [s.value for s in sel.SEED_STEPS] == SEED_FIVE  # the seed's steps stay the default


@pytest.mark.rule("selection.procedure_order")
@pytest.mark.parametrize(
    "steps",
    [
        [s for s in SEED_FIVE if s != "medical_exam"],  # 体检 dropped
        ["written_exam", "interview"],
        ["written_exam", "democratic_recommendation", "interview", "medical_exam", "inspection"],
    ],
)
def test_a_locality_may_not_drop_or_reorder_the_seeds_steps(steps: list[str]) -> None:
    with pytest.raises(PolicyError, match=r"selection\.procedure_steps"):
        Policy.default().override({"selection.procedure_steps": steps})


@pytest.mark.rule("selection.procedure_order")
def test_a_record_that_leaves_out_a_seed_step_is_reported() -> None:
    rec = sel.ProcedureRecord(
        procedure="p",
        candidates=("甲",),
        steps=("democratic_recommendation", "written_exam", "interview", "inspection"),
    )
    d = sel.check_procedure(rec, on=DAY)
    assert d.outcome == "invalid"
    assert [(x.index, x.code) for x in d.value.problems] == [(None, "missing_step")]
    assert "体检" in d.value.problems[0].message.zh
    with pytest.raises(ValueError, match="required"):
        sel.SelectionProcedure(procedure="p", candidates=("甲",), steps=rec.steps)


# -- point 5: 任前公示 ---------------------------------------------------------------------------


@pytest.mark.rule("selection.pre_appointment_publicity")
def test_publicity_of_five_working_days() -> None:
    # 条例(2014)第四十一条: 公示期不少于五个工作日
    info = {i.path: i for i in Policy.default().parameters()}
    assert info["selection.publicity_working_days"].value == 5
    assert info["selection.publicity_working_days"].kind == "national"
    assert "第四十一条" in info["selection.publicity_working_days"].source
    week = sel.PublicityPeriod(candidate="甲", start=dt.date(2024, 3, 4), end=dt.date(2024, 3, 8))
    d = sel.publicity_check(week)
    assert (d.outcome, d.value) == ("sufficient", True)
    assert d.parameters["selection.publicity_working_days"] == 5
    # twelve calendar days over the National Day holiday: only four working days
    # (9-27 Fri, 9-29 Sun worked, 9-30 Mon, 10-8 Tue)
    holiday = week.model_copy(update={"start": dt.date(2024, 9, 27), "end": dt.date(2024, 10, 8)})
    d = sel.publicity_check(holiday)
    assert (d.outcome, d.value) == ("too_short", False)
    assert "4个工作日" in d.headline("zh")
    assert "5个工作日" in d.headline("zh")


@pytest.mark.rule("selection.pre_appointment_publicity")
def test_the_first_day_counts_is_a_local_reading() -> None:
    week = sel.PublicityPeriod(candidate="甲", start=dt.date(2024, 3, 4), end=dt.date(2024, 3, 8))
    strict = Policy.default().override({"selection.publicity_first_day_counts": False})
    assert sel.publicity_check(week, policy=strict).outcome == "too_short"  # 4 days
    info = {i.path: i for i in Policy.default().parameters()}
    assert info["selection.publicity_first_day_counts"].kind == "local"


def _publicity_record() -> sel.ProcedureRecord:
    S = sel.ProcedureStep
    day = dt.date(2024, 3, 1)
    results = tuple(
        sel.StepResult(candidate="甲", step=s, passed=True, on=day + dt.timedelta(days=i))
        for i, s in enumerate(S(x) for x in LOCAL)
    )
    return sel.ProcedureRecord(procedure="选调", candidates=("甲",), results=results)


@pytest.mark.rule("selection.procedure_order")
@pytest.mark.rule("selection.pre_appointment_publicity")
def test_a_procedure_with_publicity_checks_its_length() -> None:
    rec, p = _publicity_record(), _local()
    short = sel.PublicityPeriod(
        candidate="甲", start=dt.date(2024, 9, 27), end=dt.date(2024, 10, 8)
    )
    d = sel.check_procedure(rec, on=DAY, policy=p, publicity=[short])
    assert d.outcome == "invalid"
    assert [x.code for x in d.value.problems] == ["publicity_too_short"]
    assert "selection.pre_appointment_publicity" in d.rules
    unknown = sel.check_procedure(rec, on=DAY, policy=p)
    assert [x.code for x in unknown.value.problems] == ["publicity_unrecorded"]
    week = short.model_copy(update={"start": dt.date(2024, 3, 4), "end": dt.date(2024, 3, 8)})
    ok = sel.check_procedure(rec, on=DAY, policy=p, publicity=[week])
    assert (ok.outcome, ok.value.selected) == ("complete", ("甲",))
    # a publicity begun before the 2014 rule is referred, not a problem
    old = week.model_copy(update={"start": dt.date(2005, 3, 1), "end": dt.date(2005, 3, 2)})
    referred = sel.check_procedure(rec, on=DAY, policy=p, publicity=[old])
    assert (referred.outcome, referred.value.problems) == ("complete", ())
    assert any("未按此检查" in r.zh for r in referred.reasons)
    # without 任前公示 in the procedure, no period is asked for
    plain = sel.check_procedure(sel.ProcedureRecord(procedure="p", candidates=("甲",)), on=DAY)
    assert plain.value.problems == ()


# -- point 5: the nominator groups ----------------------------------------------------------------


@pytest.mark.rule("selection.nomination_scope")
def test_nominator_groups_are_a_minimum() -> None:
    # 001: 扩大到全区处级以上干部和“两代表一委员”、社区居民等多个层面
    assert "等多个层面" in get("selection.nomination_scope").source.quote
    with pytest.raises(PolicyError, match=r"selection\.nominator_groups"):
        Policy.default().override({"selection.nominator_groups": ["community_residents"]})
    every = list(sel.NominatorGroup)
    p = Policy.default().override({"selection.nominator_groups": [g.value for g in every]})
    seed = [g for g in every if g is not sel.NominatorGroup.OTHER]
    noms = [sel.Nomination(group=g, nominee="甲") for g in seed]
    assert sel.nomination_scope_gaps(noms, on=DAY, policy=p).value == (sel.NominatorGroup.OTHER,)


@pytest.mark.rule("selection.nomination_scope")
def test_nominations_from_a_group_beyond_the_list_are_counted_not_ignored() -> None:
    noms = [sel.Nomination(group=g, nominee="甲") for g in sel.NominatorGroup]
    d = sel.nomination_scope_gaps(noms, on=DAY)
    assert d.outcome == "complete"
    said = " ".join(r.zh for r in d.reasons)
    assert "其他提名主体提名1人次" in said


# -- point 6: 000's 四个公开 ----------------------------------------------------------------------


@pytest.mark.rule("selection.publication")
def test_policy_standards_process_results_is_the_sub_list_of_major_activities() -> None:
    info = {i.path: i for i in Policy.default().parameters()}
    assert "selection.four_openness_items" not in info  # the old label is gone
    major = info["selection.major_activity_items"]
    assert major.value == ("policy", "standards", "process", "results")
    assert "重大活动公开" in major.zh
    four = info["selection.four_openness_parts"]
    assert four.value == ("policy", "department", "rules", "major_activities")
    assert "“四个公开”" in four.zh
    p = Policy.default().override({"selection.check_major_activity_openness": True})
    done = [sel.PublicationItem.POSTS_AND_NUMBERS, sel.PublicationItem.RESULTS]
    d = sel.publication_gaps(done, on=DAY, policy=p)
    assert d.value == (
        sel.PublicationItem.POLICY,
        sel.PublicationItem.STANDARDS,
        sel.PublicationItem.PROCESS,
    )
    assert "重大活动公开" in " ".join(r.zh for r in d.reasons)


@pytest.mark.rule("selection.publication")
def test_matters_involving_secrets_are_excepted() -> None:
    # 000: 除涉及保密事项外都面向社会……做到政策公开、标准公开、过程公开、结果公开
    p = Policy.default().override({"selection.check_major_activity_openness": True})
    items = [i for i in sel.PublicationItem if i is not sel.PublicationItem.PROCESS]
    d = sel.publication_gaps(items, on=DAY, policy=p, confidential=[sel.PublicationItem.PROCESS])
    assert (d.outcome, d.value) == ("complete", ())
    assert any("涉及保密事项" in r.zh for r in d.reasons)


@pytest.mark.rule("selection.four_openness")
def test_the_four_openness_and_the_departments_own_items() -> None:
    # 000: 一是政策公开 … 二是部情公开。公开部内机构设置、领导组成、人员分工、岗位职责、
    # 办事流程、联系方式 … 三是制度公开 … 四是重大活动公开
    O, I = sel.Openness, sel.DepartmentInfo  # noqa: E741
    assert [o.zh for o in O] == ["政策公开", "部情公开", "制度公开", "重大活动公开"]
    assert [i.zh for i in I] == [
        "机构设置",
        "领导组成",
        "人员分工",
        "岗位职责",
        "办事流程",
        "联系方式",
    ]
    all_info = list(I)
    d = sel.four_openness_gaps(list(O), department_info=all_info, on=DAY)
    assert (d.outcome, d.value.missing, d.value.missing_department_info) == ("complete", (), ())
    d = sel.four_openness_gaps(
        [O.POLICY, O.DEPARTMENT, O.MAJOR_ACTIVITIES], department_info=all_info[:-1], on=DAY
    )
    assert d.outcome == "gaps"
    assert d.value.missing == (O.DEPARTMENT, O.RULES)
    assert d.value.missing_department_info == (I.CONTACTS,)
    assert "联系方式" in d.headline("zh")


@pytest.mark.rule("selection.pre_appointment_publicity")
def test_a_publicity_before_the_2014_rule_is_not_checked_against_it() -> None:
    old = sel.PublicityPeriod(candidate="甲", start=dt.date(2005, 3, 1), end=dt.date(2005, 3, 2))
    d = sel.publicity_check(old)
    assert (d.outcome, d.value) == ("before_rule", None)
    assert "未按此检查" in d.headline("zh")
    assert d.parameters["selection.publicity_rule_from"] == "2014-01-16"


@pytest.mark.rule("selection.procedure_order")
@pytest.mark.rule("selection.nomination_scope")
def test_the_readings_page_shows_the_lists_that_end_in_deng() -> None:
    from orgwork.policy import readings_markdown

    page = readings_markdown()
    for path, words in (
        ("selection.procedure_steps", "通过民主推荐、笔试、面试、体检、考察等程序"),
        ("selection.nominator_groups", "社区居民等多个层面"),
        ("selection.publicity_first_day_counts", "公示期不少于五个工作日"),
    ):
        row = next(line for line in page.splitlines() if f"`{path}`" in line)
        assert words in row


#: 000's 部情公开, a row an item: the words of the quote, and the item.
DEPARTMENT_ITEMS = [
    ("机构设置", "organization"),
    ("领导组成", "leadership"),
    ("人员分工", "division_of_work"),
    ("岗位职责", "duties"),
    ("办事流程", "procedures"),
    ("联系方式", "contacts"),
]


@pytest.mark.rule("selection.four_openness")
@pytest.mark.parametrize(("clause", "value"), DEPARTMENT_ITEMS)
def test_each_item_of_the_departments_openness_is_required(clause: str, value: str) -> None:
    assert clause in get("selection.four_openness").source.quote
    item = sel.DepartmentInfo(value)
    assert item.zh == clause
    others = [i for i in sel.DepartmentInfo if i is not item]
    d = sel.four_openness_gaps(list(sel.Openness), department_info=others, on=DAY)
    assert (d.outcome, d.value.missing) == ("gaps", (sel.Openness.DEPARTMENT,))
    assert d.value.missing_department_info == (item,)
    assert clause in d.headline("zh")


@pytest.mark.rule("selection.pre_appointment_publicity")
@given(
    st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 20)),
    st.integers(0, 20),
)
def test_publicity_is_sufficient_exactly_from_the_fifth_working_day(
    start: dt.date, length: int
) -> None:
    end = start + dt.timedelta(days=length)
    d = sel.publicity_check(sel.PublicityPeriod(candidate="甲", start=start, end=end))
    fifth = add_working_days(start - dt.timedelta(days=1), 5)
    assert d.value is (end >= fifth)
    assert d.outcome == ("sufficient" if d.value else "too_short")
