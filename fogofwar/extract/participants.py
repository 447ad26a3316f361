"""Who did what to whom, from the parse: the phrases in the agent and patient slots of a
trigger, and what kind of participant each one is (armed, a crowd, civilians, a place).

Keywords mislead on their own: 'gunmen killed five villagers' and 'villagers killed five
gunmen' contain the same words.  The event type between Armed clash, Attack and Mob
violence is decided by the slots the words fill.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from fogofwar.extract.lexicon import _load


def _patterns() -> dict[str, re.Pattern]:
    raw = _load("extract_participants.yaml")
    return {key: re.compile(value, re.I) for key, value in raw.items()}


_P = _patterns()
ARMED, CROWD, VICTIM, PLACE, RECIPROCAL, PROTEST = (
    _P["armed"], _P["crowd"], _P["victim"], _P["place"], _P["reciprocal"], _P["protest"],
)
# Triggers that take two sides by their meaning: a clash never becomes an attack on bystanders.
TWO_SIDED = {"clash", "fight", "fighting", "battle", "firefight", "gunfight", "skirmish", "engage", "engagement", "exchange"}


def _phrase(tok: Token) -> str:
    """The noun phrase a token heads, without relative clauses, as written."""
    skip: set[int] = set()
    for c in tok.children:
        # 'a group of people at X village near the police station': only 'of' phrases
        # belong to who the participant is; places and times around it do not.
        if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"):
            skip.update(t.i for t in c.subtree)
    return " ".join(t.text for t in tok.subtree if t.i not in skip)


def _verb(trigger: Token) -> Token:
    # 'shot and killed' / 'attacked and injured': the second verb shares the first one's subject.
    return trigger.head if trigger.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in trigger.children) else trigger


def slots(trigger: Token) -> tuple[str, str]:
    """(agent phrase, patient phrase) of the trigger; empty strings when the slot is open."""
    agent, patient = [], []
    verb = _verb(trigger)
    for tok in {trigger, verb}:
        for c in tok.children:
            if c.dep_ == "nsubj" and tok == verb:
                agent.append(_phrase(c))
            elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                agent += [_phrase(g) for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "nsubj" and tok == verb and tok.pos_ == "NOUN"):
                patient.append(_phrase(c))
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "targeting"):
                # 'On 8 May', 'at night' are times, not targets.
                patient += [_phrase(g) for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
    if not agent and not patient and trigger.pos_ == "NOUN" and trigger.sent.root.pos_ == "VERB" and trigger.sent.root != trigger:
        # 'a suspect was killed during a police raid': the clause's verb carries the participants.
        return slots(trigger.sent.root)
    return " ".join(agent), " ".join(patient)


def contact_type(sent: Span, trigger: Token) -> tuple[str, str] | None:
    """(sub-event type, reason) for a violent act between people, when the slots decide it:
    Mob violence for unarmed crowds fighting or beating someone, Attack for armed men
    acting on civilians or a village, Armed clash left as it is otherwise (None)."""
    text = sent.text
    agent, patient = slots(trigger)
    armed_in_sentence = bool(ARMED.search(text))
    if RECIPROCAL.search(text) and not armed_in_sentence:
        return "Mob violence", "two unarmed groups fight each other"
    if agent and CROWD.search(agent) and not ARMED.search(agent):
        if PROTEST.search(text):
            return "Violent demonstration", f"the crowd ('{agent[:40]}') is demonstrating"
        return "Mob violence", f"the agent is a crowd ('{agent[:40]}')"
    if trigger.lemma_.lower() in TWO_SIDED:
        return None  # a clash has two armed sides by definition; bystanders hurt do not make it an attack
    if patient and not ARMED.search(patient) and (VICTIM.search(patient) or PLACE.search(patient)):
        if agent and not ARMED.search(agent) and not re.search(r"\b(unknown|unidentified)\b", agent, re.I) and CROWD.search(agent):
            return None
        return "Attack", f"the target is civilians or a village ('{patient[:40]}')"
    if patient and ARMED.search(patient) and (not agent or ARMED.search(agent) or not CROWD.search(agent)):
        return "Armed clash", f"the target is armed ('{patient[:40]}')"
    return None
