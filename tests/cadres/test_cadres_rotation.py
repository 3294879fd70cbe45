"""岗位轮换 and 计算机技能 (002)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import (
    SectionTenure,
    SkillsRequirement,
    age_on,
    anniversary,
    computer_skills_requirement,
    rotation_due,
)
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy
from orgwork.strategies import section_tenures

ROTATION = "cadres.rotation"
SKILLS = "cadres.computer_skills"
D = dt.date


@pytest.mark.rule("cadres.rotation")
def test_no_maximum_tenure_in_the_seed_means_no_default() -> None:
    # 002: 改变了过去干部在同一处室任职时间过长 — but no number of years
    t = SectionTenure(cadre="刘某", section="干部一处", post="head", since=D(1995, 3, 1))
    with pytest.raises(MissingParameterError) as info:
        rotation_due([t], on=D(2001, 1, 1))
    assert info.value.parameter == "cadres.rotation_max_tenure_years"


@pytest.mark.rule("cadres.rotation")
def test_rotation_worked_example_fourteen_sections() -> None:
    # 002: 对部内14个处室的正副处长(主任)进行岗位轮换
    p = Policy.default().override({"cadres.rotation_max_tenure_years": 5})
    tenures = [
        SectionTenure(
            cadre=f"C{i:02d}",
            section=f"第{i}处",
            post="head" if i % 2 else "deputy_head",
            since=D(1994 + i % 8, 1 + i % 12, 1),
        )
        for i in range(14)
    ]
    ds = rotation_due(tenures, on=D(2002, 1, 1), policy=p)
    assert len(ds) == 14
    assert [d.value.due_on for d in ds] == sorted(d.value.due_on for d in ds)
    due = {d.subject for d in ds if d.outcome == "due"}
    assert due == {
        t.cadre for t in tenures if D(t.since.year + 5, t.since.month, 1) <= D(2002, 1, 1)
    }
    assert ds[0].parameters == {"cadres.rotation_max_tenure_years": 5}


@pytest.mark.rule("cadres.rotation")
def test_the_anniversary_day_and_29_february() -> None:
    p = Policy.default().override({"cadres.rotation_max_tenure_years": 1})
    t = SectionTenure(cadre="C", section="S", post="head", since=D(2000, 2, 29))
    assert rotation_due([t], on=D(2001, 2, 28), policy=p)[0].outcome == "not_due"
    assert rotation_due([t], on=D(2001, 3, 1), policy=p)[0].outcome == "due"
    assert anniversary(D(2000, 2, 29), 4) == D(2004, 2, 29)


@pytest.mark.rule("cadres.rotation")
@given(
    st.lists(section_tenures(), max_size=10, unique_by=lambda t: t.cadre),
    st.dates(D(1990, 1, 1), D(2010, 12, 31)),
    st.integers(1, 10),
)
def test_due_iff_the_tenure_reached_the_maximum(
    tenures: list[SectionTenure], on: dt.date, years: int
) -> None:
    p = Policy.default().override({"cadres.rotation_max_tenure_years": years})
    ds = rotation_due(tenures, on=on, policy=p)
    assert len(ds) == len(tenures)
    for d in ds:
        v = d.value
        assert v.due is (on >= anniversary(v.since, years))
        assert v.due is (v.full_years >= years)


@pytest.mark.rule("cadres.computer_skills")
def test_computer_skills_by_age() -> None:
    # 002: 要求45岁以下的干部全面掌握,45岁以上的逐步掌握
    on = D(2002, 6, 1)
    assert computer_skills_requirement(D(1958, 6, 2), on=on).value is SkillsRequirement.FULL  # 43
    assert (
        computer_skills_requirement(D(1956, 6, 1), on=on).value is SkillsRequirement.GRADUAL
    )  # 46
    # exactly 45 is in both groups in the seed; until issue 13 this raised, now the default
    # reading (45岁以下, full) answers, and a locality that unsets it is asked for it
    unset = Policy.default().override({"cadres.computer_skills_boundary_group": None})
    with pytest.raises(MissingParameterError) as info:
        computer_skills_requirement(D(1957, 6, 1), on=on, policy=unset)
    assert info.value.parameter == "cadres.computer_skills_boundary_group"
    p = Policy.default()
    d = computer_skills_requirement(D(1957, 6, 1), on=on, subject="张某", policy=p)
    assert (d.outcome, d.subject) == ("full", "张某")
    assert d.parameters["cadres.computer_skills_boundary_group"] == "full"
    with pytest.raises(RecordError):
        computer_skills_requirement(D(2003, 1, 1), on=on)


@pytest.mark.rule("cadres.computer_skills")
@given(
    st.dates(D(1930, 1, 1), D(1990, 12, 31)),
    st.dates(D(2000, 1, 1), D(2010, 12, 31)),
    st.integers(20, 70),
)
def test_below_the_age_full_above_it_gradual(born: dt.date, on: dt.date, limit: int) -> None:
    p = Policy.default().override(
        {"cadres.computer_skills_age": limit, "cadres.computer_skills_boundary_group": "gradual"}
    )
    age = age_on(born, on)
    d = computer_skills_requirement(born, on=on, policy=p)
    assert d.value is (SkillsRequirement.FULL if age < limit else SkillsRequirement.GRADUAL)


@pytest.mark.rule("cadres.rotation")
def test_rotation_day_is_a_required_keyword() -> None:
    p = Policy.default().override({"cadres.rotation_max_tenure_years": 5})
    t = SectionTenure(cadre="刘某", section="干部一处", post="head", since=D(1995, 3, 1))
    with pytest.raises(TypeError):
        rotation_due([t], D(2001, 1, 1), policy=p)  # type: ignore[misc]
    with pytest.raises(TypeError):
        rotation_due([t], policy=p)  # type: ignore[call-arg]
    assert rotation_due([t], on=D(2001, 1, 1), policy=p)[0].outcome == "due"


@pytest.mark.rule("cadres.computer_skills")
def test_skills_day_is_a_required_keyword() -> None:
    with pytest.raises(TypeError):
        computer_skills_requirement(D(1960, 1, 1), D(2002, 3, 1))  # type: ignore[misc]
    with pytest.raises(TypeError):
        computer_skills_requirement(D(1960, 1, 1))  # type: ignore[call-arg]
    assert computer_skills_requirement(D(1960, 1, 1), on=D(2002, 3, 1)).outcome == "full"


@pytest.mark.rule("cadres.rotation")
@pytest.mark.rule("cadres.computer_skills")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    p = Policy.default().override({"cadres.rotation_max_tenure_years": 3})
    t = SectionTenure(cadre="c", section="s", post="head", since=D(2020, 1, 1))
    midnight, morning = dt.datetime(2025, 6, 30), dt.datetime(2025, 6, 30, 9, 30)
    assert rotation_due([t], on=midnight, policy=p) == rotation_due(
        [t], on=D(2025, 6, 30), policy=p
    )
    assert computer_skills_requirement(D(1970, 1, 1), on=midnight).outcome == "gradual"
    assert age_on(dt.datetime(1970, 1, 1), midnight) == 55
    assert anniversary(dt.datetime(2020, 2, 29), 1) == D(2021, 3, 1)
    with pytest.raises(ValidationError) as info:
        rotation_due([t], on=morning, policy=p)
    assert info.value.errors()[0]["loc"] == ("on",)
    with pytest.raises(ValidationError) as info:
        computer_skills_requirement(dt.datetime(1970, 1, 1, 8), on=midnight)
    assert info.value.errors()[0]["loc"] == ("born",)
    with pytest.raises(ValidationError):
        computer_skills_requirement(D(1970, 1, 1), on="2025-06-30T09:30")  # type: ignore[arg-type]


@pytest.mark.rule("cadres.rotation")
def test_a_cadre_listed_twice_is_a_record_error() -> None:
    p = Policy.default().override({"cadres.rotation_max_tenure_years": 3})
    a = SectionTenure(cadre="刘某", section="干部一处", post="head", since=D(1995, 3, 1))
    b = SectionTenure(cadre="刘某", section="组织处", post="deputy_head", since=D(1999, 3, 1))
    with pytest.raises(RecordError, match="刘某"):
        rotation_due([a, b], on=D(2001, 1, 1), policy=p)
    with pytest.raises(RecordError, match="刘某"):
        rotation_due([a, a], on=D(2001, 1, 1), policy=p)
    assert len(rotation_due([a], on=D(2001, 1, 1), policy=p)) == 1


@pytest.mark.rule("cadres.rotation")
def test_anniversary_validates_its_years() -> None:
    with pytest.raises(ValidationError) as info:
        anniversary(D(2020, 1, 1), "3")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("years",)
    p = Policy.default().override({"cadres.rotation_max_tenure_years": 3})
    t = SectionTenure(cadre="c", section="s", post="head", since=D(2020, 1, 1))
    assert rotation_due([t], on=D(2023, 1, 1), policy=p)[0].value.due_on == anniversary(t.since, 3)


@pytest.mark.rule("cadres.computer_skills")
def test_exactly_45_has_a_documented_default_reading() -> None:
    # issue 13 point 8: 45岁以下全面掌握, 45岁以上逐步掌握 — both include 45; the default
    # reads 45 as 45岁以下 (the group the seed then examined), kept as a parameter
    on = D(2002, 6, 1)
    d = computer_skills_requirement(D(1957, 6, 1), on=on)  # exactly 45
    assert d.outcome == "full"
    assert d.parameters["cadres.computer_skills_boundary_group"] == "full"
    assert any("45岁以下" in r.zh and "包括本数" in r.zh for r in d.reasons)
    info = {i.path: i for i in Policy.default().parameters()}[
        "cadres.computer_skills_boundary_group"
    ]
    assert info.kind == "local"
    assert info.text == "要求45岁以下的干部全面掌握,45岁以上的逐步掌握"
    p = Policy.default().override({"cadres.computer_skills_boundary_group": "gradual"})
    assert computer_skills_requirement(D(1957, 6, 1), on=on, policy=p).outcome == "gradual"
    # a locality may still leave it open, and then the rule asks for it
    unset = Policy.default().override({"cadres.computer_skills_boundary_group": None})
    with pytest.raises(MissingParameterError):
        computer_skills_requirement(D(1957, 6, 1), on=on, policy=unset)


@pytest.mark.rule("cadres.computer_skills")
@given(st.dates(D(1930, 1, 1), D(1990, 12, 31)), st.dates(D(2000, 1, 1), D(2010, 12, 31)))
def test_the_default_answers_for_every_age(born: dt.date, on: dt.date) -> None:
    d = computer_skills_requirement(born, on=on)
    age = age_on(born, on)
    assert d.value is (SkillsRequirement.FULL if age <= 45 else SkillsRequirement.GRADUAL)
