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
from decimal import Decimal

from hypothesis import strategies as st

from orgwork.assessment import THOUSAND_POINT, MonthlySheet, PointScheme
from orgwork.care import FundPurpose, HostRole, Payment, Receipt, ReliefFund, Town
from orgwork.decision import Text
from orgwork.ids import normalise_id
from orgwork.membership import DuesPayment, PayerCategory
from orgwork.open_day import PRESETS, Suggestion
from orgwork.organizations import BranchGrade
from orgwork.policy.assessment import USES
from orgwork.records import (
    Applicant,
    AssessmentRecords,
    BranchGrading,
    CadreBirth,
    CareRecords,
    CompetitiveRound,
    DuesMember,
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
from orgwork.selection import (
    FillingMethod,
    Judge,
    JudgeKind,
    JudgingPanel,
    Nomination,
    NominatorGroup,
    Occasion,
    PostFilling,
    PublicationItem,
)
from orgwork.strategies._assessment import monthly_sheets, point_adjustments, point_schemes
from orgwork.strategies._cadres import cadre_events, section_tenures, service_histories, talks
from orgwork.strategies._care import member_rosters, organizations, towns, visit_logs
from orgwork.strategies._open_day import open_day_plans
from orgwork.strategies._organizations import activities_135, rules_reports, study_logs
from orgwork.strategies._selection import evaluations, valid_procedure_records
from orgwork.strategies._supervision import (
    _case,
    evaluation_rounds,
    findings,
    rectification_ledgers,
    supervision_units,
)
from orgwork.supervision import (
    Appointment,
    Background,
    Candidate,
    Quality,
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
def supervision_records(
    draw: st.DrawFn, *, year: int | None = None, max_size: int = 3
) -> SupervisionRecords:
    """干部监督记录 — a department's supervision records of a year.

    Handlers (names unique), up to ``max_size`` cases received in the year
    (ids ``C001``, ...; handled by someone on the list), units and visits to
    them, evaluation rounds, a rectification ledger built by its own
    operations, findings, supervisor nominations, appointments and meeting
    requests. The review day is 31 December or another day of the year.
    ``year`` defaults to 2004–2026.
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
        appointments=tuple(
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
        ),
        meetings=tuple(draw(st.lists(_meeting(y), max_size=2))),
        sample_meeting_working_days=draw(st.none() | st.integers(0, 30)),
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
    """开放日记录 — a department's open-day plan and suggestions of a year.

    The plan is absent or holds up to two open days of ``year`` with up to
    ``max_size`` representatives each; the suggestions (ids ``S001``, ...)
    come from the planned days (from any day of the year when none is
    planned), in every state. ``year`` defaults to 2004–2026.
    """
    y = draw(_YEARS) if year is None else year
    plan = draw(st.none() | open_day_plans(y, max_days=2, max_representatives=max_size))
    if plan is not None:
        plan = plan.model_copy(update={"locality": draw(_text())})
    held = [d.held_on for d in plan.days] if plan is not None else []
    days = st.sampled_from(held) if held else _in_year(y)
    n = draw(st.integers(0, max_size))
    return OpenDayRecords(
        year=y,
        department=draw(_text()),
        plan=plan,
        suggestions=tuple(draw(_suggestion(f"S{i + 1:03d}", days)) for i in range(n)),
        on=draw(_review_day(y)),
        sample_preset=draw(st.none() | st.sampled_from(sorted(PRESETS))),
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
    rules reports, branch grades and 135 work. Every review day is 31
    December or another day of the year. ``year`` defaults to 2004–2026; ``town``,
    ``county`` and ``prefecture`` (default: drawn) are the records' own.
    """
    y = draw(_YEARS) if year is None else year
    first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    small = max(1, max_size - 1)
    branches = _distinct(draw, _name(), 2)
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
