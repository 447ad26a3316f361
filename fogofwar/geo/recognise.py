"""Toponym recognition: which spans of a spaCy Doc are place names (stage 1 of geoparsing).

Recognition = gazetteer matching over normalised names and transliteration
skeletons (so 'al-Bukamal', which the small English model calls an
organisation, is still found), merged with spaCy's GPE/LOC/FAC entities
(which find streets and buildings the gazetteer lacks).  Common-word false
positives are filtered by capitalisation, part of speech, a stop list, NER
labels, population and name evidence: a person's name ('Mr ...'), a storm or
military operation, a facility or organisation, a headline, a dateline, an
abbreviation, a byline.

_View holds the per-token facts of a Doc that recognition and the later
stages read (words, parts of speech, sentence starts, coordinated street
names).  The stage is separate because it only finds names and their
gazetteer candidates; choosing among the candidates is disambiguate.py's job.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, ORTH, POS, SENT_START, SPACY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.parts_of_speech import IDS as _POS_IDS

from fogofwar.geo.gazetteer import KIND_ALTERNATE, KIND_PRIMARY, KIND_VARIANT, Gazetteer, NameHit
from fogofwar.geo.lexicon import common_words, demonyms, lexicon, name_cues, news_agencies, province_abbreviations
from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geo.scoring import _prior
from fogofwar.geo.toponym import _BIG_CITY, _SMALL_TOWN, Toponym, country_code, _is_cap


_MAX_SPAN_TOKENS = 6
_NER_PLACE = {"GPE", "LOC", "FAC"}
_NER_NEVER = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE", "EVENT",
              "WORK_OF_ART", "LAW", "NORP"}
_NER_NUMERIC = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_HYPHENS = {"-", "–", "—", "'", "’"}


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
                                                    or h.place.curated))
                       or h.place.population >= 1_000_000 for h in exact),
            curated=any(h.place.curated or h.place.feature in ("country", "continent", "admin1")
                        for h in hits),
            biggest=max((h.place.population for h in hits), default=0),
            exact_own_list=any(h.place.curated for h in exact),
            biggest_exact_own_name=max((h.place.population for h in exact if h.kind == KIND_PRIMARY), default=0),
            exact_famous=any(h.place.feature in ("country", "continent")
                             or h.kind == KIND_PRIMARY and (h.place.capital or h.place.curated)
                             for h in exact),
            exact_own_name=any(h.kind == KIND_PRIMARY for h in exact),
            exact_own_name_province=any(h.kind == KIND_PRIMARY and h.place.feature == "admin1" for h in exact),
            exact_big=any(h.place.population >= 100_000 for h in exact),
            exact_well_known=any(_well_known(h) for h in exact),
            more_than_a_name=any(h.place.curated
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


def _provinces_named_by_city(hits: list[NameHit]) -> set[tuple[str, str]]:
    """'Sudzha in the Kursk region', 'Shebekino, Belgorod oblast': a big city's name before an administrative noun
    names the province it is the capital of, which the gazetteer may name otherwise (Kurskaya oblast')."""
    return {(h.place.country_code, h.place.admin1_code) for h in hits if h.kind != KIND_VARIANT
            and h.place.feature == "city" and h.place.population >= _BIG_CITY and h.place.admin1_code}


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
                        and not any(h.place.curated for h in t.candidates)
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


_HEADLINE_ACTS = frozenset(lexicon().get("headline_acts_before", []))
_HEADLINE_BEFORE = frozenset(lexicon().get("headline_place_before", [])) | _HEADLINE_ACTS
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _headline_place(v: _View, i: int, j: int, facts: _HitFacts) -> bool:
    """'Missile Strike On Sumy Kills 34': in a line in title case (four words or more of four letters or more,
    80% of them capitalised), a capitalised preposition (`headline_place_before`) right before a name the gazetteer
    knows as written says place, and so does a verb of war (`headline_acts_before`: 'Missiles Hit Chasiv Yar'); the
    next word's capital or NER's person over both says nothing there.  Not a common English word, unless a big
    city's name ('Strike On Power Plant' names no town Power)."""
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
            if v.lower[i - 1] in _HEADLINE_ACTS:
                break  # 'Storm Hits Florida Coast': a headline's verb of war is no word of the facility's name
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


_DATE_NAMES = frozenset(lexicon()["date_names"])


def _no_date(lower: list[str], cap: list[bool]) -> bool:
    """'in Turbat.' read as a DATE: a span of capitalised words with no digit and no name of a month, a day, a
    season or a feast (data/geo_lexicon.yaml: date_names) says no time: for a town's own name, its label is
    dropped ('rural Malays', a DATE too, matches Malaysia only by an alternate name and stays no place)."""
    return all(cap) and all(w.isalpha() and w not in _DATE_NAMES for w in lower)


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
    # an Arabic name matched only loosely because its article or vowels are spelt another way ('Maarrat al-Numan'
    # for GeoNames' "Ma'arrat an Nu'man") is as good as exact for the phrase rules below: a capitalised name of
    # two capitalised words joined by an article, read after a word that says place
    arabic = not exact and j - i >= 3 and v.cap[i] and v.cap[j - 1] and len(variant_key(surface_low)) >= 6 \
        and any(v.lower[k] in _ARTICLES for k in range(i + 1, j - 1))
    if (exact or arabic) and not (labels & _NER_NUMERIC) and v.pos[j - 1] == "PROPN" \
            and _locative_before(v.text[max(0, v.idx[i] - 40) : v.idx[i]]):
        return True  # 'southeast of Al Mayadin', 'near Loka': the phrase says place, whatever NER thinks
    if (exact or arabic) and not (labels & _NER_NUMERIC) and v.text[v.idx[i]].isupper() and not v.sent_start[i] \
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


_ADMIN_SUFFIX_WORDS: dict[str, str] = {k.lower(): v for k, v in lexicon()["admin_suffixes"].items()}
# Admin words written as part of a name ('Sokoto State', 'Orange County'); 'Department' starts an office's name.
_NAME_ADMIN_WORDS = frozenset(_ADMIN_SUFFIX_WORDS) - {"department"}
_PLACE_BODY_AFTER = name_cues().get("place_bodies_after", frozenset())
_PLACE_HEADS_AFTER = name_cues().get("place_heads_after", frozenset()) | _ADMIN_SUFFIX_WORDS.keys()
_DIRECTION_WORDS = frozenset(lexicon()["directions"])
_NEAR_NAME_COMMA = re.compile(r"\b(?:near|in the area of|in the vicinity of|outside|around|in|at|on|of)\s+"
                              r"([A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+){0,2}),\s+(?=[A-Z])")
_COMMON_SHORT_ZIPF = 4.6  # 'car' 5.0, 'bus' 4.9, 'gas' 4.9: everyday words, not initials ('Nice', a city's own name, stays)
_RARE_NAME_ZIPF = 2.5  # 'Kamianka', 'Vilny' below 1.5; 'green', 'march' above 4
_ENGLISH_WORD_ZIPF = 3.8  # 'helmet' 4.0, 'pioneer' 3.9, 'latin' 4.5; 'kiev' 3.5, 'mayadeen', 'darra' below 2
_CITY_WORD_ZIPF = 4.8  # 'boston' 4.67, 'manchester' 4.53: a big city's name, not an English word ('reading' 5.1)


_CONTAINER_HEADS = frozenset(lexicon().get("container_heads", []))
_STREET_HEADS = frozenset(lexicon().get("street_heads", []))
_CONTAINER_HEADS_LAST = frozenset(lexicon().get("container_heads_last", []))
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def _is_container_name(surface: str) -> bool:
    """'Royal Street', 'Northwestern Memorial Hospital', 'University of Perpetual Help': a place inside a town."""
    words = [w.lower().removesuffix("'s").removesuffix("’s") for w in _WORD.findall(surface)]
    if len(words) < 2:
        return False
    if words[0] in _CONTAINER_HEADS and words[1] == "of" or words[0] in _HEADS_FIRST:
        return True
    return any(w in _CONTAINER_HEADS for w in words[1:]) or words[-1] in _CONTAINER_HEADS_LAST


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
