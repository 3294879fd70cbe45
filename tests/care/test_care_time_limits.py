"""Care duties whose time limit the seed does not give (issue 13, point 3).

The seed says a member in hospital is visited (老党员遭遇重大疾病住院时,所在基层党组织有人前去看望)
and that festival visits happen 在每年“七一”和春节期间, without a number of days. The default
readings are the ones the text supports: a hospital visit during the stay, a festival visit within
the festival period. A finding names who answers (追究党组织负责人责任) only under a limit the seed
or the locality has set, and says which parameter set it; otherwise the question of accountability
goes to the town committee with the facts. A member in hardship with no named contact
(明确了专人负责联系) is itself a finding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from orgwork._zh import parameter_name
from orgwork.care import (
    DutyKind,
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    Organization,
    ReliefFund,
    Visit,
    VisitKind,
    care_deductions,
    check_care,
    hardship_visit_duties,
    hospital_visit_duties,
    illness_aid_duties,
)
from orgwork.policy import Policy

D = dt.date
ORG = Organization(id="V01", name="某村党支部", secretary="李书记")
STAY = HospitalStay(admitted=D(2024, 3, 2), discharged=D(2024, 3, 20), major_illness=True)


def member(**kw: object) -> ElderlyMember:
    data: dict[str, object] = {"id": "M1", "name": "某老党员", "organization": "V01"}
    data.update(kw)
    return ElderlyMember.model_validate(data)


def hospital(day: dt.date) -> Visit:
    return Visit(kind=VisitKind.HOSPITAL, on=day, member="M1")


# -- 生病住院有人看望: during the stay -------------------------------------------------


@pytest.mark.rule("care.hospital_visit")
@pytest.mark.rule("care.missed_duty")
def test_a_visit_on_day_8_of_the_stay_is_a_visit_during_the_stay() -> None:
    # Today's main: "未履行…由李书记承担责任" (the invented 7-day window).
    sick = member(hospital_stays=[STAY])
    missed = check_care(
        [sick], [hospital(D(2024, 3, 10))], D(2024, 3, 1), D(2024, 3, 31), organizations=[ORG]
    )
    assert missed == ()


@pytest.mark.rule("care.hospital_visit")
def test_by_default_the_hospital_visit_window_is_the_stay() -> None:
    (d,) = hospital_visit_duties([member(hospital_stays=[STAY])], D(2024, 3, 1), D(2024, 3, 31))
    assert (d.value.start, d.value.due) == (D(2024, 3, 2), D(2024, 3, 20))
    assert d.value.limit == ()  # the text's reading: no limit the locality set
    assert d.parameters == {"care.hospital_visit_days": None}
    assert "住院期间" in d.explain("zh")
    assert "during the stay" in d.explain("en")


@pytest.mark.rule("care.hospital_visit")
def test_a_stay_with_no_discharge_day_runs_to_the_end_of_its_year_or_death() -> None:
    open_stay = HospitalStay(admitted=D(2024, 3, 2), major_illness=True)
    (d,) = hospital_visit_duties(
        [member(hospital_stays=[open_stay])], D(2024, 1, 1), D(2024, 12, 31)
    )
    assert d.value.due == D(2024, 12, 31)
    assert "未载出院日期" in d.explain("zh")
    dead = member(hospital_stays=[open_stay], died_on=D(2024, 3, 4))
    (d,) = hospital_visit_duties([dead], D(2024, 1, 1), D(2024, 12, 31))
    assert d.value.due == D(2024, 3, 4)


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.hospital_visit")
def test_a_stay_never_visited_is_a_finding_referred_to_the_committee_naming_no_one() -> None:
    (d,) = check_care(
        [member(hospital_stays=[STAY])], [], D(2024, 3, 1), D(2024, 3, 31), organizations=[ORG]
    )
    assert d.outcome == "missed"
    assert d.value.answerable is None
    assert d.value.referred
    assert "care.answerable_head" not in d.rules
    zh, en = d.explain("zh"), d.explain("en")
    assert "李书记" not in zh
    assert "承担责任" not in zh
    assert "提请镇党委" in zh
    assert "town committee" in en


@pytest.mark.rule("care.missed_duty")
@pytest.mark.rule("care.hospital_visit")
def test_under_a_local_limit_the_finding_names_the_head_and_the_parameter() -> None:
    p = Policy.default().override({"care.hospital_visit_days": 7})
    (d,) = check_care(
        [member(hospital_stays=[STAY])],
        [hospital(D(2024, 3, 10))],
        D(2024, 3, 1),
        D(2024, 3, 31),
        organizations=[ORG],
        policy=p,
    )
    assert (d.value.duty.due, d.value.answerable) == (D(2024, 3, 9), "李书记")
    assert d.value.duty.limit == ("care.hospital_visit_days",)
    assert not d.value.referred
    assert "care.answerable_head" in d.rules
    zh = d.explain("zh")
    assert parameter_name("care.hospital_visit_days") in zh  # named in Chinese, not by path
    assert "care.hospital_visit_days" not in zh
    assert "李书记" in zh
    assert "care.hospital_visit_days" in d.explain("en")


# -- 应帮则帮: help without a local limit ----------------------------------------------


@pytest.mark.rule("care.illness_aid")
@pytest.mark.rule("care.missed_duty")
def test_help_paid_after_discharge_counts_when_the_locality_sets_no_limit() -> None:
    stay = STAY.model_copy(update={"money_difficulty": True})
    sick = member(hospital_stays=[stay])
    fund = ReliefFund(name="专项资金").receive(D(2024, 1, 2), 10000, source="财政")
    fund = fund.pay(D(2024, 5, 6), 2000, sick, FundPurpose.MAJOR_ILLNESS)  # day 65
    log = [hospital(D(2024, 3, 5))]
    assert check_care([sick], log, D(2024, 3, 1), D(2024, 5, 31), fund=fund) == ()  # not yet due
    assert check_care([sick], log, D(2024, 12, 1), D(2024, 12, 31), fund=fund) == ()
    (d,) = illness_aid_duties([sick], D(2024, 1, 1), D(2024, 12, 31))
    assert (d.value.due, d.value.limit) == (D(2024, 12, 31), ())


@pytest.mark.rule("care.illness_aid")
def test_a_local_help_limit_is_the_old_thirty_days() -> None:
    stay = STAY.model_copy(update={"money_difficulty": True})
    p = Policy.default().override({"care.illness_aid_days": 30})
    (d,) = illness_aid_duties(
        [member(hospital_stays=[stay])], D(2024, 1, 1), D(2024, 12, 31), policy=p
    )
    assert (d.value.due, d.value.limit) == (D(2024, 4, 1), ("care.illness_aid_days",))


# -- 重大节日有人慰问: within the festival period, as the locality defines it ------------


@pytest.mark.rule("care.festival_visit")
@pytest.mark.rule("care.missed_duty")
def test_a_missed_festival_visit_names_the_head_only_once_the_locality_sets_the_period() -> None:
    m = member()
    (d,) = list(
        check_care(
            [m],
            [Visit(kind=VisitKind.MEETING, on=D(2024, 6, 30), organization="V01")],
            D(2024, 7, 1),
            D(2024, 7, 31),
            organizations=[ORG],
        )
    )
    assert d.value.duty.kind is DutyKind.FESTIVAL_VISIT
    assert (d.value.answerable, d.value.referred) == (None, True)
    assert d.parameters["care.festival_period_set"] is False
    p = Policy.default().override({"care.festival_period_set": True})
    (d,) = check_care(
        [m],
        [Visit(kind=VisitKind.MEETING, on=D(2024, 6, 30), organization="V01")],
        D(2024, 7, 1),
        D(2024, 7, 31),
        organizations=[ORG],
        policy=p,
    )
    assert (d.value.answerable, d.value.referred) == ("李书记", False)
    assert d.value.duty.limit == ("care.qiyi_days_before", "care.qiyi_days_after")
    assert parameter_name("care.qiyi_days_after") in d.explain("zh")
    assert "care.qiyi_days_after" in d.explain("en")


# -- 生活困难有人帮扶: the seed's own limit, and the named contact ------------------------


@pytest.mark.rule("care.hardship_visit")
@pytest.mark.rule("care.missed_duty")
def test_the_seeds_monthly_limit_names_the_head_and_its_parameter() -> None:
    poor = member(
        hardship=[
            HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1), contact="王五")
        ]
    )
    (d,) = check_care([poor], [], D(2024, 3, 1), D(2024, 3, 31), organizations=[ORG])
    assert d.value.duty.limit == ("care.hardship_visits_per_month",)
    assert d.value.answerable == "李书记"
    assert parameter_name("care.hardship_visits_per_month") in d.explain("zh")
    assert "care.hardship_visits_per_month" in d.explain("en")


@pytest.mark.rule("care.hardship_visit")
@pytest.mark.rule("care.missed_duty")
def test_a_member_in_hardship_with_no_named_contact_is_a_finding() -> None:
    poor = member(hardship=[HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1))])
    log = [Visit(kind=VisitKind.HOME, on=D(2024, 3, 9), member="M1")]
    (d,) = check_care([poor], log, D(2024, 3, 1), D(2024, 3, 31), organizations=[ORG])
    assert d.value.duty.kind is DutyKind.HARDSHIP_CONTACT
    assert d.value.duty.rule == "care.hardship_visit"
    assert d.value.referred
    assert d.value.answerable is None
    assert "专人负责联系" in d.explain("zh")
    assert "named" in d.explain("en")
    named = poor.model_copy(
        update={"hardship": (poor.hardship[0].model_copy(update={"contact": "王五"}),)}
    )
    assert check_care([named], log, D(2024, 3, 1), D(2024, 3, 31)) == ()
    kinds = [x.value.kind for x in hardship_visit_duties([poor], D(2024, 3, 1), D(2024, 3, 31))]
    assert kinds == [DutyKind.HARDSHIP_VISIT, DutyKind.HARDSHIP_CONTACT]
    p = Policy.default().override({"care.deduction_per_missed_duty": 2})
    (x,) = care_deductions([d], policy=p)
    assert x.outcome == "deducted"
    assert "专人" in x.explain("zh")
