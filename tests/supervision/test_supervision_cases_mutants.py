"""Letters and visits: the status and summary explanations word for word, and their edge cases.

Written against the survivors of mutation testing (``python tools/mutation.py
supervision/_cases``, triage in ``docs/mutation.md``): the boundaries of an
extension (延期) and its 30-day cap, a reply not yet known on the day asked, the
limit and calendar a summary uses, and every reason and headline of a summary.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from pydantic import ValidationError

from orgwork._deadlines import working_day_deadline
from orgwork.calendar import official_calendar
from orgwork.decision import Decision, RuleContext
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.supervision import Case, _cases, case_status, case_summary, reply_deadline

D = dt.date
RECEIVED = D(2025, 3, 3)
DUE = D(2025, 3, 24)  # the 15th working day after 3 March 2025
ASKED = D(2025, 6, 30)
EFFECTIVE = D(2022, 5, 1)  # supervision.extension_limit_effective (信访工作条例)


def extended(until: dt.date, received: dt.date = RECEIVED) -> Case:
    return Case(
        id="E",
        received_on=received,
        extended_until=until,
        extension_approved_by="王部长",
        extension_reason="需调查",
    )


def case_reasons(d: Decision[Any]) -> list[str]:
    return [r.en for r in d.reasons if r.rule == "supervision.case_status"]


@pytest.mark.rule("supervision.case_status")
def test_an_extension_to_the_due_date_itself_changes_nothing() -> None:
    assert reply_deadline(RECEIVED).value == DUE
    d = case_status(extended(DUE), on=ASKED)
    assert d.value.due == DUE
    assert case_reasons(d) == [
        "Extended to 2025-03-24, not later than the original limit 2025-03-24: the limit is unchanged",
        "Not answered as of 2025-06-30, past the due date 2025-03-24",
    ]
    assert [r.zh for r in d.reasons][
        1
    ] == "批准延期至2025年3月24日,不晚于原期限2025年3月24日,期限不变"


@pytest.mark.rule("supervision.case_status")
def test_an_extension_of_exactly_the_cap_is_not_capped() -> None:
    cap = DUE + dt.timedelta(days=30)
    d = case_status(extended(cap), on=ASKED)
    assert d.value.due == cap
    assert case_reasons(d) == [
        "Extended to 2025-04-23, approved by 王部长 (because: 需调查); the extended date is the limit",
        "Not answered as of 2025-06-30, past the due date 2025-04-23",
    ]


@pytest.mark.rule("supervision.case_status")
def test_an_extension_past_the_cap_is_capped_and_says_so() -> None:
    d = case_status(extended(DUE + dt.timedelta(days=31)), on=ASKED)
    assert d.value.due == D(2025, 4, 23)
    assert case_reasons(d)[1] == (
        "An extension to 2025-04-24 goes beyond 30 days after the original limit 2025-03-24 "
        "(信访工作条例, supervision.extension_max_days); 2025-04-23 is the limit"
    )
    assert [r.zh for r in d.reasons][2] == (
        "延期至2025年4月24日超过原期限2025年3月24日后30日的上限"
        "(信访工作条例,supervision.extension_max_days),按2025年4月23日计"
    )


@pytest.mark.rule("supervision.case_status")
def test_the_cap_applies_from_the_day_the_regulation_took_effect() -> None:
    on_the_day = case_status(extended(D(2022, 12, 31), received=EFFECTIVE), on=D(2023, 1, 31))
    assert on_the_day.value.due < D(2022, 12, 31)  # capped
    before = case_status(extended(D(2022, 12, 31), received=D(2022, 4, 29)), on=D(2023, 1, 31))
    assert before.value.due == D(2022, 12, 31)  # not capped


@pytest.mark.rule("supervision.case_status")
def test_a_reply_after_the_day_asked_is_not_yet_known() -> None:
    c = Case(id="R", received_on=RECEIVED, replied_on=D(2025, 3, 20))
    before = case_status(c, on=D(2025, 3, 10))
    assert (before.outcome, before.value.replied_on) == ("open", None)
    after = case_status(c, on=D(2025, 3, 20))
    assert (after.outcome, after.value.replied_on) == ("answered_on_time", D(2025, 3, 20))


CASES = [
    Case(id="A", received_on=RECEIVED, replied_on=D(2025, 3, 10), handler="王"),
    Case(id="B", received_on=RECEIVED, replied_on=D(2025, 4, 10), handler="王"),
    Case(id="C", received_on=RECEIVED, handler="李"),
    Case(
        id="T",
        received_on=RECEIVED,
        transferred_to="县信访局",
        transferred_on=D(2025, 3, 5),
        handler="王",
    ),
]


def texts(d: Decision[Any]) -> list[tuple[str, str]]:
    return [(r.zh, r.en) for r in d.reasons]


@pytest.mark.rule("supervision.case_summary")
def test_a_summary_with_a_transfer_states_every_count_list_and_the_rate() -> None:
    (d,) = case_summary(CASES, on=ASKED)
    assert (d.subject, d.outcome) == ("all", "overdue")
    assert d.headline.zh == (
        "all:收到4件,按期答复1件/共3件,33.3%(其中经批准延期0件;另转送/交办1件、不予受理0件,未计入),"
        "超期未答复1件"
    )
    assert d.headline.en == (
        "all: 4 received, 1 of 3 on time, 33.3% (0 of them extended with approval; "
        "1 transferred and 0 not accepted, left out), 1 overdue"
    )
    assert texts(d) == [
        (
            "截至2025年6月30日:按期答复1件,超期答复1件,超期未答复1件,期限内办理中0件",
            "As of 2025-06-30: 1 answered on time, 1 answered late, 1 overdue, "
            "0 open within the limit",
        ),
        (
            "按期答复率 = 按期答复 ÷ (按期答复 + 超期答复 + 超期未答复);期限内办理中的不计入",
            "On-time rate = on time ÷ (on time + late + overdue); cases open within their "
            "limit are not counted",
        ),
        (
            "经批准延期0件(按延长后的期限计入按期答复率);转送/交办1件、不予受理0件,"
            "均在期限内办理,不计为超期,不计入按期答复率",
            "0 extended with approval (counted against the extended date); 1 transferred and "
            "0 not accepted within the limit: not late, and left out of the on-time rate",
        ),
        ("超期未答复:C", "Overdue: C"),
        ("超期答复:B", "Answered late: B"),
        ("转送/交办:T", "Transferred: T"),
        (
            "承办人有2名(李、王);原文为组织部明确一名副部长处理群众来信来访,未指明哪一名副部长,请予明确",
            "2 handlers (李, 王); the seed names one deputy head to handle letters and visits "
            "(组织部明确一名副部长处理), and none was named here: please name them",
        ),
    ]


@pytest.mark.rule("supervision.case_summary")
def test_with_the_deputy_head_named_the_summary_lists_the_others_cases() -> None:
    (d,) = case_summary(CASES, on=ASKED, deputy_head="王")
    assert d.value.other_handler_cases == ("C",)
    assert texts(d)[-1] == (
        "由明确处理群众来信来访的副部长王以外的人员办理:C(李)",
        "Handled by someone other than 王, the deputy head named to handle letters and visits: "
        "C (李)",
    )


@pytest.mark.rule("supervision.case_summary")
def test_one_handler_and_nothing_set_aside_give_the_short_headline_and_no_note() -> None:
    (d,) = case_summary(CASES[:2], on=ASKED)
    assert d.headline.en == "all: 2 received, 1 of 2 on time, 50.0%, 0 overdue"
    assert d.headline.zh == "all:收到2件,按期答复1件/共2件,50.0%,超期未答复0件"
    assert [en for _, en in texts(d)][2:] == ["Answered late: B"]


@pytest.mark.rule("supervision.case_summary")
def test_the_limit_recorded_is_the_one_the_cases_were_given() -> None:
    p = Policy.default().with_change(D(2025, 6, 1), {"supervision.reply_working_days": 20})
    july = D(2025, 7, 1)
    # no case: the limit in force on the day asked
    assert case_summary([], on=july, policy=p)[0].parameters == {
        "supervision.reply_working_days": 20
    }
    assert case_summary([], on=july, policy=Policy.default().override(
        {"supervision.reply_working_days": 10}
    ))[0].parameters == {"supervision.reply_working_days": 10}  # fmt: skip
    # a case received before the change kept 15 working days
    assert case_summary(CASES[:1], on=july, policy=p)[0].parameters == {
        "supervision.reply_working_days": 15
    }
    # cases given different limits: each, in order
    both = [*CASES[:1], Case(id="L", received_on=D(2025, 6, 3))]
    assert case_summary(both, on=july, policy=p)[0].parameters == {
        "supervision.reply_working_days": (15, 20)
    }


@pytest.mark.rule("supervision.case_summary")
def test_a_summary_uses_the_calendar_given_and_is_provisional_with_it() -> None:
    cal = official_calendar().with_provisional(2027)
    late_in_year = Case(id="P", received_on=D(2026, 12, 20))
    (d,) = case_summary([late_in_year], on=D(2026, 12, 31), calendar=cal)
    assert d.provisional is True
    assert d.value.open == 1


@pytest.mark.rule("supervision.case_summary")
def test_argument_errors_name_the_argument() -> None:
    with pytest.raises(TypeError, match=r"^cases must be a collection of Case, not int$"):
        case_summary(cast(Any, 5), on=ASKED)
    with pytest.raises(ValidationError) as bad_day:
        case_summary(CASES, on=cast(Any, "x"))
    assert bad_day.value.title == "on"
    with pytest.raises(ValueError, match=r"^by must be 'all', 'handler' or 'month', not 'x'$"):
        case_summary(CASES, on=ASKED, by=cast(Any, "x"))
    # a calendar that is not one is refused even when no case is decided
    for cs in ([], CASES):
        with pytest.raises(
            TypeError, match=r"^calendar must be an orgwork Calendar or None, not dict"
        ):
            case_summary(cs, on=ASKED, calendar=cast(Any, {}))


def reasons_en(d: Decision[Any]) -> list[str]:
    return [r.en for r in d.reasons[1:]]  # after the reply deadline's own reason


@pytest.mark.rule("supervision.case_status")
def test_a_transfer_on_the_due_date_known_on_that_day_is_not_late() -> None:
    c = Case(id="T", received_on=RECEIVED, transferred_to="县信访局", transferred_on=DUE)
    d = case_status(c, on=DUE)
    assert d.outcome == "transferred"
    assert d.value.transferred_to == "县信访局"
    assert (d.headline.zh, d.headline.en) == ("T:已转送/交办", "T: transferred")
    assert reasons_en(d) == [
        "Transferred to 县信访局 on 2025-03-24, on or before the due date 2025-03-24: not late"
    ]


@pytest.mark.rule("supervision.case_status")
def test_a_transfer_after_the_due_date_is_late_and_keeps_no_transfer() -> None:
    c = Case(id="T", received_on=RECEIVED, transferred_to="县信访局", transferred_on=D(2025, 3, 25))
    d = case_status(c, on=ASKED)
    assert d.outcome == "answered_late"
    assert d.value.transferred_to is None
    assert (d.headline.zh, d.headline.en) == ("T:超期答复", "T: answered late")
    assert reasons_en(d) == ["Transferred to 县信访局 on 2025-03-25, after the due date 2025-03-24"]


@pytest.mark.rule("supervision.case_status")
def test_not_accepting_told_on_the_due_date_is_not_late() -> None:
    c = Case(id="N", received_on=RECEIVED, not_accepted_reason="不属于受理范围", replied_on=DUE)
    d = case_status(c, on=DUE)
    assert (d.outcome, d.value.replied_on) == ("not_accepted", DUE)
    assert [r.zh for r in d.reasons[1:]] == [
        "不予受理(理由:不属于受理范围),于2025年3月24日告知,未晚于期限2025年3月24日,不计为超期"
    ]
    assert reasons_en(d) == [
        "Not accepted (because: 不属于受理范围); told on 2025-03-24, on or before the due date "
        "2025-03-24: not late"
    ]


@pytest.mark.rule("supervision.case_status")
def test_not_accepting_told_late_is_answered_late() -> None:
    c = Case(
        id="N",
        received_on=RECEIVED,
        not_accepted_reason="不属于受理范围",
        replied_on=D(2025, 3, 25),
    )
    d = case_status(c, on=ASKED)
    assert d.outcome == "answered_late"
    assert reasons_en(d) == [
        "Not accepted (because: 不属于受理范围); told on 2025-03-25, after the due date 2025-03-24"
    ]


@pytest.mark.rule("supervision.case_status")
def test_not_accepting_not_yet_told_is_still_open_and_says_so() -> None:
    c = Case(id="N", received_on=RECEIVED, not_accepted_reason="不属于受理范围")
    d = case_status(c, on=D(2025, 3, 10))
    assert d.outcome == "open"
    assert d.reasons[1].zh == "不予受理(理由:不属于受理范围),截至2025年3月10日尚未告知"
    assert reasons_en(d) == [
        "Not accepted (because: 不属于受理范围); not yet told as of 2025-03-10",
        "Not answered as of 2025-03-10, not past the due date 2025-03-24",
    ]
    # an accepted case says nothing of it
    plain = case_status(Case(id="N", received_on=RECEIVED), on=D(2025, 3, 10))
    assert reasons_en(plain) == ["Not answered as of 2025-03-10, not past the due date 2025-03-24"]


@pytest.mark.rule("supervision.case_status")
def test_a_case_handled_by_someone_else_names_both() -> None:
    c = Case(id="H", received_on=RECEIVED, handler="李", replied_on=D(2025, 3, 4))
    d = case_status(c, on=D(2025, 3, 10), deputy_head="王")
    assert d.value.other_handler is True
    assert reasons_en(d) == [
        "Answered on 2025-03-04, on or before the due date 2025-03-24",
        "Handled by 李, not by 王, the deputy head named to handle letters and visits",
    ]
    assert (d.headline.zh, d.headline.en) == ("H:按期答复", "H: answered on time")


@pytest.mark.rule("supervision.case_status")
@pytest.mark.rule("supervision.reply_deadline")
def test_status_and_deadline_use_the_calendar_given() -> None:
    cal = official_calendar().with_provisional(2027)
    assert reply_deadline(D(2026, 12, 20), calendar=cal).value == D(2027, 1, 11)
    d = case_status(Case(id="P", received_on=D(2026, 12, 20)), on=D(2026, 12, 31), calendar=cal)
    assert (d.value.due, d.provisional) == (D(2027, 1, 11), True)


@pytest.mark.rule("supervision.case_status")
def test_the_extension_cap_is_the_one_in_force_when_the_case_was_received() -> None:
    p = Policy.default().with_change(D(2025, 1, 1), {"supervision.extension_max_days": 10})
    d = case_status(extended(D(2025, 4, 20)), on=ASKED, policy=p)
    assert d.value.due == D(2025, 4, 3)
    assert d.parameters["supervision.extension_max_days"] == 10


@pytest.mark.rule("supervision.case_status")
def test_status_argument_errors() -> None:
    with pytest.raises(ValidationError) as bad_day:
        case_status(CASES[0], on=cast(Any, "x"))
    assert bad_day.value.title == "on"
    with pytest.raises(RecordError) as early:
        case_status(CASES[0], on=D(2025, 3, 1))
    assert str(early.value) == "case A was received on 2025-03-03, after 2025-03-01"


# -- issue 16: the summary decides each day of receipt once, with that day's policy ----------


@pytest.mark.rule("supervision.case_summary")
def test_a_summary_finds_each_days_deadline_once(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dt.date] = []
    real = working_day_deadline

    def counted(ctx: RuleContext, **kw: Any) -> Decision[dt.date]:
        seen.append(kw["start"])
        return real(ctx, **kw)

    monkeypatch.setattr(_cases, "working_day_deadline", counted)  # inside reply_deadline
    later = Case(id="L", received_on=D(2025, 3, 4))
    (d,) = case_summary([*CASES, later], on=ASKED)
    assert seen == [RECEIVED, D(2025, 3, 4)]  # five cases, two days of receipt
    assert (d.value.received, d.value.overdue_cases) == (5, ("C", "L"))


#: From 4 March 2025: 5 working days to reply, and an extension of at most 1 day.
DATED = Policy.default().with_change(
    D(2025, 3, 4), {"supervision.reply_working_days": 5, "supervision.extension_max_days": 1}
)


def dated_cases() -> list[Case]:
    ext: dict[str, Any] = {"extension_approved_by": "王部长", "extension_reason": "需调查"}
    return [
        # received before the change: due 24 March, an extension up to 30 days after it
        Case(id="A", received_on=RECEIVED, replied_on=D(2025, 3, 20)),
        Case(
            id="F",
            received_on=RECEIVED,
            replied_on=D(2025, 4, 15),
            extended_until=D(2025, 4, 20),
            **ext,
        ),
        # received on the day of the change: due 11 March, an extension up to 12 March
        Case(id="B", received_on=D(2025, 3, 4), replied_on=D(2025, 3, 20)),
        Case(
            id="E",
            received_on=D(2025, 3, 4),
            replied_on=D(2025, 3, 15),
            extended_until=D(2025, 3, 20),
            **ext,
        ),
    ]


@pytest.mark.rule("supervision.case_summary")
def test_a_summary_uses_the_limit_and_the_cap_in_force_on_each_day_of_receipt() -> None:
    cs = dated_cases()
    dues = [case_status(c, on=ASKED, policy=DATED).value.due for c in cs]
    assert dues == [DUE, D(2025, 4, 20), D(2025, 3, 11), D(2025, 3, 12)]
    (d,) = case_summary(cs, on=ASKED, policy=DATED)
    v = d.value
    assert (v.answered_on_time, v.answered_late, v.late_cases) == (2, 2, ("B", "E"))
    assert (v.extended, v.extended_cases) == (2, ("E", "F"))
    assert d.parameters == {"supervision.reply_working_days": (5, 15)}
    by_month = case_summary(cs, on=ASKED, by="month", policy=DATED)
    assert [x.value.late_cases for x in by_month] == [("B", "E")]


@pytest.mark.rule("supervision.case_status")
@pytest.mark.rule("supervision.case_summary")
def test_the_deputy_head_is_read_as_an_id_and_a_bad_one_named() -> None:
    (d,) = case_summary(CASES, on=ASKED, deputy_head=" 王\u200b")
    assert d.value.other_handler_cases == ("C",)
    assert case_status(CASES[2], on=ASKED, deputy_head=" 王\u200b").value.other_handler
    assert not case_status(CASES[0], on=ASKED, deputy_head=" 王\u200b").value.other_handler
    for call in (
        lambda: case_summary(CASES, on=ASKED, deputy_head=""),
        lambda: case_summary([], on=ASKED, deputy_head=""),  # refused with no case too
        lambda: case_status(CASES[0], on=ASKED, deputy_head=""),
    ):
        with pytest.raises(ValidationError) as bad:
            call()
        assert bad.value.title == "deputy_head"
        assert bad.value.errors()[0]["loc"] == ("deputy_head",)


@pytest.mark.rule("supervision.case_summary")
def test_groups_by_handler_list_the_unassigned_last_and_months_in_order() -> None:
    cs = [
        Case(id="U", received_on=D(2025, 4, 2)),
        Case(id="Z", received_on=D(2025, 4, 1), handler="赵"),
        Case(id="A", received_on=D(2025, 2, 3), handler="王"),
        Case(id="Y", received_on=D(2024, 12, 2), handler="赵"),
    ]
    by_handler = case_summary(cs, on=ASKED, by="handler")
    assert [(d.subject, d.value.received) for d in by_handler] == [
        ("handler:王", 1),
        ("handler:赵", 2),
        ("unassigned", 1),
    ]
    by_month = case_summary(cs, on=ASKED, by="month")
    assert [(d.subject, d.value.overdue_cases) for d in by_month] == [
        ("month:2024-12", ("Y",)),
        ("month:2025-02", ("A",)),
        ("month:2025-04", ("Z", "U")),
    ]
