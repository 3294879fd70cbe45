"""``orgwork serve``: the HTTP API (``orgwork.api``), run with uvicorn.

Registering imports nothing heavy: FastAPI, uvicorn and the rules are imported
only when the command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["register"]

_MB = 1024 * 1024


def register(sub: Any) -> None:
    """Add the ``serve`` subcommand."""
    p = sub.add_parser(
        "serve",
        help="run the HTTP API for systems not written in Python (needs the api extra)",
        description="Serve orgwork over HTTP (FastAPI on uvicorn): GET /rules, /rules/ID, "
        "/parameters, /calendar/YEAR; POST /rules/ID (a rule on JSON inputs) and /check "
        "(a records workbook or JSON in, the report out); the OpenAPI spec at /openapi.json "
        'and a self-contained docs page at /docs. Needs: pip install "orgwork[api]".',
        epilog="Example: orgwork serve --port 8000   (then open http://127.0.0.1:8000/docs)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    p.add_argument(
        "--policy", metavar="FILE", help="the policy TOML the rules and /check apply by default"
    )
    p.add_argument(
        "--max-body",
        metavar="BYTES",
        type=int,
        default=10 * _MB,
        help="the largest request body or upload read, in bytes (default 10 MB); larger: 413",
    )
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="language of explanations when a request gives no ?lang= (default zh)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print where the server listens as one JSON line before serving",
    )
    p.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from orgwork.cli import UsageError

    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: expected a port between 0 and 65535")
    if args.max_body < 1:
        raise UsageError(f"--max-body {args.max_body}: expected a number of bytes, 1 or more")
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ModuleNotFoundError as exc:
        print(
            f'orgwork serve: {exc.name} is not installed: pip install "orgwork[api]"',
            file=sys.stderr,
        )
        return 2
    from orgwork.api import serve
    from orgwork.policy import Policy

    policy = Policy.from_toml(args.policy) if args.policy else None
    if args.json:
        host = f"[{args.host}]" if ":" in args.host else args.host
        url = f"http://{host}:{args.port}"
        info = {"url": url, "docs": f"{url}/docs", "openapi": f"{url}/openapi.json"}
        print(json.dumps(info), flush=True)
    try:
        serve(args.host, args.port, policy=policy, max_body=args.max_body, lang=args.lang)
    except SystemExit as exc:  # uvicorn exits 1 when it cannot listen (it logged why)
        if exc.code in (0, None):
            return 0
        print(f"orgwork serve: cannot serve on {args.host}:{args.port}", file=sys.stderr)
        return 2
    return 0
