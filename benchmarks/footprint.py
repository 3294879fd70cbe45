"""Benchmark: memory per explained decision, and how fast ``orgwork --help`` answers.

Issue 16 measured 2.9–6.8 KB per Decision and 0.217 s for ``orgwork --help``.
This prints, in one run:

* the memory each kept Decision holds (traced by ``tracemalloc``: what a list of
  decisions adds, divided by their number) for four rules of different shapes:
  a reply deadline, a case's status, a village's rank, a missed care duty;
* ``orgwork --help`` and ``orgwork deadline --help``: the best of 7 wall-clock
  runs of a new process each, beside the floor every Python command pays, a
  bare ``python -c pass`` (the peer in the same run), and the goal of 0.1 s.

Run: ``python benchmarks/footprint.py [--count 5000]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import datetime as dt
import gc
import shutil
import subprocess
import time
import tracemalloc
from collections.abc import Callable
from typing import Any


def _per_item(make: Callable[[], list[Any]]) -> tuple[float, int]:
    make()  # warm caches (the calendar, the policy) outside the measure
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = make()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return (after - before) / len(kept), len(kept)


def _decisions(count: int) -> dict[str, Callable[[], list[Any]]]:
    from orgwork.assessment import MonthlySheet, annual_totals, rank
    from orgwork.care import ElderlyMember, HospitalStay, check_care
    from orgwork.policy import Policy
    from orgwork.supervision import Case, case_status, reply_deadline

    start = dt.date(2024, 1, 1)
    days = [start + dt.timedelta(days=i % 700) for i in range(count)]
    cases = [
        Case(id=f"L{i:06d}", received_on=d, replied_on=d + dt.timedelta(days=i % 40))
        for i, d in enumerate(days)
    ]
    towns = max(1, count // 20)
    sheets = [
        MonthlySheet(
            unit=f"V{i:05d}",
            town=f"T{i % towns:03d}",
            year=2025,
            month=m,
            points={"goals": 50 + (i * 7) % 30},
        )
        for i in range(count)
        for m in range(1, 13)
    ]
    totals = annual_totals(sheets)
    old = Policy.default().override({"care.hospital_visit_days": 7})
    members = [
        ElderlyMember(
            id=f"M{i:05d}",
            name=f"党员{i}",
            organization="V01",
            hospital_stays=[HospitalStay(admitted=days[i], major_illness=True)],
        )
        for i in range(count)
    ]
    return {
        "reply_deadline": lambda: [reply_deadline(d) for d in days],
        "case_status": lambda: [case_status(c, on=dt.date(2026, 6, 30)) for c in cases],
        "rank (a village's place in its town)": lambda: list(rank(totals)),
        "check_care (a missed hospital visit)": lambda: list(
            check_care(members, [], dt.date(2024, 1, 1), dt.date(2025, 12, 31), policy=old)
        ),
    }


def _wall(cmd: list[str], repeat: int = 7) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    args = parser.parse_args()

    print(f"memory each kept Decision holds ({args.count:,} of each, tracemalloc):")
    for name, make in _decisions(args.count).items():
        per, n = _per_item(make)
        print(f"  {name:40} {per / 1024:6.2f} KB  ({n:,} decisions)")

    exe = shutil.which("orgwork") or str(Path(sys.executable).with_name("orgwork"))
    floor = _wall([sys.executable, "-c", "pass"])
    print("wall clock of a new process, best of 7 (goal for --help: < 0.1 s):")
    print(f"  {'python -c pass (the floor)':40} {floor:6.3f} s")
    for cmd in (["--help"], ["deadline", "--help"]):
        t = _wall([exe, *cmd])
        print(f"  {'orgwork ' + ' '.join(cmd):40} {t:6.3f} s  ({t / floor:.1f}x the floor)")


if __name__ == "__main__":
    main()
