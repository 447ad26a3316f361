"""An opt-in sub-event-type classifier on sentence embeddings, trained only on sentences written
in this project (issue #3).

The weights (fogofwar/data/typer_embedded.npz, about 40 KB) are a multinomial logistic regression
over the 384-d all-MiniLM-L6-v2 vectors the project already ships (fogofwar.merge.stories.OnnxEncoder),
with 26 classes: the 25 ACLED sub-event types and "(no event)".  They are made by
scripts/train_embedding_typer.py from bench/subtype_grid.py's sentences and
fogofwar/data/typer_examples.yaml; the file records the script and a SHA-256 of that data, and a
test checks that they still match.  Nothing from ACLED or another benchmark is trained on.

What it does (measured with bench/embed_typer_probe.py, see docs/training.md):

- **Types a snippet the rules leave untyped**, in CASE's classify mode only
  (fogofwar.evaluate.case.type_snippet): the classifier's type for the whole snippet, unless it
  says "(no event)".  The rules still decide what the extractor reports: it never adds an event.
- **Re-types nothing by default.**  Re-typing the rules' events was measured harmful at every
  threshold (ACLED even half, p >= 0.8: 92 notes changed, 1 fixed, 90 broken), so `retype` keeps the
  rules' type unless a threshold is given explicitly (to reproduce that measurement), and then
  it embeds only the sentence the rules hand over.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from fogofwar.model import SUB_EVENT_TYPES

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "typer_embedded.npz"
NONE = "(no event)"
FORMAT_VERSION = 1
LABELS = tuple(sorted(SUB_EVENT_TYPES)) + (NONE,)


class EmbeddedLoadError(RuntimeError):
    """The weights file is missing, damaged or not for this taxonomy."""


def examples_sha256(examples) -> str:
    """A stable hash of (text, label) training pairs: one 'label<TAB>text' line each, in order."""
    h = hashlib.sha256()
    for text, label in examples:
        h.update(f"{label}\t{text}\n".encode("utf-8"))
    return h.hexdigest()


def fit_softmax(X, y, n_labels: int, lam: float, scale: float, weights):
    """L2-regularised softmax regression by L-BFGS (the bias is not penalised): (d+1, K) weights."""
    from scipy.optimize import minimize

    Xb = np.hstack([np.asarray(X, dtype=np.float64) * scale, np.ones((len(X), 1))])
    n, d = Xb.shape
    Y = np.zeros((n, n_labels))
    Y[np.arange(n), y] = 1.0
    w = np.asarray(weights, dtype=np.float64)
    w = w / w.sum()

    def loss(theta):
        W = theta.reshape(d, n_labels)
        Z = Xb @ W
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        value = -(w * np.log(P[np.arange(n), y] + 1e-12)).sum() + lam * (W[:-1] ** 2).sum()
        grad = Xb.T @ ((P - Y) * w[:, None])
        grad[:-1] += 2 * lam * W[:-1]
        return value, grad.ravel()

    res = minimize(loss, np.zeros(d * n_labels), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return res.x.reshape(d, n_labels)


def softmax_proba(W, X, scale: float):
    Z = np.hstack([np.asarray(X, dtype=np.float64) * scale, np.ones((len(X), 1))]) @ W
    Z -= Z.max(1, keepdims=True)
    P = np.exp(Z)
    return P / P.sum(1, keepdims=True)


@dataclass(frozen=True)
class EmbeddedTyping:
    sub_event_type: str | None  # None: the classifier says "(no event)"
    event_type: str | None
    probability: float


class EmbeddingTyper:
    """Same interface as fogofwar.extract.trained.TrainedTyper (retype, meta, threshold, model_dir),
    plus `fallback` for snippets the rules leave untyped."""

    def __init__(self, W, scale: float, meta: dict, threshold: float | None = None, path: Path | None = None, encoder=None):
        self.W = W
        self.scale = scale
        self.meta = meta
        self.threshold = threshold
        self.model_dir = path
        self._encoder = encoder

    @classmethod
    def load(cls, path: str | Path | None = None, threshold: float | None = None, encoder=None) -> "EmbeddingTyper":
        path = Path(path) if path else WEIGHTS
        try:
            with np.load(path, allow_pickle=False) as data:
                W = np.array(data["W"], dtype=np.float64)
                meta = json.loads(str(data["meta"]))
        except (OSError, KeyError, ValueError) as exc:
            raise EmbeddedLoadError(f"{path}: not an embedding typer ({exc}); rebuild it with scripts/train_embedding_typer.py") from exc
        if meta.get("format") != FORMAT_VERSION or tuple(meta.get("labels", ())) != LABELS or W.shape != (385, len(LABELS)):
            raise EmbeddedLoadError(f"{path}: weights for another format or taxonomy; rebuild it with scripts/train_embedding_typer.py")
        return cls(W, float(meta["scale"]), meta, threshold, path, encoder)

    @property
    def encoder(self):
        if self._encoder is None:
            from fogofwar.merge.stories import OnnxEncoder

            self._encoder = OnnxEncoder(threads=1)
        return self._encoder

    def predict_many(self, texts: list[str]) -> list[EmbeddedTyping]:
        if not texts:
            return []
        P = softmax_proba(self.W, self.encoder.encode(list(texts)), self.scale)
        out = []
        for row in P:
            label = LABELS[int(row.argmax())]
            sub = None if label == NONE else label
            out.append(EmbeddedTyping(sub, SUB_EVENT_TYPES.get(sub) if sub else None, round(float(row.max()), 3)))
        return out

    def predict(self, text_or_span) -> EmbeddedTyping:
        text = text_or_span if isinstance(text_or_span, str) else text_or_span.text
        return self.predict_many([text])[0]

    def fallback(self, doc) -> EmbeddedTyping | None:
        """A type for a snippet the rules left untyped, or None when the classifier says no event."""
        guess = self.predict(doc)
        return guess if guess.sub_event_type else None

    def retype(self, span, event_type: str, sub_event_type: str) -> tuple[str, str, str]:
        """The rules' type, unless a threshold was given and the classifier's type reaches it."""
        if self.threshold is None:
            return event_type, sub_event_type, ""
        guess = self.predict(span)
        if guess.sub_event_type is None or guess.sub_event_type == sub_event_type:
            return event_type, sub_event_type, ""
        note = f"; embedded:{guess.sub_event_type} p={guess.probability:.2f}"
        if guess.probability >= self.threshold:
            return guess.event_type, guess.sub_event_type, note + f" (re-typed from {sub_event_type})"
        return event_type, sub_event_type, note + f" (below {self.threshold:.2f}: rules kept)"


@functools.lru_cache(maxsize=2)
def load_embedding_typer(threshold: float | None = None) -> EmbeddingTyper:
    """The shipped weights, loaded once per process."""
    return EmbeddingTyper.load(threshold=threshold)
