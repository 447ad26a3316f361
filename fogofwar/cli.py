"""The `fogofwar` command: a thin layer over the library (fogofwar.pipeline, store, export)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from fogofwar import __version__

app = typer.Typer(
    name="fogofwar",
    help="Conflict news in; a geocoded, source-attributed database of ACLED-style events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
evaluate_app = typer.Typer(help="Measure fogofwar against human-annotated benchmarks (prints JSON).", no_args_is_help=True)
geo_app = typer.Typer(help="The offline gazetteer.", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
app.add_typer(geo_app, name="geo")

# Tables are wide: when writing to a file or a pipe, do not squeeze them into 80 columns.
console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)

ModelOption = Annotated[
    Optional[Path],
    typer.Option(
        "--model", envvar="FOGOFWAR_TYPER_MODEL",
        help="A sub-event-type model trained with `fogofwar train` (combined with the rules; default: none).",
    ),
]
DbOption = Annotated[
    Optional[str],
    typer.Option("--db", envvar="FOGOFWAR_DB", help="SQLite database file (default: fogofwar.db)."),
]


def open_store(db: str | None, readonly: bool = False):
    from fogofwar.store import Store, StoreError, default_db_path

    path = db or default_db_path()
    if readonly and not Path(path).exists():
        err.print(f"[red]error:[/] no database at {path} (run `fogofwar ingest PATH --db {path}` first)")
        raise typer.Exit(2)
    try:
        return Store.open(path)
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2)


def progress_bar(transient: bool = False) -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("[dim]{task.fields[current]}"),
        console=err,
        transient=transient,
        disable=not err.is_terminal and not _force_progress(),
    )


def _force_progress() -> bool:
    import os

    return os.environ.get("FOGOFWAR_PROGRESS") == "1"


def _version(value: bool) -> None:
    if value:
        console.print(f"fogofwar {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")] = False,
) -> None:
    pass


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt, .html, .jsonl, .warc(.gz)")],
    db: DbOption = None,
    model: ModelOption = None,
) -> None:
    """Read articles, extract events and store them. Re-ingesting changes nothing."""
    from fogofwar.extract.trained import ModelLoadError, load_typer
    from fogofwar.ingest import discover, iter_documents
    from fogofwar.pipeline import Pipeline

    try:
        typer_model = load_typer(model)
    except (ModelLoadError, ValueError) as exc:  # (ValueError: a bad $FOGOFWAR_TYPER_THRESHOLD)
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2)

    store = open_store(db)
    files = [p for p in discover(paths) if isinstance(p, Path)]
    with progress_bar() as progress:
        task = progress.add_task("loading models", total=None, current="")
        pipeline = Pipeline(store, typer=typer_model)
        progress.update(task, description="ingesting", total=len(files) or None)
        done: set[str] = set()

        def tick(source: str) -> None:
            file = source.split("#record")[0]
            file = file.rsplit(":", 1)[0] if ":" in file and not Path(file).exists() else file
            if file not in done:
                done.add(file)
                progress.update(task, completed=len(done))
            progress.update(task, current=Path(file).name)

        summary = pipeline.ingest(iter_documents(paths), on_progress=tick)
        progress.update(task, completed=len(files), current="")
    counts = store.counts()
    store.close()
    console.print(
        f"{summary.documents} documents: [green]{summary.new} new[/], {summary.unchanged} unchanged, "
        f"{summary.duplicates} duplicates, {summary.versions} new versions; "
        f"{summary.reports} reports ({summary.statements} statements), "
        f"{summary.events_created} events created, {summary.events_updated} updated."
    )
    console.print(
        f"database {store.path}: {counts['articles']} articles, {counts['events']} events, "
        f"{counts['reports']} reports ({counts['statements']} statements)"
    )
    if summary.problems:
        for p in summary.problems:
            err.print(f"[yellow]skipped[/] {p.source}: {p.reason}")
        reasons = ", ".join(f"{reason} ({n})" for reason, n in summary.problem_counts().most_common())
        err.print(f"[yellow]{len(summary.problems)} skipped:[/] {reasons}")
        raise typer.Exit(1)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="acled-csv, geojson or jsonl")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: standard output)")] = None,
    db: DbOption = None,
) -> None:
    """Write all events as ACLED-compatible CSV, GeoJSON or JSONL."""
    from fogofwar.export import FORMATS, write_export

    if format not in FORMATS:
        err.print(f"[red]error:[/] unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    store = open_store(db, readonly=True)
    total = store.counts()["events"]
    if output is not None:
        tmp = output.with_name(output.name + ".part")
        with progress_bar(transient=True) as progress, tmp.open("w", encoding="utf-8", newline="") as fh:
            task = progress.add_task(f"exporting {format}", total=total, current="")
            n = write_export(store.iter_events(), format, fh, on_event=lambda: progress.advance(task))
        tmp.replace(output)  # never leave a half-written export under the real name
        err.print(f"wrote {n} events to {output}")
    else:
        write_export(store.iter_events(), format, sys.stdout)
    store.close()


@app.command()
def events(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many events")] = 200,
) -> None:
    """The stored events as a table."""
    store = open_store(db, readonly=True)
    table = Table(title=f"Events in {store.path}", show_lines=False, expand=True)
    for col, kw in (
        ("date", {"no_wrap": True}), ("event (sub-type)", {}), ("location", {}), ("actors", {}),
        ("deaths", {"justify": "right"}), ("sources", {"justify": "right"}), ("claimed by", {}),
    ):
        table.add_column(col, **kw)
    n = 0
    for e in store.iter_events():
        if n >= limit:
            break
        n += 1
        p = e.place
        where = "?" if p is None else f"{p.name or p.text}{', ' + p.country if p.country else ''} (p{p.geo_precision or '?'})"
        actors = " vs ".join(a.name for a in (e.actor1, e.actor2) if a) or "-"
        date = e.date_start.isoformat() if e.date_start else "?"
        if e.date_end and e.date_end != e.date_start:
            date += f"..{e.date_end.isoformat()[5:]}"
        claimants = sorted({r.claimant or (r.original_outlet or r.outlet or "outlet") for r in e.reports})
        deaths = str(e.fatalities.acled)
        if "fatalities" in e.contested:
            deaths += f" ({e.fatalities.low}-{e.fatalities.high})"
        table.add_row(
            date, e.sub_event_type, where, actors, deaths,
            f"{e.n_sources}/{len(e.reports)}", "; ".join(claimants)[:80],
        )
    console.print(table)
    counts = store.counts()
    console.print(f"{counts['events']} events from {counts['articles']} articles; sources = independent origins / reports")
    store.close()


def main() -> None:
    app()


# Capabilities register their own commands on `app`, `evaluate_app` and `geo_app`.
from fogofwar.commands import load_commands  # noqa: E402

load_commands()
