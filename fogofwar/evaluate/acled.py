"""Score the extractor against an ACLED export.

Each distinct `notes` text is one input article, published on its event date; the
rows that share the note are its gold.  The extractor's "primary" event for a note is
its first event report in text order (chosen without looking at the gold).  For
reference the result also gives "best-of" scores, where any of the note's event
reports may match: an upper bound, not the headline number.

Denominators are stated in the result: type accuracies and fatalities are over all
notes (a note with no event counts as wrong, with 0 fatalities); inter codes, date
and location are over the notes where an event was produced.
"""
from __future__ import annotations

import csv
import functools
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from fogofwar.evaluate.metrics import confusion_pairs, distance_stats, nearest_km, parse_acled_date, rounded, share
from fogofwar.model import SUB_EVENT_TYPES

COLUMNS_FILE = Path(__file__).with_name("acled_columns.yaml")
MAX_NOTE_CHARS = 20_000  # ACLED notes are a few hundred characters; bound hostile input
BATCH = 32
NO_EVENT = "(no event)"
# Held-out evaluation of a model trained on the same file: train on one half of the
# distinct notes (in file order), score on the other.
SPLITS = ("all", "even", "odd")


@dataclass
class GoldRow:
    event_date: date | None
    event_types: tuple[str, ...]  # acceptable current event types (more than one only for legacy rows)
    sub_event_type: str | None
    inter1: int | None
    inter2: int | None
    fatalities: int | None
    latitude: float | None
    longitude: float | None
    actor1: str = ""
    actor2: str = ""
    country: str = ""


@dataclass
class GoldNote:
    text: str
    rows: list[GoldRow] = field(default_factory=list)

    @property
    def published(self) -> date | None:
        dates = [r.event_date for r in self.rows if r.event_date]
        return min(dates) if dates else None

    @property
    def fatalities(self) -> int:
        # A note spread over several places has its deaths split across the rows.
        return sum(r.fatalities or 0 for r in self.rows)

    @property
    def points(self) -> list[tuple[float, float]]:
        return [(r.latitude, r.longitude) for r in self.rows if r.latitude is not None and r.longitude is not None]


@functools.lru_cache(maxsize=1)
def _config() -> dict:
    return yaml.safe_load(COLUMNS_FILE.read_text(encoding="utf-8"))


def _int(value: str | None) -> int | None:
    if value is None or not str(value).strip():
        return None
    try:
        return int(float(value))
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    if value is None or not str(value).strip():
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _header_map(fieldnames: list[str]) -> dict[str, str]:
    """Our field name -> the export's header for it."""
    lower = {name.strip().lower(): name for name in fieldnames}
    out: dict[str, str] = {}
    for ours, aliases in _config()["columns"].items():
        for alias in aliases:
            if alias.lower() in lower:
                out[ours] = lower[alias.lower()]
                break
    return out


def _types(event_type: str, sub_event_type: str | None) -> tuple[tuple[str, ...], str | None]:
    legacy = _config()["legacy_event_types"]
    if not sub_event_type and event_type in legacy:
        entry = legacy[event_type]
        return tuple(entry["event_types"]), entry.get("sub_event_type")
    if sub_event_type and not event_type:
        event_type = SUB_EVENT_TYPES.get(sub_event_type, "")
    return (event_type,), sub_event_type or None


def select_split(notes: list[GoldNote], split: str | None) -> list[GoldNote]:
    """The notes of one split: 'even' / 'odd' are the notes with an even / odd index in the
    file's distinct-note order (0-based); 'all' or None keeps every note."""
    if split in (None, "all"):
        return notes
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    parity = 0 if split == "even" else 1
    return [n for i, n in enumerate(notes) if i % 2 == parity]


def read_acled_csv(
    path: str | Path, limit: int | None = None, sample: int | None = None, seed: int = 0, split: str | None = None
) -> list[GoldNote]:
    """Distinct notes with their gold rows, in file order (or a seeded random sample),
    optionally only one split of them (taken before sampling)."""
    csv.field_size_limit(max(csv.field_size_limit(), 1_000_000))
    notes: dict[str, GoldNote] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        cols = _header_map(reader.fieldnames or [])
        missing = {"event_date", "event_type", "notes"} - set(cols)
        if missing:
            raise ValueError(f"{path}: not an ACLED export (no column for {', '.join(sorted(missing))})")

        def get(row: dict, name: str) -> str:
            return (row.get(cols[name]) or "").strip() if name in cols else ""

        for row in reader:
            text = get(row, "notes")[:MAX_NOTE_CHARS]
            if not text:
                continue
            event_types, sub = _types(get(row, "event_type"), get(row, "sub_event_type") or None)
            gold = GoldRow(
                event_date=parse_acled_date(get(row, "event_date")),
                event_types=event_types,
                sub_event_type=sub,
                inter1=_int(get(row, "inter1")),
                inter2=_int(get(row, "inter2")) or None,  # 0 / blank: no second actor
                fatalities=_int(get(row, "fatalities")),
                latitude=_float(get(row, "latitude")),
                longitude=_float(get(row, "longitude")),
                actor1=get(row, "actor1"),
                actor2=get(row, "actor2"),
                country=get(row, "country"),
            )
            notes.setdefault(text, GoldNote(text)).rows.append(gold)
    out = select_split(list(notes.values()), split)
    if sample is not None and sample < len(out):
        out = random.Random(seed).sample(out, sample)
    if limit is not None:
        out = out[:limit]
    return out


# -- matching one note --------------------------------------------------------------------
def _place_km(report, note: GoldNote) -> float | None:
    p = report.place
    if p is None or p.latitude is None or p.longitude is None:
        return None
    return nearest_km(p.latitude, p.longitude, note.points)


def _fields(report, note: GoldNote) -> dict:
    """Which of the report's fields agree with any of the note's gold rows."""
    rows = note.rows
    km = _place_km(report, note)
    inter1 = report.actor1.inter if report.actor1 else None
    inter2 = report.actor2.inter if report.actor2 else None
    return {
        "event_type": any(report.event_type in r.event_types for r in rows),
        "sub_event_type": any(r.sub_event_type == report.sub_event_type for r in rows) if any(r.sub_event_type for r in rows) else None,
        "inter1": any(r.inter1 == inter1 for r in rows),
        "inter2": any(r.inter2 == inter2 for r in rows),
        "date_exact": any(r.event_date == report.date_start for r in rows if r.event_date),
        "date_covers": any(
            report.date_start <= r.event_date <= (report.date_end or report.date_start) for r in rows if r.event_date
        ) if report.date_start else False,
        "km": km,
    }


def _match_score(f: dict) -> tuple:
    return (bool(f["sub_event_type"]), f["event_type"], f["date_exact"], f["km"] is not None and f["km"] <= 50)


def _pred_summary(report) -> dict:
    p = report.place
    return {
        "event_type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "date": report.date_start.isoformat() if report.date_start else None,
        "date_end": report.date_end.isoformat() if report.date_end else None,
        "date_text": report.date_text,
        "actor1": report.actor1.name if report.actor1 else None,
        "inter1": report.actor1.inter if report.actor1 else None,
        "actor2": report.actor2.name if report.actor2 else None,
        "inter2": report.actor2.inter if report.actor2 else None,
        "fatalities": report.fatalities.acled,
        "fatalities_text": report.fatalities.text,
        "place": (p.name or p.text) if p else None,
        "country": p.country if p else None,
        "modality": report.modality,
        "reason": report.reason,
        "evidence": report.evidence[:300],
    }


def _gold_summary(note: GoldNote) -> dict:
    r = note.rows[0]
    return {
        "rows": len(note.rows),
        "event_type": r.event_types[0],
        "sub_event_type": r.sub_event_type,
        "date": r.event_date.isoformat() if r.event_date else None,
        "actor1": r.actor1, "inter1": r.inter1, "actor2": r.actor2, "inter2": r.inter2,
        "fatalities": note.fatalities,
        "points": note.points[:3],
        "country": r.country,
    }


def evaluate_acled(
    gold_path: str | Path,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    nlp=None,
    errors_path: str | Path | None = None,
    on_start: Callable[[int], None] | None = None,
    on_progress: Callable[[], None] | None = None,
    split: str | None = None,
    typer=None,
) -> dict:
    """Event detection, typing, actors, fatalities, date and location scores on an ACLED export.
    `typer`: a trained sub-event-type model (fogofwar.extract.trained) combined with the rules."""
    from fogofwar.extract import extract
    from fogofwar.geo.parse import set_published
    from fogofwar.model import Article

    notes = read_acled_csv(gold_path, limit=limit, sample=sample, seed=seed, split=split)
    if nlp is None:
        from fogofwar.nlp import load_nlp

        nlp = load_nlp()
    if on_start:
        on_start(len(notes))

    t0 = time.perf_counter()
    per_note: list[dict] = []
    failures = 0
    err_fh = open(errors_path, "w", encoding="utf-8") if errors_path else None
    try:
        for i, (note, doc) in enumerate(zip(notes, nlp.pipe((n.text for n in notes), batch_size=BATCH))):
            article = Article(id=f"acled-{i}", text=note.text, published=note.published)
            try:
                set_published(doc, note.published)  # (a front line's period: data/geo_region_cues.yaml)
                extraction = extract(article, doc, typer=typer)
            except Exception as exc:  # one bad note must not stop the run; it is counted
                failures += 1
                print(f"extract failed on note {i}: {exc!r}"[:300], file=sys.stderr)
                extraction = None
            reports = extraction.reports if extraction else []
            events = [r for r in reports if r.is_event]
            rec = {"note": note, "events": events, "n_reports": len(reports)}
            if events:
                fields = [_fields(r, note) for r in events]
                rec["primary"] = fields[0]
                rec["best"] = max(fields, key=_match_score)
                rec["best_km"] = min((f["km"] for f in fields if f["km"] is not None), default=None)
            per_note.append(rec)
            if err_fh is not None:
                _write_error(err_fh, i, note, reports, events, rec, extraction)
            if on_progress:
                on_progress()
    finally:
        if err_fh is not None:
            err_fh.close()
    seconds = time.perf_counter() - t0
    result = _aggregate(per_note)
    result.update({"gold_file": str(gold_path), "split": split or "all", "extract_failures": failures, "seconds": seconds})
    if typer is not None:
        result["model"] = _model_summary(typer, gold_path, split)
    return rounded(result)


def _model_summary(typer, gold_path: str | Path, split: str | None) -> dict:
    """Which trained model scored, on what it was trained, and whether the scored notes were
    held out from its training (a model scored on its own training notes is optimistic)."""
    from fogofwar.extract.trained import file_sha256

    trained = typer.meta.get("trained_on", {})
    same_file = trained.get("sha256") == file_sha256(gold_path)
    disjoint = {trained.get("split"), split or "all"} == {"even", "odd"}
    return {
        "dir": str(typer.model_dir) if typer.model_dir else None,
        "threshold": typer.threshold,
        "trained_on": {k: trained.get(k) for k in ("file", "sha256", "split", "notes")},
        "held_out": not same_file or disjoint,
    }


def _write_error(fh, i: int, note: GoldNote, reports, events, rec: dict, extraction) -> None:
    p = rec.get("primary")
    gold_fat = note.fatalities
    pred_fat = events[0].fatalities.acled if events else 0
    ok = p is not None and p["event_type"] and p["sub_event_type"] is not False and pred_fat == gold_fat \
        and p["date_exact"] and p["km"] is not None and p["km"] <= 50 and p["inter1"] and p["inter2"]
    if ok:
        return
    fh.write(json.dumps({
        "i": i,
        "note": note.text,
        "gold": _gold_summary(note),
        "primary": _pred_summary(events[0]) if events else None,
        "checks": {k: v for k, v in p.items()} if p else None,
        "other_events": [_pred_summary(r)["sub_event_type"] for r in events[1:]],
        "statements": [
            {"sub_event_type": r.sub_event_type, "modality": r.modality, "date": str(r.date_start), "reason": r.reason}
            for r in reports if not r.is_event
        ],
        "skipped": [s.reason for s in extraction.skipped] if extraction else ["extract failed"],
    }, ensure_ascii=False, default=str) + "\n")


def _aggregate(per_note: list[dict]) -> dict:
    n = len(per_note)
    detected = [r for r in per_note if "primary" in r]
    has_sub = [r for r in per_note if any(row.sub_event_type for row in r["note"].rows)]
    has_sub_ids = {id(r) for r in has_sub}

    def acc(key: str, recs: list[dict], which: str = "primary") -> float | None:
        return share(bool(r.get(which, {}).get(key)) for r in recs)

    # Fatalities: the primary event's ACLED figure against the note's gold total (0 when no event).
    fat_pairs = [(r["events"][0].fatalities.acled if r["events"] else 0, r["note"].fatalities) for r in per_note]
    fat_detected = [(r["events"][0].fatalities.acled, r["note"].fatalities) for r in detected]
    fat_sum = [(sum(e.fatalities.acled for e in r["events"]), r["note"].fatalities) for r in per_note]

    gold_sub = [r["note"].rows[0].sub_event_type or NO_EVENT for r in has_sub]
    pred_sub = [r["events"][0].sub_event_type if r["events"] else None for r in has_sub]
    by_type: dict[str, list[dict]] = defaultdict(list)
    by_sub: dict[str, list[dict]] = defaultdict(list)
    for r in per_note:
        by_type[r["note"].rows[0].event_types[0]].append(r)
        by_sub[r["note"].rows[0].sub_event_type or "(none)"].append(r)

    def breakdown(groups: dict[str, list[dict]]) -> dict:
        return {
            k: {
                "notes": len(v),
                "detected": share("primary" in r for r in v),
                "event_type": acc("event_type", v),
                "sub_event_type": acc("sub_event_type", v),
                "fatalities_exact": share((r["events"][0].fatalities.acled if r["events"] else 0) == r["note"].fatalities for r in v),
            }
            for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))
        }

    return {
        "notes": n,
        "rows": sum(len(r["note"].rows) for r in per_note),
        "notes_detected": len(detected),
        "detection_recall": share("primary" in r for r in per_note),
        "notes_with_only_statements": sum(1 for r in per_note if not r["events"] and r["n_reports"]),
        "event_type_accuracy": acc("event_type", per_note),
        "sub_event_type_accuracy": acc("sub_event_type", has_sub),
        "fatalities_exact": share(p == g for p, g in fat_pairs),
        "fatalities_over": share(p > g for p, g in fat_pairs),
        "fatalities_under": share(p < g for p, g in fat_pairs),
        "inter1_accuracy": acc("inter1", detected),
        "inter2_accuracy": acc("inter2", detected),
        "date_exact": acc("date_exact", detected),
        "date_covers": acc("date_covers", detected),
        "location": distance_stats([r["primary"]["km"] for r in detected]),
        "on_detected": {
            "event_type_accuracy": acc("event_type", detected),
            "sub_event_type_accuracy": acc("sub_event_type", [r for r in detected if id(r) in has_sub_ids]),
            "fatalities_exact": share(p == g for p, g in fat_detected),
        },
        "best_of_events": {
            "event_type_accuracy": acc("event_type", per_note, "best"),
            "sub_event_type_accuracy": acc("sub_event_type", has_sub, "best"),
            "date_exact": acc("date_exact", detected, "best"),
            "location": distance_stats([r["best_km"] for r in detected]),
            "fatalities_exact_sum_of_events": share(p == g for p, g in fat_sum),
        },
        "by_event_type": breakdown(by_type),
        "by_sub_event_type": breakdown(by_sub),
        "sub_event_confusion_top": confusion_pairs(gold_sub, pred_sub, top=15, none_label=NO_EVENT),
        "target": {
            "event_type_accuracy": 0.92, "sub_event_type_accuracy": 0.85, "fatalities_exact": 0.85,
            "location_within_50km": 0.90, "date_exact": 0.95,
        },
    }


def format_acled_rows(result: dict) -> list[tuple[str, str, str]]:
    """(metric, value, target) rows for a table."""
    def f(x) -> str:
        return "-" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))

    loc, best = result["location"], result["best_of_events"]
    return [
        ("gold file", result["gold_file"], ""),
        ("split", result.get("split", "all"), ""),
        ("trained model", _model_row(result.get("model")), ""),
        ("notes (rows)", f"{result['notes']} ({result['rows']})", ""),
        ("event detection recall", f(result["detection_recall"]), ""),
        ("notes with only statements (no event)", f(result["notes_with_only_statements"]), ""),
        ("event_type accuracy", f(result["event_type_accuracy"]), ">= 0.92"),
        ("sub_event_type accuracy", f(result["sub_event_type_accuracy"]), ">= 0.85"),
        ("fatalities exact", f(result["fatalities_exact"]), ">= 0.85"),
        ("  fatalities over / under", f"{f(result['fatalities_over'])} / {f(result['fatalities_under'])}", ""),
        ("inter1 accuracy (detected)", f(result["inter1_accuracy"]), ""),
        ("inter2 accuracy (detected)", f(result["inter2_accuracy"]), ""),
        ("date exact (detected)", f(result["date_exact"]), ">= 0.95"),
        ("date range covers gold (detected)", f(result["date_covers"]), ""),
        ("location median km (resolved)", f(loc["median_km"]), ""),
        ("location within 10 km (detected)", f(loc["within_10km"]), ""),
        ("location within 50 km (detected)", f(loc["within_50km"]), ">= 0.90"),
        ("location resolved (detected)", f"{loc['resolved']}/{loc['n']}", ""),
        ("best-of-events event_type / sub_event_type", f"{f(best['event_type_accuracy'])} / {f(best['sub_event_type_accuracy'])}", "upper bound"),
        ("best-of-events within 50 km", f(best["location"]["within_50km"]), "upper bound"),
        ("extract failures", f(result["extract_failures"]), "0"),
        ("seconds", f(result["seconds"]), ""),
    ]


def _model_row(model: dict | None) -> str:
    if not model:
        return "none (rules only)"
    t = model["trained_on"]
    held = "held out" if model.get("held_out") else "NOT held out: scored on its own training notes"
    return f"{model['dir']} (threshold {model['threshold']}; trained on {t['file']} split {t['split']}, {t['notes']} notes; {held})"
