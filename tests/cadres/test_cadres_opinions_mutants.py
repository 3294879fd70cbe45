"""Tests that kill the mutants of cadres/_opinions.py the example tests left alive."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.cadres import OpinionSolicitation, opinion_solicitations
from orgwork.policy import Policy

D = dt.date
RULE = "cadres.opinion_solicitation"
QUARTERLY = Policy.default().override({"cadres.opinion_solicitation_months": 3})


def _loc(info: pytest.ExceptionInfo[ValidationError]) -> tuple[Any, ...]:
    return tuple(info.value.errors()[0]["loc"])


def asked(*days: dt.date) -> list[OpinionSolicitation]:
    return [OpinionSolicitation(on=x, form="座谈会") for x in days]


@pytest.mark.rule(RULE)
def test_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        opinion_solicitations([], start="x", on=D(2025, 6, 30))  # type: ignore[arg-type]
    assert _loc(info) == ("start",)
    with pytest.raises(ValidationError) as info:
        opinion_solicitations([], start=D(2025, 1, 1), on="x")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)


@pytest.mark.rule(RULE)
def test_a_period_s_last_day_counts_and_ends_it() -> None:
    # quarters from 1 January; asked on 31 March, the first quarter's last day
    d = opinion_solicitations(
        asked(D(2025, 3, 31)), start=D(2025, 1, 1), on=D(2025, 3, 31), policy=QUARTERLY
    )
    assert (d.outcome, d.value.months, d.value.running) == ("complete", 3, None)
    assert d.value.periods[0].held == (D(2025, 3, 31),)
    assert [r.zh for r in d.reasons][1] == (
        "本地规定每3个月至少征求意见一次,自2025年1月1日起按日历月分段,截至2025年3月31日已结束1个周期"
    )
    assert d.reasons[1].en == (
        "Locally, opinions are asked at least once every 3 month(s): periods of calendar months "
        "from 2025-01-01; 1 period(s) ended by 2025-03-31"
    )


@pytest.mark.rule(RULE)
def test_a_period_beginning_on_the_day_is_running() -> None:
    d = opinion_solicitations([], start=D(2025, 1, 1), on=D(2025, 4, 1), policy=QUARTERLY)
    assert d.value.running is not None
    assert (d.value.running.first, d.value.running.last) == (D(2025, 4, 1), D(2025, 6, 30))
    assert d.outcome == "gaps"
    assert "2025年1月1日至2025年3月31日未征求意见" in [r.zh for r in d.reasons]
    assert "None from 2025-01-01 to 2025-03-31" in [r.en for r in d.reasons]


@pytest.mark.rule(RULE)
def test_the_interval_is_the_one_in_force_on_the_day() -> None:
    p = Policy.default().with_change(D(2025, 1, 1), {"cadres.opinion_solicitation_months": 6})
    d = opinion_solicitations([], start=D(2025, 1, 1), on=D(2025, 12, 31), policy=p)
    assert (d.outcome, d.value.months, len(d.value.missing)) == ("gaps", 6, 2)
    before = opinion_solicitations([], start=D(2024, 1, 1), on=D(2024, 12, 31), policy=p)
    assert (before.outcome, before.value.months) == ("referred", None)
