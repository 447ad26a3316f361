"""`fogofwar serve`: the HTTP API and the web app."""
from __future__ import annotations

from typing import Annotated, Optional

import typer

from fogofwar.cli import DbOption, app

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind; keep 127.0.0.1 unless you mean to share it")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    token: Annotated[
        Optional[str],
        typer.Option(envvar="FOGOFWAR_TOKEN", help="Bearer token that POST /api/ingest requires (unset: ingest off)"),
    ] = None,
    tiles: Annotated[
        Optional[str],
        typer.Option(help="Online tile URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png "
                          "(default: offline Natural Earth borders)"),
    ] = None,
    allow_host: Annotated[
        Optional[list[str]],
        typer.Option(help="Extra Host header value to accept (needed when binding beyond loopback)"),
    ] = None,
) -> None:
    """Serve the HTTP API (OpenAPI document at /openapi.json) and the map/timeline web app at /."""
    import uvicorn

    from fogofwar.api import create_app
    from fogofwar.api.app import LOOPBACK_HOSTS

    from fogofwar.store import default_db_path

    db_path = str(db or default_db_path())
    if tiles and not tiles.startswith(("http://", "https://")):
        raise typer.BadParameter("--tiles must be an http(s) URL template")
    hosts = list(LOOPBACK_HOSTS) + list(allow_host or [])
    if host not in LOOPBACK:
        typer.echo(f"warning: binding {host}: read endpoints are open to anyone who can reach it", err=True)
        hosts.append(host)
        if host in ("0.0.0.0", "::") and not allow_host:
            hosts = ["*"]
    application = create_app(db_path, token=token or None, tiles=tiles, allowed_hosts=hosts)
    typer.echo(f"fogofwar: serving {db_path} at http://{host}:{port}/ (ingest {'on' if token else 'off'})")
    uvicorn.run(application, host=host, port=port, log_level="info", proxy_headers=False)
