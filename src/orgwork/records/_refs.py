"""References across sheets: a visit names a member on the roster, a case a handler on the list.

Each check names the column that refers, the sheet it refers to, and the
field there. A check whose target sheet is empty is skipped (a town that
keeps no roster cannot be checked against one). A row that refers to
nothing is reported with its sheet and row, and left out of the records;
leaving it out may leave others dangling, so the checks run until nothing
changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from orgwork.records._records import Records

if TYPE_CHECKING:
    from orgwork.records._assemble import _Ledger, _Tree

__all__ = ["REFERENCES", "Reference", "check_references"]


@dataclass(frozen=True)
class Reference:
    """Rows of collection ``path`` whose ``field`` must be among ``targets(records)``."""

    path: tuple[str, ...]
    field: str
    target_zh: str
    target_en: str
    targets: Callable[[Records], set[Any]]


def _ids(items: Any, attr: str = "id") -> set[Any]:
    return {getattr(i, attr) for i in items}


REFERENCES: tuple[Reference, ...] = (
    Reference(
        ("care", "members"),
        "organization",
        "基层党组织名册",
        "party organizations",
        lambda r: _ids(r.care.organizations),
    ),
    Reference(
        ("care", "visits"),
        "organization",
        "基层党组织名册",
        "party organizations",
        lambda r: _ids(r.care.organizations),
    ),
    Reference(
        ("care", "visits"),
        "member",
        "老党员花名册",
        "elderly members",
        lambda r: _ids(r.care.members),
    ),
    Reference(
        ("supervision", "cases"),
        "handler",
        "基本信息·监督·承办人员",
        "the handlers list",
        lambda r: set(r.supervision.handlers),
    ),
    Reference(
        ("supervision", "visits"),
        "unit",
        "走访单位名单",
        "visited units",
        lambda r: _ids(r.supervision.units),
    ),
    Reference(
        ("open_day", "suggestions"),
        "open_day",
        "开放日安排",
        "open days",
        lambda r: {d.held_on for d in r.open_day.plan.days} if r.open_day.plan else set(),
    ),
    Reference(
        ("open_day", "feedback"),
        "open_day",
        "开放日安排",
        "open days",
        lambda r: {d.held_on for d in r.open_day.plan.days} if r.open_day.plan else set(),
    ),
    Reference(
        ("supervision", "duties"),
        "supervisor",
        "监督员聘任",
        "supervisor appointments",
        lambda r: _ids(r.supervision.appointments, "name"),
    ),
    Reference(
        ("assessment", "sheets"),
        "unit",
        "考核村名单",
        "villages",
        lambda r: _ids(r.assessment.villages, "name"),
    ),
    Reference(
        ("assessment", "cadre_sheets"),
        "unit",
        "镇中层干部",
        "town cadres",
        lambda r: _ids(r.assessment.cadres, "name"),
    ),
    Reference(
        ("assessment", "gaps"),
        "unit",
        "考核村名单",
        "villages",
        lambda r: _ids(r.assessment.villages, "name") | _ids(r.assessment.cadres, "name"),
    ),
    Reference(
        ("assessment", "adjustments"),
        "unit",
        "考核村名单或镇中层干部",
        "villages or town cadres",
        lambda r: _ids(r.assessment.villages, "name") | _ids(r.assessment.cadres, "name"),
    ),
    Reference(
        ("membership", "payments"),
        "member",
        "党费基数",
        "dues bases",
        lambda r: _ids(r.membership.payers, "member"),
    ),
)


def check_references(records: Records, tree: _Tree, ledger: _Ledger) -> Records:
    """``records`` without the rows that refer to nothing (each reported); rebuilt when any went."""
    for _ in range(len(REFERENCES) + 1):
        changed = False
        for ref in REFERENCES:
            targets = ref.targets(records)
            if not targets:
                continue
            for row in tree.placed.get(ref.path, []):
                if not row.ok:
                    continue
                value = getattr(row.value, ref.field, None)
                if value is None or value in targets:
                    continue
                column = next(
                    (row.header(c) for c in row.sheet.columns if c.path == (ref.field,)), None
                )
                shown = value.isoformat() if hasattr(value, "isoformat") else str(value)
                ledger.reject(
                    row,
                    f"“{shown}”不在{ref.target_zh}中",
                    f"{shown!r} is not in {ref.target_en}",
                    column,
                )
                changed = True
        if not changed:
            return records
        records = tree.build()
    return records
