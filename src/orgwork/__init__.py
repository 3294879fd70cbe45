"""orgwork: the rules of local Party organization-department work (组织工作) as typed, cited code.

The public surface is small and re-exported here; domain modules
(``orgwork.assessment``, ``orgwork.care``, ``orgwork.supervision``,
``orgwork.open_day``, ``orgwork.selection``, ``orgwork.cadres``,
``orgwork.organizations``) and the working-day calendar (``orgwork.calendar``)
are imported on first use, so ``import orgwork`` stays fast.

>>> import orgwork
>>> orgwork.Policy.default().supervision.reply_working_days
15
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    __version__: str
    from orgwork.decision import Decision, Reason, Text
    from orgwork.errors import (
        CalendarCoverageError,
        CalendarDataError,
        ImportRowsError,
        MissingParameterError,
        OrgworkError,
        PolicyError,
        RecordError,
        UnknownRecordError,
        UnknownRuleError,
    )
    from orgwork.policy import Policy
    from orgwork.rules import Rule, catalogue


__all__ = [
    "CalendarCoverageError",
    "CalendarDataError",
    "Decision",
    "ImportRowsError",
    "MissingParameterError",
    "OrgworkError",
    "Policy",
    "PolicyError",
    "Reason",
    "RecordError",
    "Rule",
    "Text",
    "UnknownRecordError",
    "UnknownRuleError",
    "__version__",
    "catalogue",
]

_LAZY = {
    "Decision": "orgwork.decision",
    "Reason": "orgwork.decision",
    "Text": "orgwork.decision",
    "Policy": "orgwork.policy",
    "Rule": "orgwork.rules",
    "catalogue": "orgwork.rules",
    "CalendarCoverageError": "orgwork.errors",
    "CalendarDataError": "orgwork.errors",
    "ImportRowsError": "orgwork.errors",
    "MissingParameterError": "orgwork.errors",
    "OrgworkError": "orgwork.errors",
    "PolicyError": "orgwork.errors",
    "RecordError": "orgwork.errors",
    "UnknownRecordError": "orgwork.errors",
    "UnknownRuleError": "orgwork.errors",
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("orgwork")
    except PackageNotFoundError:  # pragma: no cover - a source tree without install
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":  # looked up on first use: importlib.metadata is slow to import
        globals()[name] = value = _version()
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'orgwork' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
