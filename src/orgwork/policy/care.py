"""Policy parameters of the care domain (老党员"五有"关怀帮扶)."""

from __future__ import annotations

from orgwork.policy._base import Count, Section, param

__all__ = ["CarePolicy"]

_S000 = "000_d6bf9a3c8f5be95e.txt"


class CarePolicy(Section):
    """老党员关怀帮扶 — care parameters."""

    hardship_visits_per_month: Count = param(
        1,
        zh="生活困难老党员每月至少看望次数",
        en="Minimum home visits per month to a member in great hardship",
        source=f"{_S000}: 每月至少深入老党员家中看望一次",
    )
