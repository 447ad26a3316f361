"""Region cues (data/geo_region_cues.yaml), a name paired with its province or district, province
abbreviations, and where an event placed only at a province stands.  Sentences written for these tests."""
from __future__ import annotations

import pytest

from fogofwar import geo
from fogofwar.extract import actor_countries
from fogofwar.geo import get_gazetteer, load_spacy
from fogofwar.geo.parse import region_hints


def event_place(text: str):
    doc = load_spacy()(text)
    toponyms = geo.geoparse(doc, country_hints=actor_countries(text))
    return geo.locate(doc, 0, len(text), toponyms)


def test_region_cue_names_the_provinces():
    hints = region_hints("The OSCE SMM recorded shelling.")
    gaz = get_gazetteer()
    names = [gaz.admin1[key].name for key in hints.regions]
    assert names[:2] == ["Donetska oblast", "Luhanska oblast"] and hints.strong
    assert not region_hints("Shelling was recorded near the town.")


def test_region_cue_picks_the_namesake_on_the_contact_line():
    # Dolyna: a town of 20,000 in Ivano-Frankivsk oblast and a hamlet of 557 in Donetsk oblast
    place = event_place("On 3 June 2021, the OSCE SMM recorded 14 explosions near Dolyna.")
    assert place.admin1 == "Donetska oblast"
    # without the cue the bigger town wins
    place = event_place("On 3 June 2021, police detained two men in Dolyna.")
    assert place.admin1 == "Ivano-Frankivska oblast"


def test_strong_region_cue_rejects_a_small_namesake_elsewhere():
    # Zymna Voda is a town near Lviv; in a monitoring-mission report it is a village the gazetteer lacks
    place = event_place("On 3 June 2021, the OSCE SMM recorded 3 explosions near Zymna Voda.")
    assert place.country == "Ukraine" and place.admin1 == "Donetska oblast"
    assert place.geo_precision == 3 and "Zymna Voda" in place.text


def test_forces_of_one_oblast_cue_that_oblast():
    hints = region_hints("The Luhansk People's Militia said two of its trenches came under fire.")
    assert [get_gazetteer().admin1[k].name for k in hints.regions] == ["Luhanska oblast"]
    assert not region_hints("The Nigerian Air Force (NAF) struck a camp.")  # NAF alone is not the Donbas forces


@pytest.mark.parametrize("text", [
    "On 2 June 2021, a trader was shot dead in Oeiras, Piaui.",
    "On 2 June 2021, a trader was shot dead in Oeiras (Piaui).",
])
def test_a_town_and_its_province_beat_a_bigger_namesake_abroad(text):
    place = event_place(text)
    assert place.name == "Oeiras" and place.country == "Brazil" and place.geo_precision == 1


def test_province_abbreviation_in_brackets_is_a_context():
    place = event_place("On 2 June 2021, a land dispute led to firing in Sitapur (UP), killing one man.")
    assert place.country == "India" and place.admin1 == "Uttar Pradesh"


def test_abbreviation_outside_a_context_is_no_place():
    doc = load_spacy()("UP police said the situation was under control.")
    assert not [t for t in geo.geoparse(doc) if t.text == "UP"]


def test_a_district_named_with_its_noun_locates_an_unknown_village():
    place = event_place("On 2 June 2021, gunmen attacked Kwaranga-Dutse village (Askira LGA, Borno).")
    assert place.country == "Nigeria" and "Askira" in (place.name, place.admin2)
    assert place.geo_precision == 2


def test_province_level_event_stands_at_the_provinces_largest_town():
    gaz = get_gazetteer()
    place = event_place("On 2 June 2021, residents banged pots in protest across Neuquen province.")
    area = next(p for p in gaz.admin1.values() if p.name == "Neuquen" and p.country_code == "AR")
    assert place.geo_precision == 3 and place.admin1 == "Neuquen"
    assert (place.latitude, place.longitude) == gaz.seat_of(area)
    biggest = gaz._con.execute("SELECT lat, lon FROM places WHERE feature = 'city' AND cc = 'AR' AND admin1_code = ? "
                               "ORDER BY population DESC LIMIT 1", (area.admin1_code,)).fetchone()
    assert gaz.seat_of(area) == tuple(biggest)


def test_people_of_a_place_then_its_context():
    place = event_place("On 2 June 2021, hundreds of Hillcrest residents (Kasarani, Nairobi) protested against evictions.")
    assert place.country == "Kenya"


def test_an_ethnic_group_is_no_place():
    place = event_place("On 2 June 2021, Nuba and Hawazma groups clashed in South Kordofan state.")
    assert place.country == "Sudan" and place.admin1 == "South Kordofan"


def test_a_district_then_in_its_province_names_the_district():
    place = event_place("On 2 June 2021, elders held a demonstration in Nawur district in Ghazni over the killing of a teacher.")
    assert place.name == "Nawur" and place.geo_precision == 2


def test_town_municipality_state_is_a_chain_not_a_list():
    place = event_place("On 2 June 2021, in Santa Rosa, Barinitas, Barinas state, residents protested over power cuts.")
    assert place.country == "Venezuela" and place.admin1 == "Barinas"


def test_a_name_repeated_without_its_province_keeps_the_located_reading():
    from fogofwar.geo.gazetteer import GazPlace, NameHit
    from fogofwar.geo.parse import Toponym
    from fogofwar.geo.disambiguate import _same_name_same_place

    abroad = GazPlace(pid=-901, name="Port Alba", latitude=1.0, longitude=1.0, feature="city", country_code="PE",
                      population=800_000)
    local = GazPlace(pid=-902, name="Port Alba", latitude=8.0, longitude=-62.0, feature="city", country_code="VE",
                     population=9_000)
    hits = [NameHit(abroad, 1), NameHit(local, 0)]
    first = Toponym(0, 9, "Port Alba", candidates=hits, chosen=local, located_by_context=True)
    again = Toponym(60, 69, "Port Alba", candidates=hits, chosen=abroad)
    _same_name_same_place([first, again])
    assert again.chosen is local


def test_a_forest_named_like_a_town_abroad_is_not_that_town():
    place = event_place("On 2 June 2021, Burkinabe soldiers shot a herder near the Lyon forest.")
    assert place is None or place.country != "France"


def test_an_admin_noun_is_not_swallowed_by_a_loose_spelling():
    doc = load_spacy()("On 2 June 2021, gunmen attacked a village in Askira LGA (Borno) and stole cattle.")
    names = {t.text: t for t in geo.geoparse(doc)}
    assert "Askira LGA" not in names or names["Askira LGA"].place.name in ("Askira", "Askira/Uba", None)
    assert any(t.place and t.place.country == "Nigeria" and "Askira" in (t.place.name or "") for t in names.values())


def test_people_from_a_town_and_its_province_protest_in_that_town():
    place = event_place("On 2 June 2021, a group of citizens from Aiud (Alba) protested outside the town hall.")
    assert place.name == "Aiud" and place.country == "Romania"


@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. (AP) - Two men were shot outside a bar, police said.",
    "More to come. (Reuters, AFP, dpa, AP)",
])
def test_a_news_agency_is_no_province(text):
    doc = load_spacy()(text)
    assert not [t for t in geo.geoparse(doc) if t.text == "AP"]
