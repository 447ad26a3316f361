"""ACLED's actor conventions on sentences of our own (issue #3): for each, the inter codes of
actor1 and actor2 we expect on the first event report (None: no actor).

    python bench/actor_grid.py [--show N]

prints the share right per convention and overall, and with --show the sentences it gets wrong.
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

PUB = date(2019, 3, 10)


def run(show: int = 0) -> float:
    from fogofwar.pipeline import process_text

    per: dict[str, list[bool]] = defaultdict(list)
    misses = []
    for conv, text, i1, i2 in CASES:
        evs = [r for r in process_text(text, published=PUB)[1] if r.is_event]
        got = (evs[0].actor1.inter if evs and evs[0].actor1 else None, evs[0].actor2.inter if evs and evs[0].actor2 else None)
        ok = bool(evs) and got == (i1, i2)
        per[conv].append(ok)
        if not ok:
            misses.append((conv, text, (i1, i2), got, evs[0].sub_event_type if evs else "(no event)"))
    n = sum(len(v) for v in per.values())
    right = sum(sum(v) for v in per.values())
    for conv, v in per.items():
        print(f"{conv:26s} {sum(v)}/{len(v)}")
    print(f"ALL {right}/{n} = {right / n:.3f}")
    for conv, text, want, got, sub in misses[:show]:
        print(f"  - {conv}: want {want}, got {got} ({sub}): {text}")
    return right / n


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    run(ap.parse_args().show)
