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

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from fogofwar.geo.contexts import _ADMIN_SUFFIX_END, _GAP_WORDS
from fogofwar.geo.disambiguate import _NEIGHBOUR_KM, disambiguate
from fogofwar.geo.gazetteer import KIND_PRIMARY, KIND_VARIANT, Gazetteer, GazPlace, NameHit, get_gazetteer
from fogofwar.geo.lexicon import common_words, demonyms, lexicon, province_abbreviations
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geo.recognise import (_ADMIN_SUFFIX_WORDS, _CONTAINER_HEADS, _CONTAINER_HEADS_LAST, _COORDINATORS,
                                    _ENGLISH_WORD_ZIPF, _FACILITY_HEADS, _HEADS_FIRST, _PLACE_BODY_AFTER, _RUN_ON,
                                    _STREET_HEADS, _WORD, _View, coordinated_streets, _is_container_name,
                                    _not_a_location, recognise, _zipf)
from fogofwar.geo.regions import RegionHints, region_hints
from fogofwar.geo.scoring import _prior
from fogofwar.geo.toponym import Toponym, country_code, _demonym_place, haversine_km, _is_cap, _place_in_town, to_place
from fogofwar.model import Place
_MAX_DOC_CHARS = 2_000_000
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
