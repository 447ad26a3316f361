"""Session 9, lead: an event noun under 'no' is negated; the subject of 'died' is who died."""
from __future__ import annotations

import pytest

from conftest import extracted



_reports = extracted


@pytest.mark.parametrize("text", [
    "There was no fighting in Mabrouka on Tuesday, local elders said.",
    "No attack took place at the depot overnight, a spokesman said.",
    "Shopkeepers reported no shelling in the old town on Sunday.",
])
def test_an_event_noun_under_no_is_negated_and_no_event(nlp, text):
    # (no report at all is as good: what matters is that nothing is told as having happened)
    assert all(r.modality == "negated" for r in _reports(nlp, text))


@pytest.mark.parametrize("text", [
    "The rebels ambushed a convoy near Tessit with no warning, killing two drivers.",
    "Militants stormed the hamlet of Dorowa, meeting no resistance, and burned the granary.",
])
def test_no_elsewhere_in_the_sentence_does_not_negate_the_event(nlp, text):
    assert any(r.modality == "asserted" for r in _reports(nlp, text))


def test_people_who_died_are_not_a_crowd_doing_the_violence(nlp):
    # 'died' is told of those it happened to: dying herders are victims, not a mob
    reports = _reports(nlp, "Four herders died in the crossfire near Gassol on Friday.")
    assert reports and reports[0].sub_event_type != "Mob violence"
    assert reports[0].fatalities.acled == 4


def test_a_crowd_that_kills_is_still_a_mob(nlp):
    reports = _reports(nlp, "An angry crowd beat a suspected pickpocket to death in Kiboga market on Monday.")
    assert reports and reports[0].sub_event_type == "Mob violence"


@pytest.mark.parametrize("text", [
    "Troops beat back a raid on Gidan Roumji on Sunday; four villagers were killed in the crossfire.",
    "Soldiers clashed with bandits near Maradun overnight; two residents died.",
])
def test_villagers_killed_in_a_fight_do_not_make_it_a_riot(nlp, text):
    # the crowd word names victims, not a side: the fight stays a battle
    reports = _reports(nlp, text)
    assert reports and reports[0].sub_event_type == "Armed clash"


def test_a_crowd_that_fights_the_police_is_still_a_riot_when_some_of_them_die(nlp):
    reports = _reports(nlp, "Traders fought running battles with police in Owino market; two traders died.")
    assert reports and reports[0].event_type == "Riots"


def test_raiders_are_an_armed_group_and_cattle_raiders_a_communal_militia(nlp):
    r = _reports(nlp, "Soldiers fought off raiders near Kware on Friday; one herder died.")[0]
    assert r.sub_event_type == "Armed clash" and r.actor2 is not None and r.actor2.name.startswith("Unidentified Armed Group")
    r = _reports(nlp, "Cattle raiders attacked a homestead in Akobo, killing five.")[0]
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Communal Militia")
