"""干部监督记录 — a department's supervision records: letters and visits, units, visits,
开门评部 rounds, the rectification ledger, findings, supervisors.

Examples:
    >>> from orgwork.samples.supervision import build
    >>> r = build(2025)
    >>> r.department, len(r.handlers)
    ('云岭市委组织部', 3)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.ids import Id, IdOrBlank
from orgwork.records._base import (
    INHERITED,
    REVIEW_DAY,
    marked,
    sample_setting,
    year_end_defaults,
)
from orgwork.supervision import (
    Appointment,
    Candidate,
    Case,
    EvaluationRound,
    Finding,
    RectificationLedger,
    SupervisorKind,
    Unit,
    Visit,
)

__all__ = ["MeetingRequest", "Nomination", "SupervisionRecords"]


class Nomination(BaseModel):
    """义务监督员推荐 — a candidate recommended for one kind of volunteer supervisor."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    candidate: Candidate
    kind: SupervisorKind


class MeetingRequest(BaseModel):
    """约见部长 — a supervisor's request to meet the head, and the day the head met them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    supervisor: Id = Field(min_length=1)
    requested_on: dt.date
    met_on: dt.date | None = None
    topic: str = Field(default="", repr=False)  # what the supervisor raises: never in repr/logs


class SupervisionRecords(BaseModel):
    """组工干部监督记录 — one year of a department's supervision records.

    ``on`` is the day every status is read on (31 December of the year when
    left empty). ``handlers`` are the people who may handle letters and
    visits; a case handled by anyone else is reported when the records are
    read. ``sample_meeting_working_days`` is an illustrative setting
    (示例设定) of the bundled sample only.

    Examples:
        >>> from orgwork.samples.supervision import build
        >>> s = build(2024)
        >>> s.year, s.on, len(s.units)
        (2024, datetime.date(2024, 12, 31), 13)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(json_schema_extra=INHERITED)
    department: str = ""
    head: IdOrBlank = ""
    deputy_head_letters: IdOrBlank = ""
    handlers: tuple[Id, ...] = ()
    on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    cases: tuple[Case, ...] = ()
    units: tuple[Unit, ...] = ()
    visits: tuple[Visit, ...] = ()
    rounds: tuple[EvaluationRound, ...] = ()
    ledger: RectificationLedger = Field(default_factory=RectificationLedger)
    findings: tuple[Finding, ...] = ()
    nominations: tuple[Nomination, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    meetings: tuple[MeetingRequest, ...] = ()
    sample_meeting_working_days: int | None = Field(
        default=None, ge=0, json_schema_extra=sample_setting()
    )

    @model_validator(mode="before")
    @classmethod
    def _review_days(cls, data: Any) -> Any:
        return year_end_defaults(data, marked(cls, "review_day"))

    def is_empty(self) -> bool:
        """Whether there is nothing to check."""
        return not (
            self.cases
            or self.units
            or self.visits
            or self.rounds
            or self.ledger.history
            or self.findings
            or self.nominations
            or self.appointments
            or self.meetings
        )
