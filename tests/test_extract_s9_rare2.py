"""Sub-event typing of free-written news over all 25 ACLED types (issue #3, second round): a
selection of the sentences of bench/subtype_grid.py's later batches that the rules first got
wrong, rewritten with other names and numbers, and sentences that must keep their type."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 3, 13)


def first(text):
    return first_event(text, PUB)


TYPED = [
    # a bomber who wears the charge: no 'suicide' written
    ("A bomber wearing a belt stuffed with nails killed nine mourners at a cemetery in Tirga.", "Suicide bomb"),
    ("Police said the attacker was wearing a vest laden with explosives when he entered the hall in Ombe.", "Suicide bomb"),
    # a crowd of shoppers is no demonstration, whoever 'police said'
    ("A man hurled a grenade into a crowd of commuters at a bus station in Ombe, wounding 14, police said.", "Grenade"),
    # huts burned with no one hurt: property destruction, not an attack on the village
    ("Militiamen torched about 40 houses in a hamlet near Tirga and left.", "Looting/property destruction"),
    # allegiance pledged or renounced: the group changes
    ("A faction of the rebel movement swore allegiance to al-Qaeda on Sunday.", "Change to group/activity"),
    # a raid whose dead are villagers, no armed side named: an attack on them
    ("Witnesses said 14 villagers were killed in the night raid on Tirga.", "Attack"),
    ("Gunmen Kill Five Farmers In Dawn Raid On Tirga", "Attack"),
    # a strike on a car or a house, no weapon named: from the air
    ("A Turkish strike on a vehicle near Ombe killed three fighters, the ministry said.", "Air/drone strike"),
    # a car bomb driven in by its bomber, told in the passive
    ("A truck loaded with explosives was rammed into the wall of a police station in Tirga by an attacker.", "Suicide bomb"),
    ("A van packed with explosives blew up at the gate of the base in Ombe; the bomber, who died, was a teenager, police said.", "Suicide bomb"),
    # a crowd that beats someone before the police come is the doer
    ("A mob beat a suspected pickpocket to death in Ombe before police could reach the scene.", "Mob violence"),
    # a killing by police as the protesters' grievance, written 'killing' in the lemma string
    ("Students protesting against the shooting of a classmate by police set fire to a police post in Tirga.", "Violent demonstration"),
    # people rounded up over riots: the arrest
    ("Police in Ombe said 40 people had been detained in connection with last week's riots.", "Arrests"),
    # a bridge or a pylon blown up
    ("Militants blew up a railway bridge outside Tirga on Tuesday night.", "Looting/property destruction"),
    # captives freed in exchange for others
    ("The army released 25 detained rebels in exchange for eight soldiers held in Ombe.", "Agreement"),
    # explosives hidden under her clothes, then set off
    ("A woman who had hidden explosives under her robe detonated them at a checkpoint in Tirga, killing three guards.", "Suicide bomb"),
    # a group that disbands and gives up its weapons
    ("The local militia said it was disbanding and handing over its rifles to the police in Ombe.", "Change to group/activity"),
    # a mine that went off, with a clause between
    ("Two farmers died when a mine they had dug up went off in a field near Tirga.", "Remote explosive/landmine/IED"),
    # 'they' who captured a town are the speakers of 'said'
    ("The insurgents said on Monday they had seized the town of Ombe after the army fled.", "Non-state actor overtakes territory"),
    ("The army said it had retaken the town of Tirga after the rebels fled.", "Government regains territory"),
    # a missile fired from a drone: the drone's strike
    ("Two commanders died when a rocket launched from an unmanned aircraft hit their car near Ombe.", "Air/drone strike"),
    # shops raided and goods carried off, no one hurt
    ("Militiamen broke into a warehouse in Tirga and carted away bags of fertiliser; no one was hurt.", "Looting/property destruction"),
    # a headline the parse reads as one long name: the words before the verb are its subject
    ("Insurgents Overrun Army Base In Ombe", "Non-state actor overtakes territory"),
    ("Soldiers Recapture Border Post In Tirga", "Government regains territory"),
    # driven out in other words
    ("Troops rooted out the jihadists from the hills above Ombe after a week-long operation.", "Government regains territory"),
    # captives freed after talks: a deal
    ("Kidnappers freed six aid workers in Tirga following negotiations led by local elders.", "Agreement"),
    # a Title Case headline keeps 'Hands' as written
    ("Rebels Hand Over Tirga To Peacekeepers", "Non-violent transfer of territory"),
    ("Rebel Group Hands Over Ombe To Government", "Non-violent transfer of territory"),
    # the by-phrase after a from-phrase
    ("Two nurses were seized from a clinic in Tirga by gunmen on Sunday night.", "Abduction/forced disappearance"),
]


@pytest.mark.parametrize("text,sub", TYPED)
def test_typed(text, sub):
    assert first(text).sub_event_type == sub


def test_a_grenade_at_a_protest_crowd_is_still_checked_against_the_protest():
    # the crowd cue only gives way when no protest is named
    text = "Police shot dead two people when they fired on a crowd of protesters in Ombe."
    assert first(text).sub_event_type == "Excessive force against protesters"


def test_burning_homes_while_killing_stays_an_attack():
    text = "Gunmen raided a village near Tirga, killing six people and burning homes."
    assert first(text).sub_event_type == "Attack"


def test_a_raid_repelled_by_soldiers_stays_a_clash():
    text = "Soldiers repelled a raid on a village near Ombe, killing three of the attackers."
    assert first(text).sub_event_type == "Armed clash"


def test_a_strike_over_wages_is_no_air_strike():
    text = "Dock workers began a strike on Monday over unpaid wages in the port of Ombe."
    assert all(r.sub_event_type != "Air/drone strike" for r in event_reports(text, PUB))


def test_police_who_beat_a_crowd_of_protesters_stay_excessive_force():
    text = "Police beat a crowd of protesters with batons in Tirga, injuring 30."
    assert first(text).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "A fire destroyed some 200 shacks in an informal settlement in Ombe overnight.",
    "Eighteen people died after drinking illicit brew at a wedding in Tirga.",
    "Coastguards rescued 60 sailors whose ship was caught in a storm off Ombe.",
    "Customs officers seized five kilograms of gold from a traveller at Tirga airport.",
    "Blaze Guts Market In Tirga",
])
def test_a_fire_that_destroys_homes_is_no_event(text):
    assert event_reports(text, PUB) == []


def test_homes_set_on_fire_by_gunmen_stay_an_event():
    text = "Gunmen set fire to homes in a village near Ombe; the fire destroyed 30 houses."
    assert first(text).sub_event_type in ("Looting/property destruction", "Attack")


# A pattern alternative that begins or ends with a space can never match under the word-boundary
# wrapper the loader puts around every rule: the loader refuses it.
@pytest.mark.parametrize("pattern", ["plan\\w* (a |to )|coup", "riot|attack on ", " shelling|mortar", "(foo|bar) (\\w+ )?"])
def test_loader_rejects_alternatives_with_an_edge_space(pattern):
    from fogofwar.extract.lexicon import LexiconError, _word_regex, dead_alternatives
    assert dead_alternatives(pattern)
    with pytest.raises(LexiconError):
        _word_regex(pattern)


@pytest.mark.parametrize("pattern", ["plan\\w* (a|to)|coup", "attack (on|against) (a |the )?(\\w+ )?base", "x(?! de grace)|[ab]c"])
def test_loader_keeps_inner_spaces(pattern):
    from fogofwar.extract.lexicon import _word_regex, dead_alternatives
    assert dead_alternatives(pattern) == []
    _word_regex(pattern)


def test_every_shipped_rule_passes_the_loader_check():
    from fogofwar.extract.lexicon import out_of_scope, trigger_rules
    assert trigger_rules()[0] and out_of_scope()


def test_a_planned_coup_does_not_fire_the_coup_rule():
    # the coup rule's veto 'plan (a|to)' could never fire while written with trailing spaces
    from fogofwar.extract.classify import classify
    from fogofwar.nlp import parse

    sent = next(parse("Two colonels planned a coup against the president in Tirga.").sents)
    assert "coup" not in [t.rule for t in classify(sent)]


def test_protesters_shot_while_protesting_against_a_coup_stay_excessive_force():
    text = "Soldiers fired on crowds protesting against the election result in Ombe, killing four."
    assert first(text).sub_event_type == "Excessive force against protesters"


def test_a_hostage_freed_for_a_ransom_is_no_swap():
    text = "Kidnappers released a trader in exchange for a ransom of 5,000 dollars in Tirga."
    assert all(r.sub_event_type != "Agreement" for r in event_reports(text, PUB))


def test_shops_raided_with_shopkeepers_killed_stay_an_attack():
    text = "Gunmen raided shops in Ombe, killing two shopkeepers and making off with cash."
    assert first(text).sub_event_type != "Looting/property destruction"


def test_fighting_that_has_not_stopped_goes_on():
    text = "Residents of Ombe said the shelling had not stopped since the army launched its assault on the rebels."
    assert event_reports(text, PUB), "a negated 'stop' says the event goes on"


def test_fighting_that_did_not_happen_stays_negated():
    text = "No fighting was reported in Tirga on Sunday."
    assert event_reports(text, PUB) == []
