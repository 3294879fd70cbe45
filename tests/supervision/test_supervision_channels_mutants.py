"""Tests that kill the surviving mutants of orgwork.supervision._channels (the argument names in
errors, the day the policy is read on, the subjects, the period's ends)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.supervision import (
    Case,
    ChannelAssignment,
    DeputyDesignation,
    HotlineCall,
    letters_deputy,
    reporting_channels,
)

D = dt.date
FIRST, LAST = D(2025, 3, 3), D(2025, 3, 7)
STAFF = (
    ChannelAssignment(channel="hotline", person="周敏", first=D(2025, 1, 1)),
    ChannelAssignment(channel="mailbox", person="刘洁", first=D(2025, 1, 1)),
)
HOURS = Policy.default().override({"supervision.hotline_hours": ("08:30-12:00",)})


def _channels(**kw: Any) -> Any:
    args: dict[str, Any] = {
        "assignments": STAFF,
        "calls": (),
        "collections": (),
        "first": FIRST,
        "last": LAST,
        "policy": HOURS,
    }
    args.update(kw)
    return reporting_channels(
        args.pop("assignments"), args.pop("calls"), args.pop("collections"), **args
    )


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.parametrize("field", ["assignments", "calls", "collections"])
def test_a_bad_collection_is_named(field: str) -> None:
    with pytest.raises(RecordError, match=f"^{field}: expected a collection"):
        _channels(**{field: "DH1"})


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.parametrize("field", ["first", "last"])
def test_a_bad_date_is_named(field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        _channels(**{field: "not a date"})
    with pytest.raises(ValidationError, match=field):
        letters_deputy([], [], **{"first": FIRST, "last": LAST, field: "not a date"})


@pytest.mark.rule("supervision.reporting_channels")
def test_a_duplicate_call_is_named_as_a_call() -> None:
    calls = [HotlineCall(id="DH1", on=FIRST), HotlineCall(id="DH1", on=LAST)]
    with pytest.raises(RecordError, match=r"^call listed more than once: DH1$"):
        _channels(calls=calls)


@pytest.mark.rule("supervision.letters_deputy")
def test_a_duplicate_case_is_named_as_a_case() -> None:
    cases = [Case(id="A", received_on=FIRST), Case(id="A", received_on=LAST)]
    with pytest.raises(RecordError, match=r"^case listed more than once: A$"):
        letters_deputy([], cases, first=FIRST, last=LAST)


@pytest.mark.rule("supervision.letters_deputy")
@pytest.mark.parametrize("field", ["designations", "cases"])
def test_a_bad_deputy_collection_is_named(field: str) -> None:
    args: dict[str, Any] = {"designations": [], "cases": []}
    args[field] = "A"
    with pytest.raises(RecordError, match=f"^{field}: expected a collection"):
        letters_deputy(args["designations"], args["cases"], first=FIRST, last=LAST)


@pytest.mark.rule("supervision.reporting_channels")
def test_a_wrong_calendar_or_policy_is_refused() -> None:
    with pytest.raises(TypeError, match="calendar"):
        _channels(calendar={})
    with pytest.raises(TypeError, match="policy"):
        letters_deputy([], [], first=FIRST, last=LAST, policy={})  # type: ignore[arg-type]


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.rule("supervision.letters_deputy")
def test_a_period_of_one_day_is_allowed_and_both_ends_count() -> None:
    line, _ = _channels(
        calls=[HotlineCall(id="DH1", on=FIRST, at="09:00", answered_by="周敏")], last=FIRST
    )
    assert [e.ref for e in line.value.entries] == ["DH1"]
    cases = [
        Case(id="A", received_on=FIRST, handler="韩晓东"),
        Case(id="B", received_on=LAST, handler="韩晓东"),
    ]
    named = [DeputyDesignation(person="韩晓东", first=FIRST)]
    d = letters_deputy(named, cases, first=FIRST, last=LAST)
    assert [c.case for c in d.value.cases] == ["A", "B"]
    one = letters_deputy(named, cases[:1], first=FIRST, last=FIRST)
    assert [c.case for c in one.value.cases] == ["A"]


@pytest.mark.rule("supervision.reporting_channels")
def test_the_hours_in_force_on_the_first_day_are_used() -> None:
    dated = HOURS.with_change(D(2025, 3, 5), {"supervision.hotline_hours": ("14:00-17:00",)})
    before, _ = _channels(policy=dated)
    after, _ = _channels(policy=dated, first=D(2025, 3, 5))
    assert before.value.hours == ("08:30-12:00",)
    assert after.value.hours == ("14:00-17:00",)


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.rule("supervision.letters_deputy")
def test_the_subjects_are_said_in_chinese() -> None:
    line, box = _channels()
    assert (line.subject, box.subject) == ("举报专线", "投诉信箱")
    d = letters_deputy([], [], first=FIRST, last=LAST)
    assert d.subject == "处理群众来信来访的副部长"


@pytest.mark.rule("supervision.reporting_channels")
def test_a_call_with_no_time_is_shown_without_one_and_referred() -> None:
    line, _ = _channels(calls=[HotlineCall(id="DH1", on=FIRST)])
    zh = line.explain("zh")
    assert "无法确定是否在工作时间内,不作判定:DH1(2025年3月3日,无人接听)" in zh
    assert "责任如何认定由组织部研究决定" in zh
    clean, _ = _channels(calls=[HotlineCall(id="DH1", on=FIRST, at="09:00", answered_by="周敏")])
    assert "研究决定" not in clean.explain("zh")


@pytest.mark.rule("supervision.letters_deputy")
def test_a_designation_ending_after_the_period_adds_no_stretch() -> None:
    named = [DeputyDesignation(person="韩晓东", first=D(2025, 1, 1), last=D(2026, 1, 1))]
    d = letters_deputy(named, [], first=D(2025, 1, 1), last=D(2025, 12, 31))
    assert d.outcome == "conforms"
    lines = [r.zh for r in d.reasons if "明确韩晓东处理" in r.zh]
    assert lines == ["2025年1月1日至2025年12月31日明确韩晓东处理"]
    assert "不认定责任" not in d.explain("zh")


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.rule("supervision.letters_deputy")
@pytest.mark.parametrize("field", ["first", "last"])
def test_a_bad_date_is_named_exactly(field: str) -> None:
    exact = rf"(?m)^{field}$"
    with pytest.raises(ValidationError, match=exact):
        _channels(**{field: "not a date"})
    with pytest.raises(ValidationError, match=exact):
        letters_deputy([], [], **{"first": FIRST, "last": LAST, field: "not a date"})


@pytest.mark.rule("supervision.reporting_channels")
def test_collections_of_one_day_are_listed_by_person_whatever_the_order() -> None:
    from orgwork.supervision import MailboxCollection

    given = [
        MailboxCollection(on=FIRST, collected_by="唐雨萱"),
        MailboxCollection(on=FIRST, collected_by="刘洁"),
    ]
    _, box = _channels(collections=given)
    assert [e.by for e in box.value.entries] == sorted(["唐雨萱", "刘洁"])


@pytest.mark.rule("supervision.reporting_channels")
def test_the_mailbox_says_nothing_of_working_hours() -> None:
    line, box = _channels(policy=None)
    unset = "原文未规定工作时间的具体时段"
    assert unset in line.explain("zh")
    assert unset not in box.explain("zh")
    set_line, set_box = _channels()
    assert "工作时间:工作日08:30-12:00" in set_line.explain("zh")
    assert "工作时间:" not in set_box.explain("zh")
