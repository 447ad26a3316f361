"""Actors: recognised from the lexicon, normalised, coded with ACLED inter codes,
and placed as actor1 (who acts) or actor2 (who is acted upon) from the parse."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Span

from fogofwar.extract.lexicon import ActorPattern, LiteralGate, actor_patterns, cues, forces_name, gated, generic_force, lower_twin, twin_safe
from fogofwar.extract.participants import TWO_SIDED
from fogofwar.model import Actor

SPONSOR_RE = re.compile(r"\b(?P<who>[A-Z][a-z]+|US|U\.S\.)-(?:backed|supported|sponsored|funded|allied)\b")
AGENT_DEPS = {"nsubj", "agent", "csubj"}
OF_THE = re.compile(r"\s+of\s+(the\s+)?", re.I)
PLANTED_BY = re.compile(r"-(planted|laid|placed|triggered|detonated|fired|launched)\b", re.I)
PATIENT_DEPS = {"dobj", "nsubjpass", "pobj", "attr", "obj"}


@dataclass
class ActorMention:
    actor: Actor
    start: int  # char offsets in the sentence text
    end: int


def find_actors(text: str) -> list[ActorMention]:
    """Every actor mention in a sentence, longest and earliest first, without overlaps."""
    # The scan is cached per sentence text (a sentence is looked at once per typing);
    # callers get fresh Actor objects because they fill in countries and inter codes.
    return [ActorMention(m.actor.model_copy(), m.start, m.end) for m in _scan_actors(text)]


GROUP_SIZE = 6  # patterns tested together first; measured best for ~70 patterns
_NOT_COMBINABLE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(|^\(\?[a-zA-Z]+\)")  # back-references, global flags


@functools.lru_cache(maxsize=2)
def _scan_plan(twins: bool) -> list[tuple[LiteralGate | None, list[tuple[ActorPattern, LiteralGate, bool]]]]:
    """actor_patterns() in order, as runs of up to GROUP_SIZE: (one regex that matches where any
    of the run's patterns matches, or None; [(pattern, regex to run, runs on lower-cased text)]).
    A run whose combined regex finds nothing is skipped whole: none of its patterns can match.
    `twins`: the text is lower-cased and twin_safe, so patterns run as their lower_twin().
    Each regex runs behind its LiteralGate: most sentences name none of a run's groups."""
    members = []
    for pat in actor_patterns():
        twin = lower_twin(pat.pattern) if twins else pat.pattern
        members.append((pat, gated(twin), twins and twin is not pat.pattern))
    plan: list = []
    run: list = []

    def close() -> None:
        if not run:
            return
        combined = None
        if len(run) > 1:
            try:
                combined = gated(re.compile("|".join(f"(?:{rx.pattern})" for _, rx, _ in run), run[0][1].regex.flags))
            except re.error:  # (duplicate group names): test each pattern on its own
                combined = None
        if combined is None and len(run) > 1:
            plan.extend((None, [m]) for m in run)
        else:
            plan.append((combined, list(run)))
        run.clear()

    for m in members:
        _, rx, on_lower = m
        if _NOT_COMBINABLE.search(rx.pattern):
            close()
            plan.append((None, [m]))
            continue
        if run and (len(run) >= GROUP_SIZE or run[0][2] != on_lower or run[0][1].regex.flags != rx.regex.flags):
            close()
        run.append(m)
    close()
    return plan


@functools.lru_cache(maxsize=2048)
def _scan_actors(text: str) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    # Lower-cased text of the same length keeps every offset, and there the patterns'
    # case-sensitive twins find the same matches faster; a mention's text is the original's.
    lowered: str | None = text.lower()
    if len(lowered) != len(text) or not twin_safe(lowered):
        lowered = None
    for combined, run in _scan_plan(lowered is not None):
        if combined is not None and not combined.search(lowered if run[0][2] else text, lowered):
            continue
        for pat, rx, on_lower in run:
            for m in rx.finditer(lowered if on_lower else text, lowered):
                s, e = m.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                name, country = (pat.name, pat.country) if pat.name else generic_force(m)
                sponsor = pat.sponsor
                before = text[max(0, s - 30) : s]
                sm = SPONSOR_RE.search(before + text[s:e])
                if sm and (sm.end() > len(before) or not before[sm.end():].strip()):
                    # (the backer's adjective on this actor, not on one named before it: 'Iranian-backed
                    # militias and Syrian troops')
                    sponsor = sponsor or _sponsor_country(sm.group("who"))
                found.append(
                    ActorMention(Actor(name=name, text=text[s:e], inter=pat.inter, sponsor=sponsor, country=country), s, e)
                )
                taken.append((s, e))
                if name.startswith(("Military Forces of", "Police Forces of")) and "{" not in name and (first := _demonym_and(text, s)):
                    # 'Syrian and Russian troops': the first demonym's troops are named too (and first)
                    other, os_, oe = first
                    if not any(os_ < te and ts < oe for ts, te in taken):
                        found.append(ActorMention(Actor(name=forces_name(name.split(" Forces of ")[0], other), text=text[os_:oe],
                                                        inter=pat.inter, country=other), os_, oe))
                        taken.append((os_, oe))
                if not pat.name and m.group("noun2") and (more := _and_country(text, e)):
                    # 'military forces of India and Pakistan': the second country's forces are named too
                    other, os_, oe = more
                    found.append(ActorMention(Actor(name=forces_name(name.split(" Forces of ")[0], other), text=text[os_:oe], inter=pat.inter, country=other), os_, oe))
                    taken.append((os_, oe))
    found.sort(key=lambda a: a.start)
    # 'soldiers of the army of Uganda': a bare force noun followed by 'of' and a named force is
    # that force, not the event country's
    found = [a for a in found if not ("{country}" in a.actor.name and any(
        b.start > a.end and OF_THE.fullmatch(text[a.end : b.start]) and "{country}" not in b.actor.name for b in found))]
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _countries_re() -> re.Pattern:
    from fogofwar.extract.lexicon import demonym_countries

    names = sorted({c for c in demonym_countries().values()}, key=len, reverse=True)
    return re.compile(r"\s+and\s+(?:the\s+)?(?P<c>" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


@functools.lru_cache(maxsize=1)
def _demonym_and_re() -> re.Pattern:
    from fogofwar.extract.lexicon import demonym_countries

    names = sorted(demonym_countries(), key=len, reverse=True)
    return re.compile(r"\b(?P<d>" + "|".join(re.escape(n) for n in names) + r")(?:,\s*|\s+and\s+(?:the\s+)?)$", re.I)


def _demonym_and(text: str, start: int) -> tuple[str, int, int] | None:
    """(country, start, end) of the 'Syrian' in 'Syrian and Russian troops' before the force at `start`."""
    from fogofwar.extract.lexicon import demonym_countries

    m = _demonym_and_re().search(text, max(0, start - 40), start)
    if m is None or m.group("d").islower():
        return None
    return demonym_countries()[m.group("d").lower()], m.start("d"), m.end("d")


def _and_country(text: str, end: int) -> tuple[str, int, int] | None:
    """(country, start, end) of the 'and Pakistan' right after 'forces of India', or None."""
    m = _countries_re().match(text, end)
    if m is None:
        return None
    from fogofwar.extract.lexicon import demonym_countries

    return demonym_countries()[m.group("c").lower()], m.start("c"), m.end("c")


def _sponsor_country(word: str) -> str:
    from fogofwar.extract.lexicon import demonym_countries

    return demonym_countries().get(word.lower(), word)


def _role(sent: Span, mention: ActorMention, trigger_token) -> str:
    """'agent', 'patient' or 'other', from the dependency path to the trigger."""
    start = sent.start_char + mention.start
    tokens = [t for t in sent if start <= t.idx < sent.start_char + mention.end]
    if not tokens:
        return "other"
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    dep = head.dep_
    if PLANTED_BY.match(sent.text, mention.end):
        # 'hit by a Taliban-planted IED', 'an AQAP-laid mine': the group named in the weapon's
        # adjective laid it, whoever the weapon hit
        return "planter"
    # 'ISIS attacks on the army', 'the militia's raid': a modifier of the trigger noun is its doer.
    if trigger_token is not None and head.head.i == trigger_token.i and trigger_token.pos_ == "NOUN" and dep in ("compound", "poss", "nmod", "amod"):
        return "agent"
    if dep in ("conj", "appos") and _hung_on_a_place(head):
        return "agent"
    while head.head != head:
        # Walk up through conjunctions, compounds and 'of' phrases: 'Russian and Syrian
        # forces', 'fighters of the ADF' act as their head noun does.
        if dep in ("conj", "compound", "amod", "appos", "nmod"):
            head = head.head
        elif dep == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head
        else:
            break
        dep = head.dep_
    if dep in AGENT_DEPS:
        verb = head.head
        if trigger_token is not None and verb.i != trigger_token.i:
            lemma = verb.lemma_.lower()
            if lemma in cues()["reporting_verbs"]:
                # 'residents said gunmen abducted eight farmers', '..., the police said': the residents
                # and the police tell, the gunmen act (whichever way the parser hangs the two clauses).
                return "reporter"
        if verb.lemma_.lower() in cues()["struck_by_verbs"] and _struck_by_a_weapon(verb):
            # 'an army vehicle hit a roadside bomb': the vehicle's owners are the ones struck.
            return "patient"
        return "agent"
    if dep == "nsubjpass" and trigger_token is not None and head.head.i != trigger_token.i \
            and head.head.lemma_.lower() in cues()["reporting_verbs"]:
        # 'the rebels are said to have ...', and the parse's 'Boko Haram/IS claimed' (read as a passive):
        # whoever a report is about or from tells of the event; they act only if no one else does.
        return "reporter"
    if dep == "pobj" and head.head.lower_ == "by":
        return "agent"
    if dep == "pobj" and head.head.lower_ in ("against", "on", "at", "targeting", "with", "between"):
        return "patient"
    if dep in PATIENT_DEPS:
        return "patient"
    return "other"


@functools.lru_cache(maxsize=1)
def _load_actors() -> dict:
    from fogofwar.extract.lexicon import _load

    return _load("extract_actors.yaml")


def _subject_verb(sent: Span, mention: ActorMention) -> int | None:
    """The index of the verb whose subject the mention is (through 'and', compounds and 'of'), or None."""
    start = sent.start_char + mention.start
    tokens = [t for t in sent if start <= t.idx < sent.start_char + mention.end]
    if not tokens:
        return None
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    while head.dep_ in ("conj", "compound", "amod", "appos", "nmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return head.head.i if head.dep_ in ("nsubj", "csubj") and head.head.pos_ in ("VERB", "AUX") else None


def _operated_by_another(sent: Span, mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """'a Turkish drone operated by the GNA', 'Russian jets flown by Syrian pilots': a weapon named by
    its country whose 'by' phrase names another actor who uses it."""
    start = sent.start_char + mention.start
    tokens = [t for t in sent if start <= t.idx < sent.start_char + mention.end]
    if not tokens:
        return False
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    operating = set(_load_actors().get("country_doers", {}).get("operating_verbs", []))
    users = [t for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in operating
             for a in c.children if a.dep_ == "agent" for t in a.subtree]
    return any(m is not mention and any(sent.start_char + m.start <= t.idx < sent.start_char + m.end for t in users)
               for m in mentions)


def _hung_on_a_place(token) -> bool:
    """'in Mrauk-U Township, Rakhine State, the Myanmar army and AA fought': the parser joins the
    actors to the places before them; a verb left without a subject of its own has them as its subject."""
    first = token
    # ('in Tlaquepaque, Jalisco, an armed man attacked ...': the parse may also make the actor an
    # apposition of the last place)
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in ("in", "near", "at", "around") or first.ent_type_ not in ("GPE", "LOC", "FAC", ""):
        return False
    if first.ent_type_ == "" and first.pos_ != "PROPN":
        return False
    verb = first.head.head
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _has_own_subject(trigger) -> bool:
    """The event's clause names its doer with a noun ('the bomber detonated ...'), not a pronoun that
    points back to whoever reports it ('the army said it killed ...')."""
    if trigger is None:
        return False
    verb = trigger
    for _ in range(4):  # up to the clause's verb ('a suicide bomber blew herself up': from 'suicide')
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("NOUN", "PROPN"):
            return True  # the trigger is itself the doer's noun
        verb = verb.head
    if verb.lemma_.lower() in cues()["reporting_verbs"]:
        return False  # 'militants claimed an attack': the subject is the one who tells
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _struck_by_a_weapon(verb) -> bool:
    """The verb's object, or the object of its 'on'/'over'/'into', is a mine or a bomb."""
    weapon = cues()["struck_by_objects"]
    for child in verb.children:
        objs = [child] if child.dep_ in ("dobj", "obj") else (
            [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ in ("on", "over", "into", "onto") else [])
        for obj in objs:
            phrase = " ".join(t.lower_ for t in obj.subtree if t.i <= obj.i)  # the noun and what precedes it
            if weapon.search(phrase):
                return True
    return False


def assign_actors(sent: Span, mentions: list[ActorMention], trigger_token, event_country: str | None):
    """(actor1, assoc1, actor2, assoc2). Foreign state forces become external (inter 8)."""
    agents, patients, others, reporters, planters = [], [], [], [], []
    subject_of: dict[int, int | None] = {}
    for m in mentions:
        if _operated_by_another(sent, m, mentions):
            continue  # ('a Turkish drone operated by the GNA': the weapon's maker is no side)
        role = _role(sent, m, trigger_token)
        {"agent": agents, "patient": patients, "reporter": reporters, "planter": planters}.get(role, others).append(m.actor)
        if role == "agent":
            subject_of[id(m.actor)] = _subject_verb(sent, m)
    if trigger_token is not None and len(agents) > 1:
        # 'teachers marched in Nairobi, and police arrested the organisers': the subject of the event's
        # own verb does it; the subject of another clause's verb is no doer of this event, unless that
        # verb fights too (same_fight_verbs in extract_actors.yaml)
        verb = _clause_verb(trigger_token).i
        own = [a for a in agents if subject_of.get(id(a)) == verb]
        fights = set(_load_actors().get("same_fight_verbs", []))
        if own:
            agents = [a for a in agents if subject_of.get(id(a)) in (None, verb)
                      or sent.doc[subject_of[id(a)]].lemma_.lower() in fights]
    if planters:
        # whoever a planted weapon hit is its target, even as the subject ('soldiers struck a Taliban-planted mine')
        agents, patients = planters, agents + patients
    if not event_country:
        # No place resolved: a named armed group's home country says where the fight is ('Turkish troops
        # clashed with SDF fighters' is in Syria)
        event_country = next((a.country for a in agents + patients + others if a.inter in (2, 3, 4) and a.country), None)
    for a in agents + patients + others + reporters:
        if a.inter == 1 and event_country and a.country and not _same_country(a.country, event_country):
            a.inter = 8
    # Whoever reports the event is its actor only when no one else is named as doing it ('the army
    # said it killed ten militants'); civilians who tell what they saw never are.
    if not agents and not _has_own_subject(trigger_token):
        agents = [a for a in reporters if a.inter != 7][:1]
    side1 = _dedupe(agents or others[:1])
    side2 = _dedupe([a for a in patients + (others[1:] if not agents else others) if a.name not in {x.name for x in side1}])
    if not side1 and len(side2) >= 2 and trigger_token is not None and trigger_token.lemma_.lower() in TWO_SIDED | cues()["between_sides"]:
        # 'a clash between army and rebel units', 'a truce between the army and the rebels': both sides
        # sit in one phrase; the first named is actor1
        side1, side2 = side2[:1], side2[1:]
    elif not side2 and len(side1) >= 2 and trigger_token is not None and (
            trigger_token.lemma_.lower() in TWO_SIDED | cues()["between_sides"] or _clause_verb(trigger_token).lemma_.lower() in TWO_SIDED
            or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues()["between_sides"] for c in _clause_verb(trigger_token).children)):
        # 'GNA and LNA forces clashed', 'the army and the rebels fought', 'the army and the KNU signed a
        # truce': the two sides are the joint subject; the first named is actor1, the other its
        # opponent (or the other party to the deal), not its ally.
        side1, side2 = side1[:1], side1[1:]
    if side1 and _generic_state(side1[0]) and (same := [a for a in side2 if _generic_state(a) and a.country == side1[0].country
                                                        and not any(a is p for p in patients)]):
        # 'the Military Police raided a favela ... the Police seized two rifles': one state's
        # police and army named apart are one side, not two (a foreign army has another country, and
        # rival governments' forces, the GNA and the LNA, have names of their own; 'police clashed
        # with soldiers' still sets one against the other).
        side1 = _dedupe(side1 + same)
        side2 = [a for a in side2 if a not in same]
    # Civilians are victims, never perpetrators, whatever the grammar says.
    if side1 and side1[0].inter == 7 and side2 and side2[0].inter != 7:
        side1, side2 = side2, side1
    if attackers := _repelled_attackers(sent, mentions, trigger_token):
        # 'police fought off an assault launched by Taliban fighters': who attacked started the
        # event and is actor1; the defenders are actor2.
        names = {a.name for a in attackers}
        side2 = _dedupe([a for a in side1 + side2 if a.name not in names])
        side1 = _dedupe(attackers)
    actor1 = side1[0] if side1 else None
    actor2 = side2[0] if side2 else None
    return actor1, side1[1:], actor2, side2[1:]


def _clause_verb(token):
    """The verb whose clause holds the token ('clashed' for 'small arms' in 'the army and the
    rebels clashed with small arms')."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _repelled_attackers(sent: Span, mentions: list[ActorMention], trigger_token) -> list[Actor]:
    """The actors named as making the attack that the trigger's verb repels: 'repelled a raid by
    Taliban fighters', 'repulsed a Taliban attack on their convoy'."""
    words = cues()["repelled"]
    if trigger_token is None:
        return []
    verb = trigger_token
    if verb.lemma_.lower() not in words["verbs"]:
        verb = verb.head  # (the trigger may be the attack itself: 'beat back an assault by ...')
    if verb.lemma_.lower() not in words["verbs"]:
        return []
    attack = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words["attack_nouns"]), None)
    if attack is None:
        return []
    # The attack's own words, less its target ('on their convoy'); a 'by' phrase the parser hangs
    # on the verb itself ('repelled an assault by gunmen') belongs to the attack too.
    spans = [(t.idx, t.idx + len(t)) for t in attack.subtree
             if not any(a.dep_ == "pobj" and a.head.lower_ in ("on", "against", "at") for a in [t, *t.ancestors] if a.i > attack.i)]
    spans += [(t.idx, t.idx + len(t)) for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
              and any(g.dep_ == "nsubj" for g in verb.children) for t in c.subtree]
    start = sent.start_char
    found = [m.actor for m in mentions if any(a <= start + m.start < b for a, b in spans)]
    if not found and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in attack.children):
        # 'nine Taliban were killed when troops repulsed their attacks': the attackers are the
        # actors other than the subject that repels them
        subject = [(t.idx, t.idx + len(t)) for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        if subject:
            found = [m.actor for m in mentions if not any(a <= start + m.start < b for a, b in subject)]
    return found


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


@functools.lru_cache(maxsize=1)
def _war_sides() -> list[dict]:
    from fogofwar.extract.lexicon import _load

    out = []
    for w in _load("extract_actors.yaml").get("war_sides", []):
        out.append({**w, "admin1": re.compile(w["admin1"], re.I) if w.get("admin1") else None})
    return out


def _unnamed(actor: Actor | None) -> bool:
    """No side named: absent, or an 'Unidentified Armed Group' filled in by convention."""
    return actor is None or (actor.text is None and actor.name.startswith("Unidentified Armed Group"))


def war_sides(sub: str, actor1: Actor | None, actor2: Actor | None, place, when) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) with the sides of a known war (`war_sides` in extract_actors.yaml) put in for
    the ones the text leaves unnamed: 'explosions in both directions of the front near Popasna' in
    2019 is Ukraine's army against the NAF."""
    if place is None or place.country is None or when is None:
        return actor1, actor2
    war = next((w for w in _war_sides() if w["country"] == place.country and w["from"] <= when <= w["until"]
                and (w["admin1"] is None or not place.admin1 or w["admin1"].search(place.admin1))), None)
    if war is None:
        return actor1, actor2
    state, opponent = Actor(**war["state"]), Actor(**war["opponent"])

    def enemy_of(side: Actor) -> Actor | None:
        return opponent if side.name == state.name else state if side.name == opponent.name else None

    if sub == "Armed clash":
        if _unnamed(actor1) and _unnamed(actor2):
            return state, opponent
        if _unnamed(actor2) and (other := enemy_of(actor1)):
            return actor1, other
        if _unnamed(actor1) and actor2 is not None and (other := enemy_of(actor2)):
            return other, actor2
    elif sub in ("Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade") and _unnamed(actor1):
        return (enemy_of(actor2) if actor2 is not None and enemy_of(actor2) else state), actor2
    return actor1, actor2


@functools.lru_cache(maxsize=1)
def _communal_disputes() -> re.Pattern:
    from fogofwar.extract.lexicon import _load

    return re.compile(_load("extract_actors.yaml").get("communal_disputes", r"(?!)"), re.I)


COMMUNAL = "Unidentified Communal Militia ({country})"


def communal_sides(sub: str, actor1: Actor | None, actor2: Actor | None, text: str) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) with identity militias where ACLED codes them: the unnamed attacker in a fight
    over land ('shot dead over a land dispute'), and the unnamed other side of a communal militia's clash
    ('Murle raiders clashed with armed men')."""
    if sub not in ("Attack", "Armed clash"):
        return actor1, actor2
    if _unnamed_or_unidentified(actor1) and _communal_disputes().search(text):
        actor1 = Actor(name=COMMUNAL, inter=4)
        if sub == "Armed clash" and _unnamed(actor2):
            actor2 = Actor(name=COMMUNAL, inter=4)
    if sub == "Armed clash" and actor1 is not None and actor1.inter == 4 and actor2 is not None and actor2.text is None \
            and _unnamed(actor2):
        actor2 = Actor(name=COMMUNAL, inter=4)
    return actor1, actor2


def _unnamed_or_unidentified(actor: Actor | None) -> bool:
    return actor is None or actor.name.startswith("Unidentified Armed Group")


def actor_conventions(sub: str, actor1: Actor | None, actor2: Actor | None, place, when, text: str, later: str = ""):
    """The conventions that fill in sides the text leaves unnamed or orders loosely: a known war's sides,
    who fired first, communal militias. `later`: the next sentence of the paragraph."""
    actor1, actor2 = war_sides(sub, actor1, actor2, place, when)
    if sub == "Armed clash" and actor1 is not None and actor2 is not None and actor1.inter == 1 and actor2.inter in (2, 3, 4) \
            and _cue("state_fired_back").search(f"{text} {later}"):
        actor1, actor2 = actor2, actor1  # ('the police shot back': the other side started it)
    elif sub == "Armed clash" and actor1 is not None and actor2 is not None and actor1.inter == 3 and actor2.inter == 1 \
            and _mutual_fire().search(text):
        actor1, actor2 = actor2, actor1  # (mutual_fire in extract_actors.yaml: the state first)
    if sub == "Mob violence" and actor2 is not None and actor2.inter == 7 and _mob_fight().search(text):
        actor2 = Actor(name="Rioters ({country})", text=actor2.text, inter=5)  # (mob_fight in extract_actors.yaml)
    if sub in ("Violent demonstration", "Mob violence") and actor2 is None and _cue("prison_riot").search(text):
        actor2 = Actor(name="Police Forces of {country}", inter=1)  # (prison_riot in extract_actors.yaml)
    if sub == "Arrests" and actor2 is None:
        # 'police detained an opposition figure': ACLED codes whoever is arrested, unless named as an
        # armed group, as civilians
        actor2 = Actor(name="Civilians ({country})", inter=7)
    return communal_sides(sub, actor1, actor2, text)


def _generic_state(actor: Actor) -> bool:
    """A state's forces named by their kind only ('police', 'Kenyan troops'), not a named force."""
    return actor.inter == 1 and actor.name.startswith(("Police Forces of", "Military Forces of"))


@functools.lru_cache(maxsize=1)
def _mutual_fire() -> re.Pattern:
    from fogofwar.extract.lexicon import _load

    return re.compile(_load("extract_actors.yaml").get("mutual_fire", r"(?!)"), re.I)


@functools.lru_cache(maxsize=1)
def _mob_fight() -> re.Pattern:
    from fogofwar.extract.lexicon import _load

    return re.compile(_load("extract_actors.yaml").get("mob_fight", r"(?!)"), re.I)


@functools.lru_cache(maxsize=None)
def _cue(key: str) -> re.Pattern:
    from fogofwar.extract.lexicon import _load

    return re.compile(_load("extract_actors.yaml").get(key, r"(?!)"), re.I)


@functools.lru_cache(maxsize=1)
def _country_doer_cues() -> tuple[dict[str, str], set[str], set[str]]:
    """(country or short form, lower-cased -> country; carrying verbs; instrument prepositions)."""
    from fogofwar.extract.lexicon import _load

    raw = _load("extract_actors.yaml")
    cfg = raw.get("country_doers", {})
    names = {c.lower(): c for c in raw["demonyms"]} | dict(cfg.get("abbreviations", {}))
    return names, set(cfg.get("carrying_verbs", [])), set(cfg.get("instrument_prepositions", []))


def _country_of(token, demonyms: bool = False) -> tuple[str, int, int] | None:
    """(country, first token index, last) when the token heads a country's name: 'Israel', 'the
    United States', 'Saudi Arabia', 'US' (and with `demonyms`, 'Israeli'); None for any other word."""
    if demonyms and token.dep_ in ("amod", "compound") and not token.text.islower():
        from fogofwar.extract.lexicon import demonym_countries

        if (country := demonym_countries().get(token.lower_)) is not None:
            return country, token.i, token.i
    if token.pos_ != "PROPN" and token.ent_type_ != "GPE":
        return None
    names, _, _ = _country_doer_cues()
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    first = min(t.i for t in words)
    key = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    if key not in names or (len(words) == 1 and token.text.islower()):  # ('us' the pronoun is never one)
        return None
    return names[key], first, token.i


def country_doers(sent: Span, trigger, mentions: list[ActorMention], sub: str = "") -> list[ActorMention]:
    """A country named as the doer of the event ('Israel struck ...', 'US strikes hit ...', 'Saudi
    Arabia launched air strikes ...', '... shelled by Turkey') as its military forces (country_doers
    in extract_actors.yaml); nothing for a country that is only talked about. For strikes and
    shelling (`sub`), a demonym on the event's noun names the state too ('Israeli strikes')."""
    if trigger is None:
        return []
    _, carrying, instrument = _country_doer_cues()
    remote = sub in ("Air/drone strike", "Shelling/artillery/missile attack")
    candidates = []
    if _country_of(trigger, remote) is not None and trigger.dep_ in ("nsubj", "compound", "poss", "amod"):
        candidates.append(trigger)  # (a pattern's match that starts at the country: 'Israel struck', 'US strikes')
        trigger = trigger.head
    while trigger.dep_ in ("compound", "amod") and trigger.head.pos_ == "NOUN" and trigger.head.i != trigger.i:
        trigger = trigger.head  # ('an air strike': from 'air' to 'strike')
    if trigger.pos_ in ("NOUN", "PROPN"):
        # 'US strikes', "Israel's raid", 'strikes by Turkey'
        if not any(c.dep_ == "acl" and any(g.dep_ == "agent" for g in c.children) for c in trigger.children):
            # ('a Turkish drone operated by the GNA': whoever operates it is the doer)
            candidates += [c for c in trigger.children if c.dep_ in ("compound", "poss", "nmod", "amod")]
        verb = trigger.head
        if trigger.dep_ in ("dobj", "obj") and verb.lemma_.lower() in carrying:
            candidates += [c for c in verb.children if c.dep_ == "nsubj"]  # 'Saudi Arabia launched air strikes'
        elif trigger.dep_ == "pobj" and trigger.head.lower_ in instrument and verb.head.lemma_.lower() in carrying:
            candidates += [c for c in verb.head.children if c.dep_ == "nsubj"]  # 'Israel killed two men in a drone strike'
        heads = [trigger]
    else:
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        candidates += subjects  # 'Turkey shelled villages'
        heads = [trigger] + [c for c in subjects if c.pos_ == "NOUN"]  # ("Israel's strikes killed three")
        # (a country's name only: 'a Turkish drone operated by the GNA' is a weapon, named by its maker)
        candidates += [g for c in subjects if c.pos_ == "NOUN" for g in c.children
                       if g.dep_ in ("compound", "poss", "nmod") and g.pos_ == "PROPN"]
    candidates += [g for h in heads for c in h.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"]  # 'villages shelled by Turkey'
    out = []
    taken = [(sent.start_char + m.start, sent.start_char + m.end) for m in mentions]
    if (own := _own_forces(sent, trigger, mentions, sub)) is not None and not any(
            own.start < te - sent.start_char and ts - sent.start_char < own.end for ts, te in taken):
        out.append(own)
    for tok in candidates:
        found = _country_of(tok, remote)
        if found is None:
            continue
        country, first, last = found
        s, e = sent.doc[first].idx, sent.doc[last].idx + len(sent.doc[last])
        if any(s < te and ts < e for ts, te in taken):
            continue  # (already named as a force: 'Kenya police')
        # (a state that arrests does so through its police: 'Iran arrested 12 activists')
        kind = "Police" if sub in ("Arrests", "Protest with intervention") else "Military"
        actor = Actor(name=forces_name(kind, country), text=sent.doc[first : last + 1].text, inter=1, country=country)
        out.append(ActorMention(actor, s - sent.start_char, e - sent.start_char))
    return out


def _same_country(a: str, b: str) -> bool:
    """The lexicon's and the gazetteer's names of one country ('Democratic Republic of Congo' and
    'Democratic Republic of the Congo') are the same country."""
    if a == b:
        return True
    from fogofwar import geo

    ca = geo.country_code(a)
    return ca is not None and ca == geo.country_code(b)


def _own_forces(sent: Span, trigger, mentions: list[ActorMention], sub: str) -> ActorMention | None:
    """'Israel said its jets struck ...', 'the US military said its drones killed ...': forces that
    'its' or 'their' gives to whoever reports the event are that country's (or that actor's): a mention
    over 'its jets' with the reporter's forces. None when the event's doer is no such possessed force."""
    from fogofwar.extract.lexicon import _forces

    _, kinds = _forces()
    verb = trigger
    while verb.dep_ in ("compound", "amod") and verb.head.i != verb.i:
        verb = verb.head
    subj = verb if verb.dep_ == "nsubj" and verb.pos_ == "NOUN" else next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subj is None or subj.lower_ not in set(kinds) | {"aircraft", "planes", "plane", "ships", "warships", "fighters", "gunmen"}:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return None
    head = subj.head
    for _ in range(4):  # up to the verb that reports the event
        if head.lemma_.lower() in cues()["reporting_verbs"] or head.head.i == head.i:
            break
        head = head.head
    if head.lemma_.lower() not in cues()["reporting_verbs"]:
        return None
    teller = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if teller is None:
        return None
    start, end = poss.idx - sent.start_char, subj.idx + len(subj) - sent.start_char
    if (found := _country_of(teller)) is not None:
        kind = "Police" if kinds.get(subj.lower_) == "police" or sub in ("Arrests", "Protest with intervention") else "Military"
        actor = Actor(name=forces_name(kind, found[0]), text=sent.doc[poss.i : subj.i + 1].text, inter=1, country=found[0])
        return ActorMention(actor, start, end)
    for m in mentions:
        if sent.start_char + m.start <= teller.idx < sent.start_char + m.end and m.actor.inter in (1, 2, 3, 8):
            # ('the US military said its drones ...': the teller's own forces)
            return ActorMention(m.actor.model_copy(update={"text": sent.doc[poss.i : subj.i + 1].text}), start, end)
    return None
