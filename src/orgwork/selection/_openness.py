"""群众参与与公开 — public judges (三必请), judging panels, nomination scope and publication.

* 三必请 (004): the public is always invited to judge before leadership teams
  are adjusted together, in public selection, and for major appointments
  (:func:`public_judges_required`).
* Interview panels of competitive selection are made of expert judges and
  public representatives together (001, :func:`panel_check`).
* Initial nominations in exchanges and adjustments come from division-level
  cadres and above, the 两代表一委员 and community residents (001,
  :func:`nomination_scope_gaps`).
* The public's four rights in cadre selection (知情权、参与权、选择权、监督权,
  :class:`PublicRight`) and what a selection publishes to meet the right to
  know: posts and numbers, and results (001), optionally also 000's 政策公开、
  标准公开、过程公开、结果公开 (:func:`publication_gaps`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_field, as_models
from orgwork.decision import Decision, Reason, Text
from orgwork.policy import Policy, resolve
from orgwork.rules import rule
from orgwork.selection._common import S001, S004

__all__ = [
    "Judge",
    "JudgeKind",
    "JudgingPanel",
    "Nomination",
    "NominatorGroup",
    "Occasion",
    "PanelCheck",
    "PublicRight",
    "PublicationItem",
    "nomination_scope_gaps",
    "panel_check",
    "public_judges_required",
    "publication_gaps",
]

JUDGES = "selection.public_judges"
PANEL = "selection.judging_panel"
NOMINATION = "selection.nomination_scope"
PUBLICATION = "selection.publication"


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

    name: str = Field(min_length=1)
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


@rule(
    JUDGES,
    zh="“三必请”:班子集中调整前、公选干部时、重大人事任免时必请群众当评委",
    en="Public judges are always invited before leadership teams are adjusted, in public "
    "selection and for major appointments (三必请)",
    document=S004,
    section="包河区:“三个转变”提升开放度",
    quote="即在区直、街镇班子集中调整前必请群众当评委,在公选干部时必请群众当评委,在重大人事任免时必请群众当评委",
    parameters=("selection.public_judge_occasions",),
    public_name="orgwork.selection.public_judges_required",
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
    occasions = resolve(policy, as_date(on, "on")).selection.public_judge_occasions
    required = _required(occ, occasions)
    listed = "、".join(Occasion(o).zh for o in occasions)
    return Decision[bool](
        rule=JUDGES,
        subject=occ.value,
        outcome="required" if required else "not_required",
        value=required,
        headline=Text(
            zh=f"{occ.zh}:" + ("必须邀请群众当评委" if required else "不属“三必请”场合"),
            en=f"{occ.en.capitalize()}: "
            + ("public judges must be invited" if required else "not one of the 三必请 occasions"),
        ),
        reasons=(
            Reason(
                rule=JUDGES,
                zh=f"必请群众当评委的场合:{listed}",
                en="Public judges are required on: " + "; ".join(Occasion(o).en for o in occasions),
            ),
        ),
        parameters={"selection.public_judge_occasions": occasions},
    )


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


@rule(
    PANEL,
    zh="评委团组成:竞争性选拔面试由专家评委和群众代表共同担任评委;“三必请”场合须有群众评委",
    en="Judging panels: competitive-selection interviews have expert and public judges "
    "together; 三必请 occasions have public judges",
    document=S001,
    section="二、干部选拔任用方面 3、扩大决策民主",
    quote="由专家评委和群众代表共同担任评委",
    parameters=("selection.public_judge_occasions",),
    public_name="orgwork.selection.panel_check",
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
    occasions = resolve(policy, pn.held_on).selection.public_judge_occasions
    experts, public = pn.count(JudgeKind.EXPERT), pn.count(JudgeKind.PUBLIC)
    interview = pn.occasion is Occasion.COMPETITIVE_INTERVIEW
    public_required = interview or _required(pn.occasion, occasions)
    expert_required = interview
    problems: list[str] = []
    reasons: list[Reason] = [
        Reason(
            rule=PANEL,
            zh=f"{pn.occasion.zh}:专家评委{experts}名,群众评委{public}名",
            en=f"{pn.occasion.en.capitalize()}: {experts} expert and {public} public judge(s)",
        )
    ]
    if not pn.judges:
        problems.append("no_judges")
        reasons.append(Reason(rule=PANEL, zh="评委团没有评委", en="The panel has no judges"))
    if public_required and public == 0:
        problems.append("no_public_judges")
        if interview:
            zh, en, by = (
                "竞争性选拔面试须由专家评委和群众代表共同担任评委,缺少群众评委",
                "A competitive-selection interview needs public judges beside the experts; "
                "there are none",
                PANEL,
            )
        else:
            zh, en, by = (
                f"{pn.occasion.zh}属“三必请”场合,必须邀请群众当评委",
                f"{pn.occasion.en.capitalize()} is a 三必请 occasion: public judges must be invited",
                JUDGES,
            )
        reasons.append(Reason(rule=by, zh=zh, en=en))
    if expert_required and experts == 0:
        problems.append("no_expert_judges")
        reasons.append(
            Reason(
                rule=PANEL,
                zh="竞争性选拔面试须由专家评委和群众代表共同担任评委,缺少专家评委",
                en="A competitive-selection interview needs expert judges beside the public; "
                "there are none",
            )
        )
    ok = not problems
    return Decision[PanelCheck](
        rule=PANEL,
        subject=pn.occasion.value,
        outcome="complete" if ok else "incomplete",
        value=PanelCheck(
            occasion=pn.occasion,
            experts=experts,
            public=public,
            public_required=public_required,
            expert_required=expert_required,
            problems=tuple(problems),
        ),
        headline=Text(
            zh=f"{pn.occasion.zh}的评委团"
            + ("组成符合要求" if ok else f"有{len(problems)}处不符合要求"),
            en=f"The panel for {pn.occasion.en} "
            + ("is properly composed" if ok else f"has {len(problems)} problem(s)"),
        ),
        reasons=tuple(reasons),
        rules=(JUDGES,),
        parameters={"selection.public_judge_occasions": occasions},
    )


class NominatorGroup(enum.StrEnum):
    """初始提名主体 — who may make an initial nomination.

    >>> NominatorGroup.DEPUTIES_AND_MEMBERS.zh
    '“两代表一委员”'
    """

    DIVISION_LEVEL_CADRES = "division_level_cadres"
    DEPUTIES_AND_MEMBERS = "deputies_and_members"
    COMMUNITY_RESIDENTS = "community_residents"

    @property
    def zh(self) -> str:
        """The group's Chinese name."""
        return {
            "division_level_cadres": "全区处级以上干部",
            "deputies_and_members": "“两代表一委员”",
            "community_residents": "社区居民",
        }[self.value]

    @property
    def en(self) -> str:
        """The group's English name."""
        return {
            "division_level_cadres": "division-level cadres and above",
            "deputies_and_members": "party-congress and people's-congress deputies and "
            "CPPCC members (两代表一委员)",
            "community_residents": "community residents",
        }[self.value]


class Nomination(BaseModel):
    """一条提名 — one initial nomination (人次), by a nominator of ``group``.

    >>> Nomination(group="community_residents", nominee="甲").group.zh
    '社区居民'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: NominatorGroup
    nominee: str = Field(min_length=1)


@rule(
    NOMINATION,
    zh="干部交流调整的初始提名主体扩大到处级以上干部、“两代表一委员”和社区居民",
    en="Initial nominations in cadre exchanges come from division-level cadres and above, "
    "the 两代表一委员 and community residents",
    document=S001,
    section="二、干部选拔任用方面 3、扩大决策民主",
    quote="区委将干部初始提名主体扩大到全区处级以上干部和“两代表一委员”、社区居民等多个层面",
    parameters=("selection.nominator_groups",),
    public_name="orgwork.selection.nomination_scope_gaps",
)
def nomination_scope_gaps(
    nominations: Iterable[Nomination], *, on: dt.date, policy: Policy | None = None
) -> Decision[tuple[NominatorGroup, ...]]:
    """提名主体缺项 — the nominator groups from whom a nomination round has no nomination.

    The value lists the missing groups in the policy's order (empty when
    every group took part). ``on`` is the day of the nomination round.

    >>> noms = [Nomination(group="division_level_cadres", nominee="甲"),
    ...         Nomination(group="community_residents", nominee="甲")]
    >>> d = nomination_scope_gaps(noms, on=dt.date(2012, 3, 1))
    >>> d.outcome, [g.value for g in d.value]
    ('gaps', ['deputies_and_members'])
    """
    items = as_models(Nomination, nominations)
    groups = resolve(policy, as_date(on, "on")).selection.nominator_groups
    counts = {g: sum(1 for n in items if n.group.value == g) for g in groups}
    missing = tuple(NominatorGroup(g) for g in groups if counts[g] == 0)
    return Decision[tuple[NominatorGroup, ...]](
        rule=NOMINATION,
        outcome="complete" if not missing else "gaps",
        value=missing,
        headline=Text(
            zh="提名主体齐全"
            if not missing
            else "缺少提名主体:" + "、".join(g.zh for g in missing),
            en="Every nominator group took part"
            if not missing
            else "No nominations from: " + "; ".join(g.en for g in missing),
        ),
        reasons=tuple(
            Reason(
                rule=NOMINATION,
                zh=f"{NominatorGroup(g).zh}提名{counts[g]}人次",
                en=f"{NominatorGroup(g).en.capitalize()}: {counts[g]} nomination(s)",
            )
            for g in groups
        ),
        parameters={"selection.nominator_groups": groups},
    )


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
    结果公开 (the "four openness", an opt-in checklist: see :func:`publication_gaps`).

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
_SEED_ZH = {"001": "001", "000": "000第五篇"}


@rule(
    PUBLICATION,
    zh="健全公开举措,推进选拔工作阳光化:名额岗位公开、结果公开(可选:000的政策公开、标准公开、过程公开、结果公开)",
    en="Selections publish their posts and numbers, and their results (optionally also 000's "
    "policy, standards, process and results)",
    document=S001,
    section="四、下一步工作思路和打算 2、健全公开举措",
    quote="一是名额岗位公开",
    parameters=(
        "selection.publication_items",
        "selection.four_openness_items",
        "selection.check_four_openness",
    ),
    public_name="orgwork.selection.publication_gaps",
)
def publication_gaps(
    published: Iterable[PublicationItem],
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> Decision[tuple[PublicationItem, ...]]:
    """公开事项缺项 — what a selection has not published, in the checklist's order.

    The checklist is ``selection.publication_items`` (001's 名额岗位公开 and
    结果公开), followed, when ``selection.check_four_openness`` is set, by
    the items of ``selection.four_openness_items`` not already listed (000
    第五篇: 做到政策公开、标准公开、过程公开、结果公开). 001's list is cut short
    by the source's truncation: its second item (二是…) and any after the
    third are unknown, and so are when, where and for how long items are
    published; the decision says so rather than guess. Publication is how
    the public's right to know (:attr:`PublicRight.KNOW`, 001's 知情权) is
    met: a missing item leaves it unmet. ``on`` is the day of the check.

    >>> d = publication_gaps([PublicationItem.POSTS_AND_NUMBERS], on=dt.date(2012, 6, 1))
    >>> d.outcome, [i.zh for i in d.value]
    ('gaps', ['结果公开'])
    >>> four = Policy.default().override({"selection.check_four_openness": True})
    >>> d = publication_gaps(list(PublicationItem), on=dt.date(2012, 6, 1), policy=four)
    >>> d.outcome
    'complete'
    """
    done = set(as_field(tuple[PublicationItem, ...], tuple(published), "published"))
    p = resolve(policy, as_date(on, "on")).selection
    checklist = [PublicationItem(i) for i in p.publication_items]
    if p.check_four_openness:
        checklist += [
            PublicationItem(i) for i in p.four_openness_items if PublicationItem(i) not in checklist
        ]
    missing = tuple(i for i in checklist if i not in done)
    know = PublicRight.KNOW
    reasons = [
        Reason(
            rule=PUBLICATION,
            zh=f"{i.zh}:{'已公开' if i in done else '未公开'}("
            + "、".join(_SEED_ZH[x] for x in i.seeds)
            + ")",
            en=f"{i.en.capitalize()}: {'published' if i in done else 'not published'} "
            f"({', '.join(i.seeds)})",
        )
        for i in checklist
    ]
    reasons.append(
        Reason(
            rule=PUBLICATION,
            zh=f"公开是落实群众{know.zh}的举措(001:切实把群众的知情权、参与权、选择权和监督权落到实处)",
            en=f"Publication is how {know.en} is met (001: the public's rights to know, take "
            "part, choose and supervise)",
        )
    )
    reasons.append(
        Reason(
            rule=PUBLICATION,
            zh="001“健全公开举措”原文残缺:只见“一是名额岗位公开”“三是结果公开”,“二是”及其后各项、"
            "公开的时间、方式和期限不详,未作检查",
            en="001's list is truncated in the source: only its first (posts and numbers) and "
            "third (results) items survive; the second item, any later ones, and when, how and "
            "for how long items are published are unknown and not checked",
        )
    )
    return Decision[tuple[PublicationItem, ...]](
        rule=PUBLICATION,
        outcome="complete" if not missing else "gaps",
        value=missing,
        headline=Text(
            zh="公开事项齐全"
            if not missing
            else "未公开:" + "、".join(i.zh for i in missing) + f",群众{know.zh}未能落实",
            en="Everything required is published"
            if not missing
            else "Not published: " + "; ".join(i.en for i in missing) + f" ({know.en} is not met)",
        ),
        reasons=tuple(reasons),
        parameters={
            "selection.publication_items": p.publication_items,
            "selection.four_openness_items": p.four_openness_items,
            "selection.check_four_openness": p.check_four_openness,
        },
    )
