"""Session 6 rules for GeoWebNews (docs/geoparsing.md): a place named after a town lies at that town; halls,
courthouses and drives are facilities; a small town after 'in' or 'moved to' is a place whatever NER says; surnames,
speakers, brands, initialisms and storms' names are no places; names joined before 'streets' are streets."""
from __future__ import annotations

from conftest import places_found, resolve_mentions


def test_a_place_named_after_a_town_lies_at_that_town(nlp):
    text = ("Record crowds came to Nairobi for the Nairobi Autumn Derby, and the Nakuru Rowing Regatta "
            "was moved to a lake near the town.")
    res = resolve_mentions(nlp, text, "Nairobi", "Nairobi Autumn Derby", "Nakuru Rowing Regatta")
    derby = next(t for t in res if t.text == "Nairobi Autumn Derby")
    assert derby.place.name == "Nairobi" and derby.place.geo_precision == 2 and derby.place.text == "Nairobi Autumn Derby"
    assert "named in it" in derby.place.relation
    regatta = next(t for t in res if t.text == "Nakuru Rowing Regatta")
    assert regatta.place.name == "Nakuru"  # a big town the story does not name elsewhere


def test_a_name_that_honours_a_country_is_in_none_of_its_towns(nlp):
    text = "Officials of the Central Bank of Mexico met investors, and the Old Town Fairground reopened."
    res = resolve_mentions(nlp, text, "Central Bank of Mexico", "Old Town Fairground")
    # not Mexico City by an alternate name of it: the country it names, at the country's precision only
    assert res[0].place.name == "Mexico" and res[0].place.feature == "country" and res[0].place.geo_precision == 3
    assert not res[1].place.resolved  # 'Old Town' is an everyday alternate name, not a town inside the name


def test_a_name_with_a_context_or_a_towns_alternate_name_inside_is_not_placed_by_it(nlp):
    # 'Krishna' is an alternate name of Machilipatnam, far from Poonch; 'Baru' one of Toli-Toli
    text = "Shells landed on Krishna Ghati village (Poonch district, J&K) at night, an officer said."
    assert all(place != "Machilipatnam" for _, place in places_found(nlp, text))
    res = resolve_mentions(nlp, text, "Krishna Ghati", "Poonch", "J&K")
    assert res[0].place.name != "Machilipatnam"
    res = resolve_mentions(nlp, "Workers marched in Jurumudi Baru on Friday.", "Jurumudi Baru")
    assert not res[0].place.resolved


def test_halls_courthouses_and_drives_are_facility_names(nlp):
    out = places_found(nlp, "The orchestra played at the Harbourview Concert Hall on Friday, and the trial opened at the "
                     "Eastgate Courthouse in Leeds, England.")
    assert ("Harbourview Concert Hall", "Leeds") in out and ("Eastgate Courthouse", "Leeds") in out
    assert ("Juniper Drive", "Leeds") in places_found(nlp, "Police were called to a house on Juniper Drive in Leeds, England.")


def test_a_small_town_after_in_or_a_verb_of_going_is_a_place_even_if_ner_reads_a_person(nlp):
    assert "Thornhill" in [t for t, _ in places_found(nlp, "They moved to Thornhill, before settling in Dewsbury.")]
    assert not places_found(nlp, "In Kelly's view, the plan failed.")


def test_a_surname_ner_calls_a_place_stays_a_person_even_if_a_hamlet_bears_it(nlp):
    # 'Salah' is a Turkish hamlet's alternate name: the story's 'Mohamed Salah' makes the lone word his surname.
    text = "Mohamed Salah signed in June. Fans in Cairo want to see the next Salah, a striker who grew up in a village."
    assert [t for t, _ in places_found(nlp, text)] == ["Cairo"]


def test_a_name_unknown_to_the_gazetteer_that_speaks_is_a_person(nlp):
    text = 'In Greece, Hemnaran and his family face detention. Asked about it, Hemnaran said: "We have nowhere to go."'
    assert [t for t, _ in places_found(nlp, text)] == ["Greece"]


def test_a_brand_or_an_initialism_is_no_loose_spelling_of_a_town(nlp):
    # 'UConn' was read as a loose spelling of Oceania, 'AI' as a Jordanian village's alternate name
    assert [t for t, _ in places_found(nlp, "Investors poured money into AI and robotics at the Nairobi fair.")] == ["Nairobi"]
    assert "UConn" not in [t for t, _ in places_found(nlp, "Coaches said UConn looked tired in the final minutes.")]
    out = places_found(nlp, "Troops from the UK and US landed near LA.")
    assert ("UK", "United Kingdom") in out and ("US", "United States") in out


def test_a_storms_name_is_no_place(nlp):
    out = places_found(nlp, "Hurricane Harvey flooded Houston. Days later Harvey also hit Beaumont.")
    assert [t for t, _ in out] == ["Houston", "Beaumont"]  # not the town Hurricane (Utah) nor Harvey (Illinois)
    assert not places_found(nlp, "Three storms, Harvey, Irma and Maria, struck the coast last year.")
    assert ("Hurricane", "Hurricane") in places_found(nlp, "Flooding hit Hurricane, Utah, on Monday.")


def test_names_joined_before_streets_or_at_a_crossing_are_streets_in_the_town(nlp):
    out = places_found(nlp, "In New Orleans the parade rolled down Bourbon and Dauphine streets before dusk.")
    assert ("Bourbon", "New Orleans") in out and ("Dauphine", "New Orleans") in out  # not Bourbon, Indiana
    text = "A cyclist was hurt on the corner of Lake and Wabash in Chicago, officers said."
    assert ("Wabash", "Chicago") in places_found(nlp, text)
    res = resolve_mentions(nlp, text, "Lake", "Wabash", "Chicago")
    assert res[1].place.name == "Chicago" and res[1].place.geo_precision == 2  # not Wabash, Indiana


def test_great_rivers_mountains_and_former_states_are_places(nlp):
    text = "Barges carry ore down the Orinoco, and pensioners who grew up in the Soviet Union now live near the Danube."
    res = resolve_mentions(nlp, text, "Orinoco", "Soviet Union", "Danube")
    assert [t.place.name for t in res] == ["Orinoco River", "Soviet Union", "Danube"]
    assert all(t.place.geo_precision == 3 for t in res)
    assert ("Sinjar Mountains", "Sinjar Mountains") in places_found(nlp, "Families fled to the Sinjar Mountains in August.")
