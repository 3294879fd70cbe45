"""群众参与与公开 — public judges (三必请), judging panels, nomination scope and publication.

* 三必请 (004): the public is always invited to judge before leadership teams
  are adjusted together, in public selection, and for major appointments
  ([`public_judges_required`][orgwork.selection.public_judges_required]).
* Interview panels of competitive selection are made of expert judges and
  public representatives together (001, [`panel_check`][orgwork.selection.panel_check]).
* Initial nominations in exchanges and adjustments come from division-level
  cadres and above, the 两代表一委员 and community residents (001,
  [`nomination_scope_gaps`][orgwork.selection.nomination_scope_gaps]).
* The public's four rights in cadre selection (知情权、参与权、选择权、监督权,
  [`PublicRight`][orgwork.selection.PublicRight]) and what a selection publishes to meet the right to
  know: posts and numbers, and results (001), optionally also 000's 政策公开、
  标准公开、过程公开、结果公开 ([`publication_gaps`][orgwork.selection.publication_gaps]).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_collection, as_date, as_field, as_models
from orgwork.decision import Decision, RuleContext, Say, Text, joined
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule
from orgwork.selection._common import S000, S001, S004, capitalized

__all__ = [
    "DepartmentInfo",
    "Judge",
    "JudgeKind",
    "JudgingPanel",
    "Nomination",
    "NominatorGroup",
    "Occasion",
    "Openness",
    "OpennessCheck",
    "PanelCheck",
    "PublicRight",
    "PublicationItem",
    "four_openness_gaps",
    "nomination_scope_gaps",
    "panel_check",
    "public_judges_required",
    "publication_gaps",
]


class Occasion(enum.StrEnum):
    """干部工作的场合 — the occasion a judging panel sits for.

    >>> Occasion.MAJOR_APPOINTMENT.zh
    '重大人事任免'
    """

    LEADERSHIP_TEAM_ADJUSTMENT = "leadership_team_adjustment"
    PUBLIC_SELECTION = "public_selection"
    MAJOR_APPOINTMENT = "major_appointment"
    COMPETITIVE_INTERVIEW = "competitive_interview"
    OTHER = "other"

    @property
    def zh(self) -> str:
        """The occasion's Chinese name."""
        return _OCCASION_ZH[self]

    @property
    def en(self) -> str:
        """The occasion's English name."""
        return _OCCASION_EN[self]


_OCCASION_ZH = {
    Occasion.LEADERSHIP_TEAM_ADJUSTMENT: "班子集中调整前",
    Occasion.PUBLIC_SELECTION: "公选干部",
    Occasion.MAJOR_APPOINTMENT: "重大人事任免",
    Occasion.COMPETITIVE_INTERVIEW: "竞争性选拔面试",
    Occasion.OTHER: "其他场合",
}
_OCCASION_EN = {
    Occasion.LEADERSHIP_TEAM_ADJUSTMENT: "before leadership teams are adjusted together",
    Occasion.PUBLIC_SELECTION: "public selection of cadres",
    Occasion.MAJOR_APPOINTMENT: "a major appointment or removal",
    Occasion.COMPETITIVE_INTERVIEW: "the interview of a competitive selection",
    Occasion.OTHER: "another occasion",
}


class JudgeKind(enum.StrEnum):
    """评委类别 — an expert judge or a public judge (社区居民、“两代表一委员”等群众代表).

    >>> JudgeKind.PUBLIC.zh
    '群众评委'
    """

    EXPERT = "expert"
    PUBLIC = "public"

    @property
    def zh(self) -> str:
        """The kind's Chinese name."""
        return "专家评委" if self is JudgeKind.EXPERT else "群众评委"


class Judge(BaseModel):
    """一名评委 — one judge.

    >>> Judge(name="王某", kind="expert").kind.zh
    '专家评委'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Id = Field(min_length=1)
    kind: JudgeKind


class JudgingPanel(BaseModel):
    """评委团 — the judges of one sitting.

    >>> p = JudgingPanel(occasion="public_selection", held_on=dt.date(2013, 5, 20),
    ...                  judges=[Judge(name="J1", kind="public")])
    >>> p.count(JudgeKind.PUBLIC)
    1
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    occasion: Occasion
    held_on: dt.date
    judges: tuple[Judge, ...] = ()

    def count(self, kind: JudgeKind) -> int:
        """The number of judges of ``kind``."""
        return sum(1 for j in self.judges if j.kind is kind)


def _required(occasion: Occasion, occasions: tuple[str, ...]) -> bool:
    return occasion.value in occasions


class _PublicJudgesTexts:
    """Texts of selection.public_judges (三必请:必请群众当评委)."""

    occasions = Say(
        "必请群众当评委的场合:{occasions}", "Public judges are required on: {occasions}"
    )
    required = Say("{occasion}:必须邀请群众当评委", "{occasion}: public judges must be invited")
    not_required = Say("{occasion}:不属“三必请”场合", "{occasion}: not one of the 三必请 occasions")


@rule(
    "selection.public_judges",
    zh="“三必请”:班子集中调整前、公选干部时、重大人事任免时必请群众当评委",
    en="Public judges are always invited before leadership teams are adjusted, in public "
    "selection and for major appointments (三必请)",
    document=S004,
    section="包河区:“三个转变”提升开放度",
    quote="即在区直、街镇班子集中调整前必请群众当评委,在公选干部时必请群众当评委,在重大人事任免时必请群众当评委",
    parameters=("selection.public_judge_occasions",),
)
def public_judges_required(
    occasion: Occasion, *, on: dt.date, policy: Policy | None = None
) -> Decision[bool]:
    """三必请 — whether public judges must be invited on ``occasion`` on the day ``on``.

    >>> day = dt.date(2013, 5, 20)
    >>> public_judges_required(Occasion.PUBLIC_SELECTION, on=day).value
    True
    >>> public_judges_required(Occasion.OTHER, on=day).outcome
    'not_required'
    """
    occ: Occasion = as_field(Occasion, occasion, "occasion")
    ctx = RuleContext(public_judges_required, policy, on=as_date(on, "on"))
    occasions = ctx.param("selection.public_judge_occasions")
    listed = joined((Occasion(o) for o in occasions), "、", "; ")
    ctx.say(_PublicJudgesTexts.occasions, occasions=listed)
    required = _required(occ, occasions)
    headline = _PublicJudgesTexts.required if required else _PublicJudgesTexts.not_required
    outcome = "required" if required else "not_required"
    return ctx.decide(outcome, required, headline, subject=occ.value, occasion=capitalized(occ))


class PanelCheck(BaseModel):
    """评委团检查结果 — what is wrong with a judging panel, if anything.

    >>> panel = JudgingPanel(occasion="other", held_on=dt.date(2013, 1, 1))
    >>> panel_check(panel).value.problems
    ('no_judges',)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    occasion: Occasion
    experts: int
    public: int
    public_required: bool
    expert_required: bool
    problems: tuple[str, ...] = Field(
        description="Codes: 'no_judges', 'no_public_judges', 'no_expert_judges'."
    )


class _PanelTexts:
    """Texts of selection.judging_panel (由专家评委和群众代表共同担任评委)."""

    judges = Say(
        "{occasion}:专家评委{experts}名,群众评委{public}名",
        "{occasion}: {experts} expert and {public} public judge(s)",
    )
    no_judges = Say("评委团没有评委", "The panel has no judges")
    interview_without_public = Say(
        "竞争性选拔面试须由专家评委和群众代表共同担任评委,缺少群众评委",
        "A competitive-selection interview needs public judges beside the experts; there are none",
    )
    three_without_public = Say(
        "{occasion}属“三必请”场合,必须邀请群众当评委",
        "{occasion} is a 三必请 occasion: public judges must be invited",
    )
    interview_without_experts = Say(
        "竞争性选拔面试须由专家评委和群众代表共同担任评委,缺少专家评委",
        "A competitive-selection interview needs expert judges beside the public; there are none",
    )
    complete = Say(
        "{occasion}的评委团组成符合要求", "The panel for {occasion} is properly composed"
    )
    incomplete = Say(
        "{occasion}的评委团有{n}处不符合要求", "The panel for {occasion} has {n} problem(s)"
    )


@rule(
    "selection.judging_panel",
    zh="评委团组成:竞争性选拔面试由专家评委和群众代表共同担任评委;“三必请”场合须有群众评委",
    en="Judging panels: competitive-selection interviews have expert and public judges "
    "together; 三必请 occasions have public judges",
    document=S001,
    section="二、干部选拔任用方面 3、扩大决策民主",
    quote="由专家评委和群众代表共同担任评委",
    parameters=("selection.public_judge_occasions",),
)
def panel_check(panel: JudgingPanel, *, policy: Policy | None = None) -> Decision[PanelCheck]:
    """评委团组成检查 — whether a panel has the judges its occasion needs.

    A panel at a 三必请 occasion needs at least one public judge; the
    interview of a competitive selection needs experts and public judges
    together (001's 大评委团). Every problem is listed.

    >>> panel = JudgingPanel(occasion="competitive_interview", held_on=dt.date(2012, 6, 1),
    ...                      judges=[Judge(name="专家甲", kind="expert")])
    >>> d = panel_check(panel)
    >>> d.outcome, d.value.problems
    ('incomplete', ('no_public_judges',))
    """
    pn = JudgingPanel.model_validate(panel)
    ctx = RuleContext(panel_check, policy, on=pn.held_on)
    occasions = ctx.param("selection.public_judge_occasions")
    ctx.uses(public_judges_required)
    experts, public = pn.count(JudgeKind.EXPERT), pn.count(JudgeKind.PUBLIC)
    interview = pn.occasion is Occasion.COMPETITIVE_INTERVIEW
    public_required = interview or _required(pn.occasion, occasions)
    ctx.say(_PanelTexts.judges, occasion=capitalized(pn.occasion), experts=experts, public=public)
    problems = (
        *_no_judges(ctx, pn),
        *_public_judges(ctx, pn.occasion, public_required and not public),
        *_expert_judges(ctx, interview and not experts),
    )
    value = PanelCheck(
        occasion=pn.occasion,
        experts=experts,
        public=public,
        public_required=public_required,
        expert_required=interview,
        problems=problems,
    )
    if problems:
        return ctx.decide(
            "incomplete",
            value,
            _PanelTexts.incomplete,
            subject=pn.occasion.value,
            occasion=pn.occasion,
            n=len(problems),
        )
    return ctx.decide(
        "complete", value, _PanelTexts.complete, subject=pn.occasion.value, occasion=pn.occasion
    )


def _no_judges(ctx: RuleContext, pn: JudgingPanel) -> tuple[str, ...]:
    """A panel has judges at all (担任评委)."""
    if pn.judges:
        return ()
    ctx.say(_PanelTexts.no_judges)
    return ("no_judges",)


def _public_judges(ctx: RuleContext, occasion: Occasion, lacking: bool) -> tuple[str, ...]:
    """由专家评委和群众代表共同担任评委 (the 群众代表 at an interview); at a 三必请
    occasion, 必请群众当评委 (said under selection.public_judges)."""
    if not lacking:
        return ()
    if occasion is Occasion.COMPETITIVE_INTERVIEW:
        ctx.say(_PanelTexts.interview_without_public)
    else:
        three = RuleContext(public_judges_required)
        ctx.add(three.reason(_PanelTexts.three_without_public, occasion=capitalized(occasion)))
    return ("no_public_judges",)


def _expert_judges(ctx: RuleContext, lacking: bool) -> tuple[str, ...]:
    """由专家评委和群众代表共同担任评委 (the 专家评委 at an interview)."""
    if not lacking:
        return ()
    ctx.say(_PanelTexts.interview_without_experts)
    return ("no_expert_judges",)


class NominatorGroup(enum.StrEnum):
    """初始提名主体 — who may make an initial nomination.

    001's three groups, and ``OTHER``: a group a locality adds (001's list ends in
    等多个层面, so it is a minimum).

    >>> NominatorGroup.DEPUTIES_AND_MEMBERS.zh, NominatorGroup.OTHER.zh
    ('“两代表一委员”', '其他提名主体')
    """

    DIVISION_LEVEL_CADRES = "division_level_cadres"
    DEPUTIES_AND_MEMBERS = "deputies_and_members"
    COMMUNITY_RESIDENTS = "community_residents"
    OTHER = "other"

    @property
    def zh(self) -> str:
        """The group's Chinese name."""
        return {
            "division_level_cadres": "全区处级以上干部",
            "deputies_and_members": "“两代表一委员”",
            "community_residents": "社区居民",
            "other": "其他提名主体",
        }[self.value]

    @property
    def en(self) -> str:
        """The group's English name."""
        return {
            "division_level_cadres": "division-level cadres and above",
            "deputies_and_members": "party-congress and people's-congress deputies and "
            "CPPCC members (两代表一委员)",
            "community_residents": "community residents",
            "other": "other nominators (a group the locality adds)",
        }[self.value]


class Nomination(BaseModel):
    """一条提名 — one initial nomination (人次), by a nominator of ``group``.

    >>> Nomination(group="community_residents", nominee="甲").group.zh
    '社区居民'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: NominatorGroup
    nominee: Id = Field(min_length=1)


class _NominationTexts:
    """Texts of selection.nomination_scope (初始提名主体扩大到多个层面)."""

    count = Say("{group}提名{n}人次", "{group}: {n} nomination(s)")
    beyond = Say(
        "{group}提名{n}人次(原文“等多个层面”,所列之外的提名主体计入,不作缺项)",
        "{group}: {n} nomination(s) (001's list ends in 等: groups beyond it count, and are "
        "not required)",
    )
    complete = Say("提名主体齐全", "Every nominator group took part")
    gaps = Say("缺少提名主体:{groups}", "No nominations from: {groups}")


@rule(
    "selection.nomination_scope",
    zh="干部交流调整的初始提名主体扩大到处级以上干部、“两代表一委员”和社区居民",
    en="Initial nominations in cadre exchanges come from division-level cadres and above, "
    "the 两代表一委员 and community residents",
    document=S001,
    section="二、干部选拔任用方面 3、扩大决策民主",
    quote="区委将干部初始提名主体扩大到全区处级以上干部和“两代表一委员”、社区居民等多个层面",
    parameters=("selection.nominator_groups",),
)
def nomination_scope_gaps(
    nominations: Iterable[Nomination], *, on: dt.date, policy: Policy | None = None
) -> Decision[tuple[NominatorGroup, ...]]:
    """提名主体缺项 — the nominator groups from whom a nomination round has no nomination.

    The value lists the missing groups in the policy's order (empty when
    every group took part). ``on`` is the day of the nomination round.
    001's groups end in 等多个层面: they are required (the policy may not drop
    one) and a locality may add its own; nominations from a group beyond the
    policy's list are counted and said, never ignored.

    >>> noms = [Nomination(group="division_level_cadres", nominee="甲"),
    ...         Nomination(group="community_residents", nominee="甲")]
    >>> d = nomination_scope_gaps(noms, on=dt.date(2012, 3, 1))
    >>> d.outcome, [g.value for g in d.value]
    ('gaps', ['deputies_and_members'])
    """
    items = as_models(Nomination, nominations, "nominations")
    ctx = RuleContext(nomination_scope_gaps, policy, on=as_date(on, "on"))
    groups = [NominatorGroup(g) for g in ctx.param("selection.nominator_groups")]
    counts = {g: sum(1 for n in items if n.group is g) for g in groups}
    for g in groups:
        ctx.say(_NominationTexts.count, group=capitalized(g), n=counts[g])
    for g in NominatorGroup:
        beyond = sum(1 for n in items if n.group is g) if g not in counts else 0
        if beyond:
            ctx.say(_NominationTexts.beyond, group=capitalized(g), n=beyond)
    missing = tuple(g for g in groups if counts[g] == 0)
    if missing:
        return ctx.decide(
            "gaps", missing, _NominationTexts.gaps, groups=joined(missing, "、", "; ")
        )
    return ctx.decide("complete", missing, _NominationTexts.complete)


class PublicRight(enum.StrEnum):
    """群众的“四权” — the public's four rights in cadre selection (001).

    >>> "、".join(r.zh for r in PublicRight)
    '知情权、参与权、选择权、监督权'
    """

    KNOW = "know"
    PARTICIPATE = "participate"
    CHOOSE = "choose"
    SUPERVISE = "supervise"

    @property
    def zh(self) -> str:
        """The right's Chinese name."""
        return {
            "know": "知情权",
            "participate": "参与权",
            "choose": "选择权",
            "supervise": "监督权",
        }[self.value]

    @property
    def en(self) -> str:
        """The right's English name."""
        return {
            "know": "the right to know",
            "participate": "the right to take part",
            "choose": "the right to choose",
            "supervise": "the right to supervise",
        }[self.value]


class PublicationItem(enum.StrEnum):
    """选拔工作的公开事项 — what a selection publishes.

    001's 名额岗位公开 and 结果公开; 000's 政策公开、标准公开、过程公开 and
    结果公开 (the sub-list of 重大活动公开, the fourth of 000's “四个公开”: an
    opt-in checklist, see [`publication_gaps`][orgwork.selection.publication_gaps]).

    >>> PublicationItem.POSTS_AND_NUMBERS.zh, PublicationItem.PROCESS.seeds
    ('名额岗位公开', ('000',))
    """

    POSTS_AND_NUMBERS = "posts_and_numbers"
    POLICY = "policy"
    STANDARDS = "standards"
    PROCESS = "process"
    RESULTS = "results"

    @property
    def zh(self) -> str:
        """The item's Chinese name."""
        return _ITEM_ZH[self]

    @property
    def en(self) -> str:
        """The item's English name."""
        return _ITEM_EN[self]

    @property
    def seeds(self) -> tuple[str, ...]:
        """The seed reports that name the item (``"001"``, ``"000"``)."""
        return _ITEM_SEEDS[self]


_ITEM_ZH = {
    PublicationItem.POSTS_AND_NUMBERS: "名额岗位公开",
    PublicationItem.POLICY: "政策公开",
    PublicationItem.STANDARDS: "标准公开",
    PublicationItem.PROCESS: "过程公开",
    PublicationItem.RESULTS: "结果公开",
}
_ITEM_EN = {
    PublicationItem.POSTS_AND_NUMBERS: "the posts and their numbers",
    PublicationItem.POLICY: "the policy",
    PublicationItem.STANDARDS: "the standards",
    PublicationItem.PROCESS: "the process",
    PublicationItem.RESULTS: "the results",
}
_ITEM_SEEDS = {
    PublicationItem.POSTS_AND_NUMBERS: ("001",),
    PublicationItem.POLICY: ("000",),
    PublicationItem.STANDARDS: ("000",),
    PublicationItem.PROCESS: ("000",),
    PublicationItem.RESULTS: ("001", "000"),
}
#: The seed reports an item comes from, as an explanation names them.
_SEED = {
    "001": Text(zh="001", en="001"),
    "000": Text(zh="000第五篇 重大活动公开", en="000, major-activity openness"),
}
_PUBLISHED = {True: Text(zh="已公开", en="published"), False: Text(zh="未公开", en="not published")}


class _PublicationTexts:
    """Texts of selection.publication (健全公开举措:一是名额岗位公开 … 三是结果公开)."""

    item = Say("{item}:{status}({seeds})", "{item}: {status} ({seeds})")
    right_to_know = Say(
        "公开是落实群众{right}的举措(001:切实把群众的知情权、参与权、选择权和监督权落到实处)",
        "Publication is how {right} is met (001: the public's rights to know, take part, "
        "choose and supervise)",
    )
    truncated = Say(
        "001“健全公开举措”原文残缺:只见“一是名额岗位公开”“三是结果公开”,“二是”及其后各项、"
        "公开的时间、方式和期限不详,未作检查",
        "001's list is truncated in the source: only its first (posts and numbers) and "
        "third (results) items survive; the second item, any later ones, and when, how and "
        "for how long items are published are unknown and not checked",
    )
    confidential = Say(
        "{item}涉及保密事项,不予公开,不作缺项(000第五篇:除涉及保密事项外都面向社会……公开)",
        "{item}: matters kept secret, not published, and not a gap (000: matters "
        "involving state secrets are excepted)",
    )
    complete = Say("公开事项齐全", "Everything required is published")
    gaps = Say("未公开:{items},群众{right}未能落实", "Not published: {items} ({right} is not met)")


@rule(
    "selection.publication",
    zh="健全公开举措,推进选拔工作阳光化:名额岗位公开、结果公开(可选:000重大活动公开的政策公开、"
    "标准公开、过程公开、结果公开,涉及保密事项的除外)",
    en="Selections publish their posts and numbers, and their results (optionally also the "
    "policy, standards, process and results of 000's major-activity openness, matters kept "
    "secret excepted)",
    document=S001,
    section="四、下一步工作思路和打算 2、健全公开举措",
    quote="一是名额岗位公开",
    parameters=(
        "selection.publication_items",
        "selection.major_activity_items",
        "selection.check_major_activity_openness",
    ),
)
def publication_gaps(
    published: Iterable[PublicationItem],
    *,
    on: dt.date,
    policy: Policy | None = None,
    confidential: Iterable[PublicationItem] = (),
) -> Decision[tuple[PublicationItem, ...]]:
    """公开事项缺项 — what a selection has not published, in the checklist's order.

    The checklist is ``selection.publication_items`` (001's 名额岗位公开 and
    结果公开), followed, when ``selection.check_major_activity_openness`` is
    set, by the items of ``selection.major_activity_items`` not already listed
    (000 第五篇, 四是重大活动公开: 不论是干部选拔……除涉及保密事项外……做到政策公开、
    标准公开、过程公开、结果公开; this is the sub-list of 重大活动公开, not 000's
    “四个公开”, for which see [`four_openness_gaps`][orgwork.selection.four_openness_gaps]). An item in
    ``confidential`` (found by people to involve 保密事项) is excepted: said,
    and not a gap. 001's list is cut short
    by the source's truncation: its second item (二是…) and any after the
    third are unknown, and so are when, where and for how long items are
    published; the decision says so rather than guess. Publication is how
    the public's right to know (`PublicRight.KNOW`, 001's 知情权) is
    met: a missing item leaves it unmet. ``on`` is the day of the check.

    >>> d = publication_gaps([PublicationItem.POSTS_AND_NUMBERS], on=dt.date(2012, 6, 1))
    >>> d.outcome, [i.zh for i in d.value]
    ('gaps', ['结果公开'])
    >>> major = Policy.default().override({"selection.check_major_activity_openness": True})
    >>> d = publication_gaps(list(PublicationItem), on=dt.date(2012, 6, 1), policy=major)
    >>> d.outcome
    'complete'
    """
    done = set(
        as_field(tuple[PublicationItem, ...], as_collection(published, "published"), "published")
    )
    secret = set(
        as_field(
            tuple[PublicationItem, ...], as_collection(confidential, "confidential"), "confidential"
        )
    )
    ctx = RuleContext(publication_gaps, policy, on=as_date(on, "on"))
    checklist = [PublicationItem(i) for i in ctx.param("selection.publication_items")]
    major = [PublicationItem(i) for i in ctx.param("selection.major_activity_items")]
    if ctx.param("selection.check_major_activity_openness"):
        checklist += [i for i in major if i not in checklist]
    for i in checklist:
        seeds = [_SEED[x] for x in i.seeds]
        ctx.say(
            _PublicationTexts.item, item=capitalized(i), status=_PUBLISHED[i in done], seeds=seeds
        )
    for i in checklist:
        if i in secret and i not in done:
            ctx.say(_PublicationTexts.confidential, item=capitalized(i))
    know = PublicRight.KNOW
    ctx.say(_PublicationTexts.right_to_know, right=know)
    ctx.say(_PublicationTexts.truncated)
    missing = tuple(i for i in checklist if i not in done and i not in secret)
    if missing:
        items = joined(missing, "、", "; ")
        return ctx.decide("gaps", missing, _PublicationTexts.gaps, items=items, right=know)
    return ctx.decide("complete", missing, _PublicationTexts.complete)


class Openness(enum.StrEnum):
    """组织工作“四个公开” — the four openness of organization work (000 第五篇).

    >>> "、".join(o.zh for o in Openness)
    '政策公开、部情公开、制度公开、重大活动公开'
    """

    POLICY = "policy"
    DEPARTMENT = "department"
    RULES = "rules"
    MAJOR_ACTIVITIES = "major_activities"

    @property
    def zh(self) -> str:
        """The openness's Chinese name."""
        return {
            "policy": "政策公开",
            "department": "部情公开",
            "rules": "制度公开",
            "major_activities": "重大活动公开",
        }[self.value]

    @property
    def en(self) -> str:
        """The openness's English name."""
        return {
            "policy": "publishing the policy",
            "department": "publishing the department's own facts",
            "rules": "publishing the rules",
            "major_activities": "publishing major activities",
        }[self.value]


class DepartmentInfo(enum.StrEnum):
    """部情公开的事项 — what 部情公开 publishes about the department (000 第五篇).

    >>> "、".join(i.zh for i in DepartmentInfo)
    '机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式'
    """

    ORGANIZATION = "organization"
    LEADERSHIP = "leadership"
    DIVISION_OF_WORK = "division_of_work"
    DUTIES = "duties"
    PROCEDURES = "procedures"
    CONTACTS = "contacts"

    @property
    def zh(self) -> str:
        """The item's Chinese name."""
        return _INFO[self][0]

    @property
    def en(self) -> str:
        """The item's English name."""
        return _INFO[self][1]


_INFO = {
    DepartmentInfo.ORGANIZATION: ("机构设置", "its bodies"),
    DepartmentInfo.LEADERSHIP: ("领导组成", "its leadership"),
    DepartmentInfo.DIVISION_OF_WORK: ("人员分工", "who does what"),
    DepartmentInfo.DUTIES: ("岗位职责", "the duties of each post"),
    DepartmentInfo.PROCEDURES: ("办事流程", "how business is done"),
    DepartmentInfo.CONTACTS: ("联系方式", "how to reach it"),
}


class OpennessCheck(BaseModel):
    """“四个公开”检查结果 — which openness, and which 部情 items, are missing.

    >>> four_openness_gaps(list(Openness), department_info=list(DepartmentInfo),
    ...                    on=dt.date(2008, 6, 1)).value.missing
    ()
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    missing: tuple[Openness, ...]
    missing_department_info: tuple[DepartmentInfo, ...]


class _OpennessTexts:
    """Texts of selection.four_openness (实行组织工作“四个公开”)."""

    four = Say("组织工作“四个公开”:{items}", "The four openness of organization work: {items}")
    openness = Say("{item}:{status}", "{item}: {status}")
    department = Say(
        "部情公开须公开部内{items};未公开:{missing}",
        "The department's facts to publish: {items}; not published: {missing}",
    )
    complete = Say("“四个公开”齐全", "All four openness are met")
    gaps = Say("“四个公开”缺项:{items}", "Openness missing: {items}")
    gaps_with_info = Say(
        "“四个公开”缺项:{items}(部情未公开:{info})",
        "Openness missing: {items} (department facts not published: {info})",
    )


@rule(
    "selection.four_openness",
    zh="实行组织工作“四个公开”:政策公开、部情公开(机构设置、领导组成、人员分工、岗位职责、办事流程、"
    "联系方式)、制度公开、重大活动公开",
    en="Organization work is open four ways: policy, the department's own facts (bodies, "
    "leadership, division of work, duties, procedures, contacts), rules, and major activities",
    document=S000,
    section="第五篇 一、坚持部务公开,增强社会监督针对性",
    quote="公开部内机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式",
    parameters=("selection.four_openness_parts", "selection.department_info_items"),
)
def four_openness_gaps(
    published: Iterable[Openness],
    *,
    department_info: Iterable[DepartmentInfo] = (),
    on: dt.date,
    policy: Policy | None = None,
) -> Decision[OpennessCheck]:
    """“四个公开”缺项 — which of 000's four openness a department has not met.

    ``published`` lists the openness the department practises; 部情公开 is met
    only when every item of ``selection.department_info_items`` is in
    ``department_info`` (the text defines it by its items), whatever
    ``published`` says of it. The sub-list of 重大活动公开 (政策、标准、过程、结果公开
    of each activity, 保密事项 excepted) is checked per activity by
    [`publication_gaps`][orgwork.selection.publication_gaps]. ``on`` is the day of the check.

    >>> d = four_openness_gaps([Openness.POLICY, Openness.RULES], on=dt.date(2008, 6, 1))
    >>> d.outcome, [o.zh for o in d.value.missing]
    ('gaps', ['部情公开', '重大活动公开'])
    """
    done = set(as_field(tuple[Openness, ...], as_collection(published, "published"), "published"))
    info = set(
        as_field(
            tuple[DepartmentInfo, ...],
            as_collection(department_info, "department_info"),
            "department_info",
        )
    )
    ctx = RuleContext(four_openness_gaps, policy, on=as_date(on, "on"))
    four = [Openness(o) for o in ctx.param("selection.four_openness_parts")]
    items = [DepartmentInfo(i) for i in ctx.param("selection.department_info_items")]
    ctx.say(_OpennessTexts.four, items=joined(four, "、", "; "))
    lacking = tuple(i for i in items if i not in info)
    if lacking:
        done.discard(Openness.DEPARTMENT)
        ctx.say(
            _OpennessTexts.department,
            items=joined(items, "、", ", "),
            missing=joined(lacking, "、", ", "),
        )
    else:
        done.add(Openness.DEPARTMENT)
    for o in four:
        ctx.say(_OpennessTexts.openness, item=capitalized(o), status=_PUBLISHED[o in done])
    missing = tuple(o for o in four if o not in done)
    value = OpennessCheck(missing=missing, missing_department_info=lacking)
    if not missing:
        return ctx.decide("complete", value, _OpennessTexts.complete)
    names = joined(missing, "、", "; ")
    if lacking:
        info_names = joined(lacking, "、", ", ")
        return ctx.decide(
            "gaps", value, _OpennessTexts.gaps_with_info, items=names, info=info_names
        )
    return ctx.decide("gaps", value, _OpennessTexts.gaps, items=names)
