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


def _with_ents(nlp, text: str, ents: list[tuple[str, str]]):
    """The text parsed, with NER's entities set by hand (surface, label; each surface's first occurrence after
    the previous one) to pin what the model may read."""

    doc = nlp(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        spans.append(doc.char_span(start, start + len(surface), label=label))
        pos = start + len(surface)
    doc.ents = spans
    return doc


def test_a_surname_ner_calls_a_place_is_no_big_citys_odd_alternate_name(nlp):
    # 'Salazar' is an old name GeoNames keeps for N'dalatando (Angola, 160,000 people): not the city's own name,
    # so the person the story names stays a person
    from fogofwar.geo import geoparse

    text = "Laura Salazar was found guilty of fraud. The court ordered Salazar to pay a fine."
    doc = _with_ents(nlp, text, [("Laura Salazar", "PERSON"), ("Salazar", "GPE")])
    assert [t.text for t in geoparse(doc)] == []


def test_a_surname_that_is_a_big_citys_own_name_stays_the_city_where_ner_says_place(nlp):
    # (what the rule leaves alone) 'Houston' is a big city's own name
    from fogofwar.geo import geoparse

    text = "Sam Houston was born in Virginia. The court met in Houston to hear the case."
    doc = _with_ents(nlp, text, [("Sam Houston", "PERSON"), ("Virginia", "GPE"), ("Houston", "GPE")])
    found = {t.text: t.place.name for t in geoparse(doc)}
    assert found.get("Houston") == "Houston"


def test_a_person_ner_reads_over_a_name_ending_in_racecourse_or_inn_is_a_facility(nlp):
    from fogofwar.geo import geoparse

    text = "Crowds filled the Kelvale Racecourse in Perth as Night Arrow won, and owners dined at the Marlow Inn."
    doc = _with_ents(nlp, text, [("Kelvale Racecourse", "PERSON"), ("Perth", "GPE"), ("Marlow Inn", "PERSON")])
    found = {t.text: t.place for t in geoparse(doc)}
    assert found["Kelvale Racecourse"].name == "Perth" and found["Kelvale Racecourse"].geo_precision == 2
    assert found["Marlow Inn"].name == "Perth"


def test_a_person_whose_surname_is_a_facility_word_stays_a_person(nlp):
    # (what the rule leaves alone) people are called Hall, Park or Church
    from fogofwar.geo import geoparse

    text = "Senator Rosa Hall met farmers in Perth, and Jim Church spoke after her."
    doc = _with_ents(nlp, text, [("Rosa Hall", "PERSON"), ("Perth", "GPE"), ("Jim Church", "PERSON")])
    assert [t.text for t in geoparse(doc)] == ["Perth"]


def test_an_abbreviation_glued_by_a_hyphen_to_a_lower_case_word_is_a_place(nlp):
    from conftest import places_found

    found = places_found(nlp, "Ships of the U.K.-led mission sailed past Oman, joined by U.S.-based crews.")
    assert ("U.K.", "United Kingdom") in found and ("U.S.", "United States") in found
    # the tokenizer splits only before a lower-case word: an initial's hyphen between capitals stays
    assert [t.text for t in nlp("the A.-B. line")][1] == "A.-B."


def test_an_institutions_initials_hyphened_to_a_big_town_name_its_campus_town(nlp):
    from conftest import places_found

    assert ("Lahore", "Lahore") in places_found(nlp, "The author is a lecturer at UCP-Lahore.")
    # (what the rule leaves alone) a name's second half is no place of its own
    assert not any(name == "Ali" for name, _ in places_found(nlp, "Fighters left the Mirza-Ali village at dawn."))


def test_a_small_town_named_after_a_title_in_lower_case_is_a_person(nlp):
    from conftest import places_found

    assert places_found(nlp, "The club coach Harlow said the team was tired.") == []
    # (what the rule leaves alone) the town after a place preposition
    assert ("Harlow", "Harlow") in places_found(nlp, "The club coach said the team trained in Harlow on Monday.")


def test_old_town_before_a_towns_name_is_one_name_read_as_that_town(nlp):
    from conftest import places_found

    found = places_found(nlp, "Commuter trains stop at Old Town Fredericksburg, a short drive from Richmond, Virginia.")
    assert ("Old Town Fredericksburg", "Fredericksburg") in found
    assert not any(name in ("Old Town", "Fredericksburg") for name, _ in found)


def test_a_lake_named_after_a_small_town_is_one_name_read_as_that_town(nlp):
    from conftest import places_found

    found = places_found(nlp, "Lake Kenmore is a public reservoir near the gated community.")
    assert found == [("Lake Kenmore", "Kenmore")]
    # (what the rule leaves alone) a lake the project lists itself, and a town called 'Lake ...'
    assert places_found(nlp, "Fishermen on Lake Victoria caught less this year.") == [("Lake Victoria", "Lake Victoria")]
    assert places_found(nlp, "The Lake Elsinore council met on Monday.")[0][1] == "Lake Elsinore"


def test_a_capitalised_compass_word_before_a_province_is_one_name(nlp):
    from conftest import places_found

    found = places_found(nlp, "Storms hit North Texas and Southern Oklahoma on Sunday.")
    assert ("North Texas", "Texas") in found and ("Southern Oklahoma", "Oklahoma") in found
    # (what the rule leaves alone) a name the gazetteer knows whole, and a lower-case adjective
    assert ("West Virginia", "West Virginia") in places_found(nlp, "The West Virginia plant shut.")
    assert ("Texas", "Texas") in places_found(nlp, "Storms hit northern Texas on Sunday.")


def test_a_building_or_a_body_named_after_a_province_lies_in_one_of_its_towns(nlp):
    # at the province's town the story names, else at its seat (its most populous town), not the area's middle
    mall = {t.text: t.place for t in resolve_mentions(
        nlp, "Shoppers crowded the Ohio Gateway Mall, a short drive from Dayton.", "Ohio Gateway Mall", "Dayton")}
    assert (mall["Ohio Gateway Mall"].latitude, mall["Ohio Gateway Mall"].longitude) == \
        (mall["Dayton"].latitude, mall["Dayton"].longitude)
    assert mall["Ohio Gateway Mall"].name == "Ohio" and mall["Ohio Gateway Mall"].geo_precision == 3
    body = resolve_mentions(nlp, "The Ontario Securities Commission fined the broker on Monday.",
                            "Ontario Securities Commission")[0].place
    assert abs(body.latitude - 43.7) < 0.2 and abs(body.longitude + 79.4) < 0.2  # Toronto
    # (what the rule leaves alone) a natural feature named after the province keeps the area's middle
    river = resolve_mentions(nlp, "Anglers fished the Ohio River all week.", "Ohio River")[0].place
    assert river.name == "Ohio" and abs(river.latitude - 43.7) > 1


def test_a_colleges_name_may_end_with_its_towns_as_british_usage_writes_it(nlp):
    from conftest import places_found

    assert places_found(nlp, "I hold a degree in history from Selwyn College Oxford.") == [
        ("Selwyn College Oxford", "Oxford")]
    # (what the rule leaves alone) a head inside a longer name is no facility
    assert places_found(nlp, "The Park Hotel Group bought it.") == []


def test_armouries_theatres_clinics_and_complexes_are_facility_heads(nlp):
    from conftest import places_found

    found = places_found(nlp, "Fans queued outside the Quillfen Theatre in Leeds. A pipe burst at the Brantholme "
                              "Armory nearby.")
    assert ("Quillfen Theatre", "Leeds") in found and ("Brantholme Armory", "Leeds") in found


def test_a_country_before_a_hyphened_lower_case_word_is_no_end_of_a_persons_name(nlp):
    from fogofwar.geo import geoparse

    text = "By: Maria Olsen UK-based steelmaker Corvane has signed a deal."
    doc = _with_ents(nlp, text, [("Maria Olsen UK", "PERSON")])
    assert [(t.text, t.place.name) for t in geoparse(doc)] == [("UK", "United Kingdom")]
    # (what the rule leaves alone) a place word inside a person's name stays the person's
    doc = _with_ents(nlp, "By: Maria Olsen UK said the steelmaker signed.", [("Maria Olsen UK", "PERSON")])
    assert [t.text for t in geoparse(doc)] == []


def test_a_word_ner_calls_a_person_after_suburb_of_is_the_suburb(nlp):
    from fogofwar.geo import geoparse

    text = "Boys train in the gated suburb of Westmarch each evening. Beyond Westmarch, the club has two more pitches."
    doc = _with_ents(nlp, text, [("Westmarch", "PERSON"), ("Beyond Westmarch", "PERSON")])
    assert "Westmarch" in [t.text for t in geoparse(doc)]
    # (what the rule leaves alone) a word the story gives a person
    text = "Chike Westmarch coached the boys. They train in the gated suburb of Westmarch each evening."
    doc = _with_ents(nlp, text, [("Chike Westmarch", "PERSON"), ("Westmarch", "PERSON")])
    assert [t.text for t in geoparse(doc)] == []


def test_the_words_of_an_operations_name_are_no_places(nlp):
    from conftest import places_found

    found = [name for name, _ in places_found(nlp, "Troops of Operation Lafia Shield clashed with insurgents near Bama.")]
    assert "Lafia" not in found and "Bama" in found
    # (what the rule leaves alone) the same word outside the operation's name
    assert "Lafia" in [name for name, _ in places_found(nlp, "Troops of Operation Safe Road rested in Lafia.")]
