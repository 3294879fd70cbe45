"""Outputs never depend on the order of the input (issue 14: a silent wrong answer).

A rule that takes a collection documents the order of its result (by id, by
rank, by date); it must give the same result, decision for decision, for any
order of the same input. Each case below draws valid input from
``orgwork.strategies``, decides it, shuffles it, decides again and compares.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.assessment import annual_totals, rank, salary_eligibility
from orgwork.care import check_care
from orgwork.open_day import suggestion_counts
from orgwork.supervision import case_summary

ON = dt.date(2025, 12, 31)


def _same_for_any_order(
    decide: Callable[[list[Any]], object], items: Sequence[Any], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(list(items)), label="shuffled")
    assert decide(list(shuffled)) == decide(list(items))


CASES: dict[str, tuple[st.SearchStrategy[Any], Callable[[list[Any]], object]]] = {
    "open_day.suggestion_counts": (
        ows.suggestion_lists(),
        lambda ss: suggestion_counts(ss, on=ON),
    ),
    "supervision.case_summary (all)": (ows.case_lists(), lambda cs: case_summary(cs, on=ON)),
    "supervision.case_summary (by handler)": (
        ows.case_lists(),
        lambda cs: case_summary(cs, on=ON, by="handler"),
    ),
    "supervision.case_summary (by month)": (
        ows.case_lists(),
        lambda cs: case_summary(cs, on=ON, by="month"),
    ),
    "assessment.annual_total": (ows.score_years(), annual_totals),
    "assessment.rank": (ows.score_years(), lambda ss: rank(annual_totals(ss))),
    "assessment.top_n_salary": (
        ows.score_years(),
        lambda ss: salary_eligibility(annual_totals(ss)),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
@given(data=st.data())
def test_the_result_does_not_depend_on_the_input_order(case: str, data: st.DataObject) -> None:
    strategy, decide = CASES[case]
    _same_for_any_order(decide, data.draw(strategy, label="input"), data)


@given(data=st.data())
def test_missed_care_duties_do_not_depend_on_the_order_of_members_or_visits(
    data: st.DataObject,
) -> None:
    records = data.draw(ows.care_records(year=2025))
    members, organizations = list(records.members), list(records.organizations)
    visits = list(records.visits)
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    first = check_care(members, visits, start, end, organizations=organizations)
    again = check_care(
        data.draw(st.permutations(members)),
        data.draw(st.permutations(visits)),
        start,
        end,
        organizations=data.draw(st.permutations(organizations)),
    )
    assert again == first


def test_unassigned_suggestions_are_listed_by_id_whatever_the_order() -> None:
    """The case the audit found: the unassigned list followed the input order."""
    from orgwork.open_day import Suggestion

    ss = [
        Suggestion(id=i, open_day=dt.date(2025, 6, 1), assignee=None, answered_on_spot=False)
        for i in ("S3", "S1", "S2")
    ]
    counts = suggestion_counts(ss, on=dt.date(2025, 6, 2)).value
    assert counts.unassigned == ("S1", "S2", "S3")


#: Functions whose input order is their meaning: they join or list what they are given, in order.
ORDERED = {
    "orgwork.decision.joined",
    "orgwork.decision.listed",
    "orgwork.decision.explain_all",
    # a table of the cases given, one row a case, in their order (a conversion, not a rule)
    "orgwork.supervision.tables.cases_table",
    # the members, stays, visits given as tables, one row each, in their order
    "orgwork.care.tables.tables_of",
}


def _collection_parameters(fn: Callable[..., Any]) -> list[str]:
    from test_fuzz import _hints

    return [
        p
        for p, tp in _hints(fn).items()
        if any(k in str(tp) for k in ("Iterable", "Sequence", "tuple[", "list["))
    ]


def _shuffled_targets() -> list[str]:
    from test_fuzz import TARGETS

    return [n for n, fn in TARGETS.items() if n not in ORDERED and _collection_parameters(fn)]


def test_the_shuffle_reaches_the_collection_functions() -> None:
    assert len(_shuffled_targets()) >= 30


@pytest.mark.parametrize("name", _shuffled_targets())
def test_every_public_function_gives_the_same_answer_for_any_order(name: str) -> None:
    """Every public function and rule that takes collections, on plausible input, shuffled."""
    from hypothesis import HealthCheck, settings

    from test_fuzz import TARGETS, _arguments

    fn = TARGETS[name]
    collections = _collection_parameters(fn)

    @settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
    )
    @given(_arguments(fn, hostile_one=False), st.randoms(use_true_random=False))
    def run(kwargs: dict[str, Any], rnd: Any) -> None:
        try:
            first = fn(**kwargs)
        except Exception:
            return
        again = dict(kwargs)
        for p in collections:
            value = again.get(p)
            if isinstance(value, list | tuple) and len(value) > 1:
                items = list(value)
                rnd.shuffle(items)
                again[p] = type(value)(items)
        assert fn(**again) == first

    run()
