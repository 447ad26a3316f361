"""Session 10 (issue #3): what session 9 noticed about modality and lemmas, and general causes
found with the free-written batch FREE14 of bench/subtype_grid.py. Every sentence here is our own."""
from __future__ import annotations

from datetime import date

import pytest

from fogofwar.extract import extract
from fogofwar.extract.classify import lemma_string
from fogofwar.model import Article

PUB = date(2025, 2, 19)


def _reports(nlp, text):
    return extract(Article(id="t", text=text, published=PUB), nlp(text)).reports


def _events(nlp, text):
    return [r for r in _reports(nlp, text) if r.is_event]


# --- lemmas -----------------------------------------------------------------------------------

def test_staged_and_raped_get_their_verb_lemma(nlp):
    doc = nlp("Nurses staged a walkout in Mzuzu after two colleagues were raped.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["staged"] == "stage"
    assert lemmas["raped"] == "rape"
    # the noun and the music are left alone
    doc = nlp("A stag crossed the road while rappers rap in the park.")
    assert [t.lemma_ for t in doc if t.lower_ == "stag"] == ["stag"]


def test_a_title_case_march_is_a_march_not_the_month(nlp):
    doc = nlp("Farmers March Against Land Seizures In Mbale")
    assert " march " in f" {lemma_string(doc[:])[0]} "
    events = _events(nlp, "Farmers March Against Land Seizures In Mbale")
    assert events and events[0].sub_event_type == "Peaceful protest"
    # a month with a date around it stays the month
    doc = nlp("On 14 March, the talks resumed in Mbale.")
    assert "march" not in lemma_string(doc[:])[0].split()
