"""Story-similarity variants on SemEval-2022 Task 8 pairs: one Pearson per variant.

    .venv/bin/python bench/similarity_variants.py [--pairs ../shared/bench/semeval2022_task8/en_pairs.csv]

Every variant is a fixed rule (no weights fitted on the pairs); the numbers are still chosen on
the same set they are reported on, so read them as optimistic.  A 5-fold cross-validated
linear fit over the components is printed last as a ceiling for combining them.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fogofwar.merge.config import load_config  # noqa: E402
from fogofwar.merge.evaluate import read_pairs, text_to_article, _number  # noqa: E402
from fogofwar.merge import stories as st  # noqa: E402

DEFAULT_PAIRS = ROOT.parent / "shared" / "bench" / "semeval2022_task8" / "en_pairs.csv"


def pearson(sims: np.ndarray, gold: np.ndarray) -> float:
    return float(-pearsonr(sims, gold)[0])


def rowcos(a, b) -> np.ndarray:
    """Cosine of matching rows of two L2-normalised matrices."""
    if hasattr(a, "multiply"):
        return np.asarray(a.multiply(b).sum(axis=1)).ravel()
    return np.einsum("ij,ij->i", a, b)


def zscore(x: np.ndarray) -> np.ndarray:
    return (x - x.mean()) / (x.std() or 1.0)


def cv_linear(features: np.ndarray, gold: np.ndarray, folds: int = 5, seed: int = 0) -> float:
    """Pearson of out-of-fold predictions of a least-squares fit to the gold score (never shipped).

    The fit predicts the gold score itself, so the caller flips the sign back."""
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(gold))
    pred = np.empty(len(gold))
    X = np.column_stack([features, np.ones(len(gold))])
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        w, *_ = np.linalg.lstsq(X[train], gold[train], rcond=None)
        pred[test] = X[test] @ w
    return pearson(pred, gold)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", default=str(DEFAULT_PAIRS))
    ap.add_argument("--encoders", default="lexical,minilm-onnx", help="comma-separated: lexical, minilm-onnx, minilm")
    args = ap.parse_args()
    rows = [r for r in read_pairs(args.pairs) if _number(r.get("Overall")) is not None]
    gold = np.array([_number(r["Overall"]) for r in rows])
    arts = [text_to_article(f"{i}:1", r["text_1"]) for i, r in enumerate(rows)]
    arts += [text_to_article(f"{i}:2", r["text_2"]) for i, r in enumerate(rows)]
    cfg = load_config().stories
    n = len(rows)
    comps: dict[str, np.ndarray] = {}
    clip = lambda x: np.clip(x, 0.0, 1.0)  # noqa: E731  (as similarity_matrix does)

    def report(name: str, sims: np.ndarray, keep: bool = True) -> None:
        if keep:
            comps[name] = sims
        print(f"{name:58s} {pearson(sims, gold):.4f}", flush=True)

    titled = np.array([bool(a.title) for a in arts])
    both_titled = titled[:n] & titled[n:]
    print(f"{n} pairs; {titled.sum()} of {2 * n} texts have a separate headline line; both in {both_titled.sum()} pairs")
    texts = {
        "title (or lead 120 w)": [a.title or " ".join(a.text.split()[:120]) for a in arts],
        "lead 120 w": [" ".join(a.text.split()[:120]) for a in arts],
        "headline view (title or first sentence)": [st.article_parts(a, cfg)[0] for a in arts],
        "opening view (title + lead 90 w)": [st.article_parts(a, cfg)[1] for a in arts],
        "title + lead 120 w": [f"{a.title}. " * bool(a.title) + " ".join(a.text.split()[:120]) for a in arts],
        "title + whole body (the encoder reads 128 word pieces)": [f"{a.title}. " * bool(a.title) + a.text for a in arts],
    }
    for enc_name in args.encoders.split(","):
        try:
            enc = st.get_encoder(enc_name)
        except (ImportError, OSError, RuntimeError, ValueError) as exc:
            print(f"{enc_name}: unavailable ({exc})")
            continue
        t0 = time.perf_counter()
        names = list(texts)
        if enc_name == "lexical":  # one shared vocabulary
            m = enc.encode([t for k in names for t in texts[k]])
            vecs = {k: m[i * 2 * n:(i + 1) * 2 * n] for i, k in enumerate(names)}
        else:
            vecs = {k: enc.encode(texts[k]) for k in names}
        print(f"[{enc_name}: {len(names) * 2 * n} texts in {time.perf_counter() - t0:.1f} s]")
        cos = {k: rowcos(v[:n], v[n:]) for k, v in vecs.items()}
        old = np.where(both_titled, 0.5 * cos["title (or lead 120 w)"] + 0.5 * cos["lead 120 w"], cos["lead 120 w"])
        report(f"{enc_name}: previous default (title/lead 120 mix, lead alone unless both titled)", clip(old))
        for k in names:
            report(f"{enc_name}: {k}", clip(cos[k]))
        report(f"{enc_name}: unclipped opening view", cos["opening view (title + lead 90 w)"], keep=False)
        new = 0.5 * cos["headline view (title or first sentence)"] + 0.5 * cos["opening view (title + lead 90 w)"]
        report(f"{enc_name}: NEW DEFAULT 0.5 headline + 0.5 opening", clip(new))
        report(f"{enc_name}: 0.5 title-or-lead + 0.5 title + lead 120",
               clip(0.5 * cos["title (or lead 120 w)"] + 0.5 * cos["title + lead 120 w"]))
        if enc_name != "lexical":
            # The body in 60-word chunks: mean chunk vector, and mean best-matching chunk.
            chunks, owner = [], []
            for i, a in enumerate(arts):
                words = a.text.split()
                for s in range(0, max(len(words), 1), 60):
                    chunks.append(" ".join(words[s:s + 60]) or (a.title or ""))
                    owner.append(i)
            C, owner = enc.encode(chunks), np.array(owner)
            best, meanvec = np.empty(n), np.empty(n)
            for i in range(n):
                a, b = C[owner == i], C[owner == n + i]
                sim = a @ b.T
                best[i] = 0.5 * (sim.max(axis=1).mean() + sim.max(axis=0).mean())
                va, vb = a.mean(0), b.mean(0)
                meanvec[i] = va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb))
            report(f"{enc_name}: body chunks, best-match mean", clip(best))
            report(f"{enc_name}: body chunks, mean vector", clip(meanvec))

    # Entities and places (SemEval's Entities and Geography dimensions): spaCy NER overlap.
    from fogofwar.nlp import load_nlp

    t0 = time.perf_counter()
    docs = list(load_nlp().pipe([f"{a.title}\n\n{a.text}" if a.title else a.text for a in arts], batch_size=16))
    print(f"[spaCy: {2 * n} docs in {time.perf_counter() - t0:.1f} s]")
    lex = st.LexicalEncoder()
    ents = lambda d, labels: " ".join(e.text for e in d.ents if e.label_ in labels)  # noqa: E731
    E = lex.encode([ents(d, {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"}) for d in docs])
    report("entities: rarity-weighted cosine of entity words", rowcos(E[:n], E[n:]))
    G = lex.encode([ents(d, {"GPE", "LOC", "FAC"}) for d in docs])
    report("places: rarity-weighted cosine of place words", rowcos(G[:n], G[n:]))

    for enc_name in args.encoders.split(","):
        key = f"{enc_name}: NEW DEFAULT 0.5 headline + 0.5 opening"
        if enc_name == "lexical" or key not in comps:
            continue
        for other in ("lexical: NEW DEFAULT 0.5 headline + 0.5 opening", "entities: rarity-weighted cosine of entity words",
                      "places: rarity-weighted cosine of place words"):
            if other in comps:
                report(f"z-mean({enc_name} default, {other.split(':')[0]})",
                       (zscore(comps[key]) + zscore(comps[other])) / 2, keep=False)
    X = np.column_stack(list(comps.values()))
    print(f"{'5-fold CV least-squares fit over all ' + str(X.shape[1]) + ' components':58s} {-cv_linear(X, gold):.4f}")


if __name__ == "__main__":
    main()
