"""``orgwork demo``: run every rule family on the sample town and print the report."""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "sample_year"]


def register(sub: Any) -> None:
    """Add the ``demo`` subcommand."""
    p = sub.add_parser(
        "demo",
        help="run every rule family on the sample town and print a report",
        description="Run every rule family on the fictional sample town (青石镇) for a year and "
        "print a readable report: the 千分制 ranking and the 副科级 salary, missed care duties "
        "and who answers for them, the memorial host, overdue replies, reception days, "
        "open-day follow-ups, the rectification ledger, democratic evaluation.",
        epilog="Examples:\n  orgwork demo\n  orgwork demo --lang en --year 2024\n"
        "  orgwork demo --policy my-town.toml --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--year",
        type=int,
        default=None,
        help="the year to run: one the working-day calendar covers (default 2025)",
    )
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--policy", metavar="FILE", help="a TOML policy file over the defaults")
    p.add_argument(
        "--redact",
        action="store_true",
        help="mask people's names and drop health details, for sharing outside the department "
        "(see docs/personal-data.md)",
    )
    p.add_argument(
        "--explain",
        type=int,
        default=1,
        metavar="N",
        help="explain the first N decisions of each section in full (default 1)",
    )
    p.set_defaults(handler=_demo)


def sample_year(year: int | None) -> int:
    """``--year`` for the sample town: the default year, or one the calendar covers (else exit 2)."""
    from orgwork.calendar import official_calendar
    from orgwork.cli import UsageError
    from orgwork.samples import DEFAULT_YEAR

    cal = official_calendar()
    y = DEFAULT_YEAR if year is None else year
    if not cal.first_year <= y <= cal.last_year:
        raise UsageError(
            f"--year {y}: the sample town runs on the years the calendar covers "
            f"({cal.first_year}–{cal.last_year})"
        )
    return y


def _demo(args: argparse.Namespace) -> int:
    from orgwork.cli import UsageError
    from orgwork.policy import Policy
    from orgwork.records import FAMILIES
    from orgwork.samples import demo_report

    year = sample_year(args.year)
    if args.explain < 0:
        raise UsageError("--explain takes a number ≥ 0")
    policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
    total = len(FAMILIES)
    show = sys.stderr.isatty()
    done = [0]

    def progress(key: str) -> None:
        done[0] += 1
        if show:
            print(f"[{done[0]}/{total}] {key} …", file=sys.stderr, flush=True)

    report = demo_report(year, policy, policy_source=args.policy, progress=progress)
    if args.json:
        print(report.to_json(redact=args.redact))
        return 0
    sys.stdout.write(report.render(args.lang, explain=args.explain, redact=args.redact))
    return 0
