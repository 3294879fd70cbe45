"""The ``orgwork`` command line.

Each domain adds its subcommands from its own module in this package
(``orgwork.cli.<name>`` with a ``register(subparsers)`` function). User
errors (a missing file, a malformed date, an invalid policy) print one line
to stderr and exit with status 2; they never print a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from orgwork.errors import OrgworkError

__all__ = ["UsageError", "main", "run"]

#: Modules that register subcommands, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "orgwork.cli.core",
    "orgwork.cli.calendar",
    "orgwork.cli.assessment",
    "orgwork.cli.demo",
    "orgwork.cli.records",
    "orgwork.cli.schema",
    "orgwork.cli.serve",
)


class UsageError(OrgworkError, ValueError):
    """Bad command-line input; reported as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class _Version(argparse.Action):
    """``--version``, looked up only when asked (``--help`` then imports nothing heavy)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from orgwork import __version__

        print(f"orgwork {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every available subcommand."""
    parser = _Parser(
        prog="orgwork",
        description="Rules of local Party organization-department work, as code.",
        epilog="Example: orgwork deadline 2024-02-08",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Every failure a user can cause is one line on stderr, ``orgwork <command>:
    <message>`` (``orgwork: <message>`` before a command is known), and exit
    status 2; never a traceback.
    """
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
        if getattr(args, "handler", None) is None:
            parser.print_help()
            return 2
        status: int = args.handler(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        # the reader went away (``orgwork rules | head``): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (OrgworkError, ValueError, OSError) as exc:
        print(_report(_command(parser, words), exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("orgwork: interrupted", file=sys.stderr)
        return 130


def _command(parser: argparse.ArgumentParser, words: list[str]) -> str | None:
    """The subcommand named in ``words`` (the first word that is one), if any."""
    names: set[str] = set()
    for action in parser._actions:  # argparse keeps its subcommands here
        if isinstance(action, argparse._SubParsersAction):
            names |= set(action.choices)
    return next((w for w in words if w in names), None)


def _report(command: str | None, exc: BaseException) -> str:
    """The one line a failure prints: ``orgwork <command>: <message>``."""
    text = str(exc).strip().splitlines()
    msg = text[0] if text else type(exc).__name__
    if len(text) > 1:
        msg += f" (+{len(text) - 1} more lines)"
    prefix = "orgwork" if command is None else f"orgwork {command}"
    for said in (f"{prefix}: ", "orgwork: ", f"{command}: "):
        msg = msg.removeprefix(said)
    return f"{prefix}: {msg}"


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())
