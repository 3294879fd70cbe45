"""开放日记录 — a department's open-day plan, the suggestions raised, the delegates and sites
chosen (巢湖市) and the rectification feedback (肥西县).

Examples:
    >>> from orgwork.samples.open_day import build
    >>> len(build(2025).suggestions)
    17
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.ids import Id
from orgwork.open_day import (
    Delegate,
    Feedback,
    Gender,
    OfficeMeeting,
    OpenDayPlan,
    SiteChoice,
    Suggestion,
)
from orgwork.records._base import (
    INHERITED,
    REVIEW_DAY,
    marked,
    sample_setting,
    year_end_defaults,
)

__all__ = ["InspectionSite", "OpenDayRecords", "RecommendedDelegate"]


class RecommendedDelegate(BaseModel):
    """推荐的党代表 — a delegate an electoral unit recommended (巢湖市), and whether chosen.

    ``id`` is the name the delegate is known by; ``post`` (工作岗位) and
    ``level`` (代表层级) are the locality's own labels; ``age`` in years.

    Examples:
        >>> d = RecommendedDelegate(id="D01", unit="城关选举单位", gender="female", age=45,
        ...                         post="学校", level="市", chosen=True)
        >>> d.delegate().gender.zh
        '女'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    unit: Id = Field(min_length=1)
    gender: Gender
    age: int = Field(ge=18, le=120)
    post: Id = Field(min_length=1)
    level: Id = Field(min_length=1)
    chosen: bool = False

    def delegate(self) -> Delegate:
        """The delegate as `representative_balance` reads it."""
        return Delegate.model_validate(self.model_dump(exclude={"chosen"}))


class InspectionSite(BaseModel):
    """视察点 — a party-building demonstration site (党建示范点) or another place visited.

    ``demonstration`` marks the 党建示范点 the representatives choose from;
    ``chosen`` the ones they chose; ``final`` the ones in the organization's
    final list (通过组织最终确定), which may add places that are not
    demonstration sites.

    Examples:
        >>> InspectionSite(id="干部教育基地", demonstration=False, final=True).chosen
        False
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    demonstration: bool = True
    chosen: bool = False
    final: bool = False


class OpenDayRecords(BaseModel):
    """开放日记录 — a department's open-day plan and suggestions of one year.

    ``on`` is the day every status is read on (31 December of the year when
    left empty). ``sample_preset`` is an illustrative setting (示例设定) of the
    bundled sample only: the preset (e.g. ``"changfeng"``) the plan is checked
    against when the policy states no requirement.

    巢湖市's practice: ``delegates`` are the delegates the electoral units
    recommended, those ``chosen`` marked, on ``delegates_chosen_on``;
    ``sites`` the demonstration sites and the places chosen, on
    ``sites_chosen_on``, publicly when ``sites_chosen_publicly``. 肥西县's:
    ``feedback`` is the rectification progress reported back to the
    representatives of each open day. ``sample_delegation_preset`` and
    ``sample_feedback_interval_months`` are illustrative settings (示例设定)
    of the bundled sample only: the preset the delegates and sites are
    checked against, and the feedback cadence, when the policy sets none.
    长丰县's: each representative's contact file is dated on the
    representative (``contact_file_on``, 建立代表联系档案), and
    ``office_meetings`` are the 部长办公会 that took the suggestions up
    (逐一落实).

    Examples:
        >>> from orgwork.samples.open_day import build
        >>> s = build(2024)
        >>> len(s.plan.days), len(s.suggestions), s.on
        (2, 17, datetime.date(2024, 12, 31))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(json_schema_extra=INHERITED)
    department: str = ""
    plan: OpenDayPlan | None = None
    suggestions: tuple[Suggestion, ...] = ()
    on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    delegates: tuple[RecommendedDelegate, ...] = ()
    delegates_chosen_on: dt.date | None = None
    sites: tuple[InspectionSite, ...] = ()
    sites_chosen_on: dt.date | None = None
    sites_chosen_publicly: bool = False
    feedback: tuple[Feedback, ...] = ()
    office_meetings: tuple[OfficeMeeting, ...] = ()
    sample_preset: str | None = Field(default=None, json_schema_extra=sample_setting())
    sample_delegation_preset: str | None = Field(default=None, json_schema_extra=sample_setting())
    sample_feedback_interval_months: int | None = Field(
        default=None, ge=1, le=120, json_schema_extra=sample_setting()
    )

    @model_validator(mode="before")
    @classmethod
    def _review_days(cls, data: Any) -> Any:
        return year_end_defaults(data, marked(cls, "review_day"))

    def is_empty(self) -> bool:
        """Whether there is nothing to check (no open day, suggestion, delegate, site, feedback
        or 部长办公会)."""
        return (
            (self.plan is None or not self.plan.days)
            and not self.suggestions
            and not self.delegates
            and not self.sites
            and not self.feedback
            and not self.office_meetings
        )

    def site_choice(self) -> SiteChoice | None:
        """The sites as `site_choice` reads them, on ``sites_chosen_on`` (None without sites)."""
        if not self.sites:
            return None
        return SiteChoice(
            on=self.sites_chosen_on or dt.date(self.year, 1, 1),
            demo_sites=tuple(s.id for s in self.sites if s.demonstration),
            chosen=tuple(s.id for s in self.sites if s.chosen),
            chosen_publicly=self.sites_chosen_publicly,
            final_sites=tuple(s.id for s in self.sites if s.final),
        )
