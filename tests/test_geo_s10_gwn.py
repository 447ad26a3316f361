"""Session 10 rules for GeoWebNews (docs/geoparsing.md): places the story shows a name to mean."""
from __future__ import annotations

from conftest import resolve_mentions


def test_a_city_state_contains_the_buildings_the_text_puts_in_it(nlp):
    # a country is no container, but the Holy See is one town: the embassy in it and its gardens lie there
    text = ("Choirs from Kutaisi sang at the Embassy of the Republic of Georgia in the Holy See on Friday. "
            "Later they strolled through the Vatican Gardens.")
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Kutaisi", "Embassy of the Republic of Georgia",
                                                     "Holy See", "Vatican Gardens")}
    for name in ("Embassy of the Republic of Georgia", "Vatican Gardens"):
        assert res[name].country == "Vatican", name
        assert abs(res[name].latitude - 41.90) < 0.05 and abs(res[name].longitude - 12.45) < 0.05
    assert res["Kutaisi"].country == "Georgia"


def test_a_big_country_after_in_is_still_no_container(nlp):
    # (what the rule leaves alone) Canada is no town: the building is not placed at the country's middle
    text = "Choirs from Kutaisi sang at the Embassy of the Republic of Georgia in Canada on Friday."
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Kutaisi", "Embassy of the Republic of Georgia",
                                                     "Canada")}
    assert res["Embassy of the Republic of Georgia"].country != "Canada"
