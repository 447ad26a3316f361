"""Session 10, lead: country names two states share."""
from __future__ import annotations

import pytest

from fogofwar.geo import geoparse_text


def _iso3(text: str, name: str) -> str | None:
    return next((t.place.iso3 for t in geoparse_text(text) if t.text == name and t.place), None)


@pytest.mark.parametrize("text", [
    "Militiamen burned two villages in eastern Congo overnight, aid workers said.",
    "Congo's army said it had retaken the hills from the rebels near Goma.",
    "Fighting in Congo killed nine people in Tanganyika province on Friday.",
])
def test_congo_alone_is_the_democratic_republic_unless_the_story_says_otherwise(text):
    # news English writes "Congo" for the DRC after the first mention: before, every bare
    # "Congo" went to the Republic of the Congo, even beside a DRC province
    assert _iso3(text, "Congo") == "COD"


@pytest.mark.parametrize("text", [
    "Dockers in Pointe-Noire, Congo, stopped work on Tuesday.",
    "The opposition in Congo called for calm in Brazzaville after the vote.",
])
def test_a_town_of_the_republic_of_the_congo_decides_for_it(text):
    assert _iso3(text, "Congo") == "COG"


@pytest.mark.parametrize("text, iso3", [
    ("Turkish drones struck hideouts in Kurdistan near Dohuk on Tuesday.", "IRQ"),
    ("Guards fired at smugglers in Kurdistan, close to Marivan.", "IRN"),
    ("Shops closed across Kurdistan province, Iran, after the arrests in Saqqez.", "IRN"),
])
def test_bare_kurdistan_is_iraqs_region_or_irans_province_as_the_story_places_it(text, iso3):
    # Iraq's Kurdistan Region now takes bare "Kurdistan" too: before, it always went to Iran's province
    assert _iso3(text, "Kurdistan") == iso3


@pytest.mark.parametrize("text, name, country", [
    ("Armed gangs set fire to houses in Martissant, Port-au-Prince.", "Port-au-Prince", "Haiti"),
    ("Riot police cleared a camp outside Aix-en-Provence on Sunday.", "Aix-en-Provence", "France"),
])
def test_a_hyphened_name_runs_on_over_a_french_or_dutch_linking_word(text, name, country):
    # 'au' and 'en' were no name connectors: when NER did not tag the whole, 'Port' and 'Prince' were
    # read apart and the city was lost
    places = {t.text: t.place for t in geoparse_text(text) if t.place}
    assert places[name].country == country


@pytest.mark.parametrize("text, name", [
    ("Russian gunners shelled Toretsk on Monday, Ukrainian officials said.", "Toretsk"),
    ("Drones bombed Avdiivka before dawn on Friday.", "Avdiivka"),
    ("The battle for Chasiv Yar entered its third month.", "Chasiv Yar"),
])
def test_a_word_of_war_whose_object_is_a_place_says_place(text, name):
    # NER reads these small towns as a person, an organisation or a work of art and the tagger sometimes
    # as an adverb: they were dropped; the object of 'shelled', 'bombed', 'the battle for' is a place
    assert _iso3(text, name) == "UKR"


def test_a_verb_that_also_takes_people_is_no_place_cue():
    # 'attacked' is left out of place_object_before: a surname after it stays a person
    text = "Senator Okafor said protesters attacked Mbeki on Tuesday outside the hall."
    assert _iso3(text, "Mbeki") is None


def test_a_place_objects_possessive_of_its_surroundings_is_still_the_place():
    # 'stormed X's suburbs': the possessive names the town's area, not someone's belongings
    assert _iso3("Militants stormed Hit's suburbs at night.", "Hit") == "IRQ"


def test_an_english_word_that_matches_a_town_only_loosely_is_no_place_even_as_ners_gpe():
    # NER calls the sentence's first word a GPE here, and a loose spelling matched Jiangmen, China
    assert not [t for t in geoparse_text("Gunmen raided Beiji's outskirts before dawn.") if t.text == "Gunmen"]
