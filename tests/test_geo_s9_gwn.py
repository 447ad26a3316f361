"""Session 9 rules for GeoWebNews (docs/geoparsing.md): what a story shows a name to mean."""
from __future__ import annotations

from conftest import places_found, resolve_mentions


def test_a_body_only_a_state_has_makes_the_name_the_state_not_the_country(nlp):
    text = ("Crews from Denver and Phoenix drilled with the Georgia National Guard in May, "
            "and Georgia paid for their fuel.")
    res = resolve_mentions(nlp, text, "Denver", "Phoenix", "Georgia")
    georgias = [t.place for t in res if t.text == "Georgia"]
    assert len(georgias) == 2
    assert all(p.country == "United States" and p.admin1 == "Georgia" for p in georgias)
    # found by geoparse() too
    assert [p.country for t in __import__("fogofwar.geo", fromlist=["geoparse"]).geoparse(nlp(text))
            if t.text == "Georgia" for p in [t.place]] == ["United States", "United States"]


def test_without_such_a_body_the_country_stays_the_country(nlp):
    res = {t.text: t for t in resolve_mentions(nlp, "Tanks rolled into Georgia in 2008, officials in Tbilisi said.",
                                               "Georgia", "Tbilisi")}
    assert res["Georgia"].place.country == "Georgia" and res["Georgia"].place.feature == "country"


def test_a_story_that_spells_the_capital_with_dc_uses_the_bare_name_for_the_state(nlp):
    text = ("The crew spent most of the year at home in Washington, near Spokane and Yakima, "
            "with trips to Texas, Maine and Washington, D.C.")
    res = resolve_mentions(nlp, text, "Washington", "Spokane", "Yakima", "Texas", "Maine", "Washington, D.C.")
    by = {(t.text, t.start): t.place for t in res}
    bare = [p for (name, start), p in by.items() if name == "Washington" and not text.startswith(", D.C.", start + 10)]
    assert bare and all(p.feature == "admin1" and p.admin1 == "Washington" for p in bare)
    # the name the letters follow is the capital itself
    assert all(p.admin1 == "District of Columbia" for (name, start), p in by.items()
               if name == "Washington" and text.startswith(", D.C.", start + 10))
    capital = [p for (name, _), p in by.items() if name == "Washington, D.C."]
    assert capital[0].admin1 == "District of Columbia"
    # geoparse() too, which joins 'Washington, D.C.' into one name only after choosing among namesakes
    from fogofwar.geo import geoparse

    found = [(t.text, t.place.feature if t.place else None) for t in geoparse(nlp(text))]
    assert ("Washington", "admin1") in found and ("Washington, D.C.", "city") in found


def test_the_bare_capital_stays_the_capital_without_a_town_of_the_state(nlp):
    text = "Lobbyists flew from Boston to Washington, D.C. on Monday; in Washington they met senators."
    res = [t for t in resolve_mentions(nlp, text, "Boston", "Washington", "Washington, D.C.") if t.text == "Washington"]
    assert res and all(t.place.admin1 == "District of Columbia" for t in res)


def test_of_the_counties_of_a_name_the_one_that_holds_a_town_of_the_story(nlp):
    # Massachusetts' Suffolk County is the bigger; the story's barn lies in a town of the New York one
    text = "Detectives from Suffolk County dug under a barn in Southold on Tuesday."
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Suffolk County", "Southold")}
    assert res["Southold"].admin1 == "New York"
    assert res["Suffolk County"].admin1 == "New York"


def test_a_name_the_story_gives_with_county_means_that_county_when_repeated_alone(nlp):
    # alone, 'Suffolk' reads as a city in Virginia or the Boston county; the story has named its county
    text = ("Detectives from Suffolk County dug under a barn in Southold on Tuesday. "
            "The Suffolk sheriff said the search would go on.")
    res = resolve_mentions(nlp, text, "Suffolk County", "Southold", "Suffolk")
    county = next(t.place for t in res if t.text == "Suffolk County")
    bare = next(t.place for t in res if t.text == "Suffolk")
    assert bare.admin1 == county.admin1 == "New York" and bare.latitude == county.latitude
    alone = resolve_mentions(nlp, "The Suffolk sheriff said the search would go on.", "Suffolk")[0].place
    assert alone.admin1 != "New York"  # (what the rule changes)


def test_a_big_city_named_like_the_county_stays_the_city(nlp):
    text = "Farmers in Denver County met officials from Denver and Boulder."
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Denver County", "Denver", "Boulder")}
    assert res["Denver"].name == "Denver" and res["Denver"].geo_precision == 1


def test_a_big_citys_own_name_opening_a_sentence_is_a_place_even_as_a_club(nlp):
    # NER may call the club an organisation; the city's name is no English word capitalised by the sentence
    found = [t for t, _ in places_found(nlp, "Leicester took the derby 2-1 on Saturday, and fans sang late into the night.")]
    assert found == ["Leicester"]


def test_an_english_word_opening_a_sentence_stays_no_place(nlp):
    assert places_found(nlp, "Reading is fun for the children, the teacher said.") == []


def test_a_facility_takes_back_a_head_noun_the_gazetteer_read_as_a_town(nlp):
    # 'Centre' alone is a small town in Alabama, 'Canal' an alternate name of one in Louisiana
    found = dict(places_found(nlp, "Few fans came to the Harbourside Centre. Two of them later sat by the Ellery Canal."))
    assert "Harbourside Centre" in found and "Ellery Canal" in found
    assert "Centre" not in found and "Canal" not in found


def test_a_facility_named_with_a_possessive_is_one_name_and_no_town_of_the_saint(nlp):
    for apostrophe in ("'", "’"):
        text = f"The couple will marry in St Brendan{apostrophe}s Chapel near Galway, and guests will dine at the Pier Hotel."
        found = dict(places_found(nlp, text))
        assert f"St Brendan{apostrophe}s Chapel" in found and "St Brendan" not in found
        # placed in the town its sentence names, not at a town called St Brendan
        assert found[f"St Brendan{apostrophe}s Chapel"] in (None, "Galway")
    found = dict(places_found(nlp, "Nurses at the Quillon Children's Hospital in Leeds went on strike."))
    assert "Quillon Children's Hospital" in found and "Leeds" in found


def test_a_towns_possessive_still_opens_its_building(nlp):
    found = dict(places_found(nlp, "He was treated at Newry's Daisy Hill Hospital after the crash."))
    assert found.get("Newry") == "Newry"


def test_a_press_wires_glued_dashes_leave_the_dateline_and_its_state_alone(nlp):
    found = dict(places_found(nlp, "MODESTO, Calif.--(BUSINESS WIRE)--Orchard Labs Inc. said on Monday it would hire."))
    assert found.get("MODESTO") == "Modesto" and found.get("Calif.") == "California"
    tokens = [t.text for t in nlp("ridge--(AP)--Orchard")]
    assert tokens == ["ridge", "--", "(", "AP", ")", "--", "Orchard"]
    assert [t.text for t in nlp("the al-Bab road")] == ["the", "al", "-", "Bab", "road"]  # one hyphen: as before


def test_an_unknown_all_caps_dateline_is_a_place(nlp):
    found = dict(places_found(nlp, "FORT QUILLANE, Ore. (AP) - Troops trained on the range for a week."))
    assert "FORT QUILLANE" in found
    # not an all-caps headline word elsewhere, nor without the province and dash
    assert "QUARTERLY REPORT" not in dict(places_found(nlp, "QUARTERLY REPORT: sales rose in Denver."))


def test_a_club_known_by_its_town_is_one_name(nlp):
    from fogofwar.geo import geoparse

    res = [(t.text, t.place.name if t.place else None) for t in geoparse(nlp("They beat Norwich City 2-0 at home."))]
    assert res == [("Norwich City", "Norwich")]
    res = [(t.text, t.place.name if t.place else None) for t in geoparse(nlp("UEFA fined Leeds FC over the bus attack."))]
    assert res == [("Leeds FC", "Leeds")]
    # a city the gazetteer knows whole stays that city; a council after the name is not swallowed
    assert [t.text for t in geoparse(nlp("Kansas City won again."))] == ["Kansas City"]
    assert [t.text for t in geoparse(nlp("The Harare City Council met on Monday."))] == ["Harare"]


def test_an_ordinal_opens_a_streets_or_a_churchs_name(nlp):
    from spacy.tokens import Span

    from fogofwar.geo import geoparse

    def parsed(text, ordinal):
        doc = nlp(text)
        k = [t.text for t in doc].index(ordinal)
        doc.ents = [Span(doc, k, k + 1, label="ORDINAL")]  # as NER often reads it: the ordinal alone, no place
        return [t.text for t in geoparse(doc)]

    assert parsed("It was built as the Fifth Methodist Church by two architects.", "Fifth") == ["Fifth Methodist Church"]
    assert parsed("The council voted to rename Fourth Street after the poet.", "Fourth") == ["Fourth Street"]
    assert "Ascot" in dict(places_found(nlp, "He came third in the race at Ascot."))


def test_a_small_town_named_in_a_building_near_the_storys_towns_contains_it(nlp):
    text = ("Barry grew up in Dewsbury and met Jean on a coach home from Blackpool. They married at North Ossett "
            "Chapel in 1961, before a honeymoon trip to Great Yarmouth.")
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Dewsbury", "Blackpool", "North Ossett Chapel",
                                                       "Great Yarmouth")}
    assert res["North Ossett Chapel"].name == "Ossett" and res["North Ossett Chapel"].geo_precision == 2


def test_a_small_town_named_in_a_building_far_from_the_story_does_not_contain_it(nlp):
    # Ossett lies in Yorkshire, far from every town of this story: the chapel is not placed there
    text = "Crowds in Plymouth and Exeter cheered as the choir sang at the North Ossett Chapel in the evening."
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Plymouth", "Exeter", "North Ossett Chapel")}
    assert res["North Ossett Chapel"].name != "Ossett"


def test_a_settlement_noun_and_of_say_an_unknown_name_is_a_place(nlp):
    found = dict(places_found(nlp, "Far from the dirt roads of his modest home village of Qelbarin, the striker is now a star."))
    assert "Qelbarin" in found and found["Qelbarin"] is None  # kept, unresolved, for locate()
    # without such words a name only NER calls a place stays out
    assert "Qelbarin" not in dict(places_found(nlp, "The striker Qelbarin is now a star."))


def test_a_name_after_a_kinship_noun_is_a_person_even_a_big_citys(nlp):
    assert places_found(nlp, "The singer posed with her husband and daughters Dallas and Paris in the photo.") == []
    assert places_found(nlp, "She held her baby, Dallas, in one hand.") == []
    # across a preposition it is the place again
    assert places_found(nlp, "Her son in Dallas called on Sunday.") == [("Dallas", "Dallas")]


def test_a_towns_own_fire_service_places_the_streets_it_works_in(nlp):
    from fogofwar.geo import geoparse

    text = ("The Regina Fire Service fought a blaze overnight in the 300 block of Quillbrook Avenue. "
            "Nobody was hurt.")
    res = {t.text: t for t in geoparse(nlp(text))}
    street = res["Quillbrook Avenue"].place
    assert street is not None and street.name == "Regina" and street.geo_precision == 2
    assert res["Regina"].embedded  # (still no event's location)


def test_a_street_named_after_a_county_is_placed_by_its_town_not_the_county(nlp):
    from fogofwar.geo import geoparse

    text = "A Regina police officer saw a man waving a toy rifle on Northumberland Avenue late on Friday."
    res = {t.text: t.place for t in geoparse(nlp(text))}
    assert res["Northumberland Avenue"].name == "Regina"  # not the English county


def test_a_pictures_credit_names_no_place(nlp):
    assert places_found(nlp, "Swimming heats were held at the new pool. (Ana Trinidad/PNA)") == []
    assert places_found(nlp, "He was not the target, detectives said (Metropolitan Police/PA).") == []
    # a bracket of two places is no credit
    assert [t for t, _ in places_found(nlp, "Talks on the border (Ukraine/Russia) went on.")] == ["Ukraine", "Russia"]


def test_a_sentences_capitalised_article_is_no_word_of_a_seas_name(nlp):
    from fogofwar.geo import geoparse

    found = [t.text for t in geoparse(nlp("The Atlantic storm season starts in June, forecasters said."))]
    assert found == ["Atlantic"]
    # a name the gazetteer knows with its article as its own keeps it
    assert [t.text for t in geoparse(nlp("The Hague court ruled on Monday."))] == ["The Hague"]


def test_a_clock_time_ner_calls_a_facility_is_no_place(nlp):
    from spacy.tokens import Span

    from fogofwar.geo import geoparse

    doc = nlp("A clip went up on Jul 25, 2015 at 11:40pm PDT. But despite all of it he won.")
    words = [t.text for t in doc]
    a, b = words.index("11:40pm"), words.index("PDT") + 1
    doc.ents = [Span(doc, a, b, label="FAC")]  # as NER may read it, after 'at'
    assert geoparse(doc) == []


def test_a_small_town_abroad_listed_with_a_place_of_the_storys_country_is_a_local_place(nlp):
    # Rehab is a small town of Jordan; nothing else in this story is Jordanian
    text = ("Fans flew from Leeds when the club's academy opened in Cairo six years ago; it now has branches in "
            "Rehab and New Cairo, coaches said.")
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Leeds", "Cairo", "Rehab", "New Cairo")}
    assert res["Rehab"].country == "Egypt" and res["Rehab"].geo_precision == 3  # the story's area, not Jordan
    # a story that names the country otherwise keeps the town
    text = "Fighting spread from Kharkiv to Rehab and Madaba, Jordanian officials said."
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Kharkiv", "Rehab", "Madaba")}
    assert res["Rehab"].country == "Jordan" and res["Rehab"].geo_precision == 1


def test_a_foreign_head_noun_opens_a_streets_or_a_buildings_name(nlp):
    from fogofwar.geo import geoparse

    text = ("Tourists in New Orleans walked along Rue Casa Vieja, now part of the Faubourg Tremé, "
            "before a talk at the Palais des Sports.")
    res = {t.text: t.place for t in geoparse(nlp(text))}
    for name in ("Rue Casa Vieja", "Faubourg Tremé", "Palais des Sports"):
        assert res[name].name == "New Orleans" and res[name].geo_precision == 2
    res = {t.text: t.place for t in geoparse(nlp("The stretch once named Rue d’Orléans later became Chartres Street in Mobile."))}
    assert "Rue d’Orléans" in res and res["Rue d’Orléans"].name == "Mobile"  # not Orléans, France: a street honours it
