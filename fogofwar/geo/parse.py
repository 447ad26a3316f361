"""Toponym recognition and disambiguation over a spaCy Doc.

Recognition = gazetteer matching over normalised names and transliteration
skeletons (so 'al-Bukamal', which the small English model calls an
organisation, is still found), merged with spaCy's GPE/LOC/FAC entities
(which find streets and buildings the gazetteer lacks).  Common-word false
positives are filtered by capitalisation, part of speech, a stop list, NER
labels and population.

Disambiguation scores every candidate with its name match, population and
feature type, then adds the document's evidence: country focus (country
names, demonyms, the other toponyms), administrative context ('Tafas
(Dar'a)', 'Paris, Texas'), and closeness to the other places mentioned.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from fogofwar.geo.contexts import (_ADMIN_AFTER, _ADMIN_SUFFIX_END, _GAP_WORDS, _LIST_AFTER, _admin_hints,
                                   _link_contexts, _possessive_contexts, _provinces_the_story_means)
from fogofwar.geo.gazetteer import KIND_ALTERNATE, KIND_PRIMARY, KIND_VARIANT, Gazetteer, GazPlace, NameHit, get_gazetteer
from fogofwar.geo.lexicon import common_words, demonyms, lexicon, province_abbreviations, regional_adjectives
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geo.recognise import (_ADMIN_SUFFIX_WORDS, _CONTAINER_HEADS, _CONTAINER_HEADS_LAST, _COORDINATORS,
                                    _ENGLISH_WORD_ZIPF, _FACILITY_HEADS, _HEADS_FIRST, _PLACE_BODY_AFTER, _RUN_ON,
                                    _STREET_HEADS, _WORD, _View, coordinated_streets, _is_container_name,
                                    _not_a_location, recognise, _zipf)
from fogofwar.geo.regions import _NO_REGIONS, RegionHints, _off_the_line, region_hints
from fogofwar.geo.scoring import _prior, _score_local
from fogofwar.geo.toponym import (_BIG_CITY, _SMALL_TOWN, Toponym, country_code, _demonym_place, haversine_km, _is_cap,
                                  _place_in_town, _set_choice, to_place)
from fogofwar.model import Place
_MAX_DOC_CHARS = 2_000_000
_VARIANT_WITH_EXACT_PENALTY = 1.5
_BRACKET_AFTER_ADMIN = re.compile(r"(?:\s+\w+)?\s*\(")
_LOCAL_AFTER = re.compile(r"\s+(?:" + "|".join(map(re.escape, lexicon()["local_place_after"])) + r")\b", re.IGNORECASE)


def _demonym_votes(v: _View) -> Counter:
    votes: Counter = Counter()
    dem = demonyms()
    second: set[int] = set()  # the second word of a two-word demonym already counted
    for k in v.capitalised:
        if k in second:
            continue
        # 'South Sudanese troops' is South Sudan's, not Sudan's; 'Sri Lankan' one vote, not two readings
        cc = dem.get(f"{v.lower[k]} {v.lower[k + 1]}") if k + 1 < v.n and v.cap[k + 1] else None
        if cc:
            second.add(k + 1)
        else:
            cc = dem.get(v.lower[k])
        if cc:
            votes[cc] += 1
    return votes
_CONTEXT_RE = re.compile(r"^\s*(?:\(|,\s*)")


_GENERIC_AREA_NAMES = frozenset(lexicon()["directions"]) | frozenset(lexicon().get("generic_area_names", []))
_GENERIC_AREA_MIN_SHARE = 0.3  # the story's share of country votes a province with such a bare name needs
_REGION_BONUS = 2.0  # as much as a bracketed province nearly: the cue names where the story is


def disambiguate(doc, toponyms: list[Toponym], gaz: Gazetteer, view: _View | None = None,
                 country_hints: Mapping[str, float] | None = None, regions: RegionHints = _NO_REGIONS) -> None:
    view = view or _View(doc)
    text = view.text
    _off_the_line(toponyms, regions)
    _admin_hints(text, toponyms)
    votes = _demonym_votes(view)
    for cc, n in (country_hints or {}).items():
        votes[cc] += n
    region_set = set(regions.regions)
    hinted = set(country_hints or ()) | {cc for cc, _ in region_set}  # countries voted for by more than names
    for cc in {cc for cc, _ in region_set}:
        votes[cc] += 1
    named_votes = Counter(votes)  # the countries the story names by more than its place names
    # First pass: priors only.
    first: dict[int, NameHit] = {}
    namesakes: dict[int, set[int]] = {}
    local_scores: dict[int, list[float]] = {}  # each candidate's _score_local()
    for idx, t in enumerate(toponyms):
        if t.candidates:
            # (the scores are kept for the second pass: nothing they read changes in between)
            _capitals, namesakes[idx], _shadowed, local_scores[idx], best = _local_reading(t, gaz.generation)
            first[idx] = t.candidates[best]
    # 'San Juan (San Juan)': the town in the province of its name; the bracket says the name again, it does not
    # vote again for the country and province of its first reading (a capital abroad)
    restated = {idx for idx in first if idx > 0 and toponyms[idx - 1].text == toponyms[idx].text
                and len(text[toponyms[idx - 1].end : toponyms[idx].start]) <= 3
                and _CONTEXT_RE.match(text[toponyms[idx - 1].end : toponyms[idx].start])}
    own: dict[int, tuple[str, int]] = {}
    for idx, h in first.items():
        if idx in restated:
            continue
        if h.place.country_code and h.kind != KIND_VARIANT:
            w = 2 if h.place.feature == "country" else 1
            votes[h.place.country_code] += w
            own[idx] = (h.place.country_code, w)
    total_votes = sum(votes.values())
    # every mention of a name votes as its first reading did: a name repeated five times must not
    # outvote the other places of the story for its own reading ('Nelson' in a story about British Columbia)
    same_name: dict[str, Counter] = {}
    for idx, (cc, w) in own.items():
        same_name.setdefault(toponyms[idx].text, Counter())[cc] += w
    name_focus_memo: dict[tuple, dict[str, float]] = {}
    plain_focus_memo: dict[tuple[str, int], dict[str, float]] = {}  # (read-only dicts, shared)

    def focus_of(idx: int, all_mentions: bool = False) -> dict[str, float]:
        """Country shares without this toponym's own vote: a place cannot vouch for itself.  With
        `all_mentions`, the other mentions of its name count as one vote together, not one each."""
        cc_own, w_own = own.get(idx, ("", 0))
        if not all_mentions and (cc_own, w_own) in plain_focus_memo:
            return plain_focus_memo[(cc_own, w_own)]  # the plain focus depends on the own vote alone
        mine = {cc_own: w_own}
        if all_mentions:
            votes_of_name = same_name.get(toponyms[idx].text)
            if not votes_of_name or sum(votes_of_name.values()) - w_own <= 1:
                return focus_of(idx)  # no other mention, or one: the same as the plain focus
            key = (toponyms[idx].text, cc_own, w_own)
            if key in name_focus_memo:
                return name_focus_memo[key]
            others = Counter(votes_of_name)
            others[cc_own] -= w_own
            others = +others
            others[others.most_common(1)[0][0]] -= 1
            for cc, n in others.items():
                if n > 0:
                    mine[cc] = mine.get(cc, 0) + n
        total = total_votes - sum(mine.values())
        out = {} if total <= 0 else {cc: (v - mine.get(cc, 0)) / total for cc, v in votes.items()}
        if all_mentions:
            name_focus_memo[key] = out
        else:
            plain_focus_memo[(cc_own, w_own)] = out
        return out

    admin_votes: Counter = Counter()
    own_admin_votes: Counter = Counter()  # (name, province): the votes a name's own mentions give
    for idx, h in first.items():
        if h.place.admin1_code and h.place.country_code and idx not in restated:
            admin_votes[(h.place.country_code, h.place.admin1_code)] += 1
            own_admin_votes[(toponyms[idx].text, h.place.country_code, h.place.admin1_code)] += 1

    # Explicit context: 'Tafas (Dar'a)', 'Paris, Texas', 'Homs, Syria'.
    explicit: dict[int, tuple[set, set]] = {}
    for a, b in zip(range(len(toponyms)), range(1, len(toponyms))):
        ta, tb = toponyms[a], toponyms[b]
        gap = text[ta.end : tb.start]
        if len(gap) <= 3 and _CONTEXT_RE.match(gap) and tb.candidates:
            # (a town named like another province is not the context's reading: 'Louisiana, Nevada')
            admins = {(h.place.country_code, h.place.admin1_code) for h in tb.candidates
                      if h.place.feature in ("admin1", "city") and h.place.admin1_code
                      and h.place.pid not in namesakes.get(b, ())}
            countries = {h.place.country_code for h in tb.candidates if h.place.feature == "country"}
            if _two_big_cities_listed(ta, tb, admins, countries):
                continue
            explicit[a] = (admins, countries)

    # The first-pass picks every candidate is measured against (points only).
    pick_idx = [k for k in first if first[k].place.latitude is not None
                and first[k].place.feature not in ("country", "continent")]
    pick_text = [toponyms[k].text for k in pick_idx]
    pick_places = [first[k].place for k in pick_idx]
    pick_lat = np.radians(np.array([p.latitude for p in pick_places], dtype=float))
    pick_lon = np.radians(np.array([p.longitude for p in pick_places], dtype=float))
    pick_admin = [(p.country_code, p.admin1_code) for p in pick_places]
    memo: dict[tuple, tuple[NameHit | None, float, list[GazPlace]]] = {}
    lone_village: list[tuple[Toponym, bool, bool]] = []  # (toponym, found by a loose spelling, 'X village')

    for idx, t in enumerate(toponyms):
        if not t.candidates:
            continue
        has_exact = any(h.kind != KIND_VARIANT for h in t.candidates)
        focus = focus_of(idx)
        # Same name, same hints: the same answer (the leave-one-out focus differs only negligibly).
        memo_key = (t.text, t.admin_hint, idx in explicit)
        if memo_key in memo and idx not in explicit:
            best, best_s, others = memo[memo_key]
        else:
            name_focus = focus_of(idx, all_mentions=True)  # chooses among namesakes; `focus` vets the choice
            mask = [i for i, txt in enumerate(pick_text) if txt != t.text]
            others = [pick_places[i] for i in mask]
            other_admins = {pick_admin[i] for i in mask}
            cands = t.candidates
            prox = [0.0] * len(cands)  # (plain floats: each candidate's score adds its own)
            if mask:
                pts = [(n, h.place) for n, h in enumerate(cands) if h.place.latitude is not None
                       and h.place.feature not in ("country", "continent", "admin1")]
                if pts:
                    clat = np.radians(np.array([p.latitude for _, p in pts]))[:, None]
                    clon = np.radians(np.array([p.longitude for _, p in pts]))[:, None]
                    olat, olon = pick_lat[mask][None, :], pick_lon[mask][None, :]
                    a = np.sin((olat - clat) / 2) ** 2 + np.cos(clat) * np.cos(olat) * np.sin((olon - clon) / 2) ** 2
                    dmin = (2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(np.maximum(a, 0.0), 1.0)))).min(axis=1)
                    for (n, _), d in zip(pts, dmin):
                        prox[n] = 1.5 * math.exp(-d / 250.0)
            best, best_s = None, -1e9
            scores, first_pick, context = local_scores[idx], first.get(idx), explicit.get(idx)
            for n, h in enumerate(cands):
                p = h.place
                s = scores[n]
                if p.country_code is None and h.kind != KIND_VARIANT and name_focus:
                    s += 2.0 * max(name_focus.values())  # seas, continents, regions: as compatible as the story's own country
                else:
                    s += 2.0 * name_focus.get(p.country_code or "", 0.0)
                key = (p.country_code, p.admin1_code)
                n_admin = admin_votes.get(key, 0) - (1 if first_pick is h else 0)
                if p.feature in ("admin1", "admin2"):
                    # a county or province cannot vouch for itself, however often it is repeated ('Suffolk County'
                    # three times in a story that names Southold is still the Long Island county)
                    n_admin = admin_votes.get(key, 0) - own_admin_votes.get((t.text, *key), 0)
                if p.admin1_code and n_admin > 0:
                    s += 0.8 * min(1.0, n_admin / 2)
                if context is not None:
                    admins, countries = context
                    if key in admins or p.country_code in countries:
                        s += 3.0
                if p.feature == "admin1" and key in other_admins:
                    s += 1.5  # it contains other places the story names
                if key in region_set:
                    s += _REGION_BONUS  # 'the OSCE SMM ... near Dolyna': the Dolyna of the contact line
                s += prox[n]
                if h.kind == KIND_VARIANT and has_exact:
                    s -= _VARIANT_WITH_EXACT_PENALTY
                if h.kind == KIND_VARIANT and focus and focus.get(p.country_code or "", 0.0) < 0.15:
                    s -= 2.0  # a loose spelling match far from the story's country is more likely wrong
                if s > best_s:
                    best, best_s = h, s
            memo[memo_key] = (best, best_s, others)
        if best is None:
            continue
        prev = toponyms[idx - 1].chosen if idx in restated else None
        if prev is not None and prev.admin1_code:
            # ('San Juan (San Juan)': the bracket is the province of the town just read, as that town's context
            # chose it, not the first reading of the name alone)
            same = [h for h in t.candidates if h.kind != KIND_VARIANT
                    and (h.place.country_code, h.place.admin1_code) == (prev.country_code, prev.admin1_code)]
            if same:
                best = max(same, key=lambda h: (h.place.feature == "admin1", h.place.feature == "admin2",
                                                h.place.population))
        if idx not in explicit and not t.located_by_context:
            best = _big_city_over_a_far_small_namesake(best, t.candidates, others)
        vk_len = len(variant_key(t.text))
        # a skeleton of three letters ('Al Zayaynya' -> 'zan') matches half the world: population is no excuse
        distinctive = vk_len >= 6 or (best.place.population >= 100_000 and vk_len >= 4)
        if best.kind == KIND_VARIANT and (focus.get(best.place.country_code or "", 0.0) < 0.15 if focus
                                          else not distinctive):
            t.candidates = []  # a loose match outside the story's countries: do not guess
            continue
        if best.kind == KIND_VARIANT and best.place.country_code not in hinted \
                and _only_a_demonyms_country(best.place, t.text, own, toponyms):
            t.candidates = []  # 'French colonists ... in Bywater' in a New Orleans story: not a French town
            continue
        chosen = best.place
        if focus and (_LOCAL_AFTER.match(text, t.end) or chosen.feature == "city" and (
                _ADMIN_SUFFIX_END.search(t.text) or _ADMIN_AFTER.match(text[t.end : t.end + 20]))
                and not _BRACKET_AFTER_ADMIN.match(text, t.end)):  # ('Nabha district (Punjab)': its context decides)
            # 'Islamabad area of Alishing district' in a story about Afghanistan: a village or
            # quarter named like a famous place abroad is a local place the gazetteer lacks
            # ('Chora district' in an Afghan story is not a Greek island town either).
            home, share = max(focus.items(), key=lambda kv: kv[1])
            if share >= 0.6 and chosen.country_code and chosen.country_code != home:
                t.candidates = []
                continue
        if chosen.source == "geonames" and (
                best.kind == KIND_VARIANT and chosen.feature in ("city", "admin2")  # (a big city's loose spelling too:
                or chosen.feature == "city" and chosen.population < _SMALL_TOWN):  # 'Jalingu' is not Jalingo)
            lone_village.append((t, best.kind == KIND_VARIANT, bool(_LOCAL_AFTER.match(text, t.end))))
        if best.kind == KIND_ALTERNATE and chosen.source == "geonames" and chosen.feature == "city" \
                and t.source != "pattern" and _is_container_name(t.text):  # (a pattern's candidates are its town's)
            t.candidates = []  # 'White House', 'City Hall': a building, not a town's translated or odd alternate name
            continue
        if _far_town_named_like_a_street(t.text, chosen, others):
            t.candidates = []  # 'Washington Square' in a New Orleans story: its square, not a suburb of Philadelphia
            continue
        if chosen.feature == "city" and focus and focus.get(chosen.country_code or "", 0.0) == 0.0 and (
                (t.source == "gazetteer" and chosen.population < 100_000 and total_votes >= 3
                 and not (best.kind == KIND_PRIMARY and _next_to_a_namesake_named(chosen, t.text, toponyms)))
                or (best.kind == KIND_ALTERNATE and chosen.population < 1_000_000 and not chosen.capital
                    and variant_key(chosen.name) != variant_key(t.text))):
            # a lone small town in a country the story never mentions: likely a false match (named only by an
            # old or translated alternate name, even when NER calls it a place). A transliteration of its own
            # name is no such alternate: 'Russian shelling hit Izium' is Izyum, though the story says 'Russian'.
            t.candidates = []
            continue
        if best.kind == KIND_VARIANT and chosen.feature == "city" and chosen.source == "geonames":
            near = [o for o in others if haversine_km(chosen.latitude, chosen.longitude, o.latitude, o.longitude) < 300]
            province = next((h.place for h in t.candidates if h.place.feature == "admin1"
                             and h.place.country_code == chosen.country_code
                             and variant_key(h.place.name) == variant_key(chosen.name)), None)
            if chosen.population < 20_000 and not near and (t.source == "gazetteer" or others):
                if province is not None and focus.get(province.country_code or "", 0.0) >= 0.15:
                    chosen = province  # 'Urozgan' in an Afghan story: the province of that name, not its small town
                else:
                    # a loose spelling of a small place nothing else points to (when NER or the caller says it is a
                    # place, only if the text names others, all far away: 'near Trudovskiye' alone stays Trudivskyi)
                    t.candidates = []
                    continue
            if all(_zipf(w) >= _ENGLISH_WORD_ZIPF for w in norm_key(t.text).split()):
                t.candidates = []  # 'Helmet', 'Latin', 'Pioneer': an English word is no transliteration of a town
                continue
        if regions.strong and idx not in explicit and chosen.feature not in ("country", "continent", "admin1") \
                and (chosen.country_code, chosen.admin1_code) not in region_set \
                and not (best.kind == KIND_PRIMARY and chosen.population >= _BIG_CITY):
            # 'the OSCE SMM observed ... near Zymna Voda': a village of the contact line the gazetteer lacks,
            # not its namesake at the other end of the country; placed in the cued province (document focus)
            t.candidates = []
            t.source = "region"
            continue
        if chosen.feature in ("admin1", "admin2") \
                and all(w in _GENERIC_AREA_NAMES for w in norm_key(t.text).removeprefix("the ").split()) \
                and focus.get(chosen.country_code or "", 0.0) < _GENERIC_AREA_MIN_SHARE and idx not in explicit \
                and t.admin_hint not in ("admin1", "admin2", "admin"):
            # 'Russia and the West', 'Western countries': a bare compass word is no province of Cameroon or
            # Uganda unless the story is about that country (recognised, left unresolved); with its administrative
            # noun it is that province ('Plateau state', 'Lakes state')
            t.candidates = []
            continue
        if t.admin_hint == "admin2" and chosen.feature == "admin1":
            # 'near Kochkor-Ata village in Naryn district', where Naryn is a region and its seat town: a district
            # is no region; the district of that name (else its seat town, whose name it bears) is meant
            lower = [h.place for h in t.candidates if h.kind != KIND_VARIANT and h.place.feature in ("admin2", "city")
                     and (h.place.country_code, h.place.admin1_code) == (chosen.country_code, chosen.admin1_code)
                     and variant_key(h.place.name) == variant_key(chosen.name)]
            if lower:
                chosen = max(lower, key=lambda q: (q.feature == "admin2", q.population))
        if t.admin_hint in ("area", "admin1") and chosen.feature == "city":
            # 'southern Idlib', 'Hama province' where Hama is also the provincial capital
            a1 = gaz.admin1_of(chosen)
            if a1 is not None and variant_key(a1.name) == variant_key(chosen.name):
                chosen = a1
        t.chosen = chosen
        t.score = float(best_s)
        t.place = to_place(chosen, t.text, t.start)
    _link_contexts(text, toponyms)
    _possessive_contexts(text, toponyms)
    for t, loose, village in lone_village:
        # every other place of the story in one province: a small place of another province is a village the
        # gazetteer lacks when only a loose spelling matched it ('Kanora and Dagi in Riverside LGA'), or when it
        # lies far away and the text says village ('Hilltop village, Riverside district, Northern province') or
        # the story names two places of its province ('in Riverton, Northern province ... in Hilltop')
        others = [o.chosen for o in toponyms if o.chosen is not None and not o.embedded and o.text != t.text
                  and o.chosen.feature not in ("country", "continent")]
        provinces = {(o.country_code, o.admin1_code) for o in others}
        chosen = t.chosen
        # (a big city's loose spelling only against two or more places of one province: 'the Homs-Deir Ezzor
        # desert' keeps Deir ez-Zor)
        big_loose = chosen is not None and chosen.population >= _BIG_CITY and len({o.pid for o in others}) < 2
        if len(provinces) == 1 and chosen is not None and (chosen.country_code, chosen.admin1_code) not in provinces \
                and not big_loose and (loose or (village or len({o.pid for o in others}) >= 2) and all(
                    haversine_km(chosen.latitude, chosen.longitude, o.latitude, o.longitude) > 300 for o in others)):
            _set_choice(t, None)
        elif chosen is not None and chosen.population < _BIG_CITY and _far_from_a_clustered_story(chosen, others):
            _set_choice(t, None)
        elif chosen is not None and not loose and _listed_with_a_place_elsewhere(text, t, toponyms, named_votes):
            _set_choice(t, None)
    _same_name_same_place(toponyms)
    _provinces_the_story_means(text, toponyms)


def _listed_with_a_place_elsewhere(text: str, t: Toponym, toponyms: list[Toponym], votes: Counter) -> bool:
    """'branches in Rehab and New Cairo' in a story about Egypt: a small town of a country that nothing else in the
    story names (no place, no demonym), listed with a place of a country the story does name, is a place of that
    country the gazetteer lacks, not the namesake abroad."""
    cc = t.chosen.country_code
    if not cc or votes.get(cc, 0) > 0 or any(o is not t and o.chosen is not None and o.chosen.country_code == cc
                                             for o in toponyms):
        return False
    ordered = sorted(toponyms, key=lambda o: o.start)
    k = ordered.index(t)
    for o, gap in ((ordered[k + 1], text[t.end : ordered[k + 1].start]) if k + 1 < len(ordered) else (None, ""),
                   (ordered[k - 1], text[ordered[k - 1].end : t.start]) if k > 0 else (None, "")):
        if o is not None and o.chosen is not None and not o.embedded and o.chosen.country_code \
                and o.chosen.country_code != cc and _LIST_AFTER.fullmatch(gap) \
                and sum(p.chosen is not None and p.chosen.country_code == o.chosen.country_code for p in toponyms) >= 2:
            return True
    return False


_BIG_NAMESAKE_POP = 500_000
_BIG_NAMESAKE_RATIO = 20


def _big_city_over_a_far_small_namesake(best: NameHit, cands: list[NameHit], others: list[GazPlace]) -> NameHit:
    """'Salem beat Phoenix' in a story about Oregon: the province's votes pick Phoenix, Oregon (4,500), but
    a city of the same country of half a million or more (and 20 times the size) that bears the name as its own
    is what the name means, unless the text locates the small one or another place of the story lies within
    100 km of it."""
    small = best.place
    if best.kind == KIND_VARIANT or small.feature != "city" or small.population >= _SMALL_TOWN or not others:
        return best
    big = max((h for h in cands if h.kind == KIND_PRIMARY and h.place.feature == "city"
               and h.place.country_code == small.country_code  # (the story's country decides between countries)
               and h.place.population >= max(_BIG_NAMESAKE_POP, _BIG_NAMESAKE_RATIO * small.population)),
              key=lambda h: h.place.population, default=None)
    if big is None or any(o.latitude is not None and haversine_km(small.latitude, small.longitude, o.latitude,
                                                                  o.longitude) <= _NEIGHBOUR_KM for o in others):
        return best
    return big
_CLUSTER_KM = 500.0  # a story's places this close together are one region (a state and its neighbour)


def _far_from_a_clustered_story(chosen: GazPlace, others: list[GazPlace]) -> bool:
    """'shop at Natchitoches' in a story whose towns all lie in Oregon and Washington: a small
    town that is a namesake far away from the story's region (its other places, at least three, all within
    _CLUSTER_KM of each other, and every one over twice that from it) is a place the gazetteer lacks."""
    distinct = list({o.pid: o for o in others}.values())
    if len(distinct) < 3:
        return False
    if any(haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > _CLUSTER_KM
           for i, a in enumerate(distinct) for b in distinct[i + 1 :]):
        return False
    return all(haversine_km(chosen.latitude, chosen.longitude, o.latitude, o.longitude) > 2 * _CLUSTER_KM
               for o in distinct)


def _two_big_cities_listed(ta: Toponym, tb: Toponym, admins: set, countries: set) -> bool:
    """'Paris, London, and Berlin', 'in Brussels, Berlin and Rome': a big city's name followed after a comma by
    another big city's is a list, not a town and its context, so Paris is not the Ontario town near London,
    Ontario.  Unless a big reading of the first lies in the second's province or country ('Hyderabad, Sindh',
    'Kano, Kano'); a small first name keeps its context ('Kibera, Nairobi'), and so does a second name that is
    no big city ('Paris, Texas')."""
    def big(t: Toponym) -> list[GazPlace]:
        return [h.place for h in t.candidates if h.kind != KIND_VARIANT and h.place.feature == "city"
                and h.place.population >= _BIG_CITY]
    big_a = big(ta)
    if not big_a or not big(tb):
        return False
    return not any((p.country_code, p.admin1_code) in admins or p.country_code in countries for p in big_a)


def _only_a_demonyms_country(p: GazPlace, name: str, own: dict[int, tuple[str, int]],
                              toponyms: list[Toponym]) -> bool:
    """A loose spelling's country that only a demonym names, while every other place the story names lies in
    one other country: 'the French colonists of New Orleans settled Bywater' is no French town."""
    countries = {cc for i, (cc, _w) in own.items() if toponyms[i].text != name and not _is_adjective(toponyms[i].text)}
    return len(countries) == 1 and p.country_code not in countries


_NEIGHBOUR_KM = 100.0
_FAR_KM = 300.0


def _far_town_named_like_a_street(name: str, p: GazPlace, others: list[GazPlace]) -> bool:
    """A small town whose name ends in a street word ('Washington Square', 'Union Plaza'), over 300 km from every
    other place the story names: the story's own square or street (placed in its town, §2b), not that town."""
    words = name.lower().split()
    return (len(words) >= 2 and words[-1] in _STREET_HEADS and p.feature == "city" and p.population < _BIG_CITY
            and bool(others) and all(haversine_km(p.latitude, p.longitude, o.latitude, o.longitude) > _FAR_KM
                                     for o in others if o.latitude is not None))


def _next_to_a_namesake_named(p: GazPlace, name: str, toponyms: list[Toponym]) -> bool:
    """'driving to Castlegar ... the Nelson office' where Nelson first reads as New Zealand's: a town whose
    neighbour (within 100 km) the story also names by its own name is no stray namesake, whatever country
    the other names first suggested."""
    return any(h.kind == KIND_PRIMARY and h.place.feature == "city" and h.place.latitude is not None
               and haversine_km(p.latitude, p.longitude, h.place.latitude, h.place.longitude) < _NEIGHBOUR_KM
               for o in toponyms if o.text != name for h in o.candidates)


def _is_adjective(surface: str) -> bool:
    """'French', 'Central American': a demonym or a region's adjective given as a span (`resolve_spans`)."""
    key = norm_key(surface)
    return key in demonyms() or key in regional_adjectives()


def _same_name_same_place(toponyms: list[Toponym]) -> None:
    """'in Port Alba, Sucre state ... police in Port Alba said': a name the text once
    locates with its province means the same place when repeated without it."""
    located: dict[str, GazPlace] = {}
    for t in toponyms:
        if t.located_by_context and t.chosen is not None and t.chosen.feature == "city":
            located.setdefault(norm_key(t.text), t.chosen)
    if not located:
        return
    for t in toponyms:
        p = located.get(norm_key(t.text))
        if p is not None and t.chosen is not None and t.chosen.pid != p.pid and not t.is_context \
                and any(h.place.pid == p.pid for h in t.candidates):
            _set_choice(t, p)


def _same_name_capitals(candidates: list[NameHit]) -> set[int]:
    """Cities named like the province they lie in (Idlib, Hama, New York): by default the name means the city."""
    admins = {(h.place.country_code, h.place.admin1_code): h.kind for h in candidates if h.place.feature == "admin1"}
    if not admins:
        return set()
    return {h.place.pid for h in candidates if h.place.feature == "city"
            and (h.place.country_code, h.place.admin1_code) in admins
            and (h.kind != KIND_VARIANT or admins[(h.place.country_code, h.place.admin1_code)] == KIND_VARIANT)}


def _province_namesakes(candidates: list[NameHit]) -> set[int]:
    """Small towns named like a province of their own country that they do not lie in (Florida, New York;
    Louisiana, Missouri): the name means the province unless the text says town."""
    admins = {(h.place.country_code, h.place.admin1_code) for h in candidates
              if h.place.feature == "admin1" and h.kind != KIND_VARIANT}
    if not admins:
        return set()
    countries = {cc for cc, _ in admins}
    return {h.place.pid for h in candidates if h.place.feature == "city" and h.place.population < _BIG_CITY
            and h.place.country_code in countries and (h.place.country_code, h.place.admin1_code) not in admins}


def _shadowed_alternates(candidates: list[NameHit]) -> set[int]:
    """Places that bear the name only as an alternate ('Salem' for Jerusalem) when a city of 100,000+
    of comparable size bears it as its own name (Salem in Tamil Nadu): that city is meant unless the
    story says otherwise."""
    own = max((h.place.population for h in candidates if h.kind == KIND_PRIMARY and h.place.feature == "city"), default=0)
    # 'Riverton' for 'Riverton do Norte' (a short form, stored as an alternate name) when the same province
    # has a bigger town called Riverton: that town is meant
    local = {}
    for h in candidates:
        if h.kind == KIND_PRIMARY and h.place.feature == "city":
            key = (h.place.country_code, h.place.admin1_code)
            local[key] = max(local.get(key, 0), h.place.population)
    shadowed = {h.place.pid for h in candidates if h.kind == KIND_ALTERNATE and h.place.feature == "city"
                and h.place.population < local.get((h.place.country_code, h.place.admin1_code), 0)}
    if own < _BIG_CITY:
        return shadowed
    # (a far bigger city keeps its alternate: 'Odessa' is Odesa, not the Texan town of 120,000)
    return shadowed | {h.place.pid for h in candidates if h.kind == KIND_ALTERNATE and h.place.feature == "city"
                       and h.place.population < 3 * own}


def _odd_alternates_of_a_common_name(candidates: list[NameHit], text: str) -> set[int]:
    """Places that bear a name several towns of their own country bear as their own only as an odd alternate,
    not a spelling of their own name: 'Riverdale' is one of the seven American towns called so, not Glendale
    (California), which GeoNames also lists as Riverdale; unless the story says otherwise.  An exonym of a
    place abroad stays: 'Palmyra' is still Tadmur in Syria, whatever towns of the United States bear it."""
    own_towns = Counter(h.place.country_code for h in candidates if h.kind == KIND_PRIMARY and h.place.feature == "city")
    if not own_towns or max(own_towns.values()) < _COMMON_NAME_TOWNS:
        return set()
    skeleton = variant_key(text)
    return {h.place.pid for h in candidates if h.kind == KIND_ALTERNATE and h.place.feature == "city"
            and own_towns[h.place.country_code] >= _COMMON_NAME_TOWNS and variant_key(h.place.name) != skeleton}


_COMMON_NAME_TOWNS = 3  # towns of one country bearing a name as their own before an alternate there is an odd one


_LOCAL_READING_MEMO: dict[tuple, tuple[set[int], set[int], set[int], list[float], int]] = {}


def _local_reading(t: Toponym, generation: int) -> tuple[set[int], set[int], set[int], list[float], int]:
    """A toponym's candidates read without the rest of the document: the same-name capitals, the province
    namesakes, the shadowed and odd alternates, each candidate's _score_local() and the index of the first
    best.  They depend on the candidates, the name and its admin hint alone, which repeat within and across
    documents: memoised on those (and the gazetteer's generation, which the places' ids belong to)."""
    key = (generation, t.text, t.admin_hint, tuple([(h.place.pid, h.kind) for h in t.candidates]))
    reading = _LOCAL_READING_MEMO.get(key)
    if reading is None:
        capitals = _same_name_capitals(t.candidates)
        namesakes = _province_namesakes(t.candidates)
        shadowed = _shadowed_alternates(t.candidates) | _odd_alternates_of_a_common_name(t.candidates, t.text)
        scores = [_score_local(h, t, capitals, namesakes, shadowed) for h in t.candidates]
        if len(_LOCAL_READING_MEMO) > 100_000:
            _LOCAL_READING_MEMO.clear()
        # (the first best, as max() picks)
        reading = _LOCAL_READING_MEMO[key] = (capitals, namesakes, shadowed, scores, scores.index(max(scores)))
    return reading
_CONTAINER_GAP = re.compile(r"^\s*(?:,|\bin\b|\bat\b|\bof\b|\()\s*(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n")
_CONTAINER_MIN_POP = 100_000  # a name inside a facility's name that the story never uses elsewhere must be a big town


_CITY_STATES = frozenset(lexicon().get("city_states", []))


def _city_state(p: GazPlace | None) -> bool:
    """A country that is one town (`city_states` in geo_lexicon.yaml: the Vatican, Monaco, Singapore): a container
    like any town."""
    return p is not None and p.feature == "country" and p.country_code in _CITY_STATES


def _is_town(t: Toponym) -> bool:
    g = t.chosen
    if g is None or t.embedded or t.place is None or not t.place.resolved:
        return False
    if _city_state(g):
        return True  # 'the Embassy of Peru in the Holy See', 'Orchard Road' in a story about Singapore
    return g.feature == "city" if g.source == "geonames" else g.precision == 1


def _inner_container(t: Toponym, toponyms: list[Toponym], gaz: Gazetteer, focus: Counter,
                     named_after: bool = False) -> GazPlace | None:
    """A town or province named inside the facility's own name ('Dubai World Trade Centre', 'University of
    California'): as the story resolves that name elsewhere, else a big town or a province in the story's countries.
    `named_after`: a name that honours a country ('Bank of Mexico') lies in none of its towns, and only a town's
    own name counts: an alternate one ('Old Town' for Las Vegas) is no town's name inside a longer one."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(t.text)]
    if any(w[2].lower() in _STREET_HEADS for w in words[1:]) or words and words[0][2].lower() in _HEADS_FIRST:
        return None  # 'Hampton Avenue' is not in Hampton, nor 'Rue de Paris' in Paris
    grams = []
    for a in range(len(words)):
        for b in range(min(len(words), a + 3), a, -1):
            chunk = words[a:b]
            if not all(w[2][:1].isupper() for w in chunk):
                continue
            if any(w[2].lower().removesuffix("'s").removesuffix("’s") in _CONTAINER_HEADS | _CONTAINER_HEADS_LAST
                   for w in chunk):
                continue
            if named_after and b < len(words) and words[b][2].lower() in _RUN_ON \
                    and not t.text[chunk[-1][1] : words[b][0]].strip():
                continue  # 'Dara i Zarin Bala', 'Wadi al Ahmar': a name that runs on is no town's name plus more
            grams.append(norm_key(t.text[chunk[0][0] : chunk[-1][1]].removesuffix("'s").removesuffix("’s")))
    if not grams:
        return None
    story = {}
    for o in toponyms:
        if o is not t and o.chosen is not None and o.place is not None and o.place.resolved \
                and o.chosen.feature not in ("country", "continent"):
            story.setdefault(norm_key(o.text), o.chosen)
    for g in grams:  # longest first within each start: 'New York' before 'York'
        if g in story:
            return story[g]
    found = gaz.lookup_keys(grams)
    if named_after and any(h.kind == KIND_PRIMARY and h.place.feature in ("country", "continent")
                           for g in grams for h in found.get(g, ())):
        return None
    total = sum(focus.values())
    towns = [o for o in story.values() if o.feature == "city" and o.latitude is not None]
    best, best_s = None, -1e9
    for g in grams:
        for h in found.get(g, ()):
            p = h.place
            if h.kind == KIND_VARIANT or g in common_words():
                continue
            if named_after and h.kind != KIND_PRIMARY:
                continue  # 'Old Town', 'Baru', 'Krishna': a big town's alternate name is no sign of that town
            if not (p.feature == "admin1" or p.feature == "city" and p.population >= _CONTAINER_MIN_POP
                    or _city_state(p) and h.kind == KIND_PRIMARY and not named_after  # ('the Vatican Museums')
                    or p.feature == "city" and h.kind == KIND_PRIMARY and _next_to_a_story_town(p, towns)):
                continue
            share = focus.get(p.country_code or "", 0) / total if total else 0.0
            if total and share == 0.0:
                continue  # a namesake in a country the story never mentions
            s = _prior(h) + 2.0 * share
            if s > best_s:
                best, best_s = p, s
    return best


def _next_to_a_story_town(p: GazPlace, towns: list[GazPlace]) -> bool:
    """'married at South Ossett Church' in a story about Dewsbury: a small town named inside a building's name is
    its container when it lies within _NEIGHBOUR_KM of a town the story names (a namesake abroad does not)."""
    return p.latitude is not None and any(
        o.pid != p.pid and haversine_km(p.latitude, p.longitude, o.latitude, o.longitude) <= _NEIGHBOUR_KM for o in towns)


def resolve_containers(text: str, toponyms: list[Toponym], gaz: Gazetteer | None = None,
                       streets: set[tuple[int, int]] | None = None, any_name: bool = False) -> None:
    """Unresolved streets, buildings and campuses ('Royal Street', 'Memorial Hospital'): the gazetteer lacks
    them, but the town that contains them is usually named nearby.  Placed at that town (precision 2,
    source 'container', the phrase kept); left unresolved when no town is known (a country is no container).
    `streets`: coordinated_streets(text) when the caller has them already.
    `any_name`: every unresolved name, not only streets and buildings (`resolve_spans`, where the caller says
    each span is a place): a name the gazetteer lacks lies most likely where the story is, so it is placed at
    the story's town nearest to it, at precision 3 ('in the story's area'), never as if it were that town."""
    if streets is None:
        streets = coordinated_streets(text)
    todo = [t for t in toponyms if (t.place is None or not t.place.resolved) and not t.embedded
            and t.source != "gazetteer" and (any_name or _is_container_name(t.text) or (t.start, t.end) in streets)]
    if not todo:
        return
    gaz = gaz or get_gazetteer()
    ordered = sorted(toponyms, key=lambda t: t.start)
    towns = [t for t in ordered if _is_town(t) or _town_of_its_own_body(text, t)]
    focus = _country_focus(toponyms)
    counts: Counter = Counter(t.chosen.pid for t in towns)
    main = max(towns, key=lambda t: (counts[t.chosen.pid], -t.start)) if towns else None
    areas = [t for t in ordered if _is_town(t) or t.chosen is not None and not t.embedded and t.place is not None
             and t.place.resolved and t.chosen.feature in ("admin1", "admin2")] if any_name else towns
    for t in todo:
        area_only = any_name and not (_is_container_name(t.text) or (t.start, t.end) in streets)
        if area_only:  # (an embassy or consulate lies abroad: no building is placed in the country it names)
            country = _country_named_in(t.text, gaz)
            if country is not None:  # 'Bank of Ghana', 'Swiss National Bank': the country it names, no finer
                t.place = to_place(country, t.text, t.start).model_copy(
                    update={"relation": f"in {country.name} (named in it)"})
                t.source = "container"
                continue
            if len(_WORD.findall(t.text)) == 1 and _zipf(t.text.lower()) >= _ENGLISH_WORD_ZIPF:
                continue  # 'the East', 'Harbour', 'Summer': a common word, no name the story's area explains
        # a street's own name honours some other place ('Bourbon' in 'Bourbon and Dauphine streets'); a name
        # only the story's area places lies by the town or province named right after it, not one inside it,
        # else by its sentence's town, the story's main town or (no town at all) its most-named province
        pool = areas if area_only else towns
        nxt = next((o for o in ordered if o.start >= t.end), None)
        # the town the text puts it in beats a place its name honours: 'Lakeland University in Fairview'
        said_in = not area_only and nxt is not None and nxt in pool and _CONTAINER_GAP.match(text[t.end : nxt.start])
        container, how = (None if (t.start, t.end) in streets or area_only or said_in
                          else _inner_container(t, toponyms, gaz, focus)), "named in it"
        if container is None:
            if area_only and nxt is not None and nxt.chosen is not None and nxt.place is not None \
                    and nxt.place.resolved and nxt.chosen.feature == "country" and not nxt.embedded \
                    and _CONTAINER_GAP.match(text[t.end : nxt.start]):
                # 'the Andean Trade Forum in Peru': the text says which country, no finer
                t.place = to_place(nxt.chosen, t.text, t.start).model_copy(
                    update={"relation": f"in {nxt.chosen.name} (named after it)"})
                t.source = "container"
                continue
            if nxt is not None and nxt in pool and _CONTAINER_GAP.match(text[t.end : nxt.start]):
                container, how = nxt.chosen, "named after it"  # 'Royal Street in New Orleans'
        if container is None:
            sent_lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, t.start)), default=0)
            m = _SENTENCE_END.search(text, t.end)
            sent_hi = m.start() if m else len(text)
            para_lo = text.rfind("\n", 0, t.start) + 1
            para_hi = text.find("\n", t.end)
            para_hi = len(text) if para_hi < 0 else para_hi
            for lo, hi, label in ((sent_lo, sent_hi, "in its sentence"), (para_lo, para_hi, "in its paragraph")):
                near = [o for o in towns if lo <= o.start and o.end <= hi]
                if near:
                    # the nearest, a town before the name over one after it
                    o = min(near, key=lambda o: t.start - o.end if o.end <= t.start else 2 * (o.start - t.end))
                    container, how = o.chosen, label
                    break
        if container is None and main is not None:
            container, how = main.chosen, "the story's main town"
        if container is None and area_only and pool:
            first = {}
            for o in pool:
                first.setdefault(o.chosen.pid, o)
            often = Counter(o.chosen.pid for o in pool)
            container, how = first[max(often, key=lambda pid: (often[pid], -first[pid].start))].chosen, "the story's province"
        if container is None and area_only and len(focus) == 1:
            cc = next(iter(focus))  # a story whose only places are one country (or its regions): that country
            if cc in gaz.countries:
                country = gaz.countries[cc]
                t.place = to_place(country, t.text, t.start).model_copy(
                    update={"relation": f"in the story's area, {country.name} (the story's only country)"})
                t.source = "container"
            continue
        if container is None or container.feature in ("country", "continent") and not _city_state(container):
            continue
        if area_only:
            _place_in_town(t, container, f"in the story's area, by {container.name} ({how})", precision=3)
        else:
            _place_in_town(t, container, f"within {container.name} ({how})")
        if container.feature in ("admin1", "admin2"):
            _at_a_town_of_the_area(t, container, towns, gaz)


_BODY_WORD_AFTER = re.compile(r"\s+(\w+)")


_NATURAL_HEADS = frozenset(lexicon().get("natural_feature_heads", [])) | frozenset(lexicon()["area_suffixes"]) \
    | frozenset(lexicon()["surroundings_suffixes"]) | frozenset(lexicon()["generic_area_names"])


def _at_a_town_of_the_area(t: Toponym, area: GazPlace, towns: list[Toponym], gaz: Gazetteer) -> None:
    """A building or a street placed only in a province ('the Bank of Ruritania' of an English county, 'Ohio State
    University') lies in one of its towns, not at the area's middle: at the town of that province the story names
    most, else at the area's seat (its most populous town, `Gazetteer.seat_of`).  The area's name is kept."""
    mine = [o.chosen for o in towns if o.chosen.feature == "city" and o.chosen.country_code == area.country_code
            and o.chosen.admin1_code == area.admin1_code and (area.feature == "admin1" or o.chosen.admin2 == area.name)]
    if mine:
        counts = Counter(o.pid for o in mine)
        town = max(mine, key=lambda o: counts[o.pid])
        point, label = (town.latitude, town.longitude), f"at {town.name}, the story's town in it"
    else:
        point, label = gaz.seat_of(area), "at its seat"
    if point is None or t.place is None:
        return
    t.place = t.place.model_copy(update={"latitude": point[0], "longitude": point[1],
                                         "relation": f"{t.place.relation}, {label}"})


def _town_of_its_own_body(text: str, t: Toponym) -> bool:
    """'The Winnipeg Fire Paramedic Service ... on Assiniboine Avenue': a town inside the name of its own fire
    service, police or council is no event's location, but it says which town the streets it works in lie in."""
    if not t.embedded or t.chosen is None or t.chosen.feature != "city" or t.place is None or not t.place.resolved:
        return False
    m = _BODY_WORD_AFTER.match(text, t.end)
    return m is not None and m.group(1).lower() in _PLACE_BODY_AFTER


def _country_named_in(surface: str, gaz: Gazetteer) -> GazPlace | None:
    """The one country or continent a longer name carries, by its name or its adjective ('Bank of Ghana', 'Swiss
    National Bank', 'African Development Bank'); None when it names none or several."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(surface)]
    if len(words) < 2 or surface[words[-1][0] : words[-1][1]].lower() in _FACILITY_HEADS:
        return None  # 'the Spanish Quarter', 'Mexico Street': a place in some town
    grams = {}
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + 3) + 1):
            chunk = surface[words[a][0] : words[b - 1][1]].removesuffix("'s").removesuffix("’s")
            if all(w[:1].isupper() for w in chunk.split()):
                grams[norm_key(chunk)] = chunk
    found = gaz.lookup_keys(list(grams))
    named = {h.place.pid: h.place for g in grams for h in found.get(g, ())
             if h.kind != KIND_VARIANT and h.place.feature in ("country", "continent")}
    for g in grams:
        p = _demonym_place(g, gaz)
        if p is not None and p.feature in ("country", "continent"):
            named[p.pid] = p
    return next(iter(named.values())) if len(named) == 1 else None


def _country_focus(toponyms: list[Toponym]) -> Counter:
    """The story's countries, one vote per resolved name outside an organisation's name."""
    return Counter(o.chosen.country_code for o in toponyms
                   if o.chosen is not None and o.chosen.country_code and not o.embedded)


def resolve_named_after(text: str, toponyms: list[Toponym], gaz: Gazetteer | None = None) -> None:
    """'Lake Manassas', 'the Dubai World Cup', 'Harare City Council': a place name the gazetteer lacks that is
    not a street or building but carries a town's name lies in or by that town.  Only the town named inside
    counts (as the story resolves it, else a big town or a province of the story's countries), never a
    country ('Lake Chad', 'Bank of Japan'), and never the towns nearby: the name alone says where."""
    todo = [t for t in toponyms if (t.place is None or not t.place.resolved) and not t.embedded
            and not t.located_by_context  # 'Krishna Ghati sector (Poonch district)': its context places it
            and t.source in ("given", "ner", "pattern") and len(_WORD.findall(t.text)) >= 2]
    if not todo:
        return
    gaz = gaz or get_gazetteer()
    focus = _country_focus(toponyms)
    for t in todo:
        town = _inner_container(t, toponyms, gaz, focus, named_after=True)
        if town is not None and town.feature not in ("country", "continent"):
            _place_in_town(t, town, f"near {town.name} (named in it)")
            words = _WORD.findall(t.text.lower())
            if town.feature in ("admin1", "admin2") and not _NATURAL_HEADS.intersection(words):
                # 'the Bank of Ruritania', 'Ohio Gateway Mall': a body or a business, in one of the area's towns
                # ('the Ohio River', 'Texas Hill Country' keep the area's middle)
                _at_a_town_of_the_area(t, town, [o for o in toponyms if _is_town(o)], gaz)


def geoparse(doc, country_hints: Mapping[str, float] | None = None) -> list[Toponym]:
    """Recognise and resolve the toponyms of a spaCy Doc (the whole article).
    `country_hints`: extra votes for the story's countries (ISO2 code -> votes) from evidence
    outside the place names, such as the named armed groups ('the Taliban' -> AF)."""
    if len(doc) > _MAX_DOC_CHARS // 2:
        raise ValueError(f"document too long to geoparse ({len(doc)} tokens)")
    gaz = get_gazetteer()
    view = _View(doc)
    toponyms = recognise(doc, gaz, view)
    disambiguate(doc, toponyms, gaz, view, country_hints, region_hints(view.text))
    toponyms = _join_comma_names(view.text, toponyms, gaz)
    _unembed_routes(view.text, toponyms)
    resolve_containers(view.text, toponyms, gaz, view.streets())
    resolve_named_after(view.text, toponyms, gaz)
    toponyms = _add_abbreviations_alone(view.text, toponyms, gaz)
    toponyms = [t for t in toponyms if t.place is not None or _keep_unresolved(view.text, t)]
    toponyms = [t for t in toponyms if not _ends_on_a_joining_word(t.text)]
    for t in toponyms:
        m = (_NUMBER_BEFORE.search(view.text, max(0, t.start - 12), t.start)
             if t.source in ("pattern", "container") and _is_container_name(t.text) else None)
        if m is not None:  # 'the No. 2 Detention Centre': the number is part of the building's name
            t.start, t.text = m.start(), view.text[m.start() : t.end]
            if t.place is not None:
                t.place = t.place.model_copy(update={"text": t.text})
    _name_institutions(view.text, toponyms)
    _compass_word_before_an_area(view.text, toponyms)
    for t in toponyms:
        if t.text[-1:] in _TRAILING_DASHES and len(t.text.rstrip("".join(_TRAILING_DASHES))) > 1:
            # 'PLEASANTON, Calif.--(BUSINESS WIRE)--': a wire dateline's dashes glued to the last word
            t.text = t.text.rstrip("".join(_TRAILING_DASHES))
            t.end = t.start + len(t.text)
            if t.place is not None:
                t.place = t.place.model_copy(update={"text": t.text})
    for t in toponyms:
        if t.place is None:
            t.place = Place(text=t.text)  # unresolved: the phrase is kept, no coordinates invented
            w = t.within
            if w is not None and w.country_code:
                # 'Lakeport, Mozambique': still no coordinates, but the country (and province) the text gives
                area = to_place(w, t.text)
                t.place = t.place.model_copy(update={"country": area.country, "iso3": area.iso3,
                                                     "admin1": area.admin1, "admin2": area.admin2 if
                                                     w.feature == "admin2" else None})
    return toponyms


_COMPASS_BEFORE = re.compile(r"(?<![\w.’'-])(?:" + "|".join(sorted(
    {w.capitalize() for kv in lexicon()["directions"].items() for w in kv if "-" not in w}, key=len, reverse=True))
    + r")\s$")


def _compass_word_before_an_area(text: str, toponyms: list[Toponym]) -> None:
    """'South Venezuela', 'North Texas': a capitalised compass word before a country's or a province's name the
    gazetteer lacks whole is one name with it, read as that area (its part is no place of its own); not inside a
    longer capitalised name ('the Mount North Texas Fund') nor an organisation's."""
    starts = {t.end for t in toponyms}
    for t in toponyms:
        if t.embedded or t.chosen is None or t.chosen.feature not in ("country", "admin1") or t.place is None:
            continue
        m = _COMPASS_BEFORE.search(text, max(0, t.start - 14), t.start)
        if m is None or m.start() in starts or re.search(r"[A-Z][\w.’'-]*\s$", text[max(0, m.start() - 30) : m.start()]):
            continue  # ('Mount North Texas': a longer name)
        if re.match(r"\s+[A-Z]", text[t.end : t.end + 2]):
            continue  # ('South Texas College': the area names the college)
        t.start, t.text = m.start(), text[m.start() : t.end]
        t.place = t.place.model_copy(update={"text": t.text})


def _ends_on_a_joining_word(surface: str) -> bool:
    """'Elm and' (from 'at Elm and Oak'), 'Great Hall of': NER's span cut after a joining word is no name."""
    words = surface.split()
    return len(words) > 1 and words[-1] in _COORDINATORS | {"of"}


_NUMBER_BEFORE = re.compile(r"\bNo\.\s?\d{1,3}\s+$")
_TRAILING_DASHES = frozenset("-–—")
_INSTITUTION_OF = re.compile(r"\b(" + "|".join(w.capitalize() for w in lexicon()["institution_of_heads"])
                             + r")\s+of\s+(?:the\s+)?$")


def _name_institutions(text: str, toponyms: list[Toponym]) -> None:
    """'the Bank of Japan', 'the Embassy of Chile': an institution named after the place it serves is one
    toponym, embedded, placed at that place (`institution_of_heads` in geo_lexicon.yaml)."""
    for t in toponyms:
        if t.place is None or not t.place.resolved:
            continue
        m = _INSTITUTION_OF.search(text, max(0, t.start - 40), t.start)
        if m is None:
            continue
        before = text[max(0, m.start(1) - 30) : m.start(1)].split()
        if before and before[-1][:1].isupper() and before[-1].lower() != "the" and before[-1][-1] not in ".!?:;”\"":
            continue  # 'Development Bank of Mauritius': a lender working in the place, not named after it
        t.start, t.text, t.embedded = m.start(1), text[m.start(1) : t.end], True
        t.place = t.place.model_copy(update={"text": t.text})


_SAYS_PLACE_AFTER = re.compile(rf"^\s*(?:(?:{_GAP_WORDS})\b\s*)?\(|^\s+(?:{_GAP_WORDS})\b\s*,", re.IGNORECASE)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|into|around|towards?|(?:"
                                + "|".join(map(re.escape, lexicon().get("settlement_of_before", [])))
                                + r")\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _keep_unresolved(text: str, t: Toponym) -> bool:
    """A gazetteer-only match that could not be resolved was probably not a place name at all; nor was a
    name found only by a loose spelling whose namesakes were all rejected (a company or a surname that
    NER took for a place), unless the words around it say place ('in X', 'X village', 'X (Savar, Dhaka)'):
    such a name is kept, unresolved, for locate() to name."""
    if t.source == "gazetteer":
        return False
    if t.source == "ner" and not t.candidates:
        # a name only NER calls a place and no gazetteer knows ('Finiels designed', 'Transforming the ...'):
        # kept only when the words around it say place ('in Earlsheaton', 'at Rathbeggan')
        return _says_place(text, t)
    return not (t.source == "both" and t.loose) or _says_place(text, t) and not _part_of_a_longer_name(text, t)


_RUNS_ON = re.compile(r"(?:['’]s\b|\s+[A-Z0-9][\w’'-]*)")


def _part_of_a_longer_name(text: str, t: Toponym) -> bool:
    """'at Cyber Tech', 'in Brahms's concerto', 'SURGE IN MURALS': the words after a loose match run on into a
    longer name or make it an owner, or the preposition that says place is a headline's capitals."""
    if _RUNS_ON.match(text, t.end):
        return True
    before = text[max(0, t.start - 12) : t.start].split()
    return t.text.isupper() and bool(before) and before[-1].isupper()


def _says_place(text: str, t: Toponym) -> bool:
    """The words around a name say it is a place: 'in X', 'near X', 'the village of X', 'X village',
    'X (Savar, Dhaka)'."""
    return bool(_SAYS_PLACE_AFTER.match(text[t.end : t.end + 40])
                or _PLACE_PREPOSITION.search(text[max(0, t.start - 30) : t.start]))


_JOINED_SUFFIX = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, lexicon()["route_suffixes"] + lexicon()["area_suffixes"])) + r")\b",
    re.IGNORECASE)


def _join_comma_names(text: str, toponyms: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """'Washington, D.C.': a place and an abbreviation after its comma that together are one of the place's
    own names (the gazetteer's) are one toponym, not a town and its province."""
    pairs = [(a, b) for a, b in zip(toponyms, toponyms[1:]) if a.chosen is not None
             and text[a.end : b.start] == ", " and "." in b.text and len(b.text) <= 6]
    if not pairs:
        return toponyms
    keys = {(a.start, b.end): norm_key(text[a.start : b.end]) for a, b in pairs}
    found = gaz.lookup_keys(list(keys.values()))
    drop = set()
    for a, b in pairs:
        if id(a) in drop:
            continue
        if any(h.place.pid == a.chosen.pid and h.kind != KIND_VARIANT for h in found.get(keys[(a.start, b.end)], ())):
            a.end, a.text = b.end, text[a.start : b.end]
            a.place = to_place(a.chosen, a.text, a.start)
            drop.add(id(b))
    return [t for t in toponyms if id(t) not in drop]


_COUNTRY_ABBREVIATIONS_ALONE: dict[str, list[str]] = lexicon().get("country_abbreviations_alone", {})
_ABBREVIATIONS_ALONE = re.compile(
    r"(?<![\w.&-])(?:" + "|".join(map(re.escape, [*lexicon().get("province_abbreviations_alone", []),
                                                   *_COUNTRY_ABBREVIATIONS_ALONE])) + r")(?![\w&-])")
_COMPANY_NAME_BEFORE = re.compile(r"[A-Z][\w&.-]*\s+$")  # 'Airbus SA', 'Orange Polska SA'


def _add_abbreviations_alone(text: str, toponyms: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """'FrontCounter BC', 'the B.C. government' in a story whose places lie mostly in Canada: British Columbia
    (`province_abbreviations_alone` in geo_lexicon.yaml), embedded in a name when a capitalised word touches it."""
    countries = Counter(t.chosen.country_code for t in toponyms if t.chosen is not None and t.chosen.country_code)
    if not countries:
        return toponyms
    main_country = countries.most_common(1)[0][0]
    added = []
    for m in _ABBREVIATIONS_ALONE.finditer(text):
        if re.search(r"\d\s*$", text[max(0, m.start() - 8) : m.start()]):
            continue  # '300 BC'
        same = next((t for t in toponyms if t.start < m.end() and m.start() < t.end), None)
        country_abbr = m.group() in _COUNTRY_ABBREVIATIONS_ALONE
        company = _COMPANY_NAME_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if country_abbr and company and company.group().strip().lower() not in STOP_WORDS:
            continue  # 'Airbus SA': a company's suffix (not 'That SA holds...': a sentence's first word)
        if same is not None and (same.start, same.end) != m.span():
            continue  # 'Kelowna, B.C.' is already a context
        if same is not None and same.resolved and not (country_abbr and same.chosen is not None
                                                       and same.chosen.country_code != main_country):
            continue  # ('SA' read as Sia, a Cypriot village's odd alternate name, in a South African story is not)
        hits = [h for h in _abbreviation_hits(m.group(), gaz) if h.place.country_code == main_country]
        if not hits:
            continue
        t = same or Toponym(m.start(), m.end(), m.group(), embedded=bool(
            re.search(r"[A-Z]\w*\s$", text[max(0, m.start() - 20) : m.start()]) or re.match(r"\s[A-Z]", text[m.end() :])))
        t.candidates, t.chosen = hits, hits[0].place
        t.place = to_place(t.chosen, t.text, t.start)
        if same is None:
            added.append(t)
    return sorted(toponyms + added, key=lambda t: t.start) if added else toponyms


def _unembed_routes(text: str, toponyms: list[Toponym]) -> None:
    """'the Kurukshetra-Yamunanagar road': NER may call the whole an organisation, but two places joined
    by a hyphen before 'road' or 'desert' say where, like any place name."""
    for ta, tb in zip(toponyms, toponyms[1:]):
        if (ta.embedded or tb.embedded) and text[ta.end : tb.start] in ("-", "–", "—", "/") \
                and _JOINED_SUFFIX.match(text[tb.end : tb.end + 30]) \
                and not _not_a_location(text, ta.start, ta.end) and not _not_a_location(text, tb.start, tb.end):
            ta.embedded = tb.embedded = False


def resolve_spans(doc, spans: list[tuple[int, int]]) -> list[Toponym]:
    """Resolve given character spans as toponyms (gold-span evaluation, or a caller's own recogniser)."""
    gaz = get_gazetteer()
    text = doc.text
    toponyms: list[Toponym] = []
    keys: dict[tuple[int, int], tuple[str, str]] = {}
    bare: dict[tuple[int, int], tuple[str, str]] = {}  # 'Oaxaca State' -> ('oaxaca', 'admin1')
    with_the: dict[tuple[int, int], str] = {}  # '(the) Gulf' -> 'the gulf': a name written with its article
    for start, end in spans:
        surface = text[start:end]
        stripped = re.sub(r"^(?:the|The|THE)\s+", "", surface)
        stripped = re.sub(r"(?:'s|’s|')$", "", stripped).strip()
        keys[(start, end)] = (norm_key(stripped), variant_key(stripped))
        if stripped != surface or re.search(r"\b(?:the|The|THE)\s+$", text[max(0, start - 4) : start]):
            with_the[(start, end)] = "the " + norm_key(stripped)
        m = _ADMIN_SUFFIX_END.search(stripped)
        if m and m.start() > 0:
            bare[(start, end)] = (norm_key(stripped[: m.start()]), _ADMIN_SUFFIX_WORDS[m.group(1).lower()])
    found = gaz.lookup_keys([k for pair in keys.values() for k in pair] + [b[0] for b in bare.values()]
                            + list(with_the.values()))
    for (start, end), (nk, vk) in keys.items():
        hint = None
        if not any(h.kind != KIND_VARIANT for h in found.get(nk, ())) and (start, end) in bare:
            nk, hint = bare[(start, end)]  # the name without its admin word, read as that level
            vk = ""
        demonym_place = _demonym_place(nk, gaz)
        if demonym_place is not None:
            # 'French wine': an adjective pointing at a country or continent
            toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=[NameHit(demonym_place, 1)],
                                    source="given"))
            continue
        hits = [h for h in found.get(nk, []) if h.kind != KIND_VARIANT]
        seen = {h.place.pid for h in hits}
        if (start, end) in with_the:  # 'the Gulf' is the Persian Gulf, 'Gulf' alone a province of Papua New Guinea
            hits += [h for h in found.get(with_the[(start, end)], ()) if h.kind != KIND_VARIANT
                     and h.place.pid not in seen]
            seen = {h.place.pid for h in hits}
        if vk and (not hits or len(vk) >= 5):
            hits += [NameHit(h.place, KIND_VARIANT) for h in found.get(vk, []) if h.place.pid not in seen]
        if not hits or text[start:end] in _COUNTRY_ABBREVIATIONS_ALONE:
            # a span the caller calls a place that is a province's abbreviation as written ('BC', 'UP'):
            # that province (on its own in running text such letters are never read as a place); 'SA' may
            # be a country as well as a village's odd alternate name: the story's countries choose
            hits = _abbreviation_hits(text[start:end], gaz) + hits

        toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=hits, source="given",
                                admin_hint=hint))
    streets = coordinated_streets(text)
    for t in toponyms:
        if (t.start, t.end) in streets:
            t.candidates = []  # 'Hubbard' in 'State and Hubbard streets' is no town Hubbard
    disambiguate(doc, toponyms, gaz)
    resolve_containers(text, toponyms, gaz, streets)
    resolve_named_after(text, toponyms, gaz)
    resolve_containers(text, toponyms, gaz, streets, any_name=True)  # the rest: the story's area, precision 3
    for t in toponyms:
        if t.place is None:
            t.place = Place(text=t.text)
    return toponyms


def _abbreviation_hits(surface: str, gaz: Gazetteer) -> list[NameHit]:
    """'BC' -> British Columbia: the provinces data/geo_province_abbreviations.yaml abbreviates so (upper case only);
    'SA' -> South Africa, Saudi Arabia: the countries of `country_abbreviations_alone` in geo_lexicon.yaml."""
    if not surface.isupper():
        return []
    out = []
    for name in _COUNTRY_ABBREVIATIONS_ALONE.get(surface, ()):
        key = norm_key(name)
        out += [h for h in gaz.lookup_keys([key]).get(key, ()) if h.kind != KIND_VARIANT
                and h.place.feature == "country"]
    for cc, name in province_abbreviations().get(surface.lower(), ()):
        key = norm_key(name)
        out += [h for h in gaz.lookup_keys([key]).get(key, ()) if h.kind != KIND_VARIANT
                and h.place.feature == "admin1" and h.place.country_code == cc]
    return out


def find_demonyms(doc) -> list[tuple[int, int, str]]:
    """Demonym adjectives ('Syrian', 'French') with the country they name: (start, end, ISO2)."""
    out = []
    dem = demonyms()
    for tok in doc:
        if _is_cap(tok.text):
            cc = dem.get(tok.lower_)
            if cc:
                out.append((tok.idx, tok.idx + len(tok.text), cc))
    return out


def find_adjectival_places(doc, toponyms: Iterable[Toponym] = ()) -> list[tuple[int, int, GazPlace]]:
    """Demonyms and regional adjectives that say where something is from, with the country or region they name:
    'Syrian troops', 'European airlines', 'a South Korean court' (two words when the pair is an adjective of its
    own).  Not the people or the language as a noun ('the Irish won', 'speaks English': `demonym_noun_roles` in
    geo_lexicon.yaml), nor a word inside a place name already found ('Saudi Arabia', 'the Korean Peninsula')."""
    gaz = get_gazetteer()
    taken = [(t.start, t.end) for t in toponyms]
    noun_roles = frozenset(lexicon()["demonym_noun_roles"])
    out: list[tuple[int, int, GazPlace]] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        place, j = None, i + 1
        if _is_cap(tok.text):
            if i + 1 < len(doc) and _is_cap(doc[i + 1].text):
                place = _demonym_place(f"{tok.lower_} {doc[i + 1].lower_}", gaz)
                j = i + 2 if place is not None else j
            place = place or _demonym_place(tok.lower_, gaz)
        if place is None:
            i += 1
            continue
        last = doc[j - 1]
        start, end = tok.idx, last.idx + len(last.text)
        role = last
        while role.dep_ == "conj" and role.head.i != role.i:
            role = role.head
        if role.dep_ not in noun_roles and not any(s < end and start < e for s, e in taken):
            out.append((start, end, place))
        i = j
    return out
