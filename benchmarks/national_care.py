"""Benchmark: a country's elderly members and a year of visits through the columnar care path.

Issue 16 asks for 5 million elderly members with a year of visits on this 2-core
machine, with time and peak memory. The script writes national-shaped tables to
Parquet, then runs, each in a fresh process on a fresh DuckDB connection:

* ``orgwork duty_rates(by=...)``: every duty of 2025 (the 春节 and 七一 visits and
  meetings with their windows and the policy in force, hospital visits and help,
  monthly hardship visits and named contacts), every log entry matched to the
  duties it meets, and the counts per group;
* ``orgwork missed_table``: the list of missed duties, ordered as ``check_care``
  orders them;
* the peer, ``DuckDB join + group-by``: the visits joined to their members and
  counted per county. It decides nothing (no duty, no window, no validation); it is
  the floor a columnar engine sets for reading and joining these tables, and the
  ratio says what orgwork's rules cost above it.

The tables: ``members`` (10 a village organization, 2,800 counties, 2% died in
2025), ``stays`` (5% of members admitted in 2025 with a major illness, half of them
serious), ``hardship`` (3% in hardship from 2024, a third with no named contact),
``visits`` (a home visit for each festival for 90% of members, a monthly home visit
for 80% of the months in hardship, a hospital visit for 70% of the stays, a meeting
for each festival in 95% of the organizations): about 2.6 rows a member.

Peak memory is the process's maximum resident set (``ru_maxrss``), DuckDB's memory
included. The growth exponents at 1/16, 1/4 and all of the members are printed for
``duty_rates(by="county")``.

Run: ``python benchmarks/national_care.py [--members 5000000] [--threads 2]``
(needs the duckdb extra: ``pip install "orgwork[duckdb]"``).
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import importlib.util
import json
import tempfile
import time
from typing import Any

GENERATE = """
CREATE TEMP TABLE m AS
SELECT 'M' || lpad(CAST(i AS VARCHAR), 9, '0') AS id,
       'V' || lpad(CAST(i // 10 AS VARCHAR), 8, '0') AS organization,
       CASE WHEN hash(i, 1) % 100 < 2
            THEN DATE '2025-01-01' + CAST(hash(i, 2) % 365 AS INTEGER) END AS died_on,
       'county' || lpad(CAST((i // 10) % 2800 AS VARCHAR), 4, '0') AS county,
       i
FROM range({n}) AS t(i);
COPY (SELECT id, organization, died_on, county FROM m) TO '{dir}/members.parquet' (FORMAT parquet);
COPY (
  SELECT id AS member, DATE '2025-01-01' + CAST(hash(i, 3) % 330 AS INTEGER) AS admitted,
         DATE '2025-01-01' + CAST(hash(i, 3) % 330 AS INTEGER) + CAST(hash(i, 4) % 30 AS INTEGER)
           AS discharged,
         true AS major_illness, hash(i, 5) % 2 = 0 AS serious, false AS money_difficulty
  FROM m WHERE hash(i, 1) % 100 BETWEEN 2 AND 6
) TO '{dir}/stays.parquet' (FORMAT parquet);
COPY (
  SELECT id AS member, DATE '2024-01-01' + CAST(hash(i, 6) % 365 AS INTEGER) AS start,
         NULL::DATE AS "end",
         CASE WHEN hash(i, 7) % 3 > 0 THEN '联系人' || CAST(hash(i, 7) % 100 AS VARCHAR) END
           AS contact
  FROM m WHERE hash(i, 1) % 100 BETWEEN 7 AND 9
) TO '{dir}/hardship.parquet' (FORMAT parquet);
COPY (
  SELECT 'home' AS kind, f.day + CAST(hash(m.i, f.k) % 10 AS INTEGER) AS "on", m.id AS member,
         NULL::VARCHAR AS organization
  FROM m, (VALUES (DATE '2025-01-20', 11), (DATE '2025-06-20', 12)) AS f(day, k)
  WHERE hash(m.i, f.k) % 100 < 90 AND (m.died_on IS NULL OR m.died_on >= f.day + 9)
  UNION ALL
  SELECT 'home', make_date(2025, mo, 1) + CAST(hash(m.i, mo) % 28 AS INTEGER), m.id, NULL
  FROM m, range(1, 13) AS r(mo)
  WHERE hash(m.i, 1) % 100 BETWEEN 7 AND 9 AND hash(m.i, 20 + mo) % 100 < 80
  UNION ALL
  SELECT 'hospital', DATE '2025-01-01' + CAST(hash(i, 3) % 330 AS INTEGER)
         + CAST(hash(i, 8) % 10 AS INTEGER), id, NULL
  FROM m WHERE hash(i, 1) % 100 BETWEEN 2 AND 6 AND hash(i, 9) % 100 < 70
  UNION ALL
  SELECT 'meeting', f.day + CAST(hash(o.org, f.k) % 10 AS INTEGER), NULL, o.organization
  FROM (SELECT organization, min(i) AS org FROM m GROUP BY organization) AS o,
       (VALUES (DATE '2025-01-20', 13), (DATE '2025-06-20', 14)) AS f(day, k)
  WHERE hash(o.org, f.k) % 100 < 95
) TO '{dir}/visits.parquet' (FORMAT parquet);
"""

PEER = """
SELECT m.county, count(*) AS entries
FROM read_parquet('{dir}/visits.parquet') AS v
JOIN read_parquet('{dir}/members.parquet') AS m ON v.member = m.id
GROUP BY m.county
"""


def _one(what: str, folder: str, threads: int) -> dict[str, float]:
    """Run one measurement in this process (called in a child process)."""
    import datetime as dt
    import resource

    import duckdb

    from orgwork.care.tables import duty_rates, missed_table

    con = duckdb.connect(config={"threads": threads})
    tables = {
        name: f"{folder}/{name}.parquet" for name in ("members", "stays", "hardship", "visits")
    }
    start, end = dt.date(2025, 1, 1), dt.date(2025, 12, 31)
    began = time.perf_counter()
    if what == "peer":
        rows = len(con.execute(PEER.format(dir=folder)).fetchall())
    else:
        args = (tables["members"], tables["visits"], start, end)
        more = {"stays": tables["stays"], "hardship": tables["hardship"], "con": con}
        if what == "missed":
            rows = missed_table(*args, **more).num_rows
        else:
            rows = duty_rates(*args, by=what, **more).num_rows
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"seconds": seconds, "peak_mb": peak, "rows": rows}


def _letters_benchmark() -> Any:
    """benchmarks/national.py, for its child-process runner and growth line."""
    spec = importlib.util.spec_from_file_location(
        "_national", Path(__file__).with_name("national.py")
    )
    if spec is None or spec.loader is None:
        raise ImportError("benchmarks/national.py not found beside this script")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _child(what: str, folder: str, threads: int) -> dict[str, float]:
    return dict(_letters_benchmark().run_child(__file__, what, folder, threads))


def _write(n: int, folder: Path) -> tuple[float, dict[str, int]]:
    import duckdb

    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    con = duckdb.connect()
    con.execute(GENERATE.format(n=n, dir=folder.as_posix()))
    rows = {
        name: int(
            con.execute(f"SELECT count(*) FROM '{folder.as_posix()}/{name}.parquet'").fetchone()[0]
        )  # type: ignore[index]
        for name in ("members", "stays", "hardship", "visits")
    }
    return time.perf_counter() - start, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=5_000_000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one(args.child[0], args.child[1], args.threads)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "all"
        made, rows = _write(args.members, folder)
        shown = ", ".join(f"{n} {c:,}" for n, c in rows.items())
        print(f"tables written to Parquet in {made:.1f} s: {shown}")
        peer = _child("peer", folder.as_posix(), args.threads)
        print(f"{'what':42} {'seconds':>8} {'peak MB':>8} {'rows':>9} {'x peer':>7}")
        print(
            f"{'DuckDB join + group-by (peer, decides nothing)':42} {peer['seconds']:8.2f} "
            f"{peer['peak_mb']:8.0f} {peer['rows']:9.0f} {1.0:7.2f}"
        )
        for what in ("all", "county", "kind", "missed"):
            r = _child(what, folder.as_posix(), args.threads)
            name = (
                "orgwork missed_table" if what == "missed" else f"orgwork duty_rates(by={what!r})"
            )
            ratio = r["seconds"] / peer["seconds"]
            print(
                f"{name:42} {r['seconds']:8.2f} {r['peak_mb']:8.0f} {r['rows']:9.0f} {ratio:7.2f}"
            )
        sizes = [args.members // 16, args.members // 4, args.members]
        times = []
        for n in sizes:
            f = folder if n == args.members else Path(tmp) / f"growth_{n}"
            if n != args.members:
                _write(n, f)
            times.append(_child("county", f.as_posix(), args.threads)["seconds"])
        print(_letters_benchmark().growth_line("duty_rates(by='county')", sizes, times, " members"))


if __name__ == "__main__":
    main()
