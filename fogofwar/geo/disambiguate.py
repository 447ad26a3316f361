"""Toponym disambiguation: which gazetteer entry each recognised name means (stage 2).

disambiguate() scores every candidate with its name match, population and
feature type (scoring.py), then adds the document's evidence: country focus
(country names, demonyms, the other toponyms), administrative context
(contexts.py), region cues (regions.py), and closeness to the other places
mentioned.  Around it are its named rules: the namesake sets of a name's
local reading (same-name capitals, provinces, shadowed alternates), demonym
votes, the big city over a far small namesake, one name one place.  It is
separate because it chooses among the candidates recognition found, for the
whole story at once.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

import numpy as np

from fogofwar.geo.contexts import (_ADMIN_AFTER, _ADMIN_SUFFIX_END, _LIST_AFTER, _admin_hints, _link_contexts,
                                   _possessive_contexts, _provinces_the_story_means)
from fogofwar.geo.gazetteer import KIND_ALTERNATE, KIND_PRIMARY, KIND_VARIANT, Gazetteer, GazPlace, NameHit
from fogofwar.geo.lexicon import demonyms, lexicon, regional_adjectives
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geo.recognise import _ENGLISH_WORD_ZIPF, _STREET_HEADS, _View, _is_container_name, _zipf
from fogofwar.geo.regions import _NO_REGIONS, RegionHints, _off_the_line
from fogofwar.geo.scoring import _score_local
from fogofwar.geo.toponym import _BIG_CITY, _SMALL_TOWN, Toponym, _set_choice, to_place
from fogofwar.geodesy import haversine_km


_VARIANT_WITH_EXACT_PENALTY = 1.5
_BRACKET_AFTER_ADMIN = re.compile(r"(?:\s+\w+)?\s*\(")
_LOCAL_AFTER = re.compile(r"\s+(?:" + "|".join(map(re.escape, lexicon()["local_place_after"])) + r")\b", re.IGNORECASE)


_HOSTILE_AGENT = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(map(re.escape, lexicon()["hostile_agent_nouns"]))
    + r")\s+(?:[a-z]+ly\s+)?(?:" + "|".join(map(re.escape, lexicon()["hostile_acts_on_place"]))
    + r")\s+(?:(?:on|upon|towards?|into|in|at|through|near|outside|around)\s+)?(?:the\s+)?[A-Z]")


def _hostile_agents(text: str) -> set[int]:
    """Where the demonyms start that are agents of a hostile act on a named place ('Russian troops shelled
    Pokrovsk'): who attacks a town is no evidence of the country it lies in (data/geo_lexicon.yaml)."""
    return {m.start() for m in _HOSTILE_AGENT.finditer(text)}


def _demonym_votes(v: _View, attackers: Counter | None = None) -> Counter:
    """A vote for each demonym's country; one that attacks a named place ('Russian troops shelled X') counts in
    `attackers` instead, when given."""
    votes: Counter = Counter()
    dem = demonyms()
    second: set[int] = set()  # the second word of a two-word demonym already counted
    agents = _hostile_agents(v.text)
    for k in v.capitalised:
        if k in second:
            continue
        # 'South Sudanese troops' is South Sudan's, not Sudan's; 'Sri Lankan' one vote, not two readings
        cc = dem.get(f"{v.lower[k]} {v.lower[k + 1]}") if k + 1 < v.n and v.cap[k + 1] else None
        if cc:
            second.add(k + 1)
        else:
            cc = dem.get(v.lower[k])
        if cc and v.idx[k] in agents:
            if attackers is not None:
                attackers[cc] += 1
        elif cc:
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
    votes, region_set, hinted, named_votes = _story_votes(view, country_hints, regions)
    first, namesakes, local_scores = _first_readings(toponyms, gaz)
    # 'San Juan (San Juan)': the town in the province of its name; the bracket says the name again, it does not
    # vote again for the country and province of its first reading (a capital abroad)
    restated = {idx for idx in first if idx > 0 and toponyms[idx - 1].text == toponyms[idx].text
                and len(text[toponyms[idx - 1].end : toponyms[idx].start]) <= 3
                and _CONTEXT_RE.match(text[toponyms[idx - 1].end : toponyms[idx].start])}
    own: dict[int, tuple[str, int]] = {}
    agents = _hostile_agents(text) if first else set()
    for idx, h in first.items():
        if idx in restated:
            continue
        if h.place.feature == "country" and toponyms[idx].start in agents:
            continue  # 'US air strikes hit ... in Hodeidah': the attacker's country, as its demonym would be
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

    explicit = _explicit_contexts(text, toponyms, namesakes)

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
        if not chosen.curated and (
                best.kind == KIND_VARIANT and chosen.feature in ("city", "admin2")  # (a big city's loose spelling too:
                or chosen.feature == "city" and chosen.population < _SMALL_TOWN):  # 'Jalingu' is not Jalingo)
            lone_village.append((t, best.kind == KIND_VARIANT, bool(_LOCAL_AFTER.match(text, t.end))))
        if best.kind == KIND_ALTERNATE and not chosen.curated and chosen.feature == "city" \
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
                    and variant_key(chosen.name) != variant_key(t.text)
                    and not _seat_named_like_its_province(chosen, t.candidates))):
            # a lone small town in a country the story never mentions: likely a false match (named only by an
            # old or translated alternate name, even when NER calls it a place). A transliteration of its own
            # name is no such alternate: 'Russian shelling hit Izium' is Izyum, though the story says 'Russian'.
            t.candidates = []
            continue
        if best.kind == KIND_VARIANT and chosen.feature == "city" and not chosen.curated:
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
    _drop_lone_villages(text, toponyms, lone_village, named_votes)
    _same_name_same_place(toponyms)
    _provinces_the_story_means(text, toponyms)


def _story_votes(view: _View, country_hints: Mapping[str, float] | None,
                 regions: RegionHints) -> tuple[Counter, set, set, Counter]:
    """The story's country votes before its place names: demonyms, the caller's hints, region cues.
    Also the cued provinces, the countries voted for by more than names, and a copy of the votes."""
    attackers: Counter = Counter()
    votes = _demonym_votes(view, attackers)
    for cc, n in (country_hints or {}).items():
        # (the hint of a force named by its demonym is no evidence either when it attacks a place)
        votes[cc] += max(0, n - attackers[cc])
    region_set = set(regions.regions)
    hinted = set(country_hints or ()) | {cc for cc, _ in region_set}  # countries voted for by more than names
    for cc in {cc for cc, _ in region_set}:
        votes[cc] += 1
    named_votes = Counter(votes)  # the countries the story names by more than its place names
    return votes, region_set, hinted, named_votes


def _first_readings(toponyms: list[Toponym], gaz: Gazetteer) -> tuple[dict[int, NameHit], dict[int, set[int]],
                                                                      dict[int, list[float]]]:
    """First pass: priors only.  Each toponym's best candidate alone, its namesakes, its candidates' local scores."""
    first: dict[int, NameHit] = {}
    namesakes: dict[int, set[int]] = {}
    local_scores: dict[int, list[float]] = {}  # each candidate's _score_local()
    for idx, t in enumerate(toponyms):
        if t.candidates:
            # (the scores are kept for the second pass: nothing they read changes in between)
            _capitals, namesakes[idx], _shadowed, local_scores[idx], best = _local_reading(t, gaz.generation)
            first[idx] = t.candidates[best]
    return first, namesakes, local_scores


_IN_PART_OF_COUNTRY = re.compile(r",?\s+in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|north-?east|"
                                 r"north-?west|south-?east|south-?west)(?:ern)?\s+", re.IGNORECASE)


def _seat_named_like_its_province(p: GazPlace, candidates: list[NameHit]) -> bool:
    """'Nabatieh': a town known by the name only as an alternate (Nabatiye et Tahta) that lies in a province
    bearing it as its own name is that province's seat, no old or translated name."""
    return any(h.kind == KIND_PRIMARY and h.place.feature == "admin1" and h.place.country_code == p.country_code
               and h.place.admin1_code == p.admin1_code for h in candidates)


def _explicit_contexts(text: str, toponyms: list[Toponym],
                       namesakes: dict[int, set[int]]) -> dict[int, tuple[set, set]]:
    """Explicit context: 'Tafas (Dar'a)', 'Paris, Texas', 'Homs, Syria'.  For a name followed by such a context,
    the provinces and countries the context's readings stand for."""
    explicit: dict[int, tuple[set, set]] = {}
    for a, b in zip(range(len(toponyms)), range(1, len(toponyms))):
        ta, tb = toponyms[a], toponyms[b]
        gap = text[ta.end : tb.start]
        if _IN_PART_OF_COUNTRY.fullmatch(gap) and tb.candidates:
            # 'Macedonia in northern Greece', 'Kidal in northern Mali': the country the name lies in
            countries = {h.place.country_code for h in tb.candidates if h.place.feature == "country"
                         and h.kind != KIND_VARIANT}
            if countries:
                explicit[a] = (set(), countries)
            continue
        if len(gap) <= 3 and _CONTEXT_RE.match(gap) and tb.candidates:
            # (a town named like another province is not the context's reading: 'Louisiana, Nevada')
            admins = {(h.place.country_code, h.place.admin1_code) for h in tb.candidates
                      if h.place.feature in ("admin1", "city") and h.place.admin1_code
                      and h.place.pid not in namesakes.get(b, ())}
            countries = {h.place.country_code for h in tb.candidates if h.place.feature == "country"}
            if _two_big_cities_listed(ta, tb, admins, countries):
                continue
            explicit[a] = (admins, countries)
    return explicit


def _drop_lone_villages(text: str, toponyms: list[Toponym], lone_village: list[tuple[Toponym, bool, bool]],
                        named_votes: Counter) -> None:
    """After the contexts: a small town or loose spelling that the rest of the story places elsewhere is left
    unresolved (a village the gazetteer lacks)."""
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


_FORMER_NAME_RATIO = 5  # a place known by a name only as a former or translated one, this much bigger, keeps it


def _former_names(candidates: list[NameHit], text: str) -> set[int]:
    """Places that bear a name only as a former or translated one, not a spelling of their own ('Pokrovsk' for
    Engels, so named until 1931; 'Ariha', the Arabic name of Jericho), when a town of 20,000+ (or a district's
    seat, named like its district) bears it as its own name today (Pokrovsk in Donetsk oblast; Ariha, Syria):
    that town is meant unless the story says otherwise, or the other place is five times bigger."""
    skeleton = variant_key(text)
    districts = {(h.place.country_code, h.place.admin1_code, norm_key(h.place.name)) for h in candidates
                 if h.kind == KIND_PRIMARY and h.place.feature == "admin2"}
    # (a town's own name spelt another way is its own too: 'Sloviansk' for Slovyansk, not Nikopol, once Slaviansk)
    own = max((max(h.place.population, _SMALL_TOWN if (h.place.country_code, h.place.admin1_code,
                                                        norm_key(h.place.name)) in districts else 0)
               for h in candidates if h.place.feature == "city" and (
                   h.kind == KIND_PRIMARY or h.kind == KIND_ALTERNATE and variant_key(h.place.name) == skeleton)),
              default=0)
    if own < _SMALL_TOWN:
        return set()
    words = set(norm_key(text).split())
    # (a short form of the place's own name is no former name: 'Zamora' for Zamora de Hidalgo)
    return {h.place.pid for h in candidates if h.kind == KIND_ALTERNATE and h.place.feature == "city"
            and variant_key(h.place.name) != skeleton and not words <= set(norm_key(h.place.name).split())
            and h.place.population < _FORMER_NAME_RATIO * own}


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
        shadowed = _shadowed_alternates(t.candidates) | _odd_alternates_of_a_common_name(t.candidates, t.text) \
            | _former_names(t.candidates, t.text)
        scores = [_score_local(h, t, capitals, namesakes, shadowed) for h in t.candidates]
        if len(_LOCAL_READING_MEMO) > 100_000:
            _LOCAL_READING_MEMO.clear()
        # (the first best, as max() picks)
        reading = _LOCAL_READING_MEMO[key] = (capitals, namesakes, shadowed, scores, scores.index(max(scores)))
    return reading
