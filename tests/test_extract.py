"""The extractor on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from fogofwar.extract.dates import estimate_base_date, find_date
from fogofwar.extract.lexicon import actor_patterns, cues, trigger_rules
from fogofwar.extract.numbers import parse_number, quantity
from fogofwar.model import SUB_EVENT_TYPES, Article
from fogofwar.pipeline import process_text

PUB = date(2024, 3, 13)  # a Wednesday


def reports(text, published=PUB):
    return process_text(text, published=published)[1]


def one(text, published=PUB):
    found = reports(text, published)
    assert found, f"no report from: {text}"
    return found[0]


# -- lexicons are valid data --------------------------------------------------------------
def test_every_rule_names_a_real_sub_event_type():
    rules, _ = trigger_rules()
    assert {r.sub_event_type for r in rules} <= set(SUB_EVENT_TYPES)
    assert len({r.sub_event_type for r in rules}) == 25  # every ACLED sub-type has a rule


def test_actor_and_cue_lexicons_load():
    names = {p.name for p in actor_patterns()}
    assert {"Islamic State", "Military Forces of Syria"} <= names
    from fogofwar.extract.actors import find_actors

    found = {m.actor.name for m in find_actors("Ukrainian troops and Nigerian police met Malian gendarmes.")}
    assert found == {"Military Forces of Ukraine", "Police Forces of Nigeria", "Police Forces of Mali"}
    assert "say" in cues()["reporting_verbs"]


# -- numbers and dates --------------------------------------------------------------------
@pytest.mark.parametrize("text, best", [("3", 3), ("three", 3), ("twenty-five", 25), ("1,200", 1200), ("dozens", 24), ("a dozen", 12)])
def test_parse_number(text, best):
    assert parse_number(text)[0] == best


def test_bounds():
    assert quantity("10", "over ").acled == 10 and quantity("10", "over ").high > 10
    assert quantity("40", "up to ").low == 0
    assert quantity("dozens", "").acled == 12


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("on Sunday", date(2024, 3, 10), date(2024, 3, 10), 1),
        ("yesterday", date(2024, 3, 12), date(2024, 3, 12), 1),
        ("last week", date(2024, 3, 4), date(2024, 3, 10), 2),  # the calendar week before
        ("a few days ago", date(2024, 3, 6), date(2024, 3, 12), 2),
        ("from March 1 to March 5", date(2024, 3, 1), date(2024, 3, 5), 2),
        ("on 2 March", date(2024, 3, 2), date(2024, 3, 2), 1),
        ("on December 30", date(2023, 12, 30), date(2023, 12, 30), 1),  # before January: last year
        ("2024-02-29", date(2024, 2, 29), date(2024, 2, 29), 1),
        ("in February", date(2024, 2, 1), date(2024, 2, 29), 3),
    ],
)
def test_find_date(text, start, end, precision):
    span = find_date(f"Something happened {text}.", PUB)
    assert (span.start, span.end, span.precision) == (start, end, precision)


def test_no_date_without_base_for_relative_words():
    assert find_date("It happened last week.", None) is None
    assert find_date("It happened on 3 May 2021.", None).start == date(2021, 5, 3)


def test_estimate_base_date_from_related_article():
    assert estimate_base_date("The monitor reported on March 11 that ...", date(2024, 3, 13)) == date(2024, 3, 11)
    assert estimate_base_date("No dates here.", date(2024, 3, 13)) == date(2024, 3, 13)


# -- typing ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, sub",
    [
        ("Warplanes struck a fuel depot in Idlib on Monday, killing two workers.", "Air/drone strike"),
        ("Rebels and government troops clashed near Gao on Tuesday.", "Armed clash"),
        ("Artillery shells hit the outskirts of Kharkiv on Monday.", "Shelling/artillery/missile attack"),
        ("A roadside bomb exploded under a bus near Mopti on Monday.", "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at a checkpoint in Maiduguri on Monday.", "Suicide bomb"),
        ("Gunmen abducted twelve passengers on the road to Goma on Monday.", "Abduction/forced disappearance"),
        ("Hundreds of teachers protested peacefully in Taiz on Monday over unpaid salaries.", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in Marib on Monday.", "Protest with intervention"),
        ("Police arrested five men in El Fasher on Monday.", "Arrests"),
        ("The two sides signed a ceasefire agreement in Goma on Monday.", "Agreement"),
        ("Government forces recaptured the town of Adan Yabaal on Monday.", "Government regains territory"),
        ("Al Shabaab fighters captured the town of Adan Yabaal on Monday.", "Non-state actor overtakes territory"),
        ("Gunmen shot dead three farmers in their fields near Beni on Monday.", "Attack"),
        ("Fighters looted the main market of El Fasher on Monday.", "Looting/property destruction"),
        ("Russian military police set up a new base in Homs on Monday.", "Headquarters or base established"),
        # a soldier as the attacker, not the victim
        ("A soldier fired upon a family near Kadugli on Monday, killing the father and a son.", "Attack"),
    ],
)
def test_sub_event_types(text, sub):
    assert one(text).sub_event_type == sub


def test_every_decision_has_a_reason():
    r = one("Warplanes struck a fuel depot in Idlib on Monday.")
    assert "rule 'airstrike'" in r.reason and r.trigger


# -- fatalities ------------------------------------------------------------------------------
def test_fatalities_per_party_and_injuries_apart():
    r = one("Over 10 soldiers and 15 militants were killed in clashes near Gao on Monday, and 20 others were wounded.")
    assert r.fatalities.acled == 25
    assert r.fatalities.injured == 20
    assert len(r.fatalities.by_party) == 2


def test_destroyed_materiel_is_not_fatalities():
    r = one("Army strikes destroyed 40 shelters and 7 vehicles of the militants near Gao on Monday.")
    assert r.fatalities.acled == 0


def test_number_words_and_next_sentence():
    found = reports("Militants attacked an army post near Gao on Monday. Three soldiers were killed and five were injured.")
    assert len(found) == 1
    assert found[0].fatalities.acled == 3 and found[0].fatalities.injured == 5


def test_named_victim_counts_one():
    r = one("An attack near Gao on Monday led to the killing of Colonel Amadou Traore, an army commander.")
    assert r.fatalities.acled == 1


# -- claimant and modality -----------------------------------------------------------------
def test_according_to():
    r = one("According to the Syrian Observatory for Human Rights, warplanes struck Idlib on Monday.")
    assert r.claimant == "SOHR" and r.modality == "reported"


def test_claim_is_alleged():
    r = one("The group claimed that its fighters killed 20 soldiers near Gao on Monday.")
    assert r.modality == "alleged" and r.claimant == "The group"


def test_future_is_planned_and_not_an_event():
    r = one("The army will launch an offensive against the rebels near Gao next week.")
    assert r.modality == "planned" and not r.is_event


def test_speculation_is_not_an_event():
    r = one("The militants may attack the town of Gao again, officials warned on Monday.")
    assert r.modality == "speculative" and not r.is_event


def test_negation():
    r = one("Police did not arrest anyone in Gao on Monday.")
    assert r.modality in ("negated", "denied") and not r.is_event


def test_denial():
    r = one("The army denied that its jets bombed a market in Idlib on Monday.")
    assert r.modality == "denied" and not r.is_event


def test_anonymous_source_with_channel():
    r = one("A military source told Euphrates Wire that troops repelled an attack near Al Mayadin on Monday.")
    assert r.claimant.startswith("A military source") and "Euphrates Wire" in r.claimant


# -- actors --------------------------------------------------------------------------------
def test_actors_and_inter_codes():
    r = one("Islamic State militants attacked Syrian army positions near Al Mayadin on Monday.")
    assert r.actor1.name == "Islamic State" and r.actor1.inter == 2
    assert r.actor2.name == "Military Forces of Syria" and r.actor2.inter == 1


def test_foreign_forces_are_external():
    r = one("Russian warplanes struck militants near Idlib in Syria on Monday.")
    assert r.actor1.name == "Military Forces of Russia" and r.actor1.inter == 8


def test_sponsorship():
    r = one("Iranian-backed militias handed over three posts to the Syrian army near Al Bukamal on Monday.")
    assert any(a.sponsor == "Iran" for a in [r.actor1, r.actor2] if a)


# -- bad input -----------------------------------------------------------------------------
def test_unhandled_sentences_are_skipped_with_a_reason(nlp):
    from fogofwar.extract import extract

    table = " ".join(f"{i} {i * 3} {i * 7} |" for i in range(40))
    text = "Militants attacked an army post near Gao on Monday.\n\n" + table + "\n\nDie Polizei hat am Montag zwei Männer festgenommen, sagte ein Sprecher über die Lage."
    a = Article(id="t", text=text, published=PUB)
    ex = extract(a, nlp(text))
    reasons = " ".join(s.reason for s in ex.skipped)
    assert "table" in reasons or "too long" in reasons
    assert len(ex.reports) >= 1


# -- who did what to whom: the parse decides between clash, attack and mob ---------------------
@pytest.mark.parametrize(
    "text,sub",
    [
        ("Gunmen killed five villagers near Kora on Sunday.", "Attack"),
        ("Several farmers were shot and wounded by unidentified gunmen on Monday.", "Attack"),
        ("Militants attacked an army base outside the town on Monday, and soldiers returned fire.", "Armed clash"),
        ("Angry locals beat up a suspected thief at the bus station on Monday.", "Mob violence"),
        ("Two rival groups of farmers fought each other with sticks over grazing land on Tuesday.", "Mob violence"),
        ("Migrant workers threw stones at police at a checkpoint on Monday.", "Mob violence"),
        ("Residents burned tyres and clashed with police on Monday, denouncing water cuts.", "Violent demonstration"),
        ("Residents blocked the main road on Monday to demand clean water.", "Peaceful protest"),
        ("Armed men set fire to three trucks belonging to a logging company on Sunday.", "Looting/property destruction"),
        ("Fighters attacked the village of Dalo on Sunday and burned several huts.", "Attack"),
    ],
)
def test_participants_decide_the_type(text, sub):
    assert one(text).sub_event_type == sub, one(text).reason


def test_intervention_told_in_the_next_sentence():
    found = reports("Teachers protested outside the ministry on Monday. Police dispersed them with tear gas.")
    assert [r.sub_event_type for r in found] == ["Protest with intervention"]
    assert found[0].actor1.inter == 6 and found[0].actor2 is not None and found[0].actor2.inter == 1


def test_protest_against_an_arrest_is_not_an_intervention():
    found = reports("Journalists protested on Monday against the arrest of their editor. He was arrested last week on tax charges.")
    assert found[0].sub_event_type == "Peaceful protest"


def test_suspected_perpetrators_and_the_month_of_may_are_not_speculation():
    r = one("On 3 May 2021, suspected militants killed two farmers near Dalo.", published=date(2021, 5, 4))
    assert r.is_event and r.modality == "asserted", r.reason
    r = one("On 7 May 2021, workers gathered outside the factory to protest against unpaid wages.", published=date(2021, 5, 8))
    assert r.is_event and r.sub_event_type == "Peaceful protest", r.reason


def test_a_purpose_clause_is_not_a_denial():
    r = one("Nurses rallied outside the hospital on Monday to reject the new contracts.")
    assert r.is_event and r.modality != "denied", r.reason


def test_forces_of_a_named_country():
    from fogofwar.extract.actors import find_actors

    found = [m.actor.name for m in find_actors("The armed forces of Mali and Burkinabe soldiers patrolled the border.")]
    assert found == ["Military Forces of Mali", "Military Forces of Burkina Faso"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents protested on Monday against the killing of a local trader by gunmen.",
        "Relatives of inmates rallied outside the prison on Tuesday. They protested weeks after a riot at the prison.",
    ],
)
def test_background_phrases_do_not_make_the_event(text):
    r = one(text)
    assert r.sub_event_type == "Peaceful protest", r.reason


def test_a_claim_of_responsibility_is_not_a_new_event():
    found = reports("Gunmen killed four traders near Dalo on Monday. On Tuesday a militant group claimed responsibility for the attack.")
    events = [r for r in found if r.is_event]
    assert len(events) == 1 and events[0].sub_event_type == "Attack"


def test_undated_claim_takes_the_date_of_the_sources_report():
    text = (
        "Government troops were deployed to two checkpoints near Gao for the first time, the monitor reported on March 11.\n\n"
        "\"The militia had handed over its last posts to the army,\" the monitor's report reads."
    )
    found = [r for r in reports(text) if r.sub_event_type == "Non-violent transfer of territory"]
    assert found and found[0].is_event
    assert found[0].date_end == date(2024, 3, 11) and found[0].time_precision == 2
    assert "report of 2024-03-11" in found[0].reason


def test_arrested_civilian_is_not_the_arresting_actor():
    r = one("The security service said it detained a Kharkiv resident on Saturday.")
    assert r.sub_event_type == "Arrests"
    assert r.actor1 is None or r.actor1.inter != 7
    assert r.actor2 is not None and r.actor2.inter == 7
