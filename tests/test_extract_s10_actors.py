"""Actors and inter codes (session 10, issue #3): ACLED's conventions for who is actor1 and who
actor2 in each event type, and the sides of a known war when the text names none."""
from datetime import date


from fogofwar.pipeline import process_text

PUB = date(2019, 8, 20)


def first_event(text, published=PUB):
    evs = [r for r in process_text(text, published=published)[1] if r.is_event]
    return evs[0]


def inters(text, published=PUB):
    r = first_event(text, published)
    return (r.actor1.inter if r.actor1 else None, r.actor2.inter if r.actor2 else None)


# --- the sides of a known war (war_sides in extract_actors.yaml) ---------------------------------

def test_unattributed_fire_on_the_donbas_front_is_between_the_army_and_the_naf():
    r = first_event("On 14 August 2019, monitors counted 35 shots of small arms fire in both directions near Popasna.")
    assert r.sub_event_type == "Armed clash"
    assert (r.actor1.name, r.actor2.name) == ("Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya")


def test_unattributed_shelling_on_the_donbas_front_is_coded_to_the_state():
    r = first_event("On 14 August 2019, monitors recorded nine explosions of unknown weapons near Horlivka.")
    assert r.sub_event_type == "Shelling/artillery/missile attack"
    assert r.actor1.name == "Military Forces of Ukraine" and r.actor2 is None


def test_a_named_side_on_the_front_fights_the_other_side():
    r = first_event("On 14 August 2019, Ukrainian soldiers exchanged fire with unknown fighters near Avdiivka.")
    assert (r.actor1.name, r.actor2.name) == ("Military Forces of Ukraine", "NAF: United Armed Forces of Novorossiya")


def test_the_war_sides_hold_only_while_the_war_lasts_and_where_it_is_fought():
    # after February 2022 the front is a different war; in Lviv there is no front
    r = first_event("On 14 August 2023, monitors counted 35 shots of small arms fire in both directions near Popasna.",
                    published=date(2023, 8, 20))
    assert r.actor1 is None or not r.actor1.name.startswith("Military Forces of Ukraine")
    r = first_event("On 14 August 2019, a shoot-out between two armed groups broke out in Lviv.")
    assert not r.actor1.name.startswith("Military Forces of Ukraine")


def test_gunmen_named_on_the_front_stay_who_they_are():
    r = first_event("On 14 August 2019, gunmen exchanged fire with police near Kramatorsk.")
    assert {r.actor1.inter, r.actor2.inter} == {1, 3}


# --- lexicon: international missions, two countries' forces in one phrase ------------------------

def test_african_union_and_un_missions_are_external_forces():
    r = first_event("On 9 June 2020, Al Shabaab fighters attacked an AMISOM convoy near Afgoye; "
                    "after a long exchange of fire the militants withdrew.")
    assert (r.actor1.name, r.actor2.name, r.actor2.inter) == ("Al Shabaab", "AMISOM: African Union Mission in Somalia", 8)
    r = first_event("On 9 June 2020, gunmen ambushed a MINUSMA convoy near Kidal, wounding two peacekeepers.")
    assert r.actor2.name.startswith("MINUSMA") and r.actor2.inter == 8


def test_forces_of_two_countries_are_the_two_sides_of_a_border_clash():
    r = first_event("On 9 June 2020, military forces of Kenya and Somalia exchanged fire across the border near Mandera.")
    assert (r.actor1.name, r.actor2.name) == ("Military Forces of Kenya", "Military Forces of Somalia")
    assert (r.actor1.inter, r.actor2.inter) == (1, 8)  # Somalia's army fighting in Kenya is external


# --- who claims it did it ------------------------------------------------------------------------

def test_a_group_in_the_passive_subject_of_a_reporting_verb_is_the_doer():
    r = first_event("On 9 June 2020, JNIM is reported to have attacked a gendarmerie post near Djibo.")
    assert r.actor1.name.startswith("JNIM") and r.actor2.inter == 1


def test_a_claim_in_the_next_sentence_names_the_doer():
    r = first_event("On 9 June 2020, a roadside bomb hit an army truck near Afgoye. Al Shabaab claimed to have killed three soldiers.")
    assert (r.actor1.name, r.actor2.name) == ("Al Shabaab", "Military Forces of Somalia")


# --- identity militias ---------------------------------------------------------------------------

def test_raiders_or_militia_named_by_their_people_are_an_identity_militia():
    r = first_event("On 9 June 2020, Toposa raiders attacked a cattle camp near Kapoeta, killing three herders.")
    assert (r.actor1.inter, r.actor2.inter) == (4, 7)


def test_militias_from_two_places_fight_as_two_communal_militias():
    r = first_event("On 9 June 2020, militias from Agila and Oju clashed near Otukpo over farmland.")
    assert (r.actor1.inter, r.actor2.inter) == (4, 4)


def test_an_unnamed_killer_in_a_land_dispute_is_a_communal_militia():
    r = first_event("On 9 June 2020, a retired teacher was shot dead in Ludhiana over a property dispute.")
    assert (r.actor1.name, r.actor2.inter) == ("Unidentified Communal Militia (India)", 7)


def test_country_adjectives_and_named_gunmen_are_not_communal_militias():
    r = first_event("On 9 June 2020, Iraqi militias fired rockets at a base near Baghdad.")
    assert r.actor1 is None or r.actor1.inter != 4
    r = first_event("On 9 June 2020, Toposa raiders clashed with armed men near Kapoeta.")
    assert (r.actor1.inter, r.actor2.inter) == (4, 3)  # the armed men are named, not filled in


def test_raia_mutomboki_is_a_political_militia():
    r = first_event("On 9 June 2020, Raia Mutomboki fighters abducted four farmers near Shabunda.")
    assert r.actor1.inter == 3 and r.actor1.name.startswith("Mayi Mayi")
    r = first_event("On 9 June 2020, two factions of the Mayi Mayi Militia Raia Mutomboki clashed near Kalehe.")
    assert (r.actor1.inter, r.actor2.inter) == (3, 3)


# --- protests: the force that intervened ---------------------------------------------------------

def test_arrests_told_in_the_next_sentence_make_the_police_actor2():
    r = first_event("On 9 June 2020, about forty nurses rallied outside the health ministry in Accra "
                    "demanding unpaid allowances. Eleven of them were arrested.")
    assert r.sub_event_type == "Protest with intervention"
    assert (r.actor1.name, r.actor2.name) == ("Protesters (Ghana)", "Police Forces of Ghana")


def test_a_force_named_in_the_next_sentence_is_kept():
    r = first_event("On 9 June 2020, hundreds of traders marched through Kumasi against new market fees. "
                    "Soldiers dispersed them with tear gas.")
    assert r.actor1.inter == 6 and r.actor2.name == "Military Forces of Ghana"


# --- state forces by their role --------------------------------------------------------------------

def test_national_guard_military_officers_and_rangers_are_state_forces():
    r = first_event("On 9 June 2020, gunmen traded fire with National Guard officers near Fresnillo, leaving two dead.")
    assert (r.actor1.inter, r.actor2.name) == (3, "Military Forces of Mexico")
    r = first_event("On 9 June 2020, members of a gang clashed with military officers on patrol near Reynosa.")
    assert r.actor2.name == "Military Forces of Mexico"
    r = first_event("On 9 June 2020, park rangers exchanged fire with armed poachers near Kasese, killing one.")
    assert r.actor1.name.startswith("Police Forces") and r.actor2.inter == 3


# --- victims and the arrested ---------------------------------------------------------------------

def test_the_arrested_are_civilians_unless_named_otherwise():
    assert inters("On 9 June 2020, police arrested four opposition activists in Harare.") == (1, 7)
    assert inters("On 9 June 2020, police arrested three Taliban fighters in Kunduz.")[1] == 2


def test_teachers_worshipers_and_health_workers_hurt_by_a_blast_are_civilians():
    assert inters("On 9 June 2020, Taliban fighters threw a grenade into a mosque in Gardez, wounding six worshipers.") == (2, 7)
    assert inters("On 9 June 2020, a landmine wounded two teachers near Hpapun.")[1] == 7


def test_the_two_parties_to_a_truce_named_as_joint_subject_are_actor1_and_actor2():
    r = first_event("On 3 March 2019, the army and the Karen National Union signed a truce in Hpa-an.")
    assert r.sub_event_type == "Agreement"
    assert (r.actor1.inter, r.actor2.name) == (1, "KNU: Karen National Union")


def test_the_side_that_hands_over_a_town_is_actor1():
    r = first_event("On 4 May 2024, Wazalendo fighters handed over the town of Rutshuru to the army, residents said.",
                    published=date(2024, 5, 6))
    assert r.actor1.name == "Wazalendo Militia" and r.actor1.inter == 3


# --- one state's forces are one side ---------------------------------------------------------------

def test_a_states_military_police_and_police_named_apart_are_one_side():
    r = first_event("On 9 June 2020, the Military Police raided the Vila Nova favela in Belford Roxo. "
                    "Gunfire was exchanged and one suspect died. The Police seized two rifles.")
    assert r.actor1.inter == 1 and r.actor2.inter == 3


def test_police_that_clash_with_soldiers_still_fight_them():
    r = first_event("On 9 June 2020, police officers clashed with soldiers at a checkpoint in Baidoa, wounding two.")
    assert (r.actor1.inter, r.actor2.inter) == (1, 1)


def test_rival_governments_forces_stay_two_sides():
    r = first_event("On 9 June 2020, LNA and GNA forces clashed near Gharyan.")
    assert (r.actor1.name, r.actor2.name) == ("LNA: Libyan National Army", "GNA: Government of National Accord")


# --- order of the sides in fire both ways ----------------------------------------------------------

def test_in_an_exchange_of_fire_the_state_is_actor1():
    r = first_event("On 9 June 2020, two gang members died after exchanging fire with police in Manaus.")
    assert (r.actor1.inter, r.actor2.inter) == (1, 3)
    assert inters("On 9 June 2020, troops had an encounter with militants in Sopore, killing two.") == (1, 3)


def test_an_attack_or_clash_told_as_the_armed_groups_act_keeps_its_order():
    assert inters("On 9 June 2020, gunmen attacked a police patrol in Celaya, wounding three officers.") == (3, 1)
    assert inters("On 9 June 2020, armed men clashed with police officers in Uruapan.") == (3, 1)


# --- riots: the crowd against the force ------------------------------------------------------------

def test_residents_stoning_police_are_rioters_against_the_police():
    r = first_event("On 9 June 2020, residents pelted police officers with stones in Kano, injuring two.")
    assert r.event_type == "Riots"
    assert (r.actor1.inter, r.actor2.inter) == (5, 1)


def test_a_mob_beating_a_suspect_stays_against_civilians():
    assert inters("On 9 June 2020, a mob beat a suspected thief to death in Jinja.") == (5, 7)


def test_the_group_named_in_a_planted_weapon_is_actor1_whoever_it_hit():
    r = first_event("On 9 June 2020, Afghan soldiers suffered losses after their truck struck a Taliban-planted mine in Ghazni.")
    assert (r.actor1.name, r.actor2.name) == ("Taliban", "Military Forces of Afghanistan")


def test_an_attacker_the_parse_hangs_on_the_places_before_it_is_still_the_attacker():
    r = first_event("On 9 June 2020, in Tonala, Jalisco, an armed man shot a shopkeeper near the plaza. The victim died.")
    assert (r.actor1.text, r.actor2.inter) == ("armed man", 7)


def test_a_mob_that_clashes_with_another_group_fights_rioters():
    r = first_event("On 9 June 2020, a mob of youths clashed with a group of porters at the market in Gulu, injuring six.")
    assert r.sub_event_type == "Mob violence" and (r.actor1.inter, r.actor2.inter) == (5, 5)


def test_militiamen_of_two_named_sub_clans_are_clan_militias_on_both_sides():
    r = first_event("On 9 June 2020, armed militiamen from the Reer and Hawadle sub clans clashed near Beledweyne, killing two.")
    assert (r.actor1.inter, r.actor2.inter) == (4, 4)


def test_the_side_that_fired_first_is_actor1_when_the_state_shot_back():
    r = first_event("On 9 June 2020, police officers were patrolling in Ilopango when suspected gang members approached "
                    "and opened fire. The officers shot back, killing one.")
    assert (r.actor1.inter, r.actor2.inter) == (3, 1)


def test_a_prison_riot_is_against_the_guards():
    r = first_event("On 9 June 2020, inmates at Luzira prison in Kampala set fire to their mattresses, demanding family visits.")
    assert r.event_type == "Riots" and (r.actor1.inter, r.actor2.inter) == (5, 1)


def test_pakistans_frontier_corps_is_its_police():
    r = first_event("On 9 June 2020, two FC personnel were killed when a roadside bomb hit their vehicle near Turbat.")
    assert r.actor2.name == "Police Forces of Pakistan"


def test_a_policewoman_is_the_police():
    r = first_event("On 9 June 2020, unknown gunmen shot dead a policewoman in Herat city.")
    assert (r.actor1.inter, r.actor2.name) == (3, "Police Forces of Afghanistan")


def test_attackers_named_by_their_in_a_repelled_attack_are_actor1():
    r = first_event("On 9 June 2020, six Taliban militants were killed when Afghan army troops repulsed their attacks in Arghandab district.")
    assert (r.actor1.name, r.actor2.name) == ("Taliban", "Military Forces of Afghanistan")


def test_soldiers_of_a_named_foreign_army_are_that_army():
    r = first_event("On 9 June 2020, soldiers of the army of Uganda looted shops in Aru, Congo.")
    assert (r.actor1.name, r.actor1.inter) == ("Military Forces of Uganda", 8)
    r = first_event("On 9 June 2020, a French soldier was killed in fighting with ISGS militants near Menaka.")
    assert (r.actor1.name, r.actor1.inter) == ("Military Forces of France", 8)


def test_without_a_place_a_named_groups_home_says_which_army_is_foreign():
    r = first_event("On 3 March 2019, Turkish troops clashed with SDF fighters near an unnamed hamlet.")
    assert (r.actor1.name, r.actor1.inter, r.actor2.inter) == ("Military Forces of Turkey", 8, 2)
