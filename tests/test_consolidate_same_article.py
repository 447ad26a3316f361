"""Consolidation inside one article: two sentences about one clash become one event."""
from __future__ import annotations

from datetime import date, datetime, timezone

from fogofwar.merge.consolidate import consolidate, explain
from fogofwar.model import Actor, Fatalities, Place, Report

NOW = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)


def _place(name: str, lat: float, lon: float, prec: int = 2) -> Place:
    return Place(text=name, name=name, latitude=lat, longitude=lon, geo_precision=prec, admin1="Northern",
                 country="Testland", iso3="TST")


def _report(rid: str, **kw) -> Report:
    base = dict(id=rid, article_id="a1", event_type="Battles", sub_event_type="Armed clash", evidence="evidence",
                start=0, end=8, date_start=date(2024, 3, 5), time_precision=1, place=_place("Kessaro", 10.0, 20.0),
                actor1=Actor(name="Northern Liberation Front", inter=2), modality="reported", outlet="River Times")
    base.update(kw)
    return Report(**base)


def test_tolls_of_different_parties_in_one_article_add_up_in_one_event():
    first = _report("r1", fatalities=Fatalities(acled=10, low=10, best=10, high=10, by_party={"soldiers": 10}))
    second = _report("r2", start=200, end=260, place=_place("Northern", 10.2, 20.1, prec=3),
                     actor1=Actor(name="Unidentified Armed Group (Testland)", inter=3),
                     fatalities=Fatalities(acled=4, low=4, best=4, high=4, by_party={"militants": 4}))
    result = consolidate([first, second], [], {"a1": "a1"}, now=NOW)
    assert len(result.created) == 1
    event = result.created[0]
    assert event.fatalities.high == 14
    assert "actor1~unidentified" in result.decisions["r2"].matched


def test_one_article_giving_two_tolls_for_the_same_party_keeps_two_events():
    first = _report("r1", fatalities=Fatalities(acled=10, low=10, best=10, high=10, by_party={"soldiers": 10}))
    second = _report("r2", start=200, end=260,
                     fatalities=Fatalities(acled=3, low=3, best=3, high=3, by_party={"soldiers": 3}))
    result = consolidate([first, second], [], {"a1": "a1"}, now=NOW)
    assert len(result.created) == 2
    event1 = next(e for e in result.created if e.reports[0].id == "r1")
    assert "fatalities~same_article" in explain(second, event1)["failed"]


def test_a_named_group_and_another_named_group_stay_apart():
    first = _report("r1")
    second = _report("r2", start=200, end=260, article_id="a2", actor1=Actor(name="Southern Militia", inter=3))
    result = consolidate([first, second], [], {"a1": "a1", "a2": "a2"}, now=NOW)
    assert len(result.created) == 2


def test_an_unidentified_attacker_in_another_outlet_does_not_join_a_named_group():
    first = _report("r1")
    second = _report("r2", article_id="a2", outlet="Hill Post", actor1=Actor(name="Unidentified Armed Group (Testland)", inter=3))
    result = consolidate([first, second], [], {"a1": "a1", "a2": "a2"}, now=NOW)
    assert len(result.created) == 2
