"""A protest described over two paragraphs is one event, and the crowd is its first actor even
when the grammar makes it the object; sentences written for these tests."""
from __future__ import annotations

from datetime import date

from conftest import event_reports

PUB = date(2025, 2, 8)


def test_next_paragraph_describing_the_same_crowd_is_not_a_second_protest():
    text = (
        "Hundreds of farmers marched through the market square of Kerak on Thursday to demand "
        "cheaper diesel.\n\n"
        "Protesters waved flags and carried loaves of bread on sticks.\n\n"
        "In Madaba, students held a sit-in outside the university on Friday."
    )
    found = event_reports(text, PUB)
    assert [r.sub_event_type for r in found] == ["Peaceful protest", "Peaceful protest"]
    first, second = found
    assert "loaves of bread" in first.evidence  # folded into the Kerak march
    assert first.place is not None and first.place.text == "Kerak"
    assert second.place is not None and second.place.name == "Madaba"


def test_next_paragraph_with_its_own_place_or_date_stays_its_own_protest():
    text = (
        "Hundreds of farmers marched through the market square of Kerak on Thursday to demand "
        "cheaper diesel.\n\n"
        "Protesters also blocked the road into Tafilah on Saturday."
    )
    found = event_reports(text, PUB)
    assert len(found) == 2
    assert found[1].date_start == date(2025, 2, 8)


def test_protesters_arrested_by_police_are_still_the_first_actor():
    found = event_reports(
        "In Zarqa, riot police fired tear gas on Sunday to end a sit-in by unpaid nurses outside the "
        "health directorate and detained four protesters, witnesses said.",
        PUB,
    )
    assert found and found[0].sub_event_type == "Protest with intervention"
    r = found[0]
    assert r.actor1.inter == 6 and r.actor1.name.startswith("Protesters")
    assert r.actor2 is not None and r.actor2.inter == 1
