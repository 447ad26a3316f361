"""Run every benchmark in one go (one machine state, one run) and save the raw output.

    .venv/bin/python bench/run_all.py [--out bench-results] [--skip NAME ...]

Each command's stdout goes to OUT/NAME.txt; the summary lists exit codes and timings. The
numbers in BENCHMARKS.md are copied from these files. Benchmarks that need ../shared are
skipped when it is absent.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "bench"
FOG = [sys.executable, "-m", "fogofwar"]
PY = [sys.executable]

COMMANDS: list[tuple[str, list[str], bool]] = [
    ("evaluate_seeds", FOG + ["evaluate", "seeds"], True),
    ("evaluate_case", FOG + ["evaluate", "case", "--gold", str(BENCH / "case2021_task2/test.tsv")], True),
    ("evaluate_acled", FOG + ["evaluate", "acled", "--gold", str(BENCH / "acled2020_dev/acled_2020-04-27_2020-05-09_excl_middle_east.csv")], True),
    ("evaluate_geo", FOG + ["evaluate", "geo", "--gold", str(BENCH / "geowebnews/GWN.xml"), "--mode", "both"], True),
    ("evaluate_similarity", FOG + ["evaluate", "similarity", "--pairs", str(BENCH / "semeval2022_task8/en_pairs.csv")], True),
    ("extract_speed", PY + [str(ROOT / "bench/extract_speed.py")], False),
    ("geo_speed", PY + [str(ROOT / "bench/geo_speed.py")], True),
    ("ingest_bench", FOG + ["bench"], False),
    ("merge_scale", PY + [str(ROOT / "bench/merge_scale.py")], False),
    ("merge_syndication", PY + [str(ROOT / "bench/merge_syndication.py")], False),
    ("api_events", PY + [str(ROOT / "bench/api_events.py")], False),
    ("web_render", PY + [str(ROOT / "bench/web_render.py")], False),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    ap.add_argument("--skip", nargs="*", default=[])
    ap.add_argument("--only", nargs="*", default=[])
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, cmd, needs_shared in COMMANDS:
        if name in args.skip or (args.only and name not in args.only):
            continue
        if needs_shared and not BENCH.is_dir():
            print(f"{name:22} skipped (no ../shared)")
            continue
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        (args.out / f"{name}.txt").write_text(proc.stdout + ("\n--- stderr ---\n" + proc.stderr[-4000:] if proc.returncode else ""))
        print(f"{name:22} exit {proc.returncode}  {seconds:7.1f} s  -> {args.out / (name + '.txt')}", flush=True)
        failed += proc.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
