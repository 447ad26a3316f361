"""Event locations, round 3 (issue #4): Libyan district spellings, and the Donbas line of contact choosing
among namesakes in the monitors' and the armed groups' reports."""
from __future__ import annotations

from conftest import event_place

from fogofwar.geo.parse import haversine_km


def test_libyan_district_spellings_with_glued_article_and_g_for_qaf(nlp):
    # GeoNames spells them Al Jafarah and Al Marqab; Libyan sources write 'Aljfara' and 'Almargeb'
    p = event_place(nlp, "On 3 June 2021, a shell fell on a farm in Bir Saadoun (Aljfara). No one was hurt.")
    assert p is not None and p.country == "Libya" and p.geo_precision == 3
    assert haversine_km(p.latitude, p.longitude, 32.82, 13.02) < 30
    p = event_place(nlp, "On 3 June 2021, clashes broke out near a market in Wadi Ghanem (Almargeb).")
    assert p is not None and p.country == "Libya"
    assert haversine_km(p.latitude, p.longitude, 32.65, 14.26) < 30
