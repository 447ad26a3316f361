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
