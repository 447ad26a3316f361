"""The rarer ACLED sub-event types in news style (issue #3): a selection of the probe grid's
sentences (bench/subtype_grid.py), all written for the grid, with invented places."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 3, 13)


def first(text):
    return first_event(text, PUB)


GRID = [
    # a bomber's own charge: no 'suicide' written
    ("An attacker detonated his explosives at a police checkpoint in Bantiri.", "Suicide bomb"),
    ("KORMA, Sudan (Reuters) - A female bomber detonated her explosive vest at a crowded market in Korma on Monday, officials said.", "Suicide bomb"),
    # a device set off from afar is no air strike, even when the army is its target
    ("Militants detonate remote bomb targeting an army truck in Korma", "Remote explosive/landmine/IED"),
    ("An army truck was hit by a remotely detonated bomb in Korma on Monday.", "Remote explosive/landmine/IED"),
    ("Insurgents set off a bomb beside a military convoy near Lasho.", "Remote explosive/landmine/IED"),
    # crowds: residents who set upon someone, youths who burn a house
    ("Residents set upon two suspected thieves in Bantiri.", "Mob violence"),
    ("Youths burned the house of a woman accused of witchcraft in Bantiri.", "Mob violence"),
    # a date in March is no march: the crowd is not demonstrating
    ("On 4 March 2024, villagers beat to death a suspected cattle thief near Korma.", "Mob violence"),
    ("On 11 March, a crowd of residents beat to death a suspected cattle thief near Bantiri.", "Mob violence"),
    # ground given up or taken with no fight
    ("The rebels abandoned the town without a fight in Korma.", "Non-violent transfer of territory"),
    ("The army took over positions vacated by departing peacekeepers in Bantiri.", "Non-violent transfer of territory"),
    ("Government troops entered the district capital unopposed on Saturday.", "Non-violent transfer of territory"),
    # an armed group's own make-up
    ("Two armed groups announced a merger in Korma.", "Change to group/activity"),
    ("Rival factions announce merger in Bantiri", "Change to group/activity"),
    ("The rebels named a new commander in Korma.", "Change to group/activity"),
    # explosives made safe
    ("Army engineers destroyed an unexploded shell in Bantiri on Saturday.", "Disrupted weapons use"),
    ("An unexploded shell was made safe by bomb disposal experts in Korma on Monday.", "Disrupted weapons use"),
    # a base built, told in the passive
    ("A new military post was built by the army in Korma on Monday.", "Headquarters or base established"),
    # captives let go by those who held them, with no deal
    ("Kidnappers released a businessman after his family paid a ransom.", "Other"),
    ("The abducted schoolchildren were released by their captors on Sunday, officials in Lasho said.", "Other"),
    # a work stoppage
    ("A strike by bus drivers paralysed transport in Lasho on Monday.", "Peaceful protest"),
    # free-written leads (the grid's FREE sentences)
    ("UN says soldiers raped at least 30 women in Korma region", "Sexual violence"),
    ("A student died after being hit by a tear gas canister fired at close range during a protest in Lasho.", "Excessive force against protesters"),
    ("Border guards fired warning shots to turn back a fishing boat near Korma.", "Other"),
    ("The government freed 200 rebel prisoners as a goodwill gesture.", "Other"),
    ("Thousands flee Lasho as fighting nears", "Other"),
    ("Militants turned a school in Korma into their headquarters, residents said.", "Headquarters or base established"),
    ("The rebel group announced the appointment of a new military chief.", "Change to group/activity"),
    ("Government troops moved into Korma after the militia pulled out under the truce.", "Non-violent transfer of territory"),
    ("French troops completed their pullout from the base in Lasho on Friday.", "Non-violent transfer of territory"),
    ("The attacker drove a truck laden with explosives into the gate of the base before detonating it.", "Suicide bomb"),
    ("The air force said its aircraft destroyed an insurgent training camp near Bantiri.", "Air/drone strike"),
    ("A telecom mast was destroyed by rebels in Korma on Monday.", "Looting/property destruction"),
    ("An aid worker was seized at gunpoint on the road to Bantiri on Tuesday.", "Abduction/forced disappearance"),
    # the second free-written batch
    ("Witnesses said police fired directly into the crowd of protesters in Bantiri, killing at least four.", "Excessive force against protesters"),
    ("The army deployed thousands of troops and armoured vehicles to Korma ahead of planned protests.", "Change to group/activity"),
    ("Three armed groups said they had formed a new alliance to fight the government.", "Change to group/activity"),
    ("Security forces foiled a suicide attack when they shot dead a bomber before he reached the checkpoint in Lasho.", "Disrupted weapons use"),
    ("The army released 30 children it had detained on suspicion of links to the rebels.", "Other"),
    ("Militiamen burned dozens of homes and stole cattle in Bantiri, residents said.", "Looting/property destruction"),
    ("Gunmen on motorcycles stormed a village near Bantiri overnight and took away at least 40 people, residents said.", "Abduction/forced disappearance"),
    ("Relatives say a student activist has not been seen since plain-clothes officers bundled him into a car in Lasho last week.", "Abduction/forced disappearance"),
    ("Pirates seized the crew of a fishing trawler off the coast of Korma and are holding them for ransom.", "Abduction/forced disappearance"),
    ("Government forces pushed rebels out of the strategic town of Lasho on Tuesday, state media said.", "Government regains territory"),
    ("Investigators said at least 60 women and girls were raped when fighters overran the village of Bantiri.", "Sexual violence"),
    ("A cyclist was wounded when a device hidden in a roadside drain went off in Korma.", "Remote explosive/landmine/IED"),
    # the third free-written batch
    ("Russian bombers hit a hospital in rebel-held Korma on Thursday, killing five medical staff.", "Air/drone strike"),
    ("A bomb exploded on a busy street in Bantiri on Friday, wounding 20 people, in an attack no group claimed.", "Remote explosive/landmine/IED"),
    ("Authorities detained dozens of women who gathered in Korma to demand news of their missing sons.", "Protest with intervention"),
    ("Students angry over fee increases ransacked the administration block of the university in Bantiri.", "Violent demonstration"),
    ("After a three-day battle, soldiers took back the border post at Korma.", "Government regains territory"),
    ("Security forces arrested three suspected militants in a raid on a house in Korma, police said.", "Arrests"),
    ("Al-Shabaab imposed a ban on music and television in areas under its control near Bantiri.", "Change to group/activity"),
    ("Soldiers looted homes and shops after retaking the town of Bantiri, residents said.", "Looting/property destruction"),
    ("The army handed over 12 captured rebels to the Red Cross.", "Other"),
    # the fourth free-written batch
    ("Military helicopters strafed a convoy of pickup trucks carrying fighters near Korma.", "Air/drone strike"),
    ("A man strapped with explosives walked into a police canteen in Bantiri and detonated them.", "Suicide bomb"),
    ("The bomber, disguised as a worshipper, set off his vest inside the shrine in Lasho.", "Suicide bomb"),
    ("A human rights activist was taken from his home in Lasho by men in uniform and has not been heard from since.", "Abduction/forced disappearance"),
    ("Rebels have taken the town of Bantiri, cutting off a key supply route, a spokesman said.", "Non-state actor overtakes territory"),
    ("The army said it had cleared the militants from the town of Lasho and restored state authority.", "Government regains territory"),
    ("UN forces transferred the last of their bases in Lasho to government troops.", "Non-violent transfer of territory"),
    ("A senior rebel commander was captured by soldiers near Korma, the army said.", "Arrests"),
    ("The rebels announced the creation of a new armed wing in Lasho.", "Change to group/activity"),
    ("Some 3,000 refugees crossed into the neighbouring country to escape the fighting in Bantiri.", "Other"),
    ("The army set up two new bases near Lasho.", "Headquarters or base established"),
    # the fifth free-written batch
    ("The army withdrew its last units from the disputed district of Korma on Sunday, leaving it to local police.", "Non-violent transfer of territory"),
    ("Russian forces pulled back from positions west of Lasho without engaging, the ministry said.", "Non-violent transfer of territory"),
    ("Police in Lasho found a suicide vest hidden in a house and made it safe.", "Disrupted weapons use"),
    ("Armed raiders stole 300 head of cattle from herders near Korma.", "Looting/property destruction"),
    ("Separatist fighters captured two army checkpoints on the road to Korma.", "Non-state actor overtakes territory"),
    ("The town of Bantiri is now in the hands of the rebels, residents told reporters.", "Non-state actor overtakes territory"),
    ("The army has reopened the road to Lasho after driving out the militants who had held it for months.", "Government regains territory"),
    ("The rebels said they were suspending their offensive to allow talks.", "Change to group/activity"),
    # the sixth free-written batch (South Asian and West African news English)
    ("Bandits whisked away a traditional ruler and his two wives in Korma.", "Abduction/forced disappearance"),
    ("Pirates boarded a tanker off the coast and made away with 10 crew members.", "Abduction/forced disappearance"),
    ("Police detained several opposition workers who were staging a dharna in front of the collectorate in Bantiri.", "Protest with intervention"),
    ("Two farmers were killed when police opened fire on an agitation over land acquisition in Lasho.", "Excessive force against protesters"),
    ("Additional companies of central forces were rushed to Korma after the violence.", "Change to group/activity"),
    ("Troops dislodged insurgents from their enclave in the Korma forest.", "Government regains territory"),
    # styles the rules already read (kept so they stay read)
    ("\"Security agents seized a student activist and took him to an unknown location,\" a local official in Bantiri said.", "Abduction/forced disappearance"),
    ("Helicopter gunships fire rockets at a convoy of fighters in Korma", "Air/drone strike"),
    ("On 11 March, the two armed groups agreed a ceasefire near Bantiri.", "Agreement"),
    ("A cache of explosives and rifles was seized by police in Korma on Monday.", "Disrupted weapons use"),
]


@pytest.mark.parametrize("text,sub", GRID)
def test_grid_sentences(text, sub):
    assert first(text).sub_event_type == sub


# Near-misses: sentences that look like a rare type but are another, or no event.
NO_EVENT = [
    "A blast at a coal mine killed 12 miners in Korma on Saturday.",
    "An explosion in an illegal gold mine killed seven diggers near Lasho.",
    "The government denied using chemical weapons in Bantiri.",
    "The army denied any role in the air strike on the market.",
    "No group has claimed the kidnapping of the engineers.",
    "The rebels said they were behind the ambush on the convoy near Bantiri.",
    "Two companies announced a merger in Korma on Monday.",
    "The ruling party named a new spokesman on Monday.",
    "The two nations signed an agreement to build a joint oil pipeline.",
    # accidents and disasters whose victims are soldiers or police
    "An avalanche buried a military post in the mountains, killing 10 soldiers.",
    "An army truck plunged into a ravine near Korma, killing nine soldiers.",
    "Soldiers were among 20 people killed when a landslide hit their camp.",
    "A soldier was killed when his rifle went off accidentally while he was cleaning it.",
    "Three soldiers drowned when their boat capsized during a patrol on the river.",
    "A policeman died of a heart attack while on duty at a checkpoint.",
]


def test_soldiers_who_act_in_a_disaster_still_make_an_event():
    # (only soldiers who die in one are its victims; soldiers who shoot are not vetoed)
    text = "Soldiers shot dead two looters in a town hit by floods near Bantiri."
    assert event_reports(text, PUB)


@pytest.mark.parametrize("text", NO_EVENT)
def test_near_misses_with_no_event(text):
    assert event_reports(text, PUB) == []


def test_a_would_be_suicide_bomber_arrested_is_the_arrest():
    text = "Police arrested a suspected suicide bomber before he could reach the market in Korma."
    assert first(text).sub_event_type == "Arrests"


def test_an_abduction_told_with_its_release_stays_the_abduction():
    text = "Gunmen abducted 20 villagers in Bantiri and later released five of them."
    assert first(text).sub_event_type == "Abduction/forced disappearance"


def test_a_hostage_swap_stays_an_agreement():
    text = "The militia and the army exchanged hostages under a deal brokered by elders in Lasho."
    assert first(text).sub_event_type == "Agreement"


def test_a_group_that_claims_an_attack_is_kept():
    # ACLED codes an armed group's claim of an attack: it is no mere attribution.
    text = "On 6 March 2024, the militants claimed to have attacked an army post in Korma with mortars."
    assert first(text).sub_event_type == "Shelling/artillery/missile attack"


def test_the_army_retaking_a_town_after_fighting_stays_a_regain():
    text = "The army recaptured the town from the rebels after two days of fighting in Bantiri."
    assert first(text).sub_event_type == "Government regains territory"


def test_villagers_who_abandon_their_homes_are_displacement():
    text = "Thousands of villagers abandoned their homes near Korma as fighting between the army and rebels spread."
    assert first(text).sub_event_type == "Other"


def test_a_drone_destroyed_by_air_defences_is_no_air_strike():
    text = "Air defences destroyed two drones over Lasho on Monday, the army said."
    assert first(text).sub_event_type == "Disrupted weapons use"


def test_a_rapper_is_no_rape():
    assert event_reports("The singer rapped at a charity concert in Korma on Monday.", PUB) == []


def test_villagers_forced_out_of_their_homes_are_no_regain():
    text = "Militants forced hundreds of villagers out of their homes near Korma as fighting spread."
    assert first(text).sub_event_type != "Government regains territory"


def test_a_suicide_bomber_is_no_aircraft():
    text = "A suicide bomber hit a police checkpoint in Lasho on Monday, killing four officers."
    assert first(text).sub_event_type == "Suicide bomb"


def test_villagers_angry_over_a_theft_are_a_mob():
    text = "Villagers angry over a theft beat a suspected thief to death in Korma."
    assert first(text).sub_event_type == "Mob violence"


def test_a_village_chief_taken_hostage_is_no_capture():
    assert first("Gunmen took the village chief hostage near Korma.").sub_event_type == "Abduction/forced disappearance"


def test_on_the_basis_of_is_no_base():
    assert event_reports("Talks were held on the basis of the earlier accord.", PUB) == []


def test_soldiers_captured_at_a_checkpoint_are_no_captured_checkpoint():
    text = "Rebels captured two soldiers at a checkpoint near Korma."
    assert all(r.sub_event_type != "Non-state actor overtakes territory" for r in event_reports(text, PUB))


def test_soldiers_rushed_to_hospital_are_no_deployment():
    text = "Two soldiers wounded in the ambush were rushed to hospital in Korma."
    assert all(r.sub_event_type != "Change to group/activity" for r in event_reports(text, PUB))
