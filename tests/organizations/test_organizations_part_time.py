"""“1+*”模式 (001, 一、党建工作方面 1、加强组织建设): stationed departments' members as
part-time committee members of street and community party organizations."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.organizations import PartTimeCommittee, PartTimeMember, part_time_members
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import part_time_members as drawn_members

D = dt.date
RULE = "organizations.part_time_members"
ON = D(2012, 6, 30)
STREET = "东城街道党工委"
COMMUNITY = "柳巷社区党委"


def member(
    name: str, department: str, organization: str = COMMUNITY, **term: dt.date
) -> PartTimeMember:
    return PartTimeMember(organization=organization, member=name, department=department, **term)


#: The seed's clause, split into the parts the rule reads.
CLAUSES = [
    "采取“1+*”模式",
    "吸纳公安、检察院、法院、司法、教育、卫生、城管及煤气、水、电、供暖、通讯、邮政、消防、环保、"
    "国税、地税、工商、质监、食药监等部门派驻党员",
    "进入街道社区党组织领导班子作兼职委员",
]


@pytest.mark.rule(RULE)
@pytest.mark.parametrize("clause", CLAUSES)
def test_the_quote_is_the_seeds_clause(clause: str) -> None:
    assert clause in get(RULE).source.quote
    assert Policy.default().organizations.part_time_members_minimum == 1


@pytest.mark.rule(RULE)
def test_one_stationed_member_meets_the_pattern() -> None:
    # 吸纳…派驻党员…作兼职委员: at least one, by default
    (d,) = part_time_members([COMMUNITY], [member("王某", "公安")], on=ON)
    assert (d.outcome, d.subject) == ("met", COMMUNITY)
    assert d.value.members == ("王某",)
    assert d.value.departments == ("公安",)
    assert d.headline.zh == "柳巷社区党委有派驻部门兼职委员1名(王某)"
    assert d.reasons[0].zh == (
        "“1+*”模式:街道社区党组织(“1”)吸纳派驻部门党员(“*”)进入领导班子作兼职委员,至少1名"
    )
    assert d.parameters == {"organizations.part_time_members_minimum": 1}
    assert Decision[PartTimeCommittee].model_validate_json(d.to_json()) == d


@pytest.mark.rule(RULE)
@pytest.mark.parametrize(
    "department",
    ["公安", "检察院", "法院", "教育", "城管", "煤气", "供暖", "食药监", "税务所", "社区医院"],
)
def test_no_particular_department_is_required(department: str) -> None:
    # the seed's list ends in 等: any stationed department counts, the named ones and others
    (d,) = part_time_members([COMMUNITY], [member("王某", department)], on=ON)
    assert d.outcome == "met"
    assert d.reasons[1].zh == f"兼职委员来自{department}(原文所列部门以“等”字结尾,不要求特定部门)"


@pytest.mark.rule(RULE)
def test_an_organization_without_one_is_short() -> None:
    ds = part_time_members([STREET, COMMUNITY], [member("王某", "卫生", STREET)], on=ON)
    assert [(d.subject, d.outcome) for d in ds] == [(STREET, "met"), (COMMUNITY, "short")]
    assert ds[1].headline.zh == "柳巷社区党委没有派驻部门党员作兼职委员"
    assert ds[1].value.n == 0


@pytest.mark.rule(RULE)
def test_a_member_out_of_term_does_not_count() -> None:
    ms = [
        member("王某", "公安", until=D(2012, 3, 31)),
        member("李某", "城管", since=D(2012, 7, 1)),
        member("赵某", "消防", since=D(2010, 1, 1), until=ON),  # the last day counts
    ]
    (d,) = part_time_members([COMMUNITY], ms, on=ON)
    assert d.outcome == "met"
    assert d.value.members == ("赵某",)
    assert d.value.not_serving == ("李某", "王某")
    assert "李某、王某于2012年6月30日不在兼职委员任期内,不计入" in [r.zh for r in d.reasons]
    (d,) = part_time_members([COMMUNITY], ms[:2], on=ON)
    assert d.outcome == "short"
    assert (
        d.headline.zh
        == "柳巷社区党委在2012年6月30日没有在任的派驻部门兼职委员(李某、王某不在任期内)"
    )


@pytest.mark.rule(RULE)
def test_a_local_minimum_names_the_count_and_the_members() -> None:
    p = Policy.default().override({"organizations.part_time_members_minimum": 3})
    ms = [member("王某", "公安"), member("李某", "卫生")]
    (d,) = part_time_members([COMMUNITY], ms, on=ON, policy=p)
    assert d.outcome == "short"
    assert d.headline.zh == "柳巷社区党委只有派驻部门兼职委员2名(李某、王某),少于3名"
    assert d.headline.en.endswith("(李某, 王某), fewer than 3")
    assert d.parameters == {"organizations.part_time_members_minimum": 3}


@pytest.mark.rule(RULE)
def test_an_organization_with_members_is_checked_even_when_not_listed() -> None:
    ds = part_time_members([], [member("王某", "公安")], on=ON)
    assert [(d.subject, d.outcome) for d in ds] == [(COMMUNITY, "met")]


@pytest.mark.rule(RULE)
def test_bad_input_is_named() -> None:
    with pytest.raises(RecordError, match=r"members: organization·member listed more than once"):
        part_time_members([], [member("王某", "公安"), member("王某", "卫生")], on=ON)
    # the same person on two organizations' committees is allowed
    ds = part_time_members([], [member("王某", "公安"), member("王某", "公安", STREET)], on=ON)
    assert [d.outcome for d in ds] == ["met", "met"]
    with pytest.raises(RecordError, match="organizations: organization listed more than once"):
        part_time_members([COMMUNITY, COMMUNITY], [], on=ON)
    with pytest.raises(ValidationError, match="until"):
        member("王某", "公安", since=D(2012, 5, 1), until=D(2012, 4, 30))
    with pytest.raises(TypeError, match=r"^members must be a collection"):
        part_time_members([], 5, on=ON)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^organizations must be a collection"):
        part_time_members(5, [], on=ON)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="on"):
        part_time_members([], [], on="六月")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="policy"):
        part_time_members([], [], on=ON, policy={})  # type: ignore[arg-type]


def _unique(ms: list[PartTimeMember]) -> list[PartTimeMember]:
    return list({(m.organization, m.member): m for m in ms}.values())


@settings(max_examples=80, deadline=None)
@given(
    st.lists(drawn_members(min_day=D(2008, 1, 1), max_day=D(2016, 12, 31)), max_size=8).map(
        _unique
    ),
    st.lists(st.sampled_from(("东城街道党工委", "南湖社区党委", "翠微社区党委")), unique=True),
    st.dates(D(2008, 1, 1), D(2016, 12, 31)),
    st.integers(1, 3),
)
@pytest.mark.rule(RULE)
def test_the_count_is_the_members_serving_on_the_day(
    ms: list[PartTimeMember], listed: list[str], on: dt.date, minimum: int
) -> None:
    p = Policy.default().override({"organizations.part_time_members_minimum": minimum})
    ds = part_time_members(listed, ms, on=on, policy=p)
    names = [d.subject for d in ds]
    assert names == sorted(set(listed) | {m.organization for m in ms})
    for d in ds:
        mine = [m for m in ms if m.organization == d.subject]
        serving = sorted(
            m.member
            for m in mine
            if (m.since is None or m.since <= on) and (m.until is None or on <= m.until)
        )
        assert list(d.value.members) == serving
        assert sorted(d.value.members + d.value.not_serving) == sorted(m.member for m in mine)
        assert set(d.value.departments) == {m.department for m in mine if m.member in serving}
        assert d.outcome == ("met" if len(serving) >= minimum else "short")
        assert d.parameters == {"organizations.part_time_members_minimum": minimum}


@settings(max_examples=40, deadline=None)
@given(st.lists(drawn_members(), max_size=6).map(_unique), st.dates(D(2004, 1, 1), D(2026, 12, 31)))
@pytest.mark.rule(RULE)
def test_input_order_does_not_matter(ms: list[PartTimeMember], on: dt.date) -> None:
    assert part_time_members([], ms, on=on) == part_time_members([], ms[::-1], on=on)
