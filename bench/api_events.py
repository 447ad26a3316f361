"""Benchmark: GET /api/events latency with filters on a large database, over real HTTP.

Generates N synthetic events (default 100,000) into a temporary SQLite database through
the Store, starts the API with uvicorn in a separate process on a free 127.0.0.1 port,
and times requests for several filter combinations with httpx.

    .venv/bin/python bench/api_events.py                 # 100k events, temp DB
    .venv/bin/python bench/api_events.py --db /tmp/b.db  # keep / reuse the DB
    .venv/bin/python bench/api_events.py --events 20000 --runs 20

Target (issue 6): median < 100 ms for GET /api/events with filters on 100,000 events.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from fogofwar.api.server import free_port
from fogofwar.api.synthetic import fill_store
from fogofwar.store import Store

CASES: list[tuple[str, str, dict]] = [
    ("events: no filter", "/api/events", {}),
    ("events: type + country", "/api/events", {"event_type": "Battles", "country": "Syria"}),
    ("events: one month", "/api/events", {"date_from": "2024-03-01", "date_to": "2024-03-31"}),
    ("events: bbox + month", "/api/events",
     {"bbox": "35,33,41,37", "date_from": "2024-05-01", "date_to": "2024-05-31"}),
    ("events: sub-type + admin1", "/api/events", {"sub_event_type": "Air/drone strike", "admin1": "Idlib"}),
    ("events: claimant (reports)", "/api/events", {"claimant": "SANA"}),
    ("events: outlet + type", "/api/events", {"outlet": "Desert Post", "event_type": "Protests"}),
    ("events: modality + country", "/api/events", {"modality": "alleged", "country": "Yemen"}),
    ("events: min_sources + contested", "/api/events", {"min_sources": 3, "contested": "true"}),
    ("events: actor substring", "/api/events", {"actor": "shabaab"}),
    ("events: full text", "/api/events", {"q": "market"}),
    ("events: full text + country", "/api/events", {"q": "passengers", "country": "Mali"}),
    ("events: -fatalities order", "/api/events", {"order": "-fatalities", "country": "Sudan"}),
    ("events: deep page", "/api/events", {"offset": 50_000, "event_type": "Battles"}),
    ("events: geojson 1000", "/api/events", {"format": "geojson", "limit": 1000, "country": "Iraq"}),
    ("stats: country", "/api/stats", {"country": "Syria"}),
    ("points: type (map)", "/api/points", {"event_type": "Battles"}),
]

SERVER = """
import sys, uvicorn
from fogofwar.api import create_app
uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def build(db: Path, n: int) -> None:
    started = time.perf_counter()
    with Store.open(db) as store:
        have = store.counts()["events"]
        if have >= n:
            print(f"reusing {db} ({have} events)")
            return
        if have:
            raise SystemExit(f"{db} holds {have} events, fewer than {n}: delete it first")
        fill_store(store, n, seed=42)
        store.conn.execute("ANALYZE")
    print(f"generated {n} events in {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db", type=Path, help="database to build or reuse (default: a temp file)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="fogofwar-bench-")
        db = Path(tmp.name) / "bench.db"
    build(db, args.events)

    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=os.environ.copy())
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/config")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("server did not start")
                    time.sleep(0.1)
            print(f"{'case':36} {'median ms':>10} {'p90 ms':>8} {'total':>8} {'bytes':>9}")
            for name, path, params in CASES:
                for _ in range(3):  # warm the page cache and the worker threads
                    client.get(path, params=params).raise_for_status()
                times = []
                for _ in range(args.runs):
                    t0 = time.perf_counter()
                    response = client.get(path, params=params)
                    body = response.content
                    times.append((time.perf_counter() - t0) * 1000)
                    response.raise_for_status()
                data = response.json()
                total = data.get("total") if isinstance(data, dict) else None
                if total is None and isinstance(data, dict) and "rows" in data:
                    total = len(data["rows"])
                if total is None and isinstance(data, dict) and "total" in data:
                    total = data["total"]
                median = statistics.median(times)
                p90 = sorted(times)[int(0.9 * (len(times) - 1))]
                total_text = total["events"] if isinstance(total, dict) else total
                results.append({"case": name, "median_ms": round(median, 2), "p90_ms": round(p90, 2),
                                "total": total_text, "bytes": len(body)})
                print(f"{name:36} {median:10.1f} {p90:8.1f} {str(total_text):>8} {len(body):9d}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        if tmp:
            tmp.cleanup()

    event_medians = [r["median_ms"] for r in results if r["case"].startswith("events:")]
    summary = {
        "events": args.events,
        "runs": args.runs,
        "median_of_event_case_medians_ms": round(statistics.median(event_medians), 2),
        "worst_event_case_median_ms": max(event_medians),
        "cases": results,
    }
    print(f"\nGET /api/events on {args.events} events: median of case medians "
          f"{summary['median_of_event_case_medians_ms']} ms, worst case median {summary['worst_event_case_median_ms']} ms "
          f"(target < 100 ms)")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
