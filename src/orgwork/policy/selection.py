"""Policy parameters of the cadre-selection domain (民主测评, 差额评议, 公开选拔, 三必请).

The choice parameters hold plain strings (the ``Literal`` values below); the
domain package [`orgwork.selection`][orgwork.selection] names the same values as enums
(``EvaluatorGroup``, ``ProcedureStep``, ...). The policy cannot import the
domain (the domain imports the policy), so the strings are the shared
vocabulary; a test checks that both spell them alike.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Literal

from pydantic import field_validator

from orgwork.policy._base import Count, Ratio, Section, param

__all__ = [
    "SEED_NOMINATOR_GROUPS",
    "SEED_PROCEDURE_STEPS",
    "ApprovalDenominator",
    "DepartmentInfoName",
    "EvaluatorGroupName",
    "NominatorGroupName",
    "OccasionName",
    "OpennessName",
    "ProcedureStepName",
    "PublicationItemName",
    "Rounding",
    "SelectionPolicy",
]

_S000 = "000_d6bf9a3c8f5be95e.txt"
_S001 = "001_abf17c1f2718a70a.txt"
_S002 = "002_c27f48baf07b5fdd.txt"
_S004 = "004_10bb32bd277cce0c.txt"

#: What the approval rate of a democratic evaluation is a share of.
ApprovalDenominator = Literal["valid_ballots", "ballots_cast", "eligible_evaluators"]
#: The evaluator groups of a democratic evaluation (民主测评对象).
EvaluatorGroupName = Literal["street_leadership", "community_cadres", "resident_representatives"]
#: How a fractional minimum number of candidates is rounded.
Rounding = Literal["ceil", "floor", "half_up"]
#: The steps of an open selection (公开选拔): 002's five (通过民主推荐、笔试、面试、体检、考察等程序),
#: and steps a locality adds (资格审查、讨论决定、任前公示, the 条例's names).
ProcedureStepName = Literal[
    "democratic_recommendation",
    "written_exam",
    "interview",
    "medical_exam",
    "inspection",
    "qualification_review",
    "discussion_decision",
    "pre_appointment_publicity",
]
#: 002's own steps, in its order: the minimum every procedure keeps (the list ends in 等).
SEED_PROCEDURE_STEPS: tuple[ProcedureStepName, ...] = (
    "democratic_recommendation",
    "written_exam",
    "interview",
    "medical_exam",
    "inspection",
)
#: Occasions of cadre work on which public judges may be invited.
OccasionName = Literal[
    "leadership_team_adjustment",
    "public_selection",
    "major_appointment",
    "competitive_interview",
    "other",
]
#: Groups who make initial nominations (初始提名主体): 001's three, and ``other`` (a group a
#: locality adds: 001's list ends in 等多个层面).
NominatorGroupName = Literal[
    "division_level_cadres", "deputies_and_members", "community_residents", "other"
]
#: 001's own nominator groups: the minimum every nomination round keeps.
SEED_NOMINATOR_GROUPS: tuple[NominatorGroupName, ...] = (
    "division_level_cadres",
    "deputies_and_members",
    "community_residents",
)
#: What a selection publishes (公开举措): 001's 名额岗位公开 and 结果公开, and the sub-list of
#: 000's 重大活动公开: 政策公开、标准公开、过程公开 (结果公开 is in both).
PublicationItemName = Literal["posts_and_numbers", "policy", "standards", "process", "results"]
#: 000 第五篇's 组织工作“四个公开”: 政策公开、部情公开、制度公开、重大活动公开.
OpennessName = Literal["policy", "department", "rules", "major_activities"]
#: What 000's 部情公开 publishes: 机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式.
DepartmentInfoName = Literal[
    "organization", "leadership", "division_of_work", "duties", "procedures", "contacts"
]


def _unique_nonempty(value: tuple[str, ...]) -> tuple[str, ...]:
    if not value:
        raise ValueError("at least one value is required")
    if len(set(value)) != len(value):
        raise ValueError("values must not repeat")
    return value


def _keeps_seed(value: tuple[str, ...], seed: tuple[str, ...], *, ordered: bool) -> None:
    """A list the seed ends in 等 is a minimum: every seed item stays (in the seed's order when
    ``ordered``); a locality adds its own anywhere."""
    missing = [x for x in seed if x not in value]
    if missing:
        raise ValueError(
            "the seed's items are required (its list ends in 等: a minimum); missing: "
            + ", ".join(missing)
        )
    if ordered and tuple(x for x in value if x in seed) != seed:
        raise ValueError("the seed's items keep the seed's order: " + ", ".join(seed))


class SelectionPolicy(Section):
    """干部选拔任用 — selection parameters."""

    approval_threshold: Ratio = param(
        Decimal("0.80"),
        zh="民主测评赞同率下限(低于此值取消报名资格)",
        en="Minimum democratic-evaluation approval rate (below it, the applicant is disqualified)",
        source=f"{_S001}: 群众民主测评赞同率低于80%的,一律取消其报名资格",
    )
    approval_at_threshold_passes: bool = param(
        True,
        zh="赞同率恰好等于下限时是否通过(原文“低于80%的”取消,故恰为80%者通过)",
        en="Whether an approval rate exactly at the threshold passes "
        "(the seed disqualifies rates *below* 80%, so exactly 80% passes)",
        source=f"{_S001}: 群众民主测评赞同率低于80%的,一律取消其报名资格",
    )
    approval_denominator: ApprovalDenominator = param(
        "valid_ballots",
        zh="赞同率的分母:有效票(valid_ballots)、收回的全部票(ballots_cast)或应参评人数(eligible_evaluators)",
        en="Denominator of the approval rate: valid ballots, all ballots cast, "
        "or all eligible evaluators",
        source="The seed does not say; valid ballots (赞同、不赞同、弃权, not spoiled ballots) "
        "is the usual basis of a 赞同率",
        kind="local",
    )
    evaluator_groups: tuple[EvaluatorGroupName, ...] = param(
        ("street_leadership", "community_cadres", "resident_representatives"),
        zh="民主测评对象(每一类都须参加测评)",
        en="The evaluator groups of the democratic evaluation (each must take part)",
        source=f"{_S001}: 民主测评对象由街道领导班子、社区干部和居民代表组成",
    )
    competitive_ratio: Ratio = param(
        Decimal("0.50"),
        zh="差额评议的差额比例",
        en="Surplus ratio of candidates over posts in competitive evaluation",
        source=f"{_S001}: 由该类别内单位的干部群众进行差额评议,差额比例达50%",
    )
    competitive_rounding: Rounding = param(
        "ceil",
        zh="差额人数不为整数时的取整方式(ceil 向上取整:比例须“达”到)",
        en="Rounding of a fractional minimum number of candidates "
        "(ceil: the ratio must be reached, 达)",
        source="The seed gives no rounding; 差额比例达50% means at least 50%, so the "
        "minimum is rounded up",
        kind="local",
    )
    procedure_steps: tuple[ProcedureStepName, ...] = param(
        ("democratic_recommendation", "written_exam", "interview", "medical_exam", "inspection"),
        zh="公开选拔的程序,按先后次序(原文以“等程序”结尾:所列五项为必经程序,依原文先后;"
        "地方可增设资格审查、讨论决定、任前公示等程序并定其次序)",
        en="The steps of an open selection, in order (the seed's list ends in 等: its five "
        "steps are required, in its order; a locality may add its own, such as qualification "
        "review, discussion and decision, and pre-appointment publicity, where it places them)",
        source=f"{_S002} (4、深化改革 一是推行公开选拔) lists 民主推荐、笔试、面试、体检、考察 and ends "
        "in 等: the list is read as a minimum. The five are required in the seed's order (a list "
        "that drops or reorders one is refused); a locality adds its own steps (资格审查、讨论"
        "决定、任前公示, the names of the 党政领导干部选拔任用工作条例) where it places them. "
        "Default: the seed's five",
        kind="local",
        text="通过民主推荐、笔试、面试、体检、考察等程序",
        formerly="Before issue 13 the list was closed: a locality could drop or reorder the seed's steps and could add none. Dropping or reordering is now refused (the seed's steps are required); adding steps is new.",
    )
    publicity_working_days: Count = param(
        5,
        zh="任职前公示期的最少工作日数(程序含任前公示时检查)",
        en="Minimum length of the pre-appointment publicity, in working days (checked wherever "
        "a procedure includes it)",
        source="党政领导干部选拔任用工作条例(2014年修订)第四十一条: 实行党政领导干部任职前公示制度"
        "……公示期不少于五个工作日. Copy read: 长城网 2014-01-16 reprint of 新华网's 授权发布 "
        "(news.hebei.com.cn/system/2014/01/16/013175643_05.shtml). The 2019 revision keeps the "
        "words; its primary text was not read here (a secondary page, 8netcn.com/zige/274952.html, "
        "quotes them as 第四十二条)",
        kind="national",
    )
    publicity_rule_from: _dt.date = param(
        _dt.date(2014, 1, 16),
        zh="“公示期不少于五个工作日”的适用起始日(此前开始的公示不按此检查)",
        en="The day from which the five-working-day publicity is checked (a publicity begun "
        "earlier is not checked against it)",
        source="党政领导干部选拔任用工作条例(2014年修订): the copy read (长城网, reprinting 新华网's "
        "授权发布) is dated 2014-01-16, the default. The 2002 条例's rule on the length of a "
        "publicity was not read here, so an earlier publicity is referred, not checked",
        kind="national",
    )
    publicity_first_day_counts: bool = param(
        True,
        zh="公示期的首日是否计入(默认:公示起止日均计入,按其间的工作日计数)",
        en="Whether the first day of the publicity counts (by default both the first and the "
        "last day of the period count; its working days are counted)",
        source="The 条例 gives the length, not how a period is counted; a notice's period "
        "(公示时间:某日至某日) is read as including both days",
        kind="local",
        text="公示期不少于五个工作日",
    )
    probation_years: Count = param(
        1,
        zh="任职试用期(年,按日历年计)",
        en="The probation of an appointment (calendar years)",
        source="党政领导干部选拔任用工作条例(2014年修订)第四十二条: 实行党政领导干部任职试用期制度。"
        "提拔担任下列非选举产生的厅局级以下领导职务的,试用期为一年 … 试用期满后,经考核胜任现职的,"
        "正式任职;不胜任的,免去试任职务. Copy read: 长城网 2014-01-16 reprint of 新华网's 授权发布 "
        "(news.hebei.com.cn/system/2014/01/16/013175643_05.shtml). The 2019 revision's text "
        "was not read here",
        kind="national",
        le=5,
    )
    public_judge_occasions: tuple[OccasionName, ...] = param(
        ("leadership_team_adjustment", "public_selection", "major_appointment"),
        zh="“三必请”:必须邀请群众担任评委的场合",
        en="The occasions on which public judges must be invited (三必请)",
        source=f"{_S004}: 即在区直、街镇班子集中调整前必请群众当评委,在公选干部时必请群众当评委,"
        "在重大人事任免时必请群众当评委",
    )
    nominator_groups: tuple[NominatorGroupName, ...] = param(
        ("division_level_cadres", "deputies_and_members", "community_residents"),
        zh="干部交流调整中的初始提名主体(原文以“等多个层面”结尾:所列三类为必有,地方可增设)",
        en="The groups who make initial nominations in cadre exchanges and adjustments (the "
        "seed's list ends in 等: its three groups are required; a locality may add its own)",
        source=f"{_S001} (二、3、扩大决策民主) names three groups and ends in 等多个层面: the list "
        "is read as a minimum. The three are required (a list that drops one is refused); a "
        "locality adds its own (other); nominations from a group beyond the list are counted "
        "and said, never ignored. Default: the seed's three",
        kind="local",
        text="区委将干部初始提名主体扩大到全区处级以上干部和“两代表一委员”、社区居民等多个层面",
        formerly="Before issue 13 the list was closed and nominations from other groups were ignored. Dropping a seed group is now refused.",
    )
    competitive_posting_from: _dt.date = param(
        _dt.date(1999, 1, 1),
        zh="竞争上岗的起始日期(此前补缺的职位不适用;原文只说“从1999年开始”,按1999年1月1日计)",
        en="The day from which vacant mid-level leadership posts are filled by competition "
        "(posts filled earlier are not checked; the seed gives the year 1999, read as 1 January)",
        source=f"{_S002}: 从1999年开始,我们在中层干部任用中引入竞争机制",
    )
    publication_items: tuple[PublicationItemName, ...] = param(
        ("posts_and_numbers", "results"),
        zh="选拔工作须公开的事项(001“健全公开举措”可见的两项;其“二是”因原文残缺不详)",
        en="What a selection must publish (the two items of 001's list that survive; its "
        "second item is lost)",
        source=f"{_S001} outline, 健全公开举措,推进选拔工作阳光化: 一是名额岗位公开 … 三是结果公开. "
        "The website truncated the report (……): the second item (二是…), anything after "
        "the third, and when, where and for how long items are published (公示) are unknown. "
        "001 also says 凡是能公开的一律公开 of 党务公开 (a principle, not a list that can be "
        "checked). A locality adds what it publishes besides",
        kind="local",
    )
    major_activity_items: tuple[PublicationItemName, ...] = param(
        ("policy", "standards", "process", "results"),
        zh="重大活动公开:干部选拔等工作做到政策公开、标准公开、过程公开、结果公开"
        "(000第五篇“四个公开”之四,除涉及保密事项外)",
        en="What 000's fourth openness (major activities, such as cadre selection) publishes: "
        "policy, standards, process and results (matters involving state secrets excepted)",
        source=f"{_S000}: 除涉及保密事项外都面向社会、面向基层、面向广大党员干部群众,做到政策公开、"
        "标准公开、过程公开、结果公开",
        formerly="Before issue 13 this list was named four_openness_items and labelled 四个公开. Rename the key in a policy file.",
    )
    check_major_activity_openness: bool = param(
        False,
        zh="是否同时检查000第五篇“重大活动公开”的政策、标准、过程、结果公开(默认只检查001的公开事项)",
        en="Whether publication checks also cover 000's major-activity openness (policy, "
        "standards, process, results; by default only 001's items are checked)",
        source="000 (a county department's supervision report, 第五篇) applies 重大活动公开 "
        "to 干部选拔、班子配备、人才培养 and more; 001 is the seed on selection publicity. Off by "
        "default; a locality following 000 turns it on",
        kind="local",
        formerly="Before issue 13 this was named check_four_openness. Rename the key in a policy file.",
    )
    four_openness_parts: tuple[OpennessName, ...] = param(
        ("policy", "department", "rules", "major_activities"),
        zh="组织工作“四个公开”:政策公开、部情公开、制度公开、重大活动公开(000第五篇)",
        en="The 'four openness' of organization work (000, fifth report): policy, the "
        "department, its rules, and major activities",
        source=f"{_S000}: 实行组织工作“四个公开”",
    )
    department_info_items: tuple[DepartmentInfoName, ...] = param(
        ("organization", "leadership", "division_of_work", "duties", "procedures", "contacts"),
        zh="部情公开的事项:机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式",
        en="What the department publishes about itself: its bodies, leadership, division of "
        "work, post duties, procedures and contacts",
        source=f"{_S000}: 公开部内机构设置、领导组成、人员分工、岗位职责、办事流程、联系方式",
    )

    @field_validator(
        "evaluator_groups",
        "procedure_steps",
        "public_judge_occasions",
        "nominator_groups",
        "publication_items",
        "major_activity_items",
        "four_openness_parts",
        "department_info_items",
    )
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _unique_nonempty(value)

    @field_validator("procedure_steps")
    @classmethod
    def _seed_steps_kept(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        _keeps_seed(value, SEED_PROCEDURE_STEPS, ordered=True)
        return value

    @field_validator("nominator_groups")
    @classmethod
    def _seed_groups_kept(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        _keeps_seed(value, SEED_NOMINATOR_GROUPS, ordered=False)
        return value
