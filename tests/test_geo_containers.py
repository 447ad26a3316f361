"""Places inside a town (streets, buildings, campuses), province namesakes, loose spellings, admin words in names."""
from __future__ import annotations

import re

from fogofwar.geo import geoparse
from fogofwar.geo.evaluate import select_split
from fogofwar.geo.parse import haversine_km, resolve_spans


def km(place, lat: float, lon: float) -> float:
    assert place is not None and place.latitude is not None, place
    return haversine_km(place.latitude, place.longitude, lat, lon)


def given(nlp, text: str, *names: str):
    doc = nlp(text)
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {t.text: t for t in resolve_spans(doc, spans)}


def test_a_street_lies_in_the_town_named_after_it(nlp):
    tops = given(nlp, "Protesters marched down Maple Street in Chicago on Sunday.", "Maple Street", "Chicago")
    street = tops["Maple Street"]
    assert street.source == "container" and street.place.text == "Maple Street"
    assert km(street.place, 41.88, -87.63) < 30
    assert street.place.geo_precision == 2 and "within" in street.place.relation


def test_a_building_lies_in_the_town_its_name_holds(nlp):
    tops = given(nlp, "Doctors at the Lagos University Teaching Hospital treated the wounded.",
                 "Lagos University Teaching Hospital")
    hospital = tops["Lagos University Teaching Hospital"]
    assert hospital.source == "container" and km(hospital.place, 6.45, 3.39) < 60


def test_a_street_named_after_a_town_is_not_in_that_town(nlp):
    tops = given(nlp, "Traders on Boston Road in Kampala closed their shops.", "Boston Road", "Kampala")
    road = tops["Boston Road"]
    assert km(road.place, 0.32, 32.58) < 30  # Kampala, not Boston


def test_the_story_town_contains_a_building_in_a_later_paragraph(nlp):
    text = "Flooding hit Nairobi overnight.\n\nLater, staff at the Riverside Memorial Hospital counted the injured."
    tops = given(nlp, text, "Nairobi", "Riverside Memorial Hospital")
    assert km(tops["Riverside Memorial Hospital"].place, -1.29, 36.82) < 30


def test_a_country_is_no_container(nlp):
    tops = given(nlp, "The Kenyan Embassy said Sudan would reply.", "Kenyan Embassy", "Sudan")
    assert tops["Kenyan Embassy"].place.latitude is None  # unresolved rather than a country centroid


def test_a_building_is_not_a_town_s_alternate_name(nlp):
    # GeoNames lists 'White House' among Casablanca's alternate names
    tops = given(nlp, "Aides gathered at the White House in Washington on Friday.", "White House", "Washington")
    assert km(tops["White House"].place, 38.9, -77.04) < 30


def test_a_province_name_means_the_province_not_a_small_namesake_town(nlp):
    tops = given(nlp, "Crews were sent to Florida, Louisiana and Nevada.", "Florida", "Louisiana", "Nevada")
    assert tops["Louisiana"].place.feature == "admin1" and tops["Louisiana"].place.admin1 == "Louisiana"
    assert tops["Florida"].place.feature == "admin1"
    # a list of provinces: 'Louisiana, Nevada' is not Louisiana in Nevada
    tops = given(nlp, "Crews are flying to Alaska and Guam, Louisiana, Nevada and Ohio.", "Louisiana", "Nevada")
    assert tops["Louisiana"].place.feature == "admin1" and tops["Louisiana"].place.admin1 == "Louisiana"


def test_an_english_word_is_no_loose_spelling_of_a_town(nlp):
    # 'Helmet' shares a skeleton with a New Jersey village, in a New Jersey story
    tops = given(nlp, "He left his Helmet in Newark before driving to Trenton.", "Helmet", "Newark", "Trenton")
    assert tops["Helmet"].place.latitude is None
    assert tops["Trenton"].place.latitude is not None


def test_an_admin_word_after_a_name_is_part_of_it(nlp):
    text = "Soldiers were deployed in Sonora State on Monday."
    tops = given(nlp, text, "Sonora State")
    assert tops["Sonora State"].place.feature == "admin1" and tops["Sonora State"].place.iso3 == "MEX"
    found = {t.text: t for t in geoparse(nlp(text))}
    assert "Sonora State" in found and found["Sonora State"].place.feature == "admin1"
    # not inside a longer name, nor a US 'X State' (a university)
    found = [t.text for t in geoparse(nlp("Officers of the Maryland State Police and fans of Ohio State met."))]
    assert "Maryland State" not in found and "Ohio State" not in found


def test_select_split_by_article_parity():
    arts = list("abcde")
    assert select_split(arts, "even") == ["a", "c", "e"]
    assert select_split(arts, "odd") == ["b", "d"]
    assert select_split(arts, "all") == arts


def test_a_loose_spelling_whose_namesakes_were_all_rejected_is_dropped_unless_the_text_says_place():
    from fogofwar.geo.parse import Toponym, _keep_unresolved

    text = "Shares of Zorvexa fell. Troops arrived in Zorvexa. Zorvexa village (Savar, Dhaka) was quiet."
    first, second, third = re.finditer("Zorvexa", text)

    def top(m, source="both", loose=True):
        return Toponym(start=m.start(), end=m.end(), text=m.group(0), source=source, loose=loose)

    assert not _keep_unresolved(text, top(first))  # a company NER took for a place
    assert _keep_unresolved(text, top(second))  # 'in X'
    assert _keep_unresolved(text, top(third))  # 'X village (...)'
    assert _keep_unresolved(text, top(first, loose=False))  # NER and an exact gazetteer name: kept
    assert not _keep_unresolved(text, top(second, source="gazetteer", loose=False))


def test_a_school_named_by_its_last_word_lies_in_its_town(nlp):
    tops = given(nlp, "Parents gathered outside Jefferson Elementary in Denver.", "Jefferson Elementary", "Denver")
    assert tops["Jefferson Elementary"].source == "container"
    assert km(tops["Jefferson Elementary"].place, 39.74, -104.99) < 30
    # 'Middle' heads a name only last: 'Middle East' is no school
    from fogofwar.geo.recognise import _is_container_name

    assert _is_container_name("Lincoln Middle") and not _is_container_name("Middle East")
    assert _is_container_name("University of Nowhere") and not _is_container_name("St Patrick's")


def test_an_ocean_matches_a_story_s_focus_as_well_as_its_country_does(nlp):
    text = "Storms formed over the Atlantic. Residents of Miami, Tampa, Orlando and Houston prepared for the Atlantic."
    tops = given(nlp, text, "Atlantic", "Miami", "Tampa", "Orlando", "Houston")
    assert tops["Atlantic"].place.feature == "area" and tops["Atlantic"].place.iso3 is None  # not a US town


def test_korea_alone_is_south_korea(nlp):
    tops = given(nlp, "Exports from Korea rose in March.", "Korea")
    assert tops["Korea"].place.iso3 == "KOR"
