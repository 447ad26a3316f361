"""Reports → events: many mentions of one real-world happening become one Event.

Two reports describe the same event when their types are compatible, their dates overlap
within their precision, their places are within a distance that depends on geo_precision
and their actors do not contradict each other.  Candidates come from a blocking index keyed
by week and map cell (or admin1), so the work grows with the number of reports, not its
square.  Every decision is a :class:`MatchDecision` listing the fields that matched and the
distances, and every change to an event is a :class:`Revision`.

Claims are reconciled per *independent origin*: reposts (one syndication origin) and, by
default, several articles of one outlet count once.
"""
from __future__ import annotations

import hashlib
import math
import re
import statistics
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable

from pydantic import BaseModel

from fogofwar.merge.config import ConsolidationConfig, load_config
from fogofwar.geodesy import haversine_km
from fogofwar.model import Actor, Claim, Event, Fatalities, Place, Report



# -- small helpers ------------------------------------------------------------------------
def event_id_for(report_id: str) -> str:
    """Stable event id: derived from the founding report only."""
    return "EV" + hashlib.sha1(report_id.encode("utf-8")).hexdigest()[:10]



_PAREN = re.compile(r"\([^)]*\)")
_NONWORD = re.compile(r"[^\w]+")


def normalise_name(name: str | None) -> str | None:
    """Actor/outlet/place names compared blind to case, accents, brackets and articles."""
    if not name:
        return None
    return _normalise_name(name[:300])


@lru_cache(maxsize=65536)
def _normalise_name(name: str) -> str | None:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _PAREN.sub(" ", text)
    words = [w for w in _NONWORD.split(text) if w and w not in {"the", "al", "el"}]
    return " ".join(words) or None


def _precision(value: int | None, default: int = 3) -> int:
    return value if value in (1, 2, 3) else default


def _interval(ds: date, de: date | None) -> tuple[date, date]:
    de = de or ds
    return (ds, de) if de >= ds else (de, ds)


def _gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two intervals; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def _place_key(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.geonameid:
        return f"g{place.geonameid}"
    return normalise_name(place.name or place.text)


def _place_label(place: Place | None) -> str | None:
    if place is None:
        return None
    return place.name or place.text


def _actor_names(obj: Report | Event) -> set[str]:
    names = set()
    for actor in [obj.actor1, obj.actor2, *obj.assoc_actor1, *obj.assoc_actor2]:
        n = normalise_name(actor.name) if actor else None
        if n:
            names.add(n)
    return names


def report_fatality_claim(report: Report) -> int | None:
    """The number a report puts forward, or None when it says nothing about deaths."""
    f = report.fatalities
    if f.best is not None:
        return f.best
    if f.low is not None:
        return f.low
    if f.acled or f.text:  # "no one was killed" is a claim of 0
        return f.acled
    return None


# -- decisions, revisions, results --------------------------------------------------------
@dataclass
class MatchDecision:
    """Why a report was (or was not) put with an event."""

    report_id: str
    event_id: str | None
    accepted: bool
    matched: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    distances: dict[str, Any] = field(default_factory=dict)
    score: float = math.inf

    def to_dict(self) -> dict:
        return {"report_id": self.report_id, "event_id": self.event_id, "accepted": self.accepted,
                "matched": self.matched, "failed": self.failed, "distances": self.distances,
                "score": None if math.isinf(self.score) else round(self.score, 4)}


class Revision(BaseModel):
    """One change to one event: which article caused it, when, and each field's old and new value."""

    event_id: str
    article_id: str | None
    report_id: str | None
    at: datetime
    changes: dict[str, list[Any]]
    decision: dict[str, Any] | None = None  # why the report joined: matched fields and distances


@dataclass
class ConsolidationResult:
    created: list[Event] = field(default_factory=list)
    updated: list[Event] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    decisions: dict[str, MatchDecision] = field(default_factory=dict)
    statements: list[Report] = field(default_factory=list)  # never events: plans, denials, undated


# -- matching -----------------------------------------------------------------------------
def match_report(report: Report, event: Event, config: ConsolidationConfig, full: bool = True) -> MatchDecision:
    """Compare a report with an event's consolidated fields; explain every field.

    With ``full=False`` it stops at the first field that fails (the decision is the same,
    the explanation shorter), which is what the consolidation loop needs.
    """
    d = MatchDecision(report.id, event.id, False)
    score = 0.0

    # Type
    same_type = report.event_type == event.event_type
    pair_ok = not same_type and (report.event_type, event.event_type) in _compatible_pairs(config)
    if same_type and report.event_type in config.require_same_sub_event_type and report.sub_event_type != event.sub_event_type:
        d.failed.append("sub_event_type")
    elif same_type or pair_ok:
        d.matched.append("event_type" if same_type else "event_type~compatible")
        if report.sub_event_type == event.sub_event_type:
            d.matched.append("sub_event_type")
        else:
            score += 0.5
    else:
        d.failed.append("event_type")
    if d.failed and not full:
        return d

    # Date, each side widened by its own precision
    if report.date_start is None or event.date_start is None:
        d.failed.append("date")
    else:
        tol = config.date_tolerance_days
        rp, ep = _precision(report.time_precision), _precision(event.time_precision)
        r_int, e_int = _interval(report.date_start, report.date_end), _interval(event.date_start, event.date_end)
        gap = _gap_days(r_int, e_int)
        allowed = tol.get(rp, 31) + tol.get(ep, 31)
        d.distances["date_gap_days"] = gap
        d.distances["date_allowed_days"] = allowed
        # The event's range is the union of its most precise reports; compare with each of
        # them too, so a run of daily events cannot chain into one ever-longer event.
        worst = max((_gap_days(r_int, _interval(o.date_start, o.date_end)) - tol.get(rp, 31)
                     - tol.get(_precision(o.time_precision), 31)
                     for o in event.reports
                     if o.date_start is not None and _precision(o.time_precision) <= ep), default=0)
        if gap <= allowed and worst <= 0:
            d.matched.append("date")
            score += gap / max(allowed, 1)
        else:
            if worst > 0:
                d.distances["date_beyond_a_report_days"] = worst
            d.failed.append("date")
    if d.failed and not full:
        return d

    # Place
    ok, detail, pscore = _place_match(report.place, event.place, report, event, config)
    d.distances.update(detail)
    (d.matched if ok else d.failed).append("place")
    score += pscore
    if d.failed and not full:
        return d

    # One article telling two incidents apart: its own reports with different death tolls,
    # or each dated by its own words to different days, are different events.
    same_article = [o for o in event.reports if o.article_id == report.article_id]
    for o in same_article:
        rf, of = report.fatalities.acled, o.fatalities.acled
        rp, op = set(report.fatalities.by_party), set(o.fatalities.by_party)
        if rp and op and not (rp & op):
            continue  # 'over 10 soldiers' ... 'four militants were also killed': two sides of one toll
        if rf and of and rf != of:
            d.failed.append("fatalities~same_article")
            d.distances["same_article_fatalities"] = [rf, of]
            break
        if (report.date_text and o.date_text and report.date_text != o.date_text
                and (report.date_start, report.date_end) != (o.date_start, o.date_end)):
            d.failed.append("date~same_article")
            d.distances["same_article_dates"] = [report.date_text, o.date_text]
            break
    if d.failed and not full:
        return d

    # Actors: either side missing is compatible; otherwise actor1 must appear on the other side
    r1 = normalise_name(report.actor1.name) if report.actor1 else None
    e1 = normalise_name(event.actor1.name) if event.actor1 else None
    if r1 is None or e1 is None:
        d.matched.append("actor1~missing")
        score += 0.25
    elif (_unidentified(r1) or _unidentified(e1)) and same_article:
        # 'the attackers' in the next paragraph are the group the article named before; across
        # outlets an unnamed attacker may be another incident, so there the actors must agree
        d.matched.append("actor1~unidentified")
        score += 0.35
    elif r1 == e1:
        d.matched.append("actor1")
    elif r1 in _actor_names(event) or e1 in _actor_names(report):
        d.matched.append("actor1~other_side")
        score += 0.25
    else:
        d.failed.append("actor1")
        d.distances["actor1"] = [report.actor1.name, event.actor1.name]

    d.accepted = not d.failed
    d.score = score if d.accepted else math.inf
    return d


def _unidentified(name: str) -> bool:
    return name.startswith("unidentified")


def _compatible_pairs(config: ConsolidationConfig) -> frozenset[tuple[str, str]]:
    return _pairs(tuple(tuple(p) for p in config.compatible_event_types))


@lru_cache(maxsize=32)
def _pairs(pairs: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, str]]:
    out = set()
    for a, b in pairs:
        out.add((a, b))
        out.add((b, a))
    return frozenset(out)


def _place_match(rp: Place | None, ep: Place | None, report: Report, event: Event,
                 config: ConsolidationConfig) -> tuple[bool, dict, float]:
    detail: dict[str, Any] = {}
    if rp is None and ep is None:
        # Nowhere on either side: only the same actor keeps two such reports together.
        if not config.missing_place_requires_actor:
            return True, {"place": "both missing"}, 0.5
        r1 = normalise_name(report.actor1.name) if report.actor1 else None
        e1 = normalise_name(event.actor1.name) if event.actor1 else None
        ok = r1 is not None and r1 == e1 and report.sub_event_type == event.sub_event_type
        return ok, {"place": "both missing", "same_actor_and_subtype": ok}, 0.5
    if rp is None or ep is None:
        return False, {"place": "missing on one side"}, 0.0
    prec = max(_precision(rp.geo_precision), _precision(ep.geo_precision))
    limit = config.max_distance_km.get(prec, max(config.max_distance_km.values()))
    detail["geo_precision"] = prec
    detail["max_distance_km"] = limit
    same_admin1 = bool(rp.admin1 and ep.admin1 and normalise_name(rp.admin1) == normalise_name(ep.admin1)
                       and _same_country(rp, ep))
    if rp.resolved and ep.resolved:
        dist = haversine_km(rp.latitude, rp.longitude, ep.latitude, ep.longitude)
        detail["distance_km"] = round(dist, 2)
        if dist <= limit:
            return True, detail, dist / max(limit, 1e-9)
        if same_admin1 and prec >= config.same_admin1_at_precision:
            detail["same_admin1"] = rp.admin1
            return True, detail, 1.0
        return False, detail, 0.0
    if same_admin1 and prec >= config.same_admin1_at_precision:
        detail["same_admin1"] = rp.admin1
        return True, detail, 1.0
    # Unresolved on a side: the same named place (or the same country-level area) only.
    rk, ek = _place_key(rp), _place_key(ep)
    if rk and rk == ek and _same_country(rp, ep):
        detail["same_place_name"] = _place_label(rp)
        return True, detail, 0.5
    detail["place"] = "unresolved and different"
    return False, detail, 0.0


def _same_country(a: Place, b: Place) -> bool:
    ka = a.iso3 or normalise_name(a.country)
    kb = b.iso3 or normalise_name(b.country)
    return ka is None or kb is None or ka == kb


class _BlockIndex:
    """Events keyed by (week, map cell or admin1); reports look only where they could match.

    Cells come in tiers, one per geo_precision: a tier's cell is as wide as that precision's
    distance limit, and an event sits in the tiers at or above its own precision.  A report
    and an event can be at most ``max_distance_km[max(precisions)]`` apart, so the report looks
    in that tier's 3x3 neighbourhood for each event precision: precise reports never scan the
    wide cells of coarse ones' neighbourhoods.
    """

    def __init__(self, config: ConsolidationConfig):
        self.config = config
        self.limits = {p: float(config.max_distance_km.get(p, max(config.max_distance_km.values()))) for p in (1, 2, 3)}
        self.cell_deg = {p: max(self.limits[p], 1.0) / 111.0 for p in (1, 2, 3)}
        self.buckets: dict[tuple, set[str]] = {}
        self.registered: dict[str, set[tuple]] = {}

    def _weeks(self, ds: date | None, de: date | None, prec: int) -> range:
        if ds is None:
            return range(0)
        lo, hi = _interval(ds, de)
        # Each side widens by its own tolerance, so any overlap of the two widened ranges shares a week.
        tol = self.config.date_tolerance_days.get(prec, 31)
        if (hi - lo).days > self.config.max_span_days:
            hi = lo + timedelta(days=self.config.max_span_days)
        return range((lo.toordinal() - tol) // 7, (hi.toordinal() + tol) // 7 + 1)

    def _cell(self, tier: int, lat: float, lon: float) -> tuple[int, int]:
        deg = self.cell_deg[tier]
        return math.floor(lat / deg), math.floor(lon / deg)

    def _event_places(self, place: Place | None) -> list[tuple]:
        if place is None:
            return [("none",)]
        keys: list[tuple] = []
        pe = _precision(place.geo_precision)
        country = place.iso3 or normalise_name(place.country)
        if place.resolved:
            for tier in range(pe, 4):
                keys.append(("cell", tier, pe, *self._cell(tier, place.latitude, place.longitude)))
        if place.admin1:
            keys.append(("admin1", pe, country, normalise_name(place.admin1)))
        if not place.resolved:
            keys.append(("name", country, _place_key(place)))
        return keys

    def _report_places(self, place: Place | None) -> list[tuple]:
        if place is None:
            return [("none",)]
        keys: list[tuple] = []
        pr = _precision(place.geo_precision)
        country = place.iso3 or normalise_name(place.country)
        if place.resolved:
            lat, lon = place.latitude, place.longitude
            for pe in (1, 2, 3):
                tier = max(pr, pe)
                ci, cj = self._cell(tier, lat, lon)
                coslat = max(math.cos(math.radians(min(89.0, abs(lat) + self.cell_deg[tier]))), 0.01)
                dj = min(math.ceil(1.0 / coslat), 60)
                for i in range(ci - 1, ci + 2):
                    for j in range(cj - dj, cj + dj + 1):
                        keys.append(("cell", tier, pe, i, j))
        if place.admin1:
            same_admin = normalise_name(place.admin1)
            for pe in (1, 2, 3):
                if max(pr, pe) >= self.config.same_admin1_at_precision:
                    keys.append(("admin1", pe, country, same_admin))
        if not place.resolved:
            keys.append(("name", country, _place_key(place)))
        return keys

    def add(self, event: Event) -> None:
        keys = {(w, *p) for w in self._weeks(event.date_start, event.date_end, _precision(event.time_precision))
                for p in self._event_places(event.place)}
        have = self.registered.setdefault(event.id, set())
        for key in keys - have:
            self.buckets.setdefault(key, set()).add(event.id)
        have |= keys

    def candidates(self, report: Report) -> set[str]:
        out: set[str] = set()
        places = self._report_places(report.place)
        for w in self._weeks(report.date_start, report.date_end, _precision(report.time_precision)):
            for p in places:
                ids = self.buckets.get((w, *p))
                if ids:
                    out |= ids
        return out


# -- consolidating an event's reports -----------------------------------------------------
def _origin_groups(reports: list[Report], origins: dict[str, str], config: ConsolidationConfig) -> dict[str, list[Report]]:
    """Independent sources: syndication origins, merged when one outlet stands behind both."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    origin_of = {r.id: origins.get(r.article_id) or r.origin or r.article_id for r in reports}
    if config.count_outlet_once:
        by_outlet: dict[str, str] = {}
        for r in reports:
            outlet = normalise_name(r.original_outlet or r.outlet)
            if outlet:
                if outlet in by_outlet:
                    union(by_outlet[outlet], origin_of[r.id])
                else:
                    by_outlet[outlet] = origin_of[r.id]
    groups: dict[str, list[Report]] = {}
    for r in reports:
        groups.setdefault(find(origin_of[r.id]), []).append(r)
    return groups


def _mode(values: list[tuple[str, Any]], weight: dict[str, int]) -> Any:
    """The value whose key has most weight (independent origins); ties go to the earliest."""
    best_val, best_w = None, -1
    for key, val in values:
        w = weight.get(key, 0)
        if w > best_w:
            best_val, best_w = val, w
    return best_val


def _group_latest(group: list[Report], value, prefer_max: bool = False) -> Any:
    """A source's current word on something: its latest report that says it.

    With ``prefer_max``, figures of one day are a part and a total ("3 soldiers ... 10 in all"):
    the largest stands for that source.
    """
    said = [(r.published or date.min, i, value(r)) for i, r in enumerate(group) if value(r) is not None]
    if not said:
        return None
    if prefer_max:
        return max(said, key=lambda t: (t[0], t[2]))[2]
    return max(said, key=lambda t: (t[0], t[1]))[2]


def _conservative_claim(report: Report) -> int | None:
    """The lowest figure a report's words support ('dozens' -> 12), when it makes a claim."""
    claim = report_fatality_claim(report)
    if claim is None:
        return None
    f = report.fatalities
    return f.low if f.low is not None else (f.acled or claim)


def _origin_fatalities(group: list[Report], value=report_fatality_claim) -> int | None:
    """One source's death toll for an event. Reports of one article that count different
    parties ('over 10 soldiers' ... 'four militants were also killed') add up; reports that
    count the same people again (a part and a total) do not; a later article's toll
    replaces an earlier one."""
    by_article: dict[str, list[Report]] = {}
    for r in group:
        if value(r) is not None:
            by_article.setdefault(r.article_id, []).append(r)
    if not by_article:
        return None
    totals = []
    for reports in by_article.values():
        parties = [set(r.fatalities.by_party) for r in reports if r.fatalities.by_party]
        disjoint = len(parties) == len(reports) and all(not (a & b) for i, a in enumerate(parties) for b in parties[i + 1 :])
        claims = [value(r) or 0 for r in reports]
        published = max(r.published or date.min for r in reports)
        totals.append((published, sum(claims) if disjoint and len(reports) > 1 else max(claims)))
    # Across the source's articles its latest word stands (a revised toll replaces the first).
    return max(totals)[1]


def recompute_event(event: Event, origins: dict[str, str], config: ConsolidationConfig | None = None) -> Event:
    """Derive an event's fields, claims, source count and flags from its reports.

    The founding report (first in ``event.reports``) fixes the id and type; date, place and
    actors come from the most precise reports, weighted by independent origins.
    """
    config = config or load_config().consolidation
    reports = event.reports
    if not reports:
        return event
    groups = _origin_groups(reports, origins, config)
    group_of = {r.id: g for g, rs in groups.items() for r in rs}

    def support(key_of) -> dict[str, int]:
        seen: dict[str, set[str]] = {}
        for r in reports:
            k = key_of(r)
            if k is not None:
                seen.setdefault(k, set()).add(group_of[r.id])
        return {k: len(v) for k, v in seen.items()}

    # Date: most precise reports win; their union of dates is the event's range.
    dated = [r for r in reports if r.date_start is not None]
    if dated:
        best_prec = min(_precision(r.time_precision) for r in dated)
        precise = [r for r in dated if _precision(r.time_precision) == best_prec]
        intervals = [_interval(r.date_start, r.date_end) for r in precise]
        date_start = min(i[0] for i in intervals)
        date_end = max(i[1] for i in intervals)
        time_precision = best_prec
    else:
        date_start, date_end, time_precision = event.date_start, event.date_end, event.time_precision

    # Place: resolved and most precise first, then the place most origins name.
    placed = [r for r in reports if r.place is not None]
    place = event.place
    if placed:
        def rank(r: Report) -> tuple:
            return (0 if r.place.resolved else 1, _precision(r.place.geo_precision))
        top = min(rank(r) for r in placed)
        best = [r for r in placed if rank(r) == top]
        w = support(lambda r: _place_key(r.place))
        place = _mode([(_place_key(r.place) or r.id, r.place) for r in best], w)

    def actor_choice(get) -> Actor | None:
        with_actor = [r for r in reports if get(r) is not None and normalise_name(get(r).name)]
        if not with_actor:
            return None
        w = support(lambda r: normalise_name(get(r).name) if get(r) else None)
        return _mode([(normalise_name(get(r).name), get(r)) for r in with_actor], w)

    actor1 = actor_choice(lambda r: r.actor1)
    actor2 = actor_choice(lambda r: r.actor2)

    def assoc(get, exclude: Actor | None) -> list[Actor]:
        skip = {normalise_name(exclude.name)} if exclude else set()
        out, seen = [], set(skip)
        for r in reports:
            for a in get(r):
                n = normalise_name(a.name)
                if n and n not in seen:
                    seen.add(n)
                    out.append(a)
        return out

    # Claims: one per report per field, side by side.
    claims: list[Claim] = []
    for r in reports:
        outlet = r.outlet or r.original_outlet
        for fld, val in (("fatalities", report_fatality_claim(r)),
                         ("date", _date_text(r)),
                         ("place", _place_label(r.place)),
                         ("actor1", r.actor1.name if r.actor1 else None)):
            if val is not None:
                claims.append(Claim(field=fld, value=val, claimant=r.claimant, outlet=outlet, report_id=r.id))

    # Fatalities across independent origins.
    per_origin = {g: _origin_fatalities(rs) for g, rs in groups.items()}
    numbers = sorted(v for v in per_origin.values() if v is not None)
    if numbers:
        best_n = int(round(statistics.median(numbers)))
        injured = [v for v in (_group_latest(rs, lambda r: r.fatalities.injured, prefer_max=True)
                               for rs in groups.values()) if v is not None]
        source = next((r for r in reports if report_fatality_claim(r) == best_n), None) or next(
            r for r in reports if report_fatality_claim(r) is not None)
        # ACLED's figure and the low bound: the most conservative reading of any source.
        conservative = min(v for v in (_origin_fatalities(rs, _conservative_claim) for rs in groups.values()) if v is not None)
        fatalities = Fatalities(acled=conservative, low=min(conservative, numbers[0]), best=best_n, high=numbers[-1],
                                by_party=dict(source.fatalities.by_party),
                                injured=int(round(statistics.median(injured))) if injured else None,
                                text=source.fatalities.text)
    else:
        fatalities = Fatalities(acled=0)

    contested = _contested(groups, per_origin, config)
    return event.model_copy(update={
        "date_start": date_start, "date_end": date_end, "time_precision": time_precision,
        "place": place, "actor1": actor1, "actor2": actor2,
        "assoc_actor1": assoc(lambda r: r.assoc_actor1, actor1),
        "assoc_actor2": assoc(lambda r: r.assoc_actor2, actor2),
        "fatalities": fatalities, "n_sources": len(groups), "claims": claims, "contested": contested,
    })


def _date_text(r: Report) -> str | None:
    if r.date_start is None:
        return None
    if r.date_end and r.date_end != r.date_start:
        return f"{r.date_start.isoformat()}..{r.date_end.isoformat()}"
    return r.date_start.isoformat()


def _contested(groups: dict[str, list[Report]], per_origin: dict[str, int | None],
               config: ConsolidationConfig) -> list[str]:
    out: list[str] = []
    nums = [v for v in per_origin.values() if v is not None]
    if len(nums) >= 2:
        lo, hi = min(nums), max(nums)
        if hi - lo >= config.fatalities_contested_min_diff and (hi - lo) / max(hi, 1) > config.fatalities_contested_ratio:
            out.append("fatalities")

    def latest(rs: list[Report], pred) -> Report | None:
        cands = [r for r in rs if pred(r)]
        return max(cands, key=lambda r: (r.published or date.min)) if cands else None

    day_dates = [latest(rs, lambda r: r.date_start is not None and _precision(r.time_precision) == 1) for rs in groups.values()]
    day_ints = [_interval(r.date_start, r.date_end) for r in day_dates if r is not None]
    if any(_gap_days(a, b) > config.date_contested_days for i, a in enumerate(day_ints) for b in day_ints[i + 1:]):
        out.append("date")

    fine = [latest(rs, lambda r: r.place is not None and r.place.resolved and _precision(r.place.geo_precision) == 1)
            for rs in groups.values()]
    fine_places = [r.place for r in fine if r is not None]
    if any(_place_key(a) != _place_key(b)
           and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > config.place_contested_km
           for i, a in enumerate(fine_places) for b in fine_places[i + 1:]):
        out.append("place")

    # Perpetrator: one source's actor1 that the other source does not name on any side.
    # (Two sources naming the same two sides in either order agree.)
    perps = []
    for rs in groups.values():
        a1 = _group_latest(rs, lambda r: normalise_name(r.actor1.name) if r.actor1 else None)
        if a1:
            perps.append((a1, set().union(*(_actor_names(r) for r in rs))))
    if any(a != b and a not in names_b and b not in names_a
           for i, (a, names_a) in enumerate(perps) for b, names_b in perps[i + 1:]):
        out.append("perpetrator")
    return out


# -- revisions ----------------------------------------------------------------------------
def _snapshot(e: Event) -> dict[str, Any]:
    return {
        "sub_event_type": e.sub_event_type,
        "date_start": e.date_start.isoformat() if e.date_start else None,
        "date_end": e.date_end.isoformat() if e.date_end else None,
        "time_precision": e.time_precision,
        "place": _place_label(e.place),
        "geo_precision": e.place.geo_precision if e.place else None,
        "actor1": e.actor1.name if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None,
        "fatalities": {"acled": e.fatalities.acled, "low": e.fatalities.low, "best": e.fatalities.best,
                       "high": e.fatalities.high},
        "n_reports": len(e.reports),
        "n_sources": e.n_sources,
        "contested": list(e.contested),
    }


def _diff(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, list[Any]]:
    if old is None:
        return {k: [None, v] for k, v in new.items()}
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}


def new_event(report: Report, origins: dict[str, str], config: ConsolidationConfig, now: datetime) -> Event:
    event = Event(id=event_id_for(report.id), event_type=report.event_type, sub_event_type=report.sub_event_type,
                  date_start=report.date_start, date_end=report.date_end, time_precision=report.time_precision,
                  place=report.place, reports=[report], created_at=now, updated_at=now)
    return recompute_event(event, origins, config)


# -- the entry point ----------------------------------------------------------------------
def consolidate(new_reports: Iterable[Report], candidates: Iterable[Event] = (), origins: dict[str, str] | None = None,
                config: ConsolidationConfig | None = None, now: datetime | None = None) -> ConsolidationResult:
    """Attach new reports to candidate events (or to each other), creating events as needed.

    ``candidates`` are existing events (with their reports) that might match, e.g. from the
    store's date/bounding-box query; ``origins`` maps article id → syndication origin.
    Nothing is deleted: reports only attach, events are never merged away.
    """
    config = config or load_config().consolidation
    origins = dict(origins or {})
    now = now or datetime.now(timezone.utc)
    result = ConsolidationResult()
    events: dict[str, Event] = {}
    index = _BlockIndex(config)
    known_reports: set[str] = set()
    for ev in candidates:
        if not ev.reports:
            # Its fields would be recomputed from the new report alone: load events with reports.
            raise ValueError(f"candidate event {ev.id} has no reports; consolidate needs them")
        events[ev.id] = ev
        index.add(ev)
        known_reports.update(r.id for r in ev.reports)
    created: dict[str, Event] = {}
    touched: set[str] = set()

    # Deterministic order: earliest reported first, so the founding report is the earliest.
    ordered = sorted(new_reports, key=lambda r: (r.date_start or date.max, r.published or date.max, r.id))
    for report in ordered:
        if report.id in known_reports:
            continue
        known_reports.add(report.id)
        if not report.is_event:
            result.statements.append(report)
            continue
        best: MatchDecision | None = None
        for eid in sorted(index.candidates(report)):
            d = match_report(report, events[eid], config, full=False)
            if d.accepted and (best is None or d.score < best.score):
                best = d
        if best is None:
            event = new_event(report, origins, config, now)
            events[event.id] = event
            created[event.id] = event
            index.add(event)
            decision = MatchDecision(report.id, event.id, True, ["founding"], [], {}, 0.0)
            result.decisions[report.id] = decision
            result.revisions.append(Revision(event_id=event.id, article_id=report.article_id, report_id=report.id,
                                             at=now, changes=_diff(None, _snapshot(event)), decision=decision.to_dict()))
            continue
        old = events[best.event_id]
        updated = recompute_event(old.model_copy(update={"reports": [*old.reports, report], "updated_at": now}),
                                  origins, config)
        events[updated.id] = updated
        if updated.id in created:
            created[updated.id] = updated
        else:
            touched.add(updated.id)
        index.add(updated)
        result.decisions[report.id] = best
        result.revisions.append(Revision(event_id=updated.id, article_id=report.article_id, report_id=report.id,
                                         at=now, changes=_diff(_snapshot(old), _snapshot(updated)),
                                         decision=best.to_dict()))
    result.created = [created[k] for k in created]
    result.updated = [events[k] for k in sorted(touched)]
    return result


def candidate_bounds(reports: Iterable[Report], config: ConsolidationConfig | None = None
                     ) -> tuple[date, date, tuple[float, float, float, float] | None] | None:
    """The date range and bounding box (min_lat, min_lon, max_lat, max_lon) outside which no
    stored event can match any of these reports: what to ask the store for as candidates.

    The box is None when some report has no coordinates (it may match by admin1 or name).
    Returns None when no report can become an event.
    """
    config = config or load_config().consolidation
    events = [r for r in reports if r.is_event]
    if not events:
        return None
    widest = max(config.date_tolerance_days.values())
    lo = min(_interval(r.date_start, r.date_end)[0] - timedelta(days=config.date_tolerance_days.get(
        _precision(r.time_precision), widest) + widest) for r in events)
    hi = max(_interval(r.date_start, r.date_end)[1] + timedelta(days=config.date_tolerance_days.get(
        _precision(r.time_precision), widest) + widest) for r in events)
    if any(r.place is None or not r.place.resolved for r in events):
        return lo, hi, None
    km = max(config.max_distance_km.values())
    dlat = km / 111.0
    lats = [r.place.latitude for r in events]
    lons = [r.place.longitude for r in events]
    coslat = max(math.cos(math.radians(min(89.0, max(abs(x) for x in lats) + dlat))), 0.01)
    dlon = min(km / (111.0 * coslat), 180.0)
    return lo, hi, (min(lats) - dlat, min(lons) - dlon, max(lats) + dlat, max(lons) + dlon)


def is_single_source(event: Event) -> bool:
    return event.n_sources <= 1


def explain(report: Report, event: Event, config: ConsolidationConfig | None = None) -> dict:
    """Why this report does or does not belong to this event, as a plain dict."""
    return match_report(report, event, config or load_config().consolidation).to_dict()
