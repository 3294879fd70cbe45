"""Benchmark: the columnar assessment path on a country's villages against pandas.

About 490,000 administrative villages, 12 monthly score rows each (5.88
million rows), five 千分制 items per row. orgwork's
:func:`~orgwork.assessment.evaluate_columns` validates every row (months,
item maxima, duplicates, one town per village), adds up the year, ranks the
villages of each town with competition ranks and applies the top-four
salary cut with the default tie policy. The pandas baseline does only a
plain ``groupby(...).sum()`` and ``groupby("town").rank(method="min")`` of
the same data, with no validation and no tie handling; the script checks
that both give the same ranks and prints the time ratio.

Run: ``python benchmarks/assessment.py [--villages N] [--repeat R]``
(needs numpy and pandas: ``pip install "orgwork[bench]"``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this directory comes first on sys.path, where a sibling
# benchmark (calendar.py) would shadow the standard library's calendar module.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import platform
import time
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from orgwork.assessment import PointScheme, SchemeItem, ScoreColumns, evaluate_columns
from orgwork.decision import Text

SCHEME = PointScheme(
    code="bench",
    name=Text(zh="村级千分制", en="Village thousand-point scheme"),
    kind="thousand_point",
    total=1000,
    items=(
        SchemeItem(code="party", name=Text(zh="党建工作", en="Party building"), maximum=300),
        SchemeItem(code="economy", name=Text(zh="经济发展", en="Economy"), maximum=300),
        SchemeItem(code="livelihood", name=Text(zh="民生服务", en="Livelihood"), maximum=200),
        SchemeItem(code="care", name=Text(zh="老党员关怀帮扶", en="Care"), maximum=120),
        SchemeItem(code="stability", name=Text(zh="平安稳定", en="Stability"), maximum=80),
    ),
)


def make_data(
    villages: int, ids: str = "compact", seed: int = 2025
) -> tuple[ScoreColumns, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    per_town = rng.integers(8, 21, size=villages // 8 + 1)
    town_of = np.repeat(np.arange(len(per_town)), per_town)[:villages]
    unit = np.repeat(np.arange(villages, dtype=np.int64), 12)
    month = np.tile(np.arange(1, 13, dtype=np.int64), villages)
    order = rng.permutation(len(unit))  # rows arrive in no particular order
    unit, month = unit[order], month[order]
    caps = np.asarray([int(i.maximum) * 100 // 12 for i in SCHEME.items], dtype=np.int64)
    # whole points, so that ties (at fourth place too) occur as in real score tables
    points = (rng.integers(0, 101, size=(len(unit), len(caps))) * caps // 100) // 100 * 100
    towns = town_of[unit]
    if ids == "codes":  # 12-digit division codes: 县 (6 digits) + 乡 (3) + 村 (3), sparse
        county, rest = unit // 400, unit % 400
        unit = (110_000 + county * 7) * 1_000_000 + (rest // 20 + 1) * 1000 + rest % 20 + 1
    elif ids == "strings":
        unit = np.char.add("V", np.char.zfill(unit.astype(str), 7))
    cols = ScoreColumns(year=2025, units=unit, towns=towns, months=month, points=points)
    df = pd.DataFrame({"unit": unit, "town": towns, "month": month})
    for i, item in enumerate(SCHEME.items):
        df[item.code] = points[:, i]
    return cols, df


def pandas_rank(df: pd.DataFrame) -> pd.DataFrame:
    codes = [i.code for i in SCHEME.items]
    year = (
        df.assign(points=df[codes].sum(axis=1))
        .groupby(["town", "unit"], sort=False)["points"]
        .sum()
    )
    out = year.reset_index()
    out["rank"] = out.groupby("town")["points"].rank(method="min", ascending=False).astype(np.int64)
    out["top4"] = out["rank"] <= 4
    return out


def duckdb_rank(df: pd.DataFrame) -> Any:
    """The same sum and competition rank in DuckDB's SQL (no validation, no tie rule)."""
    import duckdb

    codes = " + ".join(i.code for i in SCHEME.items)
    con = duckdb.connect()
    con.register("scores", df)
    return con.execute(
        f"""
        SELECT unit, points, rank() OVER (PARTITION BY town ORDER BY points DESC) AS rank
        FROM (SELECT town, unit, sum({codes}) AS points FROM scores GROUP BY town, unit)
        """
    ).fetchnumpy()


def per_record(cols: ScoreColumns, villages: int) -> tuple[float, float]:
    """The per-record path (MonthlySheet -> annual_totals -> rank -> salary_eligibility) on the
    first ``villages`` villages, and the batch path on the same rows: (seconds, seconds)."""
    from orgwork.assessment import MonthlySheet, annual_totals, rank, salary_eligibility

    keep = np.flatnonzero(cols.units < villages) if cols.units.dtype.kind in "iu" else None
    if keep is None:
        raise SystemExit("--per-record needs compact integer ids")
    units, towns, months = cols.units[keep], cols.towns[keep], cols.months[keep]
    points = cols.points[keep]
    codes = [i.code for i in SCHEME.items]
    sheets = [
        MonthlySheet(
            unit=f"V{int(u):07d}",
            town=f"T{int(t):06d}",
            year=2025,
            month=int(m),
            points={c: int(p) // 100 for c, p in zip(codes, row, strict=True)},
        )
        for u, t, m, row in zip(units, towns, months, points, strict=True)
    ]
    start = time.perf_counter()
    totals = annual_totals(sheets, SCHEME)
    rank(totals)
    salary_eligibility(totals)
    slow = time.perf_counter() - start
    sub = ScoreColumns(year=2025, units=units, towns=towns, months=months, points=points)
    start = time.perf_counter()
    evaluate_columns(sub, SCHEME)
    return slow, time.perf_counter() - start


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--villages", type=int, default=490_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--per-record",
        type=int,
        default=50_000,
        help="villages for the per-record path against the batch path (0: skip)",
    )
    parser.add_argument(
        "--ids",
        choices=("compact", "codes", "strings"),
        default="compact",
        help="village ids: compact integers (default), 12-digit codes, or strings",
    )
    args = parser.parse_args()

    t0 = time.perf_counter()
    cols, df = make_data(args.villages, args.ids)
    print(
        f"data: {args.villages:,} villages ({args.ids} ids) x 12 months = {len(df):,} rows, "
        f"{len(SCHEME.items)} items, {int(cols.towns.max()) + 1:,} towns "
        f"(generated in {time.perf_counter() - t0:.1f} s)"
    )
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}, "
        f"best of {args.repeat}"
    )

    t_ours, result = best_of(lambda: evaluate_columns(cols, SCHEME), args.repeat)
    t_one, _ = best_of(lambda: evaluate_columns(cols, SCHEME, threads=1), args.repeat)
    t_pd, baseline = best_of(lambda: pandas_rank(df), args.repeat)
    try:
        t_db, _ = best_of(lambda: duckdb_rank(df), args.repeat)
    except ModuleNotFoundError:
        t_db = float("nan")

    ours = pd.DataFrame(
        {"unit": result.units, "points": result.points, "rank": result.rank}
    ).set_index("unit")
    theirs = baseline.set_index("unit").loc[ours.index]
    same_points = bool((ours["points"] == theirs["points"]).all())
    same_ranks = bool((ours["rank"] == theirs["rank"]).all())
    status = np.bincount(result.salary, minlength=4)
    print(f"orgwork evaluate_columns (validate + aggregate + rank + top-4 cut): {t_ours:.2f} s")
    print(f"  the same in one thread (threads=1): {t_one:.2f} s")
    print(f"pandas groupby-sum + groupby-rank (no validation, no tie rule): {t_pd:.2f} s")
    print(f"DuckDB SQL group-by sum + rank() window (no validation, no tie rule): {t_db:.2f} s")
    print(f"ratio orgwork / pandas: {t_ours / t_pd:.2f} (goal <= 1.0)")
    print(f"ratio orgwork / DuckDB: {t_ours / t_db:.2f} (goal <= 1.5)")
    print(
        f"  in one thread: {t_one / t_pd:.2f} pandas (single-threaded), "
        f"{t_one / t_db:.2f} DuckDB (all cores)"
    )
    print(f"same annual points: {same_points}; same ranks: {same_ranks}")
    print(
        f"top-4 salary: {status[1]:,} eligible, {status[3]:,} undecided (tie at 4th, referred), "
        f"{status[2]:,} not eligible; pandas rank<=4 flags {int(baseline['top4'].sum()):,}"
    )
    if args.per_record:
        slow, fast = per_record(cols, args.per_record)
        print(
            f"per-record path on {args.per_record:,} villages: {slow:.2f} s; batch path on the "
            f"same rows: {fast:.3f} s ({slow / fast:.0f}x)"
        )


if __name__ == "__main__":
    main()
