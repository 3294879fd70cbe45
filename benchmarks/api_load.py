"""Benchmark: a bounded load on a local ``orgwork serve``: requests per second, p50/p99 latency.

Starts ``orgwork serve`` (uvicorn, one worker process) on a free port of
127.0.0.1 in a subprocess, so that the client's threads do not share the
server's interpreter. Then, for each endpoint below, it sends ``--requests N``
requests from ``--concurrency C`` threads, each on its own keep-alive HTTP
connection (``http.client``), after ``--warmup`` requests that are not timed:

* ``POST /rules/supervision.reply_deadline`` with ``{"received_on": ...}``
  (the day varies over 2024, so no answer repeats the one before);
* ``POST /check`` on the sample town's records of 2025, sent as the records
  JSON (``orgwork template --sample --year 2025 s.json``), and, with
  ``--xlsx`` (needs openpyxl), as an uploaded workbook.

Every answer must be 200 with an ``Orgwork-Version`` header; any other
answer stops the run. Latency is measured by the client, from sending a
request to reading the whole answer. Throughput is requests over the wall
time of the timed phase.

Run: ``python benchmarks/api_load.py [--requests 400] [--concurrency 8]``
(needs the api extra: ``pip install "orgwork[api]"``).
"""

from __future__ import annotations

import os
import sys

# benchmarks/calendar.py would shadow the standard library's calendar (http.client needs it)
if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):
    del sys.path[0]

import argparse
import datetime as dt
import http.client
import json
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

Request = tuple[str, str, bytes, dict[str, str]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "orgwork", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("orgwork serve exited: is the api extra installed?")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/")
            c.getresponse().read()
            c.close()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("orgwork serve did not answer within 120 s")


def _run(port: int, make: Callable[[int], Request], n: int, concurrency: int) -> list[float]:
    """Send ``n`` requests (``make(i)``) from ``concurrency`` threads; the latencies, in seconds."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(n))
    failures: list[str] = []

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        mine: list[float] = []
        while not failures:
            with lock:
                i = next(counter, None)
            if i is None:
                break
            method, path, body, headers = make(i)
            t0 = time.perf_counter()
            conn.request(method, path, body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
            mine.append(time.perf_counter() - t0)
            if r.status != 200 or r.getheader("Orgwork-Version") is None:
                failures.append(f"{method} {path}: {r.status} {data[:200]!r}")
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if failures:
        raise SystemExit(f"a request failed: {failures[0]}")
    return latencies


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]  # nearest-rank percentile


def _bench(
    name: str, port: int, make: Callable[[int], Request], n: int, c: int, warmup: int
) -> None:
    _run(port, make, warmup, c)
    t0 = time.perf_counter()
    lat = _run(port, make, n, c)
    wall = time.perf_counter() - t0
    print(
        f"{name:<44} {n:>6} {c:>4} {n / wall:>9.1f} "
        f"{_percentile(lat, 50) * 1000:>9.1f} {_percentile(lat, 99) * 1000:>9.1f} "
        f"{statistics.fmean(lat) * 1000:>9.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--requests", "-n", type=int, default=400, help="timed requests per endpoint"
    )
    parser.add_argument("--concurrency", "-c", type=int, default=8, help="client threads")
    parser.add_argument("--check-requests", type=int, default=None, help="for /check (default n/4)")
    parser.add_argument("--warmup", type=int, default=20, help="untimed requests first")
    parser.add_argument("--xlsx", action="store_true", help="also /check on an uploaded .xlsx")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1 or args.warmup < 0:
        parser.error("--requests and --concurrency must be 1 or more, --warmup 0 or more")
    checks = args.check_requests or max(1, args.requests // 4)

    from orgwork import __version__
    from orgwork.records import write_records
    from orgwork.samples import records

    with tempfile.TemporaryDirectory() as folder:
        sample_json = write_records(records(2025), Path(folder) / "s.json").read_bytes()
        sample_xlsx = (
            write_records(records(2025), Path(folder) / "s.xlsx").read_bytes() if args.xlsx else b""
        )

    first = dt.date(2024, 1, 1)

    def reply(i: int) -> Request:
        day = (first + dt.timedelta(days=i % 366)).isoformat()
        body = json.dumps({"received_on": day}).encode()
        return (
            "POST",
            "/rules/supervision.reply_deadline",
            body,
            {"Content-Type": "application/json"},
        )

    def check_json(i: int) -> Request:
        return ("POST", "/check", sample_json, {"Content-Type": "application/json"})

    boundary = uuid.uuid4().hex
    upload = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="s.xlsx"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + sample_xlsx
        + f"\r\n--{boundary}--\r\n".encode()
    )

    def check_xlsx(i: int) -> Request:
        kind = f"multipart/form-data; boundary={boundary}"
        return ("POST", "/check", upload, {"Content-Type": kind})

    port = _free_port()
    proc = _start(port)
    try:
        print(
            f"orgwork {__version__}, uvicorn 1 worker on 127.0.0.1:{port}, "
            f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
        )
        print(f"sample records JSON: {len(sample_json)} bytes")
        print(
            f"{'endpoint':<44} {'reqs':>6} {'conc':>4} {'req/s':>9} "
            f"{'p50 ms':>9} {'p99 ms':>9} {'mean ms':>9}"
        )
        _bench(
            "POST /rules/supervision.reply_deadline",
            port,
            reply,
            args.requests,
            args.concurrency,
            args.warmup,
        )
        _bench(
            "POST /check (sample 2025, records JSON)",
            port,
            check_json,
            checks,
            args.concurrency,
            min(args.warmup, 4),
        )
        if args.xlsx:
            _bench(
                "POST /check (sample 2025, .xlsx upload)",
                port,
                check_xlsx,
                checks,
                args.concurrency,
                min(args.warmup, 4),
            )
    finally:
        proc.terminate()
        proc.wait(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
