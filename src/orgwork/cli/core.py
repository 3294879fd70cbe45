"""``orgwork rules`` and ``orgwork policy``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from orgwork.policy import Policy
from orgwork.rules import catalogue, catalogue_json

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``rules`` and ``policy`` subcommands."""
    p = sub.add_parser(
        "rules",
        help="list the rule catalogue",
        description="List every rule orgwork implements, with its source and parameters.",
        epilog="Example: orgwork rules --json",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(handler=_rules)

    p = sub.add_parser(
        "policy",
        help="print the default policy as TOML (a starting file for a locality)",
        description="Print every policy parameter with its default and source, as TOML "
        "(or JSON), to start a locality's policy file from.",
        epilog="Example: orgwork policy > my-town.toml",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of TOML")
    p.add_argument(
        "--policy", metavar="FILE", help="show this policy file merged over the defaults"
    )
    p.set_defaults(handler=_policy)


def _rules(args: argparse.Namespace) -> int:
    if args.json:
        print(catalogue_json())
        return 0
    rules = catalogue()
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        print(f"{r.id:<{width}}  {r.title_zh}  ({r.source.document}, {r.source.section})")
    print(f"\n{len(rules)} rules", file=sys.stderr)
    return 0


def _policy(args: argparse.Namespace) -> int:
    policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
    if args.json:
        print(json.dumps(policy.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(policy.to_toml())
    return 0
