"""举报专线专人接听、投诉信箱专人收取 and 明确一名副部长处理群众来信来访 (seed 000, 第五篇 三、一是)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.calendar import official_calendar
from orgwork.errors import CalendarCoverageError, PolicyError, RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import (
    case_lists,
    channel_assignments,
    clock_spans,
    deputy_designations,
    hotline_calls,
    mailbox_collections,
)
from orgwork.supervision import (
    CHANNELS_QUOTE,
    DEPUTY_QUOTE,
    Case,
    ChannelAssignment,
    DeputyDesignation,
    EntryFinding,
    HandlingFinding,
    HotlineCall,
    MailboxCollection,
    ReportingChannel,
    letters_deputy,
    reporting_channels,
)

D = dt.date
CHANNELS = "supervision.reporting_channels"
DEPUTY = "supervision.letters_deputy"
HOURS = ("08:30-12:00", "14:30-17:30")
WITH_HOURS = Policy.default().override({"supervision.hotline_hours": HOURS})
CAL = official_calendar()
MONDAY, FRIDAY = D(2025, 3, 3), D(2025, 3, 7)

#: 周敏 answers the reporting line and 刘洁 empties the mailbox, all of 2025.
STAFF = (
    ChannelAssignment(channel="hotline", person="周敏", first=D(2025, 1, 1)),
    ChannelAssignment(channel="mailbox", person="刘洁", first=D(2025, 1, 1)),
)


def _call(cid: str, day: dt.date, at: str | None, by: str | None) -> HotlineCall:
    return HotlineCall(id=cid, on=day, at=at, answered_by=by)


def _check(
    calls: list[HotlineCall],
    collections: list[MailboxCollection] = [],  # noqa: B006 - never mutated
    staff: tuple[ChannelAssignment, ...] = STAFF,
    first: dt.date = MONDAY,
    last: dt.date = FRIDAY,
    policy: Policy | None = WITH_HOURS,
):  # type: ignore[no-untyped-def]
    return reporting_channels(staff, calls, collections, first=first, last=last, policy=policy)


def _findings(calls: list[HotlineCall], **kw: object) -> list[tuple[str, str]]:
    line, _ = _check(calls, **kw)  # type: ignore[arg-type]
    return [(e.ref, e.finding.value) for e in line.value.entries]


# -- the catalogue ------------------------------------------------------------------------


@pytest.mark.rule("supervision.reporting_channels")
def test_the_channels_rule_cites_the_seed_and_its_one_parameter() -> None:
    r = get(CHANNELS)
    assert r.source.quote == CHANNELS_QUOTE
    assert "在工作时间内,明确专人接听" in r.source.quote
    assert "办公室安排专人收取来信" in r.source.quote
    assert r.source.section == "第五篇 三、一是"
    assert r.parameters == ("supervision.hotline_hours",)


@pytest.mark.rule("supervision.letters_deputy")
def test_the_deputy_rule_cites_the_seed() -> None:
    r = get(DEPUTY)
    assert r.source.quote == DEPUTY_QUOTE == "组织部明确一名副部长处理群众来信来访"
    assert r.parameters == ()


@pytest.mark.rule("supervision.reporting_channels")
def test_the_working_hours_are_local_and_unset_by_default() -> None:
    from orgwork.policy.supervision import SupervisionPolicy

    info = SupervisionPolicy.model_fields["hotline_hours"]
    assert info.default is None
    extra = info.json_schema_extra
    assert isinstance(extra, dict)
    assert extra["kind"] == "local"
    assert "在工作时间内,明确专人接听" in str(extra["source"])
    assert Policy.default().supervision.hotline_hours is None


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.parametrize(
    "hours",
    [
        (),
        ("8:30-12:00",),
        ("12:00-08:30",),
        ("08:30-08:30",),
        ("14:30-17:30", "08:30-12:00"),
        ("08:30-12:00", "11:00-14:00"),
        ("08:30-24:00",),
    ],
)
def test_working_hours_must_be_ordered_spans(hours: tuple[str, ...]) -> None:
    with pytest.raises(PolicyError, match="hotline_hours"):
        Policy.default().override({"supervision.hotline_hours": hours})


@pytest.mark.rule("supervision.reporting_channels")
def test_spans_may_touch() -> None:
    p = Policy.default().override({"supervision.hotline_hours": ("08:30-12:00", "12:00-13:00")})
    assert p.supervision.hotline_hours == ("08:30-12:00", "12:00-13:00")


# -- 举报专线: 在工作时间内,明确专人接听 ---------------------------------------------------------


@pytest.mark.rule("supervision.reporting_channels")
def test_calls_answered_by_the_designated_person_conform() -> None:
    line, box = _check([_call("DH1", D(2025, 3, 3), "09:00", "周敏")])
    assert line.outcome == "conforms"
    assert line.value.channel is ReportingChannel.HOTLINE
    assert line.value.hours == HOURS
    assert line.value.gap_days == ()
    assert [(e.ref, e.finding, e.designated) for e in line.value.entries] == [
        ("DH1", EntryFinding.DESIGNATED, ("周敏",))
    ]
    assert line.parameters == {"supervision.hotline_hours": HOURS}
    assert box.outcome == "conforms"
    assert box.value.hours is None
    assert box.parameters == {}
    assert box.value.channel is ReportingChannel.MAILBOX


@pytest.mark.rule("supervision.reporting_channels")
def test_a_call_answered_by_someone_else_is_listed_with_its_facts_and_referred() -> None:
    line, _ = _check([_call("DH1", D(2025, 3, 4), "10:05", "方志诚")])
    assert line.outcome == "violations"
    assert [(e.ref, e.by, e.designated) for e in line.value.of(EntryFinding.OTHER)] == [
        ("DH1", "方志诚", ("周敏",))
    ]
    zh = line.explain("zh")
    assert "非专人负责:DH1(2025年3月4日 10:05,方志诚)" in zh
    assert "责任如何认定由组织部研究决定" in zh
    assert "Who is answerable" not in line.explain("en")
    assert "who is answerable is for the department to decide" in line.explain("en")


@pytest.mark.rule("supervision.reporting_channels")
def test_a_call_in_working_time_nobody_answered_is_a_finding() -> None:
    line, _ = _check([_call("DH1", D(2025, 3, 5), "15:00", None)])
    assert line.outcome == "violations"
    assert line.value.of(EntryFinding.UNANSWERED)[0].ref == "DH1"
    assert "无人接听:DH1(2025年3月5日 15:00,无人接听)" in line.explain("zh")


@pytest.mark.rule("supervision.reporting_channels")
def test_working_hours_include_both_ends_and_nothing_outside() -> None:
    day = D(2025, 3, 6)
    calls = [
        _call("A", day, "08:29", None),
        _call("B", day, "08:30", None),
        _call("C", day, "12:00", None),
        _call("D", day, "12:01", None),
        _call("E", day, "14:29", None),
        _call("F", day, "17:30", None),
        _call("G", day, "17:31", None),
    ]
    assert _findings(calls) == [
        ("A", "outside_hours"),
        ("B", "unanswered"),
        ("C", "unanswered"),
        ("D", "outside_hours"),
        ("E", "outside_hours"),
        ("F", "unanswered"),
        ("G", "outside_hours"),
    ]


@pytest.mark.rule("supervision.reporting_channels")
def test_a_call_on_a_rest_day_is_not_judged_and_a_make_up_day_is_working_time() -> None:
    # 2025-03-08 is a Saturday; 2025-01-26 a Sunday worked for the Spring Festival (调休);
    # 2025-01-28 is in the Spring Festival holiday.
    calls = [
        _call("SAT", D(2025, 3, 8), "10:00", None),
        _call("MAKEUP", D(2025, 1, 26), "10:00", None),
        _call("HOLIDAY", D(2025, 1, 28), "10:00", "方志诚"),
    ]
    found = _findings(calls, first=D(2025, 1, 1), last=D(2025, 3, 31))
    assert found == [
        ("MAKEUP", "unanswered"),
        ("HOLIDAY", "outside_hours"),
        ("SAT", "outside_hours"),
    ]


@pytest.mark.rule("supervision.reporting_channels")
def test_with_no_working_hours_set_calls_on_working_days_are_listed_not_judged() -> None:
    calls = [
        _call("DH1", D(2025, 3, 3), "10:00", None),
        _call("DH2", D(2025, 3, 4), "10:00", "方志诚"),
        _call("DH3", D(2025, 3, 8), "10:00", None),  # a Saturday: outside working time anyway
    ]
    line, _ = _check(calls, policy=None, last=D(2025, 3, 9))
    assert line.outcome == "referred"
    assert [(e.ref, e.finding.value) for e in line.value.entries] == [
        ("DH1", "hours_unknown"),
        ("DH2", "hours_unknown"),
        ("DH3", "outside_hours"),
    ]
    assert line.value.hours is None
    assert line.parameters == {"supervision.hotline_hours": None}
    zh = line.explain("zh")
    assert "原文未规定工作时间的具体时段,本地未设定" in zh
    assert "不判定为未按要求接听" in zh


@pytest.mark.rule("supervision.reporting_channels")
def test_a_call_with_no_time_recorded_is_not_judged() -> None:
    line, _ = _check([_call("DH1", D(2025, 3, 3), None, None)])
    assert line.outcome == "referred"
    assert line.value.entries[0].finding is EntryFinding.HOURS_UNKNOWN


@pytest.mark.rule("supervision.reporting_channels")
def test_a_working_day_with_nobody_designated_is_a_gap() -> None:
    # 周敏 to Friday 2025-03-07; 陈亮 from Tuesday 2025-03-11: Monday 10 March is a gap,
    # the weekend between is not.
    staff = (
        ChannelAssignment(
            channel="hotline", person="周敏", first=D(2025, 3, 1), last=D(2025, 3, 7)
        ),
        ChannelAssignment(channel="hotline", person="陈亮", first=D(2025, 3, 11)),
        ChannelAssignment(channel="mailbox", person="刘洁", first=D(2025, 3, 1)),
    )
    calls = [_call("DH1", D(2025, 3, 10), "09:30", "唐雨萱")]
    line, box = _check(calls, staff=staff, first=D(2025, 3, 3), last=D(2025, 3, 14))
    assert line.value.gap_days == (D(2025, 3, 10),)
    assert line.value.entries[0].finding is EntryFinding.NO_DESIGNATION
    assert line.outcome == "violations"
    assert "举报专线有1个工作日未明确专人:2025年3月10日" in line.explain("zh")
    assert box.value.gap_days == ()


@pytest.mark.rule("supervision.reporting_channels")
def test_the_national_day_holiday_is_no_gap() -> None:
    # nobody designated from 1 to 8 October 2025 (the holiday): no working day is missed;
    # the make-up Saturday 11 October is a working day with nobody: a gap.
    staff = (
        ChannelAssignment(
            channel="hotline", person="周敏", first=D(2025, 9, 1), last=D(2025, 9, 30)
        ),
        ChannelAssignment(
            channel="hotline", person="周敏", first=D(2025, 10, 9), last=D(2025, 10, 10)
        ),
        ChannelAssignment(channel="hotline", person="周敏", first=D(2025, 10, 12)),
    )
    line, box = _check([], staff=staff, first=D(2025, 9, 28), last=D(2025, 10, 31))
    assert line.value.gap_days == (D(2025, 10, 11),)
    # no mailbox designation at all: every working day of the period is a gap
    assert len(box.value.gap_days) == CAL.working_days_between(D(2025, 9, 27), D(2025, 10, 31))
    assert box.outcome == "violations"


@pytest.mark.rule("supervision.reporting_channels")
def test_several_designated_at_once_any_of_them_may_answer() -> None:
    staff = (
        *STAFF,
        ChannelAssignment(
            channel="hotline", person="陈亮", first=D(2025, 3, 1), last=D(2025, 3, 31)
        ),
    )
    line, _ = _check([_call("DH1", D(2025, 3, 3), "09:00", "陈亮")], staff=staff)
    assert line.outcome == "conforms"
    assert line.value.entries[0].designated == ("周敏", "陈亮")


@pytest.mark.rule("supervision.reporting_channels")
def test_a_mailbox_designation_does_not_cover_the_line() -> None:
    staff = (ChannelAssignment(channel="mailbox", person="周敏", first=D(2025, 1, 1)),)
    line, box = _check([_call("DH1", D(2025, 3, 3), "09:00", "周敏")], staff=staff)
    assert line.value.entries[0].finding is EntryFinding.NO_DESIGNATION
    assert len(line.value.gap_days) == 5
    assert box.value.gap_days == ()


# -- 投诉信箱: 办公室安排专人收取来信 ------------------------------------------------------------


@pytest.mark.rule("supervision.reporting_channels")
def test_letters_collected_by_someone_else_are_listed() -> None:
    collections = [
        MailboxCollection(on=D(2025, 3, 3), collected_by="刘洁", letters=2),
        MailboxCollection(on=D(2025, 3, 8), collected_by="唐雨萱", letters=1),  # a Saturday
    ]
    _, box = _check([], collections, last=D(2025, 3, 9))
    assert box.outcome == "violations"
    assert [(e.on, e.by, e.finding.value) for e in box.value.entries] == [
        (D(2025, 3, 3), "刘洁", "designated"),
        (D(2025, 3, 8), "唐雨萱", "other"),
    ]
    assert "非专人负责:2025年3月8日(唐雨萱)" in box.explain("zh")


@pytest.mark.rule("supervision.reporting_channels")
def test_a_collection_with_nobody_designated_is_listed() -> None:
    staff = (ChannelAssignment(channel="hotline", person="周敏", first=D(2025, 1, 1)),)
    collections = [MailboxCollection(on=D(2025, 3, 3), collected_by="刘洁")]
    _, box = _check([], collections, staff=staff)
    assert box.value.entries[0].finding is EntryFinding.NO_DESIGNATION


@pytest.mark.rule("supervision.reporting_channels")
def test_only_the_period_counts() -> None:
    calls = [
        _call("IN", D(2025, 3, 3), "09:00", "周敏"),
        _call("OUT", D(2025, 3, 10), "09:00", "x"),
    ]
    collections = [MailboxCollection(on=D(2025, 2, 28), collected_by="x")]
    line, box = _check(calls, collections)
    assert [e.ref for e in line.value.entries] == ["IN"]
    assert box.value.entries == ()
    assert (line.outcome, box.outcome) == ("conforms", "conforms")


# -- bad input ---------------------------------------------------------------------------


@pytest.mark.rule("supervision.reporting_channels")
def test_bad_input_is_refused_naming_the_field() -> None:
    with pytest.raises(RecordError, match="before first"):
        _check([], first=D(2025, 3, 7), last=D(2025, 3, 3))
    with pytest.raises(RecordError, match="DH1"):
        _check([_call("DH1", D(2025, 3, 3), None, None), _call("DH1", D(2025, 3, 4), None, None)])
    with pytest.raises(ValidationError, match="at"):
        HotlineCall(id="DH1", on=D(2025, 3, 3), at="9:00")
    with pytest.raises(ValidationError, match="at"):
        HotlineCall(id="DH1", on=D(2025, 3, 3), at="24:00")
    with pytest.raises(ValidationError, match="last is before first"):
        ChannelAssignment(channel="hotline", person="周敏", first=D(2025, 3, 3), last=D(2025, 3, 2))
    with pytest.raises(ValidationError, match="channel"):
        ChannelAssignment(channel="letter", person="周敏", first=D(2025, 3, 3))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="letters"):
        MailboxCollection(on=D(2025, 3, 3), collected_by="刘洁", letters=-1)
    with pytest.raises(RecordError, match="calls"):
        reporting_channels([], "DH1", [], first=D(2025, 3, 3), last=D(2025, 3, 3))  # type: ignore[arg-type]
    with pytest.raises(CalendarCoverageError):
        _check([], first=D(2027, 1, 4), last=D(2027, 1, 8))


@pytest.mark.rule("supervision.reporting_channels")
def test_a_caller_s_words_stay_out_of_the_repr() -> None:
    call = HotlineCall(id="DH1", on=D(2025, 3, 3), note="举报某干部收受礼金")
    assert "礼金" not in repr(call)
    assert call.note == "举报某干部收受礼金"


# -- properties --------------------------------------------------------------------------

MARCH = (D(2025, 3, 1), D(2025, 3, 31))


@pytest.mark.rule("supervision.reporting_channels")
@settings(max_examples=60, deadline=None)
@given(
    staff=channel_assignments(*MARCH),
    calls=hotline_calls(*MARCH),
    collections=mailbox_collections(*MARCH),
    hours=clock_spans(),
)
def test_every_call_is_judged_once_against_the_people_designated_that_day(
    staff: tuple[ChannelAssignment, ...],
    calls: tuple[HotlineCall, ...],
    collections: tuple[MailboxCollection, ...],
    hours: tuple[str, ...] | None,
) -> None:
    policy = Policy.default().override({"supervision.hotline_hours": hours})
    line, box = reporting_channels(
        staff, calls, collections, first=MARCH[0], last=MARCH[1], policy=policy
    )
    assert sorted(e.ref for e in line.value.entries) == sorted(c.id for c in calls)
    keys = [(e.on, e.at or "", e.ref) for e in line.value.entries]
    assert keys == sorted(keys)
    by_id = {c.id: c for c in calls}
    for e in line.value.entries:
        c = by_id[e.ref]
        named = sorted(
            {a.person for a in staff if a.channel is ReportingChannel.HOTLINE and a.in_force(c.on)}
        )
        assert list(e.designated) == named
        working = CAL.is_working_day(c.on)
        in_hours = (
            hours is not None and c.at is not None and any(s[:5] <= c.at <= s[6:] for s in hours)
        )
        if not working or (hours is not None and c.at is not None and not in_hours):
            assert e.finding is EntryFinding.OUTSIDE_HOURS
        elif not in_hours:
            assert e.finding is EntryFinding.HOURS_UNKNOWN
        elif c.answered_by is None:
            assert e.finding is EntryFinding.UNANSWERED
        elif not named:
            assert e.finding is EntryFinding.NO_DESIGNATION
        else:
            assert (e.finding is EntryFinding.DESIGNATED) == (c.answered_by in named)
    for check, channel in (
        (line.value, ReportingChannel.HOTLINE),
        (box.value, ReportingChannel.MAILBOX),
    ):
        days = [MARCH[0] + dt.timedelta(days=i) for i in range(31)]
        expected = [
            d
            for d in days
            if CAL.is_working_day(d)
            and not any(a.channel is channel and a.in_force(d) for a in staff)
        ]
        assert list(check.gap_days) == expected
    assert len(box.value.entries) == len(collections)
    for d in (line, box):
        faults = d.value.gap_days or d.value.of(
            EntryFinding.OTHER, EntryFinding.UNANSWERED, EntryFinding.NO_DESIGNATION
        )
        unknown = d.value.of(EntryFinding.HOURS_UNKNOWN)
        assert d.outcome == ("violations" if faults else "referred" if unknown else "conforms")
    if hours is None:
        assert not line.value.of(
            EntryFinding.DESIGNATED, EntryFinding.OTHER, EntryFinding.UNANSWERED
        )


# -- 明确一名副部长处理群众来信来访 -------------------------------------------------------------

YEAR = (D(2025, 1, 1), D(2025, 12, 31))


def _case(cid: str, day: dt.date, handler: str | None) -> Case:
    return Case(id=cid, received_on=day, handler=handler)


@pytest.mark.rule("supervision.letters_deputy")
def test_cases_handled_by_the_one_deputy_head_named_conform() -> None:
    named = [DeputyDesignation(person="韩晓东", first=D(2025, 1, 1))]
    d = letters_deputy(
        named, [_case("XF-1", D(2025, 3, 15), "韩晓东")], first=YEAR[0], last=YEAR[1]
    )
    assert d.outcome == "conforms"
    assert d.value.gaps == d.value.overlaps == ()
    assert [(c.case, c.finding) for c in d.value.cases] == [("XF-1", HandlingFinding.DESIGNATED)]
    assert "2025年1月1日至2025年12月31日明确韩晓东处理" in d.explain("zh")


@pytest.mark.rule("supervision.letters_deputy")
def test_a_case_handled_by_someone_else_is_listed_and_referred() -> None:
    named = [DeputyDesignation(person="韩晓东", first=D(2025, 1, 1))]
    cases = [_case("XF-2", D(2025, 4, 1), "方志诚"), _case("XF-1", D(2025, 3, 15), "韩晓东")]
    d = letters_deputy(named, cases, first=YEAR[0], last=YEAR[1])
    assert d.outcome == "violations"
    assert [(c.case, c.handler, c.designated) for c in d.value.of(HandlingFinding.OTHER)] == [
        ("XF-2", "方志诚", ("韩晓东",))
    ]
    assert [c.case for c in d.value.cases] == ["XF-1", "XF-2"]
    zh = d.explain("zh")
    assert "由明确的副部长以外的人员处理:XF-2(2025年4月1日收到,方志诚)" in zh
    assert "不认定责任" in zh


@pytest.mark.rule("supervision.letters_deputy")
def test_the_deputy_head_in_force_on_the_day_of_receipt_counts() -> None:
    named = [
        DeputyDesignation(person="韩晓东", first=D(2025, 1, 1), last=D(2025, 6, 30)),
        DeputyDesignation(person="罗建平", first=D(2025, 7, 1)),
    ]
    cases = [_case("A", D(2025, 6, 30), "韩晓东"), _case("B", D(2025, 7, 1), "韩晓东")]
    d = letters_deputy(named, cases, first=YEAR[0], last=YEAR[1])
    assert [(c.case, c.finding.value) for c in d.value.cases] == [
        ("A", "designated"),
        ("B", "other"),
    ]
    assert d.value.gaps == d.value.overlaps == ()


@pytest.mark.rule("supervision.letters_deputy")
def test_days_with_no_deputy_head_named_are_referred() -> None:
    named = [
        DeputyDesignation(person="韩晓东", first=D(2025, 1, 1), last=D(2025, 6, 30)),
        DeputyDesignation(person="罗建平", first=D(2025, 7, 3)),
    ]
    d = letters_deputy(named, [_case("A", D(2025, 7, 2), "韩晓东")], first=YEAR[0], last=YEAR[1])
    assert d.outcome == "referred"
    assert [(g.first, g.last, g.people) for g in d.value.gaps] == [
        (D(2025, 7, 1), D(2025, 7, 2), ())
    ]
    assert d.value.cases[0].finding is HandlingFinding.NO_DESIGNATION
    assert d.value.cases[0].designated == ()
    assert "2025年7月1日至2025年7月2日未明确副部长" in d.explain("zh")


@pytest.mark.rule("supervision.letters_deputy")
def test_two_deputy_heads_named_at_once_are_referred() -> None:
    named = [
        DeputyDesignation(person="韩晓东", first=D(2025, 1, 1)),
        DeputyDesignation(person="罗建平", first=D(2025, 3, 1), last=D(2025, 3, 31)),
    ]
    cases = [_case("A", D(2025, 3, 10), "罗建平"), _case("B", D(2025, 4, 1), "韩晓东")]
    d = letters_deputy(named, cases, first=YEAR[0], last=YEAR[1])
    assert d.outcome == "referred"
    assert [(o.first, o.last, o.people) for o in d.value.overlaps] == [
        (D(2025, 3, 1), D(2025, 3, 31), ("罗建平", "韩晓东"))
    ]
    assert [(c.case, c.finding.value) for c in d.value.cases] == [
        ("A", "several"),
        ("B", "designated"),
    ]
    assert "同时明确了罗建平、韩晓东,不是一名" in d.explain("zh")


@pytest.mark.rule("supervision.letters_deputy")
def test_a_case_with_no_handler_is_referred_and_no_designation_is_one_gap() -> None:
    named = [DeputyDesignation(person="韩晓东", first=D(2025, 1, 1))]
    d = letters_deputy(named, [_case("A", D(2025, 5, 5), None)], first=YEAR[0], last=YEAR[1])
    assert (d.outcome, d.value.cases[0].finding) == ("referred", HandlingFinding.NO_HANDLER)
    none = letters_deputy([], [], first=YEAR[0], last=YEAR[1])
    assert none.outcome == "referred"
    assert [(g.first, g.last) for g in none.value.gaps] == [YEAR]


@pytest.mark.rule("supervision.letters_deputy")
def test_the_same_person_named_twice_in_a_row_is_one_stretch() -> None:
    named = [
        DeputyDesignation(person="韩晓东", first=D(2025, 1, 1), last=D(2025, 6, 30)),
        DeputyDesignation(person="韩晓东", first=D(2025, 7, 1)),
    ]
    d = letters_deputy(named, [], first=YEAR[0], last=YEAR[1])
    assert d.outcome == "conforms"
    assert "2025年1月1日至2025年12月31日明确韩晓东处理" in d.explain("zh")


@pytest.mark.rule("supervision.letters_deputy")
def test_deputy_bad_input_is_refused() -> None:
    with pytest.raises(RecordError, match="before first"):
        letters_deputy([], [], first=YEAR[1], last=YEAR[0])
    with pytest.raises(RecordError, match="A"):
        letters_deputy(
            [],
            [_case("A", D(2025, 1, 2), None), _case("A", D(2025, 1, 3), None)],
            first=YEAR[0],
            last=YEAR[1],
        )
    with pytest.raises(ValidationError, match="person"):
        letters_deputy([{"person": ""}], [], first=YEAR[0], last=YEAR[1])  # type: ignore[list-item]


@pytest.mark.rule("supervision.letters_deputy")
@settings(max_examples=60, deadline=None)
@given(named=deputy_designations(*YEAR), cases=case_lists(max_size=8, handlers=("周敏", "韩晓东")))
def test_stretches_cover_the_period_and_each_case_is_judged_on_its_day(
    named: tuple[DeputyDesignation, ...], cases: tuple[Case, ...]
) -> None:
    d = letters_deputy(named, cases, first=YEAR[0], last=YEAR[1])

    def people(day: dt.date) -> tuple[str, ...]:
        return tuple(sorted({n.person for n in named if n.in_force(day)}))

    gap_days = {
        g.first + dt.timedelta(days=i)
        for g in d.value.gaps
        for i in range((g.last - g.first).days + 1)
    }
    over_days = {
        o.first + dt.timedelta(days=i)
        for o in d.value.overlaps
        for i in range((o.last - o.first).days + 1)
    }
    days = [YEAR[0] + dt.timedelta(days=i) for i in range(365)]
    assert gap_days == {x for x in days if not people(x)}
    assert over_days == {x for x in days if len(people(x)) > 1}
    for o in d.value.overlaps:
        assert all(
            people(o.first + dt.timedelta(days=i)) == o.people
            for i in range((o.last - o.first).days + 1)
        )
    inside = [c for c in cases if YEAR[0] <= c.received_on <= YEAR[1]]
    assert [h.case for h in d.value.cases] == [
        c.id for c in sorted(inside, key=lambda c: (c.received_on, c.id))
    ]
    for h, c in zip(
        d.value.cases, sorted(inside, key=lambda c: (c.received_on, c.id)), strict=True
    ):
        p = people(c.received_on)
        assert h.designated == p
        if not p:
            assert h.finding is HandlingFinding.NO_DESIGNATION
        elif len(p) > 1:
            assert h.finding is HandlingFinding.SEVERAL
        elif c.handler is None:
            assert h.finding is HandlingFinding.NO_HANDLER
        else:
            assert (h.finding is HandlingFinding.DESIGNATED) == (c.handler == p[0])
    other = d.value.of(HandlingFinding.OTHER)
    undecided = (
        d.value.gaps
        or d.value.overlaps
        or d.value.of(
            HandlingFinding.NO_HANDLER, HandlingFinding.NO_DESIGNATION, HandlingFinding.SEVERAL
        )
    )
    assert d.outcome == ("violations" if other else "referred" if undecided else "conforms")


@pytest.mark.rule("supervision.letters_deputy")
@settings(max_examples=30, deadline=None)
@given(named=deputy_designations(*YEAR), cases=case_lists(max_size=6), data=st.data())
def test_the_order_of_the_input_does_not_matter(
    named: tuple[DeputyDesignation, ...], cases: tuple[Case, ...], data: st.DataObject
) -> None:
    d = letters_deputy(named, cases, first=YEAR[0], last=YEAR[1])
    again = letters_deputy(
        data.draw(st.permutations(named)),
        data.draw(st.permutations(cases)),
        first=YEAR[0],
        last=YEAR[1],
    )
    assert again == d
