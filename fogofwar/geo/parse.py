"""Geoparsing: the entry points that run the stages over a spaCy Doc, and the clean-up between them.

geoparse() runs the stages in order, each in its own module:

    recognise.py     which spans are place names, with their gazetteer candidates
    disambiguate.py  which candidate each name means (scoring.py: a candidate's prior
                     and local score; contexts.py: 'Tafas (Dar'a)', 'Paris, Texas';
                     regions.py: the provinces a story's words point to)
    containers.py    streets, buildings and named things placed at their town
    toponym.py       the Toponym record and the helpers all stages share

Between and after them it joins comma-split names, adds country abbreviations
written alone and drops unresolved names that are not places.  resolve_spans()
resolves spans a caller gives (gold-span evaluation); find_demonyms() and
find_adjectival_places() find the adjectives that name a country or region
('Syrian troops', 'European airlines').

This module also re-exports the public names callers import from it
(``from fogofwar.geo.parse import geoparse, Toponym, haversine_km, ...``).
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from collections.abc import Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

from fogofwar.geo.containers import resolve_containers, resolve_named_after
from fogofwar.geo.contexts import _ADMIN_SUFFIX_END, _GAP_WORDS
from fogofwar.geo.disambiguate import disambiguate
from fogofwar.geo.gazetteer import KIND_ALTERNATE, KIND_PRIMARY, KIND_VARIANT, Gazetteer, GazPlace, NameHit, get_gazetteer
from fogofwar.geo.lexicon import demonyms, lexicon, province_abbreviations
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geo.recognise import (_ADMIN_SUFFIX_WORDS, _COORDINATORS, _View, _is_container_name, _not_a_location,
                                    coordinated_streets, recognise)
from fogofwar.geo.regions import RegionHints, region_hints
from fogofwar.geodesy import haversine_km
from fogofwar.geo.toponym import (Toponym, _demonym_place, _is_cap, country_code, published_of,
                                  set_published, to_place)
from fogofwar.model import Place

# The public names of the geoparser, importable from here as before the split into stage modules.
__all__ = [
    "KIND_ALTERNATE", "KIND_PRIMARY", "KIND_VARIANT", "Gazetteer", "GazPlace", "NameHit", "Place", "RegionHints",
    "Toponym", "coordinated_streets", "country_code", "disambiguate", "find_adjectival_places", "find_demonyms",
    "geoparse", "get_gazetteer", "haversine_km", "published_of", "recognise", "region_hints", "resolve_containers",
    "resolve_named_after", "resolve_spans", "set_published", "to_place",
]

_MAX_DOC_CHARS = 2_000_000


def geoparse(doc, country_hints: Mapping[str, float] | None = None, published: date | None = None) -> list[Toponym]:
    """Recognise and resolve the toponyms of a spaCy Doc (the whole article).
    `country_hints`: extra votes for the story's countries (ISO2 code -> votes) from evidence
    outside the place names, such as the named armed groups ('the Taliban' -> AF).  `published`: the story's
    publication date (else the one set_published() recorded on the Doc; recorded there for locate())."""
    set_published(doc, published)
    published = published_of(doc)
    if len(doc) > _MAX_DOC_CHARS // 2:
        raise ValueError(f"document too long to geoparse ({len(doc)} tokens)")
    gaz = get_gazetteer()
    view = _View(doc)
    toponyms = recognise(doc, gaz, view)
    disambiguate(doc, toponyms, gaz, view, country_hints, region_hints(view.text, published))
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
