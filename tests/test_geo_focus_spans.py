"""Session 5 rules (docs/geoparsing.md): a repeated name does not vouch for itself, bare compass words,
province abbreviations as given spans, names written with their article, 'Washington, D.C.', facility
names that run on over 'of', 'southern X' as a country, and state abbreviations that need their full stop."""
from __future__ import annotations

from conftest import places_found, resolve_mentions


def test_a_repeated_name_does_not_outvote_the_story(nlp):
    # Perth in Scotland: its own four other mentions must not vote the bigger Australian city in against
    # the story's other evidence (Scottish ministers, Edinburgh).
    text = ("Perth will host the games. Perth hotels are full, and Perth council expects more. Perth is ready, "
            "said Scottish ministers in Edinburgh.")
    res = resolve_mentions(nlp, text, "Perth", "Edinburgh")
    perths = [t for t in res if t.text == "Perth"]
    assert perths and all(t.chosen is not None and t.chosen.country_code == "GB" for t in perths)


def test_a_bare_compass_word_is_no_foreign_province(nlp):
    text = "Relations between Moscow and the West have worsened, and Western governments expelled diplomats."
    res = resolve_mentions(nlp, text, "Moscow", "West", "Western")
    assert res[0].place.name == "Moscow"
    assert not res[1].place.resolved and not res[2].place.resolved  # not Cameroon's West, not Uganda's Western
    assert ("West", "West") not in places_found(nlp, text)


def test_a_bare_compass_word_is_the_province_in_a_story_about_its_country(nlp):
    text = "Cameroonian troops were sent to Dschang, Bafoussam and Foumban in the West after the attack in Douala."
    res = resolve_mentions(nlp, text, "Dschang", "Bafoussam", "Foumban", "West", "Douala")
    assert res[3].chosen is not None and res[3].chosen.country_code == "CM"


def test_a_province_abbreviation_given_as_a_place_is_the_province(nlp):
    res = resolve_mentions(nlp, "Forestry jobs grew across BC last year, the minister said in Victoria.", "BC")
    assert res[0].place.name == "British Columbia" and res[0].place.country == "Canada"


def test_a_province_abbreviation_is_still_not_a_place_in_running_text(nlp):
    assert all(t != "BC" for t, _ in places_found(nlp, "The tomb dates from 300 BC, archaeologists in Athens said."))


def test_a_canadian_abbreviation_after_a_comma_is_the_province(nlp):
    out = places_found(nlp, "Wildfires forced hundreds to leave Kelowna, B.C., on Friday.")
    assert ("Kelowna", "Kelowna") in out and ("B.C.", "British Columbia") in out


def test_a_name_written_with_its_article(nlp):
    res = resolve_mentions(nlp, "Two tankers were seized in the Gulf off Qatar, Emirati officials said.", "Gulf", "Qatar")
    assert res[0].place.name == "Persian Gulf"


def test_washington_dc_is_one_name(nlp):
    assert places_found(nlp, "The senator flew from Boise to Washington, D.C., on Monday.") == [
        ("Boise", "Boise"), ("Washington, D.C.", "Washington")]


def test_a_town_and_its_state_abbreviation_stay_two_names(nlp):
    out = [t for t, _ in places_found(nlp, "Protesters marched in Albuquerque, N.M., on Sunday.")]
    assert out == ["Albuquerque", "N.M."]


def test_a_facility_name_runs_on_over_of(nlp):
    out = places_found(nlp, "He trained at the Harlow Academy of Dance in Leeds for three years.")
    assert ("Harlow Academy of Dance", "Leeds") in out


def test_a_square_of_a_town_is_in_that_town(nlp):
    out = places_found(nlp, "On 4 May, gunmen shot a guard in Liberty Square of Herat city.")
    assert ("Liberty Square", "Herat") in out and ("Herat", "Herat") in out


def test_a_direction_before_a_country_is_the_country(nlp):
    res = resolve_mentions(nlp, "Hundreds of migrants crossed southern Mexico by train towards Texas.", "Mexico", "Texas")
    assert res[0].chosen is not None and res[0].chosen.feature == "country"


def test_a_title_is_no_state_abbreviation(nlp):
    assert places_found(nlp, "Police said Miss Tembo was not the intended target.") == []
    assert ("Miss.", "Mississippi") in places_found(nlp, "The storm hit Jackson, Miss., on Sunday.")


def test_regional_adjectives_and_demonyms_given_as_places(nlp):
    res = resolve_mentions(nlp, "Central American families and Philippine nurses arrived in Madrid.",
                "Central American", "Philippine")
    assert res[0].place.name == "Central America" and res[1].place.name == "Philippines"


def test_an_agency_bracket_alone_makes_a_dateline(nlp):
    assert ("DENVER", "Denver") in places_found(nlp, "DENVER (AP) An aide to the former mayor has been charged.")
