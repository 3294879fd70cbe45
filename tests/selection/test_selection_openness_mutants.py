"""三必请, judging panels, nomination scope, publication and the four openness, word for word.

Written against the survivors of mutation testing (``python tools/mutation.py
selection/_openness``, triage in ``docs/mutation.md``). 004: "即在区直、街镇班子集中调整前必请群众
当评委,在公选干部时必请群众当评委,在重大人事任免时必请群众当评委"; 001: "由专家评委和群众代表共同担任
评委", "区委将干部初始提名主体扩大到全区处级以上干部和“两代表一委员”、社区居民等多个层面", "一是名额
岗位公开 … 三是结果公开"; 000: "公开部内机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式".
Each decision is checked whole: outcome, subject, value, headline and every reason in both
languages, with the rule each reason belongs to.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.selection import (
    DepartmentInfo,
    Judge,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    Openness,
    OpennessCheck,
    PanelCheck,
    PublicationItem,
    four_openness_gaps,
    nomination_scope_gaps,
    panel_check,
    public_judges_required,
    publication_gaps,
)

JUDGES = "selection.public_judges"
PANEL = "selection.judging_panel"
NOMINATION = "selection.nomination_scope"
PUBLICATION = "selection.publication"
FOUR = "selection.four_openness"
DAY = dt.date(2012, 6, 1)
NOON = dt.datetime(2012, 6, 1, 12)
THREE = ("leadership_team_adjustment", "public_selection", "major_appointment")
OCCASIONS = (
    JUDGES,
    "必请群众当评委的场合:班子集中调整前、公选干部、重大人事任免",
    "Public judges are required on: before leadership teams are adjusted together; "
    "public selection of cadres; a major appointment or removal",
)


def said(decision: Decision[Any]) -> list[tuple[str, str, str]]:
    return [(r.rule, r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def panel(occasion: str, *kinds: str, held_on: dt.date = DAY) -> JudgingPanel:
    judges = tuple(Judge(name=f"评委{i}", kind=k) for i, k in enumerate(kinds))  # type: ignore[arg-type]
    return JudgingPanel(occasion=occasion, held_on=held_on, judges=judges)  # type: ignore[arg-type]


# -- 三必请 ---------------------------------------------------------------------------------


@pytest.mark.rule(JUDGES)
def test_a_three_bi_qing_occasion_word_for_word() -> None:
    d = public_judges_required(Occasion.PUBLIC_SELECTION, on=DAY)
    assert (d.outcome, d.value, d.subject, d.rules) == (
        "required",
        True,
        "public_selection",
        (JUDGES,),
    )
    assert headline(d) == (
        "公选干部:必须邀请群众当评委",
        "Public selection of cadres: public judges must be invited",
    )
    assert said(d) == [OCCASIONS]
    assert d.parameters == {"selection.public_judge_occasions": THREE}


@pytest.mark.rule(JUDGES)
def test_another_occasion_word_for_word() -> None:
    d = public_judges_required(Occasion.OTHER, on=DAY)
    assert (d.outcome, d.value, d.subject) == ("not_required", False, "other")
    assert headline(d) == (
        "其他场合:不属“三必请”场合",
        "Another occasion: not one of the 三必请 occasions",
    )
    assert said(d) == [OCCASIONS]


# -- 由专家评委和群众代表共同担任评委 ----------------------------------------------------------


@pytest.mark.rule(PANEL)
@pytest.mark.rule(JUDGES)
def test_a_three_bi_qing_panel_of_experts_only_word_for_word() -> None:
    d = panel_check(panel("major_appointment", "expert", "expert"))
    assert (d.outcome, d.subject, d.rules) == ("incomplete", "major_appointment", (PANEL, JUDGES))
    assert d.value == PanelCheck(
        occasion=Occasion.MAJOR_APPOINTMENT,
        experts=2,
        public=0,
        public_required=True,
        expert_required=False,
        problems=("no_public_judges",),
    )
    assert headline(d) == (
        "重大人事任免的评委团有1处不符合要求",
        "The panel for a major appointment or removal has 1 problem(s)",
    )
    assert said(d) == [
        (
            PANEL,
            "重大人事任免:专家评委2名,群众评委0名",
            "A major appointment or removal: 2 expert and 0 public judge(s)",
        ),
        (
            JUDGES,
            "重大人事任免属“三必请”场合,必须邀请群众当评委",
            "A major appointment or removal is a 三必请 occasion: public judges must be invited",
        ),
    ]
    assert d.parameters == {"selection.public_judge_occasions": THREE}


@pytest.mark.rule(PANEL)
def test_an_empty_interview_panel_word_for_word() -> None:
    d = panel_check(panel("competitive_interview"))
    assert (d.outcome, d.subject) == ("incomplete", "competitive_interview")
    assert d.value == PanelCheck(
        occasion=Occasion.COMPETITIVE_INTERVIEW,
        experts=0,
        public=0,
        public_required=True,
        expert_required=True,
        problems=("no_judges", "no_public_judges", "no_expert_judges"),
    )
    assert headline(d) == (
        "竞争性选拔面试的评委团有3处不符合要求",
        "The panel for the interview of a competitive selection has 3 problem(s)",
    )
    assert said(d) == [
        (
            PANEL,
            "竞争性选拔面试:专家评委0名,群众评委0名",
            "The interview of a competitive selection: 0 expert and 0 public judge(s)",
        ),
        (PANEL, "评委团没有评委", "The panel has no judges"),
        (
            PANEL,
            "竞争性选拔面试须由专家评委和群众代表共同担任评委,缺少群众评委",
            "A competitive-selection interview needs public judges beside the experts; "
            "there are none",
        ),
        (
            PANEL,
            "竞争性选拔面试须由专家评委和群众代表共同担任评委,缺少专家评委",
            "A competitive-selection interview needs expert judges beside the public; "
            "there are none",
        ),
    ]


@pytest.mark.rule(PANEL)
def test_an_interview_panel_of_both_kinds_word_for_word() -> None:
    d = panel_check(panel("competitive_interview", "expert", "public", "public"))
    assert (d.outcome, d.subject) == ("complete", "competitive_interview")
    assert d.value == PanelCheck(
        occasion=Occasion.COMPETITIVE_INTERVIEW,
        experts=1,
        public=2,
        public_required=True,
        expert_required=True,
        problems=(),
    )
    assert headline(d) == (
        "竞争性选拔面试的评委团组成符合要求",
        "The panel for the interview of a competitive selection is properly composed",
    )
    assert said(d) == [
        (
            PANEL,
            "竞争性选拔面试:专家评委1名,群众评委2名",
            "The interview of a competitive selection: 1 expert and 2 public judge(s)",
        )
    ]


@pytest.mark.rule(PANEL)
def test_a_panel_reads_the_policy_in_force_on_the_day_it_sits() -> None:
    p = Policy.default().with_change(
        dt.date(2012, 1, 1), {"selection.public_judge_occasions": ["other"]}
    )
    after = panel_check(panel("other", "expert"), policy=p)
    assert (after.outcome, after.value.problems, after.value.public_required) == (
        "incomplete",
        ("no_public_judges",),
        True,
    )
    assert after.parameters == {"selection.public_judge_occasions": ("other",)}
    assert said(after)[1] == (
        JUDGES,
        "其他场合属“三必请”场合,必须邀请群众当评委",
        "Another occasion is a 三必请 occasion: public judges must be invited",
    )
    before = panel_check(panel("other", "expert", held_on=dt.date(2011, 12, 31)), policy=p)
    assert (before.outcome, before.value.public_required) == ("complete", False)
    assert headline(before) == (
        "其他场合的评委团组成符合要求",
        "The panel for another occasion is properly composed",
    )
    dropped = panel_check(panel("public_selection", "expert"), policy=p)
    assert (dropped.outcome, dropped.value.public_required) == ("complete", False)


# -- 初始提名主体 ---------------------------------------------------------------------------


@pytest.mark.rule(NOMINATION)
def test_missing_groups_and_a_group_beyond_the_list_word_for_word() -> None:
    noms = [
        Nomination(group="other", nominee="甲"),  # type: ignore[arg-type]
        Nomination(group="deputies_and_members", nominee="乙"),  # type: ignore[arg-type]
    ] * 2
    d = nomination_scope_gaps(noms, on=DAY)
    assert (d.outcome, d.subject, d.rules) == ("gaps", None, (NOMINATION,))
    assert d.value == (NominatorGroup.DIVISION_LEVEL_CADRES, NominatorGroup.COMMUNITY_RESIDENTS)
    assert headline(d) == (
        "缺少提名主体:全区处级以上干部、社区居民",
        "No nominations from: division-level cadres and above; community residents",
    )
    reasons = said(d)
    # the acronym keeps its capitals (capitalized() once lowercased it to "cppcc")
    deputies = "Party-congress and people's-congress deputies and CPPCC members (两代表一委员)"
    assert reasons[1][2] == f"{deputies}: 2 nomination(s)"
    assert [r[:2] for r in reasons] == [
        (NOMINATION, "全区处级以上干部提名0人次"),
        (NOMINATION, "“两代表一委员”提名2人次"),
        (NOMINATION, "社区居民提名0人次"),
        (NOMINATION, "其他提名主体提名2人次(原文“等多个层面”,所列之外的提名主体计入,不作缺项)"),
    ]
    assert [r[2] for r in reasons[:1] + reasons[2:]] == [
        "Division-level cadres and above: 0 nomination(s)",
        "Community residents: 0 nomination(s)",
        "Other nominators (a group the locality adds): 2 nomination(s) (001's list ends in "
        "等: groups beyond it count, and are not required)",
    ]
    assert d.parameters == {
        "selection.nominator_groups": (
            "division_level_cadres",
            "deputies_and_members",
            "community_residents",
        )
    }


@pytest.mark.rule(NOMINATION)
def test_every_group_word_for_word() -> None:
    noms = [
        Nomination(group=g, nominee="甲")
        for g in (NominatorGroup.DIVISION_LEVEL_CADRES, NominatorGroup.COMMUNITY_RESIDENTS)
    ]
    noms += [Nomination(group=NominatorGroup.DEPUTIES_AND_MEMBERS, nominee="乙")] * 3
    d = nomination_scope_gaps(noms, on=DAY)
    assert (d.outcome, d.value, d.subject) == ("complete", (), None)
    assert headline(d) == ("提名主体齐全", "Every nominator group took part")
    assert [r[:2] for r in said(d)] == [
        (NOMINATION, "全区处级以上干部提名1人次"),
        (NOMINATION, "“两代表一委员”提名3人次"),
        (NOMINATION, "社区居民提名1人次"),
    ]
    assert said(d)[2][2] == "Community residents: 1 nomination(s)"


@pytest.mark.rule(NOMINATION)
def test_the_nominations_argument_is_named() -> None:
    with pytest.raises(
        RecordError,
        match=r"^nominations: expected a collection of Nomination, not a single string$",
    ):
        nomination_scope_gaps("community_residents", on=DAY)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^nominations must be a collection of Nomination, not int$"
    ):
        nomination_scope_gaps(5, on=DAY)  # type: ignore[arg-type]


# -- 健全公开举措 ---------------------------------------------------------------------------


@pytest.mark.rule(PUBLICATION)
def test_gaps_and_a_confidential_item_word_for_word() -> None:
    major = Policy.default().override({"selection.check_major_activity_openness": True})
    d = publication_gaps(
        [PublicationItem.POSTS_AND_NUMBERS],
        on=DAY,
        policy=major,
        confidential=[PublicationItem.STANDARDS, PublicationItem.POSTS_AND_NUMBERS],
    )
    assert (d.outcome, d.subject, d.rules) == ("gaps", None, (PUBLICATION,))
    assert d.value == (PublicationItem.RESULTS, PublicationItem.POLICY, PublicationItem.PROCESS)
    assert headline(d) == (
        "未公开:结果公开、政策公开、过程公开,群众知情权未能落实",
        "Not published: the results; the policy; the process (the right to know is not met)",
    )
    assert said(d) == [
        (PUBLICATION, "名额岗位公开:已公开(001)", "The posts and their numbers: published (001)"),
        (
            PUBLICATION,
            "结果公开:未公开(001、000第五篇 重大活动公开)",
            "The results: not published (001, 000, major-activity openness)",
        ),
        (
            PUBLICATION,
            "政策公开:未公开(000第五篇 重大活动公开)",
            "The policy: not published (000, major-activity openness)",
        ),
        (
            PUBLICATION,
            "标准公开:未公开(000第五篇 重大活动公开)",
            "The standards: not published (000, major-activity openness)",
        ),
        (
            PUBLICATION,
            "过程公开:未公开(000第五篇 重大活动公开)",
            "The process: not published (000, major-activity openness)",
        ),
        (
            PUBLICATION,
            "标准公开涉及保密事项,不予公开,不作缺项(000第五篇:除涉及保密事项外都面向社会……公开)",
            "The standards: matters kept secret, not published, and not a gap "
            "(000: matters involving state secrets are excepted)",
        ),
        (
            PUBLICATION,
            "公开是落实群众知情权的举措(001:切实把群众的知情权、参与权、选择权和监督权落到实处)",
            "Publication is how the right to know is met (001: the public's rights to know, "
            "take part, choose and supervise)",
        ),
        (
            PUBLICATION,
            "001“健全公开举措”原文残缺:只见“一是名额岗位公开”“三是结果公开”,“二是”及其后各项、"
            "公开的时间、方式和期限不详,未作检查",
            "001's list is truncated in the source: only its first (posts and numbers) and "
            "third (results) items survive; the second item, any later ones, and when, how and "
            "for how long items are published are unknown and not checked",
        ),
    ]
    assert d.parameters == {
        "selection.publication_items": ("posts_and_numbers", "results"),
        "selection.major_activity_items": ("policy", "standards", "process", "results"),
        "selection.check_major_activity_openness": True,
    }


@pytest.mark.rule(PUBLICATION)
def test_everything_published_word_for_word() -> None:
    d = publication_gaps([PublicationItem.RESULTS, PublicationItem.POSTS_AND_NUMBERS], on=DAY)
    assert (d.outcome, d.value, d.subject) == ("complete", (), None)
    assert headline(d) == ("公开事项齐全", "Everything required is published")
    assert said(d)[:2] == [
        (PUBLICATION, "名额岗位公开:已公开(001)", "The posts and their numbers: published (001)"),
        (
            PUBLICATION,
            "结果公开:已公开(001、000第五篇 重大活动公开)",
            "The results: published (001, 000, major-activity openness)",
        ),
    ]
    assert len(d.reasons) == 4  # and the right to know, and the truncation


@pytest.mark.rule(PUBLICATION)
def test_the_publication_arguments_are_named() -> None:
    with pytest.raises(TypeError, match=r"^published must be a collection of values, not int$"):
        publication_gaps(5, on=DAY)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^confidential must be a collection of values, not int$"):
        publication_gaps([], on=DAY, confidential=5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        publication_gaps(["everything"], on=DAY)  # type: ignore[list-item]
    assert info.value.errors()[0]["loc"] == ("published", 0)
    with pytest.raises(ValidationError) as info:
        publication_gaps([], on=DAY, confidential=["everything"])  # type: ignore[list-item]
    assert info.value.errors()[0]["loc"] == ("confidential", 0)


# -- 组织工作“四个公开” ----------------------------------------------------------------------

FOUR_PARTS = (
    FOUR,
    "组织工作“四个公开”:政策公开、部情公开、制度公开、重大活动公开",
    "The four openness of organization work: publishing the policy; publishing the "
    "department's own facts; publishing the rules; publishing major activities",
)
SOME_INFO = [
    DepartmentInfo.ORGANIZATION,
    DepartmentInfo.LEADERSHIP,
    DepartmentInfo.DUTIES,
    DepartmentInfo.CONTACTS,
]


@pytest.mark.rule(FOUR)
def test_openness_and_department_facts_missing_word_for_word() -> None:
    d = four_openness_gaps([Openness.POLICY], department_info=SOME_INFO, on=DAY)
    assert (d.outcome, d.subject, d.rules) == ("gaps", None, (FOUR,))
    assert d.value == OpennessCheck(
        missing=(Openness.DEPARTMENT, Openness.RULES, Openness.MAJOR_ACTIVITIES),
        missing_department_info=(DepartmentInfo.DIVISION_OF_WORK, DepartmentInfo.PROCEDURES),
    )
    assert headline(d) == (
        "“四个公开”缺项:部情公开、制度公开、重大活动公开(部情未公开:人员分工、办事流程)",
        "Openness missing: publishing the department's own facts; publishing the rules; "
        "publishing major activities (department facts not published: who does what, "
        "how business is done)",
    )
    assert said(d) == [
        FOUR_PARTS,
        (
            FOUR,
            "部情公开须公开部内机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式;"
            "未公开:人员分工、办事流程",
            "The department's facts to publish: its bodies, its leadership, who does what, "
            "the duties of each post, how business is done, how to reach it; not published: "
            "who does what, how business is done",
        ),
        (FOUR, "政策公开:已公开", "Publishing the policy: published"),
        (FOUR, "部情公开:未公开", "Publishing the department's own facts: not published"),
        (FOUR, "制度公开:未公开", "Publishing the rules: not published"),
        (FOUR, "重大活动公开:未公开", "Publishing major activities: not published"),
    ]
    assert d.parameters == {
        "selection.four_openness_parts": ("policy", "department", "rules", "major_activities"),
        "selection.department_info_items": (
            "organization",
            "leadership",
            "division_of_work",
            "duties",
            "procedures",
            "contacts",
        ),
    }


@pytest.mark.rule(FOUR)
def test_every_department_fact_meets_department_openness_word_for_word() -> None:
    """部情公开 is met by its items, though ``published`` does not name it."""
    d = four_openness_gaps([Openness.POLICY], department_info=list(DepartmentInfo), on=DAY)
    assert (d.outcome, d.subject) == ("gaps", None)
    assert d.value == OpennessCheck(
        missing=(Openness.RULES, Openness.MAJOR_ACTIVITIES), missing_department_info=()
    )
    assert headline(d) == (
        "“四个公开”缺项:制度公开、重大活动公开",
        "Openness missing: publishing the rules; publishing major activities",
    )
    assert said(d) == [
        FOUR_PARTS,
        (FOUR, "政策公开:已公开", "Publishing the policy: published"),
        (FOUR, "部情公开:已公开", "Publishing the department's own facts: published"),
        (FOUR, "制度公开:未公开", "Publishing the rules: not published"),
        (FOUR, "重大活动公开:未公开", "Publishing major activities: not published"),
    ]


@pytest.mark.rule(FOUR)
def test_all_four_openness_word_for_word() -> None:
    d = four_openness_gaps(list(Openness), department_info=list(DepartmentInfo), on=DAY)
    assert (d.outcome, d.subject) == ("complete", None)
    assert d.value == OpennessCheck(missing=(), missing_department_info=())
    assert headline(d) == ("“四个公开”齐全", "All four openness are met")
    assert said(d)[1:] == [
        (FOUR, "政策公开:已公开", "Publishing the policy: published"),
        (FOUR, "部情公开:已公开", "Publishing the department's own facts: published"),
        (FOUR, "制度公开:已公开", "Publishing the rules: published"),
        (FOUR, "重大活动公开:已公开", "Publishing major activities: published"),
    ]


@pytest.mark.rule(FOUR)
def test_the_four_openness_read_the_policy_in_force_on_the_day() -> None:
    p = Policy.default().with_change(
        dt.date(2012, 1, 1),
        {
            "selection.four_openness_parts": ["policy", "rules"],
            "selection.department_info_items": ["contacts"],
        },
    )
    info = [DepartmentInfo.CONTACTS]
    d = four_openness_gaps([Openness.POLICY], department_info=info, on=DAY, policy=p)
    assert d.value == OpennessCheck(missing=(Openness.RULES,), missing_department_info=())
    assert headline(d) == ("“四个公开”缺项:制度公开", "Openness missing: publishing the rules")
    assert d.parameters == {
        "selection.four_openness_parts": ("policy", "rules"),
        "selection.department_info_items": ("contacts",),
    }
    before = four_openness_gaps(
        [Openness.POLICY], department_info=info, on=dt.date(2011, 12, 31), policy=p
    )
    assert before.value.missing == (
        Openness.DEPARTMENT,
        Openness.RULES,
        Openness.MAJOR_ACTIVITIES,
    )


@pytest.mark.rule(FOUR)
def test_the_four_openness_arguments_are_named() -> None:
    with pytest.raises(TypeError, match=r"^published must be a collection of values, not int$"):
        four_openness_gaps(5, on=DAY)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^department_info must be a collection of values, not int$"
    ):
        four_openness_gaps([], department_info=5, on=DAY)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        four_openness_gaps(["everything"], on=DAY)  # type: ignore[list-item]
    assert info.value.errors()[0]["loc"] == ("published", 0)
    with pytest.raises(ValidationError) as info:
        four_openness_gaps([], department_info=["everything"], on=DAY)  # type: ignore[list-item]
    assert info.value.errors()[0]["loc"] == ("department_info", 0)
    with pytest.raises(ValidationError) as info:
        four_openness_gaps([], on=NOON)
    assert info.value.errors()[0]["loc"] == ("on",)
