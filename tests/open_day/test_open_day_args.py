"""Arguments are read by the core checks (orgwork._args), the same way in every domain."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.open_day import OpenDay, Representative, Suggestion, check_plan, suggestion_counts

DAY = dt.date(2025, 9, 26)


@pytest.mark.rule("open_day.suggestion_counts")
def test_a_bare_string_of_suggestions_is_refused() -> None:
    with pytest.raises(RecordError, match="single string"):
        suggestion_counts("S1", on=DAY)  # type: ignore[arg-type]


@pytest.mark.rule("open_day.suggestion_counts")
def test_duplicate_suggestions_are_named_by_the_shared_check() -> None:
    s = Suggestion(id="S1", open_day=DAY, answered_on_spot=True)
    with pytest.raises(RecordError, match="suggestion listed more than once: S1"):
        suggestion_counts([s, s], on=DAY)


@pytest.mark.rule("open_day.check_plan")
def test_duplicate_representatives_are_named() -> None:
    r = Representative(id="R1", group="public")
    with pytest.raises(ValidationError, match="representative listed more than once: R1"):
        OpenDay(held_on=DAY, representatives=(r, r))
    plan = {"year": 2025, "days": [{"held_on": DAY, "representatives": [r, r]}]}
    with pytest.raises(ValidationError, match="representative listed more than once: R1"):
        check_plan(plan)  # type: ignore[arg-type]


def test_the_package_keeps_only_its_own_helpers() -> None:
    from orgwork.open_day import _common

    assert sorted(_common.__all__) == ["S004", "fits_count"]


@pytest.mark.parametrize("name", ["suggestion_status", "suggestion_counts"])
def test_the_day_a_rule_is_applied_is_a_required_keyword_on(name: str) -> None:
    import inspect

    import orgwork.open_day as od

    params = inspect.signature(getattr(od, name)).parameters
    assert params["on"].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["on"].default is inspect.Parameter.empty
    assert "as_of" not in params


def test_values_record_the_day_as_on() -> None:
    from orgwork.open_day import SuggestionCounts, SuggestionState

    for model in (SuggestionState, SuggestionCounts):
        assert "on" in model.model_fields
        assert "as_of" not in model.model_fields
