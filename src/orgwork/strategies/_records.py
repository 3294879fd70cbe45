"""Strategies for the records: each rule family's records of a year, and a town's whole records.

Every strategy here builds on the domain strategies (sheets, elderly members,
cases, ledgers, open days, procedure records, ...) and keeps the records
consistent the way a town's own workbook is: ids are unique where a sheet
keys its rows by them (villages, members, cases, units, rounds, suggestions,
sittings, procedures, monthly sheets per unit and month), and every
reference the records reader checks names a row that is there (a monthly
sheet names a village, a visit a member on the roster, a case a handler on
the list, a suggestion a planned open day). Collections are small (a few
items each) so that tests stay fast.

Texts are what a clerk types into a cell: any printable characters (Chinese,
Latin, digits, punctuation, the list separators ``、`` and ``,``), texts that
look like formulas, numbers, dates or yes/no, but never control characters
(a spreadsheet cannot hold them) nor surrounding spaces (the readers trim
those, with a note).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import strategies as st

from orgwork.assessment import THOUSAND_POINT, MonthlySheet, PointScheme
from orgwork.cadres import (
    Absence,
    Adjustment,
    BackboneTrainee,
    Badge,
    CadreFamily,
    CadreHospitalStay,
    ComputerNight,
    KeyPost,
    Matter,
    OpinionSolicitation,
    PerformanceResult,
    RosterEntry,
    SkillsExam,
    Transfer,
    WelfareVisit,
)
from orgwork.care import FundPurpose, HostRole, Payment, Receipt, ReliefFund, Town
from orgwork.decision import Text
from orgwork.ids import normalise_id
from orgwork.membership import DuesPayment, PayerCategory
from orgwork.open_day import PRESETS, Feedback, Gender, OfficeMeeting, Suggestion
from orgwork.organizations import BranchGrade, MeetingKind, PartTimeMember, SpecialBranchRecord
from orgwork.policy.assessment import USES
from orgwork.records import (
    Applicant,
    AppointmentNoticeRecord,
    AssessmentRecords,
    BranchGrading,
    BranchMeeting,
    CadreBirth,
    CareRecords,
    CompetitiveRound,
    DepartmentOpenness,
    DuesMember,
    MeetingBranch,
    MeetingRequest,
    MembershipApplicant,
    MembershipRecords,
    OpenDayRecords,
    OpenSelection,
    ProbationaryMember,
    Records,
    SelectionRecords,
    SheetGap,
    Sitting,
    StreetRecruitment,
    SupervisionRecords,
    TownCadre,
    TownVacancy,
    Village,
)
from orgwork.records import Nomination as SupervisorNomination
from orgwork.records.open_day import InspectionSite, RecommendedDelegate
from orgwork.records.supervision import SanctionRecord
from orgwork.selection import (
    DepartmentInfo,
    FillingMethod,
    Judge,
    JudgeKind,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    Openness,
    PostFilling,
    PublicationItem,
    TrialAppointment,
)
from orgwork.strategies._assessment import monthly_sheets, point_adjustments, point_schemes
from orgwork.strategies._cadres import (
    absences,
    adjustments,
    backbone_trainees,
    badges,
    cadre_events,
    cadre_families,
    cadre_hospital_stays,
    computer_nights,
    key_posts,
    matters,
    roster_entries,
    section_tenures,
    service_histories,
    skills_exams,
    talks,
    welfare_visits,
)
from orgwork.strategies._care import member_rosters, organizations, towns, visit_logs
from orgwork.strategies._open_day import open_day_plans
from orgwork.strategies._organizations import (
    activities_135,
    rules_reports,
    special_branch_records,
    study_logs,
    votes,
)
from orgwork.strategies._selection import (
    appointment_notices,
    evaluations,
    trial_appointments,
    valid_procedure_records,
)
from orgwork.strategies._supervision import (
    _case,
    clock_spans,
    clock_times,
    evaluation_rounds,
    findings,
    rectification_ledgers,
    supervision_units,
)
from orgwork.supervision import (
    Appointment,
    Background,
    Candidate,
    ChannelAssignment,
    DeputyDesignation,
    Duty,
    DutyRecord,
    HotlineCall,
    MailboxCollection,
    Quality,
    ReportingChannel,
    SupervisorKind,
    Visit,
    VisitForm,
)

__all__ = [
    "assessment_records",
    "care_records",
    "membership_records",
    "open_day_records",
    "records",
    "selection_records",
    "supervision_records",
]

#: The years drawn when none is given: the bundled working-day calendar's coverage.
_YEARS = st.integers(2004, 2026)

_PEOPLE = ("张三", "李四", "王五", "赵六", "陈七", "刘八")

#: Characters a clerk can type into a cell: no control characters (a spreadsheet cannot
#: hold them), no surrogates, no unassigned code points.
_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cn"))

#: Cell texts that test a reader: formula-like starts, list separators, a line break,
#: texts that look like numbers, dates, yes/no or a JSON list.
_TRICKY = (
    "=SUM(A1:A3)",
    "+86 139",
    "-",
    "-5",
    "@某人",
    "'引号",
    "[附件]",
    "甲、乙",
    "a,b;c",
    "第一行\n第二行",
    "0012",
    "1E+2",
    "12.50",
    "2025-03-01",
    "是",
    "TRUE",
    "#N/A",
)


def _trimmed(text: str) -> bool:
    return text == text.strip()


@functools.cache
def _text(*, min_size: int = 0, max_size: int = 8) -> st.SearchStrategy[str]:
    """A text as typed into a cell (no surrounding spaces), at least ``min_size`` long."""
    typed = st.text(_CHARS, min_size=min_size, max_size=max_size).filter(_trimmed)
    return st.one_of(
        typed,
        st.sampled_from(_TRICKY),
        st.sampled_from(_PEOPLE),
        *([st.just("")] if min_size == 0 else []),
    )


def _normal_id(text: str) -> bool:
    try:
        return normalise_id(text) == text
    except ValueError:
        return False


@functools.cache
def _name() -> st.SearchStrategy[str]:
    """A non-empty name or id, as a model keeps it ([`orgwork.ids`][orgwork.ids])."""
    return _text(min_size=1).filter(_normal_id)


@functools.cache
def _name_or_blank() -> st.SearchStrategy[str]:
    """A name or id a record may leave blank."""
    return st.just("") | _name()


@functools.cache
def _person() -> st.SearchStrategy[str]:
    """A person's name: mostly a usual one, sometimes any non-empty text."""
    return st.sampled_from(_PEOPLE) | _name()


@functools.cache
def _optional() -> st.SearchStrategy[str | None]:
    """An optional text: left out (None), empty, or written."""
    return st.none() | _text()


@functools.cache
def _texts() -> st.SearchStrategy[Text]:
    """A bilingual text as typed (either half may be empty)."""
    return st.builds(Text, zh=_text(), en=_text())


@functools.cache
def _days(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    return st.dates(first, last)


@functools.cache
def _in_year(year: int) -> st.SearchStrategy[dt.date]:
    return _days(dt.date(year, 1, 1), dt.date(year, 12, 31))


@functools.cache
def _review_day(year: int) -> st.SearchStrategy[dt.date]:
    """A review day: 31 December (what an empty one reads as), or another day of ``year``."""
    return st.just(dt.date(year, 12, 31)) | _in_year(year)


def _distinct(
    draw: st.DrawFn, names: st.SearchStrategy[str], max_size: int, *, min_size: int = 0
) -> list[str]:
    return draw(st.lists(names, min_size=min_size, max_size=max_size, unique=True))


# -- assessment ---------------------------------------------------------------------------


@st.composite
def _scheme_sheets(
    draw: st.DrawFn,
    scheme: PointScheme,
    units: list[str],
    *,
    kind: str,
    town: str,
    year: int,
) -> list[MonthlySheet]:
    """Up to two months of sheets for each of ``units``, unique per unit and month."""
    out: list[MonthlySheet] = []
    for unit in units:
        for month in sorted(draw(st.sets(st.integers(1, 12), max_size=2))):
            sheet = draw(monthly_sheets(scheme, unit=unit, town=town, year=year, month=month))
            out.append(sheet.model_copy(update={"kind": kind, "note": draw(_optional())}))
    return out


@st.composite
def _scheme(draw: st.DrawFn) -> PointScheme:
    """A scheme of [`point_schemes`][orgwork.strategies.point_schemes], its aggregation left to the policy or stated."""
    scheme = draw(point_schemes(max_items=3))
    how = draw(st.sampled_from([None, "sum", "mean"]))
    return PointScheme.model_validate({**scheme.model_dump(), "aggregation": how})


@st.composite
def assessment_records(
    draw: st.DrawFn, *, year: int | None = None, town: str | None = None, max_size: int = 3
) -> AssessmentRecords:
    """考核记录 — a town's assessment records of a year.

    Up to ``max_size`` villages and town cadres (names unique), each scheme
    absent or drawn by [`point_schemes`][orgwork.strategies.point_schemes] (its aggregation stated or
    not), up to two months of sheets per
    village and per cadre (under their names; with no village, under units
    of their own), adjustments and missing-sheet notes for those units, and
    sometimes the sample town's quotas. ``year`` (default: 2004–2026) and
    ``town`` (default: drawn; may be empty) are the records' own.
    """
    y = draw(_YEARS) if year is None else year
    t = draw(_text()) if town is None else town
    sheet_town = t if _normal_id(t) else "某镇"
    village_names = _distinct(draw, _name(), max_size)
    villages = [
        Village(
            id=f"V{i + 1:02d}",
            name=n,
            secretary=draw(_person()),
            stationed_cadre=draw(_name_or_blank()),
        )
        for i, n in enumerate(village_names)
    ]
    cadre_names = _distinct(draw, _person(), max_size)
    cadres = [
        TownCadre(
            name=n,
            post=draw(_texts()),
            village=draw(st.sampled_from(village_names) if village_names else _name_or_blank()),
        )
        for n in cadre_names
    ]
    village_scheme = draw(st.none() | _scheme())
    cadre_scheme = draw(st.none() | _scheme())
    village_units = village_names or _distinct(draw, _name(), 2)
    cadre_units = cadre_names or _distinct(draw, _name(), 2)
    sheets = draw(
        _scheme_sheets(
            village_scheme or THOUSAND_POINT, village_units, kind="village", town=sheet_town, year=y
        )
    )
    cadre_sheets = draw(
        _scheme_sheets(
            cadre_scheme or THOUSAND_POINT, cadre_units, kind="cadre", town=sheet_town, year=y
        )
    )
    # Adjustments and gap notes name a village or a cadre when the town lists any.
    units = [*village_names, *cadre_names] or [*village_units, *cadre_units]
    adjustments = [
        a.model_copy(update={"source": draw(_optional())})
        for a in draw(
            point_adjustments(village_scheme or THOUSAND_POINT, units, year=y, max_size=2)
        )
    ]
    gaps = draw(
        st.lists(
            st.builds(
                SheetGap, unit=st.sampled_from(units), month=st.integers(1, 12), reason=_texts()
            ),
            max_size=2,
        )
        if units
        else st.just([])
    )
    quotas = draw(st.dictionaries(st.sampled_from(USES), st.integers(0, 20), max_size=2))
    return AssessmentRecords(
        year=y,
        town=t,
        villages=tuple(villages),
        cadres=tuple(cadres),
        village_scheme=village_scheme,
        cadre_scheme=cadre_scheme,
        sheets=tuple(sheets),
        cadre_sheets=tuple(cadre_sheets),
        adjustments=tuple(adjustments),
        gaps=tuple(gaps),
        sample_quotas=quotas,
    )


# -- care ---------------------------------------------------------------------------------


@functools.cache
def _cents(lo: int, hi: int) -> st.SearchStrategy[Decimal]:
    """An amount of money from ``lo`` to ``hi`` cents, exact to the cent."""
    return st.integers(lo, hi).map(lambda c: Decimal(c).scaleb(-2))


@st.composite
def _relief_fund(draw: st.DrawFn, year: int, recipients: list[str]) -> ReliefFund:
    """A fund never overdrawn: the previous year's balance, then the year's receipts and payments."""
    entries: list[Receipt | Payment] = []
    balance = Decimal(0)
    if draw(st.booleans()):
        opening = draw(_cents(1, 10_000_000))
        entries.append(
            Receipt(on=dt.date(year - 1, 12, 31), amount=opening, source="上年结余", note="")
        )
        balance += opening
    days = sorted(draw(st.lists(_in_year(year), max_size=3)))
    for day in days:
        if balance >= Decimal("0.01") and draw(st.booleans()):
            amount = draw(_cents(1, int(balance * 100)))
            entries.append(
                Payment(
                    on=day,
                    amount=amount,
                    recipient=draw(st.sampled_from(recipients) if recipients else _name()),
                    purpose=draw(st.sampled_from(FundPurpose)),
                    ground=draw(_text()),
                    note=draw(_text()),
                )
            )
            balance -= amount
        else:
            amount = draw(_cents(1, 10_000_000))
            entries.append(Receipt(on=day, amount=amount, source=draw(_name()), note=draw(_text())))
            balance += amount
    return ReliefFund(name=draw(_name()), entries=tuple(entries))


_TOWN_ROLES = (HostRole.ORGANIZATION_MEMBER, HostRole.DEPUTY_SECRETARY, HostRole.PARTY_SECRETARY)


@st.composite
def _vacancy(draw: st.DrawFn, year: int) -> TownVacancy:
    start = draw(_in_year(year))
    end = start + dt.timedelta(days=draw(st.integers(0, 120)))
    return TownVacancy(
        role=draw(st.sampled_from(_TOWN_ROLES)), start=start, end=end, note=draw(_texts())
    )


@st.composite
def care_records(draw: st.DrawFn, *, year: int | None = None, max_size: int = 3) -> CareRecords:
    """关怀帮扶记录 — a town's care records of a year.

    The town committee, up to ``max_size`` branches (each listing its
    elderly members), up to ``max_size`` elderly members (events from two
    years before ``year`` to its end), a visit log about them, a relief fund
    never overdrawn (sometimes with the previous year's balance) and
    vacancies of the town posts. ``year`` defaults to 2004–2026.
    """
    y = draw(_YEARS) if year is None else year
    first, last = dt.date(y - 2, 1, 1), dt.date(y, 12, 31)
    town = draw(towns())
    town = Town.model_validate({**town.model_dump(), "name": draw(_name())})
    org_ids = [f"V{i + 1:02d}" for i in range(draw(st.integers(0, max_size)))]
    members = draw(member_rosters(org_ids or ("V01",), first, last, max_size=max_size))
    orgs = [
        type(o).model_validate(
            {**o.model_dump(), "members": tuple(m.id for m in members if m.organization == o.id)}
        )
        for o in draw(organizations(org_ids))
    ]
    log = draw(visit_logs(members, dt.date(y, 1, 1), last, max_size=max_size))
    return CareRecords(
        year=y,
        town=town,
        organizations=tuple(orgs),
        members=tuple(members),
        visits=tuple(log),
        fund=draw(_relief_fund(y, [m.id for m in members])),
        vacancies=tuple(draw(st.lists(_vacancy(y), max_size=2))),
        sample_deduction=draw(st.none() | _cents(0, 1000)),
    )


# -- supervision --------------------------------------------------------------------------


@functools.cache
def _candidates(year: int) -> st.SearchStrategy[Candidate]:
    return st.builds(
        Candidate,
        name=_person(),
        backgrounds=st.lists(st.sampled_from(Background), min_size=1, max_size=2).map(tuple),
        recommended_by=_name(),
        recommended_on=_in_year(year),
        qualities=st.frozensets(st.sampled_from(Quality), max_size=4),
    )


@st.composite
def _meeting(draw: st.DrawFn, year: int) -> MeetingRequest:
    asked = draw(_in_year(year))
    wait = draw(st.none() | st.integers(0, 30))
    return MeetingRequest(
        supervisor=draw(_person()),
        requested_on=asked,
        met_on=None if wait is None else asked + dt.timedelta(days=wait),
        topic=draw(_text()),
    )


@st.composite
def _sanction(draw: st.DrawFn, year: int) -> SanctionRecord:
    proposed = draw(_in_year(year))
    speech = draw(st.booleans())
    said = draw(_days(dt.date(year, 1, 1), proposed)) if speech or draw(st.booleans()) else None
    return SanctionRecord(
        supervisor=draw(_person()),
        proposed_on=proposed,
        for_speech=speech,
        said_on=said,
        measure=draw(_text()),
        description=draw(_text()),
    )


@st.composite
def _channel_staff(draw: st.DrawFn, year: int) -> ChannelAssignment:
    first = draw(_in_year(year))
    return ChannelAssignment(
        channel=draw(st.sampled_from(ReportingChannel)),
        person=draw(_person()),
        first=first,
        last=draw(st.none() | _days(first, dt.date(year, 12, 31))),
    )


@st.composite
def _deputy(draw: st.DrawFn, year: int) -> DeputyDesignation:
    first = draw(_in_year(year))
    return DeputyDesignation(
        person=draw(_person()),
        first=first,
        last=draw(st.none() | _days(first, dt.date(year, 12, 31))),
    )


@st.composite
def _calls(draw: st.DrawFn, year: int, max_size: int) -> tuple[HotlineCall, ...]:
    return tuple(
        HotlineCall(
            id=f"DH{i + 1:03d}",
            on=draw(_in_year(year)),
            at=draw(st.none() | clock_times()),
            answered_by=draw(st.none() | _person()),
            note=draw(_text()),
        )
        for i in range(draw(st.integers(0, max_size)))
    )


@st.composite
def supervision_records(
    draw: st.DrawFn, *, year: int | None = None, max_size: int = 3
) -> SupervisionRecords:
    """干部监督记录 — a department's supervision records of a year.

    Handlers (names unique), up to ``max_size`` cases received in the year
    (ids ``C001``, ...; handled by someone on the list), units and visits to
    them, evaluation rounds, a rectification ledger built by its own
    operations, findings, supervisor nominations, appointments and meeting
    requests, the supervisors' duty records (by the supervisors appointed) and
    sanctions proposed, the deputy heads named for letters and visits, the
    people designated for the reporting line and the mailbox, calls (ids
    ``DH001``, ...) and collections, and the sample settings. The review day
    is 31 December or another day of the year. ``year`` defaults to 2004–2026.
    """
    y = draw(_YEARS) if year is None else year
    handlers = _distinct(draw, _person(), max_size)
    pool = handlers or ["王副部长", "李副部长"]
    first, last = dt.date(y, 1, 1), dt.date(y, 10, 31)
    cases = []
    for i in range(draw(st.integers(0, max_size))):
        case = draw(_case(f"C{i + 1:03d}", first, last, pool))
        cases.append(case.model_copy(update={"summary": draw(_text())}))
    units = [
        u.model_copy(update={"name": draw(_text())})
        for u in draw(supervision_units(max_size=max_size))
    ]
    visits = draw(
        st.lists(
            st.builds(
                Visit,
                unit=st.sampled_from([u.id for u in units]),
                on=_in_year(y),
                leader=st.none() | _person(),
                form=st.none() | st.sampled_from(VisitForm),
            ),
            max_size=max_size,
        )
        if units
        else st.just([])
    )
    found = [
        f.model_copy(update={"description": draw(_text())})
        for f in draw(st.lists(findings(first, dt.date(y, 12, 31)), max_size=2))
    ]
    appointments = tuple(
        draw(
            st.lists(
                st.builds(
                    Appointment,
                    name=_person(),
                    kind=st.sampled_from(SupervisorKind),
                    appointed_on=_in_year(y),
                ),
                max_size=2,
            )
        )
    )
    names = [a.name for a in appointments]
    return SupervisionRecords(
        year=y,
        department=draw(_text()),
        head=draw(_name_or_blank()),
        deputy_head_letters=draw(_name_or_blank()),
        handlers=tuple(handlers),
        on=draw(_review_day(y)),
        cases=tuple(cases),
        units=tuple(units),
        visits=tuple(visits),
        rounds=tuple(draw(st.lists(evaluation_rounds(y), max_size=2, unique_by=lambda r: r.id))),
        ledger=draw(rectification_ledgers(start=first, max_events=6, max_items=3)),
        findings=tuple(found),
        nominations=tuple(
            draw(
                st.lists(
                    st.builds(
                        SupervisorNomination,
                        candidate=_candidates(y),
                        kind=st.sampled_from(SupervisorKind),
                    ),
                    max_size=2,
                )
            )
        ),
        appointments=appointments,
        meetings=tuple(draw(st.lists(_meeting(y), max_size=2))),
        duties=tuple(
            draw(
                st.lists(
                    st.builds(
                        DutyRecord,
                        supervisor=st.sampled_from(names),
                        duty=st.sampled_from(Duty),
                        on=_in_year(y),
                        note=_text(),
                    ),
                    max_size=2,
                )
                if names
                else st.just([])
            )
        ),
        sanctions=tuple(draw(st.lists(_sanction(y), max_size=2))),
        deputies=tuple(draw(st.lists(_deputy(y), max_size=2))),
        channel_assignments=tuple(draw(st.lists(_channel_staff(y), max_size=2))),
        calls=draw(_calls(y, max_size)),
        collections=tuple(
            draw(
                st.lists(
                    st.builds(
                        MailboxCollection,
                        on=_in_year(y),
                        collected_by=_person(),
                        letters=st.integers(0, 5),
                    ),
                    max_size=2,
                )
            )
        ),
        sample_meeting_working_days=draw(st.none() | st.integers(0, 30)),
        sample_hotline_hours=draw(clock_spans()),
    )


# -- open day -----------------------------------------------------------------------------


@st.composite
def _suggestion(draw: st.DrawFn, sid: str, days: st.SearchStrategy[dt.date]) -> Suggestion:
    day = draw(days)
    spot = draw(st.booleans())
    answered = day if spot and draw(st.booleans()) else None
    if not spot and draw(st.booleans()):
        answered = day + dt.timedelta(days=draw(st.integers(0, 25)))
    return Suggestion(
        id=sid,
        open_day=day,
        topic=draw(_text()),
        answered_on_spot=spot,
        assignee=None if spot else draw(st.none() | _name()),
        answered_on=answered,
        adopted=draw(st.booleans()),
    )


@st.composite
def open_day_records(
    draw: st.DrawFn, *, year: int | None = None, max_size: int = 3
) -> OpenDayRecords:
    """开放日记录 — a department's open-day plan and suggestions of a year, and every other sheet.

    The plan is absent or holds up to two open days of ``year`` with up to
    ``max_size`` representatives each (with or without contact files); the
    suggestions (ids ``S001``, ...) come from the planned days (from any day
    of the year when none is planned), in every state. Then the delegates
    recommended and chosen and the sites (巢湖市), the feedback on each open
    day (肥西县), the 部长办公会 naming suggestions made on or before them
    (长丰县), and the sample settings. ``year`` defaults to 2004–2026.
    """
    y = draw(_YEARS) if year is None else year
    plan = draw(st.none() | open_day_plans(y, max_days=2, max_representatives=max_size))
    if plan is not None:
        plan = plan.model_copy(update={"locality": draw(_text())})
    held = [d.held_on for d in plan.days] if plan is not None else []
    days = st.sampled_from(held) if held else _in_year(y)
    n = draw(st.integers(0, max_size))
    suggestions = tuple(draw(_suggestion(f"S{i + 1:03d}", days)) for i in range(n))
    delegates = tuple(
        RecommendedDelegate(
            id=name,
            unit=draw(_name()),
            gender=draw(st.sampled_from(list(Gender))),
            age=draw(st.integers(18, 120)),
            post=draw(_name()),
            level=draw(_name()),
            chosen=draw(st.booleans()),
        )
        for name in _distinct(draw, _person(), max_size)
    )
    sites = tuple(
        InspectionSite(
            id=name,
            demonstration=draw(st.booleans()),
            chosen=draw(st.booleans()),
            final=draw(st.booleans()),
        )
        for name in _distinct(draw, _name(), max_size)
    )
    feedback = []
    for _ in range(draw(st.integers(0, max_size if held else 0))):
        day = draw(st.sampled_from(held))
        on = draw(_days(day, dt.date(y, 12, 31)))
        feedback.append(Feedback(open_day=day, on=on, note=draw(_text())))
    meetings = []
    for name in _distinct(draw, _name(), max_size):
        on = draw(_in_year(y))
        known = [x.id for x in suggestions if x.open_day <= on]
        named = draw(st.lists(st.sampled_from(known), unique=True)) if known else []
        meetings.append(
            OfficeMeeting(id=name, held_on=on, suggestions=tuple(named), note=draw(_text()))
        )
    return OpenDayRecords(
        year=y,
        department=draw(_text()),
        plan=plan,
        suggestions=suggestions,
        on=draw(_review_day(y)),
        delegates=delegates,
        delegates_chosen_on=draw(st.none() | _in_year(y)),
        sites=sites,
        sites_chosen_on=draw(st.none() | _in_year(y)),
        sites_chosen_publicly=draw(st.booleans()),
        feedback=tuple(feedback),
        office_meetings=tuple(meetings),
        sample_preset=draw(st.none() | st.sampled_from(sorted(PRESETS))),
        sample_delegation_preset=draw(st.none() | st.sampled_from(sorted(PRESETS))),
        sample_feedback_interval_months=draw(st.none() | st.integers(1, 120)),
    )


# -- selection ----------------------------------------------------------------------------


@st.composite
def _street_recruitment(draw: st.DrawFn, year: int, max_size: int) -> StreetRecruitment:
    evals = draw(
        st.lists(evaluations(max_count=20), max_size=max_size, unique_by=lambda e: e.applicant)
    )
    return StreetRecruitment(
        street=draw(_text()),
        post=draw(_text()),
        held_on=draw(_in_year(year)),
        applicants=tuple(Applicant(unit=draw(_name()), evaluation=e) for e in evals),
    )


@functools.cache
def _competitive_rounds(year: int) -> st.SearchStrategy[CompetitiveRound]:
    return st.builds(
        CompetitiveRound,
        category=_text(),
        category_en=_text(),
        held_on=_in_year(year),
        posts=st.lists(_name(), min_size=1, max_size=2).map(tuple),
        candidates=st.lists(_person(), max_size=3).map(tuple),
    )


@functools.cache
def _sittings(year: int) -> st.SearchStrategy[Sitting]:
    judge = st.builds(Judge, name=_person(), kind=st.sampled_from(JudgeKind))
    panel = st.builds(
        JudgingPanel,
        occasion=st.sampled_from(Occasion),
        held_on=_in_year(year),
        judges=st.lists(judge, max_size=3).map(tuple),
    )
    # The name is the sitting's key: the judges' rows name their sitting by it.
    return st.builds(Sitting, name=_name(), panel=panel)


@functools.cache
def _open_selections(year: int) -> st.SearchStrategy[OpenSelection]:
    return st.builds(
        OpenSelection,
        record=valid_procedure_records(max_candidates=3),
        checked_on=_in_year(year),
        published=st.lists(st.sampled_from(PublicationItem), unique=True, max_size=2).map(tuple),
    )


class _Renamer:
    """A drawn name for each fixed name a domain strategy gives, the same each time it comes
    back: two different people (posts, cadres) stay two, and the sheets name the same ones."""

    def __init__(self, draw: st.DrawFn, names: st.SearchStrategy[str]) -> None:
        self._draw, self._names, self._map = draw, names, dict[str, str]()

    def __call__(self, fixed: str) -> str:
        if fixed not in self._map:
            taken = set(self._map.values())
            self._map[fixed] = self._draw(self._names.filter(lambda n: n not in taken))
        return self._map[fixed]

    def optional(self, fixed: str | None) -> str | None:
        """``fixed`` renamed, None kept."""
        return None if fixed is None else self(fixed)


@st.composite
def _meeting_branch(draw: st.DrawFn, year: int, branch: str | None = None) -> MeetingBranch:
    """A branch of the meeting log: with or without a committee and party groups, formed
    before the year (no day) or on a day of it."""
    return MeetingBranch(
        branch=draw(_name()) if branch is None else branch,
        committee=draw(st.booleans()),
        groups=draw(st.booleans()),
        formed_on=draw(st.none() | _in_year(year)),
    )


@st.composite
def _branch_meeting(
    draw: st.DrawFn, year: int, branches: st.SearchStrategy[str] | None = None
) -> BranchMeeting:
    """A meeting of the year; a 支部党员大会 sometimes with its vote's counts
    ([`votes`][orgwork.strategies.votes]: in favour ≤ present ≤ entitled)."""
    kind = draw(st.sampled_from(MeetingKind))
    vote = draw(st.none() | votes()) if kind is MeetingKind.GENERAL_MEETING else None
    return BranchMeeting(
        branch=draw(_name() if branches is None else branches),
        kind=kind,
        held_on=draw(_in_year(year)),
        entitled=None if vote is None else vote.entitled,
        present=None if vote is None else vote.present,
        in_favour=None if vote is None else vote.in_favour,
        note=draw(_optional()),
    )


@st.composite
def _meeting_log(
    draw: st.DrawFn, year: int, max_size: int
) -> tuple[tuple[MeetingBranch, ...], tuple[BranchMeeting, ...]]:
    """Up to two branches listed (names unique) and their meetings; a meeting sometimes names
    a branch not listed (the log then counts it with a committee and groups)."""
    listed = _distinct(draw, _name(), 2)
    branches = tuple(draw(_meeting_branch(year, b)) for b in listed)
    names = st.sampled_from(listed) | _name() if listed else _name()
    meetings = draw(st.lists(_branch_meeting(year, names), max_size=max_size))
    return branches, tuple(meetings)


@st.composite
def _special_branch(draw: st.DrawFn, year: int) -> SpecialBranchRecord:
    """A [`special_branch_records`][orgwork.strategies.special_branch_records] record under a
    drawn name, made on a day of the year (or undated), each item it has typed as a clerk would."""
    r = draw(special_branch_records())

    def typed(value: str | None) -> str | None:
        return None if value is None else draw(_text())

    return SpecialBranchRecord(
        branch=draw(_name()),
        on=None if r.on is None else draw(_in_year(year)),
        volunteer_team=typed(r.volunteer_team),
        good_deeds=tuple(draw(_text(min_size=1)) for _ in r.good_deeds[:3]),
        area=typed(r.area),
        brand=typed(r.brand),
    )


@st.composite
def _appointment_notice(draw: st.DrawFn, year: int) -> AppointmentNoticeRecord:
    """An [`appointment_notices`][orgwork.strategies.appointment_notices] notice of the year
    (it lasts 20 days at most, so it ends in the year) for a drawn candidate and post."""
    n = draw(appointment_notices(dt.date(year, 1, 1), dt.date(year, 12, 11)))
    return AppointmentNoticeRecord(
        candidate=draw(_person()), post=draw(_optional()), start=n.start, end=n.end
    )


@st.composite
def _probation(draw: st.DrawFn, year: int) -> TrialAppointment:
    """A [`trial_appointments`][orgwork.strategies.trial_appointments] probation begun in the
    year or the year before (a year's probation begun then ends in the records' year)."""
    a = draw(trial_appointments(dt.date(year - 1, 1, 1), dt.date(year, 12, 31)))
    return TrialAppointment(cadre=draw(_person()), post=draw(_optional()), start=a.start)


@dataclass(frozen=True)
class _Office:
    """The office's registers: matters, key posts and absences, duty roster and badges."""

    matters: tuple[Matter, ...]
    key_posts: tuple[KeyPost, ...]
    absences: tuple[Absence, ...]
    roster: tuple[RosterEntry, ...]
    badges: tuple[Badge, ...]


@st.composite
def _office(draw: st.DrawFn, year: int, max_size: int) -> _Office:
    """The registers of [`matters`][orgwork.strategies.matters], [`key_posts`][orgwork.strategies.key_posts],
    [`absences`][orgwork.strategies.absences], [`roster_entries`][orgwork.strategies.roster_entries]
    and [`badges`][orgwork.strategies.badges], with drawn staff and post names shared by all.

    Matters (ids unique) are received by 1 December and handed on or closed within 30 days,
    absences begin by 1 December and last up to 30 days: every day is in the year. An absence
    names a holder of a key post when any is listed; posts are unique on the key-post list
    and on the roster; a badge names a post on the roster when any is listed.
    """
    first, cut = dt.date(year, 1, 1), dt.date(year, 12, 1)
    staff, posts = _Renamer(draw, _person()), _Renamer(draw, _name())
    drawn = draw(st.lists(matters(min_day=first, max_day=cut), max_size=max_size))
    ids = _distinct(draw, _name(), len(drawn), min_size=len(drawn))
    kept = [
        Matter(
            id=i,
            kind=draw(st.just(m.kind) | _text(min_size=1)),
            received_on=m.received_on,
            first_asked=staff.optional(m.first_asked),
            handled_by=staff.optional(m.handled_by),
            transfers=tuple(Transfer(by=staff(t.by), to=staff(t.to), on=t.on) for t in m.transfers),
            closed_on=m.closed_on,
            summary=draw(_optional()),
        )
        for i, m in zip(ids, drawn, strict=True)
    ]
    key = [
        KeyPost(post=posts(p.post), a_holder=staff(p.a_holder), b_holder=staff.optional(p.b_holder))
        for p in draw(st.lists(key_posts(), max_size=max_size, unique_by=lambda p: p.post))
    ]
    holders = [h for p in key for h in (p.a_holder, p.b_holder) if h is not None]
    people = st.sampled_from(holders) if holders else _person()
    away = [
        Absence(person=draw(people), start=a.start, end=a.end, reason=draw(_optional()))
        for a in draw(st.lists(absences(min_day=first, max_day=cut), max_size=max_size))
    ]
    roster = [
        RosterEntry(post=posts(e.post), person=staff.optional(e.person))
        for e in draw(st.lists(roster_entries(), max_size=max_size, unique_by=lambda e: e.post))
    ]
    on_duty = [e.post for e in roster]
    worn = [
        Badge(
            post=draw(st.sampled_from(on_duty)) if on_duty else posts(b.post),
            person=staff(b.person),
        )
        for b in draw(st.lists(badges(), max_size=max_size))
    ]
    return _Office(tuple(kept), tuple(key), tuple(away), tuple(roster), tuple(worn))


@st.composite
def _welfare(
    draw: st.DrawFn, year: int, max_size: int
) -> tuple[tuple[CadreHospitalStay, ...], tuple[CadreFamily, ...], tuple[WelfareVisit, ...]]:
    """Hospital stays ([`cadre_hospital_stays`][orgwork.strategies.cadre_hospital_stays]: admitted
    by 1 December, out within 30 days), families on the visit list (one row per cadre) and
    visits, all in the year; a visit names a cadre of a stay or a family of its kind when any
    is listed."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    cadres = _Renamer(draw, _person())
    stays = [
        CadreHospitalStay(
            cadre=cadres(s.cadre), admitted=s.admitted, discharged=s.discharged, cause=s.cause
        )
        for s in draw(
            st.lists(
                cadre_hospital_stays(min_day=first, max_day=dt.date(year, 12, 1)),
                max_size=max_size,
            )
        )
    ]
    families = [
        CadreFamily(cadre=cadres(f.cadre), since=f.since)
        for f in draw(
            st.lists(cadre_families(first, last), max_size=max_size, unique_by=lambda f: f.cadre)
        )
    ]
    of_kind = {"hospital": [s.cadre for s in stays], "family": [f.cadre for f in families]}
    visits = []
    for v in draw(st.lists(welfare_visits(first, last), max_size=max_size)):
        named = of_kind[v.kind]
        cadre = draw(st.sampled_from(named)) if named else cadres(v.cadre)
        visits.append(
            WelfareVisit(kind=v.kind, cadre=cadre, on=v.on, by=draw(st.none() | _person()))
        )
    return tuple(stays), tuple(families), tuple(visits)


@st.composite
def _computer_work(
    draw: st.DrawFn, year: int, max_size: int
) -> tuple[
    tuple[ComputerNight, ...],
    tuple[BackboneTrainee, ...],
    tuple[SkillsExam, ...],
    tuple[Adjustment, ...],
    tuple[PerformanceResult, ...],
    tuple[DepartmentOpenness, ...],
]:
    """电脑之夜 of the year (mostly on Tuesdays), computer backbones (one section each),
    computer-skills exams, adjustments of the year (tenures up to six years back or unknown),
    the annual performance results of earlier years filed in the year, and 四个公开 checks."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    cadres = _Renamer(draw, _person())
    sections = st.sampled_from(_distinct(draw, _name(), 2) or ["办公室"])
    teams = st.sampled_from(_distinct(draw, _name(), 2) or ["镇党委"])
    nights = tuple(
        n.model_copy(
            update={"section": draw(st.none() | sections), "by": draw(st.none() | _person())}
        )
        for n in draw(st.lists(computer_nights(first, last), max_size=max_size))
    )
    trainees = tuple(
        BackboneTrainee(section=draw(sections), cadre=cadres(t.cadre), trained_on=t.trained_on)
        for t in draw(
            st.lists(
                backbone_trainees(dt.date(year - 3, 1, 1), last),
                max_size=max_size,
                unique_by=lambda t: t.cadre,
            )
        )
    )
    exams = tuple(
        SkillsExam(cadre=cadres(e.cadre), on=e.on, kind=e.kind)
        for e in draw(st.lists(skills_exams(first, last), max_size=max_size))
    )
    moves = tuple(
        a.model_copy(update={"cadre": cadres(a.cadre), "team": draw(teams)})
        for a in draw(st.lists(adjustments(min_day=first, max_day=last), max_size=max_size))
    )
    results = tuple(
        PerformanceResult(
            year=draw(st.integers(year - 6, year - 1)),
            team=draw(teams),
            cadre=draw(st.none() | st.sampled_from([a.cadre for a in moves] or ["张三"])),
            filed_on=draw(_in_year(year)),
        )
        for _ in range(draw(st.integers(0, max_size)))
    )
    openness = tuple(
        DepartmentOpenness(
            department=draw(_name()),
            checked_on=draw(_in_year(year)),
            published=tuple(draw(st.lists(st.sampled_from(Openness), unique=True))),
            department_info=tuple(draw(st.lists(st.sampled_from(DepartmentInfo), unique=True))),
        )
        for _ in range(draw(st.integers(0, 1)))
    )
    return nights, trainees, exams, moves, results, openness


@st.composite
def _organization_work(
    draw: st.DrawFn, year: int, max_size: int
) -> tuple[tuple[OpinionSolicitation, ...], tuple[str, ...], tuple[PartTimeMember, ...]]:
    """The department's solicitations of opinions in the year, the 街道/社区 party
    organizations of the “1+*” pattern, and their part-time members (a member once per
    organization; terms from years before, ending in the year or open)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    asked = tuple(
        OpinionSolicitation(on=draw(_in_year(year)), form=draw(_name()), note=draw(_text()))
        for _ in range(draw(st.integers(0, max_size)))
    )
    organizations = tuple(_distinct(draw, _name(), 2))
    where = st.sampled_from(organizations) if organizations else _name()
    members: list[PartTimeMember] = []
    for _ in range(draw(st.integers(0, max_size))):
        since = draw(st.none() | _days(dt.date(year - 5, 1, 1), last))
        members.append(
            PartTimeMember(
                organization=draw(where),
                member=draw(_person()),
                department=draw(_name()),
                since=since,
                until=draw(st.none() | _days(max(since or first, first), last)),
            )
        )
    unique = {(m.organization, m.member): m for m in members}
    return asked, organizations, tuple(unique.values())


@st.composite
def selection_records(
    draw: st.DrawFn,
    *,
    year: int | None = None,
    town: str | None = None,
    county: str | None = None,
    prefecture: str | None = None,
    max_size: int = 3,
) -> SelectionRecords:
    """选拔任用与党组织建设记录 — a year's selection, cadre and branch records.

    A street recruitment (absent, or with up to ``max_size`` applicants),
    competitive rounds, the occasions, judging sittings (names unique),
    nominations, open selections (procedures unique), post fillings, service
    histories (unique per cadre, position and day), events and talks,
    section tenures, dates of birth, a study log of the year (or none),
    rules reports, branch grades and 135 work, the branch meeting log
    (branches unique, a 支部党员大会's vote counted or not), 特设 branches'
    records, pre-appointment notices, probations (begun in the year or the
    year before), the office's matters (ids unique), key posts and absences,
    duty roster and badges, cadres' hospital stays, families and visits
    (the names shared across these registers), solicitations of opinions, the
    “1+*” organizations and their part-time members, and the sample settings.
    Every other day is in the year; every review day is 31
    December or another day of the year. ``year`` defaults to 2004–2026; ``town``,
    ``county`` and ``prefecture`` (default: drawn) are the records' own.
    """
    y = draw(_YEARS) if year is None else year
    first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    small = max(1, max_size - 1)
    branches = _distinct(draw, _name(), 2)
    meeting_branches, branch_meetings = draw(_meeting_log(y, max_size))
    office = draw(_office(y, small))
    stays, families, welfare_visits = draw(_welfare(y, small))
    nights, trainees, exams, moves, results, openness = draw(_computer_work(y, small))
    asked, community_organizations, part_time = draw(_organization_work(y, small))
    kinds = sorted({m.kind for m in office.matters})
    return SelectionRecords(
        year=y,
        town=draw(_text()) if town is None else town,
        county=draw(_text()) if county is None else county,
        prefecture=draw(_text()) if prefecture is None else prefecture,
        department=draw(_text()),
        as_of=draw(_review_day(y)),
        street_recruitment=draw(st.none() | _street_recruitment(y, small)),
        competitive_rounds=tuple(draw(st.lists(_competitive_rounds(y), max_size=small))),
        occasions=tuple(draw(st.lists(st.sampled_from(Occasion), unique=True, max_size=3))),
        sittings=tuple(draw(st.lists(_sittings(y), max_size=small, unique_by=lambda s: s.name))),
        nominations=tuple(
            draw(
                st.lists(
                    st.builds(Nomination, group=st.sampled_from(NominatorGroup), nominee=_person()),
                    max_size=max_size,
                )
            )
        ),
        nominations_on=draw(_review_day(y)),
        open_selections=tuple(
            draw(
                st.lists(
                    _open_selections(y), max_size=small, unique_by=lambda o: o.record.procedure
                )
            )
        ),
        post_fillings=tuple(
            draw(
                st.lists(
                    st.builds(
                        PostFilling,
                        post=_name(),
                        mid_level_leadership=st.booleans(),
                        filled_by=st.sampled_from(FillingMethod),
                        filled_on=_in_year(y),
                    ),
                    max_size=small,
                )
            )
        ),
        promotion_review_on=draw(_review_day(y)),
        service_histories=tuple(
            draw(
                st.lists(
                    service_histories(
                        min_since=dt.date(y - 8, 1, 1), max_since=last, years_after=3
                    ),
                    max_size=small,
                    unique_by=lambda h: (h.cadre, h.position, h.since),
                )
            )
        ),
        events=tuple(
            e.model_copy(update={"note": draw(_optional())})
            for e in draw(st.lists(cadre_events(first, last), max_size=small))
        ),
        talks=tuple(draw(st.lists(talks(first, last), max_size=small))),
        section_tenures=tuple(
            draw(st.lists(section_tenures(dt.date(y - 10, 1, 1), last), max_size=small))
        ),
        skills_checked_on=draw(_review_day(y)),
        births=tuple(
            draw(
                st.lists(
                    st.builds(
                        CadreBirth,
                        cadre=_person(),
                        born=_days(dt.date(y - 60, 1, 1), dt.date(y - 20, 12, 31)),
                    ),
                    max_size=small,
                )
            )
        ),
        study_log=draw(st.none() | study_logs(year=y, max_entries=max_size)),
        rules_reports=tuple(
            r.model_copy(update={"note": draw(_optional())})
            for r in draw(st.lists(rules_reports(("部机关",), first, last), max_size=small))
        ),
        study_exempt_reason=draw(st.none() | _texts()),
        branch_grades=tuple(
            draw(
                st.lists(
                    st.builds(
                        BranchGrading,
                        branch=_name(),
                        grade=st.sampled_from(BranchGrade),
                    ),
                    max_size=small,
                )
            )
        ),
        branches_135=tuple(branches),
        activities_135=tuple(
            a.model_copy(update={"note": draw(_optional())})
            for a in draw(
                st.lists(
                    activities_135(tuple(branches) or ("一支部",), first, last), max_size=small
                )
            )
        ),
        sample_rotation_years=draw(st.none() | st.integers(1, 10)),
        meeting_branches=meeting_branches,
        branch_meetings=branch_meetings,
        special_branches=tuple(draw(st.lists(_special_branch(y), max_size=small))),
        appointment_notices=tuple(draw(st.lists(_appointment_notice(y), max_size=small))),
        probations=tuple(draw(st.lists(_probation(y), max_size=small))),
        matters=office.matters,
        key_posts=office.key_posts,
        absences=office.absences,
        duty_roster=office.roster,
        badges=office.badges,
        hospital_stays=stays,
        cadre_families=families,
        welfare_visits=welfare_visits,
        computer_nights=nights,
        backbone_trainees=trainees,
        skills_exams=exams,
        adjustments=moves,
        performance_results=results,
        openness=openness,
        opinion_solicitations=asked,
        community_organizations=community_organizations,
        part_time_members=part_time,
        sample_time_limit_kind=draw(
            st.none() | _text() | (st.sampled_from(kinds) if kinds else st.nothing())
        ),
        sample_time_limit_days=draw(st.none() | st.integers(0, 366)),
        sample_hospital_visit_days=draw(st.none() | st.integers(0, 366)),
        sample_family_visit_months=draw(st.none() | st.integers(1, 120)),
    )


def _money(high: Decimal) -> st.SearchStrategy[Decimal]:
    """Yuan with at most two decimal places, from 0 to ``high``."""
    return st.decimals(Decimal(0), high, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def membership_records(
    draw: st.DrawFn, *, year: int | None = None, max_size: int = 3
) -> MembershipRecords:
    """党员管理记录 — a branch's dues bases, dues paid, applicants and probationary members.

    Members are distinct; every payment names a member on the dues bases (a
    payment for a month of ``year`` or the year before, paid in its month or
    up to a year later). An income may be missing (the report notes it),
    as may an applicant's date of birth. ``year`` defaults to 2004–2026.
    """
    y = draw(_YEARS) if year is None else year
    members = _distinct(draw, _person(), max_size)
    payers = tuple(
        DuesMember(
            member=m,
            category=draw(st.sampled_from(PayerCategory)),
            monthly_income=draw(st.none() | _money(Decimal(20000))),
        )
        for m in members
    )
    payments = []
    for m in members:
        for _ in range(draw(st.integers(0, max_size))):
            month = draw(st.integers(1, 12))
            of_year = draw(st.sampled_from((y - 1, y)))
            first = dt.date(of_year, month, 1)
            payments.append(
                DuesPayment(
                    member=m,
                    year=of_year,
                    month=month,
                    amount=draw(_money(Decimal(500))),
                    paid_on=draw(_days(first, first + dt.timedelta(days=366))),
                )
            )
    optional_day = st.none() | _days(dt.date(y - 3, 1, 1), dt.date(y, 12, 31))
    applicants = tuple(
        MembershipApplicant(
            person=p,
            born=draw(st.none() | _days(dt.date(y - 60, 1, 1), dt.date(y - 14, 12, 31))),
            applied_on=draw(optional_day),
            activist_since=draw(optional_day),
            listed_on=draw(optional_day),
            training_days=draw(st.none() | st.integers(0, 10)),
            training_hours=draw(st.none() | st.integers(0, 80)),
        )
        for p in _distinct(draw, _person(), max_size)
    )
    probationers = tuple(
        ProbationaryMember(
            person=p,
            admitted_on=draw(_days(dt.date(y - 2, 1, 1), dt.date(y, 12, 31))),
            extension_months=draw(st.none() | st.integers(0, 24)),
        )
        for p in _distinct(draw, _person(), max_size)
    )
    return MembershipRecords(
        year=y,
        branch=draw(_text()),
        on=draw(_review_day(y)),
        payers=payers,
        payments=tuple(payments),
        applicants=applicants,
        probationers=probationers,
    )


# -- the whole records --------------------------------------------------------------------


@st.composite
def records(draw: st.DrawFn, *, year: int | None = None, max_size: int = 3) -> Records:
    """组织工作记录 — a town's records of a year, every family drawn (any may be empty).

    The place (town, county, prefecture, province; each may be empty) and
    the year are the records' own and every family inherits them. ``year``
    defaults to 2004–2026 (the bundled calendar's coverage); any year from
    1960 to 2100 may be given. ``max_size`` bounds each collection.
    """
    y = draw(_YEARS) if year is None else year
    town, county, prefecture = draw(_text()), draw(_text()), draw(_text())
    return Records(
        year=y,
        town=town,
        county=county,
        prefecture=prefecture,
        province=draw(_text()),
        assessment=draw(assessment_records(year=y, town=town, max_size=max_size)),
        care=draw(care_records(year=y, max_size=max_size)),
        supervision=draw(supervision_records(year=y, max_size=max_size)),
        open_day=draw(open_day_records(year=y, max_size=max_size)),
        selection=draw(
            selection_records(
                year=y, town=town, county=county, prefecture=prefecture, max_size=max_size
            )
        ),
        membership=draw(membership_records(year=y, max_size=max_size)),
    )
