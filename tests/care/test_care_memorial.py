"""去世有人开追悼会: the five host tiers from the seed, combinations, vacancies and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.care import (
    ElderlyMember,
    Honour,
    HonourLevel,
    HostRole,
    Organization,
    Post,
    PostLevel,
    Town,
    memorial_host,
)
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get

DIED = dt.date(2025, 3, 1)

DAYE = Honour(awarded_by="大冶市", level=HonourLevel.COUNTY, title="优秀共产党员")
HUANGSHI = Honour(awarded_by="黄石市", level=HonourLevel.PREFECTURE, title="优秀共产党员")
HUBEI = Honour(awarded_by="湖北省", level=HonourLevel.PROVINCE, title="优秀共产党员")
NATIONAL = Honour(awarded_by="中共中央", level=HonourLevel.NATIONAL, title="全国优秀共产党员")
TOWNSHIP = Honour(awarded_by="灵乡镇", level=HonourLevel.TOWNSHIP, title="优秀党员")
BRANCH_COMMITTEE = Post(title="村党支部委员", level=PostLevel.BRANCH_COMMITTEE)

ORG = Organization(
    id="V01",
    name="某村党支部",
    secretary="支部书记甲",
    stationed_cadre="挂村干部乙",
    members=("M1", "M2", "M3"),
)
TOWN = Town(
    name="灵乡镇",
    party_secretary="镇党委书记丙",
    deputy_secretary="分管组织副书记丁",
    organization_member="组织委员戊",
)


def member(**kw: object) -> ElderlyMember:
    data: dict[str, object] = {"id": "M1", "name": "某老党员", "organization": "V01"}
    data["died_on"] = DIED
    data.update(kw)
    return ElderlyMember.model_validate(data)


# -- the five tiers, one row per clause of the seed ------------------------------------

#: The holder of each role in the roster ORG / TOWN.
HOLDER = {
    HostRole.BRANCH_SECRETARY: "支部书记甲",
    HostRole.STATIONED_CADRE: "挂村干部乙",
    HostRole.ORGANIZATION_MEMBER: "组织委员戊",
    HostRole.DEPUTY_SECRETARY: "分管组织副书记丁",
    HostRole.PARTY_SECRETARY: "镇党委书记丙",
}

CLAUSES = [  # the clause in the seed's words, the member it describes, the host it names
    (("普通老党员去世", "由所在基层党组织书记主持召开追悼会"), {}, HostRole.BRANCH_SECRETARY),
    (
        ("曾任支委以上职务的党员干部去世", "由蹲挂村镇干部主持开追悼会"),
        {"posts": [BRANCH_COMMITTEE]},
        HostRole.STATIONED_CADRE,
    ),
    (
        ("曾受大冶市表彰的老党员去世", "由镇党委组织委员主持召开追悼会"),
        {"honours": [DAYE]},
        HostRole.ORGANIZATION_MEMBER,
    ),
    (
        ("曾受黄石市表彰的老党员去世", "由镇分管组织副书记主持召开追悼会"),
        {"honours": [HUANGSHI]},
        HostRole.DEPUTY_SECRETARY,
    ),
    (
        ("曾受省级以上表彰的老党员去世", "由镇党委书记主持召开追悼会"),
        {"honours": [HUBEI]},
        HostRole.PARTY_SECRETARY,
    ),
]


@pytest.mark.rule("care.memorial_host")
@pytest.mark.parametrize(
    ("clause", "record", "tier"),
    CLAUSES,
    ids=["ordinary", "branch-committee", "daye", "huangshi", "province"],
)
def test_each_clause_names_its_host(
    clause: tuple[str, ...], record: dict[str, object], tier: HostRole
) -> None:
    assert all(part in get("care.memorial_host").source.quote for part in clause)
    d = memorial_host(member(**record), organization=ORG, town=TOWN)
    assert d.value.tier is tier
    assert (d.outcome, d.value.host) == ("host", HOLDER[tier])


@pytest.mark.rule("care.memorial_host")
def test_a_national_honour_counts_as_provincial_or_higher() -> None:
    # 曾受省级以上表彰的老党员去世,由镇党委书记主持召开追悼会
    d = memorial_host(member(honours=[NATIONAL]), organization=ORG, town=TOWN)
    assert d.value.tier is HostRole.PARTY_SECRETARY
    assert d.value.host == "镇党委书记丙"


# -- combinations ------------------------------------------------------------------


@pytest.mark.rule("care.memorial_host")
def test_former_branch_committee_member_with_prefecture_honour_gets_the_deputy_secretary() -> None:
    d = memorial_host(member(posts=[BRANCH_COMMITTEE], honours=[HUANGSHI]))
    assert d.value.tier is HostRole.DEPUTY_SECRETARY
    assert "多项适用时取最高一级" in d.explain("zh")


@pytest.mark.rule("care.memorial_host")
def test_several_honours_the_most_senior_counts() -> None:
    d = memorial_host(member(honours=[DAYE, HUBEI, HUANGSHI]))
    assert d.value.tier is HostRole.PARTY_SECRETARY


@pytest.mark.rule("care.memorial_host")
def test_township_honour_raises_no_tier() -> None:
    assert memorial_host(member(honours=[TOWNSHIP])).value.tier is HostRole.BRANCH_SECRETARY
    d = memorial_host(member(honours=[TOWNSHIP], posts=[BRANCH_COMMITTEE]))
    assert d.value.tier is HostRole.STATIONED_CADRE


@pytest.mark.rule("care.memorial_host")
def test_a_post_below_branch_committee_is_ordinary() -> None:
    post = Post(title="党小组长", level=PostLevel.OTHER)
    assert memorial_host(member(posts=[post])).value.tier is HostRole.BRANCH_SECRETARY


@pytest.mark.rule("care.memorial_host")
@pytest.mark.parametrize(
    "level", [PostLevel.BRANCH_SECRETARY, PostLevel.TOWNSHIP_OR_ABOVE], ids=["secretary", "above"]
)
def test_posts_above_branch_committee_count(level: PostLevel) -> None:
    d = memorial_host(member(posts=[Post(title="某职务", level=level)]))
    assert d.value.tier is HostRole.STATIONED_CADRE


# -- roster, vacancy, attendance ---------------------------------------------------


@pytest.mark.rule("care.memorial_host")
def test_everyone_else_in_the_organization_attends() -> None:
    d = memorial_host(member(), organization=ORG, town=TOWN)
    assert d.value.attendees == ("M2", "M3")


@pytest.mark.rule("care.memorial_host")
def test_vacant_role_passes_to_next_senior_by_default() -> None:
    town = TOWN.model_copy(update={"deputy_secretary": None})
    d = memorial_host(member(honours=[HUANGSHI]), organization=ORG, town=town)
    assert d.outcome == "substitute"
    assert d.value.tier is HostRole.DEPUTY_SECRETARY
    assert d.value.host_role is HostRole.PARTY_SECRETARY
    assert d.value.vacant == (HostRole.DEPUTY_SECRETARY,)
    assert d.parameters == {"care.memorial_vacancy": "next_senior"}
    assert "空缺时由上一级角色主持" in d.explain("zh")


@pytest.mark.rule("care.memorial_host")
def test_vacancy_policy_next_junior() -> None:
    town = TOWN.model_copy(update={"deputy_secretary": None})
    p = Policy.default().override({"care.memorial_vacancy": "next_junior"})
    d = memorial_host(member(honours=[HUANGSHI]), organization=ORG, town=town, policy=p)
    assert (d.value.host_role, d.value.host) == (HostRole.ORGANIZATION_MEMBER, "组织委员戊")


@pytest.mark.rule("care.memorial_host")
def test_vacancy_policy_none_reports_the_vacancy() -> None:
    org = ORG.model_copy(update={"secretary": None})
    p = Policy.default().override({"care.memorial_vacancy": "none"})
    d = memorial_host(member(), organization=org, town=TOWN, policy=p)
    assert d.outcome == "vacant"
    assert d.value.host is None
    assert d.value.vacant == (HostRole.BRANCH_SECRETARY,)


@pytest.mark.rule("care.memorial_host")
def test_every_senior_role_vacant_reports_vacant() -> None:
    town = Town(name="灵乡镇")
    d = memorial_host(member(honours=[DAYE]), organization=ORG, town=town)
    assert d.outcome == "vacant"
    assert d.value.vacant == (
        HostRole.ORGANIZATION_MEMBER,
        HostRole.DEPUTY_SECRETARY,
        HostRole.PARTY_SECRETARY,
    )


@pytest.mark.rule("care.memorial_host")
def test_without_a_roster_only_the_role_is_named() -> None:
    d = memorial_host(member(honours=[DAYE]), organization=ORG)
    assert d.outcome == "role_only"
    assert d.value.host is None
    assert d.value.tier is HostRole.ORGANIZATION_MEMBER


@pytest.mark.rule("care.memorial_host")
def test_a_living_member_has_no_memorial() -> None:
    with pytest.raises(RecordError, match="died_on"):
        memorial_host(member(died_on=None))


@pytest.mark.rule("care.memorial_host")
def test_another_organizations_roster_is_refused() -> None:
    with pytest.raises(RecordError, match="V02"):
        memorial_host(member(), organization=ORG.model_copy(update={"id": "V02"}))


@pytest.mark.rule("care.memorial_host")
def test_decision_explains_in_both_languages_and_round_trips() -> None:
    d = memorial_host(member(honours=[HUANGSHI]), organization=ORG, town=TOWN)
    assert "分管组织副书记丁" in d.explain("zh")
    assert "deputy secretary" in d.explain("en")
    assert type(d).model_validate_json(d.to_json()) == d


# -- properties -----------------------------------------------------------------------

dead_members = ows.elderly_members(dead=True)


@pytest.mark.rule("care.memorial_host")
@given(dead_members, ows.honours())
def test_raising_an_honour_never_gives_a_more_junior_host(m: ElderlyMember, extra: Honour) -> None:
    before = memorial_host(m).value.tier
    after = memorial_host(m.model_copy(update={"honours": (*m.honours, extra)})).value.tier
    assert after >= before


@pytest.mark.rule("care.memorial_host")
@given(dead_members, st.sampled_from(list(HonourLevel)), st.sampled_from(list(HonourLevel)))
def test_a_higher_honour_level_never_gives_a_more_junior_tier(
    m: ElderlyMember, a: HonourLevel, b: HonourLevel
) -> None:
    lo, hi = sorted((a, b))
    t_lo = memorial_host(
        m.model_copy(update={"honours": (Honour(awarded_by="x", level=lo),)})
    ).value.tier
    t_hi = memorial_host(
        m.model_copy(update={"honours": (Honour(awarded_by="x", level=hi),)})
    ).value.tier
    assert t_lo <= t_hi


@pytest.mark.rule("care.memorial_host")
@given(dead_members, ows.posts())
def test_adding_a_post_never_gives_a_more_junior_host(m: ElderlyMember, post: Post) -> None:
    before = memorial_host(m).value.tier
    after = memorial_host(m.model_copy(update={"posts": (*m.posts, post)})).value.tier
    assert after >= before


@pytest.mark.rule("care.memorial_host")
@given(dead_members, ows.organizations(ids=("V01", "V02", "V03")), ows.towns(), ows.policies())
def test_the_host_holds_the_role_named_and_is_never_junior_under_next_senior(
    m: ElderlyMember, orgs: list[Organization], town: Town, policy: Policy
) -> None:
    org = next(o for o in orgs if o.id == m.organization)
    d = memorial_host(m, organization=org, town=town, policy=policy)
    v = d.value
    holders = {
        HostRole.BRANCH_SECRETARY: org.secretary,
        HostRole.STATIONED_CADRE: org.stationed_cadre,
        HostRole.ORGANIZATION_MEMBER: town.organization_member,
        HostRole.DEPUTY_SECRETARY: town.deputy_secretary,
        HostRole.PARTY_SECRETARY: town.party_secretary,
    }
    if v.host_role is not None:
        assert v.host == holders[v.host_role]
        assert all(holders[r] is None for r in v.vacant)
        assert d.outcome == ("host" if v.host_role is v.tier else "substitute")
        mode = policy.care.memorial_vacancy
        if mode == "next_senior":
            assert v.host_role >= v.tier
        elif mode == "next_junior":
            assert v.host_role <= v.tier
        else:
            assert v.host_role is v.tier
    else:
        assert d.outcome == "vacant"
        assert holders[v.tier] is None
    assert m.id not in v.attendees


@pytest.mark.rule("care.memorial_host")
def test_records_as_dicts_are_validated_and_other_input_is_a_named_error() -> None:
    as_dicts = memorial_host(
        member().model_dump(), organization=ORG.model_dump(), town=TOWN.model_dump()
    )  # type: ignore[arg-type]
    assert as_dicts == memorial_host(member(), organization=ORG, town=TOWN)
    with pytest.raises(ValidationError, match="member"):
        memorial_host("M1")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="town"):
        memorial_host(member(), town="灵乡镇")  # type: ignore[arg-type]
