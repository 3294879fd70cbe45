"""Suggestions from an open day: on the spot, or answered within 7 working days; counts."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.calendar import CalendarCoverageError, official_calendar
from orgwork.errors import RecordError
from orgwork.open_day import (
    FEIXI,
    Suggestion,
    SuggestionStatus,
    follow_up_deadline,
    suggestion_counts,
    suggestion_status,
)
from orgwork.policy import Policy
from orgwork.strategies import covered_dates, suggestion_lists, suggestions

CAL = official_calendar()


@pytest.mark.rule("open_day.follow_up_deadline")
def test_seven_working_days_across_national_day_2025() -> None:
    # Fri 2025-09-26 open day, not counted. Sat 09-27 rest; 1: Sun 09-28 (调休上班);
    # 2: Mon 09-29; 3: Tue 09-30; 10-01..10-08 国庆节、中秋节; 4: Thu 10-09; 5: Fri 10-10;
    # 6: Sat 10-11 (调休上班); 7: Mon 10-13.
    d = follow_up_deadline(dt.date(2025, 9, 26))
    assert CAL.working_days_between(dt.date(2025, 9, 26), dt.date(2025, 10, 13)) == 7
    assert d.value == dt.date(2025, 10, 13)
    assert d.parameters == {"open_day.follow_up_working_days": 7}
    assert "不计入" in d.reasons[0].zh


@pytest.mark.rule("open_day.follow_up_deadline")
def test_feixi_preset_states_seven_days() -> None:
    d = follow_up_deadline(dt.date(2024, 2, 8), policy=FEIXI.policy())
    # 02-09 = 1, (春节 02-10..17), 02-18 = 2, 02-19..23 = 3..7
    assert d.value == dt.date(2024, 2, 23)


@pytest.mark.rule("open_day.follow_up_deadline")
def test_past_coverage_raises() -> None:
    with pytest.raises(CalendarCoverageError):
        follow_up_deadline(dt.date(CAL.last_year, 12, 28))


@pytest.mark.rule("open_day.follow_up_deadline")
@given(covered_dates(margin_days=62), st.integers(1, 19), st.integers(1, 10))
def test_deadlines_are_working_days_after_and_monotone(day: dt.date, n: int, extra: int) -> None:
    p = Policy.default().override({"open_day.follow_up_working_days": n})
    q = Policy.default().override({"open_day.follow_up_working_days": n + extra})
    due = follow_up_deadline(day, policy=p).value
    assert due > day
    assert CAL.is_working_day(due)
    assert follow_up_deadline(day, policy=q).value > due


DAY = dt.date(2025, 9, 26)  # due 2025-10-13


@pytest.mark.rule("open_day.suggestion_status")
@pytest.mark.parametrize(
    ("kw", "on", "status"),
    [
        ({"answered_on_spot": True}, DAY, SuggestionStatus.ANSWERED_ON_SPOT),
        ({"assignee": "干部科"}, dt.date(2025, 10, 13), SuggestionStatus.OPEN),
        ({"assignee": "干部科"}, dt.date(2025, 10, 14), SuggestionStatus.OVERDUE),
        (
            {"assignee": "干部科", "answered_on": dt.date(2025, 10, 13)},
            dt.date(2025, 12, 1),
            SuggestionStatus.ANSWERED_ON_TIME,
        ),
        (
            {"assignee": "干部科", "answered_on": dt.date(2025, 10, 14)},
            dt.date(2025, 12, 1),
            SuggestionStatus.ANSWERED_LATE,
        ),
    ],
)
def test_status(kw: dict[str, object], on: dt.date, status: SuggestionStatus) -> None:
    s = Suggestion.model_validate({"id": "S1", "open_day": DAY, **kw})
    d = suggestion_status(s, on=on)
    assert d.value.status is status
    assert d.outcome == status.value
    assert d.value.due == (
        None if status is SuggestionStatus.ANSWERED_ON_SPOT else dt.date(2025, 10, 13)
    )


@pytest.mark.rule("open_day.suggestion_status")
def test_unassigned_suggestions_are_reported() -> None:
    d = suggestion_status(Suggestion(id="S1", open_day=DAY), on=dt.date(2025, 10, 1))
    assert d.value.assigned is False
    assert any("指定专人" in r.zh for r in d.reasons)


@pytest.mark.rule("open_day.suggestion_status")
def test_bad_input() -> None:
    with pytest.raises(ValidationError, match="answered_on"):
        Suggestion(id="S1", open_day=DAY, answered_on=dt.date(2025, 9, 1))
    with pytest.raises(ValidationError):
        Suggestion(id="S1", open_day=DAY, answered_on_spot=True, answered_on=dt.date(2025, 10, 1))
    with pytest.raises(RecordError):
        suggestion_status(Suggestion(id="S1", open_day=DAY), on=dt.date(2025, 9, 1))


@pytest.mark.rule("open_day.suggestion_status")
def test_on_the_spot_answers_need_no_calendar() -> None:
    # 2003 is outside the calendar; a suggestion settled on the spot has no deadline to count.
    s = Suggestion(id="S1", open_day=dt.date(2003, 5, 1), answered_on_spot=True)
    assert suggestion_status(s, on=dt.date(2003, 5, 1)).outcome == "answered_on_spot"


@pytest.mark.rule("open_day.suggestion_status")
@given(suggestions(), st.integers(0, 60))
def test_status_agrees_with_the_deadline(s: Suggestion, offset: int) -> None:
    on = s.open_day + dt.timedelta(days=offset)
    v = suggestion_status(s, on=on).value
    if s.answered_on_spot:
        assert v.status is SuggestionStatus.ANSWERED_ON_SPOT
        assert v.due is None
        return
    due = follow_up_deadline(s.open_day).value
    answered = s.answered_on is not None and s.answered_on <= on
    assert v.due == due
    assert (v.status in (SuggestionStatus.OPEN, SuggestionStatus.OVERDUE)) == (not answered)
    assert (v.status is SuggestionStatus.OVERDUE) == (not answered and on > due)


def _batch(collected: int, adopted: int, day: dt.date) -> list[Suggestion]:
    return [
        Suggestion(id=f"S{i:03d}", open_day=day, answered_on_spot=True, adopted=i < adopted)
        for i in range(collected)
    ]


@pytest.mark.rule("open_day.suggestion_counts")
@pytest.mark.parametrize(
    ("place", "collected", "adopted", "rate"),
    [
        # 肥东县: 共收集各类意见建议17条,其中……2条建议被采纳
        ("肥东县", 17, 2, Fraction(2, 17)),
        # 巢湖市: 18名代表提出意见建议49条……吸收采纳意见建议14条
        ("巢湖市", 49, 14, Fraction(2, 7)),
        # 包河区: 广泛征询干部群众意见建议280条,采纳了……37条合理化建议
        ("包河区", 280, 37, Fraction(37, 280)),
    ],
)
def test_seed_counts(place: str, collected: int, adopted: int, rate: Fraction) -> None:
    d = suggestion_counts(_batch(collected, adopted, dt.date(2013, 6, 1)), on=dt.date(2013, 9, 10))
    v = d.value
    assert (v.collected, v.adopted, v.adoption_rate) == (collected, adopted, rate)
    assert v.answered == v.answered_on_spot == collected
    assert v.on_time_rate == 1
    assert f"{collected}" in d.headline.zh
    assert f"采纳{adopted}条" in d.headline.zh


@pytest.mark.rule("open_day.suggestion_counts")
def test_mixed_counts_and_empty() -> None:
    ss = [
        Suggestion(id="A", open_day=DAY, answered_on_spot=True, adopted=True),
        Suggestion(id="B", open_day=DAY, assignee="干部科", answered_on=dt.date(2025, 10, 10)),
        Suggestion(id="C", open_day=DAY, assignee="组织科"),
        Suggestion(id="D", open_day=DAY),
    ]
    v = suggestion_counts(ss, on=dt.date(2025, 10, 20)).value
    assert (v.collected, v.adopted, v.answered, v.overdue) == (4, 1, 2, 2)
    assert v.overdue_suggestions == ("C", "D")
    assert v.unassigned == ("D",)
    assert v.on_time_rate == Fraction(1, 2)
    empty = suggestion_counts([], on=dt.date(2025, 10, 20))
    assert empty.value.adoption_rate is None
    assert empty.value.on_time_rate is None
    assert empty.outcome == "none_due"
    with pytest.raises(RecordError):
        suggestion_counts([ss[0], ss[0]], on=dt.date(2025, 10, 20))


@pytest.mark.rule("open_day.suggestion_counts")
@given(suggestion_lists(), st.integers(0, 400))
def test_counts_add_up(ss: tuple[Suggestion, ...], offset: int) -> None:
    on = min((s.open_day for s in ss), default=dt.date(2025, 1, 1)) + dt.timedelta(days=offset)
    v = suggestion_counts(ss, on=on).value
    assert v.collected == len([s for s in ss if s.open_day <= on])
    assert v.collected == v.answered + v.open + v.overdue
    assert v.answered == v.answered_on_spot + v.answered_on_time + v.answered_late
    assert v.adopted <= v.collected
    if v.collected:
        assert v.adoption_rate == Fraction(v.adopted, v.collected)
    else:
        assert v.adoption_rate is None


@pytest.mark.rule("open_day.suggestion_counts")
def test_a_late_answer_is_reported_late_not_in_order() -> None:
    s = Suggestion(id="S1", open_day=DAY, assignee="干部科", answered_on=dt.date(2025, 10, 14))
    d = suggestion_counts([s], on=dt.date(2025, 10, 20))
    assert (d.value.answered_late, d.value.on_time_rate) == (1, 0)
    assert d.outcome == "late"
    assert d.value.late_suggestions == ("S1",)
    assert suggestion_counts([], on=DAY).outcome == "none_due"
    spot = Suggestion(id="S2", open_day=DAY, answered_on_spot=True)
    assert suggestion_counts([spot], on=DAY).outcome == "on_time"


@pytest.mark.rule("open_day.suggestion_counts")
@pytest.mark.rule("supervision.case_summary")
@given(
    st.lists(
        st.tuples(
            covered_dates(margin_days=62),
            st.none() | st.integers(0, 40),
        ),
        max_size=8,
    ),
    st.integers(0, 90),
    st.integers(1, 20),
)
def test_the_same_facts_read_the_same_in_both_trackers(
    facts: list[tuple[dt.date, int | None]], offset: int, n: int
) -> None:
    """A letter and an open-day suggestion with the same dates and limit: same status, rate, outcome."""
    from orgwork.supervision import Case, case_status, case_summary

    policy = Policy.default().override(
        {"open_day.follow_up_working_days": n, "supervision.reply_working_days": n}
    )
    on = max((day for day, _ in facts), default=DAY) + dt.timedelta(days=offset)
    cases, suggestions = [], []
    for i, (day, after) in enumerate(facts):
        answered = None if after is None else day + dt.timedelta(days=after)
        cases.append(Case(id=f"X{i}", received_on=day, replied_on=answered))
        suggestions.append(
            Suggestion(id=f"X{i}", open_day=day, assignee="干部科", answered_on=answered)
        )
    for c, s in zip(cases, suggestions, strict=True):
        cs = case_status(c, on=on, policy=policy).value
        ss = suggestion_status(s, on=on, policy=policy).value
        assert (cs.status.value, cs.due) == (ss.status.value, ss.due)
    (summary,) = case_summary(cases, on=on, policy=policy)
    counts = suggestion_counts(suggestions, on=on, policy=policy)
    assert summary.outcome == counts.outcome
    assert summary.value.on_time_rate == counts.value.on_time_rate
    assert summary.value.overdue_cases == counts.value.overdue_suggestions
    assert summary.value.late_cases == counts.value.late_suggestions
