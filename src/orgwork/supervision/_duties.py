"""义务监督员的职责和权利 — a supervisor's regular duties over a term, and the right to speak freely.

《县委组织部义务监督员制度》 (seed 000, 第五篇 二) gives supervisors three
rights (知情权、评价权、言论豁免权) and regular duties (定期保持联系,定期参加例会,
定期报告情况). "定期" gives no number: the cadences are local parameters,
unset by default, and an unset cadence lists what was done and refers the
matter ([`supervisor_duties`][orgwork.supervision.supervisor_duties]). The right to
speak without penalty is a check: a sanction proposed against a supervisor for
what they said while serving is referred
([`supervisor_speech_immunity`][orgwork.supervision.supervisor_speech_immunity]).
知情权 and 评价权 are cited facts ([`Right`][orgwork.supervision.Right]): the seed
names no act that would breach them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models
from orgwork.decision import Decision, RuleContext, Say, Text, day
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.supervision._common import S000
from orgwork.supervision._supervisors import Term

__all__ = [
    "DUTIES_QUOTE",
    "RIGHTS_QUOTE",
    "Duty",
    "DutyPeriod",
    "DutyRecord",
    "DutyStatus",
    "Ground",
    "Right",
    "SanctionProposal",
    "supervisor_duties",
    "supervisor_speech_immunity",
]

#: The seed's sentence granting the rights (第五篇 二), verbatim.
RIGHTS_QUOTE = "义务监督员对组织工作和组工干部的有关事项具有知情权、评价权、言论豁免权"
#: The seed's sentence stating the duties (第五篇 二), verbatim.
DUTIES_QUOTE = "义务监督员要经常关注组织工作,定期保持联系,定期参加例会,定期报告情况"


class Right(enum.StrEnum):
    """义务监督员的权利 — the three rights of a volunteer supervisor (see `RIGHTS_QUOTE`).

    >>> Right.SPEECH_IMMUNITY.zh
    '言论豁免权'
    """

    KNOW = "know"
    """知情权 — the right to know."""
    EVALUATE = "evaluate"
    """评价权 — the right to evaluate."""
    SPEECH_IMMUNITY = "speech_immunity"
    """言论豁免权 — the right to speak without penalty."""

    @property
    def zh(self) -> str:
        """The seed's name of the right."""
        return _RIGHT_ZH[self]

    @property
    def en(self) -> str:
        """The right's English name."""
        return _RIGHT_EN[self]


_RIGHT_ZH = {Right.KNOW: "知情权", Right.EVALUATE: "评价权", Right.SPEECH_IMMUNITY: "言论豁免权"}
_RIGHT_EN = {
    Right.KNOW: "the right to know",
    Right.EVALUATE: "the right to evaluate",
    Right.SPEECH_IMMUNITY: "the right to speak without penalty",
}


class Duty(enum.StrEnum):
    """义务监督员的定期职责 — the duties with a cadence (定期…).

    >>> [d.zh for d in Duty]
    ['定期保持联系', '定期参加例会', '定期报告情况']
    """

    CONTACT = "contact"
    """定期保持联系 — keep in contact with the department."""
    MEETING = "meeting"
    """定期参加例会 — attend the regular meetings."""
    REPORT = "report"
    """定期报告情况 — report what they found."""

    @property
    def zh(self) -> str:
        """The seed's words for the duty."""
        return _DUTY_ZH[self]

    @property
    def en(self) -> str:
        """The duty's English name in explanations."""
        return _DUTY_EN[self]

    @property
    def parameter(self) -> str:
        """The policy parameter holding the duty's cadence in months."""
        return f"supervision.supervisor_{self.value}_months"


_DUTY_ZH = {Duty.CONTACT: "定期保持联系", Duty.MEETING: "定期参加例会", Duty.REPORT: "定期报告情况"}
_DUTY_EN = {
    Duty.CONTACT: "keeping in contact",
    Duty.MEETING: "attending the regular meetings",
    Duty.REPORT: "reporting",
}


class DutyRecord(BaseModel):
    """一次履职记录 — a supervisor kept in contact, attended a 例会 or reported, on a day.

    >>> DutyRecord(supervisor="李某", duty="meeting", on=dt.date(2025, 4, 10)).duty.zh
    '定期参加例会'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    supervisor: Id = Field(min_length=1)
    duty: Duty
    on: dt.date
    note: str = Field(default="", repr=False)  # what was reported: never in repr/logs


class DutyStatus(enum.StrEnum):
    """Where one duty stands in one period (the values are the decisions' outcomes)."""

    MET = "met"
    """Done at least once in the period."""
    MISSED = "missed"
    """Not done in a whole period that is over."""
    IN_PROGRESS = "in_progress"
    """Not done yet in a period that still runs."""
    NOT_DUE = "not_due"
    """Not done in a period not yet begun, or in a last stretch of the term shorter than the cadence."""
    REFERRED = "referred"
    """No cadence set: what was done is listed and the matter referred."""


class DutyPeriod(BaseModel):
    """One duty of one supervisor over one period of the term (the whole term if no cadence is set).

    ``done`` lists the days the duty was done inside the period, by ``on``,
    in date order. ``whole`` is false for a last stretch of the term shorter
    than the cadence (``cadence_months``; None when not set).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    supervisor: Id
    duty: Duty
    first: dt.date
    last: dt.date
    cadence_months: int | None
    whole: bool
    done: tuple[dt.date, ...]
    status: DutyStatus


class _DutyTexts:
    """Texts of supervision.supervisor_duties (定期保持联系,定期参加例会,定期报告情况)."""

    clause = Say(
        "《县委组织部义务监督员制度》:" + DUTIES_QUOTE, "The supervisors' rules: " + DUTIES_QUOTE
    )
    period = Say(
        "{duty}:{first}至{last}(每{months}个月至少一次)",
        "{duty}: {first} to {last} (at least once every {months} months)",
    )
    term = Say("{duty}:聘期{first}至{last}", "{duty}: term {first} to {last}")
    done = Say("已履行{n}次:{items}", "Done {n} time(s): {items}")
    none = Say("期间无履行记录", "Not done in the period")
    not_set = Say(
        "“定期”未规定具体周期,本地未设定({path}),列明履行情况,提交研究决定,不判定未履行",
        "定期 (regularly) gives no number and no local cadence is set ({path}): what was "
        "done is listed and referred, never counted as missed",
    )
    short = Say(
        "聘期最后{first}至{last}不足一个周期({months}个月),不作要求",
        "The term's last stretch, {first} to {last}, is shorter than the cadence "
        "({months} months): nothing is due in it",
    )
    not_started = Say("截至{day}本周期尚未开始", "As of {day} the period has not begun")
    running = Say("截至{day}本周期尚未结束", "As of {day} the period still runs")
    headline = Say(
        "{name}{duty}({first}至{last}):{status}", "{name}, {duty} ({first} to {last}): {status}"
    )


_STATUS_TEXT = {
    DutyStatus.MET: Text(zh="已履行", en="met"),
    DutyStatus.MISSED: Text(zh="未履行", en="missed"),
    DutyStatus.IN_PROGRESS: Text(zh="周期未结束,尚未履行", en="not yet done, period running"),
    DutyStatus.NOT_DUE: Text(zh="不作要求", en="not due"),
    DutyStatus.REFERRED: Text(zh="未设定周期,提交研究决定", en="no cadence set, referred"),
}


def _periods(term: Term, months: int) -> Iterator[tuple[dt.date, dt.date, bool]]:
    """The term cut into periods of ``months`` months from its first day: (first, last, whole).

    Each period starts ``k * months`` calendar months after the term's first
    day (relativedelta, the month's last day when there is no corresponding
    day); the last one is cut at the term's end, and is ``whole`` only when
    it was not cut.
    """
    k = 0
    while True:
        first = term.first + relativedelta(months=k * months)
        if first > term.last:
            return
        end = term.first + relativedelta(months=(k + 1) * months) - dt.timedelta(days=1)
        yield first, min(end, term.last), end <= term.last
        k += 1


def _status(
    done: tuple[dt.date, ...], first: dt.date, last: dt.date, whole: bool, on: dt.date
) -> DutyStatus:
    """Met once done; else not due before the period or in a short stretch; else missed or running."""
    if done:
        return DutyStatus.MET
    if on < first or not whole:
        return DutyStatus.NOT_DUE
    return DutyStatus.MISSED if on > last else DutyStatus.IN_PROGRESS


def _one(
    ctx: RuleContext,
    term: Term,
    duty: Duty,
    span: tuple[dt.date, dt.date, bool],
    months: int | None,
    records: tuple[DutyRecord, ...],
    on: dt.date,
) -> Decision[DutyPeriod]:
    """The decision for ``duty`` over one span of ``term``."""
    first, last, whole = span
    p = ctx.fork()
    p.param(duty.parameter)
    p.say(_DutyTexts.clause)
    done = tuple(
        sorted(r.on for r in records if r.duty is duty and first <= r.on <= last and r.on <= on)
    )
    if months is None:
        p.say(_DutyTexts.term, duty=duty, first=day(first), last=day(last))
        status = DutyStatus.REFERRED
    else:
        p.say(_DutyTexts.period, duty=duty, first=day(first), last=day(last), months=months)
        status = _status(done, first, last, whole, on)
    if done:
        p.say(_DutyTexts.done, n=len(done), items=[day(d) for d in done])
    else:
        p.say(_DutyTexts.none)
    if months is None:
        p.say(_DutyTexts.not_set, path=duty.parameter)
    elif status is DutyStatus.NOT_DUE and not whole and on >= first:
        p.say(_DutyTexts.short, first=day(first), last=day(last), months=months)
    elif status is DutyStatus.NOT_DUE:
        p.say(_DutyTexts.not_started, day=day(on))
    elif status is DutyStatus.IN_PROGRESS:
        p.say(_DutyTexts.running, day=day(on))
    value = DutyPeriod(
        supervisor=term.name,
        duty=duty,
        first=first,
        last=last,
        cadence_months=months,
        whole=whole,
        done=done,
        status=status,
    )
    return p.decide(
        status.value,
        value,
        _DutyTexts.headline,
        subject=term.name,
        name=term.name,
        duty=duty,
        first=day(first),
        last=day(last),
        status=_STATUS_TEXT[status],
    )


@rule(
    "supervision.supervisor_duties",
    zh="义务监督员定期保持联系、定期参加例会、定期报告情况",
    en="A volunteer supervisor keeps in contact, attends the regular meetings and reports, regularly",
    document=S000,
    section="第五篇 二",
    quote=DUTIES_QUOTE,
    parameters=tuple(d.parameter for d in Duty),
)
def supervisor_duties(
    term: Term, records: Iterable[DutyRecord], *, on: dt.date, policy: Policy | None = None
) -> tuple[Decision[DutyPeriod], ...]:
    """义务监督员履职情况 — each regular duty of the supervisor of ``term``, period by period.

    For each duty (``contact``, ``meeting``, ``report``, in that order) its
    cadence is ``supervision.supervisor_<duty>_months`` in force on the
    term's first day:

    - unset (None, the default: 定期 gives no number): one decision over the
      whole term, outcome ``referred``, listing the days it was done; nothing
      is ever ``missed``;
    - set to ``n``: the term is cut into periods of ``n`` calendar months
      from its first day, one decision each, in date order, outcome ``met``
      (done at least once in the period), ``missed`` (a whole period over on
      ``on`` without it), ``in_progress`` (a period still running) or
      ``not_due`` (a period not begun by ``on``, or a last stretch of the
      term shorter than ``n`` months).

    Only records of the term's supervisor, inside the term and on or before
    ``on``, count; others are left out.

    >>> from orgwork.supervision import Term
    >>> t = Term(name="李某", kind="department_conduct", first=dt.date(2025, 3, 1),
    ...          last=dt.date(2026, 2, 28))
    >>> log = [DutyRecord(supervisor="李某", duty="meeting", on=dt.date(2025, 4, 10))]
    >>> [d.outcome for d in supervisor_duties(t, log, on=dt.date(2026, 3, 1))]
    ['referred', 'referred', 'referred']
    >>> p = Policy.default().override({"supervision.supervisor_meeting_months": 6})
    >>> [d.outcome for d in supervisor_duties(t, log, on=dt.date(2026, 3, 1), policy=p)][1:3]
    ['met', 'missed']
    """
    term = as_models(Term, (term,))[0]
    all_records = as_models(DutyRecord, records, "records")
    on = as_date(on, "on")
    ctx = RuleContext(supervisor_duties, policy, on=term.first)
    own = tuple(r for r in all_records if r.supervisor == term.name)
    out: list[Decision[DutyPeriod]] = []
    for duty in Duty:
        months = ctx.param(duty.parameter)
        spans = [(term.first, term.last, True)] if months is None else list(_periods(term, months))
        out.extend(_one(ctx, term, duty, span, months, own, on) for span in spans)
    return tuple(out)


class Ground(enum.StrEnum):
    """处分理由 — what a proposed sanction is for."""

    SPEECH = "speech"
    """言论 — what the person said: opinions, evaluations, reports, questions."""
    OTHER = "other"
    """其他行为 — anything else the person did."""


class SanctionProposal(BaseModel):
    """拟对某人追责 — a sanction proposed against a person, and what it is for.

    ``spoken_on`` is the day of the words a ``speech`` sanction is for
    (required then, and not after ``proposed_on``).

    >>> SanctionProposal(person="李某", proposed_on=dt.date(2025, 9, 1), ground="speech",
    ...                  spoken_on=dt.date(2025, 7, 15)).ground.value
    'speech'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    person: Id = Field(min_length=1)
    proposed_on: dt.date
    ground: Ground
    spoken_on: dt.date | None = None
    measure: str = Field(default="", repr=False)  # the sanction proposed: never in repr/logs
    description: str = Field(default="", repr=False)  # what was said or done: never in repr/logs

    @model_validator(mode="after")
    def _speech_dated(self) -> SanctionProposal:
        if self.ground is Ground.SPEECH and self.spoken_on is None:
            raise ValueError("spoken_on is required for a sanction for speech")
        if self.spoken_on is not None and self.spoken_on > self.proposed_on:
            raise ValueError("spoken_on is after proposed_on")
        return self


class _ImmunityTexts:
    """Texts of supervision.supervisor_speech_immunity (言论豁免权)."""

    clause = Say(
        "《县委组织部义务监督员制度》:" + RIGHTS_QUOTE, "The supervisors' rules: " + RIGHTS_QUOTE
    )
    serving = Say(
        "{day}发表言论时为义务监督员(聘期{first}至{last}),享有{right}",
        "On {day}, when the words were said, a supervisor (term {first} to {last}), "
        "holding {right}",
    )
    not_serving = Say(
        "{day}发表言论时不在义务监督员聘期内",
        "On {day}, when the words were said, not a serving supervisor",
    )
    not_speech = Say(
        "拟追责的理由不是言论,言论豁免权不适用",
        "The sanction is not for speech: the immunity does not apply",
    )
    referred = Say(
        "因义务监督员言论拟予追责的,不作处理决定,提交研究决定(豁免的界限原文未作规定)",
        "A sanction for what a supervisor said is not decided here but referred (the seed "
        "sets no limits to the immunity)",
    )
    immune = Say("{person}:因言论追责,提交研究决定", "{person}: sanction for speech, referred")
    open = Say("{person}:言论豁免权不适用", "{person}: the speech immunity does not apply")


@rule(
    "supervision.supervisor_speech_immunity",
    zh="义务监督员享有言论豁免权:因其言论拟予追责的提交研究决定",
    en="A volunteer supervisor may speak without penalty: a sanction for what they said is referred",
    document=S000,
    section="第五篇 二",
    quote=RIGHTS_QUOTE,
)
def supervisor_speech_immunity(
    proposal: SanctionProposal, terms: Iterable[Term], *, policy: Policy | None = None
) -> Decision[bool]:
    """言论豁免 — whether a proposed sanction falls under a supervisor's right to speak freely.

    The value is true, and the outcome ``referred``, when the sanction is for
    speech (``ground="speech"``) said on a day one of the person's ``terms``
    covers: the seed grants 言论豁免权 but sets no limits to it, so the
    sanction is not decided here. Otherwise the value is false and the
    outcome ``not_applicable``. ``terms`` may hold other supervisors' terms;
    only the person's count.

    >>> from orgwork.supervision import Term
    >>> t = Term(name="李某", kind="department_conduct", first=dt.date(2025, 3, 1),
    ...          last=dt.date(2026, 2, 28))
    >>> p = SanctionProposal(person="李某", proposed_on=dt.date(2025, 9, 1), ground="speech",
    ...                      spoken_on=dt.date(2025, 7, 15))
    >>> supervisor_speech_immunity(p, [t]).outcome
    'referred'
    """
    proposal = as_models(SanctionProposal, (proposal,))[0]
    all_terms = as_models(Term, terms, "terms")
    ctx = RuleContext(supervisor_speech_immunity, policy, on=proposal.proposed_on)
    ctx.say(_ImmunityTexts.clause)
    spoken = proposal.spoken_on
    covering = (
        [t for t in all_terms if t.name == proposal.person and t.active_on(spoken)]
        if spoken
        else []
    )
    # overlapping terms: the earliest one covering the day is cited
    serving = min(covering, key=lambda t: t.first) if covering else None
    if spoken is not None:
        if serving is not None:
            ctx.say(
                _ImmunityTexts.serving,
                day=day(spoken),
                first=day(serving.first),
                last=day(serving.last),
                right=Right.SPEECH_IMMUNITY,
            )
        else:
            ctx.say(_ImmunityTexts.not_serving, day=day(spoken))
    immune = proposal.ground is Ground.SPEECH and serving is not None
    if proposal.ground is not Ground.SPEECH:
        ctx.say(_ImmunityTexts.not_speech)
    elif immune:
        ctx.say(_ImmunityTexts.referred)
    return ctx.decide(
        "referred" if immune else "not_applicable",
        immune,
        _ImmunityTexts.immune if immune else _ImmunityTexts.open,
        subject=proposal.person,
        person=proposal.person,
    )
