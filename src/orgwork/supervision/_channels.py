"""举报专线、投诉信箱和处理来信来访的副部长 — who answers, who collects, who handles.

Seed 000, 第五篇 三、一是: "部机关专门设立了一部电话作为举报专线,在工作时间内,明确专人
接听;在机关院外设立了投诉信箱,办公室安排专人收取来信。组织部明确一名副部长处理群众来信
来访". Two rules read a department's logs against the people it named:

- [`reporting_channels`][orgwork.supervision.reporting_channels]: the calls on the reporting
  line in working time are answered by the designated person (专人) in force that day, the
  letters in the mailbox are collected by its designated person, and every working day has
  one. The working hours are a local parameter the text does not give
  (``supervision.hotline_hours``, unset by default): while it is unset a call on a working
  day is listed, not judged, and the matter referred.
- [`letters_deputy`][orgwork.supervision.letters_deputy]: each letter or visit
  ([`Case`][orgwork.supervision.Case]) is handled by the one deputy head named on the day it
  was received; a day with no deputy head named, or two at once, is referred.

Neither rule names anyone to blame: what is found is listed with its facts, and
accountability is left to the department (it is referred).
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from orgwork._args import as_date, as_models, check_unique
from orgwork.calendar import Calendar, checked_calendar
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._cases import Case
from orgwork.supervision._common import S000

__all__ = [
    "CHANNELS_QUOTE",
    "DEPUTY_QUOTE",
    "CaseHandling",
    "ChannelAssignment",
    "ChannelCheck",
    "ChannelEntry",
    "ClockTime",
    "DeputyCheck",
    "DeputyDesignation",
    "DeputyPeriod",
    "EntryFinding",
    "HandlingFinding",
    "HotlineCall",
    "MailboxCollection",
    "ReportingChannel",
    "letters_deputy",
    "reporting_channels",
]

#: The seed's sentence on the reporting line and the mailbox (第五篇 三、一是), verbatim.
CHANNELS_QUOTE = (
    "部机关专门设立了一部电话作为举报专线,在工作时间内,明确专人接听;"
    "在机关院外设立了投诉信箱,办公室安排专人收取来信"
)
#: The seed's sentence naming one deputy head for letters and visits (第五篇 三、一是), verbatim.
DEPUTY_QUOTE = "组织部明确一名副部长处理群众来信来访"

_HOURS = "supervision.hotline_hours"

#: A time of day on the 24-hour clock, ``HH:MM`` (``08:30``, ``17:30``).
ClockTime = Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


class ReportingChannel(enum.StrEnum):
    """民意渠道中需专人负责的两个 — the reporting line and the complaints mailbox.

    >>> [c.zh for c in ReportingChannel]
    ['举报专线', '投诉信箱']
    """

    HOTLINE = "hotline"
    """举报专线 — the reporting telephone line, answered by a designated person in working time."""
    MAILBOX = "mailbox"
    """投诉信箱 — the complaints mailbox outside the offices, emptied by a designated person."""

    @property
    def zh(self) -> str:
        """The seed's name of the channel."""
        return "举报专线" if self is ReportingChannel.HOTLINE else "投诉信箱"

    @property
    def en(self) -> str:
        """The channel's English name."""
        return "reporting line" if self is ReportingChannel.HOTLINE else "complaints mailbox"


class _Dated(BaseModel):
    """A designation from ``first`` to ``last`` inclusive (``last`` None: still in force)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id = Field(min_length=1)
    first: dt.date
    last: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> _Dated:
        if self.last is not None and self.last < self.first:
            raise ValueError("last is before first")
        return self

    def in_force(self, on: dt.date) -> bool:
        """Whether the designation holds on ``on``."""
        return self.first <= on and (self.last is None or on <= self.last)


class ChannelAssignment(_Dated):
    """专人安排 — ``person`` answers the reporting line, or collects the mailbox, from ``first``.

    Several people may be designated for a channel at once (the seed says 专人,
    not how many); any of them answering counts.

    >>> a = ChannelAssignment(channel="hotline", person="周敏", first=dt.date(2025, 1, 1))
    >>> a.in_force(dt.date(2025, 6, 1)), a.channel.zh
    (True, '举报专线')
    """

    channel: ReportingChannel


class DeputyDesignation(_Dated):
    """明确一名副部长处理群众来信来访 — the deputy head named, from ``first`` (to ``last``).

    >>> DeputyDesignation(person="韩晓东", first=dt.date(2025, 1, 1)).in_force(dt.date(2024, 12, 31))
    False
    """


class HotlineCall(BaseModel):
    """举报电话来电记录 — a call on the reporting line: when, and who answered (None: nobody).

    ``at`` is the time of day, ``HH:MM`` (None: not recorded). ``note`` is what
    the caller said: never in the repr.

    >>> HotlineCall(id="DH-001", on=dt.date(2025, 3, 3), at="09:15", answered_by="周敏").at
    '09:15'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    on: dt.date
    at: ClockTime | None = None
    answered_by: Id | None = Field(default=None, min_length=1)
    note: str = Field(default="", repr=False)  # a caller's words: never in repr/logs


class MailboxCollection(BaseModel):
    """投诉信箱收取记录 — the mailbox emptied on ``on`` by ``collected_by``.

    >>> MailboxCollection(on=dt.date(2025, 3, 3), collected_by="刘洁", letters=2).letters
    2
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    collected_by: Id = Field(min_length=1)
    letters: int = Field(default=0, ge=0)


class EntryFinding(enum.StrEnum):
    """What the check finds about one call or one collection."""

    DESIGNATED = "designated"
    """由专人接听/收取 — answered or collected by a person designated that day."""
    OTHER = "other"
    """非专人接听/收取 — answered or collected by someone not designated that day."""
    UNANSWERED = "unanswered"
    """无人接听 — a call in working time nobody answered."""
    NO_DESIGNATION = "no_designation"
    """当日未明确专人 — nobody was designated that day: nothing to compare with."""
    OUTSIDE_HOURS = "outside_hours"
    """工作时间以外 — a call on a rest day or outside the working hours set: not judged."""
    HOURS_UNKNOWN = "hours_unknown"
    """无法判定 — a call on a working day with the working hours unset or no time recorded."""

    @property
    def zh(self) -> str:
        """The finding in Chinese."""
        return _ENTRY_ZH[self]

    @property
    def en(self) -> str:
        """The finding in English."""
        return _ENTRY_EN[self]


_ENTRY_ZH = {
    EntryFinding.DESIGNATED: "由专人负责",
    EntryFinding.OTHER: "非专人负责",
    EntryFinding.UNANSWERED: "无人接听",
    EntryFinding.NO_DESIGNATION: "当日未明确专人",
    EntryFinding.OUTSIDE_HOURS: "工作时间以外,不作判定",
    EntryFinding.HOURS_UNKNOWN: "无法确定是否在工作时间内,不作判定",
}
_ENTRY_EN = {
    EntryFinding.DESIGNATED: "by a designated person",
    EntryFinding.OTHER: "by someone not designated",
    EntryFinding.UNANSWERED: "not answered",
    EntryFinding.NO_DESIGNATION: "nobody designated that day",
    EntryFinding.OUTSIDE_HOURS: "outside working time, not judged",
    EntryFinding.HOURS_UNKNOWN: "not known to be in working time, not judged",
}
#: The findings that are a failure to meet the clause (listed with their facts).
_FAULTS = (EntryFinding.OTHER, EntryFinding.UNANSWERED, EntryFinding.NO_DESIGNATION)


class ChannelEntry(BaseModel):
    """One call or one collection, checked: ``ref`` is the call's id (empty for a collection)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ref: str
    on: dt.date
    at: str | None
    by: str | None
    designated: tuple[str, ...]
    finding: EntryFinding


class ChannelCheck(BaseModel):
    """One channel over a period: the working days with nobody designated, each entry checked.

    ``hours`` are the working hours used (None: not set; the mailbox has none).
    ``entries`` are in date order (then time, then id or person).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    channel: ReportingChannel
    first: dt.date
    last: dt.date
    hours: tuple[str, ...] | None
    gap_days: tuple[dt.date, ...]
    entries: tuple[ChannelEntry, ...]

    def of(self, *findings: EntryFinding) -> tuple[ChannelEntry, ...]:
        """The entries with one of ``findings``."""
        return tuple(e for e in self.entries if e.finding in findings)


class _ChannelTexts:
    """Texts of supervision.reporting_channels (举报专线专人接听、投诉信箱专人收取)."""

    clause = Say("材料原文(第五篇):" + CHANNELS_QUOTE, "The seed (part 5): " + CHANNELS_QUOTE)
    hours = Say("工作时间:工作日{spans}", "Working time: working days, {spans}")
    no_hours = Say(
        "原文未规定工作时间的具体时段,本地未设定:工作日的来电无法确定是否在工作时间内,"
        "列明情况,提交研究决定,不判定为未按要求接听",
        "The text gives no working hours and none is set locally: whether a call on a working "
        "day was in working time is unknown; such calls are listed and referred, never counted "
        "as a failure",
    )
    gaps = Say(
        "{channel}有{n}个工作日未明确专人:{items}",
        "{channel}: nobody designated on {n} working day(s): {items}",
    )
    entries = Say("{finding}:{items}", "{finding}: {items}")
    call = Say("{ref}({on}{at},{by})", "{ref} ({on}{at}, {by})")
    collection = Say("{on}({by})", "{on} ({by})")
    nobody = Text(zh="无人接听", en="nobody answered")
    referred = Say(
        "以上情况列明事实,责任如何认定由组织部研究决定",
        "The facts above are listed; who is answerable is for the department to decide",
    )
    headline = Say(
        "{channel}({first}至{last}):{outcome}", "{channel} ({first} to {last}): {outcome}"
    )


_OUTCOME_TEXT = {
    "conforms": Text(zh="均由专人负责", en="all by the designated people"),
    "violations": Text(zh="有未按要求之处,提交研究决定", en="shortfalls found, referred"),
    "referred": Text(zh="部分来电无法判定,提交研究决定", en="some calls not judged, referred"),
}


def _spans(hours: tuple[str, ...]) -> list[tuple[str, str]]:
    """``("08:30-12:00", ...)`` as (start, end) pairs."""
    return [(s[:5], s[6:]) for s in hours]


def _in_hours(at: str, hours: tuple[str, ...]) -> bool:
    """Whether ``at`` falls in one of ``hours`` (both ends included)."""
    return any(start <= at <= end for start, end in _spans(hours))


def _designated(assignments: Iterable[_Dated], on: dt.date) -> tuple[str, ...]:
    """The people whose designation holds on ``on``, sorted, each once."""
    return tuple(sorted({a.person for a in assignments if a.in_force(on)}))


def _call_entry(
    call: HotlineCall,
    named: tuple[str, ...],
    hours: tuple[str, ...] | None,
    working: bool,
) -> ChannelEntry:
    """One call checked against the people designated that day and the working time."""
    if not working:
        finding = EntryFinding.OUTSIDE_HOURS
    elif hours is None or call.at is None:
        finding = EntryFinding.HOURS_UNKNOWN
    elif not _in_hours(call.at, hours):
        finding = EntryFinding.OUTSIDE_HOURS
    elif call.answered_by is None:
        finding = EntryFinding.UNANSWERED
    elif not named:
        finding = EntryFinding.NO_DESIGNATION
    elif call.answered_by in named:
        finding = EntryFinding.DESIGNATED
    else:
        finding = EntryFinding.OTHER
    return ChannelEntry(
        ref=call.id, on=call.on, at=call.at, by=call.answered_by, designated=named, finding=finding
    )


def _collection_entry(c: MailboxCollection, named: tuple[str, ...]) -> ChannelEntry:
    """One collection checked against the people designated that day."""
    if not named:
        finding = EntryFinding.NO_DESIGNATION
    elif c.collected_by in named:
        finding = EntryFinding.DESIGNATED
    else:
        finding = EntryFinding.OTHER
    return ChannelEntry(
        ref="", on=c.on, at=None, by=c.collected_by, designated=named, finding=finding
    )


def _entry_text(e: ChannelEntry) -> Text:
    if e.ref:
        at = f" {e.at}" if e.at else ""
        return _ChannelTexts.call.text(
            ref=e.ref, on=day(e.on), at=at, by=e.by or _ChannelTexts.nobody
        )
    return _ChannelTexts.collection.text(on=day(e.on), by=e.by)


def _channel_decision(
    ctx: RuleContext, check: ChannelCheck, hours_read: bool
) -> Decision[ChannelCheck]:
    """The decision of one channel: the clause, the hours, the gaps and each finding listed."""
    ctx.say(_ChannelTexts.clause)
    if hours_read:
        if check.hours is None:
            ctx.say(_ChannelTexts.no_hours)
        else:
            ctx.say(_ChannelTexts.hours, spans=list(check.hours))
    if check.gap_days:
        ctx.say(
            _ChannelTexts.gaps,
            channel=check.channel,
            n=len(check.gap_days),
            items=[day(d) for d in check.gap_days],
        )
    for finding in EntryFinding:
        if finding is not EntryFinding.DESIGNATED:
            items = [_entry_text(e) for e in check.of(finding)]
            ctx.say_list(_ChannelTexts.entries, items, finding=finding)
    faults = bool(check.gap_days or check.of(*_FAULTS))
    if faults or check.of(EntryFinding.HOURS_UNKNOWN):
        ctx.say(_ChannelTexts.referred)
    outcome = (
        "violations"
        if faults
        else "referred"
        if check.of(EntryFinding.HOURS_UNKNOWN)
        else "conforms"
    )
    return ctx.decide(
        outcome,
        check,
        _ChannelTexts.headline,
        subject=check.channel.zh,
        channel=check.channel,
        first=day(check.first),
        last=day(check.last),
        outcome=_OUTCOME_TEXT[outcome],
    )


def _gap_days(assignments: Iterable[ChannelAssignment], days: list[dt.date]) -> tuple[dt.date, ...]:
    return tuple(d for d in days if not _designated(assignments, d))


@rule(
    "supervision.reporting_channels",
    zh="举报专线在工作时间内由专人接听,投诉信箱由专人收取来信",
    en="The reporting line is answered in working time, and the complaints mailbox emptied, by "
    "the people designated",
    document=S000,
    section="第五篇 三、一是",
    quote=CHANNELS_QUOTE,
    parameters=(_HOURS,),
)
def reporting_channels(
    assignments: Iterable[ChannelAssignment],
    calls: Iterable[HotlineCall],
    collections: Iterable[MailboxCollection],
    *,
    first: dt.date,
    last: dt.date,
    policy: Policy | None = None,
    calendar: Calendar | None = None,
) -> tuple[Decision[ChannelCheck], Decision[ChannelCheck]]:
    """举报专线和投诉信箱的专人负责情况 — the reporting line, then the mailbox, over a period.

    Only calls and collections from ``first`` to ``last`` count. For each
    channel, a working day of the period (official calendar) on which nobody
    is designated for it is a gap (``gap_days``). A call is judged only in
    working time: a working day, and a time ``at`` within one of the
    working hours ``supervision.hotline_hours`` in force on ``first`` (both
    ends included). That parameter is unset by default (the text names no
    hours): a call on a working day is then ``hours_unknown``, listed and
    not judged; so is one with no time recorded. A call in working time is
    ``unanswered`` (nobody answered), ``no_designation`` (nobody was
    designated that day), ``designated`` or ``other`` (answered by someone
    not designated that day). A collection is ``designated``, ``other`` or
    ``no_designation`` whatever the day.

    Each decision's outcome is ``violations`` when there is a gap day or an
    ``other``, ``unanswered`` or ``no_designation`` entry, else ``referred``
    when a call could not be judged, else ``conforms``. Accountability is
    never decided: the facts are listed and referred. Duplicate call ids are
    a [`RecordError`][orgwork.errors.RecordError], as is ``last`` before
    ``first``; a period past the calendar's coverage raises
    [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

    >>> a = [ChannelAssignment(channel="hotline", person="周敏", first=dt.date(2025, 3, 3)),
    ...      ChannelAssignment(channel="mailbox", person="刘洁", first=dt.date(2025, 3, 3))]
    >>> calls = [HotlineCall(id="DH-1", on=dt.date(2025, 3, 4), at="10:00", answered_by="陈亮")]
    >>> p = Policy.default().override({"supervision.hotline_hours": ("08:30-12:00",)})
    >>> line, box = reporting_channels(a, calls, [], first=dt.date(2025, 3, 3),
    ...                                last=dt.date(2025, 3, 7), policy=p)
    >>> line.outcome, [e.ref for e in line.value.of(EntryFinding.OTHER)], box.outcome
    ('violations', ['DH-1'], 'conforms')
    """
    all_assignments = as_models(ChannelAssignment, assignments, "assignments")
    all_calls = as_models(HotlineCall, calls, "calls")
    all_collections = as_models(MailboxCollection, collections, "collections")
    first, last = as_date(first, "first"), as_date(last, "last")
    cal = checked_calendar(calendar)
    if last < first:
        raise RecordError(f"last ({last}) is before first ({first})")
    check_unique((c.id for c in all_calls), "call")
    ctx = RuleContext(reporting_channels, policy, on=first)
    line_ctx = ctx.fork()  # the hours are the reporting line's: the mailbox has none
    hours = line_ctx.param(_HOURS)
    span = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    working = [d for d in span if cal.is_working_day(d)]
    by = {c: [a for a in all_assignments if a.channel is c] for c in ReportingChannel}
    line = sorted(
        (
            _call_entry(
                c,
                _designated(by[ReportingChannel.HOTLINE], c.on),
                hours,
                cal.is_working_day(c.on),
            )
            for c in all_calls
            if first <= c.on <= last
        ),
        key=lambda e: (e.on, e.at or "", e.ref),
    )
    box = sorted(
        (
            _collection_entry(c, _designated(by[ReportingChannel.MAILBOX], c.on))
            for c in all_collections
            if first <= c.on <= last
        ),
        key=lambda e: (e.on, e.by or ""),
    )
    checks = [
        ChannelCheck(
            channel=channel,
            first=first,
            last=last,
            hours=hours if channel is ReportingChannel.HOTLINE else None,
            gap_days=_gap_days(by[channel], working),
            entries=tuple(entries),
        )
        for channel, entries in ((ReportingChannel.HOTLINE, line), (ReportingChannel.MAILBOX, box))
    ]
    return (
        _channel_decision(line_ctx, checks[0], True),
        _channel_decision(ctx.fork(), checks[1], False),
    )


# -- 明确一名副部长处理群众来信来访 ------------------------------------------------------------


class HandlingFinding(enum.StrEnum):
    """Who handled one case, against the deputy head named on the day it was received."""

    DESIGNATED = "designated"
    """由明确的副部长处理 — handled by the deputy head named that day."""
    OTHER = "other"
    """由他人处理 — handled by someone else."""
    NO_HANDLER = "no_handler"
    """未记录承办人 — nobody is recorded as handling it yet."""
    NO_DESIGNATION = "no_designation"
    """当日未明确副部长 — no deputy head was named that day."""
    SEVERAL = "several"
    """当日明确了两名以上 — more than one deputy head was named that day."""

    @property
    def zh(self) -> str:
        """The finding in Chinese."""
        return _HANDLING_ZH[self]

    @property
    def en(self) -> str:
        """The finding in English."""
        return _HANDLING_EN[self]


_HANDLING_ZH = {
    HandlingFinding.DESIGNATED: "由明确的副部长处理",
    HandlingFinding.OTHER: "由明确的副部长以外的人员处理",
    HandlingFinding.NO_HANDLER: "未记录承办人",
    HandlingFinding.NO_DESIGNATION: "收到之日未明确副部长",
    HandlingFinding.SEVERAL: "收到之日明确了两名以上副部长",
}
_HANDLING_EN = {
    HandlingFinding.DESIGNATED: "handled by the deputy head named",
    HandlingFinding.OTHER: "handled by someone other than the deputy head named",
    HandlingFinding.NO_HANDLER: "no handler recorded",
    HandlingFinding.NO_DESIGNATION: "no deputy head named on the day of receipt",
    HandlingFinding.SEVERAL: "more than one deputy head named on the day of receipt",
}


class CaseHandling(BaseModel):
    """One case: its handler, the deputy heads named on the day it was received, the finding."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case: str
    received_on: dt.date
    handler: str | None
    designated: tuple[str, ...]
    finding: HandlingFinding


class DeputyPeriod(BaseModel):
    """A stretch of days with no deputy head named (``people`` empty) or several at once."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first: dt.date
    last: dt.date
    people: tuple[str, ...]


class DeputyCheck(BaseModel):
    """The period checked: stretches with no deputy head or several, and each case received."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    first: dt.date
    last: dt.date
    gaps: tuple[DeputyPeriod, ...]
    overlaps: tuple[DeputyPeriod, ...]
    cases: tuple[CaseHandling, ...]

    def of(self, *findings: HandlingFinding) -> tuple[CaseHandling, ...]:
        """The cases with one of ``findings``."""
        return tuple(c for c in self.cases if c.finding in findings)


class _DeputyTexts:
    """Texts of supervision.letters_deputy (明确一名副部长处理群众来信来访)."""

    clause = Say("材料原文(第五篇):" + DEPUTY_QUOTE, "The seed (part 5): " + DEPUTY_QUOTE)
    named = Say("{first}至{last}明确{person}处理", "{first} to {last}: {person} named")
    gap = Say("{first}至{last}未明确副部长", "{first} to {last}: no deputy head named")
    several = Say(
        "{first}至{last}同时明确了{people},不是一名",
        "{first} to {last}: {people} named at once, not one",
    )
    cases = Say("{finding}:{items}", "{finding}: {items}")
    case = Say("{case}({received}收到,{handler})", "{case} (received {received}, {handler})")
    no_handler = Text(zh="未记录承办人", en="no handler")
    referred = Say(
        "以上情况列明事实,提交研究决定,不认定责任",
        "The facts above are listed and referred; nobody is held answerable here",
    )
    headline = Say(
        "处理群众来信来访的副部长({first}至{last}):{outcome}",
        "Deputy head for letters and visits ({first} to {last}): {outcome}",
    )


#: The subject of a `letters_deputy` decision.
_DEPUTY_SUBJECT = "处理群众来信来访的副部长"
_DEPUTY_OUTCOME = {
    "conforms": Text(zh="均由明确的一名副部长处理", en="all handled by the one deputy head named"),
    "violations": Text(
        zh="有由他人处理的来信来访,提交研究决定", en="some handled by someone else, referred"
    ),
    "referred": Text(
        zh="未明确或同时明确多名副部长,提交研究决定",
        en="no deputy head, or several, named: referred",
    ),
}


def _stretches(
    designations: tuple[DeputyDesignation, ...], first: dt.date, last: dt.date
) -> list[DeputyPeriod]:
    """The period cut where the people named change: each stretch with the people named in it."""
    cuts = {first, last + dt.timedelta(days=1)}
    for d in designations:
        cuts.add(d.first)
        if d.last is not None:
            cuts.add(d.last + dt.timedelta(days=1))
    edges = sorted(c for c in cuts if first <= c <= last + dt.timedelta(days=1))
    return [
        DeputyPeriod(first=a, last=b - dt.timedelta(days=1), people=_designated(designations, a))
        for a, b in itertools.pairwise(edges)
    ]


def _merged(stretches: list[DeputyPeriod]) -> list[DeputyPeriod]:
    """Adjacent stretches with the same people, as one."""
    out: list[DeputyPeriod] = []
    for s in stretches:
        if out and out[-1].people == s.people:
            out[-1] = out[-1].model_copy(update={"last": s.last})
        else:
            out.append(s)
    return out


def _handling(case: Case, named: tuple[str, ...]) -> CaseHandling:
    """One case checked against the deputy heads named on the day it was received."""
    if not named:
        finding = HandlingFinding.NO_DESIGNATION
    elif len(named) > 1:
        finding = HandlingFinding.SEVERAL
    elif case.handler is None:
        finding = HandlingFinding.NO_HANDLER
    elif case.handler == named[0]:
        finding = HandlingFinding.DESIGNATED
    else:
        finding = HandlingFinding.OTHER
    return CaseHandling(
        case=case.id,
        received_on=case.received_on,
        handler=case.handler,
        designated=named,
        finding=finding,
    )


def _deputy_reasons(ctx: RuleContext, stretches: list[DeputyPeriod], check: DeputyCheck) -> None:
    ctx.say(_DeputyTexts.clause)
    for s in stretches:
        when = {"first": day(s.first), "last": day(s.last)}
        if not s.people:
            ctx.say(_DeputyTexts.gap, **when)
        elif len(s.people) > 1:
            ctx.say(_DeputyTexts.several, people=list(s.people), **when)
        else:
            ctx.say(_DeputyTexts.named, person=s.people[0], **when)
    for finding in HandlingFinding:
        if finding is not HandlingFinding.DESIGNATED:
            items = [
                _DeputyTexts.case.text(
                    case=c.case,
                    received=day(c.received_on),
                    handler=c.handler or _DeputyTexts.no_handler,
                )
                for c in check.of(finding)
            ]
            ctx.say_list(_DeputyTexts.cases, items, finding=finding)


@rule(
    "supervision.letters_deputy",
    zh="明确一名副部长处理群众来信来访",
    en="One deputy head, named by the department, handles letters and visits",
    document=S000,
    section="第五篇 三、一是",
    quote=DEPUTY_QUOTE,
)
def letters_deputy(
    designations: Iterable[DeputyDesignation],
    cases: Iterable[Case],
    *,
    first: dt.date,
    last: dt.date,
    policy: Policy | None = None,
) -> Decision[DeputyCheck]:
    """处理群众来信来访的副部长 — whether each case received in a period went to the one named.

    The period from ``first`` to ``last`` is cut into stretches by the
    designations in force: a stretch with nobody named is a gap (``gaps``), one
    with two or more named at once an overlap (``overlaps``). Each case
    received in the period is compared with the deputy head named on its day
    of receipt: ``designated``, ``other`` (its ``handler`` is someone else),
    ``no_handler``, ``no_designation`` or ``several`` (then it is not
    compared). ``cases`` are in date order, then id.

    The outcome is ``violations`` when a case was handled by someone other
    than the one named, else ``referred`` when there is a gap, an overlap or
    a case with no handler recorded, else ``conforms``. Nobody is held
    answerable: the facts are listed and referred. Duplicate case ids, or
    ``last`` before ``first``, are a [`RecordError`][orgwork.errors.RecordError].

    >>> named = [DeputyDesignation(person="韩晓东", first=dt.date(2025, 1, 1))]
    >>> cs = [Case(id="A", received_on=dt.date(2025, 3, 3), handler="韩晓东"),
    ...       Case(id="B", received_on=dt.date(2025, 3, 4), handler="方志诚")]
    >>> d = letters_deputy(named, cs, first=dt.date(2025, 1, 1), last=dt.date(2025, 12, 31))
    >>> d.outcome, [c.case for c in d.value.of(HandlingFinding.OTHER)]
    ('violations', ['B'])
    """
    named = as_models(DeputyDesignation, designations, "designations")
    all_cases = as_models(Case, cases, "cases")
    first, last = as_date(first, "first"), as_date(last, "last")
    if last < first:
        raise RecordError(f"last ({last}) is before first ({first})")
    check_unique((c.id for c in all_cases), "case")
    ctx = RuleContext(letters_deputy, policy, on=first)
    stretches = _merged(_stretches(named, first, last))
    handled = sorted(
        (
            _handling(c, _designated(named, c.received_on))
            for c in all_cases
            if first <= c.received_on <= last
        ),
        key=lambda h: (h.received_on, h.case),
    )
    check = DeputyCheck(
        first=first,
        last=last,
        gaps=tuple(s for s in stretches if not s.people),
        overlaps=tuple(s for s in stretches if len(s.people) > 1),
        cases=tuple(handled),
    )
    _deputy_reasons(ctx, stretches, check)
    referred = check.gaps or check.overlaps or check.of(*_UNDECIDED)
    outcome = (
        "violations" if check.of(HandlingFinding.OTHER) else "referred" if referred else "conforms"
    )
    if outcome != "conforms":
        ctx.say(_DeputyTexts.referred)
    return ctx.decide(
        outcome,
        check,
        _DeputyTexts.headline,
        subject=_DEPUTY_SUBJECT,
        first=day(first),
        last=day(last),
        outcome=_DEPUTY_OUTCOME[outcome],
    )


#: The findings that leave a case undecided (referred with the facts).
_UNDECIDED = (HandlingFinding.NO_HANDLER, HandlingFinding.NO_DESIGNATION, HandlingFinding.SEVERAL)
