"""Who did what to whom, from the parse: the phrases in the agent and patient slots of a
trigger, and what kind of participant each one is (armed, a crowd, civilians, a place).

Keywords mislead on their own: 'gunmen killed five villagers' and 'villagers killed five
gunmen' contain the same words.  The event type between Armed clash, Attack and Mob
violence is decided by the slots the words fill.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from fogofwar.extract.classify import undated
from fogofwar.extract.lexicon import _load, cues


def _patterns() -> dict[str, re.Pattern]:
    raw = _load("extract_participants.yaml")
    return {key: re.compile(value, re.I) for key, value in raw.items()}


_P = PATTERNS = _patterns()
GUNFIRE = _P["gunfire"]
ARMED, CROWD, VICTIM, PLACE, RECIPROCAL, PROTEST = (
    _P["armed"], _P["crowd"], _P["victim"], _P["place"], _P["reciprocal"], _P["protest"],
)
EXCHANGE, ARMED_VICTIM, STATE, KILLED_AFTER = _P["exchange"], _P["armed_victim"], _P["state"], _P["killed_after"]
CIVILIAN = re.compile(r"\bcivilians?\b", re.I)  # 'a civilian school guard': said outright, it decides
UNDERGOER_VERBS = _P["undergoer_verbs"]  # ('villagers died': the subject is who it happened to)
HARMED_PASSIVE_VERBS = _P["harmed_passive_verbs"]  # ('villagers were killed')
NOT_SERVING = _P["not_serving"]  # ('a former combatant', 'a retired policeman': a civilian now)
FOUGHT_BACK = re.compile(r"\b(confront\w*|repel\w*|repuls\w*|clash\w*|fought|fight\w*|exchang\w*|return\w* fire)\b", re.I)
NEGATION = re.compile(r"\b(not|nor|never|no|without)\b", re.I)
# One-sided violence that becomes an armed clash when the target is shown to have fought back.
PLACE_ATTACKS = {"attack", "raid", "storm", "invade", "overrun", "loot", "burn"}
ONE_SIDED = {"Shelling/artillery/missile attack", "Grenade", "Attack", "Abduction/forced disappearance",
             "Looting/property destruction"}  # ('police dismantled a drug lab. Gunmen exchanged fire with them')
# Triggers that take two sides by their meaning: a clash never becomes an attack on bystanders.
TWO_SIDED = {"clash", "fight", "fighting", "battle", "firefight", "gunfight", "skirmish", "engage", "engagement", "exchange"}


def _phrase(tok: Token, conjuncts: bool = True) -> str:
    """The noun phrase a token heads, without relative clauses, as written (without the
    phrases coordinated with it when `conjuncts` is False: 'X and Y' -> 'X')."""
    skip: set[int] = set()
    for c in tok.children:
        if not conjuncts and c.dep_ in ("conj", "cc"):
            skip.update(t.i for t in c.subtree)
        # 'a group of people at X village near the police station': only 'of' phrases
        # belong to who the participant is; places and times around it do not.
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"):
            skip.update(t.i for t in c.subtree)
    return " ".join(t.text for t in tok.subtree if t.i not in skip)


def _verb(trigger: Token) -> Token:
    # 'shot and killed' / 'attacked and injured': the second verb shares the first one's subject.
    return trigger.head if trigger.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in trigger.children) else trigger


def slot_tokens(trigger: Token) -> tuple[list[Token], list[Token]]:
    """(agent heads, patient heads) of the trigger; empty lists when the slot is open."""
    agent: list[Token] = []
    patient: list[Token] = []
    verb = _verb(trigger)
    # (in document order, not a set's: a set of Tokens iterates by memory address, run to run)
    for tok in sorted({trigger, verb}, key=lambda t: t.i):
        for c in tok.children:
            if c.dep_ == "nsubj" and tok == verb:
                if c.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                    c = tok.head  # 'a group of people that attacked ...': the group is the agent
                (patient if UNDERGOER_VERBS.match(tok.lemma_.lower()) else agent).append(c)
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                agent += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and tok == verb and tok.pos_ == "NOUN") or (
                # 'shot dead three men' parsed with 'men' as an adverbial noun phrase
                c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_ and any(g.dep_ == "nummod" for g in c.children)
            ):
                patient.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "targeting"):
                # 'On 8 May', 'at night' are times, not targets.
                patient += [g for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    if not patient and trigger.pos_ == "VERB":
        # 'ambushed and killed four farmers': the parse hangs the shared object on the last
        # verb of the pair; it is the first verb's target too.
        for c in trigger.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_.startswith("nsubj") for g in c.children):
                patient += [g for g in c.children if g.dep_ == "dobj"]
                # 'attacked and fired at a patrol'
                patient += [g for p in c.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "against")
                            for g in p.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    if trigger.dep_ == "pobj" and trigger.head.lower_ in cues()["background"]["prepositions"]:
        # 'families fled their homes after the killing of four herders': the verb a cause
        # hangs on has its own participants, not the killing's.
        return agent, patient
    if not agent and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB":
        # 'gunmen killed a nun in an ambush on a road': the verb the phrase hangs on carries
        # the participants (the road is where, not whom).
        return slot_tokens(trigger.head.head)
    if not agent and not patient and trigger.pos_ == "NOUN" and trigger.sent.root.pos_ == "VERB" and trigger.sent.root != trigger:
        # 'a smuggler died during a police raid': the clause's verb carries the participants.
        return slot_tokens(trigger.sent.root)
    return agent, patient


def slots(trigger: Token) -> tuple[str, str]:
    """(agent phrase, patient phrase) of the trigger; empty strings when the slot is open."""
    agent, patient = slot_tokens(trigger)
    return " ".join(_phrase(t) for t in agent), " ".join(_phrase(t) for t in patient)


def _sides(trigger: Token, agent: list[Token]) -> list[Token]:
    """The sides of a two-sided act: its subject and the 'with' / 'against' / 'between' phrases,
    each conjunct apart ('between X and Y'), read off the trigger and, for a noun ('a clash
    broke out between ...'), off its verb too."""
    heads = list(agent)
    around = {trigger}
    if trigger.pos_ == "NOUN":  # 'a clash (that) ensued between ...'
        around |= {trigger.head} | {c for c in trigger.children if c.dep_ in ("acl", "relcl")}
    for tok in sorted(around, key=lambda t: t.i):  # (document order: see slot_tokens)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "against", "between"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        out.append(h)
        out += [c for c in h.children if c.dep_ == "conj"]
    return out


def contact_type(sent: Span, trigger: Token, text: str | None = None) -> tuple[str, str] | None:
    """(sub-event type, reason) for a violent act between people, when the slots decide it:
    Mob violence for unarmed crowds fighting or beating someone, Attack for armed men
    acting on civilians or a village, Armed clash left as it is otherwise (None)."""
    text = sent.text if text is None else text  # (the caller's copy: Span.text is rebuilt on each access)
    agent_toks, patient_toks = slot_tokens(trigger)
    agent, patient = " ".join(_phrase(t) for t in agent_toks), " ".join(_phrase(t) for t in patient_toks)
    armed_in_sentence = bool(ARMED.search(text))
    if RECIPROCAL.search(text) and not armed_in_sentence:
        return "Mob violence", "two unarmed groups fight each other"
    if agent and CROWD.search(agent) and not ARMED.search(agent) and not GUNFIRE.search(text) \
            and not re.search(r"\b(unknown|unidentified|masked)\b", agent, re.I):  # ('four unidentified persons opened fire': gunmen)
        if PROTEST.search(undated(text)):
            return "Violent demonstration", f"the crowd ('{agent[:40]}') is demonstrating"
        return "Mob violence", f"the agent is a crowd ('{agent[:40]}')"
    if trigger.lemma_.lower() in TWO_SIDED:
        # 'vendors fought with police', 'a clash between rival party supporters': unarmed people
        # on one side, and only the police or more unarmed people on the other, is a riot.
        sides = [_phrase(t, conjuncts=False) for t in _sides(trigger, agent_toks)]
        crowd = [x for x in sides if CROWD.search(x) and not ARMED.search(x)]
        if crowd and all(x in crowd or STATE.search(x) for x in sides):
            if PROTEST.search(undated(text)):
                return "Violent demonstration", f"unarmed people ('{crowd[0][:40]}') fight, and they are demonstrating"
            return "Mob violence", f"unarmed people ('{crowd[0][:40]}') fight the police or each other"
        return None  # a clash has two armed sides by definition; bystanders hurt do not make it an attack
    no_longer_armed = bool(patient and NOT_SERVING.search(patient))
    if patient and (not ARMED.search(patient) or CIVILIAN.search(patient) or no_longer_armed) and (VICTIM.search(patient) or PLACE.search(patient) or no_longer_armed):
        if agent and not ARMED.search(agent) and not re.search(r"\b(unknown|unidentified)\b", agent, re.I) and CROWD.search(agent):
            return None
        if not VICTIM.search(patient) and FOUGHT_BACK.search(text):
            return None  # 'attacked the village and confronted a local militia': defenders fought
        return "Attack", f"the target is civilians or a village ('{patient[:40]}')"
    if patient and ARMED.search(patient) and (not agent or ARMED.search(agent) or not CROWD.search(agent)):
        return "Armed clash", f"the target is armed ('{patient[:40]}')"
    if agent and ARMED.search(agent) and patient_toks and all(t.lower_ in ("him", "her") for t in patient_toks):
        # 'soldiers shot him and killed him': one person, named by no armed role, shot by armed men.
        return "Attack", f"armed men shoot a person ('{patient[:40]}')"
    if (agent and ARMED.search(agent) and patient and trigger.lemma_.lower() in PLACE_ATTACKS
            and any(t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "NORP") for t in patient_toks)
            and not FOUGHT_BACK.search(text)):
        # 'militants attacked Foo (district, province)': a named place, no armed side named in it
        # (the sentences after may still tell of defenders: follow_up()).
        return "Attack", f"armed men attack a named place, no armed side named ('{patient[:40]}')"
    return None


def follow_up(sub: str, later: str) -> tuple[str, str] | None:
    """(new sub-event type, reason) when the sentences after a one-sided attack (`later`,
    same paragraph) turn it into an armed clash: the target fired back, fire went in both
    directions, or an attacked person was in a gang. None when they say nothing of it."""
    if sub not in ONE_SIDED or not later:
        return None
    if sub != "Abduction/forced disappearance" and (m := EXCHANGE.search(later)):
        if not NEGATION.search(later[max(0, m.start() - 30) : m.start()]):
            return "Armed clash", f"; rule 'exchange-follows': the next sentences tell the target fought back ('{m.group(0)}')"
    if sub == "Abduction/forced disappearance" and (m := KILLED_AFTER.search(later)) and not NEGATION.search(later[max(0, m.start() - 30) : m.start()]):
        return "Attack", f"; rule 'abducted-killed': the next sentences tell the abducted were killed ('{m.group(0)}')"
    if sub == "Attack" and (m := ARMED_VICTIM.search(later)) and not NEGATION.search(m.group(0)):
        return "Armed clash", f"; rule 'armed-victim': the next sentence says the victim was in a gang ('{m.group(0)[:40]}')"
    return None


def without_victims(sent: Span, text: str) -> str:
    """The sentence's text without the phrases naming those who died or were harmed ('three villagers died
    in the crossfire', 'two residents were killed'): a crowd word there is a victim, not a side of the fight.
    `text` is the sentence's text (offsets from the sentence's start)."""
    cuts = []
    for tok in sent:
        head = tok.head.lemma_.lower()
        if (tok.dep_ == "nsubj" and UNDERGOER_VERBS.match(head)) or (tok.dep_ == "nsubjpass" and HARMED_PASSIVE_VERBS.match(head)):
            cuts.append((tok.left_edge.idx - sent.start_char, tok.right_edge.idx + len(tok.right_edge) - sent.start_char))
    for start, end in sorted(cuts, reverse=True):
        text = text[:start] + " " + text[end:]
    return text
