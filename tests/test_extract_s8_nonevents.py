"""News snippets of the five kinds ACLED does not code (man-made disasters, natural disasters,
diplomacy, organised crime, claims and attributions of responsibility), in styles unlike
tests/test_extract_s6_styles.py: one-line summaries, headlines with numbers, quotes, passive.
And the events told with the same words that must stay coded. All sentences were written for
these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import event_reports, first_event

PUB = date(2024, 6, 12)

MAN_MADE = [
    "Nine workers died on Monday when a gas cylinder exploded at a restaurant kitchen in Karachi.",
    "Blast at fireworks warehouse kills 12 in Sivakasi",
    '"The building simply folded like paper," a rescuer said after the collapse left 14 people dead in Lagos.',
    "A fuel tanker exploded on the highway near Kaduna, killing 30 people who were scooping petrol.",
    "Eleven patients were killed when fire swept through a hospital ward in Bucharest, officials said.",
    "Train crash: 40 dead as passenger train hits freight wagon in Odisha",
    "An overloaded boat carrying 80 passengers capsized on Lake Albert; 20 bodies were recovered.",
    "Gas explosion at apartment block kills 7 in Dnipro, emergency services say",
    "Bus carrying pilgrims falls into gorge in Jammu; 22 killed",
    "A passenger jet skidded off the runway in Kathmandu, injuring 15.",
    "A gas main blew up under a street in Taipei, injuring 12.",
    "A tanker truck carrying petrol overturned and caught fire near Mombasa, killing 13.",
    "A bridge under construction collapsed onto a highway in Bihar, killing two workers.",
    "Fourteen people were electrocuted when a power cable fell on a bus in Bihar.",
    "A helicopter carrying tourists crashed into a mountain in Nepal, killing all six on board.",
]
NATURAL = [
    "Flash floods swept away 23 people in Kabul province on Tuesday, the disaster ministry said.",
    "Quake of magnitude 6.2 kills 300 in western Afghanistan",
    "6.8 tremor rocks southern Peru; 11 dead",
    '"We have lost everything," said a farmer after the cyclone destroyed 5,000 homes in Mozambique.',
    "Lightning strikes kill 17 in Bihar in one day",
    "Extreme heat killed more than 100 pilgrims on the road to Mecca, officials said.",
    "Floodwaters overran the town of Beledweyne, forcing 200,000 people from their homes.",
    "The storm destroyed 3,000 houses and killed 41 people across Bangladesh's coast.",
    "Rescuers battled strong winds to reach villagers trapped by the avalanche in Gilgit.",
    "Wildfire forces evacuation of 30,000 near Athens as firefighters battle flames",
    "The hurricane tore roofs off hundreds of houses and killed three people in Haiti.",
    "Dozens feared dead after tropical storm hits Philippines",
]
DIPLOMACY = [
    "The foreign ministers of Kenya and Ethiopia met in Addis Ababa on Tuesday to discuss border trade.",
    "EU imposes new sanctions on 15 Russian officials",
    '"We will not accept interference in our affairs," the spokesman said after Bamako expelled the French ambassador.',
    "China recalls envoy from Lithuania over Taiwan office",
    "South Africa and Nigeria sign deal to boost trade",
    "The G7 ministers issued a joint statement calling for an immediate halt to the fighting.",
    "Kinshasa recalled its ambassador from Kigali, accusing Rwanda of backing the rebels.",
    "The two presidents signed a border demarcation treaty in Bishkek on Thursday.",
    "The Sudanese army delegation walked out of the talks in Jeddah on Thursday.",
    "Moscow expels 10 Polish diplomats in tit-for-tat move",
    "Ankara summons Swedish ambassador over Koran burning",
    "The mediators proposed a new truce plan to the warring parties, officials said.",
]
CRIME = [
    "A cartel money launderer was extradited to the United States on Thursday.",
    "Customs officers arrest smuggler with 40 kg of heroin at Entebbe airport",
    "Interpol operation dismantles online fraud ring spanning 14 countries",
    "Gang boss arrested at luxury villa in Dubai",
    "A man was robbed at gunpoint of his car in Johannesburg late on Friday.",
    "Five members of a kidnapping ring were sentenced to 30 years in prison in Mexico City.",
    "Poachers killed three rhinos in Kruger National Park at the weekend.",
    "Fraudsters stole 5 million dollars from pensioners in a phone scam, police said.",
    "A gang of car thieves was busted in Nairobi, with seven arrests and 20 vehicles recovered.",
]
CLAIMS = [
    "Islamic State claimed responsibility for Sunday's bombing in a statement on its Amaq agency.",
    "Government blames separatists for bridge explosion",
    "Boko Haram faction claims kidnapping of 80 pupils in video message",
    '"We did it," the group said in an audio message, claiming the ambush that killed ten soldiers.',
    "Daesh says its fighters were behind Kabul hospital attack",
    "The government accused the opposition of inciting last week's riots.",
    "The Baloch Liberation Army claimed the killing of two Chinese engineers on its Telegram channel.",
    "Officials held the separatists responsible for the bombing of the railway line.",
    "The Kremlin blamed Ukrainian saboteurs for the explosion on the railway line.",
    "US officials said Iran-backed militias were behind the drone attack on the base.",
]


# Conflict words used as figures of speech (news snippets outside the five kinds, same words).
FIGURES = [
    "Two tech giants are locked in a legal battle over patents.",
    "The candidates clashed over taxes during the televised debate.",
    "The film bombed at the box office despite strong reviews.",
    "The central bank fought inflation by raising rates again.",
    "Police launched a campaign against drunk driving ahead of the holidays.",
    "The government deployed 500 health workers to fight the cholera outbreak.",
    "Doctors said the patient died of natural causes in custody.",
    "The opposition attacked the government's budget as reckless in a heated parliamentary debate.",
    "The ruling party's youth wing launched a scathing attack on the opposition leader on social media.",
    "Critics say the reform is an assault on press freedom.",
    "The bill was killed in the senate committee on Thursday.",
]


@pytest.mark.parametrize("text", MAN_MADE + NATURAL + DIPLOMACY + CRIME + CLAIMS + FIGURES)
def test_non_acled_snippets_are_not_coded(text):
    found = event_reports(text, PUB)
    assert not found, f"{found[0].sub_event_type}: {found[0].reason}"


# The same words around a real event leave it coded.
@pytest.mark.parametrize("text, sub", [
    ("Gunmen robbed a trader at gunpoint and shot him dead in Kano on Sunday.", "Attack"),
    ("Police arrested three opposition members accused of inciting last week's riots.", "Arrests"),
    ("Thousands of people marched in Belgrade calling for an immediate halt to the arms exports.", "Peaceful protest"),
    ("Soldiers stormed the village of Kpana at dawn and shot dead four farmers.", "Attack"),
    ("Warplanes struck the runway of the airport in Misrata overnight.", "Air/drone strike"),
    ("Opposition MPs staged a walkout from parliament in Accra to protest against the budget.", "Peaceful protest"),
    ("Police in Manila shot dead a street vendor who resisted arrest, witnesses said.", "Attack"),
    ("Rival militias clashed over control of the port in Zawiya, leaving six dead.", "Armed clash"),
    ("Two factions of the ruling party clashed over control of a market in Comilla, injuring 20.", "Mob violence"),
    ("Station guards in Recife physically assaulted a woman busker and hurled verbal attacks at her.", "Attack"),
    ("A mob beat to death a man accused of causing a storm by witchcraft in Kasungu.", "Mob violence"),
    # (a claim in a statement of what forces did, not of an attack's authorship, stays the act)
    ("In a statement, the defence ministry claimed that its air defences had shot down three drones over Belgorod.", "Disrupted weapons use"),
])
def test_events_told_with_the_same_words_stay_coded(text, sub):
    assert first_event(text, PUB).sub_event_type == sub
