"""The web app in a real headless browser: Debian's chromium driven by Playwright.

Loads a database, sees the markers, filters by type, opens an event and reads its
evidence, and proves that markup in article text and comments stays inert.
Screenshots go to test-output/."""
from __future__ import annotations

import random
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from fogofwar.api import create_app
from fogofwar.api.server import running
from fogofwar.api.synthetic import make_event, make_hostile, store_items
from fogofwar.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
OUTPUT = Path(__file__).resolve().parents[1] / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium (scripts/install-browser.sh)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "web.db"
    rng = random.Random(11)
    items = [make_event(rng, i, date(2024, 3, 1), 60) for i in range(60)]
    hostile = make_hostile()
    with Store.open(db) as store:
        store_items(store, items + [hostile])
    with running(create_app(db)) as base:
        yield {"base": base, "events": [e for _, _, e in items] + [hostile[2]], "hostile": hostile}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser, site):
    # bypass_csp: the page must be safe through how it builds the DOM, not only thanks to
    # its Content-Security-Policy (it also lets Playwright evaluate its wait predicates).
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.errors = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(site["base"] + "/")
    page.wait_for_selector("body[data-ready='1'][data-base-map='50m']", timeout=30_000)
    yield page
    context.close()


def shown_total(page) -> int:
    """Events drawn: single markers plus the counts written on cluster icons."""
    markers = page.locator("path.event-marker").count()
    clusters = sum(int(t) for t in page.locator(".cluster span").all_inner_texts())
    return markers + clusters


def zoom_into_clusters(page, tries: int = 8) -> None:
    """Click cluster icons, as a reader would, until single event markers show."""
    for _ in range(tries):
        if page.locator("path.event-marker").count():
            return
        page.locator(".cluster").first.click()
        page.wait_for_timeout(500)  # the zoom animation, then the redraw on moveend


def test_markers_filter_and_evidence(page, site):
    events = site["events"]
    page.wait_for_function(f"document.getElementById('status').dataset.count === '{len(events)}'")
    assert shown_total(page) == len(events)
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "web_map.png"))

    # Filter by type: only that type's markers remain.
    counts = Counter(e.event_type for e in events)
    kind, n = counts.most_common(1)[0]
    page.select_option("#f-event_type", kind)
    page.wait_for_function(f"document.getElementById('status').dataset.count === '{n}'")
    assert shown_total(page) == n
    zoom_into_clusters(page)
    types = page.eval_on_selector_all("path.event-marker", "els => els.map(e => e.dataset.eventType)")
    assert types and set(types) == {kind}

    # Open an event and read its evidence, with the trigger highlighted.
    marker = page.locator("path.event-marker").first
    event_id = marker.get_attribute("data-event-id")
    marker.dispatch_event("click")  # a force-click at its position may hit an overlapping marker
    page.wait_for_selector("#panel-body .report")
    event = next(e for e in events if e.id == event_id)
    evidence = page.locator("#panel-body .evidence").all_inner_texts()
    assert sorted(evidence) == sorted(r.evidence for r in event.reports)
    triggers = page.locator("#panel-body .evidence mark.sp-trigger").all_inner_texts()
    assert triggers and set(triggers) == {r.trigger for r in event.reports}
    assert page.locator("#panel-body .origin").count() == len({r.origin for r in event.reports})
    if event.contested:
        assert page.locator("#panel-body .side-by-side .claim").count() == len(event.claims)
    page.screenshot(path=str(OUTPUT / "web_event.png"))
    assert page.errors == []


def test_timeline_brush_sets_the_date_range(page, site):
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    date_from = page.input_value("#f-date_from")
    date_to = page.input_value("#f-date_to")
    assert date_from and date_to and date_from <= date_to
    lo, hi = date.fromisoformat(date_from), date.fromisoformat(date_to)
    n = sum(1 for e in site["events"] if lo <= e.date_start <= hi)
    assert 0 < n < len(site["events"])
    page.wait_for_function(f"document.getElementById('status').dataset.count === '{n}'")
    assert shown_total(page) == n
    page.screenshot(path=str(OUTPUT / "web_brush.png"))
    page.dblclick("#timeline")  # clears the range
    page.wait_for_function(f"document.getElementById('status').dataset.count === '{len(site['events'])}'")
    assert page.input_value("#f-date_from") == ""


def test_hostile_markup_renders_inert(page, site):
    article, reports, event = site["hostile"]
    page.fill("#f-q", "Qaryat")
    page.wait_for_function("document.getElementById('status').dataset.count === '1'")
    # The search box lists matching articles, their markup as text.
    page.wait_for_selector("#search-hits li .hit-title")
    assert page.locator("#search-hits li .hit-title").all_inner_texts() == [article.title]
    assert page.locator("#search-hits mark").first.inner_text().lower() == "qaryat"
    assert page.locator("#search-hits img, #search-hits script").count() == 0
    page.keyboard.press("Escape")
    page.locator(f"path.event-marker[data-event-id='{event.id}']").dispatch_event("click")
    page.wait_for_selector("#panel-body .report")
    evidence = page.locator("#panel-body .evidence").inner_text()
    assert evidence == reports[0].evidence  # shown as text, character for character
    assert page.locator("#panel-body .evidence mark.sp-place").inner_text() == "Qaryat al Hurr"
    page.screenshot(path=str(OUTPUT / "web_hostile_event.png"))

    page.get_by_text("read the article").click()
    page.wait_for_selector("#panel-body .comments")
    assert page.locator("#panel-body .article-text").inner_text().startswith(reports[0].evidence)
    assert page.locator("#panel-body .comments li").all_inner_texts() == article.comments
    assert page.locator("#panel-body h2").inner_text() == article.title
    page.screenshot(path=str(OUTPUT / "web_hostile_article.png"))

    # Nothing ran and nothing was created from the markup.
    page.wait_for_timeout(300)  # give an injected onerror a chance to fire
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.locator("#panel img, #panel script, #panel svg, #panel iframe").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.errors == []


HOSTILE_ARTICLE = """Shelling kills four in Maarat al Numan

March 3, 2024

Government forces shelled the town of Maarat al Numan in Idlib province on Sunday, killing four civilians <script>window.__pwned = 1; alert("x")</script>, a Zanzibarite monitor said.

The shells hit a school <img src=x onerror="window.__pwned = 1; alert(2)"> in the east of the town.

Comments

Reader One says:
Terrible news <script>window.__pwned = 1</script>

Reader Two says:
Look <img src=x onerror="window.__pwned = 1">
"""


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory):
    """The demo corpus shipped in fogofwar/demo, ingested by the real pipeline."""
    pipeline = pytest.importorskip("fogofwar.pipeline")
    demo = Path(__file__).resolve().parents[1] / "fogofwar" / "demo"
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.db"
    # Plus one hostile article of our own, through the same pipeline.
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    with Store.open(db) as store:
        pipeline.ingest_paths(store, [demo, hostile])
        row = store.conn.execute(
            "SELECT r.event_id, a.id FROM reports r JOIN articles a ON a.id = r.article_id "
            "WHERE a.text LIKE '%Zanzibarite%' AND r.event_id IS NOT NULL"
        ).fetchone()
        hostile_ids = (row["event_id"], row["id"]) if row else None
        rows = store.conn.execute(
            "SELECT id, event_type FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL"
        ).fetchall()
        events = {r["id"]: r["event_type"] for r in rows}
        evidence = {}
        for r in store.conn.execute("SELECT event_id, evidence FROM reports WHERE event_id IS NOT NULL"):
            evidence.setdefault(r["event_id"], []).append(r["evidence"])
    if not events:
        pytest.fail("the demo corpus produced no located events")
    with running(create_app(db)) as base:
        yield {"base": base, "events": events, "evidence": evidence, "hostile": hostile_ids}


def test_demo_database(browser, demo_site):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(demo_site["base"] + "/")
    page.wait_for_selector("body[data-ready='1'][data-base-map='50m']", timeout=30_000)
    events = demo_site["events"]
    assert page.locator("#status").get_attribute("data-count") == str(len(events))
    assert shown_total(page) == len(events)
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / "web_demo_map.png"))

    kind, n = Counter(events.values()).most_common(1)[0]
    page.select_option("#f-event_type", kind)
    page.wait_for_function(f"document.getElementById('status').dataset.count === '{n}'")
    zoom_into_clusters(page)
    marker = page.locator("path.event-marker").first
    event_id = marker.get_attribute("data-event-id")
    assert events[event_id] == kind
    marker.dispatch_event("click")  # a force-click at its position may hit an overlapping marker
    page.wait_for_selector("#panel-body .report")
    shown = page.locator("#panel-body .evidence").all_inner_texts()
    assert sorted(shown) == sorted(demo_site["evidence"][event_id])
    page.screenshot(path=str(OUTPUT / "web_demo_event.png"))
    assert errors == []
    context.close()


def test_hostile_article_through_the_pipeline_renders_inert(browser, demo_site):
    if demo_site["hostile"] is None:
        pytest.skip("the extractor made no event of the hostile article, so no event page to open")
    event_id, article_id = demo_site["hostile"]
    context = browser.new_context(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{demo_site['base']}/#event={event_id}")
    page.wait_for_selector("#panel-body .report", timeout=30_000)
    page.get_by_text("read the article").first.click()
    page.wait_for_selector("#panel-body .comments")
    text = page.locator("#panel-body .article-text").inner_text()
    assert "<script>window.__pwned = 1; alert(\"x\")</script>" in text
    comments = page.locator("#panel-body .comments li").all_inner_texts()
    assert any("<script>" in c for c in comments) and any("onerror=" in c for c in comments)
    assert "<script>" not in text.split("Comments")[-1] or "Reader One" not in text  # comments kept apart
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None and dialogs == []
    assert page.locator("#panel img, #panel script").count() == 0
    page.screenshot(path=str(OUTPUT / "web_pipeline_hostile_article.png"))
    context.close()


def test_empty_database_loads_without_errors(browser, tmp_path):
    with running(create_app(tmp_path / "empty.db")) as base:
        context = browser.new_context(viewport={"width": 1000, "height": 700}, bypass_csp=True)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        assert page.locator("#status").get_attribute("data-count") == "0"
        assert page.locator("#timeline-label").inner_text() == "No dated events"
        assert errors == []
        context.close()
