"""Crowds, protests and strategic developments: the distinctions ACLED's codebook draws
between a protest, a riot, mob violence, an intervention and a seizure, on sentences
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event
from fogofwar.pipeline import process_text

PUB = date(2024, 3, 13)


def events(text):
    return event_reports(text, PUB)


def first(text):
    return first_event(text, PUB)


@pytest.mark.parametrize(
    "text, sub",
    [
        # a crowd turning on a suspected thief, or on the police, with no demonstration
        ("On Monday, residents of a market town near Kisumu hit a man they suspected of stealing a goat.", "Mob violence"),
        ("On Monday, a group of local young men beat up a soldier after a quarrel in Bria.", "Mob violence"),
        ("On Monday, villagers pelted stones at police officers who came to enforce the curfew in Kaduna.", "Mob violence"),
        ("On Monday, a crowd of traders turned violent in Kano and had to be dispersed.", "Mob violence"),
        # a brawl with sticks and stones between unarmed groups is not an armed clash
        ("On Monday, two groups of farm workers clashed with sticks and stones over a water point near Mopti.", "Mob violence"),
        ("On Monday, market vendors fought with municipal police officers in Lusaka over a ban on street trading.", "Mob violence"),
        # barricades and burning tyres make a demonstration violent
        ("On Monday, residents blocked the main road by burning rubber tyres in Port Harcourt to denounce power cuts.", "Violent demonstration"),
        ("On Monday, dock workers barricaded the roads to the port of Sfax, demanding unpaid wages.", "Violent demonstration"),
        # an intervention that ends a protest, however it is phrased
        ("On Monday, nurses held a protest outside the hospital in Blantyre, demanding protective equipment, and were dispersed by police.", "Protest with intervention"),
        ("On Monday, police dispersed about 200 day labourers on a bridge in Surat who were demanding transport home.", "Protest with intervention"),
        ("On Monday, a group of drivers who had blocked a junction in Lima to demand lower fuel prices were dispersed by military and police units.", "Protest with intervention"),
        # a protest whose grievance is a violent act is still a protest
        ("On Monday, hundreds demonstrated in Herat, condemning the rape of a girl by two guards.", "Peaceful protest"),
        # security forces seizing contraband, and an armed group handing out food
        ("On Monday, federal police seized two tonnes of marijuana hidden in a lorry on a highway near Curitiba.", "Looting/property destruction"),
        ("On Monday, cartel members distributed food packages to families in a district of Culiacan.", "Change to group/activity"),
        # weapons that failed, went off early or were destroyed by the police
        ("On Monday, a roadside bomb exploded prematurely as two militants were planting it near Ghazni.", "Disrupted weapons use"),
        ("On Monday, a grenade thrown at a police post in Sopore failed to explode.", "Disrupted weapons use"),
        ("On Monday, bomb disposal officers safely detonated a device found outside a church in Makassar.", "Disrupted weapons use"),
        # teachers barricading themselves in an office are not building road barricades
        ("On Monday, hospital cleaners protested over unpaid wages and barricaded themselves inside the administration building in Jacmel.", "Peaceful protest"),
    ],
)
def test_crowd_and_strategic_types(text, sub):
    assert first(text).sub_event_type == sub


def test_protest_intervention_two_sentences_later():
    text = ("On Monday, teachers demonstrated outside the ministry in Lilongwe over unpaid allowances. "
            "They said they had not been paid since January. Police intervened.")
    assert first(text).sub_event_type == "Protest with intervention"


def test_a_crowd_turning_violent_in_the_next_sentence_makes_the_protest_violent():
    text = ("On Monday, hundreds of miners rallied outside the company headquarters in Kolwezi. "
            "They clashed with the company's guards and threw stones at them.")
    assert first(text).sub_event_type == "Violent demonstration"


def test_arrests_after_a_riot_do_not_replace_it():
    text = "On Monday, nine youths were arrested in Barranquilla after they attacked police officers with bottles and stones."
    assert first(text).sub_event_type != "Arrests"


def test_set_on_fire_is_not_a_plan():
    # 'set' is a plan only in 'is set to attack'; trucks 'set on fire' were burnt.
    burnt = first("On Monday, two lorries of a timber company were set on fire by armed men near Temuco.")
    assert burnt.sub_event_type == "Looting/property destruction" and burnt.modality == "asserted"
    planned = process_text("Rebels are set to attack the town of Kidal next week.", published=PUB)[1]
    assert planned and all(not r.is_event and r.modality == "planned" for r in planned)


def test_quoted_grievance_does_not_make_a_protest_generic():
    text = "On Monday, a protest was held in Split against the mayor and 'the way he has run the city for 20 years'."
    assert first(text).sub_event_type == "Peaceful protest"


def test_police_station_is_not_troops_stationed():
    text = "On Monday, market traders in Huancayo caught a pickpocket, beat him and handed him over at the police station."
    assert first(text).sub_event_type == "Mob violence"


def test_reinforcements_after_a_clash_continue_it():
    text = ("Soldiers and rebels fought for hours outside Kidal on Monday, the army said.\n\n"
            "The army said the fighting began when rebels raided a checkpoint. "
            "Reinforcements arrived before dawn and the rebels withdrew into the desert.")
    assert [e.sub_event_type for e in events(text)] == ["Armed clash"]


def test_a_clash_between_two_named_groups_has_both_actors():
    event = first("On Monday, a clash between HTS and SDF fighters was reported near Manbij.")
    assert {event.actor1.name, event.actor2.name} == {"HTS: Hayat Tahrir al-Sham", "SDF: Syrian Democratic Forces"}


def test_arrests_beside_militants_killed_in_an_operation_are_not_the_event():
    text = "On Monday, police said four Taliban fighters were killed in a raid in Ghazni and two others were arrested."
    assert first(text).sub_event_type != "Arrests"


def test_a_call_to_fight_is_not_a_fight():
    text = "On Monday, the gang's leader urged his followers to fight the rival cartel in Uruapan."
    assert not events(text)


def test_a_soldier_shot_outside_his_home_is_attacked_not_in_battle():
    text = "On Monday, gunmen shot dead a police officer as he was walking to his house in Beledweyne."
    assert first(text).sub_event_type == "Attack"


def test_an_officer_firing_at_a_group_of_people_is_not_a_riot():
    text = "On Monday, a soldier fired on villagers gathered at a well near Kishanganj, killing one."
    assert first(text).event_type != "Riots"


def test_no_injuries_reported_does_not_undo_the_shooting():
    text = "On Monday, two unknown men fired shots at the gate of a councillor's house in Multan; no injuries were reported."
    event = first(text)
    assert event.sub_event_type == "Attack" and event.modality == "asserted"


def test_traffickers_exchanging_fire_with_police_is_a_clash_not_crime():
    text = "On Monday, gang members exchanged gunfire with police in a Teresina suburb; cocaine was found in their car."
    assert first(text).sub_event_type == "Armed clash"


def test_a_suspect_shot_who_then_died_counts_one_dead():
    assert first("On Monday, in Goiania, a suspect was shot by police and died.").fatalities.acled == 1


def test_railway_blockade_to_demand_is_a_protest():
    text = "On Monday, striking dock workers blocked the railway line into Buenaventura to demand back pay."
    assert first(text).event_type in ("Protests", "Riots")


def test_the_month_of_march_is_not_a_march():
    assert first("Police arrested ten people in Kano on March 3.").sub_event_type == "Arrests"
    assert first("On 3 March, hundreds of students marched through Lagos demanding lower fees.").event_type == "Protests"


def test_arrests_that_break_up_a_protest_are_its_intervention_not_a_second_event():
    text = ("Riot police fired tear gas on Monday to end a sit-in by retired miners outside the "
            "pension office in Tuzla and detained four of them, witnesses said. The miners were demanding "
            "unpaid pensions.")
    found = event_reports(text, date(2023, 3, 8))
    assert [r.sub_event_type for r in found] == ["Protest with intervention"], [r.sub_event_type for r in found]
