"""Input and result models of the assessment: monthly sheets, annual totals, rankings, cuts."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from orgwork.ids import Id
from orgwork.points import Points
from orgwork.policy.assessment import TiePolicy, Use

__all__ = [
    "AnnualTotal",
    "CutStatus",
    "MissingSheets",
    "MonthlySheet",
    "Ranking",
    "SalaryEligibility",
    "TrimmedId",
    "UnitKind",
    "UseDecidedBy",
    "UseResult",
]

#: What an assessed unit is: a village (its party organization) or a cadre (a person).
UnitKind = Literal["village", "cadre"]

#: The result of a top-N cut for one unit.
CutStatus = Literal["eligible", "not_eligible", "undecided", "not_ranked"]

#: What settled a unit's place in a cut of the ranking for one use of the result.
UseDecidedBy = Literal[
    "rank",
    "tie_policy",
    "secondary_keys",
    "min_points",
    "not_ranked",
    "missing_sheets",
    "national_cap",
]

#: The units of a town that lack monthly sheets, each with its missing months.
MissingSheets = tuple[tuple[str, tuple[int, ...]], ...]


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise ValueError("points may not be negative (record a deduction as a PointAdjustment)")
    return value


NonNegativePoints = Annotated[Points, AfterValidator(_non_negative)]
UnitId = Annotated[str, Field(min_length=1, max_length=200)]
#: A unit id, normalised as every id is ([`orgwork.ids`][orgwork.ids]).
TrimmedId = Id


class MonthlySheet(BaseModel):
    """月度考核评分表 — one unit's points per scheme item for one month.

    ``unit`` is an id unique in the data (a village or a cadre); deductions
    and additions are not part of the sheet: they are
    [`PointAdjustment`][orgwork.points.PointAdjustment] records passed beside it, each
    with its reason and the rule behind it.

    Examples:
        >>> s = MonthlySheet(unit="朱家村", town="灵乡镇", year=2025, month=7, points={"goals": "83.5"})
        >>> s.total
        Decimal('83.5')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: TrimmedId
    town: TrimmedId
    kind: UnitKind = "village"
    year: int = Field(ge=1949, le=2200)
    month: int = Field(ge=1, le=12)
    points: dict[str, NonNegativePoints] = Field(min_length=1)
    note: str | None = Field(default=None, description="A remark carried with the sheet.")

    @property
    def total(self) -> Decimal:
        """The sheet's points added up.

        Examples:
            >>> MonthlySheet(unit="V1", town="T", year=2025, month=1, points={"a": 1, "b": "2.5"}).total
            Decimal('3.5')
        """
        return sum(self.points.values(), Decimal(0))


class AnnualTotal(BaseModel):
    """年度考核结果 — one unit's annual result under a scheme.

    ``points`` is the annual result (the monthly sum or the rounded mean),
    within ``[0, total]``, plus the year's bonuses (``bonus_points``, 奖励分,
    outside the total: each at most its bonus item's cap). ``item_points`` and ``category_points`` are each
    item's (category's) points added over the scored months, after
    adjustments. ``rankable`` is false for an incomplete year under
    ``missing_months="not_ranked"``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id
    town: Id
    kind: UnitKind
    year: int
    scheme: str
    total: Points
    points: Points
    rankable: bool
    months_scored: tuple[int, ...]
    missing_months: tuple[int, ...]
    item_points: dict[str, Points]
    category_points: dict[str, Points]
    adjustments: Points = Field(description="Net points of the adjustments given.")
    bonus_points: dict[str, Points] = Field(
        default_factory=dict,
        description="Each bonus item's points for the year (奖励分, on top of the total).",
    )
    not_applied: Points = Field(
        description="Net points of adjustments cut off by item or total bounds."
    )


class Ranking(BaseModel):
    """名次 — one unit's standard competition rank within its town (1, 2, 2, 4)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id
    town: Id
    kind: UnitKind
    year: int
    points: Points
    rank: int | None = Field(description="None when the unit is not ranked.")
    ranked_units: int = Field(description="How many units of the town are ranked.")
    tied_with: tuple[str, ...] = Field(description="Other units sharing this rank.")
    missing_months: tuple[int, ...] = ()


class SalaryEligibility(BaseModel):
    """副科级待遇资格 — whether a village's party secretary gets the deputy-section-level salary."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id
    town: Id
    year: int
    points: Points
    rank: int | None
    places: int = Field(description="N: how many places the top-N rule gives.")
    status: CutStatus
    decided_by: Literal["rank", "tie_policy", "secondary_keys", "not_ranked", "missing_sheets"]
    tie_policy: TiePolicy | None = Field(
        default=None, description="The tie policy applied, when a tie crossed the N-th place."
    )
    tied_units: tuple[str, ...] = Field(
        default=(), description="Every unit tied with this one across the N-th place."
    )
    missing_months: tuple[int, ...] = ()
    missing_sheets: MissingSheets = Field(
        default=(),
        description="When the cut is held: the town's units lacking sheets, with their months.",
    )


class UseResult(BaseModel):
    """考核结果运用 — a unit's place in the ranking offered to the committee for one use.

    The result is an important basis (重要依据) for the use, not its gate:
    ``status`` ``"eligible"`` means the unit is within the places (and at or
    above the score line) and is listed in the recommendation to the town
    party committee; ``"not_eligible"`` means it is not listed, never that it
    is barred.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: Id
    town: Id
    kind: UnitKind
    year: int
    use: Use
    points: Points
    rank: int | None
    places: int | None = Field(description="Places from the quota, or None if no quota.")
    min_points: Decimal | None = Field(description="The qualifying score line, if any.")
    status: CutStatus
    decided_by: UseDecidedBy
    tied_units: tuple[str, ...] = ()
    missing_months: tuple[int, ...] = ()
    missing_sheets: MissingSheets = Field(
        default=(),
        description="When the cut is held: the town's units lacking sheets, with their months.",
    )
    civil_servant: bool = Field(
        default=False, description="Whether the unit was named a civil servant (年终优秀 only)."
    )
    national_places: int | None = Field(
        default=None,
        description="For a civil servant: the places the national 优秀 share allows among the "
        "civil servants ranked.",
    )
