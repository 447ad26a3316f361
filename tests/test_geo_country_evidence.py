"""Evidence of the story's country beyond the place names: armed groups with a home country,
administrative nouns that make a name a context, a village named like a famous city abroad.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from fogofwar import geo
from fogofwar.extract import actor_countries
from fogofwar.geo import load_spacy


def event_place(text: str, hints=None):
    doc = load_spacy()(text)
    toponyms = geo.geoparse(doc, country_hints=hints)
    return geo.locate(doc, 0, len(text), toponyms)


def test_actor_countries_votes_for_named_groups():
    votes = actor_countries("Taliban fighters and LNA units were both blamed; the Taliban denied it.")
    assert votes["AF"] == 2 and votes["LY"] == 1


def test_country_code_of_a_country_name():
    assert geo.country_code("Democratic Republic of Congo") == "CD"
    assert geo.country_code("Not A Country Anywhere") is None


def test_armed_group_tips_a_namesake_to_its_country():
    text = "TTP militants attacked a police post in Hyderabad on Monday."
    assert event_place(text).country == "India"  # without the hint, the bigger namesake
    assert event_place(text, actor_countries(text)).country == "Pakistan"


@pytest.mark.parametrize(
    "text, country",
    [
        # the start of a longer village name is not the famous city
        ("Gunmen attacked Paris Khel village in Nangarhar province on Monday.", "Afghanistan"),
        # 'the X area of Y district' in an Afghan story is an Afghan place
        ("Fighting was reported on Monday in the Delhi area of Kama district, Nangarhar.", "Afghanistan"),
        # 'X, Y state' is a place and its province, never a list of two cities
        ("On Monday, residents protested in Barcelona, Anzoategui state.", "Venezuela"),
        # the last name in a bracket says the country even when the municipality before it is unknown
        ("On Monday, nurses protested in Springfield (Ekurhuleni municipality, Gauteng).", "South Africa"),
        # a district named like a small town abroad, in a story whose armed group says Afghanistan; the
        # loose spelling 'Urozgan' reads as the province
        ("On Monday, Taliban fighters overran a police post in Chora district of Urozgan province.", "Afghanistan"),
        # a department is a province in Colombia (and a district in France)
        ("On Tuesday, in Valencia, Cordoba department, miners blocked the road.", "Colombia"),
        # after 'in', NER's 'organisation' over a town and its province is still a place
        ("On Friday, in Fundacion, Magdalena department, fishermen blocked the port road.", "Colombia"),
    ],
)
def test_local_context_beats_a_famous_namesake(text, country):
    place = event_place(text, actor_countries(text))
    assert place is not None and place.country == country


def test_a_big_city_by_its_own_name_beats_an_alternate_name_of_a_comparable_one():
    # 'Salem' is an old name of Jerusalem and the name of a city of 900,000 in Tamil Nadu
    assert event_place("On Monday, weavers rallied in Salem to demand relief.").country == "India"
    # but a far bigger city keeps its English name: Odessa is Odesa, not the Texan town
    assert event_place("On Monday, activists blocked a road near Odessa.").country == "Ukraine"


@pytest.mark.parametrize("text, name", [
    ("MOPTI - On a hot morning, traders closed the market.", "Mopti"),
    ("KHARKIV — A missile struck a depot overnight.", "Kharkiv"),
    ("ALEPPO, Syria (AP) - Shelling resumed on Monday.", "Aleppo"),
])
def test_a_dateline_is_a_place_and_its_dash_is_not_part_of_the_name(text, name):
    doc = load_spacy()(text)
    assert name in [t.place.name for t in geo.geoparse(doc) if t.place is not None]
