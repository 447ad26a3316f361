"""A killing told as the cause or the setting of a sentence's event ('days after the killing of
their chief', 'angered by the killings') neither vetoes that event nor lends it participants."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import first_event

PUB = date(2024, 6, 12)


@pytest.mark.parametrize("text", [
    "Gunmen abducted five farmers in Katsina state, days after the killing of their village head.",
    "Bandits kidnapped two teachers near Kaura Namoda a week after the killings of three herders.",
])
def test_a_killing_in_the_background_does_not_veto_an_abduction(text):
    assert first_event(text, PUB).sub_event_type == "Abduction/forced disappearance"


def test_a_killing_told_with_the_abduction_still_makes_it_an_attack():
    assert first_event("Gunmen abducted and killed a trader in Zamfara on Tuesday.", PUB).sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "Students blocked the main road in Ranchi, angered by the killings of two classmates.",
    "Angry residents blocked the highway near Embu, outraged over the killing of a teacher.",
    "Traders blocked the market road in Onitsha on Monday, angry at new levies.",
])
def test_a_road_blocked_in_anger_is_a_protest(text):
    ev = first_event(text, PUB)
    assert ev.sub_event_type == "Peaceful protest"
    assert "block" in ev.reason


def test_the_anger_behind_an_act_is_background():
    from fogofwar.extract.classify import classify
    from fogofwar.nlp import parse

    sent = next(parse("Students blocked the main road in Ranchi, angered by the killings of two classmates.").sents)
    killing = next(t for t in classify(sent) if t.rule == "kill-generic")
    assert "background phrase 'anger'" in killing.reason


def test_those_who_fled_after_a_killing_are_not_its_killers():
    ev = first_event("Hundreds of families fled their homes in Djibo after the killing of four herders on Friday.", PUB)
    assert ev.sub_event_type != "Mob violence"
    assert "crowd" not in ev.reason
