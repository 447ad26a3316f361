"""The HTTP API over real HTTP: uvicorn on a free 127.0.0.1 port, requests with httpx.

Expected answers are computed in Python from the generated events themselves, not with
the SQL under test."""
from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from datetime import date, datetime, timezone
from types import SimpleNamespace

import httpx
import pytest

from fogofwar.api import create_app
from fogofwar.api.server import running
from fogofwar.api.synthetic import HOSTILE_MARKUP, make_event, make_hostile, store_items
from fogofwar.model import Event
from fogofwar.store import Store

N_EVENTS = 400
TOKEN = "s3cret-test-token"


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "api.db"
    rng = random.Random(7)
    items = [make_event(rng, i, date(2024, 1, 1), 90) for i in range(N_EVENTS)]
    # One article with a word no template uses, to test full-text search.
    article, reports, event = items[17]
    items[17] = (article.model_copy(update={"text": article.text + " Zanzibarite witnesses agreed."}), reports, event)
    hostile = make_hostile()
    with Store.open(db) as store:
        store_items(store, items + [hostile])
    events = [ev for _, _, ev in items] + [hostile[2]]
    return {"db": db, "events": events, "items": items + [hostile], "hostile": hostile}


@pytest.fixture(scope="module")
def api(dataset):
    with running(create_app(dataset["db"], token=TOKEN)) as base:
        with httpx.Client(base_url=base, timeout=30) as client:
            yield client


@pytest.fixture(scope="module")
def api_no_token(dataset):
    with running(create_app(dataset["db"], token=None)) as base:
        with httpx.Client(base_url=base, timeout=30) as client:
            yield client


def all_ids(client: httpx.Client, params: dict) -> list[str]:
    ids, offset = [], 0
    while True:
        page = client.get("/api/events", params={**params, "limit": 97, "offset": offset}).json()
        ids += [e["id"] for e in page["items"]]
        if page["next_offset"] is None:
            return ids
        offset = page["next_offset"]


def ordered(events: list[Event]) -> list[str]:
    return [e.id for e in sorted(events, key=lambda e: (e.date_start.isoformat(), e.id))]


def test_list_without_filters_returns_every_event_in_stable_order(api, dataset):
    page = api.get("/api/events", params={"limit": 5}).json()
    assert page["total"] == len(dataset["events"])
    assert all_ids(api, {}) == ordered(dataset["events"])


def test_pages_do_not_overlap_and_cover_everything(api, dataset):
    seen = []
    for offset in range(0, len(dataset["events"]), 50):
        page = api.get("/api/events", params={"limit": 50, "offset": offset, "order": "-date"}).json()
        seen += [e["id"] for e in page["items"]]
    assert len(seen) == len(set(seen)) == len(dataset["events"])
    last = api.get("/api/events", params={"limit": 50, "offset": len(seen) - 10}).json()
    assert last["next_offset"] is None and len(last["items"]) == 10


def test_filter_type_and_country(api, dataset):
    want = [e for e in dataset["events"] if e.event_type == "Battles" and e.place.country == "Syria"]
    assert want, "fixture should contain Syrian battles"
    got = all_ids(api, {"event_type": "Battles", "country": "Syria"})
    assert got == ordered(want)


def test_filter_several_types_and_sub_type(api, dataset):
    types = ["Protests", "Battles"]
    want = [e for e in dataset["events"] if e.event_type in types]
    assert all_ids(api, {"event_type": types}) == ordered(want)
    sub = "Air/drone strike"
    assert all_ids(api, {"sub_event_type": sub}) == ordered([e for e in dataset["events"] if e.sub_event_type == sub])


def test_filter_date_range_and_bbox(api, dataset):
    lo, hi = date(2024, 2, 1), date(2024, 2, 20)
    box = (30.0, 30.0, 45.0, 40.0)  # west, south, east, north
    want = [
        e for e in dataset["events"]
        if lo <= e.date_start <= hi and box[1] <= e.place.latitude <= box[3] and box[0] <= e.place.longitude <= box[2]
    ]
    assert want
    got = all_ids(api, {"date_from": lo.isoformat(), "date_to": hi.isoformat(), "bbox": ",".join(map(str, box))})
    assert got == ordered(want)


def test_filter_admin1_actor_claimant_outlet(api, dataset):
    events = dataset["events"]
    assert all_ids(api, {"admin1": "Idlib"}) == ordered([e for e in events if e.place.admin1 == "Idlib"])
    want = [e for e in events if any("shabaab" in (a.name.lower()) for a in (e.actor1, e.actor2) if a)]
    assert want and all_ids(api, {"actor": "shabaab"}) == ordered(want)
    want = [e for e in events if any(r.claimant == "SANA" for r in e.reports)]
    assert want and all_ids(api, {"claimant": "sana"}) == ordered(want)
    want = [e for e in events if any(r.outlet == "Desert Post" for r in e.reports)]
    assert want and all_ids(api, {"outlet": "Desert Post"}) == ordered(want)


def test_filter_min_sources_modality_contested(api, dataset):
    events = dataset["events"]
    want = [e for e in events if e.n_sources >= 3]
    assert want and all_ids(api, {"min_sources": 3}) == ordered(want)
    want = [e for e in events if any(r.modality == "alleged" for r in e.reports)]
    assert want and all_ids(api, {"modality": "alleged"}) == ordered(want)
    want = [e for e in events if e.contested]
    assert want and all_ids(api, {"contested": "true"}) == ordered(want)


def test_full_text_search_finds_the_article_event(api, dataset):
    target = dataset["items"][17][2].id
    assert all_ids(api, {"q": "zanzibarite"}) == [target]
    assert all_ids(api, {"q": "zanzib*"}) == [target]
    hits = api.get("/api/articles", params={"q": "Zanzibarite"}).json()
    assert [h["id"] for h in hits] == [dataset["items"][17][0].id]
    assert "\ue000" in hits[0]["snippet"]


@pytest.mark.parametrize("query", ['"', "NEAR(a b", "title:x", "a OR", "*", "') OR 1=1 --", "^x", "{x}"])
def test_full_text_operators_are_inert(api, query):
    response = api.get("/api/events", params={"q": query})
    assert response.status_code == 200, response.text


def test_bad_parameters_are_rejected(api):
    assert api.get("/api/events", params={"bbox": "1,2,3"}).status_code == 422
    assert api.get("/api/events", params={"bbox": "0,50,10,40"}).status_code == 422
    assert api.get("/api/events", params={"limit": 100000}).status_code == 422
    assert api.get("/api/events", params={"order": "id; DROP TABLE events"}).status_code == 422
    assert api.get("/api/events", params={"date_from": "yesterday"}).status_code == 422


def test_geojson(api, dataset):
    response = api.get("/api/events", params={"format": "geojson", "country": "Yemen", "limit": 1000})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/geo+json")
    doc = response.json()
    assert doc["type"] == "FeatureCollection"
    by_id = {e.id: e for e in dataset["events"]}
    assert len(doc["features"]) == sum(1 for e in dataset["events"] if e.place.country == "Yemen")
    for feature in doc["features"]:
        event = by_id[feature["id"]]
        assert feature["geometry"]["coordinates"] == [event.place.longitude, event.place.latitude]
        assert feature["properties"]["event_type"] == event.event_type


def test_event_detail_has_reports_spans_groups_claims(api, dataset):
    event = next(e for e in dataset["events"] if len(e.reports) == 2)
    detail = api.get(f"/api/events/{event.id}").json()
    assert [r["id"] for r in detail["reports"]] == sorted(r.id for r in event.reports)
    for report in detail["reports"]:
        start, end = report["spans"]["trigger"][0]
        assert report["evidence"][start:end] == report["trigger"]
        assert report["article"]["url"].startswith("https://example.org/")
    assert {g["origin"] for g in detail["groups"]} == {r.origin for r in event.reports}
    assert sum(len(v) for v in detail["claims_by_report"].values()) == len(event.claims)
    assert detail["revisions"] == []
    assert api.get("/api/events/no-such-event").status_code == 404


def test_revisions_are_served(tmp_path):
    db = tmp_path / "rev.db"
    article, reports, event = make_event(random.Random(3), 1, date(2024, 1, 1), 10)
    revision = SimpleNamespace(
        event_id=event.id, article_id=article.id, report_id=reports[0].id,
        at=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc), changes={"fatalities": [2, 5]},
    )
    with Store.open(db) as store:
        store_items(store, [(article, reports, event)])
        with store.transaction() as conn:
            store.save_revisions(conn, [revision])
    with running(create_app(db)) as base:
        detail = httpx.get(f"{base}/api/events/{event.id}").json()
    assert len(detail["revisions"]) == 1
    assert detail["revisions"][0]["changes"] == {"fatalities": [2, 5]}
    assert detail["revisions"][0]["article_id"] == article.id


def test_stats_counts(api, dataset):
    stats = api.get("/api/stats", params={"country": "Sudan"}).json()
    want = [e for e in dataset["events"] if e.place.country == "Sudan"]
    assert stats["total"]["events"] == len(want)
    assert stats["total"]["fatalities"] == sum(e.fatalities.acled for e in want)
    assert sum(d["events"] for d in stats["by_day"]) == len(want)
    by_type = Counter((e.event_type, e.sub_event_type) for e in want)
    assert {(t["event_type"], t["sub_event_type"]): t["events"] for t in stats["by_type"]} == by_type
    assert stats["by_country"] == [{"country": "Sudan", "events": len(want), "fatalities": stats["total"]["fatalities"]}]


def test_points_and_facets(api, dataset):
    points = api.get("/api/points", params={"event_type": "Riots"}).json()
    assert points["rows"] == []
    points = api.get("/api/points").json()
    assert len(points["rows"]) == len(dataset["events"]) and not points["truncated"]
    facets = api.get("/api/facets").json()
    assert set(facets["country"]) == {e.place.country for e in dataset["events"]}
    assert "Battles" in facets["taxonomy"]


def test_hostile_article_is_stored_verbatim_and_served_as_json(api, dataset):
    article, reports, event = dataset["hostile"]
    response = api.get(f"/api/articles/{article.id}")
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["text"] == article.text and body["comments"] == article.comments
    assert HOSTILE_MARKUP[0] in body["text"] and HOSTILE_MARKUP[1] in body["comments"][1]
    assert body["title"] == article.title
    detail = api.get(f"/api/events/{event.id}").json()
    assert detail["reports"][0]["evidence"] == reports[0].evidence
    # The page itself is static: no article text is ever templated into HTML.
    page = api.get("/")
    assert page.status_code == 200 and "onerror" not in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"


def test_ingest_without_token_is_refused_and_stores_nothing(api, dataset):
    before = api.get("/api/events", params={"limit": 1}).json()["total"]
    record = {"text": "Gunmen attacked a checkpoint in Mayadin on Monday, killing 3 soldiers.", "title": "t"}
    assert api.post("/api/ingest", json=[record]).status_code == 401
    wrong = api.post("/api/ingest", json=[record], headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    basic = api.post("/api/ingest", json=[record], headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401
    files = {"files": ("a.txt", record["text"].encode(), "text/plain")}
    assert api.post("/api/ingest", files=files).status_code == 401
    assert api.get("/api/events", params={"limit": 1}).json()["total"] == before
    conn = sqlite3.connect(dataset["db"])
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == len(dataset["items"])
    conn.close()


def test_ingest_is_disabled_without_a_configured_token(api_no_token):
    record = {"text": "Protesters marched in Aleppo.", "title": "t"}
    response = api_no_token.post("/api/ingest", json=[record], headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert api_no_token.get("/api/config").json()["ingest_enabled"] is False


def test_ingest_bounds_request_size(api):
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = b"[" + b" " * (21 * 1024 * 1024) + b"]"
    assert api.post("/api/ingest", content=big, headers=headers).status_code == 413
    too_many = [{"text": "x"}] * 1001
    assert api.post("/api/ingest", json=too_many, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 413
    assert api.post("/api/ingest", content=b"{not json", headers=headers).status_code == 400
    assert api.post("/api/ingest", content=b"x", headers={**headers, "Content-Type": "text/plain"}).status_code == 415


def test_ingest_with_token_adds_articles(dataset, tmp_path):
    pytest.importorskip("fogofwar.pipeline")
    db = tmp_path / "ingest.db"
    text = (
        "BEIRUT, March 3, 2024 - Government forces shelled the town of Maarat al Numan in Idlib province "
        "on Sunday, killing four civilians <script>alert(1)</script>, according to a monitoring group."
        "\n\nComments\n\nReader One says:\nSad news <img src=x onerror=alert(2)>\n"
    )
    with running(create_app(db, token=TOKEN)) as base:
        response = httpx.post(
            f"{base}/api/ingest", json={"articles": [{"id": "t1", "text": text, "title": "Shelling"}]},
            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300,
        )
        assert response.status_code == 200, response.text
        assert response.json()["articles"] == 1
        article = httpx.get(f"{base}/api/articles/t1").json()
        assert "Maarat al Numan" in article["text"]
        assert "civilians <script>alert(1)</script>, according" in article["text"]  # verbatim, as data
        assert any("<img src=x onerror=alert(2)>" in c for c in article["comments"])
        assert "onerror" not in article["text"]  # the comment stays apart from the text
        upload = text.replace("four civilians", "two fighters").replace("Sunday", "Monday")
        response = httpx.post(
            f"{base}/api/ingest", files={"files": ("../../etc/evil name.txt", upload.encode(), "text/plain")},
            headers={"Authorization": f"Bearer {TOKEN}"}, timeout=300,
        )
        assert response.status_code == 200, response.text
        assert response.json()["articles"] == 1
    with Store.open(db) as store:
        paths = [a.source_path for a in store.iter_articles()]
    assert any(p and p.startswith("upload:evil name.txt") for p in paths), paths


def test_export_streams_filtered_events(api, dataset):
    pytest.importorskip("fogofwar.export")
    want = [e for e in dataset["events"] if e.place.country == "Mali"]
    response = api.get("/api/export", params={"format": "jsonl", "country": "Mali"})
    assert response.status_code == 200
    lines = [json.loads(line) for line in response.text.splitlines() if line.strip()]
    assert len(lines) == len(want)
    csv = api.get("/api/export", params={"format": "acled-csv", "country": "Mali"})
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert len([line for line in csv.text.splitlines() if line.strip()]) == len(want) + 1


def test_foreign_host_header_is_refused(api):
    # A DNS-rebinding page reaches 127.0.0.1 under its own name; it must not read the data.
    assert api.get("/api/events", headers={"Host": "evil.example"}).status_code == 400


def test_openapi_document_lists_the_endpoints(api):
    doc = api.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/stats",
                 "/api/export", "/api/ingest"):
        assert path in doc["paths"], path


def test_fts_index_follows_article_inserts_and_deletes(tmp_path):
    db = tmp_path / "fts.db"
    article, reports, event = make_event(random.Random(5), 1, date(2024, 1, 1), 10)
    article = article.model_copy(update={"text": article.text + " Quetzalcoatlus sighted."})
    with Store.open(db) as store:
        store_items(store, [(article, reports, event)])
        count = "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'quetzalcoatlus'"
        assert store.conn.execute(count).fetchone()[0] == 1
        with store.transaction() as conn:
            conn.execute("UPDATE articles SET text = 'replaced' WHERE id = ?", (article.id,))
        assert store.conn.execute(count).fetchone()[0] == 0
        with store.transaction() as conn:
            conn.execute("DELETE FROM reports WHERE article_id = ?", (article.id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        assert store.conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'replaced'").fetchone()[0] == 0


@pytest.mark.parametrize("dense_set", [0, 10**9], ids=["membership", "lookup"])
def test_id_set_filters_combine_the_same_either_way(api, dataset, monkeypatch, dense_set):
    # Both query shapes the store may pick for claimant/outlet/modality/text filters agree.
    from fogofwar.store import queries

    monkeypatch.setattr(queries, "DENSE_SET", dense_set)
    events = dataset["events"]
    cases = [
        ({"claimant": "SANA", "outlet": "Wire One"},
         lambda e: any(r.claimant == "SANA" for r in e.reports) and any(r.outlet == "Wire One" for r in e.reports)),
        ({"modality": ["alleged", "reported"], "country": "Yemen"},
         lambda e: e.place.country == "Yemen" and any(r.modality in ("alleged", "reported") for r in e.reports)),
        ({"q": "market", "event_type": "Explosions/Remote violence"},
         lambda e: e.event_type == "Explosions/Remote violence"
         and any("market" in r.evidence.lower() for r in e.reports)),
        ({"claimant": "local activists"}, lambda e: any(r.claimant == "local activists" for r in e.reports)),
    ]
    for params, keep in cases:
        want = [e for e in events if keep(e)]
        assert want, params
        assert all_ids(api, params) == ordered(want), params
        assert api.get("/api/events", params={**params, "limit": 1}).json()["total"] == len(want)
        beyond = api.get("/api/events", params={**params, "offset": len(want) + 5}).json()
        assert beyond["items"] == [] and beyond["total"] == len(want) and beyond["next_offset"] is None


def test_stats_parts_limit_the_work(api):
    stats = api.get("/api/stats", params={"parts": "by_day"}).json()
    assert stats["by_day"] and stats["by_type"] == [] and stats["by_location"] == []
    assert api.get("/api/stats", params={"parts": "by_nothing"}).status_code == 422


def test_tiles_option_reaches_the_page_and_the_csp(tmp_path):
    tiles = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    with running(create_app(tmp_path / "tiles.db", tiles=tiles)) as base:
        assert httpx.get(f"{base}/api/config").json()["tiles"] == tiles
        csp = httpx.get(f"{base}/").headers["content-security-policy"]
    assert "img-src 'self' data: blob: https://*.tile.example.org;" in csp


def test_serve_command_binds_loopback_and_serves(tmp_path):
    import subprocess
    import sys
    import time

    from fogofwar.api.server import free_port

    port = free_port()
    db = tmp_path / "serve.db"
    env = {**__import__("os").environ, "FOGOFWAR_TOKEN": "from-env"}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from fogofwar.cli import main; main()", "serve", "--db", str(db), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                config = httpx.get(f"http://127.0.0.1:{port}/api/config", timeout=2).json()
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode()
                assert time.monotonic() < deadline, "fogofwar serve did not start"
                time.sleep(0.2)
        assert config["ingest_enabled"] is True  # token taken from FOGOFWAR_TOKEN
        refused = httpx.post(f"http://127.0.0.1:{port}/api/ingest", json=[{"text": "x"}])
        assert refused.status_code == 401
        assert db.exists()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
