"""`fogofwar evaluate similarity` and `fogofwar stories`: story similarity measured and used."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from fogofwar.cli import DbOption, app, console, err, evaluate_app, open_store

EncoderOption = Annotated[
    Optional[str],
    typer.Option("--encoder", help="minilm-onnx (no torch), minilm (the `stories` extra, torch), lexical, or auto "
                              "= the first installed (default: merge_config.yaml)."),
]
ThresholdOption = Annotated[
    Optional[float],
    typer.Option("--threshold", min=0.0, max=1.0, help="Same-story threshold (default: merge_config.yaml)."),
]


def _encoder_or_exit(name: str | None):
    from fogofwar.merge.config import load_config
    from fogofwar.merge.stories import get_encoder

    try:
        return get_encoder(name or load_config().stories.encoder)
    except (ImportError, ValueError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


@evaluate_app.command("similarity")
def similarity(
    pairs: Annotated[Path, typer.Option("--pairs", help="SemEval-2022 Task 8 pairs CSV (text_1, text_2, Overall).")],
    table: Annotated[bool, typer.Option("--table", help="A readable table instead of JSON.")] = False,
    encoder: EncoderOption = None,
    threshold: ThresholdOption = None,
) -> None:
    """Story similarity vs human Overall scores: Pearson (sign adjusted) and same-story P/R."""
    from fogofwar.merge.evaluate import evaluate_similarity

    if not pairs.is_file():
        err.print(f"[red]error:[/] pairs file not found: {escape(str(pairs))}")
        raise typer.Exit(2)
    enc = _encoder_or_exit(encoder)
    try:
        result = evaluate_similarity(pairs, encoder=enc.name, threshold=threshold)
    except (ValueError, UnicodeDecodeError, csv_error()) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)
    if not table:
        console.file.write(json.dumps(result, indent=2) + "\n")
        return
    t = Table(title=f"Story similarity on {escape(pairs.name)}")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for key, value in result.items():
        t.add_row(key, escape(str(value)))
    console.print(t)


def csv_error() -> type[Exception]:
    import csv

    return csv.Error


@app.command("stories")
def stories(
    db: DbOption = None,
    threshold: ThresholdOption = None,
    encoder: EncoderOption = None,
    min_size: Annotated[int, typer.Option("--min-size", min=1, help="Only stories with at least this many articles.")] = 2,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many stories.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines (one story per line) instead of a table.")] = False,
) -> None:
    """Story clusters of the stored articles: which articles are about the same story."""
    from fogofwar.merge.persist import cached_story_vectors
    from fogofwar.merge.stories import cluster_stories
    from fogofwar.store import default_db_path

    path = db or default_db_path()
    if not Path(path).exists():
        err.print(f"[red]error:[/] no database at {escape(str(path))} (run `fogofwar ingest PATH --db {escape(str(path))}` first)")
        raise typer.Exit(2)
    enc = _encoder_or_exit(encoder)
    store = open_store(path)  # writable: sentence vectors are cached for the next run
    try:
        articles = {a.id: a for a in store.iter_articles()}
        clusters = cluster_stories(articles.values(), threshold=threshold, encoder=enc,
                                   vectors_for=lambda arts: cached_story_vectors(store, arts, enc))
    finally:
        store.close()
    clusters = [c for c in clusters if len(c) >= min_size]
    if as_json:
        for cluster in clusters[:limit]:
            console.file.write(json.dumps({"articles": cluster, "titles": [articles[i].title for i in cluster]},
                                          ensure_ascii=False) + "\n")
        return
    t = Table(title=f"Stories ({enc.name} similarity)", expand=True)
    t.add_column("#", justify="right")
    t.add_column("articles", justify="right")
    t.add_column("dates", no_wrap=True)
    t.add_column("outlets")
    t.add_column("titles")
    for n, cluster in enumerate(clusters[:limit], 1):
        arts = [articles[i] for i in cluster]
        dates = sorted(d.isoformat() for a in arts if (d := a.effective_date))
        span = f"{dates[0]}..{dates[-1][5:]}" if len(set(dates)) > 1 else (dates[0] if dates else "?")
        outlets = sorted({a.outlet or a.original_outlet or "?" for a in arts})
        titles = [a.title or (a.text[:80] + "…") for a in arts]
        t.add_row(str(n), str(len(arts)), span, escape(", ".join(outlets))[:60], escape(" | ".join(titles))[:240])
    console.print(t)
    console.print(f"{len(clusters)} stories with at least {min_size} articles, from {len(articles)} articles")
