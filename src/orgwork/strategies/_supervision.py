"""Strategies for the supervision domain: cases, units and visits, findings, rounds, ledgers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

from orgwork.calendar import Calendar, official_calendar
from orgwork.policy import Policy
from orgwork.supervision import (
    Case,
    Channel,
    ChannelAssignment,
    ChannelCheck,
    DeputyCheck,
    DeputyDesignation,
    Duty,
    DutyRecord,
    EvaluationGroup,
    EvaluationRound,
    Finding,
    HotlineCall,
    MailboxCollection,
    RectificationLedger,
    ReportingChannel,
    Severity,
    SupervisorKind,
    Term,
    Unit,
    UnitKind,
    Visit,
    closing_check,
    letters_deputy,
    reporting_channels,
)

__all__ = [
    "case_lists",
    "cases",
    "channel_assignments",
    "channel_checks",
    "clock_spans",
    "clock_times",
    "deputy_checks",
    "deputy_designations",
    "duty_records",
    "evaluation_rounds",
    "findings",
    "hotline_calls",
    "mailbox_collections",
    "rectification_ledgers",
    "supervision_units",
    "supervisor_terms",
    "unit_visits",
]

_HANDLERS = ("王副部长", "李副部长", "张副部长")


def _case_window(calendar: Calendar | None) -> tuple[dt.date, dt.date]:
    cal = official_calendar() if calendar is None else calendar
    # Leave two months at the end so that a 15-working-day deadline stays covered.
    return dt.date(cal.first_year, 1, 1), dt.date(cal.last_year, 10, 31)


@st.composite
def _case(
    draw: st.DrawFn, case_id: str, first: dt.date, last: dt.date, handlers: Sequence[str]
) -> Case:
    received = draw(st.dates(first, last))
    handler = draw(st.none() | st.sampled_from(list(handlers)))
    assigned = None
    if handler is not None and draw(st.booleans()):
        assigned = received + dt.timedelta(days=draw(st.integers(0, 5)))
    replied = None
    if draw(st.booleans()):
        replied = received + dt.timedelta(days=draw(st.integers(0, 45)))
    return Case(
        id=case_id,
        channel=draw(st.sampled_from(list(Channel))),
        received_on=received,
        assigned_on=assigned,
        handler=handler,
        replied_on=replied,
    )


def cases(
    *,
    calendar: Calendar | None = None,
    handlers: Sequence[str] = _HANDLERS,
) -> st.SearchStrategy[Case]:
    """Valid cases received inside the calendar's coverage (before November of its last year).

    Replies come 0–45 days after receipt, so every status occurs.

    >>> from hypothesis import find
    >>> find(cases(), lambda c: c.replied_on is None).replied_on is None
    True
    """
    first, last = _case_window(calendar)
    return st.text("ABCDEFGH0123456789", min_size=1, max_size=6).flatmap(
        lambda cid: _case(cid, first, last, handlers)
    )


def case_lists(
    *,
    max_size: int = 15,
    calendar: Calendar | None = None,
    handlers: Sequence[str] = _HANDLERS,
) -> st.SearchStrategy[tuple[Case, ...]]:
    """Lists of cases with distinct ids (``C001``, ``C002``, ...), possibly empty.

    >>> from hypothesis import find
    >>> len(find(case_lists(), lambda cs: len(cs) >= 2)) >= 2
    True
    """
    first, last = _case_window(calendar)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Case, ...]:
        n = draw(st.integers(0, max_size))
        return tuple(draw(_case(f"C{i + 1:03d}", first, last, handlers)) for i in range(n))

    return build()


def supervision_units(*, max_size: int = 8) -> st.SearchStrategy[tuple[Unit, ...]]:
    """Lists of townships and county units with distinct ids (``U01``, ...), possibly empty.

    >>> from hypothesis import find
    >>> find(supervision_units(), lambda us: any(not u.in_scope for u in us))[0].kind
    <UnitKind.COUNTY_UNIT: 'county_unit'>
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Unit, ...]:
        n = draw(st.integers(0, max_size))
        out = []
        for i in range(n):
            kind = draw(st.sampled_from(list(UnitKind)))
            out.append(
                Unit(
                    id=f"U{i + 1:02d}",
                    kind=kind,
                    deputy_section_or_above=draw(st.sampled_from([None, True]))
                    if kind is UnitKind.TOWNSHIP
                    else draw(st.booleans()),
                )
            )
        return tuple(out)

    return build()


def unit_visits(
    units: Sequence[Unit], year: int, *, max_size: int = 20
) -> st.SearchStrategy[tuple[Visit, ...]]:
    """Visits to ``units`` on days of ``year`` (empty when there are no units).

    >>> from hypothesis import find
    >>> us = (Unit(id="T1", kind="township"),)
    >>> find(unit_visits(us, 2025), bool)[0].unit
    'T1'
    """
    if not units:
        return st.just(())
    ids = [u.id for u in units]
    visit = st.builds(
        Visit,
        unit=st.sampled_from(ids),
        on=st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)),
    )
    return st.lists(visit, max_size=max_size).map(tuple)


def findings(
    min_day: dt.date = dt.date(2004, 1, 1), max_day: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[Finding]:
    """Findings of every severity, with and without public trust.

    >>> from hypothesis import find
    >>> find(findings(), lambda f: f.severity == "serious").severity
    <Severity.SERIOUS: 'serious'>
    """
    return st.builds(
        Finding,
        person=st.sampled_from(("张某", "李某", "王某")),
        severity=st.sampled_from(list(Severity)),
        public_trust=st.booleans(),
        found_on=st.dates(min_day, max_day),
    )


def evaluation_rounds(year: int) -> st.SearchStrategy[EvaluationRound]:
    """Evaluation rounds held in ``year``, with any mix of groups and questions.

    >>> from hypothesis import find
    >>> find(evaluation_rounds(2025), lambda r: r.briefing_given).held_on.year
    2025
    """

    @st.composite
    def build(draw: st.DrawFn) -> EvaluationRound:
        raised = draw(st.integers(0, 20))
        return EvaluationRound(
            id=draw(st.from_regex(r"R[0-9]{1,3}", fullmatch=True)),
            held_on=draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31))),
            groups=tuple(draw(st.lists(st.sampled_from(list(EvaluationGroup)), unique=True))),
            briefing_given=draw(st.booleans()),
            questions_raised=raised,
            questions_answered=draw(st.integers(0, raised)),
        )

    return build()


_CATEGORIES = ("干部选拔", "作风建设", "基层组织", "人才工作")


@st.composite
def _ledger(
    draw: st.DrawFn, start: dt.date, max_events: int, max_items: int
) -> RectificationLedger:
    ledger = RectificationLedger()
    day = draw(st.dates(start, start + dt.timedelta(days=365)))
    rounds = 0
    for _ in range(draw(st.integers(0, max_events))):
        day += dt.timedelta(days=draw(st.integers(0, 30)))
        open_ids = [i.id for i in ledger.open_items()]
        choices = ["open"] if len(ledger.items) < max_items else []
        if open_ids:
            choices += ["assign", "deadline", "publish", "raise", "satisfaction", "close"]
            choices += ["advance"] * 3  # the seed's sequence, step by step: items get closed
        if not choices:
            break
        op = draw(st.sampled_from(choices))
        if op == "open":
            ledger = ledger.open(
                f"Q{len(ledger.items) + 1:02d}",
                on=day,
                category=draw(st.sampled_from(_CATEGORIES)),
            )
            continue
        item = draw(st.sampled_from(open_ids))
        if op == "assign":
            ledger = ledger.assign(
                item, draw(st.sampled_from(("干部科", "组织科", "办公室"))), on=day
            )
        elif op == "deadline":
            ledger = ledger.set_deadline(
                item, day + dt.timedelta(days=draw(st.integers(0, 120))), on=day
            )
        elif op == "publish":
            ledger = ledger.publish_result(item, "已整改", on=day)
        elif op == "raise":
            rounds += 1
            ledger = ledger.raise_open_items(round=f"R{rounds}", on=day)
        elif op == "satisfaction":
            # mostly found at the round the item was last raised at, sometimes otherwise
            raised = ledger.item(item).raised_at
            at = draw(st.sampled_from([raised[-1], None])) if raised else None
            ledger = ledger.record_satisfaction(
                item, satisfied=draw(st.booleans()), basis="满意度测评", round=at, on=day
            )
        elif op == "advance":
            rounds += 1
            ledger = _advance(ledger, item, day, f"R{rounds}", draw(st.integers(0, 9)) > 0)
        elif closing_check(ledger, item, on=day).value:
            ledger = ledger.close(item, on=day)
    return ledger


def _advance(
    ledger: RectificationLedger, item: str, day: dt.date, new_round: str, satisfied: bool
) -> RectificationLedger:
    """The next step of the seed's sequence for ``item``: publish, raise, satisfaction, close."""
    state = ledger.item(item)
    if not state.results:
        return ledger.publish_result(item, "已整改", on=day)
    published = state.results[-1].on
    later = [r for r in state.raisings if r.round != state.round and r.on >= published]
    if not later:
        return ledger.raise_again(item, round=new_round, on=day)
    final = state.satisfaction[-1] if state.satisfaction else None
    if final is None or final.round != later[-1].round or final.on < later[-1].on:
        return ledger.record_satisfaction(
            item, satisfied=satisfied, basis="满意度测评", round=later[-1].round, on=day
        )
    if closing_check(ledger, item, on=day).value:
        return ledger.close(item, on=day)
    return ledger.raise_again(item, round=new_round, on=day)  # not satisfied: the next round


def rectification_ledgers(
    *, start: dt.date = dt.date(2025, 1, 1), max_events: int = 25, max_items: int = 6
) -> st.SearchStrategy[RectificationLedger]:
    """Valid ledgers built by random sequences of operations (every operation kind occurs).

    Events are dated from a day in the year after ``start`` on, in order.
    Satisfaction is mostly recorded at the round the item was last raised at;
    an item is closed only when [`closing_check`][orgwork.supervision.closing_check]
    allows it under the default policy (the seed's whole sequence).

    >>> from hypothesis import find
    >>> led = find(rectification_ledgers(), lambda x: any(i.is_closed for i in x.items))
    >>> led.history[-1].kind
    'closed'
    """
    return _ledger(start, max_events, max_items)


_SUPERVISORS = ("李某", "王某", "张某")


def supervisor_terms(
    min_day: dt.date = dt.date(2004, 1, 1), max_day: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[Term]:
    """Supervisors' terms of 1 day to 3 years, mostly a year, starting between the two days.

    >>> from hypothesis import find
    >>> t = find(supervisor_terms(), lambda t: t.last.year > t.first.year)
    >>> t.first <= t.last
    True
    """

    @st.composite
    def build(draw: st.DrawFn) -> Term:
        first = draw(st.dates(min_day, max_day))
        days = draw(st.sampled_from([364, 365]) | st.integers(0, 3 * 366))
        return Term(
            name=draw(st.sampled_from(_SUPERVISORS)),
            kind=draw(st.sampled_from(list(SupervisorKind))),
            first=first,
            last=first + dt.timedelta(days=days),
        )

    return build()


def duty_records(
    term: Term | None = None, *, max_size: int = 20
) -> st.SearchStrategy[tuple[DutyRecord, ...]]:
    """Logs of contacts, meetings attended and reports, mostly by the supervisor of ``term``.

    Days fall in the term, or up to two months either side of it (2025 without a term);
    some records are another supervisor's.

    >>> from hypothesis import find
    >>> find(duty_records(), lambda rs: len(rs) >= 2)[0].duty in list(Duty)
    True
    """
    names: tuple[str, ...]
    if term is None:
        first, last, names = dt.date(2025, 1, 1), dt.date(2025, 12, 31), _SUPERVISORS
    else:
        first = term.first - dt.timedelta(days=60)
        last = term.last + dt.timedelta(days=60)
        names = (term.name, term.name, term.name, "赵某")
    record = st.builds(
        DutyRecord,
        supervisor=st.sampled_from(names),
        duty=st.sampled_from(list(Duty)),
        on=st.dates(first, last),
    )
    return st.lists(record, max_size=max_size).map(tuple)


# -- 举报专线、投诉信箱、处理来信来访的副部长 ---------------------------------------------------

_STAFF = ("周敏", "刘洁", "陈亮", "韩晓东", "方志诚")


def clock_times() -> st.SearchStrategy[str]:
    """Times of day, ``HH:MM``, mostly in office hours.

    >>> from hypothesis import find
    >>> len(find(clock_times(), lambda t: t > "12:00"))
    5
    """
    hours = st.integers(7, 18) | st.integers(0, 23)
    return st.builds(lambda h, m: f"{h:02d}:{m:02d}", hours, st.integers(0, 59))


def clock_spans() -> st.SearchStrategy[tuple[str, ...] | None]:
    """Values of ``supervision.hotline_hours``: unset, or one or two ordered spans.

    >>> from hypothesis import find
    >>> find(clock_spans(), lambda s: s is not None and len(s) == 2)
    ('08:30-12:00', '14:30-17:30')
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, ...] | None:
        if draw(st.booleans()):
            return None
        n = draw(st.integers(1, 2))
        points = sorted(draw(st.lists(st.integers(0, 1439), min_size=2 * n, max_size=2 * n)))
        if len(set(points)) < 2 * n:
            points = [8 * 60 + 30, 12 * 60, 14 * 60 + 30, 17 * 60 + 30][: 2 * n]
        text = [f"{p // 60:02d}:{p % 60:02d}" for p in points]
        return tuple(f"{text[2 * i]}-{text[2 * i + 1]}" for i in range(n))

    return build()


@st.composite
def _span(draw: st.DrawFn, first: dt.date, last: dt.date) -> tuple[str, dt.date, dt.date | None]:
    """A person and a designation's first and (maybe no) last day, around ``first``–``last``."""
    start = draw(st.dates(first - dt.timedelta(days=30), last))
    end = draw(st.none() | st.dates(start, last + dt.timedelta(days=30)))
    return draw(st.sampled_from(_STAFF)), start, end


def channel_assignments(
    first: dt.date = dt.date(2025, 1, 1),
    last: dt.date = dt.date(2025, 12, 31),
    *,
    max_size: int = 4,
) -> st.SearchStrategy[tuple[ChannelAssignment, ...]]:
    """Designations of people for the reporting line and the mailbox, around ``first``–``last``.

    >>> from hypothesis import find
    >>> find(channel_assignments(), lambda a: len(a) == 1)[0].channel.zh
    '举报专线'
    """
    one = st.builds(
        lambda span, channel: ChannelAssignment(
            channel=channel, person=span[0], first=span[1], last=span[2]
        ),
        _span(first, last),
        st.sampled_from(list(ReportingChannel)),
    )
    return st.lists(one, max_size=max_size).map(tuple)


def deputy_designations(
    first: dt.date = dt.date(2025, 1, 1),
    last: dt.date = dt.date(2025, 12, 31),
    *,
    max_size: int = 3,
) -> st.SearchStrategy[tuple[DeputyDesignation, ...]]:
    """Deputy heads named for letters and visits around ``first``–``last`` (gaps, overlaps too).

    >>> from hypothesis import find
    >>> find(deputy_designations(), lambda d: len(d) == 2)[1].person
    '周敏'
    """
    one = _span(first, last).map(
        lambda span: DeputyDesignation(person=span[0], first=span[1], last=span[2])
    )
    return st.lists(one, max_size=max_size).map(tuple)


def hotline_calls(
    first: dt.date = dt.date(2025, 1, 1),
    last: dt.date = dt.date(2025, 12, 31),
    *,
    max_size: int = 10,
) -> st.SearchStrategy[tuple[HotlineCall, ...]]:
    """Calls on the reporting line (ids ``DH001``, ...), answered or not, some with no time.

    >>> from hypothesis import find
    >>> find(hotline_calls(), lambda cs: any(c.answered_by is None for c in cs))[0].id
    'DH001'
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[HotlineCall, ...]:
        n = draw(st.integers(0, max_size))
        return tuple(
            HotlineCall(
                id=f"DH{i + 1:03d}",
                on=draw(st.dates(first, last)),
                at=draw(st.none() | clock_times()),
                answered_by=draw(st.none() | st.sampled_from(_STAFF)),
            )
            for i in range(n)
        )

    return build()


def mailbox_collections(
    first: dt.date = dt.date(2025, 1, 1),
    last: dt.date = dt.date(2025, 12, 31),
    *,
    max_size: int = 6,
) -> st.SearchStrategy[tuple[MailboxCollection, ...]]:
    """Collections from the complaints mailbox between ``first`` and ``last``.

    >>> from hypothesis import find
    >>> find(mailbox_collections(), bool)[0].letters >= 0
    True
    """
    one = st.builds(
        MailboxCollection,
        on=st.dates(first, last),
        collected_by=st.sampled_from(_STAFF),
        letters=st.integers(0, 5),
    )
    return st.lists(one, max_size=max_size).map(tuple)


def channel_checks() -> st.SearchStrategy[ChannelCheck]:
    """What `reporting_channels` decides on drawn logs of a month of 2025 (either channel).

    >>> from hypothesis import find
    >>> find(channel_checks(), lambda c: c.gap_days != ()).gap_days[0].year
    2025
    """
    first, last = dt.date(2025, 3, 1), dt.date(2025, 3, 31)

    @st.composite
    def build(draw: st.DrawFn) -> ChannelCheck:
        hours = draw(clock_spans())
        policy = Policy.default().override({"supervision.hotline_hours": hours})
        decisions = reporting_channels(
            draw(channel_assignments(first, last)),
            draw(hotline_calls(first, last, max_size=6)),
            draw(mailbox_collections(first, last, max_size=4)),
            first=first,
            last=last,
            policy=policy,
        )
        return decisions[draw(st.integers(0, 1))].value

    return build()


def deputy_checks() -> st.SearchStrategy[DeputyCheck]:
    """What `letters_deputy` decides on drawn designations and cases of 2025.

    >>> from hypothesis import find
    >>> find(deputy_checks(), lambda c: c.overlaps != ()).overlaps[0].people[1] != ""
    True
    """
    first, last = dt.date(2025, 1, 1), dt.date(2025, 12, 31)

    @st.composite
    def build(draw: st.DrawFn) -> DeputyCheck:
        named = draw(deputy_designations(first, last))
        n = draw(st.integers(0, 5))
        cases = [draw(_case(f"C{i + 1:03d}", first, last, _STAFF)) for i in range(n)]
        return letters_deputy(named, cases, first=first, last=last).value

    return build()
