"""The places of ../shared/seeds/EXPECTED.md, geoparsed from the seed articles read at run time."""
from __future__ import annotations

import pytest

from fogofwar.geo import geoparse, locate
from fogofwar.geo.parse import haversine_km

pytestmark = pytest.mark.shared

AL_BUKAMAL = (34.45, 40.92)
AL_MAYADIN = (35.02, 40.45)
DEIR_EZ_ZOR = (35.34, 40.14)


def parsed(seeds, prefix: str, nlp):
    files = sorted(seeds.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip(f"seed {prefix} not present")
    doc = nlp(files[0].read_text(encoding="utf-8"))
    return doc, geoparse(doc)


def near(place, point, km: float = 15) -> bool:
    return place is not None and place.latitude is not None and haversine_km(
        place.latitude, place.longitude, *point) <= km


def sentence_with(doc, *needles: str):
    for sent in doc.sents:
        if all(n in sent.text for n in needles):
            return sent
    pytest.fail(f"no sentence with {needles}")


def test_every_spelling_of_al_bukamal_resolves(seeds, nlp):
    seen = set()
    for prefix in ("000", "001", "002", "003"):
        doc, tops = parsed(seeds, prefix, nlp)
        for t in tops:
            if t.text.lower().replace("-", "").replace(" ", "") in ("albukamal", "abukamal"):
                assert near(t.place, AL_BUKAMAL, 10), (prefix, t)
                assert t.place.iso3 == "SYR" and t.place.geo_precision == 1
                seen.add(t.text)
    assert {"al-Bukamal", "Albukamal"} <= seen


def test_al_mayadin_spellings(seeds, nlp):
    for prefix, spelling in (("000", "al-Mayadin"), ("002", "Al-Mayadeen")):
        _, tops = parsed(seeds, prefix, nlp)
        found = [t for t in tops if t.text == spelling]
        assert found and all(near(t.place, AL_MAYADIN, 10) for t in found), prefix


def test_hq_sentence_is_al_bukamal_precision_1(seeds, nlp):
    doc, tops = parsed(seeds, "000", nlp)
    sent = sentence_with(doc, "Military Police", "al-Bukamal")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert near(p, AL_BUKAMAL, 10) and p.geo_precision == 1 and p.admin1 and p.geonameid


def test_desert_raids_are_an_area_or_near_al_mayadin(seeds, nlp):
    doc, tops = parsed(seeds, "000", nlp)
    sent = sentence_with(doc, "Palmyra", "al-Mayadin")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert p is not None and p.geo_precision in (2, 3) and p.iso3 == "SYR"
    desert = sentence_with(doc, "Homs-Deir Ezzor desert")
    p = locate(doc, desert.start_char, desert.end_char, tops)
    assert p.feature == "area" and p.geo_precision == 3


def test_palmyra_is_tadmur(seeds, nlp):
    _, tops = parsed(seeds, "000", nlp)
    palmyra = [t for t in tops if t.text == "Palmyra"]
    assert palmyra and near(palmyra[0].place, (34.56, 38.28), 10)


def test_eastern_hama_province_is_the_province(seeds, nlp):
    doc, tops = parsed(seeds, "001", nlp)
    sent = sentence_with(doc, "Hama")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert p.feature == "admin1" and p.admin1 == "Hama" and p.geo_precision == 3


def test_kajab_and_al_shula_fall_in_the_deir_ezzor_countryside(seeds, nlp):
    doc, tops = parsed(seeds, "002", nlp)
    sent = sentence_with(doc, "Kajab", "countryside")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert p.geo_precision == 2 and p.iso3 == "SYR"
    assert haversine_km(p.latitude, p.longitude, *DEIR_EZ_ZOR) < 80


def test_attack_near_deir_ezzor_city(seeds, nlp):
    doc, tops = parsed(seeds, "004", nlp)
    sent = sentence_with(doc, "near Deir Ezzor")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert near(p, DEIR_EZ_ZOR, 15) and p.geo_precision == 2 and p.relation == "near"


def test_m4_highway_and_southern_idlib(seeds, nlp):
    doc, tops = parsed(seeds, "004", nlp)
    sent = sentence_with(doc, "M4")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert p.name == "M4 Highway" and p.geo_precision == 2 and p.iso3 == "SYR"
    sent = sentence_with(doc, "southern Idlib")
    p = locate(doc, sent.start_char, sent.end_char, tops)
    assert p.admin1 == "Idlib" and p.geo_precision in (2, 3)


def test_no_place_outside_the_region_in_the_articles(seeds, nlp):
    """Common words (Research, Front, Video) must not become places in far-away countries."""
    for prefix in ("000", "001", "002", "004"):
        _, tops = parsed(seeds, prefix, nlp)
        far = [t for t in tops if t.resolved and t.place.feature == "city"
               and haversine_km(t.place.latitude, t.place.longitude, 35.0, 38.0) > 1500]
        assert not far, (prefix, [(t.text, t.place.name, t.place.country) for t in far])
