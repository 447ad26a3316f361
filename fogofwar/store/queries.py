"""Read-only SQL behind the HTTP API and the web app: event search, stats, detail.

Every value reaches SQLite as a bound parameter; only fixed fragments chosen from
whitelists below are ever formatted into SQL text.  Filters use the flat columns of
`events` (0001_core.sql) and the indexes added in 0200_web.sql.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

# Keep one request from turning into an unbounded scan or an FTS query bomb.
MAX_LIST_VALUES = 50
MAX_FTS_TERMS = 16
MAX_TEXT_FILTER = 200

ORDERS: dict[str, str] = {
    "date": "e.date_start ASC, e.id ASC",
    "-date": "e.date_start DESC, e.id DESC",
    "fatalities": "e.fatalities ASC, e.id ASC",
    "-fatalities": "e.fatalities DESC, e.id DESC",
}

# Columns a map or a list view needs without parsing each event's JSON.
FLAT_COLUMNS = (
    "id, event_type, sub_event_type, date_start, date_end, time_precision, country, iso3, admin1, admin2, "
    "location, latitude, longitude, geo_precision, actor1, actor2, inter1, inter2, fatalities, n_reports, "
    "n_sources, contested"
)


class QueryError(ValueError):
    """A filter value that cannot be turned into a query (bad bbox, bad date...)."""


@dataclass
class EventFilters:
    date_from: date | None = None
    date_to: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    country: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)
    event_type: list[str] = field(default_factory=list)
    sub_event_type: list[str] = field(default_factory=list)
    actor: str | None = None
    claimant: str | None = None
    outlet: str | None = None
    min_sources: int | None = None
    modality: list[str] = field(default_factory=list)
    contested: bool = False
    q: str | None = None

    def without_dates(self) -> "EventFilters":
        """The same filters over all dates: what a timeline needs to draw its context."""
        copy = EventFilters(**self.__dict__)
        copy.date_from = copy.date_to = None
        return copy


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """'west,south,east,north' in degrees to a checked tuple."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError as exc:
        raise QueryError("bbox must be four numbers: west,south,east,north") from exc
    if not (-90 <= south <= north <= 90) or not (-180 <= west <= 180 and -180 <= east <= 180):
        raise QueryError("bbox out of range: need -180<=west,east<=180 and -90<=south<=north<=90")
    return west, south, east, north


def fts_query(text: str) -> str | None:
    """User words to a safe FTS5 query: each word quoted (no operators, no column
    filters can be injected), all required; a trailing * keeps prefix search."""
    terms = re.findall(r"\w+\*?", text[:MAX_TEXT_FILTER])[:MAX_FTS_TERMS]
    quoted = [f'"{t[:-1]}"*' if t.endswith("*") else f'"{t}"' for t in terms]
    return " ".join(quoted) or None


def _like_pattern(text: str) -> str:
    escaped = text[:MAX_TEXT_FILTER].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _in(column: str, values: Sequence[str], where: list[str], params: list) -> None:
    values = [v for v in values if v][:MAX_LIST_VALUES]
    if not values:
        return
    where.append(f"{column} IN ({','.join('?' * len(values))})")
    params.extend(values)


@dataclass
class _IdSet:
    """A filter answered through reports or articles: a subquery yielding event ids."""

    sql: str
    params: list
    size_sql: str  # a cheap (index-only) estimate of how many ids the subquery yields
    size_params: list


def _id_sets(f: EventFilters) -> list[_IdSet]:
    sets: list[_IdSet] = []
    for column, value in (("claimant", f.claimant), ("outlet", f.outlet)):
        if value:
            cond = f"r.{column} = ? COLLATE NOCASE AND r.event_id IS NOT NULL"
            sets.append(_IdSet(f"SELECT r.event_id FROM reports r WHERE {cond}", [value[:MAX_TEXT_FILTER]],
                               f"SELECT COUNT(*) FROM reports r WHERE {cond}", [value[:MAX_TEXT_FILTER]]))
    modalities = [m for m in f.modality if m][:MAX_LIST_VALUES]
    if modalities:
        cond = f"r.modality IN ({','.join('?' * len(modalities))}) AND r.event_id IS NOT NULL"
        sets.append(_IdSet(f"SELECT r.event_id FROM reports r WHERE {cond}", modalities,
                           f"SELECT COUNT(*) FROM reports r WHERE {cond}", modalities))
    if f.q:
        match = fts_query(f.q)
        if match is not None:
            sets.append(_IdSet(
                "SELECT r.event_id FROM articles_fts JOIN articles_fts_keys k ON k.rowid = articles_fts.rowid "
                "JOIN reports r ON r.article_id = k.article_id WHERE articles_fts MATCH ? AND r.event_id IS NOT NULL",
                [match], "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?", [match],
            ))
    return sets


def _direct_conditions(f: EventFilters) -> tuple[list[str], list]:
    """Conditions on the events' own columns, all answerable from the covering indexes."""
    where: list[str] = []
    params: list = []
    if f.date_from:
        where.append("e.date_start >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        where.append("e.date_start <= ?")
        params.append(f.date_to.isoformat())
    if f.bbox:
        west, south, east, north = f.bbox
        where.append("e.latitude BETWEEN ? AND ?")
        params += [south, north]
        if west <= east:
            where.append("e.longitude BETWEEN ? AND ?")
            params += [west, east]
        else:  # the box crosses the antimeridian
            where.append("(e.longitude >= ? OR e.longitude <= ?)")
            params += [west, east]
    _in("e.country", f.country, where, params)
    _in("e.admin1", f.admin1, where, params)
    _in("e.event_type", f.event_type, where, params)
    _in("e.sub_event_type", f.sub_event_type, where, params)
    if f.actor:
        # Substring, case-insensitive: "Syria" finds "Military Forces of Syria (2000-)".
        # Primary actors only: associated actors live in the JSON and would need a table scan.
        pattern = _like_pattern(f.actor)
        where.append("(e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\')")
        params += [pattern, pattern]
    if f.min_sources is not None and f.min_sources > 1:
        where.append("e.n_sources >= ?")
        params.append(int(f.min_sources))
    if f.contested:
        where.append("e.contested = 1")
    if f.q and fts_query(f.q) is None:
        where.append("0")  # words were asked for but none survived: nothing matches
    return where, params


# Above this many ids, walking the events in order and testing membership beats looking
# each id up and sorting (an ordered page then stops after a few hundred rows).
DENSE_SET = 2000


def build_where(filters: EventFilters, conn: sqlite3.Connection | None = None, *, ordered: bool = True) -> tuple[str, list]:
    """The WHERE clause (over alias `e`) and its parameters for a set of filters.

    Id-set filters (claimant, outlet, modality, full text) are written either as a
    driver (`e.id IN (...)`: SQLite looks each id up) or as a membership test
    (`+e.id IN (...)`: SQLite walks an index and probes the set).  Membership wins when
    other filters narrow the events already, or, for an ordered page, when the set is
    dense; with `conn`, the set's size is estimated from its index first."""
    where, params = _direct_conditions(filters)
    sets = _id_sets(filters)
    for id_set in sets:
        membership = bool(where)  # other filters (or an earlier set) already narrow the events
        if not membership and ordered and conn is not None:
            size = conn.execute(id_set.size_sql, id_set.size_params).fetchone()[0]
            membership = size > DENSE_SET
        where.append(f"{'+' if membership else ''}e.id IN ({id_set.sql})")
        params += id_set.params
    return (" WHERE " + " AND ".join(where)) if where else "", params


def count_events(conn: sqlite3.Connection, filters: EventFilters) -> int:
    direct, _ = _direct_conditions(filters)
    sets = _id_sets(filters)
    if not direct and len(sets) == 1:
        # Only one id-set filter: count distinct ids straight from its index (reports.event_id
        # is a foreign key, so every id names an event).
        return conn.execute(f"SELECT COUNT(DISTINCT event_id) FROM ({sets[0].sql})", sets[0].params).fetchone()[0]
    where, params = build_where(filters, conn, ordered=False)
    return conn.execute(f"SELECT COUNT(*) FROM events e{where}", params).fetchone()[0]


def search_events(
    conn: sqlite3.Connection,
    filters: EventFilters,
    limit: int = 100,
    offset: int = 0,
    order: str = "date",
    *,
    with_data: bool = True,
    with_total: bool = True,
) -> tuple[int | None, list[dict]]:
    """One page of events matching `filters`, in a stable order (ties broken by id).

    Returns (total matching or None when not asked, rows).  Each row holds the flat
    columns and, with `with_data`, the Event JSON (without reports) under "data"."""
    if order not in ORDERS:
        raise QueryError(f"order must be one of {', '.join(ORDERS)}")
    where, params = build_where(filters, conn)
    columns = ", ".join(f"e.{c.strip()}" for c in FLAT_COLUMNS.split(","))
    if with_data:
        columns += ", e.data"
    # Two steps: pick the page's ids using only covering indexes (no wide rows touched
    # while filtering, sorting and skipping), then read just those rows in full.
    total: int | None = None
    page_sql = f"SELECT e.id FROM events e{where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
    if with_total and _direct_conditions(filters)[0] and _id_sets(filters):
        # Event filters plus id sets: one pass yields the page and the total together,
        # instead of building the id sets twice.
        page_sql = f"SELECT e.id, COUNT(*) OVER () FROM events e{where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
        found = conn.execute(page_sql, [*params, int(limit), int(offset)]).fetchall()
        if found:
            total = found[0][1]
    else:
        found = conn.execute(page_sql, [*params, int(limit), int(offset)]).fetchall()
    ids = [r[0] for r in found]
    rows = []
    if ids:
        rows = conn.execute(
            f"SELECT {columns} FROM events e WHERE e.id IN ({','.join('?' * len(ids))}) ORDER BY {ORDERS[order]}",
            ids,
        ).fetchall()
    if with_total and total is None:
        total = count_events(conn, filters)
    return total, [dict(r) for r in rows]


def iter_event_ids(conn: sqlite3.Connection, filters: EventFilters, order: str = "date") -> Iterator[str]:
    where, params = build_where(filters)
    for row in conn.execute(f"SELECT e.id FROM events e{where} ORDER BY {ORDERS[order]}", params):
        yield row[0]


def event_points(conn: sqlite3.Connection, filters: EventFilters, limit: int) -> list[tuple]:
    """Compact rows for drawing a map: id, lat, lon, type, sub-type, fatalities, date, n_sources, contested."""
    where, params = build_where(filters)
    geo = "e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    where = f"{where} AND {geo}" if where else f" WHERE {geo}"
    return conn.execute(
        "SELECT e.id, e.latitude, e.longitude, e.event_type, e.sub_event_type, e.fatalities, e.date_start, "
        f"e.n_sources, e.contested, e.location FROM events e{where} ORDER BY e.date_start, e.id LIMIT ?",
        [*params, int(limit)],
    ).fetchall()


STATS_PARTS = ("by_day", "by_type", "by_country", "by_admin1", "by_location")


def stats(conn: sqlite3.Connection, filters: EventFilters, top: int = 50, parts: Sequence[str] = STATS_PARTS) -> dict:
    """Counts (and fatalities) by day, by event type and sub-type, and by place.

    `parts` limits which breakdowns are computed (a timeline needs only by_day)."""
    where, params = build_where(filters)

    def rows(sql: str, extra: Sequence = ()) -> list[dict]:
        return [dict(r) for r in conn.execute(sql, [*params, *extra])]

    total = conn.execute(
        f"SELECT COUNT(*) AS events, COALESCE(SUM(e.fatalities), 0) AS fatalities, "
        f"MIN(e.date_start) AS date_min, MAX(e.date_start) AS date_max FROM events e{where}",
        params,
    ).fetchone()
    queries = {
        "by_day": lambda: rows(
            f"SELECT e.date_start AS day, COUNT(*) AS events, SUM(e.fatalities) AS fatalities "
            f"FROM events e{where} GROUP BY e.date_start ORDER BY e.date_start"
        ),
        "by_type": lambda: rows(
            f"SELECT e.event_type, e.sub_event_type, COUNT(*) AS events, SUM(e.fatalities) AS fatalities "
            f"FROM events e{where} GROUP BY e.event_type, e.sub_event_type ORDER BY events DESC"
        ),
        "by_country": lambda: rows(
            f"SELECT e.country, COUNT(*) AS events, SUM(e.fatalities) AS fatalities "
            f"FROM events e{where} GROUP BY e.country ORDER BY events DESC LIMIT ?",
            [top],
        ),
        "by_admin1": lambda: rows(
            f"SELECT e.country, e.admin1, COUNT(*) AS events, SUM(e.fatalities) AS fatalities "
            f"FROM events e{where} GROUP BY e.country, e.admin1 ORDER BY events DESC LIMIT ?",
            [top],
        ),
        "by_location": lambda: rows(
            f"SELECT e.country, e.admin1, e.location, COUNT(*) AS events, SUM(e.fatalities) AS fatalities "
            f"FROM events e{where} GROUP BY e.country, e.admin1, e.location ORDER BY events DESC LIMIT ?",
            [top],
        ),
    }
    out: dict = {"total": dict(total)}
    for name in STATS_PARTS:
        out[name] = queries[name]() if name in parts else []
    return out


def facets(conn: sqlite3.Connection, top: int = 200) -> dict[str, list[str]]:
    """Distinct values that filter drop-downs offer (most frequent first)."""

    def values(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql, [top]) if r[0]]

    return {
        "event_type": values("SELECT event_type FROM events GROUP BY event_type ORDER BY COUNT(*) DESC LIMIT ?"),
        "country": values("SELECT country FROM events GROUP BY country ORDER BY COUNT(*) DESC LIMIT ?"),
        "claimant": values(
            "SELECT claimant FROM reports WHERE event_id IS NOT NULL GROUP BY claimant ORDER BY COUNT(*) DESC LIMIT ?"
        ),
        "outlet": values(
            "SELECT outlet FROM reports WHERE event_id IS NOT NULL GROUP BY outlet ORDER BY COUNT(*) DESC LIMIT ?"
        ),
        "modality": values("SELECT modality FROM reports GROUP BY modality ORDER BY COUNT(*) DESC LIMIT ?"),
    }


def refresh_planner_stats(conn: sqlite3.Connection) -> None:
    """Sampled ANALYZE (fast on any size) so SQLite picks the covering indexes well."""
    conn.execute("PRAGMA analysis_limit = 1000")
    conn.execute("ANALYZE events")
    conn.execute("ANALYZE reports")
    conn.commit()


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None


def event_detail(conn: sqlite3.Connection, event_id: str) -> dict | None:
    """An event with its reports (each with its article's title, URL, origin) and revisions."""
    row = conn.execute("SELECT data, n_reports, created_at, updated_at FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    event = json.loads(row["data"])
    reports = []
    for r in conn.execute(
        "SELECT r.data, a.title AS article_title, a.url AS article_url, a.origin AS article_origin, "
        "a.published AS article_published, a.outlet AS article_outlet "
        "FROM reports r LEFT JOIN articles a ON a.id = r.article_id "
        "WHERE r.event_id = ? ORDER BY r.date_start, r.id",
        (event_id,),
    ):
        report = json.loads(r["data"])
        report["article"] = {
            "title": r["article_title"],
            "url": r["article_url"],
            "origin": r["article_origin"],
            "published": r["article_published"],
            "outlet": r["article_outlet"],
        }
        reports.append(report)
    event["reports"] = reports
    event["revisions"] = event_revisions(conn, event_id)
    return event


def event_revisions(conn: sqlite3.Connection, event_id: str) -> list[dict]:
    """Rows of the merge stage's `event_revisions` table, when it exists (schema owned there)."""
    if not table_exists(conn, "event_revisions"):
        return []
    out = []
    for r in conn.execute("SELECT * FROM event_revisions WHERE event_id = ? ORDER BY rowid", (event_id,)):
        item = dict(r)
        for key, value in item.items():
            if isinstance(value, str) and value[:1] in "[{":
                try:
                    item[key] = json.loads(value)
                except ValueError:
                    pass
        out.append(item)
    return out


def article_detail(conn: sqlite3.Connection, article_id: str) -> dict | None:
    row = conn.execute(
        "SELECT id, url, title, published, outlet, original_outlet, original_published, author, text, comments, "
        "content_hash, source_path, origin, ingested_at, data FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    item = dict(row)
    data = json.loads(item.pop("data"))
    item["comments"] = json.loads(item["comments"] or "[]")
    item["language"] = data.get("language")
    item["removed"] = data.get("removed", [])
    item["reports"] = [
        {"id": r["id"], "event_id": r["event_id"], "event_type": r["event_type"],
         "sub_event_type": r["sub_event_type"], "modality": r["modality"], "claimant": r["claimant"],
         "start": r["start"], "end": r["end"]}
        for r in conn.execute(
            'SELECT id, event_id, event_type, sub_event_type, modality, claimant, start, "end" '
            "FROM reports WHERE article_id = ? ORDER BY start",
            (article_id,),
        )
    ]
    return item


def search_articles(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[dict]:
    """Articles matching words, best first, with a snippet whose hits are wrapped in
    U+E000/U+E001 so a client can highlight them without ever parsing HTML."""
    match = fts_query(text)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT a.id, a.title, a.url, a.outlet, a.published, "
        "snippet(articles_fts, 1, char(57344), char(57345), '…', 24) AS snippet "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
        (match, int(limit)),
    ).fetchall()
    return [dict(r) for r in rows]
