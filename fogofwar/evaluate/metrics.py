"""Small, dependency-free metric helpers shared by the evaluators.

Classification scores follow scikit-learn's conventions (precision of a class with
no predictions is 0; weighted F1 weights each class by its gold support), so the
numbers can be compared with published CASE 2021 results.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from statistics import median

from fogofwar.geodesy import haversine_km


# ACLED exports have used several date layouts over the years.
_DATE_FORMATS = (
    "%d-%b-%y",  # 9-May-20 (modern web exports)
    "%d-%B-%y",
    "%d-%b-%Y",  # 09-May-2020
    "%d %B %Y",  # 09 May 2020
    "%d %b %Y",
    "%Y-%m-%d",  # ISO
    "%d/%m/%Y",  # 09/05/2020 (older Africa files)
    "%Y/%m/%d",
)


def parse_acled_date(text: str | None) -> date | None:
    """An ACLED event_date in any of the layouts seen in exports; None when unreadable."""
    if not text:
        return None
    s = text.strip()
    # ISO timestamps ('2020-05-09T00:00:00') keep only the date.
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", s):
        s = s[:10]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None



def nearest_km(lat: float, lon: float, golds: Iterable[tuple[float, float]]) -> float | None:
    """Distance to the closest gold point; None when there is no gold point."""
    dists = [haversine_km(lat, lon, g_lat, g_lon) for g_lat, g_lon in golds]
    return min(dists) if dists else None


def safe_div(num: float, den: float) -> float:
    return num / den if den else 0.0


def per_class_prf(gold: Sequence[str], pred: Sequence[str | None], labels: Sequence[str]) -> dict[str, dict]:
    """Precision, recall, F1 and support for each label.

    A prediction outside `labels` (e.g. None, 'no type') only costs recall, as with
    scikit-learn's `labels=` argument.
    """
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    support: Counter = Counter(gold)
    for g, p in zip(gold, pred):
        if p is not None:
            n_pred[p] += 1
        if g == p:
            tp[g] += 1
    out: dict[str, dict] = {}
    for label in labels:
        prec = safe_div(tp[label], n_pred[label])
        rec = safe_div(tp[label], support[label])
        f1 = safe_div(2 * prec * rec, prec + rec)
        out[label] = {"precision": prec, "recall": rec, "f1": f1, "support": support[label], "predicted": n_pred[label]}
    return out


def summary_f1(per_class: dict[str, dict]) -> dict[str, float]:
    """Macro F1 (mean over labels with gold support) and support-weighted F1/precision/recall."""
    with_support = {k: v for k, v in per_class.items() if v["support"]}
    total = sum(v["support"] for v in with_support.values())
    if not with_support:
        return {"macro_f1": 0.0, "weighted_f1": 0.0, "weighted_precision": 0.0, "weighted_recall": 0.0}
    return {
        "macro_f1": sum(v["f1"] for v in with_support.values()) / len(with_support),
        "weighted_f1": sum(v["f1"] * v["support"] for v in with_support.values()) / total,
        "weighted_precision": sum(v["precision"] * v["support"] for v in with_support.values()) / total,
        "weighted_recall": sum(v["recall"] * v["support"] for v in with_support.values()) / total,
    }


def confusion_pairs(gold: Sequence[str], pred: Sequence[str | None], top: int = 15, none_label: str = "(no type)") -> list[dict]:
    """The most frequent (gold, predicted) disagreements."""
    pairs = Counter((g, p if p is not None else none_label) for g, p in zip(gold, pred) if g != p)
    return [{"gold": g, "pred": p, "count": n} for (g, p), n in pairs.most_common(top)]


def share(flags: Iterable[bool]) -> float | None:
    """Fraction of True; None for an empty sequence (no evidence either way)."""
    values = list(flags)
    return sum(values) / len(values) if values else None


def distance_stats(distances: Sequence[float | None], thresholds: Sequence[float] = (10, 50)) -> dict:
    """Median error over resolved items; within-X shares over ALL items (None = unresolved = miss)."""
    resolved = sorted(d for d in distances if d is not None)
    out: dict = {
        "n": len(distances),
        "resolved": len(resolved),
        "median_km": round(median(resolved), 1) if resolved else None,
    }
    for t in thresholds:
        out[f"within_{int(t)}km"] = share(d is not None and d <= t for d in distances)
    return out


def rounded(obj, digits: int = 4):
    """Round every float in a nested structure (for stable, readable JSON)."""
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, dict):
        return {k: rounded(v, digits) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [rounded(v, digits) for v in obj]
    return obj
