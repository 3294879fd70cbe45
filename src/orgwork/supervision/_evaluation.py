"""开门评部 — the half-yearly public evaluation of the department."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, as_year, check_unique, periods
from orgwork.decision import Decision, RuleContext, Say, Text, both, day
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.policy.supervision import EvaluationGroup
from orgwork.rules import rule
from orgwork.supervision._common import S000

__all__ = [
    "EvaluationCoverage",
    "EvaluationRound",
    "RoundCheck",
    "check_evaluation_round",
    "evaluation_coverage",
]


class EvaluationRound(BaseModel):
    """一次开门评部 — one public evaluation meeting.

    ``groups`` are the groups present (义务监督员, 人大, 政协, 纪检, 信访, ...);
    ``other_groups`` names further groups present that a locality requires
    (``supervision.evaluation_local_groups``, the seed's 等: 党代表, 群众代表, ...);
    ``briefing_given`` records the department's report before the evaluation
    (评议前通报); ``questions_raised`` and ``questions_answered`` count the
    questions put to cadres during it (评议中质询).

    >>> r = EvaluationRound(id="2025-H1", held_on=dt.date(2025, 6, 20),
    ...                     groups=("supervisors", "cppcc"), briefing_given=True)
    >>> r.groups
    (<EvaluationGroup.SUPERVISORS: 'supervisors'>, <EvaluationGroup.CPPCC: 'cppcc'>)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    held_on: dt.date
    groups: tuple[EvaluationGroup, ...] = ()
    briefing_given: bool = False
    questions_raised: int = Field(default=0, ge=0, strict=True)
    questions_answered: int = Field(default=0, ge=0, strict=True)
    other_groups: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _answers_not_more_than_questions(self) -> EvaluationRound:
        if self.questions_answered > self.questions_raised:
            raise ValueError("questions_answered exceeds questions_raised")
        return self


class RoundCheck(BaseModel):
    """What a round lacked: missing groups, no briefing, unanswered questions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    round: str
    missing_groups: tuple[EvaluationGroup, ...] = ()
    missing_local_groups: tuple[str, ...] = ()
    briefing_given: bool
    unanswered_questions: int = 0

    @property
    def conforms(self) -> bool:
        """Whether nothing was lacking."""
        return (
            not self.missing_groups
            and not self.missing_local_groups
            and self.briefing_given
            and not self.unanswered_questions
        )


class EvaluationCoverage(BaseModel):
    """The rounds held in one period (``ended`` once the period is over on the day asked)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    period: str
    first: dt.date
    last: dt.date
    rounds: tuple[str, ...] = ()
    ended: bool


#: The groups' names in explanations: the seed's Chinese, and the value in English.
_GROUP = {g: Text(zh=g.zh, en=g.value) for g in EvaluationGroup}
_CONFORMS = Text(zh="符合要求", en="conforms")
_DEFICIENT = Text(zh="有欠缺", en="deficient")


class _Round:
    """Texts of supervision.evaluation_round (开门评部:评前通报,评中质询)."""

    absent = Say("缺少参评人员:{groups}", "Groups absent: {groups}")
    local_absent = Say(
        "缺少本地增加的参评人员:{groups}(supervision.evaluation_local_groups)",
        "Groups the locality added that were absent: {groups} "
        "(supervision.evaluation_local_groups)",
    )
    all_present = Say("规定的参评人员均已参加", "Every required group took part")
    briefed = Say("评议前已通报情况", "The department briefed the meeting beforehand")
    not_briefed = Say("评议前未通报情况", "No briefing was given before the evaluation")
    unanswered = Say(
        "代表质询{raised}个,{unanswered}个未回答",
        "{unanswered} of {raised} questions were not answered",
    )
    headline = Say("{round}:{verdict}", "{round}: {verdict}")


@rule(
    "supervision.evaluation_round",
    zh="开门评部:邀请各方人士,评前通报,评中质询答复",
    en="A public evaluation invites supervisors and the people's congress, CPPCC, discipline and petition offices, is briefed before and answers questions during",
    document=S000,
    section="第五篇 四",
    quote="在评议前,组织部通报前段组工干部的有关情况,让与会者心中有数;评议中,组工干部负责回答有关代表提出的质询",
    parameters=("supervision.evaluation_groups", "supervision.evaluation_local_groups"),
)
def check_evaluation_round(
    evaluation: EvaluationRound, *, policy: Policy | None = None
) -> Decision[RoundCheck]:
    """开门评部检查 — what a round lacked: required groups absent, no briefing, unanswered questions.

    The required groups are ``supervision.evaluation_groups`` in force on
    the day of the round (义务监督员, 人大, 政协, 纪检, 信访: the seed's
    list, always required) and the groups the locality added by name
    (``supervision.evaluation_local_groups``, none by default: the seed's
    list ends in 等, so it is a minimum), looked for in ``other_groups``.
    Outcome ``"conforms"`` or ``"deficient"``; every shortcoming is a reason.

    >>> r = EvaluationRound(id="2025-H1", held_on=dt.date(2025, 6, 20),
    ...                     groups=("supervisors", "peoples_congress", "cppcc", "discipline_inspection"),
    ...                     briefing_given=True, questions_raised=5, questions_answered=4)
    >>> d = check_evaluation_round(r)
    >>> d.outcome, d.value.missing_groups, d.value.unanswered_questions
    ('deficient', (<EvaluationGroup.PETITION_OFFICE: 'petition_office'>,), 1)
    """
    evaluation = as_models(EvaluationRound, (evaluation,))[0]
    ctx = RuleContext(check_evaluation_round, policy, on=evaluation.held_on)
    required = ctx.param("supervision.evaluation_groups")
    # the groups to invite (the seed's 义务监督员和人大、政协、纪检、信访等部门人士)
    present = set(evaluation.groups)
    missing = tuple(g for g in required if g not in present)
    # 等部门人士: the groups the locality added, by name
    local = tuple(
        n
        for n in ctx.param("supervision.evaluation_local_groups")
        if n not in evaluation.other_groups
    )
    if missing:
        ctx.say(_Round.absent, groups=[_GROUP[g] for g in missing])
    if local:
        ctx.say(_Round.local_absent, groups=[both(n, n) for n in local])
    if not missing and not local:
        ctx.say(_Round.all_present)
    # 在评议前,组织部通报前段组工干部的有关情况
    ctx.say(_Round.briefed if evaluation.briefing_given else _Round.not_briefed)
    # 评议中,组工干部负责回答有关代表提出的质询
    unanswered = evaluation.questions_raised - evaluation.questions_answered
    if unanswered:
        ctx.say(_Round.unanswered, raised=evaluation.questions_raised, unanswered=unanswered)
    check = RoundCheck(
        round=evaluation.id,
        missing_groups=missing,
        missing_local_groups=local,
        briefing_given=evaluation.briefing_given,
        unanswered_questions=unanswered,
    )
    ok = check.conforms
    return ctx.decide(
        "conforms" if ok else "deficient",
        check,
        _Round.headline,
        subject=evaluation.id,
        round=evaluation.id,
        verdict=_CONFORMS if ok else _DEFICIENT,
    )


class _Coverage:
    """Texts of supervision.evaluation_coverage (每半年开展一次开门评部)."""

    held = Say("已开展:{rounds}", "held: {rounds}")
    missed = Say("未开展开门评部", "no public evaluation held")
    in_progress = Say("尚未开展(本期未结束)", "not yet held (the period is still running)")
    period = Say(
        "{period}为{first}至{last},每{months}个月应开展一次开门评部;{status}",
        "{period} runs {first} to {last}; one evaluation is due every {months} months; {status}",
    )
    headline = Say("{period}:{status}", "{period}: {status}")


@rule(
    "supervision.evaluation_coverage",
    zh="每半年开展一次开门评部",
    en="A public evaluation of the department every half year",
    document=S000,
    section="第五篇 四",
    quote="每半年,组织义务监督员和人大、政协、纪检、信访等部门人士,对组织部门干部及组织工作进行评议",
    parameters=("supervision.evaluation_interval_months",),
)
def evaluation_coverage(
    rounds: Iterable[EvaluationRound],
    year: int,
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> tuple[Decision[EvaluationCoverage], ...]:
    """开门评部频次 — for each period of ``year`` (half years by default), whether a round was held.

    One decision per period, in order, read on the day ``on``; outcome
    ``"held"``, ``"missed"`` (the period is over on ``on``, with no round) or
    ``"in_progress"`` (no round yet, the period still running on ``on``).
    Rounds after ``on`` are ignored; to look back at a finished year, pass
    any day after it. Duplicate round ids are a
    [`RecordError`][orgwork.errors.RecordError].

    >>> rs = [EvaluationRound(id="R1", held_on=dt.date(2025, 6, 20))]
    >>> tuple(d.outcome for d in evaluation_coverage(rs, 2025, on=dt.date(2026, 1, 1)))
    ('held', 'missed')
    """
    all_rounds = as_models(EvaluationRound, rounds, "rounds")
    year = as_year(year)
    on_day = as_date(on, "on")
    check_unique((r.id for r in all_rounds), "evaluation round")
    ctx = RuleContext(evaluation_coverage, policy, on=dt.date(year, 1, 1))
    # 每半年 ... 进行评议: a round in each period, counted by the day it was held
    months = ctx.param("supervision.evaluation_interval_months")
    by_day = sorted(all_rounds, key=lambda r: (r.held_on, r.id))
    out = []
    for label, first, last in periods(year, months):
        held = tuple(r.id for r in by_day if first <= r.held_on <= last and r.held_on <= on_day)
        ended = on_day > last
        if held:
            outcome, status = "held", _Coverage.held.text(rounds=held)
        elif ended:
            outcome, status = "missed", _Coverage.missed.text()
        else:
            outcome, status = "in_progress", _Coverage.in_progress.text()
        period = ctx.fork()
        period.param("supervision.evaluation_interval_months")
        period.say(
            _Coverage.period,
            period=label,
            first=day(first),
            last=day(last),
            months=months,
            status=status,
        )
        value = EvaluationCoverage(period=label, first=first, last=last, rounds=held, ended=ended)
        out.append(
            period.decide(
                outcome, value, _Coverage.headline, subject=label, period=label, status=status
            )
        )
    return tuple(out)
