"""Tests that kill the mutants of organizations/_part_time.py the example tests left alive."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.organizations import PartTimeMember, part_time_members
from orgwork.policy import Policy

D = dt.date
RULE = "organizations.part_time_members"


def _loc(info: pytest.ExceptionInfo[ValidationError]) -> tuple[Any, ...]:
    return tuple(info.value.errors()[0]["loc"])


def member(name: str, until: dt.date | None = None, org: str = "东城社区党委") -> PartTimeMember:
    return PartTimeMember(organization=org, member=name, department="公安", until=until)


@pytest.mark.rule(RULE)
def test_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        part_time_members([], [], on="x")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)
    with pytest.raises(ValidationError) as info:
        part_time_members([5], [], on=D(2025, 6, 30))  # type: ignore[list-item]
    assert _loc(info)[0] == "organizations"


@pytest.mark.rule(RULE)
def test_the_minimum_is_the_one_in_force_on_the_day() -> None:
    p = Policy.default().with_change(D(2025, 1, 1), {"organizations.part_time_members_minimum": 2})
    (d,) = part_time_members([], [member("王某")], on=D(2025, 6, 30), policy=p)
    assert (d.outcome, d.value.minimum) == ("short", 2)
    (before,) = part_time_members([], [member("王某")], on=D(2024, 6, 30), policy=p)
    assert (before.outcome, before.value.minimum) == ("met", 1)


@pytest.mark.rule(RULE)
def test_members_no_longer_serving_are_named_in_both_languages() -> None:
    ms = [member("王某", until=D(2025, 3, 31)), member("李某", until=D(2025, 4, 30))]
    (d,) = part_time_members([], ms, on=D(2025, 6, 30))
    assert d.outcome == "short"
    assert (
        d.headline.zh
        == "东城社区党委在2025年6月30日没有在任的派驻部门兼职委员(李某、王某不在任期内)"
    )
    assert d.headline.en == (
        "东城社区党委 has no stationed department's member serving on its committee on "
        "2025-06-30 (李某, 王某: not serving)"
    )
