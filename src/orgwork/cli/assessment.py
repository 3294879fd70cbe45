"""``orgwork rank``: rank a town's villages from a score file and show who gets the 副科级 salary."""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path
from typing import Any

from orgwork.cli import UsageError
from orgwork.errors import OrgworkError

__all__ = ["register"]

_EPILOG = """\
The file (CSV or .xlsx) has one row per unit and month, with the columns
单位/unit, 乡镇/town, 年度/year, 月份/month, optional 类型/kind (村/干部),
合计/total and 备注/note, and one column per scheme item (by code or name;
the 千分制 preset has one item, 全年工作目标/goals). Rows that cannot be read
are listed on stderr with their row number and field, and the exit status
is then 1 (2 with --strict, which refuses the file instead).

The 百分制 (--scheme hundred) has no shares in the seed: the policy file
sets them, e.g. [assessment.hundred_point_shares] daily = 40, key = 30,
common = 20, individual = 10 (adding up to 100).

Examples:
  orgwork rank scores.csv --year 2025
  orgwork rank scores.xlsx --json --policy my-town.toml --adjustments care.csv
  orgwork rank staff.csv --scheme hundred --policy my-department.toml
"""

_STATUS: dict[str, tuple[str, str]] = {
    "eligible": ("享受副科级待遇", "deputy-section salary"),
    "not_eligible": ("—", "—"),
    "undecided": ("待定(提交镇党委)", "undecided (to the town committee)"),
    "not_ranked": ("未排名", "not ranked"),
}


def register(sub: Any) -> None:
    """Add the ``rank`` subcommand."""
    p = sub.add_parser(
        "rank",
        help="rank a town's villages from a score file (千分制) and show the top-N salary",
        description="Read monthly scores, add up each unit's year, rank the units of each "
        "town and decide the top-N (前四名) 副科级 salary, as a table or JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", help="score sheets: .csv or .xlsx")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument(
        "--year", type=int, metavar="Y", help="the year to rank (if the file has several)"
    )
    p.add_argument("--policy", metavar="FILE", help="a TOML policy file over the defaults")
    p.add_argument(
        "--scheme",
        default="thousand",
        metavar="NAME|FILE",
        help="'thousand' (千分制, default), 'hundred' (百分制: the policy must set "
        "assessment.hundred_point_shares) or a scheme .json/.toml file",
    )
    p.add_argument("--adjustments", metavar="FILE", help="deductions and additions (.csv or .xlsx)")
    p.add_argument("--sheet", metavar="NAME", help="the worksheet of an .xlsx file")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="table language")
    p.add_argument("--strict", action="store_true", help="refuse a file with any bad row")
    p.set_defaults(handler=_rank)


def _scheme(value: str) -> Any:
    from pydantic import ValidationError

    from orgwork.assessment import HUNDRED_POINT, THOUSAND_POINT, PointScheme

    presets = {"thousand": THOUSAND_POINT, "千分制": THOUSAND_POINT}
    presets |= {"hundred": HUNDRED_POINT, "百分制": HUNDRED_POINT}
    if value in presets:
        return presets[value]
    path = Path(value)
    if path.suffix.lower() not in (".json", ".toml"):
        raise UsageError(f"--scheme: {value!r} is not 'thousand', 'hundred' or a .json/.toml file")
    try:
        if path.suffix.lower() == ".toml":
            data = tomllib.loads(path.read_text("utf-8"))
        else:
            data = json.loads(path.read_text("utf-8"))
        return PointScheme.model_validate(data)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(f"--scheme {value}: not valid {path.suffix[1:]}: {exc}") from None
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        loc = ".".join(str(x) for x in first["loc"]) or "scheme"
        raise UsageError(f"--scheme {value}: {loc}: {first['msg']}") from None


def _sheets_note(file: str, imp: Any) -> None:
    """One line on stderr naming the worksheet read when a workbook has others, left unread."""
    if imp.sheet is not None and imp.ignored_sheets:
        others = ", ".join(repr(n) for n in imp.ignored_sheets)
        print(
            f"orgwork: note: {file}: read worksheet {imp.sheet!r}; not read: {others} (--sheet)",
            file=sys.stderr,
        )


def _warn(rejected: Any) -> None:
    for r in rejected:
        print(f"orgwork: warning: {r}", file=sys.stderr)


def _rank(args: argparse.Namespace) -> int:
    """``orgwork rank``: every failure is one line (``orgwork rank: ...``), never a traceback.

    The errors orgwork means (and ValueError, OSError) go to the command line's
    one-line report as they are; anything else (openpyxl missing, a failure
    inside a library) is turned into a `UsageError` naming it.
    """
    try:
        return _ranking(args)
    except (OrgworkError, ValueError, OSError):
        raise
    except ImportError as exc:
        raise UsageError(f"rank: {exc}") from None
    except Exception as exc:  # the command line never shows a traceback (issue 14)
        raise UsageError(f"rank: {args.file}: {type(exc).__name__}: {exc}") from None


def _ranking(args: argparse.Namespace) -> int:
    from orgwork.assessment import annual_totals, rank, salary_eligibility
    from orgwork.assessment.io import read_adjustments, read_scores
    from orgwork.policy import Policy

    policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
    scheme = _scheme(args.scheme)
    imp = read_scores(args.file, scheme, policy=policy, strict=args.strict, sheet=args.sheet)
    _sheets_note(args.file, imp)
    rejected = list(imp.rejected)
    sheets = list(imp.accepted)
    years = sorted({s.year for s in sheets})
    if args.year is not None:
        others = [s for s in sheets if s.year != args.year]
        if others:
            print(
                f"orgwork: note: {len(others)} row(s) of other years left out (--year {args.year})",
                file=sys.stderr,
            )
        sheets = [s for s in sheets if s.year == args.year]
    elif len(years) > 1:
        raise UsageError(f"{args.file} holds the years {', '.join(map(str, years))}: pass --year")
    if not sheets:
        _warn(rejected)
        raise UsageError(f"{args.file}: no score rows to rank ({len(rejected)} rejected)")
    year = sheets[0].year
    adjustments: list[Any] = []
    if args.adjustments:
        adj = read_adjustments(args.adjustments, scheme, strict=args.strict)
        _sheets_note(args.adjustments, adj)
        rejected += adj.rejected
        adjustments = [a for a in adj.accepted if a.year == year]
    totals = annual_totals(sheets, scheme, adjustments=adjustments, policy=policy)
    ranks = rank(totals)
    villages = [t for t in totals if t.value.kind == "village"]
    salary = {d.subject: d for d in salary_eligibility(villages, policy=policy)}
    rows = []
    for d in ranks:
        r = d.value
        s = salary.get(d.subject)
        rows.append(
            {
                "town": r.town,
                "unit": r.unit,
                "kind": r.kind,
                "points": str(r.points),
                "rank": r.rank,
                "salary": s.outcome if s is not None else None,
                "tied_with": list(r.tied_with),
                "missing_months": list(r.missing_months),
            }
        )
    if args.json:
        print(
            json.dumps(
                {
                    "year": year,
                    "scheme": scheme.code,
                    "rows": rows,
                    "rejected": [p.model_dump(mode="json") for p in rejected],
                    "salary_decisions": [d.model_dump(mode="json") for d in salary.values()],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _table(rows, year, args.lang)
    _warn(rejected)
    return 1 if rejected else 0


def _table(rows: list[dict[str, Any]], year: int, lang: str) -> None:
    zh = lang == "zh"
    head = (
        ("乡镇", "名次", "单位", "得分", "工资待遇", "说明")
        if zh
        else (
            "town",
            "rank",
            "unit",
            "points",
            "salary",
            "note",
        )
    )
    body = []
    for r in rows:
        status = _STATUS[r["salary"]][0 if zh else 1] if r["salary"] else ""
        if r["missing_months"]:
            months = "、".join(map(str, r["missing_months"]))
            note = f"缺{months}月" if zh else f"months {months} missing"
        elif r["tied_with"]:
            note = (
                ("与" + "、".join(r["tied_with"]) + "并列")
                if zh
                else ("tied with " + ", ".join(r["tied_with"]))
            )
        else:
            note = ""
        body.append(
            (
                r["town"],
                "" if r["rank"] is None else str(r["rank"]),
                r["unit"],
                r["points"],
                status,
                note,
            )
        )
    widths = [max(_width(x) for x in col) for col in zip(head, *body, strict=False)]
    print(f"{year}年度考核排名" if zh else f"Assessment ranking {year}")
    for line in (head, *body):
        print("  ".join(_pad(x, w) for x, w in zip(line, widths, strict=True)).rstrip())


def _width(text: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
