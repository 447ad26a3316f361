"""Synthetic, clearly fictitious events for benchmarks and tests of the API and web app.

Everything is generated from a seed (no real article text): places are jittered around a
few fixed centres, sentences come from templates, and spans point at the words that the
templates inserted, exactly as an extractor would mark them.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from fogofwar.model import Actor, Article, Claim, Event, Fatalities, Place, Report
from fogofwar.store import Store

# (country, iso3, admin1, town, lat, lon)
PLACES = [
    ("Syria", "SYR", "Deir ez Zor", "Mayadin", 35.02, 40.45),
    ("Syria", "SYR", "Idlib", "Maarat al Numan", 35.64, 36.67),
    ("Syria", "SYR", "Aleppo", "Aleppo", 36.20, 37.16),
    ("Iraq", "IRQ", "Nineveh", "Mosul", 36.34, 43.13),
    ("Yemen", "YEM", "Taizz", "Taizz", 13.58, 44.02),
    ("Sudan", "SDN", "Khartoum", "Omdurman", 15.64, 32.48),
    ("Ukraine", "UKR", "Donetsk", "Bakhmut", 48.59, 38.00),
    ("Somalia", "SOM", "Banaadir", "Mogadishu", 2.05, 45.32),
    ("Mali", "MLI", "Mopti", "Djenne", 13.91, -4.55),
    ("Myanmar", "MMR", "Sagaing", "Monywa", 22.11, 95.13),
]
# (event type, sub type, trigger word, sentence template)
KINDS = [
    ("Battles", "Armed clash", "clashed", "{a1} {trigger} with {a2} near {town} on Tuesday, leaving {n} dead."),
    ("Explosions/Remote violence", "Air/drone strike", "airstrike",
     "An {trigger} by {a1} hit a market in {town}, killing {n} people, {claimant} said."),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled",
     "{a1} {trigger} residential blocks of {town}; {n} civilians were killed."),
    ("Violence against civilians", "Attack", "attacked",
     "Gunmen from {a1} {trigger} a bus outside {town} and killed {n} passengers."),
    ("Protests", "Peaceful protest", "protested",
     "Hundreds of residents {trigger} peacefully in {town} against {a1}; {n} people were hurt."),
    ("Strategic developments", "Arrests", "arrested",
     "{a1} {trigger} {n} men in {town} during a night raid."),
]
ACTORS = [
    ("Military Forces of Syria", 1), ("Islamic State", 2), ("Syrian Democratic Forces", 2),
    ("Military Forces of Iraq", 1), ("Houthi Movement", 2), ("Rapid Support Forces", 2),
    ("Military Forces of Russia", 8), ("Al Shabaab", 2), ("JNIM", 2), ("Civilians", 7),
]
CLAIMANTS = ["Syrian Observatory for Human Rights", "SANA", "local activists", "the defence ministry", None]
OUTLETS = ["Wire One", "Desert Post", "Valley Herald", "Northern Courier", "Daily Ledger", "Coast Times"]
MODALITIES = ["asserted", "reported", "alleged"]


def _span(sentence: str, word: str) -> list[tuple[int, int]]:
    at = sentence.find(word)
    return [(at, at + len(word))] if at >= 0 and word else []


def make_event(rng: random.Random, index: int, day0: date, days: int) -> tuple[Article, list[Report], Event]:
    """One fictitious article with one or two reports of the same event, and the event."""
    country, iso3, admin1, town, lat, lon = rng.choice(PLACES)
    event_type, sub, trigger, template = rng.choice(KINDS)
    (a1, i1), (a2, i2) = rng.sample(ACTORS, 2)
    day = day0 + timedelta(days=rng.randrange(days))
    place = Place(
        text=town, name=town, latitude=round(lat + rng.uniform(-1.2, 1.2), 4),
        longitude=round(lon + rng.uniform(-1.2, 1.2), 4), feature="city", country=country, iso3=iso3,
        admin1=admin1, geo_precision=1,
    )
    n_sources = rng.choice([1, 1, 1, 2, 2, 3, 5])
    reports: list[Report] = []
    figures: list[int] = []
    article_id = f"syn-a{index:07d}"
    text_parts: list[str] = []
    offset = 0
    for k in range(rng.choice([1, 1, 2])):
        n = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 40]) + k * rng.choice([0, 0, 3])
        figures.append(n)
        claimant = rng.choice(CLAIMANTS)
        sentence = template.format(a1=a1, a2=a2, town=town, n=n, trigger=trigger, claimant=claimant or "a witness")
        outlet = rng.choice(OUTLETS)
        spans = {
            "trigger": _span(sentence, trigger),
            "actor": _span(sentence, a1) + (_span(sentence, a2) if "{a2}" in template else []),
            "place": _span(sentence, town),
            "number": _span(sentence, str(n)),
        }
        reports.append(
            Report(
                id=f"syn-r{index:07d}-{k}", article_id=article_id, event_type=event_type, sub_event_type=sub,
                evidence=sentence, start=offset, end=offset + len(sentence), trigger=trigger,
                reason=f"trigger '{trigger}'", date_start=day, date_end=day, place=place,
                actor1=Actor(name=a1, text=a1, inter=i1), actor2=Actor(name=a2, text=a2, inter=i2),
                fatalities=Fatalities(acled=n, best=n, text=str(n)), claimant=claimant,
                modality=rng.choice(MODALITIES), confidence=0.8, spans=spans, outlet=outlet,
                published=day, origin=f"origin-{index:07d}-{k}",
            )
        )
        text_parts.append(sentence)
        offset += len(sentence) + 1
    article = Article(
        id=article_id, text=" ".join(text_parts), title=f"{sub} reported in {town}", published=day,
        outlet=reports[0].outlet, url=f"https://example.org/news/{index}",
    )
    claims = [
        Claim(field="fatalities", value=r.fatalities.acled, claimant=r.claimant, outlet=r.outlet, report_id=r.id)
        for r in reports
    ]
    contested = ["fatalities"] if len(set(figures)) > 1 else []
    event = Event(
        id=f"syn-e{index:07d}", event_type=event_type, sub_event_type=sub, date_start=day, date_end=day,
        time_precision=1, place=place, actor1=reports[0].actor1, actor2=reports[0].actor2,
        fatalities=Fatalities(acled=min(figures), low=min(figures), high=max(figures), best=max(figures)),
        reports=reports, n_sources=n_sources, claims=claims, contested=contested,
    )
    return article, reports, event


def fill_store(
    store: Store, n_events: int, seed: int = 1, day0: date = date(2024, 1, 1), days: int = 365,
    batch: int = 2000,
) -> None:
    """Write `n_events` synthetic events (with their articles and reports) through the Store."""
    rng = random.Random(seed)
    for start in range(0, n_events, batch):
        with store.transaction() as conn:
            for index in range(start, min(start + batch, n_events)):
                article, reports, event = make_event(rng, index, day0, days)
                store.insert_article(conn, article)
                store.upsert_event(conn, event)
                for report in reports:
                    store.insert_report(conn, report, event.id)


# Markup that must stay text wherever it is shown: if any of it ever runs, it calls
# window.__pwned (which tests watch) or opens a dialog.
HOSTILE_MARKUP = (
    '<script>window.__pwned = (window.__pwned || 0) + 1; alert("script")</script>',
    '<img src=x onerror="window.__pwned = (window.__pwned || 0) + 1; alert(1)">',
    '<svg onload="window.__pwned=1">',
)


def make_hostile(index: int = 9_999_999, day: date = date(2024, 6, 15)) -> tuple[Article, list[Report], Event]:
    """An article whose title, text, comments, outlet, claimant and URL carry markup and script."""
    script, img, svg = HOSTILE_MARKUP
    sentence = f"Militants {img} shelled the village of Qaryat al Hurr {script} and killed 7 people."
    article_id = f"syn-hostile-{index}"
    place = Place(text="Qaryat al Hurr", name="Qaryat al Hurr", latitude=35.5, longitude=39.9, country="Syria",
                  iso3="SYR", admin1="Raqqa", geo_precision=1, feature="city")
    report = Report(
        id=f"syn-hostile-r{index}", article_id=article_id, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", evidence=sentence, start=0, end=len(sentence),
        trigger="shelled", date_start=day, date_end=day, place=place,
        actor1=Actor(name=f"Militants {svg}", inter=2), fatalities=Fatalities(acled=7, best=7, text="7"),
        claimant=f"Observer {img}", modality="reported",
        spans={"trigger": _span(sentence, "shelled"), "place": _span(sentence, "Qaryat al Hurr"),
               "number": _span(sentence, "7"), "actor": _span(sentence, "Militants")},
        outlet=f"Outlet {script}", url="javascript:window.__pwned=1", published=day, origin="hostile-origin",
    )
    article = Article(
        id=article_id, text=sentence + "\n\nMore text follows here.", title=f"Headline {script}{img}",
        published=day, outlet=report.outlet, url="javascript:window.__pwned=1",
        comments=[f"first! {script}", f"look {img}", "plain comment"],
    )
    event = Event(
        id=f"syn-hostile-e{index}", event_type=report.event_type, sub_event_type=report.sub_event_type,
        date_start=day, date_end=day, time_precision=1, place=place, actor1=report.actor1,
        fatalities=Fatalities(acled=7), reports=[report], n_sources=1,
        claims=[Claim(field="fatalities", value=f"7 {img}", claimant=report.claimant, outlet=report.outlet,
                      report_id=report.id)],
        contested=[],
    )
    return article, [report], event


def store_items(store: Store, items: list[tuple[Article, list[Report], Event]]) -> None:
    """Write (article, reports, event) triples through the Store in one transaction."""
    with store.transaction() as conn:
        for article, reports, event in items:
            store.insert_article(conn, article)
            store.upsert_event(conn, event)
            for report in reports:
                store.insert_report(conn, report, event.id)
