from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FOGOFWAR_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
FIXTURES = ROOT / "tests" / "fixtures"
DEMO = ROOT / "fogofwar" / "demo"


@pytest.fixture
def shared() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def seeds(shared) -> Path:
    return shared / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from fogofwar.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """The five seed articles ingested once into a fresh database (shared by read-only tests)."""
    if not SEEDS.is_dir():
        pytest.skip("../shared is not present")
    from fogofwar.pipeline import ingest_paths
    from fogofwar.store import Store

    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    store = Store.open(path)
    summary = ingest_paths(store, [SEEDS])
    assert summary.new == 5 and not summary.problems
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory):
    from fogofwar.pipeline import ingest_paths
    from fogofwar.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store.open(path)
    ingest_paths(store, [DEMO])
    yield store
    store.close()


def seed_file(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not present")
    return matches[0]


def event_reports(text: str, published) -> list:
    """The event reports (statements left out) that the pipeline makes of `text`."""
    from fogofwar.pipeline import process_text

    return [r for r in process_text(text, published=published)[1] if r.is_event]


def first_event(text: str, published):
    found = event_reports(text, published)
    assert found, f"no event from: {text}"
    return found[0]


def places_found(nlp, text: str) -> list[tuple[str, str | None]]:
    """(surface, resolved place name or None) for each toponym geoparse() finds in `text`."""
    from fogofwar.geo import geoparse

    return [(t.text, t.place.name if t.place is not None and t.place.resolved else None) for t in geoparse(nlp(text))]


def resolve_mentions(nlp, text: str, *names: str):
    """Every mention of each name, resolved as given (gold) spans, in text order."""
    import re

    from fogofwar.geo.parse import resolve_spans

    spans = sorted((m.start(), m.end()) for n in names for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text))
    return resolve_spans(nlp(text), spans)


def event_place(nlp, text: str, sentence: int = 0):
    """The place `locate()` gives the event told in one sentence of `text` (the first by default)."""
    from fogofwar.geo import geoparse, locate

    doc = nlp(text)
    found = geoparse(doc)
    sent = list(doc.sents)[sentence]
    return locate(doc, sent.start_char, sent.end_char, found)


def sub_types(reports) -> list[str]:
    """The sub-event types of reports, in order."""
    return [r.sub_event_type for r in reports]


def extracted(nlp, text: str, published=None, events_only: bool = False) -> list:
    """The reports extract() makes of `text` on its own (statements too unless `events_only`)."""
    from fogofwar.extract import extract
    from fogofwar.model import Article

    reports = extract(Article(id="t", text=text, published=published), nlp(text)).reports
    return [r for r in reports if r.is_event] if events_only else reports
