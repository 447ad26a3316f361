"""Battles, explosions and violence against civilians: typing and death counts on sentences
written for these tests (places and people are invented)."""
from __future__ import annotations

from datetime import date

import pytest

from fogofwar.extract.fatalities import sentence_fatalities
from fogofwar.extract.participants import follow_up
from conftest import event_reports, first_event as first_event_on

PUB = date(2024, 6, 12)


def first_event(text):
    return first_event_on(text, PUB)


def deaths(nlp, text):
    return sentence_fatalities(next(nlp(text).sents)).acled


# -- remote fire against a clash ---------------------------------------------------------------
def test_heavy_machine_guns_fired_one_way_are_shelling():
    r = first_event("On 3 June, heavy machine gun fire from rebel lines hit army posts near Kovalivka.")
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    assert "rule 'shelling" in r.reason


def test_small_arms_with_the_heavy_guns_make_a_clash():
    r = first_event("On 3 June, heavy machine gun and small arms fire from rebel lines hit army posts near Kovalivka.")
    assert r.sub_event_type == "Armed clash"


def test_bursts_of_heavy_machine_gun_fire_are_shelling():
    r = first_event("On 3 June, monitors recorded 14 bursts of fire involving heavy machine guns near Kovalivka.")
    assert r.sub_event_type == "Shelling/artillery/missile attack"


def test_fire_in_both_directions_in_the_next_sentence_makes_a_clash():
    r = first_event(
        "On 3 June, the rebels fired 82mm mortars at army positions near Kovalivka. "
        "Monitors recorded 20 explosions in both directions of the line near the village."
    )
    assert r.sub_event_type == "Armed clash"
    assert "exchange-follows" in r.reason


def test_grenade_answered_with_gunfire_is_a_clash_and_unanswered_stays_a_grenade():
    answered = first_event(
        "On 3 June, militants threw a grenade at the police post in Dunmore town. Police responded with gunfire."
    )
    assert answered.sub_event_type == "Armed clash"
    alone = first_event(
        "On 3 June, militants threw a grenade at the police post in Dunmore town. The grenade landed in an empty yard."
    )
    assert alone.sub_event_type == "Grenade"


def test_grenades_used_with_firearms_are_a_clash():
    r = first_event("On 3 June, armed men attacked a police patrol with grenades and firearms in Dunmore town.")
    assert r.sub_event_type == "Armed clash"


# -- attacks on people and places --------------------------------------------------------------
def test_shared_object_of_two_verbs_is_the_target():
    r = first_event("On 3 June, unknown gunmen ambushed and killed four farmers near Tollan village.")
    assert r.sub_event_type == "Attack"


def test_a_civilian_guard_is_a_civilian():
    r = first_event("On 3 June, militants shot dead a civilian night guard at a school in Tollan.")
    assert r.sub_event_type == "Attack"


def test_victim_in_a_gang_makes_it_a_clash_between_armed_groups():
    r = first_event(
        "On 3 June, in Porto Fino, a man was shot dead by two armed men on a motorbike. The victim had open charges against him over trafficking."
    )
    assert r.sub_event_type == "Armed clash"
    assert "armed-victim" in r.reason
    assert r.fatalities.acled == 1  # the two armed men are the killers, not the dead


def test_a_victim_not_in_a_gang_stays_an_attack():
    assert follow_up("Attack", "The victim had never belonged to any gang.") is None


def test_abducted_then_killed_is_an_attack():
    r = first_event(
        "On 3 June, in Porto Fino, armed men kidnapped a farmer and his brother. Both victims were later killed."
    )
    assert r.sub_event_type == "Attack"
    assert "abducted-killed" in r.reason


def test_attack_repelled_by_the_army_is_a_clash():
    r = first_event(
        "On 3 June, militants attacked Tollan village and burned several huts. Soldiers repelled the attackers."
    )
    assert r.sub_event_type == "Armed clash"


def test_beating_in_custody_is_an_attack_not_an_arrest():
    r = first_event("On 3 June, security forces arrested and beat a local party official in Dunmore.")
    assert r.sub_event_type == "Attack"
    assert "abuse-in-custody" in r.reason


def test_passive_police_victim_is_not_police_attacking_civilians():
    r = first_event("On 3 June, a police officer was shot by a man in Dunmore town. The officer returned fire.")
    assert r.sub_event_type == "Armed clash"


def test_unarmed_people_fighting_the_police_is_mob_violence():
    r = first_event("On 3 June, market vendors fought with police officers in Dunmore town.")
    assert r.event_type == "Riots"


def test_fight_against_a_pandemic_is_no_battle():
    reports = event_reports("On 3 June, the governor praised the nurses for their fight against the pandemic.", PUB)
    assert not reports or reports[0].event_type != "Battles"


def test_a_kidnapping_suspect_beaten_is_not_an_abduction():
    r = first_event("On 3 June, villagers in Dunmore beat up a man they suspected of snatching a child.")
    assert r.sub_event_type != "Abduction/forced disappearance"


# -- explosives and aircraft -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, sub",
    [
        ("On 3 June, an RCIED exploded targeting an army convoy near Tollan village.", "Remote explosive/landmine/IED"),
        ("On 3 June, militants set off explosives and damaged a bridge near Tollan.", "Remote explosive/landmine/IED"),
        ("On 3 June, the air force attacked three rebel trucks near Tollan.", "Air/drone strike"),
        ("On 3 June, the armed forces bombed rebel bases in the forest near Tollan.", "Air/drone strike"),
        ("On 3 June, the rebels dropped a grenade from a drone onto army trenches near Tollan.", "Air/drone strike"),
        ("On 3 June, three civilians were killed when a bomb fixed to a motorbike exploded near a prison in Tollan.", "Remote explosive/landmine/IED"),
    ],
)
def test_explosive_and_air_weapons(text, sub):
    assert first_event(text).sub_event_type == sub


def test_tear_gas_shells_are_not_artillery():
    r = first_event("On 3 June, residents clashed with police, who fired tear gas shells, in Dunmore town.")
    assert r.sub_event_type != "Shelling/artillery/missile attack"


# -- counting the dead -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, n",
    [
        ("The victim died.", 1),
        ("Both victims died.", 2),
        ("On 3 June, the body of a young man with gunshot wounds was found near the river.", 1),
        ("On 3 June, a man was found dead in Barrio 5 de Julio.", 1),
        ("A shopkeeper was killed by two gunmen riding a motorcycle in a drive-by shooting.", 1),
        ("2 fatalities and 1 injured.", 2),
        ("Raiders overran the hamlet at dawn, beheaded one elder and set fire to a dozen huts.", 1),
        ("Troops killed 5 militants and arrested 3 others.", 5),
        # the active subject of a killing verb is the killer (the headline passive is not)
        ("Two gunmen killed a shopkeeper at his stall.", 1),
        ("Four masked men on motorbikes murdered a village chief and his wife.", 2),
        ("Three soldiers executed two prisoners on Friday.", 2),
        ("Two soldiers killed in a roadside ambush.", 2),
        ("Two soldiers died of their wounds.", 2),
        ("The clash resulted in 12 rebel fighters and 3 military fatalities.", 15),
        ("The plan died.", 0),
        ("On 8 June, in Porto Fino, Alta Serra, a man was killed by two armed men.", 1),
        ("A teenage boy and his aunt were shot to death by gunmen at a bus stop.", 2),
        ("Two men were shot to death by five gunmen.", 2),
        ("A taxi driver was shot and killed by passing gunmen.", 1),
        ("A guard fatally shot a man at a filling station.", 1),
        ("A sniper shot a soldier near the bridge, killing the soldier.", 1),
    ],
)
def test_deaths(nlp, text, n):
    assert deaths(nlp, text) == n


def test_raped_is_sexual_violence_although_its_lemma_is_rap():
    assert first_event("On 3 June, five men beat and raped her near Tollan village.").sub_event_type == "Sexual violence"
    assert first_event("On 3 June, gunmen raped a woman in Tollan village.").sub_event_type == "Sexual violence"


def test_forces_shooting_a_person_is_an_attack():
    r = first_event("On 3 June, soldiers entered a house in Tollan. Soldiers shot him and killed him.")
    assert r.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June, unidentified gunmen attacked Tollan community and confronted a local militia.",
        "On 3 June, an operation by army special forces, backed by airstrikes, killed 9 rebels near Tollan.",
        "On 3 June, gunshots and explosions were reported near Tollan.",
    ],
)
def test_two_sided_fighting(text):
    assert first_event(text).sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text, not_sub",
    [
        ("On 3 June, hundreds of people held an anti-government protest in Novi Grad.", "Shelling/artillery/missile attack"),
        ("On 3 June, growers held a protest against the suspension of water supply to Koral Mines.", "Remote explosive/landmine/IED"),
        ("On 3 June, farmers protested in Tollan, demanding help after a hail storm ruined their crops.", "Armed clash"),
        ("On 3 June, residents held a protest in Tollan against police officers accused of attempting to rape a woman.", "Sexual violence"),
        ("On 3 June, militants stopped a truck near Tollan and seized the phones of the passengers.", "Abduction/forced disappearance"),
        ("On 3 June, border guards fired warning shots into the air near Tollan village.", "Armed clash"),
    ],
)
def test_words_that_only_look_like_violence(text, not_sub):
    events = event_reports(text, PUB)
    assert not events or events[0].sub_event_type != not_sub


def test_a_mine_that_explodes_is_still_an_ied():
    assert first_event("On 3 June, a mine exploded under a minibus near Tollan, killing two passengers.").sub_event_type == "Remote explosive/landmine/IED"


def test_killed_by_a_mine_is_an_ied():
    assert first_event("On 3 June, two soldiers were killed by a mine near Tollan.").sub_event_type == "Remote explosive/landmine/IED"


def test_a_rape_condemned_by_officials_is_still_sexual_violence():
    assert first_event("On 3 June, the governor condemned the rape of a girl by soldiers in Tollan.").sub_event_type == "Sexual violence"


def test_shots_in_the_air_that_kill_are_not_waved_away():
    events = event_reports("On 3 June, police fired in the air and then shot two villagers dead in Tollan.", PUB)
    assert events and events[0].event_type == "Violence against civilians"
