"""FastAPI application factory: `create_app(db_path, token=None, tiles=None)`."""
from __future__ import annotations

import hmac
import json
import os
import queue
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from fogofwar import __version__
from fogofwar.api.schemas import (
    ArticleOut,
    ArticleHit,
    EventDetailOut,
    EventPage,
    Facets,
    IngestResult,
    PointsOut,
    StatsOut,
)
from fogofwar.model import TAXONOMY
from fogofwar.store import Store
from fogofwar.store import queries as q

MAX_BODY_BYTES = 20 * 1024 * 1024  # one ingest request: a day's worth of articles, not a crawl
MAX_RECORDS = 1000
MAX_FILES = 20
MAX_PAGE = 5000
MAX_POINTS = 200_000
EXPORT_MEDIA = {"acled-csv": "text/csv", "geojson": "application/geo+json", "jsonl": "application/x-ndjson"}
EXPORT_SUFFIX = {"acled-csv": "csv", "geojson": "geojson", "jsonl": "jsonl"}
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

STATIC_DIR = Path(str(resources.files("fogofwar.web").joinpath("static")))


def json_response(payload: Any, status_code: int = 200, media_type: str = "application/json") -> Response:
    # json.dumps directly: FastAPI's generic encoder is several times slower on large pages.
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=str)
    return Response(content=body, status_code=status_code, media_type=media_type)


class ReadConnections:
    """One read-only SQLite connection per worker thread (WAL lets readers run beside the writer)."""

    def __init__(self, db_path: str):
        self.db_path = db_path
        self.local = threading.local()

    def get(self):
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = Store.open(self.db_path, readonly=True).conn
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA cache_size = -16384")  # 16 MB per reader thread (mmap does the rest)
            conn.execute("PRAGMA mmap_size = 268435456")
            self.local.conn = conn
        return conn


def _security_headers(tiles: str | None) -> dict[str, str]:
    img_src = "'self' data: blob:"
    if tiles:
        parts = urlsplit(tiles)
        if parts.scheme in ("http", "https") and parts.netloc:
            # Leaflet's {s} subdomain placeholder becomes a CSP host wildcard.
            img_src += f" {parts.scheme}://{parts.netloc.replace('{s}', '*')}"
    csp = (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {img_src}; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Resource-Policy": "same-origin",
    }


class SecurityHeaders:
    """Adds the security headers to every response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app, headers: dict[str, str]):
        self.app = app
        self.headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def event_filters(
    date_from: Annotated[date | None, Query(description="Events starting on or after this day")] = None,
    date_to: Annotated[date | None, Query(description="Events starting on or before this day")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees", max_length=100)] = None,
    country: Annotated[list[str], Query(max_length=200)] = [],  # noqa: B006 - FastAPI copies defaults
    admin1: Annotated[list[str], Query(max_length=200)] = [],  # noqa: B006
    event_type: Annotated[list[str], Query(max_length=200)] = [],  # noqa: B006
    sub_event_type: Annotated[list[str], Query(max_length=200)] = [],  # noqa: B006
    actor: Annotated[str | None, Query(description="Substring of an actor's name", max_length=200)] = None,
    claimant: Annotated[str | None, Query(description="Who made a report's claim", max_length=200)] = None,
    outlet: Annotated[str | None, Query(description="Outlet of one of the reports", max_length=200)] = None,
    min_sources: Annotated[int | None, Query(ge=1, le=10_000, description="Minimum independent origins")] = None,
    modality: Annotated[list[str], Query(max_length=40)] = [],  # noqa: B006
    contested: Annotated[bool, Query(description="Only events on which sources disagree")] = False,
    q_text: Annotated[str | None, Query(alias="q", description="Words in article text or title", max_length=200)] = None,
) -> q.EventFilters:
    try:
        box = q.parse_bbox(bbox) if bbox else None
    except q.QueryError as exc:
        raise HTTPException(422, str(exc)) from exc
    return q.EventFilters(
        date_from=date_from, date_to=date_to, bbox=box, country=country, admin1=admin1,
        event_type=event_type, sub_event_type=sub_event_type, actor=actor or None, claimant=claimant or None,
        outlet=outlet or None, min_sources=min_sources, modality=modality, contested=contested,
        q=q_text or None,
    )


Filters = Annotated[q.EventFilters, Depends(event_filters)]


def _geojson_feature(row: dict) -> dict:
    lat, lon = row.get("latitude"), row.get("longitude")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    props = {k: v for k, v in row.items() if k not in ("latitude", "longitude", "data")}
    props["contested"] = bool(props.get("contested"))
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": props}


def _group_reports(event: dict) -> list[dict]:
    """Reports grouped by independent origin (reposts of one story share an origin)."""
    groups: dict[str, dict] = {}
    for report in event.get("reports", []):
        origin = report.get("origin") or (report.get("article") or {}).get("origin") or report.get("article_id")
        group = groups.setdefault(origin, {"origin": origin, "report_ids": [], "outlets": []})
        group["report_ids"].append(report["id"])
        outlet = report.get("outlet") or (report.get("article") or {}).get("outlet")
        if outlet and outlet not in group["outlets"]:
            group["outlets"].append(outlet)
    return list(groups.values())


def _claims_by_report(event: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for claim in event.get("claims", []):
        out.setdefault(claim.get("report_id") or "", []).append(claim)
    return out


class _ExportCancelled(Exception):
    pass


class _QueueWriter:
    """A file-like sink that hands what an exporter writes to a streaming response."""

    def __init__(self, sink: queue.Queue, cancelled: threading.Event):
        self.sink = sink
        self.cancelled = cancelled
        self.buffer: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        self.buffer.append(text)
        self.size += len(text)
        if self.size >= 64 * 1024:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.buffer:
            self.put("".join(self.buffer))
            self.buffer, self.size = [], 0

    def put(self, item) -> None:
        # Wait for the client, but give up once it has gone away.
        while not self.cancelled.is_set():
            try:
                self.sink.put(item, timeout=0.5)
                return
            except queue.Full:
                continue
        raise _ExportCancelled()


def _stream_export(db_path: str, filters: q.EventFilters, fmt: str) -> Iterator[bytes]:
    from fogofwar.export import write_export

    sink: queue.Queue = queue.Queue(maxsize=16)  # back-pressure: the exporter waits for the client
    cancelled = threading.Event()
    done = object()
    errors: list[BaseException] = []

    def produce() -> None:
        writer = _QueueWriter(sink, cancelled)
        store = Store.open(db_path, readonly=True)
        try:
            ids = list(q.iter_event_ids(store.conn, filters))
            events = (e for e in (store.get_event(i) for i in ids) if e is not None)
            write_export(events, fmt, writer)
            writer.flush()
        except _ExportCancelled:
            return
        except BaseException as exc:  # reported at the end of the stream
            errors.append(exc)
        finally:
            store.close()
        try:
            writer.put(done)
        except _ExportCancelled:
            pass

    threading.Thread(target=produce, daemon=True, name="fogofwar-export").start()
    try:
        while (chunk := sink.get()) is not done:
            yield chunk.encode("utf-8")
    finally:
        cancelled.set()
    if errors:
        raise errors[0]


async def _read_body_bounded(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise HTTPException(413, f"request body larger than {limit} bytes")
        except ValueError as exc:
            raise HTTPException(400, "bad Content-Length") from exc
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _safe_upload_name(name: str | None, index: int) -> str:
    # Keep only the suffix the readers dispatch on; never trust a client path.
    base = Path(name or "").name
    lower = base.lower()
    for suffix in (".warc.gz", ".warc", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".txt", ".text"):
        if lower.endswith(suffix):
            return f"upload_{index:03d}{suffix}"
    return f"upload_{index:03d}.txt"


def create_app(
    db_path: str | os.PathLike,
    token: str | None = None,
    tiles: str | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The API and web app over the database at `db_path` (created and migrated if needed).

    `token`: the bearer token POST /api/ingest requires (None disables ingest).
    `tiles`: an online tile URL template for the base map (default: offline borders only).
    `allowed_hosts`: Host header values accepted (default: loopback names only, which
    blocks DNS-rebinding pages from reading a local server)."""
    db_path = str(db_path)
    with Store.open(db_path) as store:  # create the file and bring the schema up to date once
        try:
            q.refresh_planner_stats(store.conn)
        except sqlite3.OperationalError:  # a read-only file or a busy writer: plans are still correct
            pass
    readers = ReadConnections(db_path)
    write_lock = threading.Lock()
    headers = _security_headers(tiles)

    app = FastAPI(
        title="fogofwar",
        version=__version__,
        description="Conflict events in ACLED's taxonomy with the sources, sentences and claims behind each.",
        # FastAPI's /docs and /redoc pages load their scripts from a CDN: useless offline and
        # blocked by the CSP.  The document itself is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)

    app.add_middleware(SecurityHeaders, headers=headers)

    def conn():
        return readers.get()

    # -- events -----------------------------------------------------------------------
    @app.get(
        "/api/events",
        tags=["events"],
        summary="Search events",
        responses={200: {"model": EventPage, "description": "JSON page, or a GeoJSON FeatureCollection"}},
    )
    def list_events(
        filters: Filters,
        format: Annotated[Literal["json", "geojson"], Query()] = "json",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
        order: Annotated[Literal["date", "-date", "fatalities", "-fatalities"], Query()] = "date",
    ) -> Response:
        total, rows = q.search_events(conn(), filters, limit, offset, order, with_data=(format == "json"))
        next_offset = offset + len(rows) if offset + len(rows) < (total or 0) else None
        if format == "geojson":
            return json_response(
                {
                    "type": "FeatureCollection",
                    "features": [_geojson_feature(r) for r in rows],
                    "total": total, "offset": offset, "next_offset": next_offset,
                },
                media_type="application/geo+json",
            )
        items = []
        for row in rows:
            item = json.loads(row["data"])
            item["n_reports"] = row["n_reports"]
            items.append(item)
        return json_response(
            {"total": total, "offset": offset, "limit": limit, "next_offset": next_offset, "items": items}
        )

    @app.get("/api/points", tags=["events"], summary="Compact event points for a map", response_model=PointsOut)
    def points(filters: Filters, limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 50_000) -> Response:
        rows = q.event_points(conn(), filters, limit + 1)
        truncated = len(rows) > limit
        return json_response(
            {
                "columns": ["id", "lat", "lon", "event_type", "sub_event_type", "fatalities", "date",
                            "n_sources", "contested", "location"],
                "rows": [list(r) for r in rows[:limit]],
                "truncated": truncated,
            }
        )

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event with its evidence",
             response_model=EventDetailOut)
    def get_event(event_id: str) -> Response:
        event = q.event_detail(conn(), event_id[:200])
        if event is None:
            raise HTTPException(404, "no such event")
        event["groups"] = _group_reports(event)
        event["claims_by_report"] = _claims_by_report(event)
        return json_response(event)

    # -- articles ---------------------------------------------------------------------
    @app.get("/api/articles", tags=["articles"], summary="Full-text search over articles",
             response_model=list[ArticleHit])
    def find_articles(
        q_text: Annotated[str, Query(alias="q", min_length=1, max_length=200)],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> Response:
        return json_response(q.search_articles(conn(), q_text, limit))

    @app.get("/api/articles/{article_id}", tags=["articles"], summary="One article: clean text, comments apart",
             response_model=ArticleOut)
    def get_article(article_id: str) -> Response:
        article = q.article_detail(conn(), article_id[:200])
        if article is None:
            raise HTTPException(404, "no such article")
        return json_response(article)

    # -- aggregates ---------------------------------------------------------------------
    @app.get("/api/stats", tags=["stats"], summary="Counts by day, type and place", response_model=StatsOut)
    def get_stats(
        filters: Filters,
        top: Annotated[int, Query(ge=1, le=1000)] = 50,
        parts: Annotated[
            list[Literal["by_day", "by_type", "by_country", "by_admin1", "by_location"]],
            Query(description="Breakdowns to compute (default: all)"),
        ] = [],  # noqa: B006
    ) -> Response:
        return json_response(q.stats(conn(), filters, top, parts or q.STATS_PARTS))

    @app.get("/api/facets", tags=["stats"], summary="Values the filters can take", response_model=Facets)
    def get_facets() -> Response:
        facets = q.facets(conn())
        facets["taxonomy"] = {k: list(v) for k, v in TAXONOMY.items()}
        return json_response(facets)

    @app.get("/api/config", tags=["meta"], summary="What the web app needs to know about this server")
    def get_config() -> Response:
        return json_response({"version": __version__, "tiles": tiles, "ingest_enabled": token is not None})

    @app.get("/api/export", tags=["export"], summary="Download the (filtered) events",
             response_class=StreamingResponse,
             responses={200: {"content": {m: {} for m in EXPORT_MEDIA.values()}}})
    def export(filters: Filters, format: Annotated[Literal["acled-csv", "geojson", "jsonl"], Query()] = "acled-csv"):
        return StreamingResponse(
            _stream_export(db_path, filters, format),
            media_type=EXPORT_MEDIA[format],
            headers={"Content-Disposition": f'attachment; filename="fogofwar-events.{EXPORT_SUFFIX[format]}"'},
        )

    # -- ingest ---------------------------------------------------------------------------
    def check_token(request: Request) -> None:
        if token is None:
            raise HTTPException(403, "ingest is disabled: start the server with --token or FOGOFWAR_TOKEN")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    @app.post(
        "/api/ingest",
        tags=["ingest"],
        summary="Add articles (JSON or file upload); needs Authorization: Bearer TOKEN",
        response_model=IngestResult,
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {
                        "description": "A list of article records, or {\"articles\": [...]}. Each record has "
                                       "'text' or 'html' and optional id, url, title, published, outlet, author, "
                                       "original_outlet.",
                        "oneOf": [{"type": "array", "items": {"type": "object"}},
                                  {"type": "object", "properties": {"articles": {"type": "array"}}}],
                    }},
                    "multipart/form-data": {"schema": {
                        "type": "object",
                        "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
                    }},
                },
            }
        },
    )
    async def ingest(request: Request) -> Response:
        check_token(request)  # before reading a byte of the body
        body = await _read_body_bounded(request, MAX_BODY_BYTES)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        from fogofwar.ingest import read_file, record_to_document
        from fogofwar.model import IngestProblem

        docs: list = []
        with tempfile.TemporaryDirectory(prefix="fogofwar-upload-") as tmp:
            if content_type == "application/json":
                try:
                    payload = json.loads(body)
                except ValueError as exc:
                    raise HTTPException(400, f"invalid JSON: {exc}") from exc
                records = payload.get("articles") if isinstance(payload, dict) else payload
                if not isinstance(records, list):
                    raise HTTPException(422, "expected a list of articles or {\"articles\": [...]}")
                if len(records) > MAX_RECORDS:
                    raise HTTPException(413, f"at most {MAX_RECORDS} articles per request")
                docs = [record_to_document(r, f"api:{i}") for i, r in enumerate(records)]
            elif content_type == "multipart/form-data":
                async def replay() -> dict:
                    return {"type": "http.request", "body": body, "more_body": False}

                form = await Request(request.scope, replay).form(
                    max_files=MAX_FILES, max_fields=MAX_FILES, max_part_size=MAX_BODY_BYTES
                )
                uploads = [v for _, v in form.multi_items() if hasattr(v, "read")]
                if not uploads:
                    raise HTTPException(422, "no files in the upload (use the field name 'files')")
                for i, upload in enumerate(uploads):
                    path = Path(tmp) / _safe_upload_name(upload.filename, i)
                    path.write_bytes(await upload.read())
                    label = f"upload:{Path(upload.filename or path.name).name[:200]}"
                    for doc in read_file(path):  # name the client's file, not our temp path
                        if isinstance(doc, IngestProblem):
                            doc = doc.model_copy(update={"source": doc.source.replace(str(path), label)})
                        else:
                            doc.source = doc.source.replace(str(path), label)
                        docs.append(doc)
            else:
                raise HTTPException(415, "send application/json or multipart/form-data")

            import anyio

            def run() -> dict:
                with write_lock:
                    return _ingest_documents(db_path, docs)

            result = await anyio.to_thread.run_sync(run)
        return json_response(result)

    # -- the web app --------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


def _ingest_documents(db_path: str, docs: list) -> dict:
    """Run the pipeline on parsed documents (problems included, so the store records
    them) and summarise what it stored."""
    import dataclasses

    from fogofwar import pipeline

    with Store.open(db_path) as store:
        before = store.counts()
        summary = pipeline.ingest_documents(store, docs)
        after = store.counts()
    result: dict = {k: after[k] - before[k] for k in after}
    result["documents"] = len(docs)
    details = {f.name: getattr(summary, f.name) for f in dataclasses.fields(summary) if f.name != "problems"}
    result["pipeline"] = details
    result["problems"] = [p.model_dump() for p in summary.problems]
    return result
