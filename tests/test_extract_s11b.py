

# --- arrests on a later day, in the protest's own sentence ---------------------------------------

def test_arrests_the_next_day_in_the_protests_sentence_are_their_own_event(nlp):
    for text, day in (
        ("On 2 June 2025, some 300 nurses marched in Eldoret; police arrested the organisers at their homes the next day.", 3),
        ("On 2 June 2025, nurses rallied in Eldoret, and three days later police detained their union leaders.", 5),
    ):
        events = _events(nlp, text)
        assert _subs(events) == ["Peaceful protest", "Arrests"], text
        protest, arrests = events
        assert protest.date_start == date(2025, 6, 2) and arrests.date_start == date(2025, 6, day), text
        # the police arrest; the marchers of the other clause are no doer of it
        assert (arrests.actor1.name, arrests.actor1.inter) == ("Police Forces of Kenya", 1), text


def test_arrests_of_the_marchers_or_during_the_march_stay_one_event(nlp):
    assert _subs(_events(nlp, "On 2 June 2025, police arrested 12 nurses who had marched in Eldoret the day before.")) == ["Peaceful protest"] \
        or "Arrests" not in _subs(_events(nlp, "On 2 June 2025, police arrested 12 nurses who had marched in Eldoret the day before."))
    events = _events(nlp, "On 2 June 2025, nurses marched in Eldoret, and police arrested six of them.")
    assert "Arrests" not in _subs(events)


def test_a_later_day_moves_a_carried_date(nlp):
    events = _events(nlp, "On 2 June 2025, some 300 nurses marched in Eldoret. The next day, police detained the organisers.")
    assert [(r.sub_event_type, r.date_start) for r in events] == [
        ("Peaceful protest", date(2025, 6, 2)), ("Arrests", date(2025, 6, 3))]


def _subs(reports) -> list[str]:
    return [r.sub_event_type for r in reports]
