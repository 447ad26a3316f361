"""Find runs of N words that project files share with the benchmark texts in ../shared.

    python scripts/licence_overlap.py [--words 7] [--base REV] [PATH ...]

The benchmark sets (ACLED notes, CASE snippets, GeoWebNews articles, SemEval pairs) and the seed
articles may be read, never copied: a test sentence or a doc example written "in our own words" must
not share a long run of words with them. This prints every run of `--words` consecutive words (7 by
default, case and punctuation ignored) that a tracked project file shares with any of those texts,
as `file:line: the shared words  [source]`, and exits 1 when there is one. Runs inside the phrases
of `licence_overlap_allow.txt` (organisation names, boilerplate markers) are not reported. With `--base REV` only
the lines added since REV are checked. ../shared is read at run time; nothing of it is written.
Needs ../shared beside the checkout (exits 2 without it).
"""
from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ALLOWED = Path(__file__).with_name("licence_overlap_allow.txt")
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Files that only ever hold code or binary data are not prose a benchmark could leak into.
SKIP_SUFFIXES = {".png", ".jpg", ".ico", ".sqlite", ".db", ".onnx", ".woff", ".woff2", ".gz"}

csv.field_size_limit(sys.maxsize)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def runs(tokens: list[str], n: int):
    for i in range(len(tokens) - n + 1):
        yield tuple(tokens[i : i + n])


def benchmark_texts() -> dict[str, list[str]]:
    """Every benchmark and seed text, by source name."""
    bench = SHARED / "bench"
    out: dict[str, list[str]] = {}
    for path in sorted((bench / "acled2020_dev").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            out["acled notes"] = [row.get("notes") or "" for row in csv.DictReader(fh)]
    case = bench / "case2021_task2" / "test.tsv"
    if case.exists():
        with case.open(encoding="utf-8", newline="") as fh:
            out["case snippets"] = [row.get("EventSnippet") or "" for row in csv.DictReader(fh, delimiter="\t")]
    gwn = bench / "geowebnews" / "GWN.xml"
    if gwn.exists():
        out["geowebnews"] = [el.text or "" for el in ET.parse(gwn).iter("text")]
    pairs = bench / "semeval2022_task8" / "en_pairs.csv"
    if pairs.exists():
        with pairs.open(encoding="utf-8", newline="") as fh:
            out["semeval pairs"] = [t for row in csv.DictReader(fh) for t in (row.get("text_1") or "", row.get("text_2") or "")]
    out["seeds"] = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((SHARED / "seeds").glob("*"))]
    return out


def benchmark_runs(n: int) -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for source, texts in benchmark_texts().items():
        for text in texts:
            for run in runs(words(text), n):
                index.setdefault(run, source)
    return index


def allowed_runs(n: int) -> set[tuple[str, ...]]:
    """Runs that an allowed phrase (licence_overlap_allow.txt: organisation names, boilerplate markers)
    covers but for one word at either end: 'the Syrian Observatory for Human Rights, the ...'."""
    lines = ALLOWED.read_text(encoding="utf-8").splitlines() if ALLOWED.exists() else []
    return {run for line in lines if not line.startswith("#") for run in runs(words(line), n - 1)}


def tracked_files(paths: list[str]) -> list[Path]:
    """The checkout's files: tracked ones and new ones not yet added (not ignored), since the check is
    meant to run before a commit, when a new test file is still untracked."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", *paths],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / line for line in out.splitlines() if Path(line).suffix.lower() not in SKIP_SUFFIXES]


def added_lines(path: Path, base: str) -> set[int] | None:
    """Line numbers added since `base` (None: the file is new, every line counts)."""
    rel = path.relative_to(ROOT).as_posix()
    diff = subprocess.run(["git", "diff", "-U0", base, "--", rel], cwd=ROOT, capture_output=True, text=True).stdout
    if not diff:
        known = subprocess.run(["git", "cat-file", "-e", f"{base}:{rel}"], cwd=ROOT, capture_output=True)
        return None if known.returncode else set()
    lines: set[int] = set()
    for m in re.finditer(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", diff, re.M):
        start, count = int(m.group(1)), int(m.group(2) or 1)
        lines.update(range(start, start + count))
    return lines


def scan(path: Path, index: dict[tuple[str, ...], str], n: int, only: set[int] | None):
    """Shared runs in one file. Words are read across line breaks (a sentence split over lines of code)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return
    tokens: list[tuple[str, int]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        tokens.extend((w.lower(), lineno) for w in WORD.findall(line))
    seen_lines: set[int] = set()
    for i in range(len(tokens) - n + 1):
        run = tuple(w for w, _ in tokens[i : i + n])
        source = index.get(run)
        if source is None:
            continue
        span = {ln for _, ln in tokens[i : i + n]}
        if only is not None and not span & only:
            continue
        first = tokens[i][1]
        if first not in seen_lines:
            seen_lines.add(first)
            yield first, " ".join(run), source


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: the whole checkout)")
    ap.add_argument("--words", type=int, default=7, help="run length in words (default 7)")
    ap.add_argument("--base", help="only lines added since this git revision")
    args = ap.parse_args()
    if not (SHARED / "bench").is_dir():
        print(f"needs the benchmark sets at {SHARED / 'bench'}", file=sys.stderr)
        return 2
    index = benchmark_runs(args.words)
    allowed = allowed_runs(args.words)
    index = {run: src for run, src in index.items() if run[1:] not in allowed and run[:-1] not in allowed}
    found = 0
    for path in tracked_files(args.paths):
        only = added_lines(path, args.base) if args.base else None
        if only is not None and not only:
            continue
        for lineno, run, source in scan(path, index, args.words, only):
            found += 1
            print(f"{path.relative_to(ROOT)}:{lineno}: {run}  [{source}]")
    print(f"{found} shared run(s) of {args.words} words", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
