"""Policy parameters of the organizations domain (四学模式, 规章制度汇报, 双包三提, “135”机制)."""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from orgwork._args import periods
from orgwork.policy._base import Count, Section, param

__all__ = ["OrganizationsPolicy", "StudyItemName"]

_S001 = "001_abf17c1f2718a70a.txt"
_S002 = "002_c27f48baf07b5fdd.txt"
_S003 = "003_5278913ac78e06dd.txt"

#: The items of a study log that [`orgwork.organizations.study_gaps`][orgwork.organizations.study_gaps] checks.
StudyItemName = Literal[
    "collective_study",  # 一周一次集中学 (003)
    "recommended_reading",  # 一月一荐引导学 (003)
    "personal_lesson",  # 一人一课辅导学 (003)
    "annual_evaluation",  # 一年一评推动学 (003)
    "monthly_topic",  # 每月确定一个专题 (002's 中心组; opt-in)
]

#: Why the "135" counts are local: the seed states them for one campaign year.
_CAMPAIGN_YEAR = (
    f"{_S001}: 在建设年中至少搞一次创新社会管理的工作调研、解一个社会协同的难题,"
    "建一个非公有制党组织,帮扶一个基础薄弱的社区党支部 — said of 2012, the 基层组织建设年 "
    "(a campaign year), not as a quota for every year; applying it yearly is a local reading"
)


class OrganizationsPolicy(Section):
    """党组织建设 — organization parameters."""

    collective_study_per_week: Count = param(
        1,
        zh="集中学习次数(每周)",
        en="Collective study sessions per week",
        source=f"{_S003}: 实行“一周一次”集中学",
    )
    recommended_readings_per_month: Count = param(
        1,
        zh="引导学推荐篇目次数(每月)",
        en="Recommended readings per month",
        source=f"{_S003}: “一月一荐”引导学",
    )
    lessons_per_member_per_year: Count = param(
        1,
        zh="辅导学:每人每年授课次数",
        en="Lessons each member gives per year",
        source="The seed says “一人一课” without a period; one lesson per member per year "
        "is read here, alongside “一年一评”",
        kind="local",
    )
    evaluations_per_year: Count = param(
        1,
        zh="推动学:每年评比次数",
        en="Study evaluations per year",
        source=f"{_S003}: “一年一评”推动学",
    )
    study_topics_per_month: Count = param(
        1,
        zh="中心组学习:每月确定的专题数(检查事项含 monthly_topic 时适用)",
        en="Study topics fixed per month (when monthly_topic is among the study items)",
        source=f"{_S002}: 每月确定一个专题",
    )
    rules_report_interval_months: Count = param(
        6,
        zh="部务会:规章制度及其执行情况汇报周期(月,须整除12)",
        en="Months between reports on the rules and their execution to the department's "
        "meeting (a divisor of 12)",
        source=f"{_S002}: 部务会要求对各项规章制度及其执行情况每半年汇报一次",
        le=12,
    )
    study_items: tuple[StudyItemName, ...] = param(
        ("collective_study", "recommended_reading", "personal_lesson", "annual_evaluation"),
        zh="学习记录须检查的事项(默认为003的“四学模式”;002省委组织部中心组“每月确定一个专题”"
        "可加入 monthly_topic)",
        en="The study items checked: 003's 四学模式 by default; add monthly_topic for 002's "
        "monthly topic of the central study group",
        source=f"{_S003}: 实行“一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学",
    )
    surveys_per_year: Count = param(
        1,
        zh="“135”机制:每年至少开展创新社会管理工作调研次数",
        en="'135' mechanism: surveys on social management at least per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )
    problems_solved_per_year: Count = param(
        1,
        zh="“135”机制:每年解决社会协同难题个数",
        en="'135' mechanism: social coordination problems solved per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )
    non_public_orgs_built_per_year: Count = param(
        1,
        zh="“135”机制:每年建立非公有制党组织个数",
        en="'135' mechanism: party organizations built in the non-public sector per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )
    weak_branches_helped_per_year: Count = param(
        1,
        zh="“135”机制:每年帮扶基础薄弱社区党支部个数",
        en="'135' mechanism: weak community party branches helped per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )

    @field_validator("rules_report_interval_months")
    @classmethod
    def _divides_year(cls, value: int) -> int:
        periods(2001, value)  # the shared check: a ValueError unless the months divide 12
        return value

    @field_validator("study_items")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("study items must not repeat")
        return value
