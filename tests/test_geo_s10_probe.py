"""Session 10 rules from the conflict-geography probe (bench/geo_conflict_probe.py; docs/geoparsing.md)."""
from __future__ import annotations

from fogofwar.geo import geoparse, locate


def _by_text(nlp, text: str) -> tuple[object, dict]:
    doc = nlp(text)
    tops = geoparse(doc)
    return doc, tops, {t.text: t for t in tops}


def test_a_town_followed_by_its_country_is_kept_whatever_ner_calls_it(nlp):
    # NER reads the small Malian town as a person; the country after the comma holds a town of that name
    _doc, _tops, by = _by_text(nlp, "Gunmen attacked Douentza, Mali, at dawn.")
    assert "Douentza" in by and by["Douentza"].place.iso3 == "MLI" and by["Douentza"].resolved


def test_a_big_city_abroad_is_not_the_town_its_country_names(nlp):
    # no Lisbon in Mozambique: the text says the village is there, so it stays an unresolved name in Mozambique
    text = "Insurgents raided the village of Lisbon, Mozambique, on Friday."
    doc, tops, by = _by_text(nlp, text)
    t = by["Lisbon"]
    assert not t.resolved and t.place.iso3 == "MOZ" and t.place.latitude is None
    loc = locate(doc, 0, len(text), tops)
    assert loc is not None and loc.iso3 == "MOZ" and loc.geo_precision == 3


def test_the_country_after_the_comma_still_confirms_its_own_city(nlp):
    _doc, _tops, by = _by_text(nlp, "Tourists fled Palma, Spain, on Friday.")
    assert by["Palma"].place.iso3 == "ESP" and by["Palma"].resolved


def test_a_state_named_like_a_country_and_a_list_of_countries_are_no_such_context(nlp):
    _doc, _tops, by = _by_text(nlp, "Fans rallied in Athens, Georgia, on Saturday.")
    assert by["Athens"].place.iso3 == "USA"
    _doc, _tops, by = _by_text(nlp, "Officials in Madrid, Morocco and Algeria condemned the attack.")
    assert by["Madrid"].place.iso3 == "ESP" and by["Madrid"].resolved


def test_an_unknown_name_placed_by_its_country_carries_that_country(nlp):
    _doc, _tops, by = _by_text(nlp, "Police arrested two men in Mbalatu, Cameroon.")
    t = by["Mbalatu"]
    assert not t.resolved and t.place.iso3 == "CMR" and t.place.country == "Cameroon"


def test_a_two_word_demonym_votes_for_its_own_country(nlp):
    from fogofwar.geo.disambiguate import _demonym_votes
    from fogofwar.geo.recognise import _View

    votes = _demonym_votes(_View(nlp("South Sudanese and Sri Lankan peacekeepers met Sudanese envoys.")))
    assert votes == {"SS": 1, "LK": 1, "SD": 1}
    # the story's forces decide an ambiguous town: South Africa's Newcastle, not Australia's
    _doc, _tops, by = _by_text(nlp, "South African police raided a hostel near Newcastle.")
    assert by["Newcastle"].place.iso3 == "ZAF"


def test_a_headline_preposition_says_place_before_a_known_name(nlp):
    # NER and the capitalised words around it would drop the town in a title-case line
    _doc, _tops, by = _by_text(nlp, "Burkina Faso: Jihadists Attack Army Post Near Sebba")
    assert by["Sebba"].place.iso3 == "BFA"
    # a common word after the preposition is still no town; prose is unchanged
    _doc, _tops, by = _by_text(nlp, "Workers Protest Pay Cut At Power Plant Outside Lagos")
    assert "Power" not in by and by["Lagos"].place.iso3 == "NGA"


def test_a_town_ner_reads_as_a_person_is_no_person_by_that_reading_alone(nlp):
    # 'Al X' towns NER takes for people: the only person it reads with those words is the very name
    for text, name, iso3 in (("Clashes erupted in Al Marj on Sunday, officials said.", "Al Marj", "LBY"),
                             ("Gunmen opened fire in Al Kut overnight.", "Al Kut", "IRQ")):
        _doc, _tops, by = _by_text(nlp, text)
        assert name in by and by[name].place.iso3 == iso3
    # a person named so elsewhere in the story stays a person
    _doc, _tops, by = _by_text(nlp, "Lawyer Hassan Al Marj told reporters the case was closed. "
                                    "Al Marj said he would appeal.")
    assert "Al Marj" not in by


def test_a_rare_unknown_name_after_in_or_of_and_before_a_country_or_province_is_a_place_there(nlp):
    _doc, _tops, by = _by_text(nlp, "Troops retook the town of Nangade, Mozambique, on Monday.")
    assert by["Nangade"].place.iso3 == "MOZ" and not by["Nangade"].resolved
    _doc, _tops, by = _by_text(nlp, "Herders were shot dead in Tsokwaga, Benue state, overnight.")
    assert by["Tsokwaga"].place.iso3 == "NGA" and by["Tsokwaga"].place.admin1 == "Benue"
    # a common word is no such village
    _doc, _tops, by = _by_text(nlp, "In March, Kyiv said the talks had failed.")
    assert "March" not in by


def test_half_of_a_hyphenated_name_known_only_as_an_odd_alternate_is_no_place(nlp):
    # 'Pont' is only an alternate name of French towns: NER's whole hyphenated name is the place, unresolved
    _doc, _tops, by = _by_text(nlp, "Gangs burned homes in Pont-Bellanger on Friday.")
    assert "Pont" not in by and "Pont-Bellanger" in by and not by["Pont-Bellanger"].resolved
    # two known names joined by a hyphen stay two places
    _doc, _tops, by = _by_text(nlp, "The Israel-Gaza war entered its second year.")
    assert by["Israel"].place.iso3 == "ISR" and by["Gaza"].place.iso3 == "PSE"


def test_a_short_everyday_word_is_no_countrys_initials(nlp):
    # 'Car' at a sentence's start is a car, not the Central African Republic ('CAR' in capitals still is)
    _doc, _tops, by = _by_text(nlp, "Car bomb wounds six outside a police station.")
    assert "Car" not in by
    _doc, _tops, by = _by_text(nlp, "Fighters in CAR ambushed a convoy near Bria.")
    assert by["CAR"].place.iso3 == "CAF"


def test_a_generic_province_name_with_its_administrative_noun_is_that_province(nlp):
    # 'Plateau' alone may be a landform; 'Plateau state' after an unknown village is Nigeria's state
    _doc, _tops, by = _by_text(nlp, "Herders were shot dead in Tsokwaga, Plateau state, overnight.")
    assert by["Plateau"].place.iso3 == "NGA" and by["Tsokwaga"].place.admin1 == "Plateau"
    _doc, _tops, by = _by_text(nlp, "Russia and the West traded accusations.")
    assert "West" not in by or not by["West"].resolved
