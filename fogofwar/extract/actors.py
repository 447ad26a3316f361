"""Actors: recognised from the lexicon, normalised, coded with ACLED inter codes,
and placed as actor1 (who acts) or actor2 (who is acted upon) from the parse."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Span

from fogofwar.extract.lexicon import actor_patterns, generic_force
from fogofwar.model import Actor

SPONSOR_RE = re.compile(r"\b(?P<who>[A-Z][a-z]+|US|U\.S\.)-(?:backed|supported|sponsored|funded|allied)\b")
AGENT_DEPS = {"nsubj", "agent", "csubj"}
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


@functools.lru_cache(maxsize=2048)
def _scan_actors(text: str) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for pat in actor_patterns():
        for m in pat.pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            name, country = (pat.name, pat.country) if pat.name else generic_force(m)
            sponsor = pat.sponsor
            before = text[max(0, s - 30) : s]
            if sm := SPONSOR_RE.search(before + text[s:e]):
                sponsor = sponsor or _sponsor_country(sm.group("who"))
            found.append(
                ActorMention(Actor(name=name, text=m.group(0), inter=pat.inter, sponsor=sponsor, country=country), s, e)
            )
            taken.append((s, e))
    found.sort(key=lambda a: a.start)
    return tuple(found)


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
    # 'ISIS attacks on the army', 'the militia's raid': a modifier of the trigger noun is its doer.
    if trigger_token is not None and head.head.i == trigger_token.i and trigger_token.pos_ == "NOUN" and dep in ("compound", "poss", "nmod", "amod"):
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
        return "agent"
    if dep == "pobj" and head.head.lower_ == "by":
        return "agent"
    if dep == "pobj" and head.head.lower_ in ("against", "on", "at", "targeting", "with", "between"):
        return "patient"
    if dep in PATIENT_DEPS:
        return "patient"
    return "other"


def assign_actors(sent: Span, mentions: list[ActorMention], trigger_token, event_country: str | None):
    """(actor1, assoc1, actor2, assoc2). Foreign state forces become external (inter 8)."""
    agents, patients, others = [], [], []
    for m in mentions:
        role = _role(sent, m, trigger_token)
        (agents if role == "agent" else patients if role == "patient" else others).append(m.actor)
    for a in agents + patients + others:
        if a.inter == 1 and event_country and a.country and a.country != event_country:
            a.inter = 8
    side1 = _dedupe(agents or others[:1])
    side2 = _dedupe([a for a in patients + (others[1:] if not agents else others) if a.name not in {x.name for x in side1}])
    # Civilians are victims, never perpetrators, whatever the grammar says.
    if side1 and side1[0].inter == 7 and side2 and side2[0].inter != 7:
        side1, side2 = side2, side1
    actor1 = side1[0] if side1 else None
    actor2 = side2[0] if side2 else None
    return actor1, side1[1:], actor2, side2[1:]


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out
