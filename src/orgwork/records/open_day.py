"""开放日记录 — a department's open-day plan and the suggestions raised.

Examples:
    >>> from orgwork.samples.open_day import build
    >>> len(build(2025).suggestions)
    17
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.open_day import OpenDayPlan, Suggestion
from orgwork.records._base import (
    INHERITED,
    REVIEW_DAY,
    marked,
    sample_setting,
    year_end_defaults,
)

__all__ = ["OpenDayRecords"]


class OpenDayRecords(BaseModel):
    """开放日记录 — a department's open-day plan and suggestions of one year.

    ``on`` is the day every status is read on (31 December of the year when
    left empty). ``sample_preset`` is an illustrative setting (示例设定) of the
    bundled sample only: the preset (e.g. ``"changfeng"``) the plan is checked
    against when the policy states no requirement.

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
    sample_preset: str | None = Field(default=None, json_schema_extra=sample_setting())

    @model_validator(mode="before")
    @classmethod
    def _review_days(cls, data: Any) -> Any:
        return year_end_defaults(data, marked(cls, "review_day"))

    def is_empty(self) -> bool:
        """Whether there is nothing to check (no open day planned, no suggestion)."""
        return (self.plan is None or not self.plan.days) and not self.suggestions
