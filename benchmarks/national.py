"""Benchmark: a country's letters and visits through the columnar path, with DuckDB as the peer.

Issue 16 asks for 10 million letters on this 2-core machine, with time and peak
memory. The script writes a national-shaped table to Parquet (10 million cases
over 2023–2025, 2,800 counties, 20 handlers, about 10% extended, 3% transferred,
2% not accepted, 30% unanswered), then runs, on a fresh DuckDB connection each:

* ``orgwork case_rates(by=...)``: every case's due date on the official calendar
  (调休 included) and the policy in force on its day of receipt, the extension
  cap, the status on the day, and the counts per group;
* ``orgwork overdue_cases``: the overdue list, ordered by due date then id;
* the peer, ``DuckDB group-by``: the same Parquet scan grouped by the same key
  with a count of unanswered cases. It decides nothing (no due date, no status,
  no validation); it is the floor a columnar engine sets for reading and
  grouping this table, and the ratio says what orgwork's rules cost above it.

Peak memory is the process's maximum resident set (``ru_maxrss``), which counts
DuckDB's own memory as well as Python's; each run is a separate process so that
one run's peak does not hide another's. The growth exponents at 1/4/16 of the
size are printed for ``case_rates(by="county")``.

Run: ``python benchmarks/national.py [--letters 10000000] [--threads 2]``
(needs the duckdb extra: ``pip install "orgwork[duckdb]"``).
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import json
import math
import subprocess
import tempfile
import time

GENERATE = """
COPY (
  SELECT
    'L' || lpad(CAST(i AS VARCHAR), 9, '0') AS id,
    DATE '2023-01-01' + CAST(hash(i, 1) % 1064 AS INTEGER) AS received_on,
    CASE WHEN hash(i, 2) % 100 < 70
         THEN DATE '2023-01-01' + CAST(hash(i, 1) % 1064 AS INTEGER)
              + CAST(hash(i, 3) % 40 AS INTEGER) END AS replied_on,
    'handler' || CAST(hash(i, 4) % 20 AS VARCHAR) AS handler,
    CASE WHEN hash(i, 5) % 100 < 10
         THEN DATE '2023-01-01' + CAST(hash(i, 1) % 1064 AS INTEGER)
              + CAST(hash(i, 6) % 70 AS INTEGER) END AS extended_until,
    CASE WHEN hash(i, 5) % 100 BETWEEN 10 AND 12 THEN '县信访局' END AS transferred_to,
    CASE WHEN hash(i, 5) % 100 BETWEEN 10 AND 12
         THEN DATE '2023-01-01' + CAST(hash(i, 1) % 1064 AS INTEGER)
              + CAST(hash(i, 7) % 25 AS INTEGER) END AS transferred_on,
    CASE WHEN hash(i, 5) % 100 BETWEEN 13 AND 14 THEN '不属于本部门职责' END
      AS not_accepted_reason,
    'county' || lpad(CAST(hash(i, 8) % 2800 AS VARCHAR), 4, '0') AS county
  FROM range({n}) AS t(i)
) TO '{path}' (FORMAT parquet, ROW_GROUP_SIZE 1000000)
"""

PEER = """
SELECT county, count(*) AS received, count(*) FILTER (WHERE replied_on IS NULL) AS unanswered
FROM read_parquet('{path}') GROUP BY county
"""


def _one(what: str, path: str, threads: int) -> dict[str, float]:
    """Run one measurement in this process (called in a child process)."""
    import datetime as dt
    import resource

    import duckdb

    from orgwork.supervision.tables import case_rates, overdue_cases

    con = duckdb.connect(config={"threads": threads})
    on = dt.date(2025, 12, 31)
    start = time.perf_counter()
    if what == "peer":
        rows = len(con.execute(PEER.format(path=path)).fetchall())
    elif what == "overdue":
        rows = overdue_cases(path, on=on, con=con).num_rows
    else:
        rows = case_rates(path, on=on, by=what, con=con).num_rows
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "peak_mb": peak, "rows": rows}


def run_child(script: str, what: str, path: str, threads: int) -> dict[str, float]:
    """One measurement of ``script`` in a fresh process (its own peak memory)."""
    out = subprocess.run(
        [sys.executable, script, "--child", what, path, "--threads", str(threads)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _child(what: str, path: str, threads: int) -> dict[str, float]:
    return run_child(__file__, what, path, threads)


def growth_line(what: str, sizes: list[int], times: list[float], unit: str = "") -> str:
    """The times at each size and the growth exponent between consecutive sizes."""
    steps = [
        math.log(times[i + 1] / times[i]) / math.log(sizes[i + 1] / sizes[i])
        for i in range(len(sizes) - 1)
    ]
    return (
        f"growth of {what} at "
        + " / ".join(f"{n:,}" for n in sizes)
        + unit
        + ": "
        + " / ".join(f"{t:.2f} s" for t in times)
        + "; exponents "
        + ", ".join(f"{e:.2f}" for e in steps)
    )


def _write(n: int, path: Path) -> float:
    import duckdb

    start = time.perf_counter()
    duckdb.connect().execute(GENERATE.format(n=n, path=path.as_posix()))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10_000_000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one(args.child[0], args.child[1], args.threads)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "letters.parquet"
        made = _write(args.letters, path)
        size = path.stat().st_size / 1e6
        print(f"{args.letters:,} letters written to Parquet in {made:.1f} s ({size:.0f} MB)")
        peer = _child("peer", path.as_posix(), args.threads)
        print(f"{'what':38} {'seconds':>8} {'peak MB':>8} {'groups':>7} {'x peer':>7}")
        print(
            f"{'DuckDB group-by (peer, decides nothing)':38} {peer['seconds']:8.2f} "
            f"{peer['peak_mb']:8.0f} {peer['rows']:7.0f} {1.0:7.2f}"
        )
        for what in ("all", "county", "handler", "month", "overdue"):
            r = _child(what, path.as_posix(), args.threads)
            name = (
                "orgwork overdue_cases" if what == "overdue" else f"orgwork case_rates(by={what!r})"
            )
            ratio = r["seconds"] / peer["seconds"]
            print(
                f"{name:38} {r['seconds']:8.2f} {r['peak_mb']:8.0f} {r['rows']:7.0f} {ratio:7.2f}"
            )
        sizes = [args.letters // 16, args.letters // 4, args.letters]
        times = []
        for n in sizes:
            p = Path(tmp) / f"growth_{n}.parquet"
            if n == args.letters:
                p = path
            else:
                _write(n, p)
            times.append(_child("county", p.as_posix(), args.threads)["seconds"])
        print(growth_line("case_rates(by='county')", sizes, times))


if __name__ == "__main__":
    main()
