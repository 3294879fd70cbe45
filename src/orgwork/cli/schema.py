"""``orgwork schema [MODEL]``: the JSON Schema of a public model, for systems that are not Python."""

from __future__ import annotations

import argparse
import json
from typing import Any

__all__ = ["register"]


def register(sub: Any) -> None:
    """Add the ``schema`` subcommand."""
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of a model (or list the models)",
        description="Print the JSON Schema (draft 2020-12, as pydantic writes it) of one of "
        "orgwork's public models, named by its class name (Case, MonthlySheet, Records, ...) "
        "or its full path (orgwork.supervision.Case). Without MODEL, list the models.",
        epilog="Examples:\n  orgwork schema\n  orgwork schema Case\n"
        "  orgwork schema orgwork.records.Records --mode serialization",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("model", metavar="MODEL", nargs="?", help="a model's class name or full path")
    p.add_argument(
        "--mode",
        choices=("validation", "serialization"),
        default="validation",
        help="the schema of the input a model accepts (default) or of the JSON it writes",
    )
    p.add_argument("--json", action="store_true", help="list the models as JSON")
    p.add_argument("--lang", choices=("zh", "en"), default="en", help="language of the list")
    p.set_defaults(handler=_schema)


def _schema(args: argparse.Namespace) -> int:
    from orgwork._public import public_models
    from orgwork.cli import UsageError

    models = public_models()
    if args.model is None:
        if args.json:
            print(json.dumps(list(models), indent=2))
        else:
            head = "公开模型(orgwork schema 模型名)" if args.lang == "zh" else "Public models"
            print(f"{head}:")
            for path in models:
                print(f"  {path}")
        return 0
    matches = [p for p in models if p == args.model or p.rsplit(".", 1)[1] == args.model]
    if not matches:
        raise UsageError(f"no public model {args.model!r}: `orgwork schema` lists them")
    if len(matches) > 1:
        raise UsageError(f"{args.model!r} names {len(matches)} models: give one of {matches}")
    schema = models[matches[0]].model_json_schema(mode=args.mode)
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0
