"""Actors the grammar hides (session 8): actors the parser joins to the places before them,
a clash whose sentence names no one, and Afghan and Myanmar forces by their acronyms."""
from datetime import date

from fogofwar.extract.actors import find_actors
from fogofwar.pipeline import process_text

PUB = date(2021, 6, 3)


def sides(text):
    evs = [r for r in process_text(text, published=PUB)[1] if r.is_event]
    r = evs[0]
    return (r.actor1.name if r.actor1 else None, r.actor2.name if r.actor2 else None, r.reason)


def test_actors_hung_on_the_places_before_them_are_the_subject():
    a1, a2, _ = sides("On 3 June 2021, in Mrauk-U Township, Rakhine State, the Myanmar army and AA fought with small arms.")
    assert (a1, a2) == ("Military Forces of Myanmar", "AA: Arakan Army")


def test_a_place_list_alone_makes_no_actor_an_agent():
    a1, _, _ = sides("On 3 June 2021, soldiers shelled rebel positions in Tula, Hidalgo and Pachuca.")
    assert a1.startswith("Military Forces")


def test_a_fight_that_names_no_one_is_between_those_named_just_before():
    a1, a2, reason = sides("On 3 June 2021, in Campos, Rio de Janeiro, police launched an operation against drug "
                           "traffickers in the Lapa community. A shoot-out followed, leaving two suspects dead.")
    assert a1.startswith("Police Forces") and a2.startswith("Unidentified Gang")
    assert "actors from the sentence before" in reason


def test_a_fight_in_the_next_paragraph_does_not_borrow_actors():
    _, _, reason = sides("On 3 June 2021, police launched an operation against drug traffickers in Campos.\n\n"
                         "On 4 June 2021, a shoot-out broke out in Lapa.")
    assert "actors from the sentence before" not in reason


def test_afghan_forces_by_acronym():
    names = {m.actor.name for m in find_actors("an operation by ANDSF forces; ANA soldiers; the ANP")}
    assert names == {"Military Forces of Afghanistan", "Police Forces of Afghanistan"}


def test_aa_is_the_arakan_army_only_beside_the_side_it_fights():
    assert "AA: Arakan Army" in {m.actor.name for m in find_actors("the military and AA clashed")}
    assert "AA: Arakan Army" in {m.actor.name for m in find_actors("fighting with the AA near Paletwa")}
    assert "AA: Arakan Army" not in {m.actor.name for m in find_actors("He bought an AA battery and the AA guide.")}


def test_two_mobs_fighting_each_other_are_rioters_on_both_sides():
    a1, a2, _ = sides("On 3 June 2021, two groups of villagers clashed with each other in Sitapur over a water dispute.")
    assert (a1, a2) == ("Rioters (India)", "Rioters (India)")


def test_a_mob_that_attacks_a_man_has_a_civilian_victim():
    _, a2, _ = sides("On 3 June 2021, a mob beat a man suspected of theft in Sitapur, India.")
    assert a2.startswith("Civilians")


def test_contraband_seized_by_police_belongs_to_a_gang():
    a1, a2, _ = sides("On 3 June 2021, in Cascavel, Parana, federal police seized two tons of marijuana hidden in a lorry.")
    assert a1.startswith("Police Forces") and a2 == "Unidentified Gang (Brazil)"


def test_a_country_name_names_its_forces_and_new_acronyms():
    names = {m.actor.name for m in find_actors("Pakistan military units and BLF fighters; SSPDF troops and NAS rebels; Govt forces")}
    assert {"Military Forces of Pakistan", "BLF: Baloch Liberation Front", "Military Forces of South Sudan",
            "NAS: National Salvation Front", "Military Forces of {country}"} <= names


def test_a_named_cartel_is_a_gang_but_gang_rape_names_no_gang():
    assert "Unidentified Gang ({country})" in {m.actor.name for m in find_actors("members of the Sinaloa Cartel ambushed police")}
    assert "Unidentified Gang ({country})" not in {m.actor.name for m in find_actors("a woman was gang-raped in Patna")}


def test_the_sentence_after_a_bombing_names_who_planted_it():
    a1, _, reason = sides("On 3 June 2021, an army truck struck a mine near Banh. The device was probably laid by JNIM fighters.")
    assert a1.startswith("JNIM") and "actor1 named in the next sentence" in reason


def test_a_prefixed_planter_and_other_new_names():
    names = {m.actor.name for m in find_actors("an IS-planted mine; Al Shabab fighters; Dozo militiamen; a security guard; BSF jawans; LDU personnel")}
    assert {"Islamic State", "Al Shabaab", "Dan Na Ambassagou", "Private Security Forces ({country})",
            "Police Forces of India", "Military Forces of Uganda"} <= names
    assert "Islamic State" not in {m.actor.name for m in find_actors("It is planted in spring.")}


def test_myanmar_armed_groups_and_the_aa_taking_ground():
    a1, _, _ = sides("On 3 June 2021, the Kachin Independence Army attacked a military outpost near Hpakant.")
    assert a1.startswith("KIA")
    evs = [r for r in process_text("On 3 June 2021, the AA took control of a police outpost in Paletwa after "
                                   "junta troops withdrew.", published=PUB)[1] if r.is_event]
    assert evs[0].sub_event_type == "Non-state actor overtakes territory" and evs[0].actor1.name == "AA: Arakan Army"


def test_residents_who_caught_a_thief_then_beat_him_to_death_are_a_mob():
    evs = [r for r in process_text("On 3 June 2021, residents of Lira caught a suspected thief near the stadium. "
                                   "He was beaten to death.", published=PUB)[1] if r.is_event]
    assert evs and evs[0].sub_event_type == "Mob violence" and evs[0].fatalities.acled == 1
