"""Policy parameters of the assessment domain (千分制 / 百分制, rankings, top-N salary)."""

from __future__ import annotations

from orgwork.policy._base import Count, Section, param

__all__ = ["AssessmentPolicy"]

_S000 = "000_d6bf9a3c8f5be95e.txt"


class AssessmentPolicy(Section):
    """考核 — assessment parameters."""

    thousand_point_total: Count = param(
        1000,
        zh="千分制考核总分",
        en="Total points of the thousand-point scheme",
        source=f"{_S000}: 把全年工作目标细化为若干部分,量化为千分",
    )
    hundred_point_total: Count = param(
        100,
        zh="百分制考核总分",
        en="Total points of the hundred-point scheme",
        source="003_5278913ac78e06dd.txt: 实行百分制考核法",
    )
    salary_top_n: Count = param(
        4,
        zh="享受副科级待遇的村党组织书记名额(按年度千分制排名前N名)",
        en="How many top-ranked villages' secretaries get the deputy-section-level salary",
        source=f"{_S000}: 前四名的村党组织书记可享受镇政府设立的与副科级等同的工资待遇",
    )
