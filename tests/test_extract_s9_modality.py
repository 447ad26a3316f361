"""Session 9, modality grid (bench/modality_grid.py, issue #3): nothing negated, planned,
speculative, questioned or denied becomes an event; 'X said' names X as the claimant."""
from __future__ import annotations

from datetime import date

import pytest

from fogofwar.model import Article
from fogofwar.extract import extract

PUB = date(2024, 6, 12)


def _reports(nlp, text):
    return extract(Article(id="t", text=text, published=PUB), nlp(text)).reports


def _events(nlp, text):
    return [r for r in _reports(nlp, text) if r.is_event]


# --- the claimant ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, who", [
    # any noun can say: a role noun no list holds is still the speaker
    ("The provincial governor said rebels shelled the market of Kasongo on Sunday.", "governor"),
    ("Nurses at the clinic said militiamen looted the pharmacy in Mwaro on Sunday.", "nurses"),
    ("Insurgents ambushed an army convoy near Tillia on Sunday, according to a security tracker.", "security tracker"),
    ("Troops clashed with bandits near Dansadau on Sunday, villagers told Sputnik.", "villagers"),
    ("A local source told Sputnik that jets bombed a fuel depot in Maarat on Sunday.", "Sputnik"),
])
def test_who_says_so_is_the_claimant(nlp, text, who):
    events = _events(nlp, text)
    assert events and events[0].modality == "reported"
    assert who.lower() in (events[0].claimant or "").lower()


def test_the_speaker_is_not_the_subject_that_holds_the_event(nlp):
    # the small parser gives 'said' two subjects: the killers and the association
    text = ("On Sunday, gunmen on horseback killed four herders and burned their huts near Kaura, "
            "in the south of the state, a herders' union said.")
    events = _events(nlp, text)
    assert events and "union" in (events[0].claimant or "")
    assert "gunmen" not in events[0].claimant


def test_a_subject_that_is_no_speaker_is_still_no_claimant(nlp):
    # 'show' is no verb of speech: its subject must name a source
    reports = _reports(nlp, "The burned cars show that rioters torched the market in Gulu on Sunday.")
    assert all(r.claimant is None for r in reports)
