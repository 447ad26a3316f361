"""Issue 2's acceptance on the five seeds (EXPECTED.md), end to end through the store."""
from __future__ import annotations

import math
from datetime import date


from conftest import seed_file

BUKAMAL = (34.45, 40.92)


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def article_id(store, prefix):
    name = seed_file(prefix).name
    return store.conn.execute("SELECT id FROM articles WHERE source_path LIKE ?", (f"%{name}",)).fetchone()[0]


def events(store):
    return list(store.iter_events())


def test_hq_in_al_bukamal(seeds_store):
    hq = [e for e in events(seeds_store) if e.sub_event_type == "Headquarters or base established"
          and e.place and e.place.latitude is not None and km(e.place.latitude, e.place.longitude, *BUKAMAL) <= 15
          and e.actor1 and "Russia" in e.actor1.name]
    assert hq, "no HQ event within 15 km of Al Bukamal"
    event = max(hq, key=lambda e: len(e.reports))
    assert event.event_type == "Strategic developments"
    assert event.place.geo_precision == 1
    assert event.time_precision == 2 and date(2020, 12, 7) <= event.date_start <= date(2020, 12, 16)
    reporting = {r.article_id for r in event.reports}
    assert {article_id(seeds_store, p) for p in ("000", "001", "003")} <= reporting
    assert event.n_sources <= 2  # the three articles have one origin, South Front


def test_327_isis_militants_claimed_by_the_russian_side(seeds_store):
    hits = [e for e in events(seeds_store) if e.fatalities.acled == 327]
    assert len(hits) == 1
    event = hits[0]
    assert event.date_start == date(2020, 8, 18) and event.date_end == date(2020, 8, 24)
    assert any(r.claimant and "russian side" in r.claimant.lower() for r in event.reports)
    assert event.actor2 and event.actor2.name == "Islamic State"


def test_nothing_comes_from_the_comment_thread(seeds_store):
    a003 = seeds_store.get_article(article_id(seeds_store, "003"))
    assert a003.comments
    for e in events(seeds_store):
        for r in e.reports:
            for comment in seeds_store.get_article(r.article_id).comments:
                assert r.evidence not in comment
    # and nothing about the aid delivery mentioned only in a comment
    assert not any("475" in r.evidence for e in events(seeds_store) for r in e.reports)


def test_forecasts_are_statements_not_events(seeds_store):
    rows = seeds_store.conn.execute(
        "SELECT modality, event_id, evidence FROM reports WHERE evidence LIKE '%will arrive%' OR evidence LIKE '%possible to expect%'"
    ).fetchall()
    for row in rows:
        assert row["event_id"] is None and row["modality"] in ("planned", "speculative")


def test_amaq_claim(seeds_store):
    claims = [r for e in events(seeds_store) for r in e.reports if r.claimant == "Amaq"]
    assert claims
    r = claims[0]
    assert r.modality == "alleged" and r.fatalities.acled == 3 and r.fatalities.injured == 10
    assert r.place and r.place.admin1 and "Hama" in (r.place.name or r.place.admin1)


def test_the_august_events_stay_apart_from_december(seeds_store):
    for e in events(seeds_store):
        months = {r.date_start.month for r in e.reports if r.date_start}
        assert not ({8, 12} <= months)


def test_clash_fatalities_are_summed_across_parties(seeds_store):
    clash = [e for e in events(seeds_store) if e.fatalities.acled == 25]
    assert clash and clash[0].sub_event_type == "Armed clash"
    assert any(r.modality == "alleged" for r in clash[0].reports)
