"""Fatalities from a sentence: deaths per party, kept apart from injuries and materiel.

Number-first: every number in the sentence is followed to the noun it counts and from
there to the verb or noun that says what happened to them ('3 soldiers were killed',
'killing 5', '15 ISIS members died', 'the killing of Major-General X', 'the death toll
rose to 12').  Bounds ('over', 'at least', 'up to') come from the words before the number.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from fogofwar.extract.lexicon import _load
from fogofwar.extract.numbers import VAGUE, Quantity, parse_number, quantity
from fogofwar.model import Fatalities


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, set[str]]:
    raw = _load("extract_cues.yaml")["fatalities"]
    return {k: set(v) for k, v in raw.items()}


ORDINAL = re.compile(r"\d+(st|nd|rd|th)", re.I)
YEAR = re.compile(r"(19|20)\d\d")


def _is_age_or_measure(tok: Token) -> bool:
    """'nine-year-old', '25th', 'three-storey': a number that counts nothing."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    if nxt is not None and nxt.text == "-" and after is not None and after.lower_ in ("year", "years", "month", "storey", "story", "day", "hour", "km", "metre", "meter"):
        return True
    return bool(ORDINAL.fullmatch(tok.text))


def _is_subset(tok: Token) -> bool:
    """'killing nine people, including three women': the three are among the nine."""
    return any(a.lower_ in ("including", "among") and a.dep_ in ("prep", "advcl", "acl") for a in list(tok.ancestors)[:3])


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _is_date_part(tok: Token) -> bool:
    """'On 4 May 2020', 'May 4': the day of a date is not a count of anything."""
    if tok.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"):
        return True
    doc = tok.doc
    near = [doc[j].lower_.rstrip(".") for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
    return any(w in MONTHS for w in near)


SUBSET_BEFORE = re.compile(r"\b(including|among them|among whom|of whom|of them|among)\s*$", re.I)


def _is_number(tok: Token) -> bool:
    if not (tok.like_num or tok.lower_ in VAGUE):
        return False  # cheap test first: most tokens are plain words
    if _is_age_or_measure(tok) or _is_date_part(tok):
        return False
    if tok.like_num and not YEAR.fullmatch(tok.text):
        return tok.pos_ == "NUM" or tok.text.isdigit() or parse_number(tok.text) is not None
    return tok.lower_ in VAGUE and tok.dep_ in ("amod", "nummod", "nsubj", "nsubjpass", "dobj", "quantmod")


def _fate(counted: Token) -> str | None:
    """'killed', 'injured' or None: what the sentence says happened to this noun."""
    words = _words()
    if counted.lemma_.lower() in words["not_people"]:
        return None
    if counted.lemma_.lower() in words["kill_lemmas"] or counted.lower_ in ("dead", "deaths", "killed", "fatalities"):
        return "killed"
    if counted.lemma_.lower() in words["injury_lemmas"] or counted.lower_ in ("injured", "wounded"):
        return "injured"
    if counted.like_num and counted.i + 1 < len(counted.doc):
        # A bare number: the word after it says what it counts ('2 fatalities and 1 injured').
        nxt = counted.doc[counted.i + 1]
        if nxt.lemma_.lower() in words["injury_lemmas"] or nxt.lower_ in ("injured", "wounded"):
            return "injured"
    if any(c.dep_ == "conj" and (c.lemma_.lower() in ("fatality", "death", "casualty") or c.lower_ == "dead") for c in counted.children):
        # '25 rebel fighters and 6 military fatalities', '2 rebel and 1 military fatality'
        return "killed" if not any(c.lemma_.lower() == "casualty" for c in counted.children) else "injured"
    node = counted
    for _ in range(4):
        # An adjectival or participle modifier on the noun: '12 dead civilians', 'three killed'.
        for child in node.children:
            if child.dep_ in ("amod", "acl", "relcl") and child.lemma_.lower() in words["kill_lemmas"]:
                if any(c.dep_ == "dobj" for c in child.children):
                    continue  # 'a group of 40 militants killed seven traders' read as a relative: it has an object
                return "killed"
            if child.dep_ in ("amod", "acl", "relcl") and child.lemma_.lower() in words["injury_lemmas"]:
                return "injured"
        head = node.head
        if head == node:
            break
        if node.pos_ == "VERB" and node.dep_ in ("conj", "ccomp", "parataxis"):
            # '... beheaded one man and torched a dozen huts': the huts were not beheaded;
            # 'hundreds of protesters clashed with police; one was killed': another clause's verb
            break
        if node.dep_ == "pobj" and head.lower_ == "by" or node.dep_ == "agent":
            return None  # 'killed by two armed men': the killers, not the killed
        lem = head.lemma_.lower()
        killing_verb = lem in words["killer_verbs"] or lem in LETHAL_WITH_DEATH or _phrasal_kill(head)
        if node.dep_ == "nsubj" and not node.like_num and killing_verb and any(c.dep_ == "dobj" for c in head.children):
            return None  # 'two gunmen killed a trader', 'three men hacked to death a farmer': the killers
        if lem in words["kill_lemmas"] or head.lower_ in ("dead", "killed") or _phrasal_kill(head):
            return "killed"
        if lem in LETHAL_WITH_DEATH and any(
            c.lower_ in ("fatally", "dead") or (c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)) for c in head.children
        ):
            return "killed"  # 'two men were shot to death', 'fatally shot three people', 'shot dead seven traders'

        if node.dep_ in ("nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "conj" and (c.lemma_.lower() in words["kill_lemmas"] or c.lower_ == "killed")
                and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children) for c in head.children):
            # 'one policeman was shot and killed': a second verb with no subject of its own says
            # how it ended ('two were wounded and one killed' gives 'one' its own verb).
            return "killed"
        if lem in words["injury_lemmas"] or head.lower_ in ("injured", "wounded", "hurt"):
            return "injured"
        # 'leaving ten people dead': the verb's complement says what happened.
        if any(c.lower_ in ("dead", "killed") and c.dep_ in ("oprd", "acomp", "xcomp") for c in head.children):
            return "killed"
        if node.dep_ in ("conj", "appos", "compound", "nummod", "quantmod", "amod", "prep", "pobj", "nsubj", "nsubjpass", "dobj", "attr", "npadvmod"):
            node = head
            continue
        break
    return None


def _subject_before_passive(verb: Token) -> list[Token]:
    """'in Tula, Hidalgo, a teenager and his mother were shot to death': the parser hangs the victims
    on the place as an apposition and leaves the passive verb without a subject; the singular
    nouns right before 'was'/'were' (and the noun they are joined to) are its subject."""
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.i == 0:
        return []
    before = verb.doc[aux.i - 1]
    if before.tag_ != "NN" or before.dep_ not in ("appos", "conj"):
        return []
    nouns = [before]
    if before.dep_ == "conj" and before.head.tag_ == "NN":
        nouns.append(before.head)
    return nouns


def _phrasal_kill(verb: Token) -> bool:
    """'gunned down', 'mowed down': a verb that kills with its particle (phrasal_kill in extract_cues.yaml)."""
    if verb.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return any(f"{verb.lemma_.lower()} {p}" in _words()["phrasal_kill"] for p in particles)


def _party(counted: Token, number: Token) -> str:
    """'Syrian soldiers', 'ISIS members': the counted noun with the words before it."""
    left = [t for t in counted.lefts if t.dep_ in ("amod", "compound", "nmod", "npadvmod") and t.i > number.i]
    words = [t.text for t in left] + [counted.text]
    return " ".join(words)


# When the parse fails on a lethal verb ('a sniper shot dead a girl' parsed with 'shot' as
# a noun), the surface pattern still counts a single victim.
SINGLE_VICTIM = re.compile(
    r"\b(shot dead|gunned down|beaten to death|beat to death|stabbed to death|hacked to death|burned alive|stoned to death|lynched|killed)"
    r"\s+(a|an|one)\s+(?!dozen|few|number)[\w-]+",
    re.I,
)


LETHAL_LEMMAS = frozenset(("kill", "killing", "assassinate", "assassination", "murder", "execute", "behead", "slay", "lynch"))
# 'the body of a trader was found', 'a body was found': one dead, named by the remains.
REMAINS = frozenset(("body", "corpse"))
FOUND = frozenset(("find", "discover", "recover", "retrieve", "dump", "abandon", "locate", "leave", "wash", "float"))
# with 'dead', 'to death' or 'fatally' (extract_cues.yaml: 'fatally assaulted', 'shot dead')
LETHAL_WITH_DEATH = frozenset(_load("extract_cues.yaml")["fatalities"]["lethal_with_death"])
PHRASAL_KILL_HEADS = frozenset(p.split()[0] for p in _load("extract_cues.yaml")["fatalities"]["phrasal_kill"])
LETHAL_ANY = LETHAL_LEMMAS | LETHAL_WITH_DEATH | PHRASAL_KILL_HEADS


DYING = frozenset(("die", "succumb", "find", "discover"))  # the lemmas _died() reads
DIED_WITH = re.compile(r"^(the|a|an|one|both|this|that|his|her)$", re.I)


def _died(sent: Span) -> list[tuple[str, Quantity]]:
    """'The victim died', 'Both victims died', 'a man was found dead': the dead named by a noun
    with no number (one; two for 'both')."""
    from fogofwar.extract.participants import ARMED, VICTIM

    for tok in sent:
        lem = tok.lemma_.lower()
        found_dead = lem in ("find", "discover") and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp") for c in tok.children)
        if lem not in ("die", "succumb") and not found_dead:
            continue
        subjects = list(tok.children)
        if tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in subjects):
            subjects = list(tok.head.children)  # 'a driver was shot and died': the first verb's subject died
        for v in subjects:
            if v.dep_ not in ("nsubj", "nsubjpass") or any(_is_number(c) for c in v.subtree):
                continue
            dets = [c.lower_ for c in v.children if c.dep_ in ("det", "poss", "predet")]
            human = v.ent_type_ == "PERSON" or VICTIM.fullmatch(v.lower_) or ARMED.fullmatch(v.lower_)
            if not human or v.lemma_.lower() in _words()["not_people"]:
                continue
            if "both" in dets:
                return [(v.text, Quantity(2, 2, 2, 2, f"both {v.text} {tok.text}"))]
            if v.tag_ in ("NN", "NNP") and (v.tag_ == "NNP" or any(DIED_WITH.match(d) for d in dets)):
                return [(v.text, Quantity(1, 1, 1, 1, f"{v.text} {tok.text}"))]
    return []


def _remains(sent: Span) -> list[tuple[str, Quantity]]:
    """'the body of a trader was found', 'police found a body': one death per singular body found
    (plural 'bodies' count only with a number, read by the number-first pass)."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in REMAINS or tok.tag_ != "NN":
            continue
        verb = tok.head
        if tok.dep_ not in ("nsubjpass", "dobj", "nsubj") or verb.lemma_.lower() not in FOUND:
            continue
        whose = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if whose and (whose[0].tag_ not in ("NN", "NNP") or whose[0].lemma_.lower() in _words()["not_people"]):
            continue  # 'the bodies of two men' (counted above); 'the body of a car'
        out.append((whose[0].text if whose else tok.text, Quantity(1, 1, 1, 1, f"{tok.text} {verb.text}")))
        break
    return out


def sentence_fatalities(sent: Span, text: str | None = None) -> Fatalities:
    """`text`: the sentence's text when the caller has it (Span.text is rebuilt on each access)."""
    killed: list[tuple[str, Quantity]] = []
    injured = 0
    sent_text = sent.text if text is None else text
    seen: set[int] = set()
    for tok in sent:
        if not _is_number(tok) or tok.i in seen:
            continue
        # Multi-word numbers: 'twenty five', '1,200'
        number_tokens = [tok]
        counted = tok.head if tok.dep_ in ("nummod", "quantmod", "amod", "compound", "det") else tok
        while counted.dep_ in ("nummod", "quantmod", "compound") and _is_number(counted):
            number_tokens.append(counted)
            counted = counted.head
        seen.update(t.i for t in number_tokens)
        rel = tok.idx - sent.start_char
        before = sent_text[max(0, rel - 25) : rel]
        q = quantity(" ".join(t.text for t in number_tokens if t.i <= tok.i) or tok.text, before)
        if q is None:
            continue
        if counted.pos_ == "PROPN" and counted is not tok:
            continue  # 'Colonia 21 de Marzo', 'Centenario 2': part of a name, not a count
        if counted.dep_ == "pobj" and counted.head.lower_ == "of" and any(_is_number(c) for c in counted.head.head.children):
            continue  # 'seven members of one family': the number before 'of' counts the people
        fate = _fate(counted)
        if fate and (_is_subset(counted) or SUBSET_BEFORE.search(before)):
            continue
        if fate == "killed":
            killed.append((_party(counted, tok), q))
        elif fate == "injured":
            injured += q.best
    # The passes below each look for a few lemmas: skip those the sentence does not have.
    lemmas = {tok.lemma_.lower() for tok in sent}
    # 'the killing of Major-General X', 'killed a civilian', 'shot dead a girl', 'beat to death a man':
    # a named or singular victim counts one.
    for tok in sent if not lemmas.isdisjoint(LETHAL_ANY) else ():
        lem = tok.lemma_.lower()
        lethal = lem in LETHAL_LEMMAS or (lem in PHRASAL_KILL_HEADS and _phrasal_kill(tok))
        if not lethal and lem in LETHAL_WITH_DEATH:  # (children read only for these few verbs)
            kids = {c.lower_ for c in tok.children} | {g.lower_ for c in tok.children if c.lower_ == "to" for g in c.children}
            lethal = bool(kids & {"dead", "death", "fatally"})
        if lethal:
            victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if not victims and tok.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in tok.children):
                # 'a man was shot and killed': the first verb's subject is the second's too.
                victims = [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                victims += [c for c in prep.children if c.dep_ == "pobj"]
            if not victims:
                victims = _subject_before_passive(tok)
            victims += [c for v in victims for c in v.children if c.dep_ == "conj" and c.pos_ == "NOUN"]  # 'a man and a woman'
            for v in dict.fromkeys(victims):  # (once each: a conjunct may be found twice)
                if any(_is_number(c) for c in v.subtree) or _is_subset(v):
                    continue
                if v.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME") or (
                    v.tag_ == "NNP" and v.i + 1 < len(v.doc) and v.doc[v.i + 1].text == ","
                    and any(o is not v and o.dep_ == v.dep_ and o.head == v.head for o in victims)
                ):
                    continue  # 'in Tula, Hidalgo, a man was killed': a place parsed as the victim
                dets = {c.lower_ for c in v.children if c.dep_ in ("det", "poss")}
                singular = v.tag_ in ("NN", "NNP") and (
                    v.ent_type_ == "PERSON" or dets & {"a", "an", "one", "the"} or any(c.dep_ == "poss" for c in v.children) or v.tag_ == "NNP"
                ) or (v.lower_ in ("him", "her") and v.dep_ == "dobj") or (  # 'returned fire, killing him'
                    v.lower_ in ("he", "she") and v.dep_ == "nsubjpass")  # '... caught a thief. He was beaten to death.'
                if singular and v.lemma_.lower() not in _words()["not_people"]:
                    killed.append((_party(v, v.left_edge) if v.left_edge != v else v.text, Quantity(1, 1, 1, 1, v.text)))
    if not killed and not lemmas.isdisjoint(REMAINS):
        killed += _remains(sent)
    if not killed and not lemmas.isdisjoint(DYING):
        killed += _died(sent)
    if not killed and (m := SINGLE_VICTIM.search(sent_text)):
        killed.append((m.group(0).split()[-1], Quantity(1, 1, 1, 1, m.group(0))))
    if not killed:
        return Fatalities(injured=injured or None)
    by_party: dict[str, int] = {}
    for party, q in killed:
        by_party[party] = by_party.get(party, 0) + q.acled
    return Fatalities(
        acled=sum(q.acled for _, q in killed),
        low=sum(q.low for _, q in killed),
        best=sum(q.best for _, q in killed),
        high=sum(q.high for _, q in killed),
        by_party=by_party,
        injured=injured or None,
        text="; ".join(f"{q.text} {p}" for p, q in killed),
    )

