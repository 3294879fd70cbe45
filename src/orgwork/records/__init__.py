"""组织工作记录 — a town's records for every rule family, and the workbook they travel in."""

from __future__ import annotations

from orgwork.records._assemble import Result
from orgwork.records._io import RecordsFileError, read_records, read_records_report, write_records
from orgwork.records._problems import Problem, SheetCount
from orgwork.records._records import FAMILIES, Records
from orgwork.records.assessment import AssessmentRecords, SheetGap, TownCadre, Village
from orgwork.records.care import CareRecords, TownVacancy
from orgwork.records.membership import (
    DuesMember,
    MembershipApplicant,
    MembershipRecords,
    ProbationaryMember,
)
from orgwork.records.open_day import OpenDayRecords
from orgwork.records.selection import (
    Applicant,
    AppointmentNoticeRecord,
    BranchGrading,
    BranchMeeting,
    CadreBirth,
    CompetitiveRound,
    DepartmentOpenness,
    MeetingBranch,
    OpenSelection,
    SelectionRecords,
    Sitting,
    StreetRecruitment,
)
from orgwork.records.supervision import MeetingRequest, Nomination, SupervisionRecords

__all__ = [
    "FAMILIES",
    "Applicant",
    "AppointmentNoticeRecord",
    "AssessmentRecords",
    "BranchGrading",
    "BranchMeeting",
    "CadreBirth",
    "CareRecords",
    "CompetitiveRound",
    "DepartmentOpenness",
    "DuesMember",
    "MeetingBranch",
    "MeetingRequest",
    "MembershipApplicant",
    "MembershipRecords",
    "Nomination",
    "OpenDayRecords",
    "OpenSelection",
    "ProbationaryMember",
    "Problem",
    "Records",
    "RecordsFileError",
    "Result",
    "SelectionRecords",
    "SheetCount",
    "SheetGap",
    "Sitting",
    "StreetRecruitment",
    "SupervisionRecords",
    "TownCadre",
    "TownVacancy",
    "Village",
    "read_records",
    "read_records_report",
    "write_records",
]
