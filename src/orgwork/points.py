"""Exact points and point adjustments shared by the assessment and the domains that feed it.

Points are never floats: they are `Decimal` values with at
most two decimal places (the 千分制 is scored in whole or half points in
practice; two places leave room for local practice). A
[`PointAdjustment`][orgwork.points.PointAdjustment] is a deduction (negative) or an addition
(positive) for one assessed unit in one month, with the rule and the reason
behind it. Domains such as care produce adjustments; the assessment applies
them. Neither depends on the other: both depend on this module.

>>> a = PointAdjustment(unit="V01", year=2025, month=7, points="-5",
...                     rule="care.festival_visit", reason=Text(zh="七一未慰问", en="No 七一 visit"))
>>> a.points
Decimal('-5')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from orgwork._args import two_places
from orgwork.decision import Text
from orgwork.ids import Id
from orgwork.policy._base import exact_decimal
from orgwork.rules import RuleId

__all__ = ["POINTS_LIMIT", "PointAdjustment", "Points"]


#: The largest number of points, either way, that any one value may hold. No
#: assessment comes near it; the bound keeps every sum of points exact (Decimal's
#: default context has 28 significant digits, and a sum of up to 10**13 values of
#: at most 15 digits stays within them) instead of silently rounding.
POINTS_LIMIT = Decimal(10**12)


def _within_limit(value: Decimal) -> Decimal:
    if abs(value) > POINTS_LIMIT:
        raise ValueError(f"points must lie between -{POINTS_LIMIT} and {POINTS_LIMIT}")
    return value


#: An exact number of points (Decimal, at most two decimal places, at most
#: `POINTS_LIMIT` either way; floats rejected unless they are exactly what
#: they print as).
Points = Annotated[
    Decimal,
    BeforeValidator(exact_decimal),
    AfterValidator(_within_limit),
    AfterValidator(two_places),
]


class PointAdjustment(BaseModel):
    """A deduction (negative ``points``) or addition (positive) for one unit and month."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id = Field(min_length=1, description="Id of the assessed unit (village or person).")
    year: int = Field(ge=1949, le=2200)
    month: int = Field(ge=1, le=12)
    points: Points
    item: Id | None = Field(default=None, description="Scheme item code it applies to, if any.")
    rule: RuleId = Field(
        description="Catalogue id of the rule behind it, or a local marker (local.<name>)."
    )
    reason: Text
    source: str | None = Field(default=None, description="The record or document behind it.")
