"""Who is on which side of a fight. Who attacked starts the event: in 'soldiers repelled an
attack by militants' the militants are actor1 and the soldiers actor2 (ACLED codes the
initiator first). The joint subject of a clash is its two sides."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import first_event

PUB = date(2024, 6, 12)


@pytest.mark.parametrize("text, attacker, defender", [
    ("Afghan police fought off an assault launched by Taliban fighters near Spin Boldak overnight.", "Taliban", "Police Forces of Afghanistan"),
    ("Border police repelled a raid by Taliban fighters on two outposts near Spin Boldak overnight.", "Taliban", "Police Forces of Afghanistan"),
    ("Soldiers repulsed a Taliban attack on their convoy near Ghazni on Monday.", "Taliban", "Military Forces of Afghanistan"),
    ("Police repelled an assault by gunmen on a checkpoint in Maiduguri on Sunday.", "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria"),
    ("Troops beat back an assault by al-Shabaab fighters on their base in Lower Shabelle.", "Al Shabaab", "Military Forces of Somalia"),
])
def test_the_attackers_of_a_repelled_attack_are_actor1(text, attacker, defender):
    ev = first_event(text, PUB)
    assert ev.actor1.name == attacker
    assert ev.actor2.name == defender


def test_an_attack_not_repelled_keeps_its_subject_as_actor1():
    ev = first_event("Soldiers attacked a Taliban position near Ghazni on Monday.", PUB)
    assert ev.actor1.name == "Military Forces of Afghanistan"


@pytest.mark.parametrize("text, first, second", [
    ("GNA and LNA forces clashed on the airport road in Tripoli on Saturday.", "GNA: Government of National Accord", "LNA: Libyan National Army"),
    ("Government troops and Ambazonian separatists fought in Kumbo on Sunday, leaving two dead.", "Military Forces of Cameroon", "Ambazonian Separatists"),
    ("Al-Shabaab fighters and Somali soldiers exchanged fire near Afgoye on Monday.", "Al Shabaab", "Military Forces of Somalia"),
])
def test_the_joint_subject_of_a_clash_is_two_sides(text, first, second):
    ev = first_event(text, PUB)
    assert (ev.actor1.name, ev.actor2.name) == (first, second)


def test_the_unnamed_side_of_a_clash_is_an_unidentified_armed_group():
    ev = first_event("A shoot-out broke out in the Vila Nova neighbourhood of Recife on Monday.", PUB)
    assert ev.sub_event_type == "Armed clash"
    assert ev.actor2.name == "Unidentified Armed Group (Brazil)"
    assert "actor2 by ACLED's convention for armed clash" in ev.reason
