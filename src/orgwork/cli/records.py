"""``orgwork template`` and ``orgwork check``: a town's own records in, its report and work lists out."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``template`` and ``check`` subcommands."""
    t = sub.add_parser(
        "template",
        help="write an empty records workbook (or the sample town's records) to fill in",
        description="Write the records workbook: one sheet per kind of record (信访登记表, "
        "老党员花名册, 走访慰问记录, ...), Chinese headers (--lang en for English), drop-down "
        "lists for every enumerated column and a 说明 sheet. FILE may end in .xlsx, .json, or "
        "name a folder for CSV files. With --sample, the sample town's records of --year.",
        epilog="Examples:\n  orgwork template my-town.xlsx\n  orgwork template --lang en my-town.xlsx\n"
        "  orgwork template --sample --year 2025 sample.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    t.add_argument(
        "file", metavar="FILE", help="the .xlsx or .json file, or a folder for CSV files"
    )
    t.add_argument("--lang", choices=("zh", "en"), default="zh", help="header language")
    t.add_argument("--sample", action="store_true", help="write the sample town's records")
    t.add_argument("--year", type=int, default=None, help="the sample's year (default 2025)")
    t.add_argument("--json", action="store_true", help="say what was written as one JSON line")
    t.add_argument(
        "--redact",
        action="store_true",
        help="with --sample: mask people's names and leave out health facts, birth dates and "
        "free texts (a copy to share; see docs/personal-data.md)",
    )
    t.set_defaults(handler=_template)

    c = sub.add_parser(
        "check",
        help="run every rule family on a town's records file and print the report",
        description="Read a records workbook (.xlsx, .json or a folder of CSV files), run every "
        "rule family on it for a year, and print the report: every row of every sheet is "
        "accepted or reported with its sheet, row and column. --out writes the work lists "
        "(overdue replies by handler, missed care duties by organization, the ranking and its "
        "cut, ledger items, selection problems, ...) as a workbook to hand out. Exit status 2 "
        "for bad usage or an unreadable file, 0 when the report ran.",
        epilog="Examples:\n  orgwork check my-town.xlsx --year 2025\n"
        "  orgwork check my-town.xlsx --policy my-town.toml --out lists.xlsx\n"
        "  orgwork check records/ --lang en --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("file", metavar="FILE", help="the records: .xlsx, .json or a folder of .csv")
    c.add_argument("--year", type=int, default=None, help="the year to check (default: the file's)")
    c.add_argument("--policy", metavar="FILE", help="a TOML policy file over the defaults")
    c.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language")
    c.add_argument("--json", action="store_true", help="print the report as JSON")
    c.add_argument("--out", metavar="LISTS.xlsx", help="write the work lists to this workbook")
    c.add_argument("--strict", action="store_true", help="any reported row is fatal (exit 2)")
    c.add_argument(
        "--redact",
        action="store_true",
        help="mask people's names and drop health details, for sharing outside the department "
        "(see docs/personal-data.md)",
    )
    c.add_argument(
        "--explain",
        type=int,
        default=1,
        metavar="N",
        help="explain the first N decisions of each section in full (default 1)",
    )
    c.set_defaults(handler=_check)


def _template(args: argparse.Namespace) -> int:
    from orgwork.cli.demo import sample_year
    from orgwork.records import write_records

    records = None
    if args.sample:
        from orgwork.samples import records as sample

        records = sample(sample_year(args.year))
    elif args.year is not None:
        from orgwork.cli import UsageError

        raise UsageError("--year goes with --sample (an empty template has no year yet)")
    if args.redact and records is None:
        from orgwork.cli import UsageError

        raise UsageError("--redact goes with --sample (an empty template holds no one)")
    out = write_records(records, args.file, lang=args.lang, redact=args.redact)
    if args.json:
        print(json.dumps({"written": str(out), "sample": records is not None}))
    else:
        print(f"orgwork: wrote {out}", file=sys.stderr)
    return 0


def _check(args: argparse.Namespace) -> int:
    from orgwork.cli import UsageError
    from orgwork.policy import Policy
    from orgwork.records import read_records_report
    from orgwork.report import check
    from orgwork.report.worklists import write_worklists

    if args.explain < 0:
        raise UsageError("--explain takes a number ≥ 0")
    if args.year is not None and not 1949 <= args.year <= 2200:
        raise UsageError(f"--year {args.year}: expected a year between 1949 and 2200")
    policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
    result = read_records_report(args.file, strict=args.strict)
    report = check(
        result.records,
        args.year,
        policy,
        policy_source=args.policy,
        sheets=result.sheets,
        problems=result.problems,
    )
    if args.out:
        write_worklists(report, args.out, lang=args.lang)
    if args.json:
        print(report.to_json(redact=args.redact))
        return 0
    sys.stdout.write(report.render(args.lang, explain=args.explain, redact=args.redact))
    return 0
