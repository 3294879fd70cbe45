"""Policy parameters of the cadre-management domain (职务职级并行, 谈心谈话, 轮岗)."""

from __future__ import annotations

from orgwork.policy._base import Count, Section, param

__all__ = ["CadresPolicy"]


class CadresPolicy(Section):
    """干部管理 — cadre-management parameters."""

    computer_skills_age: Count = param(
        45,
        zh="须全面掌握计算机应用技能的年龄上限(以下)",
        en="Cadres below this age must fully master computer skills",
        source="002_c27f48baf07b5fdd.txt: 要求45岁以下的干部全面掌握,45岁以上的逐步掌握",
        le=100,
    )
