"""Session 7 rules for GeoWebNews (docs/geoparsing.md): a province's centre spans its sparse towns too."""
from __future__ import annotations

from conftest import places_found
from fogofwar.geo.gazetteer import _area_centre


def test_a_provinces_centre_spans_its_sparse_north_but_not_a_far_island():
    # Most towns crowd along the southern border (latitude 49-50); a thin chain of towns runs north to 59,
    # and one island lies 30 degrees out to sea: the centre is the middle of the mainland, not of the crowd.
    crowd = [(49.0 + (i % 10) / 10, -123.0 + (i % 7) / 2, 1000) for i in range(200)]
    chain = [(50.0 + i / 2, -124.0 + (i % 3), 500) for i in range(19)]
    island = [(20.0, -160.0, 800)]
    lat, lon = _area_centre(crowd + chain + island)
    assert 53.0 <= lat <= 55.0 and -124.5 <= lon <= -121.0


def test_a_name_many_towns_bear_is_not_a_big_citys_odd_alternate(nlp):
    # GeoNames also lists Glendale (California) as 'Riverdale'; eight towns bear the name as their own
    out = places_found(nlp, "A lottery ticket sold in Riverdale won the jackpot on Friday.")
    assert out and out[0][0] == "Riverdale" and out[0][1] == "Riverdale"


def test_a_word_opening_a_person_like_name_that_the_story_puts_after_in_is_a_place(nlp):
    # NER reads the petrol station 'Riverdale Ben Fuel' as a person; 'in Riverdale' says the word is a town
    text = ("Shoppers at Riverdale Ben Fuel were stunned. Ann Vole, who keeps goats in Riverdale, said "
            "Riverdale had never had a winner.")
    assert [t for t, _ in places_found(nlp, text)] == ["Riverdale", "Riverdale"]


def test_bc_alone_is_british_columbia_in_a_canadian_story(nlp):
    text = ("A FrontCounter BC office opened in Kamloops on Monday, and the B.C. government said more would follow. "
            "Some temples date from 300 BC.")
    out = places_found(nlp, text)
    assert ("BC", "British Columbia") in out and ("B.C.", "British Columbia") in out
    assert len(out) == 3  # not the year
    assert not places_found(nlp, "Fans cheered as BC beat Duke on Saturday.")  # no Canadian place in the story
