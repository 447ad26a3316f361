"""A passive toll with no one doing it ends the violent event before it (session 8).

'Three people were killed and eight others injured.' after a clash is the clash's toll, not a
second event (an attack on civilians); a toll with its own perpetrator, date or place is its own."""
from datetime import date

from fogofwar.pipeline import process_text

PUB = date(2021, 6, 4)


def events(text):
    return [r for r in process_text(text, published=PUB)[1] if r.is_event]


def test_a_bare_toll_completes_the_clash_before_it():
    evs = events("On 4 June 2021, militiamen of two rival clans fought near Bulo village. "
                 "Three people were killed and eight others injured. The dispute was over grazing land.")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
    assert evs[0].fatalities.acled == 3 and evs[0].fatalities.injured == 8


def test_a_bare_toll_of_soldiers_completes_the_attack_on_their_post():
    evs = events("On 4 June 2021, rebels stormed an army post outside Bulo. Two soldiers were killed.")
    assert len(evs) == 1 and evs[0].fatalities.acled == 2


def test_a_toll_with_its_own_perpetrator_and_place_is_its_own_event():
    evs = events("On 4 June 2021, rebels stormed an army post outside Bulo. "
                 "Two farmers were killed by a stray shell in Jowhar the next day.")
    assert len(evs) == 2 and evs[0].fatalities.acled in (0, None) and evs[1].fatalities.acled == 2


def test_a_toll_in_a_later_paragraph_is_not_taken():
    reports = process_text("On 4 June 2021, rebels stormed an army post outside Bulo.\n\n"
                           "In a separate incident, two traders were killed in Jowhar market.", published=PUB)[1]
    assert len(reports) == 2 and not reports[0].fatalities.acled and reports[1].fatalities.acled == 2


def test_the_same_fight_told_on_is_one_clash_with_the_toll_of_its_last_sentence():
    evs = events("On 3 June 2021, army troops fought rebels near Kalo village. After a short exchange of fire "
                 "the rebels withdrew. One rebel died in the clash.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash" and evs[0].fatalities.acled == 1


def test_separately_starts_a_new_clash():
    evs = events("On 3 June 2021, army troops fought rebels near Kalo village. Separately, police fought bandits on the main road.")
    assert len(evs) == 2


def test_a_toll_claimed_by_another_source_stays_a_claim_beside_the_event():
    reports = process_text("On 3 June 2021, army troops fought rebels near Kalo village, officials said. "
                           "Rebel media claim that 12 soldiers died in these clashes.", published=PUB)[1]
    tolls = [r for r in reports if r.fatalities.acled == 12]
    assert tolls and tolls[0].modality == "alleged"


def test_returning_fire_and_killing_him_is_one_death():
    evs = events("On 3 June 2021, in Tula, a gunman shot at a patrol. An officer returned fire, killing him.")
    assert len(evs) == 1 and evs[0].fatalities.acled == 1


def test_a_headline_toll_after_a_mob_attack_completes_it():
    evs = events("On 3 June 2021, in Tula, a group of 12 men beat a farmer and two others over a land dispute. 1 killed 2 injured.")
    assert len(evs) == 1 and evs[0].fatalities.acled == 1 and evs[0].fatalities.injured == 2


def test_what_someone_wants_stopped_is_no_event():
    for text in ("The government called for an end to attacks on civilians in Idlib.",
                 "The UN demanded a halt to the shelling of residential areas.",
                 "Clerics urged a stop to the killing of herders in the region."):
        assert not process_text(text, published=PUB)[1], text
    # an event told beside such a call is still the event
    assert events("Rebels shelled the town on 3 June 2021, killing four, despite calls for an end to the fighting.")


def test_a_terse_tally_restates_the_total_and_a_victim_named_again_is_not_counted_twice():
    tally = events("On 3 June 2021, gunmen shot dead a retired teacher and his nephew "
                   "over a land dispute in Nabha. 2 killed.")
    assert [e.fatalities.acled for e in tally] == [2]
    again = events("On 3 June 2021, the body of a trader was found by a road near Tula. The victim had been beheaded.")
    assert [e.fatalities.acled for e in again] == [1]


def test_arrests_that_end_a_fight_just_told_are_part_of_it():
    evs = events("On 3 June 2021, in Tula, two gunmen on a motorbike traded shots with a patrol. "
                 "One gunman died and the other was arrested.")
    assert [(e.sub_event_type, e.fatalities.acled) for e in evs] == [("Armed clash", 1)]
    # arrests with a date and place of their own are their own event
    apart = events("On 3 June 2021, gunmen attacked a bus near Tula.\n\nOn 5 June 2021, police arrested three suspects in Pachuca.")
    assert [e.sub_event_type for e in apart] == ["Attack", "Arrests"]
