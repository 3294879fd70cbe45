"""The care input models: ordering of levels, validation naming the field, round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.care import (
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    HonourLevel,
    HospitalStay,
    HostRole,
    PostLevel,
    Visit,
    VisitKind,
)

D = dt.date


def test_levels_are_ordered() -> None:
    assert sorted(HonourLevel, reverse=True)[0] is HonourLevel.NATIONAL
    assert list(HonourLevel) == sorted(HonourLevel)
    assert HonourLevel.TOWNSHIP < HonourLevel.COUNTY < HonourLevel.PREFECTURE
    assert HonourLevel.PREFECTURE < HonourLevel.PROVINCE < HonourLevel.NATIONAL
    assert list(HostRole) == sorted(HostRole)
    assert PostLevel.OTHER < PostLevel.BRANCH_COMMITTEE


def test_levels_of_different_kinds_do_not_compare() -> None:
    with pytest.raises(TypeError):
        _ = HonourLevel.COUNTY < PostLevel.BRANCH_COMMITTEE  # type: ignore[operator]


def test_level_values_are_readable_in_json() -> None:
    m = ElderlyMember.model_validate(
        {
            "id": "M1",
            "name": "某",
            "organization": "V01",
            "honours": [{"awarded_by": "大冶市", "level": "county"}],
        }
    )
    assert m.highest_honour is HonourLevel.COUNTY
    assert '"level":"county"' in m.model_dump_json()


def test_events_after_death_are_refused() -> None:
    with pytest.raises(ValidationError, match="hospital_stays"):
        ElderlyMember(
            id="M1",
            name="某",
            organization="V01",
            died_on=D(2024, 1, 1),
            hospital_stays=[HospitalStay(admitted=D(2024, 1, 2), major_illness=True)],
        )


def test_periods_cannot_end_before_they_start() -> None:
    with pytest.raises(ValidationError, match="before"):
        HospitalStay(admitted=D(2024, 1, 2), major_illness=True, discharged=D(2024, 1, 1))
    with pytest.raises(ValidationError, match="before"):
        HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 2), end=D(2024, 1, 1))


def test_visits_name_their_subject() -> None:
    with pytest.raises(ValidationError, match="organization"):
        Visit(kind=VisitKind.MEETING, on=D(2024, 1, 1))
    with pytest.raises(ValidationError, match="member"):
        Visit(kind=VisitKind.HOME, on=D(2024, 1, 1))


def test_blank_ids_are_refused() -> None:
    with pytest.raises(ValidationError, match="id"):
        ElderlyMember(id="  ", name="某", organization="V01")


def test_models_are_frozen() -> None:
    m = ElderlyMember(id="M1", name="某", organization="V01")
    with pytest.raises(ValidationError):
        m.id = "M2"  # type: ignore[misc]


@given(ows.elderly_members())
def test_members_round_trip_through_json(m: ElderlyMember) -> None:
    assert ElderlyMember.model_validate_json(m.model_dump_json()) == m


def test_day_methods_read_midnight_datetimes_as_dates() -> None:
    m = ElderlyMember(id="M1", name="某", organization="V01", died_on=D(2024, 5, 1))
    assert m.alive_on(dt.datetime(2024, 5, 1))
    assert not m.alive_on(dt.datetime(2024, 5, 2))
    h = HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=D(2024, 1, 1), end=D(2024, 6, 30))
    assert h.covers(dt.datetime(2024, 6, 30))
    with pytest.raises(ValidationError, match="day"):
        h.covers(dt.datetime(2024, 6, 30, 12, 0))


def test_a_stay_must_say_whether_it_was_a_major_illness() -> None:
    # the seed's trigger is 遭遇重大疾病住院: never assumed
    with pytest.raises(ValidationError, match="major_illness"):
        HospitalStay(admitted=D(2024, 3, 2))  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="major_illness"):
        HospitalStay.model_validate({"admitted": "2024-03-02", "serious": True})
    assert not HospitalStay(admitted=D(2024, 3, 2), major_illness=False, serious=True).help_due
