"""The shared argument checks."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from pydantic import BaseModel, ValidationError

from orgwork._args import as_date, as_models, as_year, check_unique, periods, two_places
from orgwork.errors import RecordError


class _Item(BaseModel):
    id: str


def test_as_date_accepts_dates_and_midnight_datetimes() -> None:
    assert as_date(dt.date(2025, 1, 2), "on") == dt.date(2025, 1, 2)
    assert as_date(dt.datetime(2025, 1, 2), "on") == dt.date(2025, 1, 2)
    with pytest.raises(ValidationError, match="on"):
        as_date(dt.datetime(2025, 1, 2, 9, 30), "on")
    with pytest.raises(ValidationError, match="on"):
        as_date("not a date", "on")


def test_as_year_bounds() -> None:
    assert as_year(2025) == 2025
    for bad in (1800, 3000, True, "2025"):
        with pytest.raises(ValidationError):
            as_year(bad)


def test_as_models_refuses_a_bare_string_and_names_the_index() -> None:
    with pytest.raises(RecordError):
        as_models(_Item, "abc")
    with pytest.raises(ValidationError, match="1"):
        as_models(_Item, [{"id": "a"}, {"nope": 1}])


def test_check_unique_names_every_duplicate() -> None:
    check_unique(["a", "b"], "unit")
    with pytest.raises(RecordError, match="a, b"):
        check_unique(["a", "b", "a", "b", "c"], "unit")


def test_two_places_rejects_huge_and_fine_values() -> None:
    assert two_places(Decimal("1.25")) == Decimal("1.25")
    with pytest.raises(ValueError, match="two decimal places"):
        two_places(Decimal("1.255"))
    with pytest.raises(ValueError, match="two decimal places"):
        two_places(Decimal("1e40"))


def test_periods_cover_the_year_without_overlap() -> None:
    for months in (1, 2, 3, 4, 6, 12):
        ps = periods(2024, months)
        assert ps[0][1] == dt.date(2024, 1, 1)
        assert ps[-1][2] == dt.date(2024, 12, 31)
        for (_, _, last), (_, first, _) in itertools.pairwise(ps):
            assert first - last == dt.timedelta(days=1)
    with pytest.raises(ValueError, match="divide"):
        periods(2024, 5)
