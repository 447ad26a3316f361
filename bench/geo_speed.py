"""Geoparsing speed: gazetteer load time, documents/s for geoparse() alone (parse excluded), peak RSS.

    python bench/geo_speed.py [--corpus gwn|seeds] [--repeat 3]

Reads its documents from ../shared at run time (GeoWebNews article texts, or the
seed articles); prints medians over the repeats.  Single process, one core.

Documents/s are given in wall-clock time and in this process's CPU time
(time.process_time): on a shared machine other processes stretch the wall-clock
figure, while the CPU-time one counts only the geoparser's own work, so compare
CPU-time figures between runs or versions.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_seconds() -> tuple[float, float, float]:
    """Gazetteer load in a fresh interpreter: seconds, RSS growth MB, and seconds to import spaCy beforehand.

    spaCy's own import (paid by every pipeline anyway) is timed separately.
    """
    code = (
        "import time, resource; t0 = time.perf_counter(); import spacy, fogofwar.geo.parse;"
        "t = time.perf_counter(); r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "from fogofwar.geo import get_gazetteer; g = get_gazetteer();"
        "from fogofwar.geo.recognise import _zipf; _zipf('warm');"
        "print(time.perf_counter() - t, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - r) / 1024, t - t0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def texts(corpus: str) -> list[str]:
    if corpus == "gwn":
        from fogofwar.geo.evaluate import read_gold

        path = SHARED / "bench" / "geowebnews" / "GWN.xml"
        if not path.exists():
            sys.exit(f"not found: {path}")
        return [a.text for a in read_gold(path)]
    files = sorted((SHARED / "seeds").glob("*.txt"))
    if not files:
        sys.exit("no seeds in ../shared/seeds")
    return [f.read_text(encoding="utf-8") for f in files]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=("gwn", "seeds"), default="gwn")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    # Build first if needed, so the load measurement is a load and not a build.
    from fogofwar.geo import geoparse, get_gazetteer, load_spacy

    get_gazetteer()
    loads = [load_seconds() for _ in range(3)]
    print(f"gazetteer load (fresh process, median of 3): {statistics.median(x[0] for x in loads):.2f} s, "
          f"memory growth {statistics.median(x[1] for x in loads):.0f} MB "
          f"(importing spaCy and the geo modules first took {statistics.median(x[2] for x in loads):.2f} s)")

    nlp = load_spacy()
    docs = list(nlp.pipe(texts(args.corpus), batch_size=16))
    if args.corpus == "seeds":
        docs = docs * 40  # a few documents: repeat them for a stable timing
    n_tokens = sum(len(d) for d in docs)
    geoparse(docs[0])  # warm the caches once
    runs, cpu_runs = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            geoparse(d)
        runs.append(time.perf_counter() - t0)
        cpu_runs.append(time.process_time() - c0)
    sec, cpu_sec = statistics.median(runs), statistics.median(cpu_runs)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus {args.corpus}: {len(docs)} documents, {n_tokens / len(docs):.0f} tokens per document on average")
    print(f"geoparse(): {len(docs) / sec:.0f} documents/s, {n_tokens / sec / 1000:.0f}k tokens/s "
          f"(median of {args.repeat} runs, parse excluded)")
    print(f"geoparse() in CPU time: {len(docs) / cpu_sec:.0f} documents/s (median of {args.repeat} runs)")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"peak RSS of this process (spaCy model + gazetteer + parsed docs): {rss:.0f} MB")


if __name__ == "__main__":
    main()
