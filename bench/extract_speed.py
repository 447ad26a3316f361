"""How much extraction adds to the spaCy parse it reuses (target: at most +30%).

    python bench/extract_speed.py [--articles 200] [--runs 3] [--model DIR]

Articles: the demo corpus (fogofwar/demo) plus ../shared/seeds when present, cleaned
as the pipeline cleans them and repeated up to --articles.  For each article, in each
run, it times separately: the spaCy parse, the geoparse (fogofwar.geo.geoparse, with the
country hints of the armed groups named, as extract() computes them) and
the extraction proper (fogofwar.extract.extract given those toponyms).  Prints, per
stage, the median over runs of the per-article median and of the run total, and the
ratio (geoparse + extraction) / parse.  With --model DIR, extraction includes the trained
sub-event-type classifier (`fogofwar train`), as `fogofwar ingest --model DIR` runs it, and
the rules-only extraction of the same parse is timed beside it ("extract_rules").
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "fogofwar" / "demo"
SEEDS = ROOT.parent / "shared" / "seeds"


def load_articles(n: int):
    from fogofwar.clean import build_article
    from fogofwar.ingest import RawDocument, iter_documents

    paths = [DEMO] + ([SEEDS] if SEEDS.is_dir() else [])
    base = []
    for doc in iter_documents(paths):
        if not isinstance(doc, RawDocument):
            continue
        try:
            article = build_article(doc)
        except ValueError:
            continue
        if article.text.strip():
            base.append(article)
    if not base:
        raise SystemExit("no articles found in the demo corpus")
    return [base[i % len(base)] for i in range(n)], len(base)


def one_run(articles, nlp, typer=None) -> dict[str, list[float]]:
    from fogofwar.extract import actor_countries, extract
    from fogofwar.geo import geoparse

    times: dict[str, list[float]] = {"parse": [], "geoparse": [], "extract": [], "extract_rules": []}
    for article in articles:
        t0 = time.perf_counter()
        doc = nlp(article.text)
        t1 = time.perf_counter()
        toponyms = geoparse(doc, country_hints=actor_countries(doc.text))  # as extract() does it
        t2 = time.perf_counter()
        extract(article, doc, toponyms=toponyms, typer=typer)
        t3 = time.perf_counter()
        times["parse"].append(t1 - t0)
        times["geoparse"].append(t2 - t1)
        times["extract"].append(t3 - t2)
        if typer is not None:  # the same article without the model, under the same load
            t4 = time.perf_counter()
            extract(article, doc, toponyms=toponyms)
            times["extract_rules"].append(time.perf_counter() - t4)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--model", help="a model trained with `fogofwar train` (default: rules only)")
    args = ap.parse_args()

    from fogofwar.extract.trained import TrainedTyper
    from fogofwar.nlp import load_nlp

    nlp = load_nlp()
    typer = TrainedTyper.load(args.model) if args.model else None
    articles, distinct = load_articles(args.articles)
    chars = sum(len(a.text) for a in articles)
    one_run(articles[:5], nlp, typer)  # warm up: lexicons, gazetteer, lazy imports

    per_run = [one_run(articles, nlp, typer) for _ in range(args.runs)]
    stages = ("parse", "geoparse", "extract") + (("extract_rules",) if typer is not None else ())
    median_ms = {s: statistics.median(statistics.median(r[s]) for r in per_run) * 1000 for s in stages}
    total_s = {s: statistics.median(sum(r[s]) for r in per_run) for s in stages}

    print(f"model: {args.model or 'none (rules only)'}")
    print(f"{len(articles)} articles ({distinct} distinct, {chars / len(articles):.0f} chars on average), {args.runs} runs")
    print(f"{'stage':<22}{'median ms/article':>20}{'total s (median run)':>24}")
    for s in stages:
        print(f"{s:<22}{median_ms[s]:>20.2f}{total_s[s]:>24.2f}")
    added = total_s["geoparse"] + total_s["extract"]
    print(f"extraction incl. geoparse / parse: {added / total_s['parse']:.2f} (totals), "
          f"{(median_ms['geoparse'] + median_ms['extract']) / median_ms['parse']:.2f} (per-article medians); target <= 0.30")
    print(f"extraction alone / parse: {total_s['extract'] / total_s['parse']:.2f}; geoparse / parse: {total_s['geoparse'] / total_s['parse']:.2f}")
    if typer is not None:
        print(f"the model's own share / parse: {(total_s['extract'] - total_s['extract_rules']) / total_s['parse']:.3f} "
              f"(rules-only extraction / parse: {total_s['extract_rules'] / total_s['parse']:.2f})")


if __name__ == "__main__":
    main()
