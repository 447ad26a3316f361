"""ACLED coding conventions earlier sessions left uncoded, each decided from ACLED's public
codebook (see docs/extraction.md, 'Conventions'). All sentences were written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 6, 12)


def sub(text):
    return first_event(text, PUB).sub_event_type


# Cow-protection vigilantes are a mob (ACLED: rioters), not an armed group.
@pytest.mark.parametrize("text", [
    "On 4 June 2024, a band of self-appointed cow protectors beat a dairy farmer to death near Alwar, suspecting him of moving cattle for slaughter.",
    "Cow vigilantes lynch man transporting buffaloes in Haryana",
    "Two men carrying meat were assaulted by a gang of gau rakshaks near Dadri on Sunday.",
])
def test_cow_vigilantes_are_a_mob(text):
    assert sub(text) == "Mob violence"


def test_vigilantes_trading_fire_with_insurgents_fight_a_clash():
    text = "On 8 June 2024, vigilantes of the CJTF engaged Boko Haram insurgents in a gunfight near Konduga."
    assert sub(text) == "Armed clash"


# A lathi or baton charge that hurts no one is an intervention; with people hurt, excessive force.
@pytest.mark.parametrize("text", [
    "On 5 June 2024, police resorted to a lathi charge to disperse villagers protesting against a quarry in Sirohi.",
    "Police lathi-charged striking bank employees outside the head office in Patna; no one was injured.",
    "Cops baton-charge protesting students in Guwahati",
])
def test_a_lathi_charge_that_hurts_no_one_is_an_intervention(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "On 6 June 2024, police lathi-charged protesting farmers in Karnal, leaving 15 of them injured.",
    "Constables baton-charged nurses demonstrating for regular jobs in Bhopal, wounding several.",
])
def test_a_lathi_charge_that_injures_protesters_is_excessive_force(text):
    assert sub(text) == "Excessive force against protesters"


# A coup is ACLED's 'Other' strategic development, whatever the putschists also did.
@pytest.mark.parametrize("text", [
    "Army officers seized power in a coup in Niamey overnight, detaining the president.",
    "Soldiers staged a coup on Wednesday and dissolved the government.",
    "Mutinous troops tried to overthrow the government of the island state on Sunday.",
])
def test_a_coup_is_other(text):
    assert sub(text) == "Other"


def test_a_coup_plot_foiled_with_arrests_is_an_arrest():
    assert sub("The army said it had foiled a coup plot and arrested 11 officers.") == "Arrests"


def test_a_coup_de_grace_is_a_killing_not_a_coup():
    assert sub("On 3 June 2024, a man was found shot with a coup de grace in Culiacan.") == "Attack"


# A checkpoint set up is a change in how a force operates, not a base.
@pytest.mark.parametrize("text", [
    "On 4 June 2024, al-Shabaab fighters mounted a checkpoint north of Jowhar to collect money from lorry drivers.",
    "A drug cartel has placed roadblocks on two highways in the Tierra Caliente region.",
    "Police set up checkpoints around the city to enforce the curfew.",
])
def test_a_checkpoint_set_up_is_a_change_of_activity(text):
    assert sub(text) == "Change to group/activity"


def test_a_base_set_up_stays_a_base():
    assert sub("On 4 June 2024, rebels set up a new base near the village of Kiwanja.") == "Headquarters or base established"


def test_protesters_roadblocks_are_the_protest():
    text = "Residents set up roadblocks on the main road in Kasese to protest against power cuts."
    assert sub(text) == "Peaceful protest"


# Left as they were (see docs): a unilateral ceasefire stays an agreement; a town entered is no takeover.
def test_a_unilateral_ceasefire_stays_an_agreement():
    assert sub("The ELN rebels announced a unilateral ceasefire for the Easter holidays.") == "Agreement"


def test_a_town_entered_is_no_takeover():
    found = event_reports("On 5 June 2024, rebels of the M23 entered the town of Kitshanga.", PUB)
    assert all(r.sub_event_type != "Non-state actor overtakes territory" for r in found)
