"""Volunteer supervisors: who may be recommended, terms, rights and duties."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.supervision import (
    SUPERVISOR_DUTIES,
    SUPERVISOR_RIGHTS,
    Appointment,
    Background,
    Candidate,
    Quality,
    SupervisorKind,
    supervisor_eligibility,
    supervisor_term,
)

DAY = dt.date(2025, 3, 1)
CONDUCT = frozenset({Quality.POLITICAL_QUALITY, Quality.PARTICIPATION, Quality.PRESTIGE})


def _c(*backgrounds: str, qualities: frozenset[Quality] = CONDUCT) -> Candidate:
    return Candidate(
        name="李某",
        backgrounds=backgrounds,  # type: ignore[arg-type]
        recommended_by="城关镇",
        recommended_on=DAY,
        qualities=qualities,
    )


#: The seed's two kinds, one row per clause: the clause in the seed's words, the kind,
#: the backgrounds it is recommended from and the qualities it needs.
CLAUSES = [
    (
        (
            "从各级人大代表、党代表、政协委员、离退休老同志和普通群众中",
            "推荐政治素质好、参政意识强、个人威望高的同志,作为部风监督员",
        ),
        SupervisorKind.DEPARTMENT_CONDUCT,
        (
            "peoples_congress_deputy",
            "party_congress_delegate",
            "cppcc_member",
            "retired_cadre",
            "ordinary_public",
        ),
        CONDUCT,
    ),
    (
        ("从各级领导干部和各个行业网中推荐有影响的同志,作为干部工作监督员",),
        SupervisorKind.CADRE_WORK,
        ("leading_cadre", "trade"),
        frozenset({Quality.INFLUENCE}),
    ),
]


@pytest.mark.rule("supervision.supervisor_eligibility")
@pytest.mark.parametrize(("clause", "kind", "backgrounds", "qualities"), CLAUSES)
def test_each_clause_names_its_sources_and_qualities(
    clause: tuple[str, ...],
    kind: SupervisorKind,
    backgrounds: tuple[str, ...],
    qualities: frozenset[Quality],
) -> None:
    assert all(part in get("supervision.supervisor_eligibility").source.quote for part in clause)
    for background in backgrounds:
        assert supervisor_eligibility(_c(background, qualities=qualities), kind).value is True
        for lacking in qualities:
            short = _c(background, qualities=qualities - {lacking})
            assert supervisor_eligibility(short, kind).value is False


@pytest.mark.rule("supervision.supervisor_eligibility")
@pytest.mark.parametrize(
    "background",
    [
        "peoples_congress_deputy",
        "party_congress_delegate",
        "cppcc_member",
        "retired_cadre",
        "ordinary_public",
    ],
)
def test_department_conduct_supervisors_come_from_the_five_groups(background: str) -> None:
    assert supervisor_eligibility(_c(background), "department_conduct").value is True
    assert supervisor_eligibility(_c(background), "cadre_work").value is False


@pytest.mark.rule("supervision.supervisor_eligibility")
@pytest.mark.parametrize("background", ["leading_cadre", "trade"])
def test_cadre_work_supervisors_come_from_leading_cadres_and_trades(background: str) -> None:
    ok = _c(background, qualities=frozenset({Quality.INFLUENCE}))
    assert supervisor_eligibility(ok, SupervisorKind.CADRE_WORK).outcome == "eligible"
    no_influence = _c(background, qualities=frozenset())
    d = supervisor_eligibility(no_influence, SupervisorKind.CADRE_WORK)
    assert d.outcome == "ineligible"
    assert "有影响" in d.reasons[-1].zh


@pytest.mark.rule("supervision.supervisor_eligibility")
def test_every_missing_quality_is_named() -> None:
    d = supervisor_eligibility(_c("retired_cadre", qualities=frozenset()), "department_conduct")
    assert d.value is False
    assert all(w in d.reasons[-1].zh for w in ("政治素质好", "参政意识强", "个人威望高"))


@pytest.mark.rule("supervision.supervisor_eligibility")
@given(
    st.lists(st.sampled_from(list(Background)), min_size=1, max_size=3, unique=True),
    st.frozensets(st.sampled_from(list(Quality))),
    st.sampled_from(list(SupervisorKind)),
)
def test_eligibility_is_background_and_qualities(
    backgrounds: list[Background], qualities: frozenset[Quality], kind: SupervisorKind
) -> None:
    d = supervisor_eligibility(_c(*backgrounds, qualities=qualities), kind)
    if kind is SupervisorKind.DEPARTMENT_CONDUCT:
        fits = bool(set(backgrounds) - {Background.LEADING_CADRE, Background.TRADE})
        expected = fits and qualities >= CONDUCT
    else:
        fits = bool(set(backgrounds) & {Background.LEADING_CADRE, Background.TRADE})
        expected = fits and Quality.INFLUENCE in qualities
    assert d.value is expected


@pytest.mark.rule("supervision.supervisor_term")
@pytest.mark.parametrize(
    ("appointed", "last"),
    [
        (dt.date(2025, 3, 1), dt.date(2026, 2, 28)),  # a year: the day before 2026-03-01
        (dt.date(2024, 3, 1), dt.date(2025, 2, 28)),
        (dt.date(2023, 3, 1), dt.date(2024, 2, 29)),  # across a leap day
        (dt.date(2024, 2, 29), dt.date(2025, 2, 27)),  # 2025 has no 02-29: anniversary 02-28
    ],
)
def test_yearly_terms(appointed: dt.date, last: dt.date) -> None:
    t = supervisor_term(Appointment(name="李某", kind="department_conduct", appointed_on=appointed))
    assert (t.value.first, t.value.last) == (appointed, last)
    assert t.value.active_on(last)
    assert not t.value.active_on(last + dt.timedelta(days=1))
    assert t.parameters == {"supervision.supervisor_term_months": 12}


@pytest.mark.rule("supervision.supervisor_term")
def test_a_reappointment_on_the_anniversary_does_not_overlap() -> None:
    first = supervisor_term(Appointment(name="李某", kind="cadre_work", appointed_on=DAY)).value
    again = Appointment(name="李某", kind="cadre_work", appointed_on=dt.date(2026, 3, 1))
    second = supervisor_term(again).value
    assert first.last + dt.timedelta(days=1) == second.first
    assert not first.active_on(second.first)


@pytest.mark.rule("supervision.supervisor_term")
@pytest.mark.parametrize("day", [dt.date(9999, 6, 1), dt.date(1900, 1, 1)])
def test_appointment_days_out_of_range_are_validation_errors(day: dt.date) -> None:
    with pytest.raises(ValidationError) as info:
        Appointment(name="李某", kind="cadre_work", appointed_on=day)
    assert info.value.errors()[0]["loc"] == ("appointed_on",)
    with pytest.raises(ValidationError):
        supervisor_term({"name": "李某", "kind": "cadre_work", "appointed_on": day})  # type: ignore[arg-type]


@pytest.mark.rule("supervision.supervisor_term")
@given(st.dates(dt.date(1949, 1, 1), dt.date(2195, 12, 31)), st.integers(1, 60))
def test_a_term_is_exactly_its_months_and_the_next_one_follows_it(
    day: dt.date, months: int
) -> None:
    policy = Policy.default().override({"supervision.supervisor_term_months": months})
    t = supervisor_term(Appointment(name="某", kind="cadre_work", appointed_on=day), policy=policy)
    anniversary = day + relativedelta(months=months)
    assert t.value.first == day
    assert t.value.last == anniversary - dt.timedelta(days=1)  # the day before the anniversary
    assert 28 * months <= (anniversary - day).days <= 31 * months
    # a reappointment on the anniversary starts the next day after the last: no overlap, no gap
    nxt = supervisor_term(
        Appointment(name="某", kind="cadre_work", appointed_on=anniversary), policy=policy
    ).value
    assert nxt.first == t.value.last + dt.timedelta(days=1)


def test_rights_and_duties_are_the_seeds() -> None:
    assert [r.zh for r in SUPERVISOR_RIGHTS] == ["知情权", "评价权", "言论豁免权"]
    assert {"定期保持联系", "定期参加例会", "定期报告情况"} <= {x.zh for x in SUPERVISOR_DUTIES}
