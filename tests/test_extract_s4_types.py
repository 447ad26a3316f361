"""Event typing for the weaker ACLED families (riots, strategic developments, violence against
civilians) and hyphenated trigger words, on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event
from fogofwar.extract.lexicon import _word_regex, hyphen_tolerant, trigger_rules

PUB = date(2024, 3, 13)


def first(text):
    return first_event(text, PUB)


# --- hyphenated words: the lemma string reads 'sit - in', the raw text 'sit-in' ---------------

def test_hyphen_tolerant_patterns_match_split_and_joined_forms():
    rx = _word_regex("sit-in|counter-?attack|anti-tank (missile|weapon)")
    for text in ("teacher hold a sit - in", "teachers held a sit-in", "a counter - attack", "a counterattack",
                 "fire an anti - tank missile", "fired an anti-tank missile"):
        assert rx.search(text), text
    assert not rx.search("they sit in the shade")


def test_hyphen_tolerant_leaves_classes_escapes_and_lookbehinds_alone():
    assert hyphen_tolerant("stone[- ]?pelting") == "stone[- ]?pelting"
    assert hyphen_tolerant(r"a\-b") == r"a\-b"
    assert hyphen_tolerant("(?<!off-)duty") == "(?<!off-)duty"
    assert hyphen_tolerant("off-duty") == "off(?: ?- ?)duty"


def test_every_rule_still_compiles():
    rules, _ = trigger_rules()
    assert rules and all(r.pattern.pattern for r in rules)


def test_off_duty_victim_is_an_attack():
    r = first("On Monday, an off-duty soldier was stabbed to death by unknown men in a market in Baidoa.")
    assert r.sub_event_type == "Attack"
    assert "attack-off-duty" in r.reason


def test_hyphenated_modifier_hands_the_trigger_to_its_noun():
    from fogofwar.extract.classify import classify
    from fogofwar.nlp import load_nlp

    # (the parse attaches 'drive' to 'shooting' here; test_extract_s5_rare covers parses that do not)
    doc = load_nlp()("Gunmen on a scooter executed a drive-by shooting against a baker in Cucuta.")
    typings = [t for t in classify(next(doc.sents)) if "drive" in t.trigger_text]
    assert typings and typings[0].trigger.text == "shooting"


# --- riots --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, sub",
    [
        # soldiers protesting by firing their guns in the air: a violent demonstration
        ("On Monday, dozens of soldiers demonstrated at their barracks in Kati, firing shots into the air to demand unpaid allowances.", "Violent demonstration"),
        # a brawl with no demonstration named: mob violence
        ("On Monday, a scuffle between two families over a plot of land in Gaya left three people hurt.", "Mob violence"),
        # stones and sticks against the police, no firearm: a riot, not a battle
        ("On Monday, a crowd in Cali beat two traffic wardens with sticks and threw stones at them.", "Mob violence"),
        # protesters attacking someone, or answering tear gas with rocks
        ("On Monday, the demonstrators in Lome attacked two council employees outside the town hall.", "Violent demonstration"),
        # South Asian 'agitating' is protesting: the vandalism is the protest turning violent
        ("On Monday, hundreds of villagers vandalised a ration shop in Nadia, agitating against irregular food distribution.", "Violent demonstration"),
        # a prison riot
        ("On Monday, inmates set alight their mattresses at the central prison in Durban, demanding visits.", "Violent demonstration"),
    ],
)
def test_riots(text, sub):
    assert first(text).sub_event_type == sub


def test_a_brawl_after_a_protest_makes_it_violent():
    text = ("On Monday, teachers held a demonstration in Tbilisi against pay cuts. "
            "A brawl broke out when officers tried to take their banners.")
    assert first(text).sub_event_type == "Violent demonstration"


# --- strategic developments ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, sub",
    [
        # a unilateral release is 'Other'; an exchange is an agreement
        ("On Monday, the government released 80 rebel prisoners from the central jail in Herat.", "Other"),
        ("On Monday, the two sides exchanged 40 prisoners near the front line in Donetsk.", "Agreement"),
        # warning shots into the air that hit no one
        ("On Monday, border guards fired warning shots into the air near a disputed pasture in Batken.", "Other"),
        # refugees returning in numbers
        ("On Monday, about 150 refugees returned from a neighbouring country to Cucuta and were placed in quarantine.", "Other"),
        # a manned aircraft shot down is an attack; a drone shot down is disrupted weapons use
        ("On Monday, troops shot down a cargo plane near the airport of Baidoa.", "Shelling/artillery/missile attack"),
        ("On Monday, air defences shot down a drone over Hmeimim.", "Disrupted weapons use"),
        # munitions seized
        ("On Monday, police seized three hundred munitions in an abandoned farm near Kasserine.", "Disrupted weapons use"),
        # houses raided and goods taken, no one hurt: looting
        ("On Monday, militants raided several shops in Mora, taking away food and motorbikes.", "Looting/property destruction"),
        # infrastructure wrecked
        ("On Monday, unknown men destroyed the water pipeline that serves Owerri.", "Looting/property destruction"),
        # a bridge blown up is an explosion, not mere property destruction
        ("On Monday, militants set off explosives and damaged a bridge near Mopti.", "Remote explosive/landmine/IED"),
        # a base installed (the lemmatiser reads 'installed' as 'instal')
        ("On Monday, UN peacekeepers installed a new temporary base in the village of Djugu to protect civilians.", "Headquarters or base established"),
        # people arrested days later for taking part in protests: arrests
        ("On Monday, police arrested 30 people in Minsk for participating in protests last week.", "Arrests"),
        # an earlier clash is the background of a deployment
        ("On Monday, army units arrived to secure the area after a clash occurred between two gangs on Friday.", "Change to group/activity"),
        ("On Monday, two police units were sent to guard the port of La Guaira.", "Change to group/activity"),
    ],
)
def test_strategic_developments(text, sub):
    assert first(text).sub_event_type == sub


def test_shops_raided_with_people_killed_are_not_mere_looting():
    r = first("On Monday, militants raided several shops in Mora, killed two traders and took away food.")
    assert r.sub_event_type != "Looting/property destruction"
    assert "raid-property" not in r.reason


def test_torture_in_custody_outweighs_the_arrest():
    text = ("On Monday, police arrested a man for breaking the curfew in Mubende. "
            "Officers tortured the man in their custody and he died of his injuries.")
    subs = [r.sub_event_type for r in event_reports(text, PUB)]
    assert subs and subs[0] == "Attack" and "Arrests" not in subs


# --- protests -----------------------------------------------------------------------------

def test_shots_in_the_air_to_disperse_a_protest_are_an_intervention():
    text = ("On Monday, about 80 bus drivers held a protest in Huambo against new road fees. "
            "Officers fired shots into the air to break up the gathering.")
    assert first(text).sub_event_type == "Protest with intervention"


def test_an_arrest_on_a_charge_told_after_a_protest_does_not_make_it_an_intervention():
    text = ("On Monday, about 30 people protested in Grodno, demanding the release of a journalist. "
            "The journalist was arrested last week on a criminal charge.")
    assert first(text).sub_event_type == "Peaceful protest"


def test_burning_an_effigy_keeps_a_protest_peaceful():
    text = ("On Monday, hundreds of people held a protest in Haflong demanding an inquiry into a killing. "
            "They also burnt an effigy of the district police chief.")
    assert first(text).sub_event_type == "Peaceful protest"


def test_a_group_that_shoots_is_no_mob():
    r = first("On Monday, several men fired rifles at a police roadblock in Tuxtepec and set two patrol cars ablaze.")
    assert r.sub_event_type != "Mob violence"
