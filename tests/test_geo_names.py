"""People's and bodies' names that small towns share (fogofwar/data/geo_name_cues.yaml), and place names
that stay places inside an organisation's name."""
from __future__ import annotations

from fogofwar.geo import geoparse


def names(nlp, text: str) -> list[str]:
    return [t.text for t in geoparse(nlp(text))]


def test_a_surname_after_a_given_name_is_no_village(nlp):
    assert names(nlp, "Rakesh Kumar has a degree but works as a driver in Jaipur.") == ["Jaipur"]


def test_a_name_after_a_title_is_a_person(nlp):
    assert names(nlp, "Minister of Defence Sergey Shoyu arrived in Hanoi on Tuesday.") == ["Hanoi"]


def test_a_surname_ner_calls_a_place_after_the_full_name_is_a_person(nlp):
    assert names(nlp, "Scott Pruitt spoke on Monday. Later, Pruitt told reporters he would stay.") == []


def test_a_small_town_after_in_is_still_a_place(nlp):
    found = geoparse(nlp("Gunmen killed two people in Walker on Monday, police said."))
    assert [t.text for t in found] == ["Walker"] and found[0].place.resolved


def test_a_province_opening_a_sentence_and_an_agency_name_is_a_place(nlp):
    found = geoparse(nlp("Montana Department of Corrections said the inmate escaped."))
    assert [t.text for t in found] == ["Montana"] and found[0].embedded and found[0].place.admin1 == "Montana"


def test_a_big_city_in_a_misread_person_is_still_the_city_elsewhere(nlp):
    found = geoparse(nlp("She trained with Seattle Fire and Police before each Seattle Seahawks home game."))
    assert "Seattle" in [t.text for t in found]


def test_a_small_town_naming_its_police_is_a_place_mention_but_not_a_location(nlp):
    found = geoparse(nlp("The Beverly Hills Police Department said the glass struck the child."))
    assert [t.text for t in found] == ["Beverly Hills"] and found[0].embedded  # locate() ignores embedded names


def test_the_first_word_of_an_unknown_village_name_is_not_a_namesake_abroad(nlp):
    # 'Adan' alone is Aden's name in Yemen; 'Adan Gurow' is a village the gazetteer lacks.
    found = geoparse(nlp("Troops retook the hamlet of Adan Gurow in the Bakool region on Friday, officials said."))
    assert [(t.text, t.place.country) for t in found] == [("Bakool", "Somalia")]
    # Named alone, it is still the city.
    assert [t.place.country for t in geoparse(nlp("Fighting was reported in Aden on Monday."))] == ["Yemen"]


def test_a_transliteration_of_a_towns_own_name_survives_a_foreign_demonym(nlp):
    # GeoNames' own name is 'Izyum'; 'Izium' is its alternate. 'Russian' votes for Russia, yet the
    # alternate is a spelling of the town's own name, not an old or translated one.
    found = geoparse(nlp("Russian artillery struck Izium overnight, officials said."))
    assert [(t.text, t.place.country) for t in found] == [("Izium", "Ukraine")]


def test_world_regions_are_places_not_loose_spellings_of_towns(nlp):
    # Without their own rows, a loose spelling read 'Borneo' as Borno (Nigeria) and 'Kivu' as Kyiv.
    found = {t.text: t.place for t in geoparse(nlp("Floods hit Borneo while fighting went on in Kivu and Darfur."))}
    assert set(found) == {"Borneo", "Kivu", "Darfur"}
    assert found["Kivu"].country == "Democratic Republic of the Congo" and found["Darfur"].country == "Sudan"
    assert 0 < found["Borneo"].latitude < 5 and found["Borneo"].geo_precision == 3
