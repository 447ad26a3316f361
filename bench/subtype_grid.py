"""A probe grid for the rarer ACLED sub-event types, in news style (issue #3).

    python bench/subtype_grid.py [--types "Grenade,Arrests"] [--misses-only] [--show N] [--json FILE]

Every sentence here was written for this grid (invented places, generic actors). For each
sub-event type, a few *frames* (an actor, a verb in its forms, an object) are rendered in six
styles: a wire lead ("TOWN, Country (Reuters) - ..."), a headline (also in Title Case), a one-line
summary, the passive, a quote with "said", and a past-tense report with a date. Near-misses are sentences
that look like a rare type but are something else (or no event at all: disasters, diplomacy,
organised crime, claims of responsibility); each says which type it must NOT get and, when it
must get one, which. The script prints per-type accuracy of the current rules (the first event
report's sub-event type) and, with --show, the sentences it gets wrong.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PUB = date(2024, 3, 13)
NONE = "(no event)"

# Places: invented or small towns, with a country for the wire dateline.
PLACES = [("Korma", "Sudan"), ("Bantiri", "Nigeria"), ("Lasho", "Myanmar")]
DAYS = ["on Monday", "on Saturday"]
DATES = ["On 4 March 2024", "On 11 March"]


def frame(subj, past, pres, obj="", pp=None, be="was", target=None):
    """One event: subject(s), the verb past and present (headline) forms with its object, the
    passive participle phrase (None: no passive style) and the passive's subject when it is
    not the object's head."""
    return dict(subj=subj, past=past, pres=pres, obj=obj, pp=pp, be=be, target=target)


FRAMES: dict[str, list[dict]] = {
    "Chemical weapon": [
        frame(["the army", "regime forces"], "carried out a suspected chlorine attack on", "carry out suspected chlorine attack on", "the town", "hit in a suspected chlorine attack", target="the town"),
        frame(["a gas attack", "a toxic gas attack"], "killed", "kills", "20 people in the rebel enclave", "killed in a poison gas attack", be="were", target="20 people"),
        frame(["government forces", "the army"], "used chlorine gas against", "use chlorine gas against", "a rebel-held suburb", "attacked with chlorine gas"),
        frame(["regime helicopters", "troops"], "dropped canisters of toxic gas on", "drop toxic gas canisters on", "two villages", "hit with canisters of toxic gas", be="were"),
        frame(["the militants", "insurgents"], "fired shells containing sarin at", "fire sarin-filled shells at", "army positions", "struck with shells carrying a nerve agent", be="were"),
    ],
    "Air/drone strike": [
        frame(["an air strike", "a drone attack"], "killed", "kills", "eight civilians at a wedding", "killed in an air strike", be="were", target="eight civilians"),
        frame(["coalition aircraft", "Russian aircraft"], "pounded", "pound", "rebel positions", "pounded by aircraft", be="were"),
        frame(["a drone", "an unmanned aircraft"], "dropped explosives on", "drops explosives on", "a school", None),
        frame(["warplanes", "military jets"], "bombed", "bomb", "a market", "bombed from the air"),
        frame(["an armed drone", "a Turkish drone"], "struck", "strikes", "a car carrying three fighters", "hit by a drone strike"),
        frame(["the air force", "fighter jets"], "carried out air strikes on", "pound", "rebel hideouts", "targeted in air strikes", be="were"),
        frame(["helicopter gunships", "army helicopters"], "fired rockets at", "fire rockets at", "a convoy of fighters", "attacked by helicopter gunships"),
    ],
    "Suicide bomb": [
        frame(["a suicide blast", "a suicide attack"], "killed", "kills", "11 worshippers at a mosque", "killed in a suicide attack", be="were", target="11 worshippers"),
        frame(["a teenage bomber", "a bomber on foot"], "blew himself up among", "blows himself up among", "army recruits", None),
        frame(["a suicide bomber", "a female bomber"], "blew herself up at", "blows herself up at", "a crowded market", None),
        frame(["a man wearing an explosive vest", "an attacker"], "detonated his explosives at", "detonates his explosives at", "a police checkpoint", None),
        frame(["a suicide car bomber", "a bomber"], "rammed an explosives-laden vehicle into", "rams explosives-laden truck into", "an army base", "struck by a suicide car bomb"),
    ],
    "Grenade": [
        frame(["a grenade blast", "a grenade explosion"], "wounded", "wounds", "six people at a bus stop", "wounded in a grenade blast", be="were", target="six people"),
        frame(["suspected rebels", "assailants"], "tossed grenades into", "toss grenades into", "a polling station", "hit by two grenades"),
        frame(["unknown assailants", "gunmen on a motorbike"], "hurled a grenade into", "hurl grenade into", "a crowded bar", "hit by a hand grenade"),
        frame(["militants", "an attacker"], "lobbed a grenade at", "lob grenade at", "a police patrol", "targeted with a grenade"),
        frame(["a man", "unidentified men"], "threw a hand grenade at", "throw grenade at", "the home of a local official", "attacked with a grenade", be="was"),
    ],
    "Remote explosive/landmine/IED": [
        frame(["a bomb planted on a motorbike", "a bomb attached to a car"], "exploded outside", "explodes outside", "a mosque, killing two", None),
        frame(["a blast", "an explosion"], "ripped through", "rips through", "a crowded bus", None),
        frame(["a military vehicle", "an army truck"], "hit a mine on", "hits landmine on", "the road", None),
        frame(["a roadside bomb", "an improvised explosive device"], "struck", "hits", "a military convoy", "hit by a roadside bomb"),
        frame(["a landmine", "a buried mine"], "killed", "kills", "three herders", "killed by a landmine", be="were"),
        frame(["a car bomb", "a bomb hidden in a cart"], "exploded near", "explodes near", "a bus station", None),
        frame(["militants", "insurgents"], "detonated a remote-controlled bomb targeting", "detonate remote bomb targeting", "an army truck", "hit by a remotely detonated bomb"),
    ],
    "Sexual violence": [
        frame(["gunmen", "soldiers"], "gang-raped", "gang-rape", "a woman", "gang-raped"),
        frame(["militia members", "armed men"], "forced", "force", "girls into sexual slavery", None),
        frame(["troops", "fighters"], "subjected", "subject", "detainees to sexual violence", "subjected to sexual violence", be="were", target="detainees"),
        frame(["soldiers", "militiamen"], "raped", "rape", "two women", "raped", be="were"),
        frame(["armed men", "fighters"], "sexually assaulted", "sexually assault", "a teenage girl", "sexually assaulted"),
        frame(["a police officer", "a prison guard"], "sexually abused", "sexually abuses", "a female detainee", "sexually abused"),
    ],
    "Abduction/forced disappearance": [
        frame(["armed men", "gunmen"], "snatched", "snatch", "a priest", "snatched"),
        frame(["suspected jihadists", "bandits"], "carried off", "carry off", "20 villagers", "carried off", be="were"),
        frame(["security forces", "state agents"], "forcibly disappeared", "forcibly disappear", "a human rights lawyer", "forcibly disappeared"),
        frame(["gunmen", "bandits"], "kidnapped", "kidnap", "14 travellers", "kidnapped", be="were"),
        frame(["armed men", "suspected militants"], "abducted", "abduct", "a village chief", "abducted"),
        frame(["security agents", "men in plain clothes"], "seized", "seize", "a student activist and took him to an unknown location", None),
        frame(["jihadists", "rebels"], "took hostage", "take hostage", "five aid workers", "taken hostage", be="were"),
    ],
    "Excessive force against protesters": [
        frame(["police", "security forces"], "beat", "beat", "protesters with batons, injuring dozens", "beaten with batons", be="were", target="protesters"),
        frame(["troops", "police"], "shot dead", "shoot dead", "a teenager during a protest", "shot dead during a protest", target="a teenager"),
        frame(["police", "soldiers"], "opened fire on", "open fire on", "peaceful demonstrators, killing three", "shot dead by police", be="were"),
        frame(["security forces", "riot police"], "killed", "kill", "two protesters", "killed", be="were"),
        frame(["police", "troops"], "fired live rounds at", "fire live rounds at", "marchers, wounding 12", None),
    ],
    "Protest with intervention": [
        frame(["police", "security forces"], "detained dozens of", "detain dozens of", "demonstrators", "detained", be="were", target="dozens of demonstrators"),
        frame(["police", "troops"], "used water cannon on", "use water cannon on", "students protesting fee increases", "dispersed with water cannon", be="were", target="students protesting fee increases"),
        frame(["police", "riot police"], "fired tear gas to disperse", "fire tear gas to disperse", "protesters demanding water", "dispersed with tear gas", be="were"),
        frame(["police", "security forces"], "arrested 30 people at", "arrest 30 at", "a protest against fuel prices", None),
        frame(["police", "officers"], "broke up", "break up", "a sit-in by teachers", "broken up by police"),
    ],
    "Violent demonstration": [
        frame(["protesters", "demonstrators"], "clashed with", "clash with", "police", None),
        frame(["protesters", "demonstrators"], "smashed windows and looted shops during", "smash windows, loot shops in", "a protest against the election result", None),
        frame(["stone-throwing protesters", "demonstrators"], "pelted", "pelt", "police with rocks", "pelted with stones", be="were", target="police"),
        frame(["protesters", "demonstrators"], "set fire to", "torch", "a police station", "set on fire by protesters"),
        frame(["angry protesters", "demonstrators"], "threw stones at", "throw stones at", "police", None),
        frame(["rioters", "protesters"], "ransacked", "ransack", "the governor's office during a protest over power cuts", "ransacked by protesters"),
    ],
    "Mob violence": [
        frame(["a mob", "residents"], "set upon", "set upon", "two suspected thieves", "set upon by a mob", be="were"),
        frame(["supporters of rival parties", "rival groups of villagers"], "fought with machetes", "fight with machetes", "", None),
        frame(["a crowd", "angry villagers"], "attacked", "attack", "a health worker", "attacked by a crowd"),
        frame(["a mob", "an angry crowd"], "lynched", "lynch", "a man accused of theft", "lynched by a mob"),
        frame(["villagers", "a crowd of residents"], "beat to death", "beat to death", "a suspected cattle thief", "beaten to death by villagers"),
        frame(["a mob", "youths"], "burned", "burn", "the house of a woman accused of witchcraft", "burned by a mob"),
    ],
    "Non-state actor overtakes territory": [
        frame(["the town", "the district centre"], "fell to", "falls to", "the rebels", None),
        frame(["Taliban fighters", "al-Shabaab militants"], "seized", "seize", "the town", "seized by militants"),
        frame(["insurgents", "rebels"], "now control", "now control", "the town", None),
        frame(["rebels", "jihadist fighters"], "captured", "capture", "the town", "captured by rebels"),
        frame(["insurgents", "militants"], "took control of", "take control of", "the district headquarters", None),
        frame(["the rebels", "militia fighters"], "overran", "overrun", "an army base", "overrun by militants"),
    ],
    "Government regains territory": [
        frame(["troops", "the army"], "drove", "drive", "the militants out of the town", None),
        frame(["the military", "government forces"], "reclaimed", "reclaim", "the town", "reclaimed by government forces"),
        frame(["soldiers", "the army"], "cleared", "clear", "the area of insurgents", None),
        frame(["the army", "government troops"], "recaptured", "recapture", "the town from the rebels", "recaptured by the army"),
        frame(["soldiers", "security forces"], "retook", "retake", "the village from jihadists", "retaken by troops"),
        frame(["the military", "government forces"], "regained control of", "regain control of", "the district from insurgents", None),
    ],
    "Non-violent transfer of territory": [
        frame(["the rebels", "the militants"], "abandoned", "abandon", "the town without a fight", None),
        frame(["government troops", "the army"], "took over", "take over", "positions vacated by departing peacekeepers", None),
        frame(["the militia", "the rebels"], "handed control of", "hand control of", "the town to the army", None),
        frame(["peacekeepers", "foreign troops"], "handed over", "hand over", "their base to the national army", "handed over to local forces"),
        frame(["the rebels", "the militia"], "withdrew from", "withdraw from", "the town under a local truce", None),
        frame(["government forces", "the army"], "pulled out of", "pull out of", "the border town", None),
    ],
    "Agreement": [
        frame(["the warring sides", "the two factions"], "agreed to a truce", "agree to truce", "", None),
        frame(["the rebels and the government", "the two sides"], "reached a deal to", "reach deal to", "release hostages", None),
        frame(["the army and rival militias", "the two armed groups"], "agreed a ceasefire", "agree ceasefire", "", None),
        frame(["the government and the rebels", "the two sides"], "signed a ceasefire agreement", "sign ceasefire deal", "", None),
        frame(["the army and the militia", "the warring parties"], "agreed to exchange", "agree to exchange", "prisoners", None),
        frame(["the rebels", "the militia"], "signed a peace deal with", "sign peace deal with", "the government", "signed by the rebels and the government", target="a peace deal"),
    ],
    "Arrests": [
        frame(["police", "security forces"], "took into custody", "take into custody", "a former minister", "taken into custody"),
        frame(["authorities", "police"], "apprehended", "apprehend", "three suspected militants", "apprehended", be="were"),
        frame(["police", "security forces"], "arrested", "arrest", "an opposition leader", "arrested"),
        frame(["soldiers", "intelligence agents"], "detained", "detain", "a journalist", "detained"),
        frame(["police", "the army"], "rounded up", "round up", "20 suspected rebel collaborators", "rounded up", be="were"),
    ],
    "Change to group/activity": [
        frame(["the army", "the government"], "sent reinforcements to", "send reinforcements to", "the town", None),
        frame(["the rebel group", "the militia"], "appointed", "appoint", "a new leader", "appointed"),
        frame(["the army", "the ministry of defence"], "mobilised", "mobilise", "reservists", "mobilised", be="were"),
        frame(["two rebel groups", "rival militias"], "merged into", "merge into", "a single coalition", None),
        frame(["the army", "the government"], "deployed", "deploy", "2,000 troops to the border", "deployed to the border", be="were"),
        frame(["two armed groups", "rival factions"], "announced a merger", "announce merger", "", None),
        frame(["the rebels", "the militia"], "named", "name", "a new commander", "named as new commander"),
    ],
    "Disrupted weapons use": [
        frame(["air defences", "the army"], "intercepted", "intercept", "three missiles", "intercepted", be="were"),
        frame(["police", "soldiers"], "foiled", "foil", "a bomb plot", "foiled"),
        frame(["bomb disposal experts", "army engineers"], "destroyed", "destroy", "an unexploded shell", "made safe"),
        frame(["soldiers", "police"], "defused", "defuse", "a roadside bomb", "defused"),
        frame(["air defences", "troops"], "shot down", "shoot down", "two drones", "shot down", be="were"),
        frame(["police", "security forces"], "seized", "seize", "a cache of explosives and rifles", "seized"),
    ],
    "Headquarters or base established": [
        frame(["the army", "soldiers"], "built", "build", "a new military post", "built"),
        frame(["rebels", "militants"], "set up a base in", "set up base in", "an abandoned school", None),
        frame(["the army", "troops"], "set up", "set up", "a new base", "set up"),
        frame(["the militants", "rebels"], "established", "establish", "a headquarters", "established"),
        frame(["the militia", "the armed group"], "opened", "open", "a training camp", "opened"),
    ],
    "Looting/property destruction": [
        frame(["gunmen", "fighters"], "ransacked", "ransack", "a clinic", "ransacked"),
        frame(["soldiers", "militiamen"], "set fire to", "torch", "homes", "set ablaze", be="were"),
        frame(["rebels", "unidentified attackers"], "destroyed", "destroy", "a telecom mast", "destroyed"),
        frame(["gunmen", "armed men"], "looted", "loot", "shops", "looted", be="were"),
        frame(["soldiers", "militiamen"], "burned down", "burn down", "30 homes", "burned down", be="were"),
        frame(["rebels", "bandits"], "pillaged", "pillage", "a health centre", "pillaged"),
    ],
    "Other": [
        frame(["the rebels", "the government"], "released", "release", "50 prisoners", "released", be="were"),
        frame(["thousands of people", "families"], "fled", "flee", "the town after clashes", None),
        frame(["thousands of residents", "villagers"], "fled", "flee", "their homes as fighting approached", None),
        frame(["border guards", "soldiers"], "fired warning shots at", "fire warning shots at", "a boat; no one was hit", None),
    ],
}


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "with", "from", "into", "as"}


def title_case(text: str) -> str:
    """A headline as many outlets write it: Each Word Capitalised but the small ones."""
    return " ".join(w if i and w.lower() in SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(text.split()))


def render(sub: str, f: dict) -> list[tuple[str, str]]:
    """(style, sentence) pairs for each subject of a frame."""
    out = []
    for i, subj in enumerate(f["subj"]):
        town, country = PLACES[i % len(PLACES)]
        day, when = DAYS[i % len(DAYS)], DATES[i % len(DATES)]
        obj = (" " + f["obj"]) if f["obj"] else ""
        out.append(("wire", f"{town.upper()}, {country} (Reuters) - {cap(subj)} {f['past']}{obj} in {town} {day}, officials said."))
        out.append(("headline", f"{cap(subj).replace('The ', '')} {f['pres']}{obj} in {town}"))
        out.append(("title", title_case(f"{cap(subj).replace('The ', '')} {f['pres']}{obj} in {town}")))
        out.append(("summary", f"{cap(subj)} {f['past']}{obj} in {town}."))
        if f["pp"]:
            target = f["target"] or (f["obj"].split(" from ")[0].split(",")[0].split(" and ")[0] if f["obj"] else "a position")
            # 'the town' as the passive's subject; 'by <subject>' when the participle lacks one.
            by = "" if " by " in f["pp"] else f" by {subj}"
            out.append(("passive", f"{cap(target)} {f['be']} {f['pp']}{by} in {town} {day}."))
        out.append(("quote", f"\"{cap(subj)} {f['past']}{obj},\" a local official in {town} said."))
        out.append(("dated", f"{when}, {subj} {f['past']}{obj} near {town}."))
    return out


# Free-written news sentences, one per line of thought, not built from frames: nominal leads,
# tolls first, agency attributions, background clauses (styles the frames cannot make).
FREE: dict[str, list[str]] = {
    "Chemical weapon": [
        "Dozens treated for breathing difficulties after suspected chlorine attack on Korma",
        "Medics in the rebel-held town of Bantiri reported 30 cases of nerve gas exposure after Tuesday's bombardment.",
        "Inspectors concluded that sarin was used in the attack on Lasho last April.",
        "Residents described a yellow cloud and a smell of bleach after shells landed in Korma, activists said.",
        "Two children died of suffocation in what opposition groups called a poison gas strike on Bantiri.",
    ],
    "Air/drone strike": [
        "Eight killed in drone strike on wedding convoy near Korma",
        "Israeli jets struck targets in Bantiri overnight, the army said.",
        "At least 12 civilians died when a warplane hit a busy market in Lasho on Sunday.",
        "Saudi-led coalition raids pounded the capital for a third night.",
        "An unmanned aircraft targeted a vehicle carrying two militant commanders outside Korma, killing both.",
        "The air force said its aircraft destroyed an insurgent training camp near Bantiri.",
    ],
    "Suicide bomb": [
        "Suicide blast at Korma mosque kills 17 worshippers",
        "A bomber on foot blew himself up among police recruits queuing outside a training centre in Bantiri.",
        "Two female bombers detonated their explosives at a market in Lasho, killing nine people.",
        "The attacker drove a truck laden with explosives into the gate of the base before detonating it.",
        "Police said the assailant triggered an explosive vest when officers tried to search him.",
    ],
    "Grenade": [
        "Grenade attack on Bantiri bar wounds nine",
        "Two soldiers were hurt when a grenade was lobbed at their patrol in Lasho.",
        "An unidentified man threw a hand grenade into a crowd of shoppers in Korma, police said.",
        "A grenade hurled at the home of a ruling party official damaged the gate but caused no injuries.",
        "Militants attacked a police post in Bantiri with grenades late on Tuesday.",
    ],
    "Remote explosive/landmine/IED": [
        "Roadside bomb kills four soldiers in Korma",
        "Three children were killed when a landmine they were playing with exploded near Bantiri.",
        "A bomb concealed in a rubbish bin went off near a bus stop in Lasho, wounding six.",
        "An army vehicle struck an improvised explosive device on the road to Korma, killing two.",
        "A magnetic bomb attached to a car killed a district official in Bantiri.",
        "An explosion tore through a crowded market in Lasho on Friday, killing at least 11 people.",
    ],
    "Sexual violence": [
        "UN says soldiers raped at least 30 women in Korma region",
        "Rights groups documented dozens of cases of sexual violence by militiamen in Bantiri.",
        "A 15-year-old girl was raped by two men in uniform near a checkpoint in Lasho, her family said.",
        "Fighters forced women into sexual slavery after seizing the village, survivors told investigators.",
        "Two policemen were arrested for the gang rape of a detainee at a station in Korma.",
    ],
    "Abduction/forced disappearance": [
        "Gunmen kidnap 30 worshippers from church in Bantiri",
        "Armed men stormed a boarding school in Lasho and abducted dozens of pupils, police said.",
        "The whereabouts of the journalist remain unknown since security agents took him from his home in Korma.",
        "An aid worker was seized at gunpoint on the road to Bantiri on Tuesday.",
        "Bandits demanded a ransom for the release of 12 farmers taken from their fields near Lasho.",
    ],
    "Excessive force against protesters": [
        "Police kill five protesters in Korma as anger over election grows",
        "Security forces fired live ammunition at crowds protesting against the coup in Bantiri, killing three.",
        "A student died after being hit by a tear gas canister fired at close range during a protest in Lasho.",
        "Troops opened fire on demonstrators demanding the return of their land, wounding 14.",
        "Rights groups accused police of beating peaceful marchers unconscious in Korma on Saturday.",
    ],
    "Protest with intervention": [
        "Police fire tear gas at opposition supporters in Bantiri",
        "Dozens detained as police break up rally against fuel price rise",
        "Riot police used water cannon to disperse hundreds of students marching to parliament in Lasho.",
        "Officers arrested 40 climate activists who had blocked a motorway near Korma.",
        "Police dispersed a sit-in by unpaid teachers outside the education ministry in Bantiri.",
    ],
    "Violent demonstration": [
        "Protesters torch police station in Lasho after teenager's death",
        "Demonstrators hurled stones at security forces and set tyres ablaze in Korma.",
        "Angry protesters stormed the governor's office in Bantiri and smashed its windows.",
        "A protest against power cuts turned violent when demonstrators attacked a utility office in Lasho.",
        "Rioting protesters looted shops and burned cars in central Korma on Friday night.",
    ],
    "Mob violence": [
        "Mob lynches man accused of stealing motorcycle in Bantiri",
        "An angry crowd beat a suspected thief to death in Lasho market on Monday.",
        "Villagers set fire to the home of a man they accused of sorcery in Korma.",
        "Supporters of rival candidates fought with clubs and machetes in Bantiri, leaving two dead.",
        "Residents attacked a police station in Lasho to free a man they said had been wrongly detained.",
    ],
    "Non-state actor overtakes territory": [
        "Rebels seize key border town of Korma",
        "Jihadists took control of the town of Bantiri after soldiers withdrew, residents said.",
        "The district headquarters fell to insurgents on Sunday after two days of fighting.",
        "Militants now control most of Lasho district, a local official said.",
        "Armed groups overran an army outpost near Korma and raised their flag.",
    ],
    "Government regains territory": [
        "Army retakes Bantiri from rebels",
        "Government forces said they had recaptured the town of Lasho after a week-long offensive.",
        "Troops drove militants out of three villages near Korma, the defence ministry said.",
        "The military announced the liberation of Bantiri from insurgent control.",
        "Security forces regained control of the border crossing at Lasho on Thursday.",
    ],
    "Non-violent transfer of territory": [
        "Peacekeepers hand over Korma base to national army",
        "The rebels withdrew from Bantiri under a deal brokered by local elders.",
        "French troops completed their pullout from the base in Lasho on Friday.",
        "Government troops moved into Korma after the militia pulled out under the truce.",
        "The militia handed control of the airport to the army without incident.",
    ],
    "Agreement": [
        "Warring sides agree to 72-hour truce in Bantiri",
        "The government and the rebels signed a peace accord in Lasho on Monday.",
        "The two militias agreed to exchange prisoners, mediators said.",
        "Rival clans in Korma reached a ceasefire deal after talks brokered by elders.",
        "The army and the rebels agreed on a humanitarian corridor for civilians leaving Bantiri.",
    ],
    "Arrests": [
        "Police arrest opposition leader in Lasho",
        "Security forces detained five journalists covering the election in Korma.",
        "A prominent human rights lawyer was taken into custody at his home in Bantiri.",
        "Soldiers rounded up dozens of young men in a sweep of Lasho, accusing them of helping the rebels.",
        "Intelligence agents picked up two activists from a cafe in Korma on Monday.",
    ],
    "Change to group/activity": [
        "Army sends reinforcements to Bantiri after attacks",
        "The rebel group announced the appointment of a new military chief.",
        "Thousands of reservists were called up as tensions rose along the border near Lasho.",
        "Two armed factions announced they would merge into a single front.",
        "The militants imposed a curfew on residents of Korma.",
        "The government deployed troops to the streets of Bantiri ahead of the vote.",
    ],
    "Disrupted weapons use": [
        "Air defences down two drones over Lasho",
        "Police defused a bomb planted near a church in Korma on Sunday.",
        "Troops found a large weapons cache in a forest outside Bantiri.",
        "A bomb exploded prematurely, killing the militant who was planting it near Lasho.",
        "Soldiers intercepted a truck loaded with explosives at a checkpoint near Korma.",
        "Three missiles fired towards the city were intercepted, the military said.",
    ],
    "Headquarters or base established": [
        "Rebels set up new base in forest near Bantiri",
        "The army established a forward operating base in Lasho district.",
        "Militants turned a school in Korma into their headquarters, residents said.",
        "Foreign troops opened a new military camp near the border town of Bantiri.",
        "The armed group established a command post in the hills above Lasho.",
    ],
    "Looting/property destruction": [
        "Militiamen loot and burn market in Korma",
        "Armed men looted shops and took livestock from the village of Bantiri.",
        "Soldiers razed dozens of homes in Lasho, satellite images showed.",
        "Gunmen set fire to a health centre in Korma; no one was hurt.",
        "Unknown attackers vandalised a mosque in Bantiri overnight.",
    ],
    "Other": [
        "Thousands flee Lasho as fighting nears",
        "The government freed 200 rebel prisoners as a goodwill gesture.",
        "Border guards fired warning shots to turn back a fishing boat near Korma.",
        "Around 500 refugees returned to Bantiri from a neighbouring country on Tuesday.",
    ],
}


# A second free-written batch, longer sentences with background clauses (written after the
# first round of fixes, to see how far those carried): style 'free2'.
FREE2: dict[str, list[str]] = {
    'Chemical weapon': [
        'The watchdog\'s report found "reasonable grounds" to believe that a chlorine cylinder dropped from a helicopter struck a residential building in Korma.',
        'Opposition activists posted videos of children foaming at the mouth after what they said was a nerve agent attack by government forces on Bantiri.',
        'Tear gas and chlorine were both used when troops stormed the tunnels beneath Lasho, according to a medical charity.',
    ],
    'Air/drone strike': [
        'In the deadliest raid this month, warplanes bombed a crowded fuel market in Korma, killing at least 25 people, witnesses said.',
        "The military's jets carried out strikes on rebel positions around Bantiri on Wednesday, a spokesman said.",
        'A US drone strike near Lasho killed a senior al-Shabaab commander, the Pentagon said.',
        'Residents said two barrel bombs were dropped on a bakery in the northern town.',
    ],
    'Suicide bomb': [
        'A suicide bomber struck a funeral in Korma on Friday, killing at least 30 mourners, officials said.',
        'Police said a teenage suicide bomber blew himself up at the entrance of a mosque in Bantiri during Friday prayers.',
        'Twin suicide blasts ripped through a busy market in Lasho, killing 18.',
    ],
    'Grenade': [
        'Assailants threw a grenade into a crowd of ruling party supporters at a rally in Korma, wounding 12.',
        'Police said a grenade attack on a bus station in Bantiri on Monday killed two people and injured 20.',
        'A hand grenade exploded inside a church during Sunday mass in Lasho, injuring several worshippers.',
    ],
    'Remote explosive/landmine/IED': [
        'A bomb planted under a parked car exploded outside a government building in Korma, killing two passers-by.',
        'Four peacekeepers were killed when their armoured vehicle struck a mine near Bantiri, the UN mission said.',
        'A blast hit a minibus carrying wedding guests on the outskirts of Lasho, killing 14 people.',
        'A cyclist was wounded when a device hidden in a roadside drain went off in Korma.',
    ],
    'Sexual violence': [
        'Investigators said at least 60 women and girls were raped when fighters overran the village of Bantiri.',
        'Survivors told the commission that soldiers had sexually assaulted them at a detention centre in Lasho.',
        'A girl was gang-raped by four men in military fatigues near Korma, local officials said.',
    ],
    'Abduction/forced disappearance': [
        'Gunmen on motorcycles stormed a village near Bantiri overnight and took away at least 40 people, residents said.',
        'Relatives say a student activist has not been seen since plain-clothes officers bundled him into a car in Lasho last week.',
        'Pirates seized the crew of a fishing trawler off the coast of Korma and are holding them for ransom.',
    ],
    'Excessive force against protesters': [
        'Witnesses said police fired directly into the crowd of protesters in Bantiri, killing at least four.',
        'Three people were shot dead when soldiers opened fire on a demonstration against the junta in Lasho.',
        'Security forces killed two people as they dispersed a protest over fuel shortages in Korma, a rights group said.',
    ],
    'Protest with intervention': [
        'Police fired tear gas and rubber bullets to disperse thousands of opposition supporters in Bantiri.',
        'Dozens of protesters were arrested as police broke up a rally against the new tax law in Lasho.',
        'Officers forcibly removed activists who had chained themselves to the gates of the ministry in Korma.',
    ],
    'Violent demonstration': [
        'Protesters set fire to government offices and blocked roads with burning tyres in Bantiri after a disputed election.',
        'Demonstrators angry over power cuts attacked the offices of the electricity company in Lasho, smashing windows.',
        'Protesters hurling rocks fought running battles with the police in Korma, and several officers were hurt.',
    ],
    'Mob violence': [
        'A crowd in Bantiri lynched two men suspected of stealing a motorcycle.',
        'Rival groups of supporters clashed with sticks and stones after a football match in Lasho, leaving one dead.',
        'Villagers burned down the house of a man they accused of witchcraft near Korma.',
    ],
    'Non-state actor overtakes territory': [
        'Islamist insurgents captured the port town of Bantiri after government troops fled, residents said.',
        'Rebel fighters said they had seized control of the main road linking Lasho to the capital.',
        'After days of fighting, the town of Korma fell into the hands of the militants.',
    ],
    'Government regains territory': [
        'The army announced that it had recaptured Bantiri, two months after it fell to jihadists.',
        'Government forces pushed rebels out of the strategic town of Lasho on Tuesday, state media said.',
        'Troops backed by militia regained control of several villages around Korma.',
    ],
    'Non-violent transfer of territory': [
        'UN peacekeepers formally handed over their camp in Bantiri to the national police.',
        'The militants withdrew from Lasho overnight under a deal negotiated by tribal elders, residents said.',
        'The last foreign troops left the base at Korma, ending a decade-long presence.',
    ],
    'Agreement': [
        'The government and two rebel groups signed a ceasefire in Bantiri on Saturday.',
        'Under a deal mediated by Qatar, the militia freed 12 hostages in exchange for 30 prisoners.',
        'Clan elders in Lasho agreed to end a feud that has killed dozens, officials said.',
    ],
    'Arrests': [
        'Police arrested the leader of the opposition party and five of his aides in Korma on Tuesday.',
        'Dozens of suspected supporters of the rebels were detained in a sweep of Bantiri, the army said.',
        "A journalist who reported on the army's abuses was arrested at his home in Lasho.",
    ],
    'Change to group/activity': [
        'The army deployed thousands of troops and armoured vehicles to Korma ahead of planned protests.',
        'The militant group announced it had named a new leader after the death of its founder.',
        'Three armed groups said they had formed a new alliance to fight the government.',
    ],
    'Disrupted weapons use': [
        'Bomb disposal experts defused an explosive device found near a school in Bantiri.',
        'Security forces foiled a suicide attack when they shot dead a bomber before he reached the checkpoint in Lasho.',
        'The military said its air defences intercepted a ballistic missile fired at Korma.',
    ],
    'Headquarters or base established': [
        'The rebels set up a new headquarters in the town of Bantiri, residents said.',
        'The army has established a military base near the border at Lasho.',
    ],
    'Looting/property destruction': [
        'Gunmen looted shops and set fire to houses in Korma before fleeing into the bush.',
        'Militiamen burned dozens of homes and stole cattle in Bantiri, residents said.',
        'Rebels destroyed a bridge linking Lasho to the capital.',
    ],
    'Other': [
        'Some 20,000 people have fled their homes in Korma since fighting broke out last week, the UN said.',
        'The army released 30 children it had detained on suspicion of links to the rebels.',
    ],
}


# A third free-written batch (written after the second round of fixes; 53/65 right when first
# run): style 'free3'.
FREE3: dict[str, list[str]] = {
    'Chemical weapon': [
        'Doctors at a field hospital in Korma said they treated 45 patients with symptoms consistent with exposure to a chlorine-type agent.',
        'The opposition accused regime forces of firing rockets loaded with toxic gas at the besieged district of Bantiri on March 3.',
        'Security forces used a chemical irritant mixed with dye on detainees in Lasho prison, according to a leaked report.',
    ],
    'Air/drone strike': [
        'Russian bombers hit a hospital in rebel-held Korma on Thursday, killing five medical staff.',
        'Pakistani jets bombed suspected militant hideouts along the border, the military said on Monday.',
        'Houthi-run media said coalition air raids killed seven people in Bantiri province.',
        'A strike by a Turkish-made Bayraktar drone destroyed two rebel trucks on the road to Lasho.',
    ],
    'Suicide bomb': [
        'A car bomb driven by a suicide attacker exploded at the gates of an army base in Korma, killing 11 soldiers.',
        'At least nine people were killed when a woman blew herself up at a checkpoint outside Bantiri on Sunday.',
        'Islamic State\'s affiliate said one of its "martyrs" detonated an explosive belt among police recruits in Lasho.',
    ],
    'Grenade': [
        'On Tuesday evening unknown attackers tossed a grenade towards a parked police truck in Korma; two officers were slightly hurt.',
        "Two grenades were thrown into the compound of a lawmaker's house in Bantiri, police said.",
        'A grenade blast at a crowded bus terminal in Lasho injured 15 people on March 8.',
    ],
    'Remote explosive/landmine/IED': [
        'Three soldiers were killed by an IED blast while clearing a route near Korma, the army said.',
        'A bomb exploded on a busy street in Bantiri on Friday, wounding 20 people, in an attack no group claimed.',
        'A shepherd boy lost both legs when he stepped on a landmine near the village of Lasho.',
        'An explosive device attached to a motorcycle went off outside a police station in Korma.',
    ],
    'Sexual violence': [
        'A teenage girl was sexually abused by a soldier at a camp for displaced people in Bantiri, the UN said.',
        'Militia members are accused of raping women as they fled fighting in Lasho.',
        'Police officers sexually assaulted a female protester in custody in Korma, her lawyer said.',
    ],
    'Abduction/forced disappearance': [
        'Unidentified armed men abducted a Catholic priest from his parish in Bantiri on Sunday night.',
        'Kidnappers are demanding a ransom of $50,000 for the release of three engineers seized near Lasho.',
        'An opposition politician disappeared after being detained by men in plain clothes in Korma, his party said.',
        'Bandits kidnap 15 farmers in Bantiri',
    ],
    'Excessive force against protesters': [
        'Police in Lasho shot and killed a teenager during protests against rising food prices, witnesses said.',
        'At least 20 demonstrators were wounded when security forces fired live rounds to break up a march in Korma.',
        'A protester died in hospital after being beaten by police at a rally in Bantiri on March 5.',
    ],
    'Protest with intervention': [
        'Police in Lasho used batons and tear gas to break up a march by opposition supporters, arresting 30.',
        'Authorities detained dozens of women who gathered in Korma to demand news of their missing sons.',
        'Riot police cleared a protest camp outside parliament in Bantiri early on Tuesday.',
    ],
    'Violent demonstration': [
        'Hundreds of youths protesting against the election result burned a police post in Lasho.',
        'Protesters in Korma pelted police with stones and burned tyres after a man died in custody.',
        'Students angry over fee increases ransacked the administration block of the university in Bantiri.',
    ],
    'Mob violence': [
        'Angry residents torched a bus after it knocked down a schoolgirl in Lasho.',
        'A crowd beat and set on fire a man accused of blasphemy in Korma.',
        'Fighting between two villages over a land dispute near Bantiri left three people dead and dozens of homes burned.',
    ],
    'Non-state actor overtakes territory': [
        'Insurgents have taken over the district centre of Lasho after government forces retreated, a local official said.',
        'The Taliban captured a third provincial capital on Sunday.',
        'Rebels claimed to have seized the airport in Korma after a night of fighting.',
    ],
    'Government regains territory': [
        'Government troops reclaimed the town of Bantiri from Islamist militants, the army said.',
        'The military said it had wrested control of the Lasho oil field back from the rebels.',
        'After a three-day battle, soldiers took back the border post at Korma.',
    ],
    'Non-violent transfer of territory': [
        'Rebel forces handed over the town of Bantiri to government troops under the peace deal.',
        'The army quietly withdrew from its positions around Lasho overnight.',
        'Local militia took control of Korma after the army pulled out without a fight.',
    ],
    'Agreement': [
        'Rebels and the army agreed to a three-day humanitarian pause to allow aid into Bantiri.',
        'The warring parties signed a deal to exchange bodies of fallen fighters.',
        'The militia agreed to disarm and join the national army under an accord signed in Lasho.',
    ],
    'Arrests': [
        'Security forces arrested three suspected militants in a raid on a house in Korma, police said.',
        'The authorities detained a prominent blogger in Bantiri over posts criticising the army.',
        'Police detained the opposition mayor of Lasho on charges of inciting violence.',
    ],
    'Change to group/activity': [
        'The army has begun moving troops and tanks towards the border town of Korma.',
        'Al-Shabaab imposed a ban on music and television in areas under its control near Bantiri.',
        'Hundreds of fighters defected from the rebel movement to join the government side.',
    ],
    'Disrupted weapons use': [
        'Police found and detonated a bomb planted on a railway line near Lasho.',
        'Troops seized a large haul of weapons and ammunition from a rebel hideout near Korma.',
        'A drone launched at the air base in Bantiri was shot down before it reached its target.',
    ],
    'Headquarters or base established': [
        'The militia has set up checkpoints and a base in the abandoned school in Lasho.',
        'Foreign mercenaries established a new camp outside Korma, satellite images show.',
    ],
    'Looting/property destruction': [
        'Soldiers looted homes and shops after retaking the town of Bantiri, residents said.',
        'Unknown assailants torched a primary school in Lasho overnight; no one was hurt.',
        'Rebels blew up a power pylon near Korma, cutting electricity to the city.',
    ],
    'Other': [
        'Tens of thousands of people fled Bantiri as rebels advanced on the town.',
        'The government lifted the state of emergency in Lasho.',
        'The army handed over 12 captured rebels to the Red Cross.',
    ],
}


# A fourth free-written batch (written after the third round of fixes; 51/61 right when first
# run): style 'free4'.
FREE4: dict[str, list[str]] = {
    'Chemical weapon': [
        'A chemical weapons attack on the town of Korma left dozens dead, rescue workers said.',
        'Government aircraft dropped bombs filled with chlorine on a neighbourhood of Bantiri, according to a monitoring group.',
    ],
    'Air/drone strike': [
        'An airstrike flattened a residential block in Lasho, burying families under the rubble.',
        'Military helicopters strafed a convoy of pickup trucks carrying fighters near Korma.',
        'Two civilians were killed in a drone attack on a car in Bantiri on Wednesday.',
        'Fighter planes targeted weapons depots belonging to the militia outside Lasho overnight.',
    ],
    'Suicide bomb': [
        'A suicide car bombing outside a hotel in Korma killed at least 12 people.',
        'A man strapped with explosives walked into a police canteen in Bantiri and detonated them.',
        'The bomber, disguised as a worshipper, set off his vest inside the shrine in Lasho.',
    ],
    'Grenade': [
        'A grenade was hurled into a nightclub in Korma in the early hours of Sunday, injuring eight people.',
        'Suspected rebels threw grenades at a military post near Bantiri, wounding three soldiers.',
    ],
    'Remote explosive/landmine/IED': [
        'Five pilgrims died when a roadside bomb tore through their bus near Lasho.',
        'A booby-trapped car exploded near a checkpoint in Korma, killing a soldier.',
        'An anti-tank mine destroyed a tractor near Bantiri, killing the farmer driving it.',
        'Twin bomb blasts hit a market in Lasho on Saturday, killing 16 people.',
    ],
    'Sexual violence': [
        'Soldiers are accused of raping dozens of women during an operation in villages around Korma.',
        'A schoolgirl was raped by a militiaman at a checkpoint near Bantiri, her parents said.',
        'The UN documented cases of sexual violence against detained men in Lasho.',
    ],
    'Abduction/forced disappearance': [
        'Suspected jihadists abducted the mayor of Korma as he travelled to the capital.',
        'Kidnappers snatched three foreign engineers from a construction site near Bantiri.',
        'A human rights activist was taken from his home in Lasho by men in uniform and has not been heard from since.',
        'Gunmen kidnapped 25 students from a university hostel in Korma early on Friday.',
    ],
    'Excessive force against protesters': [
        'Soldiers shot dead three people protesting against the military takeover in Bantiri.',
        'Police killed a protester and injured 10 others when they opened fire on a march in Lasho.',
        'Security forces in Korma beat demonstrators with clubs and rifle butts, leaving dozens injured.',
    ],
    'Protest with intervention': [
        'Police in Bantiri detained 50 people at a rally calling for the president to resign.',
        'Riot police dispersed a crowd of striking dock workers in Lasho with tear gas.',
        'Security forces prevented opposition supporters from marching to the electoral commission in Korma.',
    ],
    'Violent demonstration': [
        'Demonstrators torched cars and looted shops in Bantiri during protests over the killing of a youth.',
        'Protesters in Lasho threw petrol bombs at police during a demonstration against a new mining law.',
        'A crowd protesting against the arrest of a cleric stormed the police station in Korma.',
    ],
    'Mob violence': [
        'A mob set fire to a police post in Bantiri after a man died in custody.',
        'Hindu and Muslim groups clashed in Lasho, leaving two dead and several shops burned.',
        'Residents beat a suspected child abductor to death in Korma.',
    ],
    'Non-state actor overtakes territory': [
        'Rebels have taken the town of Bantiri, cutting off a key supply route, a spokesman said.',
        'The jihadists overran the town of Lasho and raised their black flag over the police station.',
        'The militia seized control of the oil terminal in Korma on Thursday.',
    ],
    'Government regains territory': [
        'Government forces have retaken control of the port city of Bantiri, the defence minister said.',
        'The army said it had cleared the militants from the town of Lasho and restored state authority.',
        'Troops recaptured the Korma military base from rebels after fierce fighting.',
    ],
    'Non-violent transfer of territory': [
        'The rebels handed control of the border town of Bantiri to the army as part of the peace accord.',
        'UN forces transferred the last of their bases in Lasho to government troops.',
    ],
    'Agreement': [
        'The army and the rebels swapped 50 prisoners each in Korma on Sunday.',
        'Both sides agreed to a ceasefire starting at midnight, mediators said.',
        'The government signed a peace agreement with three armed groups in Bantiri.',
    ],
    'Arrests': [
        'Police rounded up dozens of opposition activists in Lasho overnight.',
        'A senior rebel commander was captured by soldiers near Korma, the army said.',
        'Authorities arrested a journalist in Bantiri for reporting on army abuses.',
    ],
    'Change to group/activity': [
        'The rebels announced the creation of a new armed wing in Lasho.',
        'The military sent reinforcements to Korma after a wave of attacks.',
        'The government declared a curfew in Bantiri after clashes.',
    ],
    'Disrupted weapons use': [
        'Police said they had defused a bomb found under a car in Lasho.',
        'Soldiers discovered an arms depot belonging to the rebels near Korma.',
        'Air defence systems intercepted a drone heading towards Bantiri.',
    ],
    'Headquarters or base established': [
        'The armed group opened a new recruitment office in Lasho.',
        'Soldiers set up a new forward base outside Korma.',
    ],
    'Looting/property destruction': [
        'Armed men burned down 50 houses in a village near Bantiri.',
        'Fighters looted a warehouse of the World Food Programme in Lasho.',
        'Militants destroyed a telecommunications tower in Korma overnight.',
    ],
    'Other': [
        'Some 3,000 refugees crossed into the neighbouring country to escape the fighting in Bantiri.',
        'The rebels freed 20 soldiers they had captured, handing them over to the Red Cross.',
    ],
}


# A fifth free-written batch, on the types the others left weakest (written after the fourth
# round of fixes; 20/30 right when first run): style 'free5'.
FREE5: dict[str, list[str]] = {
    'Chemical weapon': [
        "Inspectors found traces of mustard gas at the site of last week's shelling in Korma.",
        'Several fighters were hospitalised after being exposed to a toxic substance released from a drone-dropped munition near Bantiri.',
        'Rebels accused the army of using poison gas in its assault on the hills above Lasho.',
    ],
    'Non-violent transfer of territory': [
        'The army withdrew its last units from the disputed district of Korma on Sunday, leaving it to local police.',
        'Under the agreement, the militia will hand over its checkpoints in Bantiri to the army; the first were handed over on Monday.',
        'Russian forces pulled back from positions west of Lasho without engaging, the ministry said.',
    ],
    'Headquarters or base established': [
        'The rebels have set up a command centre in a disused factory in Korma.',
        'The military opened a new barracks in the northern town of Bantiri.',
    ],
    'Disrupted weapons use': [
        'Police in Lasho found a suicide vest hidden in a house and made it safe.',
        'Navy patrols intercepted a boat carrying rifles and rocket launchers bound for the rebels.',
        'An explosive device planted on a bridge in Korma was discovered and defused by army engineers.',
    ],
    'Agreement': [
        'The government and the rebels agreed to release all prisoners of war.',
        'Tribal leaders in Bantiri brokered a truce between two warring clans.',
        'The two armed groups signed a non-aggression pact in Lasho.',
        'A senior rebel commander surrendered to the army in Korma with 40 of his fighters.',
    ],
    'Looting/property destruction': [
        'Armed raiders stole 300 head of cattle from herders near Korma.',
        'Soldiers demolished dozens of homes belonging to families of suspected militants in Bantiri.',
        'Unknown people vandalised a church and desecrated graves in Lasho.',
    ],
    'Other': [
        'Armed men fired into the air to scare away villagers collecting firewood near Bantiri; no one was hurt.',
        'Thousands of displaced people returned to their homes in Lasho after the fighting ended.',
    ],
    'Non-state actor overtakes territory': [
        'Separatist fighters captured two army checkpoints on the road to Korma.',
        'The town of Bantiri is now in the hands of the rebels, residents told reporters.',
    ],
    'Government regains territory': [
        'The army has reopened the road to Lasho after driving out the militants who had held it for months.',
        'Loyalist forces took back the airport at Korma in a dawn assault.',
    ],
    'Arrests': [
        'Police took five student leaders into custody after a raid on a hostel in Bantiri.',
        'Three men suspected of links to the jihadists were arrested at a checkpoint near Lasho.',
    ],
    'Change to group/activity': [
        'The rebels said they were suspending their offensive to allow talks.',
        'The militia began recruiting fighters in villages around Korma.',
    ],
    'Abduction/forced disappearance': [
        'Armed men abducted a nun from a convent in Bantiri on Sunday night.',
    ],
    'Sexual violence': [
        'Men in army uniform raped two girls in a field near Lasho, a local official said.',
    ],
}


# A sixth free-written batch in South Asian and West African news English (miscreants, crude
# bombs, dharnas, lathicharges; written after the fifth round of fixes; 29/36 right when first
# run): style 'free6'.
FREE6: dict[str, list[str]] = {
    'Remote explosive/landmine/IED': [
        'Miscreants hurled crude bombs at the house of a panchayat member in Korma late on Monday night.',
        'Maoists triggered a landmine blast targeting a police vehicle in Bantiri district, injuring four jawans.',
    ],
    'Grenade': [
        'Terrorists lobbed a grenade on a CRPF picket in Korma, injuring two personnel.',
        'Militants hurled a grenade at security forces in the busy market of Bantiri; five civilians were injured.',
    ],
    'Abduction/forced disappearance': [
        'Maoists abducted two villagers from Lasho, suspecting them to be police informers.',
        'Bandits whisked away a traditional ruler and his two wives in Korma.',
        'Pirates boarded a tanker off the coast and made away with 10 crew members.',
    ],
    'Looting/property destruction': [
        'Maoists torched three vehicles engaged in road construction work in Bantiri.',
        'Unidentified miscreants set ablaze a party office in Lasho overnight.',
        'Herdsmen destroyed farmlands and crops in several communities in Korma.',
    ],
    'Violent demonstration': [
        'Agitators pelted stones at police and set a bus on fire during a bandh called by opposition parties in Bantiri.',
        'Irate protesters torched a police jeep and ransacked a police outpost in Lasho after a custodial death.',
    ],
    'Protest with intervention': [
        'Police resorted to lathicharge to disperse protesting students in Korma.',
        'Police detained several opposition workers who were staging a dharna in front of the collectorate in Bantiri.',
    ],
    'Excessive force against protesters': [
        'Two farmers were killed when police opened fire on an agitation over land acquisition in Lasho.',
        'Police firing on a protest march in Korma left three dead and many injured.',
    ],
    'Mob violence': [
        'A frenzied mob lynched a man on suspicion of child lifting in Bantiri.',
        'Supporters of two rival parties clashed in Lasho; several people were injured and vehicles damaged.',
        'Villagers thrashed a youth suspected of stealing a mobile phone in Korma.',
    ],
    'Arrests': [
        'Police nabbed three Maoist cadres during a search operation in Bantiri.',
        'The NIA arrested a man for allegedly financing militants in Lasho.',
        'Army troops apprehended two suspected terrorists in Korma.',
    ],
    'Sexual violence': [
        'A minor girl was allegedly raped by a security guard in Bantiri.',
        'Four men gang-raped a woman in a moving vehicle in Lasho, police said.',
    ],
    'Disrupted weapons use': [
        'Security forces busted a terrorist hideout in Korma and recovered arms and ammunition.',
        'The bomb disposal squad defused an IED planted on the road in Bantiri.',
        'Police recovered 50 crude bombs from an abandoned house in Lasho.',
    ],
    'Change to group/activity': [
        'Additional companies of central forces were rushed to Korma after the violence.',
    ],
    'Headquarters or base established': [
        'The CRPF set up a new camp in the Maoist stronghold of Bantiri.',
    ],
    'Agreement': [
        'The militant outfit signed a suspension of operations agreement with the government.',
    ],
    'Non-state actor overtakes territory': [
        'Boko Haram fighters took over the town of Lasho after dislodging soldiers from their base.',
    ],
    'Government regains territory': [
        'Troops dislodged insurgents from their enclave in the Korma forest.',
    ],
    'Other': [
        'Hundreds of families fled their villages in Bantiri following clashes between two militant groups.',
    ],
    'Air/drone strike': [
        'The Nigerian Air Force neutralised scores of terrorists in airstrikes on their hideouts in Lasho.',
    ],
    'Suicide bomb': [
        'A suicide bomber rammed an explosives-laden vehicle into a convoy of security forces in Korma.',
    ],
    'Chemical weapon': [
        'Villagers in Bantiri alleged that security forces used some chemical spray on them, causing blisters.',
    ],
}


# A seventh free-written batch over all 25 types, the common ones too, and non-ACLED news (typed
# NONE: it must give no event); wire leads, quotes, passives, Title Case headlines, two events in
# one sentence (written after the sixth round of fixes; 58/64 right when first run, 59/64 once one
# label of ours was corrected: shots at a patrol are an armed clash even when no one is hit):
# style 'free7'.
FREE7: dict[str, list[str]] = {
    'Armed clash': [
        'Unknown gunmen fired shots at a passing patrol near Bantiri; there were no casualties.',
        'Heavy fighting broke out between the army and the rebels on the outskirts of Korma on Tuesday, leaving at least 14 fighters dead on both sides.',
        'Troops Repel Militant Assault On Border Post In Bantiri',
        'Two rival militias exchanged fire for several hours near the market in Lasho, residents said.',
    ],
    'Attack': [
        'Gunmen on motorbikes stormed a village in Bantiri overnight, killing 23 people and burning homes, a local official told AFP.',
        '"They came at dawn and shot everyone they found," said a survivor of the raid on Korma, where 11 villagers died.',
        'A local councillor was shot dead outside his home in Lasho by unidentified assailants.',
    ],
    'Shelling/artillery/missile attack': [
        'Russian forces shelled residential areas of Korma overnight, wounding five civilians, the regional governor said.',
        'Rockets Slam Into Airport Outside Bantiri',
        'A mortar round landed in a schoolyard in Lasho, killing two children.',
    ],
    'Air/drone strike': [
        'At least nine people, including four children, died when warplanes hit a crowded market in Korma on Sunday.',
        'A Kamikaze Drone Strikes Fuel Depot In Bantiri',
        'The coalition said its aircraft had destroyed a weapons store used by the militants near Lasho.',
    ],
    'Suicide bomb': [
        'A bomber wearing a vest packed with ball bearings killed 16 people at a funeral in Korma.',
        'Suicide Attacker Kills Six At Police Academy In Bantiri',
    ],
    'Remote explosive/landmine/IED': [
        'Four soldiers were killed on Wednesday when their armoured vehicle ran over an explosive device near Lasho.',
        'A bomb hidden in a rubbish bin went off at a busy bus stop in Korma, wounding 12 commuters.',
        'Roadside Blast Kills Three Police Officers In Bantiri',
    ],
    'Grenade': [
        'An assailant threw a grenade into a crowd of shoppers in Lasho, injuring nine people, police said.',
        'Grenade Attack On Nightclub In Korma Wounds Seven',
    ],
    'Chemical weapon': [
        'Doctors in Bantiri said the symptoms of the 30 patients pointed to exposure to a nerve agent after the bombardment.',
        'Government forces dropped barrels filled with chlorine on the besieged district of Lasho, according to rescue workers.',
    ],
    'Peaceful protest': [
        'Hundreds of teachers demonstrated outside the education ministry in Korma on Monday to demand unpaid salaries.',
        'Farmers Block Highway Near Bantiri In Protest Over Water Shortages',
        'Opposition supporters held a sit-in in central Lasho, chanting slogans against the president.',
    ],
    'Protest with intervention': [
        'Riot police used water cannon and tear gas to break up a rally of several thousand opposition supporters in Korma.',
        'Dozens of demonstrators were detained as police dispersed a march on parliament in Bantiri.',
    ],
    'Excessive force against protesters': [
        'Security forces shot dead at least seven demonstrators in Lasho on Saturday as protests against the coup spread.',
        'Troops Open Fire On Protesters In Korma, Killing Four',
    ],
    'Violent demonstration': [
        'Angry demonstrators set fire to the governor\'s office in Bantiri and hurled rocks at police after the election results were announced.',
        'Rioters looted shops and torched cars in Lasho during protests over the killing of a student.',
    ],
    'Mob violence': [
        'A mob lynched a man accused of stealing a motorbike in Korma, police said.',
        'Villagers armed with machetes attacked a group of herders near Bantiri after a dispute over grazing land, killing two.',
        'Supporters of rival parties clashed with sticks and stones in Lasho ahead of the vote, leaving 15 injured.',
    ],
    'Sexual violence': [
        'A teenage girl was sexually assaulted by two militiamen at a checkpoint near Korma, her family said.',
        'Rights groups say soldiers gang-raped women during a raid on villages around Bantiri.',
    ],
    'Abduction/forced disappearance': [
        'Gunmen kidnapped 40 passengers from a bus on the highway near Lasho on Thursday.',
        'Activist Goes Missing After Being Taken By Security Agents In Korma',
        'The journalist has not been seen since masked men seized him outside his office in Bantiri last week.',
    ],
    'Arrests': [
        'Security forces detained the opposition leader at his home in Lasho early on Friday, his party said.',
        'Police Arrest 30 Suspected Militants In Korma Raids',
    ],
    'Looting/property destruction': [
        'Militiamen ransacked the health centre in Bantiri, carrying off medicines and equipment.',
        'Fighters burned down dozens of huts in a village near Lasho before withdrawing.',
    ],
    'Agreement': [
        'The warring parties agreed to a ceasefire in Korma starting at midnight, mediators said.',
        'Rebels And Government Sign Peace Deal In Bantiri',
    ],
    'Change to group/activity': [
        'The jihadist group announced it had pledged allegiance to the Islamic State.',
        'The rebel alliance split into two rival factions after a dispute over leadership.',
    ],
    'Headquarters or base established': [
        'The militants have established a new base in the forest outside Lasho, according to local sources.',
    ],
    'Disrupted weapons use': [
        'Soldiers seized a large cache of weapons and explosives from a rebel hideout near Korma.',
        'Bomb disposal experts defused a car bomb parked outside the central bank in Bantiri.',
    ],
    'Non-violent transfer of territory': [
        'The rebels handed control of the town of Lasho to the army under the terms of the peace deal.',
    ],
    'Non-state actor overtakes territory': [
        'Insurgents seized the town of Korma after government troops fled, residents said.',
        'Rebels Take Control Of Key Border Crossing In Bantiri',
    ],
    'Government regains territory': [
        'The army said it had recaptured the town of Lasho from the militants after a week of fighting.',
        'Government Forces Retake Korma From Rebels',
    ],
    NONE: [  # non-ACLED news: disasters, diplomacy, organised crime, claims of responsibility
        'Floods have killed at least 60 people and displaced 20,000 in Lasho province, the disaster agency said.',
        'Earthquake Kills Dozens In Korma',
        'A fire at a textile factory in Bantiri killed 14 workers on Wednesday.',
        'A bus plunged off a mountain road near Lasho, killing 22 passengers.',
        'The foreign minister flew to Korma for talks with his counterpart on the border dispute.',
        'Police arrested five members of a gang that stole cars and sold them abroad.',
        'The militant group claimed responsibility for Monday\'s bombing in Bantiri in a statement.',
        'The government blamed the rebels for the attack on the convoy near Lasho.',
        'Drug traffickers were jailed for 15 years by a court in Korma.',
    ],
}


# An eighth free-written batch, like the seventh (written after its fixes; 53/60 right when first
# run, 54/60 once one label of ours followed the project's convention that an armed group's claim
# of its own attack is kept): style 'free8'.
FREE8: dict[str, list[str]] = {
    'Armed clash': [
        # (an armed group's claim of its own attack is kept, as ACLED codes its claims)
        'The rebels said in a statement that they had carried out Tuesday\'s ambush near Bantiri.',
        'Government soldiers and fighters of the separatist movement fought for control of the bridge at Korma on Thursday, a day after talks collapsed.',
        'Five Soldiers, 12 Insurgents Dead In Gun Battle Near Lasho',
    ],
    'Attack': [
        'Suspected herdsmen killed nine farmers working on their fields in Bantiri, the state police spokesman said on Friday.',
        'The body of a village elder, abducted last week, was found on Monday, and hours later gunmen shot dead two of his sons in Korma.',
        'Armed Men Kill Eight Worshippers In Church Raid In Lasho',
    ],
    'Shelling/artillery/missile attack': [
        'Two civilians were killed and six wounded when artillery fire hit a residential block in Bantiri, local authorities said.',
        'Militants fired three rockets at the airbase near Korma late on Sunday; one landed in a nearby field.',
        'A ballistic missile struck the port city of Lasho early on Tuesday, damaging warehouses.',
    ],
    'Air/drone strike': [
        'Military aircraft bombed a rebel-held town in Bantiri for the second day, killing at least 17 people, rescue workers said.',
        'An Israeli Strike On A Car In Korma Kills Two Militants',
        'A drone attack on a convoy carrying fuel near Lasho set three tankers ablaze.',
    ],
    'Suicide bomb': [
        'At least 25 people were killed when a man blew himself up inside a crowded mosque in Bantiri during Friday prayers.',
        'A car packed with explosives was driven into the gate of an army camp in Korma by a bomber, who died in the blast.',
    ],
    'Remote explosive/landmine/IED': [
        'An explosive device attached to a motorcycle went off near a police post in Lasho, wounding three officers.',
        'Two children herding goats were killed by a mine left over from the war near Bantiri.',
        'Bomb Blast Rips Through Market In Korma, Killing Five',
    ],
    'Grenade': [
        'Attackers on a motorbike lobbed a hand grenade at a police vehicle in Lasho, wounding two constables.',
        'Unknown people hurled an explosive at the gate of the governor\'s residence in Bantiri; police said it was a grenade.',
    ],
    'Chemical weapon': [
        'Medics treated dozens of people for breathing problems after what residents said was a chlorine bomb dropped on Korma.',
    ],
    'Peaceful protest': [
        'Thousands of people marched through the streets of Lasho on Saturday demanding the resignation of the prime minister.',
        'Nurses Strike Over Unpaid Wages In Bantiri',
        'Relatives of missing people staged a silent vigil outside the courthouse in Korma.',
    ],
    'Protest with intervention': [
        'Police fired tear gas at hundreds of students who were protesting against tuition fees in Lasho; no injuries were reported.',
        'Riot Police Disperse Opposition Rally In Bantiri',
    ],
    'Excessive force against protesters': [
        'A 17-year-old boy was killed and 20 people were injured when security forces fired live rounds at protesters in Korma.',
        'Police beat demonstrators with batons and rifle butts at a rally in Lasho, leaving dozens injured, witnesses said.',
    ],
    'Violent demonstration': [
        'Protesters threw stones at police and burned tyres in Bantiri after a popular preacher was arrested.',
        'Demonstrators Storm Parliament In Korma, Set Fire To Offices',
    ],
    'Mob violence': [
        'An angry crowd beat a suspected child abductor to death in Lasho before police arrived.',
        'Residents of two neighbouring villages near Bantiri fought with clubs and machetes over a piece of farmland, leaving four people dead.',
    ],
    'Sexual violence': [
        'Two women were raped by armed men who broke into their home in Korma, police said.',
        'A UN report said fighters had subjected at least 50 women in Lasho to sexual violence.',
    ],
    'Abduction/forced disappearance': [
        'Armed bandits abducted 15 students from their hostel in Bantiri in the early hours of Thursday.',
        'Gunmen Kidnap Catholic Priest In Korma',
    ],
    'Arrests': [
        'Soldiers arrested 12 people suspected of supplying the insurgents with food in Lasho, the army said.',
        'A prominent human rights lawyer was detained by intelligence officers at the airport in Bantiri.',
    ],
    'Looting/property destruction': [
        'Gunmen looted shops and set fire to the market in Korma after residents fled.',
        'Armed men destroyed a mobile phone mast near Lasho overnight.',
    ],
    'Agreement': [
        'The army and the militia exchanged 40 prisoners in Bantiri under a deal brokered by the Red Cross.',
        'The two sides agreed on Monday to a 72-hour truce to allow aid into Korma.',
    ],
    'Change to group/activity': [
        'The army imposed a curfew in Lasho after a week of unrest.',
        'Hundreds of troops were deployed to the border town of Bantiri on Sunday.',
    ],
    'Headquarters or base established': [
        'Foreign troops set up a new forward operating base outside Korma.',
    ],
    'Disrupted weapons use': [
        'Police said they foiled a bomb plot in Lasho, finding explosives in a car parked near a church.',
        'Air defences shot down two drones over Bantiri overnight, the military said.',
    ],
    'Non-violent transfer of territory': [
        'Peacekeepers handed over their camp in Korma to the national army on Friday.',
    ],
    'Non-state actor overtakes territory': [
        'The militants took over the district headquarters in Lasho after a two-day assault, officials said.',
        'Jihadists Seize Gold Mining Town Of Bantiri',
    ],
    'Government regains territory': [
        'Troops regained control of the town of Korma on Wednesday after the rebels withdrew.',
        'The military said it had cleared the militants from three villages around Lasho.',
    ],
    'Other': [
        'Hundreds of residents fled Bantiri overnight fearing an attack by the rebels.',
    ],
    NONE: [  # non-ACLED news: disasters, diplomacy, organised crime
        'A landslide triggered by heavy rain buried 30 houses in Korma, leaving 19 people dead.',
        'Fire Destroys Hundreds Of Homes In Lasho Camp',
        'Ten people were killed when a truck collided with a minibus near Bantiri.',
        'The president received the credentials of the new French ambassador in Korma.',
        'Police seized a haul of stolen cars and arrested three members of a smuggling ring in Lasho.',
        'A gas cylinder explosion at a restaurant in Korma killed four diners.',
        'The two countries agreed to reopen their shared border to trade next month.',
        'Cholera has killed 45 people in Lasho since January, health officials said.',
    ],
}


# A ninth free-written batch, longer sentences with background clauses (written after the eighth
# round of fixes; 34/47 right when first run, 35/47 once one label of ours followed ACLED, for whom
# an armed group executing a civilian is an attack): style 'free9'.
FREE9: dict[str, list[str]] = {
    'Armed clash': [
        'Fighting between two factions of the army in Lasho entered its third day on Wednesday, with residents reporting heavy gunfire near the airport.',
        'Police said officers returned fire after suspected bandits attacked their patrol near Korma, killing two of the attackers.',
    ],
    'Attack': [
        # (an armed group executing a civilian is an attack on him)
        'The rebels executed a man they accused of spying for the army, they said in a video released on Monday.',
        'A prominent journalist who had criticised the militia was stabbed to death outside his home in Bantiri late on Saturday, colleagues said.',
        'Unidentified attackers hacked to death a family of five in their sleep in a village near Lasho.',
        'Gunmen opened fire on a minibus carrying traders to the market in Korma, killing seven.',
    ],
    'Shelling/artillery/missile attack': [
        'The city of Bantiri came under heavy bombardment from tanks and howitzers overnight, according to the regional administration.',
        'Two Killed As Mortar Shells Hit Camp For Displaced People Near Lasho',
    ],
    'Air/drone strike': [
        'Residents said a helicopter gunship opened fire on a wedding party in Korma, killing 12 guests.',
        'The air force said its jets had hit 40 targets across the rebel-held north, including ammunition stores near Bantiri.',
    ],
    'Suicide bomb': [
        'Police said a woman concealed the explosives under her dress before detonating them at the entrance to the market in Lasho, killing eight.',
        'A teenage suicide bomber struck a crowded mosque in Korma during morning prayers, killing 15 people including the imam.',
    ],
    'Remote explosive/landmine/IED': [
        'Five passengers were killed when a minibus struck an anti-tank mine on a dirt road outside Bantiri, the United Nations said.',
        'An improvised device exploded as a patrol passed through the market in Lasho, police said, but no one was hurt.',
    ],
    'Grenade': [
        'Two children were injured when a grenade was thrown over the wall of a police officer\'s home in Korma on Friday night.',
    ],
    'Chemical weapon': [
        'Rescue workers said 14 people suffocated after the army dropped a bomb releasing toxic gas on a basement shelter in Bantiri.',
    ],
    'Peaceful protest': [
        'Carrying placards and chanting slogans, hundreds of women marched to the governor\'s office in Lasho on Monday to demand the return of their abducted daughters.',
        'Shopkeepers in Korma kept their shutters down for a second day to protest against a new tax.',
        'Lawyers Boycott Courts In Bantiri Over Attack On Colleague',
    ],
    'Protest with intervention': [
        'Police arrested 40 people and fired rubber bullets into the air as they broke up a sit-in by unemployed graduates in Lasho; no one was hurt.',
    ],
    'Excessive force against protesters': [
        'A university student died in hospital on Tuesday from injuries sustained when police fired on a demonstration in Korma last week.',
    ],
    'Violent demonstration': [
        'Youths protesting against the killing of a motorcycle taxi driver by police burned a police station in Bantiri on Sunday.',
        'Supporters of the jailed opposition leader clashed with police in Lasho, throwing petrol bombs and stones.',
    ],
    'Mob violence': [
        'A Group Of Villagers Stone Suspected Witch To Death In Korma',
        'Two people were killed when members of rival ethnic communities attacked each other with knives and clubs at a market in Bantiri.',
    ],
    'Sexual violence': [
        'A 12-year-old girl was raped by a soldier at a camp for displaced people in Lasho, the local authorities said, and the soldier has been arrested.',
    ],
    'Abduction/forced disappearance': [
        'Armed men stopped a convoy of aid workers on the road to Korma and took away three of them, the charity said.',
        'The families of 11 men detained by soldiers in Bantiri last month say they have heard nothing from them since.',
    ],
    'Arrests': [
        'The police chief in Lasho said 23 people had been rounded up in connection with the weekend riots.',
        'Intelligence agents picked up a student activist from his home in Korma on Thursday, his family said.',
    ],
    'Looting/property destruction': [
        'Retreating fighters blew up a bridge on the main road into Bantiri to slow the army\'s advance.',
        'Soldiers burned the market in Lasho in reprisal for the ambush, witnesses said.',
    ],
    'Agreement': [
        'The rebels freed 12 captured soldiers in exchange for 30 of their own fighters held by the government in Korma.',
    ],
    'Change to group/activity': [
        'The interior ministry banned all public gatherings in Bantiri for two weeks.',
        'The militia announced it was disbanding and handing over its weapons.',
    ],
    'Headquarters or base established': [
        'The armed group opened an office in the centre of Lasho, where it now collects taxes from traders.',
    ],
    'Disrupted weapons use': [
        'Security forces intercepted a truck carrying 500 kilograms of explosives at a checkpoint outside Korma.',
    ],
    'Non-violent transfer of territory': [
        'Government troops took over the positions abandoned by the rebels around Bantiri after the ceasefire came into effect.',
    ],
    'Non-state actor overtakes territory': [
        'After a short battle, the insurgents gained control of the district centre of Lasho and raised their flag over the police station.',
    ],
    'Government regains territory': [
        'Soldiers backed by militias recaptured three villages from jihadists in the Korma region over the weekend.',
    ],
    NONE: [  # non-ACLED news: accidents, disasters, diplomacy, crime, blame
        'At least 30 people have died after drinking bootleg liquor in Bantiri, officials said.',
        'A mudslide swept away a school in Lasho, killing 11 pupils and two teachers.',
        'The foreign ministers of both countries pledged on Monday to deepen security cooperation along their shared border.',
        'A man was arrested for running an online fraud ring that cheated thousands of investors.',
        'Police blamed the militants for the killing of the tribal elder in Korma, but the group denied it.',
        'A boiler explosion at a textile mill in Bantiri killed six workers.',
        'Two planes carrying aid landed in Lasho after the earthquake.',
    ],
}


# A tenth free-written batch over all types (written after the ninth round of fixes; 34/37 right
# when first run): style 'free10'.
FREE10: dict[str, list[str]] = {
    'Armed clash': [
        'Clashes erupted on Friday between pro-government tribesmen and Houthi-aligned fighters in the hills west of Korma, killing at least nine.',
        '"We were attacked from three sides but we pushed them back," a commander said after militants stormed an army outpost near Bantiri overnight.',
    ],
    'Attack': [
        'Suspected separatist fighters killed a teacher and burned down a school in Lasho, the education ministry said.',
        'The bodies of four men bearing gunshot wounds were found dumped by a road outside Korma on Monday.',
    ],
    'Shelling/artillery/missile attack': [
        'The ministry said 18 Grad rockets were fired at residential areas of Bantiri from across the river.',
        'Howitzer fire struck a hospital in Lasho, killing a nurse, the health ministry said.',
    ],
    'Air/drone strike': [
        'A strike by a Turkish drone on a car in Korma killed two members of the militia, a monitoring group said.',
        'Jets Pound Rebel Stronghold In Bantiri For A Third Day',
    ],
    'Remote explosive/landmine/IED': [
        'A bomb planted under a car belonging to a local judge exploded in Lasho, wounding him and his driver.',
        'Three deminers were killed when a mine they were clearing went off near Korma.',
    ],
    'Suicide bomb': [
        'The attacker, who was said to be about 15, detonated his device among soldiers queuing for food at a base in Bantiri.',
    ],
    'Grenade': [
        'Police said an unknown person lobbed a hand grenade into a bar in Lasho, wounding 11 drinkers.',
    ],
    'Peaceful protest': [
        'Hundreds of doctors went on strike in Korma on Tuesday to protest against the arrest of a colleague.',
        'Residents blocked the road to Bantiri with their bodies, demanding the release of a local chief detained by soldiers.',
    ],
    'Protest with intervention': [
        'Police in Lasho used batons to disperse traders protesting against their eviction from the central market; several were arrested.',
    ],
    'Excessive force against protesters': [
        'Troops fired into a crowd of demonstrators outside the parliament in Korma, killing at least 12, a rights group said.',
    ],
    'Violent demonstration': [
        'Demonstrators angered by the death of a prisoner in custody ransacked the local prison office in Bantiri.',
    ],
    'Mob violence': [
        'A crowd set ablaze a man caught stealing a phone at a market in Lasho, witnesses said.',
    ],
    'Sexual violence': [
        'Militiamen sexually abused dozens of women detained at a makeshift prison in Korma, survivors told investigators.',
    ],
    'Abduction/forced disappearance': [
        'Pirates Seize Six Crew Members From Tanker Off Bantiri',
        'The opposition said three of its members had been taken by men in plain clothes in Lasho and their whereabouts were unknown.',
    ],
    'Arrests': [
        'The army said it had captured a senior commander of the rebel group during a raid on a hideout in Korma, without a shot being fired.',
    ],
    'Looting/property destruction': [
        'Militants set fire to two telecommunications masts near Bantiri on Sunday.',
        'Soldiers stole livestock and food from villagers in Lasho, residents complained.',
    ],
    'Agreement': [
        'The government and the main rebel alliance signed a ceasefire in Korma on Saturday after months of talks.',
    ],
    'Change to group/activity': [
        'Thousands of reservists were called up as the army prepared for an offensive on Bantiri.',
    ],
    'Headquarters or base established': [
        'The rebels have turned the hospital in Lasho into a military base, according to local residents.',
    ],
    'Disrupted weapons use': [
        'Troops discovered and destroyed an arms cache belonging to the militants near Korma.',
    ],
    'Non-violent transfer of territory': [
        'The last government troops left the town of Bantiri, handing it over to a local militia under the deal.',
    ],
    'Non-state actor overtakes territory': [
        'The rebels said they had captured the strategic town of Lasho after government forces retreated.',
    ],
    'Government regains territory': [
        'Government forces regained control of the main road linking Korma to the border, the army said.',
    ],
    'Other': [
        'Thousands of people fled their homes in Bantiri after the militants warned them to leave.',
    ],
    NONE: [  # non-ACLED news: rescue, diplomacy, crime, accidents, blame
        'The navy rescued 80 fishermen after their boats were caught in a storm off Lasho.',
        'The prime minister met the UN special envoy in Korma to discuss humanitarian access.',
        'Police arrested three men over the theft of copper cables from a railway line near Bantiri.',
        'Six workers died when a wall collapsed at a construction site in Lasho.',
        'The rebels accused the army of killing civilians, a charge the army denied.',
    ],
}


# An eleventh free-written batch (written after the tenth round of fixes; 28/32 right when first
# run): style 'free11'.
FREE11: dict[str, list[str]] = {
    'Armed clash': [
        'Al-Shabaab fighters and Somali troops traded heavy fire for hours after the militants attacked a military base near Korma, officials said.',
        'At Least 20 Dead As Rival Armed Groups Battle For Gold Mine In Bantiri',
    ],
    'Attack': [
        'Gunmen believed to be bandits killed 14 worshippers and abducted the pastor during a Sunday service in Lasho.',
        'An aid worker was shot and wounded by unknown assailants while driving through Korma on Tuesday.',
    ],
    'Shelling/artillery/missile attack': [
        'Ukrainian officials said Russian missiles struck an apartment block in Bantiri early on Saturday, killing at least 11 residents.',
        'Shells fired from across the border landed in a village near Lasho, wounding three farmers.',
    ],
    'Air/drone strike': [
        'Seven fighters died after a missile fired from a drone struck their pickup near Korma, security sources said.',
    ],
    'Remote explosive/landmine/IED': [
        'A motorcycle bomb exploded near a checkpoint in Bantiri on Sunday morning, killing a soldier and two civilians.',
        'Police said the device, hidden in a bag left near the bus stop in Lasho, was detonated by remote control.',
    ],
    'Suicide bomb': [
        'A suicide car bomber rammed his vehicle into a convoy of foreign troops on the outskirts of Korma, killing four soldiers.',
    ],
    'Grenade': [
        'Two Wounded As Grenade Hits Market Stall In Bantiri',
    ],
    'Chemical weapon': [
        'The watchdog concluded that sarin had been used in the attack on the town of Lasho, in which dozens died.',
    ],
    'Peaceful protest': [
        'Several thousand people took to the streets of Korma on Sunday to denounce rising food prices, in a march that passed off without incident.',
        'Mothers of jailed activists held a hunger strike outside the justice ministry in Bantiri.',
    ],
    'Protest with intervention': [
        'Police detained dozens of protesters in Lasho who had gathered in defiance of a ban on demonstrations.',
    ],
    'Excessive force against protesters': [
        'At least three protesters were shot dead by police during a demonstration against fuel price increases in Korma on Wednesday.',
    ],
    'Violent demonstration': [
        'Striking miners in Bantiri blocked the highway with burning tyres and attacked police vehicles with stones.',
    ],
    'Mob violence': [
        'Football fans fought running battles with each other in the streets of Lasho after the match, leaving 30 injured.',
    ],
    'Sexual violence': [
        'Police officers raped a woman held in custody at a station in Korma, a rights group alleged.',
    ],
    'Abduction/forced disappearance': [
        'Unknown gunmen seized a French engineer working on a dam project near Bantiri and drove him away in a pickup.',
    ],
    'Arrests': [
        'Security forces in Lasho arrested a local journalist for a report critical of the governor, his lawyer said.',
    ],
    'Looting/property destruction': [
        'Bandits raided shops in Korma and made off with goods worth thousands of dollars, but no one was hurt.',
    ],
    'Agreement': [
        'Clan elders in Bantiri brokered a deal ending a month of fighting between two sub-clans over grazing land.',
    ],
    'Change to group/activity': [
        'A state of emergency now covers three provinces including Lasho, the cabinet announced after a surge in attacks.',
    ],
    'Disrupted weapons use': [
        'Air defence units intercepted three missiles fired at Korma overnight, the military said.',
    ],
    'Non-state actor overtakes territory': [
        'Rebels Overrun Army Garrison In Bantiri',
    ],
    'Government regains territory': [
        'The army announced that its troops had liberated the town of Lasho from the insurgents after heavy fighting.',
    ],
    NONE: [  # non-ACLED news: politics, accidents, customs, blame
        'The opposition leader was sworn in as president in Korma on Thursday.',
        'A cargo ship ran aground off Bantiri, spilling oil along the coast.',
        'Customs officers at Lasho airport seized 12 kilograms of gold from a passenger.',
        'An electrical fire broke out at the parliament building in Korma, but no one was hurt.',
        'The government said the rebels were responsible for the destruction of the bridge near Bantiri.',
    ],
}


# A twelfth free-written batch (written after the eleventh round of fixes; 25/28 right when first
# run, 26/28 once one label of ours followed the project's convention that a unilateral ceasefire
# stays an agreement): style 'free12'.
FREE12: dict[str, list[str]] = {
    'Armed clash': [
        'Government troops backed by tanks fought their way into the northern suburbs of Korma on Monday, meeting stiff resistance from the rebels.',
        'Police and suspected cattle rustlers exchanged gunfire for an hour in Bantiri, leaving one officer dead.',
    ],
    'Attack': [
        'Jihadists executed 12 civilians they accused of collaborating with the army in a village near Lasho.',
        'Masked men dragged a human rights lawyer from his car in Korma and beat him unconscious.',
    ],
    'Shelling/artillery/missile attack': [
        'Rebel gunners lobbed mortar bombs into the government-held quarter of Bantiri, killing a child.',
    ],
    'Air/drone strike': [
        'A helicopter fired rockets at a truck carrying fighters near Lasho, the army said.',
    ],
    'Remote explosive/landmine/IED': [
        'A parcel bomb mailed to a radio station critical of the government in Korma exploded, injuring two staff.',
    ],
    'Suicide bomb': [
        'The bomber, dressed in a police uniform, blew himself up at the gate of the police academy in Bantiri.',
    ],
    'Grenade': [
        'Militants lobbed a grenade at the home of a politician in Lasho, damaging the gate but hurting no one.',
    ],
    'Peaceful protest': [
        'Pensioners rallied peacefully outside the central bank in Korma to demand payment of arrears.',
        'Taxi Drivers Down Tools In Bantiri Over Fuel Price Hike',
    ],
    'Protest with intervention': [
        'Authorities in Lasho broke up a vigil for a jailed activist and detained 15 people.',
    ],
    'Excessive force against protesters': [
        'Soldiers killed two people when they opened fire on villagers protesting against a mining company near Korma.',
    ],
    'Violent demonstration': [
        'Protesters stoned the convoy of the regional governor in Bantiri, smashing the windows of several cars.',
    ],
    'Mob violence': [
        'Motorcycle taxi drivers attacked a police officer in Lasho after a colleague was killed in a traffic stop.',
    ],
    'Sexual violence': [
        'At least 20 women were raped by fighters who overran the village of Korma, aid agencies said.',
    ],
    'Abduction/forced disappearance': [
        'Separatists kidnapped two local officials in Bantiri and demanded the release of their comrades.',
    ],
    'Arrests': [
        'The army said it had detained 40 suspected rebel collaborators in sweeps across Lasho.',
    ],
    'Looting/property destruction': [
        'Unknown people set fire to a polling station in Korma on the eve of the election.',
    ],
    'Agreement': [
        'The militia released 19 hostages after negotiations mediated by church leaders in Bantiri.',
        # (a unilateral ceasefire stays an agreement: docs/extraction.md, conventions left as they were)
        'The rebels announced a unilateral ceasefire ahead of the holidays, but it was not clear whether the army would reciprocate.',
    ],
    'Headquarters or base established': [
        'The peacekeeping mission opened a temporary base in Lasho to protect displaced families.',
    ],
    'Non-state actor overtakes territory': [
        'Fighters loyal to the warlord took control of the port of Korma after the army pulled out.',
    ],
    'Government regains territory': [
        'The army flushed out militants from their last stronghold in the forests near Bantiri, a spokesman said.',
    ],
    NONE: [  # non-ACLED news: accidents, politics, crime, denials
        'A bridge collapsed in Lasho during heavy rain, sweeping away a bus.',
        'The finance minister resigned on Friday over a corruption scandal in Korma.',
        'Police in Bantiri broke up a gang of car thieves and recovered 20 stolen vehicles.',
        'The group denied any role in the killing of the journalist in Lasho.',
    ],
}


# A thirteenth free-written batch, mostly Title Case headlines, with quotes and passives (written
# after the twelfth round of fixes; 30/34 right when first run): style 'free13'.
FREE13: dict[str, list[str]] = {
    'Armed clash': [
        'Army, Rebels Clash Near Korma Airport',
        '"The fighting has not stopped since dawn," a resident of Bantiri told Reuters by phone, as government forces battled insurgents for the town centre.',
    ],
    'Attack': [
        'Gunmen Massacre 30 Villagers In Lasho',
        'A tribal chief was gunned down by men on a motorcycle as he left a mosque in Korma.',
    ],
    'Shelling/artillery/missile attack': [
        'Artillery Barrage Kills Family Of Five In Bantiri',
        'The town was shelled for several hours on Sunday, according to the mayor of Lasho.',
    ],
    'Air/drone strike': [
        'Airstrikes Hit Hospital In Rebel-Held Korma',
        'The market was bombed by government planes shortly after noon, survivors in Bantiri said.',
    ],
    'Suicide bomb': [
        'Suicide Blast At Checkpoint In Lasho Kills Nine',
    ],
    'Remote explosive/landmine/IED': [
        'Landmine Kills Two Shepherds Near Korma',
        'A bus carrying wedding guests was destroyed by a roadside device near Bantiri; 14 people were killed.',
    ],
    'Grenade': [
        'A grenade was hurled at a crowd of mourners at a funeral in Lasho, killing one person.',
    ],
    'Chemical weapon': [
        'Chlorine Attack Suspected In Korma, Say Doctors',
    ],
    'Peaceful protest': [
        'Thousands Rally In Bantiri Against Constitutional Change',
        '"We will not leave until our demands are met," said one of the teachers camped outside the ministry in Lasho.',
    ],
    'Protest with intervention': [
        'Police Teargas Student Protesters In Korma',
    ],
    'Excessive force against protesters': [
        'Five Protesters Shot Dead By Police In Bantiri',
    ],
    'Violent demonstration': [
        'Protesters Torch Government Offices In Lasho',
    ],
    'Mob violence': [
        'Mob Lynches Suspected Thief In Korma',
    ],
    'Sexual violence': [
        'Soldiers Accused Of Raping Women In Bantiri Raid',
    ],
    'Abduction/forced disappearance': [
        'Gunmen Abduct 20 Travellers On Lasho Highway',
        'Three engineers were snatched from their camp near Korma by armed men on Friday.',
    ],
    'Arrests': [
        'Opposition Leader Arrested In Bantiri',
    ],
    'Looting/property destruction': [
        'Militants Burn Down Church In Lasho',
    ],
    'Agreement': [
        'Warring Clans Sign Peace Pact In Korma',
    ],
    'Change to group/activity': [
        'Army Deploys Troops To Bantiri After Unrest',
    ],
    'Headquarters or base established': [
        'Rebels Set Up Base In Lasho Forest',
    ],
    'Disrupted weapons use': [
        'Army Defuses Bomb Near Korma Market',
    ],
    'Non-violent transfer of territory': [
        'Militia Hands Over Bantiri To Army',
    ],
    'Non-state actor overtakes territory': [
        'Jihadists Capture Town Of Lasho',
    ],
    'Government regains territory': [
        'Troops Retake Korma From Militants',
    ],
    NONE: [  # non-ACLED headlines: disaster, diplomacy, crime
        'Floods Kill 12 In Bantiri',
        'President Meets Rebel Envoy In Lasho',
        'Police Bust Drug Ring In Korma',
    ],
}


# Session 10: a fresh batch of 150 sentences written for this grid, in the plain style of wire copy
# and of monitors' one-line event summaries (varied syntax, actors, countries; two-clause
# sentences, numbers, attributions), over the sub-types that matter most in volume, plus 30
# non-events (disasters, diplomacy, crime, court cases, commemorations, forecasts) under NONE.
# Scored before any fix made from it (see the commit that added it).
FREE14: dict[str, list[str]] = {
    'Armed clash': [
        'Fighting between the army and a breakaway militia flared again on Thursday in the hills west of Dorvan, leaving four soldiers and an unknown number of fighters dead.',
        'Kurdish-led forces and Turkish-backed factions exchanged heavy machine-gun fire along the front line north of Tel Rimah overnight, a war monitor said.',
        'Two rival clans fought with rifles over grazing land near Buulo Xaaji, and the district commissioner said nine men were killed.',
        'Soldiers repulsed an assault by jihadists on their base at Tinzawat after a two-hour gunfight; 17 assailants were killed, the army claimed.',
        'Government troops and rebels have been locked in street battles for control of the river port of Makanza since Sunday.',
        'An army patrol came under fire from suspected bandits in the forest outside Gidan Bature and returned fire, killing three of them.',
        'Militiamen loyal to the local governor traded fire with federal police at a checkpoint in Kismaaro, residents reported.',
        'Clashes erupted between the two armed factions in the old market of Zawiyat Harb, and at least six people were wounded.',
        'On 3 February, the Arakan fighters attacked a military outpost near Kyauk Hpyu and fought with troops for several hours.',
        'Police said officers killed two gunmen in a shootout after the men opened fire on them at a roadblock near Oyo.',
        'The rebels said they had pushed back a government offensive on Thursday and killed dozens of soldiers, a claim the army denied.',
        'Security forces raided a hideout of the armed group in the swamps of Ekeremor; a firefight followed in which one policeman died.',
        'Fighters of the two jihadist groups clashed near the village of Tin Hama, each side accusing the other of stealing cattle.',
        'Heavy fighting was reported between Houthi fighters and pro-government forces south of Hays, with casualties on both sides.',
        # (moved from Attack after scoring: ACLED codes an armed man's attack on soldiers as a clash)
        'A man armed with a rifle killed two soldiers guarding a bank in the city centre before fleeing.',
    ],
    'Attack': [
        'Unidentified gunmen stormed a village in the Bokkos area at night, shooting residents in their homes and killing 22 of them.',
        'A schoolteacher was shot dead by two men on a motorbike as he drove to work in Quetta on Tuesday.',
        'Suspected herders attacked farmers working in their fields near Agatu, killing five, a local leader told reporters.',
        'Militants raided a mining site near Kalembe and hacked seven workers to death with machetes, the provincial governor said.',
        'Soldiers opened fire on a minibus at a checkpoint near Mandalay, killing a woman and her two children, witnesses said.',
        'A journalist who had reported on corruption was found dead with gunshot wounds a day after armed men seized him outside his home.',
        'Armed men set fire to houses and shot fleeing villagers in a dawn attack on Ngala, survivors said.',
        'The body of a local councillor was found on the outskirts of Tumaco on Friday, hours after gunmen attacked his car.',
        'ADF rebels killed at least 14 civilians with knives and axes in a night raid on a village near Beni.',
        'Gunmen on Saturday killed a tribal elder and his son in an ambush on the road to Wana.',
        'An off-duty policeman was stabbed and shot by assailants in Kasserine late on Wednesday.',
        'Unknown attackers opened fire on worshippers leaving a church in the village of Kukum Daji, killing three.',
        'Three aid workers were killed when men in military uniform fired on their clearly marked vehicle near Ouallam.',
    ],
    'Shelling/artillery/missile attack': [
        'Russian forces shelled the centre of Nikopol overnight, damaging a school and a gas pipeline, the regional governor said.',
        'Two children were wounded when mortar rounds fell on a residential street in Jisr al-Shughur on Wednesday.',
        'The army pounded rebel positions around the hill town with artillery for a second day, residents said.',
        'A rocket fired from across the border hit a house in Sderot, causing damage but no injuries.',
        'A ballistic missile struck an industrial area on the outskirts of Dnipro on Monday morning, killing four workers.',
        'Government artillery units fired dozens of shells at villages in the south of the province, according to activists.',
        'Katyusha rockets landed near the airport in Erbil late on Tuesday; officials said there were no casualties.',
        'Mortar fire by the militants hit a market in Mogadishu, killing a fruit seller.',
        'Separatist forces bombarded the outskirts of the town with multiple rocket launchers on 12 April.',
        'One civilian died after artillery shells hit his farm near Kherson, the local administration reported.',
    ],
    'Air/drone strike': [
        'A drone strike on a car in the Shabwa desert killed three suspected al-Qaeda members, tribal sources said.',
        'Military jets bombed a rebel stronghold in the north of Karen State on Thursday, forcing hundreds of villagers to flee.',
        'Coalition warplanes carried out at least 15 raids on the outskirts of the capital overnight.',
        'An airstrike on a fuel depot near Kidal set off a huge fire, residents said, without giving a toll.',
        'The army said its helicopters had targeted a convoy of fighters near Baga, destroying four gun trucks.',
        'A Turkish drone hit a vehicle near Qamishli on Sunday, killing two members of the Kurdish-led forces.',
        'Government aircraft dropped barrel bombs on the town of Kafr Zita, killing a family of six.',
        'Airstrikes targeted a weapons depot near Hodeidah, the coalition said in a statement on Saturday.',
        'Eleven people died when a drone struck a busy market in the Tigray region on Wednesday, aid workers said.',
        'Fighter jets struck positions of the armed group in the Nuba Mountains in the early hours.',
    ],
    'Remote explosive/landmine/IED': [
        'Three soldiers were killed when their armoured vehicle drove over a landmine near Tessalit.',
        'An improvised explosive device went off beside a passing police patrol in Kunar, wounding two officers.',
        'A roadside bomb exploded as a bus carrying miners passed near Djibo, killing 12 passengers.',
        'A magnetic bomb attached to a car blew up in a Kabul neighbourhood on Saturday, killing the driver.',
        'Two boys herding goats were killed by an old mine in a field near Aden, medical sources said.',
        'A bomb hidden in a rubbish bin exploded near a bus terminal in Maiduguri, wounding nine people.',
        'Suspected militants detonated an explosive device on the railway line, derailing a freight train near Sibi.',
        'A motorbike packed with explosives blew up outside a police station in Cotabato, killing one officer.',
        'A military truck struck an explosive device on the Gao-Ansongo road on Friday, the army said.',
    ],
    'Peaceful protest': [
        'Hundreds of nurses marched to the health ministry in Harare on Tuesday to demand unpaid salaries.',
        'Farmers held a sit-in outside parliament to protest against the new land law.',
        'Students rallied peacefully at the university gates in Lahore, demanding the reopening of their hostels.',
        'Residents of the town staged a demonstration over water shortages, carrying empty buckets and placards.',
        'Taxi drivers went on strike in Kampala on Monday over a new licence fee and gathered at the main park.',
        'Several thousand opposition supporters protested in the capital against the postponement of the election.',
        'Relatives of missing fishermen held a vigil outside the governor\'s office, calling for a search.',
        'Traders shut their shops and marched through the market in Bamako to protest against rising taxes.',
        'Teachers in Ouagadougou demonstrated for better pay on Wednesday, their union said.',
        'Workers at the cement factory held a protest over the dismissal of 40 colleagues.',
        'A small group of women gathered outside the court in Tunis to demand the release of a blogger.',
        'Thousands took to the streets of Bogota on Thursday in a protest against the pension reform.',
    ],
    'Protest with intervention': [
        'Police fired tear gas and rubber bullets to break up a protest by traders in Nairobi on Tuesday.',
        'Riot police dispersed hundreds of students who had blocked the main road to the university, arresting 12.',
        'Security forces used water cannon against demonstrators demanding the resignation of the mayor.',
        'Police detained dozens of opposition activists who tried to march to the electoral commission.',
        'Officers beat protesters with batons and broke up a sit-in by unemployed graduates outside the ministry.',
        'A demonstration by farmers against land grabbing was dispersed by police in Kaduna on Friday.',
        'Soldiers fired into the air to scatter a crowd of protesters in the town square, witnesses said.',
        'Police in Dhaka charged at garment workers protesting over unpaid wages, injuring several.',
        'Dozens of women protesting against the closure of a market were teargassed by police in Conakry.',
    ],
    'Violent demonstration': [
        'Angry youths set fire to a police station and blocked roads with burning tyres after a boy was killed in a traffic accident involving a police car.',
        'Protesters pelted police with stones and torched two government vehicles in Kisumu on Monday.',
        'Demonstrators ransacked the offices of the ruling party in the town, smashing windows and burning documents.',
        'Rioters looted shops and set cars ablaze in the capital during a protest against fuel price increases.',
        'Hundreds of students stormed the rector\'s office, destroying furniture, during a protest over exam fees.',
        'Opposition supporters clashed with police and burned the district headquarters in Conakry.',
        'Residents angered by power cuts attacked the electricity company\'s office and set it on fire.',
        'Protesters threw petrol bombs at riot police outside the parliament building late on Friday.',
        'A crowd protesting against the arrest of a local chief broke into the police post and freed him.',
    ],
    'Mob violence': [
        'A mob beat to death a man accused of stealing a motorbike in the market of Kisii.',
        'Villagers set upon two suspected kidnappers and burned them alive in Rivers state, police said.',
        'An angry crowd attacked a woman accused of witchcraft and set fire to her house near Tamale.',
        'A mob lynched a man accused of blasphemy in the Punjab town and hanged his body from a pole.',
        'Residents beat a suspected thief unconscious in a township near Durban before police arrived.',
        'A group of youths armed with sticks attacked supporters of a rival candidate in the village.',
        'A crowd burned down the home of a man suspected of killing a child in the town of Bouake.',
        'Traders chased and beat two men they accused of pickpocketing at the bus station in Onitsha; one of them died.',
    ],
    'Abduction/forced disappearance': [
        'Gunmen abducted 15 passengers from a bus on the Abuja-Kaduna highway late on Sunday.',
        'A Catholic priest was kidnapped from his parish house in Enugu state, the diocese said.',
        'Armed men seized four engineers working on a road project near Birnin Gwari and took them to an unknown location.',
        'Al-Shabaab fighters kidnapped the chief of a village near Baidoa and two of his relatives.',
        'An opposition activist has not been seen since plain-clothes officers took him from his home last week, his wife said.',
        'Bandits carried off 30 schoolchildren in a raid on a boarding school in Zamfara.',
        'The rebels abducted two aid workers from their vehicle on the road to Bunia.',
        'Three fishermen went missing after men in military uniform took them from the beach, relatives said.',
    ],
    'Arrests': [
        'Police arrested 35 opposition supporters in Lusaka ahead of a planned rally.',
        'Security forces detained a prominent journalist at the airport in Asmara on Tuesday.',
        'Soldiers rounded up dozens of young men in the town after the attack, residents said.',
        'The intelligence service arrested three members of a human rights group in Khartoum.',
        'A student leader was taken into custody in Dhaka for criticising the government online.',
        'Police in Caracas arrested an opposition lawmaker on charges of treason.',
        'Authorities detained 12 people suspected of supporting the separatists in Bamenda.',
        'Troops arrested a local chief accused of collaborating with the insurgents near Mopti.',
    ],
    'Looting/property destruction': [
        'Fighters looted the health centre in Kalehe and burned its records before withdrawing.',
        'Soldiers burned at least 40 houses in the village after accusing residents of sheltering rebels.',
        'Armed men ransacked an aid warehouse in Bentiu, carrying off tonnes of food.',
        'Militiamen destroyed crops and stole livestock from villages in the area, local officials said.',
        'Unknown people set fire to a school in the Anglophone region overnight.',
        'Rebels pillaged shops and homes in the town before fleeing into the bush.',
        'Settlers uprooted olive trees and vandalised cars in the village of Burin, the mayor said.',
        # (security forces seizing drugs: ACLED codes it, as the seizure trigger does)
        'Customs officers seized 400 kilograms of cocaine hidden in a shipment of bananas.',
    ],
    'Change to group/activity': [
        'The army sent two battalions to the northern province after a surge in attacks.',
        'The armed group announced it would merge with a rival faction to form a single command.',
        'Insurgents have set up checkpoints on the main road and begun collecting taxes from drivers.',
        'The government imposed a dusk-to-dawn curfew on the city after two nights of unrest.',
        'Several hundred fighters of the militia laid down their weapons and joined a disarmament camp.',
    ],
    'Agreement': [
        # (moved from Other after scoring: the codebook, and docs/extraction.md, make a prisoner swap an Agreement)
        'The rebels released 16 prisoners of war in an exchange with the army.',
    ],
    'Other': [
        'Some 5,000 people have fled the district to escape fighting, the UN refugee agency said.',
        'The armed group handed over the bodies of three soldiers to the Red Cross.',
    ],
    NONE: [
        'Floodwaters submerged large parts of the city after the river burst its banks, and 14 people drowned.',
        'A tremor of magnitude 6.1 damaged hundreds of homes in the mountain districts on Tuesday.',
        'A bus plunged off a cliff on the mountain highway, killing 28 passengers.',
        'Firefighters battled a blaze that destroyed a textile factory in the industrial zone.',
        'Cholera has killed 40 people in the camps since January, the health ministry said.',
        'The foreign minister flew to Riyadh for talks on the ceasefire proposal.',
        'The two presidents agreed at a summit to reopen their shared border to trade.',
        'The government and the rebel alliance will resume negotiations in Doha next month.',
        'The African Union suspended the country after the military takeover last year.',
        'The UN envoy briefed the Security Council on the humanitarian situation.',
        'A court in Nairobi sentenced a former minister to 12 years for fraud.',
        'The trial of the former rebel commander for war crimes opened in The Hague.',
        'Prosecutors charged two police officers over the death of a detainee in 2021.',
        'The appeals court upheld the acquittal of the army general.',
        'A businessman was robbed of cash at gunpoint outside a bank, police said.',
        'A man killed his wife with a knife after a quarrel in their home, police said.',
        'Thousands attended a ceremony marking the tenth anniversary of the massacre.',
        'Mourners laid wreaths at the memorial to soldiers who died in the war.',
        'The nation observed a minute of silence for the victims of last year\'s bombing.',
        'Analysts warn that violence could rise ahead of the elections in March.',
        'Aid agencies fear that the coming dry season will bring more clashes between herders and farmers.',
        'The rebels could launch a new offensive once the rains end, a security analyst said.',
        'The minister said the army would not hesitate to use force if the militants attacked again.',
        'The defence ministry announced plans to buy 12 new combat helicopters.',
        'The parliament voted to extend the state of emergency by three months.',
        'A report by the rights group documented abuses by soldiers over the past five years.',
        'The opposition leader called for calm and urged his supporters to stay at home.',
        'The president reshuffled his cabinet and named a new interior minister.',
        'Ten years after the war ended, the town still bears the scars of the fighting.',
    ],
}


# Session 10, written after the FREE14 fixes and scored once on them, with no fix made from it: a
# small held-out check of how the session's rules carry over to sentences they were not read from.
FREE15: dict[str, list[str]] = {
    'Armed clash': [
        'Government soldiers and Ambazonian separatists fought for much of Tuesday in the hills above Batibo.',
        'Two militia commanders were among 11 dead after rival factions turned their guns on each other in Bentiu, a UN official said.',
        'Rebels said they ambushed an army column on the road to Bunia, killing nine soldiers; the army has not commented.',
        'Troops engaged a group of armed men who tried to cross the border near Kidira.',
    ],
    'Attack': [
        'Masked men dragged a village headman from his house near Falam and shot him in the street.',
        'At least seven worshippers were killed when gunmen opened fire inside a mosque in Kano state on Friday.',
        'A human rights lawyer was shot dead outside his office in Tegucigalpa on Wednesday.',
        'Militants torched homes and killed four herders in an overnight raid on a settlement near Mopti.',
    ],
    'Shelling/artillery/missile attack': [
        'Shells slammed into a residential block in Kharkiv early on Saturday, wounding 14 people.',
        'Mortar rounds fired by militants landed near the presidential palace in Mogadishu, police said.',
        'A missile hit a grain terminal in Odesa overnight, setting it ablaze.',
    ],
    'Air/drone strike': [
        'A drone struck a pickup truck carrying four fighters on the road out of Jilib.',
        'Warplanes raided villages in the Jebel Marra on Sunday, witnesses said.',
        'The military said its jets had destroyed a bomb-making workshop used by insurgents near Sambisa.',
    ],
    'Remote explosive/landmine/IED': [
        'Two children were killed when a device they found in a field near Hodeidah exploded.',
        'An explosion tore through a police van in Peshawar, killing three officers; officials said the bomb was planted by the roadside.',
        'A minibus hit a landmine on the road to Gao, killing six passengers.',
    ],
    'Peaceful protest': [
        'Hundreds of pensioners gathered in front of the labour ministry in Tunis on Monday, demanding overdue payments.',
        'Doctors in public hospitals across Kenya downed tools on Wednesday over delayed promotions.',
        'Residents of Goma marched peacefully through the city to denounce rising insecurity.',
    ],
    'Protest with intervention': [
        'Security forces broke up a sit-in by unemployed graduates in Gafsa and detained 15 of them.',
        'Police used tear gas to stop opposition supporters from marching to the presidential palace in Conakry.',
        'Water cannon were turned on students protesting tuition fees in Santiago on Thursday.',
    ],
    'Violent demonstration': [
        'Demonstrators angry over fuel shortages set tyres ablaze and threw stones at police in Port-au-Prince.',
        'Protesters stormed a district office in Bangladesh and set it on fire after a local leader was arrested.',
    ],
    'Mob violence': [
        'A crowd in Mombasa beat two men accused of snatching a phone until police arrived.',
        'Supporters of two rival candidates fought with clubs and machetes in the village of Kasungu, leaving one man dead.',
    ],
    'Abduction/forced disappearance': [
        'Kidnappers seized a Catholic nun on the road between Kaduna and Zaria and demanded a ransom.',
        'Three students of a university in Zamfara were taken from their hostel by armed men on Monday night.',
    ],
    'Arrests': [
        'Security agents arrested a journalist at his home in Bamako after he criticised the junta.',
        'Police in Kampala detained 23 opposition supporters on Tuesday.',
    ],
    'Looting/property destruction': [
        'Militiamen looted a market in Ituri province and burned dozens of stalls.',
        'Soldiers demolished the houses of three families accused of helping the rebels.',
    ],
    'Change to group/activity': [
        'The government deployed troops to the streets of the capital ahead of the verdict.',
        'Two armed groups in the north announced they had merged into a single movement.',
    ],
    NONE: [
        'A landslide triggered by heavy rain buried 17 houses in a hillside village.',
        'The two prime ministers met in Nairobi to discuss a new trade route.',
        'A court in Kampala jailed a former police chief for 10 years for corruption.',
        'Mourners gathered in Beirut to mark the anniversary of the port explosion.',
        'Economists expect protests if fuel subsidies are cut next year.',
        'Thieves stole copper cables from a railway line near Pretoria.',
        'A fire in a crowded market in Kano destroyed hundreds of stalls, the fire service said.',
        'The rebels will hold a congress next month to elect a new leader.',
    ],
}


# Session 10, a third batch (after FREE15 was scored), scored before any fix made from it (see the
# commit that added it); FREE15 stays held out.
FREE16: dict[str, list[str]] = {
    'Armed clash': [
        'Soldiers and fighters loyal to a renegade general battled for control of the airport in Tripoli on Tuesday.',
        'A gunfight broke out when police tried to arrest a gang leader in Cite Soleil, leaving two officers and three gang members dead.',
        'Pro-government militiamen repelled an assault by Islamist fighters on the town of Djibo, according to a security source.',
        'The army said it had killed 16 insurgents who attacked a military base in the Lake Chad region.',
        'Heavy exchanges of gunfire were reported between the army and rebels around Sake on Thursday.',
    ],
    'Attack': [
        'A gunman shot and killed three customers in a bar in the Cauca department, local media reported.',
        'Suspected Boko Haram fighters beheaded two farmers near Damboa on Saturday.',
        'Unidentified assailants killed a Red Cross driver on the road between Bambari and Ippy.',
        'Gunmen on motorcycles sprayed bullets at a crowd at a weekly market in Zamfara, killing 20.',
    ],
    'Shelling/artillery/missile attack': [
        'Rockets fired from Gaza set off sirens in Ashkelon on Tuesday; one hit a house.',
        'The town of Avdiivka came under heavy artillery fire throughout the night.',
        'A mortar shell fell on a school in Idlib countryside, wounding three pupils.',
    ],
    'Air/drone strike': [
        'Helicopter gunships fired on a village in Sagaing region, killing at least nine people.',
        'A US air strike targeted al-Shabaab militants near Bulo Burde, the US military said.',
        'Kamikaze drones hit energy facilities in the Kyiv region overnight.',
    ],
    'Remote explosive/landmine/IED': [
        'A bomb attached to a motorcycle went off near a police checkpoint in Quetta, wounding five.',
        'Two peacekeepers were wounded when their vehicle struck an improvised explosive device near Aguelhok.',
        'A landmine explosion killed a farmer who was ploughing his field in Kherson region.',
    ],
    'Peaceful protest': [
        'Thousands of women took to the streets of Khartoum on Sunday calling for an end to the war.',
        'Mine workers held a peaceful demonstration outside the company headquarters in Kitwe over job cuts.',
        'Supporters of the jailed opposition leader rallied in Dakar, chanting his name.',
    ],
    'Protest with intervention': [
        'Police in Kinshasa arrested 30 protesters who had gathered to denounce the election results.',
        'Riot police dispersed a crowd of taxi drivers protesting against a fuel price hike in Harare.',
        'Officers removed climate activists who had glued themselves to a road in Berlin.',
    ],
    'Violent demonstration': [
        'Youths protesting against the killing of a motorcyclist burned a police vehicle in Kisumu.',
        'Demonstrators hurled petrol bombs at security forces during a protest in Caracas.',
        'Protesters looted shops and blocked roads with burning barricades in Freetown over price rises.',
    ],
    'Mob violence': [
        'An angry mob set fire to the house of a suspected child trafficker in Kaduna.',
        'Villagers attacked and killed a man they suspected of cattle theft in Kasese district.',
    ],
    'Abduction/forced disappearance': [
        'Armed men abducted a French aid worker in Gao on Tuesday and drove off with him in a pickup.',
        'Gunmen took away 11 villagers during a night raid on a hamlet in Kaduna state.',
        'A prominent activist disappeared after being detained by plainclothes agents in Khartoum, his family said.',
    ],
    'Arrests': [
        'Authorities in Minsk detained a well-known blogger on Monday.',
        'The army said it had arrested 14 suspected collaborators of the jihadists in Tillaberi.',
    ],
    'Looting/property destruction': [
        'Rebel fighters set fire to a health centre and looted medicines in the village of Mambasa.',
        'Unidentified men vandalised a mosque and burned copies of the Koran in the town.',
        # (moved from NONE after scoring: security forces seizing drugs, which the seizure rule codes)
        'Police seized two tonnes of cannabis at the port and arrested the truck driver.',
    ],
    'Change to group/activity': [
        'The junta imposed a curfew in the capital after a night of gunfire.',
        'The army moved tanks and artillery towards the rebel-held town on Wednesday.',
    ],
    NONE: [
        'The minister of defence resigned on Tuesday after a row with the president.',
        'A fuel truck overturned and caught fire on a highway near Lagos, killing nine people.',
        'Floods destroyed more than 2,000 homes in the east of the country.',
        'The president laid a wreath at the tomb of the unknown soldier.',
        'The EU pledged 50 million euros in humanitarian aid for refugees.',
        'Analysts say violence could flare again if the talks fail.',
        'The former militia leader was sentenced to 30 years in prison by the court.',
    ],
}


# Session 11, a fourth batch written before any session-11 fix, in wire style over all types in
# rough proportion to news volume; scored before any fix (see the commit that added it), then its
# misses were read for general causes.
FREE17: dict[str, list[str]] = {
    'Armed clash': [
        'Fighting between the army and the Arakan Army flared again near Paletwa on Sunday, residents said.',
        'Sudanese soldiers and RSF fighters traded fire across the river in Omdurman for a third day.',
        'Al-Shabaab militants attacked a military base in Lower Shabelle before dawn, sparking hours of fighting, officials said.',
        'Clashes between Druze gunmen and Bedouin tribesmen in Sweida left 12 people dead.',
        'Troops Clash With Militants in North Waziristan, Four Soldiers Killed',
        'At least 30 fighters died in battles between JNIM and Islamic State in the Menaka region, local sources said.',
        'Colombian troops killed five dissidents of the former FARC in a firefight in Guaviare, the defence ministry said.',
        'M23 rebels and Congolese troops exchanged heavy weapons fire in the hills around Kitshanga on Friday.',
        'Police in Rio de Janeiro killed eight suspected drug traffickers in a shootout during a raid on a favela.',
        'Two soldiers were killed and three wounded when insurgents ambushed their patrol near Mocimboa da Praia.',
        'Fulani militiamen and Dozo hunters fought in several villages of central Mali, leaving dozens dead.',
        'Ukrainian forces repelled a Russian assault near Robotyne, the general staff said on Tuesday.',
        'Gunfire rang out for hours as army units fought rebel holdouts in the northern district of Ngozi.',
        'Taliban fighters clashed with ISIS-K members in Kunar province overnight, a Taliban spokesman said.',
        'Heavy fighting erupted between Fano militiamen and federal troops in the town of Lalibela.',
        'Kurdish-led forces said they killed three Islamic State militants in a clash in the Deir ez-Zor countryside.',
    ],
    'Attack': [
        'Gunmen killed 15 villagers in an overnight attack in Plateau state, a local official said on Monday.',
        'A journalist was stabbed to death outside his home in Acapulco, prosecutors said.',
        'Suspected ADF rebels hacked 11 civilians to death with machetes in the Beni territory.',
        'Soldiers shot dead two fishermen on Lake Chad, accusing them of supplying insurgents, witnesses said.',
        'Unidentified attackers opened fire on a minibus in Balochistan, killing six passengers from Punjab.',
        'Settlers attacked Palestinian farmers harvesting olives near Nablus, injuring three, the Red Crescent said.',
        'A local councillor was gunned down in Guerrero state on Thursday.',
        'Armed men burst into a church in Ondo during Sunday mass and shot worshippers.',
        'Junta troops executed nine villagers and burned their bodies in Magway region, residents told reporters.',
        'Bandits killed a farmer and injured his wife on their farm in Katsina.',
        'An opposition activist was found dead with gunshot wounds a day after receiving threats, his party said.',
        'Islamic State fighters killed 20 civilians collecting truffles in the desert near Palmyra.',
        'Police officers beat a street vendor to death in Kinshasa, rights groups said.',
        'Gunmen attacked a camp for displaced people near Djibo, killing at least 10.',
    ],
    'Shelling/artillery/missile attack': [
        'Russian shelling killed two civilians in Kherson on Wednesday, the regional governor said.',
        'Hezbollah fired dozens of rockets at northern Israel on Saturday.',
        'Artillery shells hit a displacement camp in El Fasher, killing five people, medics said.',
        'Houthi forces launched a ballistic missile at a tanker in the Red Sea, the US military said.',
        'Mortar fire struck the outskirts of Mogadishu airport on Tuesday night.',
        'Israeli tanks shelled areas east of Khan Younis, residents said.',
        'Ukraine Says Russian Missiles Hit Power Plant in Lviv Region',
        'Government artillery pounded villages in the Nuba Mountains, a monitoring group reported.',
    ],
    'Air/drone strike': [
        'An Israeli air strike on a house in Rafah killed 11 members of one family, health officials said.',
        'Myanmar military jets bombed a village in Sagaing, killing at least 30 people including children.',
        'A Turkish drone strike killed two members of the PKK in Sinjar, Kurdish officials said.',
        'Russian drones attacked Odesa port overnight, damaging grain warehouses.',
        'US Strikes Houthi Radar Sites in Yemen',
        'Sudanese army warplanes struck RSF positions in Nyala on Thursday.',
        'A drone attack on a market in North Darfur killed at least eight people, activists said.',
        'The Nigerian air force said it had killed dozens of bandits in air raids on their camps in Zamfara.',
    ],
    'Remote explosive/landmine/IED': [
        'A roadside bomb killed four soldiers in Kunar province on Monday.',
        'Three children were killed when an unexploded shell they were playing with detonated in Daraa.',
        'A bomb hidden in a motorcycle exploded at a bus stop in Quetta, wounding 12 people.',
        'An army truck struck a landmine in Kayin state, killing two soldiers.',
        'A car bomb went off near a military checkpoint in Mogadishu, killing at least five.',
    ],
    'Suicide bomb': [
        'A suicide bomber blew himself up at a political rally in Bajaur, killing 40 people.',
        'Two female suicide bombers struck a market in Maiduguri on Sunday.',
    ],
    'Grenade': [
        'A grenade thrown into a bar in Bujumbura wounded seven people.',
        'A grenade lobbed by militants at a police post in Srinagar injured two officers.',
    ],
    'Chemical weapon': [
        'Dozens of people suffered breathing problems after a chlorine gas attack on the town of Saraqeb, rescuers said.',
    ],
    'Government regains territory': [
        'The Ethiopian army recaptured the town of Alamata from Tigrayan forces, the government said.',
        'Malian troops and Russian mercenaries took back control of Kidal from separatist rebels.',
    ],
    'Non-state actor overtakes territory': [
        'Rebels seized the town of Laukkai after weeks of fighting with the military.',
        'Islamist fighters took control of the town of Boni after a fierce battle with the army.',
    ],
    'Sexual violence': [
        'Soldiers raped at least 12 women during a raid on a village in South Kivu, a UN report said.',
        'A teenage girl was gang-raped by armed men near the camp in Tawila, aid workers said.',
    ],
    'Abduction/forced disappearance': [
        'Gunmen kidnapped 20 passengers from a bus on the Abuja-Kaduna highway.',
        'Armed men abducted a Catholic priest from his parish in Enugu state on Saturday.',
        'A human rights defender has been missing since plainclothes men took him from a cafe in Harare, his lawyer said.',
        'Militants abducted three aid workers in the Diffa region, the charity said.',
    ],
    'Peaceful protest': [
        'Thousands of people marched in Belgrade on Saturday against violence and the government.',
        'Teachers staged a rally in Abuja to demand unpaid salaries.',
        'Farmers Block Roads With Tractors Across France Over Fuel Taxes',
        'Students held a sit-in at the University of Nairobi to protest against fee increases.',
        'Relatives of soldiers missing in action demonstrated outside the defence ministry in Kyiv.',
        "Hundreds of Rohingya refugees rallied in Cox's Bazar, calling for their safe return to Myanmar.",
        'Opposition supporters protested peacefully in Lome on Friday against a constitutional change.',
        'Nurses went on strike at state hospitals in Harare, demanding better pay.',
        'Activists gathered outside the Israeli embassy in Amman to denounce the war in Gaza.',
        'Dozens of journalists demonstrated in Tunis on Thursday after a colleague was jailed.',
        'Protesters chanted slogans against the junta in Niamey; the march ended without incident. Two days later police detained three of the organisers at their homes.',
    ],
    'Protest with intervention': [
        'Police fired tear gas to disperse opposition supporters rallying in Nairobi.',
        'Security forces arrested dozens of demonstrators during a protest against fuel prices in Conakry.',
        'Riot police broke up a student march in Dhaka with batons.',
        'Authorities detained 40 people at an unauthorised rally in Moscow, a monitoring group said.',
    ],
    'Excessive force against protesters': [
        'Security forces opened fire on protesters in Mandalay, killing three, witnesses said.',
        'A demonstrator was shot dead by police during a protest over the cost of living in Nairobi.',
    ],
    'Violent demonstration': [
        'Protesters torched a police station in Dhaka and clashed with officers.',
        'Demonstrators pelted security forces with stones and burned tyres in Conakry.',
        'Rioters set fire to cars and smashed shop windows in Nanterre after a teenager was shot by police.',
        'Angry youths protesting a power cut stormed the electricity company office in Kumasi and ransacked it.',
    ],
    'Mob violence': [
        'Residents beat to death two suspected kidnappers in Ondo state, police said.',
        'A mob lynched a man accused of blasphemy in Swat and set his body on fire.',
        'Supporters of rival parties fought with stones and sticks at a polling station in Kano.',
        'Villagers set fire to the house of an elderly woman they accused of witchcraft in Kilifi.',
    ],
    'Agreement': [
        'The government and the ELN signed a six-month ceasefire in Havana.',
        'Warring parties in South Sudan agreed to a prisoner exchange, mediators said.',
    ],
    'Arrests': [
        'Police arrested an opposition leader at his home in Kampala early on Tuesday.',
        'Security forces detained 12 suspected Islamic State members in raids across Kirkuk province.',
        'The junta arrested a former minister accused of plotting a coup.',
        'Authorities in Tehran detained a French tourist on spying charges.',
        'Indian police arrested 30 people over social media posts after the clashes.',
    ],
    'Change to group/activity': [
        'Authorities declared an emergency in three northern provinces after a wave of attacks.',
        'The army deployed additional troops to the border town of Bunagana.',
        'The rebel coalition announced a new leader after the death of its founder.',
    ],
    'Disrupted weapons use': [
        'Security forces defused a bomb planted near a church in Kaduna.',
        'Air defences shot down 20 Russian drones over Kyiv overnight, the military said.',
    ],
    'Headquarters or base established': [
        'Wagner fighters set up a base at the airport in Menaka, residents said.',
    ],
    'Looting/property destruction': [
        'Militiamen looted shops and burned houses in the town of Djugu.',
        "Unknown men torched a school in Cameroon's Northwest region overnight.",
        'Soldiers bulldozed a Palestinian house in Hebron.',
    ],
    'Non-violent transfer of territory': [
        'French troops handed over their last base in Niger to the Nigerien army.',
    ],
    'Other': [
        'Thousands of families fled Kalehe as fighting moved closer to the town, aid agencies said.',
    ],
    NONE: [
        'A magnitude 6.1 earthquake struck eastern Turkey on Monday, killing at least four people.',
        'A bus plunged into a ravine in Nepal, killing 23 passengers.',
        'Floods in Bahia state have displaced 30,000 people, officials said.',
        'The foreign ministers of India and China met in Geneva to discuss the border dispute.',
        'A court in Paris sentenced a former Rwandan doctor to 24 years in prison for genocide.',
        'Real Madrid beat Bayern Munich 2-1 to reach the Champions League final.',
        'Thousands gathered in Srebrenica to commemorate the victims of the 1995 massacre.',
        'Analysts warn that fighting could resume in Tigray if the peace deal collapses.',
        'The opposition leader wrote in an op-ed that the army must return to barracks.',
        'A fire at a nightclub in Skopje killed 59 people, most of them young.',
        'Burglars stole jewellery worth 2 million euros from a shop in Antwerp.',
        'The UN Security Council extended the mandate of its peacekeeping mission in Mali by a year.',
        'A gas explosion in an apartment block in Dagestan killed three residents.',
        'Inflation in Argentina rose to 140 percent in February.',
        'The army chief retired after 40 years of service, the ministry said.',
        'The government plans to hold talks with the rebels next month in Doha.',
        'Cholera has killed 120 people in Zambia since January, the health ministry said.',
        'Police said a man shot his wife and then himself in a domestic dispute in Ohio.',
        'The president vowed to crush the insurgents within six months.',
        'Survivors of the 2014 Yazidi genocide called for justice at a conference in Erbil.',
        'A ferry capsized on Lake Kivu, leaving 40 people missing.',
        "Ukraine's president visited troops on the front line near Bakhmut.",
        'Human Rights Watch accused the army of war crimes committed during the 2021 offensive.',
        'The World Bank approved a 300 million dollar loan for reconstruction in Iraq.',
        'Hackers took down the websites of several government ministries.',
    ],
}


# Session 11, written with FREE17 in the same way and NEVER used for a fix: scored before and after
# the session's fixes, the honest measure of how they carry over (like FREE15, held out).
FREE18: dict[str, list[str]] = {
    'Armed clash': [
        'Soldiers fought off an attack by jihadists on their post in Boulkessi on Sunday, killing 14 assailants.',
        'Police and gunmen from a criminal gang exchanged fire for two hours in Culiacan.',
        'Rival Tuareg factions clashed near Anefis, with casualties reported on both sides.',
        'Houthi and government forces fought along the front lines south of Marib, military sources said.',
        'Troops killed seven rebels in a gun battle in the Kachin hills, state media reported.',
        'Anti-Balaka militiamen attacked peacekeepers in Bangassou, and one Moroccan soldier died.',
    ],
    'Attack': [
        'Gunmen shot dead a tribal elder outside a mosque in North Waziristan.',
        "Jihadists killed 12 traders travelling to a market in Burkina Faso's Sahel region.",
        'A land rights campaigner was murdered by hired gunmen in Para state, Brazil.',
        'Armed herders attacked a farming village in Benue, killing 17 people.',
        'Soldiers opened fire on a car at a checkpoint in Bamenda, killing a pregnant woman.',
    ],
    'Shelling/artillery/missile attack': [
        'Russian forces shelled the centre of Nikopol, damaging homes and a school.',
        'A rocket fired from Lebanon hit a house in Kiryat Shmona.',
        'RSF artillery hit the main hospital in El Obeid, killing two patients.',
    ],
    'Air/drone strike': [
        'A drone struck a wedding party in Sagaing region, killing 15 guests.',
        'Pakistani jets hit suspected militant hideouts inside Afghanistan, the Taliban said.',
        'An air raid on a fuel depot in Sanaa set off a huge fire.',
    ],
    'Remote explosive/landmine/IED': [
        'A bomb exploded under a police vehicle in Diyarbakir, injuring two officers.',
        'Four civilians died when their car drove over an explosive device near Mopti.',
    ],
    'Suicide bomb': [
        'A suicide car bomb exploded at the gate of an army base in Beledweyne, killing 13.',
    ],
    'Grenade': [
        'Attackers threw a grenade at the home of a judge in Srinagar.',
    ],
    'Government regains territory': [
        'Government forces retook the town of Seytenga, the army said.',
    ],
    'Non-state actor overtakes territory': [
        'Tuareg rebels seized control of the town of Ber after driving out government troops.',
    ],
    'Sexual violence': [
        'Militiamen raped three women fetching water near Kutum, a rights group said.',
    ],
    'Abduction/forced disappearance': [
        'Bandits abducted 15 worshippers from a mosque in Zamfara state.',
        'Armed men seized a Chinese engineer at a mining site in Kasai.',
    ],
    'Peaceful protest': [
        'Hundreds of women marched in Lima against violence against women.',
        'Tea plantation workers staged a strike in Sylhet to demand higher wages.',
        'Pro-Palestinian demonstrators rallied outside parliament in London.',
        'Residents blocked a highway in Bukavu to protest against insecurity.',
    ],
    'Protest with intervention': [
        'Police detained several activists at a protest outside the parliament in Tbilisi.',
        'Security forces fired tear gas at demonstrators marching in Lusaka.',
    ],
    'Excessive force against protesters': [
        'Soldiers fired live rounds at protesters in Goma, killing at least six.',
    ],
    'Violent demonstration': [
        "Protesters burned the regional governor's office in Sucre.",
        'Demonstrators hurled stones at police and set vehicles ablaze in Dakar.',
    ],
    'Mob violence': [
        'A crowd beat and burned a suspected thief to death in a Port-au-Prince market.',
        'A mob attacked a church in Jaranwala after rumours that a Koran had been desecrated.',
    ],
    'Agreement': [
        'Rebels and the government agreed a ceasefire in northern Shan state.',
    ],
    'Arrests': [
        'Police arrested a prominent human rights lawyer in Tunis.',
        'Turkish authorities detained 20 suspected ISIS members in Istanbul raids.',
        'A journalist was arrested in Niamey on Monday.',
    ],
    'Change to group/activity': [
        'The government imposed a dusk-to-dawn curfew in Manipur.',
    ],
    'Disrupted weapons use': [
        'Police defused a bomb found near a bus terminal in Kano.',
    ],
    'Headquarters or base established': [
        'Rebels established a new base in the forest near Mambasa.',
    ],
    'Looting/property destruction': [
        'Fighters looted a pharmacy and set houses on fire in Kutum.',
    ],
    'Non-violent transfer of territory': [
        'Government troops withdrew from Bamba without a fight, and rebels moved in.',
    ],
    'Other': [
        'The rebels freed 40 prisoners of war as a goodwill gesture before the talks.',
    ],
    NONE: [
        'A tropical storm killed 12 people in the Philippines.',
        'The defence ministers of France and Germany signed a deal on a new tank.',
        'A court in Lagos jailed a former governor for fraud.',
        'Veterans laid wreaths to mark the anniversary of the 1991 siege of Vukovar.',
        'Experts fear the drought will push millions into hunger this year.',
        'A train hit a lorry at a level crossing in Bihar, killing four.',
        'The rebels say they will boycott the peace talks.',
        'Kenya won the relay at the world championships in Budapest.',
        'Police arrested two men for smuggling wildlife at the airport in Nairobi.',
    ],
}


# Near-misses: (sentence, the rare type it must NOT get, what it must get (NONE: no event; None:
# anything but the forbidden type)).
NEAR_MISSES: list[tuple[str, str, str | None]] = [
    # disasters and accidents that read like explosions, gas or territory
    ("A gas leak at a fertiliser plant in Korma killed four workers on Monday.", "Chemical weapon", NONE),
    ("Toxic fumes from a chemical factory fire forced hundreds to leave their homes in Bantiri.", "Chemical weapon", NONE),
    ("A cooking gas cylinder exploded at a restaurant in Lasho, killing three people.", "Remote explosive/landmine/IED", NONE),
    ("A small plane crashed near the airport in Korma, killing both pilots.", "Air/drone strike", NONE),
    ("Floodwaters swept away 40 homes in Bantiri district.", "Looting/property destruction", NONE),
    ("Villagers fled their homes as the river burst its banks near Lasho.", "Other", NONE),
    # diplomacy that names agreements, bases, troops
    ("The two presidents signed a trade agreement in Korma on Monday.", "Agreement", NONE),
    ("The foreign ministers agreed to reopen their embassies.", "Agreement", NONE),
    ("The defence minister visited a naval base in Bantiri on Saturday.", "Headquarters or base established", NONE),
    ("The government opened a new hospital in Lasho.", "Headquarters or base established", NONE),
    ("The ruling party named a new spokesman on Monday.", "Change to group/activity", NONE),
    # organised crime
    ("Police arrested a man for stealing cattle in Korma.", "Arrests", NONE),
    ("Police seized 200 kilograms of cocaine at the port of Bantiri.", "Arrests", None),
    ("Robbers looted a jewellery shop in Lasho on Saturday.", "Looting/property destruction", NONE),
    ("Kidnappers released a businessman after his family paid a ransom.", "Abduction/forced disappearance", None),
    # claims of responsibility and statements
    ("Islamic State claimed responsibility for the suicide bombing in Korma.", "Suicide bomb", NONE),
    ("The militants claimed the grenade attack in a statement on Monday.", "Grenade", NONE),
    ("The government denied using chemical weapons in Bantiri.", "Chemical weapon", NONE),
    ("The UN called for an end to air strikes on hospitals.", "Air/drone strike", NONE),
    # news-style non-ACLED items (natural and man-made disasters, diplomacy, organised crime, claims)
    ("Cyclone kills 20 and flattens homes along the coast near Korma", "Looting/property destruction", NONE),
    ("An earthquake destroyed hundreds of buildings in Bantiri province on Monday.", "Looting/property destruction", NONE),
    ("Floods forced 10,000 people to flee their homes in Lasho.", "Other", NONE),
    ("A blast at a coal mine killed 12 miners in Korma on Saturday.", "Remote explosive/landmine/IED", NONE),
    ("A fuel tanker exploded on a highway near Bantiri, killing 40 people.", "Remote explosive/landmine/IED", NONE),
    ("An explosion at an ammunition depot in Lasho killed three soldiers, the army said an electrical fault caused it.", "Remote explosive/landmine/IED", None),
    ("A passenger train derailed near Korma, killing 15.", "Other", NONE),
    ("A military helicopter crashed during a training flight near Bantiri, killing four crew.", "Air/drone strike", NONE),
    ("A boat carrying migrants capsized off Lasho; 30 are missing.", "Abduction/forced disappearance", NONE),
    ("The two countries agreed to restore diplomatic ties after talks in Korma.", "Agreement", NONE),
    ("Bantiri recalled its ambassador over the border dispute.", "Change to group/activity", NONE),
    ("The president signed a defence cooperation pact with his counterpart on Monday.", "Agreement", NONE),
    ("Leaders met in Lasho for a regional summit on security.", "Headquarters or base established", NONE),
    ("The government expelled two foreign diplomats on Saturday.", "Arrests", NONE),
    ("Police dismantled a drug trafficking ring in Korma and arrested nine people.", "Arrests", None),
    ("Armed robbers held up a bank in Bantiri and escaped with cash.", "Looting/property destruction", NONE),
    ("A gang boss was extradited to the United States on drug charges.", "Arrests", NONE),
    ("Smugglers were caught with 3 tonnes of ivory at the Lasho border post.", "Arrests", None),
    ("Police rescued 40 victims of human trafficking from a house in Korma.", "Abduction/forced disappearance", NONE),
    ("The rebels said they were behind the ambush on the convoy near Bantiri.", "Armed clash", NONE),
    ("Authorities blamed the separatists for the car bomb in Lasho.", "Remote explosive/landmine/IED", NONE),
    ("No group has claimed the kidnapping of the engineers.", "Abduction/forced disappearance", NONE),
    ("The army accused the militia of looting the town's market.", "Looting/property destruction", NONE),
    # look-alikes inside conflict
    ("A grenade launcher was used to fire on an army post near Korma.", "Grenade", None),
    ("Police fired tear gas grenades to disperse protesters in Bantiri.", "Grenade", "Protest with intervention"),
    ("Troops seized a rebel base near Lasho after heavy fighting.", "Headquarters or base established", None),
    ("Police arrested a suspected suicide bomber before he could reach the market in Korma.", "Suicide bomb", None),
    ("Soldiers found and defused a landmine on the road to Bantiri.", "Remote explosive/landmine/IED", "Disrupted weapons use"),
    ("Protesters marched peacefully through Lasho, demanding the release of detained activists.", "Arrests", "Peaceful protest"),
    ("Thousands marched in Korma to protest against the rape of a schoolgirl.", "Sexual violence", "Peaceful protest"),
    ("Students rallied in Bantiri to demand the return of abducted classmates.", "Abduction/forced disappearance", "Peaceful protest"),
    ("Protesters burned tyres and blocked roads in Lasho over fuel prices.", "Mob violence", "Violent demonstration"),
    ("Gunmen shot dead a village chief in Korma on Monday.", "Abduction/forced disappearance", "Attack"),
    ("Rebels ambushed an army convoy near Bantiri, killing five soldiers.", "Remote explosive/landmine/IED", "Armed clash"),
    ("A strike by bus drivers paralysed transport in Lasho on Monday.", "Air/drone strike", "Peaceful protest"),
    ("Artillery shells hit a market in Korma, killing six civilians.", "Air/drone strike", "Shelling/artillery/missile attack"),
    ("The army said it killed 12 militants in air strikes near Bantiri.", "Armed clash", "Air/drone strike"),
]


# Non-ACLED news (natural and man-made disasters, diplomacy, organised crime, attribution of
# responsibility), free-written: none of these should give an event. (Left out on purpose: police
# seizing drugs, which ACLED codes, and armed groups' claims of their own attacks, which ACLED keeps.)
NON_ACLED: list[str] = [
    'A powerful earthquake struck eastern Korma on Tuesday, killing at least 40 people and flattening hundreds of homes.',
    'Torrential monsoon rains triggered landslides that buried a village near Bantiri, leaving 23 dead.',
    'Typhoon slams into coast, forcing evacuation of 200,000 people',
    'Wildfires raging across the hills above Lasho have destroyed 300 houses.',
    'Flash floods swept through the capital overnight, drowning 12 people.',
    'A drought has left two million people in need of food aid in the north.',
    'The death toll from the cyclone rose to 85 as rescuers reached cut-off villages.',
    'Heavy snowfall cut off mountain villages and killed six shepherds.',
    'A volcano erupted near Korma, sending ash over nearby towns.',
    'A fire at a crowded nightclub in Bantiri killed 27 people early on Sunday.',
    'At least 18 people died when a passenger ferry sank in a storm off the coast of Lasho.',
    'A gas explosion in a residential building in Korma killed seven people.',
    'A bridge collapsed under a loaded truck in Bantiri, killing the driver.',
    'Dozens were killed when a fuel tanker overturned and exploded in Lasho.',
    'A stampede at a religious festival left 31 dead.',
    'A train carrying fuel derailed and caught fire near Korma.',
    'Twelve miners were trapped underground after a tunnel collapse at a copper mine.',
    'Toxic fumes from a chemical plant leak sent 400 people to hospital in Bantiri.',
    'The foreign ministers of the two countries met in Lasho to discuss a border dispute.',
    'The president hosted his Kenyan counterpart for talks on trade and security.',
    'The government recalled its ambassador after the neighbouring state expelled two diplomats.',
    'The two nations signed an agreement to build a joint oil pipeline.',
    'The UN Security Council voted to extend the peacekeeping mission for another year.',
    'The EU imposed new sanctions on officials accused of rigging the vote.',
    'Envoys from the regional bloc arrived in Korma to mediate between the parties.',
    'Peace talks between the government and the rebels resumed in Addis Ababa on Monday.',
    'The prime minister announced the country would open an embassy in Bantiri.',
    'A notorious drug lord was extradited to the United States on Friday.',
    'Police arrested 14 members of a car theft ring operating across the region.',
    'Customs officers intercepted smugglers carrying 2,000 bottles of illegal liquor.',
    'A court jailed three men for running a human trafficking network.',
    'Gang members robbed a bank in central Lasho and fled with millions in cash.',
    'Police busted a counterfeit currency racket and arrested its leader.',
    'Authorities froze the accounts of a money laundering syndicate.',
    "The Islamic State group claimed responsibility for Sunday's bombing in Korma.",
    'The Taliban denied involvement in the attack on the wedding party.',
    'The government blamed rebel fighters for the massacre of 30 villagers.',
    'Officials said the militants were responsible for the explosion at the market.',
    'Police said they suspected separatists were behind the car bombing.',
    'Police said the explosion at the fireworks warehouse was caused by a spark.',
    'Hundreds of homes were destroyed when a fire swept through a slum in Korma.',
    'An avalanche buried a military post in the mountains, killing 10 soldiers.',
    'Lightning struck a school in Bantiri, killing two pupils.',
    'A military plane crashed on landing at Lasho, killing all 12 aboard.',
    'An army truck plunged into a ravine near Korma, killing nine soldiers.',
    'Soldiers were among 20 people killed when a landslide hit their camp.',
    'The defence ministers agreed to strengthen military cooperation.',
    'The president pardoned 500 prisoners to mark independence day.',
    'Police arrested a gang leader wanted for a string of kidnappings.',
    "Hackers stole data from the defence ministry's servers.",
    'A court in Korma sentenced the gang leader to 20 years for drug trafficking.',
    'Police raided a brothel in Bantiri and rescued 12 women.',
    'Investigators blamed a faulty valve for the blast that killed five workers at the refinery.',
    'The ministry said a short circuit caused the fire that gutted the market in Lasho.',
    'The government accused the opposition of inciting violence ahead of the vote.',
    'Both sides blamed each other for the collapse of the truce.',
    'The militia denied it had recruited child soldiers.',
    'The US blamed Iran for the drone attack on the tanker.',
    'Officials attributed the explosion to a gas leak.',
    'A soldier was killed when his rifle went off accidentally while he was cleaning it.',
    'Three soldiers drowned when their boat capsized during a patrol on the river.',
    'A policeman died of a heart attack while on duty at a checkpoint.',
    'The ministers of the two countries signed a memorandum on security cooperation.',
    'The president met the leaders of the opposition to discuss the crisis.',
    'The rebels and the government will hold talks next week in Geneva.',
    'Police in Korma dismantled a gang that smuggled migrants across the border.',
    'Scientists warned that the drought could trigger clashes over water.',
    'The army chief resigned after a corruption scandal.',
    'The government declared three days of national mourning for the flood victims.',
]



# Session 10 (issue #3): a fresh batch of 250 non-events in wire and newspaper style (long sentences,
# two clauses, numbers, quotes, attributions, headlines), written to probe the words of violence that
# disasters, diplomacy, courts, crime, sport, business, commemorations, forecasts, opinion, appeals,
# drills and weapons tests use. None of these may give an event. Scored before any fix (see the commit
# that added it). NON_ACLED2_EVENTS: look-alikes in the same families that ACLED does code.
NON_ACLED2: list[str] = [
    # natural disasters
    'Flash floods swept through three villages in the Tandara valley overnight, killing at least 31 people and destroying more than 600 homes, the regional disaster agency said.',
    'A magnitude 6.4 earthquake hit the mountainous north of the country on Sunday, killing 57 people and leaving thousands without shelter as temperatures dropped.',
    'Cyclone Ilsa battered the coast with winds of up to 190 km/h, tearing roofs off schools and killing nine fishermen who had ignored warnings to stay ashore.',
    'Swarms of desert locusts destroyed an estimated 40,000 hectares of sorghum in the eastern districts, the agriculture ministry said on Thursday.',
    'At least 14 villagers were killed by a herd of elephants that attacked their settlement near the edge of the national park, wildlife officials said.',
    'A cholera outbreak has killed 212 people since January and health workers fear the number will rise as the rainy season begins.',
    'Three children were attacked by a crocodile while fetching water from the river near Mbala; one of them died on the way to hospital.',
    'The drought, the worst in four decades, has killed more than 80,000 head of cattle and pushed 1.2 million people to the brink of famine, the UN said.',
    'Heavy snowfall cut off 200 mountain villages and killed four people whose car was buried by an avalanche on the Salang road.',
    'A landslide triggered by days of rain buried a jade miners\' camp near Hpakant, and rescuers had recovered 19 bodies by nightfall.',
    'Typhoon Mawar slammed into the island on Friday, knocking out power to 300,000 homes and flattening banana plantations.',
    'Lightning struck a church during Sunday service in the village of Kabale, killing five worshippers and injuring 30 others.',
    'Measles has claimed the lives of 1,400 children this year, the health ministry said, blaming low vaccination rates in rural provinces.',
    'A heatwave has killed at least 110 people in the northern plains, where temperatures have topped 48C for a week.',
    'Hippos attacked a canoe on Lake Kivu on Tuesday, killing two fishermen and leaving a third missing.',
    'Floods Kill 45, Displace Thousands In Southern Provinces',
    'Quake Flattens Market Town, Dozens Feared Dead',
    'The storm destroyed 3,000 hectares of rice and damaged 12 bridges, leaving the district cut off, the governor told reporters.',
    'Wildfires raged across the hills above the port city for a third day, forcing 8,000 people to flee and destroying 70 houses.',
    'A volcano on the island erupted on Monday, raining ash on villages and forcing the evacuation of 11,000 residents.',
    'Dengue cases have tripled in the capital this year, with 36 deaths recorded so far, according to the health department.',
    'An outbreak of foot-and-mouth disease has hit herds across the province, and authorities ordered the culling of 5,000 animals.',
    'A leopard mauled a six-year-old girl to death near a tea estate in the hills, the forest department said.',
    'Rising waters of the Niger river have submerged entire neighbourhoods of the town, and the mayor said 22 people had drowned.',
    'Stray dogs attacked and killed a four-year-old boy in a slum on the outskirts of the city, prompting calls for a culling campaign.',
    'Two months of torrential rain have left 1.5 million people homeless, and aid agencies say disease is now the biggest threat.',
    'The hurricane made landfall as a category 4 storm, killing 16 people and wrecking the island\'s only airport.',
    'A tornado ripped through the small town of Greenfield late on Tuesday, destroying dozens of homes and killing three people.',
    'Snakebites killed 37 farm workers during the harvest season, a study by the medical school found.',
    'An army of caterpillars has invaded maize fields in the west, and farmers say they have lost half their crop.',
    # man-made disasters and accidents
    'A fire tore through a garment factory on the outskirts of Dhaka on Wednesday, killing 17 workers who were trapped behind locked exits, fire officials said.',
    'An explosion at a coal mine in the north of the country killed 22 miners and trapped dozens more underground, the mining ministry said.',
    'A gas pipeline exploded near the village of Kuyuk late on Saturday, sending a fireball into the sky and killing four people in nearby houses.',
    'Forty-one passengers died when an overcrowded bus plunged into a gorge on the mountain highway, police said.',
    'A five-storey apartment block collapsed in the old quarter on Monday morning, and rescuers pulled 13 bodies from the rubble.',
    'A stampede at a food distribution point in the port city killed 21 people, most of them women, officials said.',
    'At least 60 people are missing after a boat carrying traders and their goods capsized on the Congo river near Mbandaka.',
    'A fuel tanker overturned and exploded on the main highway, killing 19 people who had rushed to collect spilling petrol.',
    'The blast at the fireworks warehouse shattered windows across the neighbourhood and killed six employees, a police spokesman said.',
    'A passenger train collided with a freight train near the junction town, killing 38 people and injuring more than 200.',
    'Officials said an electrical fault was the likely cause of the fire that gutted the central market and destroyed 400 stalls.',
    'A military transport plane crashed on take-off in the capital on Thursday, killing all 12 crew members, the air force said.',
    'Twenty-three pilgrims were crushed to death when crowds surged toward the shrine at the start of the festival.',
    'A boiler explosion at a sugar mill killed nine workers and injured 15 on Tuesday, the factory owner said.',
    'An ammunition depot blew up in a series of explosions that shook the town for hours; the army blamed hot weather and poor storage.',
    'A dam burst after days of rain, sending a wall of water into the valley below and killing at least 40 people.',
    'Blast At Chemical Plant Kills 8, Injures Dozens',
    'Bus Crash Kills 27 On Mountain Road',
    'A helicopter carrying the provincial governor crashed in bad weather, killing all six people on board, officials said.',
    'Methane gas ignited in a shaft of the state-owned mine, killing 14 workers in the country\'s worst mining accident in a decade.',
    'A bridge packed with festival-goers gave way on Sunday evening, plunging dozens into the river; 132 people died.',
    'Toxic fumes from a leaking tank at a pesticide factory killed five people and sent 300 to hospital, the city\'s health chief said.',
    'A ferry carrying 300 people sank in rough seas off the island, and the coast guard said 84 bodies had been recovered.',
    'Thirty-one people died after drinking bootleg liquor at a wedding in the village, police said.',
    'A stray spark from welding work set fire to the roof of the cathedral, which burned for nine hours before firefighters brought it under control.',
    'Two workers were killed when a crane collapsed onto a construction site in the city centre.',
    'A cooking gas explosion destroyed a restaurant in the market district and killed three diners on Friday night.',
    'The cargo ship ran aground and broke in two off the coast, spilling fuel oil along 30 kilometres of beaches.',
    'Sixty miners died when the walls of an illegal gold pit caved in after heavy rain, the regional governor said.',
    # diplomacy
    'The foreign ministers of the two countries met in Doha on Tuesday for talks aimed at ending a two-year diplomatic rift.',
    'The European Union imposed sanctions on nine officials it accused of rigging the election, freezing their assets and banning them from travel.',
    'The president warned that his country would respond "with all means" if the border dispute was not settled, in the latest escalation of a war of words with its neighbour.',
    'Washington and Hanoi struck a deal to expand cooperation on energy and critical minerals during the president\'s visit.',
    'The government strongly condemned the attack on the embassy in a statement and summoned the ambassador to demand an explanation.',
    'The prime minister flew to Beijing on Sunday for a four-day state visit expected to focus on debt relief and a new railway.',
    'Envoys from the rebel movement and the government sat down for a first round of indirect talks in Nairobi on Monday.',
    'The UN Security Council voted to extend the peacekeeping mission\'s mandate by a year, with two members abstaining.',
    'Ministers traded barbs over the disputed islands, with each side accusing the other of provocation.',
    'The country expelled three Russian diplomats it accused of espionage and gave them 72 hours to leave.',
    'The African Union suspended the country\'s membership after the military took power, and threatened further sanctions.',
    'The two leaders shook hands in front of the cameras and pledged to reopen the border crossing by the end of the year.',
    'The foreign ministry said it had lodged a formal protest with Seoul over the remarks made by its defence minister.',
    'The mediators said the talks had made "significant progress" but that a deal on the release of prisoners was still some way off.',
    'Talks Collapse As Rivals Trade Accusations',
    'The Gulf states pledged $3 billion in aid to rebuild homes and schools destroyed in the war.',
    'The defence minister threatened to strike militant camps across the border if the rocket attacks did not stop.',
    'The ambassador was recalled for consultations after the foreign minister called the neighbouring president "a warmonger".',
    'The two countries restored diplomatic relations after seven years, agreeing to reopen their embassies within two months.',
    'The United States slapped new tariffs on steel imports, drawing an angry response from Ankara.',
    'France and Germany condemned the shelling of the hospital and called on both sides to respect humanitarian law.',
    'The regional bloc threatened military intervention if the junta did not release the ousted president within a week.',
    'The summit ended without a joint communique after delegates clashed over the wording on the war.',
    'The visit by the foreign minister to the disputed region drew a sharp rebuke from the neighbouring capital.',
    'The envoy shuttled between the two capitals in a bid to head off a new round of fighting.',
    # legal actions
    'A court in The Hague sentenced a former militia commander to 25 years in prison for ordering the massacre of villagers in 2003.',
    'The two men accused of attacking a police station in 2021 pleaded not guilty at the opening of their trial on Monday.',
    'A judge ordered the extradition of the former army officer to Spain, where he faces charges over the killing of six priests.',
    'Prosecutors indicted 14 people over last year\'s bombing of the train station, including two alleged financiers.',
    'The appeals court upheld the death sentence handed down to a man convicted of killing a soldier during the 2019 riots.',
    'An inquest into the deaths of three protesters shot by police in 2018 heard that officers had fired without warning.',
    'The former president was found guilty of corruption and sentenced to six years in prison, a ruling his lawyers vowed to appeal.',
    'A military tribunal acquitted eight soldiers accused of torturing detainees at a base in the north, angering rights groups.',
    'The Supreme Court ruled that the ban on the opposition party was unconstitutional.',
    'The warlord\'s trial for crimes against humanity, including attacks on civilians and the use of child soldiers, resumed on Tuesday.',
    'A jury convicted the gunman of murdering 10 people at a supermarket last year; he faces life without parole.',
    'The court heard that the defendant had shot the victim twice in the head during an argument over a debt.',
    'Judge Jails Rebel Leader For Life Over 2016 Massacre',
    'The suspect, who was extradited from Kenya last month, is charged with planning the bombing of a nightclub in 2012.',
    'A coroner ruled that the journalist was unlawfully killed when soldiers opened fire on the crowd in 1972.',
    'An international court issued an arrest warrant for the defence minister over the shelling of residential areas.',
    'A former rebel commander was handed a 12-year sentence for recruiting child soldiers and pillaging villages.',
    'The human rights commission opened hearings into abuses committed by security forces during the state of emergency.',
    'Lawyers for the detained activist filed an appeal against her conviction on charges of inciting violence.',
    'The prosecution asked the court to jail the three officers for 15 years for beating a detainee to death in 2020.',
    'A court in Paris convicted two men for their role in the 2015 attacks on a concert hall and cafes.',
    'The government ordered an inquiry into last month\'s deadly fire at the migrant detention centre.',
    'A mass grave containing the remains of 47 people killed during the civil war was exhumed under the supervision of forensic experts.',
    'The commission found that security forces had used excessive force during the 2022 unrest and recommended compensation for victims.',
    'The court postponed the trial of 30 alleged coup plotters until next month.',
    # ordinary crime
    'Police arrested a 32-year-old man on Friday after his neighbour was found stabbed to death in a flat in the east of the city, following a dispute over noise.',
    'A businessman was shot dead in a robbery at his shop on Saturday night and the thieves fled with cash, police said.',
    'Officers seized 1.3 tonnes of cocaine hidden in a shipment of bananas at the port of Antwerp.',
    'A nurse was arrested on suspicion of poisoning three elderly patients at a private clinic.',
    'Police said a man killed his wife and two children before turning the gun on himself at their home in the suburbs.',
    'Fraud investigators raided the headquarters of the bank and arrested its chief financial officer.',
    'A gang of pickpockets targeting tourists on the metro was broken up by police, who arrested seven people.',
    'A teenager was stabbed in a fight outside a nightclub in the early hours of Sunday and is in a critical condition.',
    'Three men robbed a jewellery store in the shopping mall at gunpoint and escaped with watches worth $200,000.',
    'Customs officers caught a woman trying to smuggle 40 rare tortoises through the airport in her luggage.',
    'A man who ran over a pedestrian while drunk and fled the scene has been arrested, police said.',
    'Hackers stole the personal data of five million customers from the telecoms company, which is investigating the breach.',
    'Police are hunting a man who attacked a 70-year-old woman and stole her handbag in a park on Tuesday.',
    'Poachers killed three rhinos in the national park over the weekend and hacked off their horns.',
    'The police chief said the murder of the shopkeeper was linked to a family feud over land and not to politics.',
    'A student was killed in a hit-and-run on the ring road late on Friday.',
    'Detectives arrested the victim\'s business partner in connection with the killing, which they said was motivated by money.',
    'A police officer was suspended after a video showed him slapping a motorist during a traffic stop.',
    'Interpol issued a red notice for the fugitive tycoon, who is wanted for a $1 billion fraud.',
    'Two brothers were charged with the murder of their father, who was found dead at the family farm.',
    # sport metaphors
    'Manchester United\'s attack looked toothless again as they were held to a goalless draw at home by Burnley.',
    'The striker shot from 25 yards and beat the keeper at his near post to give the visitors a 2-1 win.',
    'The two heavyweights clash in Riyadh on Saturday in a fight billed as the battle of the decade.',
    'The champions stormed back from two goals down to beat their rivals 3-2 in a thrilling derby.',
    'Djokovic survived a barrage of aces to win a five-set battle on Centre Court.',
    'The Springboks\' forwards destroyed the English scrum, and the visitors were crushed 35-6.',
    'A late strike from the substitute sealed victory for the hosts in front of 60,000 fans.',
    'The rookie shot a final-round 64 to win the tournament by three strokes.',
    'The Lakers raided the Celtics\' bench for their new assistant coach, the team announced on Monday.',
    'India\'s bowlers attacked from the first over and the visitors were all out for 112 before tea.',
    'Fans Set For Battle As Derby Tickets Sell Out',
    'The midfielder was sent off after a clash with the goalkeeper that left both players on the ground.',
    'The veteran boxer knocked out his younger opponent in the third round to retain his title.',
    'The coach said his side would "go to war" against the league leaders on Sunday.',
    'The defending champions were ambushed by a side from the second division in the third round of the cup.',
    'Police said 14 fans were arrested for drunkenness after the final, which passed off peacefully.',
    'The club fired its manager on Tuesday after a run of seven defeats.',
    'The sprinter exploded out of the blocks and smashed the world record in the 100 metres.',
    'The captain took aim at the referee in a post-match interview, saying two goals should have been disallowed.',
    'The team\'s ground attack gained 210 yards as they routed the visitors 42-7.',
    # economy and business
    'The two supermarket chains are locked in a price war that has cut the cost of a loaf of bread by a third.',
    'The studio\'s big-budget sequel bombed at the box office, taking just $9 million in its opening weekend.',
    'Shares in the airline crashed 30% on Wednesday after it warned of a loss for the year.',
    'Investors fled emerging markets as the dollar surged, and the currency plunged to a record low.',
    'The central bank fired its biggest weapon yet, raising rates by two percentage points to defend the currency.',
    'The company said it would cut 4,000 jobs and close three plants as demand for its cars collapses.',
    'Oil prices exploded to $120 a barrel after the producers\' group agreed to cut output.',
    'The tech giant launched a hostile takeover bid for its smaller rival, valuing it at $12 billion.',
    'Markets were hit hard by fears of a recession, with the main index losing 4% in a single session.',
    'The government slashed fuel subsidies on Monday, raising the price of petrol by 40%.',
    'Inflation hit 18% in October, the statistics office said, driven by food and energy costs.',
    'Retailers Brace For Bloodbath As Sales Slump',
    'The mining firm struck a deal to buy a lithium project in Chile for $800 million.',
    'The two carmakers declared war on each other in a bitter row over patents.',
    'Wheat exports were crippled by the closure of the ports, pushing prices up across the region.',
    # commemorations
    'Survivors and relatives gathered in the town square on Tuesday to mark the 20th anniversary of the bombing that killed 191 commuters.',
    'The president laid a wreath at the memorial to the victims of the 1994 genocide, which killed some 800,000 people.',
    'Church bells rang across the city to remember the 86 people killed in the truck attack on the seafront seven years ago.',
    'Hundreds of people lit candles outside the school where a gunman killed 21 pupils last year.',
    'Veterans marked the anniversary of the battle with a parade and a minute\'s silence at the war cemetery.',
    'A monument to the soldiers who died defending the airport was unveiled on Sunday in the presence of the defence minister.',
    'Families of the victims of the 2008 siege of the hotel say they are still waiting for justice, 15 years on.',
    'The city renamed a street after the journalist who was murdered by a death squad in 1989.',
    'On the anniversary of the massacre, relatives laid flowers at the mass grave where 400 villagers were buried.',
    'The nation observed two minutes of silence for the soldiers killed in the 1999 border war.',
    'A museum documenting the bombing of the city during the war opened its doors to the public on Saturday.',
    'Ten years after the siege ended, the city\'s old town has been rebuilt, but many residents have not returned.',
    'Memorial Service Held For Victims Of 2017 Attack',
    'The queen met survivors of the bombing at a reception marking its tenth anniversary.',
    'The government paid compensation to 1,200 families whose homes were destroyed in the fighting of 2014.',
    # forecasts and warnings
    'Analysts warned that the militants could attack the capital within months if the army does not regain control of the highway.',
    'The UN envoy said there was a real risk of renewed fighting in the south if the elections were delayed again.',
    'Forecasters warned that the cyclone could strengthen into a major storm before hitting the coast on Thursday.',
    'Security experts fear that the jihadists will exploit the rainy season to launch attacks on isolated army posts.',
    'The embassy urged its citizens to avoid the border area, warning of a high threat of kidnapping.',
    'The aid agency said a famine was likely by the end of the year unless the blockade of the port was lifted.',
    'Officials fear that violence may erupt after the results are announced next week.',
    'A report by the think-tank predicted that clashes over water would become more frequent as the glaciers melt.',
    'The police chief said his officers were ready to deal with any unrest during the vote on Sunday.',
    'Intelligence services warned of a possible attack on shopping centres during the holidays.',
    'The minister said the army would crush the rebellion "within weeks" and promised that displaced families would soon go home.',
    'Meteorologists expect more floods in the coming days as the rains move north.',
    'Diplomats say a ground offensive on the city could start at any time, but no decision has been taken.',
    'The rebels threatened to attack oil installations unless the government released their leader.',
    'Economists expect the currency to collapse if the IMF does not approve the loan.',
    # opinion
    'The war has been a disaster for everyone, and the only way out is for both sides to sit down and talk, the editorial argued.',
    'In a column for the newspaper, the former general wrote that the air campaign had failed to break the insurgents\' will.',
    'Critics say the government\'s heavy-handed approach to the protests has only fuelled anger among the young.',
    'The opposition leader accused the government of waging war on the poor with its latest budget.',
    '"We are under attack from fake news every day," the president told supporters at a campaign event.',
    'The bishop described the new law as an assault on religious freedom.',
    'Commentators called the debate a bloodbath for the incumbent, who stumbled over questions on the economy.',
    'The minister launched a blistering attack on the central bank governor in a television interview on Sunday.',
    'The party has been torn apart by infighting since its defeat at the polls, insiders say.',
    'Rights groups said the crackdown on dissent had intensified over the past year, citing the jailing of dozens of journalists.',
    'The violence in the region is rooted in decades of neglect and the competition for land, the author argues.',
    'The senator said the bill would kill thousands of jobs in the coal industry.',
    'Opinion: Why The Ceasefire Will Not Hold',
    'Many residents say they no longer trust the army to protect them, after years of broken promises.',
    'The new film is a savage attack on the country\'s political elite.',
    # fundraisers and appeals
    'A charity concert in the capital raised $2 million for families displaced by the fighting in the east, organisers said.',
    'The Red Cross launched an appeal for $40 million to help 300,000 people affected by the floods.',
    'Volunteers collected blankets and food for the victims of the earthquake at a drive held in the city stadium.',
    'The UN appealed for calm after the election results were announced and urged the candidates to settle their disputes in court.',
    'The pope called for an end to the violence and prayed for the victims of the attack on the church.',
    'A crowdfunding campaign for the family of the slain police officer has raised more than $300,000.',
    'Aid agencies called on donors to fund a $1.2 billion plan to feed millions displaced by the conflict.',
    'The World Bank approved a $500 million grant to rebuild schools and clinics destroyed during the war.',
    'The foundation held a gala dinner to raise money for landmine survivors.',
    'Celebrities joined a telethon for the children of the war-torn region.',
    # exercises and drills
    'Thousands of troops from the two allies began joint military exercises on Monday, practising amphibious landings and air assaults on a mock enemy beach.',
    'The navy fired live rounds in a drill off the coast, and fishermen were told to stay out of the area for three days.',
    'Police staged a mock hostage rescue at the airport to test their response to a terrorist attack.',
    'Fighter jets roared over the capital in a rehearsal for the independence day parade.',
    'Emergency services simulated a chemical attack on the metro in a large-scale exercise on Sunday.',
    'The army said its artillery units had carried out live-fire training near the border, drawing a protest from the neighbouring government.',
    'Special forces practised storming a hijacked plane during a training exercise at the military airfield.',
    'Russian Troops Begin War Games Near Border',
    'Soldiers in full combat gear paraded through the streets of the capital to celebrate Army Day.',
    'The air force bombed targets on a firing range in the desert as part of its annual exercise.',
    'Naval vessels from six countries took part in an anti-piracy exercise in the Gulf of Aden.',
    'Recruits were taught how to lay and clear mines during a six-week course at the engineering school.',
    # arms deals and tests
    'North Korea test-fired two ballistic missiles into the sea off its east coast on Thursday, Japan\'s defence ministry said.',
    'The country signed a $4 billion deal to buy 24 fighter jets from France, the defence ministry said.',
    'India successfully tested a long-range cruise missile from a warship in the Bay of Bengal.',
    'The military unveiled a new attack drone at an arms fair in the capital, saying it could strike targets 1,000 km away.',
    'Iran launched a satellite into orbit on Saturday, drawing condemnation from Western governments.',
    'The United States approved the sale of air defence systems worth $1.2 billion to the Gulf state.',
    'The army took delivery of 30 armoured vehicles donated by the European Union to fight the insurgency.',
    'A rocket tested by the space agency exploded shortly after lift-off, the agency said.',
    'The country carried out its sixth nuclear test, triggering a tremor that was felt across the border.',
    'Lawmakers approved a record defence budget that includes funds for new submarines and missile systems.',
    'The defence ministry said it had test-fired a hypersonic missile that hit a target in the Barents Sea.',
    'The factory will produce 100,000 artillery shells a year when it opens in 2026, the company said.',
    # other non-events in news style
    'The curfew imposed after last week\'s riots was lifted on Monday as calm returned to the city.',
    'Emergency rule was declared in three provinces hit by the floods.',
    'Fighters of the rebel group were seen buying food in the market, residents said, but no incidents were reported.',
    'The interior minister visited the site of Sunday\'s bombing and promised to rebuild the damaged mosque.',
    'Election officials began counting ballots on Sunday evening after a vote that observers described as calm.',
]

# Look-alikes in the same families that ACLED codes: (sentence, sub-event type).
NON_ACLED2_EVENTS: list[tuple[str, str]] = [
    ('Dock workers went on strike on Monday, halting traffic at the country\'s main port to demand a 20% pay rise.', 'Peaceful protest'),
    ('Teachers staged a nationwide strike on Tuesday over unpaid salaries, closing thousands of schools.', 'Peaceful protest'),
    ('Hundreds of supporters of the opposition leader protested outside the courthouse as his trial opened, demanding his release.', 'Peaceful protest'),
    ('Flood victims blocked the main highway for six hours on Wednesday, protesting against the slow delivery of aid.', 'Peaceful protest'),
    ('Relatives of the miners killed in the explosion rallied outside the company\'s offices, demanding compensation.', 'Peaceful protest'),
    ('Fans rioted after the match, smashing shop windows and setting cars on fire in the city centre.', 'Mob violence'),  # (no political aim: ACLED's mob violence)
    ('Police fired tear gas at demonstrators who gathered outside the embassy to protest the visit of the foreign minister.', 'Protest with intervention'),
    ('Villagers armed with sticks beat to death a man they accused of stealing a motorbike.', 'Mob violence'),
]



# Session 10 (issue #3), written after the NON_ACLED2 fixes and scored once on them before any fix
# made from it: a held-out check of 60 non-events in the same families, with its own look-alikes.
NON_ACLED3: list[str] = [
    'Monsoon floods have swept away 14 bridges and killed 63 people across the hill state since June, the relief commissioner said on Monday.',
    'An earthquake of magnitude 5.9 struck near the border town at dawn, destroying 300 mud-brick houses and killing 11 people.',
    'Fall armyworm has destroyed a third of the maize harvest in the western region, farmers\' unions said.',
    'A crocodile dragged a 12-year-old boy into the river while he was washing clothes near Binga, police said.',
    'Mpox has spread to four more provinces, and the health ministry said 27 people had died of it since March.',
    'Storm Kirra Leaves Trail Of Destruction Across Islands',
    'Residents said the heavy rains had flattened their crops and killed dozens of goats, leaving families with nothing to eat.',
    'A cloudburst triggered mudslides that hit a pilgrim camp in the valley, and rescuers said 18 pilgrims were dead.',
    'A fire broke out in a crowded hospital ward in the capital early on Tuesday, killing 10 newborn babies, the health minister said.',
    'Seventeen people died when a minibus collided with a lorry on the highway south of the city, police said.',
    'A blast ripped through a fireworks factory in the town on Saturday, killing 11 workers, and the owner was detained for questioning.',
    'At least 25 gold miners were trapped underground after a shaft caved in at an unlicensed mine, a local official said.',
    'A wooden boat carrying 70 passengers overturned on the lake in high winds, and 22 bodies had been found by Sunday.',
    'Nine people were crushed to death as thousands of fans pushed into the stadium for the opening match of the tournament.',
    'Gas Explosion Destroys Apartment Block, Kills 6',
    'The prime minister held talks with her Japanese counterpart on trade and regional security during a three-day visit to Tokyo.',
    'The regional bloc lifted the sanctions it imposed on the country after the coup, citing progress on a return to civilian rule.',
    'Beijing accused Manila of "provocations" after the coast guards of the two countries traded accusations over a reef.',
    'The foreign minister described the neighbouring government\'s statement as a declaration of war on the truth.',
    'The two rivals agreed to a prisoner exchange in principle but could not agree on a date, the mediators said.',
    'Britain summoned Russia\'s ambassador to protest against the expulsion of two of its diplomats.',
    'The president called his counterpart to condemn the bombing of the embassy and offered help with the investigation.',
    'A court in Abuja sentenced five men to death for the killing of a traditional ruler in 2019.',
    'The trial of 17 soldiers accused of killing civilians during a raid on a village in 2021 opened on Wednesday.',
    'An appeals court overturned the conviction of the opposition leader, who had been jailed for inciting violence.',
    'The former police chief was indicted on charges of ordering the torture of detainees during the 2015 crackdown.',
    'The commission of inquiry said soldiers had shot dead 21 unarmed civilians in the 2020 massacre and recommended prosecutions.',
    'A judge denied bail to the man accused of throwing acid at a rival\'s daughter in a dispute over a dowry.',
    'Police arrested the owner of a pharmacy who had sold fake cancer drugs to hundreds of patients.',
    'A gang of car thieves was jailed for a total of 40 years after stealing 300 vehicles, prosecutors said.',
    'A man was shot dead during an argument over a parking space outside a supermarket, police said.',
    'Police said the woman had poisoned her husband with rat poison after a row over money.',
    'The gunman who killed three people at a bar on Friday had a long history of mental illness, police said.',
    'The visitors\' attack was blunted by a superb display from the home goalkeeper, who saved two penalties.',
    'The veteran striker fired a hat-trick as the champions thrashed their city rivals 5-1.',
    'The underdogs shocked the favourites in a bruising battle that went to extra time.',
    'The champion knocked out the challenger in the fifth round in front of 20,000 fans.',
    'Shares in the bank crashed after it admitted it had hidden losses of $2 billion.',
    'The new superhero film bombed in China, earning less than a tenth of its budget.',
    'Rice prices soared 40% after the government banned exports to protect local supplies.',
    'The two chipmakers are at war over a contract worth $4 billion with the defence ministry.',
    'Families of the 43 students who disappeared in 2014 marked the 10th anniversary with a silent vigil in the capital.',
    'The president unveiled a memorial wall bearing the names of 3,000 soldiers killed in the war against the insurgents.',
    'The country held a minute of silence on Thursday for the victims of the terrorist attack on the stadium in 2017.',
    'Veterans gathered at the war cemetery to remember the comrades they lost in the battle for the hill 50 years ago.',
    'Analysts say the rebels could try to seize the city before the rainy season, when the roads become impassable.',
    'Aid groups warned that fighting could displace half a million more people if the offensive on the town goes ahead.',
    'Forecasters said the storm could bring winds of 200 km/h and urged people in low-lying areas to move to higher ground.',
    'Writing in the weekly, the retired general argued that the army had lost the war for hearts and minds in the north.',
    'The campaign against corruption has become a witch-hunt against the president\'s critics, the opposition said.',
    'The UN refugee agency appealed for $90 million to help people fleeing the fighting across the border.',
    'A marathon in the capital raised money for a hospital treating children wounded by landmines.',
    'The government donated 10,000 tonnes of maize to families hit by the drought.',
    'Police and paramedics simulated a bomb attack on a train during a drill at the central station.',
    'The two navies fired missiles at a decommissioned ship in a live-fire exercise off the coast.',
    'The army showed off its new tanks and rocket launchers at a parade marking the 75th anniversary of the republic.',
    'Iran said it had successfully tested a new air defence system that shot down target drones over the desert.',
    'The defence ministry ordered 200 armoured vehicles and 50,000 rifles as part of a plan to modernise the police.',
    'Tokyo approved the export of missile parts to the United States, a first under its pacifist constitution.',
    'The government lifted the curfew in the northern city, a week after clashes between rival groups left 12 dead.',
]

NON_ACLED3_EVENTS: list[tuple[str, str]] = [
    ('Bus drivers downed tools on Thursday over unpaid wages, leaving commuters stranded across the capital.', 'Peaceful protest'),
    ('Supporters of the jailed journalist chanted slogans outside the court as the judge read the verdict.', 'Peaceful protest'),
    ('Residents of the flooded district blocked a bridge with burning tyres, accusing officials of stealing relief supplies.', 'Violent demonstration'),
    ('Miners staged a sit-in at the pit entrance after a blast killed seven colleagues, demanding safer conditions.', 'Peaceful protest'),
    ('Rival fans fought with knives and bottles outside the stadium before the derby, and two men were stabbed to death.', 'Mob violence'),
    ('Rebels attacked an army post during a military exercise near the border, killing three soldiers.', 'Armed clash'),
]


def run(types: set[str] | None):
    from fogofwar.pipeline import process_text

    def predict(text: str) -> str:
        reports = [r for r in process_text(text, published=PUB)[1] if r.is_event]
        return reports[0].sub_event_type if reports else NONE

    grid = []  # (type, style, text, predicted)
    for sub, frames in FRAMES.items():
        if types and sub not in types:
            continue
        for f in frames:
            for style, text in render(sub, f):
                grid.append((sub, style, text, predict(text)))
    for style, batch in (("free", FREE), ("free2", FREE2), ("free3", FREE3), ("free4", FREE4), ("free5", FREE5), ("free6", FREE6), ("free7", FREE7), ("free8", FREE8), ("free9", FREE9), ("free10", FREE10), ("free11", FREE11), ("free12", FREE12), ("free13", FREE13), ("free14", FREE14), ("free15", FREE15), ("free16", FREE16), ("free17", FREE17), ("free18", FREE18)):
        for sub, texts in batch.items():
            if types and sub not in types:
                continue
            for text in texts:
                grid.append((sub, style, text, predict(text)))
    misses = []
    for text, forbidden, want in NEAR_MISSES:
        if types and forbidden not in types:
            continue
        got = predict(text)
        ok = got != forbidden and (want is None or got == want)
        misses.append((forbidden, text, want, got, ok))
    non_acled = [] if types else [(text, predict(text)) for text in NON_ACLED]
    non_acled2 = [] if types else [(text, predict(text)) for text in NON_ACLED2]
    events2 = [] if types else [(text, want, predict(text)) for text, want in NON_ACLED2_EVENTS]
    non_acled3 = [] if types else [(text, predict(text)) for text in NON_ACLED3]
    events3 = [] if types else [(text, want, predict(text)) for text, want in NON_ACLED3_EVENTS]
    return grid, misses, non_acled, non_acled2, events2, non_acled3, events3


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--types", help="comma-separated sub-event types (default: all)")
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong sentences per type")
    ap.add_argument("--json", help="write every sentence with its prediction to this file")
    args = ap.parse_args(argv)
    types = set(t.strip() for t in args.types.split(",")) if args.types else None
    grid, misses, non_acled, non_acled2, events2, non_acled3, events3 = run(types)
    by_type: dict[str, list] = defaultdict(list)
    by_style: dict[str, list] = defaultdict(list)
    for sub, style, text, got in grid:
        by_type[sub].append((text, got, got == sub))
        by_style[style].append(got == sub)
    print(f"{'sub-event type':40s} {'n':>4s} {'acc':>6s}  most common wrong")
    for sub, rows in by_type.items():
        acc = sum(ok for _, _, ok in rows) / len(rows)
        wrong = Counter(got for _, got, ok in rows if not ok).most_common(2)
        print(f"{sub:40s} {len(rows):4d} {acc:6.3f}  {', '.join(f'{g} x{n}' for g, n in wrong)}")
        for text, got, ok in [r for r in rows if not r[2]][: args.show]:
            print(f"    - [{got}] {text}")
    total = sum(ok for rows in by_type.values() for *_, ok in rows)
    n = sum(len(rows) for rows in by_type.values())
    macro = sum(sum(ok for *_, ok in rows) / len(rows) for rows in by_type.values()) / max(1, len(by_type))
    print(f"{'ALL (micro)':40s} {n:4d} {total / max(1, n):6.3f}   macro over types {macro:.3f}")
    print("by style: " + ", ".join(f"{s} {sum(v) / len(v):.3f}" for s, v in by_style.items()))
    if misses:
        ok = sum(m[-1] for m in misses)
        print(f"near-misses: {ok}/{len(misses)} right")
        for forbidden, text, want, got, good in misses:
            if not good:
                print(f"    - not {forbidden!r}, want {want or 'anything else'!r}, got {got!r}: {text}")
    if non_acled:
        typed = [(t, g) for t, g in non_acled if g != NONE]
        print(f"non-ACLED news typed as an event: {len(typed)}/{len(non_acled)}")
        for text, got in typed:
            print(f"    - [{got}] {text}")
    for name, nons, evs in (("batch 2 (issue #3)", non_acled2, events2), ("batch 3 (held out)", non_acled3, events3)):
        if nons:
            typed = [(t, g) for t, g in nons if g != NONE]
            print(f"non-ACLED {name} typed as an event: {len(typed)}/{len(nons)}")
            for text, got in typed:
                print(f"    - [{got}] {text}")
        if evs:
            print(f"its ACLED look-alikes typed right: {sum(g == w for _, w, g in evs)}/{len(evs)}")
            for text, want, got in evs:
                if got != want:
                    print(f"    - want {want!r}, got {got!r}: {text}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "grid": [dict(type=s, style=st, text=t, predicted=g) for s, st, t, g in grid],
            "near_misses": [dict(forbidden=f, text=t, want=w, predicted=g, ok=o) for f, t, w, g, o in misses],
            "non_acled": [dict(text=t, predicted=g) for t, g in non_acled],
            "non_acled2": [dict(text=t, predicted=g) for t, g in non_acled2],
            "non_acled2_events": [dict(text=t, want=w, predicted=g) for t, w, g in events2],
            "non_acled3": [dict(text=t, predicted=g) for t, g in non_acled3],
            "non_acled3_events": [dict(text=t, want=w, predicted=g) for t, w, g in events3],
        }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
