"""Event typing of one sentence from the trigger rules (fogofwar/data/extract_triggers.yaml)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from fogofwar.extract.lexicon import cues, lower_twin_rules, out_of_scope, trigger_index, trigger_rules, twin_safe


@dataclass
class Typing:
    event_type: str
    sub_event_type: str
    score: float
    rule: str
    trigger: Token
    trigger_text: str
    reason: str
    casualty_only: bool = False
    days_later: int = 0  # after the sentence's date ('arrested the organisers the next day')


KEPT_FORMS = frozenset(("according", "shot", "dead", "killing", "fighting", "shelling", "bombing", "detention"))


def lemma_string(sent: Span) -> tuple[str, list[int]]:
    """Lower-cased lemmas joined by spaces, and the offset of each token in that string."""
    parts, offsets, pos = [], [], 0
    for tok in sent:
        lemma, lower = tok.lemma_, tok.lower_  # (each read builds a Python string)
        if lower in KEPT_FORMS:
            lem = lower  # keep forms the rules name explicitly
        else:
            lem = lemma.lower() if lemma and lemma != "-PRON-" else lower
            if lem == "march" and tok.ent_type_ == "DATE" and _calendar_march(tok):
                lem = "month"  # 'on 3 March' is a date, not a march
        offsets.append(pos)
        parts.append(lem)
        pos += len(lem) + 1
    return " ".join(parts), offsets


# Words before a month name: 'during March', 'end of March' ('since', 'in' ... are in MARCH_DATE).
CALENDAR_BEFORE = frozenset(("during", "of", "this", "from", "till", "through", "throughout", "before", "after", "between", "and"))


def _calendar_march(tok: Token) -> bool:
    """'March' tagged as a date is the month when the words around it make a date ('on 3 March',
    'March 2024', 'in March', 'end of March'); in a Title Case headline ('Thousands March Against
    Corruption') the tagger calls any capitalised 'March' a date, but nothing dates it."""
    doc = tok.doc
    window = doc[max(tok.i - 2, 0) : tok.i + 2].text
    if _MARCH_DATE_ANY_CASE.search(window):
        return True
    return tok.i > 0 and doc[tok.i - 1].lower_ in CALENDAR_BEFORE


def _token_at(sent: Span, offsets: list[int], char: int) -> Token:
    idx = 0
    for i, off in enumerate(offsets):
        if off <= char:
            idx = i
        else:
            break
    return sent[idx]


def _hyphen_head(sent: Span, offsets: list[int], m: re.Match, trigger: Token) -> Token:
    """The word a hyphenated match stands for: the head of 'sit - in' ('in'), and the noun a
    hyphenated modifier qualifies ('a drive-by shooting' -> 'shooting'), so that actors and
    modality are read around the event word, not around its first piece."""
    last = _token_at(sent, offsets, m.end() - 1).i
    # Read the compound from the text, not the parse (which may attach 'drive' to anything):
    # pieces written together ('drive-by', no spaces) right before a noun modify that noun.
    doc, first = sent.doc, trigger.i
    k = first  # the last piece written together with the first ('drive-by': 'by')
    while k + 1 < sent.end and doc[k].whitespace_ == "" and (doc[k + 1].is_alpha or doc[k + 1].text in ("-", "–")):
        k += 1
    nxt = k + 1
    if k > first and nxt <= last + 1 and nxt < sent.end and (doc[nxt].pos_ in ("NOUN", "PROPN") or doc[nxt].tag_ == "VBG"):
        return doc[nxt]  # (whether the rule's match stops at the compound or runs on to its noun)
    for _ in range(4):
        if trigger.head != trigger and trigger.i <= trigger.head.i <= last:
            trigger = trigger.head
        else:
            break
    if trigger.dep_ in ("amod", "compound") and trigger.head.i == last + 1:
        trigger = trigger.head
    return trigger


def classify(sent: Span, context: str = "", text: str | None = None) -> list[Typing]:
    """All rule matches for the sentence, best first (empty when nothing fires).
    `context` (the sentence before, for a continuing story) may satisfy a rule's `needs`.
    `text`: the sentence's text when the caller has it (Span.text is rebuilt on each access)."""
    lemmas, offsets = lemma_string(sent)
    # Raw text too, so rules may name surface forms ('shot dead') as well as lemmas.
    own_surface = MARCH_DATE.sub("month", (sent.text if text is None else text).lower())
    # The sentence before may satisfy a rule's `needs`, never its `unless`.
    surface = own_surface + (" " + context.lower() if context else "")
    # Both strings are lower-cased, so IGNORECASE is mostly dead weight: the same rules
    # without it give the same matches on twin_safe text, faster.
    twins = twin_safe(lemmas) and twin_safe(surface)
    rules, scope_rules = lower_twin_rules() if twins else (trigger_rules()[0], None)
    if twins:
        # A rule's pattern cannot match a sentence without one of its literal keys: find the
        # keys of all rules in one pass and try only the rules with one present.
        rules = trigger_index().select(lemmas)
    results: list[Typing] = []
    for rule in rules:
        m = rule.pattern.search(lemmas)
        if not m:
            continue
        if rule.context_needs and not (context and rule.context_needs.search(context)):
            continue  # a rule that only continues the story told in the sentence before
        if rule.needs and not (rule.needs.search(lemmas) or rule.needs.search(surface)):
            continue
        if rule.unless and _vetoed(rule.unless, lemmas, offsets, own_surface, sent):
            continue
        score = rule.weight
        boosts = [p.pattern for p, w in rule.boost if p.search(lemmas)]
        score += sum(w for p, w in rule.boost if p.search(lemmas))
        trigger = _token_at(sent, offsets, m.start())
        if " - " in m.group(0):
            trigger = _hyphen_head(sent, offsets, m, trigger)
        # A trigger that heads the sentence (or its main clause) is the event; one buried
        # in a modifier is more often background.
        if trigger.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "dobj", "nsubj", "nsubjpass", "pobj"):
            score += 0.1
        reason = f"rule '{rule.id}' matched '{m.group(0)}'"
        if (bg := _background(trigger, sent)) is not None:
            # 'protested against the killing', 'after riots last month': the cause or the
            # setting of the event, not the event. The object of 'condemning' or 'demanding'
            # is a grievance, further still from the sentence's own event.
            words = cues()["background"]
            if bg in words["halt_nouns"]:
                continue  # 'called for an end to attacks on civilians': what someone wants stopped
            penalty = 1.0 if bg in words["grievance_verbs"] | words["accusation_verbs"] | words["emotion_words"] else 0.5
            score -= penalty
            reason += f" (in a background phrase '{bg}': -{penalty})"
        if boosts:
            reason += f" (+context {', '.join(b[:20] for b in boosts)})"
        results.append(Typing(rule.event_type, rule.sub_event_type, round(score, 2), rule.id, trigger, m.group(0), reason, rule.casualty_only))
    # The scope veto only matters when a rule fired (most sentences have no trigger at all).
    if results and scope_veto(lemmas, surface, scope_rules):
        return []
    results.sort(key=lambda t: -t.score)
    return results


MARCH_DATE = re.compile(r"\b(\d{1,2}(st|nd|rd|th)?(\s+of)?\s+march|march\s+\d{1,4}(st|nd|rd|th)?|(early|mid|late|in|since|until|by|last|next)[- ]march)\b")
_MARCH_DATE_ANY_CASE = re.compile(MARCH_DATE.pattern, re.I)


def undated(text: str) -> str:
    """The text with 'on 4 March', 'March 11' written as 'month': a date is no march, for the
    cues read over a whole sentence (a demonstration named, a crowd demonstrating)."""
    return _MARCH_DATE_ANY_CASE.sub("month", text) if "arch" in text else text


def _background(trigger: Token, sent: Span) -> str | None:
    """The preposition whose phrase holds the trigger, when that phrase gives a cause,
    a grievance or earlier events rather than the sentence's own event."""
    words = cues()["background"]
    tok = trigger
    for _ in range(6):
        if tok.head == tok or not (sent.start <= tok.head.i < sent.end):
            return None
        if tok.dep_ in ("dobj", "pobj", "xcomp") and tok.head.lemma_.lower() in words["grievance_verbs"]:
            # 'demonstrated, condemning the rape of two women': the grievance, not the event.
            return tok.head.lemma_.lower()
        if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in words["accusation_verbs"]:
            # 'beat a man suspected of stealing a goat': an accusation, not the event.
            return tok.head.head.lemma_.lower()
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "of") and (
                tok.head.head.lemma_.lower() in words["halt_nouns"]  # (or 'to' hung on the verb: 'demanded a halt to')
                or tok.head.i > 0 and tok.doc[tok.head.i - 1].lemma_.lower() in words["halt_nouns"]):
            # 'called for an end to attacks on civilians': what someone wants stopped, not an event.
            return "end"
        if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.lemma_.lower() in words["emotion_words"]:
            # 'blocked the road, angered by the killing of a classmate': what moved them, not the event.
            return tok.head.head.lemma_.lower()
        # ('arrested for participating in protests': a clause under 'for' is a reason too; one
        # under 'after' ('killed after exchanging fire') is more often the event itself.)
        if (tok.dep_ == "pobj" or tok.dep_ == "pcomp" and tok.head.lower_ == "for") and tok.head.lower_ in words["prepositions"] and tok.head.head != tok.head:
            head_verb = tok.head.head
            # 'fought against the army' is the event itself: only a phrase hung on a different
            # act ('protested against', 'rallied after') is background.
            if head_verb.lemma_.lower() not in words["own_event_verbs"]:
                return tok.head.text
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl" and tok.head.head.lemma_.lower() not in words["casualty_verbs"]:
            # 'troops were sent to guard the village after a gunfight broke out on 3 May': the
            # clash is what led to the sentence's own event (but 'two died after fighting broke
            # out' reports the fighting's toll).
            mark = next((c.lower_ for c in tok.head.children if c.dep_ == "mark" and c.lower_ in words["prepositions"]), None)
            if mark is not None:
                return mark
        if tok.dep_ in ("ROOT",):
            return None
        tok = tok.head
    return None


def _vetoed(unless: re.Pattern, lemmas: str, offsets: list[int], surface: str, sent: Span) -> bool:
    """Whether a rule's veto holds. A veto word inside a phrase of earlier events tells the setting,
    not the sentence's own event: 'gunmen abducted five farmers days after the killing of their
    chief' is an abduction, though a killing told as the event would veto it."""
    setting = cues()["background"]["setting_prepositions"]
    lemma_hits = [_token_at(sent, offsets, m.start()) for m in unless.finditer(lemmas)]
    # (Only a noun in a phrase of time: 'arrested for joining the protest' keeps its veto, as the
    # protest is what the arrest is about; a verb the parse hangs under 'after' is often a misparse.)
    if any(tok.pos_ not in ("NOUN", "PROPN") or _background(tok, sent) not in setting for tok in lemma_hits):
        return True
    # Surface forms ('shot dead') the lemma string lacks still veto; when the lemmas matched only
    # in background phrases, the surface match is the same words.
    return not lemma_hits and unless.search(surface) is not None


def scope_veto(lemmas: str, surface: str, rules=None) -> str | None:
    """The id of the out-of-scope context (disaster, accident, crime, diplomacy) the sentence
    belongs to, or None.  `rules`: lower_twin_rules()'s, when both strings are twin_safe."""
    for rule in rules or out_of_scope():
        hit = lambda p: bool(p.search(lemmas) or p.search(surface))  # noqa: E731
        if hit(rule.pattern) and (rule.needs is None or hit(rule.needs)) and not (rule.unless and hit(rule.unless)):
            return rule.id
    return None


QUOTED = re.compile(r"[\"“][^\"“”]{0,400}[\"”]|(?<!\w)['‘][^'‘’]{0,400}['’](?!\w)")


def is_generic(sent: Span, text: str | None = None) -> bool:
    """Habit, history or analysis ('for 20 years', 'routinely').  Words inside quotation
    marks are somebody's grievance, not the outlet's description of the event; words in a
    clause that describes a noun ('the port, held by insurgents since 2020', 'the insurgents
    who had held it for two years') tell that noun's history, not the event's; in an infinitive
    ('protested, wanting to sail every day') they tell what someone wants."""
    _, generic = trigger_rules()
    text = sent.text if text is None else text
    for m in generic.finditer(QUOTED.sub(lambda q: " " * len(q.group(0)), text)):  # (blanked, offsets kept)
        if not _in_noun_clause(sent, m.start()):
            return True
    return False


def _in_noun_clause(sent: Span, char: int) -> bool:
    tok = next((t for t in sent if t.idx - sent.start_char >= char), None)
    for _ in range(8):
        if tok is None or tok.dep_ == "ROOT":
            return False
        if tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return True  # 'fishermen protested, wanting to sail every day': what they want, not a habit
        tok = tok.head
    return False
