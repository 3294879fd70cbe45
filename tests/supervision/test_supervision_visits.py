"""Half-yearly visits to every township and county unit at deputy-section level or above."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.strategies import supervision_units, unit_visits
from orgwork.supervision import Unit, Visit, visit_coverage

AFTER = dt.date(2026, 1, 1)  # the day after 2025: every period of 2025 is over

UNITS = (
    Unit(id="T01", name="城关镇", kind="township"),
    Unit(id="T02", name="东风乡", kind="township"),
    Unit(id="C01", name="县财政局", kind="county_unit", deputy_section_or_above=True),
    Unit(id="C02", name="县档案馆", kind="county_unit", deputy_section_or_above=False),
)


@pytest.mark.rule("supervision.visit_coverage")
def test_missed_units_per_half_year() -> None:
    visits = [
        Visit(unit="T01", on=dt.date(2025, 3, 12), form="forum"),
        Visit(unit="C01", on=dt.date(2025, 6, 30)),
        Visit(unit="T02", on=dt.date(2025, 7, 1)),
        Visit(unit="C02", on=dt.date(2025, 9, 9)),  # below deputy-section: not required
    ]
    h1, h2 = visit_coverage(UNITS, visits, 2025, on=AFTER)
    assert (h1.subject, h1.outcome) == ("2025-H1", "missed")
    assert h1.value.required == ("T01", "T02", "C01")
    assert h1.value.missed == ("T02",)
    assert h1.value.visited == ("T01", "C01")
    assert (h2.value.first, h2.value.last) == (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    assert h2.value.missed == ("T01", "C01")
    assert any("C02" in r.zh for r in h2.reasons)  # out of scope, said so
    assert h1.parameters == {"supervision.visit_interval_months": 6}


@pytest.mark.rule("supervision.visit_coverage")
def test_a_running_half_year_reports_pending_not_missed() -> None:
    visits = [Visit(unit="T01", on=dt.date(2025, 8, 1)), Visit(unit="T02", on=dt.date(2025, 11, 1))]
    h1, h2 = visit_coverage(UNITS, visits, 2025, on=dt.date(2025, 9, 30))
    assert h1.outcome == "missed"
    assert h1.value.missed == ("T01", "T02", "C01")
    assert h2.outcome == "in_progress"
    assert h2.value.missed == ()
    assert h2.value.pending == ("T02", "C01")


@pytest.mark.rule("supervision.visit_coverage")
def test_quarterly_visits_by_local_policy() -> None:
    policy = Policy.default().override({"supervision.visit_interval_months": 3})
    out = visit_coverage(UNITS, [], 2025, on=AFTER, policy=policy)
    assert [d.subject for d in out] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]


@pytest.mark.rule("supervision.visit_coverage")
def test_record_errors() -> None:
    with pytest.raises(RecordError, match="X99"):
        visit_coverage(UNITS, [Visit(unit="X99", on=dt.date(2025, 1, 5))], 2025, on=AFTER)
    with pytest.raises(RecordError, match="T01"):
        visit_coverage((*UNITS, UNITS[0]), [], 2025, on=AFTER)


@pytest.mark.rule("supervision.visit_coverage")
def test_no_units_is_complete() -> None:
    assert [d.outcome for d in visit_coverage([], [], 2025, on=AFTER)] == [
        "all_visited",
        "all_visited",
    ]


@st.composite
def _scenario(draw: st.DrawFn) -> tuple[tuple[Unit, ...], tuple[Visit, ...], dt.date]:
    units = draw(supervision_units())
    visits = draw(unit_visits(units, 2025))
    on = draw(st.dates(dt.date(2025, 1, 1), dt.date(2026, 1, 31)))
    return units, visits, on


@pytest.mark.rule("supervision.visit_coverage")
@given(_scenario())
def test_every_missed_unit_is_reported_and_no_visited_one(
    scenario: tuple[tuple[Unit, ...], tuple[Visit, ...], dt.date],
) -> None:
    units, visits, on = scenario
    for d in visit_coverage(units, visits, 2025, on=on):
        c = d.value
        made = {v.unit for v in visits if c.first <= v.on <= c.last and v.on <= on}
        in_scope = [u.id for u in units if u.in_scope]
        unvisited = [u for u in in_scope if u not in made]
        assert list(c.missed + c.pending) == unvisited
        assert not set(c.missed) & made
        assert not {u.id for u in units if not u.in_scope} & set(c.missed + c.pending)
        assert set(c.visited) | set(c.missed) | set(c.pending) == set(in_scope)
        assert (c.pending == ()) or not c.ended


@pytest.mark.rule("supervision.visit_coverage")
def test_a_county_unit_of_unknown_rank_is_refused_not_put_in_scope() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="deputy_section_or_above"):
        Unit(id="C09", kind="county_unit")
    with pytest.raises(ValidationError, match="deputy_section_or_above"):
        visit_coverage([{"id": "C09", "kind": "county_unit"}], [], 2025, on=AFTER)  # type: ignore[list-item]
    assert Unit(id="C09", kind="county_unit", deputy_section_or_above=True).in_scope
    assert not Unit(id="C10", kind="county_unit", deputy_section_or_above=False).in_scope
    # every township is in scope (所有的乡镇); its rank need not be given, and cannot deny it
    assert Unit(id="T09", kind="township").in_scope
    with pytest.raises(ValidationError, match="township"):
        Unit(id="T10", kind="township", deputy_section_or_above=False)
