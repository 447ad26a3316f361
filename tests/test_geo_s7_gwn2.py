"""Session 7 rules for GeoWebNews, continued (docs/geoparsing.md)."""
from __future__ import annotations

from conftest import places_found


def test_a_loose_spelling_in_a_country_only_a_demonym_names_is_no_place(nlp):
    # 'French' votes for France, but every place the story names lies in the United States: Bywater is no
    # loose spelling of Beziers
    text = ("The French and Spanish builders left their mark. Old French cottages line the streets of "
            "present-day Bywater. Later the families moved from New Orleans to Houston, Texas.")
    assert "Bywater" not in [t for t, _ in places_found(nlp, text)]


def test_sa_alone_is_south_africa_in_a_south_african_story_but_not_a_company_suffix(nlp):
    text = ("Load-shedding returned to Johannesburg and Durban this week. Factories across SA cut shifts, "
            "and Airbus SA delayed a delivery to Cape Town.")
    out = places_found(nlp, text)
    assert ("SA", "South Africa") in out
    assert len([t for t, _ in out if t == "SA"]) == 1  # not the company's suffix


def test_a_small_town_next_to_a_namesake_the_story_names_is_kept(nlp):
    # Nelson and Creston first read as towns abroad, so Canada has no vote yet; Castlegar lies 40 km from
    # Canada's Nelson, which the story names: it is no stray namesake
    text = ("NELSON - A new permit office opened in Nelson on Monday, serving Creston and Nelson residents. "
            "Instead of driving to Castlegar, hikers can now visit the Nelson office, Ms Dray said.")
    assert ("Castlegar", "Castlegar") in places_found(nlp, text)


def test_a_far_small_town_named_like_a_square_is_the_storys_own_square(nlp):
    # GeoNames has a 'Washington Square' in Pennsylvania; in a story about New Orleans and Houston it is a square
    text = ("Crowds gathered in Washington Square after the parade wound through New Orleans, and bands from "
            "Houston, Texas, played until dawn.")
    assert ("Washington Square", "New Orleans") in places_found(nlp, text)


def test_a_persons_surname_that_is_also_a_big_province_stays_the_person(nlp):
    text = "Actor Rafael Miranda cancelled his Broadway show in New York. Miranda told fans on Friday that he would be back soon."
    assert "Miranda" not in [t for t, _ in places_found(nlp, text)]
    # the state itself, said as a place, is still found
    out = places_found(nlp, "Protests spread across Miranda state and Caracas, and police in Miranda arrested ten people.")
    assert [t for t, _ in out].count("Miranda") == 2
