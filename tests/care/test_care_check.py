"""应帮不帮,应扶不扶: the visit log against the duties, the head who answers, the deductions."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.care import (
    Duty,
    DutyKind,
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    MissedDuty,
    Organization,
    ReliefFund,
    Visit,
    VisitKind,
    answerable_head,
    care_deductions,
    care_duties,
    check_care,
    hospital_visit_duties,
)
from orgwork.care._check import _allot
from orgwork.errors import MissingParameterError, PolicyError, RecordError
from orgwork.points import PointAdjustment
from orgwork.policy import Policy
from orgwork.rules import declared_parameters

D = dt.date
#: The windows main had before issue 13 (7 and 30 days): now limits a locality sets.
OLD = Policy.default().override({"care.hospital_visit_days": 7, "care.illness_aid_days": 30})
ORG = Organization(id="V01", name="某村党支部", secretary="张书记")


def member(**kw: object) -> ElderlyMember:
    data: dict[str, object] = {"id": "M1", "name": "某老党员", "organization": "V01"}
    data.update(kw)
    return ElderlyMember.model_validate(data)


def home(day: dt.date, who: str = "M1") -> Visit:
    return Visit(kind=VisitKind.HOME, on=day, member=who)


POOR = member(
    hardship=[HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1), contact="王五")]
)


# -- worked examples -------------------------------------------------------------------


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.hardship_visit")
def test_a_month_without_a_home_visit_is_missed_and_the_secretary_answers() -> None:
    log = [home(D(2024, 8, 3)), home(D(2024, 10, 30))]
    missed = check_care([POOR], log, D(2024, 8, 1), D(2024, 10, 31), organizations=[ORG])
    assert [(d.rule, d.value.duty.rule, d.value.year, d.value.month) for d in missed] == [
        ("care.missed_duty", "care.hardship_visit", 2024, 9)
    ]
    (d,) = missed
    assert d.outcome == "missed"
    assert d.value.answerable == "张书记"
    assert d.value.found == 0
    assert d.rules == ("care.missed_duty", "care.hardship_visit", "care.answerable_head")
    assert "追究党组织负责人" in d.explain("zh")


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.hospital_visit")
def test_a_missed_duty_records_only_parameters_its_own_rule_declares() -> None:
    sick = member(hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True)])
    (d,) = check_care([sick], [], D(2024, 3, 1), D(2024, 3, 31), policy=OLD)
    duty = hospital_visit_duties([sick], D(2024, 3, 1), D(2024, 3, 31), policy=OLD)[0]
    assert (d.rule, d.subject) == ("care.missed_duty", duty.subject)
    assert d.parameters == {
        "care.hospital_visit_days": 7,
        "care.one_visit_meets_several_duties": True,
    }
    assert set(d.parameters) <= set(declared_parameters(d.rule))
    assert d.reasons[: len(duty.reasons)] == duty.reasons  # the duty's own reasons come first
    assert d.headline.en == f"Missed: {duty.headline.en}"


@pytest.mark.rule("care.missed_duty")
def test_a_hospital_visit_by_the_wrong_kind_does_not_count_for_help() -> None:
    m = member(
        hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True, serious=True)]
    )
    log = [Visit(kind=VisitKind.HOSPITAL, on=D(2024, 3, 3), member="M1")]
    missed = check_care([m], log, D(2024, 3, 1), D(2024, 4, 30), policy=OLD)
    assert [d.value.duty.kind for d in missed] == [DutyKind.ILLNESS_AID]
    assert missed[0].value.answerable is None  # no roster given


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.illness_aid")
def test_a_relief_payment_counts_as_help() -> None:
    m = member(
        hospital_stays=[
            HospitalStay(admitted=D(2024, 3, 2), major_illness=True, money_difficulty=True)
        ]
    )
    fund = ReliefFund(name="老党员关怀帮扶专项资金").receive(D(2024, 1, 2), 10000, source="财政")
    fund = fund.pay(D(2024, 3, 20), 2000, m, FundPurpose.MAJOR_ILLNESS)
    log = [Visit(kind=VisitKind.HOSPITAL, on=D(2024, 3, 3), member="M1")]
    # a local limit of 30 days puts the help duty inside the period (by default it is due at
    # the end of the year of admission, and the period would hold no help duty at all)
    p = Policy.default().override({"care.illness_aid_days": 30})
    (missed,) = check_care([m], log, D(2024, 3, 1), D(2024, 4, 30), policy=p)
    assert missed.value.duty.kind is DutyKind.ILLNESS_AID
    assert check_care([m], log, D(2024, 3, 1), D(2024, 4, 30), fund=fund, policy=p) == ()


@pytest.mark.rule("care.missed_duty")
def test_members_given_as_an_iterator_are_read_once() -> None:
    m = member(hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True)])
    log = [Visit(kind=VisitKind.HOSPITAL, on=D(2024, 3, 3), member="M1")]
    assert check_care(iter([m]), log, D(2024, 3, 1), D(2024, 3, 31), policy=OLD) == ()
    (d,) = check_care(iter([m]), [], D(2024, 3, 1), D(2024, 3, 31), policy=OLD)
    assert d.value.duty.kind is DutyKind.HOSPITAL_VISIT


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.festival_visit")
def test_festival_meeting_must_be_held_in_the_window() -> None:
    # Spring Festival 2026 falls on 2026-02-17: window 2026-02-02 .. 2026-03-03.
    log = [
        home(D(2026, 2, 10)),
        Visit(kind=VisitKind.MEETING, on=D(2026, 1, 20), organization="V01"),  # too early
    ]
    missed = check_care([member()], log, D(2026, 1, 1), D(2026, 3, 31), organizations=[ORG])
    assert [(d.value.duty.kind, d.value.month) for d in missed] == [(DutyKind.FESTIVAL_MEETING, 3)]
    log.append(Visit(kind=VisitKind.MEETING, on=D(2026, 2, 16), organization="V01"))
    assert check_care([member()], log, D(2026, 1, 1), D(2026, 3, 31)) == ()


@pytest.mark.rule("care.missed_duty")
def test_two_visits_a_month_need_two_distinct_days() -> None:
    p = Policy.default().override({"care.hardship_visits_per_month": 2})
    same_day = [home(D(2024, 5, 3)), home(D(2024, 5, 3))]
    (d,) = check_care([POOR], same_day, D(2024, 5, 1), D(2024, 5, 31), policy=p)
    assert d.value.found == 1
    two_days = [home(D(2024, 5, 3)), home(D(2024, 5, 20))]
    assert check_care([POOR], two_days, D(2024, 5, 1), D(2024, 5, 31), policy=p) == ()


@pytest.mark.rule("care.missed_duty")
def test_missed_duties_are_grouped_by_organization_then_month() -> None:
    a = POOR
    b = POOR.model_copy(update={"id": "M2", "organization": "V00"})
    missed = check_care([a, b], [], D(2024, 4, 1), D(2024, 5, 31))
    assert [(d.value.organization, d.value.month) for d in missed] == [
        ("V00", 4),
        ("V00", 5),
        ("V01", 4),
        ("V01", 5),
    ]


@pytest.mark.rule("care.missed_duty")
def test_log_entries_about_unknown_members_or_organizations_are_record_errors() -> None:
    # a typo ('m1' for 'M1') must not silently drop the visit and report the duty missed
    typo = [home(D(2024, 5, 3), who="m1")]
    with pytest.raises(RecordError, match="m1"):
        check_care([POOR], typo, D(2024, 5, 1), D(2024, 5, 31))
    meeting = [Visit(kind=VisitKind.MEETING, on=D(2024, 6, 28), organization="nope")]
    with pytest.raises(RecordError, match="nope"):
        check_care([member()], meeting, D(2024, 6, 1), D(2024, 7, 31))
    # a member visit that names another organization than the member's contradicts the roster
    wrong_org = [Visit(kind=VisitKind.HOME, on=D(2024, 5, 3), member="M1", organization="V02")]
    with pytest.raises(RecordError, match="V02"):
        check_care([POOR], wrong_org, D(2024, 5, 1), D(2024, 5, 31))
    # an organization known from the roster of organizations is not unknown
    other = Organization(id="V02", name="另一村党支部")
    held = [Visit(kind=VisitKind.MEETING, on=D(2024, 6, 28), organization="V02")]
    assert check_care([], held, D(2024, 6, 1), D(2024, 7, 31), organizations=[ORG, other]) == ()


@pytest.mark.rule("care.missed_duty")
def test_bad_collections_are_named_errors() -> None:
    with pytest.raises(RecordError, match="single string"):
        check_care([POOR], "M1", D(2024, 5, 1), D(2024, 5, 31))  # type: ignore[arg-type]
    with pytest.raises(RecordError, match="V01"):
        check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31), organizations=[ORG, ORG])
    as_dict = {"kind": "home", "on": "2024-05-03", "member": "M1"}
    assert check_care([POOR], [as_dict], D(2024, 5, 1), D(2024, 5, 31)) == ()  # type: ignore[list-item]


@pytest.mark.rule("care.answerable_head")
def test_a_blank_organization_id_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="organization"):
        answerable_head("  ", on=D(2024, 9, 30))


SEPARATE = Policy.default().override({"care.one_visit_meets_several_duties": False})


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.festival_visit")
@pytest.mark.rule("care.hardship_visit")
def test_whether_one_visit_meets_several_duties_is_a_recorded_local_parameter() -> None:
    # one home visit on 28 June falls in June's hardship window and the 七一 window
    log = [
        home(D(2025, 6, 28)),
        home(D(2025, 7, 20)),
        Visit(kind=VisitKind.MEETING, on=D(2025, 6, 30), organization="V01"),
    ]
    poor = POOR.model_copy(
        update={
            "hardship": (
                HardshipPeriod(
                    kind=HardshipKind.GREAT_HARDSHIP, start=D(2025, 6, 1), contact="王五"
                ),
            )
        }
    )
    period = (D(2025, 6, 1), D(2025, 7, 31))
    assert check_care([poor], log, *period) == ()  # default: it meets both
    (d,) = check_care([poor], log, *period, policy=SEPARATE)
    # visits go to duties in order of due day: June's visit (due 30 June) keeps it
    assert d.value.duty.kind is DutyKind.FESTIVAL_VISIT
    assert (d.value.found, d.value.counted_elsewhere) == (1, 1)
    assert d.parameters["care.one_visit_meets_several_duties"] is False
    assert "计入其他职责" in d.explain("zh")
    # a second entry that day is a second visit, and meets the other duty
    assert check_care([poor], [*log, home(D(2025, 6, 28))], *period, policy=SEPARATE) == ()


@pytest.mark.rule("care.missed_duty")
def test_a_duty_that_cannot_be_met_in_full_leaves_its_visits_to_the_others() -> None:
    p = SEPARATE.override({"care.hardship_visits_per_month": 2})
    poor = POOR.model_copy(
        update={
            "hardship": (
                HardshipPeriod(
                    kind=HardshipKind.GREAT_HARDSHIP, start=D(2025, 6, 1), contact="王五"
                ),
            )
        }
    )
    log = [home(D(2025, 6, 28)), home(D(2025, 7, 3)), home(D(2025, 7, 20))]
    log.append(Visit(kind=VisitKind.MEETING, on=D(2025, 6, 30), organization="V01"))
    missed = check_care([poor], log, D(2025, 6, 1), D(2025, 7, 31), policy=p)
    # June needs two visits and has one: missed either way, so its visit meets 七一 instead
    assert [(x.value.duty.kind, x.value.month) for x in missed] == [(DutyKind.HARDSHIP_VISIT, 6)]


@pytest.mark.rule("care.missed_duty")
@given(st.lists(st.dates(D(2025, 6, 1), D(2025, 7, 31)), max_size=5), st.data())
def test_separate_visits_meet_as_many_duties_as_a_best_allotment(
    days: list[dt.date], data: st.DataObject
) -> None:
    poor = POOR.model_copy(
        update={
            "hardship": (
                HardshipPeriod(
                    kind=HardshipKind.GREAT_HARDSHIP, start=D(2025, 6, 1), contact="王五"
                ),
            )
        }
    )
    routine = data.draw(st.sampled_from([None, 1, 2]))
    p = SEPARATE.override({"care.routine_visit_months": routine})
    meeting = Visit(kind=VisitKind.MEETING, on=D(2025, 6, 30), organization="V01")
    log = [home(day) for day in days] + [meeting]
    period = (D(2025, 6, 1), D(2025, 7, 31))
    duties = [d.value for d in care_duties([poor], *period, policy=p)]
    homes = [
        x for x in duties if x.kind not in (DutyKind.FESTIVAL_MEETING, DutyKind.HARDSHIP_CONTACT)
    ]
    assert all(x.visits == 1 for x in homes)

    def best(i: int, used: frozenset[int]) -> int:  # brute force: the largest allotment
        if i == len(homes):
            return 0
        skip = best(i + 1, used)
        fits = [
            j
            for j, day in enumerate(days)
            if j not in used and homes[i].start <= day <= homes[i].due
        ]
        return max([skip, *(1 + best(i + 1, used | {j}) for j in fits)])

    missed = check_care([poor], log, *period, policy=p)
    assert len(homes) - len(missed) == best(0, frozenset())
    shared = check_care(
        [poor], log, *period, policy=p.override({"care.one_visit_meets_several_duties": True})
    )
    assert {x.subject for x in shared} <= {x.subject for x in missed}


# -- 追究党组织负责人责任 ---------------------------------------------------------------


@pytest.mark.rule("care.answerable_head")
def test_the_secretary_answers() -> None:
    d = answerable_head(ORG, on=D(2024, 9, 30))
    assert (d.outcome, d.value) == ("answerable", "张书记")


@pytest.mark.rule("care.answerable_head")
def test_a_vacant_secretary_is_reported() -> None:
    d = answerable_head(ORG.model_copy(update={"secretary": None}), on=D(2024, 9, 30))
    assert (d.outcome, d.value) == ("vacant", None)
    assert "镇党委" in d.headline.zh


@pytest.mark.rule("care.answerable_head")
def test_without_a_roster_the_head_is_unknown() -> None:
    d = answerable_head("V09", on=D(2024, 9, 30))
    assert (d.outcome, d.value, d.subject) == ("unknown", None, "V09")


# -- 纳入千分制考核 -------------------------------------------------------------------


@pytest.mark.rule("care.assessment_deduction")
def test_deductions_need_the_points_parameter() -> None:
    missed = check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31))
    with pytest.raises(MissingParameterError) as info:
        care_deductions(missed)
    assert info.value.parameter == "care.deduction_per_missed_duty"


@pytest.mark.rule("care.assessment_deduction")
def test_one_deduction_per_missed_duty_for_the_organization_and_month() -> None:
    p = Policy.default().override({"care.deduction_per_missed_duty": "2.5"})
    missed = check_care([POOR], [], D(2024, 5, 1), D(2024, 6, 30), organizations=[ORG], policy=p)
    ds = care_deductions(missed, policy=p)
    adj = [d.value for d in ds]
    assert [(a.unit, a.year, a.month, a.points, a.rule) for a in adj] == [
        ("V01", 2024, 5, Decimal("-2.5"), "care.hardship_visit"),
        ("V01", 2024, 6, Decimal("-2.5"), "care.hardship_visit"),
    ]
    assert all(isinstance(a, PointAdjustment) for a in adj)
    assert "张书记" in adj[0].reason.zh
    assert adj[0].source == "hardship_visit:M1:2024-05"


@pytest.mark.rule("care.assessment_deduction")
def test_each_deduction_is_a_decision_recording_the_points_parameter() -> None:
    p = Policy.default().with_change(D(2024, 6, 1), {"care.deduction_per_missed_duty": 3})
    p = p.override({"care.deduction_per_missed_duty": "2.5"})
    missed = check_care([POOR], [], D(2024, 5, 1), D(2024, 6, 30), organizations=[ORG])
    may, june = care_deductions(missed, policy=p)
    assert (may.rule, may.subject, may.outcome) == (
        "care.assessment_deduction",
        "hardship_visit:M1:2024-05",
        "deducted",
    )
    assert may.rules[:2] == ("care.assessment_deduction", "care.hardship_visit")
    # the value in force on each duty's due day, recorded in its own decision
    assert may.parameters["care.deduction_per_missed_duty"] == "2.5"
    assert june.parameters["care.deduction_per_missed_duty"] == "3"
    assert june.value.points == Decimal(-3)
    # an adjustment taken out of its decision still names where its points came from
    assert "care.deduction_per_missed_duty" in june.value.reason.en
    assert "care.deduction_per_missed_duty" in june.explain("en")
    # Chinese explanations name the parameter in Chinese, never by its code
    assert "每项未履行的关怀职责在千分制考核中扣减的分数 = 3" in june.explain("zh")
    assert "care.deduction_per_missed_duty" not in june.explain("zh")
    assert type(may).model_validate_json(may.to_json()) == may


@pytest.mark.rule("care.assessment_deduction")
def test_the_unit_charged_is_a_recorded_local_parameter_organization_or_head() -> None:
    missed = check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31), organizations=[ORG])
    p = Policy.default().override({"care.deduction_per_missed_duty": 2})
    (by_org,) = care_deductions(missed, policy=p)
    assert by_org.value is not None
    assert by_org.value.unit == "V01"
    assert by_org.parameters["care.deduction_unit"] == "organization"
    head = p.override({"care.deduction_unit": "head"})
    (by_head,) = care_deductions(missed, policy=head)
    assert by_head.outcome == "deducted"
    assert by_head.value is not None
    assert by_head.value.unit == "张书记"
    assert by_head.parameters == {
        "care.deduction_per_missed_duty": "2",
        "care.deduction_unit": "head",
    }
    assert "党组织负责人" in by_head.explain("zh")
    # no head to charge (no roster given, or the post vacant): nothing is charged to anyone,
    # and the decision says so
    bare = check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31))
    (unassigned,) = care_deductions(bare, policy=head)
    assert (unassigned.outcome, unassigned.value) == ("unassigned", None)
    assert "镇党委" in unassigned.headline.zh
    with pytest.raises(PolicyError, match="deduction_unit"):
        p.override({"care.deduction_unit": "village"})


@pytest.mark.rule("care.assessment_deduction")
def test_a_missed_duty_given_twice_or_a_bare_string_is_a_record_error() -> None:
    p = Policy.default().override({"care.deduction_per_missed_duty": 1})
    missed = check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31))
    with pytest.raises(RecordError, match="hardship_visit:M1:2024-05"):
        care_deductions([*missed, missed[0].value], policy=p)
    with pytest.raises(RecordError, match="single string"):
        care_deductions("hardship_visit:M1:2024-05", policy=p)  # type: ignore[arg-type]


@pytest.mark.rule("care.assessment_deduction")
def test_no_missed_duty_no_deduction_even_without_the_parameter() -> None:
    assert care_deductions(()) == ()


@pytest.mark.rule("care.assessment_deduction")
def test_deductions_accept_bare_missed_duties() -> None:
    p = Policy.default().override({"care.deduction_per_missed_duty": 1})
    missed = check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31))
    values: list[MissedDuty] = [d.value for d in missed]
    assert care_deductions(values, policy=p) == care_deductions(missed, policy=p)


@pytest.mark.rule("care.assessment_deduction")
def test_the_points_parameter_must_be_positive_with_two_places() -> None:
    for bad in (0, -1, "0.001", True, "1e40", Decimal("9" * 40), "1e-40"):
        with pytest.raises(PolicyError, match="deduction_per_missed_duty"):
            Policy.default().override({"care.deduction_per_missed_duty": bad})


# -- properties -----------------------------------------------------------------------

YEAR = (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.hardship_visit")
@given(st.sets(st.integers(1, 12)), st.data())
def test_monthly_check_flags_exactly_the_months_without_a_visit(
    visited: set[int], data: st.DataObject
) -> None:
    log = [home(D(2024, mo, data.draw(st.integers(1, 28)))) for mo in sorted(visited)]
    missed = check_care([POOR], log, *YEAR)
    flagged = {d.value.month for d in missed if d.value.duty.kind is DutyKind.HARDSHIP_VISIT}
    assert flagged == set(range(1, 13)) - visited


@pytest.mark.rule("care.missed_duty")
@given(
    ows.member_rosters(max_size=4, min_day=D(2023, 1, 1), max_day=D(2025, 12, 31)),
    ows.policies(),
    st.data(),
)
def test_a_log_that_meets_every_duty_yields_no_missed_duty(
    members: list[ElderlyMember], policy: Policy, data: st.DataObject
) -> None:
    start, end = D(2023, 1, 1), D(2025, 12, 31)
    # a log cannot name a contact: a spell with none is a finding whatever the log (issue 13)
    members = [
        m.model_copy(
            update={"hardship": tuple(h.model_copy(update={"contact": "王五"}) for h in m.hardship)}
        )
        for m in members
    ]
    log = data.draw(ows.visit_logs(members, start, end, meet_duties=True, policy=policy))
    assert check_care(members, log, start, end, policy=policy) == ()


@pytest.mark.rule("care.missed_duty")
@given(
    ows.member_rosters(max_size=4, min_day=D(2024, 1, 1), max_day=D(2024, 12, 31)),
    st.data(),
)
def test_missed_duties_are_exactly_the_unmet_duties(
    members: list[ElderlyMember], data: st.DataObject
) -> None:
    log = data.draw(ows.visit_logs(members, *YEAR))
    missed = check_care(members, log, *YEAR)
    duties = {d.value.id: d.value for d in care_duties(members, *YEAR)}
    assert {d.value.duty.id for d in missed} <= set(duties)
    missed_ids = {d.value.duty.id for d in missed}
    for duty in duties.values():
        if duty.kind is DutyKind.HARDSHIP_CONTACT:  # met by a named contact, not by the log
            assert (duty.id in missed_ids) == (not duty.contact)
            continue
        days = {
            v.on
            for v in log
            if v.kind in duty.met_by
            and duty.start <= v.on <= duty.due
            and (
                v.organization == duty.organization
                if v.kind is VisitKind.MEETING
                else v.member == duty.member
            )
        }
        assert (duty.id in missed_ids) == (len(days) < duty.visits)
    # adding visits never adds a missed duty
    more = log + data.draw(ows.visit_logs(members, *YEAR))
    assert {d.value.duty.id for d in check_care(members, more, *YEAR)} <= missed_ids


@pytest.mark.rule("care.missed_duty")
def test_missed_duty_decisions_round_trip_and_read_in_english() -> None:
    (d,) = check_care([POOR], [], D(2024, 5, 1), D(2024, 5, 31), organizations=[ORG])
    assert type(d).model_validate_json(d.to_json()) == d
    text = d.explain("en")
    assert "in especially great hardship" in text
    assert "the organization's head" in text


def _whole_flow(
    duties: list[Duty], entries: list[tuple[dt.date, VisitKind]]
) -> tuple[dict[str, int], list[tuple[dt.date, VisitKind]]]:
    """The allotment as one maximum flow over the whole history (the design `_allot` keeps,
    before it ran the flow group by group): served in duty order, breadth-first paths."""
    cap: dict[Any, dict[Any, int]] = defaultdict(lambda: defaultdict(int))
    for i, (day, kind) in enumerate(entries):
        cap["s"][("e", i)] += 1
        for j, duty in enumerate(duties):
            if kind in duty.met_by and duty.start <= day <= duty.due:
                cap[("e", i)][("x", j, day)] += 1
                cap[("x", j, day)][("d", j)] = 1

    def path_to(target: Any) -> list[Any] | None:
        parent: dict[Any, Any] = {"s": None}
        queue = ["s"]
        for node in queue:
            for nxt, c in cap[node].items():
                if c > 0 and nxt not in parent:
                    parent[nxt] = node
                    if nxt == target:
                        path = [nxt]
                        while parent[path[-1]] is not None:
                            path.append(parent[path[-1]])
                        return path[::-1]
                    queue.append(nxt)
        return None

    met: dict[str, int] = {}
    for j, duty in enumerate(duties):
        saved = {u: dict(vs) for u, vs in cap.items()}
        got = 0
        while got < duty.visits and (path := path_to(("d", j))) is not None:
            for u, v in itertools.pairwise(path):
                cap[u][v] -= 1
                cap[v][u] += 1
            got += 1
        if got < duty.visits:
            cap = defaultdict(lambda: defaultdict(int))
            for u, vs in saved.items():
                cap[u].update(vs)
            got = 0
        met[duty.id] = got
    return met, [e for i, e in enumerate(entries) if cap["s"][("e", i)] > 0]


_KINDS = (VisitKind.HOME, VisitKind.HOSPITAL, VisitKind.AID)


@st.composite
def _duties_and_entries(
    draw: st.DrawFn,
) -> tuple[list[Duty], list[tuple[dt.date, VisitKind]]]:
    day = st.dates(D(2025, 1, 1), D(2025, 4, 30))
    duties = []
    for j in range(draw(st.integers(0, 8))):
        start = draw(day)
        duties.append(
            Duty(
                id=f"d{j}",
                kind=DutyKind.HARDSHIP_VISIT,
                rule="care.hardship_visit",
                organization="V01",
                member="M1",
                start=start,
                due=start + dt.timedelta(days=draw(st.integers(0, 40))),
                visits=draw(st.integers(1, 3)),
                met_by=tuple(draw(st.sets(st.sampled_from(_KINDS), min_size=1))),
            )
        )
    duties.sort(key=lambda x: x.due)
    entries = sorted(
        draw(st.lists(st.tuples(day, st.sampled_from(_KINDS)), max_size=25)),
        key=lambda e: (e[0], e[1].value),
    )
    return duties, entries


@pytest.mark.rule("care.missed_duty")
@given(_duties_and_entries())
def test_the_allotment_group_by_group_is_the_allotment_over_the_whole_history(
    case: tuple[list[Duty], list[tuple[dt.date, VisitKind]]],
) -> None:
    # issue 16: the flow runs on each group of duties that share entries, so that it grows
    # with the history and not with its square; the answer must be the same, entry for entry
    duties, entries = case
    assert _allot(duties, entries) == _whole_flow(duties, entries)
