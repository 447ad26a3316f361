"""Helpers added to make geoparsing faster: each gives what the slower code it replaced gave."""
from __future__ import annotations

from fogofwar.geo import load_spacy
from fogofwar.geo.lexicon import any_region_cue, region_cues
from fogofwar.geo.parse import Toponym, _country_focus, _View, _word_facts, coordinated_streets


def test_word_facts_read_once_per_word():
    nlp = load_spacy()
    doc = nlp("Shelling hit Northbrook and the iPhone factory near Zolote-3 on Monday.")
    for tok in doc:
        text, with_space, low, cap, _can_end = _word_facts(tok.orth, doc.vocab.strings)
        assert (text, with_space, low, cap) == (tok.text, tok.text + " ", tok.lower_, tok.text[:1].isupper())


def test_view_rebuilds_the_text_and_reads_the_streets_once():
    nlp = load_spacy()
    text = "Police closed the corner of Maple and Birch after a blast.\nIn Riverton, two shops burned."
    view = _View(nlp(text))
    assert view.text == text
    assert sum(view.newline) == 1  # the one line break
    assert view.streets() == coordinated_streets(text) and view.streets() is view.streets()


def test_one_scan_for_all_region_cues_agrees_with_each_cue():
    combined = any_region_cue()
    assert combined is not None
    for story in ("the osce smm recorded explosions near a village.", "a quiet market day in a river town."):
        assert bool(combined.search(story)) == any(c[3].search(story) for c in region_cues())


def test_country_focus_counts_resolved_names_outside_organisations():
    from fogofwar.geo import get_gazetteer

    france = get_gazetteer().countries["FR"]
    inside = Toponym(start=0, end=6, text="France", chosen=france)
    embedded = Toponym(start=10, end=16, text="France", chosen=france, embedded=True)
    assert _country_focus([inside, embedded, Toponym(start=20, end=25, text="Nowhere")]) == {"FR": 1}
