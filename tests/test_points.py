"""Exact points: the bound that keeps sums exact, numbers as text, and the rule an adjustment cites."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from orgwork.assessment import MonthlySheet
from orgwork.decision import Decision, Reason, Text
from orgwork.points import POINTS_LIMIT, PointAdjustment
from orgwork.policy import Policy

REASON = Text(zh="扣分", en="deduction")


def sheet(points: object) -> MonthlySheet:
    return MonthlySheet(unit="V01", town="灵乡镇", year=2025, month=1, points={"goals": points})


def test_the_limit_either_way_is_accepted_and_one_hundredth_more_is_not() -> None:
    assert sheet(POINTS_LIMIT).total == POINTS_LIMIT
    for beyond in (POINTS_LIMIT + Decimal("0.01"), -POINTS_LIMIT - Decimal("0.01")):
        with pytest.raises(ValidationError, match="points must lie between"):
            PointAdjustment(
                unit="V01", year=2025, month=1, points=beyond, rule="local.x", reason=REASON
            )


def test_a_sum_of_points_is_exact() -> None:
    """Issue 14: a total rounded at Decimal's 28 digits."""
    big = MonthlySheet(
        unit="V01",
        town="灵乡镇",
        year=2025,
        month=1,
        points={"a": POINTS_LIMIT, "b": "0.01", "c": POINTS_LIMIT},
    )
    assert big.total == 2 * POINTS_LIMIT + Decimal("0.01")


@pytest.mark.parametrize(
    "text", ["1_000", "9_9", "٩٥", "1e3", "nan", "Infinity", "0x10", "1,000", "+-1"]
)
def test_a_number_as_text_is_a_sign_digits_and_one_point(text: str) -> None:
    with pytest.raises(ValidationError, match="not a number"):
        sheet(text)


@pytest.mark.parametrize(
    ("text", "value"), [("83.5", "83.5"), (" 7 ", "7"), (".5", "0.5"), ("+2", "2")]
)
def test_plain_numbers_as_text_are_read(text: str, value: str) -> None:
    assert sheet(text).total == Decimal(value)


def test_policies_read_numbers_the_same_way() -> None:
    from orgwork.errors import PolicyError

    with pytest.raises(PolicyError):
        Policy.default().override({"care.deduction_per_missed_duty": "1_0"})


@pytest.mark.parametrize(
    "rule", ["", "free text", "care", "care.no_such_rule", "LOCAL.x", "local."]
)
def test_an_adjustment_or_decision_cites_a_catalogue_rule_or_a_local_marker(rule: str) -> None:
    with pytest.raises(ValidationError, match="not a catalogue rule id"):
        PointAdjustment(unit="V01", year=2025, month=1, points=-1, rule=rule, reason=REASON)
    with pytest.raises(ValidationError, match="not a catalogue rule id"):
        Decision[int](rule=rule, outcome="ok", value=1, headline=REASON)
    with pytest.raises(ValidationError, match="not a catalogue rule id"):
        Reason(rule=rule, zh="甲", en="a")


@pytest.mark.parametrize(
    "rule", ["care.festival_visit", "local.flood_watch", "local.town.extra_duty"]
)
def test_catalogue_ids_and_local_markers_are_cited(rule: str) -> None:
    a = PointAdjustment(unit="V01", year=2025, month=1, points=-1, rule=rule, reason=REASON)
    assert a.rule == rule
