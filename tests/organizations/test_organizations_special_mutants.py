"""Tests that pin what mutation testing of organizations/_special found loose: every reason's
words, the subject of each decision, the English list and the day whose policy applies."""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork.organizations import SpecialBranchRecord, four_ones
from orgwork.policy import Policy

RULE = "organizations.four_ones"
FULL = SpecialBranchRecord(
    branch="公安特设支部",
    volunteer_team="平安志愿队",
    good_deeds=("修路灯", "送医上门"),
    area="东城街道",
    brand="红色驿站",
)


@pytest.mark.rule(RULE)
def test_every_item_is_said_with_what_was_recorded() -> None:
    d = four_ones(FULL)
    assert [r.zh for r in d.reasons] == [
        "建立一支志愿者队伍:平安志愿队",
        "办一批惠民好事实事:已办惠民好事实事2件",
        "“一批”未规定件数:已办2件,是否成批由党组织认定",
        "带动一个地区的党员群众:东城街道",
        "叫响一个特色品牌:红色驿站",
    ]
    assert d.reasons[0].en == "a volunteer team: 平安志愿队"


@pytest.mark.rule(RULE)
def test_both_outcomes_name_the_branch() -> None:
    assert four_ones(FULL).subject == "公安特设支部"
    gaps = four_ones(SpecialBranchRecord(branch="城管特设支部"))
    assert (gaps.outcome, gaps.subject) == ("gaps", "城管特设支部")
    assert gaps.headline.en == (
        "城管特设支部: missing a volunteer team; a batch of good deeds for the people; an area "
        "whose members and public it leads; a named brand"
    )


@pytest.mark.rule(RULE)
def test_the_policy_of_the_records_day_applies() -> None:
    policy = Policy.default().with_change(
        dt.date(2012, 7, 1), {"organizations.good_deeds_minimum": 3}
    )
    later = FULL.model_copy(update={"on": dt.date(2012, 12, 31)})
    assert four_ones(later, policy=policy).outcome == "gaps"
    earlier = FULL.model_copy(update={"on": dt.date(2012, 3, 1)})
    assert four_ones(earlier, policy=policy).outcome == "referred"  # no minimum yet


@pytest.mark.rule("organizations.four_ones")
def test_a_complete_branch_is_named() -> None:
    policy = Policy.default().override({"organizations.good_deeds_minimum": 1})
    d = four_ones(FULL, policy=policy)
    assert (d.outcome, d.subject) == ("complete", FULL.branch)
