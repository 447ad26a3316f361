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
