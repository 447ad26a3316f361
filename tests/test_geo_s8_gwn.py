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
    text = "Ministers in Oslo said ties between Norway and the East had rarely been so warm."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Oslo", "Norway", "East")}
    assert not res["East"].place.resolved


def test_with_no_town_or_province_in_the_story_the_name_stays_unresolved(nlp):
    text = "The Quarnby Flats residents' group met again on Tuesday."
    [res] = resolve_mentions(nlp, text, "Quarnby Flats")
    assert not res.place.resolved


def test_a_small_far_namesake_of_a_story_about_one_region_is_a_place_the_gazetteer_lacks(nlp):
    # every other place lies in Oregon or next door in Washington; the gazetteer's only Natchitoches is in Louisiana
    text = ("New homes went up between Salem and Eugene this spring. Buyers can shop at Natchitoches, and "
            "the drive to Olympia, Washington, takes three hours.")
    res = {t.text: t for t in resolve_mentions(nlp, text, "Salem", "Eugene", "Natchitoches", "Olympia", "Washington")}
    shop = res["Natchitoches"].place
    assert shop.admin1 in ("Oregon", "Washington") and shop.geo_precision == 3  # the story's area
    assert res["Salem"].place.admin1 == "Oregon" and res["Eugene"].place.admin1 == "Oregon"


def test_a_story_spread_over_a_country_keeps_its_small_towns(nlp):
    text = "Storms hit Seattle, Miami and Denver, and a tornado touched down near Natchitoches, Louisiana."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Seattle", "Miami", "Denver", "Natchitoches", "Louisiana")}
    assert res["Natchitoches"].place.name == "Natchitoches" and res["Natchitoches"].place.geo_precision == 1


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
    text = "Officials in Denver said ministers would meet at the Andean Trade Forum in Peru next month."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Denver", "Andean Trade Forum", "Peru")}
    forum = res["Andean Trade Forum"].place
    assert forum.name == "Peru" and forum.geo_precision == 3  # not the story's town, Denver


def test_a_dateline_in_capitals_is_a_place_even_when_the_city_name_is_a_frequent_word(nlp):
    from conftest import places_found

    # 'surprise' is a frequent English word (Zipf 4.75); in a dateline it is Surprise, Arizona
    out = places_found(nlp, "By Jo Hale. SURPRISE (Reuters) - A bakery owner was fined on Monday.")
    assert out == [("SURPRISE", "Surprise")]
    assert places_found(nlp, "SURPRISE - A bakery owner was fined on Monday.") == [("SURPRISE", "Surprise")]


def test_a_big_city_of_the_country_beats_its_small_far_namesake_the_provinces_votes_pick(nlp):
    # Oregon's votes would pick Phoenix, Oregon (4,500 people), 230 km from Eugene
    text = "Salem beat Phoenix 101-99 on Friday. Eugene and Bend both lost. Phoenix now travel home."
    res = resolve_mentions(nlp, text, "Salem", "Phoenix", "Eugene", "Bend")
    assert [t.place.admin1 for t in res if t.text == "Phoenix"] == ["Arizona", "Arizona"]
    # near another place of the story, or located by the text, the small one stays
    text = "Storms flooded Medford and nearby Phoenix on Friday, and Salem braced for rain."
    res = {t.text: t for t in resolve_mentions(nlp, text, "Medford", "Phoenix", "Salem")}
    assert res["Phoenix"].place.admin1 == "Oregon"
    res = {t.text: t for t in resolve_mentions(nlp, "Schools closed in Phoenix, Oregon, and in Salem.",
                                               "Phoenix", "Oregon", "Salem")}
    assert res["Phoenix"].place.admin1 == "Oregon"
