"""`fogofwar evaluate case | acled | seeds`: the extractor measured (JSON, or a table with --table)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from fogofwar.cli import ModelOption, console, err, evaluate_app, progress_bar

TableOption = Annotated[bool, typer.Option("--table", help="A readable table instead of JSON.")]
LimitOption = Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N items.")]
ErrorsOption = Annotated[
    Optional[Path],
    typer.Option("--errors", help="Write the wrong items as JSON lines to this file (for error analysis; keep it out of the repo)."),
]


ThresholdOption = Annotated[
    Optional[float],
    typer.Option("--model-threshold", min=0.0, max=1.0,
                 help="Probability at or above which the trained model re-types a report (default 0.8, or $FOGOFWAR_TYPER_THRESHOLD)."),
]


TyperOption = Annotated[
    str,
    typer.Option("--typer", help="rules (default), or embedded: the shipped embedding typer trained on the project's own "
                                 "sentences; it types snippets the rules leave untyped in CASE's classify mode and "
                                 "re-types nothing unless --model-threshold is given (docs/training.md)."),
]
TYPERS = ("rules", "embedded")


def _load_model(model: Optional[Path], threshold: Optional[float], kind: str = "rules"):
    """The trained typer given by --model / $FOGOFWAR_TYPER_MODEL, the embedding typer with
    --typer embedded, or None (rules only)."""
    from fogofwar.extract.trained import ModelLoadError, load_typer

    if kind not in TYPERS:
        err.print(f"[red]error:[/] --typer must be one of {', '.join(TYPERS)}")
        raise typer.Exit(2)
    if kind == "embedded":
        from fogofwar.extract.embedded import EmbeddedLoadError, load_embedding_typer

        if model is not None:
            err.print("[red]error:[/] --typer embedded and --model (or $FOGOFWAR_TYPER_MODEL) cannot be combined")
            raise typer.Exit(2)
        try:
            return load_embedding_typer(threshold)
        except EmbeddedLoadError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
    try:
        return load_typer(model, threshold)
    except (ModelLoadError, ValueError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)


def _require_file(path: Path, what: str) -> None:
    if not path.is_file():
        err.print(f"[red]error:[/] {what} not found: {escape(str(path))}")
        raise typer.Exit(2)


def _print_json(result: dict) -> None:
    console.file.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


def _kv_table(title: str, rows: list[tuple], headers: tuple[str, ...]) -> Table:
    table = Table(title=title, show_lines=False)
    for h in headers:
        table.add_column(h)
    for row in rows:
        table.add_row(*(escape(str(x)) for x in row))
    return table


@evaluate_app.command("case")
def case(
    gold: Annotated[Path, typer.Option("--gold", help="CASE 2021 Task 2 TSV (id, EventSnippet, SubType).")],
    table: TableOption = False,
    limit: LimitOption = None,
    mode: Annotated[str, typer.Option("--mode", help="classify: the trigger rules alone (best over sentences); "
                                                     "extract: the full extractor's most confident report.")] = "classify",
    errors: ErrorsOption = None,
    model: ModelOption = None,
    model_threshold: ThresholdOption = None,
    typer_kind: TyperOption = "rules",
) -> None:
    """Event typing on CASE 2021 Task 2 snippets: weighted/macro F1 over the 25 ACLED classes."""
    from fogofwar.evaluate.case import MODES, evaluate_case, format_case_rows, read_case_tsv

    _require_file(gold, "gold file")
    typer_model = _load_model(model, model_threshold, typer_kind)
    if mode not in MODES:
        err.print(f"[red]error:[/] --mode must be one of {', '.join(MODES)}")
        raise typer.Exit(2)
    try:
        total = len(read_case_tsv(gold, limit))
    except (ValueError, UnicodeDecodeError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)
    with progress_bar(transient=True) as progress:
        task = progress.add_task("typing snippets", total=total, current="")
        result = evaluate_case(gold, limit=limit, mode=mode, errors_path=errors, on_progress=lambda: progress.advance(task),
                               typer=typer_model)
    if not table:
        _print_json(result)
        return
    summary, per_class, confusion = format_case_rows(result)
    console.print(_kv_table("CASE 2021 Task 2", summary, ("metric", "value")))
    console.print(_kv_table("Per class (25 ACLED sub-event types)", per_class,
                            ("sub-event type", "CASE label", "P", "R", "F1", "support", "predicted")))
    console.print(_kv_table("Most frequent confusions", confusion, ("gold", "predicted", "count")))


@evaluate_app.command("acled")
def acled(
    gold: Annotated[Path, typer.Option("--gold", help="An ACLED export (CSV; modern or older upper-case columns).")],
    table: TableOption = False,
    limit: LimitOption = None,
    sample: Annotated[Optional[int], typer.Option("--sample", min=1, help="A random sample of N distinct notes.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the random sample.")] = 0,
    errors: ErrorsOption = None,
    split: Annotated[str, typer.Option("--split", help="Only these notes (by index in the file's distinct-note order): all, even or odd. "
                                                       "Train with `fogofwar train --split even`, score with --split odd.")] = "all",
    model: ModelOption = None,
    model_threshold: ThresholdOption = None,
    typer_kind: TyperOption = "rules",
) -> None:
    """Each distinct ACLED note as an article: detection, types, actors, fatalities, date, location."""
    from fogofwar.evaluate.acled import SPLITS, evaluate_acled, format_acled_rows

    _require_file(gold, "gold file")
    if split not in SPLITS:
        err.print(f"[red]error:[/] --split must be one of {', '.join(SPLITS)}")
        raise typer.Exit(2)
    typer_model = _load_model(model, model_threshold, typer_kind)
    with progress_bar() as progress:
        task = progress.add_task("parsing notes", total=None, current="")
        try:
            result = evaluate_acled(
                gold, limit=limit, sample=sample, seed=seed, errors_path=errors, split=split, typer=typer_model,
                on_start=lambda n: progress.update(task, total=n, description="extracting"),
                on_progress=lambda: progress.advance(task),
            )
        except (ValueError, UnicodeDecodeError) as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(2)
    if result.get("model") and not result["model"]["held_out"]:
        err.print("[yellow]warning:[/] the model was trained on these same notes: the scores are optimistic "
                  "(train with --split even, evaluate with --split odd)")
    if not table:
        _print_json(result)
        return
    console.print(_kv_table("ACLED export", format_acled_rows(result), ("metric", "value", "target")))
    rows = [
        (k, v["notes"], _fmt(v["detected"]), _fmt(v["event_type"]), _fmt(v["sub_event_type"]), _fmt(v["fatalities_exact"]))
        for k, v in result["by_event_type"].items()
    ]
    console.print(_kv_table("By gold event type", rows, ("event type", "notes", "detected", "type acc", "sub-type acc", "fatalities exact")))
    console.print(_kv_table("Most frequent sub-event confusions",
                            [(c["gold"], c["pred"], c["count"]) for c in result["sub_event_confusion_top"]],
                            ("gold", "primary event", "count")))


@evaluate_app.command("seeds")
def seeds(
    seeds_dir: Annotated[Optional[Path], typer.Option("--seeds", help="The seed articles (default: ../shared/seeds beside the checkout).")] = None,
    table: TableOption = False,
) -> None:
    """The reference articles' expected events and non-events, as a checklist."""
    from fogofwar.evaluate.seeds import default_seeds_dir, evaluate_seeds

    folder = seeds_dir or default_seeds_dir()
    if folder is None or not Path(folder).is_dir():
        err.print(f"[red]error:[/] seeds folder not found: {escape(str(folder or '../shared/seeds'))} (give --seeds DIR)")
        raise typer.Exit(2)
    with progress_bar(transient=True) as progress:
        progress.add_task("ingesting seeds", total=None, current="")
        result = evaluate_seeds(folder)
    if not table:
        _print_json(result)
    else:
        rows = [("PASS" if c["passed"] else "MISS", c["id"], c["description"], c["detail"]) for c in result["checks"]]
        t = Table(title=f"Seeds checklist: {result['passed']}/{result['total']} pass", show_lines=True)
        for h in ("", "check", "expectation", "what was found"):
            t.add_column(h)
        for status, cid, desc, detail in rows:
            t.add_row(f"[green]{status}[/]" if status == "PASS" else f"[red]{status}[/]", escape(cid), escape(desc), escape(detail))
        console.print(t)


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"
