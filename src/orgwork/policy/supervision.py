"""Policy parameters of the supervision domain (letters and visits, reception days, 开门评部)."""

from __future__ import annotations

from orgwork.policy._base import Count, Section, param

__all__ = ["SupervisionPolicy"]

_S000 = "000_d6bf9a3c8f5be95e.txt"


class SupervisionPolicy(Section):
    """组工干部监督 — supervision parameters."""

    reply_working_days: Count = param(
        15,
        zh="群众来信来访答复时限(工作日)",
        en="Working days allowed to reply to a letter or visit",
        source=f"{_S000}: 群众的意见建议做到事事回复,并限时在15个工作日内完成",
    )
    reception_day_of_month: int = param(
        15,
        zh="部长接待日(每月几日)",
        en="Day of the month of the head's reception day",
        source=f"{_S000}: 将每个月的15日定为“部长接待日”",
        ge=1,
        le=28,
        strict=True,
    )
    reception_on_weekends: bool = param(
        True,
        zh="接待日遇周六、周日照常举行",
        en="Whether the reception day is held when it falls on a Saturday or Sunday",
        source=f"{_S000}: “部长接待日”遇周六、周日不休息",
        strict=True,
    )
    visit_interval_months: Count = param(
        6,
        zh="部领导走访乡镇和县直单位的周期(月)",
        en="Months between the leaders' visits to every township and county unit",
        source=f"{_S000}: 对全县所有的乡镇和县直副科级以上单位每半年走访一次",
        le=12,
    )
    evaluation_interval_months: Count = param(
        6,
        zh="开门评部周期(月)",
        en="Months between public evaluations of the department (开门评部)",
        source=f"{_S000}: 每半年,组织义务监督员和人大、政协、纪检、信访等部门人士",
        le=12,
    )
