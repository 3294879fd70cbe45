"""长丰县 — 建立代表联系档案; 通过部长办公会逐一落实: contact files and the head's office meeting.

Seed 004, 长丰县: invitations go to the representatives half a month ahead
"并建立代表联系档案" (and a contact file is established for each), and the
suggestions collected at an open day (收集梳理意见建议9条) are taken up
"通过部长办公会逐一落实" (one by one, at a 部长办公会).

The text gives no time for either. Each limit is a local parameter with no
default (``open_day.contact_file_lead``, ``open_day.office_meeting_days``):
unset, what is missing on the review day is listed as a finding and no
lateness is judged; set, what is done after the limit is late and what is
still missing after it is overdue.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_field, as_models, check_unique
from orgwork._deadlines import DeadlineStatus, deadline_status
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.open_day._common import S004
from orgwork.open_day._follow_up import Suggestion
from orgwork.open_day._plans import OpenDay, _lead_text, lead_days
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "ContactFiles",
    "MeetingFollowUp",
    "MeetingStatus",
    "OfficeMeeting",
    "TakenUp",
    "contact_files",
    "office_meetings",
]

_LEAD = "open_day.contact_file_lead"
_UNIT = "open_day.contact_file_lead_unit"
_HALF = "open_day.half_month_days"
_DAYS = "open_day.office_meeting_days"

#: The parameters as a reason names them: in words in Chinese, by path in English.
_LEAD_NAME = Text(zh="建档时限参数", en=_LEAD)
_DAYS_NAME = Text(zh="提交时限参数", en=_DAYS)


# -- 代表联系档案 ---------------------------------------------------------------------------


class ContactFiles(BaseModel):
    """代表联系档案 — the contact files of one open day's invited representatives, on a day.

    ``invited`` are the representatives not self-registered (被邀请代表), by
    id, and every tuple is by id; ``filed`` those with a file established on or
    before ``on``; ``missing`` those without one on ``on``; ``late`` those
    whose file was established after ``due``. ``due`` is the last day a file
    may be established (None when ``open_day.contact_file_lead`` is not
    set: then nothing is late). ``self_registered`` are not invited and need
    no file.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    open_day: dt.date
    on: dt.date
    due: dt.date | None
    invited: tuple[str, ...]
    filed: tuple[str, ...]
    missing: tuple[str, ...]
    late: tuple[str, ...]
    self_registered: tuple[str, ...] = ()


class _FileTexts:
    """Texts of open_day.contact_files (向被邀请代表寄发邀请函,并建立代表联系档案)."""

    counts = Say(
        "{held}开放日邀请代表{n}名,截至{day}已建立联系档案{filed}名",
        "{n} representative(s) invited to the {held} open day; {filed} with a contact file "
        "as of {day}",
    )
    not_invited = Say(
        "自主报名代表{items}非被邀请代表,不要求建立联系档案",
        "{items} registered on their own and were not invited: no contact file is required",
    )
    missing = Say("未建立联系档案:{items}", "No contact file: {items}")
    not_set = Say(
        "原文未规定建立代表联系档案的时限,本地未设定({path}),列出截至{day}未建档的代表,"
        "不判定是否逾期",
        "The text gives no time for the contact files and none is set locally ({path}): "
        "representatives without a file on {day} are listed, and no lateness is judged",
    )
    due = Say("应于{due}前建立(开放日前{lead})", "Due by {due} ({lead} before the open day)")
    late = Say("逾期建档:{items}", "Established late: {items}")
    headline = Say("{held}开放日代表联系档案:{status}", "Contact files, {held} open day: {status}")
    st_empty = Say("无被邀请代表", "no invited representative")
    st_complete = Say("{n}名被邀请代表均已建档", "all {n} invited representatives have a file")
    st_incomplete = Say("{k}名未建档(未设时限)", "{k} without a file (no time set)")
    st_in_progress = Say("{k}名尚未建档,未到期", "{k} without a file, not yet due")
    st_overdue = Say("{k}名逾期未建档", "{k} without a file, overdue")
    st_late = Say("{k}名逾期建档", "{k} established late")


_FILE_STATUS = {
    "empty": _FileTexts.st_empty,
    "complete": _FileTexts.st_complete,
    "incomplete": _FileTexts.st_incomplete,
    "in_progress": _FileTexts.st_in_progress,
    "overdue": _FileTexts.st_overdue,
    "late": _FileTexts.st_late,
}


def _file_outcome(missing: int, late: int, due: dt.date | None, on: dt.date, invited: int) -> str:
    """The worst first: overdue, late, missing with no time set, missing not yet due, complete."""
    if not invited:
        return "empty"
    if missing and due is not None and on > due:
        return "overdue"
    if late:
        return "late"
    if missing:
        return "incomplete" if due is None else "in_progress"
    return "complete"


def _status(templates: dict[str, Say], outcome: str, n: int, k: int) -> Text:
    """The status said in a headline: none, all ``n``, or the ``k`` that are missing or late."""
    if outcome == "empty":
        return templates[outcome].text()
    if outcome == "complete":
        return templates[outcome].text(n=n)
    return templates[outcome].text(k=k)


@rule(
    "open_day.contact_files",
    zh="长丰县:向被邀请代表寄发邀请函,并建立代表联系档案",
    en="Changfeng: a contact file is established for every representative invited to an open day",
    document=S004,
    section="长丰县",
    quote="提前半个月向被邀请代表寄发邀请函,并建立代表联系档案",
    parameters=(_LEAD, _UNIT, _HALF),
)
def contact_files(
    open_day: OpenDay, *, on: dt.date, policy: Policy | None = None
) -> Decision[ContactFiles]:
    """代表联系档案 — whether every representative invited to ``open_day`` has a contact file on ``on``.

    Every representative not self-registered (被邀请代表) needs a file
    (``Representative.contact_file_on``); one dated after ``on`` is not yet
    known. The limit is ``open_day.contact_file_lead`` (in
    ``open_day.contact_file_lead_unit``; ``half_month`` is
    ``open_day.half_month_days`` days) before the open day, in force on the
    open day. Unset (the default: the text gives no time), files missing on
    ``on`` are listed (outcome ``incomplete``) and no lateness is judged.
    Set, the outcome is, worst first, ``overdue`` (a file still missing
    after the due day), ``late`` (established after it), ``in_progress``
    (missing, not yet due) or ``complete``; ``empty`` with no invited
    representative.

    >>> from orgwork.open_day import Representative, RepresentativeGroup as G
    >>> reps = tuple(Representative(id=f"R{i:02d}", group=G.PETITIONER,
    ...                             contact_file_on=dt.date(2025, 6, 1) if i < 30 else None)
    ...              for i in range(1, 31))
    >>> d = contact_files(OpenDay(held_on=dt.date(2025, 6, 28), representatives=reps),
    ...                   on=dt.date(2025, 6, 28))
    >>> d.outcome, d.value.missing
    ('incomplete', ('R30',))
    """
    held: OpenDay = as_field(OpenDay, open_day, "open_day")
    on = as_date(on, "on")
    ctx = RuleContext(contact_files, policy, on=held.held_on)
    amount, unit = ctx.param(_LEAD), ctx.param(_UNIT)
    half = ctx.param(_HALF)
    invited = sorted((r for r in held.representatives if not r.self_registered), key=lambda r: r.id)
    known = {
        r.id: r.contact_file_on for r in invited if r.contact_file_on and r.contact_file_on <= on
    }
    need = None if amount is None else lead_days(amount, unit, half_month_days=half)
    due = None if need is None else held.held_on - dt.timedelta(days=need)
    value = ContactFiles(
        open_day=held.held_on,
        on=on,
        due=due,
        invited=tuple(r.id for r in invited),
        filed=tuple(known),
        missing=tuple(r.id for r in invited if r.id not in known),
        late=tuple(k for k, v in known.items() if due is not None and v > due),
        self_registered=tuple(sorted(r.id for r in held.representatives if r.self_registered)),
    )
    held_day = day(held.held_on)
    ctx.say(_FileTexts.counts, held=held_day, n=len(invited), filed=len(known), day=day(on))
    ctx.say_list(_FileTexts.not_invited, value.self_registered)
    ctx.say_list(_FileTexts.missing, value.missing)
    if due is None:
        ctx.say(_FileTexts.not_set, path=_LEAD_NAME, day=day(on))
    else:
        lead = _lead_text(amount, unit, (held.held_on - due).days)
        ctx.say(_FileTexts.due, due=day(due), lead=lead)
        ctx.say_list(_FileTexts.late, value.late)
    outcome = _file_outcome(len(value.missing), len(value.late), due, on, len(invited))
    k = len(value.late) if outcome == "late" else len(value.missing)
    status = _status(_FILE_STATUS, outcome, len(invited), k)
    return ctx.decide(
        outcome,
        value,
        _FileTexts.headline,
        subject=held.held_on.isoformat(),
        held=held_day,
        status=status,
    )


# -- 部长办公会逐一落实 -------------------------------------------------------------------


class OfficeMeeting(BaseModel):
    """部长办公会 — one meeting of the department's head office and the suggestions it took up.

    ``suggestions`` names the suggestions (by id) the meeting took up to
    implement (逐一落实).

    >>> OfficeMeeting(id="2025-07", held_on=dt.date(2025, 7, 8), suggestions=("A01", "A02")).suggestions
    ('A01', 'A02')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    held_on: dt.date
    suggestions: tuple[Id, ...] = ()
    note: str = Field(default="", repr=False)  # what was decided: never in repr/logs

    @model_validator(mode="after")
    def _distinct(self) -> OfficeMeeting:
        try:
            check_unique(self.suggestions, "suggestion")
        except RecordError as exc:  # inside a model: a validation error naming the field
            raise ValueError(str(exc)) from None
        return self


class MeetingStatus(enum.StrEnum):
    """Where one suggestion stands: taken up at a 部长办公会 or not, in time or not."""

    TAKEN_UP = "taken_up"
    """提交部长办公会研究落实(未设时限,或在时限内)."""
    TAKEN_UP_LATE = "taken_up_late"
    """超过时限后才提交部长办公会."""
    PENDING = "pending"
    """尚未提交(未设时限,或未到期)."""
    OVERDUE = "overdue"
    """超过时限仍未提交."""


#: The shared deadline tracker's statuses as a meeting's.
_FROM_DEADLINE = {
    DeadlineStatus.ANSWERED_ON_TIME: MeetingStatus.TAKEN_UP,
    DeadlineStatus.ANSWERED_LATE: MeetingStatus.TAKEN_UP_LATE,
    DeadlineStatus.OPEN: MeetingStatus.PENDING,
    DeadlineStatus.OVERDUE: MeetingStatus.OVERDUE,
}


class TakenUp(BaseModel):
    """One suggestion: the first 部长办公会 (on or before the review day) that took it up, if any."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    suggestion: Id
    meeting: Id | None
    taken_up_on: dt.date | None
    status: MeetingStatus


class MeetingFollowUp(BaseModel):
    """部长办公会逐一落实 — one open day's suggestions and the 部长办公会 that took them up.

    ``items`` holds every suggestion of the open day, by id; the tuples
    name the suggestions in each status. ``due`` is the open day plus
    ``limit_days`` (None when no limit is set).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    open_day: dt.date
    on: dt.date
    limit_days: int | None
    due: dt.date | None
    items: tuple[TakenUp, ...]
    taken_up: tuple[str, ...]
    late: tuple[str, ...]
    pending: tuple[str, ...]
    overdue: tuple[str, ...]


class _MeetingTexts:
    """Texts of open_day.office_meetings (收集梳理意见建议9条,并通过部长办公会逐一落实)."""

    counts = Say(
        "{held}开放日收集梳理意见建议{n}条,截至{day}经部长办公会研究落实{k}条",
        "{n} suggestion(s) collected at the {held} open day; {k} taken up at a 部长办公会 "
        "as of {day}",
    )
    item = Say("{id}({meeting},{day})", "{id} ({meeting}, {day})")
    taken_up = Say("已提交部长办公会:{items}", "Taken up at a 部长办公会: {items}")
    not_set = Say(
        "原文未规定提交部长办公会的时限,本地未设定({path}),列出截至{day}尚未提交的意见建议,"
        "不判定是否逾期",
        "The text gives no time for the 部长办公会 and none is set locally ({path}): "
        "suggestions not taken up on {day} are listed, and no lateness is judged",
    )
    due = Say("应于开放日后{n}日内即{due}前提交部长办公会", "Due within {n} days, by {due}")
    pending = Say("尚未提交部长办公会:{items}", "Not yet taken up: {items}")
    late = Say("逾期提交:{items}", "Taken up late: {items}")
    overdue = Say("逾期未提交:{items}", "Overdue, not taken up: {items}")
    headline = Say(
        "{held}开放日意见建议经部长办公会落实:{status}",
        "Suggestions of the {held} open day at the 部长办公会: {status}",
    )
    st_empty = Say("无意见建议", "no suggestion")
    st_complete = Say("{n}条均已提交", "all {n} taken up")
    st_incomplete = Say("{k}条尚未提交(未设时限)", "{k} not taken up (no time set)")
    st_in_progress = Say("{k}条尚未提交,未到期", "{k} not taken up, not yet due")
    st_overdue = Say("{k}条逾期未提交", "{k} overdue")
    st_late = Say("{k}条逾期提交", "{k} taken up late")


_MEETING_STATUS = {
    "empty": _MeetingTexts.st_empty,
    "complete": _MeetingTexts.st_complete,
    "incomplete": _MeetingTexts.st_incomplete,
    "in_progress": _MeetingTexts.st_in_progress,
    "overdue": _MeetingTexts.st_overdue,
    "late": _MeetingTexts.st_late,
}


def _taken_up(
    ours: list[Suggestion], meetings: tuple[OfficeMeeting, ...], held_on: dt.date, on: dt.date
) -> dict[str, OfficeMeeting]:
    """The first meeting on or before ``on`` naming each suggestion of the open day."""
    ids = {s.id for s in ours}
    first: dict[str, OfficeMeeting] = {}
    for m in sorted(meetings, key=lambda m: (m.held_on, m.id)):
        for sid in m.suggestions:
            if sid not in ids:
                continue
            if m.held_on < held_on:
                raise RecordError(
                    f"meeting {m.id} on {m.held_on} names suggestion {sid} of the open day "
                    f"{held_on}, before it was made"
                )
            if m.held_on <= on:
                first.setdefault(sid, m)
    return first


def _meeting_status(m: OfficeMeeting | None, due: dt.date | None, on: dt.date) -> MeetingStatus:
    if due is None:
        return MeetingStatus.PENDING if m is None else MeetingStatus.TAKEN_UP
    taken = None if m is None else m.held_on
    return _FROM_DEADLINE[deadline_status(answered_on=taken, due=due, on=on)]


def _meeting_outcome(v: MeetingFollowUp) -> str:
    """The worst first: overdue, late, not taken up (no limit / not yet due), complete; empty."""
    if not v.items:
        return "empty"
    if v.overdue:
        return "overdue"
    if v.late:
        return "late"
    if v.pending:
        return "incomplete" if v.due is None else "in_progress"
    return "complete"


@rule(
    "open_day.office_meetings",
    zh="长丰县:开放日收集梳理的意见建议通过部长办公会逐一落实",
    en="Changfeng: every suggestion collected at an open day is taken up, one by one, at a "
    "部长办公会 (the department head's office meeting)",
    document=S004,
    section="长丰县",
    quote="收集梳理意见建议9条,并通过部长办公会逐一落实",
    parameters=(_DAYS,),
)
def office_meetings(
    held_on: dt.date,
    suggestions: Iterable[Suggestion],
    meetings: Iterable[OfficeMeeting],
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> Decision[MeetingFollowUp]:
    """部长办公会逐一落实 — whether each suggestion of the open day ``held_on`` was taken up at a meeting.

    Every suggestion of that open day counts (逐一: one by one, whether or
    not it was also answered on the spot); suggestions of other open days,
    and meeting entries naming them, are left out. A suggestion is taken up
    on the first meeting on or before ``on`` that names it. The limit is
    ``open_day.office_meeting_days`` calendar days after the open day, in
    force on it. Unset (the default: the text gives no time), the
    suggestions not taken up on ``on`` are listed (outcome ``incomplete``)
    and no lateness is judged. Set, the statuses are the shared deadline
    tracker's and the outcome is, worst first, ``overdue``, ``late``,
    ``in_progress`` (not yet due) or ``complete``; ``empty`` with no
    suggestion. ``on`` before the open day is a ``ValueError`` naming it;
    duplicate suggestion or meeting ids, or a meeting before the open day
    naming one of its suggestions, a [`RecordError`][orgwork.errors.RecordError].

    >>> held = dt.date(2025, 6, 28)
    >>> ss = [Suggestion(id=f"A{i}", open_day=held, answered_on_spot=True) for i in range(1, 10)]
    >>> m = OfficeMeeting(id="M1", held_on=dt.date(2025, 7, 8), suggestions=tuple(f"A{i}" for i in range(1, 9)))
    >>> d = office_meetings(held, ss, [m], on=dt.date(2025, 12, 31))
    >>> d.outcome, d.value.pending
    ('incomplete', ('A9',))
    """
    held_on = as_date(held_on, "held_on")
    all_s = as_models(Suggestion, suggestions, "suggestions")
    all_m = as_models(OfficeMeeting, meetings, "meetings")
    on = as_date(on, "on")
    if on < held_on:
        raise ValueError(f"on: {on} is before the open day {held_on}")
    check_unique((s.id for s in all_s), "suggestion")
    check_unique((m.id for m in all_m), "meeting")
    ctx = RuleContext(office_meetings, policy, on=held_on)
    limit = ctx.param(_DAYS)
    due = None if limit is None else held_on + dt.timedelta(days=limit)
    ours = sorted((s for s in all_s if s.open_day == held_on), key=lambda s: s.id)
    first = _taken_up(ours, all_m, held_on, on)
    items = []
    for s in ours:
        m = first.get(s.id)
        status = _meeting_status(m, due, on)
        items.append(
            TakenUp(
                suggestion=s.id,
                meeting=None if m is None else m.id,
                taken_up_on=None if m is None else m.held_on,
                status=status,
            )
        )

    def named(*statuses: MeetingStatus) -> tuple[str, ...]:
        return tuple(i.suggestion for i in items if i.status in statuses)

    value = MeetingFollowUp(
        open_day=held_on,
        on=on,
        limit_days=limit,
        due=due,
        items=tuple(items),
        taken_up=named(MeetingStatus.TAKEN_UP, MeetingStatus.TAKEN_UP_LATE),
        late=named(MeetingStatus.TAKEN_UP_LATE),
        pending=named(MeetingStatus.PENDING),
        overdue=named(MeetingStatus.OVERDUE),
    )
    _say_meetings(ctx, value)
    outcome = _meeting_outcome(value)
    k = {"late": len(value.late), "overdue": len(value.overdue)}.get(outcome, len(value.pending))
    said = _status(_MEETING_STATUS, outcome, len(items), k)
    return ctx.decide(
        outcome,
        value,
        _MeetingTexts.headline,
        subject=held_on.isoformat(),
        held=day(held_on),
        status=said,
    )


def _say_meetings(ctx: RuleContext, v: MeetingFollowUp) -> None:
    """The reasons of office_meetings: counts, the meetings, the limit, what is missing or late."""
    ctx.say(
        _MeetingTexts.counts, held=day(v.open_day), n=len(v.items), k=len(v.taken_up), day=day(v.on)
    )
    taken = [
        _MeetingTexts.item.text(id=i.suggestion, meeting=i.meeting, day=day(i.taken_up_on))
        for i in v.items
        if i.taken_up_on is not None
    ]
    ctx.say_list(_MeetingTexts.taken_up, taken)
    if v.due is None:
        ctx.say(_MeetingTexts.not_set, path=_DAYS_NAME, day=day(v.on))
    else:
        ctx.say(_MeetingTexts.due, n=v.limit_days, due=day(v.due))
        ctx.say_list(_MeetingTexts.late, v.late)
        ctx.say_list(_MeetingTexts.overdue, v.overdue)
    ctx.say_list(_MeetingTexts.pending, v.pending)
