"""Tests that kill the mutants of open_day/_changfeng.py that the other tests left alive."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel, ValidationError

from orgwork.open_day import (
    MeetingStatus,
    OfficeMeeting,
    OpenDay,
    Representative,
    RepresentativeGroup,
    Suggestion,
    contact_files,
    office_meetings,
)

HELD = dt.date(2025, 6, 28)


def _results() -> list[BaseModel]:
    rep = Representative(id="R1", group=RepresentativeGroup.PETITIONER, contact_file_on=HELD)
    files = contact_files(OpenDay(held_on=HELD, representatives=(rep,)), on=HELD).value
    meeting = OfficeMeeting(id="M1", held_on=HELD, suggestions=("A1",))
    follow = office_meetings(HELD, [Suggestion(id="A1", open_day=HELD)], [meeting], on=HELD).value
    assert follow.items[0].status is MeetingStatus.TAKEN_UP
    return [files, meeting, follow, follow.items[0]]


@pytest.mark.rule("open_day.contact_files")
@pytest.mark.rule("open_day.office_meetings")
@pytest.mark.parametrize("index", range(4))
def test_the_records_and_results_are_frozen(index: int) -> None:
    model = _results()[index]
    name = next(iter(type(model).model_fields))
    with pytest.raises(ValidationError, match="frozen"):
        setattr(model, name, getattr(model, name))
