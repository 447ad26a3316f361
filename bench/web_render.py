"""Benchmark: first render of the web app with N events (default 10,000) in headless Chromium.

Generates synthetic events into a temporary database through the Store, serves the app
with uvicorn in a separate process on 127.0.0.1, and loads the page in Debian's chromium
(Playwright) several times, each in a fresh browser context (empty cache).  Reports, from
navigation start: when the event markers are drawn, and when the page is fully ready
(base map borders included).

    .venv/bin/python bench/web_render.py [--events 10000] [--runs 5] [--db DB] [--screenshot out.png]

Target (issue 6): first render with 10,000 events under 2 s.
"""
from __future__ import annotations

import argparse
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

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SERVER = """
import sys, uvicorn
from fogofwar.api import create_app
uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit("needs /usr/bin/chromium: run scripts/install-browser.sh")

    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="fogofwar-bench-")
        db = Path(tmp.name) / "render.db"
    with Store.open(db) as store:
        have = store.counts()["events"]
        if have == 0:
            fill_store(store, args.events, seed=3)
        elif have != args.events:
            raise SystemExit(f"{db} holds {have} events, not {args.events}")

    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=os.environ.copy())
    url = f"http://127.0.0.1:{port}/"
    markers, ready = [], []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "api/config", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("server did not start")
                time.sleep(0.1)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for run in range(args.runs):
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                page = context.new_page()
                page.goto(url)
                page.wait_for_selector("body[data-ready='1']", timeout=60_000)
                shown = page.locator("#status").get_attribute("data-count")
                times = page.evaluate(
                    "() => ['fogofwar:markers', 'fogofwar:ready'].map(n => performance.getEntriesByName(n)[0].startTime)"
                )
                markers.append(times[0])
                ready.append(times[1])
                print(f"run {run + 1}: {shown} events; markers drawn {times[0]:.0f} ms, ready {times[1]:.0f} ms")
                if args.screenshot and run == 0:
                    page.screenshot(path=str(args.screenshot))
                context.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
        if tmp:
            tmp.cleanup()
    print(f"\nfirst render with {args.events} events: markers median {statistics.median(markers):.0f} ms, "
          f"fully ready median {statistics.median(ready):.0f} ms (target < 2000 ms)")


if __name__ == "__main__":
    main()
