"""Benchmark: ``case_summary`` over a county's letters and visits, per letter and as it grows.

Issue 16 (points 3 and 4): ``case_summary`` cost about 50 µs a letter, because
it built a full explained ``case_status`` decision per case (and resolved the
policy twice per letter), and ``by="handler"`` / ``by="month"`` grew with an
exponent of 1.6 because each group rescanned every case. The summary now
resolves the policy values and the due date once per distinct day of receipt
and shares the status logic of ``case_status`` without building its
explanation, and groups the cases in one pass.

The letters are a realistic mix, seeded: received on any day of 2023–2025,
20 handlers (and about 5% not yet assigned), about 30% not answered, about
10% extended with approval (some past the 30-day cap), 3% transferred and 2%
not accepted; the summary is asked on 31 December 2025, so recent letters are
still open. This prints

* microseconds per letter of ``case_summary(by="all")`` over ``--letters``
  letters (best of ``--repeat`` runs), and of ``case_status`` per letter for
  comparison (over ``--status-letters`` of them: the explained decision the
  summary no longer builds);
* seconds at 1x, 4x and 16x letters (``--sizes``) for ``by="all"``,
  ``"handler"`` and ``"month"``, and the growth exponent of each step
  (``log(t4/t1) / log(4)``, ``log(t16/t4) / log(4)``: 1.0 is linear, 2.0
  quadratic); then ``by="handler"`` again with one handler per
  ``--letters-per-handler`` letters (500: 12, 50 and 200 handlers), where
  groups that each rescan every case grow quadratically.

The first step is below 1.0: the deadline and the policy of each of the
1,096 days of receipt are found once, a cost that 6,250 letters barely spread.

There is no peer for this: no other library computes these rates, so it is
orgwork against its own earlier figures (issue 16).

Run: ``python benchmarks/cases.py [--letters 100000] [--sizes 6250 25000 100000]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this directory comes first on sys.path, where a sibling
# benchmark (calendar.py) would shadow the standard library's calendar module.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse
import datetime as dt
import math
import random
import time
from collections.abc import Callable

from orgwork.supervision import Case, case_status, case_summary

FIRST = dt.date(2023, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST).days + 1
ON = dt.date(2025, 12, 31)
HANDLERS = tuple(f"副部长{i:02d}" for i in range(1, 21))


def letters(n: int, seed: int = 16, handlers: tuple[str, ...] = HANDLERS) -> list[Case]:
    """``n`` letters of the realistic mix (see the module's docstring), the same for a seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        received = FIRST + dt.timedelta(days=rng.randrange(DAYS))
        kw: dict[str, object] = {}
        if rng.random() >= 0.05:
            kw["handler"] = rng.choice(handlers)
        kind = rng.random()
        if kind < 0.10:  # extended, sometimes past the 30-day cap
            kw["extended_until"] = received + dt.timedelta(days=rng.randint(10, 80))
            kw["extension_approved_by"] = "部长"
            kw["extension_reason"] = "需调查核实"
        elif kind < 0.13:
            kw["transferred_to"] = "县信访局"
            kw["transferred_on"] = received + dt.timedelta(days=rng.randint(0, 30))
        elif kind < 0.15:
            kw["not_accepted_reason"] = "不属于受理范围"
        transferred = "transferred_to" in kw  # passed on: no reply of its own
        if not transferred and rng.random() >= 0.30:
            kw["replied_on"] = received + dt.timedelta(days=rng.randint(0, 40))
        out.append(Case.model_validate({"id": f"L{i:06d}", "received_on": received, **kw}))
    return out


def best(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--status-letters", type=int, default=10_000)
    parser.add_argument("--sizes", type=int, nargs=3, default=[6_250, 25_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--letters-per-handler", type=int, default=500)
    args = parser.parse_args()

    cs = letters(args.letters)
    s = best(lambda: case_summary(cs, on=ON), args.repeat)
    print(
        f"case_summary(by='all'), {args.letters:,} letters: {s:.2f} s, "
        f"{s / args.letters * 1e6:.1f} us a letter"
    )
    few = cs[: args.status_letters]
    s = best(lambda: [case_status(c, on=ON) for c in few], args.repeat)
    print(f"case_status, {len(few):,} letters one by one: {s / len(few) * 1e6:.1f} us a letter")

    sizes = args.sizes
    data = {n: letters(n) for n in sizes}
    # the same letters with one handler per ``--letters-per-handler``: the groups grow too
    many = {n: letters(n, handlers=_handlers(n // args.letters_per_handler)) for n in sizes}
    print("growth: letters, seconds (best of --repeat); exponent per step (1.0 is linear)")
    rows = [(by, repr(by), data) for by in ("all", "handler", "month")]
    rows.append(("handler", f"'handler', 1 per {args.letters_per_handler}", many))
    for by, label, cases in rows:
        t = [
            best(lambda c=cases[n], by=by: case_summary(c, on=ON, by=by), args.repeat)
            for n in sizes
        ]
        steps = [math.log(t[i + 1] / t[i]) / math.log(sizes[i + 1] / sizes[i]) for i in (0, 1)]
        cells = "  ".join(f"{n:>7,} {x:6.3f} s" for n, x in zip(sizes, t, strict=True))
        print(f"  by={label:<22} {cells}  exponent {steps[0]:.2f}, {steps[1]:.2f}")


def _handlers(n: int) -> tuple[str, ...]:
    return tuple(f"承办人{i:05d}" for i in range(max(n, 1)))


if __name__ == "__main__":
    main()
