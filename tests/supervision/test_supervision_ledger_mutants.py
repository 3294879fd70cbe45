"""The rectification ledger's rules, word for word, and their edge days.

Written against the survivors of mutation testing (``python tools/mutation.py
supervision/_ledger``, triage in ``docs/mutation.md``). The seed (第五篇 四、一是):
"分门别类,落实到人,建立台帐,限期整改,定期公布整改结果,并在下次的评议会上再次征求意见,
党员群众满意后方可销号". Each closing check, overdue list and summary is checked whole:
outcome, headline and every reason in both languages, since a reason that names the
wrong day or round misleads as much as a wrong outcome does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.supervision import (
    CategoryCount,
    Closed,
    LedgerEvent,
    Opened,
    RectificationLedger,
    SatisfactionRecorded,
    closing_check,
    ledger_summary,
    overdue_items,
)

d = dt.date
CLOSING = "supervision.rectification_closing"
OVERDUE = "supervision.rectification_overdue"
SUMMARY = "supervision.rectification_summary"


def said(decision: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in decision.reasons]


def _published() -> RectificationLedger:
    """Q1 from round R1: assigned, deadline 9-30, result published 9-1."""
    return (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风", description="接待不热情", round="R1")
        .assign("Q1", "张科长", on=d(2025, 6, 21))
        .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 21))
        .publish_result("Q1", "已整改", on=d(2025, 9, 1))
    )


# -- the history ------------------------------------------------------------------------


def test_every_event_moves_the_items_last_event_day() -> None:
    ledger = RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风")
    ledger = ledger.assign("Q1", "张科长", on=d(2025, 7, 1))
    assert ledger.item("Q1").last_event_on == d(2025, 7, 1)
    with pytest.raises(RecordError, match="before its last event on 2025-07-01"):
        ledger.set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 30))


def test_a_deadline_on_the_opening_day_is_allowed_one_before_it_is_not() -> None:
    ledger = RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风")
    same_day = ledger.set_deadline("Q1", d(2025, 6, 20), on=d(2025, 6, 20))
    assert same_day.item("Q1").deadline == d(2025, 6, 20)
    with pytest.raises(
        RecordError,
        match=r"item 'Q1': deadline 2025-06-19 is before it was opened on 2025-06-20",
    ):
        ledger.set_deadline("Q1", d(2025, 6, 19), on=d(2025, 6, 20))


def test_the_description_is_kept_and_defaults_to_empty() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风", description="接待不热情")
        .open("Q2", on=d(2025, 6, 20), category="作风")
    )
    assert ledger.item("Q1").description == "接待不热情"
    assert ledger.item("Q2").description == ""


def test_events_of_one_item_in_order() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风")
        .open("Q2", on=d(2025, 6, 20), category="作风")
        .assign("Q1", "张科长", on=d(2025, 6, 21))
    )
    assert [(e.kind, e.seq) for e in ledger.events_of("Q1")] == [("opened", 1), ("assigned", 3)]
    assert [e.seq for e in ledger.events_of("Q2")] == [2]
    assert ledger.events_of("Q9") == ()


def test_an_unknown_item_is_named() -> None:
    with pytest.raises(RecordError, match=r"^no item 'Q9' in the ledger$"):
        _published().item("Q9")


def test_the_ledger_on_a_day_renumbers_the_events_it_keeps() -> None:
    # events are in recorded order, not date order across items: Q2's event is earlier
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 7, 1), category="作风")
        .open("Q2", on=d(2025, 6, 1), category="作风")
    )
    then = ledger.at(d(2025, 6, 15))
    assert [(e.item, e.seq) for e in then.history] == [("Q2", 1)]
    with pytest.raises(ValidationError, match=r"(?m)^day\n"):
        ledger.at("soon")  # type: ignore[arg-type]


@pytest.mark.rule(CLOSING)
def test_a_history_read_back_is_checked_under_the_requirements_its_closing_records() -> None:
    # 定期公布整改结果: a closing that recorded the requirement needs a published result
    events: list[LedgerEvent] = [
        Opened(seq=1, item="Q1", on=d(2025, 6, 20), category="作风", round="R1"),
        SatisfactionRecorded(seq=2, item="Q1", on=d(2025, 9, 5), satisfied=True, basis="回访"),
    ]
    waived = Closed(
        seq=3, item="Q1", on=d(2025, 9, 6), result_required=False, next_round_required=False
    )
    assert RectificationLedger(history=(*events, waived)).item("Q1").is_closed
    required = Closed(
        seq=3, item="Q1", on=d(2025, 9, 6), result_required=True, next_round_required=False
    )
    with pytest.raises(ValidationError, match="no rectification result has been published"):
        RectificationLedger(history=(*events, required))


@pytest.mark.rule(CLOSING)
def test_a_refused_closing_lists_every_problem() -> None:
    ledger = RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
    problems = (
        "no rectification result has been published; "
        "no satisfaction of members and the public is recorded (党员群众满意后方可销号); "
        "it was not raised again at a later evaluation round (在下次的评议会上再次征求意见)"
    )
    with pytest.raises(RecordError) as caught:
        ledger.close("Q1", on=d(2025, 6, 21))
    assert str(caught.value) == "item 'Q1' cannot be closed (销号): " + problems
    forged = (
        *ledger.history,
        Closed(seq=2, item="Q1", on=d(2025, 6, 21)),
    )
    with pytest.raises(ValidationError) as read_back:
        RectificationLedger(history=forged)
    assert "item 'Q1' cannot be closed (销号): " + problems in str(read_back.value)


# -- arguments --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: closing_check({}, "Q1", on=d(2025, 9, 2)),  # type: ignore[arg-type]
        lambda: overdue_items({}, on=d(2025, 9, 2)),  # type: ignore[arg-type]
        lambda: ledger_summary({}, on=d(2025, 9, 2)),  # type: ignore[arg-type]
    ],
)
def test_a_ledger_that_is_not_one_is_a_type_error_naming_it(call: object) -> None:
    with pytest.raises(TypeError, match=r"^ledger must be a RectificationLedger, not dict$"):
        call()  # type: ignore[operator]


def test_an_item_that_is_not_a_str_is_a_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match=r"^item must be a ledger item id \(a str\), not int$"):
        closing_check(_published(), 1, on=d(2025, 9, 2))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda: closing_check(_published(), "Q1", on="soon"),  # type: ignore[arg-type]
        lambda: overdue_items(_published(), on="soon"),  # type: ignore[arg-type]
        lambda: ledger_summary(_published(), on="soon"),  # type: ignore[arg-type]
        lambda: _published().records(on="soon"),  # type: ignore[arg-type]
    ],
)
def test_an_on_that_is_not_a_date_is_an_error_naming_it(call: object) -> None:
    with pytest.raises(ValidationError, match=r"(?m)^on\n"):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    "call",
    [
        lambda: overdue_items(_published(), on=d(2025, 9, 2), policy={}),  # type: ignore[arg-type]
        lambda: ledger_summary(_published(), on=d(2025, 9, 2), policy={}),  # type: ignore[arg-type]
    ],
)
def test_a_policy_that_is_not_one_is_a_type_error(call: object) -> None:
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        call()  # type: ignore[operator]


# -- closing ----------------------------------------------------------------------------


@pytest.mark.rule(CLOSING)
def test_a_closable_item_and_every_reason() -> None:
    ledger = _published().raise_again("Q1", round="R2", on=d(2025, 12, 18))
    ledger = ledger.record_satisfaction(
        "Q1", satisfied=True, basis="测评满意率92%", round="R2", on=d(2025, 12, 18)
    )
    check = closing_check(ledger, "Q1", on=d(2025, 12, 19))
    assert (check.outcome, check.value, check.subject) == ("closable", True, "Q1")
    assert (check.headline.zh, check.headline.en) == ("Q1:可以销号", "Q1: may be closed")
    assert said(check) == [
        ("2025年9月1日已公布整改结果", "Result published on 2025-09-01"),
        (
            "2025年12月18日在R2评议会上记录党员群众满意(测评满意率92%)",
            "Satisfaction recorded on 2025-12-18 at round R2 (测评满意率92%)",
        ),
        (
            "已在下次的评议会上再次征求意见:R2(2025年12月18日)",
            "Raised again at a later evaluation round: R2 (2025-12-18)",
        ),
    ]


@pytest.mark.rule(CLOSING)
def test_a_closing_day_before_the_last_event_and_a_closed_item_are_named() -> None:
    ledger = _published().raise_again("Q1", round="R2", on=d(2025, 12, 18))
    ledger = ledger.record_satisfaction(
        "Q1", satisfied=True, basis="测评", round="R2", on=d(2025, 12, 20)
    )
    early = closing_check(ledger, "Q1", on=d(2025, 12, 19))
    assert (early.outcome, early.value) == ("not_closable", False)
    assert (early.headline.zh, early.headline.en) == ("Q1:不能销号", "Q1: may not be closed")
    assert said(early)[-1] == (
        "销号日期早于该事项最近一次记录(2025年12月20日)",
        "the closing day is before the item's last event on 2025-12-20",
    )
    closed = ledger.close("Q1", on=d(2025, 12, 21))
    again = closing_check(closed, "Q1", on=d(2025, 12, 22))
    assert said(again)[0] == ("已于2025年12月21日销号", "it was already closed on 2025-12-21")
    assert again.value is False


@pytest.mark.rule(CLOSING)
def test_satisfaction_without_a_round_and_found_too_early() -> None:
    # 党员群众满意后方可销号, after the latest published result (定期公布整改结果)
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
        .record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 8, 30))
        .publish_result("Q1", "已整改", on=d(2025, 9, 1))
    )
    relaxed = Policy.default().override({"supervision.close_requires_next_round": False})
    check = closing_check(ledger, "Q1", on=d(2025, 9, 2), policy=relaxed)
    assert said(check) == [
        ("2025年9月1日已公布整改结果", "Result published on 2025-09-01"),
        ("2025年8月30日记录党员群众满意(回访)", "Satisfaction recorded on 2025-08-30 (回访)"),
        (
            "满意度记录(2025年8月30日)早于最近一次公布整改结果(2025年9月1日),"
            "应在公布整改结果后再次征求意见",
            "the satisfaction was found on 2025-08-30, before the latest published result "
            "on 2025-09-01",
        ),
    ]


@pytest.mark.rule(CLOSING)
def test_satisfaction_found_on_the_day_the_result_is_published_counts() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
        .publish_result("Q1", "已整改", on=d(2025, 9, 1))
        .record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 9, 1))
    )
    relaxed = Policy.default().override({"supervision.close_requires_next_round": False})
    assert closing_check(ledger, "Q1", on=d(2025, 9, 2), policy=relaxed).value is True


@pytest.mark.rule(CLOSING)
def test_a_raising_on_the_day_the_result_is_published_counts() -> None:
    # 定期公布整改结果,并在下次的评议会上再次征求意见: the same day is not before the result
    ledger = (
        _published()
        .raise_again("Q1", round="R2", on=d(2025, 9, 1))
        .record_satisfaction("Q1", satisfied=True, basis="测评", round="R2", on=d(2025, 9, 1))
    )
    assert closing_check(ledger, "Q1", on=d(2025, 9, 2)).value is True


@pytest.mark.rule(CLOSING)
def test_a_raising_before_the_latest_result_does_not_count_even_if_satisfied_there_later() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
        .raise_again("Q1", round="R2", on=d(2025, 8, 1))
        .publish_result("Q1", "已整改", on=d(2025, 9, 1))
        .record_satisfaction("Q1", satisfied=True, basis="测评", round="R2", on=d(2025, 9, 2))
    )
    check = closing_check(ledger, "Q1", on=d(2025, 9, 3))
    assert check.value is False
    assert said(check)[-1] == (
        "最近一次公布整改结果后尚未在下次的评议会上再次征求意见",
        "it was not raised again at a later evaluation round after its latest published result "
        "(在下次的评议会上再次征求意见)",
    )


@pytest.mark.rule(CLOSING)
def test_not_raised_again_and_no_result_yet_says_so() -> None:
    ledger = RectificationLedger().open("Q1", on=d(2025, 6, 20), category="作风", round="R1")
    check = closing_check(ledger, "Q1", on=d(2025, 6, 21))
    assert said(check)[-1] == (
        "尚未在下次的评议会上再次征求意见",
        "it was not raised again at a later evaluation round (在下次的评议会上再次征求意见)",
    )


@pytest.mark.rule(CLOSING)
def test_satisfaction_not_found_at_the_round_names_the_rounds() -> None:
    ledger = (
        _published()
        .raise_again("Q1", round="R2", on=d(2025, 12, 18))
        .record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 12, 20))
    )
    check = closing_check(ledger, "Q1", on=d(2025, 12, 21))
    assert check.value is False
    assert said(check)[-1] == (
        "满意度不是在再次征求意见的评议会(R2)上得出的",
        "the satisfaction was not found at the round it was raised again at (R2)",
    )


@pytest.mark.rule(CLOSING)
def test_the_requirements_in_force_on_the_closing_day_apply() -> None:
    # a locality relaxes the next round from 2025-09-05 on: the day of the check decides
    relaxed = Policy.default().with_change(
        d(2025, 9, 5), {"supervision.close_requires_next_round": False}
    )
    ledger = _published().record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 9, 2))
    assert closing_check(ledger, "Q1", on=d(2025, 9, 4), policy=relaxed).value is False
    after = closing_check(ledger, "Q1", on=d(2025, 9, 6), policy=relaxed)
    assert after.value is True
    assert after.parameters["supervision.close_requires_next_round"] is False
    assert ledger.close("Q1", on=d(2025, 9, 6), policy=relaxed).item("Q1").is_closed


# -- overdue ----------------------------------------------------------------------------


@pytest.mark.rule(OVERDUE)
def test_overdue_items_by_deadline_then_id_with_every_reason() -> None:
    # 限期整改: Q2's deadline is earlier, so it comes first although opened later
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风")
        .open("Q2", on=d(2025, 6, 20), category="作风")
        .open("Q0", on=d(2025, 6, 20), category="作风")
        .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 21))
        .set_deadline("Q2", d(2025, 8, 31), on=d(2025, 6, 21))
        .set_deadline("Q0", d(2025, 9, 30), on=d(2025, 6, 21))
        .assign("Q2", "张科长", on=d(2025, 6, 21))
    )
    late = overdue_items(ledger, on=d(2025, 10, 2))
    assert [x.subject for x in late] == ["Q2", "Q0", "Q1"]
    first = late[0]
    assert (first.outcome, first.value.id, first.rule) == ("overdue", "Q2", OVERDUE)
    assert (first.headline.zh, first.headline.en) == (
        "Q2:逾期32天未公布整改结果",
        "Q2: 32 day(s) past its deadline with no result",
    )
    assert said(first) == [
        (
            "整改期限2025年8月31日,截至2025年10月2日尚未公布整改结果;责任人张科长",
            "Deadline 2025-08-31; no result published as of 2025-10-02; assigned to 张科长",
        )
    ]
    assert said(late[1]) == [
        (
            "整改期限2025年9月30日,截至2025年10月2日尚未公布整改结果;尚未落实责任人",
            "Deadline 2025-09-30; no result published as of 2025-10-02; not assigned to anyone",
        )
    ]


@pytest.mark.rule(OVERDUE)
def test_a_result_published_on_the_day_is_not_overdue_that_day() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风")
        .set_deadline("Q1", d(2025, 8, 31), on=d(2025, 6, 21))
        .publish_result("Q1", "已整改", on=d(2025, 9, 5))
    )
    assert ledger.item("Q1").status(on=d(2025, 9, 5)) == "rectified"
    assert ledger.item("Q1").status(on=d(2025, 9, 4)) == "overdue"
    assert overdue_items(ledger, on=d(2025, 9, 5)) == ()


# -- summary ----------------------------------------------------------------------------


def _mixed() -> RectificationLedger:
    """作风: Q1 open, Q2 overdue, Q3 rectified; 选人用人: Q4 closed (relaxed)."""
    ledger = RectificationLedger()
    for item, category in (("Q1", "作风"), ("Q2", "作风"), ("Q3", "作风"), ("Q4", "选人用人")):
        ledger = ledger.open(item, on=d(2025, 6, 20), category=category, round="R1")
    ledger = (
        ledger.set_deadline("Q1", d(2025, 12, 31), on=d(2025, 6, 21))
        .set_deadline("Q2", d(2025, 8, 31), on=d(2025, 6, 21))
        .assign("Q3", "张科长", on=d(2025, 6, 21))
        .publish_result("Q3", "已整改", on=d(2025, 9, 1))
        .publish_result("Q4", "已整改", on=d(2025, 9, 1))
        .record_satisfaction("Q4", satisfied=True, basis="回访", on=d(2025, 9, 2))
    )
    relaxed = Policy.default().override({"supervision.close_requires_next_round": False})
    return ledger.close("Q4", on=d(2025, 9, 3), policy=relaxed)


@pytest.mark.rule(SUMMARY)
def test_summary_counts_by_category_and_every_reason() -> None:
    summary = ledger_summary(_mixed(), on=d(2025, 10, 1))
    s = summary.value
    assert (s.total, s.open, s.overdue, s.rectified, s.closed) == (4, 1, 1, 1, 1)
    assert s.by_category == (
        CategoryCount(category="作风", total=3, open=1, overdue=1, rectified=1, closed=0),
        CategoryCount(category="选人用人", total=1, open=0, overdue=0, rectified=0, closed=1),
    )
    assert summary.outcome == "open_items"
    assert (summary.headline.zh, summary.headline.en) == (
        "整改台账:共4项,已销号1项,逾期1项",
        "Rectification ledger: 4 item(s), 1 closed, 1 overdue",
    )
    assert said(summary)[0] == (
        "截至2025年10月1日共4项:整改中1项,逾期1项,已公布整改结果待满意度1项,已销号1项",
        "As of 2025-10-01, 4 item(s): 1 open, 1 overdue, 1 rectified awaiting satisfaction, "
        "1 closed",
    )


@pytest.mark.rule(SUMMARY)
def test_a_ledger_with_every_item_closed() -> None:
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风")
        .publish_result("Q1", "已整改", on=d(2025, 9, 1))
        .record_satisfaction("Q1", satisfied=True, basis="回访", on=d(2025, 9, 2))
    )
    relaxed = Policy.default().override({"supervision.close_requires_next_round": False})
    ledger = ledger.close("Q1", on=d(2025, 9, 3), policy=relaxed)
    summary = ledger_summary(ledger, on=d(2025, 9, 3))
    assert summary.outcome == "all_closed"
    assert summary.headline.en == "Rectification ledger: 1 item(s), 1 closed, 0 overdue"


# -- display ----------------------------------------------------------------------------


def test_the_html_table_shows_states_satisfaction_and_the_day() -> None:
    ledger = _mixed().record_satisfaction("Q3", satisfied=False, basis="回访", on=d(2025, 9, 4))
    html = ledger._repr_html_()
    assert (
        "<caption>整改台账 / rectification ledger: 4 项 / item(s), 截至 / as of 2025-09-04" in html
    )
    cells = html.split("<tbody>")[1]
    assert "<td>不满意 / not satisfied</td>" in cells
    assert "<td>满意 / satisfied</td>" in cells
    assert "<td>已销号 / closed</td>" in cells
    assert "<td>逾期未整改 / overdue</td>" in cells
    assert "<td>—</td>" in cells
    empty = RectificationLedger()._repr_html_()
    assert "<caption>整改台账 / rectification ledger: 0 项 / item(s)</caption>" in empty


def test_the_data_frame_is_read_on_the_day_given() -> None:
    pytest.importorskip("pandas")
    ledger = (
        RectificationLedger()
        .open("Q1", on=d(2025, 6, 20), category="作风")
        .set_deadline("Q1", d(2025, 9, 30), on=d(2025, 6, 21))
    )
    assert ledger.to_dataframe(on=d(2025, 10, 1))["state"].tolist() == ["overdue"]
    assert ledger.to_dataframe()["state"].tolist() == ["open"]
