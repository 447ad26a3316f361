"""Armed men named by their clan, community or tribe, armed herders and cattle raiders are
identity militias (ACLED inter 4), not an unidentified armed group (3) or civilians (7)."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import first_event

PUB = date(2024, 6, 12)


@pytest.mark.parametrize("text, name", [
    ("Militiamen from two rival sub-clans exchanged fire near Galdogob on Tuesday, killing one man.", "Clan Militia"),
    ("Clan-based fighting erupted near Beledweyne on Saturday, leaving four dead.", "Clan Militia"),
    ("Armed pastoralists attacked three farmers near Kutum on Sunday, killing one.", "Communal Militia"),
    ("Cattle raiders attacked a camp in Pibor county on Monday, killing two herders.", "Communal Militia"),
    ("Militias from two neighbouring villages clashed over farmland in Guma LGA on Friday.", "Communal Militia"),
    ("Armed youths from the Lango community attacked a cattle camp near Pader, killing a herder.", "Communal Militia"),
])
def test_identity_militias(text, name):
    actor1 = first_event(text, PUB).actor1
    assert name in actor1.name
    assert actor1.inter == 4


def test_gunmen_with_no_community_named_stay_unidentified():
    actor1 = first_event("Gunmen killed three traders on the road to Zaria on Monday.", PUB).actor1
    assert actor1.name.startswith("Unidentified Armed Group")
    assert actor1.inter == 3


@pytest.mark.parametrize("text", [
    "Unknown arsonists torched a mobile phone mast in Lamia overnight on Tuesday.",
    "Unidentified perpetrators set fire to two excavators at a quarry near Temuco on Sunday.",
    "Arsonists burned the office of an opposition party in Kisii on Saturday.",
])
def test_arsonists_nobody_names_are_an_unidentified_armed_group(text):
    actor1 = first_event(text, PUB).actor1
    assert actor1.name.startswith("Unidentified Armed Group")


def test_barkhane_is_the_french_military():
    ev = first_event("French Operation Barkhane forces conducted airstrikes on militant positions near Menaka on Friday.", PUB)
    assert ev.actor1.name == "Military Forces of France"
