"""The 五有 duties as rows of the seed's text: each clause, the member it describes, the duty it names.

000_d6bf9a3c8f5be95e.txt 第一篇 二: (一)生病住院有人看望, (二)重大节日有人慰问,
(三)日常时期有人走访, (四)生活困难有人帮扶 (the fifth, 去世有人开追悼会, is the memorial
host's, tested with it). Each row quotes its clause in the seed's words; the test checks the
words are in the rule's catalogue quote, then runs the rule on a member the clause describes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from orgwork.care import (
    DutyKind,
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    festival_visit_duties,
    hardship_visit_duties,
    hospital_visit_duties,
    illness_aid_duties,
    routine_visit_duties,
)
from orgwork.policy import Policy
from orgwork.rules import get, id_of

D = dt.date


def member(**record: object) -> ElderlyMember:
    return ElderlyMember.model_validate(
        {"id": "M1", "name": "某老党员", "organization": "V01", **record}
    )


def stay(*, serious: bool = False, money_difficulty: bool = False) -> dict[str, object]:
    """A member's record with one major-illness stay (serious, or short of money, if said)."""
    admitted = D(2025, 3, 2)
    facts = HospitalStay(
        admitted=admitted, major_illness=True, serious=serious, money_difficulty=money_difficulty
    )
    return {"hospital_stays": [facts]}


def hardship(kind: HardshipKind) -> dict[str, object]:
    return {"hardship": [HardshipPeriod(kind=kind, start=D(2025, 3, 1), end=D(2025, 3, 31))]}


CLAUSES = [  # the clause in the seed's words, its rule, the member it describes, the duty it names
    # (一)生病住院有人看望
    (("遭遇重大疾病住院", "有人前去看望"), hospital_visit_duties, stay(), DutyKind.HOSPITAL_VISIT),
    (("病情严重", "给予一定帮助"), illness_aid_duties, stay(serious=True), DutyKind.ILLNESS_AID),
    (
        ("资金非常困难", "给予一定帮助"),
        illness_aid_duties,
        stay(money_difficulty=True),
        DutyKind.ILLNESS_AID,
    ),
    # (二)重大节日有人慰问
    (("“七一”和春节期间", "入户慰问老党员"), festival_visit_duties, {}, DutyKind.FESTIVAL_VISIT),
    (
        ("“七一”和春节期间", "召开党员和村民代表会议", "集体为老党员过节拜年"),
        festival_visit_duties,
        {},
        DutyKind.FESTIVAL_MEETING,
    ),
    # (三)日常时期有人走访 (the seed sets no frequency: the town sets one)
    (("定期或不定期走访老党员",), routine_visit_duties, {}, DutyKind.ROUTINE_VISIT),
    # (四)生活困难有人帮扶
    (
        ("生活特别贫困", "每月至少深入老党员家中看望一次"),
        hardship_visit_duties,
        hardship(HardshipKind.GREAT_HARDSHIP),
        DutyKind.HARDSHIP_VISIT,
    ),
    (
        ("失去生活自理能力", "每月至少深入老党员家中看望一次"),
        hardship_visit_duties,
        hardship(HardshipKind.UNABLE_TO_LOOK_AFTER_SELF),
        DutyKind.HARDSHIP_VISIT,
    ),
]

#: Routine visits are due only once the town sets how often (every quarter here).
POLICY = Policy.default().override({"care.routine_visit_months": 3})


@pytest.mark.rule("care.hospital_visit")
@pytest.mark.rule("care.illness_aid")
@pytest.mark.rule("care.festival_visit")
@pytest.mark.rule("care.routine_visit")
@pytest.mark.rule("care.hardship_visit")
@pytest.mark.parametrize(("clause", "duties", "record", "kind"), CLAUSES)
def test_each_clause_names_its_duty(
    clause: tuple[str, ...],
    duties: Callable[..., Any],
    record: dict[str, object],
    kind: DutyKind,
) -> None:
    assert all(part in get(id_of(duties)).source.quote for part in clause)
    found = duties([member(**record)], D(2025, 1, 1), D(2025, 12, 31), policy=POLICY)
    named = [d for d in found if d.value.kind is kind]
    assert named
    assert {(d.rule, d.value.rule) for d in named} == {(id_of(duties), id_of(duties))}


UNDESCRIBED = [  # a member short of the clause's condition
    (
        hospital_visit_duties,
        {"hospital_stays": [HospitalStay(admitted=D(2025, 3, 2), major_illness=False)]},
    ),
    (illness_aid_duties, stay()),  # a major illness, neither serious nor short of money
    (hardship_visit_duties, {}),
]


@pytest.mark.rule("care.hospital_visit")
@pytest.mark.rule("care.illness_aid")
@pytest.mark.rule("care.hardship_visit")
@pytest.mark.parametrize(("duties", "record"), UNDESCRIBED)
def test_a_member_the_clause_does_not_describe_is_owed_nothing(
    duties: Callable[..., Any], record: dict[str, object]
) -> None:
    assert duties([member(**record)], D(2025, 1, 1), D(2025, 12, 31), policy=POLICY) == ()
