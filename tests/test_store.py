"""The SQLite store: migrations, idempotency, one transaction per article."""
from __future__ import annotations


import pytest

from fogofwar.model import Article, Event, Report
from fogofwar.pipeline import ingest_paths
from fogofwar.store import Store, StoreError, migrations

from conftest import DEMO, FIXTURES


def test_migrations_are_applied_once(tmp_path):
    db = tmp_path / "x.db"
    with Store.open(db) as s:
        applied = {r[0] for r in s.conn.execute("SELECT name FROM schema_migrations")}
        assert applied == {name for name, _ in migrations()}
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store.open(db) as s:
        assert s.migrate() == []


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database " * 50)
    with pytest.raises(StoreError, match="not a fogofwar database|cannot open"):
        Store.open(bad)


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "x.db")


def test_article_state(tmp_path):
    with Store.open(tmp_path / "x.db") as s:
        a = Article(id="a1", text="Some text here.")
        assert s.article_state(a) == "new"
        with s.transaction() as conn:
            s.insert_article(conn, a)
        assert s.article_state(a) == "same"
        assert s.article_state(Article(id="a2", text="Some  text here.")) == "duplicate"  # whitespace-blind hash
        assert s.article_state(Article(id="a1", text="Other text.")) == "changed"


def test_transaction_rolls_back_everything(tmp_path):
    with Store.open(tmp_path / "x.db") as s:
        a = Article(id="a1", text="Body.")
        r = Report(id="a1:0:AC", article_id="a1", event_type="Battles", sub_event_type="Armed clash", evidence="Body.", start=0, end=5)
        with pytest.raises(RuntimeError):
            with s.transaction() as conn:
                s.insert_article(conn, a)
                s.insert_report(conn, r, None)
                raise RuntimeError("crash in the middle of an article")
        assert s.counts() == {"articles": 0, "reports": 0, "statements": 0, "events": 0}


def test_event_round_trip(tmp_path):
    with Store.open(tmp_path / "x.db") as s:
        a = Article(id="a1", text="Body.")
        r = Report(id="a1:0:AC", article_id="a1", event_type="Battles", sub_event_type="Armed clash", evidence="Body.", start=0, end=5)
        e = Event(id="EV1", event_type="Battles", sub_event_type="Armed clash", reports=[r])
        with s.transaction() as conn:
            s.insert_article(conn, a)
            s.upsert_event(conn, e)
            s.insert_report(conn, r, e.id)
        got = s.get_event("EV1")
        assert got.sub_event_type == "Armed clash" and [x.id for x in got.reports] == ["a1:0:AC"]
        assert s.conn.execute("SELECT n_reports FROM events").fetchone()[0] == 1


def test_reingest_changes_nothing(tmp_path):
    db = tmp_path / "demo.db"
    with Store.open(db) as s:
        first = ingest_paths(s, [DEMO])
        counts = s.counts()
        events = [(e.id, e.sub_event_type, len(e.reports), e.n_sources) for e in s.iter_events()]
    with Store.open(db) as s:
        second = ingest_paths(s, [DEMO])
        assert second.new == 0 and second.unchanged == first.new
        assert s.counts() == counts
        assert [(e.id, e.sub_event_type, len(e.reports), e.n_sources) for e in s.iter_events()] == events


def test_changed_article_is_kept_as_a_version(tmp_path):
    feed1 = tmp_path / "a.jsonl"
    feed1.write_text('{"id": "x1", "text": "Gunmen killed two farmers near Gao on Monday, residents said.", "published": "2024-05-08"}\n')
    feed2 = tmp_path / "b.jsonl"
    feed2.write_text('{"id": "x1", "text": "Gunmen killed three farmers near Gao on Monday, residents said.", "published": "2024-05-08"}\n')
    with Store.open(tmp_path / "v.db") as s:
        ingest_paths(s, [feed1])
        summary = ingest_paths(s, [feed2])
        assert summary.versions == 1
        ids = sorted(r[0] for r in s.conn.execute("SELECT id FROM articles"))
        assert ids[0] == "x1" and ids[1].startswith("x1@")
        assert s.get_article("x1").text.startswith("Gunmen killed two")  # the first version is untouched


def test_bad_files_are_recorded_and_the_batch_goes_on(tmp_path):
    with Store.open(tmp_path / "b.db") as s:
        summary = ingest_paths(s, [FIXTURES / "ingest"])
        reasons = " ".join(p.reason for p in summary.problems)
        assert "empty" in reasons and "binary" in reasons and "JSON" in reasons
        assert summary.new >= 8  # the good files in the same batch were stored
        stored = s.conn.execute("SELECT COUNT(*) FROM problems").fetchone()[0]
        assert stored == len(summary.problems)


def test_a_crash_inside_one_article_leaves_the_others(tmp_path, monkeypatch):
    from fogofwar import pipeline

    real = pipeline.Pipeline.store_processed

    def flaky(self, p, summary):
        if "Mogadishu" in p.article.text:
            raise RuntimeError("disk full")
        return real(self, p, summary)

    monkeypatch.setattr(pipeline.Pipeline, "store_processed", flaky)
    with Store.open(tmp_path / "c.db") as s:
        summary = ingest_paths(s, [DEMO])
        assert any("disk full" in p.reason for p in summary.problems)
        texts = [r[0] for r in s.conn.execute("SELECT text FROM articles")]
        assert texts and not any("Mogadishu" in t for t in texts)
        orphans = s.conn.execute("SELECT COUNT(*) FROM reports WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
