"""Session 9, modality grid (bench/modality_grid.py, issue #3): nothing negated, planned,
speculative, questioned or denied becomes an event; 'X said' names X as the claimant."""
from __future__ import annotations

import functools

from datetime import date

import pytest

from conftest import extracted


PUB = date(2024, 6, 12)


_reports = functools.partial(extracted, published=PUB)
_events = functools.partial(extracted, published=PUB, events_only=True)


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


# --- nothing that did not happen becomes an event ------------------------------------------------

@pytest.mark.parametrize("text, modality", [
    ("No air raids took place over Kafr Sousa on Monday.", "negated"),  # 'no' on the noun's head
    ("The vote passed off in Ndola without any clashes, officials said.", "negated"),
    ("The insurgents failed to capture the garrison town of Bama on Monday.", "negated"),
    ("Traders shut their stalls in Kisii on Monday ahead of expected riots.", "planned"),
    ("A student leader called for protests at the university in Zomba.", "planned"),
    ("Families in Dembel voiced fears of air strikes on Monday.", "speculative"),
    ("Did the militia burn the cattle market in Gorom on Monday?", "speculative"),
    ("It was unclear whether soldiers fired on the crowd in Tamale on Monday.", "speculative"),
    ("The union announced a rally outside parliament in Accra for next week.", "planned"),
    ("The vigilantes dismissed allegations that they flogged two traders in Kano on Monday.", "denied"),
    ("Quiet returned to Rutshuru on Monday, with no reports of shelling.", "negated"),
    ("The nurses' union called off its sit-in at the hospital in Lira on Monday.", "negated"),
    ("The students postponed their march on the ministry in Bamako to next month.", "negated"),
    ("Militants to storm Palma unless troops withdraw, spokesman says", "planned"),
])
def test_a_statement_of_what_did_not_happen_is_no_event(nlp, text, modality):
    reports = _reports(nlp, text)
    assert not [r for r in reports if r.is_event]
    # (no report at all is as good; a statement kept has the right modality)
    assert all(r.modality == modality for r in reports)


# --- controls: a cue word, but the event happened ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Troops shelled the village of Korom on Monday; it was not clear why.",
    "Guards failed to stop gunmen who attacked the prison in Kaduna on Monday.",
    "Police failed to prevent clashes between rival youth groups in Jos on Monday.",
    "Kept out of the district, reporters said soldiers burned homes in Kutum on Monday.",
    "Fighters stormed the checkpoint at Tinzawaten on Monday without warning.",
])
def test_the_cue_word_does_not_undo_the_event(nlp, text):
    assert _events(nlp, text)


def test_a_grievance_with_reject_is_no_denial(nlp):
    # 'rejecting the fuel price rise' is what the protesters want, not a denial of the protest
    text = "On 3 June 2024, villagers blocked the highway near Tororo, rejecting the fuel price rise."
    assert _events(nlp, text)


def test_a_plan_carried_out_is_an_event(nlp):
    # 'planned' on the noun does not undo a plan carried out
    assert _events(nlp, "On 3 June 2024, insurgents carried out a planned assault on an army base near Ansongo.")
