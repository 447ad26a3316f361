"""A probe grid for claimant and modality: nothing negated, planned, speculative or denied
becomes an event (issue #3).

    python bench/modality_grid.py [--frames "negated-did-not,planned-will"] [--show N] [--json FILE]

Every sentence here was written for this grid (invented places, generic actors). About fifteen
event *cores* (actor x verb x target x place, over clashes, air and drone strikes, shelling,
IEDs, attacks on civilians, abductions, protests, riots, arrests, captures ...) are rendered
under *frames*: asserted; reported ("X said", "according to X", "X told Reuters"); alleged
("claimed", "allegedly", "reportedly"); denied; negated ("did not", "no ... took place", "there
was no ...", "never", "without any ...", "no one was ...", "failed to"); planned ("will", "plans
to", "is set to", "threatened to", "vowed to", "is expected to", "ahead of", "called for");
speculative ("may have", "could", "might", "fears of", "possible", "if"); questions; habits
("routinely"); conditionals ("would ... if"); and controls, where a cue word appears but the
event happened ("without warning", "failed to stop", "denied entry").

Each frame knows whether an event must result (asserted, reported, alleged) and with which
modality, or that no event may result (a statement with one of the frame's modalities, or
nothing at all). Frames of attribution also name the claimant that must be found. The script
prints per-frame accuracy and, with --show, the sentences it gets wrong.

First run (session 9, the rules of 15039a0): 0.805 (648/805); events kept right 282/336;
non-events right 366/469, 103 of 469 made into events. After that session's fixes: 0.989
(796/805), 332/336 and 464/469 (5 made into events). The free-written batch (FREE, 30) scored
25/30 before its own fixes, 27/30 after; the second (FREE2, 25) 18/25 before, 22/25 after;
whole grid 0.983 (845/860). See BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PUB = date(2024, 5, 22)
EVENT = ("asserted", "reported", "alleged")
NOT_EVENT = ("negated", "planned", "speculative", "denied")


def core(subj, past, base, ing, pp, obj, place, noun, sg=False, person_obj=None):
    """An event: subject, the verb's past / base / -ing / participle forms (each with its
    preposition), object, place phrase, an event noun ('fighting', 'air strikes'), whether the
    subject is singular, and (for people as targets) the passive's negated subject phrase."""
    return dict(subj=subj, past=past, base=base, ing=ing, pp=pp, obj=obj, place=place, noun=noun, sg=sg, person_obj=person_obj)


CORES = [
    core("army troops", "clashed with", "clash with", "clashing with", "clashed with", "separatist fighters", "near Dunbel", "fighting"),
    core("government warplanes", "bombed", "bomb", "bombing", "bombed", "a rebel camp", "outside Sarowa", "air strikes"),
    core("the rebels", "shelled", "shell", "shelling", "shelled", "army positions", "around Kintomo", "shelling"),
    core("militants", "planted a roadside bomb targeting", "plant a roadside bomb targeting", "planting a roadside bomb targeting",
         "planted a roadside bomb targeting", "a police convoy", "near Abarak", "bomb attacks"),
    core("gunmen", "attacked", "attack", "attacking", "attacked", "villagers", "in Melota", "attacks", person_obj="no villagers were attacked"),
    core("bandits", "kidnapped", "kidnap", "kidnapping", "kidnapped", "twelve farmers", "near Garuba", "kidnappings", person_obj="no one was kidnapped"),
    core("teachers", "protested against", "protest against", "protesting against", "protested against", "unpaid salaries", "in Tembara", "protests"),
    core("angry youths", "torched", "torch", "torching", "torched", "a police station", "in Lusaki", "rioting"),
    core("police", "arrested", "arrest", "arresting", "arrested", "opposition activists", "in Porvale", "arrests", person_obj="no activists were arrested"),
    core("rebel forces", "captured", "capture", "capturing", "captured", "the town of Mbeli", "in the north", "assaults"),
    core("a drone", "struck", "strike", "striking", "struck", "a militant hideout", "near Wadi Karsa", "drone strikes", sg=True),
    core("insurgents", "ambushed", "ambush", "ambushing", "ambushed", "a military patrol", "near Fanduo", "ambushes"),
    core("rioters", "looted", "loot", "looting", "looted", "shops", "in Bakoma", "looting"),
    core("a mob", "lynched", "lynch", "lynching", "lynched", "a suspected thief", "in Osseri", "lynchings", sg=True),
    core("soldiers", "killed", "kill", "killing", "killed", "three civilians", "in Tarvo", "killings", person_obj="no civilians were killed"),
    core("the militia", "abducted", "abduct", "abducting", "abducted", "two aid workers", "near Lokwe", "abductions", sg=True,
         person_obj="no aid workers were abducted"),
]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def frame(name, kind, render, modality, claimant=None):
    """kind: 'event' (an event with one of `modality`) or 'none' (no event; if a report is kept,
    its modality is one of `modality`). `render(c)` gives the sentence (None: not for this core)."""
    return dict(name=name, kind=kind, render=render, modality=modality, claimant=claimant)


def _be(c):
    return "is" if c["sg"] else "are"


def _has(c):
    return "has" if c["sg"] else "have"


def _s(c):
    return cap(c["subj"])


def _vp(c, form):
    return f"{c[form]} {c['obj']} {c['place']}"


FRAMES = [
    # --- events -----------------------------------------------------------------------------
    frame("asserted", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday.", ("asserted",)),
    frame("asserted-dated", "event", lambda c: f"On 20 May, {c['subj']} {_vp(c, 'past')}.", ("asserted",)),
    frame("reported-said", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, a local official said.", ("reported",), "official"),
    frame("reported-said-front", "event", lambda c: f"The district commissioner said {c['subj']} {_vp(c, 'past')} on Tuesday.", ("reported",), "commissioner"),
    frame("reported-according", "event", lambda c: f"According to the Kivu Security Tracker, {c['subj']} {_vp(c, 'past')} on Tuesday.", ("reported",), "Kivu Security Tracker"),
    frame("reported-according-end", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, according to local media.", ("reported",), "local media"),
    frame("reported-told", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, residents told Reuters.", ("reported",), "residents"),
    frame("reported-told-sputnik", "event", lambda c: f"A security source told Sputnik that {c['subj']} {_vp(c, 'past')} on Tuesday.", ("reported",), "Sputnik"),
    frame("reported-agency", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, the state news agency reported.", ("reported",), "news agency"),
    frame("alleged-claimed", "event", lambda c: f"A rebel spokesman claimed that {c['subj']} {_vp(c, 'past')} on Tuesday.", ("alleged",), "spokesman"),
    frame("alleged-allegedly", "event", lambda c: f"{_s(c)} allegedly {_vp(c, 'past')} on Tuesday.", ("alleged",)),
    frame("alleged-reportedly", "event", lambda c: f"{_s(c)} reportedly {_vp(c, 'past')} on Tuesday.", ("reported", "alleged")),
    frame("alleged-accused", "event", lambda c: f"Opposition leaders accused the authorities after {c['subj']} {_vp(c, 'past')} on Tuesday.", EVENT),
    # --- controls: a cue word, but the event happened -----------------------------------------
    frame("control-without-warning", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} without warning on Tuesday.", ("asserted",)),
    frame("control-failed-to-stop", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, and the authorities failed to stop them.", ("asserted",)),
    frame("control-failed-to-prevent", "event", lambda c: f"The authorities failed to prevent {c['noun']} {c['place']} on Tuesday.", ("asserted",)),
    frame("control-denied-access", "event", lambda c: f"Denied access to the area, journalists said {c['subj']} {_vp(c, 'past')} on Tuesday.", ("reported",), "journalists"),
    frame("control-no-one-hurt", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday; no one else was hurt.", ("asserted",)),
    frame("control-no-arrests", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, police said, adding that no arrests had been made.", ("reported",), "police"),
    frame("control-after-threat", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday, a week after they had threatened to do so.", ("asserted",)),
    frame("control-not-clear", "event", lambda c: f"{_s(c)} {_vp(c, 'past')} on Tuesday; it was not clear why.", ("asserted",)),
    # --- denied --------------------------------------------------------------------------------
    frame("denied-that", "none", lambda c: f"The army denied that {c['subj']} had {_vp(c, 'pp')} on Tuesday.", ("denied", "negated")),
    frame("denied-gerund", "none", lambda c: f"{_s(c)} denied {_vp(c, 'ing')} on Tuesday.", ("denied",)),
    frame("denied-dismissed", "none", lambda c: f"Officials dismissed reports that {c['subj']} had {_vp(c, 'pp')} on Tuesday.", ("denied",)),
    frame("denied-rejected", "none", lambda c: f"The governor rejected claims that {c['subj']} {_vp(c, 'past')} on Tuesday.", ("denied",)),
    # --- negated -------------------------------------------------------------------------------
    frame("negated-did-not", "none", lambda c: f"{_s(c)} did not {_vp(c, 'base')} on Tuesday.", ("negated", "denied")),
    frame("negated-did-not-said", "none", lambda c: f"{_s(c)} did not {_vp(c, 'base')} on Tuesday, a spokesman said.", ("negated", "denied")),
    frame("negated-no-took-place", "none", lambda c: f"No {c['noun']} took place {c['place']} on Tuesday.", ("negated",)),
    frame("negated-there-was-no", "none", lambda c: f"There {'were' if c['noun'].endswith('s') else 'was'} no {c['noun']} {c['place']} on Tuesday, residents said.", ("negated",)),
    frame("negated-never", "none", lambda c: f"{_s(c)} never {_vp(c, 'past')} on Tuesday, the ministry insisted.", ("negated", "denied")),
    frame("negated-without-any", "none", lambda c: f"The day passed {c['place']} without any {c['noun']}, police said.", ("negated",)),
    frame("negated-no-one", "none", lambda c: c["person_obj"] and f"{cap(c['person_obj'])} {c['place']} on Tuesday.", ("negated",)),
    frame("negated-failed-to", "none", lambda c: f"{_s(c)} failed to {_vp(c, 'base')} on Tuesday.", ("negated",)),
    # --- planned -------------------------------------------------------------------------------
    frame("planned-will", "none", lambda c: f"{_s(c)} will {_vp(c, 'base')} next week.", ("planned",)),
    frame("planned-plans-to", "none", lambda c: f"{_s(c)} {'plans' if c['sg'] else 'plan'} to {_vp(c, 'base')} on Friday.", ("planned",)),
    frame("planned-set-to", "none", lambda c: f"{_s(c)} {_be(c)} set to {_vp(c, 'base')} on Friday.", ("planned",)),
    frame("planned-threatened", "none", lambda c: f"On Tuesday, {c['subj']} threatened to {_vp(c, 'base')}.", ("planned",)),
    frame("planned-vowed", "none", lambda c: f"{_s(c)} vowed on Tuesday to {_vp(c, 'base')}.", ("planned",)),
    frame("planned-expected", "none", lambda c: f"{_s(c)} {_be(c)} expected to {_vp(c, 'base')} this weekend.", ("planned",)),
    frame("planned-ahead-of", "none", lambda c: f"Shops stayed shut {c['place']} on Tuesday ahead of expected {c['noun']}.", ("planned", "speculative")),
    frame("planned-called-for", "none", lambda c: f"On Tuesday, a radical cleric called for {c['noun']} {c['place']}.", ("planned",)),
    # --- speculative ---------------------------------------------------------------------------
    frame("spec-may-have", "none", lambda c: f"{_s(c)} may have {_vp(c, 'pp')} on Tuesday.", ("speculative",)),
    frame("spec-could", "none", lambda c: f"{_s(c)} could {_vp(c, 'base')} at any moment, analysts warned on Tuesday.", ("speculative",)),
    frame("spec-might", "none", lambda c: f"{_s(c)} might {_vp(c, 'base')} on Friday.", ("speculative",)),
    frame("spec-fears", "none", lambda c: f"On Tuesday, residents voiced fears of {c['noun']} {c['place']}.", ("speculative",)),
    frame("spec-possible", "none", lambda c: f"Aid agencies prepared on Tuesday for possible {c['noun']} {c['place']}.", ("speculative", "planned")),
    frame("spec-if", "none", lambda c: f"If {c['subj']} {_vp(c, 'past')}, the talks would collapse, a diplomat said on Tuesday.", ("speculative",)),
    # --- questions, habits, conditionals -------------------------------------------------------
    frame("question-did", "none", lambda c: f"Did {c['subj']} {_vp(c, 'base')} on Tuesday?", ("speculative",)),
    frame("question-whether", "none", lambda c: f"It is unclear whether {c['subj']} {_vp(c, 'past')} on Tuesday.", ("speculative",)),
    frame("habitual-routinely", "none", lambda c: f"{_s(c)} routinely {_vp(c, 'past')} during the long war.", ("speculative",)),
    frame("conditional-would-if", "none", lambda c: f"{_s(c)} would {_vp(c, 'base')} if the talks failed, a commander said on Tuesday.", ("speculative", "planned")),
]


# Free-written sentences in other phrasings than the frames (a rough held-out check: scored
# before any fix they led to). (text, kind, modalities, claimant)
FREE = [
    # events
    ("Separatists overran a border post near Kembo on Thursday, a regional security official told AFP.", "event", ("reported",), "official"),
    ("Witnesses said soldiers opened fire on mourners at a funeral in Dabou on Thursday.", "event", ("reported",), "witnesses"),
    ("The group's spokesman insisted that its fighters had downed an army helicopter near Rombo on Thursday.", "event", ("alleged",), "spokesman"),
    ("Police in Anyama arrested 14 students on Thursday without giving a reason.", "event", ("asserted",), None),
    ("Despite a ban, hundreds of traders marched through Bouake on Thursday.", "event", ("asserted",), None),
    ("Gunmen stormed a church in Kaiama on Thursday, though no one claimed the attack.", "event", ("asserted",), None),
    ("Unknown assailants torched two lorries near Mabanga on Thursday, residents told the BBC.", "event", ("reported",), "residents"),
    ("A bomb hidden in a cart exploded at a market in Gwoza on Thursday, local leaders told reporters.", "event", ("reported",), "leaders"),
    ("Jets bombed a weapons depot outside Hama on Thursday, the monitor said, without giving a toll.", "event", ("reported",), "monitor"),
    ("Rebels shelled the airport of Goma on Thursday; nobody was injured.", "event", ("asserted",), None),
    ("Security forces fired tear gas at protesters in Kisumu on Thursday who had ignored a ban.", "event", ("asserted",), None),
    ("Militiamen never seen in the area before attacked herders near Djibo on Thursday.", "event", ("asserted",), None),
    # not events
    ("The rebels have not attacked Kembo since the truce, a spokesman said on Thursday.", "none", ("negated", "denied"), None),
    ("Nobody was abducted in Gassol on Thursday, police said, dismissing rumours on social media.", "none", ("negated", "denied"), None),
    ("The army has denied any involvement in the killing of six farmers in Mopti on Thursday.", "none", ("denied",), None),
    ("The militia rejected accusations that it burned houses in Tula on Thursday.", "none", ("denied",), None),
    ("Teachers are planning a march on the ministry in Lilongwe next Monday.", "none", ("planned",), None),
    ("The insurgents warned that they would bomb the pipeline near Warri within days.", "none", ("planned", "speculative"), None),
    ("The opposition announced protests across Lusaka for next week.", "none", ("planned",), None),
    ("Residents fear renewed clashes between the two clans in Beledweyne.", "none", ("speculative",), None),
    ("An attack on the capital is likely in the coming weeks, analysts said on Thursday.", "none", ("speculative", "planned"), None),
    ("The governor urged youths not to riot in Kaduna after the verdict.", "none", ("planned", "negated"), None),
    ("Should the talks fail, the militia could storm Tripoli, a diplomat warned on Thursday.", "none", ("speculative",), None),
    ("Were soldiers behind the killing of three herders in Kidal on Thursday?", "none", ("speculative",), None),
    ("No protest was held in Harare on Thursday as police sealed off the centre.", "none", ("negated",), None),
    ("Police denied reports that officers had beaten detainees in Mombasa on Thursday.", "none", ("denied",), None),
    ("The army called off an offensive on the rebel town of Mweso on Thursday.", "none", ("negated", "planned"), None),
    ("Gangs routinely kidnap travellers on the Abuja-Kaduna highway.", "none", ("speculative",), None),
    ("A feared assault on Marib did not materialise on Thursday.", "none", ("negated",), None),
    ("Rebels are preparing to attack the garrison town of Bunia, a UN official said on Thursday.", "none", ("planned",), None),
]

# A second free-written batch: hearsay, headlines, cancelled and foiled plans, calm reported.
FREE2 = [
    # events
    ("Unconfirmed reports said gunmen shot dead a village chief in Zurmi on Friday.", "event", ("reported", "alleged"), None),
    ("Rebels allegedly executed four prisoners near Kitchanga on Friday, a rights group claimed.", "event", ("alleged",), None),
    ("Gunmen kill five worshippers in Zamfara mosque raid", "event", EVENT, None),
    ("Sources close to the army said jets struck a convoy near Sirte on Friday.", "event", ("reported",), "sources"),
    ("It is believed that bandits abducted 20 pupils in Kebbi on Friday.", "event", ("alleged", "reported", "asserted"), None),
    ("Police broke up a banned rally in Abidjan on Friday, arresting 30 people.", "event", ("asserted",), None),
    ("Soldiers foiled an attack on a base near Menaka on Friday, killing three assailants.", "event", ("asserted",), None),
    ("The Taliban denied responsibility after a bomb killed six people in Jalalabad on Friday.", "event", EVENT, None),
    ("Hundreds marched in Dakar on Friday even though the authorities had not authorised the rally.", "event", ("asserted",), None),
    ("Troops clashed with rebels near Bambari on Friday, the first fighting there in months.", "event", ("asserted",), None),
    # not events
    ("Rebels to attack Goma if talks fail, commander says", "none", ("planned", "speculative"), None),
    ("A planned protest in Blantyre was cancelled on Friday after talks with the government.", "none", ("planned", "negated"), None),
    # (relabelled after the first run: a foiled plot is the project's disrupted weapons use)
    ("Police said they had foiled a plot to bomb a church in Kaduna on Friday.", "event", EVENT, None),
    ("Calm returned to Butembo on Friday, with no reports of fighting.", "none", ("negated",), None),
    ("The ceasefire largely held on Friday, with no shelling reported in Donetsk.", "none", ("negated",), None),
    ("The union postponed its march on parliament in Nairobi to next month.", "none", ("planned", "negated"), None),
    ("The jihadists threaten to storm the town of Djibo, residents say.", "none", ("planned",), None),
    ("Humanitarian groups warned of possible air strikes on Idlib in the coming days.", "none", ("speculative", "planned"), None),
    ("The ministry said it was investigating whether militias had looted the depot in Malakal.", "none", ("speculative",), None),
    ("No clashes were reported in Tripoli on Friday, a day after heavy fighting.", "none", ("negated",), None),
    ("Government forces could launch an offensive on Tigray's capital within days, diplomats said.", "none", ("speculative", "planned"), None),
    ("There is a risk of riots in Conakry if the results are delayed, observers said.", "none", ("speculative",), None),
    ("The army chief ordered troops not to fire on protesters in Khartoum on Friday.", "none", ("negated", "planned"), None),
    ("Neither side attacked the other near Avdiivka on Friday, according to observers.", "none", ("negated",), None),
    ("Villagers said they feared militants would return to burn their homes in Tillaberi.", "none", ("speculative", "planned"), None),
]


def run(only: set[str] | None):
    from fogofwar.pipeline import process_text

    rows = []  # frame, text, ok, got (modality or '-'), claimant, reason
    for f in FRAMES:
        if only and f["name"] not in only:
            continue
        for c in CORES:
            text = f["render"](c)
            if not text:
                continue
            reports = process_text(text, published=PUB)[1]
            events = [r for r in reports if r.is_event]
            first = events[0] if events else (reports[0] if reports else None)
            got = first.modality if first else "-"
            if f["kind"] == "event":
                ok = bool(events) and first.modality in f["modality"]
                if ok and f["claimant"]:
                    ok = bool(first.claimant) and f["claimant"].lower() in first.claimant.lower()
            else:
                # No event; a statement kept must have a modality of the frame (nothing kept is
                # also right: no event was made of it).
                ok = not events and (first is None or first.modality in f["modality"])
            rows.append(dict(frame=f["name"], kind=f["kind"], text=text, ok=ok, got=got,
                             event=bool(events), claimant=first.claimant if first else None,
                             reason=first.reason if first else ""))
    for name, batch in (("free", FREE), ("free2", FREE2)):
        if only and name not in only:
            continue
        for text, kind, modality, claimant in batch:
            reports = process_text(text, published=PUB)[1]
            events = [r for r in reports if r.is_event]
            first = events[0] if events else (reports[0] if reports else None)
            if kind == "event":
                ok = bool(events) and first.modality in modality and (
                    not claimant or claimant.lower() in (first.claimant or "").lower())
            else:
                ok = not events and (first is None or first.modality in modality)
            rows.append(dict(frame=name, kind=kind, text=text, ok=ok, got=first.modality if first else "-",
                             event=bool(events), claimant=first.claimant if first else None,
                             reason=first.reason if first else ""))
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--frames", help="comma-separated frame names (default: all)")
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong sentences per frame")
    ap.add_argument("--json", help="write every sentence with its result to this file")
    args = ap.parse_args(argv)
    only = set(t.strip() for t in args.frames.split(",")) if args.frames else None
    rows = run(only)
    by_frame: dict[str, list] = defaultdict(list)
    for r in rows:
        by_frame[r["frame"]].append(r)
    print(f"{'frame':28s} {'n':>3s} {'acc':>6s}  false events / missed events")
    for name, rs in by_frame.items():
        acc = sum(r["ok"] for r in rs) / len(rs)
        false_ev = sum(1 for r in rs if r["kind"] == "none" and r["event"])
        missed = sum(1 for r in rs if r["kind"] == "event" and not r["ok"])
        print(f"{name:28s} {len(rs):3d} {acc:6.3f}  {false_ev or '':>3} {missed or '':>3}")
        for r in [r for r in rs if not r["ok"]][: args.show]:
            print(f"    - [{r['got']}{' EVENT' if r['event'] else ''}; claimant {r['claimant']!r}] {r['text']}")
    ev = [r for r in rows if r["kind"] == "event"]
    st = [r for r in rows if r["kind"] == "none"]
    n_ok = sum(r["ok"] for r in rows)
    print(f"{'ALL':28s} {len(rows):3d} {n_ok / max(1, len(rows)):6.3f}")
    if ev:
        print(f"events kept right: {sum(r['ok'] for r in ev)}/{len(ev)}")
    if st:
        print(f"non-events right: {sum(r['ok'] for r in st)}/{len(st)}; made into events: {sum(r['event'] for r in st)}/{len(st)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
