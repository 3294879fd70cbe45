"""The presets of 肥东县, 庐江县, 瑶海区, 庐阳区 and 蜀山区, and the plan requirements they set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from orgwork.open_day import (
    FEIDONG,
    LUJIANG,
    LUYANG,
    PRESETS,
    SHUSHAN,
    YAOHAI,
    OpenDay,
    OpenDayPlan,
    OpenDayPreset,
    Representative,
    RepresentativeGroup,
    check_plan,
)
from orgwork.policy import Policy

RULE = "open_day.check_plan"
HELD = dt.date(2013, 6, 28)
G = RepresentativeGroup


def _day(*groups: G, announced: dt.date | None = None) -> OpenDay:
    reps = tuple(Representative(id=f"R{i + 1:02d}", group=g) for i, g in enumerate(groups))
    return OpenDay(held_on=HELD, announced_on=announced, representatives=reps)


def _codes(day: OpenDay, policy: Policy) -> list[str]:
    return [v.code for v in check_plan(OpenDayPlan(year=2013, days=(day,)), policy=policy).value]


#: What each preset carries: the text's words, and the values they give.
CARRIED = [
    (
        YAOHAI,
        ("十余名代表", "每次开放日活动前,及时发布公告"),
        {
            "open_day.representatives_at_least": 11,
            "open_day.representatives_at_most": 19,
            "open_day.required_groups": (
                "party_congress_delegate",
                "peoples_congress_deputy",
                "cppcc_member",
                "grassroots_cadre",
                "public",
            ),
            "open_day.announcement_required": True,
        },
    ),
    (
        FEIDONG,
        ("“两代表一委员”、基层党员代表、“两新组织”党组织书记、大学生村官", "公布活动信息"),
        {
            "open_day.required_groups": (
                "party_congress_delegate",
                "peoples_congress_deputy",
                "cppcc_member",
                "grassroots_party_member",
                "new_organization_secretary",
                "college_village_official",
            ),
            "open_day.announcement_required": True,
        },
    ),
    (
        SHUSHAN,
        ("区党代表、区人大代表、区政协委员、区直部门代表", "也有普通群众"),
        {
            "open_day.required_groups": (
                "party_congress_delegate",
                "peoples_congress_deputy",
                "cppcc_member",
                "organ_cadre",
                "public",
            )
        },
    ),
    (LUJIANG, ("14块",), {}),
    (LUYANG, ("定期开展",), {}),
]


@pytest.mark.rule("open_day.check_plan")
@pytest.mark.parametrize(("preset", "words", "values"), CARRIED)
def test_each_preset_carries_only_what_its_text_states(
    preset: OpenDayPreset, words: tuple[str, ...], values: dict[str, object], seeds_dir: Path
) -> None:
    text = (seeds_dir / preset.document).read_text("utf-8")
    quoted = " ".join(preset.quotes)
    assert all(w in quoted for w in words)
    assert all(q in text for q in preset.quotes)
    assert preset.values == values
    assert PRESETS[preset.key] is preset
    assert preset.notes is not None


@pytest.mark.rule("open_day.check_plan")
def test_yaohai_more_than_ten_each_group_and_an_announcement_before() -> None:
    policy = YAOHAI.policy()
    groups = (G.PARTY_CONGRESS_DELEGATE, G.PEOPLES_CONGRESS_DEPUTY, G.CPPCC_MEMBER)
    groups += (G.GRASSROOTS_CADRE, G.PUBLIC)
    good = _day(*groups, *[G.OTHER] * 6, announced=HELD - dt.timedelta(days=1))  # 11, 拔尖人才 too
    assert _codes(good, policy) == []
    ten = _day(*groups, *[G.OTHER] * 5, announced=HELD - dt.timedelta(days=1))
    d = check_plan(OpenDayPlan(year=2013, days=(ten,)), policy=policy)
    (v,) = d.value
    assert (v.code, v.parameter, v.expected, v.actual) == (
        "representative_range",
        "open_day.representatives_at_least",
        "11..19",
        "10",
    )
    assert (v.zh, v.en) == ("代表10名,应为11至19名", "10 representative(s), 11 to 19 required")
    twenty = _day(*groups, *[G.OTHER] * 15, announced=HELD - dt.timedelta(days=1))
    (v,) = check_plan(OpenDayPlan(year=2013, days=(twenty,)), policy=policy).value
    assert (v.parameter, v.actual) == ("open_day.representatives_at_most", "20")
    # the same-day announcement is not before the open day, a missing one is missing
    same_day = _day(*groups, *[G.OTHER] * 6, announced=HELD)
    (v,) = check_plan(OpenDayPlan(year=2013, days=(same_day,)), policy=policy).value
    assert (v.code, v.parameter, v.actual) == (
        "announcement_late",
        "open_day.announcement_required",
        "0 days before",
    )
    assert v.zh == "2013年6月28日发布公告,未在开放日前"
    none = _day(*groups, *[G.OTHER] * 6)
    (v,) = check_plan(OpenDayPlan(year=2013, days=(none,)), policy=policy).value
    assert (v.code, v.zh, v.expected) == (
        "announcement_missing",
        "未记录开放日前发布公告",
        ">= 1 days before",
    )
    # a group missing: one violation per group
    no_public = _day(*groups[:-1], *[G.OTHER] * 7, announced=HELD - dt.timedelta(days=3))
    (v,) = check_plan(OpenDayPlan(year=2013, days=(no_public,)), policy=policy).value
    assert (v.code, v.parameter, v.expected, v.actual) == (
        "group_missing",
        "open_day.required_groups",
        ">= 1 public",
        "0",
    )
    assert v.zh == "无群众代表到场,应每类至少一名"


@pytest.mark.rule("open_day.check_plan")
def test_bounds_alone_and_their_order() -> None:
    low = Policy.default().override({"open_day.representatives_at_least": 2})
    (v,) = check_plan(OpenDayPlan(year=2013, days=(_day(G.PUBLIC),)), policy=low).value
    assert (v.expected, v.zh) == (">= 2", "代表1名,应不少于2名")
    high = Policy.default().override({"open_day.representatives_at_most": 1})
    (v,) = check_plan(OpenDayPlan(year=2013, days=(_day(G.PUBLIC, G.MEDIA),)), policy=high).value
    assert (v.expected, v.parameter, v.zh) == (
        "<= 1",
        "open_day.representatives_at_most",
        "代表2名,应不多于1名",
    )
    assert _codes(_day(G.PUBLIC), high) == []
    # a bound set: the count is checked, so it is not named as not checked
    d = check_plan(OpenDayPlan(year=2013), policy=low)
    assert not any("representatives is not set" in r.en for r in d.reasons)
    assert any(
        "representatives is not set" in r.en for r in check_plan(OpenDayPlan(year=2013)).reasons
    )


@pytest.mark.rule("open_day.check_plan")
def test_a_lead_time_set_checks_the_announcement_instead() -> None:
    both = Policy.default().override(
        {"open_day.announcement_required": True, "open_day.announcement_lead": 3}
    )
    assert _codes(_day(), both) == ["announcement_missing"]  # once, from the lead time
    d = check_plan(OpenDayPlan(year=2013, days=(_day(),)), policy=both)
    assert d.value[0].parameter == "open_day.announcement_lead"


@pytest.mark.rule("open_day.check_plan")
def test_feidong_and_shushan_groups() -> None:
    feidong = (G.PARTY_CONGRESS_DELEGATE, G.PEOPLES_CONGRESS_DEPUTY, G.CPPCC_MEMBER)
    feidong += (G.GRASSROOTS_PARTY_MEMBER, G.NEW_ORGANIZATION_SECRETARY, G.COLLEGE_VILLAGE_OFFICIAL)
    announced = HELD - dt.timedelta(days=2)
    assert _codes(_day(*feidong, G.PUBLIC, announced=announced), FEIDONG.policy()) == []
    assert _codes(_day(*feidong[1:], announced=announced), FEIDONG.policy()) == ["group_missing"]
    shushan = (G.PARTY_CONGRESS_DELEGATE, G.PEOPLES_CONGRESS_DEPUTY, G.CPPCC_MEMBER)
    shushan += (G.ORGAN_CADRE, G.PUBLIC)
    assert _codes(_day(*shushan), SHUSHAN.policy()) == []  # no announcement asked
    assert _codes(_day(), SHUSHAN.policy()) == ["group_missing"] * 5


@pytest.mark.rule("open_day.check_plan")
def test_presets_that_set_nothing_check_nothing() -> None:
    for preset in (LUJIANG, LUYANG):
        assert preset.policy() == Policy.default()
        assert _codes(_day(), preset.policy()) == []


def test_a_range_upside_down_is_refused() -> None:
    from orgwork.errors import PolicyError

    with pytest.raises(PolicyError, match="representatives_at_least is above"):
        Policy.default().override(
            {"open_day.representatives_at_least": 20, "open_day.representatives_at_most": 19}
        )
