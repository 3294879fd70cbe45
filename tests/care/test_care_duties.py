"""The duty calendar: hospital visits, help, festival windows, monthly and routine visits."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.care import (
    FIRST_DAY,
    LAST_DAY,
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
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
#: The windows main had before issue 13 (7 and 30 days): now limits a locality sets.
OLD = Policy.default().override({"care.hospital_visit_days": 7, "care.illness_aid_days": 30})


def member(**kw: object) -> ElderlyMember:
    data: dict[str, object] = {"id": "M1", "name": "某老党员", "organization": "V01"}
    data.update(kw)
    return ElderlyMember.model_validate(data)


# -- 生病住院有人看望 -------------------------------------------------------------------


@pytest.mark.rule("care.hospital_visit")
def test_major_illness_admission_calls_for_a_visit_within_the_local_window() -> None:
    m = member(
        hospital_stays=[
            HospitalStay(admitted=D(2024, 3, 2), major_illness=True, discharged=D(2024, 3, 20))
        ]
    )
    (d,) = hospital_visit_duties([m], D(2024, 3, 1), D(2024, 3, 31), policy=OLD)
    assert (d.value.start, d.value.due) == (D(2024, 3, 2), D(2024, 3, 9))
    assert d.parameters == {"care.hospital_visit_days": 7}
    assert d.value.kind is DutyKind.HOSPITAL_VISIT
    assert "重大疾病住院" in d.explain("zh")


@pytest.mark.rule("care.hospital_visit")
def test_minor_stays_call_for_no_visit() -> None:
    m = member(hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=False)])
    assert hospital_visit_duties([m], D(2024, 1, 1), D(2024, 12, 31)) == ()


@pytest.mark.rule("care.hospital_visit")
def test_death_ends_the_hospital_window() -> None:
    m = member(
        hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True)],
        died_on=D(2024, 3, 4),
    )
    (d,) = hospital_visit_duties([m], D(2024, 3, 1), D(2024, 3, 31))
    assert d.value.due == D(2024, 3, 4)


@pytest.mark.rule("care.hospital_visit")
def test_hospital_window_is_a_policy_parameter() -> None:
    p = Policy.default().override({"care.hospital_visit_days": 3})
    m = member(hospital_stays=[HospitalStay(admitted=D(2024, 3, 2), major_illness=True)])
    (d,) = hospital_visit_duties([m], D(2024, 3, 1), D(2024, 3, 31), policy=p)
    assert d.value.due == D(2024, 3, 5)


@pytest.mark.rule("care.hospital_visit")
@given(ows.member_rosters(max_size=4), ows.policies())
def test_every_major_admission_gets_one_visit_duty_in_its_window(
    members: list[ElderlyMember], policy: Policy
) -> None:
    duties = hospital_visit_duties(members, D(2000, 1, 1), D(2031, 12, 31), policy=policy)
    majors = sum(1 for m in members for s in m.hospital_stays if s.major_illness)
    assert len(duties) == majors
    for d in duties:
        assert d.value.start <= d.value.due
        limit = policy.care.hospital_visit_days
        assert limit is None or (d.value.due - d.value.start).days <= limit


# -- 病情严重或资金非常困难 -------------------------------------------------------------


@pytest.mark.rule("care.illness_aid")
def test_serious_illness_or_money_difficulty_calls_for_help() -> None:
    stays = [
        HospitalStay(admitted=D(2024, 3, 2), major_illness=True, serious=True),
        HospitalStay(admitted=D(2024, 5, 2), major_illness=True, money_difficulty=True),
        HospitalStay(admitted=D(2024, 7, 2), major_illness=True),
    ]
    ds = illness_aid_duties(
        [member(hospital_stays=stays)], D(2024, 1, 1), D(2024, 12, 31), policy=OLD
    )
    assert [d.value.start for d in ds] == [D(2024, 3, 2), D(2024, 5, 2)]
    assert [d.value.due for d in ds] == [D(2024, 4, 1), D(2024, 6, 1)]
    assert "病情严重" in ds[0].headline.zh
    assert "资金非常困难" in ds[1].headline.zh


@pytest.mark.rule("care.illness_aid")
@given(ows.member_rosters(max_size=4))
def test_help_is_due_exactly_for_stays_that_call_for_it(members: list[ElderlyMember]) -> None:
    duties = illness_aid_duties(members, D(2000, 1, 1), D(2031, 12, 31))
    expected = sorted(
        f"illness_aid:{m.id}:{s.admitted.isoformat()}"
        for m in members
        for s in m.hospital_stays
        if s.help_due
    )
    assert sorted(d.value.id for d in duties) == expected


# -- 重大节日有人慰问 -------------------------------------------------------------------


@pytest.mark.rule("care.festival_visit")
@pytest.mark.parametrize(
    ("year", "festival_day"),
    [(2024, D(2024, 2, 10)), (2025, D(2025, 1, 29)), (2026, D(2026, 2, 17))],
)
def test_spring_festival_window_is_built_on_the_lunar_new_year(
    year: int, festival_day: dt.date
) -> None:
    first, last = festival_window(Festival.SPRING_FESTIVAL, year)
    assert first == festival_day - dt.timedelta(days=15)
    assert last == festival_day + dt.timedelta(days=14)  # 元宵, 正月十五


@pytest.mark.rule("care.festival_visit")
def test_spring_festival_duties_use_the_2025_new_year() -> None:
    ds = festival_visit_duties([member()], D(2025, 1, 1), D(2025, 3, 31))
    visit, meeting = ds
    assert visit.value.kind is DutyKind.FESTIVAL_VISIT
    assert meeting.value.kind is DutyKind.FESTIVAL_MEETING
    assert (visit.value.start, visit.value.due) == (D(2025, 1, 14), D(2025, 2, 12))
    assert visit.value.id == "festival_visit:M1:2025-01-29"
    assert meeting.value.member is None


@pytest.mark.rule("care.festival_visit")
def test_qiyi_window_and_meeting_per_organization() -> None:
    members = [member(), member(id="M2"), member(id="M3", organization="V02")]
    ds = festival_visit_duties(members, D(2025, 6, 1), D(2025, 7, 31))
    kinds = [(d.value.organization, d.value.kind, d.value.member) for d in ds]
    assert kinds == [
        ("V01", DutyKind.FESTIVAL_VISIT, "M1"),
        ("V01", DutyKind.FESTIVAL_VISIT, "M2"),
        ("V01", DutyKind.FESTIVAL_MEETING, None),
        ("V02", DutyKind.FESTIVAL_VISIT, "M3"),
        ("V02", DutyKind.FESTIVAL_MEETING, None),
    ]
    assert {(d.value.start, d.value.due) for d in ds} == {(D(2025, 6, 16), D(2025, 7, 8))}


@pytest.mark.rule("care.festival_visit")
def test_english_texts_name_the_festivals_in_english_and_chinese_never_in_pinyin() -> None:
    members = [member(), member(id="M2", organization="V02")]
    ds = festival_visit_duties(members, D(2025, 1, 1), D(2025, 12, 31))
    assert len(ds) == 8
    for d in ds:
        text = " ".join([d.headline.en, *(r.en for r in d.reasons)])  # not the parameter paths
        assert "qiyi" not in text.lower()
        assert "spring festival 2025" not in text  # the enum value with "_" made a space
        want = "July 1 (七一)" if d.value.festival is Festival.QIYI else "the Spring Festival"
        assert want in d.headline.en
    assert Festival.QIYI.en == "July 1 (七一)"


@pytest.mark.rule("care.festival_visit")
def test_meeting_can_be_switched_off_and_windows_changed() -> None:
    p = Policy.default().override(
        {
            "care.festival_meeting_required": False,
            "care.qiyi_days_before": 0,
            "care.qiyi_days_after": 0,
        }
    )
    ds = festival_visit_duties([member()], D(2025, 7, 1), D(2025, 7, 1), policy=p)
    assert [(d.value.kind, d.value.start, d.value.due) for d in ds] == [
        (DutyKind.FESTIVAL_VISIT, D(2025, 7, 1), D(2025, 7, 1))
    ]
    assert ds[0].parameters == {
        "care.qiyi_days_before": 0,
        "care.qiyi_days_after": 0,
        "care.festival_period_set": False,
    }


@pytest.mark.rule("care.festival_visit")
def test_members_who_died_before_the_festival_are_not_due() -> None:
    gone = member(died_on=D(2025, 6, 30))
    dying = member(id="M2", died_on=D(2025, 7, 3))
    ds = festival_visit_duties([gone, dying], D(2025, 6, 1), D(2025, 7, 31))
    visits = [d.value for d in ds if d.value.kind is DutyKind.FESTIVAL_VISIT]
    assert [(v.member, v.due) for v in visits] == [("M2", D(2025, 7, 3))]


@pytest.mark.rule("care.festival_visit")
@given(st.integers(1950, 2099), ows.policies())
def test_festival_windows_contain_their_day_and_end_in_its_year(year: int, policy: Policy) -> None:
    for festival in Festival:
        first, last = festival_window(festival, year, policy=policy)
        assert first <= festival.day(year) <= last
        assert last.year == year


# -- 生活困难有人帮扶 -------------------------------------------------------------------


@pytest.mark.rule("care.hardship_visit")
def test_monthly_visits_for_each_month_in_hardship() -> None:
    spells = [
        HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 20), end=D(2024, 3, 10)),
        HardshipPeriod(
            kind=HardshipKind.UNABLE_TO_LOOK_AFTER_SELF, start=D(2024, 5, 5), contact="李四"
        ),
    ]
    ds = hardship_visit_duties([member(hardship=spells)], D(2024, 1, 1), D(2024, 6, 30))
    ds = tuple(d for d in ds if d.value.kind is DutyKind.HARDSHIP_VISIT)
    assert [(d.value.start, d.value.due) for d in ds] == [
        (D(2024, 1, 20), D(2024, 1, 31)),
        (D(2024, 2, 1), D(2024, 2, 29)),
        (D(2024, 3, 1), D(2024, 3, 10)),
        (D(2024, 5, 5), D(2024, 5, 31)),
        (D(2024, 6, 1), D(2024, 6, 30)),
    ]
    assert ds[-1].value.contact == "李四"
    assert "失去生活自理能力" in ds[-1].explain("zh")
    assert "尚未明确负责联系的专人" in ds[0].explain("zh")
    assert {d.value.visits for d in ds} == {1}


@pytest.mark.rule("care.hardship_visit")
def test_more_visits_a_month_when_policy_says_so() -> None:
    p = Policy.default().override({"care.hardship_visits_per_month": 2})
    m = member(hardship=[HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1))])
    d, _contact = hardship_visit_duties([m], D(2024, 2, 1), D(2024, 2, 29), policy=p)
    assert d.value.visits == 2
    assert d.parameters == {"care.hardship_visits_per_month": 2}


@pytest.mark.rule("care.hardship_visit")
@given(ows.member_rosters(max_size=3, min_day=D(2020, 1, 1), max_day=D(2024, 12, 31)))
def test_one_duty_for_every_month_with_a_hardship_day_alive(members: list[ElderlyMember]) -> None:
    start, end = D(2020, 1, 1), D(2025, 12, 31)
    ds = hardship_visit_duties(members, start, end)
    got = {(d.value.member, d.value.year, d.value.month) for d in ds}
    want = set()
    day = start
    while day <= end:
        for m in members:
            if m.alive_on(day) and any(h.covers(day) for h in m.hardship):
                want.add((m.id, day.year, day.month))
        day += dt.timedelta(days=1)
    assert got == want


# -- 日常时期有人走访 -------------------------------------------------------------------


@pytest.mark.rule("care.routine_visit")
def test_no_routine_duty_without_a_frequency() -> None:
    assert routine_visit_duties([member()], D(2024, 1, 1), D(2024, 12, 31)) == ()


@pytest.mark.rule("care.routine_visit")
def test_quarterly_routine_visits() -> None:
    p = Policy.default().override({"care.routine_visit_months": 3})
    ds = routine_visit_duties(
        [member(died_on=D(2024, 8, 15))], D(2024, 1, 1), D(2024, 12, 31), policy=p
    )
    assert [(d.value.start, d.value.due) for d in ds] == [
        (D(2024, 1, 1), D(2024, 3, 31)),
        (D(2024, 4, 1), D(2024, 6, 30)),
        (D(2024, 7, 1), D(2024, 8, 15)),
    ]


@pytest.mark.rule("care.routine_visit")
@given(st.sampled_from([1, 2, 3, 4, 6, 12]), st.integers(2000, 2030))
def test_routine_blocks_tile_the_year(k: int, year: int) -> None:
    p = Policy.default().override({"care.routine_visit_months": k})
    ds = routine_visit_duties([member()], D(year, 1, 1), D(year, 12, 31), policy=p)
    assert len(ds) == 12 // k
    assert ds[0].value.start == D(year, 1, 1)
    assert ds[-1].value.due == D(year, 12, 31)
    for a, b in itertools.pairwise(ds):
        assert b.value.start == a.value.due + dt.timedelta(days=1)


# -- the whole calendar ---------------------------------------------------------------


@pytest.mark.rule("care.duties")
def test_care_duties_is_the_union_in_order() -> None:
    m = member(
        hospital_stays=[HospitalStay(admitted=D(2024, 6, 20), major_illness=True, serious=True)],
        hardship=[HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 6, 1))],
    )
    ds = care_duties([m], D(2024, 6, 1), D(2024, 7, 31), policy=OLD)
    assert [d.value.id for d in ds] == [
        "hospital_visit:M1:2024-06-20",
        "hardship_visit:M1:2024-06",
        "hardship_contact:M1:2024-06",
        "festival_visit:M1:2024-07-01",
        "festival_meeting:V01:2024-07-01",
        "illness_aid:M1:2024-06-20",
        "hardship_visit:M1:2024-07",
        "hardship_contact:M1:2024-07",
    ]
    assert [d.rule for d in ds] == [
        "care.hospital_visit",
        "care.hardship_visit",
        "care.hardship_visit",
        "care.festival_visit",
        "care.festival_visit",
        "care.illness_aid",
        "care.hardship_visit",
        "care.hardship_visit",
    ]


@pytest.mark.rule("care.duties")
def test_reversed_period_and_duplicate_members_are_errors() -> None:
    with pytest.raises(ValidationError, match="end"):
        care_duties([member()], D(2024, 2, 1), D(2024, 1, 1))
    with pytest.raises(RecordError, match="M1"):
        care_duties([member(), member()], D(2024, 1, 1), D(2024, 1, 31))


@pytest.mark.rule("care.duties")
def test_every_duplicate_member_is_named_at_once() -> None:
    roster = [member(), member(id="M2"), member(), member(id="M2"), member(id="M3")]
    with pytest.raises(RecordError, match="M1, M2"):
        care_duties(roster, D(2024, 1, 1), D(2024, 1, 31))


@pytest.mark.rule("care.duties")
@pytest.mark.rule("care.hospital_visit")
def test_a_bare_string_is_not_a_roster_and_dicts_are_members() -> None:
    for fn in (care_duties, hospital_visit_duties, festival_visit_duties):
        with pytest.raises(RecordError, match="single string"):
            fn("M1", D(2024, 1, 1), D(2024, 12, 31))  # type: ignore[arg-type]
    as_dict = {"id": "M1", "name": "某老党员", "organization": "V01"}
    got = care_duties([as_dict], D(2024, 1, 1), D(2024, 12, 31))  # type: ignore[list-item]
    assert got == care_duties([member()], D(2024, 1, 1), D(2024, 12, 31))
    with pytest.raises(ValidationError, match="organization"):
        care_duties([{"id": "M1", "name": "某"}], D(2024, 1, 1), D(2024, 1, 2))  # type: ignore[list-item]


@pytest.mark.rule("care.duties")
def test_empty_roster_has_no_duties() -> None:
    assert care_duties([], D(2024, 1, 1), D(2024, 12, 31)) == ()


@pytest.mark.rule("care.duties")
@given(
    ows.member_rosters(max_size=3, min_day=D(2022, 1, 1), max_day=D(2024, 12, 31)),
    st.dates(D(2022, 6, 1), D(2024, 6, 30)),
    ows.policies(),
)
def test_consecutive_periods_split_the_duties_without_overlap(
    members: list[ElderlyMember], cut: dt.date, policy: Policy
) -> None:
    start, end = D(2022, 1, 1), D(2024, 12, 31)
    whole = care_duties(members, start, end, policy=policy)
    left = care_duties(members, start, cut, policy=policy)
    right = care_duties(members, cut + dt.timedelta(days=1), end, policy=policy)
    assert sorted(d.value.id for d in whole) == sorted(d.value.id for d in (*left, *right))
    assert all(start <= d.value.due <= end for d in whole)
    keys = [(d.value.due, d.value.organization) for d in whole]
    assert keys == sorted(keys)


@pytest.mark.rule("care.duties")
def test_days_outside_the_supported_range_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="start"):
        care_duties([member()], dt.date.min, D(2024, 1, 1))
    with pytest.raises(ValidationError, match="admitted"):
        HospitalStay(admitted=dt.date.max, major_illness=True)


@pytest.mark.rule("care.duties")
@pytest.mark.parametrize(
    ("start", "end"),
    [
        (D(2150, 1, 1), D(2150, 12, 31)),  # beyond the lunar table (Spring Festival to 2100)
        (D(1900, 1, 1), D(1900, 12, 31)),  # before 七一 existed (1921)
        (D(1948, 12, 31), D(1949, 1, 31)),
        (D(2100, 12, 1), D(2101, 1, 1)),
    ],
)
def test_days_the_calendar_cannot_serve_are_refused_by_the_day_type(
    start: dt.date, end: dt.date
) -> None:
    # even with no member: never a CalendarCoverageError for a day the models accept
    with pytest.raises(ValidationError, match=r"start|end"):
        care_duties([], start, end)
    with pytest.raises(ValidationError, match="admitted"):
        HospitalStay(admitted=start if start.year != 2100 else end, major_illness=True)


@pytest.mark.rule("care.festival_visit")
def test_festival_window_reads_a_festival_by_its_value_and_refuses_others() -> None:
    assert festival_window("qiyi", 2025) == festival_window(Festival.QIYI, 2025)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="festival"):
        festival_window("mid_autumn", 2025)  # type: ignore[arg-type]


@pytest.mark.rule("care.festival_visit")
@pytest.mark.parametrize("year", [1930, 1948, 2101, 2150])
def test_festival_windows_outside_the_care_range_are_validation_errors(year: int) -> None:
    for festival in Festival:
        with pytest.raises(ValidationError, match="year"):
            festival_window(festival, year)


@pytest.mark.rule("care.duties")
@given(
    ows.member_rosters(max_size=3, min_day=FIRST_DAY, max_day=LAST_DAY),
    st.dates(FIRST_DAY, LAST_DAY),
    st.integers(0, 400),
    ows.policies(),
)
def test_duties_anywhere_in_the_covered_range_are_well_formed(
    members: list[ElderlyMember], start: dt.date, days: int, policy: Policy
) -> None:
    end = min(LAST_DAY, start + dt.timedelta(days=days))
    for d in care_duties(members, start, end, policy=policy):
        assert start <= d.value.due <= end
        assert d.value.start <= d.value.due
        assert d.subject == d.value.id
