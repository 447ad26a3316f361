"""Session 8 rules for GeoWebNews (docs/geoparsing.md): names the gazetteer lacks, given as places."""
from __future__ import annotations

from conftest import resolve_mentions


def test_an_unknown_name_given_as_a_place_lies_in_the_storys_area_at_low_precision(nlp):
    text = ("Flood water reached Leeds city centre on Sunday. Families in Quarnby Flats were moved to a "
            "school hall, and volunteers from Harnley Green brought blankets.")
    res = {t.text: t for t in resolve_mentions(nlp, text, "Leeds", "Quarnby Flats", "Harnley Green")}
    for name in ("Quarnby Flats", "Harnley Green"):
        place = res[name].place
        assert place.name == "Leeds" and place.geo_precision == 3  # never as exact as the town itself
        assert place.relation.startswith("in the story's area")
    assert res["Leeds"].place.geo_precision == 1


def test_an_unknown_town_before_a_province_lies_in_that_province(nlp):
    text = "Talks opened in Cairo. A week later a storm flattened barns near Pellwick, Nebraska."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Cairo", "Pellwick", "Nebraska")}
    assert res["Pellwick"].place.admin1 == "Nebraska" and res["Pellwick"].place.geo_precision == 3


def test_a_name_that_carries_one_country_is_placed_at_that_country_only(nlp):
    text = "Traders in Accra and Kumasi expect the Bank of Ghana to raise rates again."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Accra", "Kumasi", "Bank of Ghana")}
    bank = res["Bank of Ghana"].place
    assert bank.name == "Ghana" and bank.feature == "country" and bank.geo_precision == 3


def test_a_demonym_in_a_districts_name_does_not_make_it_the_country(nlp):
    text = "Jazz bands played in the Spanish Quarter of Tampa until midnight."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Spanish Quarter", "Tampa")}
    assert res["Spanish Quarter"].place.name == "Tampa"  # not Spain


def test_a_common_word_given_as_a_place_is_not_placed_by_the_storys_area(nlp):
    text = "Ministers in Oslo said relations between Russia and the West had rarely been worse."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Oslo", "Russia", "West")}
    assert not res["West"].place.resolved


def test_with_no_town_or_province_in_the_story_the_name_stays_unresolved(nlp):
    text = "The Quarnby Flats residents' group met again on Tuesday."
    [res] = resolve_mentions(nlp, text, "Quarnby Flats")
    assert not res.place.resolved


def test_a_small_far_namesake_of_a_story_about_one_region_is_a_place_the_gazetteer_lacks(nlp):
    # every other place lies in Oregon or next door in Washington; the gazetteer's Stonewalls lie over 1,000 km away
    text = ("New homes went up between Salem and Eugene this spring. Buyers can shop at Stonewall, and "
            "the drive to Olympia, Washington, takes three hours.")
    res = {t.text: t for t in resolve_mentions(nlp, text, "Salem", "Eugene", "Stonewall", "Olympia", "Washington")}
    stonewall = res["Stonewall"].place
    assert stonewall.admin1 in ("Oregon", "Washington") and stonewall.geo_precision == 3  # the story's area
    assert res["Salem"].place.admin1 == "Oregon" and res["Eugene"].place.admin1 == "Oregon"


def test_a_story_spread_over_a_country_keeps_its_small_towns(nlp):
    text = "Storms hit Seattle, Miami and Boston, and a tornado touched down near Stonewall, Louisiana."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Seattle", "Miami", "Boston", "Stonewall", "Louisiana")}
    assert res["Stonewall"].place.name == "Stonewall" and res["Stonewall"].place.geo_precision == 1


def test_a_name_only_ner_calls_a_place_needs_words_that_say_place(nlp):
    from conftest import places_found

    # NER tags the invented owner's and horse's names as places; no gazetteer knows them, nothing says place
    found = [t for t, _ in places_found(nlp, "The blue colours of Marvendale flew over the track in Dubai as the colt won.")]
    assert found == ["Dubai"]
    found = [t for t, _ in places_found(nlp, "The race in Nairobi was won by Silver Kingdom, ahead of two Kenyan horses.")]
    assert found == ["Nairobi"]
    # after 'in' it is kept, unresolved, for locate() to name
    assert ("Ruvenia", None) in places_found(nlp, "Clashes broke out in Ruvenia on Monday, officials in Kampala said.")


def test_a_story_about_one_country_only_places_an_unknown_name_in_that_country(nlp):
    text = "Rangers in Ghana say the Kwasiboa Wetland Reserve lost a third of its birds this year."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Ghana", "Kwasiboa Wetland Reserve")}
    reserve = res["Kwasiboa Wetland Reserve"].place
    assert reserve.name == "Ghana" and reserve.geo_precision == 3 and reserve.where_prec == 6
    assert "only country" in reserve.relation
    # two countries and no town: no guess
    text = "Rangers in Ghana and Togo say the Kwasiboa Wetland Reserve lost a third of its birds."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Ghana", "Togo", "Kwasiboa Wetland Reserve")}
    assert not res["Kwasiboa Wetland Reserve"].place.resolved


def test_an_unknown_name_in_a_country_the_text_names_after_it_is_in_that_country(nlp):
    text = "Officials in Boston said ministers would meet at the Andean Trade Forum in Peru next month."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Boston", "Andean Trade Forum", "Peru")}
    forum = res["Andean Trade Forum"].place
    assert forum.name == "Peru" and forum.geo_precision == 3  # not the story's town, Boston


def test_a_dateline_in_capitals_is_a_place_even_when_the_city_name_is_a_frequent_word(nlp):
    from conftest import places_found

    # 'boston' is frequent in English text (Zipf 4.7) only because of the city
    assert places_found(nlp, "By Jo Hale. BOSTON (Reuters) - A bakery owner was fined on Monday.") == [("BOSTON", "Boston")]
    assert places_found(nlp, "BOSTON - A bakery owner was fined on Monday.") == [("BOSTON", "Boston")]


def test_a_big_city_of_the_country_beats_its_small_far_namesake_the_provinces_votes_pick(nlp):
    text = ("Houston beat Portland 110-104 on Friday. Dallas and San Antonio both lost, and Austin fans "
            "were left waiting. Portland now travel home.")
    res = resolve_mentions(nlp, text, "Houston", "Portland", "Dallas", "San Antonio", "Austin")
    assert all(t.place.admin1 == "Oregon" for t in res if t.text == "Portland")
    # near another place of the story, or located by the text, the small one stays
    text = "Storms flooded Corpus Christi and nearby Portland on Friday, and Houston braced for rain."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Corpus Christi", "Portland", "Houston")}
    assert res["Portland"].place.admin1 == "Texas"
    res = {t.text: t for t in resolve_mentions(nlp, "Schools closed in Portland, Texas, and in Houston.",
                                               "Portland", "Texas", "Houston")}
    assert res["Portland"].place.admin1 == "Texas"
