"""Volunteer supervisors word for word: who may be recommended, and the term of a letter.

Written against the survivors of mutation testing (``python tools/mutation.py
supervision/_supervisors``, triage in ``docs/mutation.md``). 000 第五篇 二: "从各级
人大代表、党代表、政协委员、离退休老同志和普通群众中,推荐政治素质好、参政意识强、
个人威望高的同志,作为部风监督员,从各级领导干部和各个行业网中推荐有影响的同志,作为
干部工作监督员"; "县委组织部经过认真筛选,下发聘书,予以确认".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.supervision import (
    Appointment,
    Candidate,
    SupervisorKind,
    supervisor_eligibility,
    supervisor_term,
)

D = dt.date


def _reasons(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


def _candidate(name: str, *backgrounds: str, qualities: tuple[str, ...] = ()) -> Candidate:
    return Candidate.model_validate(
        {
            "name": name,
            "backgrounds": backgrounds,
            "recommended_by": "城关镇",
            "recommended_on": D(2025, 3, 1),
            "qualities": qualities,
        }
    )


@pytest.mark.rule("supervision.supervisor_eligibility")
def test_a_candidate_within_the_range_but_lacking_qualities_is_told_which() -> None:
    """推荐政治素质好、参政意识强、个人威望高的同志,作为部风监督员."""
    quote = get("supervision.supervisor_eligibility").source.quote
    assert "推荐政治素质好、参政意识强、个人威望高的同志,作为部风监督员" in quote
    c = _candidate("李某", "retired_cadre", "trade", qualities=("political_quality",))
    d = supervisor_eligibility(c, "department_conduct")  # type: ignore[arg-type]
    assert (d.outcome, d.value, d.subject) == ("ineligible", False, "李某")
    assert d.headline("zh") == "李某不可推荐为部风监督员"
    assert d.headline("en") == "李某 may not be recommended as a department_conduct supervisor"
    assert _reasons(d) == [
        (
            "来源符合部风监督员推荐范围:离退休老同志",
            "Background within the department_conduct range: retired_cadre",
        ),
        ("未具备条件:参政意识强、个人威望高", "Qualities not attested: participation, prestige"),
    ]
    work = supervisor_eligibility(c, "cadre_work")  # type: ignore[arg-type]
    assert _reasons(work) == [
        ("来源符合干部工作监督员推荐范围:行业", "Background within the cadre_work range: trade"),
        ("未具备条件:有影响", "Qualities not attested: influence"),
    ]


@pytest.mark.rule("supervision.supervisor_eligibility")
def test_a_candidate_outside_the_range_is_told_the_range() -> None:
    """从各级领导干部和各个行业网中推荐有影响的同志,作为干部工作监督员."""
    c = _candidate("王某", "ordinary_public", qualities=("influence",))
    d = supervisor_eligibility(c, "cadre_work")  # type: ignore[arg-type]
    assert (d.outcome, d.value) == ("ineligible", False)
    assert d.headline("zh") == "王某不可推荐为干部工作监督员"
    assert _reasons(d) == [
        (
            "来源不在干部工作监督员推荐范围内(应从领导干部、行业中推荐)",
            "No background within the cadre_work range (leading_cadre, trade)",
        )
    ]


@pytest.mark.rule("supervision.supervisor_eligibility")
def test_an_eligible_candidate() -> None:
    c = _candidate(
        "赵某",
        "cppcc_member",
        "peoples_congress_deputy",
        qualities=("political_quality", "participation", "prestige"),
    )
    d = supervisor_eligibility(c, "department_conduct")  # type: ignore[arg-type]
    assert (d.outcome, d.value, d.subject) == ("eligible", True, "赵某")
    assert d.headline("zh") == "赵某可推荐为部风监督员"
    assert d.headline("en") == "赵某 may be recommended as a department_conduct supervisor"
    assert _reasons(d) == [
        (
            "来源符合部风监督员推荐范围:政协委员、人大代表",
            "Background within the department_conduct range: cppcc_member, peoples_congress_deputy",
        )
    ]
    with pytest.raises(ValidationError) as info:
        supervisor_eligibility(c, "chairman")  # type: ignore[arg-type]
    assert info.value.errors()[0]["loc"] == ("kind",)


@pytest.mark.rule("supervision.supervisor_term")
def test_a_term_is_explained_with_its_anniversary() -> None:
    """下发聘书,予以确认: from the day of the letter to the day before its anniversary."""
    a = Appointment(name="李某", kind="department_conduct", appointed_on=D(2024, 1, 31))  # type: ignore[arg-type]
    d = supervisor_term(a)
    assert (d.outcome, d.subject) == ("term", "李某")
    assert (d.value.first, d.value.last) == (D(2024, 1, 31), D(2025, 1, 30))
    assert d.headline("zh") == "李某(部风监督员)聘期2024年1月31日至2025年1月30日"
    assert d.headline("en") == "李某 (department_conduct) serves from 2024-01-31 to 2025-01-30"
    assert _reasons(d) == [
        (
            "每年推荐,聘期12个月,自聘任之日起算,至12个月后的对应日(2025年1月31日;"
            "无对应日的为月末日)前一日止",
            "Supervisors are recommended yearly; a term is 12 months from the day of "
            "appointment, ending the day before the day 12 months on (2025-01-31; the month's "
            "last day if there is no corresponding day)",
        ),
        (
            "义务监督员享有知情权、评价权、言论豁免权",
            "A supervisor has the rights to know, to evaluate and to speak without penalty",
        ),
    ]


@pytest.mark.rule("supervision.supervisor_term")
def test_the_term_length_is_the_one_in_force_on_the_day_of_appointment() -> None:
    two_years = Policy.default().with_change(
        D(2025, 3, 1), {"supervision.supervisor_term_months": 24}
    )
    a = Appointment(name="李某", kind="cadre_work", appointed_on=D(2025, 3, 1))  # type: ignore[arg-type]
    assert supervisor_term(a, policy=two_years).value.last == D(2027, 2, 28)
    before = a.model_copy(update={"appointed_on": D(2025, 2, 28)})
    assert supervisor_term(before, policy=two_years).value.last == D(2026, 2, 27)


@pytest.mark.rule("supervision.supervisor_eligibility")
def test_the_policy_argument_is_checked_even_though_no_parameter_is_read() -> None:
    c = _candidate("李某", "retired_cadre")
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        supervisor_eligibility(c, "department_conduct", policy={})  # type: ignore[arg-type]


def test_a_term_covers_its_first_and_last_days() -> None:
    a = Appointment(name="李某", kind="cadre_work", appointed_on=D(2025, 3, 1))  # type: ignore[arg-type]
    term = supervisor_term(a).value
    assert term.active_on(D(2025, 3, 1))
    assert term.active_on(D(2026, 2, 28))
    assert not term.active_on(D(2025, 2, 28))
    assert not term.active_on(D(2026, 3, 1))


@pytest.mark.rule("supervision.supervisor_term")
def test_a_term_past_the_last_representable_date_is_a_documented_error() -> None:
    """Validation keeps appointments within 1949–2200; an unvalidated one still gets the error."""
    late = Appointment.model_construct(
        name="李某", kind=SupervisorKind.CADRE_WORK, appointed_on=D(9999, 6, 1)
    )
    with pytest.raises(ValueError, match="9999-12-31, the last date Python can represent") as e:
        supervisor_term(late)
    assert str(e.value) == (
        "appointment: appointed on 9999-06-01, a term of 12 months ends past 9999-12-31, "
        "the last date Python can represent"
    )
