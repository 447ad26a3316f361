"""Geoparsing: name keys, gazetteer, recognition, disambiguation, location phrases, custom places."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from fogofwar.geo import PlacesFileError, Toponym, geoparse, get_gazetteer, locate
from fogofwar.geo.gazetteer import Gazetteer, read_places_file
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geo.parse import haversine_km, resolve_spans


def km(place, lat: float, lon: float) -> float:
    assert place is not None and place.latitude is not None, place
    return haversine_km(place.latitude, place.longitude, lat, lon)


# ---------------------------------------------------------------- name keys


@pytest.mark.parametrize(
    "spellings",
    [
        ["Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir el-Zour"],
        ["Al Mayadin", "al-Mayadin", "Al-Mayadeen", "Mayadin"],
        ["al-Bukamal", "Albukamal", "Albu Kamal", "Abu Kamal", "Abou Kamal"],
        ["Khan Shaykhun", "Khan Sheikhoun"],
        ["Yabroud", "Yabrud"],
        ["Qamishli", "Kamishli", "al-Qamishli"],
        ["Raqqa", "Ar Raqqah", "Raqqah"],
    ],
)
def test_transliteration_variants_share_a_key(spellings):
    keys = {variant_key(s) for s in spellings}
    assert len(keys) == 1 and "" not in keys, {s: variant_key(s) for s in spellings}


def test_norm_key_drops_case_diacritics_apostrophes_and_hyphens():
    assert norm_key("Ḩamāh") == "hamah"
    assert norm_key("Qa'im") == norm_key("Qa’im") == norm_key("Qaim") == "qaim"
    assert norm_key("Deir ez-Zor") == "deir ez zor"


def test_different_places_keep_different_keys():
    assert variant_key("Homs") != variant_key("Hama")
    assert variant_key("Idlib") != variant_key("Aleppo")
    assert variant_key("Deir ez-Zor") != variant_key("Dara")


# ---------------------------------------------------------------- gazetteer


def test_gazetteer_finds_transliterations_of_al_bukamal():
    gaz = get_gazetteer()
    for spelling in ("al-Bukamal", "Albukamal", "Abu Kamal"):
        keys = [norm_key(spelling), variant_key(spelling)]
        hits = [h for k in keys for h in gaz.lookup_keys(keys).get(k, [])]
        assert any(h.place.country_code == "SY" and abs(h.place.latitude - 34.45) < 0.05 for h in hits), spelling


def test_gazetteer_has_admin1_with_codes_and_countries():
    gaz = get_gazetteer()
    deir = [p for (cc, code), p in gaz.admin1.items() if cc == "SY" and code == "07"]
    assert deir and deir[0].latitude is not None
    assert gaz.countries["SY"].latitude == pytest.approx(35.0, abs=1.0)


# ---------------------------------------------------------------- recognition


def parse(nlp, text: str):
    doc = nlp(text)
    return doc, geoparse(doc)


def by_text(toponyms: list[Toponym], text: str) -> Toponym:
    found = [t for t in toponyms if t.text == text]
    assert found, [t.text for t in toponyms]
    return found[0]


def test_toponym_offsets_point_into_the_text(nlp):
    doc, tops = parse(nlp, "Gunmen attacked a checkpoint in al-Bukamal on Tuesday, a monitor said.")
    t = by_text(tops, "al-Bukamal")
    assert doc.text[t.start : t.end] == "al-Bukamal"
    assert t.place.country == "Syria" and km(t.place, 34.45, 40.92) < 10


def test_demonyms_and_common_words_are_not_toponyms(nlp):
    _, tops = parse(nlp, "Syrian Army units and Police Forces met Russian officers. The Front said Research continues.")
    texts = {t.text for t in tops}
    assert not texts & {"Syrian", "Russian", "Police", "Front", "Research", "Army"}, texts


def test_gazetteer_finds_a_place_that_ner_calls_an_organisation(nlp):
    doc, tops = parse(nlp, "Reinforcements reached Albukamal and Al-Mayadeen on Tuesday.")
    assert km(by_text(tops, "Albukamal").place, 34.45, 40.92) < 10
    assert km(by_text(tops, "Al-Mayadeen").place, 35.02, 40.45) < 10



def test_two_names_joined_by_and_are_read_alone_not_as_one_loose_spelling(nlp):
    # 'U.S. and EU' has the loose skeleton of a village; only an exact name may span an 'and'
    _, tops = parse(nlp, "Diplomats in Kenya and the U.S. and EU welcomed the truce.")
    assert by_text(tops, "U.S.").place.country == "United States"
    assert not [t for t in tops if " and " in t.text]
    _, tops = parse(nlp, "Fishermen from Trinidad and Tobago were detained.")
    assert by_text(tops, "Trinidad and Tobago").place.country == "Trinidad and Tobago"

# ---------------------------------------------------------------- disambiguation


def test_palmyra_in_a_syrian_story_is_tadmur(nlp):
    _, tops = parse(nlp, "Syrian troops advanced from Homs towards Palmyra, the desert city east of Damascus.")
    p = by_text(tops, "Palmyra").place
    assert p.iso3 == "SYR" and km(p, 34.56, 38.28) < 10
    assert by_text(tops, "Homs").place.iso3 == "SYR"


def test_admin_context_in_brackets_and_after_a_comma(nlp):
    _, tops = parse(nlp, "Shelling hit Tafas (Dar'a) at dawn. Separately, police in Paris, Texas, arrested a man.")
    tafas = by_text(tops, "Tafas").place
    assert tafas.iso3 == "SYR" and tafas.admin1 and "Dar" in tafas.admin1
    paris = by_text(tops, "Paris").place
    assert paris.iso3 == "USA" and paris.admin1 == "Texas"


def test_country_focus_picks_the_country_of_the_story(nlp):
    _, tops = parse(nlp, "Iraqi forces said militants crossed near Fallujah. Officials in Ramadi and Baghdad agreed.")
    for name in ("Fallujah", "Ramadi", "Baghdad"):
        assert by_text(tops, name).place.iso3 == "IRQ", name


# ---------------------------------------------------------------- location phrases


def sentence_place(nlp, text: str, needle: str):
    doc = nlp(text)
    tops = geoparse(doc)
    for sent in doc.sents:
        if needle in sent.text:
            return locate(doc, sent.start_char, sent.end_char, tops)
    raise AssertionError(f"{needle!r} not found in any sentence")


def text_place(nlp, text: str):
    """The event location of the whole text."""
    doc = nlp(text)
    return locate(doc, 0, len(text), geoparse(doc))


def test_town_alone_is_precision_1(nlp):
    p = sentence_place(nlp, "Militants attacked a checkpoint in Tadmur on Monday.", "checkpoint")
    assert p.geo_precision == 1 and p.where_prec == 1 and p.relation is None and p.geonameid


def test_near_a_town_is_precision_2(nlp):
    p = sentence_place(nlp, "An explosion struck a convoy near Deir ez-Zor city on Sunday.", "convoy")
    assert p.relation == "near" and p.geo_precision == 2 and p.where_prec == 2
    assert km(p, 35.34, 40.14) < 15


def test_distance_and_direction_phrase(nlp):
    p = sentence_place(nlp, "Clashes erupted 30 km north of Raqqa on Monday.", "Clashes")
    assert p.relation == "30 km north of" and p.geo_precision == 2
    assert "30 km north of" in p.text


def test_countryside_is_precision_2(nlp):
    p = sentence_place(nlp, "Jets struck two villages in the Deir Ezzor countryside overnight.", "Jets")
    assert p.relation == "countryside" and p.geo_precision == 2 and p.iso3 == "SYR"


def test_directional_province_is_region_precision_3(nlp):
    p = sentence_place(nlp, "Insurgents ambushed an army patrol in eastern Hama province.", "ambushed")
    assert p.feature == "admin1" and p.geo_precision == 3 and p.where_prec == 4
    assert p.admin1 == "Hama" and p.relation == "eastern"


def test_southern_idlib_is_the_province(nlp):
    p = sentence_place(nlp, "Rockets landed in southern Idlib during a joint patrol.", "Rockets")
    assert p.admin1 == "Idlib" and p.geo_precision in (2, 3)


def test_two_place_desert_is_an_area(nlp):
    p = sentence_place(nlp, "Cells hide in the Homs-Deir Ezzor desert, officials said.", "Cells")
    assert p.feature == "area" and p.geo_precision == 3 and p.iso3 == "SYR"
    # between the two towns it is named after
    assert 34.5 < p.latitude < 35.5 and 36.7 < p.longitude < 40.2


def test_highway_between_two_towns_is_a_route(nlp):
    p = sentence_place(nlp, "Raids took place north of the Palmyra-Deir Ezzor highway.", "Raids")
    assert p.geo_precision == 2 and p.where_prec == 5


def test_custom_road_from_the_shipped_file(nlp):
    p = sentence_place(nlp, "A vehicle was hit with an RPG on the M4 Highway near the town.", "RPG")
    assert p.name == "M4 Highway" and p.feature == "custom" and p.iso3 == "SYR"


def test_river_bank(nlp):
    p = sentence_place(nlp, "Forces crossed to the eastern bank of the Euphrates.", "crossed")
    assert p.relation == "east bank of" and p.geo_precision >= 2


def test_country_only_says_so(nlp):
    p = sentence_place(nlp, "Protests spread across Lebanon on Friday.", "Protests")
    assert p.feature == "country" and p.geo_precision == 3 and p.where_prec == 6


def test_sentence_without_place_takes_the_town_named_earlier_in_its_paragraph(nlp):
    text = "Fighting raged in al-Mayadin. Later, a drone struck a truck."
    p = sentence_place(nlp, text, "drone struck")
    assert p is not None and p.name == "Al Mayadin" and p.geo_precision == 2
    assert p.relation == "named earlier in the paragraph"


def test_sentence_without_place_after_a_paragraph_break_falls_back_to_document_focus(nlp):
    text = "Fighting raged in al-Mayadin and Hajin.\n\nLater, a drone struck a truck."
    p = sentence_place(nlp, text, "drone struck")
    assert p is not None and p.geo_precision == 3 and "focus" in (p.relation or "")


def test_document_focus_is_the_only_town_of_its_province(nlp):
    # a story that names one town of its province: a later sentence with no place is near that town
    text = "Fighting raged in al-Mayadin.\n\nLater, a drone struck a truck."
    p = sentence_place(nlp, text, "drone struck")
    assert p is not None and p.name == "Al Mayadin" and p.geo_precision == 2 and p.relation == "document focus"


def test_people_from_a_town_do_not_place_the_next_sentence_there(nlp):
    text = "Residents of Aleppo fled south. Later, a drone struck a truck."
    p = sentence_place(nlp, text, "drone struck")
    assert p is None or p.relation != "named earlier in the paragraph"


def test_context_in_brackets_rejects_a_namesake_abroad(nlp):
    # 'Orange' is a town in France; in brackets a Nigerian LGA and state say where it is
    text = "On Monday armed men shot a trader and his brother at Kwall Orange (Bokkos LGA, Plateau)."
    doc = nlp(text)
    tops = geoparse(doc)
    assert all(t.place.country in (None, "Nigeria") for t in tops if t.resolved)
    p = locate(doc, 0, len(text), tops)
    assert p is not None and p.country == "Nigeria" and p.geo_precision >= 2
    # either the unknown village is kept by name within the LGA, or the LGA itself is the place
    assert "Orange" in p.text or p.name == "Bokkos"


def test_context_after_a_comma_picks_the_namesake_in_that_province(nlp):
    text = "Police raided a house in Rupnagar city (Punjab) where two men were arrested."
    p = text_place(nlp, text)
    assert p is not None and p.country == "India" and p.geo_precision == 1


def test_context_province_is_not_taken_for_its_capital(nlp):
    text = "Villagers blocked a highway in Tangail district (Dhaka) on Sunday."
    doc = nlp(text)
    tops = geoparse(doc)
    dhaka = next(t for t in tops if t.text == "Dhaka")
    assert dhaka.is_context and dhaka.place.feature == "admin1"
    p = locate(doc, 0, len(text), tops)
    assert p is not None and p.name != "Dhaka"


def test_a_list_of_places_is_not_read_as_place_and_province(nlp):
    text = "Shelling hit Aleppo, Idlib and Hama on Sunday."
    tops = geoparse(nlp(text))
    aleppo = next(t for t in tops if t.text == "Aleppo")
    assert aleppo.resolved and aleppo.place.country == "Syria" and aleppo.place.feature == "city"


def test_places_joined_before_road_are_a_route_even_inside_an_organisation_name(nlp):
    text = "Dock workers pelted stones on the Ambala-Karnal road (Haryana) on Monday."
    p = text_place(nlp, text)
    assert p is not None and p.relation == "along" and p.geo_precision == 2


def test_nothing_sensible_gives_none(nlp):
    doc = nlp("He said it would rain tomorrow.")
    assert locate(doc, 0, len(doc.text), geoparse(doc)) is None


def test_unknown_place_stays_unresolved_with_its_text(nlp):
    doc = nlp("Fighters seized Qzxwvrabad after a long siege.")
    [t] = resolve_spans(doc, [(16, 26)])
    assert t.text == "Qzxwvrabad" and t.place is not None
    assert t.place.latitude is None and t.place.longitude is None and t.place.text == "Qzxwvrabad"


# ---------------------------------------------------------------- custom places files


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_custom_csv_bad_coordinate_reports_its_line(tmp_path):
    path = write(tmp_path, "places.csv",
                 "# my places\nname,latitude,longitude,precision\nBase A,34.1,38.2,1\nBase B,north,38.3,1\n")
    with pytest.raises(PlacesFileError) as exc:
        read_places_file(path)
    assert exc.value.line == 4 and "Base B" in str(exc.value)


def test_custom_csv_out_of_range_and_bad_precision(tmp_path):
    with pytest.raises(PlacesFileError) as exc:
        read_places_file(write(tmp_path, "a.csv", "name,latitude,longitude\nX,95,10\n"))
    assert exc.value.line == 2
    with pytest.raises(PlacesFileError) as exc:
        read_places_file(write(tmp_path, "b.csv", "name,latitude,longitude,precision\nX,35,10,7\n"))
    assert exc.value.line == 2 and "precision" in exc.value.message


def test_custom_csv_missing_column(tmp_path):
    with pytest.raises(PlacesFileError) as exc:
        read_places_file(write(tmp_path, "c.csv", "\n\nname,lat,lon\nX,1,2\n"))
    assert exc.value.line == 3 and "latitude" in exc.value.message


def test_custom_geojson_errors_give_lines(tmp_path):
    bad_json = write(tmp_path, "a.geojson", '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature",}\n]}')
    with pytest.raises(PlacesFileError) as exc:
        read_places_file(bad_json)
    assert exc.value.line == 3
    no_geometry = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [38.0, 34.0]}, "properties": {"name": "Ok"}},
        {"type": "Feature", "properties": {"name": "Broken"}},
    ]}
    path = write(tmp_path, "b.geojson", json.dumps(no_geometry, indent=1))
    with pytest.raises(PlacesFileError) as exc:
        read_places_file(path)
    text = path.read_text().splitlines()
    assert exc.value.line is not None and '"Feature"' in text[exc.value.line - 1]
    assert exc.value.line > 3


def test_user_places_are_matched_in_text(tmp_path, nlp, monkeypatch):
    path = write(tmp_path, "mine.geojson", json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[38.0, 34.0], [40.0, 35.0]]},
         "properties": {"name": "Qurzan Frontline", "aliases": ["Qurzan front"], "feature": "frontline",
                        "country": "SY"}}]}))
    gaz = Gazetteer(extra_places=[path])
    import fogofwar.geo.gazetteer as gz

    monkeypatch.setattr(gz, "_GAZETTEER", gaz)
    doc = nlp("Heavy clashes were reported along the Qurzan Frontline on Friday.")
    tops = geoparse(doc)
    t = by_text(tops, "Qurzan Frontline")
    assert t.place.latitude == pytest.approx(34.5) and t.place.longitude == pytest.approx(39.0)
    assert t.place.geo_precision == 3  # a line gets area precision unless the file says otherwise


def test_shipped_extra_places_file_is_valid():
    from fogofwar.geo.gazetteer import _data_file

    records = read_places_file(_data_file("geo_extra_places.csv"))
    assert len(records) >= 30
    for rec, _aliases in records:
        assert -90 <= rec["lat"] <= 90 and -180 <= rec["lon"] <= 180
        assert not math.isnan(rec["lat"])


def test_desert_areas_of_two_places_is_a_region(nlp):
    p = sentence_place(nlp, "Troops killed militants last week in the desert areas of Raqqa and Homs.", "Troops")
    assert p.feature == "area" and p.geo_precision == 3 and p.relation == "desert"
    assert 34.5 < p.latitude < 35.5 and 36.7 < p.longitude < 40.2


def test_a_capital_standing_for_its_government_is_not_the_event_place(nlp):
    p = sentence_place(nlp, "Patrols were suspended in Idlib because of Ankara's objections.", "Patrols")
    assert p.admin1 == "Idlib"


def test_state_abbreviations_and_person_surnames(nlp):
    doc = nlp("John Kelly spoke in Santa Fe, N.M., on Monday. Kelly said the plan would work.")
    tops = geoparse(doc)
    texts = [t.text for t in tops]
    assert "Kelly" not in texts
    santa_fe = by_text(tops, "Santa Fe").place
    assert santa_fe.admin1 == "New Mexico"


def test_document_focus_prefers_the_lead(nlp):
    from fogofwar.geo.locate import document_focus

    # two places in the lead outweigh three later mentions of one elsewhere
    doc = nlp("Clashes hit Daraa and Tafas on Monday. " + "Residents fled. " * 60
              + "Analysts in London disagreed. " * 3)
    focus = document_focus(doc, geoparse(doc))
    assert focus is not None and focus.iso3 == "SYR"


def test_facility_names_are_toponyms_located_by_the_town_inside(nlp):
    doc, tops = parse(nlp, "A car bomb exploded outside Raqqa National Hospital. Residents of Royal Street fled.")
    hospital = by_text(tops, "Raqqa National Hospital")
    assert hospital.place.iso3 == "SYR" and km(hospital.place, 35.95, 39.01) < 30
    # a street the gazetteer lacks lies in the town its paragraph names: that town, at precision 2, phrase kept
    street = by_text(tops, "Royal Street")
    assert street.source == "container" and street.place.text == "Royal Street"
    assert km(street.place, 35.95, 39.01) < 30 and street.place.geo_precision == 2
    assert "within" in street.place.relation


def test_a_locative_phrase_overrules_a_person_reading(nlp):
    # the small English model tags 'Al Mayadin' here as a PERSON
    text = "Fighters attacked an army position in the desert southeast of Al Mayadin on Sunday night."
    p = text_place(nlp, text)
    assert p is not None and p.name == "Al Mayadin" and p.relation == "southeast of" and p.geo_precision == 2


def test_a_village_named_with_its_province_is_not_a_namesake_elsewhere(nlp):
    # cities500's only Novoselivka villages lie in other provinces than Luhansk's; Ukraine's register of
    # settlements has Luhansk oblast's own, placed at its community's seat (precision 2, not 1)
    text = "Shelling was reported near Novoselivka, Luhansk, on Sunday."
    p = text_place(nlp, text)
    assert p is not None and p.country == "Ukraine" and "Luhansk" in (p.admin1 or "")
    assert p.text.endswith("Novoselivka") and p.geo_precision == 2


def test_a_place_inside_an_overlong_organisation_entity_still_places_the_event(nlp):
    # NER may read 'the Cabinet of Ministers in Kyiv' as one organisation
    text = "About 500 traders rallied on Tuesday outside the Cabinet of Ministers building in Kyiv."
    p = text_place(nlp, text)
    assert p is not None and p.name == "Kyiv"


def test_an_entity_with_an_unbalanced_bracket_does_not_hide_a_place(nlp):
    text = "Rival forces reportedly clashed in Zuwara (Azzawya) on Friday."  # NER: 'Zuwara (Azzawya' ORG
    p = text_place(nlp, text)
    assert p is not None and p.text == "Zuwara" and p.country == "Libya"


def test_a_neighbourhood_namesake_does_not_move_the_event_out_of_its_town(nlp):
    text = "Police dismantled a drug lab in Petrolina, Pernambuco, in the Recife neighbourhood on Friday."
    p = text_place(nlp, text)
    assert p is not None and p.name == "Petrolina"


def test_the_prison_of_a_town_is_in_that_town(nlp):
    text = "Women held a sit-in at the prison of Tangier on Monday."
    p = text_place(nlp, text)
    assert p is not None and p.name in ("Tangier", "Tangiers") and p.geo_precision == 1


def test_the_second_half_of_a_hyphenated_name_is_not_a_place_of_its_own(nlp):
    text = "Two policemen were killed in the Karim-Ali village of Muqur district, Badghis, on Monday."
    doc = nlp(text)
    tops = geoparse(doc)
    assert not any(t.text == "Ali" for t in tops)
    p = locate(doc, 0, len(text), tops)
    assert p is not None and p.country == "Afghanistan"


def test_a_part_named_as_the_area_of_a_town_is_placed_in_that_town(nlp):
    # 'Nima' also names towns abroad; here it is a part of Accra
    text = "A civic group marched in the Nima community of Accra on Wednesday."
    p = text_place(nlp, text)
    assert p is not None and p.name == "Accra" and p.country == "Ghana"
