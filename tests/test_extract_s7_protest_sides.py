"""The sides of a protest. A peaceful protest has one: the police or officials it addresses are
what it is about. The force that disperses a riot, told in the next sentence, is its actor2."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 6, 12)


@pytest.mark.parametrize("text", [
    "Hundreds of villagers marched to the police station in Gumla on Monday, demanding that police arrest a local official.",
    "Lawyers held a sit-in outside the gendarmerie headquarters in Tiznit on Tuesday to denounce the detention of a colleague by police.",
])
def test_a_peaceful_protest_has_no_second_side(text):
    ev = first_event(text, PUB)
    assert ev.sub_event_type == "Peaceful protest"
    assert ev.actor1.inter == 6
    assert ev.actor2 is None
    assert ev.assoc_actor2 == []


def test_police_who_intervene_are_still_the_second_side():
    ev = first_event("Police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday.", PUB)
    assert ev.sub_event_type == "Protest with intervention"
    assert ev.actor2.name == "Police Forces of Kenya"


@pytest.mark.parametrize("text, force", [
    ("Residents of Iquique set fire to barricades across several streets on Friday. Police dispersed them with water cannon.", "Police Forces of Chile"),
    ("Workers burned tyres outside a shuttered factory in La Plata on Saturday. Police later cleared the road with tear gas.", "Police Forces of Argentina"),
])
def test_the_force_that_disperses_a_riot_is_its_second_side(text, force):
    reports = event_reports(text, PUB)
    assert len(reports) == 1
    assert reports[0].sub_event_type == "Violent demonstration"  # (force against rioters leaves it a riot)
    assert reports[0].actor2.name == force
    assert "actor2 from the next sentence" in reports[0].reason
