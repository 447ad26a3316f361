"""Session 10 (issue #3): what session 9 noticed about modality and lemmas, and general causes
found with the free-written batch FREE14 of bench/subtype_grid.py. Every sentence here is our own."""
from __future__ import annotations

import functools

from datetime import date

import pytest

from conftest import extracted

from fogofwar.extract.classify import lemma_string

PUB = date(2025, 2, 19)


_reports = functools.partial(extracted, published=PUB)
_events = functools.partial(extracted, published=PUB, events_only=True)


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


# --- general causes found with FREE14 (bench/subtype_grid.py) -------------------------------------

@pytest.mark.parametrize("text, sub", [
    # words for the weapon between 'exchanged' and 'fire'; 'returned fire' names a second side
    ("Government troops and tribal fighters exchanged sporadic small-arms fire near Wadi Salih on Friday.", "Armed clash"),
    ("A police convoy was ambushed outside Mubi and the officers returned fire for an hour.", "Armed clash"),
    ("Gendarmes came under fire near Kaya on Monday and returned fire, killing two assailants.", "Armed clash"),
    # the bombing the sentence tells, not the flight it caused
    ("Army helicopters bombed two hamlets near Falam on Monday, forcing some 300 families to flee.", "Air/drone strike"),
    # a roadside bomb stays one with miners on the bus; an old mine in a field is a landmine
    ("A roadside bomb tore through a truck carrying gold miners near Kaya on Monday, killing seven.", "Remote explosive/landmine/IED"),
    ("A shepherd was killed by an old mine while grazing sheep near Marib on Monday.", "Remote explosive/landmine/IED"),
    # protests broken up
    ("Police dispersed dozens of farmers who had blocked the bridge into Mbale on Monday.", "Protest with intervention"),
    ("Women marching against the closure of a clinic were teargassed by police in Kumasi on Monday.", "Protest with intervention"),
    ("Gendarmes fired shots into the air to scatter students marching on the rectorate in Kara on Monday.", "Protest with intervention"),
    ("Riot police charged into the crowd of marching nurses in Blantyre on Monday.", "Protest with intervention"),
    ("Villagers protesting the detention of their imam broke into the police station in Tahoua and freed him on Monday.", "Violent demonstration"),
    # arrests before a rally that did not yet happen are arrests
    ("Police detained 18 opposition members in Harare on Monday ahead of a planned march.", "Arrests"),
    # battalions sent
    ("The army sent three battalions to the Kasai border on Monday after a string of raids.", "Change to group/activity"),
])
def test_free14_general_causes(nlp, text, sub):
    events = _events(nlp, text)
    assert events and events[0].sub_event_type == sub, [(r.sub_event_type, r.reason) for r in events]


@pytest.mark.parametrize("text", [
    # a man who kills his wife is domestic violence, even with 'police said' after it
    "A farmer stabbed his wife to death during an argument at their house in Embu, police said.",
    # talks on a ceasefire are no agreement
    "The defence minister travelled to Cairo on Monday for talks on a truce proposal.",
])
def test_free14_non_events(nlp, text):
    assert not _events(nlp, text)


def test_a_demining_accident_stays_a_mine_blast(nlp):
    # 'deminers' is no mining accident: the veto word must be 'miner' itself
    events = _events(nlp, "Two deminers died when a mine they were lifting exploded near Kherson on Monday.")
    assert events and events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_herders_who_attack_farmers_are_no_mob(nlp):
    events = _events(nlp, "Suspected herders raided farmers in their plots near Keana on Monday, killing four.")
    assert events and events[0].sub_event_type == "Attack"


def test_bodies_handed_over_are_no_killing(nlp):
    assert not _events(nlp, "The militia returned the bodies of two policemen to their families in Tillaberi on Monday.")


# --- Title Case headlines -----------------------------------------------------------------------

def test_a_title_case_headline_is_one_sentence(nlp):
    doc = nlp("Militia Seizes Border Post In Northern Togo After Night Of Clashes")
    assert len(list(doc.sents)) == 1
    # a line in sentence case keeps the parser's own sentences
    doc = nlp("Police in Lome fired tear gas. Protesters fled to the market.")
    assert len(list(doc.sents)) == 2


def test_a_headline_keeps_its_setting_and_its_arrests(nlp):
    reports = _events(nlp, "Militia Seizes Border Post In Northern Togo After Night Of Clashes")
    assert [r.sub_event_type for r in reports][:1] == ["Non-state actor overtakes territory"]
    assert len(reports) == 1, "'After Night Of Clashes' is the setting, not a second event"
    reports = _events(nlp, "Gendarmes Detain 25 Suspected Separatists In Dawn Raid Near Kandi")
    assert reports and reports[0].sub_event_type == "Arrests"


# --- more modality in other phrasings --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The militia has raided the settlement of Gwer four times this year, villagers said.",
    "Bandits ambush lorries on the Gusau road almost every week, according to drivers.",
])
def test_repetition_is_a_habit(nlp, text):
    reports = _reports(nlp, text)
    assert reports and not any(r.is_event for r in reports)


def test_a_repeated_wish_is_no_habit(nlp):
    # 'every day' inside what the protesters want does not make their protest a habit
    events = _events(nlp, "Fishermen protested in Tema on Monday, wanting to sail every day.")
    assert events and events[0].sub_event_type == "Peaceful protest"


def test_neither_nor_negates_both(nlp):
    reports = _reports(nlp, "The insurgents neither attacked nor shelled Dikwa on Monday, the governor said.")
    assert reports and not any(r.is_event for r in reports)


def test_an_attempt_repelled_is_a_clash(nlp):
    events = _events(nlp, "An attempt by jihadists to overrun the army post at Inates was beaten back on Monday.")
    assert events and events[0].sub_event_type == "Armed clash"


def test_activists_detained_before_a_planned_march_are_arrests(nlp):
    events = _events(nlp, "Police detained nine activists in Bulawayo on Monday ahead of a planned march.")
    assert events and events[0].sub_event_type == "Arrests"


# --- general causes found with FREE16 -------------------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    ("Police removed activists who had chained themselves to the gates of the ministry in Lilongwe on Monday.", "Protest with intervention"),
    ("The military council declared a curfew in Niamey on Monday after hours of heavy gunfire.", "Change to group/activity"),
    ("The army massed tanks and artillery near the rebel-held town of Mweso on Monday.", "Change to group/activity"),
])
def test_free16_general_causes(nlp, text, sub):
    events = _events(nlp, text)
    assert events and events[0].sub_event_type == sub, [(r.sub_event_type, r.reason) for r in events]


def test_guns_that_fire_stay_shelling_and_a_protest_against_a_curfew_stays_a_protest(nlp):
    events = _events(nlp, "The army moved its artillery forward and shelled Mweso on Monday.")
    assert events and events[0].sub_event_type == "Shelling/artillery/missile attack"
    events = _events(nlp, "Traders in Kaya protested on Monday against the curfew the governor had imposed.")
    assert events and events[0].sub_event_type == "Peaceful protest"
