"""``orgwork rules`` and ``orgwork policy``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``rules`` and ``policy`` subcommands."""
    p = sub.add_parser(
        "rules",
        help="list the rule catalogue, or show one rule",
        description="List every rule orgwork implements, with its source and parameters. "
        "Given a rule id, show that rule: its quote and section, each parameter with its "
        "default, kind and source, the implementing function with its file and line, and "
        "the tests marked with it.",
        epilog="Example: orgwork rules care.memorial_host --lang zh",
    )
    p.add_argument("rule_id", nargs="?", metavar="ID", help="a rule id, e.g. care.memorial_host")
    p.add_argument("--lang", choices=("zh", "en"), default="en", help="language of the text")
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
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="the comments in Chinese or English only (default: both)",
    )
    p.add_argument(
        "--policy", metavar="FILE", help="show this policy file merged over the defaults"
    )
    p.set_defaults(handler=_policy)


def _rules(args: argparse.Namespace) -> int:
    from orgwork.rules import catalogue, catalogue_json

    if args.rule_id is not None:
        return _one_rule(args.rule_id, args.lang, args.json)
    if args.json:
        print(catalogue_json())
        return 0
    rules = catalogue()
    width = max((len(r.id) for r in rules), default=10)
    for r in rules:
        print(f"{r.id:<{width}}  {r.title_zh}  ({r.source.document}, {r.source.section})")
    print(f"\n{len(rules)} rules", file=sys.stderr)
    return 0


def _one_rule(rule_id: str, lang: str, as_json: bool) -> int:
    from orgwork.policy import Policy
    from orgwork.rules import describe, get, location, marked_tests

    r = get(rule_id)
    if not as_json:
        print(describe(rule_id, lang))
        return 0
    info = {p.path: p for p in Policy.default().parameters()}
    file, line = location(rule_id)
    tests = marked_tests(rule_id)
    record = r.model_dump(mode="json")
    record["parameters"] = [
        {"path": path, **info[path].model_dump(mode="json", exclude={"path", "value"})}
        for path in r.parameters
    ]
    record["file"], record["line"] = file, line
    record["tests"] = None if tests is None else list(tests)
    print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0


def _policy(args: argparse.Namespace) -> int:
    from orgwork.policy import Policy

    policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
    if args.json:
        print(json.dumps(policy.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(policy.to_toml(args.lang))
    return 0
