"""`fogofwar bench`: end-to-end ingest throughput and memory on the demo corpus."""
from __future__ import annotations

import json
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer

from fogofwar.cli import app, console

DEMO = Path(__file__).resolve().parents[1] / "demo"


def run_ingest_bench(copies: int = 10, runs: int = 3) -> dict:
    """Ingest `copies` distinct copies of the demo corpus (each article text made unique so
    nothing is skipped as a duplicate) into a fresh SQLite file, `runs` times."""
    from fogofwar.ingest import RawDocument, iter_documents
    from fogofwar.pipeline import Pipeline
    from fogofwar.store import Store

    base = [d for d in iter_documents([DEMO]) if isinstance(d, RawDocument)]
    docs: list[RawDocument] = []
    for i in range(copies):
        for d in base:
            fields = dict(d.fields)
            if "id" in fields:
                fields["id"] = f"{fields['id']}-copy{i}"
            # The marker goes into the first body paragraph: a footer would swallow it at the end.
            text = d.text.replace("\n\n", f"\n\n(Copy {i}.) ", 1) if d.text and "\n\n" in d.text else (f"(Copy {i}.) {d.text}" if d.text else None)
            docs.append(RawDocument(source=f"{d.source}#copy{i}", text=text,
                                    html=d.html.replace("<p>", f"<p>(Copy {i}.) ", 1) if d.html else None,
                                    fields=fields))
    timings, counts = [], {}
    load_start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        Pipeline(Store.open(Path(tmp) / "warm.db"))  # load spaCy and the gazetteer once
    load_seconds = time.perf_counter() - load_start
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "bench.db")
            start = time.perf_counter()
            summary = Pipeline(store).ingest(iter(docs))
            timings.append(time.perf_counter() - start)
            counts = store.counts() | {"problems": len(summary.problems)}
            store.close()
    median = statistics.median(timings)
    return {
        "articles": len(docs),
        "runs": runs,
        "seconds_median": round(median, 2),
        "articles_per_second": round(len(docs) / median, 1),
        "model_load_seconds": round(load_seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stored": counts,
    }


@app.command()
def bench(
    copies: Annotated[int, typer.Option(help="Copies of the demo corpus to ingest")] = 10,
    runs: Annotated[int, typer.Option(help="Repetitions; the median is reported")] = 3,
) -> None:
    """Measure end-to-end ingest speed (articles/s) and peak memory on the demo corpus."""
    console.print_json(json.dumps(run_ingest_bench(copies, runs)))
