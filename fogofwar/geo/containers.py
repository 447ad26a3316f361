"""Places within a town: streets, buildings and named things the gazetteer lacks (the last geoparsing stage).

resolve_containers() places an unresolved street, building or campus ('Royal
Street', 'Memorial Hospital') at the town the text names nearby (precision 2,
source 'container'); resolve_named_after() places a name that carries a
town's name ('Harare City Council', 'Lake Manassas') in or by that town.  It
runs after disambiguation, because it needs the towns the story has already
chosen.
"""
from __future__ import annotations

import re
from collections import Counter

from fogofwar.geo.disambiguate import _NEIGHBOUR_KM
from fogofwar.geo.gazetteer import KIND_PRIMARY, KIND_VARIANT, Gazetteer, GazPlace, get_gazetteer
from fogofwar.geo.lexicon import common_words, lexicon
from fogofwar.geo.normalise import norm_key
from fogofwar.geo.recognise import (_CONTAINER_HEADS, _CONTAINER_HEADS_LAST, _ENGLISH_WORD_ZIPF, _FACILITY_HEADS,
                                    _HEADS_FIRST, _PLACE_BODY_AFTER, _RUN_ON, _STREET_HEADS, _WORD, coordinated_streets,
                                    _is_container_name, _zipf)
from fogofwar.geo.scoring import _prior
from fogofwar.geo.toponym import Toponym, _demonym_place, _place_in_town, to_place
from fogofwar.geodesy import haversine_km


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
    return g.feature == "city" if not g.curated else g.precision == 1


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
