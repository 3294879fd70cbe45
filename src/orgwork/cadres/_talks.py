"""谈心谈话 — which heart-to-heart talks a cadre is due, from the events of their life and work.

003: "我们始终坚持部领导班子成员在干部集中调整的时候、在干部取得优异成绩或遇到
重大挫折的时候、在干部家庭发生变故或思想上存在疙瘩的时候,与他们开展面对面沟通
交流". Five events call for a talk by a member of the department's leadership
team; [`talks_due`][orgwork.cadres.talks_due] lists, for every such event, whether the talk has
been held. The seed sets no time limit; a locality may set one
(``cadres.talk_deadline_days``, calendar days), and only then can a talk be
overdue.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_models, check_unique, shift
from orgwork.cadres._common import S003
from orgwork.decision import Decision, RuleContext, Say
from orgwork.ids import Id
from orgwork.policy import Policy, checked_policy
from orgwork.rules import rule

__all__ = ["CadreEvent", "Talk", "TalkDue", "TalkTrigger", "talks_due"]


class TalkTrigger(enum.StrEnum):
    """谈心谈话的时机 — an event that calls for a talk.

    >>> tuple(t.zh for t in TalkTrigger)
    ('干部集中调整', '取得优异成绩', '遇到重大挫折', '家庭发生变故', '思想上存在疙瘩')
    """

    COLLECTIVE_ADJUSTMENT = "collective_adjustment"
    OUTSTANDING_ACHIEVEMENT = "outstanding_achievement"
    MAJOR_SETBACK = "major_setback"
    FAMILY_MISFORTUNE = "family_misfortune"
    IDEOLOGICAL_KNOT = "ideological_knot"

    @property
    def zh(self) -> str:
        """The trigger's Chinese name."""
        return _TRIGGER_ZH[self]

    @property
    def en(self) -> str:
        """The trigger's English name."""
        return _TRIGGER_EN[self]


_TRIGGER_ZH = {
    TalkTrigger.COLLECTIVE_ADJUSTMENT: "干部集中调整",
    TalkTrigger.OUTSTANDING_ACHIEVEMENT: "取得优异成绩",
    TalkTrigger.MAJOR_SETBACK: "遇到重大挫折",
    TalkTrigger.FAMILY_MISFORTUNE: "家庭发生变故",
    TalkTrigger.IDEOLOGICAL_KNOT: "思想上存在疙瘩",
}
_TRIGGER_EN = {
    TalkTrigger.COLLECTIVE_ADJUSTMENT: "adjusted with other cadres",
    TalkTrigger.OUTSTANDING_ACHIEVEMENT: "an outstanding achievement",
    TalkTrigger.MAJOR_SETBACK: "a major setback",
    TalkTrigger.FAMILY_MISFORTUNE: "a misfortune in the family",
    TalkTrigger.IDEOLOGICAL_KNOT: "a knot in their thinking",
}
_TRIGGER_ORDER = {t: i for i, t in enumerate(TalkTrigger)}


class CadreEvent(BaseModel):
    """一件需要谈心谈话的事 — an event in a cadre's work or life.

    >>> CadreEvent(cadre="C", trigger="major_setback", on=dt.date(2011, 1, 5)).trigger.zh
    '遇到重大挫折'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    trigger: TalkTrigger
    on: dt.date = Field(le=dt.date(2200, 12, 31))
    note: str | None = Field(default=None, repr=False)  # personal circumstances: never in repr


class Talk(BaseModel):
    """一次谈心谈话 — a talk held.

    Only a talk by a member of the department's leadership team
    (部领导班子成员) answers an event.

    >>> Talk(cadre="C", on=dt.date(2011, 1, 6), by="部长").by_department_leadership
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    on: dt.date
    by: Id = Field(min_length=1, description="Who held the talk.")
    by_department_leadership: bool = True


class TalkDue(BaseModel):
    """应谈事项 — the talk an event calls for, and whether it was held.

    >>> ev = CadreEvent(cadre="C", trigger="major_setback", on=dt.date(2011, 1, 5))
    >>> talks_due([ev], on=dt.date(2011, 2, 1))[0].value.status
    'due'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id
    trigger: TalkTrigger
    event_on: dt.date
    due_by: dt.date | None
    held_on: dt.date | None
    held_by: str | None
    status: Literal["held", "held_late", "due", "overdue"]


def _subject(event: CadreEvent) -> str:
    return f"{event.cadre}:{event.on.isoformat()}:{event.trigger.value}"


class _TalkTexts:
    """Texts of cadres.talks (谈心谈话:部领导班子成员在五种时候与干部谈话)."""

    occasion = Say(
        "{on}{cadre}{trigger},部领导班子成员应与其谈心谈话",
        "On {on} {cadre} had {trigger}: a member of the department's leadership is to talk "
        "with them",
    )
    not_by_leadership = Say(
        "{on}{by}的谈话不是部领导班子成员所谈,不计入",
        "The talk by {by} on {on} was not by a member of the leadership: it does not count",
    )
    deadline = Say(
        "本地规定{days}日内谈话,期限{due_by}", "Local policy: within {days} day(s), by {due_by}"
    )
    # headlines, filled with the decided TalkDue ``v``
    held = Say(
        "{v.cadre}({v.trigger.zh})已于{v.held_on}由{v.held_by}谈话",
        "{v.cadre} ({v.trigger.en}): talk held on {v.held_on} by {v.held_by}",
    )
    held_late = Say(
        "{v.cadre}({v.trigger.zh})已于{v.held_on}由{v.held_by}谈话(超过期限)",
        "{v.cadre} ({v.trigger.en}): talk held on {v.held_on} by {v.held_by} (late)",
    )
    overdue = Say(
        "{v.cadre}({v.trigger.zh})应于{v.due_by}前谈话,已逾期",
        "{v.cadre} ({v.trigger.en}): the talk was due by {v.due_by} and is overdue",
    )
    due = Say("{v.cadre}({v.trigger.zh})待谈心谈话", "{v.cadre} ({v.trigger.en}): a talk is due")
    due_by = Say(
        "{v.cadre}({v.trigger.zh})待谈心谈话,期限{v.due_by}",
        "{v.cadre} ({v.trigger.en}): a talk is due by {v.due_by}",
    )


_HEADLINE = {
    "held": _TalkTexts.held,
    "held_late": _TalkTexts.held_late,
    "overdue": _TalkTexts.overdue,
    "due": _TalkTexts.due,
}


def _talk_due(ev: CadreEvent, answer: Talk | None, due_by: dt.date | None, on: dt.date) -> TalkDue:
    """Held (late, past a local deadline) when answered; else overdue past a deadline, or due."""
    status: Literal["held", "held_late", "due", "overdue"]
    if answer is not None:
        status = "held_late" if due_by is not None and answer.on > due_by else "held"
    elif due_by is not None and on > due_by:
        status = "overdue"
    else:
        status = "due"
    return TalkDue(
        cadre=ev.cadre,
        trigger=ev.trigger,
        event_on=ev.on,
        due_by=due_by,
        held_on=None if answer is None else answer.on,
        held_by=None if answer is None else answer.by,
        status=status,
    )


def _talk(
    ev: CadreEvent, held: list[Talk], on: dt.date, policy: Policy | None
) -> Decision[TalkDue]:
    """坚持部领导班子成员 ... (与他们开展面对面沟通交流) — the talk one event calls for.

    Only a talk by a member of the leadership answers the event. The deadline, when a
    locality sets one, is the one in force on the day of the event.
    """
    ctx = RuleContext(talks_due, policy, on=ev.on)
    days = ctx.param("cadres.talk_deadline_days")
    due_by = None if days is None else shift(ev.on, days, "events: an event's on")
    talks = [t for t in held if t.cadre == ev.cadre and ev.on <= t.on <= on]
    answer = next((t for t in talks if t.by_department_leadership), None)
    ctx.say(_TalkTexts.occasion, on=ev.on, cadre=ev.cadre, trigger=ev.trigger)
    for t in talks:
        if not t.by_department_leadership:
            ctx.say(_TalkTexts.not_by_leadership, on=t.on, by=t.by)
    if due_by is not None:
        ctx.say(_TalkTexts.deadline, days=days, due_by=due_by)
    v = _talk_due(ev, answer, due_by, on)
    headline = (
        _TalkTexts.due_by if v.status == "due" and due_by is not None else _HEADLINE[v.status]
    )
    return ctx.decide(v.status, v, headline, subject=_subject(ev), v=v)


@rule(
    "cadres.talks",
    zh="谈心谈话:干部集中调整、取得优异成绩或遇到重大挫折、家庭发生变故或思想上存在疙瘩时,部领导班子成员与其谈话",
    en="Talks: a member of the department's leadership talks with a cadre adjusted with "
    "others, after an outstanding achievement or a major setback, a family misfortune or a "
    "knot in their thinking",
    document=S003,
    section="服务基层党员干部人才 二是“导向性激励”",
    quote="坚持部领导班子成员在干部集中调整的时候、在干部取得优异成绩或遇到重大挫折的时候、在干部家庭发生变故或思想上存在疙瘩的时候",
    parameters=("cadres.talk_deadline_days",),
)
def talks_due(
    events: Iterable[CadreEvent],
    *,
    on: dt.date,
    talks: Iterable[Talk] = (),
    policy: Policy | None = None,
) -> tuple[Decision[TalkDue], ...]:
    """应开展的谈心谈话 — one decision per event up to ``on``: held, due or overdue.

    A talk answers every event of the same cadre on or before its day (one
    talk may answer several), if held by a member of the department's
    leadership team and no later than ``on``. Events after ``on`` are left
    out. Decisions come in event order: by day, then cadre, then trigger
    (in [`TalkTrigger`][orgwork.cadres.TalkTrigger] order); the subject of each is the event,
    ``"<cadre>:<day>:<trigger>"`` (one decision per subject), and the same
    event listed twice is a [`RecordError`][orgwork.errors.RecordError]. Outcomes:
    ``"held"``, ``"held_late"`` (after the local deadline), ``"due"`` and
    ``"overdue"`` (past the local deadline; never without one). Each event's deadline is the one in force
    on the day of the event (``cadres.talk_deadline_days`` resolved on
    ``event.on``), so a later change of the limit never moves the deadline of
    an earlier event.

    >>> evs = [CadreEvent(cadre="李某", trigger="family_misfortune", on=dt.date(2011, 3, 2)),
    ...        CadreEvent(cadre="赵某", trigger="collective_adjustment", on=dt.date(2011, 4, 1))]
    >>> ds = talks_due(evs, on=dt.date(2011, 4, 30),
    ...                talks=[Talk(cadre="李某", on=dt.date(2011, 3, 5), by="部长")])
    >>> tuple((d.value.cadre, d.outcome) for d in ds)
    (('李某', 'held'), ('赵某', 'due'))
    >>> ds[0].subject
    '李某:2011-03-02:family_misfortune'
    """
    checked_policy(policy)  # a wrong object is refused even when nothing is decided
    on = as_date(on, "on")
    given = as_models(CadreEvent, events, "events")
    check_unique((_subject(e) for e in given), "event")
    # 在干部集中调整的时候、在干部取得优异成绩或遇到重大挫折的时候、
    # 在干部家庭发生变故或思想上存在疙瘩的时候: every event up to the day
    evs = sorted(
        ((i, e) for i, e in enumerate(given) if e.on <= on),
        key=lambda ie: (ie[1].on, ie[1].cadre, _TRIGGER_ORDER[ie[1].trigger], ie[0]),
    )
    held = sorted(as_models(Talk, talks, "talks"), key=lambda t: (t.on, t.cadre, t.by))
    return tuple(_talk(ev, held, on, policy) for _, ev in evs)
