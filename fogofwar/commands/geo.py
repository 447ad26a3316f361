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


MAX_PARSE_CHARS = 1_000_000  # text is untrusted: bound what one command parses
_KIND_NAMES = {0: "name", 1: "alternate name", 2: "loose spelling"}


@geo_app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="A place name as written in an article, e.g. 'Deir Ezzor'.")],
    country: Annotated[Optional[str], typer.Option("--country", help="Only this ISO 3166 alpha-2 code, e.g. SY.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many candidates.")] = 15,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """The gazetteer's candidates for a name: what the geoparser chooses among, best-known first."""
    from rich.table import Table

    from fogofwar.geo.gazetteer import get_gazetteer
    from fogofwar.geo.normalise import norm_key, variant_key

    name = name.strip()[:200]
    keys = {k for k in (norm_key(name), variant_key(name)) if k}
    if not keys:
        err.print("[red]error:[/] give a place name")
        raise typer.Exit(2)
    from fogofwar.geo.gazetteer import KIND_VARIANT, NameHit

    exact_key = norm_key(name)
    hits = {}
    for key, found in get_gazetteer().lookup_keys(keys).items():
        for h in found:
            if key != exact_key:  # found by the transliteration skeleton: a loose spelling, whatever the name's kind
                h = NameHit(h.place, KIND_VARIANT)
            if country and (h.place.country_code or "").upper() != country.upper():
                continue
            best = hits.get(h.place.pid)
            if best is None or h.kind < best.kind:
                hits[h.place.pid] = h
    # Names before loose spellings, best-known first (the geoparser weighs the document's context on top)
    ranked = sorted(hits.values(), key=lambda h: (h.kind == KIND_VARIANT, -h.place.population, h.kind, h.place.name))[:limit]
    if as_json:
        for h in ranked:
            p = h.place
            typer.echo(json.dumps({
                "name": p.name, "match": _KIND_NAMES.get(h.kind, str(h.kind)), "feature": p.feature,
                "country_code": p.country_code, "admin1": p.admin1, "admin2": p.admin2, "population": p.population,
                "latitude": p.latitude, "longitude": p.longitude, "geonameid": p.geonameid, "source": p.source,
                "precision": p.precision if p.feature == "city" else None,
            }, ensure_ascii=False))
        return
    if not ranked:
        console.print(f"no gazetteer place is called {escape(name)!r}" + (f" in {escape(country)}" if country else ""))
        return
    table = Table(title=f"Gazetteer candidates for {escape(name)!r} ({len(hits)} in all)")
    for col in ("name", "match", "feature", "country", "admin1", "population", "lat, lon", "geonameid", "source"):
        table.add_column(col)
    for h in ranked:
        p = h.place
        where = f"{p.latitude:.3f}, {p.longitude:.3f}" if p.latitude is not None else "-"
        if p.feature == "city" and p.precision > 1 and p.latitude is not None:
            where += " (near: a register's village at its community's seat)" if p.source == "katottg" else " (near)"
        table.add_row(escape(p.name), _KIND_NAMES.get(h.kind, str(h.kind)), p.feature, p.country_code or "-",
                      escape(p.admin1 or "-"), f"{p.population:,}", where, str(p.geonameid or "-"), p.source)
    console.print(table)


@geo_app.command("parse")
def parse(
    text: Annotated[Optional[str], typer.Argument(help="The text to geoparse (or use --file).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="Read the text from this file ('-' for stdin).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    demonyms: Annotated[bool, typer.Option("--demonyms", help="Also the countries and regions adjectives name "
                                           "('Syrian troops', 'European airlines').")] = False,
) -> None:
    """The places a text names, how each was resolved, and at what ACLED precision."""
    import sys

    from rich.table import Table

    if (text is None) == (file is None):
        err.print("[red]error:[/] give a text or --file" + (", not both" if text is not None else ""))
        raise typer.Exit(2)
    if file is not None:
        try:
            if str(file) == "-":
                raw = sys.stdin.read(MAX_PARSE_CHARS + 1)
            else:
                with file.open(encoding="utf-8", errors="replace") as fh:
                    raw = fh.read(MAX_PARSE_CHARS + 1)  # bounded: never the whole of a huge file
        except OSError as exc:
            err.print(f"[red]error:[/] {escape(str(exc))}")
            raise typer.Exit(1)
        text = raw
    if len(text) > MAX_PARSE_CHARS:
        err.print(f"[red]error:[/] text longer than {MAX_PARSE_CHARS:,} characters; split it")
        raise typer.Exit(2)
    from fogofwar.geo import geoparse_text

    found = geoparse_text(text, demonyms=demonyms)
    if as_json:
        for t in found:
            typer.echo(json.dumps({
                "text": t.text, "start": t.start, "end": t.end, "source": t.source, "loose_spelling": t.loose,
                "embedded": t.embedded, "place": t.place.model_dump() if t.place else None,
            }, ensure_ascii=False))
        return
    table = Table(title=f"{len(found)} place mentions")
    for col in ("text", "place", "country", "admin1", "feature", "precision", "lat, lon", "found by"):
        table.add_column(col)
    for t in found:
        p = t.place
        where = f"{p.latitude:.3f}, {p.longitude:.3f}" if p is not None and p.resolved else "unresolved"
        how = t.source + (", loose spelling" if t.loose else "") + (", in an organisation's name" if t.embedded else "")
        table.add_row(escape(t.text), escape((p.name if p else None) or "-"), escape((p.country if p else None) or "-"),
                      escape((p.admin1 if p else None) or "-"), (p.feature if p else None) or "-",
                      str(p.geo_precision) if p and p.geo_precision else "-", where, how)
    console.print(table)


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
