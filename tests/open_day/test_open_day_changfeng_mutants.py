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
from orgwork.policy import Policy

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


def _loc(info: pytest.ExceptionInfo[ValidationError]) -> tuple[object, ...]:
    return tuple(info.value.errors()[0]["loc"])


@pytest.mark.rule("open_day.contact_files")
def test_contact_file_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        contact_files("2025-06-28", on=HELD)  # type: ignore[arg-type]
    assert _loc(info)[0] == "open_day"
    with pytest.raises(ValidationError) as info:
        contact_files(OpenDay(held_on=HELD), on="someday")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)
    # a dict is read as the open day it describes
    assert contact_files({"held_on": HELD}, on=HELD).outcome == "empty"  # type: ignore[arg-type]


@pytest.mark.rule("open_day.office_meetings")
def test_meeting_errors_name_their_argument() -> None:
    with pytest.raises(ValidationError) as info:
        office_meetings("x", [], [], on=HELD)  # type: ignore[arg-type]
    assert _loc(info) == ("held_on",)
    with pytest.raises(ValidationError) as info:
        office_meetings(HELD, [], [], on="x")  # type: ignore[arg-type]
    assert _loc(info) == ("on",)
    with pytest.raises(TypeError, match=r"^suggestions must be a collection of Suggestion"):
        office_meetings(HELD, 5, [], on=HELD)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^meetings must be a collection of OfficeMeeting"):
        office_meetings(HELD, [], 5, on=HELD)  # type: ignore[arg-type]


@pytest.mark.rule("open_day.office_meetings")
def test_a_meeting_naming_another_open_day_s_suggestion_first_still_counts_ours() -> None:
    other = dt.date(2025, 5, 30)
    ss = [Suggestion(id="B1", open_day=other), Suggestion(id="A1", open_day=HELD)]
    m = OfficeMeeting(id="M1", held_on=dt.date(2025, 7, 8), suggestions=("B1", "A1"))
    d = office_meetings(HELD, ss, [m], on=dt.date(2025, 7, 31))
    assert (d.outcome, d.value.taken_up) == ("complete", ("A1",))


@pytest.mark.rule("open_day.office_meetings")
def test_the_headline_counts_the_late_ones_when_late_is_the_worst() -> None:
    ss = [Suggestion(id=f"A{i}", open_day=HELD) for i in (1, 2, 3)]
    meetings = [
        OfficeMeeting(id="M1", held_on=dt.date(2025, 7, 8), suggestions=("A1",)),
        OfficeMeeting(id="M2", held_on=dt.date(2025, 8, 30), suggestions=("A2", "A3")),
    ]
    p = Policy.default().override({"open_day.office_meeting_days": 30})
    d = office_meetings(HELD, ss, meetings, on=dt.date(2025, 9, 30), policy=p)
    assert (d.outcome, d.value.late, d.value.pending) == ("late", ("A2", "A3"), ())
    assert d.headline.zh == "2025年6月28日开放日意见建议经部长办公会落实:2条逾期提交"
    assert (
        d.headline.en == "Suggestions of the 2025-06-28 open day at the 部长办公会: 2 taken up late"
    )
