"""组工干部监督 — supervision of the organization department by the public (seed 000, 第五篇).

The county department of seed ``000_d6bf9a3c8f5be95e.txt`` opens itself to
the public's supervision. This package turns its rules into code:

- letters, calls, visits and the complaints mailbox are answered within 15
  working days ([`reply_deadline`][orgwork.supervision.reply_deadline]), tracked case by case
  ([`case_status`][orgwork.supervision.case_status], [`case_summary`][orgwork.supervision.case_summary]);
- the head receives visitors on the 15th of every month, weekends included
  ([`reception_days`][orgwork.supervision.reception_days]), and meets supervisors who ask
  ([`meeting_deadline`][orgwork.supervision.meeting_deadline]);
- the leaders visit every township and county unit each half year
  ([`visit_coverage`][orgwork.supervision.visit_coverage]);
- a public evaluation (开门评部) every half year ([`check_evaluation_round`][orgwork.supervision.check_evaluation_round],
  [`evaluation_coverage`][orgwork.supervision.evaluation_coverage]) feeds a rectification ledger
  ([`RectificationLedger`][orgwork.supervision.RectificationLedger], [`closing_check`][orgwork.supervision.closing_check], [`overdue_items`][orgwork.supervision.overdue_items],
  [`ledger_summary`][orgwork.supervision.ledger_summary]);
- accountability measures ([`accountability_measure`][orgwork.supervision.accountability_measure]);
- the reporting line answered and the mailbox emptied by the people designated
  ([`reporting_channels`][orgwork.supervision.reporting_channels]), and letters and visits
  handled by the one deputy head named ([`letters_deputy`][orgwork.supervision.letters_deputy]);
- volunteer supervisors ([`supervisor_eligibility`][orgwork.supervision.supervisor_eligibility], [`supervisor_term`][orgwork.supervision.supervisor_term]),
  their regular duties ([`supervisor_duties`][orgwork.supervision.supervisor_duties]) and their
  right to speak without penalty ([`supervisor_speech_immunity`][orgwork.supervision.supervisor_speech_immunity]).

>>> import datetime as dt
>>> reply_deadline(dt.date(2024, 2, 8)).value
datetime.date(2024, 3, 6)
"""

from __future__ import annotations

from orgwork.policy.supervision import EvaluationGroup
from orgwork.supervision._accountability import (
    AccountabilityMeasure,
    Finding,
    Severity,
    accountability_measure,
)
from orgwork.supervision._cases import (
    Case,
    CaseState,
    CaseStatus,
    CaseSummary,
    Channel,
    case_status,
    case_summary,
    reply_deadline,
)
from orgwork.supervision._channels import (
    CHANNELS_QUOTE,
    DEPUTY_QUOTE,
    CaseHandling,
    ChannelAssignment,
    ChannelCheck,
    ChannelEntry,
    ClockTime,
    DeputyCheck,
    DeputyDesignation,
    DeputyPeriod,
    EntryFinding,
    HandlingFinding,
    HotlineCall,
    MailboxCollection,
    ReportingChannel,
    letters_deputy,
    reporting_channels,
)
from orgwork.supervision._duties import (
    DUTIES_QUOTE,
    RIGHTS_QUOTE,
    Duty,
    DutyPeriod,
    DutyRecord,
    DutyStatus,
    Ground,
    Right,
    SanctionProposal,
    supervisor_duties,
    supervisor_speech_immunity,
)
from orgwork.supervision._evaluation import (
    EvaluationCoverage,
    EvaluationRound,
    RoundCheck,
    check_evaluation_round,
    evaluation_coverage,
)
from orgwork.supervision._ledger import (
    Assigned,
    CategoryCount,
    Closed,
    DeadlineSet,
    ItemStatus,
    LedgerEvent,
    LedgerItem,
    LedgerSummary,
    Opened,
    Publication,
    RaisedAgain,
    Raising,
    RectificationLedger,
    ResultPublished,
    SatisfactionRecord,
    SatisfactionRecorded,
    closing_check,
    ledger_summary,
    overdue_items,
)
from orgwork.supervision._reception import meeting_deadline, reception_days
from orgwork.supervision._supervisors import (
    ELIGIBLE_BACKGROUNDS,
    REQUIRED_QUALITIES,
    SUPERVISOR_DUTIES,
    SUPERVISOR_RIGHTS,
    Appointment,
    Background,
    Candidate,
    Quality,
    SupervisorKind,
    Term,
    supervisor_eligibility,
    supervisor_term,
)
from orgwork.supervision._visits import (
    Unit,
    UnitKind,
    Visit,
    VisitCoverage,
    VisitForm,
    visit_coverage,
)

__all__ = [
    "CHANNELS_QUOTE",
    "DEPUTY_QUOTE",
    "DUTIES_QUOTE",
    "ELIGIBLE_BACKGROUNDS",
    "REQUIRED_QUALITIES",
    "RIGHTS_QUOTE",
    "SUPERVISOR_DUTIES",
    "SUPERVISOR_RIGHTS",
    "AccountabilityMeasure",
    "Appointment",
    "Assigned",
    "Background",
    "Candidate",
    "Case",
    "CaseHandling",
    "CaseState",
    "CaseStatus",
    "CaseSummary",
    "CategoryCount",
    "Channel",
    "ChannelAssignment",
    "ChannelCheck",
    "ChannelEntry",
    "ClockTime",
    "Closed",
    "DeadlineSet",
    "DeputyCheck",
    "DeputyDesignation",
    "DeputyPeriod",
    "Duty",
    "DutyPeriod",
    "DutyRecord",
    "DutyStatus",
    "EntryFinding",
    "EvaluationCoverage",
    "EvaluationGroup",
    "EvaluationRound",
    "Finding",
    "Ground",
    "HandlingFinding",
    "HotlineCall",
    "ItemStatus",
    "LedgerEvent",
    "LedgerItem",
    "LedgerSummary",
    "MailboxCollection",
    "Opened",
    "Publication",
    "Quality",
    "RaisedAgain",
    "Raising",
    "RectificationLedger",
    "ReportingChannel",
    "ResultPublished",
    "Right",
    "RoundCheck",
    "SanctionProposal",
    "SatisfactionRecord",
    "SatisfactionRecorded",
    "Severity",
    "SupervisorKind",
    "Term",
    "Unit",
    "UnitKind",
    "Visit",
    "VisitCoverage",
    "VisitForm",
    "accountability_measure",
    "case_status",
    "case_summary",
    "check_evaluation_round",
    "closing_check",
    "evaluation_coverage",
    "ledger_summary",
    "letters_deputy",
    "meeting_deadline",
    "overdue_items",
    "reception_days",
    "reply_deadline",
    "reporting_channels",
    "supervisor_duties",
    "supervisor_eligibility",
    "supervisor_speech_immunity",
    "supervisor_term",
    "visit_coverage",
]
