"""Which articles are copies of which: reposts, rewrites that keep passages, same headlines.

Articles that share an origin are one source, however many sites carried them.  Links come
from four signals, each recorded with its reason:

* ``near_duplicate``: whole-article MinHash (word shingles) above a Jaccard threshold;
* ``shared_passages``: verbatim or near-verbatim sentences (quotes and boilerplate excluded);
* ``same_title``: identical normalised headlines;
* ``original_outlet``: the cleaner's "original source" line names the other copy's outlet,
  on about the original date, with a similar headline or overlapping text.

Origins are the connected components of the links (union-find); the origin id is the id of
the group's earliest published article, so it names the first copy.
"""
from __future__ import annotations

import hashlib
import json
import re
import struct
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from fogofwar.merge.config import SyndicationConfig, boilerplate_patterns, load_config, title_prefixes
from fogofwar.model import Article

SCHEME = "affine32"
_MAGIC = b"FOWSYN1\n"
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
# Straight and curly double quotes and guillemets; a span is bounded so hostile text can't blow up.
_QUOTED = re.compile(r"[\"“«„][^\"”»“„]{0,2000}[\"”»]")


def normalise_words(text: str) -> list[str]:
    """Lower-cased word tokens, blind to Unicode form, punctuation and whitespace."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def normalise_outlet(name: str | None) -> str | None:
    if not name:
        return None
    key = " ".join(normalise_words(name[:300]))
    key = re.sub(r"^the ", "", key)
    return key or None


def normalise_title(title: str | None) -> str | None:
    if not title:
        return None
    text = unicodedata.normalize("NFKC", title[:1000]).strip().casefold()
    changed = True
    while changed:  # "Video: Update: ..." has two prefixes
        changed = False
        for prefix in title_prefixes():
            if text.startswith(prefix):
                text = text[len(prefix):].strip()
                changed = True
    key = " ".join(_WORD.findall(text))
    return key or None


def word_shingles(tokens: list[str], k: int) -> list[bytes]:
    if not tokens:
        return []
    if len(tokens) < k:
        return [" ".join(tokens).encode("utf-8")]
    return [" ".join(tokens[i : i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)]


@lru_cache(maxsize=1)
def _boilerplate_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in boilerplate_patterns()), re.IGNORECASE)


def passages(text: str, config: SyndicationConfig) -> list[list[str]]:
    """The sentences that can prove copying: long, not boilerplate, quotes removed."""
    boiler = _boilerplate_regex()
    out: list[list[str]] = []
    seen: set[str] = set()
    for sentence in _SENTENCE_SPLIT.split(text[: config.max_text_chars]):
        if boiler.search(sentence):
            continue
        if config.skip_quoted:
            sentence = _QUOTED.sub(" ", sentence)
        tokens = normalise_words(sentence)
        if len(tokens) < config.passage_min_words:
            continue
        key = " ".join(tokens)
        if key in seen:
            continue
        seen.add(key)
        out.append(tokens)
        if len(out) >= config.passage_max_per_article:
            break
    return out


@lru_cache(maxsize=8)
def _permutations(num_perm: int):
    # Generating permutations is most of a MinHash's cost: make them once per size.
    return MinHash(num_perm=num_perm, scheme=SCHEME).permutations


def _minhash(shingles: Iterable[bytes], num_perm: int) -> MinHash:
    m = MinHash(num_perm=num_perm, scheme=SCHEME, permutations=_permutations(num_perm))
    m.update_batch(list(shingles))
    return m


def _from_values(values: np.ndarray, num_perm: int) -> MinHash:
    return MinHash(num_perm=num_perm, hashvalues=values, scheme=SCHEME, permutations=_permutations(num_perm))


@dataclass
class ArticleSignature:
    """Everything syndication needs to remember about an article, without its text."""

    article_id: str
    title_key: str | None
    outlet: str | None
    original_outlet: str | None
    published: date | None
    original_published: date | None
    doc: np.ndarray | None  # MinHash hash values of the whole text; None when the text is empty
    passage_words: list[int] = field(default_factory=list)
    passage_values: list[np.ndarray] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article, config: SyndicationConfig) -> "ArticleSignature":
        tokens = normalise_words(article.text[: config.max_text_chars])
        doc = _minhash(word_shingles(tokens, config.shingle_words), config.num_perm).hashvalues if tokens else None
        ps = passages(article.text, config)
        if ps:
            passage_values = [_minhash(word_shingles(p, config.passage_shingle_words), config.passage_num_perm).hashvalues
                              for p in ps]
        else:
            passage_values = []
        return cls(
            article_id=article.id,
            title_key=normalise_title(article.title),
            outlet=normalise_outlet(article.outlet),
            original_outlet=normalise_outlet(article.original_outlet),
            published=article.published,
            original_published=article.original_published,
            doc=doc,
            passage_words=[len(p) for p in ps],
            passage_values=passage_values,
        )

    def header(self) -> dict:
        return {
            "id": self.article_id,
            "title": self.title_key,
            "outlet": self.outlet,
            "original_outlet": self.original_outlet,
            "published": self.published.isoformat() if self.published else None,
            "original_published": self.original_published.isoformat() if self.original_published else None,
            "doc_len": 0 if self.doc is None else int(self.doc.size),
            "passage_words": self.passage_words,
            "passage_len": int(self.passage_values[0].size) if self.passage_values else 0,
        }

    def arrays(self) -> list[np.ndarray]:
        return ([] if self.doc is None else [self.doc]) + list(self.passage_values)

    def to_bytes(self) -> bytes:
        return _pack([self.header()], {}, self.arrays())

    @classmethod
    def from_bytes(cls, blob: bytes) -> "ArticleSignature":
        header, arrays = _unpack(blob)
        return cls._from_header(header["records"][0], arrays)

    @classmethod
    def _from_header(cls, h: dict, arrays: "_ArrayReader") -> "ArticleSignature":
        doc = arrays.take(h["doc_len"]) if h["doc_len"] else None
        pv = [arrays.take(h["passage_len"]) for _ in h["passage_words"]]
        return cls(
            article_id=h["id"],
            title_key=h["title"],
            outlet=h["outlet"],
            original_outlet=h["original_outlet"],
            published=date.fromisoformat(h["published"]) if h["published"] else None,
            original_published=date.fromisoformat(h["original_published"]) if h["original_published"] else None,
            doc=doc,
            passage_words=list(h["passage_words"]),
            passage_values=pv,
        )


class _ArrayReader:
    def __init__(self, values: np.ndarray):
        self.values = values
        self.pos = 0

    def take(self, n: int) -> np.ndarray:
        if n < 0 or self.pos + n > self.values.size:
            raise ValueError("corrupt syndication blob: arrays shorter than header says")
        out = self.values[self.pos : self.pos + n].copy()
        self.pos += n
        return out


def _pack(records: list[dict], extra: dict, arrays: list[np.ndarray]) -> bytes:
    header = json.dumps({"scheme": SCHEME, "records": records, **extra}, separators=(",", ":")).encode("utf-8")
    body = np.concatenate(arrays).astype(np.uint32).tobytes() if arrays else b""
    return _MAGIC + struct.pack("<Q", len(header)) + header + body


def _unpack(blob: bytes) -> tuple[dict, _ArrayReader]:
    if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + 8:
        raise ValueError("not a fogofwar syndication blob")
    (n,) = struct.unpack_from("<Q", blob, len(_MAGIC))
    start = len(_MAGIC) + 8
    if start + n > len(blob):
        raise ValueError("corrupt syndication blob: header runs past the end")
    header = json.loads(blob[start : start + n].decode("utf-8"))
    if header.get("scheme") != SCHEME:
        raise ValueError(f"unsupported MinHash scheme {header.get('scheme')!r}")
    body = blob[start + n :]
    if len(body) % 4:
        raise ValueError("corrupt syndication blob: body is not whole uint32 values")
    return header, _ArrayReader(np.frombuffer(body, dtype=np.uint32))


@dataclass(frozen=True)
class SyndicationLink:
    """Why one article is taken as a copy of (or sharing text with) another."""

    article_id: str
    other_id: str
    reason: str  # near_duplicate | shared_passages | same_title | original_outlet
    score: float
    detail: str = ""

    def to_dict(self) -> dict:
        return {"article_id": self.article_id, "other_id": self.other_id, "reason": self.reason,
                "score": round(self.score, 4), "detail": self.detail}


def _days_apart(a: ArticleSignature, b: ArticleSignature) -> int | None:
    da, db = a.original_published or a.published, b.original_published or b.published
    return abs((da - db).days) if da and db else None


def _title_jaccard(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    sa, sb = set(a.split()), set(b.split())
    return len(sa & sb) / len(sa | sb)


class SyndicationIndex:
    """Incremental syndication grouping: ``add`` one article at a time, ask for its origin."""

    def __init__(self, config: SyndicationConfig | None = None):
        self.config = config or load_config().syndication
        c = self.config
        self._doc_lsh = MinHashLSH(threshold=c.near_duplicate_jaccard, num_perm=c.num_perm)
        self._passage_lsh = MinHashLSH(threshold=c.passage_jaccard, num_perm=c.passage_num_perm)
        self.signatures: dict[str, ArticleSignature] = {}
        self._order: dict[str, int] = {}
        self._parent: dict[str, str] = {}
        self._by_title: dict[str, list[str]] = {}
        self._by_outlet_day: dict[tuple[str, date], list[str]] = {}
        self._by_original_day: dict[tuple[str, date], list[str]] = {}
        self.links: list[SyndicationLink] = []
        self._links_of: dict[str, list[SyndicationLink]] = {}

    # -- union-find -------------------------------------------------------------------
    def _find(self, x: str) -> str:
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:  # path compression
            self._parent[x], x = root, self._parent[x]
        return root

    def _precedence(self, article_id: str) -> tuple:
        sig = self.signatures[article_id]
        first = sig.original_published or sig.published or date.max
        return (first, self._order[article_id])

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        if self._precedence(rb) < self._precedence(ra):
            ra, rb = rb, ra
        self._parent[rb] = ra

    def origin_of(self, article_id: str) -> str:
        return self._find(article_id)

    def origins(self) -> dict[str, str]:
        return {aid: self._find(aid) for aid in self.signatures}

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.signatures

    def __len__(self) -> int:
        return len(self.signatures)

    # -- adding -----------------------------------------------------------------------
    def add(self, article: Article) -> tuple[str, list[SyndicationLink]]:
        """Index an article; return its origin id and the links that tie it to earlier ones."""
        return self.add_signature(ArticleSignature.from_article(article, self.config))

    def add_signature(self, sig: ArticleSignature, known_links: list[SyndicationLink] | None = None
                      ) -> tuple[str, list[SyndicationLink]]:
        """Index a signature; ``known_links`` (from storage, same config) skips the search for links."""
        aid = sig.article_id
        if aid in self.signatures:
            return self._find(aid), list(self._links_of.get(aid, []))
        if known_links is None:
            links = self._find_links(sig)
        else:
            links = [l for l in known_links if l.article_id == aid and l.other_id in self.signatures]
        self.signatures[aid] = sig
        self._order[aid] = len(self._order)
        self._parent[aid] = aid
        self._insert(sig)
        for link in links:
            self._union(link.article_id, link.other_id)
        self.links.extend(links)
        self._links_of[aid] = links
        return self._find(aid), links

    def links_of(self, article_id: str) -> list[SyndicationLink]:
        """The links found when this article was added (to earlier articles)."""
        return list(self._links_of.get(article_id, []))

    def config_key(self) -> str:
        """Identifies the settings: stored signatures and links are reused only under the same ones."""
        blob = json.dumps([SCHEME, self.config.model_dump(), list(boilerplate_patterns()), list(title_prefixes())],
                          sort_keys=True)
        return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]

    def _insert(self, sig: ArticleSignature) -> None:
        c = self.config
        aid = sig.article_id
        if sig.doc is not None:
            self._doc_lsh.insert(aid, _from_values(sig.doc, c.num_perm), check_duplication=False)
        for i, values in enumerate(sig.passage_values):
            self._passage_lsh.insert(f"{aid}\x1f{i}", _from_values(values, c.passage_num_perm), check_duplication=False)
        if sig.title_key and len(sig.title_key.split()) >= c.title_min_words:
            self._by_title.setdefault(sig.title_key, []).append(aid)
        if sig.outlet and sig.published:
            self._by_outlet_day.setdefault((sig.outlet, sig.published), []).append(aid)
        if sig.original_outlet and sig.original_published:
            self._by_original_day.setdefault((sig.original_outlet, sig.original_published), []).append(aid)

    def _find_links(self, sig: ArticleSignature) -> list[SyndicationLink]:
        c = self.config
        aid = sig.article_id
        found: dict[tuple[str, str], SyndicationLink] = {}

        def keep(link: SyndicationLink) -> None:
            key = (link.other_id, link.reason)
            if key not in found or found[key].score < link.score:
                found[key] = link

        doc = _from_values(sig.doc, c.num_perm) if sig.doc is not None else None
        if doc is not None:
            for other in self._doc_lsh.query(doc):
                j = doc.jaccard(_from_values(self.signatures[other].doc, c.num_perm))
                if j >= c.near_duplicate_jaccard:
                    keep(SyndicationLink(aid, other, "near_duplicate", j, f"estimated Jaccard {j:.2f}"))

        # Passages: which earlier articles share sentences with this one, ignoring boilerplate
        # (a passage already carried by many origins).
        shared_words: dict[str, int] = {}
        shared_count: dict[str, int] = {}
        for words, values in zip(sig.passage_words, sig.passage_values):
            hits = self._passage_lsh.query(_from_values(values, c.passage_num_perm))
            others = {h.split("\x1f", 1)[0] for h in hits}
            if not others:
                continue
            if len({self._find(o) for o in others}) >= c.boilerplate_max_articles:
                continue
            for other in others:
                shared_words[other] = shared_words.get(other, 0) + words
                shared_count[other] = shared_count.get(other, 0) + 1
        for other, n in shared_count.items():
            w = shared_words[other]
            if w >= c.min_shared_words or n >= c.min_shared_passages:
                keep(SyndicationLink(aid, other, "shared_passages", float(n),
                                     f"{n} shared passage(s), {w} words"))

        if sig.title_key and len(sig.title_key.split()) >= c.title_min_words:
            for other in self._by_title.get(sig.title_key, []):
                # Recurring headlines ("Daily briefing: ...") months apart are not one article.
                gap = _days_apart(sig, self.signatures[other])
                if gap is None or gap <= c.title_max_days_apart:
                    keep(SyndicationLink(aid, other, "same_title", 1.0, f"title {sig.title_key[:120]!r}"))

        for other in self._original_outlet_candidates(sig):
            osig = self.signatures[other]
            tj = _title_jaccard(sig.title_key, osig.title_key)
            dj = 0.0
            if doc is not None and osig.doc is not None:
                dj = doc.jaccard(_from_values(osig.doc, c.num_perm))
            if tj >= c.original_outlet_title_jaccard or dj >= c.original_outlet_text_jaccard:
                keep(SyndicationLink(aid, other, "original_outlet", max(tj, dj),
                                     f"repost line; title overlap {tj:.2f}, text Jaccard {dj:.2f}"))
        return sorted(found.values(), key=lambda l: (l.other_id, l.reason))

    def _original_outlet_candidates(self, sig: ArticleSignature) -> set[str]:
        """Copies the repost line points at, and reposts that point at this article's outlet."""
        out: set[str] = set()
        days = [timedelta(days=d) for d in (-2, -1, 0, 1, 2)]
        if sig.original_outlet and sig.original_published:
            for d in days:
                out.update(self._by_outlet_day.get((sig.original_outlet, sig.original_published + d), []))
        if sig.outlet and sig.published:
            for d in days:
                out.update(self._by_original_day.get((sig.outlet, sig.published + d), []))
        out.discard(sig.article_id)
        return out

    # -- persistence ------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """A compact, pickle-free snapshot: signatures in insertion order (links are recomputed)."""
        ordered = sorted(self.signatures.values(), key=lambda s: self._order[s.article_id])
        arrays = [a for s in ordered for a in s.arrays()]
        links = [[l.article_id, l.other_id, l.reason, l.score, l.detail] for l in self.links]
        return _pack([s.header() for s in ordered],
                     {"config": self.config.model_dump(), "config_key": self.config_key(), "links": links}, arrays)

    @classmethod
    def from_bytes(cls, blob: bytes, config: SyndicationConfig | None = None) -> "SyndicationIndex":
        header, arrays = _unpack(blob)
        index = cls(config or SyndicationConfig.model_validate(header.get("config", {})))
        # Links are replayed only when they were found under the same settings.
        by_article: dict[str, list[SyndicationLink]] | None = None
        if header.get("config_key") == index.config_key() and "links" in header:
            by_article = {}
            for a, o, reason, score, detail in header["links"]:
                by_article.setdefault(a, []).append(SyndicationLink(a, o, reason, float(score), detail))
        for h in header["records"]:
            sig = ArticleSignature._from_header(h, arrays)
            index.add_signature(sig, None if by_article is None else by_article.get(sig.article_id, []))
        return index


def assign_origins(articles: Iterable[Article], config: SyndicationConfig | None = None) -> dict[str, str]:
    """Origin id for every article: reposts and copies share their earliest copy's id."""
    index = SyndicationIndex(config)
    for article in articles:
        index.add(article)
    return index.origins()
