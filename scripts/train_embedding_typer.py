"""Build fogofwar/data/typer_embedded.npz, the opt-in embedding typer's weights (issue #3).

    python scripts/train_embedding_typer.py [--out PATH] [--check]

Training data, all written in this project (bench/embed_typer_probe.py's own_sentences): the
sentences of bench/subtype_grid.py (FRAMES rendered, every FREE batch, NEAR_MISSES with a wanted type
or "(no event)", NON_ACLED as "(no event)") and fogofwar/data/typer_examples.yaml.  Each is
embedded with the shipped all-MiniLM-L6-v2 ONNX encoder; a class-balanced, L2-regularised softmax
regression is fitted with the regularisation and scale the probe chose on our own held-out
batches.  The file stores the weights and a JSON record: this script, the data's SHA-256, the
number of sentences per label and the settings.  `--check` only verifies that the shipped file's
data hash matches the current sentences (exit 1 when it is stale).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fogofwar.extract.embedded import FORMAT_VERSION, LABELS, WEIGHTS, examples_sha256, fit_softmax  # noqa: E402

SCRIPT = "scripts/train_embedding_typer.py"
# Chosen by bench/embed_typer_probe.py on our own held-out batches (FREE12 + FREE13): 0.887.
LAM, SCALE = 1e-4, 5.0


def training_examples() -> list[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("embed_typer_probe", ROOT / "bench" / "embed_typer_probe.py")
    probe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(probe)
    return [(text, label) for text, label, _ in probe.own_sentences()]


def stored_meta(path: Path = WEIGHTS) -> dict:
    with np.load(path, allow_pickle=False) as data:
        return json.loads(str(data["meta"]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--check", action="store_true", help="only check that the shipped weights match the current sentences")
    args = ap.parse_args(argv)

    examples = training_examples()
    digest = examples_sha256(examples)
    if args.check:
        stored = stored_meta(args.out).get("trained_on", {}).get("sha256")
        print(f"{args.out}: {'up to date' if stored == digest else 'STALE: rebuild it'} ({len(examples)} sentences)")
        return 0 if stored == digest else 1

    from fogofwar.merge.stories import OnnxEncoder

    index = {label: i for i, label in enumerate(LABELS)}
    X = OnnxEncoder(threads=1).encode([text for text, _ in examples])
    y = np.array([index[label] for _, label in examples])
    counts = Counter(y.tolist())
    W = fit_softmax(X, y, len(LABELS), LAM, SCALE, np.array([1.0 / counts[k] for k in y]))
    train_acc = float((np.argmax(np.hstack([X * SCALE, np.ones((len(X), 1))]) @ W, axis=1) == y).mean())
    meta = {
        "format": FORMAT_VERSION,
        "kind": "fogofwar embedding typer: softmax regression on all-MiniLM-L6-v2 (ONNX int8) sentence vectors",
        "labels": list(LABELS),
        "scale": SCALE,
        "lam": LAM,
        "script": SCRIPT,
        "trained_on": {
            "file": "the project's own sentences (bench/subtype_grid.py, fogofwar/data/typer_examples.yaml)",
            "sha256": digest,
            "split": "all",
            "notes": len(examples),
            "per_label": {LABELS[k]: v for k, v in sorted(counts.items())},
        },
        "training_accuracy": round(train_acc, 3),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "licence_note": "Trained only on sentences written in the fogofwar project.",
    }
    np.savez_compressed(args.out, W=W.astype(np.float32), meta=np.array(json.dumps(meta)))
    print(f"saved {args.out} ({args.out.stat().st_size // 1024} KB): {len(examples)} sentences, training accuracy {train_acc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
