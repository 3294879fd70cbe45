"""干部监督记录 — a department's supervision records: letters and visits, units, visits,
开门评部 rounds, the rectification ledger, findings, supervisors, their duties and sanctions.

Examples:
    >>> from orgwork.samples.supervision import build
    >>> r = build(2025)
    >>> r.department, len(r.handlers)
    ('云岭市委组织部', 3)
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from orgwork.ids import Id, IdOrBlank
from orgwork.policy.supervision import check_hours
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
    ChannelAssignment,
    DeputyDesignation,
    DutyRecord,
    EvaluationRound,
    Finding,
    Ground,
    HotlineCall,
    MailboxCollection,
    RectificationLedger,
    SanctionProposal,
    SupervisorKind,
    Unit,
    Visit,
)

__all__ = ["MeetingRequest", "Nomination", "SanctionRecord", "SupervisionRecords"]


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


class SanctionRecord(BaseModel):
    """拟追责记录 — a sanction proposed against a supervisor, and whether it is for what they said.

    ``for_speech`` (因言论) marks a sanction for the supervisor's words, said
    on ``said_on`` (required then, and not after ``proposed_on``).
    ``measure`` and ``description`` are never in the repr.

    Examples:
        >>> r = SanctionRecord(supervisor="李某", proposed_on=dt.date(2025, 9, 1),
        ...                    said_on=dt.date(2025, 7, 15), measure="解除聘任")
        >>> r.proposal().ground.value, "解除" in repr(r)
        ('speech', False)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    supervisor: Id = Field(min_length=1)
    proposed_on: dt.date
    for_speech: bool = True
    said_on: dt.date | None = None
    measure: str = Field(default="", repr=False)
    description: str = Field(default="", repr=False)

    @model_validator(mode="after")
    def _dated(self) -> SanctionRecord:
        self.proposal()  # said_on required for speech, and not after proposed_on
        return self

    def proposal(self) -> SanctionProposal:
        """The proposal as `supervisor_speech_immunity` reads it."""
        return SanctionProposal(
            person=self.supervisor,
            proposed_on=self.proposed_on,
            ground=Ground.SPEECH if self.for_speech else Ground.OTHER,
            spoken_on=self.said_on,
            measure=self.measure,
            description=self.description,
        )


class SupervisionRecords(BaseModel):
    """组工干部监督记录 — one year of a department's supervision records.

    ``on`` is the day every status is read on (31 December of the year when
    left empty). ``handlers`` are the people who may handle letters and
    visits; a case handled by anyone else is reported when the records are
    read. ``duties`` are the volunteer supervisors' duty records (定期保持联系,
    定期参加例会, 定期报告情况: who, which duty, on which day); ``sanctions``
    the sanctions proposed against a person, with what they are for (a
    sanction for what a serving supervisor said is referred: 言论豁免权).
    ``deputies`` are the deputy heads named to handle letters and visits, with
    their dates (明确一名副部长处理; when empty, ``deputy_head_letters`` is taken
    as named for the whole year); ``channel_assignments`` the people designated
    for the reporting line and the mailbox (专人); ``calls`` the reporting
    line's call log and ``collections`` the mailbox's. ``sample_meeting_working_days``
    and ``sample_hotline_hours`` are illustrative settings (示例设定) of the
    bundled sample only.

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
    duties: tuple[DutyRecord, ...] = ()
    sanctions: tuple[SanctionRecord, ...] = ()
    deputies: tuple[DeputyDesignation, ...] = ()
    channel_assignments: tuple[ChannelAssignment, ...] = ()
    calls: tuple[HotlineCall, ...] = ()
    collections: tuple[MailboxCollection, ...] = ()
    sample_meeting_working_days: int | None = Field(
        default=None, ge=0, json_schema_extra=sample_setting()
    )
    sample_hotline_hours: tuple[str, ...] | None = Field(
        default=None, json_schema_extra=sample_setting()
    )

    @field_validator("sample_hotline_hours")
    @classmethod
    def _hours(cls, spans: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return check_hours(spans or None)

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
            or self.duties
            or self.sanctions
            or self.deputies
            or self.channel_assignments
            or self.calls
            or self.collections
        )
