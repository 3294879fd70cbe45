"""The memorial host rule's explanations word for word, each vacancy policy, and its errors.

Written against the survivors of mutation testing (``python tools/mutation.py
care/_memorial``, triage in ``docs/mutation.md``). The family and the branch read
these reasons: each names the tier that applies, why, who is vacant and who
hosts instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.care import ElderlyMember, Honour, HonourLevel, Organization, Town, memorial_host
from orgwork.care._memorial import HostRole
from orgwork.care._model import Post, PostLevel
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy

DIED = dt.date(2025, 3, 1)
ORG = Organization(
    id="V01",
    name="某村党支部",
    secretary="张书记",
    stationed_cadre="李干部",
    members=("M1", "M2", "M3"),
)
#: The organization member's post is vacant; the deputy secretary is the next senior.
TOWN = Town(name="某镇", party_secretary="王书记", deputy_secretary="赵副书记")
#: A former branch committee member with a county honour and a township one.
MEMBER = ElderlyMember(
    id="M1",
    name="纪昌友",
    organization="V01",
    died_on=DIED,
    honours=(
        Honour(awarded_by="大冶市", level=HonourLevel.COUNTY, title="优秀共产党员"),
        Honour(awarded_by="某镇", level=HonourLevel.TOWNSHIP),
    ),
    posts=(Post(title="村党支部委员", level=PostLevel.BRANCH_COMMITTEE),),
)
ORDINARY = (
    "普通老党员去世,由所在基层党组织书记主持召开追悼会",
    "An ordinary elderly member's service is hosted by the secretary of their basic-level "
    "organization",
)
TIERS = [
    ORDINARY,
    (
        "曾任村党支部委员(支委),属支委以上职务:由蹲挂村镇干部主持",
        "Once held 村党支部委员 (branch_committee), a post of branch committee member or above: "
        "hosted by the town cadre stationed at the village",
    ),
    (
        "曾受大冶市(县级)表彰(优秀共产党员):由镇党委组织委员主持",
        "Honoured by 大冶市 (county level): hosted by the town committee's organization member",
    ),
    (
        "多项适用时取最高一级:镇党委组织委员",
        "Where several tiers apply the most senior wins: the town committee's organization member",
    ),
]
VACANT = ("镇党委组织委员空缺", "The post of the town committee's organization member is vacant")
ATTEND = (
    "所在基层党组织全体党员参加追悼活动(2人)",
    "All members of the basic-level organization attend (2)",
)


def texts(d: Decision[Any]) -> list[tuple[str, str]]:
    assert {r.rule for r in d.reasons} == {"care.memorial_host"}
    return [(r.zh, r.en) for r in d.reasons]


def vacancy(value: str) -> Policy:
    return Policy.default().override({"care.memorial_vacancy": value})


@pytest.mark.rule("care.memorial_host")
def test_the_next_senior_role_hosts_when_the_tier_is_vacant() -> None:
    d = memorial_host(MEMBER, organization=ORG, town=TOWN)
    assert (d.subject, d.outcome) == ("M1", "substitute")
    assert d.value.tier is HostRole.ORGANIZATION_MEMBER
    assert (d.value.host_role, d.value.host) == (HostRole.DEPUTY_SECRETARY, "赵副书记")
    assert d.value.vacant == (HostRole.ORGANIZATION_MEMBER,)
    assert d.value.attendees == ("M2", "M3")
    assert d.headline.zh == "纪昌友的追悼会由镇分管组织副书记(赵副书记)主持"
    assert d.headline.en == (
        "纪昌友's memorial service is hosted by 赵副书记 "
        "(the town deputy secretary in charge of organization work)"
    )
    assert texts(d) == [
        *TIERS,
        VACANT,
        (
            "本地规定:空缺时由上一级角色主持",
            "Local policy: a vacant role passes to the next senior role",
        ),
        ATTEND,
    ]


@pytest.mark.rule("care.memorial_host")
def test_the_next_junior_role_hosts_under_that_policy() -> None:
    d = memorial_host(MEMBER, organization=ORG, town=TOWN, policy=vacancy("next_junior"))
    assert d.outcome == "substitute"
    assert (d.value.host_role, d.value.host) == (HostRole.STATIONED_CADRE, "李干部")
    assert texts(d)[-2] == (
        "本地规定:空缺时由下一级角色主持",
        "Local policy: a vacant role passes to the next junior role",
    )


@pytest.mark.rule("care.memorial_host")
def test_no_substitute_leaves_the_service_without_a_host() -> None:
    d = memorial_host(MEMBER, organization=ORG, town=Town(name="某镇"), policy=vacancy("none"))
    assert d.outcome == "vacant"
    assert (d.value.host_role, d.value.host) == (None, None)
    assert d.value.vacant == (HostRole.ORGANIZATION_MEMBER,)
    assert d.headline.zh == "纪昌友的追悼会应由镇党委组织委员主持,但该职务空缺,须另行确定主持人"
    assert d.headline.en == (
        "纪昌友's memorial service is due to be hosted by the town committee's organization "
        "member, but no one holds a role that can host it; a host must be appointed"
    )
    assert texts(d)[-3:] == [
        VACANT,
        (
            "本地规定:空缺时不指定替代主持人",
            "Local policy: no substitute is named for a vacant role",
        ),
        ATTEND,
    ]


@pytest.mark.rule("care.memorial_host")
def test_every_role_vacant_up_the_line_is_listed() -> None:
    d = memorial_host(MEMBER, organization=ORG, town=Town(name="某镇"))
    assert d.outcome == "vacant"
    assert d.value.vacant == (
        HostRole.ORGANIZATION_MEMBER,
        HostRole.DEPUTY_SECRETARY,
        HostRole.PARTY_SECRETARY,
    )
    assert [en for _, en in texts(d)][4:7] == [
        "The post of the town committee's organization member is vacant",
        "The post of the town deputy secretary in charge of organization work is vacant",
        "The post of the town party secretary is vacant",
    ]


@pytest.mark.rule("care.memorial_host")
def test_without_the_town_roster_the_role_is_named_but_no_person() -> None:
    d = memorial_host(MEMBER, organization=ORG)
    assert d.outcome == "role_only"
    assert (d.value.host_role, d.value.host, d.value.vacant) == (None, None, ())
    assert d.headline.zh == "纪昌友的追悼会应由镇党委组织委员主持"
    assert d.headline.en == (
        "纪昌友's memorial service is to be hosted by the town committee's organization member"
    )
    assert texts(d) == [
        *TIERS,
        (
            "未提供镇党委组织委员的名单,无法确定具体人选",
            "No roster for the town committee's organization member was given, so no person "
            "is named",
        ),
        ATTEND,
    ]


@pytest.mark.rule("care.memorial_host")
def test_a_township_honour_raises_no_tier_and_says_so() -> None:
    m = ElderlyMember(
        id="M2",
        name="某",
        organization="V01",
        died_on=DIED,
        honours=(Honour(awarded_by="某镇", level=HonourLevel.TOWNSHIP),),
    )
    d = memorial_host(m, organization=ORG)
    assert (d.outcome, d.value.tier, d.value.host) == ("host", HostRole.BRANCH_SECRETARY, "张书记")
    assert d.value.attendees == ("M1", "M3")
    assert d.headline.en == (
        "某's memorial service is hosted by 张书记 (the secretary of the member's basic-level "
        "organization)"
    )
    assert texts(d) == [
        ORDINARY,
        (
            "所受某镇(乡镇级)表彰不在分级主持之列",
            "The honour from 某镇 (township level) is below the levels that raise the host",
        ),
        ATTEND,
    ]


@pytest.mark.rule("care.memorial_host")
def test_an_honour_without_a_title_is_called_an_honour() -> None:
    m = ElderlyMember(
        id="M3",
        name="某",
        organization="V01",
        died_on=DIED,
        honours=(Honour(awarded_by="黄石市", level=HonourLevel.PREFECTURE),),
    )
    d = memorial_host(m)
    assert texts(d)[1] == (
        "曾受黄石市(地市级)表彰(表彰):由镇分管组织副书记主持",
        "Honoured by 黄石市 (prefecture level): hosted by the town deputy secretary in charge of "
        "organization work",
    )
    # two tiers, one senior: the most senior wins and says so
    assert texts(d)[2][1] == (
        "Where several tiers apply the most senior wins: "
        "the town deputy secretary in charge of organization work"
    )


@pytest.mark.rule("care.memorial_host")
def test_a_member_who_has_not_died_or_of_another_organization_is_a_record_error() -> None:
    alive = MEMBER.model_copy(update={"died_on": None})
    with pytest.raises(RecordError) as no_death:
        memorial_host(alive)
    assert str(no_death.value) == "memorial_host: member M1 has no date of death (died_on)"
    other = ORG.model_copy(update={"id": "V02"})
    with pytest.raises(RecordError) as wrong:
        memorial_host(MEMBER, organization=other)
    assert str(wrong.value) == "memorial_host: member M1 belongs to V01, not to V02"


@pytest.mark.rule("care.memorial_host")
def test_vacant_roles_before_a_missing_roster_are_still_listed() -> None:
    # a former branch committee member: the stationed cadre hosts, but the post is vacant;
    # the next senior role is a town role, and no town roster was given
    m = ElderlyMember(
        id="M3",
        name="某",
        organization="V01",
        died_on=DIED,
        posts=(Post(title="村党支部委员", level=PostLevel.BRANCH_COMMITTEE),),
    )
    no_cadre = ORG.model_copy(update={"stationed_cadre": None})
    d = memorial_host(m, organization=no_cadre)
    assert d.outcome == "role_only"
    assert d.value.vacant == (HostRole.STATIONED_CADRE,)
    assert [en for _, en in texts(d)][-4:] == [
        "The post of the town cadre stationed at the village is vacant",
        "Local policy: a vacant role passes to the next senior role",
        "No roster for the town committee's organization member was given, so no person is named",
        "All members of the basic-level organization attend (2)",
    ]


@pytest.mark.rule("care.memorial_host")
def test_the_vacancy_policy_is_the_one_in_force_on_the_day_of_death() -> None:
    p = Policy.default().with_change(dt.date(2025, 1, 1), {"care.memorial_vacancy": "none"})
    assert memorial_host(MEMBER, organization=ORG, town=TOWN, policy=p).outcome == "vacant"
    earlier = MEMBER.model_copy(update={"died_on": dt.date(2024, 12, 31)})
    assert memorial_host(earlier, organization=ORG, town=TOWN, policy=p).outcome == "substitute"


@pytest.mark.rule("care.memorial_host")
@pytest.mark.parametrize("argument", ["member", "organization", "town"])
def test_a_wrong_type_is_a_validation_error_naming_the_argument(argument: str) -> None:
    given: dict[str, Any] = {"member": MEMBER, argument: 5}
    with pytest.raises(ValidationError) as bad:
        memorial_host(**given)
    assert bad.value.title == argument
