"""'Policemen' are the police wherever a rule names the police, and a few ways of telling a
death: 'shot and killed' with a number, 'fatally assaulted'."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import first_event

PUB = date(2024, 6, 12)


@pytest.mark.parametrize("text, dead", [
    ("1 traffic policeman was shot and killed near the bazaar in Gereshk on Monday.", 1),
    ("On 6 March 2024, one off-duty policeman was shot and killed outside his home in Gereshk.", 1),
    ("Four villagers were stabbed and killed by attackers in Kaduna on Monday.", 4),
    ("Two soldiers were wounded and one killed when militants attacked a post in Gao on Monday.", 1),
    ("Two men suspected of theft were fatally assaulted by residents in Verulam on Monday.", 2),
    ("A man was fatally injured when gunmen attacked his shop in Jos on Monday.", 1),
])
def test_deaths_told_with_a_second_verb_or_fatally(text, dead):
    assert first_event(text, PUB).fatalities.acled == dead


def test_the_killers_of_shot_and_killed_are_not_counted():
    assert first_event("Two militants shot and killed a shopkeeper in Mogadishu on Monday.", PUB).fatalities.acled == 1


def test_policemen_firing_on_protesters_is_excessive_force():
    ev = first_event("Policemen opened fire on protesters in Lagos on Monday, wounding three.", PUB)
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.actor2.name == "Police Forces of Nigeria"


def test_policemen_killed_at_a_demonstration_make_it_violent():
    ev = first_event("Two policemen were killed when a demonstration over land in Kabul turned violent and police fired on the crowd on Monday.", PUB)
    assert ev.sub_event_type == "Violent demonstration"


def test_a_policeman_is_the_police():
    ev = first_event("A policeman shot and wounded a motorcyclist at a checkpoint in Kano on Monday.", PUB)
    assert ev.actor1.name == "Police Forces of Nigeria"


def test_policemen_shot_by_gunmen_is_an_event():
    ev = first_event("Three policemen were shot and wounded by gunmen in Zaria on Monday.", PUB)
    assert ev.sub_event_type == "Armed clash"
    assert ev.fatalities.acled == 0
