"""Session 11 (issue #3): what session 10 noticed (violence dated to an earlier year, mob justice,
arrests after a protest) and general causes found with the free-written batch FREE17 of
bench/subtype_grid.py. Every sentence here is our own."""
from __future__ import annotations

import functools
from datetime import date

from conftest import extracted, sub_types

PUB = date(2025, 6, 11)

_reports = functools.partial(extracted, published=PUB)
_events = functools.partial(extracted, published=PUB, events_only=True)



# --- violence dated to an earlier year is background -------------------------------------------

def test_a_year_before_publication_makes_the_violence_history(nlp):
    for text in (
        "An inquest found that a teacher was unlawfully killed when troops fired on the crowd in 1981.",
        "Thousands of families have lived in the camp since the 1999 massacre in the valley.",
        "Fighting in 2016 drove thousands of herders out of the district.",
        "The rights group accused the army of abuses committed during the 2022 offensive.",
    ):
        assert _events(nlp, text) == [], text
        # kept as a statement, with its reason
        kept = _reports(nlp, text)
        assert kept and all(r.modality == "speculative" and "background" in r.reason for r in kept), text


def test_a_same_year_date_is_never_background(nlp):
    events = _events(nlp, "On 3 February 2025, gunmen killed four traders on the road to Mubi.")
    assert sub_types(events) == ["Attack"]
    events = _events(nlp, "Rebels attacked an army post near Kiwanja in 2025, killing two soldiers.")
    assert events and events[0].event_type == "Battles"


def test_a_year_in_another_phrase_does_not_date_the_event(nlp):
    # the event is Monday's killing; 2021 dates the earlier attack it is compared with
    events = _events(nlp, "Gunmen killed six farmers on Monday, three years after the 2021 attack on the same hamlet.")
    assert sub_types(events) == ["Attack"]


def test_a_day_date_of_the_year_before_is_a_late_report_not_history(nlp):
    text = "On 29 December 2024, militants ambushed a police patrol near Gwoza, killing three officers."
    assert _events(nlp, text), "a dated event of last December, reported in the new year"
    # but a bare earlier year is history
    assert _events(nlp, "Militants ambushed a police patrol near Gwoza in 2024, killing three officers.") == []


def test_without_a_publication_date_the_newest_year_in_the_text_decides(nlp):
    text = ("On 6 August 2015, soldiers shot dead eleven marchers in the town square. "
            "On 6 August 2019, relatives unveiled a plaque in their memory.")
    reports = extracted(nlp, text)  # no publication date
    shooting = [r for r in reports if "shot dead" in r.evidence]
    assert shooting and all(not r.is_event for r in shooting)
    assert "newest year" in shooting[0].reason
    # one year apart is not enough to call it history
    text = "On 6 August 2018, soldiers shot dead eleven marchers in the town square. The report came out in 2019."
    assert [r for r in extracted(nlp, text, events_only=True) if "shot dead" in r.evidence]


def test_a_count_is_no_year(nlp):
    events = _events(nlp, "More than 2000 soldiers attacked rebel positions around Masisi on Tuesday.")
    assert events and events[0].event_type == "Battles"


# --- mob justice ---------------------------------------------------------------------------

def test_traders_and_drivers_who_beat_a_suspected_thief_are_a_mob(nlp):
    for text in (
        "Bus drivers beat a suspected phone thief to death at the park in Onitsha.",
        "Hawkers at the market beat a man accused of stealing a handbag until he died.",
        "Villagers beat to death a man they accused of stealing a cow.",
    ):
        events = _events(nlp, text)
        assert sub_types(events)[:1] == ["Mob violence"], text
        assert events[0].actor1.inter == 5, text
    # sticks and machetes are the weapons of a crowd, not of an armed group
    events = _events(nlp, "Villagers armed with sticks beat to death a man they accused of stealing a bicycle.")
    assert sub_types(events)[:1] == ["Mob violence"] and events[0].actor1.inter == 5
    # what the victim is accused of describes him; it does not make the report an allegation
    assert events[0].modality == "asserted"
    assert _events(nlp, "A crowd lynched a man accused of sorcery in Tete.")[0].modality == "asserted"
    # an accusation that reports the event still does
    assert _events(nlp, "Rebels killed five villagers near Beni, the army accused.")[0].modality == "alleged"
    # ordinary arrests for theft stay out of scope
    assert _events(nlp, "Police arrested two traders accused of theft in Onitsha.") == []


# --- arrests after a protest ended ---------------------------------------------------------

def test_arrests_after_the_protest_are_their_own_event(nlp):
    text = "Nurses marched peacefully through Mzuzu on Tuesday. Police later detained four of the marchers."
    assert sub_types(_events(nlp, text)) == ["Peaceful protest", "Arrests"]
    text = "Students held a sit-in outside the rectorate in Zomba. Two of the organisers were arrested at their homes the next day."
    assert sub_types(_events(nlp, text)) == ["Peaceful protest", "Arrests"]


def test_arrests_during_the_protest_still_make_an_intervention(nlp):
    assert sub_types(_events(nlp, "Police arrested 14 protesters during a march in Mzuzu on Tuesday.")) == ["Protest with intervention"]
    # 'later' about the people arrested, not the arrest: still during the protest
    text = "Activists rallied outside the ministry in Zomba and police arrested the demonstrators, who were later released."
    assert sub_types(_events(nlp, text))[:1] == ["Protest with intervention"]
    # force at the protest makes the intervention, whatever came later
    text = "Police fired tear gas at marchers in Mzuzu and later arrested nine of them."
    assert sub_types(_events(nlp, text))[:1] == ["Protest with intervention"]


# --- general causes found with FREE17 ------------------------------------------------------

def test_fighters_who_trade_fire_clash(nlp):
    # ('fighter' is no fight against a fire)
    events = _events(nlp, "Army units and militia fighters traded fire along the river near Malakal on Sunday.")
    assert sub_types(events)[:1] == ["Armed clash"]


def test_prosecutors_who_only_say_are_a_source_not_a_trial(nlp):
    events = _events(nlp, "A radio presenter was stabbed to death outside his studio in Tapachula, prosecutors said.")
    assert sub_types(events)[:1] == ["Attack"]
    # a prosecutor in court is still a trial
    assert _events(nlp, "Prosecutors asked the court to jail a former colonel for the killing of a farmer.") == []


def test_an_accusation_against_the_victims_is_no_claim_of_responsibility(nlp):
    text = "Troops shot dead three herders near Kidal, accusing them of guiding the jihadists, residents said."
    assert sub_types(_events(nlp, text))[:1] == ["Attack"]
    # a government accusing a neighbour of backing rebels is still no event
    assert _events(nlp, "The government accused its neighbour of arming the rebels in the east.") == []


def test_a_raid_from_the_air_on_a_camp_is_an_air_strike(nlp):
    text = "The air force said it had killed scores of bandits in air raids on their hideouts in Katsina."
    assert sub_types(_events(nlp, text))[:1] == ["Air/drone strike"]


def test_occupations_that_march_are_demonstrators(nlp):
    assert sub_types(_events(nlp, "Pensioners marched through Kitwe on Friday over unpaid benefits."))[:1] == ["Peaceful protest"]
    # soldiers who march are no protest
    assert _events(nlp, "Soldiers marched through Kitwe on Friday during the independence parade.") == []


def test_an_emergency_declared_changes_activity(nlp):
    events = _events(nlp, "The cabinet declared an emergency in two western districts after a string of raids.")
    assert sub_types(events)[:1] == ["Change to group/activity"]


# --- found in the ACLED even half's errors -------------------------------------------------

def test_neighbours_who_block_a_gate_are_protesting(nlp):
    events = _events(nlp, "A group of neighbours blocked the gate of the landfill in Mzuzu on Monday after a truck dumped clinic waste there.")
    assert sub_types(events)[:1] == ["Peaceful protest"]
    # soldiers who block an entrance are no protest
    assert _events(nlp, "Soldiers blocked the entrance to the town of Mzuzu on Monday.") == []


def test_a_states_strikes_in_a_headline_are_air_strikes(nlp):
    for text in ("France Strikes Jihadist Camps in Northern Mali", "Turkish strikes kill five PKK fighters in Qandil",
                 "Strikes by the US military destroyed militia depots near Qaim."):
        assert sub_types(_events(nlp, text))[:1] == ["Air/drone strike"], text
    # workers on strike, a quake that strikes, a strike only threatened
    assert sub_types(_events(nlp, "French dockers strike over pension reform"))[:1] == ["Peaceful protest"]
    assert _events(nlp, "Earthquake strikes eastern Iran, killing four") == []
    assert _events(nlp, "Iran threatens to strike American bases in the Gulf") == []
    # missiles named leave it to the shelling rules
    text = "Officials said Russian missiles struck an apartment block in Kramatorsk early on Saturday, killing nine."
    assert sub_types(_events(nlp, text))[:1] == ["Shelling/artillery/missile attack"]


def test_a_crime_in_a_relative_clause_is_the_crowds_grievance_not_the_event(nlp):
    text = "A man who allegedly robbed a shopkeeper was caught and nearly lynched in the market of Ibadan on Friday."
    assert sub_types(_events(nlp, text))[:1] == ["Mob violence"]
    # the main clause's act comes first even when the relative clause's word is typed higher
    text = "Villagers stormed the police post in Tororo to free a farmer who they said had been wrongly detained."
    assert sub_types(_events(nlp, text))[:1] != ["Arrests"]


def test_last_year_and_years_ago_date_the_violence_to_history(nlp):
    text = "Mourners laid flowers outside the church where a gunman shot dead nine worshippers last year."
    assert _events(nlp, text) == []
    assert any("last year" in r.reason for r in _reports(nlp, text))
    # 'a year after' an earlier attack says nothing of when today's happened
    events = _events(nlp, "Gunmen killed five farmers near Jos on Monday, a year after a similar raid.")
    assert sub_types(events)[:1] == ["Attack"]
    # nor does 'this year'
    assert _events(nlp, "Troops killed 12 militants in Kunar province this year, the army said on Monday.")
