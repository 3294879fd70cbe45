"""The records strategies draw every sheet: each field of a family's records is sometimes filled.

A sheet added to a family's records but not to its strategy would never be
written, read back or fuzzed by the tests built on ``orgwork.strategies``
(the round trips of tests/records, the report's fuzz tests). For every field
of [`SelectionRecords`][orgwork.records.SelectionRecords] and
[`MembershipRecords`][orgwork.records.MembershipRecords] the strategy must
draw, in some example, a value other than the field's default (a non-empty
collection, a value where None is the default, a review day other than
31 December).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from pydantic import BaseModel

from orgwork import strategies as ows
from orgwork.records import MembershipRecords, SelectionRecords
from orgwork.records._base import marker

FAMILIES: dict[type[BaseModel], Any] = {
    SelectionRecords: ows.selection_records,
    MembershipRecords: ows.membership_records,
}

#: Fields the records inherit from the whole records (the strategy's arguments), not drawn.
_OWN = {"year"}

#: Enough examples that a field filled in one example of three is missed with odds of
#: about 1 in 10⁷ (the draws are derandomized: the same examples every run).
_COLLECT = settings(
    database=None,
    derandomize=True,
    phases=[Phase.generate],
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def _unlike_default(
    model: type[BaseModel], name: str, record: SelectionRecords | MembershipRecords
) -> bool:
    info = model.model_fields[name]
    value = getattr(record, name)
    if marker(info.json_schema_extra) == "review_day":
        return bool(value != dt.date(record.year, 12, 31))
    return bool(value != info.get_default(call_default_factory=True))


@pytest.mark.parametrize("model", list(FAMILIES), ids=lambda m: m.__name__)
def test_every_field_is_sometimes_drawn(model: type[BaseModel]) -> None:
    fields = [name for name in model.model_fields if name not in _OWN]
    seen: set[str] = set()

    @_COLLECT
    @given(FAMILIES[model](year=2025))
    def collect(record: SelectionRecords | MembershipRecords) -> None:
        assert type(record) is model
        seen.update(name for name in fields if _unlike_default(model, name, record))

    collect()
    assert [name for name in fields if name not in seen] == []
