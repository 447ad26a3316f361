"""Event locations in short conflict notes (session 9): the administrative context a note gives ('X, Y
region', 'X (district, province)') keeps its place in the right country and province."""
from __future__ import annotations

from conftest import event_place

from fogofwar.geo import geoparse, locate
from fogofwar.geo.parse import haversine_km


def test_an_arabic_quarter_word_opens_a_neighbourhood_name_and_is_no_town(nlp):
    # 'Hay' (Arabic for a quarter) is also a small Australian town: here it opens the name of a quarter
    doc = nlp("On 4 March 2021, angry Hay El Amal residents blocked the national road in Ksar Chellala over power cuts.")
    names = {t.text: t for t in geoparse(doc)}
    assert "Hay" not in names
    p = event_place(nlp, "On 4 March 2021, angry Hay El Amal residents blocked the national road in Ksar Chellala "
                         "over power cuts.")
    assert p is not None and p.country == "Algeria" and haversine_km(p.latitude, p.longitude, 35.21, 2.32) < 20


def test_hay_river_is_still_the_canadian_town(nlp):
    doc = nlp("Flood waters rose again in Hay River on Tuesday.")
    assert any(t.text == "Hay River" and t.chosen is not None and t.chosen.country_code == "CA" for t in geoparse(doc))


def test_a_region_named_with_a_slash_is_one_name_and_locates_the_town_before_it(nlp):
    # Trinidad's regional corporations are written 'Tunapuna/Piarco': the whole name is the region, so a
    # Brazilian namesake of the village before it is not it
    p = event_place(nlp, "On 2 March 2021, in Maracas, Tunapuna/Piarco, two men robbed a roadside vendor.")
    assert p is not None and p.country == "Trinidad and Tobago"
    assert haversine_km(p.latitude, p.longitude, 10.70, -61.42) < 30
    doc = nlp("Talks between Israel/Palestine negotiators stalled.")
    assert {"Israel", "Palestine"} <= {t.text for t in geoparse(doc)}  # no exact name: the parts alone


def test_a_loose_spelling_of_a_big_city_in_another_province_is_not_the_village_the_note_places(nlp):
    # 'Jalingu' reads loosely as Jalingo (Taraba, 118,000 people); every other place is in Borno
    p = event_place(nlp, "On 6 June 2021, troops clashed with insurgents at Jalingu, near Banki (Bama LGA, Borno) "
                         "and killed three fighters.")
    assert p is not None and p.admin1 == "Borno"
    assert haversine_km(p.latitude, p.longitude, 11.30, 13.90) < 80
    # an exact big city of another province is still itself
    p = event_place(nlp, "On 6 June 2021, troops from Maiduguri were flown to Jalingo, Taraba, after the raid.")
    assert p is not None and p.admin1 == "Taraba"


def test_a_town_read_outside_the_province_the_sentence_names_is_a_namesake(nlp):
    # 'Krishna' is an alternate name of Machilipatnam (Andhra Pradesh); the sentence places itself in West Bengal
    p = event_place(nlp, "On 9 June 2021, farmers picketed the Sri Krishna Oil Mill yard in Jangipur (Murshidabad "
                         "district, West Bengal) over unpaid dues.")
    assert p is not None and p.admin1 == "West Bengal"
    assert haversine_km(p.latitude, p.longitude, 24.2, 88.3) < 60


def test_a_small_town_abroad_yields_to_the_province_the_sentence_names(nlp):
    # 'Cleary' is a hamlet in the United States; the offices lie in Eastern Cape
    p = event_place(nlp, "On 9 June 2021, cleaners picketed outside the Cleary Park depot in Kwazakhele "
                         "(Nelson Mandela Bay, Eastern Cape) over wages.")
    assert p is not None and p.country == "South Africa"


def test_a_big_city_of_another_province_named_in_the_sentence_keeps_its_rank(nlp):
    # Patna (Bihar) is a big city named by its own name: only small or alternately named towns give way
    p = event_place(nlp, "On 9 June 2021, students marched in Patna against a raid in Jangipur "
                         "(Murshidabad district, West Bengal).")
    assert p is not None and p.name == "Patna"


def test_a_province_named_after_its_people_is_a_place_with_its_administrative_noun(nlp):
    # 'Somali' alone is a demonym; 'Somali region' is Ethiopia's province, which places the town before it
    doc = nlp("On 5 June 2021, militia fighters raided a market in Gudis, Korahe Zone (Somali region).")
    regions = [t for t in geoparse(doc) if t.text == "Somali"]
    assert regions and regions[0].chosen is not None and regions[0].chosen.country_code == "ET"
    doc = nlp("On 5 June 2021, Somali troops shelled a village near the border.")
    assert "Somali" not in {t.text for t in geoparse(doc)}


def test_a_hamlet_named_like_the_municipal_seat_of_its_province_yields_to_the_seat(nlp):
    # Michoacan holds hamlets called Los Reyes and the seat GeoNames names 'Los Reyes de Salgado'
    p = event_place(nlp, "On 3 June 2021, in Los Reyes, Michoacan, avocado growers blocked a road.")
    assert p is not None and haversine_km(p.latitude, p.longitude, 19.59, -102.47) < 15


def test_the_english_name_of_a_georgian_region_is_that_region(nlp):
    # GeoNames knows 'Kvemo Kartli'; news English writes 'Lower Kartli'. A village the gazetteer lacks, read
    # loosely as a town abroad, is placed in the region instead
    p = event_place(nlp, "On 2 June 2021, villagers of Zemo Bolnisi in Kazreti, Lower Kartli, blocked a highway "
                         "over mine dust.")
    assert p is not None and p.country == "Georgia" and p.admin1 == "Kvemo Kartli"


def test_a_district_closing_a_bracket_is_a_place_where_ner_reads_a_person(nlp):
    # NER tends to read '(Dori, Seno)'-style brackets as two people; Oudalan is a Burkinabe province (admin2)
    p = event_place(nlp, "On 7 June 2021, gunmen burned a school near Kelbelbaye (Gorom, Oudalan).")
    assert p is not None and p.country == "Burkina Faso"
    assert haversine_km(p.latitude, p.longitude, 14.44, -0.24) < 60
    # a name NER reads as a person that closes no bracket is still a person
    doc = nlp("On 7 June 2021, Amadou Oudalan told reporters the school had closed.")
    assert "Oudalan" not in {t.text for t in geoparse(doc)}
    doc = nlp("The minister met Kenya Airways (KQ) and Ethiopian Airlines (ET) about new routes.")
    assert not {"KQ", "ET"} & {t.text for t in geoparse(doc)}  # an acronym in brackets is no province


def _with_org(nlp, text: str, org: str):
    """The doc with NER's reading replaced by one organisation over ``org`` (NER's reading varies by sentence)."""
    doc = nlp(text)
    start = text.index(org)
    span = doc.char_span(start, start + len(org), label="ORG")
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return doc


def test_a_town_and_its_district_noun_read_as_an_organisation_is_still_a_place(nlp):
    text = "On 6 June 2021, a drone strike killed four fighters in the Dashtak valley of Qala I Naw district, Badghis."
    doc = _with_org(nlp, text, "Qala I Naw district")
    found = geoparse(doc)
    town = [t for t in found if t.text == "Qala I Naw"]
    assert town and not town[0].embedded and town[0].chosen is not None
    p = locate(doc, 0, len(text), found)
    assert p is not None and haversine_km(p.latitude, p.longitude, 34.99, 63.13) < 20
    # an organisation that only opens with a province's name and its noun stays an organisation
    doc = _with_org(nlp, "On 6 June 2021, the Badghis Province Council met in Herat.", "Badghis Province Council")
    assert all(t.embedded for t in geoparse(doc) if t.text.startswith("Badghis"))


def test_a_district_inside_an_organisation_that_is_a_bracketed_place_chain_is_a_place(nlp):
    # the gazetteer knows Dantewada only by an alternate name of the district ('Dakshin Bastar Dantewada')
    text = "On 6 June 2021, rebels felled trees across a road between Gumiyapal and Hiroliya villages (Dantewada, " \
           "Chhattisgarh)."
    doc = _with_org(nlp, text, "Dantewada, Chhattisgarh")
    p = locate(doc, 0, len(text), geoparse(doc))
    assert p is not None and haversine_km(p.latitude, p.longitude, 18.9, 81.35) < 60


def test_the_english_name_of_a_somali_region_pairs_with_the_district_before_it(nlp):
    # GeoNames knows 'Shabeellaha Dhexe'; news English writes 'Middle Shabelle'. Read exactly, it locates the
    # district town in the bracket (the gazetteer knows Jawhar as 'Jowhar' only by an alternate name)
    p = event_place(nlp, "On 8 June 2021, a roadside bomb hit a supply truck near Dhanaane Yare village (Jowhar, "
                         "Middle Shabelle).")
    assert p is not None and haversine_km(p.latitude, p.longitude, 2.78, 45.50) < 20
    doc = nlp("On 8 June 2021, troops moved from Lower Shabelle into Middle Juba.")
    regions = {t.text: t for t in geoparse(doc)}
    assert not regions["Lower Shabelle"].loose and regions["Lower Shabelle"].chosen.name == "Shabeellaha Hoose"
    assert regions["Middle Juba"].chosen.name == "Jubbada Dhexe"


def test_the_first_name_of_a_bracket_ending_with_its_province_is_the_district(nlp):
    # the gazetteer's town called Amethi lies in Kheri district, 150 km away; '(Amethi, Uttar Pradesh)' names the
    # district of Amethi, where the unknown village lies
    p = event_place(nlp, "On 5 June 2021, farmers blocked a highway at Jagdishpur (Amethi, Uttar Pradesh).")
    assert p is not None and haversine_km(p.latitude, p.longitude, 26.15, 81.81) < 50
    # a town filed in its namesake district stays the town
    p = event_place(nlp, "On 5 June 2021, herders clashed near Doubarou (Bankass, Mopti).")
    assert p is not None and haversine_km(p.latitude, p.longitude, 14.08, -3.52) < 10


def test_a_district_named_like_its_region_is_the_district_not_the_region(nlp):
    # Naryn is a Kyrgyz region and its seat town; 'Naryn district' is no region: the event is near the town,
    # not at the region's biggest town
    text = "On 5 June 2021, rangers detained two poachers near Kochkor-Ata village in Naryn district."
    naryn = [t for t in geoparse(nlp(text)) if t.text == "Naryn"]
    assert naryn and naryn[0].chosen is not None and naryn[0].chosen.feature != "admin1"
    p = event_place(nlp, text)
    assert p is not None and haversine_km(p.latitude, p.longitude, 41.43, 75.99) < 30


def test_a_route_named_after_towns_is_placed_where_the_sentence_says_on_it(nlp):
    p = event_place(nlp, "On 6 June 2021, truckers blocked the Lagos-Ibadan expressway at Ogere (Ikenne LGA, Ogun) "
                         "over extortion.")
    assert p is not None and p.admin1 == "Ogun" and haversine_km(p.latitude, p.longitude, 6.87, 3.68) < 30
    # without a place after it, the route stays the route
    p = event_place(nlp, "On 6 June 2021, gunmen ambushed a bus on the Kaduna-Abuja highway.")
    assert p is not None and p.relation == "along"


def test_a_saint_name_that_runs_on_into_an_unknown_town_is_no_other_town_of_that_saint(nlp):
    # 'San Miguel' alone names towns all over Mexico; 'San Miguel Zoquiapan' is a town the gazetteer lacks
    p = event_place(nlp, "On 6 June 2021, in San Miguel Zoquiapan, Puebla, residents held two thieves captive.")
    assert p is not None and p.admin1 == "Puebla" and "San Miguel Zoquiapan" in p.text
    # a known saint town with a second name is still found whole
    p = event_place(nlp, "On 6 June 2021, in Santa Maria Huazolotitlan, Oaxaca, residents blocked a road.")
    assert p is not None and p.name == "Santa Maria Huazolotitlan"


def test_telangana_and_azad_kashmir_abbreviations_are_contexts(nlp):
    p = event_place(nlp, "On 4 June 2021, workers held a sit-in at Kothagudem Colony (Bhadradri, TS) over wages.")
    assert p is not None and p.admin1 == "Telangana"
    p = event_place(nlp, "On 4 June 2021, troops exchanged fire across the LoC at Leepa valley (Hattian Bala "
                         "district, AJK).")
    assert p is not None and p.admin1 == "Azad Jammu and Kashmir"


def test_a_hamlet_sized_namesake_of_a_great_province_does_not_vouch_for_the_name_before_it(nlp):
    # Colombia has a small district called Buenos Aires (2,000 people) in Cauca, where a village Toribio lies;
    # '(Buenos Aires)' after a name means Argentina's province or city, not that district
    p = event_place(nlp, "On 30 April 2021, around Martin Toribio (Buenos Aires), neighbours banged pots against a "
                         "prison release.")
    assert p is not None and p.country == "Argentina"


def test_a_region_after_a_town_and_before_the_clause_goes_on_locates_it_even_against_a_big_city_abroad(nlp):
    # Siparia is a Trinidadian region; Manchester there is a village the gazetteer lacks, not the English city
    p = event_place(nlp, "On 3 June 2021, in Manchester, Siparia, a taxi driver was robbed at gunpoint.")
    assert p is not None and p.country == "Trinidad and Tobago"
    # a list is still a list
    p = event_place(nlp, "On 3 June 2021, in Manchester, Siparia and Penal, taxi drivers protested.")
    assert p is not None and p.country == "United Kingdom"


def _countries(nlp, text):
    return {t.text: t.chosen.country_code for t in geoparse(nlp(text)) if t.chosen is not None}


def test_big_cities_after_commas_are_a_list_not_a_town_and_its_context(nlp):
    # Paris, Ontario lies near London, Ontario: read as 'town, context' the list sent Paris to Canada
    got = _countries(nlp, "Strikers marched in Paris, London, and Berlin over the weekend.")
    assert got == {"Paris": "FR", "London": "GB", "Berlin": "DE"}
    got = _countries(nlp, "Envoys in Brussels, Berlin and Rome welcomed the truce.")
    assert got["Brussels"] == "BE" and got["Berlin"] == "DE"


def test_a_town_and_its_province_after_a_comma_still_read_as_context(nlp):
    assert _countries(nlp, "She was raised in Paris, Texas, far from any coast.")["Paris"] == "US"
    assert _countries(nlp, "A market in Hyderabad, Sindh, was closed after the blast.")["Hyderabad"] == "PK"
    assert _countries(nlp, "Riot police in Valencia, Carabobo, fired tear gas.")["Valencia"] == "VE"
