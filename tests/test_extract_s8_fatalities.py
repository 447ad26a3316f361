"""Fatalities from the grammar in active and passive news prose (session 8).

The dead are the objects of a killing verb, or the subjects of a passive or of 'die'; whoever
does the killing is never counted. A grid of our own subjects, killing verbs and victims checks
this across voices ('two gunmen killed a farmer' was 3 dead; 'gunned down' counted none)."""
import itertools

import pytest

from fogofwar.extract.fatalities import sentence_fatalities
from fogofwar.nlp import parse

KILLERS = ["Gunmen", "Two gunmen", "Three soldiers", "About 200 villagers"]
VERBS = ["killed", "shot dead", "murdered", "executed", "beheaded", "stabbed to death", "lynched", "hacked to death", "gunned down"]
VICTIMS = [("a farmer", 1), ("5 civilians", 5), ("at least seven traders", 7)]


def deaths(text: str) -> int:
    return sentence_fatalities(next(parse(text).sents)).acled or 0


def _grid():
    for killer, verb, (victim, n) in itertools.product(KILLERS, VERBS, VICTIMS):
        yield f"{killer} {verb} {victim} near the market on Monday.", n
        was = "was" if n == 1 else "were"
        yield f"{victim[0].upper()}{victim[1:]} {was} {verb} by {killer[0].lower()}{killer[1:]} on Monday.", n


@pytest.mark.parametrize("text,n", list(_grid()))
def test_the_killers_are_never_counted_in_either_voice(text, n):
    assert deaths(text) == n


@pytest.mark.parametrize(
    "text,n",
    [
        ("Four killed as gunmen attack a village in the north.", 4),
        ("Gunmen attacked a village on Sunday, killing six residents and wounding three.", 6),
        ("Nine people were killed and 14 injured when a bomb went off at a bus station.", 9),
        ("The attack left eleven people dead and dozens wounded.", 11),
        ("Three soldiers and eight militants were killed in the fighting.", 11),
        ("Militants killed a soldier and wounded two others.", 1),
        ("Police killed two suspects during the raid.", 2),
        ("Five soldiers were injured in the blast.", 0),
        ("Troops killed 14 insurgents and lost two of their own.", 16),  # both sides' dead
        ("Three policemen lost their lives in the ambush.", 3),
        ("Two gunmen opened fire on a bus, killing three passengers.", 3),
        ("Rebels killed at least 20 soldiers in an attack on an army base.", 20),
        ("Two policemen shot dead a protester.", 1),
        ("A mob of around 50 people beat to death a suspected thief.", 1),
        ("Dozens of gunmen stormed the village and killed 15 people.", 15),
        ("Two bombers blew themselves up at a mosque, killing 11 worshippers.", 11),
        # a second verb with an object of its own says nothing of the first verb's object
        ("Six armed men abducted two aid workers and killed their driver.", 1),
        # the number after 'of' counts families, not the dead
        ("An airstrike killed seven members of one family.", 7),
        # another clause's crowd is not the dead of this one
        ("Hundreds of protesters clashed with police; one protester was killed.", 1),
        ("Some 300 protesters marched; police shot dead two of them.", 2),
        # a group read as a relative clause ('a group of 40 militants [who were] killed') has an object
        ("A group of 40 militants killed at least seven traders near the market on Monday.", 7),
    ],
)
def test_who_died(text, n):
    assert deaths(text) == n


@pytest.mark.parametrize(
    "text,n",
    [
        # an ACLED-style opening hangs the victims on the place: the nouns before 'were' are the dead
        ("On 4 June 2021, in Tula, Hidalgo, a teenager and his mother were shot to death by gunmen on a motorbike.", 2),
        ("On 4 June 2021, in Tula, Hidalgo, a bus driver was killed in a robbery.", 1),
        ("On 4 June 2021, in Tula, Hidalgo, a bus driver was robbed.", 0),
    ],
)
def test_victims_parsed_as_part_of_the_place(text, n):
    assert deaths(text) == n
