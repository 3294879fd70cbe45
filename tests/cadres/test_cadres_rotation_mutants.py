"""Rotation of section heads and the computer-skills ages, word for word, with their errors.

Written against the survivors of mutation testing (``python tools/mutation.py
cadres/_rotation``, triage in ``docs/mutation.md``). 002: "我们对部内14个处室的正副
处长(主任)进行岗位轮换" and "要求45岁以下的干部全面掌握,45岁以上的逐步掌握".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.cadres import (
    SectionTenure,
    age_on,
    anniversary,
    computer_skills_requirement,
    rotation_due,
)
from orgwork.decision import Decision
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy
from orgwork.rules import get

D = dt.date
FIVE = Policy.default().override({"cadres.rotation_max_tenure_years": 5})


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _loc(info: pytest.ExceptionInfo[ValidationError]) -> tuple[Any, ...]:
    return tuple(info.value.errors()[0]["loc"])


@pytest.mark.rule("cadres.rotation")
def test_each_heads_rotation_is_explained_with_the_day_it_is_due() -> None:
    """进行岗位轮换,改变了过去干部在同一处室任职时间过长: due from the day the maximum is reached."""
    assert "正副处长(主任)进行岗位轮换" in get("cadres.rotation").source.quote
    tenures = [
        SectionTenure(cadre="刘某", section="干部一处", post="head", since=D(1995, 3, 1)),  # type: ignore[arg-type]
        SectionTenure(cadre="王某", section="组织处", post="deputy_head", since=D(1998, 2, 28)),  # type: ignore[arg-type]
        SectionTenure(cadre="赵某", section="组织处", post="head", since=D(2001, 6, 1)),  # type: ignore[arg-type]
    ]
    due, deputy, later = rotation_due(tenures, on=D(2001, 1, 1), policy=FIVE)
    assert (due.outcome, due.subject) == ("due", "刘某")
    assert due.headline("zh") == "刘某任干部一处处长(主任)已满5年,应轮岗"
    assert due.headline("en") == "刘某, head of 干部一处: 5 years reached, rotation is due"
    assert _reasons(due) == [
        (
            "自1995-03-01在该处室任职,至2001-01-01满5年;本地规定同一处室任职满5年轮岗",
            "In the section since 1995-03-01: 5 full year(s) by 2001-01-01; local policy "
            "rotates after 5 years in one section",
        )
    ]
    assert (deputy.outcome, deputy.subject) == ("not_due", "王某")
    assert deputy.headline("zh") == "王某任组织处副处长(副主任)未满5年,2003年2月28日起应轮岗"
    assert deputy.headline("en") == "王某, deputy head of 组织处: rotation due from 2003-02-28"
    assert deputy.reasons[0].zh == (
        "自1998-02-28在该处室任职,至2001-01-01满2年;本地规定同一处室任职满5年轮岗"
    )
    # not yet begun on the day: no full year served
    assert later.value.full_years == 0
    assert later.reasons[0].en.startswith("In the section since 2001-06-01: 0 full year(s)")


@pytest.mark.rule("cadres.rotation")
def test_rotation_errors_name_the_parameter_the_argument_and_the_cadre() -> None:
    t = SectionTenure(cadre="刘某", section="干部一处", post="head", since=D(1995, 3, 1))  # type: ignore[arg-type]
    with pytest.raises(MissingParameterError) as missing:
        rotation_due([t], on=D(2001, 1, 1))
    assert str(missing.value) == (
        "cadres.rotation_max_tenure_years is not set: the seed (002) gives no maximum "
        "tenure in one section; set it in the policy"
    )
    with pytest.raises(
        TypeError, match=r"^tenures must be a collection of SectionTenure, not int$"
    ):
        rotation_due(5, on=D(2001, 1, 1), policy=FIVE)  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^cadre listed more than once: 刘某$"):
        rotation_due([t, t], on=D(2001, 1, 1), policy=FIVE)


def test_age_in_full_years_and_its_errors() -> None:
    """周岁: a year of age is complete on the birthday."""
    assert age_on(D(1957, 6, 2), D(2002, 6, 1)) == 44
    assert age_on(D(1957, 6, 2), D(2002, 6, 2)) == 45
    assert age_on(D(2000, 1, 1), D(2000, 1, 1)) == 0  # born that day: 0, not an error
    with pytest.raises(RecordError, match=r"^born on 2000-01-02, after 2000-01-01$"):
        age_on(D(2000, 1, 2), D(2000, 1, 1))
    with pytest.raises(ValidationError) as info:
        age_on("x", D(2000, 1, 1))  # type: ignore[arg-type]
    assert _loc(info) == ("born",)
    with pytest.raises(ValidationError) as info:
        age_on(D(2000, 1, 1), "x")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)


def test_anniversary_bounds() -> None:
    assert anniversary(D(2000, 5, 6), 0) == D(2000, 5, 6)
    assert anniversary(D(1800, 5, 6), 200) == D(2000, 5, 6)
    assert anniversary(D(9998, 6, 1), 1) == D(9999, 6, 1)
    for years in (-1, 201):
        with pytest.raises(ValidationError) as info:
            anniversary(D(1800, 5, 6), years)
        assert _loc(info) == ("years",)
    with pytest.raises(ValidationError) as info:
        anniversary("x", 1)  # type: ignore[arg-type]
    assert _loc(info) == ("start",)
    with pytest.raises(
        ValueError, match=r"^start 9999-06-01 plus years=1 is past 9999-12-31, "
    ) as e:
        anniversary(D(9999, 6, 1), 1)
    assert str(e.value).endswith("the last date Python can represent")


@pytest.mark.rule("cadres.computer_skills")
def test_exactly_45_is_explained_in_both_readings() -> None:
    """要求45岁以下的干部全面掌握,45岁以上的逐步掌握 — 45 is in both; the local reading decides."""
    assert (
        get("cadres.computer_skills").source.quote
        == "要求45岁以下的干部全面掌握,45岁以上的逐步掌握"
    )
    full = computer_skills_requirement(D(1957, 3, 1), on=D(2002, 3, 1), subject="李某")
    assert (full.outcome, full.subject) == ("full", "李某")
    assert full.headline("zh") == "李某应全面掌握计算机应用技能"
    assert full.headline("en") == "李某 is to master computer skills fully"
    assert _reasons(full) == [
        (
            "2002-03-01时45周岁;45岁以下全面掌握,45岁以上逐步掌握",
            "Aged 45 on 2002-03-01; below 45 full mastery, above 45 gradual",
        ),
        (
            "恰为45周岁:“45岁以下”“45岁以上”均包括本数,按本地解读归入“45岁以下”,即全面掌握",
            "Exactly 45: '45岁以下' and '45岁以上' both include 45; the local reading puts this "
            "age in 45岁以下 (at or under 45) (fully)",
        ),
    ]
    over = Policy.default().override({"cadres.computer_skills_boundary_group": "gradual"})
    gradual = computer_skills_requirement(D(1957, 3, 1), on=D(2002, 3, 1), policy=over)
    assert gradual.headline("zh") == "该干部应逐步掌握计算机应用技能"
    assert gradual.headline("en") == "The cadre is to master computer skills gradually"
    assert gradual.reasons[1].zh == (
        "恰为45周岁:“45岁以下”“45岁以上”均包括本数,按本地解读归入“45岁以上”,即逐步掌握"
    )
    assert gradual.reasons[1].en.endswith("puts this age in 45岁以上 (at or over 45) (gradually)")
    unset = Policy.default().override({"cadres.computer_skills_boundary_group": None})
    with pytest.raises(MissingParameterError) as missing:
        computer_skills_requirement(D(1957, 3, 1), on=D(2002, 3, 1), policy=unset)
    assert str(missing.value) == (
        "cadres.computer_skills_boundary_group is not set: at exactly 45 a cadre is both "
        "45岁以下 and 45岁以上 in the seed; choose 'full' or 'gradual'"
    )


@pytest.mark.rule("cadres.computer_skills")
def test_the_age_limit_is_the_one_in_force_on_the_day() -> None:
    fifty = Policy.default().with_change(D(2002, 1, 1), {"cadres.computer_skills_age": 50})
    d = computer_skills_requirement(D(1955, 1, 1), on=D(2002, 3, 1), policy=fifty)  # aged 47
    assert d.outcome == "full"
    assert d.reasons[0].en == "Aged 47 on 2002-03-01; below 50 full mastery, above 50 gradual"
    assert d.reasons[0].zh == "2002-03-01时47周岁;50岁以下全面掌握,50岁以上逐步掌握"
    with pytest.raises(ValidationError) as info:
        computer_skills_requirement(D(1955, 1, 1), on="x")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)
