"""Helpers added to make geoparsing faster: each gives what the slower code it replaced gave."""
from __future__ import annotations

from fogofwar.geo import load_spacy
from fogofwar.geo.lexicon import any_region_cue, lexicon, region_cues
from fogofwar.geo.parse import Toponym, coordinated_streets
from fogofwar.geo.containers import _country_focus
from fogofwar.geo.recognise import _View, _word_facts


def test_word_facts_read_once_per_word():
    nlp = load_spacy()
    doc = nlp("Shelling hit Northbrook and the iPhone factory near Zolote-3 and al-Qarnain on Monday.")
    for tok in doc:
        text, with_space, low, cap, _can_end, may_start = _word_facts(tok.orth, doc.vocab.strings)
        assert (text, with_space, low, cap) == (tok.text, tok.text + " ", tok.lower_, tok.text[:1].isupper())
        assert may_start == (cap or low in lexicon()["articles"])


def test_view_rebuilds_the_text_and_reads_the_streets_once():
    nlp = load_spacy()
    text = "Police closed the corner of Maple and Birch after a blast.\nIn Riverton, two shops burned."
    view = _View(nlp(text))
    assert view.text == text
    assert sum(view.newline) == 1  # the one line break
    assert view.streets() == coordinated_streets(text) and view.streets() is view.streets()


def test_one_scan_for_all_region_cues_agrees_with_each_cue():
    combined = any_region_cue()
    assert combined is not None
    for story in ("the osce smm recorded explosions near a village.", "a quiet market day in a river town."):
        assert bool(combined.search(story)) == any(c[3].search(story) for c in region_cues())


def test_country_focus_counts_resolved_names_outside_organisations():
    from fogofwar.geo import get_gazetteer

    france = get_gazetteer().countries["FR"]
    inside = Toponym(start=0, end=6, text="France", chosen=france)
    embedded = Toponym(start=10, end=16, text="France", chosen=france, embedded=True)
    assert _country_focus([inside, embedded, Toponym(start=20, end=25, text="Nowhere")]) == {"FR": 1}


def _hits(name: str):
    from fogofwar.geo import get_gazetteer
    from fogofwar.geo.normalise import norm_key, variant_key
    from fogofwar.geo.recognise import _candidates

    gaz = get_gazetteer()
    nk, vk = norm_key(name), variant_key(name)
    found = gaz.lookup_keys([nk, vk])
    exact = any(h.kind != 2 for h in found.get(nk, ()))
    return _candidates(gaz, found, nk, vk, exact)


def test_candidate_facts_answer_what_the_hits_say():
    from fogofwar.geo.gazetteer import KIND_PRIMARY, KIND_VARIANT
    from fogofwar.geo.recognise import _HitFacts, _well_known

    # a country, a province and its city, many small namesakes, a loose spelling only
    for name in ("Georgia", "Idlib", "Springfield", "Riverdale", "Dayr az Zawr", "Mayadeen"):
        hits, facts = _hits(name)
        assert hits and facts == _HitFacts.of(hits)
        exact = [h for h in hits if h.kind != KIND_VARIANT]
        assert facts.biggest == max(h.place.population for h in hits)
        assert facts.exact_country == any(h.place.feature in ("country", "continent") for h in exact)
        assert facts.exact_own_name == any(h.kind == KIND_PRIMARY for h in exact)
        assert facts.exact_well_known == any(_well_known(h) for h in exact)
        assert facts.exact_big == any(h.place.population >= 100_000 for h in exact)
        assert facts.more_than_a_name == any(
            h.place.source != "geonames" or (h.kind == KIND_PRIMARY and h.place.population >= 100_000)
            or h.place.feature in ("country", "continent", "admin1", "admin2") for h in exact)
    assert _hits("Georgia")[1].exact_country and _hits("Georgia")[1].curated
    assert not _hits("Riverdale")[1].exact_country
    assert _hits("Springfield")[0] is _hits("Springfield")[0]  # the memoised list, with its facts


def test_candidate_facts_of_no_hits():
    from fogofwar.geo.recognise import _HitFacts

    facts = _HitFacts.of([])
    assert facts.biggest == 0 and not facts.strong and not facts.curated and not facts.more_than_a_name


def test_local_reading_is_memoised_on_name_hint_and_candidates():
    from fogofwar.geo import get_gazetteer
    from fogofwar.geo.disambiguate import (_LOCAL_READING_MEMO, _local_reading, _odd_alternates_of_a_common_name,
                                           _province_namesakes, _same_name_capitals, _shadowed_alternates)
    from fogofwar.geo.scoring import _score_local

    gen = get_gazetteer().generation
    hits, _facts = _hits("Idlib")
    city = Toponym(start=0, end=5, text="Idlib", candidates=hits)
    province = Toponym(start=20, end=25, text="Idlib", candidates=hits, admin_hint="admin1")
    _LOCAL_READING_MEMO.clear()
    for t in (city, province):
        capitals, namesakes, shadowed, scores, best = _local_reading(t, gen)
        assert capitals == _same_name_capitals(hits) and namesakes == _province_namesakes(hits)
        assert shadowed == _shadowed_alternates(hits) | _odd_alternates_of_a_common_name(hits, t.text)
        assert scores == [_score_local(h, t, capitals, namesakes, shadowed) for h in hits]
        assert best == scores.index(max(scores))
        assert _local_reading(t, gen) is _local_reading(t, gen)
    # the hint is part of the key: 'Idlib province' reads the province, 'Idlib' alone the city
    assert hits[_local_reading(province, gen)[4]].place.feature == "admin1"
    assert hits[_local_reading(city, gen)[4]].place.feature == "city"
    assert len(_LOCAL_READING_MEMO) == 2


def test_name_keys_of_a_span_and_of_a_numbered_settlement():
    from fogofwar.geo.normalise import norm_key, variant_key
    from fogofwar.geo.recognise import _name_keys

    assert _name_keys("Deir ez-Zor") == (norm_key("Deir ez-Zor"), variant_key("Deir ez-Zor"), None)
    assert _name_keys("Novyi Dvir-2") == (norm_key("Novyi Dvir-2"), variant_key("Novyi Dvir-2"),
                                          (norm_key("Novyi Dvir"), variant_key("Novyi Dvir")))
    assert _name_keys("Highway-2019")[2] is None  # a year is no numbered settlement (at most three digits)


def test_locative_before_agrees_with_the_full_search():
    from fogofwar.geo.recognise import _LOCATIVE_BEFORE, _locative_before

    windows = ["shelling was reported northwest of ", "troops massed near  ", "a camp outside the ",
               "on the Outskirts of\n", "in the countryside of THE ", "the suburbs of", "fighting near",
               "the village of ", "in the town of the ", "residents said on Monday in ", "the ",
               "a report of ", "west of", "", "   ", "clashes in eastern ", "police of the city "]
    for w in windows:
        assert _locative_before(w) == (_LOCATIVE_BEFORE.search(w) is not None), w
    assert _locative_before("fighting broke out southeast of ") and not _locative_before("fighting in ")


def test_view_lists_the_capitalised_tokens():
    nlp = load_spacy()
    view = _View(nlp("Fighting resumed in Marrow Creek, officials in the Vell province said."))
    assert view.capitalised == [k for k in range(view.n) if view.cap[k]]


def test_lookup_keys_same_hits_warm_or_cold():
    from fogofwar.geo import get_gazetteer

    gaz = get_gazetteer()
    keys = ["idlib", "paris", "no such place at all", "", "springfield"]
    cold = {k: list(v) for k, v in gaz.lookup_keys(keys).items()}
    warm = gaz.lookup_keys(keys + ["georgia"])  # cached keys and one more
    assert set(warm) == set(cold) | {"georgia"} and all(warm[k] == cold[k] for k in cold)
    assert "no such place at all" not in warm and "" not in warm


def test_abbreviation_spans_need_an_abbreviation_word():
    from fogofwar.geo.recognise import _abbreviation_spans

    nlp = load_spacy()
    assert _abbreviation_spans(_View(nlp("Two shops burned in Riverton on Monday."))) == []
    spans = _abbreviation_spans(_View(nlp("Two shops burned in Kesarpur (UP) on Monday.")))
    assert [(i, j) for i, j, _names in spans] == [(6, 7)]


def test_view_lists_where_names_may_start():
    from fogofwar.geo.recognise import _ARTICLES

    nlp = load_spacy()
    view = _View(nlp("Rockets struck al-Harra and the Bell Tower, then el-Mina."))
    assert view.name_starts == [k for k in range(view.n) if view.cap[k] or view.lower[k] in _ARTICLES]
    assert view.lower.index("al") in view.name_starts and view.lower.index("el") in view.name_starts


def test_admin_hints_from_the_words_before_and_after():
    from fogofwar.geo.contexts import _admin_hints

    def hint(text: str, name: str):
        start = text.index(name)
        t = Toponym(start=start, end=start + len(name), text=name)
        _admin_hints(text, [t])
        return t.admin_hint

    assert hint("Traders fled the town of Marlowe after the raid.", "Marlowe") == "city"
    assert hint("Shells fell in the Province of  the Vellar on Friday.", "Vellar") == "admin1"
    assert hint("Clashes went on in southern Vellar overnight.", "Vellar") == "area"
    assert hint("Clashes went on in Vellar province overnight.", "Vellar") == "admin1"
    assert hint("Talks about Vellar ended.", "Vellar") is None
    assert hint("A convoy of Marlowe trucks left.", "Marlowe") is None  # 'of' alone says nothing


def test_first_name_said_as_place_searched_once_per_name():
    from fogofwar.geo.recognise import _first_name_said_as_place

    nlp = load_spacy()
    view = _View(nlp("Marston Pike Fuel closed early. He keeps goats in Marston. Dunmore Lake Feed stayed open."))
    marston = [k for k in range(view.n) if view.tok[k] == "Marston"]
    dunmore = view.tok.index("Dunmore")
    assert _first_name_said_as_place(view, marston[0], marston[0] + 1, True)
    assert view.said_as_place == {"Marston": True}
    assert _first_name_said_as_place(view, marston[1], marston[1] + 1, True)  # (read from the memo)
    assert not _first_name_said_as_place(view, dunmore, dunmore + 1, True)
    assert not _first_name_said_as_place(view, marston[0], marston[0] + 1, False)  # a loose match never is
    assert view.said_as_place == {"Marston": True, "Dunmore": False}


def test_a_lookup_that_fills_the_key_cache_still_returns_its_own_hits():
    # The caches are bounded; when a call overflows them they start again, and that call's hits survive.
    from fogofwar.geo import get_gazetteer

    gaz = get_gazetteer()
    before = gaz.KEY_CACHE_LIMIT
    try:
        gaz.KEY_CACHE_LIMIT = len(gaz._key_cache) + 1
        hits = gaz.lookup_keys(["aleppo", "homs", "idlib", "raqqa"])
        assert {"aleppo", "homs", "idlib", "raqqa"} <= set(hits)
    finally:
        gaz.KEY_CACHE_LIMIT = before


def test_the_cache_keeps_the_latest_indexes_of_other_versions(tmp_path):
    import os

    from fogofwar.geo.gazetteer import KEEP_OTHER_INDEXES, _prune_cache

    files = []
    for n in range(5):
        f = tmp_path / f"gazetteer-{n}.sqlite"
        f.write_bytes(b"x")
        os.utime(f, (1000 + n, 1000 + n))
        files.append(f)
    _prune_cache(files[0])  # the current index is never deleted, however old
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["gazetteer-0.sqlite"] + [f"gazetteer-{n}.sqlite" for n in range(5 - KEEP_OTHER_INDEXES, 5)]


def test_prior_memo_tells_apart_custom_places_that_share_an_id():
    # Two gazetteers number their own extra places from -1: a base in one file and a district
    # in another may both be place -1.  The memoised prior must not hand one the other's score.
    from fogofwar.geo.gazetteer import KIND_PRIMARY, GazPlace, NameHit
    from fogofwar.geo.scoring import _prior, _prior_uncached

    base = GazPlace(pid=-1, name="Camp Lindqvist", latitude=10.0, longitude=20.0, feature="base", precision=1, source="user")
    area = GazPlace(pid=-1, name="Upper Vell", latitude=11.0, longitude=21.0, feature="area", precision=3, source="user")
    first, second = _prior(NameHit(base, KIND_PRIMARY)), _prior(NameHit(area, KIND_PRIMARY))
    assert first == _prior_uncached(NameHit(base, KIND_PRIMARY))
    assert second == _prior_uncached(NameHit(area, KIND_PRIMARY))
    assert first != second
