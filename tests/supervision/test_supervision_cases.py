"""The case tracker: status of each letter or visit on a day, on-time rates, overdue lists."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from fractions import Fraction
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.calendar import official_calendar
from orgwork.decision import RuleContext
from orgwork.errors import CalendarCoverageError, RecordError
from orgwork.policy import Policy
from orgwork.strategies import case_lists, cases
from orgwork.supervision import (
    Case,
    CaseState,
    CaseStatus,
    CaseSummary,
    _cases,
    case_status,
    case_summary,
    reply_deadline,
)

FEB8 = dt.date(2024, 2, 8)  # due 2024-03-06


def _case(cid: str = "L1", **kw: object) -> Case:
    return Case.model_validate({"id": cid, "received_on": FEB8, **kw})


@pytest.mark.rule("supervision.case_status")
@pytest.mark.parametrize(
    ("replied_on", "on", "status"),
    [
        (None, dt.date(2024, 3, 6), CaseStatus.OPEN),  # the due day itself is still in time
        (None, dt.date(2024, 3, 7), CaseStatus.OVERDUE),
        (dt.date(2024, 3, 6), dt.date(2024, 3, 31), CaseStatus.ANSWERED_ON_TIME),
        (dt.date(2024, 3, 7), dt.date(2024, 3, 31), CaseStatus.ANSWERED_LATE),
        (dt.date(2024, 3, 7), dt.date(2024, 3, 6), CaseStatus.OPEN),  # reply not yet made
        (dt.date(2024, 2, 8), dt.date(2024, 2, 8), CaseStatus.ANSWERED_ON_TIME),
    ],
)
def test_status_of_a_letter_received_before_the_spring_festival(
    replied_on: dt.date | None, on: dt.date, status: CaseStatus
) -> None:
    d = case_status(_case(replied_on=replied_on), on=on)
    assert d.value.status is status
    assert d.outcome == status.value
    assert d.value.due == dt.date(2024, 3, 6)
    assert d.subject == "L1"
    assert d.rules[:2] == ("supervision.case_status", "supervision.reply_deadline")


@pytest.mark.rule("supervision.case_status")
def test_asking_before_receipt_is_a_record_error() -> None:
    with pytest.raises(RecordError):
        case_status(_case(), on=dt.date(2024, 2, 7))


@pytest.mark.rule("supervision.case_status")
@pytest.mark.parametrize(
    ("field", "value"),
    [("replied_on", dt.date(2024, 2, 7)), ("assigned_on", dt.date(2024, 2, 1)), ("id", "")],
)
def test_bad_cases_are_validation_errors_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as info:
        _case(**{field: value, "handler": "王副部长"})
    assert field in str(info.value)
    raw = {"id": "L1", "received_on": FEB8, "handler": "王副部长", field: value}
    with pytest.raises(ValidationError, match=field):
        case_status(raw, on=dt.date(2024, 3, 1))  # type: ignore[arg-type]


@pytest.mark.rule("supervision.case_status")
@given(cases(), st.integers(0, 80))
def test_status_agrees_with_the_deadline(case: Case, offset: int) -> None:
    on = case.received_on + dt.timedelta(days=offset)
    d = case_status(case, on=on)
    due = reply_deadline(case.received_on).value
    assert d.value.due == due
    replied = case.replied_on is not None and case.replied_on <= on
    if d.value.status is CaseStatus.OPEN:
        assert not replied
        assert on <= due
    elif d.value.status is CaseStatus.OVERDUE:
        assert not replied
        assert on > due
    elif d.value.status is CaseStatus.ANSWERED_ON_TIME:
        assert replied
        assert case.replied_on is not None
        assert case.replied_on <= due
    else:
        assert replied
        assert case.replied_on is not None
        assert case.replied_on > due


@pytest.mark.rule("supervision.case_summary")
def test_rates_and_overdue_lists_per_handler_and_month() -> None:
    cs = [
        _case("A", handler="王副部长", replied_on=dt.date(2024, 3, 1)),  # on time
        _case("B", handler="王副部长"),  # overdue
        _case("C", handler="李副部长", replied_on=dt.date(2024, 3, 8)),  # late
        Case(id="D", received_on=dt.date(2024, 3, 25), handler="李副部长"),  # open
        Case(id="E", received_on=dt.date(2024, 3, 1)),  # unassigned, overdue on 03-25
    ]
    on = dt.date(2024, 3, 25)
    overall = case_summary(cs, on=on)
    assert [d.subject for d in overall] == ["all"]
    s = overall[0].value
    assert (s.received, s.answered_on_time, s.answered_late, s.overdue, s.open) == (5, 1, 1, 2, 1)
    assert s.on_time_rate == Fraction(1, 4)
    assert s.overdue_cases == ("B", "E")  # by due date: B due 03-06, E due 03-22
    assert s.late_cases == ("C",)

    by_handler = case_summary(cs, on=on, by="handler")
    assert [d.subject for d in by_handler] == ["handler:李副部长", "handler:王副部长", "unassigned"]
    wang = by_handler[1].value
    assert wang.on_time_rate == Fraction(1, 2)
    assert wang.overdue_cases == ("B",)
    li = by_handler[0].value
    assert li.on_time_rate == Fraction(0)
    assert li.late_cases == ("C",)
    assert li.open == 1
    assert by_handler[2].value.overdue_cases == ("E",)

    by_month = case_summary(cs, on=on, by="month")
    assert [d.subject for d in by_month] == ["month:2024-02", "month:2024-03"]
    assert by_month[0].value.on_time_rate == Fraction(1, 3)
    assert by_month[1].value.overdue_cases == ("E",)
    assert by_month[1].outcome == "overdue"


@pytest.mark.rule("supervision.case_summary")
def test_no_cases_gives_an_undefined_rate_not_a_division_by_zero() -> None:
    (d,) = case_summary([], on=dt.date(2025, 6, 30))
    assert d.value.on_time_rate is None
    assert d.outcome == "none_due"
    assert "undefined" in d.headline.en
    assert case_summary([], on=dt.date(2025, 6, 30), by="handler") == ()
    # Cases all within their time limit: no rate yet either.
    (open_only,) = case_summary([_case()], on=dt.date(2024, 2, 20))
    assert open_only.value.on_time_rate is None
    assert open_only.value.open == 1


@pytest.mark.rule("supervision.case_summary")
def test_duplicate_case_ids_are_a_record_error() -> None:
    with pytest.raises(RecordError):
        case_summary([_case("A"), _case("A")], on=dt.date(2024, 3, 1))


@pytest.mark.rule("supervision.case_summary")
@given(case_lists(), st.integers(0, 400), st.sampled_from(["all", "handler", "month"]))
def test_groups_partition_the_cases_and_rates_are_exact(
    cs: tuple[Case, ...], offset: int, by: str
) -> None:
    on = min((c.received_on for c in cs), default=dt.date(2025, 1, 1)) + dt.timedelta(days=offset)
    out = case_summary(cs, on=on, by=by)  # type: ignore[arg-type]
    known = [c for c in cs if c.received_on <= on]
    assert sum(d.value.received for d in out) == len(known)
    listed = [i for d in out for i in d.value.overdue_cases]
    overdue = {c.id for c in known if case_status(c, on=on).value.status is CaseStatus.OVERDUE}
    assert sorted(listed) == sorted(overdue)  # every overdue case listed once, no other
    for d in out:
        s = d.value
        assert s.received == s.open + s.answered_on_time + s.answered_late + s.overdue
        reached = s.answered_on_time + s.answered_late + s.overdue
        if reached:
            assert s.on_time_rate == Fraction(s.answered_on_time, reached)
            assert isinstance(s.on_time_rate, Fraction)
        else:
            assert s.on_time_rate is None


# -- issue 13 point 4: letters and visits that lawfully take longer ---------------------------

EXT = {
    "extended_until": dt.date(2024, 3, 20),
    "extension_approved_by": "张部长",
    "extension_reason": "需到乡镇调查核实",
}


@pytest.mark.rule("supervision.case_status")
def test_an_approved_extension_moves_the_due_date_and_is_not_late() -> None:
    c = _case(replied_on=dt.date(2024, 3, 15), **EXT)
    d = case_status(c, on=dt.date(2024, 3, 31))
    assert d.value.status is CaseStatus.ANSWERED_ON_TIME
    assert d.value.due == dt.date(2024, 3, 20)
    assert d.value.extended
    text = " ".join(x.zh for x in d.reasons)
    assert "张部长" in text
    assert "需到乡镇调查核实" in text
    assert "2024年3月20日" in text
    assert d.parameters["supervision.extension_max_days"] == 30
    # unreplied on the extended date: still open, not overdue
    assert case_status(_case(**EXT), on=dt.date(2024, 3, 20)).outcome == "open"
    s = case_summary([c], on=dt.date(2024, 3, 31))[0]
    assert (s.value.extended, s.value.answered_late, s.value.extended_cases) == (1, 0, ("L1",))
    assert "延期1件" in " ".join(x.zh for x in s.reasons)


@pytest.mark.rule("supervision.case_status")
def test_an_extension_beyond_the_national_limit_counts_only_up_to_it() -> None:
    # 信访工作条例 (2022): 延长期限不得超过30日: 2024-03-06 + 30 days = 2024-04-05
    c = _case(replied_on=dt.date(2024, 4, 20), **{**EXT, "extended_until": dt.date(2024, 4, 30)})
    d = case_status(c, on=dt.date(2024, 5, 31))
    assert d.value.due == dt.date(2024, 4, 5)
    assert d.outcome == "answered_late"
    assert "30" in " ".join(x.zh for x in d.reasons)
    # before the 条例 took effect the national limit is not applied
    old = Case(
        id="O", received_on=dt.date(2021, 3, 1), **{**EXT, "extended_until": dt.date(2021, 6, 30)}
    )
    assert case_status(old, on=dt.date(2021, 7, 1)).value.due == dt.date(2021, 6, 30)


@pytest.mark.rule("supervision.case_status")
@pytest.mark.parametrize("missing", ["extension_approved_by", "extension_reason"])
def test_an_extension_names_who_approved_it_and_why(missing: str) -> None:
    with pytest.raises(ValidationError, match=missing):
        _case(**{k: v for k, v in EXT.items() if k != missing})


@pytest.mark.rule("supervision.case_status")
def test_a_transferred_case_is_not_late_and_says_to_whom_and_when() -> None:
    c = _case(transferred_to="县信访局", transferred_on=dt.date(2024, 2, 20))
    d = case_status(c, on=dt.date(2024, 5, 31))
    assert d.value.status is CaseStatus.TRANSFERRED
    assert d.value.transferred_to == "县信访局"
    text = " ".join(x.zh for x in d.reasons)
    assert "县信访局" in text
    assert "2024年2月20日" in text
    # before the transfer it is an ordinary open case
    assert case_status(c, on=dt.date(2024, 2, 19)).outcome == "open"
    # a transfer after the reply limit is a late disposition
    late = _case(transferred_to="县信访局", transferred_on=dt.date(2024, 3, 8))
    assert case_status(late, on=dt.date(2024, 5, 31)).outcome == "answered_late"
    with pytest.raises(ValidationError, match="transferred_on"):
        _case(transferred_to="县信访局")


@pytest.mark.rule("supervision.case_status")
def test_a_case_not_accepted_says_why() -> None:
    c = _case(not_accepted_reason="属于诉讼途径解决的事项", replied_on=dt.date(2024, 2, 20))
    d = case_status(c, on=dt.date(2024, 5, 31))
    assert d.value.status is CaseStatus.NOT_ACCEPTED
    assert "属于诉讼途径解决的事项" in " ".join(x.zh for x in d.reasons)
    with pytest.raises(ValidationError):
        _case(not_accepted_reason="x", transferred_to="县信访局", transferred_on=FEB8)


@pytest.mark.rule("supervision.case_summary")
def test_the_rate_says_how_many_were_extended_transferred_or_not_accepted() -> None:
    cs = [
        _case("A", replied_on=dt.date(2024, 3, 1)),
        _case("B", replied_on=dt.date(2024, 3, 15), **EXT),
        _case("C", transferred_to="县信访局", transferred_on=dt.date(2024, 2, 20)),
        _case("D", not_accepted_reason="已经复核终结", replied_on=dt.date(2024, 2, 20)),
        _case("E"),
    ]
    s = case_summary(cs, on=dt.date(2024, 5, 31))[0]
    v = s.value
    assert (v.received, v.answered_on_time, v.overdue, v.answered_late) == (5, 2, 1, 0)
    assert (v.extended, v.transferred, v.not_accepted) == (1, 1, 1)
    assert v.transferred_cases == ("C",)
    assert v.not_accepted_cases == ("D",)
    assert v.on_time_rate == Fraction(2, 3)
    text = " ".join(x.zh for x in s.reasons)
    assert "延期1件" in text
    assert "转送/交办1件" in text
    assert "不予受理1件" in text
    assert "延期1件" in s.headline.zh


@pytest.mark.rule("supervision.case_summary")
def test_a_case_handled_by_someone_other_than_the_deputy_head_is_noted() -> None:
    # 组织部明确一名副部长处理群众来信来访
    cs = [_case("A", handler="王副部长"), _case("B", handler="李干事")]
    d = case_status(cs[1], on=dt.date(2024, 2, 9), deputy_head="王副部长")
    assert d.value.other_handler
    assert "李干事" in " ".join(x.zh for x in d.reasons)
    assert not case_status(
        cs[0], on=dt.date(2024, 2, 9), deputy_head="王副部长"
    ).value.other_handler
    s = case_summary(cs, on=dt.date(2024, 2, 9), deputy_head="王副部长")[0]
    assert s.value.other_handler_cases == ("B",)
    assert "李干事" in " ".join(x.zh for x in s.reasons)
    # with no deputy head named, more than one handler is itself noted
    anon = case_summary(cs, on=dt.date(2024, 2, 9))[0]
    assert "一名副部长" in " ".join(x.zh for x in anon.reasons)


@pytest.mark.rule("supervision.case_status")
def test_a_locality_may_let_any_approved_extension_count() -> None:
    from orgwork.policy import Policy

    policy = Policy.default().override({"supervision.extension_held_to_regulation": False})
    c = _case(replied_on=dt.date(2024, 4, 20), **{**EXT, "extended_until": dt.date(2024, 4, 30)})
    d = case_status(c, on=dt.date(2024, 5, 31), policy=policy)
    assert d.outcome == "answered_on_time"
    assert d.parameters["supervision.extension_held_to_regulation"] is False


# -- issue 16 points 3 and 4: the summary decides each day of receipt once, and groups in one pass --

_LIMIT = "supervision.reply_working_days"
_SET_ASIDE = (CaseStatus.TRANSFERRED, CaseStatus.NOT_ACCEPTED)


def _moved(case: Case, days: int) -> dict[str, Any]:
    """The fields of ``case`` with each of its dates moved by ``days`` days."""
    data = case.model_dump()
    for name in ("received_on", "assigned_on", "replied_on"):
        if data[name] is not None:
            data[name] += dt.timedelta(days=days)
    return data


@st.composite
def _letters(draw: st.DrawFn) -> tuple[Case, ...]:
    """Cases of ``case_lists`` moved into a few weeks (so that several share a day of receipt
    and a month), some extended (within the cap and past it), transferred or not accepted."""
    # late in 2026, a deadline may pass the official calendar (an error) or use an estimate
    first = draw(
        st.dates(dt.date(2021, 9, 1), dt.date(2026, 10, 31))
        | st.dates(dt.date(2026, 11, 20), dt.date(2026, 12, 31))
    )
    out = []
    for c in draw(case_lists(max_size=25)):
        data = _moved(c, (first - c.received_on).days + draw(st.integers(0, 45)))
        after = data["received_on"] + dt.timedelta(days=draw(st.integers(0, 90)))
        kind = draw(st.sampled_from(["plain", "plain", "extended", "transferred", "refused"]))
        if kind == "extended":
            data.update(
                extended_until=after, extension_approved_by="张部长", extension_reason="调查"
            )
        elif kind == "transferred":
            data.update(transferred_to="县信访局", transferred_on=after)
        elif kind == "refused":
            data.update(not_accepted_reason="不属于受理范围")
        out.append(Case.model_validate(data))
    return tuple(out)


@st.composite
def _dated_policies(draw: st.DrawFn, first: dt.date) -> Policy | None:
    """None, or a policy whose limit and extension parameters change once or twice after ``first``."""
    if draw(st.booleans()):
        return None
    policy = Policy.default()
    for _ in range(draw(st.integers(1, 2))):
        values = {
            "supervision.reply_working_days": draw(st.integers(5, 30)),
            "supervision.extension_max_days": draw(st.integers(1, 60)),
            "supervision.extension_held_to_regulation": draw(st.booleans()),
            "supervision.extension_limit_effective": first
            + dt.timedelta(days=draw(st.integers(-30, 60))),
        }
        changed = draw(st.sets(st.sampled_from(sorted(values)), min_size=1))
        effective = first + dt.timedelta(days=draw(st.integers(1, 40)))
        policy = policy.with_change(effective, {k: values[k] for k in sorted(changed)})
    return policy


def _old_groups(by: str, known: list[Case], states: list[CaseState]) -> dict[str, list[CaseState]]:
    """The grouping as ``case_summary`` did it before issue 16 (a scan of every case per group)."""
    pairs = list(zip(known, states, strict=True))
    if by == "all":
        return {"all": states}
    if by == "handler":
        named = sorted({c.handler for c in known if c.handler is not None})
        groups = {f"handler:{h}": [s for c, s in pairs if c.handler == h] for h in named}
        unassigned = [s for c, s in pairs if c.handler is None]
        if unassigned:
            groups["unassigned"] = unassigned
        return groups
    months = sorted({(c.received_on.year, c.received_on.month) for c in known})
    return {
        f"month:{y:04d}-{m:02d}": [
            s for c, s in pairs if (c.received_on.year, c.received_on.month) == (y, m)
        ]
        for y, m in months
    }


def _expected_summary(group: str, on: dt.date, states: list[CaseState]) -> CaseSummary:
    """A group's figures counted from its states, as ``CaseSummary`` defines them."""
    n = Counter(s.status for s in states)
    reached = n[CaseStatus.ANSWERED_ON_TIME] + n[CaseStatus.ANSWERED_LATE] + n[CaseStatus.OVERDUE]
    by_due = sorted(
        (s for s in states if s.status not in _SET_ASIDE), key=lambda s: (s.due, s.case)
    )

    def ids(status: CaseStatus) -> tuple[str, ...]:
        return tuple(sorted(s.case for s in states if s.status is status))

    return CaseSummary(
        group=group,
        on=on,
        received=len(states),
        open=n[CaseStatus.OPEN],
        answered_on_time=n[CaseStatus.ANSWERED_ON_TIME],
        answered_late=n[CaseStatus.ANSWERED_LATE],
        overdue=n[CaseStatus.OVERDUE],
        on_time_rate=Fraction(n[CaseStatus.ANSWERED_ON_TIME], reached) if reached else None,
        overdue_cases=tuple(s.case for s in by_due if s.status is CaseStatus.OVERDUE),
        late_cases=tuple(s.case for s in by_due if s.status is CaseStatus.ANSWERED_LATE),
        extended=sum(s.extended for s in states),
        transferred=n[CaseStatus.TRANSFERRED],
        not_accepted=n[CaseStatus.NOT_ACCEPTED],
        extended_cases=tuple(sorted(s.case for s in states if s.extended)),
        transferred_cases=ids(CaseStatus.TRANSFERRED),
        not_accepted_cases=ids(CaseStatus.NOT_ACCEPTED),
        other_handler_cases=tuple(sorted(s.case for s in states if s.other_handler)),
    )


@pytest.mark.rule("supervision.case_summary")
@given(
    st.data(),
    _letters(),
    st.sampled_from(["all", "handler", "month"]),
    st.sampled_from([None, "王副部长", " 李副部长\u200b", "赵副部长"]),
    st.booleans(),
)
def test_the_summary_gives_what_case_status_gives_case_by_case(
    data: st.DataObject, cs: tuple[Case, ...], by: str, deputy_head: str | None, estimate: bool
) -> None:
    # The reference is the summary the old way: a full case_status decision per case.
    first = min((c.received_on for c in cs), default=dt.date(2024, 3, 1))
    on = first + dt.timedelta(days=data.draw(st.integers(0, 150)))
    kw: dict[str, Any] = {
        "on": on,
        "deputy_head": deputy_head,
        "policy": data.draw(_dated_policies(first)),
        "calendar": official_calendar().with_provisional(2027) if estimate else None,
    }
    known = [c for c in cs if c.received_on <= on]
    try:
        decisions = [case_status(c, **kw) for c in known]
    except CalendarCoverageError as exc:  # a deadline past the calendar: the same error
        with pytest.raises(CalendarCoverageError, match=f"^{re.escape(str(exc))}$"):
            case_summary(cs, by=by, **kw)  # type: ignore[arg-type]
        return
    states = [d.value for d in decisions]
    limits = sorted({d.parameters[_LIMIT] for d in decisions})  # type: ignore[type-var]
    provisional = any(d.provisional for d in decisions)
    groups = _old_groups(by, known, states)

    got = case_summary(cs, by=by, **kw)  # type: ignore[arg-type]

    assert [d.subject for d in got] == list(groups)
    assert [d.value for d in got] == [_expected_summary(k, on, v) for k, v in groups.items()]
    for d in got:
        if limits:
            assert d.parameters == {_LIMIT: limits[0] if len(limits) == 1 else tuple(limits)}
        assert d.provisional is provisional
    # ... and every word of each decision, as the old path built them from the states
    ctx = RuleContext(case_summary, kw["policy"], on=on)
    old = []
    for key, members in groups.items():
        group = ctx.fork()
        group.record(_LIMIT, got[0].parameters[_LIMIT])
        group.provisional = provisional
        old.append(_cases._summary_decision(group, key, on, cast(Any, members), deputy_head))
    assert got == tuple(old)
    # the summary's members are the states' fields it reads
    fast, _ = _cases._members(known, on, deputy_head, kw["policy"], kw["calendar"])
    assert fast == [
        (s.case, c.received_on, s.status, s.due, s.handler, s.extended, s.other_handler)
        for c, s in zip(known, states, strict=True)
    ]
