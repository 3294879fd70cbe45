"""谈心谈话 (003): which talks are due, held or overdue."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import CadreEvent, Talk, TalkTrigger, talks_due
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import cadre_events, talks

RULE = "cadres.talks"
D = dt.date


@pytest.mark.rule("cadres.talks")
def test_the_five_occasions_of_the_seed() -> None:
    # 003: 在干部集中调整的时候、在干部取得优异成绩或遇到重大挫折的时候、
    # 在干部家庭发生变故或思想上存在疙瘩的时候
    assert [t.zh for t in TalkTrigger] == [
        "干部集中调整",
        "取得优异成绩",
        "遇到重大挫折",
        "家庭发生变故",
        "思想上存在疙瘩",
    ]
    events = [CadreEvent(cadre="C01", trigger=t, on=D(2011, 5, 1)) for t in TalkTrigger]
    ds = talks_due(events, on=D(2011, 5, 2))
    assert [d.value.trigger for d in ds] == list(TalkTrigger)
    assert {d.outcome for d in ds} == {"due"}


#: The five occasions, one row each: the occasion in the seed's words, and its trigger.
OCCASIONS = [
    ("在干部集中调整的时候", TalkTrigger.COLLECTIVE_ADJUSTMENT),
    ("在干部取得优异成绩", TalkTrigger.OUTSTANDING_ACHIEVEMENT),
    ("遇到重大挫折的时候", TalkTrigger.MAJOR_SETBACK),
    ("在干部家庭发生变故", TalkTrigger.FAMILY_MISFORTUNE),
    ("思想上存在疙瘩的时候", TalkTrigger.IDEOLOGICAL_KNOT),
]


@pytest.mark.rule("cadres.talks")
@pytest.mark.parametrize(("occasion", "trigger"), OCCASIONS)
def test_each_occasion_calls_for_a_talk_by_the_leadership(
    occasion: str, trigger: TalkTrigger
) -> None:
    assert occasion in get("cadres.talks").source.quote
    event = CadreEvent(cadre="C01", trigger=trigger, on=D(2011, 5, 1))
    (due,) = talks_due([event], on=D(2011, 5, 2))
    assert due.outcome == "due"
    assert trigger.zh in due.reasons[0].zh
    by_leader = Talk(cadre="C01", on=D(2011, 5, 2), by="部长")
    (held,) = talks_due([event], on=D(2011, 5, 2), talks=[by_leader])
    assert held.outcome == "held"


@pytest.mark.rule("cadres.talks")
def test_held_due_and_not_by_the_leadership() -> None:
    events = [
        CadreEvent(cadre="C01", trigger="collective_adjustment", on=D(2011, 3, 1)),
        CadreEvent(cadre="C02", trigger="collective_adjustment", on=D(2011, 3, 1)),
        CadreEvent(cadre="C03", trigger="major_setback", on=D(2011, 3, 10)),
    ]
    held = [
        Talk(cadre="C01", on=D(2011, 3, 3), by="副部长"),
        Talk(cadre="C03", on=D(2011, 3, 12), by="科长", by_department_leadership=False),
    ]
    ds = talks_due(events, on=D(2011, 4, 1), talks=held)
    assert [(d.value.cadre, d.outcome) for d in ds] == [
        ("C01", "held"),
        ("C02", "due"),
        ("C03", "due"),
    ]
    assert ds[0].value.held_by == "副部长"
    assert any("不是部领导班子成员" in r.zh for r in ds[2].reasons)
    assert ds[1].value.due_by is None  # the seed sets no deadline


@pytest.mark.rule("cadres.talks")
def test_a_talk_before_the_event_does_not_answer_it() -> None:
    ev = CadreEvent(cadre="C01", trigger="outstanding_achievement", on=D(2011, 6, 1))
    early = Talk(cadre="C01", on=D(2011, 5, 31), by="部长")
    assert talks_due([ev], on=D(2011, 7, 1), talks=[early])[0].outcome == "due"
    same_day = Talk(cadre="C01", on=D(2011, 6, 1), by="部长")
    assert talks_due([ev], on=D(2011, 7, 1), talks=[same_day])[0].outcome == "held"
    # a talk after the day of the check has not happened yet
    later = Talk(cadre="C01", on=D(2011, 7, 2), by="部长")
    assert talks_due([ev], on=D(2011, 7, 1), talks=[later])[0].outcome == "due"


@pytest.mark.rule("cadres.talks")
def test_a_local_deadline_makes_talks_overdue() -> None:
    p = Policy.default().override({"cadres.talk_deadline_days": 10})
    ev = CadreEvent(cadre="C01", trigger="family_misfortune", on=D(2011, 3, 1))
    on_time = talks_due([ev], on=D(2011, 3, 11), policy=p)[0]
    assert (on_time.outcome, on_time.value.due_by) == ("due", D(2011, 3, 11))
    assert talks_due([ev], on=D(2011, 3, 12), policy=p)[0].outcome == "overdue"
    late = talks_due(
        [ev], on=D(2011, 4, 1), talks=[Talk(cadre="C01", on=D(2011, 3, 20), by="部长")], policy=p
    )[0]
    assert late.outcome == "held_late"
    assert late.parameters == {"cadres.talk_deadline_days": 10}


@pytest.mark.rule("cadres.talks")
def test_future_events_are_left_out_and_empty_input() -> None:
    ev = CadreEvent(cadre="C01", trigger="ideological_knot", on=D(2012, 1, 1))
    assert talks_due([ev], on=D(2011, 12, 31)) == ()
    assert talks_due([], on=D(2011, 12, 31)) == ()


@pytest.mark.rule("cadres.talks")
@given(
    st.lists(cadre_events(), max_size=12, unique_by=lambda e: (e.cadre, e.on, e.trigger)),
    st.lists(talks(), max_size=8),
    st.dates(D(2010, 1, 1), D(2013, 6, 30)),
    st.none() | st.integers(0, 60),
)
def test_one_decision_per_past_event_in_order(
    events: list[CadreEvent], held: list[Talk], on: dt.date, deadline: int | None
) -> None:
    p = Policy.default().override({"cadres.talk_deadline_days": deadline})
    ds = talks_due(events, on=on, talks=held, policy=p)
    past = [e for e in events if e.on <= on]
    assert len(ds) == len(past)
    keys = [(d.value.event_on, d.value.cadre, list(TalkTrigger).index(d.value.trigger)) for d in ds]
    assert keys == sorted(keys)
    for d in ds:
        v = d.value
        answering = [
            t
            for t in held
            if t.cadre == v.cadre and v.event_on <= t.on <= on and t.by_department_leadership
        ]
        assert (v.held_on is not None) is bool(answering)
        if answering:
            assert v.held_on == min(t.on for t in answering)
        if deadline is None:
            assert d.outcome in ("held", "due")
        else:
            assert v.due_by == v.event_on + dt.timedelta(days=deadline)
            if d.outcome == "overdue":
                assert on > v.due_by
                assert v.held_on is None


@pytest.mark.rule("cadres.talks")
def test_a_midnight_datetime_is_its_date_and_a_time_of_day_is_refused() -> None:
    ev = CadreEvent(cadre="c", trigger="major_setback", on=D(2025, 1, 1))
    assert talks_due([ev], on=dt.datetime(2025, 6, 30)) == talks_due([ev], on=D(2025, 6, 30))
    with pytest.raises(ValidationError) as info:
        talks_due([ev], on=dt.datetime(2025, 6, 30, 12))
    assert info.value.errors()[0]["loc"] == ("on",)


@pytest.mark.rule("cadres.talks")
def test_each_event_keeps_the_deadline_in_force_on_its_own_day() -> None:
    # A locality sets a 30-day limit from 2011-06-01 and shortens it to 10 days from 2012:
    # an event keeps the limit in force when it happened, whatever the day of the check.
    p = (
        Policy.default()
        .with_change(D(2011, 6, 1), {"cadres.talk_deadline_days": 30})
        .with_change(D(2012, 1, 1), {"cadres.talk_deadline_days": 10})
    )
    events = [
        CadreEvent(cadre="C01", trigger="major_setback", on=D(2011, 3, 1)),
        CadreEvent(cadre="C02", trigger="major_setback", on=D(2011, 12, 1)),
        CadreEvent(cadre="C03", trigger="major_setback", on=D(2012, 2, 1)),
    ]
    ds = talks_due(events, on=D(2012, 6, 30), policy=p)
    assert [(d.value.due_by, d.outcome) for d in ds] == [
        (None, "due"),  # no limit in force on 2011-03-01: never overdue
        (D(2011, 12, 31), "overdue"),
        (D(2012, 2, 11), "overdue"),
    ]
    assert [d.parameters["cadres.talk_deadline_days"] for d in ds] == [None, 30, 10]


@pytest.mark.rule("cadres.talks")
def test_a_bare_string_of_events_or_talks_is_a_record_error() -> None:
    from orgwork.errors import RecordError

    ev = CadreEvent(cadre="c", trigger="major_setback", on=D(2025, 1, 1))
    with pytest.raises(RecordError, match="single string"):
        talks_due("c", on=D(2025, 6, 30))  # type: ignore[arg-type]
    with pytest.raises(RecordError, match="single string"):
        talks_due([ev], on=D(2025, 6, 30), talks="c")  # type: ignore[arg-type]
    assert talks_due([ev], on=D(2025, 6, 30))[0].outcome == "due"


@pytest.mark.rule("cadres.talks")
def test_one_decision_per_subject_even_for_two_events_of_one_cadre() -> None:
    events = [
        CadreEvent(cadre="郑某", trigger="collective_adjustment", on=D(2025, 3, 10)),
        CadreEvent(cadre="郑某", trigger="ideological_knot", on=D(2025, 12, 10)),
    ]
    ds = talks_due(events, on=D(2025, 12, 31))
    assert [d.subject for d in ds] == [
        "郑某:2025-03-10:collective_adjustment",
        "郑某:2025-12-10:ideological_knot",
    ]
    assert [d.value.cadre for d in ds] == ["郑某", "郑某"]
    from orgwork.errors import RecordError

    with pytest.raises(RecordError, match="郑某:2025-03-10:collective_adjustment"):
        talks_due([events[0], events[0]], on=D(2025, 12, 31))
