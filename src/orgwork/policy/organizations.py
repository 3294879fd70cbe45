"""Policy parameters of the organizations domain (四学模式, 双包三提, “135”机制)."""

from __future__ import annotations

from orgwork.policy._base import Count, Section, param

__all__ = ["OrganizationsPolicy"]


class OrganizationsPolicy(Section):
    """党组织建设 — organization parameters."""

    collective_study_per_week: Count = param(
        1,
        zh="集中学习次数(每周)",
        en="Collective study sessions per week",
        source="003_5278913ac78e06dd.txt: 实行“一周一次”集中学",
    )
    rules_report_interval_months: Count = param(
        6,
        zh="规章制度及其执行情况汇报周期(月)",
        en="Months between reports on the rules and their execution",
        source="002_c27f48baf07b5fdd.txt: 部务会要求对各项规章制度及其执行情况每半年汇报一次",
        le=12,
    )
