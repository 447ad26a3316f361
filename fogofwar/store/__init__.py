"""Storage: the only module that speaks SQL.

SQLite by default (one file, WAL mode).  The schema lives in numbered
migration files beside this module (`migrations/NNNN_name.sql`) and is brought
up to date every time a store is opened.  Each article is written in one
transaction with its reports and the events they touch, so a crash never
leaves half an article behind.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path

from fogofwar.model import Article, Event, IngestProblem, Report

DEFAULT_DB = "fogofwar.db"
MIGRATION_NAME = re.compile(r"^\d{4}_[a-z0-9_]+\.sql$")


def default_db_path() -> str:
    return os.environ.get("FOGOFWAR_DB") or DEFAULT_DB


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def migrations() -> list[tuple[str, str]]:
    folder = resources.files("fogofwar.store").joinpath("migrations")
    files = sorted(p.name for p in folder.iterdir() if MIGRATION_NAME.match(p.name))
    return [(name, folder.joinpath(name).read_text("utf-8")) for name in files]


class StoreError(RuntimeError):
    pass


class Store:
    """A fogofwar database. Open with `Store.open(path)`; use as a context manager to close."""

    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, readonly: bool = False) -> "Store":
        path = str(path or default_db_path())
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.exists():
                raise StoreError(f"folder for database does not exist: {parent}")
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            else:
                conn = sqlite3.connect(path, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(conn, path)
        if not readonly:
            store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied, each in its own transaction."""
        try:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a fogofwar database: {exc}") from exc
        applied = []
        for name, sql in migrations():
            if name in done:
                continue
            # executescript commits first; wrap the file and its bookkeeping in one transaction.
            self.conn.executescript(
                f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES ('{name}', '{_now()}');\nCOMMIT;"
            )
            applied.append(name)
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: everything inside commits together or not at all."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    # -- articles ----------------------------------------------------------------
    def article_state(self, article: Article) -> str:
        """'new', 'same' (already stored, unchanged), 'duplicate' (same text under
        another id) or 'changed' (same id, different text)."""
        row = self.conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row:
            return "same" if row["content_hash"] == article.content_hash else "changed"
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", (article.content_hash,)
        ).fetchone()
        return "duplicate" if row else "new"

    def insert_article(self, conn: sqlite3.Connection, article: Article) -> None:
        conn.execute(
            """INSERT INTO articles (id, url, title, published, outlet, original_outlet, original_published,
                   author, text, comments, content_hash, source_path, origin, ingested_at, data)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                article.id, article.url, article.title, _iso(article.published), article.outlet,
                article.original_outlet, _iso(article.original_published), article.author, article.text,
                json.dumps(article.comments, ensure_ascii=False), article.content_hash, article.source_path,
                None, _now(), article.model_dump_json(),
            ),
        )

    def set_origin(self, conn: sqlite3.Connection, article_id: str, origin: str) -> None:
        conn.execute("UPDATE articles SET origin = ? WHERE id = ?", (origin, article_id))

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.model_validate_json(row["data"]) if row else None

    def iter_articles(self) -> Iterator[Article]:
        for row in self.conn.execute("SELECT data FROM articles ORDER BY published, id"):
            yield Article.model_validate_json(row["data"])

    def article_origins(self) -> dict[str, str]:
        return {r["id"]: r["origin"] for r in self.conn.execute("SELECT id, origin FROM articles") if r["origin"]}

    # -- reports and events ----------------------------------------------------------
    def insert_report(self, conn: sqlite3.Connection, report: Report, event_id: str | None) -> None:
        conn.execute(
            """INSERT OR REPLACE INTO reports (id, article_id, event_id, event_type, sub_event_type, modality,
                   claimant, outlet, date_start, start, "end", evidence, data)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                report.id, report.article_id, event_id, report.event_type, report.sub_event_type,
                report.modality, report.claimant, report.outlet, _iso(report.date_start), report.start,
                report.end, report.evidence, report.model_dump_json(),
            ),
        )

    def upsert_event(self, conn: sqlite3.Connection, event: Event) -> None:
        place, a1, a2 = event.place, event.actor1, event.actor2
        now = _now()
        data = event.model_dump_json(exclude={"reports"})
        conn.execute(
            """INSERT INTO events (id, event_type, sub_event_type, date_start, date_end, time_precision, country,
                   iso3, admin1, admin2, location, latitude, longitude, geo_precision, actor1, actor2, inter1,
                   inter2, fatalities, n_reports, n_sources, contested, created_at, updated_at, data)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET event_type=excluded.event_type,
                   sub_event_type=excluded.sub_event_type, date_start=excluded.date_start,
                   date_end=excluded.date_end, time_precision=excluded.time_precision,
                   country=excluded.country, iso3=excluded.iso3, admin1=excluded.admin1,
                   admin2=excluded.admin2, location=excluded.location, latitude=excluded.latitude,
                   longitude=excluded.longitude, geo_precision=excluded.geo_precision,
                   actor1=excluded.actor1, actor2=excluded.actor2, inter1=excluded.inter1,
                   inter2=excluded.inter2, fatalities=excluded.fatalities, n_reports=excluded.n_reports,
                   n_sources=excluded.n_sources, contested=excluded.contested,
                   updated_at=excluded.updated_at, data=excluded.data""",
            (
                event.id, event.event_type, event.sub_event_type, _iso(event.date_start), _iso(event.date_end),
                event.time_precision, place.country if place else None, place.iso3 if place else None,
                place.admin1 if place else None, place.admin2 if place else None,
                (place.name or place.text) if place else None, place.latitude if place else None,
                place.longitude if place else None, place.geo_precision if place else None,
                a1.name if a1 else None, a2.name if a2 else None, a1.inter if a1 else None,
                a2.inter if a2 else None, event.fatalities.acled, len(event.reports), event.n_sources,
                1 if event.contested else 0, _iso(event.created_at) if event.created_at else now, now, data,
            ),
        )

    def _event_from_row(self, row: sqlite3.Row, with_reports: bool = True) -> Event:
        event = Event.model_validate_json(row["data"])
        if with_reports:
            event.reports = self.reports_for_event(event.id)
        return event

    def reports_for_event(self, event_id: str) -> list[Report]:
        # The origin is read from the article: it can change when a later copy links groups.
        rows = self.conn.execute(
            """SELECT r.data, a.origin FROM reports r JOIN articles a ON a.id = r.article_id
               WHERE r.event_id = ? ORDER BY r.date_start, r.id""",
            (event_id,),
        )
        out = []
        for row in rows:
            report = Report.model_validate_json(row["data"])
            report.origin = row["origin"] or report.origin
            out.append(report)
        return out

    def events_for_articles(self, article_ids: list[str]) -> list[Event]:
        """Events that have a report from any of these articles."""
        found: dict[str, Event] = {}
        for chunk in range(0, len(article_ids), 500):
            ids = article_ids[chunk : chunk + 500]
            marks = ",".join("?" * len(ids))
            rows = self.conn.execute(
                f"""SELECT DISTINCT e.data FROM events e JOIN reports r ON r.event_id = e.id
                    WHERE r.article_id IN ({marks})""",
                ids,
            ).fetchall()
            for row in rows:
                event = self._event_from_row(row)
                found[event.id] = event
        return list(found.values())

    def save_revisions(self, conn: sqlite3.Connection, revisions: Iterable) -> None:
        conn.executemany(
            "INSERT INTO event_revisions (event_id, article_id, report_id, at, changes, decision) VALUES (?,?,?,?,?,?)",
            [
                (
                    r.event_id, r.article_id, r.report_id, r.at.isoformat(timespec="seconds"),
                    json.dumps(r.changes, default=str),
                    json.dumps(r.decision, default=str) if getattr(r, "decision", None) else None,
                )
                for r in revisions
            ],
        )

    def revisions_for_event(self, event_id: str) -> list[dict]:
        """Every change to an event, oldest first, with why each report joined it."""
        from fogofwar.store.queries import event_revisions

        return event_revisions(self.conn, event_id)

    def reports_for_article(self, article_id: str) -> list[Report]:
        rows = self.conn.execute("SELECT data FROM reports WHERE article_id = ? ORDER BY start", (article_id,))
        return [Report.model_validate_json(r["data"]) for r in rows]

    def get_event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT data FROM events WHERE id = ?", (event_id,)).fetchone()
        return self._event_from_row(row) if row else None

    def iter_events(self, with_reports: bool = True) -> Iterator[Event]:
        rows = self.conn.execute("SELECT data FROM events ORDER BY date_start, id").fetchall()
        for row in rows:
            yield self._event_from_row(row, with_reports)

    def candidate_events(
        self, date_from: date | None, date_to: date | None, bbox: tuple[float, float, float, float] | None = None
    ) -> list[Event]:
        """Events whose dates overlap [date_from, date_to] and, given a box (min_lat, min_lon,
        max_lat, max_lon), that lie in it or have no coordinates: what new reports may merge into."""
        if date_from is None or date_to is None:
            return []
        sql = "SELECT data FROM events WHERE date_start <= ? AND COALESCE(date_end, date_start) >= ?"
        params: list = [date_to.isoformat(), date_from.isoformat()]
        if bbox is not None:
            sql += " AND (latitude IS NULL OR (latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?))"
            params += [bbox[0], bbox[2], bbox[1], bbox[3]]
        rows = self.conn.execute(sql, params).fetchall()
        return [self._event_from_row(r) for r in rows]

    # -- bookkeeping -----------------------------------------------------------------
    def add_problem(self, problem: IngestProblem) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO problems (source, reason, at) VALUES (?,?,?)", (problem.source, problem.reason, _now())
            )

    def counts(self) -> dict[str, int]:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": q("SELECT COUNT(*) FROM articles"),
            "reports": q("SELECT COUNT(*) FROM reports"),
            "statements": q("SELECT COUNT(*) FROM reports WHERE event_id IS NULL"),
            "events": q("SELECT COUNT(*) FROM events"),
        }


def open_store(path: str | os.PathLike | None = None) -> Store:
    return Store.open(path)


__all__ = ["Store", "StoreError", "open_store", "default_db_path", "DEFAULT_DB"]
