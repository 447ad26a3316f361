"""Story similarity against human judgements (SemEval-2022 Task 8 pair format).

The pairs file has ``pair_id, text_1, text_2, ..., Overall, ...``; Overall runs from 1 (very
similar) to 4 (very dissimilar).  We report the Pearson correlation of ``story_similarity``
with the gold score, sign adjusted so that higher is better, with a bootstrap 95% interval
(a few hundred pairs leave about +-0.05 of sampling error), and the precision/recall of
"same story" (similarity >= the clustering threshold) against gold Overall <= 2.
"""
from __future__ import annotations

import csv
import math
import time
from pathlib import Path

import numpy as np

from fogofwar.merge.config import StoriesConfig, load_config
from fogofwar.merge.stories import Encoder, get_encoder, similarity_matrix, story_vectors
from fogofwar.model import Article

MAX_FIELD = 5_000_000  # bytes per CSV field: bounds what a hostile file can make us hold
SAME_STORY_MAX_OVERALL = 2.0
BOOTSTRAP_SAMPLES = 2000
MAX_TITLE_CHARS = 300


def text_to_article(article_id: str, text: str) -> Article:
    """Pair texts are 'headline\\nbody' when they have a headline line; otherwise body only."""
    text = text.strip()
    head, sep, body = text.partition("\n")
    if sep and body.strip() and len(head) <= MAX_TITLE_CHARS:
        return Article(id=article_id, title=head.strip(), text=body.strip())
    return Article(id=article_id, text=text)


def read_pairs(path: str | Path) -> list[dict]:
    csv.field_size_limit(MAX_FIELD)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    missing = {"text_1", "text_2", "Overall"} - set(rows[0] if rows else {})
    if missing:
        raise ValueError(f"{path}: missing columns {sorted(missing)}")
    return rows


def pair_similarities(rows: list[dict], encoder: Encoder, config: StoriesConfig) -> np.ndarray:
    left = [text_to_article(f"{r.get('pair_id', i)}:1", r["text_1"]) for i, r in enumerate(rows)]
    right = [text_to_article(f"{r.get('pair_id', i)}:2", r["text_2"]) for i, r in enumerate(rows)]
    sims = np.empty(len(rows))
    chunk = 256  # keeps the similarity matrix small
    for start in range(0, len(rows), chunk):
        a, b = left[start : start + chunk], right[start : start + chunk]
        m = similarity_matrix(story_vectors(a + b, encoder, config), config)
        k = len(a)
        sims[start : start + k] = m[np.arange(k), k + np.arange(k)]
    return sims


def evaluate_similarity(pairs: str | Path, encoder: str | None = None, threshold: float | None = None,
                        config: StoriesConfig | None = None) -> dict:
    from scipy.stats import pearsonr, spearmanr

    config = config or load_config().stories
    enc = get_encoder(encoder or config.encoder)
    threshold = config.threshold_for(enc.name) if threshold is None else threshold
    rows = [r for r in read_pairs(pairs) if _number(r.get("Overall")) is not None]
    gold = np.array([_number(r["Overall"]) for r in rows])
    t0 = time.perf_counter()
    sims = pair_similarities(rows, enc, config)
    seconds = time.perf_counter() - t0
    same_gold = gold <= SAME_STORY_MAX_OVERALL
    same_pred = sims >= threshold
    tp = int((same_gold & same_pred).sum())
    precision = tp / same_pred.sum() if same_pred.sum() else 0.0
    recall = tp / same_gold.sum() if same_gold.sum() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    low, high = bootstrap_pearson(sims, gold)
    return {
        "pairs": len(rows),
        "encoder": enc.name,
        "threshold": threshold,
        "pearson": round(float(-pearsonr(sims, gold)[0]), 4),
        "pearson_ci95": [round(low, 3), round(high, 3)],
        "spearman": round(float(-spearmanr(sims, gold)[0]), 4),
        "same_story_gold": int(same_gold.sum()),
        "same_story_predicted": int(same_pred.sum()),
        "precision": round(float(precision), 4),
        "recall": round(float(recall), 4),
        "f1": round(float(f1), 4),
        "seconds": round(seconds, 2),
        "articles_per_second": round(2 * len(rows) / seconds, 1) if seconds else None,
    }


def bootstrap_pearson(sims: np.ndarray, gold: np.ndarray, samples: int = BOOTSTRAP_SAMPLES,
                      seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of the sign-adjusted Pearson over pairs resampled with replacement."""
    if len(sims) < 3:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(sims), size=(samples, len(sims)))
    s, g = sims[idx], gold[idx]
    s = s - s.mean(axis=1, keepdims=True)
    g = g - g.mean(axis=1, keepdims=True)
    denom = np.sqrt((s * s).sum(axis=1) * (g * g).sum(axis=1))
    r = -(s * g).sum(axis=1)[denom > 0] / denom[denom > 0]  # constant resamples have no correlation
    if not len(r):
        return float("nan"), float("nan")
    return float(np.percentile(r, 2.5)), float(np.percentile(r, 97.5))


def _number(value) -> float | None:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None
