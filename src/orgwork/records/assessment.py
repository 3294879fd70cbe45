"""考核记录 — a town's assessment records: villages, cadres, schemes, monthly sheets, adjustments.

Examples:
    >>> from orgwork.samples.assessment import build
    >>> r = build(2025)
    >>> len(r.villages), r.villages[0].name
    (12, '东岭村')
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from orgwork.assessment import MonthlySheet, PointAdjustment, PointScheme, Use
from orgwork.decision import Text
from orgwork.ids import Id, IdOrBlank
from orgwork.records._base import INHERITED, sample_setting

__all__ = ["AssessmentRecords", "SheetGap", "TownCadre", "Village"]


class Village(BaseModel):
    """村 — a village: its party secretary and the town cadre stationed in it (驻村)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    name: str = Field(min_length=1)
    secretary: IdOrBlank
    stationed_cadre: IdOrBlank


class TownCadre(BaseModel):
    """镇中层干部 — a town mid-level cadre, assessed under the cadre scheme."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Id
    post: Text
    village: IdOrBlank = Field(description="The village the cadre is stationed in (驻村).")
    civil_servant: bool = Field(
        default=False,
        description="公务员: graded under the 公务员考核规定, whose cap on the share graded "
        "优秀 then applies to the year-end excellent grade.",
    )


class SheetGap(BaseModel):
    """缺报说明 — a month with no score sheet, and why (the assessment then lists it as missing)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: str
    month: int = Field(ge=1, le=12)
    reason: Text


class AssessmentRecords(BaseModel):
    """考核记录 — a town's assessment records for one year.

    Villages are assessed under their names (the unit id of every sheet is
    the village's name, e.g. ``"东岭村"``), cadres under theirs. Every
    collection may be empty: a town that keeps no cadre sheets leaves them
    out. ``sample_quotas`` is an illustrative setting (示例设定) used only by
    the bundled sample town: the places each use of the result gets when
    the policy sets none (the seed gives none). A real town leaves it empty
    and sets ``assessment.<use>_quota`` in its policy.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(json_schema_extra=INHERITED)
    town: str = Field(default="", json_schema_extra=INHERITED)
    villages: tuple[Village, ...] = ()
    cadres: tuple[TownCadre, ...] = ()
    village_scheme: PointScheme | None = None
    cadre_scheme: PointScheme | None = None
    sheets: tuple[MonthlySheet, ...] = ()
    cadre_sheets: tuple[MonthlySheet, ...] = ()
    adjustments: tuple[PointAdjustment, ...] = ()
    gaps: tuple[SheetGap, ...] = ()
    sample_quotas: dict[Use, int] = Field(default_factory=dict, json_schema_extra=sample_setting())

    def is_empty(self) -> bool:
        """Whether there is nothing to assess (no score sheet of either kind)."""
        return not self.sheets and not self.cadre_sheets

    def secretary(self, village: str) -> str:
        """The party secretary of ``village`` (by name); '' for a unit that is not a village.

        Examples:
            >>> from orgwork.samples.assessment import build
            >>> build(2025).secretary("东岭村")
            '王建国'
        """
        for v in self.villages:
            if v.name == village:
                return v.secretary
        return ""
