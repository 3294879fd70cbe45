"""``orgwork demo``: run the rules on sample data and print a report."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from orgwork.calendar import add_working_days, official_calendar
from orgwork.policy import Policy
from orgwork.rules import catalogue

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``demo`` subcommand."""
    p = sub.add_parser(
        "demo",
        help="run the rules on sample data and print a report",
        description="Run every rule family on sample data and print a readable report.",
        epilog="Example: orgwork demo --lang en",
    )
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="report language")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--policy", metavar="FILE", help="a TOML policy file over the defaults")
    p.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
    cal = official_calendar()
    received = dt.date(2024, 2, 8)
    n = policy.supervision.reply_working_days
    due = add_working_days(received, n, calendar=cal)
    rules = catalogue()
    if args.json:
        print(
            json.dumps(
                {
                    "rules": len(rules),
                    "calendar": [cal.first_year, cal.last_year],
                    "example_deadline": {
                        "received": received.isoformat(),
                        "working_days": n,
                        "due": due.isoformat(),
                    },
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if args.lang == "zh":
        print(
            f"orgwork 示例 — 规则目录共 {len(rules)} 条;工作日历覆盖 {cal.first_year}–{cal.last_year} 年"
        )
        print(f"{received} 收到的来信,{n} 个工作日内答复,最迟 {due}")
    else:
        print(
            f"orgwork demo — {len(rules)} rules in the catalogue; "
            f"calendar covers {cal.first_year}–{cal.last_year}"
        )
        print(f"A letter received on {received} must be answered within {n} working days: by {due}")
    return 0
