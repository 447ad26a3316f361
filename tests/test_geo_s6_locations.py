"""Event locations in short conflict notes (session 6): districts the subdivision list files under their
region, ..."""
from __future__ import annotations

from conftest import event_place

from fogofwar.geo import geoparse
from fogofwar.geo.gazetteer import get_gazetteer
from fogofwar.geo.parse import haversine_km


def test_a_district_filed_as_first_level_is_a_district_in_its_own_place():
    gaz = get_gazetteer()
    okrug = next(h.place for hs in gaz.lookup_keys({"nisava"}).values() for h in hs if h.place.country_code == "RS")
    assert okrug.feature == "admin2"
    assert haversine_km(okrug.latitude, okrug.longitude, 43.32, 21.90) < 60  # around Nis, not central Serbia
    assert gaz.admin1[("RS", "SE")].name == "Central Serbia"


def test_a_serbian_town_is_not_read_as_the_whole_region(nlp):
    p = event_place(nlp, "On 3 June 2021, retired miners blocked the main street of Zajecar, Serbia, over pensions.")
    assert p is not None and haversine_km(p.latitude, p.longitude, 43.90, 22.27) < 20


def test_a_region_named_with_a_generic_word_locates_its_district_town(nlp):
    # Malawi's regions are 'Central Region', 'Southern Region'... and are written '(Central)' after a town
    p = event_place(nlp, "On 2 June 2021, ruling party members beat two election monitors in Dowa (Central).")
    assert p is not None and p.country == "Malawi" and haversine_km(p.latitude, p.longitude, -13.65, 33.94) < 30


def test_an_admin_noun_alone_is_no_place_name(nlp):
    doc = nlp("On 7 June 2021, farmers blocked a road in Daulatpur Upazila (Kushtia) over fertiliser prices.")
    assert "Upazila" not in [t.text for t in geoparse(doc)]


def test_a_loose_spelling_of_a_town_in_another_province_is_not_the_village_placed_here(nlp):
    # 'Charpara' reads loosely as Sherpur, a town of another division; the text places the village in Kushtia
    p = event_place(nlp, "On 7 June 2021, thieves looted a grocery in Charpara village in Kumarkhali Upazila "
                         "(Kushtia) before dawn.")
    assert p is not None and haversine_km(p.latitude, p.longitude, 23.90, 89.12) < 60
    assert "Charpara" in p.text


def test_a_town_named_with_its_district_is_no_namesake_in_another_district(nlp):
    # the gazetteer's Owode lies in Obafemi Owode, another district of Ogun state
    p = event_place(nlp, "On 1 June 2021, customs officers raided warehouses at Owode (Egbado South LGA, Ogun) "
                         "and traded fire with smugglers.")
    assert p is not None and p.geo_precision == 2 and "Owode" in p.text
    assert haversine_km(p.latitude, p.longitude, 6.89, 3.01) < 30
    p = event_place(nlp, "On 3 June 2021, gunmen shot two farmers in Rim in Kwal district (Bassa LGA, Plateau).")
    assert p is not None and haversine_km(p.latitude, p.longitude, 9.94, 8.74) < 30


def test_a_country_after_a_district_and_its_province_is_their_context_not_a_list_item(nlp):
    from datetime import date

    from conftest import event_reports

    r = event_reports("On 8 June 2021, soldiers shelled houses in Paletwa town, Mindat District, Chin State, "
                      "Myanmar army officials said.", date(2021, 6, 9))[0]
    assert r.place is not None and r.place.geo_precision == 2 and r.place.name == "Mindat"
    r = event_reports("On 8 June 2021, protests were held in Aleppo, Idlib, Syria.", date(2021, 6, 9))[0]
    assert r.place is not None and r.place.name == "Aleppo"  # a town and a province may still be listed


def test_where_someone_was_heading_is_not_where_the_event_happened(nlp):
    text = ("On 29 June 2021, gunmen stopped a lorry carrying cattle near Djibo. The gunmen stole the "
            "passengers' phones and forced the driver to turn back in the direction of Ouagadougou.")
    p = event_place(nlp, text, sentence=1)
    assert p is not None and p.name == "Djibo" and p.relation == "named earlier in the paragraph"
    text = ("On 5 June 2021, in Ocana, Norte de Santander department, migrants threw stones at police officers. "
            "Residents had called the police about a group camping beside the highway that connects to Cucuta. "
            "A migrant punched an officer and a fight broke out.")
    p = event_place(nlp, text, sentence=2)
    assert p is not None and p.name == "Ocana"


def test_a_subdivision_word_may_stand_between_a_town_and_its_province(nlp):
    p = event_place(nlp, "On 29 June 2021, two herders were stabbed in a quarrel in Zamai village, Mokolo "
                         "subdivision (Extreme-Nord).")
    assert p is not None and p.geo_precision == 2 and haversine_km(p.latitude, p.longitude, 10.74, 13.80) < 10
    assert "Zamai" in p.text
