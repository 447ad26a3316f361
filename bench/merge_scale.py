"""How consolidation time grows with the number of articles (synthetic reports).

    python bench/merge_scale.py [--sizes 1000 5000 10000] [--reports-per-article 3] [--repeat 3]

Each article carries several reports; most describe one of a pool of "true" events (so many
reports are duplicates of each other, with jittered dates, places and fatality figures), the
rest are one-off events.  Places are random within a few countries, dates over one year.
Prints the median seconds per size, the time per article relative to the smallest size
(near-linear scaling keeps that ratio near 1) and the mean number of candidate events the
blocking index hands each report.  With a fixed year and fixed countries, more articles
means denser events, so candidates per report (and the ratio) grow with density; an
all-pairs comparison would instead grow with the number of events itself.
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

from fogofwar.merge.consolidate import _BlockIndex, consolidate
from fogofwar.model import Actor, Fatalities, Place, Report

COUNTRIES = {  # iso3: (country, lat range, lon range, admin1 names)
    "SYR": ("Syria", (32.5, 37.0), (36.0, 42.0), ["Deir ez-Zor", "Homs", "Aleppo", "Idlib", "Hama"]),
    "UKR": ("Ukraine", (46.0, 51.5), (23.0, 40.0), ["Donetsk", "Kharkiv", "Kherson", "Zaporizhzhia"]),
    "NGA": ("Nigeria", (4.5, 13.5), (3.0, 14.5), ["Borno", "Yobe", "Zamfara", "Kaduna"]),
    "MLI": ("Mali", (11.0, 20.0), (-11.0, 4.0), ["Mopti", "Gao", "Timbuktu"]),
    "YEM": ("Yemen", (12.8, 18.0), (43.0, 52.0), ["Marib", "Taiz", "Al Hudaydah"]),
}
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"),
         ("Strategic developments", "Arrests")]
ACTORS = ["Military Forces of Syria", "Islamic State", "Military Forces of Russia", "Military Forces of Ukraine",
          "Boko Haram", "JNIM", "Houthi Movement", "Unidentified Armed Group", "Protesters", "Police Forces"]


def make_reports(n_articles: int, per_article: int, seed: int = 7) -> list[Report]:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    n_true = max(1, n_articles * per_article // 3)  # every true event is reported ~3 times on average
    truth = []
    for _ in range(n_true):
        iso = rng.choice(list(COUNTRIES))
        country, (la0, la1), (lo0, lo1), admins = COUNTRIES[iso]
        lat, lon = rng.uniform(la0, la1), rng.uniform(lo0, lo1)
        admin1 = admins[min(len(admins) - 1, int((lon - lo0) / (lo1 - lo0) * len(admins)))]  # bands west→east
        truth.append((iso, country, lat, lon, admin1,
                      start + timedelta(days=rng.randrange(365)), rng.choice(TYPES), rng.choice(ACTORS),
                      rng.randrange(0, 30)))
    reports = []
    for a in range(n_articles):
        for k in range(per_article):
            t = rng.randrange(len(truth))
            iso, country, lat, lon, admin1, day, (et, st), actor, deaths = truth[t]
            prec = rng.choice([1, 1, 1, 2, 3])
            jitter_km = {1: 2, 2: 10, 3: 40}[prec]
            place = Place(text=f"place {lat:.2f}", name=f"place {lat:.2f}", latitude=lat + rng.uniform(-1, 1) * jitter_km / 111,
                          longitude=lon + rng.uniform(-1, 1) * jitter_km / 111, geo_precision=prec,
                          country=country, iso3=iso, admin1=admin1)
            tp = rng.choice([1, 1, 2, 3])
            d = day + timedelta(days=rng.choice([0, 0, 0, 1, -1]))
            reports.append(Report(
                id=f"r{a}-{k}", article_id=f"a{a}", event_type=et, sub_event_type=st, evidence=f"synthetic t{t}",
                start=0, end=9, date_start=d, time_precision=tp, place=place, actor1=Actor(name=actor),
                fatalities=Fatalities(best=max(0, deaths + rng.choice([0, 0, 1, -1, 5])), text="killed"),
                outlet=f"outlet{rng.randrange(200)}", published=d + timedelta(days=1),
            ))
    return reports


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    ap.add_argument("--reports-per-article", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    base = None
    print(f"{'articles':>9} {'reports':>8} {'events':>7} {'median s':>9} {'ms/article':>11} {'ratio':>6} "
          f"{'cand/report':>12} {'pair P':>7} {'pair R':>7}")
    for n in args.sizes:
        reports = make_reports(n, args.reports_per_article)
        times, n_events = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = consolidate(reports, [], {})
            times.append(time.perf_counter() - t0)
            n_events = len(result.created)
        precision, recall = pairwise_scores(result.created)
        med = statistics.median(times)
        per = med / n
        base = base or per
        cand = candidates_per_report(reports)
        print(f"{n:>9} {len(reports):>8} {n_events:>7} {med:>9.2f} {per * 1000:>11.3f} {per / base:>6.2f} "
              f"{cand:>12.1f} {precision:>7.3f} {recall:>7.3f}")


def pairwise_scores(events) -> tuple[float, float]:
    """Pairs of reports put together that share a planted event (precision), and planted pairs found (recall).

    Planted events can legitimately coincide (same type, place and week), so precision below
    1 is partly the generator's doing.
    """
    from collections import Counter

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    joint, truth, predicted = Counter(), Counter(), 0
    for e in events:
        predicted += pairs(len(e.reports))
        for r in e.reports:
            t = r.evidence.rsplit(" ", 1)[-1]
            joint[(e.id, t)] += 1
            truth[t] += 1
    tp = sum(pairs(c) for c in joint.values())
    return tp / max(predicted, 1), tp / max(sum(pairs(c) for c in truth.values()), 1)


def candidates_per_report(reports: list[Report]) -> float:
    """Mean number of events blocking hands each report: the work that is not linear."""
    counts: list[int] = []
    original = _BlockIndex.candidates

    def counting(self: _BlockIndex, report: Report) -> set[str]:
        out = original(self, report)
        counts.append(len(out))
        return out

    _BlockIndex.candidates = counting  # type: ignore[method-assign]
    try:
        consolidate(reports, [], {})
    finally:
        _BlockIndex.candidates = original  # type: ignore[method-assign]
    return sum(counts) / max(len(counts), 1)


if __name__ == "__main__":
    main()
