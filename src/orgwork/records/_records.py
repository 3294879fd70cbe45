"""Records: everything the rule families read, for one town (or one county) and one year."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.records._base import marked
from orgwork.records.assessment import AssessmentRecords
from orgwork.records.care import CareRecords
from orgwork.records.membership import MembershipRecords
from orgwork.records.open_day import OpenDayRecords
from orgwork.records.selection import SelectionRecords
from orgwork.records.supervision import SupervisionRecords

__all__ = ["FAMILIES", "Records"]

#: The rule families, in report order.
FAMILIES: tuple[str, ...] = (
    "assessment",
    "care",
    "supervision",
    "open_day",
    "selection",
    "membership",
)

#: Fields of the records that families inherit (when a family has a field of that name).
_SHARED = ("year", "town", "county", "prefecture")


_MODELS: dict[str, type[BaseModel]] = {
    "assessment": AssessmentRecords,
    "care": CareRecords,
    "supervision": SupervisionRecords,
    "open_day": OpenDayRecords,
    "selection": SelectionRecords,
    "membership": MembershipRecords,
}
#: Each family's fields that are filled from the records' own.
_FAMILY_FIELDS = {f: frozenset(marked(m, "inherited")) for f, m in _MODELS.items()}
#: Each family's review days (31 December of the year when left empty).
_REVIEW_DAYS = {f: marked(m, "review_day") for f, m in _MODELS.items()}


def share(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` of [`Records`][orgwork.records.Records] with each family given the records' own year and place.

    A family given as a mapping (or not at all) gets the fields it inherits; one
    given as a model is copied with them. The care roster's town defaults to
    the records' town.
    """
    data = dict(data)
    shared = {k: data[k] for k in _SHARED if k in data}
    for family in FAMILIES:
        value = data.get(family)
        own = {k: v for k, v in shared.items() if k in _FAMILY_FIELDS[family]}
        if value is None:
            data[family] = own
        elif isinstance(value, dict):
            data[family] = {**value, **own}
        elif isinstance(value, BaseModel):
            data[family] = value.model_copy(update=own)
    care = data.get("care")
    if isinstance(care, dict) and data.get("town"):  # the care roster's town defaults to ours
        roster = care.get("town")
        if roster is None:
            data["care"] = {**care, "town": {"name": data["town"]}}
        elif isinstance(roster, dict) and not roster.get("name"):
            data["care"] = {**care, "town": {**roster, "name": data["town"]}}
    return data


class Records(BaseModel):
    """组织工作记录 — one town's (or one county's) records of a year, for every rule family.

    The place (``town``, ``county``, ``prefecture``, ``province``) and the
    ``year`` are stated once; each family's records inherit them. Every
    family may be empty: [`orgwork.report.check`][orgwork.report.check] skips it with a note.

    Examples:
        >>> r = Records(year=2025, town="平安乡")
        >>> r.assessment.year, r.care.is_empty()
        (2025, True)
        >>> r.for_year(2024).supervision.year
        2024
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(ge=1949, le=2200, description="The year the records are of.")
    town: str = Field(default="", description="The town (or county) the records are of.")
    county: str = ""
    prefecture: str = ""
    province: str = ""
    # Each family is filled in by ``_inherit`` (from the year and place) when left out; the
    # defaults say so to a type checker, so ``Records(year=2025)`` type-checks as it runs.
    assessment: AssessmentRecords = Field(
        default_factory=lambda d: AssessmentRecords.model_validate({"year": d["year"]})
    )
    care: CareRecords = Field(
        default_factory=lambda d: CareRecords.model_validate({"year": d["year"]})
    )
    supervision: SupervisionRecords = Field(
        default_factory=lambda d: SupervisionRecords.model_validate({"year": d["year"]})
    )
    open_day: OpenDayRecords = Field(
        default_factory=lambda d: OpenDayRecords.model_validate({"year": d["year"]})
    )
    selection: SelectionRecords = Field(
        default_factory=lambda d: SelectionRecords.model_validate({"year": d["year"]})
    )
    membership: MembershipRecords = Field(
        default_factory=lambda d: MembershipRecords.model_validate({"year": d["year"]})
    )

    @model_validator(mode="before")
    @classmethod
    def _inherit(cls, data: Any) -> Any:
        return share(data) if isinstance(data, dict) else data

    def for_year(self, year: int) -> Records:
        """The same records, read for ``year`` (each family's year follows).

        A review day on 31 December of the records' year (the default when
        left empty) moves to 31 December of ``year``; one stated otherwise
        is kept.

        Examples:
            >>> Records(year=2025).for_year(2024).supervision.on
            datetime.date(2024, 12, 31)
        """
        end = dt.date(self.year, 12, 31)
        data: dict[str, Any] = {**dict(self), "year": year}
        for family, fields in _REVIEW_DAYS.items():
            own = getattr(self, family)
            data[family] = {
                **{k: v for k, v in dict(own).items() if not (k in fields and v == end)},
                "year": year,
            }
        return type(self).model_validate(data)

    def families(self) -> dict[str, BaseModel]:
        """Each family's records, by family key, in report order."""
        return {f: getattr(self, f) for f in FAMILIES}
