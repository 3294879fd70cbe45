"""选拔任用与党组织建设记录 — evaluations, slates, panels, procedures, cadres' service,
talks, study logs and branch tracks.

Examples:
    >>> from orgwork.samples.selection import build
    >>> build(2025).street_recruitment.street
    '云岭市青禾街道'
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork.cadres import (
    Absence,
    Adjustment,
    BackboneTrainee,
    Badge,
    CadreEvent,
    CadreFamily,
    CadreHospitalStay,
    ComputerNight,
    KeyPost,
    Matter,
    OpinionSolicitation,
    PerformanceResult,
    RosterEntry,
    SectionTenure,
    ServiceHistory,
    SkillsExam,
    Talk,
    WelfareVisit,
)
from orgwork.decision import Text
from orgwork.ids import Id
from orgwork.organizations import (
    Activity135,
    BranchGrade,
    Meeting,
    MeetingKind,
    MeetingLog,
    PartTimeMember,
    RulesReport,
    SpecialBranchRecord,
    StudyLog,
    Vote,
)
from orgwork.records._base import (
    INHERITED,
    REVIEW_DAY,
    marked,
    sample_setting,
    year_end_defaults,
)
from orgwork.selection import (
    AppointmentNotice,
    DepartmentInfo,
    Evaluation,
    JudgingPanel,
    Nomination,
    Occasion,
    Openness,
    PostFilling,
    ProcedureRecord,
    PublicationItem,
    TrialAppointment,
)

__all__ = [
    "Applicant",
    "AppointmentNoticeRecord",
    "BranchGrading",
    "BranchMeeting",
    "CadreBirth",
    "CompetitiveRound",
    "DepartmentOpenness",
    "MeetingBranch",
    "OpenSelection",
    "SelectionRecords",
    "Sitting",
    "StreetRecruitment",
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Applicant(_Frozen):
    """报名人员 — an applicant for the street-office post, with their community and evaluation.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> a = build(2025).street_recruitment.applicants[0]
        >>> a.unit, a.evaluation.applicant
        ('青禾社区', '蔡文琪')
    """

    unit: Id = Field(min_length=1, description="The community the applicant works in.")
    evaluation: Evaluation


class StreetRecruitment(_Frozen):
    """街道事业雇员招聘报名民主测评 — the evaluation round of a street-office employee post.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> r = build(2025).street_recruitment
        >>> r.post, len(r.applicants)
        ('社区服务中心事业雇员', 5)
    """

    street: str
    post: str
    held_on: dt.date
    applicants: tuple[Applicant, ...]


class CompetitiveRound(_Frozen):
    """副处级岗位竞争性选拔的一个类别 — the posts of one category and their candidates (差额评议).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> r = build(2025).competitive_rounds[1]
        >>> r.category, len(r.posts), len(r.candidates)
        ('社会事务类', 2, 2)
    """

    category: str
    category_en: str
    held_on: dt.date
    posts: tuple[Id, ...] = Field(min_length=1)
    candidates: tuple[Id, ...]


class Sitting(_Frozen):
    """一次评委会 — a named sitting and its judging panel.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> s = build(2025).sittings[1]
        >>> s.panel.occasion.zh
        '公选干部'
    """

    name: str
    panel: JudgingPanel


class OpenSelection(_Frozen):
    """一次公开选拔 — an open selection's record, its day of checking, and what it published.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> o = build(2025).open_selections[0]
        >>> len(o.record.candidates), [i.zh for i in o.published]
        (5, ['名额岗位公开'])
    """

    record: ProcedureRecord
    checked_on: dt.date
    published: tuple[PublicationItem, ...] = ()


class CadreBirth(_Frozen):
    """干部出生日期 — a cadre's date of birth (for the computer-skills rule).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> build(2025).births[1].cadre
        '韩晓东'
    """

    cadre: Id
    born: dt.date = Field(repr=False)  # a date of birth: never in repr/str/logs


class BranchGrading(_Frozen):
    """党支部分类 — a branch graded advanced, average or lagging (双包三提).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> g = build(2025).branch_grades[0]
        >>> g.branch, g.grade.zh
        ('东岭村党支部', '先进')
    """

    branch: Id
    grade: BranchGrade


class MeetingBranch(_Frozen):
    """开展三会一课的党支部 — a branch whose meetings are checked, and how it is organized.

    ``committee`` is False for a branch without a committee (支部委员会),
    ``groups`` False for one not divided into party groups (党小组): those
    meetings are then not checked. ``formed_on`` is the day a branch set up
    during the year was formed (empty: formed before the year).

    Examples:
        >>> from orgwork.samples.selection import build
        >>> b = build(2025).meeting_branches[0]
        >>> b.branch, b.committee, b.groups
        ('云岭市委组织部机关党支部', True, False)
    """

    branch: Id = Field(min_length=1)
    committee: bool = True
    groups: bool = True
    formed_on: dt.date | None = None


class BranchMeeting(_Frozen):
    """支部会议记录 — one meeting of a branch and, for a 支部党员大会's vote, its counts.

    ``entitled`` (应到会有表决权的党员), ``present`` (到会) and ``in_favour``
    (赞成) are filled only for a vote of the 支部党员大会; ``in_favour`` may
    be left empty to check the quorum only.

    Examples:
        >>> m = BranchMeeting(branch="一支部", kind="general_meeting", held_on=dt.date(2025, 3, 28),
        ...     entitled=10, present=5)
        >>> m.vote().present
        5
    """

    branch: Id = Field(min_length=1)
    kind: MeetingKind
    held_on: dt.date
    entitled: int | None = Field(default=None, ge=1, le=100_000)
    present: int | None = Field(default=None, ge=0, le=100_000)
    in_favour: int | None = Field(default=None, ge=0, le=100_000)
    note: str | None = None

    @model_validator(mode="after")
    def _counts(self) -> BranchMeeting:
        counted = (self.entitled, self.present, self.in_favour)
        if any(c is not None for c in counted):
            if self.kind is not MeetingKind.GENERAL_MEETING:
                raise ValueError("entitled: only a 支部党员大会 (general_meeting) holds a vote")
            if self.entitled is None or self.present is None:
                raise ValueError("present: a vote needs both entitled and present")
            Vote(
                branch=self.branch,
                on=self.held_on,
                entitled=self.entitled,
                present=self.present,
                in_favour=self.in_favour,
            )
        return self

    def meeting(self) -> Meeting:
        """The meeting, as the cadence rule reads it."""
        return Meeting(kind=self.kind, on=self.held_on, note=self.note)

    def vote(self) -> Vote | None:
        """The vote, when one was counted."""
        if self.entitled is None or self.present is None:
            return None
        return Vote(
            branch=self.branch,
            on=self.held_on,
            entitled=self.entitled,
            present=self.present,
            in_favour=self.in_favour,
        )


class AppointmentNoticeRecord(_Frozen):
    """任前公示 — one candidate's pre-appointment notice: the post, its first and last day.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> n = build(2025).appointment_notices[0]
        >>> n.notice().candidate == n.candidate
        True
    """

    candidate: Id = Field(min_length=1)
    post: str | None = None
    start: dt.date
    end: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> AppointmentNoticeRecord:
        if self.end is not None and self.end < self.start:
            raise ValueError("end: the notice ends before it starts")
        return self

    def notice(self) -> AppointmentNotice:
        """The notice, as the rule reads it."""
        return AppointmentNotice(candidate=self.candidate, start=self.start, end=self.end)


class DepartmentOpenness(_Frozen):
    """组织工作“四个公开” — which openness a department practises, and which 部情 it publishes.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> o = build(2025).openness[0]
        >>> [x.zh for x in o.published]
        ['政策公开', '部情公开', '制度公开', '重大活动公开']
    """

    department: str = Field(min_length=1)
    checked_on: dt.date
    published: tuple[Openness, ...] = ()
    department_info: tuple[DepartmentInfo, ...] = ()


class SelectionRecords(_Frozen):
    """干部选拔任用与党组织建设记录 — one year of selection, cadre and branch records.

    Examples:
        >>> from orgwork.samples.selection import build
        >>> s = build(2012)
        >>> s.year, s.as_of, len(s.service_histories)
        (2012, datetime.date(2012, 12, 31), 4)
    """

    year: int = Field(json_schema_extra=INHERITED)
    town: str = Field(default="", json_schema_extra=INHERITED)
    county: str = Field(default="", json_schema_extra=INHERITED)
    prefecture: str = Field(default="", json_schema_extra=INHERITED)
    department: str = ""
    as_of: dt.date = Field(
        description="The day the year's records are reviewed on.", json_schema_extra=REVIEW_DAY
    )
    street_recruitment: StreetRecruitment | None = None
    competitive_rounds: tuple[CompetitiveRound, ...] = ()
    occasions: tuple[Occasion, ...] = ()
    sittings: tuple[Sitting, ...] = ()
    nominations: tuple[Nomination, ...] = ()
    nominations_on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    open_selections: tuple[OpenSelection, ...] = ()
    post_fillings: tuple[PostFilling, ...] = ()
    promotion_review_on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    service_histories: tuple[ServiceHistory, ...] = ()
    events: tuple[CadreEvent, ...] = ()
    talks: tuple[Talk, ...] = ()
    section_tenures: tuple[SectionTenure, ...] = ()
    skills_checked_on: dt.date = Field(json_schema_extra=REVIEW_DAY)
    births: tuple[CadreBirth, ...] = ()
    study_log: StudyLog | None = None
    rules_reports: tuple[RulesReport, ...] = Field(
        default=(),
        description="The department's reports on its rules to the 部务会 (one this year).",
    )
    study_exempt_reason: Text | None = Field(
        default=None, description="Why the log's exempt weeks were excused."
    )
    branch_grades: tuple[BranchGrading, ...] = ()
    branches_135: tuple[Id, ...] = ()
    activities_135: tuple[Activity135, ...] = ()
    meeting_branches: tuple[MeetingBranch, ...] = ()
    branch_meetings: tuple[BranchMeeting, ...] = ()
    special_branches: tuple[SpecialBranchRecord, ...] = ()
    appointment_notices: tuple[AppointmentNoticeRecord, ...] = ()
    probations: tuple[TrialAppointment, ...] = ()
    matters: tuple[Matter, ...] = ()
    key_posts: tuple[KeyPost, ...] = ()
    absences: tuple[Absence, ...] = ()
    duty_roster: tuple[RosterEntry, ...] = ()
    badges: tuple[Badge, ...] = ()
    hospital_stays: tuple[CadreHospitalStay, ...] = Field(default=(), repr=False)
    cadre_families: tuple[CadreFamily, ...] = ()
    welfare_visits: tuple[WelfareVisit, ...] = Field(default=(), repr=False)
    computer_nights: tuple[ComputerNight, ...] = ()
    backbone_trainees: tuple[BackboneTrainee, ...] = ()
    skills_exams: tuple[SkillsExam, ...] = ()
    adjustments: tuple[Adjustment, ...] = ()
    performance_results: tuple[PerformanceResult, ...] = ()
    openness: tuple[DepartmentOpenness, ...] = ()
    opinion_solicitations: tuple[OpinionSolicitation, ...] = ()
    community_organizations: tuple[Id, ...] = Field(
        default=(), description="The 街道 and 社区 party organizations of the “1+*” pattern."
    )
    part_time_members: tuple[PartTimeMember, ...] = ()
    sample_rotation_years: int | None = Field(
        default=None, ge=1, json_schema_extra=sample_setting()
    )
    sample_time_limit_kind: str | None = Field(
        default=None, max_length=100, json_schema_extra=sample_setting()
    )
    sample_time_limit_days: int | None = Field(
        default=None, ge=0, le=366, json_schema_extra=sample_setting()
    )
    sample_hospital_visit_days: int | None = Field(
        default=None, ge=0, le=366, json_schema_extra=sample_setting()
    )
    sample_family_visit_months: int | None = Field(
        default=None, ge=1, le=120, json_schema_extra=sample_setting()
    )

    def meeting_logs(self) -> tuple[MeetingLog, ...]:
        """Each branch's meeting log of the year: the branches listed, then any other with meetings."""
        listed = {b.branch: b for b in self.meeting_branches}
        names = list(listed) + sorted({m.branch for m in self.branch_meetings} - set(listed))
        out = []
        for name in names:
            b = listed.get(name, MeetingBranch(branch=name))
            formed = (
                b.formed_on if b.formed_on is not None and b.formed_on.year == self.year else None
            )
            out.append(
                MeetingLog(
                    branch=name,
                    year=self.year,
                    formed_on=formed,
                    committee=b.committee,
                    groups=b.groups,
                    meetings=tuple(m.meeting() for m in self.branch_meetings if m.branch == name),
                )
            )
        return tuple(out)

    @model_validator(mode="before")
    @classmethod
    def _review_days(cls, data: Any) -> Any:
        return year_end_defaults(data, marked(cls, "review_day"))

    def is_empty(self) -> bool:
        """Whether there is nothing to check."""
        return (
            self.street_recruitment is None
            and not any(
                (
                    self.competitive_rounds,
                    self.occasions,
                    self.sittings,
                    self.nominations,
                    self.open_selections,
                    self.post_fillings,
                    self.service_histories,
                    self.events,
                    self.talks,
                    self.section_tenures,
                    self.births,
                    self.rules_reports,
                    self.branch_grades,
                    self.branches_135,
                    self.activities_135,
                    self.meeting_branches,
                    self.branch_meetings,
                    self.special_branches,
                    self.appointment_notices,
                    self.probations,
                    self.matters,
                    self.key_posts,
                    self.duty_roster,
                    self.badges,
                    self.hospital_stays,
                    self.cadre_families,
                    self.computer_nights,
                    self.backbone_trainees,
                    self.skills_exams,
                    self.adjustments,
                    self.openness,
                    self.opinion_solicitations,
                    self.community_organizations,
                    self.part_time_members,
                )
            )
            and (self.study_log is None)
        )
