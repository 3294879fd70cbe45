"""Benchmark: a large tie through the per-record ranking and the salary cut, with its growth.

Issue 14: each decision's headline named every unit it was tied with, so a
tie of n units cost n² names of text (4,000 tied units: 6.1 s and 496 MB in
the audit). The headline and the tie reason now name five units and a count;
each decision's value still lists every tied unit. This prints time and peak
traced memory of ``rank`` and ``salary_eligibility`` for n units all tied, and
the growth exponent between the sizes (1.0 is linear, 2.0 quadratic).

There is no peer for this: it is orgwork's own per-record path against itself
as the tie grows. The columnar path (``benchmarks/assessment.py``) is the one
to use for a province.

Run: ``python benchmarks/ties.py [--sizes 500 2000 4000]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this directory comes first on sys.path, where a sibling
# benchmark (calendar.py) would shadow the standard library's calendar module.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import math
import time
import tracemalloc

from orgwork.assessment import MonthlySheet, annual_totals, rank, salary_eligibility
from orgwork.policy import Policy

#: With the default policy a town with no missing sheet ranks as usual.
POLICY = Policy.default()


def _tied(n: int) -> tuple[object, ...]:
    sheets = [
        MonthlySheet(unit=f"V{i:05d}", town="灵乡镇", year=2025, month=m, points={"goals": 80})
        for i in range(n)
        for m in range(1, 13)
    ]
    return annual_totals(sheets, policy=POLICY)


def _measure(fn: object, totals: tuple[object, ...]) -> tuple[float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    fn(totals)  # type: ignore[operator]
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 4000])
    args = parser.parse_args()
    for label, fn in (("rank", rank), ("salary_eligibility", salary_eligibility)):
        rows = []
        for n in args.sizes:
            rows.append((n, *_measure(fn, _tied(n))))
        print(f"{label}: n tied units, seconds, peak MB (traced)")
        for n, s, mb in rows:
            print(f"  {n:>6} {s:8.2f} {mb:8.0f}")
        (n0, s0, m0), (n1, s1, m1) = rows[0], rows[-1]
        grow = math.log(n1 / n0)
        print(
            f"  growth exponent {n0}→{n1}: time {math.log(s1 / s0) / grow:.2f}, "
            f"memory {math.log(m1 / m0) / grow:.2f}"
        )


if __name__ == "__main__":
    main()
