"""Policy parameters of the open-day domain (组织部门“开放日”)."""

from __future__ import annotations

from orgwork.policy._base import Count, Section, param

__all__ = ["OpenDayPolicy"]

_S004 = "004_10bb32bd277cce0c.txt"


class OpenDayPolicy(Section):
    """组织部开放日 — open-day parameters."""

    follow_up_working_days: Count = param(
        7,
        zh="开放日后未当场答复意见的办理答复时限(工作日)",
        en="Working days after an open day to handle and answer suggestions not answered on the spot",
        source=f"{_S004}: 在开放日活动后7个工作日内作出处理和答复",
    )
