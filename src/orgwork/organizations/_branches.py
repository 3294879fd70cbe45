"""双包三提与“135”机制 — the improvement track of a party organization, and its yearly tasks.

001 (党建工作方面, 3、建立工作制度):

* 双包三提: "确保先进党组织示范提升、一般党组织争先提升、后进党组织整改提升" —
  an advanced organization improves as an example, an average one strives
  to advance, a lagging one rectifies ([`improvement_track`][orgwork.organizations.improvement_track]).
* the "135" mechanism of 机关党支部 paired with communities: in the year at
  least one survey on innovating social management, one social coordination
  problem solved, one party organization built in the non-public sector and
  one weak community branch helped ([`unmet_135_tasks`][orgwork.organizations.unmet_135_tasks]). The seed says
  this of the 基层组织建设年 (2012: "在建设年中"), not as a yearly quota; the
  counts are therefore local parameters (``organizations.*_per_year``, kind
  local, 1 each), and each decision says so.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_field, as_models, as_year
from orgwork.decision import Decision, RuleContext, Say, Text, joined, sentence
from orgwork.ids import Id
from orgwork.organizations._common import S001
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "Activity135",
    "BranchGrade",
    "ImprovementTrack",
    "Task135",
    "Tasks135",
    "improvement_track",
    "unmet_135_tasks",
]


class BranchGrade(enum.StrEnum):
    """党组织的类别 — advanced, average or lagging.

    >>> tuple(g.zh for g in BranchGrade)
    ('先进', '一般', '后进')
    """

    ADVANCED = "advanced"
    AVERAGE = "average"
    LAGGING = "lagging"

    @property
    def zh(self) -> str:
        """The grade's Chinese name."""
        return {"advanced": "先进", "average": "一般", "lagging": "后进"}[self.value]


class ImprovementTrack(enum.StrEnum):
    """三提 — how an organization of each grade improves.

    >>> ImprovementTrack.RECTIFY.zh
    '整改提升'
    """

    EXEMPLIFY = "exemplify"
    STRIVE = "strive"
    RECTIFY = "rectify"

    @property
    def zh(self) -> str:
        """The track's Chinese name."""
        return {"exemplify": "示范提升", "strive": "争先提升", "rectify": "整改提升"}[self.value]

    @property
    def en(self) -> str:
        """The track's English meaning."""
        return {
            "exemplify": "improve as an example to others",
            "strive": "strive to advance",
            "rectify": "rectify and improve",
        }[self.value]


_TRACK = {
    BranchGrade.ADVANCED: ImprovementTrack.EXEMPLIFY,
    BranchGrade.AVERAGE: ImprovementTrack.STRIVE,
    BranchGrade.LAGGING: ImprovementTrack.RECTIFY,
}


class _TrackTexts:
    """Texts of organizations.improvement_track (双包三提)."""

    three = Say(
        "先进党组织示范提升、一般党组织争先提升、后进党组织整改提升",
        "Advanced: improve as an example; average: strive to advance; lagging: rectify and improve",
    )
    headline = Say("{who}为{grade.zh}党组织,{track}", "{who} ({grade.value}): {track}")


_THE_ORGANIZATION = Text(zh="该党组织", en="The organization")


@rule(
    "organizations.improvement_track",
    zh="“双包三提”:先进党组织示范提升、一般党组织争先提升、后进党组织整改提升",
    en="双包三提: advanced organizations improve as examples, average ones strive to "
    "advance, lagging ones rectify",
    document=S001,
    section="一、党建工作方面 3、建立工作制度",
    quote="确保先进党组织示范提升、一般党组织争先提升、后进党组织整改提升",
)
def improvement_track(
    grade: BranchGrade, *, subject: str | None = None, policy: Policy | None = None
) -> Decision[ImprovementTrack]:
    """三提 — the improvement track for an organization of ``grade``.

    The mapping is the seed's own and has no parameter (``policy`` is
    accepted, like every rule's, and not read).

    >>> d = improvement_track(BranchGrade.LAGGING, subject="某社区党支部")
    >>> d.value.zh, d.headline("en")
    ('整改提升', '某社区党支部 (lagging): rectify and improve')
    """
    g: BranchGrade = as_field(BranchGrade, grade, "grade")
    track = _TRACK[g]
    ctx = RuleContext(improvement_track, policy)
    ctx.say(_TrackTexts.three)
    return ctx.decide(
        track.value,
        track,
        _TrackTexts.headline,
        subject=subject,
        who=subject or _THE_ORGANIZATION,
        grade=g,
        track=track,
    )


class Task135(enum.StrEnum):
    """“135”机制的年度任务 — a yearly task of the "135" mechanism.

    >>> tuple(t.zh for t in Task135)
    ('创新社会管理工作调研', '解决社会协同难题', '建立非公有制党组织', '帮扶基础薄弱社区党支部')
    """

    SURVEY = "survey"
    PROBLEM_SOLVED = "problem_solved"
    NON_PUBLIC_ORG_BUILT = "non_public_org_built"
    WEAK_BRANCH_HELPED = "weak_branch_helped"

    @property
    def zh(self) -> str:
        """The task's Chinese name."""
        return _TASK_ZH[self]

    @property
    def en(self) -> str:
        """The task's English name."""
        return _TASK_EN[self]


_TASK_ZH = {
    Task135.SURVEY: "创新社会管理工作调研",
    Task135.PROBLEM_SOLVED: "解决社会协同难题",
    Task135.NON_PUBLIC_ORG_BUILT: "建立非公有制党组织",
    Task135.WEAK_BRANCH_HELPED: "帮扶基础薄弱社区党支部",
}
_TASK_EN = {
    Task135.SURVEY: "survey on innovating social management",
    Task135.PROBLEM_SOLVED: "social coordination problem solved",
    Task135.NON_PUBLIC_ORG_BUILT: "party organization built in the non-public sector",
    Task135.WEAK_BRANCH_HELPED: "weak community branch helped",
}
_TASK_PARAM = {
    Task135.SURVEY: "organizations.surveys_per_year",
    Task135.PROBLEM_SOLVED: "organizations.problems_solved_per_year",
    Task135.NON_PUBLIC_ORG_BUILT: "organizations.non_public_orgs_built_per_year",
    Task135.WEAK_BRANCH_HELPED: "organizations.weak_branches_helped_per_year",
}


class Activity135(BaseModel):
    """一项“135”任务的完成记录 — one piece of 135 work done by a branch.

    >>> Activity135(branch="一支部", task="survey", on=dt.date(2012, 4, 1)).task.zh
    '创新社会管理工作调研'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id = Field(min_length=1)
    task: Task135
    on: dt.date
    note: str | None = None


class Tasks135(BaseModel):
    """“135”任务完成情况 — a branch's 135 tasks in a year: what was done and what is unmet.

    >>> unmet_135_tasks("一支部", 2012, []).value.done[0]
    (<Task135.SURVEY: 'survey'>, 0)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id
    year: int
    done: tuple[tuple[Task135, int], ...] = Field(description="Count of each task, task order.")
    required: tuple[tuple[Task135, int], ...]
    unmet: tuple[Task135, ...]


class _TasksTexts:
    """Texts of organizations.tasks_135 (“135”工作机制)."""

    task = Say(
        "{task}:完成{done}项,须至少{need}项", "{task}: {done} done, at least {need} required"
    )
    campaign_year = Say(
        "种子所定为2012年基层组织建设年“在建设年中”的任务,逐年适用是本地规定",
        "The seed sets these tasks for 2012, the 基层组织建设年 (campaign year); applying them "
        "every year is a local choice",
    )
    met = Say("{branch}{year}年“135”任务全部完成", "{branch}'s 135 tasks in {year}: all met")
    unmet = Say(
        "{branch}{year}年“135”任务未完成:{tasks}", "{branch}'s 135 tasks in {year}: unmet: {tasks}"
    )


#: The tasks as a reason begins with them (the English capitalised).
_TASK_LABEL = {t: Text(zh=t.zh, en=sentence(t.en)) for t in Task135}


@rule(
    "organizations.tasks_135",
    zh="“135”工作机制:在建设年中至少搞一次创新社会管理的工作调研、解一个社会协同的难题,建一个非公有制党组织,帮扶一个基础薄弱的社区党支部(逐年适用为本地规定)",
    en="The '135' mechanism: in the campaign year at least one survey on social management, "
    "one social problem solved, one non-public-sector party organization built, one weak "
    "community branch helped (applied to every year as a local choice)",
    document=S001,
    section="一、党建工作方面 3、建立工作制度",
    quote="建一个非公有制党组织,帮扶一个基础薄弱的社区党支部",
    parameters=tuple(_TASK_PARAM.values()),
)
def unmet_135_tasks(
    branch: str,
    year: int,
    activities: Iterable[Activity135],
    *,
    policy: Policy | None = None,
) -> Decision[Tasks135]:
    """“135”任务完成情况 — which of the four yearly tasks ``branch`` has not met in ``year``.

    Only ``activities`` of that branch dated in that year count. The unmet
    tasks are listed in [`Task135`][orgwork.organizations.Task135] order.

    >>> acts = [Activity135(branch="机关一支部", task="survey", on=dt.date(2012, 4, 1)),
    ...         Activity135(branch="机关一支部", task="weak_branch_helped", on=dt.date(2012, 9, 1))]
    >>> d = unmet_135_tasks("机关一支部", 2012, acts)
    >>> d.outcome, [t.zh for t in d.value.unmet]
    ('unmet', ['解决社会协同难题', '建立非公有制党组织'])
    """
    branch = as_field(Id, branch, "branch")
    year = as_year(year, "year")
    rows = as_models(Activity135, activities, "activities")
    ctx = RuleContext(unmet_135_tasks, policy, on=dt.date(year, 12, 31))
    # 至少搞一次创新社会管理的工作调研、解一个社会协同的难题,
    # 建一个非公有制党组织,帮扶一个基础薄弱的社区党支部
    need = {t: ctx.param(_TASK_PARAM[t]) for t in Task135}
    counts = Counter(a.task for a in rows if a.branch == branch and a.on.year == year)
    for t in Task135:
        ctx.say(_TasksTexts.task, task=_TASK_LABEL[t], done=counts[t], need=need[t])
    ctx.say(_TasksTexts.campaign_year)
    value = Tasks135(
        branch=branch,
        year=year,
        done=tuple((t, counts[t]) for t in Task135),
        required=tuple((t, need[t]) for t in Task135),
        unmet=tuple(t for t in Task135 if counts[t] < need[t]),
    )
    if not value.unmet:
        return ctx.decide("met", value, _TasksTexts.met, subject=branch, branch=branch, year=year)
    tasks = joined(value.unmet, "、", "; ")
    return ctx.decide(
        "unmet", value, _TasksTexts.unmet, subject=branch, branch=branch, year=year, tasks=tasks
    )
