"""The reference articles' expectations (../shared/seeds/EXPECTED.md) as a checklist.

The seeds are ingested into a throw-away database with the real pipeline, then each
check of `seeds_checklist.yaml` is run against the stored events, reports and
articles.  A missed event check names the closest event and the criteria it failed.
"""
from __future__ import annotations

import functools
import os
import re
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml

from fogofwar.geodesy import haversine_km
from fogofwar.model import Article, Event, Report

CHECKLIST_FILE = Path(__file__).with_name("seeds_checklist.yaml")
EVENT_KEYS = {
    "sub_event_types", "event_types", "articles", "articles_any", "min_reports", "max_sources", "near", "near_any",
    "country", "date_from", "date_to", "date_overlaps", "date_start", "date_end", "time_precision", "fatalities", "actors",
    "claimant", "modality",
}


def default_seeds_dir() -> Path | None:
    """../shared/seeds beside the checkout (or $FOGOFWAR_SHARED/seeds)."""
    env = os.environ.get("FOGOFWAR_SHARED")
    root = Path(env) if env else Path(__file__).resolve().parents[2].parent / "shared"
    folder = root / "seeds"
    return folder if folder.is_dir() else None


@functools.lru_cache(maxsize=1)
def load_checklist() -> list[dict]:
    checks = yaml.safe_load(CHECKLIST_FILE.read_text(encoding="utf-8"))["checks"]
    for c in checks:
        if c["kind"] == "event" and (unknown := set(c) - EVENT_KEYS - {"id", "description", "kind"}):
            raise ValueError(f"{CHECKLIST_FILE.name}: check {c['id']} has unknown keys {sorted(unknown)}")
    return checks


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


class SeedWorld:
    """What the pipeline stored for the seeds, indexed for the checks."""

    def __init__(self, articles: list[Article], events: list[Event], reports: list[Report]):
        self.articles = articles
        self.events = events
        self.reports = reports
        self.prefix_of: dict[str, str] = {}
        for a in articles:
            name = Path(a.source_path or a.id).name
            self.prefix_of[a.id] = name.split("_", 1)[0]

    def article_prefixes(self, event: Event) -> set[str]:
        return {self.prefix_of.get(r.article_id, r.article_id) for r in event.reports}


def _actor_names(event: Event) -> list[str]:
    names = []
    for holder in (event, *event.reports):
        for a in (holder.actor1, holder.actor2, *holder.assoc_actor1, *holder.assoc_actor2):
            if a is not None:
                names.append(a.name)
                if a.sponsor:
                    names.append(a.sponsor)
    return names


def _criteria(check: dict, world: SeedWorld) -> list[tuple[str, Callable[[Event], bool]]]:
    """(label, test) for each criterion the check names."""
    out: list[tuple[str, Callable[[Event], bool]]] = []
    c = check
    if "sub_event_types" in c:
        out.append((f"sub-event type in {c['sub_event_types']}", lambda e: e.sub_event_type in c["sub_event_types"]))
    if "event_types" in c:
        out.append((f"event type in {c['event_types']}", lambda e: e.event_type in c["event_types"]))
    if "articles" in c:
        out.append((f"reported by all of {c['articles']}", lambda e: set(c["articles"]) <= world.article_prefixes(e)))
    if "articles_any" in c:
        out.append((f"reported by one of {c['articles_any']}", lambda e: bool(set(c["articles_any"]) & world.article_prefixes(e))))
    if "min_reports" in c:
        out.append((f">= {c['min_reports']} reports", lambda e: len(e.reports) >= c["min_reports"]))
    if "max_sources" in c:
        out.append((f"<= {c['max_sources']} independent origins", lambda e: e.n_sources <= c["max_sources"]))
    points = [c["near"]] if "near" in c else c.get("near_any", [])
    if points:
        def near(e: Event) -> bool:
            p = e.place
            return p is not None and p.latitude is not None and any(
                haversine_km(p.latitude, p.longitude, lat, lon) <= km for lat, lon, km in points
            )
        out.append(("within " + " or ".join(f"{km} km of {lat}N {lon}E" for lat, lon, km in points), near))
    if "country" in c:
        out.append((f"in {c['country']}", lambda e: e.place is not None and e.place.country == c["country"]))
    if "date_from" in c or "date_to" in c:
        lo, hi = _as_date(c.get("date_from", date.min)), _as_date(c.get("date_to", date.max))
        out.append((f"date_start in {lo}..{hi}", lambda e: e.date_start is not None and lo <= e.date_start <= hi))
    if "date_overlaps" in c:
        lo, hi = (_as_date(d) for d in c["date_overlaps"])
        out.append((f"dates overlap {lo}..{hi}", lambda e: e.date_start is not None and e.date_start <= hi and (e.date_end or e.date_start) >= lo))
    if "date_start" in c:
        out.append((f"date_start {c['date_start']}", lambda e: e.date_start == _as_date(c["date_start"])))
    if "date_end" in c:
        out.append((f"date_end {c['date_end']}", lambda e: (e.date_end or e.date_start) == _as_date(c["date_end"])))
    if "time_precision" in c:
        out.append((f"time_precision {c['time_precision']}", lambda e: e.time_precision == c["time_precision"]))
    if "fatalities" in c:
        out.append((f"fatalities {c['fatalities']}", lambda e: e.fatalities.acled == c["fatalities"]))
    for pattern in c.get("actors", []):
        out.append((f"actor /{pattern}/", lambda e, p=pattern: any(re.search(p, n, re.I) for n in _actor_names(e))))
    if "claimant" in c or "modality" in c:
        label = " ".join(x for x in (f"claimant /{c['claimant']}/" if "claimant" in c else "",
                                     f"modality {c['modality']}" if "modality" in c else "") if x)

        def claimed(e: Event) -> bool:
            return any(
                ("claimant" not in c or (r.claimant and re.search(c["claimant"], r.claimant, re.I)))
                and ("modality" not in c or r.modality == c["modality"])
                for r in e.reports
            )
        out.append((label, claimed))
    return out


def _describe(e: Event, world: SeedWorld) -> str:
    p = e.place
    where = f"{p.name or p.text} ({p.latitude:.2f}, {p.longitude:.2f})" if p and p.latitude is not None else (p.text if p else "no place")
    dates = f"{e.date_start}..{e.date_end}" if e.date_end and e.date_end != e.date_start else str(e.date_start)
    actors = " vs ".join(a.name for a in (e.actor1, e.actor2) if a) or "no actors"
    claimants = sorted({f"{r.claimant or '-'}/{r.modality}" for r in e.reports})
    return (f"{e.sub_event_type}, {dates} (p{e.time_precision}), {where}, {actors}, {e.fatalities.acled} killed, "
            f"articles {sorted(world.article_prefixes(e))}, {len(e.reports)} reports/{e.n_sources} origins, claims {claimants}")


def check_event(check: dict, world: SeedWorld) -> tuple[bool, str]:
    criteria = _criteria(check, world)
    best: tuple[int, Event | None, list[str]] = (-1, None, [])
    for e in world.events:
        failed = [label for label, test in criteria if not test(e)]
        if not failed:
            return True, _describe(e, world)
        score = len(criteria) - len(failed)
        if score > best[0]:
            best = (score, e, failed)
    if best[1] is None:
        return False, "no events at all"
    return False, f"closest: {_describe(best[1], world)}; fails: {'; '.join(best[2])}"


def check_no_evidence(check: dict, world: SeedWorld, events_only: bool) -> tuple[bool, str]:
    pattern = re.compile(check["pattern"], re.I)
    only = set(check.get("articles", []))
    hits = [
        r for r in world.reports
        if (r.is_event or not events_only)
        and (not only or world.prefix_of.get(r.article_id) in only)
        and pattern.search(r.evidence)
    ]
    if not hits:
        return True, f"no {'event ' if events_only else ''}report matches /{check['pattern']}/"
    shown = "; ".join(f"{world.prefix_of.get(r.article_id)}: {r.sub_event_type} ({r.modality}) '{r.evidence[:90]}'" for r in hits[:3])
    return False, f"{len(hits)} report(s) match: {shown}"


def check_no_comment_evidence(check: dict, world: SeedWorld) -> tuple[bool, str]:
    problems = []
    for prefix in check.get("require_comments_in", []):
        arts = [a for a in world.articles if world.prefix_of[a.id] == prefix]
        if not arts or not any(a.comments for a in arts):
            problems.append(f"no reader comments were split off from {prefix}, so comment text may be in the article body")
    comments = [_norm(c) for a in world.articles for c in a.comments]
    leaked = [r for r in world.reports if any(_norm(r.evidence) in c for c in comments)]
    if leaked:
        problems.append(f"{len(leaked)} report(s) rest on comment text, e.g. '{leaked[0].evidence[:90]}'")
    if "pattern" in check:
        ok, detail = check_no_evidence(check, world, events_only=False)
        if not ok:
            problems.append(detail)
    if problems:
        return False, "; ".join(problems)
    n_comments = len(comments)
    return True, f"{n_comments} comments split off; no report evidence found in them"


def run_checks(world: SeedWorld, checks: list[dict] | None = None) -> list[dict]:
    results = []
    for check in checks if checks is not None else load_checklist():
        kind = check["kind"]
        if kind == "event":
            passed, detail = check_event(check, world)
        elif kind == "no_event_evidence":
            passed, detail = check_no_evidence(check, world, events_only=True)
        elif kind == "no_report_evidence":
            passed, detail = check_no_evidence(check, world, events_only=False)
        elif kind == "no_comment_evidence":
            passed, detail = check_no_comment_evidence(check, world)
        else:
            raise ValueError(f"unknown check kind {kind!r} in {check['id']}")
        results.append({"id": check["id"], "kind": kind, "description": check["description"], "passed": passed, "detail": detail})
    return results


def load_world(seeds_dir: str | Path, db_path: str | Path) -> tuple[SeedWorld, list[str]]:
    """Ingest the seeds into a new database with the real pipeline; also returns ingest problems."""
    from fogofwar.pipeline import ingest_paths
    from fogofwar.store import Store

    store = Store.open(db_path)
    try:
        summary = ingest_paths(store, [seeds_dir])
        articles = list(store.iter_articles())
        events = list(store.iter_events())
        reports = [r for a in articles for r in store.reports_for_article(a.id)]
    finally:
        store.close()
    problems = [f"{p.source}: {p.reason}" for p in summary.problems]
    return SeedWorld(articles, events, reports), problems


def evaluate_seeds(seeds_dir: str | Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="fogofwar-seeds-") as tmp:
        world, problems = load_world(seeds_dir, Path(tmp) / "seeds.db")
    checks = run_checks(world)
    return {
        "seeds_dir": str(seeds_dir),
        "articles": len(world.articles),
        "events": len(world.events),
        "reports": len(world.reports),
        "statements": sum(not r.is_event for r in world.reports),
        "ingest_problems": problems,
        "passed": sum(c["passed"] for c in checks),
        "total": len(checks),
        "checks": checks,
    }
