"""CASE 2021 Task 2: type news snippets with the extractor's rules and score them.

A snippet's type is the extractor's most confident sentence typing
(`fogofwar.extract.type_text`); no match means "no ACLED type".  Scores are
computed over the 25 ACLED classes; the five non-ACLED classes are scored apart, as
the rate at which they wrongly receive an ACLED type.
"""
from __future__ import annotations

import csv
import functools
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from fogofwar.evaluate.metrics import confusion_pairs, per_class_prf, rounded, safe_div, summary_f1
from fogofwar.model import SUB_EVENT_TYPES, TAXONOMY

LABELS_FILE = Path(__file__).with_name("case_labels.yaml")
MAX_SNIPPET_CHARS = 20_000  # benchmark snippets are short; bound hostile input anyway
MODES = ("classify", "extract")


@dataclass(frozen=True)
class CaseItem:
    id: str
    text: str
    label: str


@dataclass(frozen=True)
class SnippetType:
    sub_event_type: str
    event_type: str
    score: float
    rule: str
    trigger: str


@functools.lru_cache(maxsize=1)
def case_labels() -> tuple[dict[str, str], tuple[str, ...]]:
    """(short label -> ACLED sub-event type, the non-ACLED short labels)."""
    data = yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))
    mapping = {str(k): str(v) for k, v in data["acled"].items()}
    unknown = set(mapping.values()) - set(SUB_EVENT_TYPES)
    if unknown:
        raise ValueError(f"{LABELS_FILE.name}: not ACLED sub-event types: {sorted(unknown)}")
    return mapping, tuple(data["non_acled"])


def read_case_tsv(path: str | Path, limit: int | None = None) -> list[CaseItem]:
    """Rows of a CASE-style TSV with columns id, EventSnippet, SubType."""
    items: list[CaseItem] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing columns {sorted(missing)}")
        for row in reader:
            if limit is not None and len(items) >= limit:
                break
            items.append(CaseItem(str(row["id"]), (row["EventSnippet"] or "")[:MAX_SNIPPET_CHARS], (row["SubType"] or "").strip()))
    return items


def type_snippet(doc, typer=None) -> SnippetType | None:
    """The extractor's own typing of a snippet: the most confident sentence, after the
    actor-based refinements (territory direction, attacks on civilians).  With a trained
    `typer`, a snippet the rules typed may be re-typed from the whole snippet's text; one the
    rules left untyped stays untyped (the rules decide what is an event), unless the typer has a
    `fallback` (fogofwar.extract.embedded): then it gets the typer's type, or none when the typer
    says no event."""
    from fogofwar.extract import type_text

    best = type_text(doc)
    if best is None:
        guess = typer.fallback(doc) if typer is not None and hasattr(typer, "fallback") else None
        if guess is None:
            return None
        return SnippetType(guess.sub_event_type, guess.event_type, guess.probability, "embedded fallback", "")
    event_type, sub, rule = best.event_type, best.sub_event_type, best.rule
    if typer is not None:
        event_type, new_sub, _ = typer.retype(doc, event_type, sub)
        if new_sub != sub:
            sub, rule = new_sub, f"model (rule {best.rule})"
    return SnippetType(sub, event_type, best.score, rule, best.trigger_text)


def type_snippet_by_extraction(doc, item_id: str = "snippet", typer=None) -> SnippetType | None:
    """The snippet's type as the full extractor reports it (after actor-based refinement),
    counting statements too: the most confident report, first wins ties."""
    from fogofwar.extract import extract
    from fogofwar.model import Article

    reports = extract(Article(id=item_id, text=doc.text), doc, typer=typer).reports
    if not reports:
        return None
    best = max(reports, key=lambda r: r.confidence)  # max() keeps the first of equals
    return SnippetType(best.sub_event_type, best.event_type, best.confidence, best.reason.split(";")[0], best.trigger or "")


def evaluate_case(
    gold_path: str | Path,
    limit: int | None = None,
    mode: str = "classify",
    nlp=None,
    errors_path: str | Path | None = None,
    on_progress=None,
    typer=None,
) -> dict:
    """Scores of the extractor's typing on a CASE 2021 Task 2 file, as a JSON-able dict.
    `typer`: a trained sub-event-type model (fogofwar.extract.trained) combined with the rules."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    mapping, non_acled = case_labels()
    items = read_case_tsv(gold_path, limit)
    unknown = sorted({it.label for it in items} - set(mapping) - set(non_acled))
    if nlp is None:
        from fogofwar.nlp import load_nlp

        nlp = load_nlp()

    t0 = time.perf_counter()
    preds: list[SnippetType | None] = []
    for item, doc in zip(items, nlp.pipe((it.text for it in items), batch_size=64)):
        preds.append(type_snippet(doc, typer) if mode == "classify" else type_snippet_by_extraction(doc, item.id, typer))
        if on_progress:
            on_progress()
    seconds = time.perf_counter() - t0

    acled_idx = [i for i, it in enumerate(items) if it.label in mapping]
    gold = [mapping[items[i].label] for i in acled_idx]
    pred = [preds[i].sub_event_type if preds[i] else None for i in acled_idx]
    labels = [sub for subs in TAXONOMY.values() for sub in subs]
    per_class = per_class_prf(gold, pred, labels)
    summary = summary_f1(per_class)
    correct = sum(g == p for g, p in zip(gold, pred))
    coarse_correct = sum(p is not None and SUB_EVENT_TYPES[g] == SUB_EVENT_TYPES[p] for g, p in zip(gold, pred))

    non_idx = [i for i, it in enumerate(items) if it.label in non_acled]
    by_label: dict[str, dict] = {}
    for label in non_acled:
        idx = [i for i in non_idx if items[i].label == label]
        typed = Counter(preds[i].sub_event_type for i in idx if preds[i])
        by_label[label] = {
            "n": len(idx),
            "given_acled_type": sum(typed.values()),
            "rate": safe_div(sum(typed.values()), len(idx)),
            "top_types": [{"type": t, "count": n} for t, n in typed.most_common(3)],
        }
    wrongly_typed = sum(1 for i in non_idx if preds[i])
    untyped = sum(p is None for p in pred)
    short_of = {v: k for k, v in mapping.items()}

    result = {
        "gold_file": str(gold_path),
        "mode": mode,
        "snippets": len(items),
        "acled_snippets": len(gold),
        "non_acled_snippets": len(non_idx),
        "unknown_labels": unknown,
        "accuracy": safe_div(correct, len(gold)),
        "event_type_accuracy": safe_div(coarse_correct, len(gold)),
        **summary,
        "acled_untyped": {"n": untyped, "rate": safe_div(untyped, len(gold))},
        "non_acled_given_acled_type": {"n": wrongly_typed, "rate": safe_div(wrongly_typed, len(non_idx)), "by_label": by_label},
        "per_class": {sub: {"label": short_of[sub], **v} for sub, v in per_class.items()},
        "confusion_top": confusion_pairs(gold, pred, top=15),
        "rules_fired": dict(Counter(p.rule for p in preds if p).most_common()),
        "seconds": seconds,
        "target": {"weighted_f1": 0.84},
    }
    if typer is not None:
        trained = typer.meta.get("trained_on", {})
        result["model"] = {"dir": str(typer.model_dir) if typer.model_dir else None, "threshold": typer.threshold,
                           "trained_on": {k: trained.get(k) for k in ("file", "sha256", "split", "notes")}}
    if errors_path:
        _write_errors(errors_path, items, preds, mapping)
    return rounded(result)


def _write_errors(path: str | Path, items: list[CaseItem], preds: list[SnippetType | None], mapping: dict[str, str]) -> None:
    """One JSON line per wrong snippet, for error analysis (keep the file outside the repo)."""
    with open(path, "w", encoding="utf-8") as fh:
        for item, p in zip(items, preds):
            gold = mapping.get(item.label)  # None for the non-ACLED labels
            got = p.sub_event_type if p else None
            if gold == got:
                continue
            fh.write(json.dumps({
                "id": item.id, "gold_label": item.label, "gold": gold, "pred": got,
                "rule": p.rule if p else None, "trigger": p.trigger if p else None,
                "score": p.score if p else None, "text": item.text,
            }, ensure_ascii=False) + "\n")


def format_case_rows(result: dict) -> tuple[list[tuple[str, str]], list[tuple], list[tuple]]:
    """Summary rows, per-class rows and confusion rows for a table."""
    non = result["non_acled_given_acled_type"]
    summary = [
        ("gold file", result["gold_file"]),
        ("mode", result["mode"]),
        ("trained model", f"{result['model']['dir']} (threshold {result['model']['threshold']})" if result.get("model") else "none (rules only)"),
        ("snippets (ACLED / non-ACLED)", f"{result['snippets']} ({result['acled_snippets']} / {result['non_acled_snippets']})"),
        ("weighted F1 (target 0.84)", f"{result['weighted_f1']:.3f}"),
        ("macro F1", f"{result['macro_f1']:.3f}"),
        ("accuracy (sub-event type)", f"{result['accuracy']:.3f}"),
        ("accuracy (event type)", f"{result['event_type_accuracy']:.3f}"),
        ("ACLED snippets with no type", f"{result['acled_untyped']['n']} ({result['acled_untyped']['rate']:.3f})"),
        ("non-ACLED snippets given an ACLED type", f"{non['n']} ({non['rate']:.3f})"),
    ]
    summary += [(f"  {label}", f"{v['given_acled_type']}/{v['n']}") for label, v in non["by_label"].items()]
    per_class = [
        (sub, v["label"], f"{v['precision']:.2f}", f"{v['recall']:.2f}", f"{v['f1']:.2f}", str(v["support"]), str(v["predicted"]))
        for sub, v in result["per_class"].items()
    ]
    confusion = [(c["gold"], c["pred"], str(c["count"])) for c in result["confusion_top"]]
    return summary, per_class, confusion

