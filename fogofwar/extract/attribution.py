"""Who claims a fact (claimant) and how it is put (modality)."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from fogofwar.extract.lexicon import cues

ACCORDING_RE = re.compile(r"\baccording to\s+(?P<who>[^,.;]{2,120})", re.I)
ANAPHORIC = re.compile(r"^(the|this|that|these|those|said)\s+(\w+[- ]){0,3}(source|sources|group|monitor|observatory|agency|official|officials|report|statement|outlet)s?$", re.I)
ADVERB_ALLEGED = re.compile(r"\b(allegedly|purportedly|reportedly|supposedly)\b", re.I)


def normalise_claimant(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,.;:'\"“”‘’")
    for pat, name in cues()["claimants"]:
        if pat.search(text):
            return name
    # 'the monitor's report reads' is the monitor speaking.
    text = re.sub(r"['’]s( (own|latest|new|daily|weekly))? (report|statement|account|figures|tally|data|count)$", "", text, flags=re.I)
    text = re.sub(r"['’]s$", "", text)
    words = text.split()
    return " ".join(words[:10])


def _subtree_text(tok: Token, limit: int = 14) -> str:
    """The words of a phrase as written, without its relative clauses."""
    excluded: set[int] = set()
    for child in tok.children:
        if child.dep_ in ("relcl", "acl"):
            excluded.update(t.i for t in child.subtree)
    toks = [t for t in tok.subtree if t.i not in excluded]
    while toks and toks[0].is_punct:
        toks.pop(0)
    toks = toks[:limit]
    while toks and toks[-1].is_punct:
        toks.pop()
    if not toks:
        return tok.text
    return tok.doc[toks[0].i : toks[-1].i + 1].text  # (Doc.text would rebuild the whole text)


def find_reporting_verb(trigger: Token, sent: Span) -> Token | None:
    """The reporting verb ('say', 'claim', 'report') that puts the trigger's clause forward."""
    verbs = cues()["reporting_verbs"]
    for anc in trigger.ancestors:
        if anc.lemma_.lower() in verbs and anc.pos_ in ("VERB", "AUX") and not _purpose_clause(anc):
            return anc
    # The small parser often attaches the reporting clause oddly ('..., the SOHR reported on
    # December 17' as a conj; 'a source revealed to X that ...' as an acl): any reporting
    # verb outside the trigger's own subtree still attributes the sentence.
    subtree = set(t.i for t in trigger.subtree)
    for tok in sent:
        if tok.tag_ == "VBG" and (tok.head == trigger or tok.head in trigger.ancestors) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # 'villagers blocked the road, rejecting the price rise': a participle told of the
            # event's own actors is their grievance, not somebody reporting (or denying) it
            continue
        if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and tok.lemma_.lower() in cues()["background"]["accusation_verbs"] and any(c.lower_ == "of" for c in tok.children):
            # 'a mob lynched a man accused of blasphemy', 'a man they accused of stealing a goat':
            # what the person is accused of describes the victim, it does not report the event
            continue
        if tok.lemma_.lower() in verbs and tok.pos_ == "VERB" and tok != trigger and tok.i not in subtree and not _purpose_clause(tok):
            if tok.dep_ in ("ROOT", "conj", "parataxis", "ccomp", "acl", "advcl") or any(c.dep_ == "nsubj" for c in tok.children):
                return tok
    return None


def _is_month(tok: Token) -> bool:
    """'On 7 May 2020': the month, not the modal verb."""
    if tok.lower_ != "may":
        return False
    doc = tok.doc
    near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
    return tok.text == "May" and (tok.ent_type_ == "DATE" or any(n.like_num for n in near))


def _purpose_clause(verb: Token) -> bool:
    """'protested to reject the decision', 'rallied to denounce ...': an infinitive says what
    the actors wanted, it does not report or deny anything."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or (
        verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB"
    )


def _own_complement(below: list[Token], light_verbs) -> bool:
    """The event is the complement of the verb above `below` ('failed to capture the town', 'failed
    to carry out the attack'), not a word further down ('failed to stop the attack')."""
    below = [t for t in below if t.dep_ != "compound"]  # ('failed to plant a roadside bomb')
    if not below or below[-1].dep_ != "xcomp" or below[-1].lemma_.lower() in cues()["modality"]["preventing_verbs"]:
        return False  # ('police failed to prevent protests': the protests took place)
    return len(below) == 1 or (len(below) == 2 and below[-1].lemma_.lower() in light_verbs and below[0].dep_ == "dobj")


def _failed_act(subject: Token, match: str, c: dict) -> Token | None:
    """The act that `subject` failed to do, when the rule's match holds that act: 'planes failed
    to bomb the bridge' (matched as 'plane fail to bomb'), not 'protesters failed to reach the
    square' (the protest matched on 'protester' alone) or 'failed to stop the attack'."""
    if not match or subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in c["governing_negated"]:
        return None
    act = next((k for k in subject.head.children if k.dep_ == "xcomp"), None)
    if act is None or act.lemma_.lower() in c["preventing_verbs"] or act.lemma_.lower() not in match.split():
        return None
    return act


def _own_conjunct(tok: Token) -> bool:
    """A verb joined to the one before it as a clause of its own: with a subject of its own ('the
    rally did not take place, but workers marched') or set against it by 'but' ('supporters did
    not rally in the square but marched to parliament'). What is said of the first verb (its
    'not', its 'will') is not said of it; 'did not attack and burn the village' shares both."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
        return True
    return any(k.dep_ == "cc" and k.lower_ in ("but", "yet") and k.i < tok.i for k in tok.head.children)


def _plausible_source(tok: Token) -> bool:
    """A claimant is a person, an organisation or a source noun, not 'the regular attacks'."""
    anonymous = cues()["anonymous"]
    if tok.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    if tok.lemma_.lower() in anonymous or tok.lower_ in anonymous:
        return True
    return any(p.search(_subtree_text(tok)) for p, _ in cues()["claimants"])


def find_claimant(sent: Span, trigger: Token, text: str | None = None) -> tuple[str | None, Token | None]:
    """(claimant as written/normalised, the reporting verb) for the trigger's sentence.
    `text`: the sentence's text when the caller has it (Span.text is rebuilt on each access)."""
    if m := ACCORDING_RE.search(sent.text if text is None else text):
        return normalise_claimant(m.group("who")), None
    verb = find_reporting_verb(trigger, sent)
    if verb is None:
        return None, None
    # The speaker is a subject that does not hold the event's own words: with 'gunmen on
    # motorbikes killed seven villagers ..., a local association said', the small parser may give
    # 'said' two subjects.
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not (c.left_edge.i <= trigger.i <= c.right_edge.i)]
    subj = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    who = None
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i:
        # 'a field source revealed ...' parsed as a noun with a participle: the noun phrase
        # is the words from the noun's left edge up to the verb.
        subj = verb.head
        who = sent.doc[subj.left_edge.i : verb.i].text
    if subj is None or subj.lower_ in ("he", "she", "they", "it", "we", "i", "who", "which", "that"):
        return None, verb
    if not _plausible_source(subj) and not (verb.lemma_.lower() in cues()["speech_verbs"] and subj.pos_ in ("NOUN", "PROPN")):
        # ('the figures show ...' names no source; 'the district commissioner said ...' does:
        # only a speaker says, tells or claims.)
        return None, None
    who = who or _subtree_text(subj)
    # 'a field source told Sputnik Arabic' / 'revealed to Sputnik Arabic': keep the channel.
    dative = next(
        (c for c in verb.children if c.dep_ in ("dative", "dobj") and (c.ent_type_ in ("ORG", "PERSON", "NORP", "GPE") or c.pos_ == "PROPN")),
        None,
    )
    if dative is None:
        prep_to = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if prep_to is not None:
            dative = next((c for c in prep_to.children if c.dep_ == "pobj"), None)
    if dative is not None and subj.lemma_.lower() in cues()["anonymous"]:
        return f"{normalise_claimant(who)} (to {_subtree_text(dative, 5)})", verb
    return normalise_claimant(who), verb


def is_anaphoric(claimant: str | None) -> bool:
    return bool(claimant and ANAPHORIC.match(claimant))


def noun_head(trigger: Token) -> Token:
    """'no air strikes took place': the trigger 'air' is part of the noun 'strikes'."""
    head = trigger
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    return head


def under_no(trigger: Token) -> bool:
    """An event noun under 'no': 'there was no fighting', 'adding that no arrests were made'."""
    head = noun_head(trigger)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in cues()["modality"]["no_report_nouns"]:
        head = head.head.head  # 'with no reports of fighting', 'no sign of clashes'
    return head.pos_ in ("NOUN", "VERB") and any(d.lower_ == "no" and d.dep_ == "det" for d in head.children)


def modality_of(sent: Span, trigger: Token, reporting_verb: Token | None, claimant: str | None,
                text: str | None = None, match: str = "") -> tuple[str, str]:
    """(modality, reason). Looks at the trigger's own clause: auxiliaries, negation,
    governing verbs and adjectives, then at how the claim is reported.
    `text`: the sentence's text when the caller has it (Span.text is rebuilt on each access);
    `match`: the words the rule matched (lemmas), when the trigger is only their first word."""
    c = cues()["modality"]
    chain: list[Token] = []
    tok = trigger
    # The trigger and the heads above it, up to (not including) the reporting verb.
    while True:
        chain.append(tok)
        if tok.head == tok or tok.head == reporting_verb or tok.dep_ in ("ccomp", "ROOT") or _own_conjunct(tok):
            break
        tok = tok.head
    above = chain[-1].head
    # 'Troops shelled the town; it was not clear why': a clause before a semicolon stands alone
    # (the small parser hangs it under the next clause as a complement).
    apart = above.i > chain[-1].i and any(t.text in (";", ":") for t in sent.doc[chain[-1].right_edge.i + 1 : above.i])
    if reporting_verb is None and chain[-1].dep_ == "ccomp" and not apart and above.lemma_.lower() not in c["outcome_verbs"] and not (
            above.lemma_.lower() == "be" and any(k.lower_ in c["presence"] for k in above.children if k.dep_ in ("advmod", "acomp", "prep"))):
        # ('lobbed a grenade at a bunker; no one was hurt' parses the attack as a clause under
        # 'hurt': a harm verb above the event says how it ended, not whether it happened; so
        # does 'no one was inside'.)
        chain.append(above)
    head = noun_head(trigger)
    if (act := _failed_act(head, match, c)) is not None:
        # 'government planes failed to bomb the bridge': a rule that reads the doer and the act
        # together ('plane ... bomb') has the doer as its first word, the subject of 'failed'.
        return "negated", f"governed by '{head.head.text}' ('{act.text}')"
    if under_no(trigger):
        return "negated", f"no '{head.text}'"  # 'there was no fighting in the town', 'no attack took place'
    if head.dep_ in ("pobj", "pcomp"):
        prep = head.head
        if prep.lower_ in c["negating_prepositions"]:
            return "negated", f"'{prep.text} {head.text}'"  # 'the day passed without any fighting'
        if f"{prep.head.lower_} {prep.lower_}" in c["planned_prepositions"]:
            return "planned", f"'{prep.head.text} {prep.text} {head.text}'"  # 'ahead of expected protests'
        if prep.lower_ == "for" and prep.head.lemma_.lower() in c["calls_for"]:
            return "planned", f"'{prep.head.text} for {head.text}'"  # 'called for protests'
    if any(k.dep_ == "aux" and k.lower_ == "to" for k in trigger.children) and not any(k.dep_ == "aux" and k.lower_ != "to" for k in trigger.children) and (
            (trigger.dep_ == "ROOT" and any(k.dep_ == "nsubj" for k in trigger.children))
            or (trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PROPN") and trigger.head.left_edge.i == sent.start)):
        return "planned", f"headline future 'to {trigger.text}'"  # 'Rebels to attack Goma, commander says'
    if (text if text is not None else sent.text).rstrip(" \"'”’").endswith("?"):
        # 'Did the rebels shell the base?', 'Who fired the rockets at the base?' (the tagger may
        # read a first 'Did' as a full verb)
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is not None and first.lower_ in c["question_openers"]:
            return "speculative", "a question"
    # 'it is unclear whether the rebels shelled the base', 'if the troops attack ...'; also the
    # verb of which the trigger is subject or object ('whether air strikes hit the town').
    for t in chain[:2] if trigger.dep_ in ("nsubj", "nsubjpass", "dobj") else chain[:1]:
        mark = next((k for k in t.children if k.dep_ == "mark" and k.lower_ in c["open_marks"]), None)
        if mark is not None and not (mark.i > 0 and sent.doc[mark.i - 1].lower_ == "as"):
            return "speculative", f"'{mark.text} ... {t.text}'"
    for t in chain[:2]:
        # 'No people were killed', 'nobody was hurt': the participants are negated.
        for k in t.children:
            if k.dep_ in ("nsubj", "nsubjpass", "dobj") and k.lemma_.lower() not in c["outcome_nouns"] and (
                k.lower_ in ("nobody", "none", "noone") or any(d.lower_ == "no" and d.dep_ == "det" for d in k.children)
            ):
                return "negated", f"no participants ('{k.text}')"
    for t in chain:
        kids = list(t.children)
        for k in kids:
            lem = k.lemma_.lower()
            if lem == "neither" and k.dep_ in ("preconj", "advmod", "det", "cc") and t.pos_ in ("VERB", "AUX"):
                return "negated", f"'neither' on '{t.text}'"  # 'the rebels neither attacked nor shelled the town'
            if k.dep_ == "neg" and t.pos_ in ("VERB", "AUX"):
                if t != trigger and t.lemma_.lower() in c.get("negated_continues", ()):
                    continue  # 'the fighting has not stopped': it goes on
                if reporting_verb is not None and reporting_verb.lemma_.lower() in c["denied"]:
                    return "denied", f"negated and denied ('{reporting_verb.text}')"
                return "negated", f"negation '{k.text}' on '{t.text}'"
            if k.dep_ in ("aux", "auxpass") and lem in ("will", "shall"):
                return "planned", f"future '{k.text} {t.text}'"
            if k.dep_ in ("aux",) and lem in ("may", "might", "could", "would") and not _is_month(k):
                return "speculative", f"modal '{k.text} {t.text}'"
        lem = t.lemma_.lower()
        if t != trigger and lem in c["governing_planned"]:
            # 'is set to attack' is a plan; 'trucks were set on fire' is not. 'Swore to attack'
            # is one too, 'swore at the police who arrested ...' is not.
            if lem not in c["planned_needs_infinitive"] or any(k.dep_ == "xcomp" for k in t.children):
                return "planned", f"governed by '{t.text}'"
        if t != trigger and lem in c["governing_negated"] and _own_complement(chain[: chain.index(t)], c["light_verbs"]):
            return "negated", f"governed by '{t.text}'"  # 'militants failed to capture the town'
        if t != trigger and (lem in c["cancelling_verbs"] or lem == "call" and any(k.dep_ == "prt" and k.lower_ == "off" for k in t.children)):
            return "negated", f"called off ('{t.text}')"  # 'the union postponed its march'
        if t != trigger and lem in c["denied"] and chain[chain.index(t) - 1].lemma_.lower() in c["claim_nouns"]:
            return "denied", f"'{t.text} {chain[chain.index(t) - 1].text}'"  # 'rejected accusations that ...'
        if t != trigger and lem in c["governing_denied"]:
            return "denied", f"governed by '{t.text}'"
        if t != trigger and lem in c["governing_speculative"] and not _is_month(t):
            # 'suspected militants killed ...' (misparsed with 'suspected' as the verb) names
            # the perpetrators; only 'police suspect that ...', with a subject, is speculation.
            if lem in ("suspect", "fear") and not (lem == "fear" and t.pos_ == "NOUN") and not any(k.dep_ in ("nsubj", "nsubjpass") for k in t.children):
                continue
            if lem == "suspect" and any(k.dep_ == "xcomp" and k.lemma_.lower() == "be" for k in t.children):
                continue  # 'gunmen suspected to be IPOB members killed ...': who they are, not whether they did it
            return "speculative", f"governed by '{t.text}'"
    future = c["future_time"]
    for t in chain + ([reporting_verb] if reporting_verb is not None else []):
        for k in t.children:
            if k.dep_ in ("prep", "npadvmod", "advmod") and future.match(_subtree_text(k, 8)):
                return "planned", f"future time '{_subtree_text(k, 8)}'"  # 'announced protests for next week'
    sent_text = sent.text if text is None else text
    text = sent_text.lower()
    if re.search(r"\b(is|are) (scheduled|expected|set|due|planned|going) to\b|\bwill\b.{0,40}\b" + re.escape(trigger.lower_), text):
        return "planned", "future construction in sentence"
    if reporting_verb is not None:
        lem = reporting_verb.lemma_.lower()
        if lem in c["denied"]:
            return "denied", f"reporting verb '{reporting_verb.text}'"
        if lem in c["alleged"]:
            return "alleged", f"reporting verb '{reporting_verb.text}'"
    for m in ADVERB_ALLEGED.finditer(sent_text):
        if _about_a_participant(sent, sent.start_char + m.start(1), trigger):
            continue  # 'a man who allegedly stole a phone was lynched': what he did is alleged, not the lynching
        return ("reported" if m.group(1).lower() == "reportedly" else "alleged"), f"adverb '{m.group(1)}'"
    if claimant:
        return "reported", f"attributed to {claimant}"
    return "asserted", "stated by the outlet"


def _about_a_participant(sent: Span, char: int, trigger: Token) -> bool:
    """The word at `char` sits in a clause that describes a participant ('a man who allegedly stole
    a phone', 'a youth reportedly caught stealing') and not in the event's own clause."""
    tok = next((t for t in sent if t.idx == char), None)
    if tok is None:
        return False
    for node in [tok, *tok.ancestors]:
        if node.i == trigger.i:
            return False
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON") \
                and not (node.left_edge.i <= trigger.i <= node.right_edge.i):
            return True
    return False
