"""The sample town (青石镇): fictional but realistic data for every rule family, and the demo report.

Each rule family has a module here with ``build(year)`` (the sample data for
a year, deterministic) and ``section(sample, policy)`` (every rule of the
family run on it, as a report :class:`Section`). :func:`demo_report` runs
them all; ``orgwork demo`` prints it.

All names and places are invented (see :data:`TOWN`); no real personal data
is used.

Examples:
    >>> TOWN.name
    '青石镇'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from orgwork.policy import Policy
from orgwork.samples._report import Report, Section
from orgwork.samples._town import TOWN, SampleVillage, TownPeople

__all__ = [
    "DEFAULT_YEAR",
    "SECTIONS",
    "TOWN",
    "Report",
    "SampleVillage",
    "Section",
    "TownPeople",
    "build",
    "demo_report",
]

#: The year the demo uses by default: the last year the bundled calendar covers in full
#: with a following year's notice not needed for its deadlines.
DEFAULT_YEAR = 2025

#: The rule families, in report order: (key, module).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("assessment", "orgwork.samples.assessment"),
    ("care", "orgwork.samples.care"),
    ("supervision", "orgwork.samples.supervision"),
    ("open_day", "orgwork.samples.open_day"),
    ("selection", "orgwork.samples.selection"),
)


def build(key: str, year: int = DEFAULT_YEAR) -> Any:
    """The sample data of rule family ``key`` for ``year``."""
    module = dict(SECTIONS).get(key)
    if module is None:
        raise LookupError(f"no sample family {key!r}; choose from {[k for k, _ in SECTIONS]}")
    return importlib.import_module(module).build(year)


def demo_report(
    year: int = DEFAULT_YEAR,
    policy: Policy | None = None,
    *,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Run every rule family on the sample town for ``year`` and collect the report."""
    policy = policy or Policy.default()
    sections: list[Section] = []
    for key, name in SECTIONS:
        if progress is not None:
            progress(key)
        module = importlib.import_module(name)
        sections.append(module.section(module.build(year), policy))
    return Report(town=TOWN.name, year=year, locality=policy.locality, sections=tuple(sections))
