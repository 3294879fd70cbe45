"""The sample town (青石镇): fictional but realistic records for every rule family.

Each rule family has a module here with ``build(year)``: the sample
records of that family for a year, deterministic. [`records`][orgwork.samples.records] puts
them together as [`Records`][orgwork.records.Records]; ``orgwork template
--sample`` writes them to a workbook, and ``orgwork demo`` is
[`orgwork.report.check`][orgwork.report.check] on them, exactly as ``orgwork check`` runs on
a town's own file.

All names and places are invented (see `TOWN`); no real personal data
is used.

Examples:
    >>> TOWN.name
    '青石镇'
    >>> records(2025).care.members[0].name
    '刘永福'
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from orgwork.policy import Policy
from orgwork.records import FAMILIES, Records, read_records_report, write_records
from orgwork.report import Report, check
from orgwork.samples._town import TOWN, TownPeople

__all__ = [
    "DEFAULT_YEAR",
    "FIRST_YEAR",
    "LAST_YEAR",
    "TOWN",
    "TownPeople",
    "build",
    "demo_report",
    "records",
]

#: The year the demo uses by default: the last year the bundled calendar covers in full
#: with a following year's notice not needed for its deadlines.
DEFAULT_YEAR = 2025

#: The years the sample town has records for (the working-day calendar's coverage).
FIRST_YEAR, LAST_YEAR = 2004, 2026


def build(key: str, year: int = DEFAULT_YEAR) -> Any:
    """The sample records of rule family ``key`` for ``year``."""
    if key not in FAMILIES:
        raise LookupError(f"no sample family {key!r}; choose from {list(FAMILIES)}")
    return importlib.import_module(f"orgwork.samples.{key}").build(year)


def records(year: int = DEFAULT_YEAR) -> Records:
    """示例记录 — the sample town's records of ``year``, every family (2004–2026)."""
    if type(year) is not int or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the sample town covers {FIRST_YEAR}–{LAST_YEAR}, not {year!r}")
    return Records(
        year=year,
        town=TOWN.name,
        county=TOWN.county,
        prefecture=TOWN.prefecture,
        province=TOWN.province,
        **{key: build(key, year) for key in FAMILIES},
    )


def demo_report(
    year: int = DEFAULT_YEAR,
    policy: Policy | None = None,
    *,
    policy_source: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """The town report on the sample town's records of ``year``, read as a user's file is read.

    The records are written to a records file and read back through
    [`read_records_report`][orgwork.records.read_records_report], so ``orgwork demo`` prints
    what ``orgwork template --sample`` followed by ``orgwork check`` prints.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = write_records(records(year), Path(tmp) / "sample.json")
        result = read_records_report(path)
    return check(
        result.records,
        year,
        policy,
        policy_source=policy_source,
        sheets=result.sheets,
        problems=result.problems,
        progress=progress,
    )
