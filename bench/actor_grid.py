"""ACLED's actor conventions on sentences of our own (issue #3): for each, the inter codes of
actor1 and actor2 we expect on the first event report (None: no actor).

    python bench/actor_grid.py [--show N]

prints the share right per convention and overall, and with --show the sentences it gets wrong.
ACTORS2 (--batch actors2) also checks actor1's name and sponsor; ACTORS2_HELD (--batch held) is
scored, never shown.
The sentences are written for this grid (other names, places and numbers than any benchmark item).
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import date

# (convention, sentence, inter1, inter2)
CASES = [
    # Battles: who fights whom
    ("clash state-rebel", "On 3 March 2019, the army clashed with Boko Haram fighters near Gwoza.", 1, 2),
    ("clash state-rebel", "On 3 March 2019, Taliban fighters attacked a police checkpoint in Baghlan, killing two officers.", 2, 1),
    ("clash state-rebel", "On 3 March 2019, ELN guerrillas fought with soldiers near Tame.", 2, 1),
    ("clash state-rebel", "On 3 March 2019, al-Shabaab militants ambushed an army convoy near Afgoye.", 2, 1),
    ("clash state-rebel", "On 3 March 2019, troops repelled an attack by ISWAP fighters on their base in Monguno.", 2, 1),
    ("clash unnamed side", "On 3 March 2019, police exchanged fire with suspected robbers in Kisumu, killing one.", 1, 3),
    ("clash unnamed side", "On 3 March 2019, a shoot-out broke out in Cali, leaving one dead.", 3, 3),
    ("clash gang", "On 3 March 2019, gang members exchanged fire with police in Tegucigalpa.", 1, 3),  # fire both ways: the state first
    ("clash two states", "On 3 March 2019, military forces of Armenia and Azerbaijan exchanged fire near Tavush.", 1, 8),
    ("clash external", "On 3 March 2019, al-Shabaab fighters attacked an AMISOM base near Baidoa; the troops fought back.", 2, 8),
    ("clash external", "On 3 March 2019, Turkish troops clashed with SDF fighters near Manbij.", 8, 2),
    ("clash rebels-rebels", "On 3 March 2019, HTS fighters clashed with Islamic State militants near Idlib.", 2, 2),
    ("clash communal", "On 3 March 2019, militias from Ukum and Ikurav clashed over farmland near Katsina-Ala.", 4, 4),
    ("clash communal", "On 3 March 2019, Lou Nuer raiders clashed with Murle militia near Pibor.", 4, 4),
    ("clash communal", "On 3 March 2019, rival clan militias fought over a well near Galkayo, killing four.", 4, 4),
    ("clash war sides", "On 3 March 2019, monitors counted 60 shots of small arms fire in both directions near Popasna.", 1, 2),
    ("clash war sides", "On 3 March 2019, Ukrainian soldiers exchanged fire with unknown fighters near Avdiivka.", 1, 2),
    # Explosions / remote violence
    ("shelling", "On 3 March 2019, the Syrian army shelled rebel positions near Kafr Nabl.", 1, 2),
    ("shelling", "On 3 March 2019, HTS fighters shelled army positions near Hama.", 2, 1),
    ("shelling war sides", "On 3 March 2019, monitors recorded 12 explosions of unknown weapons near Horlivka.", 1, None),
    ("air strike", "On 3 March 2019, Russian warplanes struck a market in Maarat al-Numan, killing nine civilians.", 8, 7),
    ("air strike", "On 3 March 2019, a US drone strike killed two al-Shabaab militants near Jilib.", 8, 2),
    ("IED", "On 3 March 2019, a roadside bomb hit an army truck near Gao, killing three soldiers.", 3, 1),
    ("IED claimed", "On 3 March 2019, a roadside bomb hit a police car near Khost. The Taliban claimed responsibility.", 2, 1),
    ("IED civilians", "On 3 March 2019, a bomb planted by JNIM hit a bus near Boni, killing six passengers.", 2, 7),
    ("grenade", "On 3 March 2019, militants threw a grenade at a police post in Srinagar.", 3, 1),
    # Violence against civilians
    ("attack civilians", "On 3 March 2019, gunmen killed five villagers in Zamfara.", 3, 7),
    ("attack civilians", "On 3 March 2019, Boko Haram fighters killed eight farmers near Konduga.", 2, 7),
    ("attack civilians", "On 3 March 2019, soldiers shot dead two traders at a checkpoint in Kaya.", 1, 7),
    ("attack civilians", "On 3 March 2019, Fulani militia killed four farmers in Bassa.", 4, 7),
    ("attack communal", "On 3 March 2019, Toposa raiders attacked a cattle camp near Kapoeta, killing two herders.", 4, 7),
    ("attack land dispute", "On 3 March 2019, a shopkeeper was shot dead in Moga over a land dispute.", 4, 7),
    ("attack passive", "On 3 March 2019, a journalist was shot dead in Culiacan.", 3, 7),
    ("attack reporter", "On 3 March 2019, residents said gunmen abducted eight farmers near Birnin Gwari.", 3, 7),
    ("abduction", "On 3 March 2019, ADF rebels abducted twelve civilians near Beni.", 2, 7),
    ("abduction", "On 3 March 2019, bandits kidnapped a priest in Kaduna.", 3, 7),
    ("police abuse", "On 3 March 2019, police beat a taxi driver for breaking the curfew in Kampala.", 1, 7),
    ("private security", "On 3 March 2019, security guards shot dead a trespasser at a mine near Geita.", 8, 7),
    # Protests
    ("peaceful protest", "On 3 March 2019, hundreds of teachers marched in Nairobi demanding higher pay.", 6, None),
    ("peaceful protest", "On 3 March 2019, students rallied outside parliament in Accra against fee rises.", 6, None),
    ("protest about police", "On 3 March 2019, villagers marched to the police station in Lira demanding that police arrest a suspect.", 6, None),
    ("intervention", "On 3 March 2019, police dispersed a protest by nurses in Lagos and arrested six of them.", 6, 1),
    ("intervention next", "On 3 March 2019, dozens of traders protested in Kumasi against market fees. Nine of them were arrested.", 6, 1),
    ("intervention next", "On 3 March 2019, hundreds of farmers marched in Nakuru against maize prices. Police broke up the march with tear gas.", 6, 1),
    ("excessive force", "On 3 March 2019, police opened fire on peaceful protesters in Kinshasa, killing two.", 6, 1),
    # Riots
    ("violent demonstration", "On 3 March 2019, protesters burned tyres and threw stones at police in Conakry.", 5, 1),
    ("violent demonstration", "On 3 March 2019, rioters torched a police station in Kisii.", 5, 1),
    ("mob violence", "On 3 March 2019, a mob lynched a suspected thief in Mbale.", 5, 7),
    ("mob violence", "On 3 March 2019, two mobs clashed with machetes in Bukavu.", 5, 5),
    ("mob violence", "On 3 March 2019, residents beat a suspected kidnapper to death in Makurdi.", 5, 7),
    ("mob police", "On 3 March 2019, angry youths attacked police officers with stones in Nyeri.", 5, 1),
    # Strategic developments
    ("arrests", "On 3 March 2019, police arrested four opposition activists in Harare.", 1, 7),
    ("arrests passive", "On 3 March 2019, three journalists were arrested in Minsk.", 1, 7),
    ("seizure", "On 3 March 2019, soldiers seized 40 kilograms of cocaine in Tumaco.", 1, 3),
    ("territory rebels", "On 3 March 2019, the Arakan Army took control of an army outpost near Paletwa.", 2, 1),
    ("territory state", "On 3 March 2019, government forces recaptured the town of Kafr Nabuda from rebels.", 1, 2),
    ("agreement", "On 3 March 2019, the army and the Karen National Union signed a truce in Hpa-an.", 1, 2),
    ("looting", "On 3 March 2019, bandits looted shops in Gusau.", 3, 7),
    ("property destruction", "On 3 March 2019, unknown arsonists burned a school in Bamenda.", 3, 7),
    ("headquarters", "On 3 March 2019, al-Shabaab militants set up a base in Jamame.", 2, None),
]

# ACTORS2 (written before the fixes it scores): states named by their country, sponsorship,
# associated actors and the inter codes of foreign forces. Each: (convention, sentence, inter1,
# inter2, words actor1's name must hold or None, actor1's sponsor or None).
ACTORS2 = [
    # A country as the doer: its state forces, external (8) abroad, 1 at home
    ("country subject", "On 3 March 2019, Israel struck a Hamas training camp in Khan Younis.", 8, 2, "Forces of Israel", None),
    ("country subject", "On 3 March 2019, Turkey shelled SDF positions near Tal Tamr.", 8, 2, "Forces of Turkey", None),
    ("country subject", "On 3 March 2019, Russia launched 30 drones at Odesa.", 8, None, "Forces of Russia", None),
    ("country subject", "On 3 March 2019, the United States carried out an air strike on al-Shabaab fighters near Jilib.", 8, 2, "United States", None),
    ("country subject", "On 3 March 2019, Pakistan shelled Indian army posts near Poonch.", 8, 1, "Forces of Pakistan", None),
    ("country subject", "On 3 March 2019, Nigeria bombed Boko Haram camps near Gwoza.", 1, 2, "Forces of Nigeria", None),
    ("country subject", "On 3 March 2019, Saudi Arabia launched air strikes on Houthi positions near Saada.", 8, 2, "Saudi Arabia", None),
    ("country subject", "On 3 March 2019, Turkey bombed PKK hideouts near Amadiya.", 8, 2, "Forces of Turkey", None),
    ("country subject", "On 3 March 2019, Russia bombed a hospital in Maarat al-Numan.", 8, None, "Forces of Russia", None),
    ("country subject", "On 3 March 2019, Ukraine shelled NAF positions near Horlivka.", 1, 2, "Forces of Ukraine", None),
    ("country subject", "On 3 March 2019, US strikes hit Islamic State hideouts near Hajin.", 8, 2, "United States", None),
    ("country subject", "On 3 March 2019, Israel killed two Hezbollah fighters in a drone strike near Bint Jbeil.", 8, 3, "Forces of Israel", None),
    ("country possessive", "On 3 March 2019, Kenya's air force bombed an al-Shabaab camp near Kismayo.", 8, 2, "Forces of Kenya", None),
    ("country possessive", "On 3 March 2019, Syria's army shelled HTS positions near Saraqib.", 1, 2, "Forces of Syria", None),
    # Demonym forces at home and abroad
    ("foreign forces", "On 3 March 2019, Israeli jets struck a Hezbollah depot near Nabatieh.", 8, 3, "Forces of Israel", None),
    ("foreign forces", "On 3 March 2019, Israeli soldiers shot dead a Palestinian teenager near Hebron.", 8, 7, "Forces of Israel", None),
    ("foreign forces", "On 3 March 2019, Mexican soldiers clashed with cartel gunmen in Culiacan.", 1, 3, "Forces of Mexico", None),
    ("foreign forces", "On 3 March 2019, French troops killed ten JNIM fighters near Menaka.", 8, 2, "Forces of France", None),
    ("foreign forces", "On 3 March 2019, Ugandan troops shelled ADF positions near Beni.", 8, 2, "Forces of Uganda", None),
    ("foreign forces", "On 3 March 2019, Eritrean troops killed 12 civilians in Adwa.", 8, 7, "Forces of Eritrea", None),
    ("foreign forces", "On 3 March 2019, Kenyan troops clashed with al-Shabaab fighters near Dhobley.", 8, 2, "Forces of Kenya", None),
    ("foreign forces", "On 3 March 2019, Kenyan police clashed with al-Shabaab fighters near Mandera.", 1, 2, "Forces of Kenya", None),
    ("foreign forces", "On 3 March 2019, Turkish troops shelled PKK positions near Semdinli.", 1, 2, "Forces of Turkey", None),
    ("foreign forces", "On 3 March 2019, Turkish drones struck PKK positions near Sinjar.", 8, 2, "Forces of Turkey", None),
    ("foreign forces", "On 3 March 2019, Israeli troops arrested 15 Palestinians in Jenin.", 8, 7, "Forces of Israel", None),
    ("foreign forces", "On 3 March 2019, US troops killed three Islamic State fighters in a raid near Deir ez-Zor.", 8, 2, "United States", None),
    ("foreign forces", "On 3 March 2019, ISGS fighters attacked a French patrol near Gao.", 2, 8, None, None),
    ("foreign forces", "On 3 March 2019, Chinese troops clashed with Indian soldiers in Ladakh.", 8, 1, "Forces of China", None),
    ("foreign forces", "On 3 March 2019, Russian warplanes bombed HTS positions near Khan Sheikhoun.", 8, 2, "Forces of Russia", None),
    ("foreign forces", "On 3 March 2019, Iranian forces shelled PJAK positions near Sidakan.", 8, None, "Forces of Iran", None),
    # Sponsorship: the backer is the actor's sponsor, the actor keeps its own code
    ("sponsor", "On 3 March 2019, Iranian-backed militias fired rockets at a US base near Erbil.", 3, 8, None, "Iran"),
    ("sponsor", "On 3 March 2019, Russian-backed separatists shelled Ukrainian army positions near Horlivka.", 2, 1, "NAF", "Russia"),
    ("sponsor", "On 3 March 2019, Turkish-backed fighters attacked SDF positions near Ain Issa.", 3, 2, None, "Turkey"),
    ("sponsor", "On 3 March 2019, Saudi-backed government forces clashed with Houthi fighters near Marib.", 1, 2, "Forces of Yemen", "Saudi Arabia"),
    ("sponsor", "On 3 March 2019, Rwandan-backed M23 rebels seized the town of Bunagana.", 2, None, "M23", "Rwanda"),
    ("sponsor", "On 3 March 2019, US-backed SDF fighters clashed with Islamic State militants near Hajin.", 2, 2, "SDF", "United States"),
    ("sponsor", "On 3 March 2019, Russian-backed separatists attacked a Ukrainian checkpoint near Shchastia, killing a soldier.", 2, 1, "NAF", "Russia"),
    ("sponsor", "On 3 March 2019, Turkish-backed factions shelled villages near Tal Tamr, killing two civilians.", 3, 7, None, "Turkey"),
    ("sponsor", "On 3 March 2019, Iranian-backed fighters clashed with Islamic State militants near Albu Kamal.", 3, 2, None, "Iran"),
    # Associated actors: the first force named is actor1, its partners go with it
    ("associated", "On 3 March 2019, Syrian and Russian troops attacked HTS positions near Kabani.", 1, 2, "Forces of Syria", None),
    ("associated", "On 3 March 2019, Malian troops backed by Russian mercenaries killed 20 civilians near Moura.", 1, 7, "Forces of Mali", None),
    ("associated", "On 3 March 2019, Nigerian troops supported by Chadian soldiers fought Boko Haram fighters near Damasak.", 1, 2, "Forces of Nigeria", None),
    ("associated", "On 3 March 2019, soldiers and Wazalendo militiamen clashed with M23 rebels near Sake.", 1, 2, "Military Forces", None),
    ("associated", "On 3 March 2019, the Syrian army and Iranian-backed militias shelled rebel positions near Tell Rifaat.", 1, 2, "Forces of Syria", None),
    ("associated", "On 3 March 2019, Somali troops and AMISOM forces clashed with al-Shabaab fighters near Afgoye.", 1, 2, "Forces of Somalia", None),
    ("associated", "On 3 March 2019, police and soldiers arrested 12 opposition activists in Bamako.", 1, 7, "Forces of Mali", None),
    ("associated", "On 3 March 2019, Iraqi forces and the Popular Mobilization Forces clashed with Islamic State fighters near Tarmiyah.", 1, 2, "Forces of Iraq", None),
    # Foreign forces as targets
    ("foreign target", "On 3 March 2019, a roadside bomb hit a French convoy near Gossi.", 3, 8, None, None),
    ("foreign target", "On 3 March 2019, al-Shabaab fighters ambushed Kenyan troops near Bulo Hawo.", 2, 8, None, None),
    ("foreign target", "On 3 March 2019, Houthi forces fired a missile at a Saudi base near Marib.", 2, 8, None, None),
]

# ACTORS2_HELD: scored before and after the fixes, never learnt from.
ACTORS2_HELD = [
    ("country subject", "On 3 March 2019, Israel bombed a Hamas tunnel in Rafah.", 8, 2, "Forces of Israel", None),
    ("country subject", "On 3 March 2019, Ethiopia shelled Eritrean positions near Zalambessa.", 1, 8, "Forces of Ethiopia", None),
    ("country subject", "On 3 March 2019, Russia fired cruise missiles at Lviv.", 8, None, "Forces of Russia", None),
    ("country subject", "On 3 March 2019, Egypt struck militant camps near Derna.", 8, None, "Forces of Egypt", None),
    ("foreign forces", "On 3 March 2019, Rwandan troops attacked FDLR rebels near Rutshuru.", 8, None, "Forces of Rwanda", None),
    ("foreign forces", "On 3 March 2019, Turkish warplanes bombed SDF positions near Derik.", 8, 2, "Forces of Turkey", None),
    ("foreign forces", "On 3 March 2019, Chadian soldiers killed 15 Boko Haram fighters near Bosso.", 8, 2, "Forces of Chad", None),
    ("foreign forces", "On 3 March 2019, Indian troops shot dead a civilian in Kupwara.", 1, 7, "Forces of India", None),
    ("foreign forces", "On 3 March 2019, Burundian soldiers clashed with Mayi Mayi militiamen near Uvira.", 8, 4, "Forces of Burundi", None),
    ("sponsor", "On 3 March 2019, Iranian-backed militias attacked a US convoy near Samawah.", 3, 8, None, "Iran"),
    ("sponsor", "On 3 March 2019, Turkish-backed fighters abducted three civilians in Afrin.", 3, 7, None, "Turkey"),
    ("sponsor", "On 3 March 2019, US-backed SDF forces arrested ten Islamic State suspects near Shuhayl.", 2, 2, "SDF", "United States"),
    ("associated", "On 3 March 2019, Burkinabe troops and VDP volunteers clashed with JNIM fighters near Djibo.", 1, 2, "Forces of Burkina Faso", None),
    ("associated", "On 3 March 2019, Somali troops backed by US drones killed eight al-Shabaab fighters near Jamame.", 1, 2, "Forces of Somalia", None),
    ("foreign target", "On 3 March 2019, Taliban fighters attacked a US base near Bagram.", 2, 8, None, None),
]

PUB = date(2019, 3, 10)


def _first(text: str):
    from fogofwar.pipeline import process_text

    evs = [r for r in process_text(text, published=PUB)[1] if r.is_event]
    return evs[0] if evs else None


def run(show: int = 0) -> float:
    per: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for conv, text, i1, i2 in CASES:
        ev = _first(text)
        got = (ev.actor1.inter if ev and ev.actor1 else None, ev.actor2.inter if ev and ev.actor2 else None)
        ok = ev is not None and got == (i1, i2)
        per[conv].append(ok)
        if not ok:
            misses.append((conv, text, (i1, i2), got, ev.sub_event_type if ev else "(no event)"))
    n = sum(len(v) for v in per.values())
    right = sum(sum(v) for v in per.values())
    for conv, v in per.items():
        print(f"{conv:26s} {sum(v)}/{len(v)}")
    print(f"ALL {right}/{n} = {right / n:.3f}")
    for conv, text, want, got, sub in misses[:show]:
        print(f"  - {conv}: want {want}, got {got} ({sub}): {text}")
    return right / n


def run2(cases: list, label: str, show: int = 0) -> float:
    """A batch of ACTORS2's form: inter codes, and where given the words of actor1's name and its sponsor."""
    per: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for conv, text, i1, i2, name1, sponsor1 in cases:
        ev = _first(text)
        a1 = ev.actor1 if ev else None
        got = (a1.inter if a1 else None, ev.actor2.inter if ev and ev.actor2 else None, a1.name if a1 else None, a1.sponsor if a1 else None)
        ok = ev is not None and got[:2] == (i1, i2) and (name1 is None or (a1 is not None and name1 in a1.name)) \
            and (sponsor1 is None or got[3] == sponsor1)
        per[conv].append(ok)
        if not ok:
            misses.append((conv, text, (i1, i2, name1, sponsor1), got, ev.sub_event_type if ev else "(no event)"))
    n = sum(len(v) for v in per.values())
    right = sum(sum(v) for v in per.values())
    for conv, v in per.items():
        print(f"{label} {conv:22s} {sum(v)}/{len(v)}")
    print(f"{label} ALL {right}/{n} = {right / n:.3f}")
    for conv, text, want, got, sub in misses[:show]:
        print(f"  - {conv}: want {want}, got {got} ({sub}): {text}")
    return right / n


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--batch", choices=["base", "actors2", "held", "all"], default="all")
    args = ap.parse_args()
    if args.batch in ("base", "all"):
        run(args.show)
    if args.batch in ("actors2", "all"):
        run2(ACTORS2, "ACTORS2", args.show)
    if args.batch in ("held", "all"):
        run2(ACTORS2_HELD, "HELD", 0)  # (never shown: not learnt from)
