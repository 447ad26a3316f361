"""Exports and the command line, run as a user runs them (a real subprocess)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from fogofwar.export import ACLED_COLUMNS, ExportError, write_export

from conftest import DEMO, FIXTURES

FOGOFWAR = [sys.executable, "-m", "fogofwar"]


def run(*args, env_db=None, check=True):
    proc = subprocess.run([*FOGOFWAR, *map(str, args)], capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def test_acled_csv_has_acled_columns_in_order(demo_store):
    buf = io.StringIO()
    n = write_export(demo_store.iter_events(), "acled-csv", buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) > 10
    header = buf.getvalue().splitlines()[0].split(",")
    assert header[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    for row in rows:
        assert row["event_type"] and row["sub_event_type"] and row["event_date"]
        assert int(row["fatalities"]) >= 0 and row["notes"].startswith("On ")
        if row["inter1"] and row["inter2"]:
            assert row["interaction"] == "".join(sorted([row["inter1"], row["inter2"]]))


def test_geojson_is_valid_feature_collection(demo_store):
    buf = io.StringIO()
    write_export(demo_store.iter_events(), "geojson", buf)
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection" and data["features"]
    located = [f for f in data["features"] if f["geometry"]]
    assert located
    for f in located:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_jsonl_carries_reports_and_sources(demo_store):
    buf = io.StringIO()
    write_export(demo_store.iter_events(), "jsonl", buf)
    events = [json.loads(line) for line in buf.getvalue().splitlines()]
    for e in events:
        assert e["reports"] and e["n_sources"] >= 1
        for r in e["reports"]:
            assert {"article_id", "url", "outlet", "evidence", "claimant", "modality"} <= set(r)
    # the JSONL feed's own ids are kept as article ids
    assert any(r["article_id"].startswith("fw-demo-feed") for e in events for r in e["reports"])


def test_unknown_format():
    with pytest.raises(ExportError):
        write_export([], "xml", io.StringIO())


def test_cli_end_to_end(tmp_path):
    db = tmp_path / "cli.db"
    assert run("--version").stdout.startswith("fogofwar ")
    first = run("ingest", DEMO, "--db", db)
    assert "new" in first.stdout
    table = run("events", "--db", db).stdout
    assert "Armed clash" in table and "Air/drone strike" in table
    out = tmp_path / "events.csv"
    run("export", "--format", "acled-csv", "-o", out, "--db", db)
    assert out.read_text().startswith("event_id_cnty,event_date")
    assert not (tmp_path / "events.csv.part").exists()
    jsonl = run("export", "--format", "jsonl", "--db", db).stdout
    assert len(jsonl.splitlines()) == len([line for line in out.read_text().splitlines()[1:] if line])
    # Running ingest twice gives the same events and articles.
    again = run("ingest", DEMO, "--db", db)
    assert " 0 new" in again.stdout
    assert run("export", "--format", "jsonl", "--db", db).stdout.count("\n") == jsonl.count("\n")


def test_cli_bad_input_exit_code_and_summary(tmp_path):
    db = tmp_path / "bad.db"
    proc = run("ingest", FIXTURES / "ingest" / "bad", "--db", db, check=False)
    assert proc.returncode == 1
    assert "empty.txt" in proc.stderr and "binary.txt" in proc.stderr and "skipped" in proc.stderr
    assert "new" in proc.stdout  # the good records in the same folder were stored


def test_cli_env_db_and_errors(tmp_path):
    env_db = tmp_path / "env.db"
    proc = subprocess.run([*FOGOFWAR, "events"], capture_output=True, text=True, env={"FOGOFWAR_DB": str(env_db), "PATH": ""})
    assert proc.returncode == 2 and "no database" in proc.stderr
    proc = run("export", "--format", "xml", "--db", tmp_path / "x.db", check=False)
    assert proc.returncode == 2 and "unknown format" in proc.stderr
