"""Demonyms and regional adjectives as toponyms (the evaluator's --demonyms mode; docs/geoparsing.md)."""
from __future__ import annotations

from fogofwar.geo.parse import find_adjectival_places, geoparse


def _found(nlp, text):
    doc = nlp(text)
    return {doc.text[s:e]: p for s, e, p in find_adjectival_places(doc, geoparse(doc))}


def test_an_adjective_saying_where_from_names_its_country_or_region(nlp):
    found = _found(nlp, "Kenyan officials met European bankers and a North Korean envoy in Geneva.")
    assert found["Kenyan"].country_code == "KE"
    assert found["European"].name == "Europe"
    assert found["North Korean"].country_code == "KP"  # one span, not 'Korean' (South Korea)
    assert "Korean" not in found


def test_the_people_or_the_language_as_a_noun_is_not_a_place(nlp):
    found = _found(nlp, "The pupils learn Portuguese at school, and the Dutch won the final in Lisbon.")
    assert "Portuguese" not in found and "Dutch" not in found


def test_a_demonym_inside_a_place_name_found_is_not_a_place_of_its_own(nlp):
    found = _found(nlp, "Ships crossed the Korean Peninsula's waters as Saudi Arabia watched, said Omani traders.")
    assert "Korean" not in found and "Saudi" not in found
    assert found["Omani"].country_code == "OM"


def test_an_institution_named_after_its_place_is_one_toponym_at_that_place(nlp):
    from fogofwar.geo.parse import geoparse

    doc = nlp("Analysts expect the Bank of Canada to hold rates, while the Embassy of Peru in Oslo stayed shut. "
              "The Regional Development Bank of Namibia lent more.")
    found = {t.text: t for t in geoparse(doc)}
    assert found["Bank of Canada"].place.name == "Canada" and found["Bank of Canada"].embedded
    assert found["Embassy of Peru"].place.name == "Peru"
    assert found["Oslo"].place.name == "Oslo" and not found["Oslo"].embedded
    assert "Namibia" in found  # a lender working in a place, not named after it: the place alone


def test_a_possessive_inside_a_name_keeps_the_name_whole(nlp):
    from fogofwar.geo.parse import geoparse

    doc = nlp("Envoys from Democratic People's Republic of Korea met Ghana's foreign minister in Accra.")
    found = {t.text: t.place for t in geoparse(doc)}
    assert found["Democratic People's Republic of Korea"].country == "North Korea"
    assert "Republic of Korea" not in found  # not South Korea inside the North's name
    assert found["Ghana"].name == "Ghana"


def test_a_name_joined_by_and_to_a_persons_surname_is_a_person(nlp):
    from fogofwar.geo.parse import geoparse

    doc = nlp("A Lagos court convicted Pius Chidi Okafor and Tobenna Navarro of fraud on Monday. The judge "
              "ordered Okafor and Navarro to pay damages.")
    assert [t.text for t in geoparse(doc)] == ["Lagos"]  # Navarro is a small town in Argentina, here a person


def test_a_name_after_a_towns_possessive_lies_in_that_town(nlp):
    from fogofwar.geo.parse import geoparse

    found = {t.text: t.place for t in geoparse(nlp("Protesters marched through Nairobi's Eastleigh on Sunday."))}
    # the gazetteer's only Eastleigh is an English town: the name is placed at Nairobi, less precisely
    assert found["Eastleigh"].name == "Nairobi" and found["Eastleigh"].geo_precision == 2
    found = {t.text: t.place for t in geoparse(nlp("Shops shut in Harare's Mbare, and Kenya's Ruto spoke."))}
    assert "Ruto" not in found  # a name rejected as a place stays so after a possessive


def test_a_loose_match_after_in_or_at_is_no_place_when_the_name_runs_on():
    from fogofwar.geo.parse import Toponym, _keep_unresolved

    def keep(text, name):
        start = text.index(name)
        return _keep_unresolved(text, Toponym(start, start + len(name), name, source="both", loose=True))

    assert keep("Clashes broke out in Marvik on Monday.", "Marvik")
    assert not keep("Classes are held at Marvik Tech on Mondays.", "Marvik")
    assert not keep("She played the solo in Marvik's second concerto.", "Marvik")
    assert not keep("BIG RISE IN MARVIK. Prices climbed.", "MARVIK")


def test_combining_forms_and_a_regions_adjective_name_their_country_or_region(nlp):
    from fogofwar.geo.parse import resolve_spans

    text = "Under Austro-Hungarian rule the town grew; a Siberian frost later ruined its Sino-Korean trade."
    doc = nlp(text)
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Austro", "Siberian", "Sino")]
    got = {t.text: t.place for t in resolve_spans(doc, spans)}
    assert got["Austro"].name == "Austria" and got["Sino"].name == "China"
    assert got["Siberian"].country == "Russia" and got["Siberian"].feature != "city"
    found = {doc.text[s:e]: p for s, e, p in find_adjectival_places(doc, geoparse(doc))}
    assert found["Austro"].country_code == "AT"


def test_the_town_a_building_is_said_to_be_in_beats_the_place_its_name_honours(nlp):
    from conftest import resolve_mentions

    text = "Students at Miami University in Oxford, Ohio, marched on Friday."
    res = {t.text: t.place for t in resolve_mentions(nlp, text, "Miami University", "Oxford", "Ohio")}
    assert res["Miami University"].name == "Oxford" and res["Miami University"].admin1 == "Ohio"


def test_a_repeated_county_name_does_not_vote_for_its_own_province(nlp):
    from conftest import resolve_mentions

    text = ("Washington County deputies closed a road near Fayetteville on Friday. Washington County officials "
            "said the Washington County jail was full, and Washington County schools stayed shut.")
    res = resolve_mentions(nlp, text, "Washington County", "Fayetteville")
    town = [t.place for t in res if t.text == "Fayetteville"][0]
    county = [t.place for t in res if t.text == "Washington County"][0]
    assert county.admin1 == town.admin1  # the county of the story's town's state, not one its repeats vote for


def test_a_loose_match_may_not_run_past_the_end_of_ners_place(nlp):
    from fogofwar.geo.parse import geoparse

    doc = nlp("And already, markets slid. U.S. Trade Representative Jane Roe called the move unjustified.")
    assert [(t.text, t.place.name) for t in geoparse(doc)] == [("U.S.", "United States")]


def test_a_capitalised_saint_abbreviation_and_a_wire_datelines_dashes(nlp):
    from fogofwar.geo.parse import geoparse

    found = [(t.text, t.place.name) for t in geoparse(nlp("ST. PAUL, Minn. - Police said on Monday."))]
    assert found[0] == ("ST. PAUL", "Saint Paul")
    found = [(t.text, t.place.admin1) for t in geoparse(nlp("FRESNO, Calif.--( )--Acme, a maker of pumps."))]
    assert ("Calif.", "California") in found


def test_a_town_that_owns_an_organisations_building_is_a_place(nlp):
    from fogofwar.geo.parse import geoparse

    found = {t.text: t.place for t in geoparse(nlp("A new ward has opened at Newry’s Daisy Hill Hospital this week."))}
    assert found["Newry"].name == "Newry"
    assert found["Daisy Hill Hospital"].name == "Newry" and found["Daisy Hill Hospital"].geo_precision == 2



def test_a_span_cut_after_a_joining_word_is_no_name():
    from fogofwar.geo.parse import _ends_on_a_joining_word

    assert _ends_on_a_joining_word("Elm and") and _ends_on_a_joining_word("Great Hall of")
    assert not _ends_on_a_joining_word("Elm and Oak") and not _ends_on_a_joining_word("Trinidad and Tobago")
    assert not _ends_on_a_joining_word("of")  # a single word is for other rules


def test_a_buildings_number_is_part_of_its_name(nlp):
    from fogofwar.geo.parse import geoparse

    found = {t.text: t.place for t in geoparse(nlp("Lawyers marched from Beijing to the No. 4 Detention Centre in Wuhan."))}
    assert found["No. 4 Detention Centre"].name == "Wuhan"


def test_a_sentences_first_word_is_no_company_before_a_country_abbreviation(nlp):
    from fogofwar.geo.parse import geoparse

    text = "Villages in Limpopo and Mpumalanga rely on mining. That SA exports most of the world's chrome is no secret."
    assert ("SA", "South Africa") in [(t.text, t.place.name) for t in geoparse(nlp(text))]
    text = "Miners in Limpopo sued Chrome Holdings SA on Monday."
    assert "SA" not in [t.text for t in geoparse(nlp(text))]  # a company's suffix
