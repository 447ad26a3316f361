"""Session 11, second extraction round (issue #3): a country named as the doer of an attack,
arrests the day after a protest in the same sentence, an allegation about a participant, and
arrests after clashes. Every sentence here is our own."""
from __future__ import annotations

import functools
from datetime import date

from conftest import extracted, sub_types

PUB = date(2025, 6, 11)

_reports = functools.partial(extracted, published=PUB)
_events = functools.partial(extracted, published=PUB, events_only=True)


def _first(nlp, text):
    events = _events(nlp, text)
    assert events, text
    return events[0]


# --- a country as the doer stands for its state forces ------------------------------------------

def test_a_country_that_strikes_abroad_is_its_external_military(nlp):
    ev = _first(nlp, "Israel struck a weapons store near Sidon on Tuesday.")
    assert (ev.actor1.name, ev.actor1.inter) == ("Military Forces of Israel", 8)
    ev = _first(nlp, "On Monday, US strikes hit al-Shabaab camps near Bardhere.")
    assert (ev.actor1.name, ev.actor1.inter) == ("Military Forces of the United States", 8)
    assert ev.actor2.name == "Al Shabaab"
    ev = _first(nlp, "Saudi Arabia launched air strikes on Houthi fighters near Hajjah on Friday.")
    assert (ev.actor1.name, ev.actor1.inter, ev.actor2.inter) == ("Military Forces of Saudi Arabia", 8, 2)


def test_a_country_at_home_is_its_own_military(nlp):
    ev = _first(nlp, "Nigeria bombed Boko Haram hideouts near Bama on Sunday.")
    assert (ev.actor1.name, ev.actor1.inter, ev.actor2.inter) == ("Military Forces of Nigeria", 1, 2)


def test_a_demonym_on_a_strike_or_shelling_names_the_state(nlp):
    ev = _first(nlp, "Turkish shelling killed two farmers near Tal Abyad on Wednesday.")
    assert (ev.actor1.name, ev.actor1.inter, ev.actor2.inter) == ("Military Forces of Turkey", 8, 7)


def test_drones_launched_at_a_city_are_a_drone_strike_by_the_state(nlp):
    ev = _first(nlp, "Russia launched 25 drones at Kharkiv on Thursday night.")
    assert ev.sub_event_type == "Air/drone strike"
    assert (ev.actor1.name, ev.actor1.inter) == ("Military Forces of Russia", 8)


def test_a_country_that_only_comments_or_makes_the_weapon_is_no_doer(nlp):
    for r in _reports(nlp, "Turkey condemned the attack on its embassy in Kabul on Monday."):
        assert "Turkey" not in (r.actor1.name if r.actor1 else ""), r
    ev = _first(nlp, "On Monday, a Turkish drone operated by the GNA struck a truck near Sirte, killing three civilians.")
    assert ev.actor1.name.startswith("GNA")


def test_a_state_that_arrests_does_so_through_its_police(nlp):
    ev = _first(nlp, "Iran arrested 12 journalists in Tehran on Sunday.")
    assert (ev.sub_event_type, ev.actor1.name, ev.actor1.inter) == ("Arrests", "Police Forces of Iran", 1)


def test_a_country_and_its_own_troops_are_one_side(nlp):
    for r in _reports(nlp, "Kenya deployed more troops near Mandera on Monday."):
        if r.actor1 is not None and r.actor2 is not None:
            assert r.actor1.name != r.actor2.name, r


def test_acled_names_some_countries_with_the(nlp):
    ev = _first(nlp, "Filipino soldiers clashed with NPA rebels near Davao on Tuesday.")
    assert ev.actor1.name == "Military Forces of the Philippines"
    # one country under the gazetteer's and the lexicon's names is home, not abroad
    ev = _first(nlp, "FARDC soldiers clashed with ADF fighters near Oicha on Tuesday.")
    assert ev.actor1.inter == 1


# --- sponsorship, associated actors and foreign posts -------------------------------------------

def test_moscow_backed_separatists_are_the_naf_with_russia_as_sponsor(nlp):
    events = extracted(nlp, "On 4 May 2019, Russian-backed rebels shelled Ukrainian army positions near Toretsk.",
                       published=date(2019, 5, 6), events_only=True)
    ev = events[0]
    assert (ev.actor1.name, ev.actor1.inter, ev.actor1.sponsor) == ("NAF: United Armed Forces of Novorossiya", 2, "Russia")
    assert (ev.actor2.name, ev.actor2.inter) == ("Military Forces of Ukraine", 1)


def test_a_backer_names_only_the_actor_it_qualifies(nlp):
    ev = _first(nlp, "On Monday, Iranian-backed militias and Syrian troops shelled HTS positions near Saraqib.")
    forces = [ev.actor1, *ev.assoc_actor1, ev.actor2, *ev.assoc_actor2]
    syria = next(a for a in forces if a is not None and a.name == "Military Forces of Syria")
    assert syria.sponsor is None


def test_two_demonyms_on_one_force_name_two_forces_the_first_leading(nlp):
    ev = _first(nlp, "On Monday, Syrian and Iranian troops attacked HTS fighters near Maarat Misrin.")
    assert (ev.actor1.name, ev.actor1.inter) == ("Military Forces of Syria", 1)
    assert [(a.name, a.inter) for a in ev.assoc_actor1] == [("Military Forces of Iran", 8)]


def test_troops_supported_by_others_stay_the_side_and_the_others_join_it(nlp):
    ev = _first(nlp, "On Sunday, Cameroonian troops supported by Chadian soldiers fought Boko Haram fighters near Mora.")
    assert (ev.actor1.name, ev.actor1.inter) == ("Military Forces of Cameroon", 1)
    assert [(a.name, a.inter) for a in ev.assoc_actor1] == [("Military Forces of Chad", 8)]


def test_a_foreign_base_or_convoy_hit_is_its_country_forces(nlp):
    ev = _first(nlp, "On Tuesday, Kataib Hezbollah fired rockets at a US base near Kirkuk.")
    assert (ev.actor1.inter, ev.actor2.name, ev.actor2.inter) == (3, "Military Forces of the United States", 8)
    ev = _first(nlp, "On Tuesday, al-Shabaab fighters ambushed a Kenyan convoy near Kolbio.")
    assert (ev.actor2.name, ev.actor2.inter) == ("Military Forces of Kenya", 8)


# --- arrests on a later day, in the protest's own sentence ---------------------------------------


def test_arrests_the_next_day_in_the_protests_sentence_are_their_own_event(nlp):
    for text, day in (
        ("On 2 June 2025, some 300 nurses marched in Eldoret; police arrested the organisers at their homes the next day.", 3),
        ("On 2 June 2025, nurses rallied in Eldoret, and three days later police detained their union leaders.", 5),
    ):
        events = _events(nlp, text)
        assert sub_types(events) == ["Peaceful protest", "Arrests"], text
        protest, arrests = events
        assert protest.date_start == date(2025, 6, 2) and arrests.date_start == date(2025, 6, day), text
        # the police arrest; the marchers of the other clause are no doer of it
        assert (arrests.actor1.name, arrests.actor1.inter) == ("Police Forces of Kenya", 1), text


def test_arrests_of_the_marchers_or_during_the_march_stay_one_event(nlp):
    for text in (
        "On 2 June 2025, police arrested 12 nurses who had marched in Eldoret the day before.",
        "On 2 June 2025, nurses marched in Eldoret, and police arrested six of them.",
    ):
        subs = sub_types(_events(nlp, text))
        assert len(subs) == 1, (text, subs)


def test_a_later_day_moves_a_carried_date(nlp):
    events = _events(nlp, "On 2 June 2025, some 300 nurses marched in Eldoret. The next day, police detained the organisers.")
    assert [(r.sub_event_type, r.date_start) for r in events] == [
        ("Peaceful protest", date(2025, 6, 2)), ("Arrests", date(2025, 6, 3))]


# --- an allegation about a participant is no allegation of the event -----------------------------

def test_allegedly_in_a_clause_about_a_participant_leaves_the_event_asserted(nlp):
    ev = _first(nlp, "On Friday, a man who allegedly stole a phone was lynched by a mob in Mbarara.")
    assert (ev.sub_event_type, ev.modality) == ("Mob violence", "asserted")
    ev = _first(nlp, "On Friday, traders in Mbarara beat to death a youth who reportedly snatched a handbag, police said.")
    assert (ev.modality, ev.claimant) == ("reported", "police")
    ev = _first(nlp, "On Friday, police arrested a driver who reportedly ran over a child in Mbarara.")
    assert (ev.sub_event_type, ev.modality) == ("Arrests", "asserted")


def test_allegedly_on_the_event_itself_still_makes_it_alleged(nlp):
    for text in ("On Friday, a mob allegedly lynched a man in Mbarara.", "On Friday, a man was allegedly lynched by a mob in Mbarara."):
        ev = _first(nlp, text)
        assert ev.modality == "alleged", text


# --- arrests after clashes ------------------------------------------------------------------------

def test_arrests_after_an_earlier_days_violence_are_their_own_event(nlp):
    for text in (
        "On 9 June 2025, police in Nakuru detained 40 people after Saturday's clashes between rival traders.",
        "On 9 June 2025, police in Nakuru detained 40 people, three days after clashes between rival traders.",
        "On 9 June 2025, police in Nakuru detained 40 people after last week's riots.",
        "On 9 June 2025, police detained four men for the attack on a mosque in Nakuru.",
    ):
        events = _events(nlp, text)
        assert sub_types(events) == ["Arrests"], (text, sub_types(events))
        assert events[0].actor1.inter == 1 and events[0].date_start == date(2025, 6, 9), text


def test_arrests_after_the_same_occasions_violence_leave_that_violence_the_event(nlp):
    # ACLED's convention: arrests that follow or come with violence are part of it, not a second event
    events = _events(nlp, "On 9 June 2025, rival traders clashed in Nakuru. Police detained 40 people after the clashes.")
    assert "Arrests" not in sub_types(events)
    events = _events(nlp, "On 9 June 2025, police detained 40 people after clashes between rival traders in Nakuru.")
    assert events and "Arrests" not in sub_types(events)


def test_a_states_army_that_bombs_strikes_from_the_air(nlp):
    ev = _first(nlp, "Nigeria bombed Boko Haram hideouts near Bama on Sunday.")
    assert ev.sub_event_type == "Air/drone strike"
    ev = _first(nlp, "On Sunday, militants bombed a police station in Quetta.")
    assert ev.sub_event_type == "Remote explosive/landmine/IED"


def test_its_forces_are_those_of_whoever_reports_them(nlp):
    ev = _first(nlp, "On Monday, Israel said its jets struck Hezbollah depots near Tyre.")
    assert (ev.actor1.name, ev.actor1.inter, ev.claimant) == ("Military Forces of Israel", 8, "Israel")
    ev = _first(nlp, "On Monday, the Taliban said their fighters killed four soldiers in Kunduz.")
    assert (ev.actor1.name, ev.actor2.inter) == ("Taliban", 1)
    # a teller's own houses or people are no forces
    ev = _first(nlp, "On Monday, residents said their houses were shelled near Saraqib.")
    assert ev.actor1 is None or "Civilians" not in ev.actor1.name
