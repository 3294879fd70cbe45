"""Policy parameters of the cadre-management domain (职务职级并行, 谈心谈话, 轮岗, 计算机技能).

The rank-promotion table is national: 《公务员职务与职级并行规定》(中共中央办公厅
印发, in force from 2019-06-01), the 基本资格 for promotion in rank (晋升职级). Its
numbers were checked against several reproductions of the text (the
official page itself was not reachable from here); they agree on every
number below. In particular 晋升四级主任科员 needs 2 years as 一级科员, not 3
(3 years as 一级科员 is the requirement for a 乡科级副职 *leadership post*, a
different rule).
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import field_validator

from orgwork.policy._base import Count, NonNegativeCount, Section, param

__all__ = ["CadresPolicy", "RankName", "SkillsGroupName", "TargetRankName"]

_S002 = "002_c27f48baf07b5fdd.txt"

#: The 职级 of 综合管理类 civil servants, lowest first.
RankName = Literal[
    "clerk_2",  # 二级科员
    "clerk_1",  # 一级科员
    "principal_staff_4",  # 四级主任科员
    "principal_staff_3",  # 三级主任科员
    "principal_staff_2",  # 二级主任科员
    "principal_staff_1",  # 一级主任科员
    "researcher_4",  # 四级调研员
    "researcher_3",  # 三级调研员
    "researcher_2",  # 二级调研员
    "researcher_1",  # 一级调研员
    "inspector_2",  # 二级巡视员
    "inspector_1",  # 一级巡视员
]
#: The ranks one can be promoted *to* (every rank but the lowest).
TargetRankName = Literal[
    "clerk_1",
    "principal_staff_4",
    "principal_staff_3",
    "principal_staff_2",
    "principal_staff_1",
    "researcher_4",
    "researcher_3",
    "researcher_2",
    "researcher_1",
    "inspector_2",
    "inspector_1",
]
#: The computer-skills groups of 002: full mastery or gradual mastery.
SkillsGroupName = Literal["full", "gradual"]

_NATIONAL = (
    "公务员职务与职级并行规定(中共中央办公厅, 2019, in force 2019-06-01), 第三章 职级晋升, 基本资格"
)

#: The minimum years in the rank (or leadership post) below, by target rank.
RANK_MIN_YEARS_2019: dict[TargetRankName, int] = {
    "inspector_1": 4,  # 应当任厅局级副职或者二级巡视员4年以上
    "inspector_2": 4,  # 应当任一级调研员4年以上
    "researcher_1": 3,  # 应当任县处级正职或者二级调研员3年以上
    "researcher_2": 2,  # 应当任三级调研员2年以上
    "researcher_3": 2,  # 应当任县处级副职或者四级调研员2年以上
    "researcher_4": 2,  # 应当任一级主任科员2年以上
    "principal_staff_1": 2,  # 应当任乡科级正职或者二级主任科员2年以上
    "principal_staff_2": 2,  # 应当任三级主任科员2年以上
    "principal_staff_3": 2,  # 应当任乡科级副职或者四级主任科员2年以上
    "principal_staff_4": 2,  # 应当任一级科员2年以上
    "clerk_1": 2,  # 应当任二级科员2年以上
}


class CadresPolicy(Section):
    """干部管理 — cadre-management parameters."""

    computer_skills_age: Count = param(
        45,
        zh="须全面掌握计算机应用技能的年龄上限(以下)",
        en="Cadres below this age must fully master computer skills",
        source=f"{_S002}: 要求45岁以下的干部全面掌握,45岁以上的逐步掌握",
        le=100,
    )
    computer_skills_boundary_group: SkillsGroupName | None = param(
        None,
        zh="恰好处于该年龄者属于哪一组(原文“以下”“以上”均含本数,须地方明确)",
        en="The group of a cadre exactly at that age: 'full' or 'gradual' (the seed's "
        "以下 and 以上 both include the number, so a locality must choose)",
        source="Not fixed by the seed: 45岁以下 and 45岁以上 both include 45",
        kind="local",
    )
    rank_min_years: dict[TargetRankName, Count] = param(
        dict(RANK_MIN_YEARS_2019),
        zh="晋升职级的最低任职年限(年),按拟晋升职级",
        en="Minimum years in the rank (or leadership post) below, by the rank promoted to",
        source=_NATIONAL,
        kind="national",
    )
    rank_table_effective: _dt.date = param(
        _dt.date(2019, 6, 1),
        zh="职务与职级并行规定施行之日(此前不适用本表)",
        en="The day the rank table came into force (it does not apply before)",
        source="公务员职务与职级并行规定: 自2019年6月1日起施行",
        kind="national",
    )
    excellent_year_shortening_months: NonNegativeCount = param(
        6,
        zh="任职期间每有1个年度考核优秀等次,任职年限缩短的月数",
        en="Months by which each year graded 优秀 in the rank shortens the required service",
        source=f"{_NATIONAL}: 每有1个年度考核结果为优秀等次的,任职年限缩短半年",
        kind="national",
        le=12,
    )
    rank_service_counted_from: Literal["appointment_month", "appointment_day"] = param(
        "appointment_month",
        zh="任职年限的起算:任职之月起(appointment_month)或任职之日起(appointment_day),按满月计",
        en="Service in a rank is counted in whole months from the month of appointment "
        "(appointment_month) or from the day (appointment_day)",
        source="Implementing practice counts 从晋升职级或正式任命职务之月起按周年计算; the 2019 "
        "regulation itself does not say",
        kind="local",
    )
    count_ungraded_current_year: bool = param(
        True,
        zh="当年年度考核尚未评定时,当年的任职月数是否计入",
        en="Whether months of the current year count before its annual grade is given "
        "(months of an earlier year without a grade never count)",
        source="The regulation counts only years graded 称职以上; the current year is not graded "
        "until its end, so counting it is a local choice",
        kind="local",
    )
    talk_deadline_days: NonNegativeCount | None = param(
        None,
        zh="谈心谈话须在触发事件后多少日内进行(日历日;不设则只列出待谈)",
        en="Calendar days after a triggering event within which the talk is due "
        "(unset: talks are listed as due, never overdue)",
        source="The seed sets no time limit (在……的时候 … 开展面对面沟通交流)",
        kind="local",
        le=366,
    )
    rotation_max_tenure_years: Count | None = param(
        None,
        zh="正副处长在同一处室任职的最长年限(满此年限即应轮岗)",
        en="Years a (deputy) section head may serve in the same section before rotation is due",
        source="The seed gives no number (改变了过去干部在同一处室任职时间过长); a locality must set it",
        kind="local",
        le=30,
    )

    @field_validator("rank_min_years")
    @classmethod
    def _complete_table(cls, value: dict[str, int]) -> dict[str, int]:
        missing = [r for r in RANK_MIN_YEARS_2019 if r not in value]
        if missing:
            raise ValueError(f"the table must give every rank; missing: {', '.join(missing)}")
        # Keep the table's own order (highest rank first), whatever order it was given in.
        return {r: value[r] for r in RANK_MIN_YEARS_2019}
