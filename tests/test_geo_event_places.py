"""Event locations in short conflict notes: numbered settlements, quarters named with their city, provinces
named like common words, longer names the gazetteer lacks, and where a story with no place in a sentence is."""
from __future__ import annotations

from fogofwar.geo import geoparse, locate
from fogofwar.geo.parse import haversine_km


def tops(nlp, text: str):
    doc = nlp(text)
    return doc, geoparse(doc)


def event_place(nlp, text: str, sentence: int = 0):
    doc, found = tops(nlp, text)
    sent = list(doc.sents)[sentence]
    return locate(doc, sent.start_char, sent.end_char, found)


def by_text(found, text):
    return next(t for t in found if t.text == text)


def test_a_numbered_settlement_is_near_the_village_it_is_named_after(nlp):
    p = event_place(nlp, "On 3 June 2021, the monitors recorded 14 explosions near Popasna-2.")
    assert p is not None and p.name == "Popasna" and p.geo_precision == 2 and p.country == "Ukraine"


def test_a_year_or_a_road_number_is_no_numbered_settlement(nlp):
    _, found = tops(nlp, "Protesters blocked the M-1 road outside Kharkiv.")
    assert all(not t.numbered for t in found)


def test_a_quarter_named_with_its_city_is_not_a_namesake_far_away(nlp):
    p = event_place(nlp, "On 3 June 2021, residents protested in Santa Ana, Davao City against the demolitions.")
    assert p is not None and haversine_km(p.latitude, p.longitude, 7.07, 125.61) < 50
    assert p.geo_precision == 2


def test_a_province_named_like_a_common_word_in_brackets_locates_the_town(nlp):
    _, found = tops(nlp, "On 3 June 2021, traders protested in Chipata (Eastern) over unpaid loans.")
    eastern = by_text(found, "Eastern")
    assert eastern.place.feature == "admin1" and eastern.place.country == "Zambia"


def test_a_name_repeated_as_its_own_province_does_not_vouch_for_a_country(nlp):
    _, found = tops(nlp, "On 3 June 2021, traders protested in La Rioja (La Rioja) against the lockdown. "
                         "The province was among the hardest hit in Argentina.")
    assert by_text(found, "La Rioja").place.country == "Argentina"


def test_words_of_a_neighbourhood_name_are_no_towns(nlp):
    _, found = tops(nlp, "On 3 June 2021, gunmen shot a man in Colonia Vista del Rio in Tijuana, Baja California.")
    assert "Rio" not in [t.text for t in found] and by_text(found, "Tijuana").place.resolved
    _, found = tops(nlp, "On 3 June 2021, police raided a drug den in Morro do Alemao in Vitoria, Espirito Santo.")
    assert "Alemao" not in [t.text for t in found]


def test_a_name_that_runs_on_through_an_article_is_a_place_we_lack(nlp):
    doc, found = tops(nlp, "On 3 June 2021, rockets hit positions in Wadi al Khadra (Tobruk).")
    assert not any(t.text.startswith("Wadi") and t.resolved for t in found)
    p = event_place(nlp, "On 3 June 2021, rockets hit positions in Wadi al Khadra (Tobruk).")
    assert p is not None and p.country == "Libya"


def test_a_spanish_name_with_or_without_its_preposition(nlp):
    _, found = tops(nlp, "On 3 June 2021, fishermen protested in Puerto de Escondido.")
    t = by_text(found, "Puerto de Escondido")
    assert t.place.name == "Puerto Escondido" and not t.numbered


def test_a_known_name_with_an_inner_word_in_lower_case(nlp):
    _, found = tops(nlp, "On 3 June 2021, a mob attacked police in Dera ghazi Khan city.")
    assert by_text(found, "Dera ghazi Khan").place.name == "Dera Ghazi Khan"


def test_the_end_of_a_longer_name_before_its_admin_noun_is_no_town(nlp):
    _, found = tops(nlp, "On 3 June 2021, workers protested in Sukamaju Baru sub-district, Depok City, West Java.")
    assert "Baru" not in [t.text for t in found]


def test_a_common_town_name_with_a_province_that_holds_none_is_unresolved_there(nlp):
    p = event_place(nlp, "On 3 June 2021, gunmen killed a man in Emiliano Zapata, Sonora.")
    assert p is not None and p.admin1 == "Sonora" and "Emiliano Zapata" in p.text


def test_a_country_in_a_later_sentence_does_not_move_the_event_from_its_town(nlp):
    text = "Protesters marched in Cuenca, Azuay on Monday. They demanded the resignation of the President of Ecuador."
    p = event_place(nlp, text, sentence=1)
    assert p is not None and p.name == "Cuenca" and p.relation == "named earlier in the paragraph"


def test_document_focus_is_the_only_district_named(nlp):
    text = ("On 3 June 2021, a mob set a shop ablaze at Ambad Bazar under Ghansawangi police station "
            "(Jalna district, Maharashtra). Several people were injured.")
    p = event_place(nlp, text, sentence=1)
    assert p is not None and p.geo_precision == 2 and p.admin1 == "Maharashtra"
    assert haversine_km(p.latitude, p.longitude, 19.84, 75.89) < 60  # Jalna, not the state's seat


def test_a_police_station_named_after_its_town_lies_in_the_district_named_after_it(nlp):
    _, found = tops(nlp, "On 3 June 2021, a mob attacked a shop at Wadgaon village under Rampur police station "
                         "in Jalna district (Maharashtra).")
    rampur = by_text(found, "Rampur")
    assert rampur.place is None or not rampur.place.resolved or rampur.place.admin1 == "Maharashtra"


def test_a_country_named_as_its_forces_nationality_is_not_the_event_location():
    from conftest import event_reports
    from datetime import date

    r = event_reports(
        "Ethiopia troops shot down a cargo plane near an airstrip on Monday, Somali officials said. "
        "Six people died in the crash in southern Somalia.", date(2025, 3, 4))[0]
    assert r.place is not None and r.place.country == "Somalia"
