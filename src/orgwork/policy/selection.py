"""Policy parameters of the cadre-selection domain (民主测评, 差额评议, 三必请)."""

from __future__ import annotations

from decimal import Decimal

from orgwork.policy._base import Ratio, Section, param

__all__ = ["SelectionPolicy"]

_S001 = "001_abf17c1f2718a70a.txt"


class SelectionPolicy(Section):
    """干部选拔任用 — selection parameters."""

    approval_threshold: Ratio = param(
        Decimal("0.80"),
        zh="民主测评赞同率下限(低于此值取消报名资格)",
        en="Minimum democratic-evaluation approval rate (below it, the applicant is disqualified)",
        source=f"{_S001}: 群众民主测评赞同率低于80%的,一律取消其报名资格",
    )
    competitive_ratio: Ratio = param(
        Decimal("0.50"),
        zh="差额评议的差额比例",
        en="Surplus ratio of candidates over posts in competitive evaluation",
        source=f"{_S001}: 由该类别内单位的干部群众进行差额评议,差额比例达50%",
    )
