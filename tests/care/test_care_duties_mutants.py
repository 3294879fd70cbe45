"""The duty calendar (五有), word for word, on its edge days and under dated policies.

Written against the survivors of mutation testing (``python tools/mutation.py
care/_duties``, triage in ``docs/mutation.md``): each duty's decision is checked
whole (outcome, window, limit, headline and reasons in both languages), the
policy in force on the day each clause reads it, and the first and last day of
every window.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.care import (
    DutyKind,
    ElderlyMember,
    Festival,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    care_duties,
    festival_visit_duties,
    festival_window,
    hardship_visit_duties,
    hospital_visit_duties,
    illness_aid_duties,
    routine_visit_duties,
)
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy

d = dt.date
HOSPITAL = "care.hospital_visit"
AID = "care.illness_aid"
FESTIVAL = "care.festival_visit"
HARDSHIP = "care.hardship_visit"
ROUTINE = "care.routine_visit"


def said(decision: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def member(mid: str = "M1", **fields: Any) -> ElderlyMember:
    return ElderlyMember(id=mid, name="王某", organization="V01", **fields)


def stay(admitted: dt.date, **fields: Any) -> HospitalStay:
    return HospitalStay(admitted=admitted, major_illness=True, **fields)


def hardship(start: dt.date, end: dt.date | None = None, **fields: Any) -> HardshipPeriod:
    return HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=start, end=end, **fields)


# -- 生病住院有人看望 / 病情严重或资金非常困难时给予帮助 ----------------------------------


@pytest.mark.rule(HOSPITAL)
def test_a_stay_with_no_discharge_day_runs_to_the_years_end() -> None:
    m = member(hospital_stays=[stay(d(2025, 3, 2))])
    (duty,) = hospital_visit_duties([m], d(2025, 12, 1), d(2025, 12, 31))
    assert (duty.outcome, duty.value.due, duty.value.limit) == ("due", d(2025, 12, 31), ())
    assert said(duty) == [
        (
            "2025-03-02因重大疾病住院,所在基层党组织应有人前去看望",
            "Admitted with a major illness on 2025-03-02: the organization must visit",
        ),
        (
            "原文未规定看望期限,住院期间(2025-03-02至2025-12-31)有人前去看望即为履行",
            "The text sets no time limit: a visit during the stay (2025-03-02 to 2025-12-31) "
            "meets the duty",
        ),
        (
            "记录未载出院日期,住院期间按至2025-12-31(入院当年年末)计",
            "No discharge day is recorded: the stay is taken to run to 2025-12-31 (the end of "
            "the admission's year)",
        ),
    ]


@pytest.mark.rule(HOSPITAL)
def test_a_local_limit_and_a_death_are_said() -> None:
    m = member(hospital_stays=[stay(d(2025, 3, 2))], died_on=d(2025, 3, 5))
    local = Policy.default().override({"care.hospital_visit_days": 7})
    (duty,) = hospital_visit_duties([m], d(2025, 3, 1), d(2025, 3, 31), policy=local)
    assert (duty.value.due, duty.value.limit) == (d(2025, 3, 5), ("care.hospital_visit_days",))
    assert said(duty)[1:] == [
        (
            "本地规定:入院后7日内看望(至2025-03-05)",
            "Local policy: within 7 days of admission (by 2025-03-05)",
        ),
        (
            "该党员于2025-03-05去世,期限截至当日",
            "The member died on 2025-03-05; the window ends that day",
        ),
    ]
    assert headline(duty) == (
        "王某住院,应于2025-03-05前看望",
        "王某 is in hospital: visit by 2025-03-05",
    )


@pytest.mark.rule(HOSPITAL)
def test_the_limit_in_force_on_the_admission_day_applies() -> None:
    # the locality sets 7 days from 2025-03-01: an admission before keeps the stay's window
    local = Policy.default().with_change(d(2025, 3, 1), {"care.hospital_visit_days": 7})
    m = member(
        hospital_stays=[
            stay(d(2025, 2, 20), discharged=d(2025, 3, 20)),
            stay(d(2025, 3, 2), discharged=d(2025, 3, 20)),
        ]
    )
    duties = hospital_visit_duties([m], d(2025, 3, 1), d(2025, 3, 31), policy=local)
    assert [(x.value.start, x.value.due) for x in duties] == [
        (d(2025, 3, 2), d(2025, 3, 9)),
        (d(2025, 2, 20), d(2025, 3, 20)),
    ]


@pytest.mark.rule(AID)
def test_help_names_both_reasons_and_the_admissions_year() -> None:
    # 遇到病情严重或资金非常困难,所在基层党组织会积极想办法给予一定帮助
    m = member(hospital_stays=[stay(d(2025, 3, 2), serious=True, money_difficulty=True)])
    (duty,) = illness_aid_duties([m], d(2025, 12, 1), d(2025, 12, 31))
    assert (duty.outcome, duty.value.due, duty.value.limit) == ("due", d(2025, 12, 31), ())
    assert said(duty) == [
        (
            "2025-03-02住院,病情严重、资金非常困难,所在基层党组织应给予帮助",
            "In hospital from 2025-03-02 (serious illness and money): the organization must help",
        ),
        (
            "原文未规定帮助期限,入院当年内(2025-03-02至2025-12-31)给予帮助即为履行",
            "The text sets no time limit: help within the admission's year (2025-03-02 to "
            "2025-12-31) meets the duty",
        ),
    ]
    assert headline(duty) == (
        "王某住院且病情严重、资金非常困难,应于2025-12-31前给予帮助",
        "王某 is in hospital (serious illness and money): help by 2025-12-31",
    )


@pytest.mark.rule(AID)
def test_help_within_a_local_limit() -> None:
    m = member(hospital_stays=[stay(d(2025, 3, 2), money_difficulty=True)])
    local = Policy.default().override({"care.illness_aid_days": 30})
    (duty,) = illness_aid_duties([m], d(2025, 3, 1), d(2025, 4, 30), policy=local)
    assert (duty.value.due, duty.value.limit) == (d(2025, 4, 1), ("care.illness_aid_days",))
    assert said(duty) == [
        (
            "2025-03-02住院,资金非常困难,所在基层党组织应给予帮助",
            "In hospital from 2025-03-02 (money): the organization must help",
        ),
        (
            "本地规定:入院后30日内给予帮助(至2025-04-01)",
            "Local policy: within 30 days of admission (by 2025-04-01)",
        ),
    ]


# -- 重大节日有人慰问 ------------------------------------------------------------------


@pytest.mark.rule(FESTIVAL)
def test_a_window_the_locality_set_is_its_limit_for_visits_and_meetings() -> None:
    local = Policy.default().override({"care.festival_period_set": True})
    visit, meeting = festival_visit_duties([member()], d(2025, 7, 1), d(2025, 7, 31), policy=local)
    limit = ("care.qiyi_days_before", "care.qiyi_days_after")
    assert (visit.value.kind, visit.value.limit) == (DutyKind.FESTIVAL_VISIT, limit)
    assert (meeting.value.kind, meeting.value.limit) == (DutyKind.FESTIVAL_MEETING, limit)
    assert said(visit)[1] == (
        "慰问期为本地设定的期限",
        "The period is a limit the locality has set",
    )


@pytest.mark.rule(FESTIVAL)
def test_the_window_in_force_on_the_festival_day_applies() -> None:
    local = Policy.default().with_change(d(2025, 1, 1), {"care.qiyi_days_after": 20})
    assert festival_window(Festival.QIYI, 2024, policy=local) == (d(2024, 6, 16), d(2024, 7, 8))
    assert festival_window(Festival.QIYI, 2025, policy=local) == (d(2025, 6, 16), d(2025, 7, 21))
    visit, _ = festival_visit_duties([member()], d(2025, 7, 1), d(2025, 7, 31), policy=local)
    assert visit.value.due == d(2025, 7, 21)


@pytest.mark.rule(FESTIVAL)
def test_the_window_follows_the_policy_given() -> None:
    local = Policy.default().override({"care.qiyi_days_before": 3})
    assert festival_window(Festival.QIYI, 2025, policy=local) == (d(2025, 6, 28), d(2025, 7, 8))


@pytest.mark.parametrize(
    ("festival", "year", "name"),
    [(Festival.QIYI, 1800, "year"), ("easter", 2025, "festival")],
)
def test_a_wrong_festival_or_year_is_an_error_naming_it(
    festival: object, year: int, name: str
) -> None:
    with pytest.raises(ValidationError, match=rf"(?m)^{name}\n"):
        festival_window(festival, year)  # type: ignore[arg-type]


@pytest.mark.rule(FESTIVAL)
def test_a_period_in_the_calendars_last_year_asks_nothing_of_the_year_after() -> None:
    duties = festival_visit_duties([member()], d(2100, 12, 1), d(2100, 12, 31))
    assert duties == ()


# -- 生活困难有人帮扶 ------------------------------------------------------------------


@pytest.mark.rule(HARDSHIP)
def test_a_spell_starting_on_the_months_last_day_is_due_that_day() -> None:
    m = member(hardship=[hardship(d(2025, 1, 31), contact="李四")])
    duties = hardship_visit_duties([m], d(2025, 1, 1), d(2025, 1, 31))
    assert [(x.value.start, x.value.due) for x in duties] == [(d(2025, 1, 31), d(2025, 1, 31))]


@pytest.mark.rule(HARDSHIP)
def test_a_member_who_died_on_the_months_first_day_is_due_that_day() -> None:
    m = member(hardship=[hardship(d(2025, 1, 10), contact="李四")], died_on=d(2025, 2, 1))
    duties = hardship_visit_duties([m], d(2025, 2, 1), d(2025, 2, 28))
    assert [(x.value.start, x.value.due) for x in duties] == [(d(2025, 2, 1), d(2025, 2, 1))]


@pytest.mark.rule(HARDSHIP)
def test_no_more_visits_than_days_of_hardship() -> None:
    # 每月至少…看望: a locality asking for 3 a month gets 2 in a month with 2 days of hardship
    local = Policy.default().override({"care.hardship_visits_per_month": 3})
    m = member(hardship=[hardship(d(2025, 1, 30), contact="李四")])
    (duty,) = hardship_visit_duties([m], d(2025, 1, 1), d(2025, 1, 31), policy=local)
    assert duty.value.visits == 2
    assert said(duty) == [
        (
            "2025年01月2025-01-30至2025-01-31期间生活特别贫困,每月至少入户看望3次",
            "In 2025-01 (2025-01-30 to 2025-01-31) the member is in especially great hardship: "
            "at least 3 home visit(s) a month",
        ),
        (
            "本月困难期间仅2日,应看望次数以2次为限",
            "Only 2 day(s) of hardship this month: at most 2 visit(s) due",
        ),
        ("负责联系的专人:李四", "The person named to keep in touch: 李四"),
    ]


@pytest.mark.rule(HARDSHIP)
def test_the_number_in_force_on_the_months_first_day_applies() -> None:
    local = Policy.default().with_change(d(2025, 2, 1), {"care.hardship_visits_per_month": 2})
    m = member(hardship=[hardship(d(2025, 1, 1), contact="李四")])
    duties = hardship_visit_duties([m], d(2025, 1, 1), d(2025, 2, 28), policy=local)
    assert [x.value.visits for x in duties] == [1, 2]


@pytest.mark.rule(HARDSHIP)
def test_with_no_contact_naming_one_is_due_too() -> None:
    m = member(hardship=[hardship(d(2025, 1, 1))])
    visit, contact = hardship_visit_duties([m], d(2025, 1, 1), d(2025, 1, 31))
    assert contact.value.kind is DutyKind.HARDSHIP_CONTACT
    assert headline(contact) == (
        "基层党组织应明确专人负责联系王某",
        "The organization must name a person to keep in touch with 王某",
    )
    assert said(visit)[-1] == (
        "尚未明确负责联系的专人",
        "No person has been named to keep in touch",
    )


@pytest.mark.rule(HARDSHIP)
def test_months_touching_the_period_at_its_first_and_last_day() -> None:
    # the period starts on 31 January and ends on 1 March: three months touch it
    m = member(hardship=[hardship(d(2025, 1, 1), d(2025, 3, 1), contact="李四")])
    duties = hardship_visit_duties([m], d(2025, 1, 31), d(2025, 3, 1))
    assert [(x.value.start, x.value.due) for x in duties] == [
        (d(2025, 1, 1), d(2025, 1, 31)),
        (d(2025, 2, 1), d(2025, 2, 28)),
        (d(2025, 3, 1), d(2025, 3, 1)),
    ]


# -- 日常时期有人走访 ------------------------------------------------------------------


@pytest.mark.rule(ROUTINE)
def test_a_routine_visit_every_k_months_word_for_word() -> None:
    local = Policy.default().override({"care.routine_visit_months": 6})
    first, _ = routine_visit_duties([member()], d(2025, 1, 1), d(2025, 12, 31), policy=local)
    assert (first.value.start, first.value.due) == (d(2025, 1, 1), d(2025, 6, 30))
    assert first.value.limit == ("care.routine_visit_months",)
    assert said(first) == [
        ("本地规定:每6个月至少走访一次", "Local policy: at least one visit every 6 month(s)")
    ]
    assert headline(first) == (
        "2025-01-01至2025-06-30期间应走访王某",
        "Visit 王某 between 2025-01-01 and 2025-06-30",
    )


@pytest.mark.rule(ROUTINE)
def test_the_block_length_in_force_on_1_january_applies_to_the_year() -> None:
    late = Policy.default().with_change(d(2025, 1, 2), {"care.routine_visit_months": 6})
    assert routine_visit_duties([member()], d(2025, 1, 1), d(2025, 12, 31), policy=late) == ()
    on_time = Policy.default().with_change(d(2025, 1, 1), {"care.routine_visit_months": 6})
    assert (
        len(routine_visit_duties([member()], d(2025, 1, 1), d(2025, 12, 31), policy=on_time)) == 2
    )


# -- the calendar -----------------------------------------------------------------------


def test_members_are_ordered_by_id_within_a_day_and_kind() -> None:
    # "M1" sorts before "M1-" although "festival_visit:M1-:..." sorts before "festival_visit:M1:..."
    duties = festival_visit_duties([member("M1-"), member("M1")], d(2025, 7, 1), d(2025, 7, 31))
    assert [x.value.member for x in duties] == ["M1", "M1-", None]


def test_the_roster_is_checked_and_named() -> None:
    with pytest.raises(RecordError, match=r"^member listed more than once: M1$"):
        care_duties([member(), member()], d(2025, 1, 1), d(2025, 1, 31))
    with pytest.raises(TypeError, match=r"^members"):
        care_duties(None, d(2025, 1, 1), d(2025, 1, 31))  # type: ignore[arg-type]
    with pytest.raises(
        RecordError, match=r"^members: expected a collection of ElderlyMember, not a single string$"
    ):
        hardship_visit_duties("M1", d(2025, 1, 1), d(2025, 1, 31))  # type: ignore[arg-type]
