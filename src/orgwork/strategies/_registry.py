"""Which hand-written strategy draws which model, and their registration with hypothesis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from orgwork.assessment import (
    AnnualTotal,
    MonthlySheet,
    PointScheme,
    Ranking,
    SalaryEligibility,
    annual_totals,
    rank,
    salary_eligibility,
)
from orgwork.cadres import (
    Absence,
    Adjustment,
    BackboneTrainee,
    Badge,
    CadreBirthDate,
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
    Transfer,
    WelfareVisit,
)
from orgwork.calendar import Calendar, HolidayPeriod, YearSchedule
from orgwork.care import (
    Duty,
    ElderlyMember,
    HardshipPeriod,
    Honour,
    HospitalStay,
    MemorialHost,
    Post,
    Town,
    care_duties,
    memorial_host,
)
from orgwork.care import Visit as CareVisit
from orgwork.decision import Decision, Text
from orgwork.membership import Applicant, DuesPayer, DuesPayment, IntensiveTraining, Probation
from orgwork.open_day import (
    ContactFiles,
    Delegate,
    Feedback,
    MeetingFollowUp,
    OfficeMeeting,
    OpenDay,
    OpenDayPlan,
    OpenDayPreset,
    Representative,
    SiteChoice,
    Suggestion,
)
from orgwork.organizations import (
    Activity135,
    MeetingLog,
    PartTimeMember,
    RulesReport,
    SpecialBranchRecord,
    StudyLog,
    Vote,
)
from orgwork.policy import Change, Policy
from orgwork.records import (
    AppointmentNoticeRecord,
    AssessmentRecords,
    BranchMeeting,
    CareRecords,
    DuesMember,
    MeetingBranch,
    MembershipApplicant,
    MembershipRecords,
    OpenDayRecords,
    ProbationaryMember,
    Records,
    SelectionRecords,
    SupervisionRecords,
)
from orgwork.selection import (
    AppointmentNotice,
    Ballot,
    Evaluation,
    ProcedureRecord,
    SelectionProcedure,
    TrialAppointment,
)
from orgwork.strategies import _assessment as a
from orgwork.strategies import _cadres as c
from orgwork.strategies import _calendar as cal
from orgwork.strategies import _care as care
from orgwork.strategies import _core as core
from orgwork.strategies import _membership as mem
from orgwork.strategies import _open_day as od
from orgwork.strategies import _organizations as org
from orgwork.strategies import _records as rec
from orgwork.strategies import _selection as sel
from orgwork.strategies import _supervision as sup
from orgwork.strategies._models import HAND_WRITTEN, instances, public_models
from orgwork.supervision import (
    Case,
    CaseHandling,
    ChannelAssignment,
    ChannelCheck,
    ChannelEntry,
    DeputyCheck,
    DeputyDesignation,
    DeputyPeriod,
    DutyRecord,
    EvaluationRound,
    Finding,
    HotlineCall,
    LedgerItem,
    MailboxCollection,
    RectificationLedger,
    Term,
    Unit,
)
from orgwork.supervision import Visit as UnitVisit

_YEARS = st.integers(2004, 2026)


def _unit_visits() -> st.SearchStrategy[UnitVisit]:
    return (
        st.tuples(sup.supervision_units(), _YEARS)
        .flatmap(lambda uy: sup.unit_visits(uy[0], uy[1]))
        .filter(bool)
        .flatmap(st.sampled_from)
    )


def _one_of_each(many: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """One element of each non-empty collection ``many`` draws."""
    return many.filter(bool).flatmap(lambda xs: st.sampled_from(list(xs)))


def _totals(sheets: list[MonthlySheet]) -> list[AnnualTotal]:
    return [d.value for d in annual_totals(sheets)]


def _annual_totals() -> st.SearchStrategy[AnnualTotal]:
    return _one_of_each(a.score_years().map(_totals))


def _rankings() -> st.SearchStrategy[Ranking]:
    return _one_of_each(a.score_years().map(lambda ss: [d.value for d in rank(_totals(ss))]))


def _salary_eligibilities() -> st.SearchStrategy[SalaryEligibility]:
    made = a.score_years().map(lambda ss: [d.value for d in salary_eligibility(_totals(ss))])
    return _one_of_each(made)


def _duties() -> st.SearchStrategy[Duty]:
    def duties(members: list[ElderlyMember], year: int) -> list[Duty]:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return [d.value for d in care_duties(members, start, end)]

    return _one_of_each(st.builds(duties, care.member_rosters(min_size=1), st.integers(2010, 2025)))


def _memorial_hosts() -> st.SearchStrategy[MemorialHost]:
    return care.elderly_members(dead=True).map(lambda m: memorial_host(m).value)


def _ledger_items() -> st.SearchStrategy[LedgerItem]:
    return _one_of_each(sup.rectification_ledgers().map(lambda ledger: ledger.items))


_HAND_WRITTEN: dict[type[BaseModel], Callable[[], st.SearchStrategy[Any]]] = {
    Policy: core.policies,
    Change: core.changes,
    Text: core.texts,
    Decision: core.decisions,
    Calendar: cal.calendars,
    YearSchedule: cal.year_schedules,
    HolidayPeriod: cal.holiday_periods,
    PointScheme: a.point_schemes,
    MonthlySheet: a.monthly_sheets,
    ServiceHistory: c.service_histories,
    CadreEvent: c.cadre_events,
    Talk: c.talks,
    SectionTenure: c.section_tenures,
    Matter: c.matters,
    Transfer: c.transfers,
    KeyPost: c.key_posts,
    Absence: c.absences,
    RosterEntry: c.roster_entries,
    Badge: c.badges,
    CadreHospitalStay: c.cadre_hospital_stays,
    CadreFamily: c.cadre_families,
    WelfareVisit: c.welfare_visits,
    ComputerNight: c.computer_nights,
    BackboneTrainee: c.backbone_trainees,
    CadreBirthDate: c.cadre_birth_dates,
    SkillsExam: c.skills_exams,
    Adjustment: c.adjustments,
    PerformanceResult: c.performance_results,
    OpinionSolicitation: c.opinion_solicitations,
    DuesPayer: mem.dues_payers,
    DuesPayment: mem.dues_payments,
    Applicant: mem.applicants,
    IntensiveTraining: mem.intensive_trainings,
    Probation: mem.probations,
    Honour: care.honours,
    Post: care.posts,
    HospitalStay: care.hospital_stays,
    HardshipPeriod: care.hardship_periods,
    ElderlyMember: care.elderly_members,
    Town: care.towns,
    CareVisit: lambda: care.member_rosters().flatmap(care.visits),
    OpenDay: lambda: _YEARS.flatmap(od.open_days),
    OpenDayPlan: od.open_day_plans,
    OpenDayPreset: od.open_day_presets,
    Representative: lambda: od.representatives().filter(bool).flatmap(st.sampled_from),
    Suggestion: od.suggestions,
    Delegate: lambda: od.delegate_pools().filter(bool).flatmap(st.sampled_from),
    SiteChoice: od.site_choices,
    ContactFiles: od.contact_file_checks,
    MeetingFollowUp: od.meeting_follow_ups,
    OfficeMeeting: lambda: (
        st.dates(dt.date(2004, 1, 1), dt.date(2030, 12, 31))
        .flatmap(lambda d: od.office_meeting_logs(d, ("S01", "S02", "S03")))
        .filter(bool)
        .flatmap(st.sampled_from)
    ),
    Feedback: lambda: (
        st.dates(dt.date(2004, 1, 1), dt.date(2028, 12, 31))
        .flatmap(od.feedback_logs)
        .filter(bool)
        .flatmap(st.sampled_from)
    ),
    StudyLog: org.study_logs,
    Activity135: org.activities_135,
    RulesReport: org.rules_reports,
    MeetingLog: org.meeting_logs,
    Vote: org.votes,
    SpecialBranchRecord: org.special_branch_records,
    PartTimeMember: org.part_time_members,
    AssessmentRecords: rec.assessment_records,
    CareRecords: rec.care_records,
    OpenDayRecords: rec.open_day_records,
    MembershipRecords: rec.membership_records,
    DuesMember: lambda: (
        rec.membership_records().map(lambda r: r.payers).filter(bool).flatmap(st.sampled_from)
    ),
    MembershipApplicant: lambda: (
        rec.membership_records().map(lambda r: r.applicants).filter(bool).flatmap(st.sampled_from)
    ),
    ProbationaryMember: lambda: (
        rec.membership_records().map(lambda r: r.probationers).filter(bool).flatmap(st.sampled_from)
    ),
    Records: rec.records,
    SelectionRecords: rec.selection_records,
    MeetingBranch: lambda: _YEARS.flatmap(rec._meeting_branch),
    BranchMeeting: lambda: _YEARS.flatmap(rec._branch_meeting),
    AppointmentNoticeRecord: lambda: _YEARS.flatmap(rec._appointment_notice),
    SupervisionRecords: rec.supervision_records,
    Ballot: sel.ballots,
    Evaluation: sel.evaluations,
    ProcedureRecord: sel.procedure_records,
    SelectionProcedure: sel.selection_procedures,
    AppointmentNotice: sel.appointment_notices,
    TrialAppointment: sel.trial_appointments,
    Case: sup.cases,
    Unit: lambda: sup.supervision_units().filter(bool).flatmap(st.sampled_from),
    UnitVisit: _unit_visits,
    Finding: sup.findings,
    EvaluationRound: lambda: _YEARS.flatmap(sup.evaluation_rounds),
    RectificationLedger: sup.rectification_ledgers,
    Term: sup.supervisor_terms,
    DutyRecord: lambda: sup.duty_records().filter(bool).flatmap(st.sampled_from),
    ChannelAssignment: lambda: sup.channel_assignments().filter(bool).flatmap(st.sampled_from),
    DeputyDesignation: lambda: sup.deputy_designations().filter(bool).flatmap(st.sampled_from),
    HotlineCall: lambda: sup.hotline_calls().filter(bool).flatmap(st.sampled_from),
    MailboxCollection: lambda: sup.mailbox_collections().filter(bool).flatmap(st.sampled_from),
    ChannelCheck: sup.channel_checks,
    ChannelEntry: lambda: (
        sup.channel_checks().map(lambda c: c.entries).filter(bool).flatmap(st.sampled_from)
    ),
    DeputyCheck: sup.deputy_checks,
    DeputyPeriod: lambda: (
        sup.deputy_checks()
        .map(lambda c: (*c.gaps, *c.overlaps))
        .filter(bool)
        .flatmap(st.sampled_from)
    ),
    CaseHandling: lambda: (
        sup.deputy_checks().map(lambda c: c.cases).filter(bool).flatmap(st.sampled_from)
    ),
    # Results: what the rules themselves decide on drawn inputs.
    AnnualTotal: _annual_totals,
    Ranking: _rankings,
    SalaryEligibility: _salary_eligibilities,
    Duty: _duties,
    MemorialHost: _memorial_hosts,
    LedgerItem: _ledger_items,
}
HAND_WRITTEN.update(_HAND_WRITTEN)


def _resolver(model: type[BaseModel]) -> Callable[[type[Any]], st.SearchStrategy[Any]]:
    # hypothesis also calls this for a superclass asked for (``from_type(BaseModel)``):
    # the answer is always ``model``'s instances.
    return lambda _thing: instances(model)


def register() -> None:
    """Register a strategy for every public model with `hypothesis.strategies.from_type`."""
    for model in public_models():
        st.register_type_strategy(model, _resolver(model))
