"""An optional sub-event-type classifier trained by the user on their own ACLED export.

The default extractor is rule-based and ships no model.  `fogofwar train --gold FILE`
trains spaCy's bag-of-words text classifier (exclusive classes, the 25 ACLED sub-event
types; the event type follows from fogofwar.model.TAXONOMY) on the distinct notes of an
ACLED export and saves it in a user directory, never in the repository: a model trained on
ACLED data stays on the machine of the user who holds the export.

At extraction time the rules still decide whether a sentence reports an event, its
modality, actors, dates, places and fatalities; the model only re-types a report when its
probability is at or above a threshold, and the report's reason says so
("model:Armed clash p=0.87").
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import random
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from fogofwar.model import SUB_EVENT_TYPES

ENV_MODEL = "FOGOFWAR_TYPER_MODEL"
ENV_THRESHOLD = "FOGOFWAR_TYPER_THRESHOLD"
META_FILE = "fogofwar_typer.json"
FORMAT_VERSION = 1
# Below this probability the rules' type stands.  Chosen on a split of the even ACLED dev
# notes disjoint from the training part (see docs/training.md); configurable.
DEFAULT_THRESHOLD = 0.8
DEFAULT_EPOCHS = 6
BATCH_SIZE = 16
MIN_NOTES = 2
# spaCy's TextCatBOW: hashed unigrams and bigrams of the token text, a linear layer and a
# softmax.  Trains in about a minute on a few thousand notes and types a sentence in a few
# tens of microseconds from the Doc the pipeline has already tokenised.
TEXTCAT_CONFIG = {
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 262144,
    }
}


class TrainingError(ValueError):
    """The training file cannot give a model (unreadable, empty, one class only)."""


class ModelLoadError(RuntimeError):
    """A configured model directory is missing or not a fogofwar typer model."""


def default_model_dir() -> Path:
    """~/.local/share/fogofwar/models/typer (or under $XDG_DATA_HOME)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "fogofwar" / "models" / "typer"


def configured_model_dir(explicit: str | os.PathLike | None = None) -> Path | None:
    """The model to use: the explicit directory, else $FOGOFWAR_TYPER_MODEL, else none."""
    value = explicit if explicit not in (None, "") else os.environ.get(ENV_MODEL) or None
    return Path(value).expanduser() if value else None


def configured_threshold(explicit: float | None = None) -> float:
    if explicit is not None:
        return float(explicit)
    value = os.environ.get(ENV_THRESHOLD)
    if not value:
        return DEFAULT_THRESHOLD
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"${ENV_THRESHOLD} must be a probability such as 0.8, not {value!r}") from None


def file_sha256(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# -- training ----------------------------------------------------------------------------
def training_examples(notes) -> tuple[list[tuple[str, str]], int]:
    """(note text, sub-event type) for each note with a current ACLED sub-event type, and
    how many notes were left out (older rows with no sub-event type)."""
    examples, skipped = [], 0
    for note in notes:
        # The first row's sub-type: a note spread over several places shares one type in
        # all but a handful of rows.
        sub = next((r.sub_event_type for r in note.rows if r.sub_event_type), None)
        if sub in SUB_EVENT_TYPES:
            examples.append((note.text, sub))
        else:
            skipped += 1
    return examples, skipped


def fit_textcat(examples: list[tuple[str, str]], epochs: int = DEFAULT_EPOCHS, seed: int = 0, on_epoch=None):
    """A blank English pipeline with a trained exclusive `textcat` over the 25 sub-event types."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config=TEXTCAT_CONFIG)
    # All 25 labels, so a model trained on an export that lacks some still has the full
    # taxonomy (those classes simply never win).
    labels = sorted(SUB_EVENT_TYPES)
    for label in labels:
        textcat.add_label(label)
    train = [Example.from_dict(nlp.make_doc(text), {"cats": {x: float(x == label) for x in labels}}) for text, label in examples]
    optimizer = nlp.initialize(lambda: train)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=BATCH_SIZE):
            nlp.update(batch, sgd=optimizer, losses=losses)
        if on_epoch:
            on_epoch(epoch + 1, losses.get("textcat", 0.0))
    return nlp


@dataclass
class TrainResult:
    model_dir: Path
    meta: dict


def train_typer(
    gold_path: str | os.PathLike,
    out_dir: str | os.PathLike | None = None,
    split: str | None = None,
    epochs: int = DEFAULT_EPOCHS,
    seed: int = 0,
    on_epoch=None,
) -> TrainResult:
    """Train on the distinct notes of an ACLED export (optionally one split of them) and
    save the model with its metadata in `out_dir` (default: default_model_dir())."""
    import spacy

    from fogofwar.evaluate.acled import read_acled_csv

    gold_path = Path(gold_path)
    try:
        notes = read_acled_csv(gold_path, split=split)
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        raise TrainingError(str(exc)) from exc
    examples, skipped = training_examples(notes)
    if len(examples) < MIN_NOTES:
        raise TrainingError(f"{gold_path}: {len(examples)} notes with an ACLED sub_event_type; need at least {MIN_NOTES}")
    counts = Counter(label for _, label in examples)
    if len(counts) < 2:
        raise TrainingError(f"{gold_path}: every note has the same sub_event_type ({next(iter(counts))}); need two or more")

    t0 = time.perf_counter()
    nlp = fit_textcat(examples, epochs=epochs, seed=seed, on_epoch=on_epoch)
    seconds = time.perf_counter() - t0

    out = Path(out_dir).expanduser() if out_dir else default_model_dir()
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    meta = {
        "format": FORMAT_VERSION,
        "kind": "fogofwar sub_event_type classifier (spaCy TextCatBOW)",
        "labels": list(nlp.get_pipe("textcat").labels),
        "trained_on": {
            "file": gold_path.name,
            "sha256": file_sha256(gold_path),
            "split": split or "all",
            "notes": len(examples),
            "notes_without_sub_event_type": skipped,
            "per_label": dict(counts.most_common()),
        },
        "epochs": epochs,
        "seed": seed,
        "train_seconds": round(seconds, 1),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "spacy": spacy.__version__,
        "licence_note": "Trained on the user's own ACLED data: keep it on this machine; do not redistribute.",
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return TrainResult(out, meta)


# -- prediction --------------------------------------------------------------------------
@dataclass(frozen=True)
class ModelTyping:
    sub_event_type: str
    event_type: str
    probability: float


class TrainedTyper:
    """A loaded model with the threshold above which it re-types the rules' decision."""

    def __init__(self, nlp, meta: dict, threshold: float = DEFAULT_THRESHOLD, model_dir: Path | None = None):
        self.nlp = nlp
        self.textcat = nlp.get_pipe("textcat")
        self.labels = tuple(self.textcat.labels)
        self.meta = meta
        self.threshold = threshold
        self.model_dir = model_dir

    @classmethod
    def load(cls, model_dir: str | os.PathLike, threshold: float | None = None) -> "TrainedTyper":
        import spacy

        path = Path(model_dir).expanduser()
        meta_path = path / META_FILE
        if not meta_path.is_file():
            raise ModelLoadError(f"{path}: not a fogofwar typer model (no {META_FILE}; train one with `fogofwar train --gold FILE`)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT_VERSION:
            raise ModelLoadError(f"{path}: model format {meta.get('format')!r}, expected {FORMAT_VERSION}; retrain it")
        try:
            nlp = spacy.load(path)
        except Exception as exc:  # a damaged directory: say which, do not guess
            raise ModelLoadError(f"{path}: cannot load the model: {exc}") from exc
        return cls(nlp, meta, configured_threshold(threshold), path)

    def predict(self, text_span) -> ModelTyping | None:
        """The most probable sub-event type of a Doc, a Span (a parsed sentence) or a string."""
        return self.predict_many([text_span])[0]

    def predict_many(self, items) -> list[ModelTyping | None]:
        from spacy.tokens import Span

        docs = [self.nlp.make_doc(x) if isinstance(x, str) else _SpanFeatures(x) if isinstance(x, Span) else x for x in items]
        if not docs:
            return []
        present = [d for d in docs if len(d)]
        if not present:
            return [None] * len(docs)
        scores = self.textcat.model.predict(present)
        out: list[ModelTyping | None] = []
        k = 0
        for d in docs:
            if not len(d):
                out.append(None)
                continue
            row = scores[k]
            k += 1
            best = int(row.argmax())
            sub = self.labels[best]
            out.append(ModelTyping(sub, SUB_EVENT_TYPES[sub], round(float(row[best]), 3)))
        return out

    def retype(self, span, event_type: str, sub_event_type: str) -> tuple[str, str, str]:
        """(event type, sub-event type, note for the reason): the model's type when its
        probability reaches the threshold, otherwise the rules' type; the note says which."""
        guess = self.predict(span)
        if guess is None:
            return event_type, sub_event_type, ""
        note = f"model:{guess.sub_event_type} p={guess.probability:.2f}"
        if guess.sub_event_type == sub_event_type:
            return event_type, sub_event_type, f"; {note} (agrees)"
        if guess.probability >= self.threshold:
            return guess.event_type, guess.sub_event_type, f"; {note} (re-typed from {sub_event_type} by the trained model)"
        return event_type, sub_event_type, f"; {note} (below {self.threshold:.2f}: rules kept)"


class _SpanFeatures:
    """A parsed sentence as the bag-of-words model reads it: spaCy's extract_ngrams layer calls
    only `to_array([ORTH])`, so the sentence's slice of the Doc's array stands in for a Doc
    rebuilt from its words (same token ids, same scores; a test checks), without building one."""

    __slots__ = ("_span",)

    def __init__(self, span) -> None:
        self._span = span

    def __len__(self) -> int:
        return len(self._span)

    def to_array(self, attrs):
        return self._span.doc.to_array(attrs)[self._span.start : self._span.end]


def _token_doc(span):
    """The sentence's tokens as a bare Doc: the bag-of-words featuriser reads only token
    texts, from a Doc's 1-d array.  Five times cheaper than Span.as_doc(), which copies the
    parse; the tokens the parser made are reused, never re-tokenised."""
    from spacy.tokens import Doc

    return Doc(span.doc.vocab, words=[t.text for t in span])


@functools.lru_cache(maxsize=4)
def _load_cached(model_dir: str, threshold: float) -> TrainedTyper:
    return TrainedTyper.load(model_dir, threshold)


def load_typer(model_dir: str | os.PathLike | None = None, threshold: float | None = None) -> TrainedTyper | None:
    """The configured model (explicit directory or $FOGOFWAR_TYPER_MODEL), loaded once per
    process; None when no model is configured."""
    path = configured_model_dir(model_dir)
    if path is None:
        return None
    return _load_cached(str(path.resolve()), configured_threshold(threshold))
