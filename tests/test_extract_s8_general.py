"""General causes of type errors (a missing synonym family, a construction, a grammar case),
each with sentences in several styles: ACLED-note, wire, headline, passive. All sentences were
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 6, 12)


def sub(text):
    return first_event(text, PUB).sub_event_type


# People named by what they do on the road or at work are civilians: shooting them is an attack.
@pytest.mark.parametrize("text", [
    "On 12 June 2024, a soldier shot a motorcyclist at a checkpoint in Kinshasa after an argument, wounding him.",
    "Troops opened fire on a street vendor in Goma who refused to hand over his phone.",
    "A shepherd was shot by a soldier near the border post at Sebba on Monday, relatives said.",
    "Police officer shoots pedestrian dead in Lagos traffic dispute",
])
def test_forces_shooting_people_at_work_or_on_the_road_attack_civilians(text):
    assert sub(text) == "Attack"


def test_forces_shooting_at_an_armed_post_stay_a_clash():
    assert sub("On 2 June 2024, soldiers opened fire on a rebel position near Bunagana.") == "Armed clash"


# Fighters who killed an unarmed person attacked a civilian; fighters killed are a clash.
@pytest.mark.parametrize("text", [
    "On 9 June 2024, Taliban fighters killed a former government employee in his home in Kunduz.",
    "Militants kill village teacher in Mandera",
    "Suspected jihadists killed two shopkeepers in the market of Tillia on Sunday evening.",
])
def test_fighters_killing_a_civilian_is_an_attack(text):
    assert sub(text) == "Attack"


@pytest.mark.parametrize("text", [
    "Troops killed 9 insurgents in a firefight in Cabo Delgado on 2 June 2024.",
    "On 4 June 2024, the army neutralised 12 jihadists in an offensive near Menaka.",
])
def test_fighters_killed_by_troops_stay_a_clash(text):
    assert sub(text) == "Armed clash"


# People taken away, carried off or whisked away by armed men are abducted.
@pytest.mark.parametrize("text", [
    "On 5 June 2024, armed bandits took away 12 villagers from Gidan Kara in Sokoto.",
    "Gunmen carried off three aid workers from their compound in Kaga Bandoro overnight.",
    "Two traders were whisked away by unknown armed men on the road to Gao, their families said.",
])
def test_people_taken_away_by_armed_men_are_abducted(text):
    assert sub(text) == "Abduction/forced disappearance"


def test_goods_taken_away_are_no_abduction():
    found = event_reports("Armed men took away 40 cattle from a farm near Dutsinma on Monday.", PUB)
    assert found and found[0].sub_event_type != "Abduction/forced disappearance"


# Refusing to work is a strike; a crowd gathered over a grievance is a protest.
@pytest.mark.parametrize("text", [
    "On 2 June 2024, health workers in Maseru refused to work and assembled outside the hospital over unpaid allowances.",
    "Junior doctors stop work at three Lusaka hospitals",
    "Dozens of market porters gathered at the council offices in Kisii over a new daily levy.",
])
def test_refusing_to_work_or_gathering_over_a_grievance_is_a_protest(text):
    assert sub(text) == "Peaceful protest"


def test_people_gathered_for_a_funeral_are_no_protest():
    assert not event_reports("Hundreds gathered in Kisii on Sunday for the funeral of a popular singer.", PUB)


# A passive 'were forcibly removed by police' (an adverb between) ends the protest by intervention.
@pytest.mark.parametrize("text", [
    "On 5 June 2024, activists protesting against a mining project in Ilocos were forcibly removed by police.",
    "Students staging a sit-in at the rectorate in Yaounde were swiftly dispersed by gendarmes.",
    "Pensioners blocking the avenue in Asuncion to demand higher payments were eventually evicted by the police.",
])
def test_protesters_removed_by_police_with_an_adverb(text):
    assert sub(text) == "Protest with intervention"


# A crowd that burns or wrecks property is a mob, not an armed group destroying property.
@pytest.mark.parametrize("text", [
    "On 4 June 2024, a group of residents set fire to the house of a woman accused of witchcraft in Kitui.",
    "Angry villagers torched the car of a man they blamed for a road death in Mzimba.",
    "Youths destroyed the home of a suspected informer in the township of Mamelodi on Friday.",
])
def test_a_crowd_burning_property_is_mob_violence(text):
    assert sub(text) == "Mob violence"


def test_gunmen_burning_a_school_stay_property_destruction():
    text = "On 7 June 2024, gunmen burnt down a primary school in Kumba; no casualties were reported."
    assert sub(text) == "Looting/property destruction"


# An 'improvised device' that 'went off' is an IED even without 'explosive'.
@pytest.mark.parametrize("text", [
    "On 4 June 2024, an improvised device went off near a police station in Quetta, injuring three.",
    "A bomb hidden in a rubbish bin went off outside a bank in Peshawar, wounding two guards.",
    "Improvised device kills two soldiers in Tillaberi",
])
def test_an_improvised_device_that_went_off_is_an_ied(text):
    assert sub(text) == "Remote explosive/landmine/IED"


# 'Assault rifles' name a weapon, not an assault; a 'cell' of a cartel is no jail cell.
@pytest.mark.parametrize("text", [
    "Rival cartel cells battled with assault rifles in the streets of Fresnillo on 5 June 2024.",
    "Two gang cells fought each other with assault rifles in a neighbourhood of Culiacan, leaving four dead.",
])
def test_assault_rifles_in_a_fight_are_a_clash(text):
    assert sub(text) == "Armed clash"


def test_detainees_beaten_in_a_cell_are_still_abused_in_custody():
    text = "Detainees said guards beat them in their cell at the police station in Bamenda."
    assert sub(text) == "Attack"


# Suspected kidnappers burnt by a crowd are the mob's victims, not an abduction.
@pytest.mark.parametrize("text", [
    "On 7 June 2024, an angry crowd burnt two suspected kidnappers to death in Ogun.",
    "Villagers lynched an alleged kidnapper in Kaduna state on Saturday.",
])
def test_a_mob_killing_suspected_kidnappers(text):
    assert sub(text) == "Mob violence"


def test_suspected_kidnappers_who_take_people_still_abduct():
    text = "On 4 June 2024, suspected kidnappers took five travellers from a bus on the Abuja-Kaduna highway."
    assert sub(text) == "Abduction/forced disappearance"


# More ways to say 'protest': mobilising or converging to demand, caravans with a demand,
# Latin American 'plantón' and 'cacerolazo', a road blockade or gherao staged.
@pytest.mark.parametrize("text", [
    "On 3 June 2024, in Rosario, Santa Fe, a group of retirees mobilised in front of the provincial pension office to demand a bonus.",
    "On 5 June 2024, in Quito, transport workers held a caravan of vehicles through the city centre demanding fuel subsidies.",
    "On 6 June 2024, in Lima, street vendors staged a plantón outside the municipality to reject their eviction from the market.",
    "Residents of Nunoa held a cacerolazo on Friday night against the pension reform.",
    "On 10 June 2024, CPI(M) workers staged a road blockade in Agartala demanding the arrest of culprits behind an assault on their member.",
    "Villagers gheraoed the block development officer in Bankura over delayed wages on Monday.",
])
def test_more_ways_to_protest(text):
    assert sub(text) == "Peaceful protest"


def test_troops_mobilised_stay_a_change_of_activity():
    assert sub("The army mobilised two brigades near the border with Eritrea on Monday.") == "Change to group/activity"


@pytest.mark.parametrize("text", [
    "On 3 June 2024, in Dhaka, police obstructed a procession of opposition activists near the party office.",
    "Police obstruct opposition march in Kampala",
    "Security forces obstructed a rally of teachers outside the ministry in Conakry and briefly held two of them.",
])
def test_a_procession_obstructed_by_police_is_an_intervention(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "On 7 June 2024, striking workers damaged machinery at a factory in Gazipur demanding unpaid wages.",
    "Protesters damaged furniture at the district office in Kasese, demanding compensation for their land.",
    "Demonstrators damaged the gate of the governor's residence in Sokode.",
])
def test_protesters_damaging_things_riot(text):
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 5 June 2024, in Maputo, a crowd stoned a man suspected of theft until police arrived.",
    "Residents chased and hacked a suspected burglar in Kisumu on Saturday night.",
    "Villagers stoned to death a man accused of stealing a goat in Mpika.",
])
def test_a_crowd_punishing_a_suspected_thief_is_a_mob(text):
    assert sub(text) == "Mob violence"


@pytest.mark.parametrize("text", [
    "On 3 June 2024, in Tierra Caliente, members of the CJNG and the Familia Michoacana engaged in a confrontation, leaving six dead.",
    "On 4 June 2024, in Morro do Alemao, Rio de Janeiro, military police officers and gang members exchanged shots; a suspect was killed.",
    "Soldiers and dissidents traded shots for an hour in the rural area of Suarez on Tuesday.",
])
def test_confrontations_and_exchanges_of_shots_are_clashes(text):
    assert sub(text) == "Armed clash"


def test_a_verbal_confrontation_is_no_clash():
    assert not event_reports("The two ministers had a verbal confrontation during the cabinet meeting in Nairobi.", PUB)


@pytest.mark.parametrize("text", [
    "On 9 June 2024, the bodies of two farmers with bullet wounds were discovered in Masisi, after an attack by unidentified armed men.",
    "Three bodies bearing bullet wounds were found on a road outside Celaya on Sunday.",
])
def test_bodies_with_bullet_wounds_are_killings_not_weapons_found(text):
    assert sub(text) == "Attack"


def test_bullets_found_stay_weapons_found():
    assert sub("Police found 300 bullets and two rifles in a house in Bauchi.") == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "On 10 June 2024, a police officer beat a street hawker with a baton in Kampala, injuring him.",
    "Municipal police officers shot and wounded a porter at the bus station in Lubumbashi.",
    "A soldier beat a beggar outside the mosque in Kano, witnesses said.",
])
def test_forces_beating_or_shooting_hawkers_porters_beggars_attack(text):
    assert sub(text) == "Attack"


@pytest.mark.parametrize("text", [
    "On 3 June 2024, in Guerrero, armed men deprived a municipal councillor of his liberty.",
    "Two journalists were deprived of their liberty by an armed group in Michoacan on Monday.",
    "Hooded men deprived a businessman of his freedom outside his home in Zacatecas.",
])
def test_deprived_of_liberty_is_an_abduction(text):
    assert sub(text) == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, a motorcycle loaded with explosives blew up near a market in Mogadishu.",
    "A car packed with explosives went off outside a police station in Quetta.",
    "A rickshaw rigged with explosives exploded near a bus stop in Peshawar, wounding nine.",
])
def test_vehicles_loaded_with_explosives_are_ieds(text):
    assert sub(text) == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "On 8 June 2024, JNIM imposed a blockade on the town of Djibo.",
    "Jihadists have laid siege to the town of Pama, cutting its roads to the south.",
    "Militants tightened their blockade of Arbinda in May, residents said.",
])
def test_a_blockade_imposed_by_an_armed_group_is_a_change_of_activity(text):
    assert sub(text) == "Change to group/activity"


def test_a_blockade_by_protesters_stays_a_protest():
    text = "Truckers imposed a blockade on the border crossing at Malaba to protest against new fees."
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "On 6 June 2024, in San Pedro Sula, a taxi driver was riddled with bullets by gang members.",
    "Gunmen pumped bullets into a bus conductor at a stop in Kingston on Friday.",
    "Two hitmen on a motorbike sprayed a shopkeeper with bullets in Cali.",
])
def test_riddled_with_bullets_is_an_attack(text):
    assert sub(text) == "Attack"


# Someone who no longer serves is a civilian: a former combatant or a retired officer killed is an attack.
@pytest.mark.parametrize("text", [
    "On 5 June 2024, in Caucasia, Antioquia, a former FARC combatant in the reintegration process was murdered by armed men.",
    "Gunmen killed a retired police officer in Tumaco on Monday.",
    "Unknown attackers shot dead an ex-soldier in the market of Beni.",
])
def test_killing_someone_who_no_longer_serves_is_an_attack(text):
    assert sub(text) == "Attack"


def test_killing_serving_soldiers_stays_a_clash():
    assert sub("On 5 June 2024, gunmen killed two soldiers at a checkpoint near Tumaco.") == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 7 June 2024, in Guayaquil, hitmen murdered a prison guard outside his home.",
    "A policeman was shot dead in front of his house in Acapulco by unknown men.",
])
def test_forces_killed_at_home_are_attacked(text):
    assert sub(text) == "Attack"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, in Istanbul, May Day protesters threw objects at police who responded with tear gas.",
    "Demonstrators threw projectiles at officers outside the assembly in Tbilisi.",
    "Protesters in Lome threw chairs at the gendarmes, who fired tear gas.",
])
def test_protesters_throwing_objects_riot(text):
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 9 June 2024, in Nablus, residents held a funeral march for a man killed by Israeli forces, chanting slogans.",
    "Hundreds held a vigil for the student shot dead by police last week in Nairobi.",
])
def test_a_march_for_someone_killed_earlier_is_a_protest(text):
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, in Harare, the police picked up three opposition activists from their homes.",
    "Security agents picked up a journalist at his office in Khartoum on Monday.",
    "Gendarmes picked up a trade unionist outside the labour exchange in Douala.",
])
def test_people_picked_up_by_police_are_arrested(text):
    assert sub(text) == "Arrests"


@pytest.mark.parametrize("text", [
    "On 7 June 2024, the Wagner Group relocated fighters from Bamako to Kidal region.",
    "The army repositioned troops from Tillaberi to the border with Benin.",
])
def test_forces_relocated_are_a_change_of_activity(text):
    assert sub(text) == "Change to group/activity"


@pytest.mark.parametrize("text", [
    "On 10 June 2024, in Tamaulipas, a group of armed men took away a family of five from their home.",
    "Bandits seized a couple on their farm near Kagarko on Sunday.",
])
def test_families_taken_away_are_abducted(text):
    assert sub(text) == "Abduction/forced disappearance"


# Notes of two sentences: the event in the first, its toll or its end in the second.
@pytest.mark.parametrize("text", [
    "On 3 June 2024, unidentified gunmen stormed a wedding in Kwall (Bassa, Plateau). 5 guests were killed and 8 injured.",
    "On 5 June 2024, suspected militants ambushed a bus on the road to Bouroum. 12 passengers were killed.",
    "On 6 June 2024, a group of armed men attacked a mining site near Kombissiri. At least 9 miners were killed.",
    "Gunmen raided a bar in Soacha on Saturday night. Four customers died.",
])
def test_armed_men_attacking_a_gathering_a_bus_or_a_public_place_attack_civilians(text):
    assert sub(text) == "Attack"


def test_armed_men_ambushing_a_military_bus_fight_a_clash():
    assert sub("On 5 June 2024, militants ambushed a military bus near Bouroum. Four soldiers were killed.") == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 5 June 2024, armed men attacked a village in Bandiagara. The local Dan Na Ambassagou militia confronted them and three militiamen died.",
    "Bandits raided a hamlet near Gusau overnight. Vigilantes confronted the attackers, and two bandits were killed.",
])
def test_an_attack_confronted_by_defenders_becomes_a_clash(text):
    assert sub(text) == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 6 June 2024, in Hong Kong, several activists protested outside the court. Police took three of them away.",
    "Relatives of the missing protested outside the governor's office in Jos. Officers dragged two women away.",
])
def test_protesters_taken_away_by_police_next_sentence(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "On 10 June 2024, police in Lusaka raided the home of an opposition politician. He was taken into custody on charges of sedition.",
    "Detectives raided the offices of an opposition newspaper in Kampala and arrested its editor.",
])
def test_a_police_raid_that_hurts_no_one_is_an_arrest_not_an_attack(text):
    assert sub(text) == "Arrests"


def test_a_police_raid_with_shooting_stays_violent():
    text = "Police raided a house in Nairobi's Eastleigh and shot dead two men they said were robbers."
    assert sub(text) != "Arrests"


# Protest repertoires from many regions, ACLED-note style.
@pytest.mark.parametrize("text", [
    "On 3 June 2024, in Patiala, farmers wore black badges and observed a black day against the new procurement policy.",
    "On 4 June 2024, in Shimla, members of the teachers' federation submitted a memorandum to the deputy commissioner demanding regularisation.",
    "On 7 June 2024, in Madrid, taxi drivers honked their horns in a slow convoy along the Castellana to demand tighter rules for ride-hailing firms.",
    "On 8 June 2024, in Buenos Aires, social organisations carried out a road cut on the Pueyrredon bridge demanding food for soup kitchens.",
    "On 9 June 2024, in Bogota, indigenous people of the Minga arrived in the city to demand protection for their leaders.",
    "On 11 June 2024, in Nairobi, a few activists chained themselves to the gates of parliament against a new tax law.",
    "On 3 June 2024, in Colombo, opposition supporters staged a satyagraha near the Fort railway station.",
    "On 4 June 2024, in Kathmandu, students of the Nepal Student Union burnt an effigy of the education minister.",
    "On 6 June 2024, in Paris, around 50 undocumented workers occupied the lobby of a company demanding residence permits.",
    "On 8 June 2024, residents of Bweyale blocked the Kampala-Gulu highway with logs after a pupil was knocked down by a speeding truck.",
])
def test_protest_repertoires(text):
    assert sub(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Soldiers blocked the highway near Kidal after the ambush on Monday.",
    "The two ministries signed a memorandum of understanding on road maintenance in Lusaka.",
])
def test_things_that_look_like_a_protest_repertoire_but_are_not(text):
    assert all(r.sub_event_type != "Peaceful protest" for r in event_reports(text, PUB))


def test_a_lone_picketer_detained_is_an_intervention():
    text = "On 4 June 2024, in Moscow, police detained a lone picketer holding a sign against the war."
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, a gun duel between soldiers and kidnappers took place in Ekiti forest; two kidnappers were shot.",
    "Police engaged armed robbers in a gun duel on the Benin-Ore road, killing one.",
])
def test_a_gun_duel_is_a_clash(text):
    assert sub(text) == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 6 June 2024, Burkinabe VDP volunteers were attacked by jihadists in Titao; 15 VDP died.",
    "Self-defence volunteers came under attack by terrorists near Djibasso.",
])
def test_volunteer_fighters_attacked_by_jihadists_fight_a_clash(text):
    assert sub(text) == "Armed clash"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, gunmen killed a Catholic seminarian in Kafanchan.",
    "Militants killed a village headman near Tillaberi on Thursday.",
])
def test_armed_men_killing_a_civilian_of_any_kind_attack(text):
    assert sub(text) == "Attack"


@pytest.mark.parametrize("text", [
    "On 5 June 2024, Myanmar soldiers killed 5 villagers in Sagaing after detaining them.",
    "Police detained and then executed two young men in Kasai, relatives said.",
])
def test_detainees_killed_are_an_attack_not_an_arrest(text):
    assert sub(text) == "Attack"


@pytest.mark.parametrize("text", [
    "On 4 June 2024, two children were killed by an unexploded mortar round in Mopti.",
    "An unexploded shell went off as farmers cleared a field near Izium, killing one.",
    "Explosive remnants of war killed a shepherd in the hills above Taiz.",
])
def test_unexploded_ordnance_that_goes_off_is_an_ied(text):
    assert sub(text) == "Remote explosive/landmine/IED"


def test_unexploded_ordnance_defused_is_disrupted():
    assert sub("Deminers defused an unexploded shell found in a school yard in Kherson.") == "Disrupted weapons use"


def test_people_fleeing_threats_by_an_armed_group_are_displaced():
    assert sub("On 10 June 2024, about 5,000 people fled Djibo following threats by JNIM.") == "Other"


# Latin American notes, often translated from Spanish or Portuguese.
@pytest.mark.parametrize("text", [
    "On 6 June 2024, in Rio de Janeiro, military police officers were received with gunshots when entering the Mare complex.",
    "On 7 June 2024, in Cauca, FARC dissidents attacked a police station with explosives and rifles.",
    "On 8 June 2024, in Tumaco, two armed groups disputed the control of a neighbourhood, leaving four dead.",
    "On 9 June 2024, in Arauca, the army had combat with the ELN in a rural area.",
])
def test_latin_american_phrasings_of_a_clash(text):
    assert sub(text) == "Armed clash"


def test_reported_missing_after_being_taken_by_armed_men_is_an_abduction():
    text = "On 8 June 2024, in Zacatecas, five young people were reported missing after being taken by armed men."
    assert sub(text) == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    "On 7 June 2024, in Chimaltenango, villagers burned a patrol car after a man died in police custody.",
    "Residents stoned a police post in Kisii after the death of a boda boda rider in custody.",
])
def test_a_death_in_custody_is_the_crowds_grievance_not_an_arrest(text):
    assert sub(text) == "Mob violence"


# South Asian notes.
def test_a_group_of_men_torturing_a_suspected_thief_is_a_mob():
    assert sub("On 8 June 2024, in Karachi, a group of men tortured a boy accused of theft.") == "Mob violence"


@pytest.mark.parametrize("text", [
    "On 9 June 2024, in Srinagar, youths pelted stones at security forces after Friday prayers while raising slogans.",
    "On 10 June 2024, in Rangpur, BNP activists vandalised a bus during a hartal.",
    "Supporters of the opposition torched two rickshaws during the bandh in Bogura.",
])
def test_stones_and_vandalism_during_a_hartal_or_with_slogans_are_a_violent_demonstration(text):
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "On 6 June 2024, in Manila, activists held a lightning rally near the US embassy.",
    "Students staged a lightning protest outside the education department in Quezon City.",
])
def test_a_lightning_rally_is_a_protest_not_a_storm(text):
    assert sub(text) == "Peaceful protest"


def test_lightning_that_kills_stays_a_disaster():
    assert not event_reports("Lightning killed two farmers tending their fields near Gaya on Sunday.", PUB)


# The families of the armed are civilians; 'suspected to be' says who the attackers were.
@pytest.mark.parametrize("text", [
    "On 4 June 2024, gunmen suspected to be IPOB members killed two soldiers' wives at a market in Orlu.",
    "Militants shot dead a policeman's son outside a school in Dera Ismail Khan.",
])
def test_killing_relatives_of_soldiers_or_police_is_an_attack(text):
    ev = first_event(text, PUB)
    assert ev.sub_event_type == "Attack"
    assert ev.modality != "speculative"


def test_police_who_suspect_that_militants_attacked_is_still_speculation():
    found = event_reports("Police suspect that militants may have attacked the convoy near Wana.", PUB)
    assert not found


# Strategic developments in other words.
def test_an_understanding_reached_is_an_agreement():
    text = "On 5 June 2024, the Taliban and a local militia reached an understanding to share control of a market in Badakhshan."
    assert sub(text) == "Agreement"


def test_captives_released_by_an_armed_group_are_no_abduction():
    text = "On 7 June 2024, the ELN released two soldiers it had held captive, handing them over to a humanitarian commission."
    assert sub(text) == "Other"


@pytest.mark.parametrize("text", [
    "On 12 June 2024, JNIM announced the dissolution of one of its katibas in central Mali.",
    "On 4 June 2024, hundreds of new recruits joined the VDP in Dori.",
    "On 5 June 2024, the Russian Wagner group withdrew its fighters from Mali.",
])
def test_changes_in_a_groups_make_up_or_presence(text):
    assert sub(text) == "Change to group/activity"


def test_farmland_destroyed_is_property_destruction():
    assert sub("On 11 June 2024, suspected herders destroyed farmland in Benue.") == "Looting/property destruction"


# Headlines: workers who 'strike'; arrests 'at' a rally.
@pytest.mark.parametrize("text", [
    "Nurses strike for third day in Nairobi over pay",
    "Dock workers strike at Durban port, halting container traffic",
    "University lecturers strike across Nigeria over unpaid allowances",
])
def test_workers_who_strike_protest(text):
    assert sub(text) == "Peaceful protest"


def test_an_air_strike_on_workers_is_no_strike_action():
    assert sub("A drone strike hit workers at a fuel depot near Marib, killing four.") == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "Hong Kong police arrest 200 at pro-democracy rally",
    "Police detained 12 people at a vigil for the victims in Minsk.",
])
def test_arrests_at_a_rally_are_an_intervention(text):
    assert sub(text) == "Protest with intervention"


def test_an_arrest_at_home_before_a_rally_stays_an_arrest():
    assert sub("Police arrested the opposition leader at his home ahead of a rally in Kampala.") == "Arrests"


# Forces whipping, slapping or assaulting people, and riders as victims.
@pytest.mark.parametrize("text", [
    "On 3 June 2024, in Nairobi, police officers whipped residents found outside during curfew hours.",
    "On 4 June 2024, in Kampala, Local Defence Unit personnel assaulted a boda boda rider for violating the lockdown.",
    "Soldiers flogged two traders at a market in Maiduguri for hoarding fuel.",
])
def test_forces_whipping_or_assaulting_civilians_attack(text):
    assert sub(text) == "Attack"


# An army named for a cause, or a named rebel army, takes territory as a non-state actor.
@pytest.mark.parametrize("text", [
    "On 3 June 2024, the Arakan Army took control of the town of Paletwa.",
    "The Kachin Independence Army captured the town of Hpakant on Monday.",
])
def test_rebel_armies_overtake_territory(text):
    assert sub(text) == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "On 3 June 2024, the Myanmar army took control of the town of Paletwa.",
    "The Sudanese army recaptured the town of Wad Madani from the RSF.",
])
def test_state_armies_regain_territory(text):
    assert sub(text) == "Government regains territory"


@pytest.mark.parametrize("text", [
    "On 11 June 2024, Russian forces dropped guided aerial bombs on Vovchansk.",
    "Regime helicopters dropped barrel bombs on the town of Kafr Nabl.",
    "Glide bombs hit an apartment block in Kharkiv overnight.",
])
def test_bombs_dropped_from_the_air_are_air_strikes(text):
    assert sub(text) == "Air/drone strike"


def test_a_bomb_that_went_off_in_a_market_stays_an_ied():
    assert sub("A bomb went off in a crowded market in Mogadishu, killing five.") == "Remote explosive/landmine/IED"
