"""National registers of settlements: villages GeoNames' 500+ list lacks, at their community's seat
(fogofwar/geo/registers.py; docs/geoparsing.md)."""
from __future__ import annotations

from fogofwar.geo import geoparse
from fogofwar.geo.parse import haversine_km
from fogofwar.geo.registers import Settlement, read_katottg, romanise_uk, villages_missing_from


def test_ukrainian_names_are_romanised_as_the_law_and_as_older_reports_write_them():
    assert romanise_uk("Водяне")[:2] == ["Vodiane", "Vodyane"]
    assert "Shchastia" in romanise_uk("Щастя") and "Shchastya" in romanise_uk("Щастя")
    # the soft sign before 'o' that English-language reports write 'yo'
    assert {"Verkhnotoretske", "Verkhnyotoretske"} <= set(romanise_uk("Верхньоторецьке"))
    assert all("'" not in n for n in romanise_uk("Мар'їнка"))


def _village(name: str, community: str, stem: str, uk: str = "") -> Settlement:
    return Settlement(names=[name], oblast="Testova oblast", raion="Testovyi", hromada=community,
                      hromada_stem=stem, name_uk=uk or name.lower())


def _known(towns: dict[str, tuple[float, float, int]]):
    return lambda oblast, keys: [towns[k] for k in sorted(keys) if k in towns]


def test_a_missing_village_stands_at_the_seat_named_like_its_community():
    towns = {"ozerne": (48.0, 37.0, 9000), "dubky": (48.1, 37.1, 800)}
    settlements = [_village("Ozerne", "H1", "озерн", "озерне"), _village("Dubky", "H1", "озерн", "дубки"),
                   _village("Lypky", "H1", "озерн", "липки")]
    missing = villages_missing_from(_known(towns), settlements)
    assert [s.names[0] for s in missing] == ["Lypky"]
    assert missing[0].seat == (48.0, 37.0)  # Ozerne, the community's seat, not the middle of its towns


def test_a_community_with_no_known_town_gives_its_villages_no_point():
    settlements = [_village("Lypky", "H2", "липки"), _village("Kalyny", "H2", "липки")]
    assert villages_missing_from(_known({}), settlements) == []


def test_a_village_whose_only_namesake_lies_far_from_its_community_is_another_village():
    towns = {"ozerne": (48.0, 37.0, 9000), "lypky": (50.0, 30.0, 700)}  # a Lypky some 500 km away
    settlements = [_village("Ozerne", "H3", "озерн", "озерне"), _village("Lypky", "H3", "озерн", "липки")]
    missing = villages_missing_from(_known(towns), settlements)
    assert [s.names[0] for s in missing] == ["Lypky"] and missing[0].seat == (48.0, 37.0)


def test_the_register_is_read_whole():
    settlements = read_katottg()
    assert len(settlements) > 25_000
    oblasts = {s.oblast for s in settlements}
    assert {"Donetska oblast", "Luhanska oblast", "Avtonomna Respublika Krym"} <= oblasts


def test_a_front_line_village_cities500_lacks_resolves_near_its_community_seat(nlp):
    # Berdychi, a village north-west of Avdiivka with too few people for cities500, is placed at Ocheretyne,
    # its community's seat, at precision 2; without the register it was a name with no point
    doc = nlp("Russian forces attacked near Berdychi on Monday, the Ukrainian general staff said.")
    by = {t.text: t for t in geoparse(doc)}
    t = by["Berdychi"]
    assert t.resolved and t.place.iso3 == "UKR" and t.place.admin1 == "Donetska oblast" and t.place.geo_precision == 2
    assert haversine_km(t.place.latitude, t.place.longitude, 48.19, 37.63) < 25


def test_a_register_village_named_with_its_oblast_is_found_there(nlp):
    # three villages called Spirne are only in the register (Donetsk, Zhytomyr and Sumy oblasts): named with its
    # oblast, the Donetsk one is meant
    doc = nlp("Ukrainian troops pushed east of Spirne in Donetsk region.")
    by = {t.text: t for t in geoparse(doc)}
    t = by["Spirne"]
    assert t.place.iso3 == "UKR" and t.place.admin1 == "Donetska oblast" and t.place.geo_precision == 2
