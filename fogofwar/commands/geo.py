"""`fogofwar geo build` and `fogofwar evaluate geo`: the offline gazetteer and its benchmark."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from fogofwar.cli import console, err, evaluate_app, geo_app


@geo_app.command("build")
def build(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if the gazetteer is already compiled.")] = False,
) -> None:
    """Compile the offline GeoNames gazetteer into the user cache (done automatically on first use)."""
    from fogofwar.geo.gazetteer import build_gazetteer, gazetteer_path

    path = gazetteer_path()
    if path.exists() and not force:
        console.print(f"gazetteer already built: {path} (use --force to rebuild)")
        return
    try:
        build_gazetteer(path)
    except (OSError, ImportError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1)
    console.print(f"gazetteer built: {path}")


@geo_app.command("check")
def check(
    places: Annotated[Path, typer.Argument(help="A CSV or GeoJSON file of extra places to validate.")],
) -> None:
    """Validate a custom places file (CSV or GeoJSON); errors give the line number."""
    from fogofwar.geo.gazetteer import PlacesFileError, read_places_file

    try:
        records = read_places_file(places)
    except PlacesFileError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1)
    console.print(f"{len(records)} places OK in {places}")


@evaluate_app.command("geo")
def evaluate_geo_command(
    gold: Annotated[Path, typer.Option("--gold", help="GeoWebNews / LGL / TR-News style XML file.")],
    mode: Annotated[str, typer.Option("--mode", help="gold (given spans), e2e (recognise too) or both.")] = "both",
    table: Annotated[bool, typer.Option("--table", help="A readable table instead of JSON.")] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N articles.")] = None,
    demonyms: Annotated[bool, typer.Option("--demonyms", help="In e2e, also output demonym adjectives as toponyms "
                                                              "(GeoWebNews annotates them).")] = False,
    split: Annotated[str, typer.Option("--split", help="Only these articles, by index in the file: all, even or odd "
                                                       "(tune on even, report odd as held out).")] = "all",
) -> None:
    """Geoparsing: recognition P/R/F1, accuracy@161 km, median/mean error and AUC."""
    from fogofwar.geo.evaluate import evaluate_geo, format_table

    if not gold.is_file():
        err.print(f"[red]error:[/] gold file not found: {escape(str(gold))}")
        raise typer.Exit(2)
    if mode not in ("gold", "e2e", "both"):
        err.print("[red]error:[/] --mode must be gold, e2e or both")
        raise typer.Exit(2)
    if split not in ("all", "even", "odd"):
        err.print("[red]error:[/] --split must be all, even or odd")
        raise typer.Exit(2)
    try:
        result = evaluate_geo(gold, mode=mode, limit=limit, include_demonyms=demonyms, split=split)
    except (ValueError, OSError) as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(2)
    if table:
        console.print(escape(format_table(result)))
    else:
        console.file.write(json.dumps(result, indent=2) + "\n")
