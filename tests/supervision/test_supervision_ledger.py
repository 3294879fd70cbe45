"""The rectification ledger: append-only, closed only after the seed's whole sequence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.strategies import rectification_ledgers
from orgwork.supervision import (
    LedgerItem,
    RectificationLedger,
    closing_check,
    ledger_summary,
    overdue_items,
)

d = dt.date


def _ledger() -> RectificationLedger:
    """The seed's sequence: classified, assigned, deadline, result published."""
    return (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="干部选拔", description="公示期太短", round="R1")
        .open("Q2", on=d(2025, 6, 20), category="作风建设", description="接待不热情", round="R1")
        .assign("Q1", "干部科长", on=d(2025, 6, 23))
        .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 23))
        .assign("Q2", "办公室主任", on=d(2025, 6, 23))
        .set_deadline("Q2", d(2025, 8, 31), on=d(2025, 6, 23))
        .publish_result("Q1", "公示期延长至7个工作日", on=d(2025, 9, 1))
    )


@pytest.mark.rule("supervision.rectification_closing")
def test_closing_needs_a_recorded_satisfaction() -> None:
    ledger = _ledger()
    check = closing_check(ledger, "Q1", on=d(2025, 9, 2))
    assert check.value is False
    assert check.outcome == "not_closable"
    assert any("满意" in r.zh for r in check.reasons)
    with pytest.raises(RecordError, match="satisf"):
        ledger.close("Q1", on=d(2025, 9, 2))
    # raised again at the next evaluation; not satisfied yet: still not closable
    ledger = ledger.raise_open_items(round="R2", on=d(2025, 12, 18))
    ledger = ledger.record_satisfaction(
        "Q1", satisfied=False, basis="测评满意率58%", round="R2", on=d(2025, 12, 18)
    )
    with pytest.raises(RecordError):
        ledger.close("Q1", on=d(2025, 12, 19))
    # raised again at the next round after that, and satisfied there
    ledger = ledger.raise_again("Q1", round="R3", on=d(2026, 6, 19)).record_satisfaction(
        "Q1", satisfied=True, basis="测评满意率90%", round="R3", on=d(2026, 6, 19)
    )
    assert closing_check(ledger, "Q1", on=d(2026, 6, 20)).value is True
    closed = ledger.close("Q1", on=d(2026, 6, 20))
    assert closed.item("Q1").closed_on == d(2026, 6, 20)
    assert closed.item("Q1").raised_at == ("R2", "R3")
    assert ledger.item("Q1").closed_on is None  # the old ledger is unchanged
    with pytest.raises(RecordError, match="closed"):
        closed.assign("Q1", "某人", on=d(2026, 7, 1))


@pytest.mark.rule("supervision.rectification_closing")
def test_closing_needs_a_published_result_unless_the_locality_waives_it() -> None:
    ledger = _ledger().record_satisfaction("Q2", satisfied=True, basis="测评", on=d(2025, 12, 18))
    with pytest.raises(RecordError, match="result"):
        ledger.close("Q2", on=d(2025, 12, 19))
    waived = Policy.default().override(
        {
            "supervision.close_requires_published_result": False,
            "supervision.close_requires_next_round": False,
        }
    )
    assert closing_check(ledger, "Q2", on=d(2025, 12, 19), policy=waived).value is True
    assert ledger.close("Q2", on=d(2025, 12, 19), policy=waived).item("Q2").is_closed


@pytest.mark.rule("supervision.rectification_closing")
def test_a_forged_history_closing_without_satisfaction_is_rejected() -> None:
    ledger = RectificationLedger().open("Q1", on=d(2025, 1, 1), category="作风")
    data = ledger.model_dump(mode="json")
    data["history"].append({"seq": 2, "item": "Q1", "on": "2025-02-01", "kind": "closed"})
    assert closing_check(ledger, "Q1", on=d(2025, 2, 1)).value is False
    with pytest.raises(ValidationError, match="satisfaction"):
        RectificationLedger.model_validate(data)


@pytest.mark.rule("supervision.rectification_closing")
def test_events_out_of_order_and_unknown_items_are_record_errors() -> None:
    ledger = _ledger()
    with pytest.raises(RecordError, match="date order"):
        ledger.assign("Q1", "某人", on=d(2025, 6, 1))
    with pytest.raises(RecordError, match="no item"):
        ledger.assign("Q9", "某人", on=d(2025, 7, 1))
    with pytest.raises(RecordError, match="already"):
        ledger.open("Q1", on=d(2025, 7, 1), category="作风")
    with pytest.raises(RecordError):
        closing_check(ledger, "Q9", on=d(2025, 7, 1))


@pytest.mark.rule("supervision.rectification_closing")
def test_ledger_round_trips_through_json() -> None:
    ledger = _ledger().raise_open_items(round="R2", on=d(2025, 12, 18))
    again = RectificationLedger.model_validate_json(ledger.model_dump_json())
    assert again == ledger
    assert again.items == ledger.items
    for i in ledger.items:  # the same answers read back
        on = d(2025, 12, 19)
        assert closing_check(again, i.id, on=on) == closing_check(ledger, i.id, on=on)


_OPS = st.sampled_from(["open", "assign", "deadline", "publish", "raise", "satisfied", "close"])


@pytest.mark.rule("supervision.rectification_closing")
@given(rectification_ledgers(), _OPS, st.integers(0, 60), st.data())
def test_history_only_grows_and_closing_always_has_satisfaction(
    ledger: RectificationLedger, op: str, days: int, data: st.DataObject
) -> None:
    last = max((e.on for e in ledger.history), default=d(2025, 1, 1))
    on = last + dt.timedelta(days=days)
    ids = [i.id for i in ledger.items] or ["Q01"]
    item = data.draw(st.sampled_from([*ids, "QX"]))
    before = ledger.model_dump()
    closable = item in ids and ledger.items and closing_check(ledger, item, on=on).value
    try:
        new = {
            "open": lambda: ledger.open(item, on=on, category="作风"),
            "assign": lambda: ledger.assign(item, "某人", on=on),
            "deadline": lambda: ledger.set_deadline(item, on, on=on),
            "publish": lambda: ledger.publish_result(item, "结果", on=on),
            "raise": lambda: ledger.raise_open_items(round="RX", on=on),
            "satisfied": lambda: ledger.record_satisfaction(
                item, satisfied=True, basis="测评", on=on
            ),
            "close": lambda: ledger.close(item, on=on),
        }[op]()
    except RecordError:
        assert ledger.model_dump() == before  # a refused operation changes nothing
        assert not (op == "close" and closable)  # close refuses exactly what closing_check does
        return
    assert not (op == "close" and not closable)
    assert new.history[: len(ledger.history)] == ledger.history
    assert len(new.history) >= len(ledger.history)
    assert ledger.model_dump() == before
    for i in new.items:
        if i.is_closed:
            assert i.satisfaction
            assert i.satisfaction[-1].satisfied
            assert i.satisfaction[-1].on <= (i.closed_on or d.max)
    assert RectificationLedger.model_validate(new.model_dump()) == new


@pytest.mark.rule("supervision.rectification_overdue")
def test_overdue_items_on_a_day() -> None:
    ledger = _ledger()
    assert overdue_items(ledger, on=d(2025, 8, 31)) == ()  # the deadline day is in time
    (q2,) = overdue_items(ledger, on=d(2025, 9, 1))
    assert q2.subject == "Q2"
    assert q2.value.assignee == "办公室主任"
    assert "1" in q2.headline.zh
    # Q1's result was published before its deadline: never overdue.
    assert [x.subject for x in overdue_items(ledger, on=d(2025, 12, 1))] == ["Q2"]
    # As of 2025-06-22 nothing had a deadline yet.
    assert overdue_items(ledger, on=d(2025, 6, 22)) == ()


@pytest.mark.rule("supervision.rectification_overdue")
@given(rectification_ledgers(), st.integers(0, 500))
def test_overdue_items_have_passed_deadlines_and_no_result(
    ledger: RectificationLedger, offset: int
) -> None:
    on = d(2025, 1, 1) + dt.timedelta(days=offset)
    out = overdue_items(ledger, on=on)
    past = ledger.at(on)
    expected = {
        i.id
        for i in past.items
        if not i.is_closed and i.deadline is not None and i.deadline < on and not i.results
    }
    assert {x.subject for x in out} == expected
    deadlines = [x.value.deadline for x in out]
    assert deadlines == sorted(deadlines)  # type: ignore[type-var]


@pytest.mark.rule("supervision.rectification_summary")
def test_published_summary() -> None:
    s = ledger_summary(
        _ledger().open("Q3", on=d(2025, 9, 5), category="作风建设"), on=d(2025, 9, 10)
    )
    v = s.value
    assert (v.total, v.open, v.overdue, v.rectified, v.closed) == (3, 1, 1, 1, 0)
    assert v.unassigned == ("Q3",)
    assert v.without_deadline == ("Q3",)
    assert v.to_raise_again == ("Q1", "Q2", "Q3")
    assert [(c.category, c.total) for c in v.by_category] == [("作风建设", 2), ("干部选拔", 1)]
    assert s.outcome == "open_items"
    empty = ledger_summary(RectificationLedger(), on=d(2025, 1, 1))
    assert empty.outcome == "empty"
    assert empty.value.total == 0


@pytest.mark.rule("supervision.rectification_summary")
@given(rectification_ledgers(), st.integers(0, 500))
def test_summary_counts_every_item_once(ledger: RectificationLedger, offset: int) -> None:
    on = d(2025, 1, 1) + dt.timedelta(days=offset)
    v = ledger_summary(ledger, on=on).value
    assert v.total == v.open + v.overdue + v.rectified + v.closed
    assert v.total == len(ledger.at(on).items)
    assert sum(c.total for c in v.by_category) == v.total
    assert len(v.to_raise_again) == v.total - v.closed


# -- the seed's full sequence before 销号 (review #5) --------------------------------

_RELAXED = Policy.default().override({"supervision.close_requires_next_round": False})


def _published() -> RectificationLedger:
    """Q1 opened at round R1, its result published on 2025-09-01."""
    return (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="干部选拔", round="R1")
        .publish_result("Q1", "公示期延长至7个工作日", on=d(2025, 9, 1))
    )


@pytest.mark.rule("supervision.rectification_closing")
def test_satisfaction_before_the_result_and_no_next_round_does_not_close() -> None:
    # The reviewer's sequence: satisfaction recorded with no round, then the result, then 销号.
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风")
        .record_satisfaction("Q1", satisfied=True, basis="测评", on=d(2025, 6, 20))
        .publish_result("Q1", "已整改", on=d(2025, 6, 20))
    )
    check = closing_check(ledger, "Q1", on=d(2025, 6, 20))
    assert check.value is False
    assert any("下次的评议会" in r.zh for r in check.reasons)
    with pytest.raises(RecordError, match="raised again"):
        ledger.close("Q1", on=d(2025, 6, 20))


@pytest.mark.rule("supervision.rectification_closing")
def test_closing_needs_result_then_next_round_then_satisfaction_at_that_round() -> None:
    ledger = _published().raise_again("Q1", round="R2", on=d(2025, 12, 18))
    # satisfied, but not found at the round it was raised at
    no_round = ledger.record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 12, 19))
    assert closing_check(no_round, "Q1", on=d(2025, 12, 20)).value is False
    # found at R2, after the result: closable
    ok = ledger.record_satisfaction(
        "Q1", satisfied=True, basis="测评满意率92%", round="R2", on=d(2025, 12, 18)
    )
    check = closing_check(ok, "Q1", on=d(2025, 12, 19))
    assert check.value is True
    assert check.parameters == {
        "supervision.close_requires_published_result": True,
        "supervision.close_requires_next_round": True,
    }
    closed = ok.close("Q1", on=d(2025, 12, 19))
    assert closed.item("Q1").is_closed
    assert closed.history[-1].next_round_required is True  # the rule it was closed under
    # the item raised again at the round it came from is not a later round
    same = (
        _published()
        .raise_again("Q1", round="R1", on=d(2025, 9, 2))
        .record_satisfaction("Q1", satisfied=True, basis="测评", round="R1", on=d(2025, 9, 2))
    )
    assert closing_check(same, "Q1", on=d(2025, 9, 3)).value is False


@pytest.mark.rule("supervision.rectification_closing")
def test_a_round_before_the_latest_result_does_not_count() -> None:
    # raised at R2 and found satisfied, then a new result published: R2 heard the old one
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
        .publish_result("Q1", "第一次整改", on=d(2025, 9, 1))
        .raise_again("Q1", round="R2", on=d(2025, 12, 18))
        .record_satisfaction("Q1", satisfied=True, basis="测评", round="R2", on=d(2025, 12, 18))
        .publish_result("Q1", "第二次整改", on=d(2026, 1, 5))
    )
    check = closing_check(ledger, "Q1", on=d(2026, 1, 6))
    assert check.value is False
    assert closing_check(ledger, "Q1", on=d(2026, 1, 6), policy=_RELAXED).value is False
    again = ledger.raise_again("Q1", round="R3", on=d(2026, 6, 20)).record_satisfaction(
        "Q1", satisfied=True, basis="测评", round="R3", on=d(2026, 6, 20)
    )
    assert closing_check(again, "Q1", on=d(2026, 6, 21)).value is True


@pytest.mark.rule("supervision.rectification_closing")
def test_a_locality_may_relax_the_next_round() -> None:
    ledger = _published().record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 9, 5))
    assert closing_check(ledger, "Q1", on=d(2025, 9, 6)).value is False
    relaxed = closing_check(ledger, "Q1", on=d(2025, 9, 6), policy=_RELAXED)
    assert relaxed.value is True
    assert relaxed.parameters["supervision.close_requires_next_round"] is False
    closed = ledger.close("Q1", on=d(2025, 9, 6), policy=_RELAXED)
    assert closed.history[-1].next_round_required is False
    # the relaxed closing is recorded in the history, so the ledger replays from JSON
    assert RectificationLedger.model_validate_json(closed.model_dump_json()) == closed


@pytest.mark.rule("supervision.rectification_closing")
def test_a_forged_history_closing_before_the_next_round_is_rejected() -> None:
    ledger = _published().record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 9, 5))
    data = ledger.model_dump(mode="json")
    data["history"].append({"seq": 4, "item": "Q1", "on": "2025-09-06", "kind": "closed"})
    assert closing_check(ledger, "Q1", on=d(2025, 9, 6)).value is False
    with pytest.raises(ValidationError, match="raised again"):
        RectificationLedger.model_validate(data)


def _sequence_complete(i: LedgerItem) -> bool:
    """公布整改结果 → 下次评议会再次征求意见 → 满意, restated."""
    if not i.results or not i.satisfaction:
        return False
    published, final = i.results[-1].on, i.satisfaction[-1]
    return (
        final.satisfied
        and final.on >= published
        and any(
            r.round != i.round and r.on >= published and r.round == final.round and final.on >= r.on
            for r in i.raisings
        )
    )


@pytest.mark.rule("supervision.rectification_closing")
@given(rectification_ledgers())
def test_every_closed_item_went_through_the_seeds_sequence(ledger: RectificationLedger) -> None:
    last = max((e.on for e in ledger.history), default=d(2025, 1, 1))
    for item in ledger.items:
        if not item.is_closed:
            # closing_check agrees with an independent statement of the sequence
            assert closing_check(ledger, item.id, on=last).value is _sequence_complete(item)
            continue
        assert item.results
        last_result = item.results[-1].on
        final = item.satisfaction[-1]
        assert final.satisfied
        assert final.on >= last_result
        assert final.round is not None
        assert final.round != item.round
        assert any(r.round == final.round and r.on >= last_result for r in item.raisings)


#: The closing rule's clauses, each in the seed's words, with the one step of the whole
#: sequence left out (or gone wrong) and the problem that then stands in the way.
CLOSING_CLAUSES = [
    ("定期公布整改结果", "publish", "no rectification result has been published"),
    ("在下次的评议会上再次征求意见", "raise", "not raised again at a later evaluation round"),
    ("党员群众满意后方可销号", "satisfy", "members and the public are not satisfied"),
]


def _closing_sequence(without: str) -> RectificationLedger:
    """Opened at R1; result published, raised again at R2, found satisfied there: but one step."""
    ledger = RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
    if without != "publish":
        ledger = ledger.publish_result("Q1", "已整改", on=d(2025, 9, 1))
    if without != "raise":
        ledger = ledger.raise_again("Q1", round="R2", on=d(2025, 12, 18))
    return ledger.record_satisfaction(
        "Q1", satisfied=without != "satisfy", basis="测评", round="R2", on=d(2025, 12, 18)
    )


@pytest.mark.rule("supervision.rectification_closing")
@pytest.mark.parametrize(("clause", "without", "problem"), CLOSING_CLAUSES)
def test_each_clause_of_the_closing_rule_is_needed(clause: str, without: str, problem: str) -> None:
    from orgwork.rules import get, id_of

    assert clause in get(id_of(closing_check)).source.quote
    assert closing_check(_closing_sequence("nothing"), "Q1", on=d(2025, 12, 19)).value is True
    check = closing_check(_closing_sequence(without), "Q1", on=d(2025, 12, 19))
    assert check.outcome == "not_closable"
    assert [r.en for r in check.reasons if problem in r.en] != []
    with pytest.raises(RecordError, match=problem):
        _closing_sequence(without).close("Q1", on=d(2025, 12, 19))
