"""Check a town's own records: the workbook template, a town's file, the report and the work lists.

Writes the sample town's records as a workbook (as a clerk would receive the
template and fill it), reads it back (every row accepted or reported), runs
every rule family on it and writes the work lists to hand out.

Run: ``python examples/check_town.py`` (needs openpyxl: ``pip install "orgwork[xlsx]"``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from orgwork.records import read_records_report, write_records
from orgwork.report import check
from orgwork.report.worklists import write_worklists
from orgwork.samples import records

with tempfile.TemporaryDirectory() as tmp:
    workbook = write_records(records(2025), Path(tmp) / "青石镇.xlsx")
    result = read_records_report(workbook)
    read = sum(s.read for s in result.sheets)
    accepted = sum(s.accepted for s in result.sheets)
    print(f"read {read} rows from {len(result.sheets)} sheets; {accepted} accepted")
    assert read == accepted + sum(s.reported for s in result.sheets)

    report = check(result.records, 2025, sheets=result.sheets, problems=result.problems)
    print(report.render("en", explain=0).splitlines()[0])
    for section in report.sections:
        print(f"- {section.title('en')}: {len(section.decisions)} decisions")

    lists = write_worklists(report, Path(tmp) / "lists.xlsx")
    print(f"work lists written to {lists.name}")
