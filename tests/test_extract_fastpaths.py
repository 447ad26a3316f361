"""The extractor's speed-ups give exactly the answers of the plain code they replace.

Each fast path (case-sensitive twins of the lexicon's IGNORECASE patterns, grouped actor
scans, a Doc whose text is joined once, the typer reading a sentence's token ids in place,
patterns behind the literal keys they cannot match without) is compared here with the
straightforward computation, on sentences written for these tests.
"""
from __future__ import annotations

import importlib
import re
import sys

import pytest

from fogofwar.extract import extract
from fogofwar.extract.actors import ActorMention, _scan_actors, _scan_plan
from fogofwar.extract.classify import classify, lemma_string, scope_veto
from fogofwar.extract import dates
from fogofwar.extract.lexicon import (
    _FOLDS_TO_ASCII,
    KeyIndex,
    actor_patterns,
    gated,
    generic_force,
    literal_keys,
    lower_twin,
    lower_twin_rules,
    out_of_scope,
    trigger_rules,
    twin_safe,
)
from fogofwar.model import Article
from conftest import FIXTURES

SENTENCES = [
    "Gunmen killed three villagers in an attack on Kadiri on Tuesday, police said.",
    "SYRIAN ARMY troops clashed with ISIS fighters near Mayadin overnight.",
    "The Russian-backed separatists shelled Avdiivka; two civilians were wounded.",
    "Protesters blocked the road with burning tyres and the police fired tear gas.",
    "An IED exploded near a convoy of the Malian armed forces, the army said.",
    "Turkish forces and Syrian National Army fighters took control of the village.",
    "İstanbul police detained 12 demonstrators at a rally on Sunday.",  # dotted capital I: no twins
    "A ſhip was ſeized by ſoldiers.",  # long s: IGNORECASE equates it with 's'
    "The KELVIN sign \u212a is not a k, but IGNORECASE says it is.",
    "Police arrested the mob’s leaders after the riot in the market.",  # curly apostrophe
    "Nothing happened here at all.",
]


def test_only_four_non_ascii_characters_fold_onto_ascii_under_ignorecase():
    # twin_safe() relies on this list being complete: check all of Unicode.
    ascii_letters = re.compile("[a-z0-9_]", re.I)
    found = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_letters.match(chr(c))}
    assert found == set("\u0130\u0131\u017f\u212a")
    assert all(_FOLDS_TO_ASCII.search(c) for c in found)


@pytest.mark.parametrize(
    "source, has_twin",
    [
        (r"(?<![\w-])(?:kill|shoot dead)s?(?![\w-])", True),
        (r"\bdemonstrat\w*", True),
        (r"\bUS\b", False),  # upper-case literal
        (r"[!-~]+x", False),  # a range covering A-Z without naming a capital
        (r"[^0-\x5a]", False),
        (r"caf\u00e9", False),  # non-ASCII character, spelled as an escape
        (r"\u03c3", False),  # sigma: IGNORECASE equates it with final sigma, which lower() keeps
        (r"(?:a|B)", False),
    ],
)
def test_lower_twin_only_when_equivalence_is_shown(source, has_twin):
    pattern = re.compile(source, re.I)
    twin = lower_twin(pattern)
    assert (twin is not pattern) == has_twin
    if has_twin:
        assert not twin.flags & re.I and twin.pattern == pattern.pattern


def test_lower_twin_leaves_a_case_sensitive_pattern_alone():
    pattern = re.compile(r"\bkill\b")
    assert lower_twin(pattern) is pattern


def _all_lexicon_patterns():
    rules, _ = trigger_rules()
    for r in rules:
        yield from (p for p in (r.pattern, r.needs, r.unless) if p is not None)
        yield from (p for p, _ in r.boost)
    for r in out_of_scope():
        yield from (p for p in (r.pattern, r.needs, r.unless) if p is not None)
    for a in actor_patterns():
        yield a.pattern


def test_every_twin_finds_the_same_matches_on_twin_safe_text(nlp):
    texts = [s.lower() for s in SENTENCES] + [lemma_string(s)[0] for text in SENTENCES for s in nlp(text).sents]
    texts = [t for t in texts if twin_safe(t)]
    assert len(texts) >= 15
    for pattern in _all_lexicon_patterns():
        twin = lower_twin(pattern)
        for t in texts:
            assert [m.span() for m in twin.finditer(t)] == [m.span() for m in pattern.finditer(t)], (pattern.pattern[:60], t)


def test_twin_safe():
    assert twin_safe("gunmen killed three")
    assert twin_safe("the mob’s leaders")  # non-ASCII, but folds onto nothing ASCII
    assert not twin_safe("a ſhip")
    assert not twin_safe("dotless ı")


def _plain_scan(text: str) -> list[tuple[str, str, int, int]]:
    """The actor scan as written before it was sped up: each pattern, in order, on the text."""
    found, taken = [], []
    for pat in actor_patterns():
        for m in pat.pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            name = pat.name if pat.name else generic_force(m)[0]
            found.append((name, m.group(0), s, e))
            taken.append((s, e))
    return sorted(found, key=lambda f: f[2])


@pytest.mark.parametrize("text", SENTENCES)
def test_grouped_actor_scan_equals_the_plain_scan(text):
    _scan_actors.cache_clear()
    fast = [(m.actor.name, m.actor.text, m.start, m.end) for m in _scan_actors(text)]
    assert all(isinstance(m, ActorMention) for m in _scan_actors(text))
    assert fast == _plain_scan(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_classify_gives_the_same_typings_with_and_without_twins(nlp, text, monkeypatch):
    classify_module = importlib.import_module("fogofwar.extract.classify")  # (the package binds the name to the function)

    for sent in nlp(text).sents:
        fast = [(t.sub_event_type, t.score, t.rule, t.trigger.i, t.reason) for t in classify(sent)]
        monkeypatch.setattr(classify_module, "twin_safe", lambda _: False)
        plain = [(t.sub_event_type, t.score, t.rule, t.trigger.i, t.reason) for t in classify(sent)]
        monkeypatch.undo()
        assert fast == plain


def test_scope_veto_same_with_twin_rules():
    lemmas, surface = "a flood kill 3 people", "a flood killed 3 people"
    assert scope_veto(lemmas, surface, lower_twin_rules()[1]) == scope_veto(lemmas, surface)


def test_geo_locate_given_the_text_answers_as_it_does_reading_the_doc(nlp):
    from fogofwar import geo

    doc = nlp("Gunmen killed three villagers near Gao in Mali on Tuesday. The army said it would respond.")
    toponyms = geo.geoparse(doc)
    for sent in doc.sents:
        assert geo.locate(doc, sent.start_char, sent.end_char, toponyms, text=doc.text) == \
            geo.locate(doc, sent.start_char, sent.end_char, toponyms)


def test_typer_reads_a_sentence_in_place_as_it_reads_a_rebuilt_doc(nlp, tmp_path, monkeypatch):
    trained = importlib.import_module("fogofwar.extract.trained")
    from fogofwar.extract.trained import TrainedTyper, _SpanFeatures, _token_doc, train_typer

    train_typer(FIXTURES / "train" / "acled_tiny.csv", tmp_path, epochs=3)
    typer = TrainedTyper.load(tmp_path)
    sents = [s for text in SENTENCES for s in nlp(text).sents]
    in_place = typer.textcat.model.predict([_SpanFeatures(s) for s in sents])
    rebuilt = typer.textcat.model.predict([_token_doc(s) for s in sents])
    assert (in_place == rebuilt).all()
    # and the whole extraction with the model is unchanged by it
    doc = nlp(" ".join(SENTENCES[:6]))
    article = Article(id="t", text=doc.text)
    fast = [r.model_dump_json() for r in extract(article, doc, typer=typer).reports]
    monkeypatch.setattr(trained, "_SpanFeatures", _token_doc)
    assert fast and fast == [r.model_dump_json() for r in extract(article, doc, typer=typer).reports]
    assert any("model:" in r for r in fast)


@pytest.mark.parametrize(
    "source, flags, keys",
    [
        (r"(?<![\w-])(?:kill|shoot dead)s?(?![\w-])", 0, ("kill", "shoot dead")),
        (r"(security|joint) operation", 0, (" operation",)),  # the rarer part
        (r"gunm[ae]n", 0, ("gunman", "gunmen")),
        (r"shell|shelling", 0, ("shell",)),  # 'shelling' holds 'shell'
        (r"sit-in", 0, ("sit-in",)),
        (r"(a|)b", 0, ("b",)),  # a branch that may match nothing gives no key
        (r"\d+ killed", 0, (" killed",)),
        (r"x?", 0, None),
        (r".*", 0, None),
        (r"\bUS\b", re.I, ("us",)),  # IGNORECASE: keys for the text lower-cased
        ("caf\u00e9", re.I, ("caf",)),  # (a non-ASCII letter is no key under IGNORECASE)
        (r"(?i:abc)d", 0, ("d",)),  # a part with its own flags is not read
    ],
)
def test_literal_keys(source, flags, keys):
    assert literal_keys(re.compile(source, flags)) == keys


def _gated_patterns():
    """Every gate the extractor runs: the trigger and scope rules' (on lower-cased text),
    the dates' and the actor scan's."""
    rules, scope = lower_twin_rules()
    for r in rules:
        yield from (p for p in (r.pattern, r.needs, r.unless) if p is not None)
        yield from (p for p, _ in r.boost)
    for r in scope:
        yield from (p for p in (r.pattern, r.needs, r.unless) if p is not None)
    yield from dates.RANGE_PATTERNS + dates.ABSOLUTE_PATTERNS + [p for p, *_ in dates.RELATIVE]
    yield from (dates.WEEKDAY_RE, dates.N_DAYS_AGO, dates.MONTH_ONLY, dates.LAST_WEEK)
    for twins in (True, False):
        for combined, run in _scan_plan(twins):
            yield from ([combined] if combined is not None else []) + [rx for _, rx, _ in run]


def test_every_gate_finds_what_its_pattern_finds(nlp):
    texts = SENTENCES + [s.lower() for s in SENTENCES] + [lemma_string(s)[0] for text in SENTENCES for s in nlp(text).sents]
    texts += ["Between 3 and 5 May, two days ago, on Sunday morning, last week", "2020-05-04: ISIS gunmen shot dead a man"]
    gates = list(_gated_patterns())
    assert len(gates) > 250 and all(g.keys != ("",) for g in gates[:150])  # (the rules' gates all have keys)
    for gate in gates:
        for t in texts:
            plain = [m.span() for m in gate.regex.finditer(t)]
            assert [m.span() for m in gate.finditer(t)] == plain, (gate.pattern[:60], t)
            assert [m.span() for m in gate.finditer(t, t.lower())] == plain
            found = gate.search(t, t.lower())
            assert (found and found.span()) == (plain[0] if plain else None)


def test_gated_search_of_an_ignorecase_pattern_on_text_that_folds_oddly():
    gate = gated(re.compile(r"\bseized\b", re.I))
    assert gate.keys == ("seized",)
    assert gate.search("A ship was ſeized").span() == (11, 17)  # long s: 'ſeized'.lower() keeps the 'ſ'
    assert gate.search("A ship was SEIZED") and not gate.search("A ship was seen")


def test_key_index_selects_exactly_the_items_whose_keys_occur():
    import random

    items = [("shell",), ("shelling", "shell of"), ("ab", "abc"), ("b",), ("bcd",), ("c d",), ("",), ("x y z",)]
    index = KeyIndex(items, lambda keys: keys)
    rng = random.Random(7)
    pieces = ["shell", "ing", "of", " ", "a", "b", "c", "d", "x", "y", "z", "abc", "bcd"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8)))
        assert index.select(text) == [it for it in items if any(k in text for k in it)], text


@pytest.mark.parametrize("text", SENTENCES)
def test_classify_gives_the_same_typings_trying_every_rule(nlp, text, monkeypatch):
    classify_module = importlib.import_module("fogofwar.extract.classify")

    class EveryRule:
        def select(self, lemmas):
            return lower_twin_rules()[0]

    for sent in nlp(text).sents:
        fast = [(t.sub_event_type, t.score, t.rule, t.trigger.i, t.reason) for t in classify(sent)]
        monkeypatch.setattr(classify_module, "trigger_index", lambda: EveryRule())
        every = [(t.sub_event_type, t.score, t.rule, t.trigger.i, t.reason) for t in classify(sent)]
        monkeypatch.undo()
        assert fast == every
