"""Welfare visits (看望住院干部, 走访组工干部家庭): day boundaries, dated parameters, error names.

Written against the survivors of mutation testing (``python tools/mutation.py cadres/_welfare``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.cadres import CadreFamily, CadreHospitalStay, WelfareVisit, cadre_welfare_visits
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
STAY = CadreHospitalStay(cadre="张三", admitted=D(2025, 3, 3))
FAMILY = CadreFamily(cadre="王五", since=D(2025, 1, 1))


def hv(cadre: str, on: dt.date) -> WelfareVisit:
    return WelfareVisit(kind="hospital", cadre=cadre, on=on)


def fv(cadre: str, on: dt.date) -> WelfareVisit:
    return WelfareVisit(kind="family", cadre=cadre, on=on)


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_a_visit_on_the_first_and_the_last_day_counts() -> None:
    # hospital: on the day admitted, and on the day asked
    for day, on in ((D(2025, 3, 3), D(2025, 3, 20)), (D(2025, 3, 20), D(2025, 3, 20))):
        (d,) = cadre_welfare_visits([STAY], on=on, visits=[hv("张三", day)])
        assert (d.outcome, d.value.visited_on) == ("visited", day)
    # family: on the day it joined the list, and on the day asked
    for day, on in ((D(2025, 1, 1), D(2025, 3, 20)), (D(2025, 3, 20), D(2025, 3, 20))):
        (d,) = cadre_welfare_visits(families=[FAMILY], on=on, visits=[fv("王五", day)])
        assert (d.outcome, d.value.visited_on) == ("visited", day)
    # a stay admitted on the day asked is listed
    (d,) = cadre_welfare_visits([STAY], on=D(2025, 3, 3))
    assert d.outcome == "referred"


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_a_visit_the_day_before_the_next_stay_answers_the_earlier_one() -> None:
    stays = [
        STAY,
        CadreHospitalStay(cadre="张三", admitted=D(2025, 5, 1)),
        CadreHospitalStay(cadre="张三", admitted=D(2025, 7, 1)),
    ]
    ds = cadre_welfare_visits(stays, on=D(2025, 8, 1), visits=[hv("张三", D(2025, 4, 30))])
    assert [d.outcome for d in ds] == ["visited", "referred", "referred"]
    ds = cadre_welfare_visits(stays, on=D(2025, 8, 1), visits=[hv("张三", D(2025, 6, 1))])
    assert [d.outcome for d in ds] == ["referred", "visited", "referred"]
    other = CadreHospitalStay(cadre="李四", admitted=D(2025, 4, 1))
    ds = cadre_welfare_visits([STAY, other], on=D(2025, 8, 1), visits=[hv("张三", D(2025, 6, 1))])
    assert [(d.value.cadre, d.outcome) for d in ds] == [("张三", "visited"), ("李四", "referred")]


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_each_parameter_is_the_one_in_force_on_its_day() -> None:
    p = Policy.default().with_change(
        D(2025, 3, 1), {"cadres.hospital_visit_days": 7, "cadres.family_visit_months": 6}
    )
    (d,) = cadre_welfare_visits([STAY], on=D(2025, 8, 1), policy=p)  # admitted after the change
    assert (d.outcome, d.value.due_by) == ("missed", D(2025, 3, 10))
    (d,) = cadre_welfare_visits(families=[FAMILY], on=D(2025, 8, 1), policy=p)  # on, after it
    assert (d.outcome, d.value.due_by) == ("missed", D(2025, 7, 1))
    assert d.reasons[0].zh == "王五家庭列入走访名单"
    assert d.reasons[0].en == "王五's family is on the visit list"
    early = CadreHospitalStay(cadre="李四", admitted=D(2025, 2, 1))  # before the change
    (d,) = cadre_welfare_visits([early], on=D(2025, 8, 1), policy=p)
    assert (d.outcome, d.value.due_by) == ("referred", None)


@pytest.mark.rule("cadres.cadre_welfare_visit")
@pytest.mark.parametrize(
    "case",
    [
        ({"on": "x"}, ValidationError, "error for on\n"),
        ({"stays": None}, TypeError, "^stays must be"),
        ({"stays": "ab"}, RecordError, "^stays: expected"),
        ({"families": None}, TypeError, "^families must be"),
        ({"families": "ab"}, RecordError, "^families: expected"),
        ({"visits": None}, TypeError, "^visits must be"),
        ({"visits": "ab"}, RecordError, "^visits: expected"),
        ({"policy": "x"}, TypeError, "^policy must be"),
        ({"stays": [STAY, STAY]}, RecordError, "^hospital stay listed more than once"),
        ({"families": [FAMILY, FAMILY]}, RecordError, "^family listed more than once: 王五"),
    ],
)
def test_bad_arguments_are_named(case: tuple[dict[str, Any], type, str]) -> None:
    kwargs, error, message = case
    with pytest.raises(error, match=message):
        cadre_welfare_visits(**({"on": D(2025, 8, 1)} | kwargs))
