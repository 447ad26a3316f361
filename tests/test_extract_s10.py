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


# --- failed to ... ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Government planes failed to bomb the ferry crossing at Malakal because of low cloud.",
    "The air force failed to bomb the insurgents' airstrip near Tibati on Sunday.",
])
def test_a_failed_act_read_with_its_doer_is_no_event(nlp, text):
    # the rule matches the doer and the act together ('jet ... bomb'); the doer is the subject of 'failed'
    reports = _reports(nlp, text)
    assert reports and not any(r.is_event for r in reports)
    assert reports[0].modality == "negated"


def test_failing_to_reach_a_place_does_not_undo_the_protest(nlp):
    events = _events(nlp, "Protesters failed to reach the governor's office in Mzuzu after police sealed the road.")
    assert events


def test_a_bomb_that_failed_to_go_off_is_still_disrupted_weapons_use(nlp):
    events = _events(nlp, "A bomb hidden in a sack failed to explode at the bus park in Gulu on Monday.")
    assert events and events[0].sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "Soldiers failed to prevent raids on the villages around Dembi, which left nine people dead.",
    "The guards failed to stop gunmen who stormed the prison in Kakwa on Friday.",
])
def test_failing_to_prevent_an_attack_leaves_the_attack(nlp, text):
    assert _events(nlp, text)


# --- a clause of its own ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The planned rally in Zomba did not go ahead, but hundreds of teachers marched to the district office.",
    "Supporters did not rally at the stadium but marched to the electoral commission in Zomba instead.",
    "Although the vigil was not authorised, several hundred women marched through Zomba on Tuesday.",
])
def test_the_march_that_happened_is_chosen_over_the_rally_that_did_not(nlp, text):
    events = _events(nlp, text)
    assert events and events[0].sub_event_type == "Peaceful protest"
    assert events[0].trigger == "march"


def test_a_shared_negation_still_covers_both_verbs(nlp):
    # one subject, 'and': the 'not' is said of both
    assert not _events(nlp, "The militia did not attack and burn the village of Kawe on Sunday, its leader said.")


# --- plans, questions, habits -------------------------------------------------------------------

def test_swore_to_is_a_plan_but_swore_at_is_not(nlp):
    reports = _reports(nlp, "The militia swore to attack the garrison at Bamenda.")
    assert reports and reports[0].modality == "planned" and not reports[0].is_event
    assert _events(nlp, "Traders swore at police who arrested four hawkers in Bamenda on Monday.")


@pytest.mark.parametrize("text", [
    "Did soldiers fire on the mourners in Dabou on Sunday?",
    "Who fired the mortar rounds at the camp in Kidal on Sunday?",
])
def test_a_question_is_a_statement_not_an_event(nlp, text):
    reports = _reports(nlp, text)
    assert reports and not any(r.is_event for r in reports)
    assert reports[0].modality == "speculative"


@pytest.mark.parametrize("text", [
    "Bandits regularly raid the villages along the Sokoto road.",
    "Insurgents often ambush fuel tankers on this stretch of the highway, drivers said.",
])
def test_a_habit_is_kept_as_a_statement(nlp, text):
    reports = _reports(nlp, text)
    assert reports, "the habit is kept"
    assert not any(r.is_event for r in reports)
    assert reports[0].modality == "speculative" and "habit" in reports[0].reason


def test_a_habit_after_an_event_is_a_statement_beside_it(nlp):
    text = "Gunmen killed three drivers near Gusau on Monday. Bandits often attack travellers on that road."
    reports = _reports(nlp, text)
    events = [r for r in reports if r.is_event]
    assert len(events) == 1 and events[0].sub_event_type == "Attack" and events[0].fatalities.acled == 3
    habit = [r for r in reports if not r.is_event]
    assert len(habit) == 1 and habit[0].modality == "speculative" and "Bandits often" in habit[0].evidence
