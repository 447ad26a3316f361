"""Location phrases: from the toponyms of a sentence to one event Place with precision codes.

ACLED geo_precision: 1 the town itself, 2 near a known place or a part of it, 3 a
region or province only.  UCDP where_prec: 1 exact, 2 within ~25 km of a known
point, 3 second-order division, 4 first-order division, 5 a part of a country
larger than a province (desert, road, river), 6 the country only, 7 sea or
airspace.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from fogofwar.geo.lexicon import lexicon
from fogofwar.geo.gazetteer import GazPlace
from fogofwar.geo.normalise import variant_key
from fogofwar.geo.parse import Toponym, get_gazetteer, published_of, region_hints, to_place
from fogofwar.model import Place

_LEX = lexicon()
_DIRS = {k.lower(): v for k, v in _LEX["directions"].items()}
_DIR_ALT = "|".join(sorted((re.escape(d) for d in _DIRS), key=len, reverse=True))
_SURROUND = "|".join(sorted(map(re.escape, _LEX["surroundings_suffixes"]), key=len, reverse=True))
_AREA = "|".join(sorted(map(re.escape, _LEX["area_suffixes"]), key=len, reverse=True))
_ROUTE = "|".join(sorted(map(re.escape, _LEX["route_suffixes"]), key=len, reverse=True))
_ADMIN = "|".join(sorted(map(re.escape, _LEX["admin_suffixes"]), key=len, reverse=True))
_BANK = "|".join(map(re.escape, _LEX["bank_words"]))

_UNIT = r"(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi|m|metres|meters)"
_RE_DISTANCE = re.compile(
    rf"(\d+(?:[.,]\d+)?|a few|several|some|dozens of)\s*-?\s*{_UNIT}\s+(?:\(.{{0,20}}?\)\s+)?"
    rf"(?:to the\s+)?(?:({_DIR_ALT})\s+)?(?:of|from|outside)\s+(?:the\s+)?(?:(?:town|city|village|area)\s+of\s+)?$",
    re.IGNORECASE,
)
_RE_DIRECTION_OF = re.compile(
    rf"(?:to the\s+)?({_DIR_ALT})\s+of\s+(?:the\s+)?(?:(?:town|city|village|area|areas)\s+of\s+)?$", re.IGNORECASE
)
_RE_NEAR = re.compile(
    r"\b(near|nearby|outside|around|close to|next to|in the vicinity of|in the surroundings of|on the outskirts of|"
    r"outskirts of|vicinity of|countryside of|suburbs of|environs of|area of|areas of|towards|toward|between|along)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|cities|towns|villages)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_RE_BANK = re.compile(rf"(?:({_DIR_ALT})\s+)?(?:{_BANK})\s+of\s+(?:the\s+)?(?:river\s+)?$", re.IGNORECASE)
_RE_AREA_OF = re.compile(
    rf"\b((?:{_DIR_ALT})\s+)?({_AREA}|desert areas?|desert regions?)\s+(?:areas?\s+|regions?\s+)?(?:of|around|near)\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
_RE_METONYM_AFTER = re.compile(
    r"^(?:'s|’s)\s|^\s+(?:said|says|say|announced|announces|accused|accuses|claimed|claims|warned|warns|denied|denies|"
    r"insisted|insists|stated|states|demanded|demands|responded|condemned|condemns|urged|urges|wants|agreed|agrees|"
    r"rejected|rejects|threatened|threatens|officials?|government|authorities)\b", re.IGNORECASE)
_RE_DIR_ADJ = re.compile(rf"\b({_DIR_ALT})\s+$", re.IGNORECASE)
_RE_AFTER_SURROUND = re.compile(rf"^(?:'s)?\s+(?:({_DIR_ALT})\s+)?({_SURROUND})\b", re.IGNORECASE)
_RE_AFTER_AREA = re.compile(rf"^\s+({_AREA})\b", re.IGNORECASE)
_RE_AFTER_ROUTE = re.compile(rf"^\s+({_ROUTE})\b", re.IGNORECASE)
_RE_AFTER_ADMIN = re.compile(rf"^\s+({_ADMIN})\b", re.IGNORECASE)
_RE_JOIN = re.compile(r"^\s*[-–—/]\s*$")
# 'residents of X', 'from X': where people come from; but 'villages of X', 'the outskirts of X' say where.
_ORIGIN_NOUNS = frozenset(w.lower() for w in _LEX["origin_nouns_before_of"])
_RE_FROM_OF = re.compile(r"\b(?:(from)|(\w+)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _says_origin(before: str) -> bool:
    """'from X', 'residents of X' (where someone comes from), not 'the prison of X' or 'near X'."""
    m = _RE_FROM_OF.search(before)
    if m is None or (m.group(2) and m.group(2).lower() not in _ORIGIN_NOUNS):
        return False
    return not _RE_NEAR.search(before)


_RE_DESTINATION = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _LEX["destination_before"]), key=len, reverse=True)) + r")\s+(?:the\s+)?"
    r"(?:(?:town|city|village|capital)\s+(?:of\s+)?)?$", re.IGNORECASE)


def _says_destination(text: str, t: Toponym) -> bool:
    """'forced the truck back in the direction of X', 'a road that connects to X': where someone was going."""
    return bool(_RE_DESTINATION.search(text[max(0, t.start - 40) : t.start]))


# 'in Juscelino neighbourhood', 'in Colonia Valle Gomez': a part of the town named with it, ranked after it
_RE_NEIGHBOURHOOD_AFTER = re.compile(
    r"^\s+(?:(?i:" + "|".join(map(re.escape, _LEX["neighbourhood_after"])) + r")\b"
    r"|(?i:" + "|".join(map(re.escape, _LEX["part_of_after"])) + r")\s+of\s+(?:the\s+)?[A-Z])")
_RE_NEIGHBOURHOOD_BEFORE = re.compile(
    r"(?:^|\s)(?:" + "|".join(map(re.escape, _LEX["neighbourhood_before"])) + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
_RE_IN = re.compile(r"\b(in|at|on|near|into|inside|across|throughout|outside|around|towards|toward)\s+(?:the\s+)?"
                    r"(?:\w+\s+){0,3}$", re.IGNORECASE)


_LEAD_CHARS = 600


@dataclass(slots=True)
class _Reading:
    place: Place
    rank: tuple
    start: int
    end: int


def _midpoint(a: Place, b: Place) -> tuple[float, float]:
    return (a.latitude + b.latitude) / 2.0, (a.longitude + b.longitude) / 2.0


def _composite(text: str, t: Toponym, nxt: Toponym | None) -> Place | None:
    """'Homs-Deir Ezzor desert', 'Palmyra-Deir Ezzor highway': an area or route between two places."""
    if nxt is None or not t.resolved or not nxt.resolved:
        return None
    if not _RE_JOIN.match(text[t.end : nxt.start]):
        return None
    after = text[nxt.end : nxt.end + 40]
    m_area, m_route = _RE_AFTER_AREA.match(after), _RE_AFTER_ROUTE.match(after)
    if not (m_area or m_route):
        return None
    suffix = (m_area or m_route).group(1)
    a, b = t.place, nxt.place
    lat, lon = _midpoint(a, b)
    same_country = a.iso3 == b.iso3
    is_route = bool(m_route)
    return Place(
        text=text[t.start : nxt.end + (m_area or m_route).end()],
        name=f"{t.text}-{nxt.text} {suffix.lower()}",
        latitude=round(lat, 5),
        longitude=round(lon, 5),
        feature="custom" if is_route else "area",
        country=a.country if same_country else None,
        iso3=a.iso3 if same_country else None,
        admin1=a.admin1 if a.admin1 == b.admin1 else None,
        geo_precision=2 if is_route else 3,
        where_prec=5,
        relation="along" if is_route else "area between",
    )


def _area_of(text: str, t: Toponym, nxt: Toponym | None) -> Place | None:
    """'the desert areas of Raqqa and Homs', 'the desert of Palmyra': a region, precision 3."""
    window = max(0, t.start - 60)
    m = _RE_AREA_OF.search(text[window : t.start])
    if m is None or m.group(2).lower().startswith("countryside"):
        return None
    word = m.group(2).lower()
    places = [t]
    if nxt is not None and nxt.resolved and re.fullmatch(r"\s*(?:and|,|and the|&)\s*", text[t.end : nxt.start]):
        places.append(nxt)
    a = places[0].place
    lat = sum(p.place.latitude for p in places) / len(places)
    lon = sum(p.place.longitude for p in places) / len(places)
    same_country = all(p.place.iso3 == a.iso3 for p in places)
    end = places[-1].end
    return Place(
        text=text[window + m.start() : end],
        name=f"{word} of {' and '.join(p.text for p in places)}",
        latitude=round(lat, 5), longitude=round(lon, 5), feature="area",
        country=a.country if same_country else None, iso3=a.iso3 if same_country else None,
        admin1=a.admin1 if len(places) == 1 else None,
        geo_precision=3, where_prec=5, relation=word,
    )


def read_phrase(text: str, t: Toponym, nxt: Toponym | None = None, published: date | None = None) -> Place | None:
    """The Place a toponym stands for inside its location phrase, with relation and precision (`published`: the
    story's publication date, for a front line's period)."""
    if not t.resolved:
        return None
    comp = _composite(text, t, nxt)
    if comp is not None:
        return comp
    area = _area_of(text, t, nxt)
    if area is not None:
        return area
    base = _on_the_front(at_seat(t.place, t.chosen), t.chosen, text, published=published)
    window = max(0, t.start - 80)
    before = text[window : t.start]
    after = text[t.end : t.end + 60]
    ps, pe = t.start, t.end  # the phrase's bounds, widened by each rule that reads it
    update: dict = {}
    feature = base.feature
    point_like = feature in ("city", "custom")
    near_prec = {"geo_precision": max(2, base.geo_precision or 2), "where_prec": max(2, base.where_prec or 2)}
    if (m := _RE_DISTANCE.search(before)) is not None:
        qty, direction = m.group(1), m.group(2)
        unit = re.search(_UNIT, m.group(0), re.IGNORECASE)
        where = f"{_DIRS[direction.lower()]} of" if direction else "from"
        update.update(relation=f"{qty} {unit.group(0) if unit else 'km'} {where}", **near_prec)
        ps = window + m.start()
    elif (m := _RE_BANK.search(before)) is not None:
        direction = m.group(1)
        update.update(relation=f"{_DIRS[direction.lower()]} bank of" if direction else "bank of",
                      geo_precision=max(2, base.geo_precision or 2))
        ps = window + m.start()
    elif (m := _RE_DIRECTION_OF.search(before)) is not None:
        update.update(relation=f"{_DIRS[m.group(1).lower()]} of", **near_prec)
        ps = window + m.start()
    elif (m := _RE_AFTER_SURROUND.match(after)) is not None:
        word, direction = m.group(2).lower(), m.group(1)
        rel = "countryside" if word in ("countryside", "hinterland") else word
        update.update(relation=f"{_DIRS[direction.lower()]} {rel}" if direction else rel, **near_prec)
        pe = t.end + m.end()
    elif (m := _RE_NEAR.search(before)) is not None:
        word = m.group(1).lower()
        rel = {"countryside of": "countryside", "outskirts of": "outskirts", "on the outskirts of": "outskirts",
               "suburbs of": "outskirts", "between": "between", "along": "along"}.get(word, "near")
        update.update(relation=rel, **near_prec)
        ps = window + m.start()
    elif (m := _RE_AFTER_AREA.match(after)) is not None and point_like:
        # 'the Deir Ezzor desert': the open country around a town, a region
        update.update(relation=m.group(1).lower(), geo_precision=3, where_prec=5, feature="area",
                      name=f"{base.name} {m.group(1).lower()}")
        pe = t.end + m.end()
    if "relation" not in update and (m := _RE_DIR_ADJ.search(before)) is not None:
        rel = m.group(1).lower()
        # 'southern Idlib': part of a province (3) or part of a town (2)
        update.update(relation=rel, geo_precision=max(2 if point_like else 3, base.geo_precision or 1))
        ps = window + m.start()
    if (m := _RE_AFTER_ADMIN.match(after)) is not None and pe == t.end:
        pe = t.end + m.end()
    if t.numbered:
        # 'Zolote-3': a numbered settlement read as the village it is named after, near it (precision 2)
        update.setdefault("relation", "near")
        update.update(geo_precision=max(2, update.get("geo_precision", base.geo_precision) or 2),
                      where_prec=max(2, update.get("where_prec", base.where_prec) or 2))
    update["text"] = text[ps:pe]
    return base.model_copy(update=update)


def at_seat(place: Place, area: GazPlace | None) -> Place:
    """An event placed only at a province or district stands at its seat, as ACLED codes it (geo_precision 3
    or 2 at the area's capital), not at the area's geometric middle; the seat is read as the area's most
    populous town.  Other places are returned unchanged."""
    if area is None or area.feature not in ("admin1", "admin2"):
        return place
    seat = get_gazetteer().seat_of(area)
    if seat is None:
        return place
    return place.model_copy(update={"latitude": seat[0], "longitude": seat[1]})


def _on_the_front(place: Place, area: GazPlace | None, text: str | None, named: bool = True,
                  published: date | None = None) -> Place:
    """A province a front-line cue covers (data/geo_region_cues.yaml: `line`), standing for an event the text
    places no nearer: the middle of the province's stretch of the front, not its capital behind it; when the
    text names no province (`named` False) and the cue covers two or more, the middle of the whole front.  Only
    while the line holds (its period against `published`, else the years the text names)."""
    if not text or area is None or area.feature != "admin1":
        return place
    hints = region_hints(text, published)
    point = hints.front_point(area.country_code, area.admin1_code) if hints.front_middles else None
    if point is None:
        return place
    if not named and len(hints.regions) > 1 and hints.front_middle is not None:
        point = hints.front_middle
    return place.model_copy(update={"latitude": point[0], "longitude": point[1]})


def _is_part_of_town(text: str, t: Toponym) -> bool:
    """'Juscelino neighbourhood', 'Colonia Valle', 'the Nima community of Accra'."""
    return bool(_RE_NEIGHBOURHOOD_AFTER.match(text[t.end : t.end + 30])
                or _RE_NEIGHBOURHOOD_BEFORE.search(text[max(0, t.start - 20) : t.start]))


def _rank(text: str, t: Toponym, place: Place, position: int, located_name: Toponym | None = None) -> tuple:
    before = text[max(0, t.start - 40) : t.start]
    # a context is read as its located name is: 'citizens from Aiud (Alba) protested' happened in Aiud,
    # and Alba says only where Aiud lies
    origin = _says_origin(text[max(0, located_name.start - 40) : located_name.start] if located_name else before)
    located = bool(_RE_IN.search(before))
    broad = place.feature in ("country", "continent") or (place.where_prec or 0) >= 6
    # 'Ankara's inability', 'Moscow said': the name stands for a government, not for where things happened
    after = text[t.end : t.end + 30]
    metonym = after.startswith(("'s ", "’s ")) or (bool(_RE_METONYM_AFTER.match(after)) and not located)
    part = _is_part_of_town(text, t)
    return (t.embedded, metonym, broad, origin or _says_destination(text, t), t.is_context, part,
            place.geo_precision or 3, not located, position)


def document_focus(doc, toponyms: list[Toponym], text: str | None = None) -> Place | None:
    """The province (else country) the article is mostly about, as a precision-3 Place.  Region cues
    (data/geo_region_cues.yaml: 'the OSCE SMM' -> Donetsk and Luhansk oblasts) count as a mention each,
    the first listed a little more."""
    gaz = get_gazetteer()
    admin_votes: Counter = Counter()
    country_votes: Counter = Counter()
    surface: dict = {}
    if text is None and doc is not None:
        text = doc.text
    published = published_of(doc)
    if text:
        for rank, key in enumerate(region_hints(text, published).regions):
            admin_votes[key] += 1.5 if rank == 0 else 1
            country_votes[key[0]] += 1
    for t in toponyms:
        g = t.chosen
        if g is None or t.embedded or (text and _nationality_of(text, t)) or _country_as_doer(doc, t):
            continue  # ('Kenya troops' in a Somali story says whose troops, not where the story is)
        weight = 2 if t.start < _LEAD_CHARS else 1  # the lead says what the story is about
        if g.country_code:
            country_votes[g.country_code] += weight
        if g.feature != "country" and g.country_code and g.admin1_code:
            key = (g.country_code, g.admin1_code)
            admin_votes[key] += weight
            surface.setdefault(key, t.text)
    if admin_votes:
        (cc, code), n = admin_votes.most_common(1)[0]
        a1 = gaz.admin1.get((cc, code))
        if a1 is not None and country_votes[cc] == max(country_votes.values()):
            towns = {t.chosen.pid: t for t in toponyms if t.chosen is not None and not t.embedded
                     and t.chosen.feature == "city" and (t.chosen.country_code, t.chosen.admin1_code) == (cc, code)}
            if len(towns) == 1:
                # the story's only town in its province: 'police raided a mosque ... in Riverton (Eastern
                # province)' happened there, not at the province's seat
                t = next(iter(towns.values()))
                p = read_phrase(text, t, published=published) if text else None
                if p is not None:
                    return p.model_copy(update={"relation": "document focus", "geo_precision": max(2, p.geo_precision or 2),
                                                "where_prec": max(2, p.where_prec or 2)})
            districts = {t.chosen.pid: t for t in toponyms if t.chosen is not None and not t.embedded
                         and t.chosen.feature == "admin2" and (t.chosen.country_code, t.chosen.admin1_code) == (cc, code)}
            if not towns and len(districts) == 1:
                # no town, one district: '... under the Hilltop police station (Riverside district, Eastern
                # province)' is in that district (at its seat), not at the province's
                t = next(iter(districts.values()))
                p = at_seat(to_place(t.chosen, t.text), t.chosen)
                return p.model_copy(update={"relation": "document focus", "geo_precision": 2, "where_prec": 3})
            p = _on_the_front(at_seat(to_place(a1, surface.get((cc, code), a1.name)), a1), a1, text,
                              named=(cc, code) in surface, published=published)
            return p.model_copy(update={"relation": "document focus", "geo_precision": 3, "where_prec": 4})
    if country_votes:
        cc = country_votes.most_common(1)[0][0]
        c = gaz.countries.get(cc)
        if c is not None:
            p = to_place(c, c.name)
            return p.model_copy(update={"relation": "document focus (country only)", "geo_precision": 3,
                                        "where_prec": 6})
    return None


def locate(doc, start: int, end: int, toponyms: list[Toponym], text: str | None = None) -> Place | None:
    """The best event location for ``doc.text[start:end]``.

    Uses the toponyms inside the span and the phrase around each (relations,
    precision); when the span names no place that resolves, falls back to the
    document's focus at geo_precision 3, keeping any unresolved place name in
    ``text``.  Returns None when there is nothing sensible to say.
    """
    text = doc.text if text is None else text  # (callers that hold the text save spaCy rebuilding it)
    # Names inside an outlet's name, a backer ('backed by Russia') or a base ('London-based')
    # never say where the event was; without another place the document focus does.
    inside = sorted((t for t in toponyms if t.start >= start and t.end <= end and not t.embedded
                     and not _nationality_of(text, t) and not _country_as_doer(doc, t)), key=lambda t: t.start)
    readings: list[_Reading] = []
    consumed: set[int] = set()
    published = published_of(doc)
    for i, t in enumerate(inside):
        if id(t) in consumed:
            continue
        nxt = inside[i + 1] if i + 1 < len(inside) else None
        place = read_phrase(text, t, nxt, published)
        if place is None:
            continue
        if place.relation in ("along", "area between") and nxt is not None or (
                place.feature == "area" and nxt is not None and place.text.endswith(nxt.text)):
            consumed.add(id(nxt))
        if t.is_context:
            # read only because the place it locates is unknown: somewhere in or near it, not the town itself
            update = {"geo_precision": max(2, place.geo_precision or 2), "where_prec": max(2, place.where_prec or 2)}
            unknown = [u.text for u in inside if not u.resolved and not u.embedded and u.end <= t.start]
            if unknown:
                update.update(text=", ".join(dict.fromkeys(unknown)), relation=f"unresolved place in {t.text}")
            place = place.model_copy(update=update)
        located_name = inside[i - 1] if t.is_context and i > 0 and t.start - inside[i - 1].end <= 60 else None
        k = i - 1
        while located_name is not None and located_name.is_context and k > 0 \
                and located_name.start - inside[k - 1].end <= 60:
            # '(Ceel Buur, Galgaduud)': a bracket's district and province both locate the name before it
            k -= 1
            located_name = inside[k]
        rank = _rank(text, t, place, i, located_name)
        if _outside_the_sentence_context(t, inside) or _route_placed_by_a_later_name(text, t, inside):
            rank = (rank[0], rank[1], True, *rank[3:])  # ranked with countries: any place the text locates wins
        readings.append(_Reading(place, rank, t.start, t.end))
    earlier = _earlier_town(text, toponyms, start)
    if readings:
        best = min(readings, key=lambda r: r.rank)
        # (destinations rank last: when the best is one, the sentence names no other place)
        only_destination = any(t.start == best.start and _says_destination(text, t) for t in inside)
        if earlier is not None and (best.place.feature in ("country", "continent") or only_destination):
            # 'in Riverton, ... The protest was against the President of Freedonia': the town of the
            # paragraph, not the country the sentence mentions ('... the bus was sent back in the
            # direction of Capital City': nor where it was going)
            return earlier.model_copy(update={"relation": "named earlier in the paragraph",
                                              "geo_precision": max(2, earlier.geo_precision or 2),
                                              "where_prec": max(2, earlier.where_prec or 2)})
        return best.place
    unresolved = [t for t in inside if not t.resolved and not t.embedded]
    if earlier is not None:
        # '...in Ciudad Juarez, Chihuahua, a head was found. 1 fatality': the town of the paragraph so far
        names = ", ".join(dict.fromkeys(t.text for t in unresolved)) if unresolved else earlier.text
        # near, not at: the sentence itself does not name the town
        return earlier.model_copy(update={"text": names, "relation": "named earlier in the paragraph",
                                          "geo_precision": max(2, earlier.geo_precision or 2),
                                          "where_prec": max(2, earlier.where_prec or 2)})
    focus = document_focus(doc, toponyms, text)
    if focus is not None:
        if unresolved:
            names = ", ".join(dict.fromkeys(t.text for t in unresolved))
            return focus.model_copy(update={"text": names, "relation": "unresolved place within document focus"})
        return focus
    if unresolved:
        return Place(text=unresolved[0].text)  # kept, with no coordinates invented
    return None


_BIG_TOWN = 100_000
# 'the Lagos-Ibadan expressway at Ogere', 'the Kano road near Dawakin': a route named after towns, then where on it
_RE_ROUTE_THEN_WHERE = re.compile(
    rf"(?:\s*[-–—/]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?\s+(?:{_ROUTE})s?\s+(?:in|at|near|around|outside)\s+"
    r"(?:the\s+)?", re.IGNORECASE)


def _route_placed_by_a_later_name(text: str, t: Toponym, inside: list[Toponym]) -> bool:
    """'truckers blocked the Lagos-Ibadan expressway at Ogere (Ikenne LGA, Ogun)': a town that names a route
    says where the route goes, not where on it things happened, when the words after the route name a place
    ('in', 'at', 'near' X): that place (or the context that places it) ranks first."""
    m = _RE_ROUTE_THEN_WHERE.match(text, t.end)
    if m is None:
        return False
    return any(u is not t and u.start >= m.end() and u.start - m.end() <= 80 and not u.embedded
               and not re.search(r"[.;!?]", text[m.end() : u.start]) for u in inside)




def _outside_the_sentence_context(t: Toponym, inside: list[Toponym]) -> bool:
    """'protest at the Sri Ganesh Mill in Rampur (Nadia district, West Bengal)', where 'Ganesh' reads as a town
    of another state; 'outside the Riverside Park offices in Kwazakhele (Nelson Mandela Bay, Eastern Cape)',
    where 'Riverside' reads as a small town abroad: the sentence says where it is with a province or district
    (the context of a name, or an area of its own), and a town read outside it is a namesake, not the place.
    Such a town ranks after every place the text locates: a small town (under 100,000) outside the countries of
    the sentence's areas, or a small town or one named by another name than its own outside the provinces its
    contexts name.  A town that is located itself, or is a context, keeps its rank."""
    p = t.chosen
    if p is None or p.feature != "city" or t.is_context or t.located_by_context or t.embedded:
        return False
    areas = [o.chosen for o in inside if o is not t and o.chosen is not None and not o.embedded
             and (o.is_context or o.chosen.feature in ("admin1", "admin2"))]
    if not areas:
        return False
    small = p.population < _BIG_TOWN
    if small and p.country_code not in {a.country_code for a in areas}:
        return True
    provinces = {(o.chosen.country_code, o.chosen.admin1_code) for o in inside if o is not t and o.is_context
                 and o.chosen is not None and not o.embedded and o.chosen.feature in ("admin1", "admin2", "city")}
    if not provinces or (p.country_code, p.admin1_code) in provinces:
        return False
    return small or variant_key(p.name) != variant_key(t.text)


_EARLIER_WINDOW = 500
# 'Burundi troops', 'Kenya police': a country's name used as its people's adjective says whose
# forces, not where they were.
# (geo_lexicon.yaml: nationality_nouns)
_NATIONALITY_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, lexicon()["nationality_nouns"]), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)


def _nationality_of(text: str, t: Toponym) -> bool:
    return t.chosen is not None and t.chosen.feature == "country" and bool(_NATIONALITY_AFTER.match(text, t.end))


_PLACE_SUBJECT_VERBS = frozenset(lexicon().get("place_subject_verbs", []))


def _country_as_doer(doc, t: Toponym) -> bool:
    """'Turkey bombed ...', 'Kenya deployed troops to Somalia': a country that is the subject of what is done
    is a state acting, not where it happened (not 'Sudan saw heavy fighting': `place_subject_verbs`)."""
    if doc is None or t.chosen is None or t.chosen.feature != "country" or not hasattr(doc, "char_span"):
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() not in _PLACE_SUBJECT_VERBS


def _earlier_town(text: str, toponyms: list[Toponym], start: int) -> Place | None:
    """The last town (or finer place) named before ``start`` in the same paragraph, as the place where the
    story's action still is; None when a paragraph break or more than a few sentences lie between."""
    for t in sorted(toponyms, key=lambda t: t.start, reverse=True):
        if t.end > start:
            continue
        if start - t.end > _EARLIER_WINDOW or "\n\n" in text[t.end : start]:
            return None
        g = t.chosen
        if g is None or t.embedded or t.is_context or g.feature != "city" and not g.curated:
            continue
        if g.curated and g.precision == 3:
            continue
        before = text[max(0, t.start - 40) : t.start]
        if _says_origin(before) or _says_destination(text, t):
            continue  # 'people from X', 'heading to X' do not say where things happen
        if _is_part_of_town(text, t):
            continue  # a neighbourhood's namesake elsewhere; the town named before it is the place
        return read_phrase(text, t)
    return None


def main_place(toponyms: list[Toponym]) -> Place | None:
    """The most-mentioned resolved town or finer place of a document (ties: the first), else its focus area.

    For a toponym the gazetteer cannot resolve (a street, a building), this is
    where it most likely is; callers mark such a fallback at lower precision.
    """
    counts: Counter = Counter()
    first: dict[int, Toponym] = {}
    for t in toponyms:
        g = t.chosen
        if g is None or t.embedded or g.feature in ("country", "continent", "admin1", "admin2"):
            continue
        if g.curated and g.precision == 3:
            continue
        counts[g.pid] += 1
        first.setdefault(g.pid, t)
    if counts:
        best = max(counts, key=lambda pid: (counts[pid], -first[pid].start))
        return first[best].place
    return document_focus(None, toponyms)


def nearby_place(toponyms: list[Toponym], start: int, window: int = 400, text: str | None = None) -> Place | None:
    """The resolved place mentioned closest to a character offset (towns before provinces, the same sentence
    before others, text before the name before text after it), within ``window`` characters; else the
    document's main place.  Where an unknown street or building most likely is."""
    best, best_d = None, float("inf")
    for t in toponyms:
        g = t.chosen
        if g is None or t.embedded or g.feature in ("country", "continent"):
            continue
        if g.curated and g.precision == 3:
            continue
        lo, hi = (t.end, start) if t.end <= start else (start, t.start)
        if hi - lo > window:
            continue
        d = float(hi - lo) if t.end <= start else 2.0 * (hi - lo)
        if g.feature in ("admin1", "admin2"):
            d = d * 1.5 + 50
        if text is not None and re.search(r"[.!?]\s", text[lo:hi]):
            d += 1000  # another sentence
        if d < best_d:
            best, best_d = t.place, d
    return best or main_place(toponyms)
