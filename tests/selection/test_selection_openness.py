"""三必请, judging panels, nomination scope and publication (001, 004)."""

from __future__ import annotations

import datetime as dt
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.policy import Policy
from orgwork.policy.selection import (
    SEED_NOMINATOR_GROUPS,
    NominatorGroupName,
    OccasionName,
    PublicationItemName,
)
from orgwork.selection import (
    Judge,
    JudgeKind,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    PublicationItem,
    PublicRight,
    nomination_scope_gaps,
    panel_check,
    public_judges_required,
    publication_gaps,
)

JUDGES = "selection.public_judges"
PANEL = "selection.judging_panel"
NOMINATION = "selection.nomination_scope"
PUBLICATION = "selection.publication"
DAY = dt.date(2012, 6, 1)
#: 001's three groups (the minimum; NominatorGroup.OTHER is a locality's addition).
SEED_GROUPS = tuple(NominatorGroup(g) for g in SEED_NOMINATOR_GROUPS)


@pytest.mark.rule("selection.public_judges")
@pytest.mark.rule("selection.nomination_scope")
@pytest.mark.rule("selection.publication")
def test_the_policy_vocabulary_drives_the_decisions() -> None:
    occasions = typing.get_args(OccasionName)
    assert {o.value for o in Occasion} == set(occasions)
    every = Policy.default().override({"selection.public_judge_occasions": list(occasions)})
    assert all(public_judges_required(o, on=DAY, policy=every).value for o in Occasion)
    groups = typing.get_args(NominatorGroupName)
    assert {g.value for g in NominatorGroup} == set(groups)
    reversed_groups = Policy.default().override({"selection.nominator_groups": groups[::-1]})
    assert nomination_scope_gaps([], on=DAY, policy=reversed_groups).value == tuple(
        NominatorGroup(g) for g in groups[::-1]
    )  # in the policy's order
    items = typing.get_args(PublicationItemName)
    assert {i.value for i in PublicationItem} == set(items)
    all_items = Policy.default().override({"selection.publication_items": list(items)})
    assert publication_gaps([], on=DAY, policy=all_items).value == tuple(
        PublicationItem(i) for i in items
    )


@pytest.mark.rule("selection.public_judges")
@pytest.mark.parametrize(
    ("occasion", "required"),
    [
        (Occasion.LEADERSHIP_TEAM_ADJUSTMENT, True),  # 班子集中调整前必请群众当评委
        (Occasion.PUBLIC_SELECTION, True),  # 在公选干部时必请群众当评委
        (Occasion.MAJOR_APPOINTMENT, True),  # 在重大人事任免时必请群众当评委
        (Occasion.COMPETITIVE_INTERVIEW, False),
        (Occasion.OTHER, False),
    ],
)
def test_three_occasions_require_public_judges(occasion: Occasion, required: bool) -> None:
    d = public_judges_required(occasion, on=DAY)
    assert d.value is required
    assert d.outcome == ("required" if required else "not_required")
    assert d.subject == occasion.value


@pytest.mark.rule("selection.public_judges")
def test_unknown_occasions_and_items_are_validation_errors() -> None:
    with pytest.raises(ValidationError) as info:
        public_judges_required("party", on=DAY)  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("occasion",)
    with pytest.raises(ValidationError):
        publication_gaps(["everything"], on=DAY)  # type: ignore[list-item]


@pytest.mark.rule("selection.public_judges")
def test_a_locality_may_add_an_occasion() -> None:
    p = Policy.default().override(
        {
            "selection.public_judge_occasions": [
                "leadership_team_adjustment",
                "public_selection",
                "major_appointment",
                "other",
            ]
        }
    )
    assert public_judges_required(Occasion.OTHER, policy=p, on=DAY).value is True
    with pytest.raises(ValueError, match="repeat"):
        Policy.default().override(
            {"selection.public_judge_occasions": ["public_selection", "public_selection"]}
        )


@pytest.mark.rule("selection.judging_panel")
def test_worked_example_forty_public_judges_in_a_public_selection() -> None:
    # 004: 今年5月,邀请40名群众评委在公选优秀大学生担任社区工作者面试中,现场打分
    panel = JudgingPanel(
        occasion="public_selection",
        held_on=dt.date(2013, 5, 20),
        judges=tuple(Judge(name=f"群众{i}", kind="public") for i in range(40)),
    )
    d = panel_check(panel)
    assert d.outcome == "complete"
    assert (d.value.public, d.value.experts, d.value.public_required) == (40, 0, True)


@pytest.mark.rule("selection.judging_panel")
def test_interview_panels_need_experts_and_public_together() -> None:
    # 001: 组建了50余人的“大评委团”,由专家评委和群众代表共同担任评委
    experts_only = JudgingPanel(
        occasion="competitive_interview",
        held_on=dt.date(2012, 6, 1),
        judges=tuple(Judge(name=f"专家{i}", kind="expert") for i in range(7)),
    )
    assert panel_check(experts_only).value.problems == ("no_public_judges",)
    public_only = experts_only.model_copy(
        update={"judges": tuple(Judge(name=f"群众{i}", kind="public") for i in range(45))}
    )
    assert panel_check(public_only).value.problems == ("no_expert_judges",)
    both = experts_only.model_copy(update={"judges": experts_only.judges + public_only.judges})
    assert panel_check(both).outcome == "complete"
    empty = experts_only.model_copy(update={"judges": ()})
    assert panel_check(empty).value.problems == (
        "no_judges",
        "no_public_judges",
        "no_expert_judges",
    )


@pytest.mark.rule("selection.judging_panel")
def test_three_bi_qing_panel_without_public_judges_cites_the_rule() -> None:
    panel = JudgingPanel(
        occasion="major_appointment",
        held_on=dt.date(2013, 3, 1),
        judges=(Judge(name="专家", kind="expert"),),
    )
    d = panel_check(panel)
    assert d.value.problems == ("no_public_judges",)
    assert JUDGES in d.rules
    assert any(r.rule == JUDGES for r in d.reasons)


@pytest.mark.rule("selection.judging_panel")
@given(
    st.sampled_from(Occasion),
    st.lists(st.sampled_from(JudgeKind), max_size=8),
)
def test_a_panel_with_both_kinds_is_always_complete(
    occasion: Occasion, kinds: list[JudgeKind]
) -> None:
    panel = JudgingPanel(
        occasion=occasion,
        held_on=dt.date(2013, 1, 1),
        judges=tuple(Judge(name=str(i), kind=k) for i, k in enumerate(kinds)),
    )
    d = panel_check(panel)
    has_both = JudgeKind.EXPERT in kinds and JudgeKind.PUBLIC in kinds
    if has_both:
        assert d.outcome == "complete"
    if JudgeKind.PUBLIC not in kinds and public_judges_required(occasion, on=DAY).value:
        assert "no_public_judges" in d.value.problems
    assert (d.outcome == "complete") is (not d.value.problems)


@pytest.mark.rule("selection.nomination_scope")
def test_nominations_from_every_group() -> None:
    # 001: 80余人次“两代表一委员”和200余人次社区居民群众参与了干部任用提名
    noms = (
        [Nomination(group="deputies_and_members", nominee="甲")] * 80
        + [Nomination(group="community_residents", nominee="乙")] * 200
        + [Nomination(group="division_level_cadres", nominee="甲")] * 30
    )
    d = nomination_scope_gaps(noms, on=DAY)
    assert d.outcome == "complete"
    assert d.value == ()
    assert "80人次" in d.reasons[1].zh
    assert "200人次" in d.reasons[2].zh
    d2 = nomination_scope_gaps(noms[:80], on=DAY)
    assert d2.value == (NominatorGroup.DIVISION_LEVEL_CADRES, NominatorGroup.COMMUNITY_RESIDENTS)
    assert nomination_scope_gaps([], on=DAY).value == SEED_GROUPS


@pytest.mark.rule("selection.nomination_scope")
@given(st.lists(st.sampled_from(NominatorGroup), max_size=10))
def test_missing_groups_are_exactly_the_absent_ones(groups: list[NominatorGroup]) -> None:
    d = nomination_scope_gaps((Nomination(group=g, nominee="x") for g in groups), on=DAY)
    assert set(d.value) == set(SEED_GROUPS) - set(groups)
    assert list(d.value) == [g for g in NominatorGroup if g in d.value]


@pytest.mark.rule("selection.publication")
def test_posts_and_results_are_published() -> None:
    # 001 outline: 一是名额岗位公开 … 三是结果公开
    assert publication_gaps([], on=DAY).value == (
        PublicationItem.POSTS_AND_NUMBERS,
        PublicationItem.RESULTS,
    )
    d = publication_gaps([PublicationItem.RESULTS, PublicationItem.POSTS_AND_NUMBERS], on=DAY)
    assert d.outcome == "complete"
    assert d.value == ()
    assert publication_gaps(["posts_and_numbers"], on=DAY).value == (PublicationItem.RESULTS,)  # type: ignore[list-item]


@pytest.mark.rule("selection.public_judges")
@pytest.mark.rule("selection.nomination_scope")
@pytest.mark.rule("selection.publication")
def test_the_day_is_required_so_dated_changes_are_never_ignored() -> None:
    p = Policy.default().with_change(
        dt.date(2000, 1, 1),
        {
            "selection.public_judge_occasions": ["other"],
            "selection.nominator_groups": ["other", *SEED_NOMINATOR_GROUPS],
            "selection.publication_items": ["results"],
        },
    )
    day = dt.date(2012, 1, 1)
    with pytest.raises(TypeError):
        public_judges_required(Occasion.OTHER, policy=p)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        nomination_scope_gaps([], policy=p)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        publication_gaps([], policy=p)  # type: ignore[call-arg]
    assert public_judges_required(Occasion.OTHER, on=day, policy=p).value is True
    assert nomination_scope_gaps([], on=day, policy=p).value == (
        NominatorGroup.OTHER,
        *SEED_GROUPS,
    )
    assert publication_gaps([], on=day, policy=p).value == (PublicationItem.RESULTS,)


@pytest.mark.rule("selection.public_judges")
@pytest.mark.rule("selection.nomination_scope")
@pytest.mark.rule("selection.publication")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    midnight, noon = dt.datetime(2012, 6, 1), dt.datetime(2012, 6, 1, 12)
    assert public_judges_required(Occasion.OTHER, on=midnight).value is False
    assert nomination_scope_gaps([], on=midnight).value == SEED_GROUPS
    assert publication_gaps([], on=midnight).outcome == "gaps"
    calls = (
        lambda: public_judges_required(Occasion.OTHER, on=noon),
        lambda: nomination_scope_gaps([], on=noon),
        lambda: publication_gaps([], on=noon),
    )
    for call in calls:
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule("selection.publication")
def test_000s_major_activity_openness_is_an_opt_in_checklist() -> None:
    # 000 第五篇, 四是重大活动公开: 不论是干部选拔……都……做到政策公开、标准公开、过程公开、结果公开
    # (issue 13: this sub-list was labelled 四个公开; the parameters are renamed)
    info = {i.path: i for i in Policy.default().parameters()}
    assert info["selection.major_activity_items"].kind == "seed"
    assert info["selection.major_activity_items"].source.endswith(
        "政策公开、标准公开、过程公开、结果公开"
    )
    assert info["selection.check_major_activity_openness"].value is False
    done = [PublicationItem.POSTS_AND_NUMBERS, PublicationItem.RESULTS]
    assert publication_gaps(done, on=DAY).outcome == "complete"  # 001's two items by default
    p = Policy.default().override({"selection.check_major_activity_openness": True})
    d = publication_gaps(done, on=DAY, policy=p)
    assert d.value == (PublicationItem.POLICY, PublicationItem.STANDARDS, PublicationItem.PROCESS)
    assert [r.zh.split(":")[0] for r in d.reasons[:5]] == [
        "名额岗位公开",
        "结果公开",
        "政策公开",
        "标准公开",
        "过程公开",
    ]
    assert d.parameters["selection.check_major_activity_openness"] is True
    everything = publication_gaps(list(PublicationItem), on=DAY, policy=p)
    assert (everything.outcome, everything.value) == ("complete", ())


@pytest.mark.rule("selection.publication")
def test_publication_serves_the_right_to_know_and_names_what_the_truncation_hides() -> None:
    # 001: 切实把群众的知情权、参与权、选择权和监督权落到实处 … 凡是能公开的一律公开
    assert [r.zh for r in PublicRight] == ["知情权", "参与权", "选择权", "监督权"]
    d = publication_gaps([], on=DAY)
    text = " ".join(r.zh for r in d.reasons)
    assert PublicRight.KNOW.zh in text
    assert "二是" in text  # the lost second item of 001's list is stated, not guessed
    assert "知情权" in d.headline("zh")


@pytest.mark.rule("selection.nomination_scope")
def test_a_bare_string_of_nominations_is_a_record_error() -> None:
    from orgwork.errors import RecordError

    with pytest.raises(RecordError, match="single string"):
        nomination_scope_gaps("community_residents", on=DAY)  # type: ignore[arg-type]
    assert nomination_scope_gaps((), on=DAY).outcome == "gaps"
