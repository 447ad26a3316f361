"""Event extraction: Article + parsed Doc -> Reports.

For each sentence: type it from the trigger rules, find who acts on whom, the date
(read against the publication date), the place (fogofwar.geo), the fatalities, who
claims it and how.  Planned, speculative, negated and denied statements are kept
as Reports whose modality says so; they never become events.  Sentences the extractor
cannot handle (very long, tables, lists of numbers, non-English) are skipped with a
recorded reason.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from fogofwar import geo
from fogofwar.extract.actors import _scan_actors, assign_actors, country_doers, find_actors, actor_conventions
from fogofwar.extract.attribution import find_claimant, is_anaphoric, modality_of, under_no
from fogofwar.extract.classify import Typing, classify, is_generic, undated
from fogofwar.extract.lexicon import _load, country_cues, cues, forces_name, trigger_rules
from fogofwar.extract.dates import DateSpan, clause_of, days_later, earlier_year, find_date, newest_year
from fogofwar.extract.fatalities import sentence_fatalities
from fogofwar.extract.participants import ARMED as PARTICIPANT_ARMED
from fogofwar.extract.participants import PATTERNS as PARTICIPANT_PATTERNS
from fogofwar.extract.participants import NOT_SERVING, contact_type, follow_up, slots, without_victims
from fogofwar.model import EVENT_MODALITIES, SUB_EVENT_TYPES, Article, Place, Report

MAX_SENTENCE_TOKENS = 120
ABBREV = {
    "Armed clash": "AC", "Government regains territory": "GR", "Non-state actor overtakes territory": "NO",
    "Chemical weapon": "CW", "Air/drone strike": "AS", "Suicide bomb": "SB", "Shelling/artillery/missile attack": "SH",
    "Remote explosive/landmine/IED": "IE", "Grenade": "GN", "Sexual violence": "SV", "Attack": "AT",
    "Abduction/forced disappearance": "AB", "Peaceful protest": "PP", "Protest with intervention": "PI",
    "Excessive force against protesters": "EF", "Violent demonstration": "VD", "Mob violence": "MV",
    "Agreement": "AG", "Arrests": "AR", "Change to group/activity": "CG", "Disrupted weapons use": "DW",
    "Headquarters or base established": "HQ", "Looting/property destruction": "LP",
    "Non-violent transfer of territory": "NT", "Other": "OT",
}
CONTINUATION = re.compile(r"^(the|this) (\w+ ){0,2}source|^(he|she|they) (said|added)|^the (monitor|observatory|group) ", re.I)
ACCORDING_START = re.compile(r"^\s*according to\b", re.I)


@dataclass
class Skipped:
    start: int
    end: int
    reason: str


@dataclass
class Extraction:
    reports: list[Report] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _unhandled(sent: Span, text: str | None = None) -> str | None:
    n = len(sent)
    if n > MAX_SENTENCE_TOKENS:
        return f"sentence too long ({n} tokens)"
    if n >= 8 and sum(t.is_alpha for t in sent) / n < 0.4:
        return "table or list of numbers"
    text = sent.text if text is None else text
    if text.isascii():
        return None  # (fast path: plain ASCII text is never 'not English' by this test)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) / len(letters) < 0.7:
        return "not English"
    return None


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*\n", text):
        starts.append(m.end())
    return starts


def _paragraph_of(starts: list[int], char: int) -> int:
    idx = 0
    for i, s in enumerate(starts):
        if s <= char:
            idx = i
    return idx


ARMED = (1, 2, 3, 8)
# Sentence-level cues for re-typing clashes and riots (fogofwar/data/extract_participants.yaml).
DEMONSTRATION, CROWD, NONSTATE_ARMED, UNARMED_WEAPONS, FIREARMS = (
    PARTICIPANT_PATTERNS[k] for k in ("sentence_demonstration", "sentence_crowd", "sentence_nonstate_armed",
                                      "sentence_unarmed_weapons", "sentence_firearms"))


NEGATIVE_FACT = re.compile(r"\b(not|fail to)\b")


@functools.lru_cache(maxsize=1)
def _negative_rules() -> frozenset[str]:
    """Rules whose own pattern names a failure or a negation ('failed to explode', 'not seen
    since'): their match is the event. Another rule whose gap happens to span 'fail to' ('planes
    failed to bomb the bridge', matched as 'plane ... bomb') is not."""
    return frozenset(r.id for r in trigger_rules()[0] if re.search(r"\bfail|\bnot\b", r.pattern.pattern))
# Verbs that tell a violent event's toll ('three were killed', 'two soldiers were wounded'):
# with no one doing them and no date or place of their own, they end the event before them.
OUTCOME_VERBS = frozenset(_load("extract_cues.yaml")["outcome_verbs"])
# 'Separately, ...', 'In another attack, ...': the sentence starts a new event even when it
# continues the type of the one before it.
NEW_EVENT_OPENER = re.compile(_load("extract_cues.yaml")["new_event_opener"], re.I)
# 'two mobs clashed', 'pelted stones at each other': a mob fighting a mob (extract_cues.yaml)
RECIPROCAL = re.compile(_load("extract_cues.yaml")["reciprocal"], re.I)
# 'The device was planted by X', 'X claimed responsibility': the sentence after an event names its doer.
PERPETRATOR_NAMED = re.compile(_load("extract_cues.yaml")["perpetrator_named"], re.I)
# A terse tally ('2 killed.', '1 killed 3 injured.') and a victim named again ('him', 'the victim').
TALLY = re.compile(_load("extract_cues.yaml")["tally"], re.I)
ANAPHOR = re.compile(_load("extract_cues.yaml")["victim_named_again"], re.I)
CONTACT_RULES = {"clash", "attack-armed", "kill-combatants", "attack-civilians", "kill-generic", "attack-place", "mob-act"}


def _unarmed_fight(typing: Typing, text: str) -> bool:
    # 'rioters beat two officers with sticks and stones': no firearm, no armed group.
    return typing.rule in ("clash", "attack-armed") and bool(UNARMED_WEAPONS.search(text)) and not FIREARMS.search(text)


def _refine(typing: Typing, actor1, actor2, text: str = "", sent: Span | None = None) -> tuple[str, str, str]:
    """Type adjustments that depend on who acted: territory changes, attacks on civilians,
    deaths among combatants, fights among unarmed people."""
    et, sub, note = typing.event_type, typing.sub_event_type, ""
    if sent is not None and typing.rule in CONTACT_RULES:
        # The parse's agent and patient slots decide between clash, attack and mob violence.
        if decided := contact_type(sent, typing.trigger, text or None):
            new_sub, why = decided
            if typing.rule == "mob-act" and new_sub in ("Armed clash", "Attack") and not PARTICIPANT_ARMED.search(slots(typing.trigger)[0]):
                # A crowd beating a suspected thief or stoning police officers stays mob
                # violence whoever the target is; only armed attackers make it an attack.
                return et, sub, ""
            if new_sub != sub and not (new_sub == "Armed clash" and _unarmed_fight(typing, text)):
                return SUB_EVENT_TYPES[new_sub], new_sub, f"; {why}"
            if not (sub == "Armed clash" and _unarmed_fight(typing, text)):
                return et, sub, ""
    if sub == "Violent demonstration" and typing.rule in ("riot", "riot-strong") and not DEMONSTRATION.search(undated(text)):
        # Stones thrown or a fight with police with no demonstration behind it is a mob.
        return "Riots", "Mob violence", "; violence with no demonstration named"
    if (sub == "Attack" and actor2 is not None and actor2.inter in ARMED and typing.rule not in ("attack-off-duty", "abuse-in-custody")
            and not (sent is not None and NOT_SERVING.search(slots(typing.trigger)[1]))):
        # (a soldier shot at home, a detainee beaten in a cell, a former combatant: they could not fight back)
        return "Battles", "Armed clash", "; the target is an armed actor"
    if sub == "Armed clash" and not any(a is not None and a.inter in ARMED for a in (actor1, actor2)) and CROWD.search(text):
        if DEMONSTRATION.search(undated(text)):
            return "Riots", "Violent demonstration", "; no armed actor, a crowd demonstrating"
        return "Riots", "Mob violence", "; no armed actor, a crowd"
    if sub == "Armed clash" and _unarmed_fight(typing, text):
        return "Riots", "Mob violence", "; fought with stones, sticks or blades, no firearm"
    if (sub == "Armed clash" and CROWD.search(without_victims(sent, text) if sent is not None else text)
            and not NONSTATE_ARMED.search(text)
            and (typing.rule == "clash" or typing.rule == "attack-armed" and sent is not None
                 and CROWD.search(slots(typing.trigger)[0]))  # (an officer firing at a group of people is not a riot)
            and not any(a is not None and a.inter in (2, 3, 4) for a in (actor1, actor2))):
        # Vendors fighting the police, a group of people attacking officers: a riot, not a battle.
        if DEMONSTRATION.search(undated(text)):
            return "Riots", "Violent demonstration", "; a crowd against the police, demonstrating"
        return "Riots", "Mob violence", "; a crowd against the police"
    if sub in ("Government regains territory", "Non-state actor overtakes territory") and sent is not None:
        # The subject of 'took', 'captured' decides first: 'rebels took the town after soldiers
        # withdrew' is the rebels' gain, whichever actor the sentence names first.
        agent = slots(typing.trigger)[0]
        if agent.lower() in ("they", "we", "it"):
            # 'The rebels said they had captured the town': the pronoun is the speaker.
            agent = _speaker(typing.trigger) or agent
        if not agent and sent is not None and typing.trigger.i > sent.start:
            # A headline the parse reads as one long name ('Rebels Overrun Army Garrison'): the
            # words before the verb are its subject.
            agent = sent.doc[sent.start : typing.trigger.i].text
        nonstate = bool(agent) and bool(NONSTATE_ARMED.search(agent)) and not PARTICIPANT_PATTERNS["state"].search(agent)
        state = bool(agent) and bool(PARTICIPANT_PATTERNS["state"].search(agent)) and not NONSTATE_ARMED.search(agent)
        if agent and actor1 is not None and actor1.inter and actor1.text and actor1.text.lower() in agent.lower():
            # A named actor in the subject knows its side better than its words: the Arakan Army
            # is a rebel army ('army' alone would read as the state's).
            nonstate, state = actor1.inter not in (1, 8), actor1.inter in (1, 8)
        if agent and PARTICIPANT_PATTERNS["rebel_army"].search(agent):
            nonstate, state = True, False
        if nonstate or state:
            new = "Non-state actor overtakes territory" if nonstate else "Government regains territory"
            return et, new, ("" if new == sub else f"; {'non-state' if nonstate else 'state'} agent takes territory")
    if sub in ("Government regains territory", "Non-state actor overtakes territory") and actor1 is not None:
        if actor1.inter in (1, 8) and sub != "Government regains territory":
            sub, note = "Government regains territory", "; state actor takes territory"
        elif actor1.inter not in (1, 8) and sub != "Non-state actor overtakes territory":
            sub, note = "Non-state actor overtakes territory", "; non-state actor takes territory"
    if sub == "Remote explosive/landmine/IED" and actor1 is not None and actor1.inter in (1, 8) \
            and actor1.name.startswith("Military Forces of") and typing.trigger.pos_ == "VERB" \
            and typing.trigger.lemma_.lower() in _load("extract_cues.yaml").get("state_bombing_verbs", []):
        # ('Nigeria bombed Boko Haram hideouts': a state's army bombs from the air; state_bombing_verbs)
        return "Explosions/Remote violence", "Air/drone strike", "; a state's army bombing"
    if sub == "Armed clash" and actor2 is not None and actor2.inter == 7 and typing.rule not in ("clash", "clash-firearms", "clash-positions"):
        # (civilians hurt in an exchange of fire between two forces do not make it an attack)
        et, sub, note = "Violence against civilians", "Attack", "; the target is civilians"
    return et, sub, note


def _speaker(trigger: Token) -> str:
    """The subject of the reporting verb ('say', 'claim', cues' reporting_verbs) whose clause
    holds the trigger, or ''."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or tok.head == tok:
            return ""
        tok = tok.head
        if tok.lemma_.lower() in cues()["reporting_verbs"]:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            return " ".join(t.text for t in subj.subtree) if subj is not None else ""
    return ""


def actor_countries(text: str) -> Counter:
    """Votes for the story's countries from the armed groups it names ('the Taliban' -> AF,
    'LNA forces' -> LY) and from country cues (fogofwar/data/extract_country_cues.yaml: 'OSCE SMM'
    -> UA): a note that names no country still says where it happens."""
    votes: Counter = Counter()
    for m in find_actors(text):
        if m.actor.country and (cc := geo.country_code(m.actor.country)):
            votes[cc] += 1
    low = text.lower()
    for country, pattern in country_cues():
        if pattern.search(low) and (cc := geo.country_code(country)):
            votes[cc] += 1  # 'the OSCE SMM observed ... near Yasne': a Ukrainian village
    return votes


def extract(article: Article, doc: Doc, toponyms=None, base_date: date | None = None, typer=None) -> Extraction:
    """Reports, and the sentences skipped with their reasons.  `typer`: an optional trained
    classifier (fogofwar.extract.trained.TrainedTyper) that may re-type event reports."""
    if toponyms is None:
        toponyms = geo.geoparse(doc, country_hints=actor_countries(doc.text))
    base = base_date or article.effective_date
    text = doc.text  # built once: Doc.text joins every token on each access
    paragraphs = _paragraph_starts(text)
    out = Extraction()
    sents = list(doc.sents)
    _scan_actors.cache_clear()  # per article: no savings carried over from other articles
    fat_cache: dict[int, object] = {}

    def fatalities_of(s: Span):  # sentence_fatalities, computed once per sentence
        if s.start not in fat_cache:
            fat_cache[s.start] = sentence_fatalities(s, text[s.start_char : s.end_char])
        return fat_cache[s.start].model_copy(deep=True)

    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
    last_date: dict[int, DateSpan] = {}  # paragraph -> latest date seen in it
    last_place: dict[int, Place] = {}
    last_claimant: str | None = None
    claimant_dates: dict[str, DateSpan] = {}  # the date each source's own report carried
    referred_back = -2  # the last sentence that named a violent event already reported
    habits: set[str] = set()  # reports of habits or history: statements no later sentence carries on
    published = article.effective_date
    # With no publication date, a year long before the newest the text names is history.
    newest = newest_year(doc) if published is None else None
    for i, sent in enumerate(sents):
        para = _paragraph_of(paragraphs, sent.start_char)
        sent_text = text[sent.start_char : sent.end_char]  # == sent.text, without re-joining its tokens
        if reason := _unhandled(sent, sent_text):
            out.skipped.append(Skipped(sent.start_char, sent.end_char, reason))
            continue
        span = find_date(sent_text, base)
        # A sentence with neither a date nor a place of its own may carry on the protest
        # reported just before it, even from the next paragraph.
        anchored = span is not None or any(sent.start_char <= t.start < sent.end_char for t in toponyms or ())
        prev_protest = _adjacent_protest(out.reports, sents, i, paragraphs, para, anchored)
        typings = classify(sent, context=prev_protest.evidence if prev_protest else "", text=sent_text)
        late_arrests = _arrests_afterwards(typings, sent, sent_text)
        if late_arrests:
            typings = late_arrests
        if prev_protest is not None and typings and typings[0].event_type in ("Protests", "Riots"):
            # 'Villagers demonstrated ... They threw stones at the police': one demonstration,
            # coded by its most severe turn.
            _escalate(prev_protest, typings[0], sent, text)
            continue
        prev_violent = [r for r in out.reports if r.event_type in violent and r.id not in habits]
        adjacent = bool(prev_violent) and i > 0 and (
            (prev_violent[-1].end >= sents[i - 1].start_char and _paragraph_of(paragraphs, prev_violent[-1].start) == para)
            # 'The fighting began when ...' went back to the event already reported; the
            # sentence after it carries on that story too
            or referred_back == i - 1
        )
        if typings and adjacent and (typings[0].casualty_only or (not anchored and _bare_outcome(typings[0].trigger))):
            typings = []  # its numbers complete the previous event (below)
        if not typings:
            if span:
                last_date[para] = span
            # 'two guards were reportedly killed, four others were hurt': a sentence with
            # numbers but no trigger completes the event of the sentence before it.
            if adjacent:
                fat = fatalities_of(sent)
                if fat.acled or fat.injured:
                    _absorb(prev_violent[-1], sent, fat, text)
            continue
        # 'Militants often attack convoys on this road': a habit or history is no one event; it is
        # kept as a speculative statement (below), never as an event.
        habit = is_generic(sent, sent_text)

        if len(typings) > 1 and under_no(typings[0].trigger) and not under_no(typings[1].trigger):
            # 'Gunmen killed two guards, police said, adding that no arrests had been made': the
            # event the sentence tells comes before what did not happen.
            typings = typings[1:] + typings[:1]
        elif len(typings) > 1 and not habit:
            typings = _what_happened_first(sent, _main_clause_first(typings), sent_text)
        chosen = [typings[0]]
        for t in typings[1:]:
            if t.event_type != chosen[0].event_type and t.score >= 1.2 and t.trigger.i != chosen[0].trigger.i:
                if chosen[0].event_type in ("Protests", "Riots") and t.sub_event_type == "Arrests" and not late_arrests:
                    break  # 'broke up the sit-in and arrested six protesters': the arrests are the intervention
                if chosen[0].sub_event_type == "Disrupted weapons use" and t.event_type == "Explosions/Remote violence" \
                        and cues()["attempt_only"].search(t.trigger_text):
                    # 'drones launched towards the city; air defences destroyed them': the launch is the
                    # strike that was foiled, not a second event ('drones hit a depot' would be one)
                    break
                chosen.append(t)
                break

        if adjacent and not habit and not anchored and prev_violent[-1] is out.reports[-1] \
                and (prev_violent[-1].sub_event_type == chosen[0].sub_event_type
                     # 'One gunman died and his partner was detained.': the arrests end the fight just told
                     or chosen[0].sub_event_type == "Arrests" and prev_violent[-1].event_type in ("Battles", "Violence against civilians")) \
                and not NEW_EVENT_OPENER.match(sent_text) \
                and not _own_claimant(sent, chosen[0], sent_text, prev_violent[-1]):
            # 'Troops clashed with rebels near X. After a brief exchange of fire the rebels fled.':
            # the same fight told on, with no date or place of its own, is not a second clash.
            _carry_on(prev_violent[-1], sent, fatalities_of(sent), text)
            out.skipped.append(Skipped(sent.start_char, sent.end_char, "continues the event of the sentence before it"))
            continue
        for n, typing in enumerate(chosen):
            if not habit and _refers_back(typing, span, out.reports):
                toll = fatalities_of(sent)
                earlier = next(r for r in reversed(out.reports) if r.event_type == typing.event_type)
                if not toll.acled or (_paragraph_of(paragraphs, earlier.start) == para and not earlier.fatalities.acled
                                      and not _own_claimant(sent, typing, sent_text, earlier)):
                    # 'One rebel was killed in the clash.': the toll of the clash already reported
                    # (a toll for an event that has one already stays a claim of its own, below)
                    if toll.acled or toll.injured:
                        _absorb(earlier, sent, toll, text)
                    if typing.event_type in violent:
                        referred_back = i
                    out.skipped.append(Skipped(sent.start_char, sent.end_char, f"'{typing.trigger_text}' refers to an event already reported"))
                    continue
            claimant, verb = find_claimant(sent, typing.trigger, sent_text)
            claim_note = ""
            if is_anaphoric(claimant) and last_claimant:
                claimant, claim_note = last_claimant, f"; '{claimant}' refers back to an earlier source"
            if claimant is None:
                nxt = sents[i + 1] if i + 1 < len(sents) else None
                # News often attributes a lead in the sentence after it: 'According to X, ...
                # also ...'. Across a paragraph break only when that sentence says 'also'
                # or repeats the trigger.
                nxt_text = text[nxt.start_char : nxt.end_char] if nxt is not None else ""
                if nxt is not None and ACCORDING_START.match(nxt_text) and (
                    _paragraph_of(paragraphs, nxt.start_char) == para
                    or re.search(rf"\b(also|{re.escape(typing.trigger.lemma_)})", nxt_text, re.I)
                ):
                    claimant, _ = find_claimant(nxt, nxt.root, nxt_text)
                    claim_note = "; attribution from the next sentence" if claimant else ""
                elif last_claimant and CONTINUATION.match(sent_text):
                    claimant, claim_note = last_claimant, "; continues the previous source"
            modality, mod_reason = modality_of(sent, typing.trigger, verb, claimant, sent_text, typing.trigger_text)
            if modality == "negated" and NEGATIVE_FACT.search(typing.trigger_text) and typing.rule in _negative_rules():
                # 'the grenade did not explode' is the event (disrupted weapons use), not its denial
                modality, mod_reason = "asserted", f"the rule's own words are negative ('{typing.trigger_text}')"
            if habit and modality in EVENT_MODALITIES:
                modality, mod_reason = "speculative", "a habit or history, not one event"
            # 'soldiers opened fire on the crowd in 1972': dated to an earlier year, history.
            history = habit or (bg := earlier_year(sent, typing.trigger, published, newest, span)) is not None
            if history and not habit and modality in EVENT_MODALITIES:
                modality, mod_reason = "speculative", bg
            if claimant:
                last_claimant = claimant

            date_note = ""
            if span is None:
                if para in last_date:
                    span, date_note = last_date[para], "; date carried from the same paragraph"
                elif para - 1 in last_date and "VBD" in (typing.trigger.tag_, sent.root.tag_):
                    span, date_note = last_date[para - 1], "; date carried from the previous paragraph"
                elif claimant in claimant_dates:
                    # '"... had handed over several posts," the SOHR's report reads': undated,
                    # but the source's report was dated earlier; the event is no later than it.
                    told = claimant_dates[claimant]
                    span = DateSpan(told.end - timedelta(days=6), told.end, 2, None)
                    date_note = f"; undated: the week up to {claimant}'s report of {told.end}"
                elif para == 0 and base is not None:
                    span = DateSpan(base - timedelta(days=6), base, 2, None)
                    date_note = "; lead paragraph with no date: week of publication"
            shift = typing.days_later or (days_later(sent_text) if date_note.startswith("; date carried") else 0)
            if shift and span is not None and span.precision == 1 and not history:
                # 'marched on Friday; police arrested the organisers the next day', '... The next day
                # police detained ...': the event's day is that many after the day told
                span = DateSpan(span.start + timedelta(days=shift), span.end + timedelta(days=shift), 1, span.text)
                date_note += f"; {shift} day(s) after the date told"
            if span and not history:
                last_date[para] = span
                if claimant and not date_note:
                    claimant_dates[claimant] = span

            place = geo.locate(doc, sent.start_char, sent.end_char, toponyms, text=text)
            if place is not None and (place.geo_precision or 3) < 3 and not history:
                last_place[para] = place
            elif para in last_place and (place is None or place.geo_precision == 3):
                carried = last_place[para]
                if place is None or (carried.country == place.country):
                    place = carried

            mentions = find_actors(sent_text)
            if more := country_doers(sent, typing.trigger, mentions, typing.sub_event_type):
                mentions = sorted(mentions + more, key=lambda m: m.start)  # ('Israel struck ...': its forces)
            country = place.country if place else None
            actor1, assoc1, actor2, assoc2 = assign_actors(sent, mentions, typing.trigger, country)
            if (actor1 is None and actor2 is not None and typing.event_type in ("Strategic developments", "Protests")
                    and not (typing.sub_event_type in ("Arrests", "Looting/property destruction") and actor2.inter == 7)):
                # 'the 5th Corps was deployed': in a non-violent event the subject of the
                # passive is the one acting (but an arrested civilian is never the one arresting).
                actor1, assoc1, actor2, assoc2 = actor2, assoc2, None, []
            context_note = ""
            if actor1 is None and actor2 is None and n == 0 and i > 0 and typing.event_type in violent \
                    and _paragraph_of(paragraphs, sents[i - 1].start_char) == para:
                # 'Police launched an operation against drug traffickers in the Lapa community. A
                # shoot-out followed ...': a sentence that names no one fights among those named just before.
                prev = sents[i - 1]
                before = find_actors(text[prev.start_char : prev.end_char])
                if before:
                    actor1, assoc1, actor2, assoc2 = assign_actors(prev, before, prev.root, country)
                    context_note = "; actors from the sentence before"
            if actor1 is None and n == 0 and typing.event_type in violent and i + 1 < len(sents) \
                    and _paragraph_of(paragraphs, sents[i + 1].start_char) == para:
                # 'An army truck struck a mine near Banh. The device was probably laid by JNIM
                # fighters.': the next sentence names who did it.
                nxt_text = text[sents[i + 1].start_char : sents[i + 1].end_char]
                if PERPETRATOR_NAMED.search(nxt_text):
                    doer = next((m.actor for m in find_actors(nxt_text) if m.actor.inter not in (6, 7)), None)
                    if doer is not None and (actor2 is None or doer.name != actor2.name):
                        actor1, context_note = doer, context_note + "; actor1 named in the next sentence"
            if actor1 is None and prev_violent and re.search(r"\b(these|this|those|the) (attacks?|raids?|clash(es)?|assaults?)\b", sent_text, re.I):
                # 'One of these attacks ... led to the killing of ...': the perpetrator was named before.
                actor1 = prev_violent[-1].actor1
            event_type, sub, refine_note = _refine(typing, actor1, actor2, sent_text, sent)
            if context_note.startswith("; actors from the sentence before") and sub == "Attack" \
                    and actor1 is not None and actor1.inter == 7:
                # '... residents caught a suspected thief. He was beaten to death.': the people of the
                # place who did it are a mob, not an armed group
                event_type, sub, refine_note = "Riots", "Mob violence", refine_note + "; the doers are residents"
            if n == 0 and (turn := follow_up(sub, _later_text(sents, i, paragraphs, para, text))):
                # 'Militants threw a grenade at police. Police responded with gunfire.': an exchange.
                sub, note = turn
                event_type, refine_note = SUB_EVENT_TYPES[sub], refine_note + note
            if typer is not None and n == 0 and modality in EVENT_MODALITIES:
                # Only the sentence's main event; its type decides the actor conventions below.
                event_type, sub, model_note = typer.retype(sent, event_type, sub)
                refine_note += model_note
            named1, named2 = actor1, actor2
            refine_note += context_note
            actor1, actor2 = _default_actors(event_type, sub, actor1, actor2, typing.rule, sent_text)
            actor1, actor2 = actor_conventions(sub, actor1, actor2, place, span.start if span else base, sent_text,
                                               _later_text(sents, i, paragraphs, para, text, 1) if n == 0 else "")
            if actor2 is None:
                assoc2 = []
            if named1 is None and actor1 is not None and actor1.text is None and event_type not in ("Protests", "Riots"):
                refine_note += f"; actor1 by ACLED's convention for {sub.lower()} (the text names none)"
            if named2 is None and actor2 is not None and actor2.text is None:
                refine_note += f"; actor2 by ACLED's convention for {sub.lower()} (the text names none)"
            for a in [actor1, actor2, *assoc1, *assoc2]:
                if a is not None:
                    _fill_country(a, country)
            if more and actor1 is not None and actor2 is not None and actor2.name == actor1.name and any(actor1 is m.actor for m in more):
                # 'Kenya deployed troops to the border': the troops are the country's own forces, not its opponent
                actor2, assoc2 = (assoc2[0], assoc2[1:]) if assoc2 else (None, [])
            fat = fatalities_of(sent)
            if typing.rule == "kill-generic" and not fat.acled:
                # 'death' with no one counted dead is talk about killing, not a killing.
                out.skipped.append(Skipped(sent.start_char, sent.end_char, "mentions death but reports none"))
                continue

            spans: dict[str, list[tuple[int, int]]] = {
                "trigger": [(typing.trigger.idx - sent.start_char, typing.trigger.idx - sent.start_char + len(typing.trigger.text))],
                "actor": [(m.start, m.end) for m in mentions],
            }
            if toponyms:
                spans["place"] = [
                    (t.start - sent.start_char, t.end - sent.start_char)
                    for t in toponyms
                    if sent.start_char <= t.start and t.end <= sent.end_char
                ]
            spans["number"] = [
                (t.idx - sent.start_char, t.idx - sent.start_char + len(t.text)) for t in sent if t.like_num
            ]
            if span and span.text and (k := sent_text.find(span.text)) >= 0:
                spans["date"] = [(k, k + len(span.text))]

            report = Report(
                id=f"{article.id}:{sent.start_char}:{ABBREV[sub]}",
                article_id=article.id,
                event_type=event_type,
                sub_event_type=sub,
                evidence=sent_text,
                start=sent.start_char,
                end=sent.end_char,
                trigger=typing.trigger_text,
                reason=f"{typing.reason}{refine_note}; score {typing.score}; modality: {mod_reason}{claim_note}{date_note}",
                date_start=span.start if span else None,
                date_end=span.end if span else None,
                time_precision=span.precision if span else 3,
                date_text=span.text if span else None,
                place=place,
                actor1=actor1,
                assoc_actor1=assoc1,
                actor2=actor2,
                assoc_actor2=assoc2,
                fatalities=fat,
                claimant=claimant,
                modality=modality,
                confidence=min(0.99, round(typing.score / 2, 2)),
                spans=spans,
                url=article.url,
                outlet=article.outlet,
                original_outlet=article.original_outlet,
                published=article.published,
            )
            out.reports.append(report)
            if history:
                habits.add(report.id)
    out.reports = _drop_arrest_before_custody_abuse(out.reports, paragraphs)
    return out


def _main_clause_first(typings: list[Typing]) -> list[Typing]:
    """'A man who allegedly assaulted a girl was caught and nearly lynched': a trigger in a relative
    clause tells who a participant is (here the crowd's grievance); a full-weight candidate outside
    that clause is the sentence's event and comes first."""
    first = typings[0]
    clause = next((a for a in [first.trigger, *first.trigger.ancestors] if a.dep_ == "relcl"), None)
    if clause is None:
        return typings
    inside = {t.i for t in clause.subtree}
    for k, t in enumerate(typings[1:], 1):
        # (not the participant the clause describes: 'drivers who had blocked a junction ... were
        # dispersed' is one protest, matched from inside the clause to the main verb)
        if t.trigger.i not in inside and t.trigger != clause.head and t.score >= 1.0 and not t.casualty_only:
            return [t] + typings[:k] + typings[k + 1 :]
    return typings


def _what_happened_first(sent: Span, typings: list[Typing], sent_text: str) -> list[Typing]:
    """'The planned rally did not take place, but hundreds of workers marched through the capital':
    when the best candidate did not happen (negated, planned, questioned ...), a full-weight
    candidate on another word that did happen comes first."""
    def happened(t: Typing) -> bool:
        claimant, verb = find_claimant(sent, t.trigger, sent_text)
        return modality_of(sent, t.trigger, verb, claimant, sent_text, t.trigger_text)[0] in EVENT_MODALITIES

    first = typings[0]
    if happened(first):
        return typings
    for k, t in enumerate(typings[1:], 1):
        if t.trigger.i != first.trigger.i and t.score >= 1.0 and not t.casualty_only and happened(t):
            return [t] + typings[:k] + typings[k + 1 :]
    return typings


def _drop_arrest_before_custody_abuse(reports: list[Report], paragraphs: list[int]) -> list[Report]:
    """'Police arrested a man ... They tortured him in custody and he died': ACLED codes the
    violence in custody (an attack), not the arrest that led to it. An arrest report followed,
    in the same paragraph, by an abuse-in-custody report is dropped."""
    abuse = [r for r in reports if r.is_event and r.reason.startswith("rule 'abuse-in-custody'")]
    if not abuse:
        return reports
    drop = {
        id(r) for r in reports
        if r.is_event and r.sub_event_type == "Arrests" and any(
            a.start > r.start and _paragraph_of(paragraphs, a.start) == _paragraph_of(paragraphs, r.start) for a in abuse)
    }
    return [r for r in reports if id(r) not in drop]


SEVERITY = {
    "Peaceful protest": 0, "Protest with intervention": 1, "Violent demonstration": 2,
    "Mob violence": 2, "Excessive force against protesters": 3,
}


def _arrests_afterwards(typings: list[Typing], sent: Span, sent_text: str) -> list[Typing] | None:
    """'Police later detained three of the marchers', 'the organisers were arrested at their
    homes the next day': arrests after a protest ended are no intervention in it but an Arrests
    event of their own (the protest stays peaceful).  The typings with that intervention turned
    into Arrests (after the sentence's own peaceful protest, when it tells one), or None."""
    if typings and typings[0].sub_event_type == "Peaceful protest" and not any(
            t.sub_event_type in ("Protest with intervention", "Arrests") for t in typings):
        # 'teachers marched on Friday; police arrested the organisers at their homes the next day':
        # the arrest rule stays silent beside a march; a clause of its own that arrests later is the Arrests event
        late = _later_arrest_clause(typings[0], sent, sent_text)
        return [typings[0], late] if late is not None else None
    if not typings or typings[0].sub_event_type != "Protest with intervention":
        return None
    words = cues()["arrested_afterwards"]
    if not words["arrest"].search(typings[0].trigger_text) and not words["arrest"].search(sent_text):
        return None
    # The word that puts it later must be the arrest's own ('police later detained ...'), not a
    # clause about the people arrested ('detained the marchers, who were released hours later').
    arresting = {clause_of(t) for t in sent if words["arrest"].search(t.text)}
    m = next((m for m in words["after"].finditer(sent_text)
              if (tok := next((t for t in sent if t.idx - sent.start_char >= m.start()), None)) is not None
              and clause_of(tok) in arresting), None)
    if m is None:
        return None
    # (force used at the protest itself still makes an intervention: 'fired tear gas and later arrested 12')
    if any(t.sub_event_type == "Protest with intervention" and not words["arrest"].search(t.trigger_text) for t in typings):
        return None
    arrests = dataclasses.replace(
        typings[0], event_type="Strategic developments", sub_event_type="Arrests",
        days_later=days_later(sent_text[typings[0].trigger.idx - sent.start_char :]),
        reason=typings[0].reason + f"; arrests after the protest ended ('{m.group(0)}'): their own event, not an intervention")
    # (the sentence's own protest, not the marchers the arrest took: 'police later detained three of the marchers')
    held = {t.i for t in arrests.trigger.subtree}
    protest = next((t for t in typings if t.sub_event_type == "Peaceful protest" and t.trigger.i not in held), None)
    return [protest, arrests] if protest is not None else [arrests]


def _later_arrest_clause(protest: Typing, sent: Span, sent_text: str) -> Typing | None:
    """An Arrests typing for a clause of the protest's sentence whose own subject arrests someone
    later ('..., and police detained three organisers the next day'), or None. A clause about the
    crowd ('police arrested 12 who had marched') or one arresting during the protest is none."""
    words = cues()["arrested_afterwards"]
    march = protest.trigger
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i == march.i or not words["arrest"].fullmatch(verb.text.lower()):
            continue
        if clause_of(march).i == verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        if any(march in c.subtree for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "obj", "prep", "agent", "advcl")):
            continue  # ('arrested 12 who had marched', 'arrested them as they marched')
        later = next((m for m in words["after"].finditer(sent_text)
                      if (tok := next((t for t in sent if t.idx - sent.start_char >= m.start()), None)) is not None
                      and clause_of(tok).i == verb.i), None)
        if later is None:
            continue
        weight = round(next(r.weight for r in trigger_rules()[0] if r.id == "arrest") + 0.1, 2)  # (the rule's, in a main clause)
        return Typing("Strategic developments", "Arrests", weight, "arrest", verb, verb.lemma_,
                      f"rule 'arrest' on its own clause '{verb.text}'; arrests after the protest ended ('{later.group(0)}'): their own event",
                      days_later=days_later(" ".join(t.text for t in verb.subtree if clause_of(t).i == verb.i)))
    return None


def _adjacent_protest(
    reports: list[Report], sents: list[Span], i: int, paragraphs: list[int], para: int, anchored: bool = True
) -> Report | None:
    if not reports or i == 0:
        return None
    last = reports[-1]
    # The protest may lie up to two (report-less) sentences back: 'They demonstrated ...
    # The nurses said they had not been trained ... Police intervened.'
    if last.event_type not in ("Protests", "Riots") or last.end < sents[max(0, i - 3)].start_char:
        return None
    if _paragraph_of(paragraphs, last.start) == para:
        return last
    # '... marched through the centre of Taiz on Thursday. ¶ Protesters carried banners ...':
    # the next paragraph opens by describing the same crowd, with no date or place of its own.
    return last if not anchored and last.end >= sents[i - 1].start_char else None


FORCE_MEETS_CROWD = {"Protest with intervention", "Excessive force against protesters", "Violent demonstration"}


def _escalate(report: Report, typing: Typing, sent: Span, text: str) -> None:
    """Fold a protest's next sentence into it, keeping the more severe sub-type."""
    # Force against a crowd that was already rioting leaves it a riot: ACLED keeps
    # 'excessive force' for peaceful protesters.
    rioting = report.event_type == "Riots" and typing.event_type == "Protests"
    background = "background phrase" in typing.reason  # 'after riots last month' tells the past
    if not rioting and not background and SEVERITY.get(typing.sub_event_type, 0) > SEVERITY.get(report.sub_event_type, 0):
        report.reason += f"; escalated to {typing.sub_event_type} by the next sentence ({typing.reason})"
        report.event_type, report.sub_event_type = typing.event_type, typing.sub_event_type
        if typing.sub_event_type == "Mob violence" and report.actor1 is not None and report.actor1.inter == 6:
            # The crowd turning violent is the demonstrators the report began with.
            report.sub_event_type = "Violent demonstration"
        if typing.event_type == "Riots" and report.actor1 is not None and report.actor1.inter == 6:
            report.actor1 = report.actor1.model_copy(update={"name": report.actor1.name.replace("Protesters", "Rioters"), "inter": 5})
    if not background and report.actor2 is None and typing.sub_event_type in FORCE_MEETS_CROWD:
        # 'Police dispersed them', 'they clashed with police': the force that met the crowd is
        # the second actor, whether or not the crowd was already rioting.
        force = next((m.actor for m in find_actors(sent.text) if m.actor.inter in (1, 8)), None)
        if force is None and typing.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
            # 'Six of them were arrested': whoever intervened is the police unless the text names another force
            from fogofwar.model import Actor

            force = Actor(name="Police Forces of {country}", inter=1)
        if force is not None:
            _fill_country(force, report.place.country if report.place else None)
            report.actor2 = force
            report.reason += f"; actor2 from the next sentence ({typing.reason})"
    _carry_on(report, sent, sentence_fatalities(sent, text[sent.start_char : sent.end_char]), text)


def _own_claimant(sent: Span, typing: Typing, sent_text: str, earlier: Report) -> bool:
    """'Pro-militant outlets claim that over 10 soldiers died in these clashes': a source of its
    own, other than the earlier report's, makes the sentence a claim to keep beside it."""
    claimant, verb = find_claimant(sent, typing.trigger, sent_text)
    if claimant is not None and not is_anaphoric(claimant) and claimant != earlier.claimant:
        return True
    # ('Rebel media claim that ...': a claim the source finder could not name is still a claim)
    return modality_of(sent, typing.trigger, verb, claimant, sent_text)[0] in ("alleged", "denied")


def _bare_outcome(trigger: Token) -> bool:
    """'Three people were killed and eight others injured.': a passive killing or wounding verb
    with no one doing it (no 'by ...', no subject of its own) tells how the event before it ended,
    not a new event. (The caller requires the sentence to have no date or place of its own.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in OUTCOME_VERBS:
        return False
    kids = list(trigger.children)
    if any(c.dep_ == "agent" or (c.dep_ == "dobj" and not c.like_num) for c in kids):
        return False
    # ('1 killed, 2 injured.': a headline's passive, its number parsed as the subject)
    return any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and c.like_num) for c in kids) and not any(
        c.dep_ == "nsubj" and not c.like_num for c in kids)


def _later_text(sents: list[Span], i: int, paragraphs: list[int], para: int, text: str, n: int = 2) -> str:
    """The next `n` sentences after sentence i in its paragraph, as one string."""
    later = [s for s in sents[i + 1 : i + 1 + n] if _paragraph_of(paragraphs, s.start_char) == para]
    return " ".join(text[s.start_char : s.end_char] for s in later)


def _refers_back(typing: Typing, span: DateSpan | None, earlier: list[Report]) -> bool:
    """'the market bombing', 'this attack': a definite noun with no date of its own names an
    event the article has already reported, not a new one (unless it adds a death toll,
    which is a claim about that event worth keeping)."""
    t = typing.trigger
    if span is not None or t.pos_ != "NOUN":
        return False
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their") for c in t.children)
    return definite and any(r.event_type == typing.event_type for r in earlier)


def _default_actors(event_type: str, sub: str, actor1, actor2, rule: str | None = None, text: str = ""):
    """ACLED's conventions for who the actors are when the words leave it open."""
    from fogofwar.model import Actor

    if actor2 is None and sub == "Mob violence" and RECIPROCAL.search(text):
        # 'two mobs clashed', 'villagers pelted stones at each other': rioters on both sides
        actor2 = Actor(name="Rioters ({country})", inter=5)
    elif actor2 is None and sub == "Looting/property destruction" and rule == "seizure":
        # drugs and contraband seized by the police belong to the traffickers
        actor2 = Actor(name="Unidentified Gang ({country})", inter=3)

    if event_type == "Protests" and (actor1 is None or actor1.inter != 6):
        # ACLED codes the demonstrators first; the force that intervened is actor2.
        if actor1 is not None and actor1.inter in (1, 2, 3, 8) and (actor2 is None or actor2.inter in (6, 7)):
            # 'Police fired tear gas ... and arrested six protesters': the crowd is actor1 even
            # when the grammar makes it the object.
            crowd = actor2.text if actor2 is not None else None
            actor1, actor2 = Actor(name="Protesters ({country})", text=crowd, inter=6), actor1
        else:
            actor1 = Actor(name="Protesters ({country})", text=actor1.text if actor1 and actor1.inter == 7 else None, inter=6)
    elif event_type == "Riots" and (actor1 is None or actor1.inter != 5):
        if actor1 is not None and actor1.inter in (1, 2, 3, 4, 8) and (actor2 is None or actor2.inter in (6, 7)):
            # 'residents pelted stones at police': the crowd (put second as civilians, who never act)
            # are the rioters and the force they fought is actor2, as for a protest
            crowd = actor2.text if actor2 is not None else None
            actor1, actor2 = Actor(name="Rioters ({country})", text=crowd, inter=5), actor1
        else:
            actor1 = Actor(name="Rioters ({country})", text=actor1.text if actor1 and actor1.inter in (6, 7) else None, inter=5)
    elif event_type == "Violence against civilians":
        actor1 = actor1 or Actor(name="Unidentified Armed Group ({country})", inter=3)
        actor2 = actor2 or Actor(name="Civilians ({country})", inter=7)
    if actor1 is None and sub == "Arrests":
        actor1 = Actor(name="Police Forces of {country}", inter=1)  # 'were arrested': by the police, unless named
    elif actor1 is None and event_type in ("Battles", "Explosions/Remote violence") and sub != "Air/drone strike":
        # 'fire by an unknown party' (not from the air: only states fly warplanes, so the
        # unnamed striker is no armed group)
        actor1 = Actor(name="Unidentified Armed Group ({country})", inter=3)
    if actor2 is None and sub in ("Protest with intervention", "Excessive force against protesters"):
        actor2 = Actor(name="Police Forces of {country}", inter=1)  # who intervenes, unless the text names another force
    elif actor2 is None and sub == "Armed clash":
        actor2 = Actor(name="Unidentified Armed Group ({country})", inter=3)  # a clash has two sides; the unnamed one is unidentified
    elif actor2 is None and sub in ("Mob violence", "Looting/property destruction"):
        actor2 = Actor(name="Civilians ({country})", inter=7)  # the people, homes and shops a mob or a raid falls on
    elif sub == "Peaceful protest":
        # No one met the crowd: the police or the officials it addresses ('demanding the police
        # act', 'marched to the gendarmerie') are what it is about, not a side.
        actor2 = None
    return actor1, actor2


def _fill_country(actor, country: str | None) -> None:
    """'Police Forces of {country}' -> 'Police Forces of Nigeria' once the place is known."""
    if "{country}" not in actor.name:
        return
    if country:
        if actor.name.endswith(" Forces of {country}"):
            actor.name = forces_name(actor.name.split(" Forces of ")[0], country)  # ('of the Philippines')
        else:
            actor.name = actor.name.replace("{country}", country)
        actor.country = actor.country or country
    else:
        actor.name = actor.name.replace(" ({country})", "").replace(" of {country}", "")


def _carry_on(report: Report, sent: Span, fat, text: str) -> None:
    """A sentence that tells the report's event on: its toll joins the report, and the report's
    evidence runs to its end (so the sentence after it is adjacent to the event too)."""
    if fat.acled or fat.injured:
        _absorb(report, sent, fat, text)
    else:
        report.end = sent.end_char
        report.evidence = text[report.start : report.end]


def _absorb(report: Report, sent: Span, fat, text: str) -> None:
    """Extend a report with the fatalities of the sentence that follows it."""
    f = report.fatalities
    sent_text = text[sent.start_char : sent.end_char]
    total = bool(re.search(r"fatalit|death toll|\btoll\b", fat.text or "", re.I)) or (
        # '2 killed.', '1 killed 3 injured.': a terse tally after an event restates its total
        bool(f.acled) and len(sent) <= 7 and TALLY.match(sent_text) is not None)
    if fat.acled and f.acled and all(n == 1 for n in fat.by_party.values()) and ANAPHOR.search(sent_text) \
            and not re.search(r"\d", sent_text):
        # '... shot a village elder dead. The gunmen killed him at his door.': the one already
        # counted, named again
        fat = fat.model_copy(update={"acled": 0, "low": 0, "best": 0, "high": 0})
    if fat.acled and total:
        # 'N fatalities.' restates the total of what was already counted.
        f.acled = max(f.acled, fat.acled)
        f.low, f.best, f.high = max(f.low or 0, fat.low or 0), max(f.best or 0, fat.best or 0), max(f.high or 0, fat.high or 0)
        f.text = "; ".join(x for x in (f.text, fat.text) if x)
    elif fat.acled:
        f.acled += fat.acled
        f.low = (f.low or 0) + (fat.low or 0)
        f.best = (f.best or 0) + (fat.best or 0)
        f.high = (f.high or 0) + (fat.high or 0)
        for party, n in fat.by_party.items():
            f.by_party[party] = f.by_party.get(party, 0) + n
        f.text = "; ".join(x for x in (f.text, fat.text) if x)
    if fat.injured:
        f.injured = (f.injured or 0) + fat.injured
    offset = sent.start_char - report.start
    report.spans.setdefault("number", []).extend(
        (t.idx - report.start, t.idx - report.start + len(t.text)) for t in sent if t.like_num
    )
    report.end = sent.end_char
    report.evidence = text[report.start : report.end]
    report.reason += f"; fatalities from the next sentence (+{offset} chars)"


def type_sentence(sent: Span, context: str = "") -> Typing | None:
    """The event type of one sentence as the extractor decides it (rules, then the actor
    refinements), without dates, places or attribution. None when no rule fires.
    `context` is the protest sentence before it, when the story continues one."""
    typings = classify(sent, context=context)
    if not typings:
        return None
    best = typings[0]
    actor1, _, actor2, _ = assign_actors(sent, find_actors(sent.text), best.trigger, None)
    event_type, sub, note = _refine(best, actor1, actor2, sent.text, sent)
    if sub == best.sub_event_type:
        return best
    return Typing(event_type, sub, best.score, best.rule, best.trigger, best.trigger_text, best.reason + note, best.casualty_only)


def type_text(doc: Doc) -> Typing | None:
    """The most confident sentence typing of a short text (a snippet, a note)."""
    # A lead states the event; later sentences add detail (weapons seized, a response), so a
    # typing is discounted by its sentence's position.
    best, best_score = None, float("-inf")
    protest: Typing | None = None  # the demonstration the text is telling, if any
    prev_text = ""
    for i, sent in enumerate(doc.sents):
        t = type_sentence(sent, context=prev_text if protest is not None else "")
        if protest is not None and t is not None and t.event_type in ("Protests", "Riots"):
            # As in extract(): a demonstration is coded by its most severe turn, told later.
            rioting = protest.event_type == "Riots" and t.event_type == "Protests"
            if not rioting and "background phrase" not in t.reason and SEVERITY.get(t.sub_event_type, 0) > SEVERITY.get(protest.sub_event_type, 0):
                protest = Typing(t.event_type, t.sub_event_type, protest.score, t.rule, t.trigger, t.trigger_text,
                                 f"{protest.reason}; escalated by a later sentence ({t.reason})", protest.casualty_only)
                if best is not None and best.event_type in ("Protests", "Riots"):
                    best = protest
                prev_text = sent.text
                continue
        if t is not None and t.event_type in ("Protests", "Riots") and protest is None:
            protest = t
        prev_text = sent.text
        if t is not None and t.score - 0.25 * i > best_score:
            best, best_score = t, t.score - 0.25 * i
    return best


def extract_reports(article: Article, doc: Doc, toponyms=None, base_date: date | None = None, typer=None) -> list[Report]:
    return extract(article, doc, toponyms, base_date, typer).reports
