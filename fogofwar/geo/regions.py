"""Region cues: the provinces a story's own words point to, without naming them ('the OSCE SMM observed ...').

region_hints() matches the cues of data/geo_region_cues.yaml against a text
and gives the provinces they point to (best first), whether they are strong
(a small place outside them is not taken) and, for a cue with a front line,
the points it runs through; _off_the_line() drops candidates of a small place
far from such a line.  Disambiguation weighs these hints, and locate.py uses
them to place an event the text leaves in a province.  The stage reads the
text, not its toponyms, which is why it is apart from disambiguate.py.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from fogofwar.geo.gazetteer import KIND_VARIANT, get_gazetteer
from fogofwar.geo.lexicon import any_region_cue, region_cue_lines, region_cues
from fogofwar.geo.normalise import norm_key
from fogofwar.geo.toponym import _BIG_CITY, Toponym
from fogofwar.geodesy import haversine_km


@dataclass(frozen=True, slots=True)
class RegionHints:
    """Provinces the story's words point to (data/geo_region_cues.yaml), best first; ``strong``: a small
    place outside them is not taken."""
    regions: tuple[tuple[str, str], ...] = ()
    strong: bool = False
    line: tuple[tuple[float, float], ...] = ()  # a cue's front line (lat, lon points), if it gives one
    line_km: float = 0.0  # how far from it a small place of the cue's country may lie
    # the middle of each province's stretch of the line ((cc, admin1 code), (lat, lon)), and of the whole line
    front_middles: tuple[tuple[tuple[str, str], tuple[float, float]], ...] = ()
    front_middle: tuple[float, float] | None = None

    def front_point(self, cc: str | None, admin1_code: str | None) -> tuple[float, float] | None:
        """Where an event the cue's story places only in that province stands: the middle of its stretch
        of the front (None when the cue gives no line there)."""
        return next((pt for key, pt in self.front_middles if key == (cc, admin1_code)), None)

    def __bool__(self) -> bool:
        return bool(self.regions)


_NO_REGIONS = RegionHints()


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _line_holds(text: str, published: date | None, valid_from: date | None, valid_until: date | None) -> bool:
    """Whether a front line of data/geo_region_cues.yaml holds for a story: its publication date inside the line's
    period; with no date, the text names no year after the period ('... near Pokrovsk in 2024': not the old line)."""
    if published is not None:
        return (valid_from is None or published >= valid_from) and (valid_until is None or published <= valid_until)
    return valid_until is None or all(int(y) <= valid_until.year for y in _YEAR.findall(text))


@lru_cache(maxsize=64)
def region_hints(text: str, published: date | None = None) -> RegionHints:
    """'the OSCE SMM observed ...' -> Donetsk and Luhansk oblasts (strong): see data/geo_region_cues.yaml.
    `published`: the story's publication date, which says whether a cue's front line holds."""
    low = text.lower()
    any_cue = any_region_cue()
    if any_cue is not None and not any_cue.search(low):
        return _NO_REGIONS
    cues = [c for c in region_cues() if c[3].search(low)]
    if not cues:
        return _NO_REGIONS
    gaz = get_gazetteer()
    out: list[tuple[str, str]] = []
    for cc, names, *_rest in cues:
        for name in names:
            key = norm_key(name)
            for h in gaz.lookup_keys([key]).get(key, ()):
                p = h.place
                if p.feature == "admin1" and p.country_code == cc and p.admin1_code and h.kind != KIND_VARIANT:
                    if (cc, p.admin1_code) not in out:
                        out.append((cc, p.admin1_code))
                    break
    if not out:
        return _NO_REGIONS
    # (a force of one province keeps to it only in its period: after February 2022 the republics' forces
    # fought in Zaporizhzhia and Kharkiv oblasts too, so a small town there is no namesake)
    strong = any(strong and _line_holds(text, published, since, until) for _cc, _n, strong, _p, since, until in cues)
    cue_line = next(((stretches, km) for pat, stretches, km, since, until in region_cue_lines()
                     if pat.search(low) and _line_holds(text, published, since, until)), None)
    if cue_line is None:
        return RegionHints(tuple(out), strong)
    stretches, km = cue_line
    whole = tuple(pt for _name, pts in stretches for pt in pts)
    middles = []
    for name, pts in stretches:
        key = norm_key(name)
        for h in gaz.lookup_keys([key]).get(key, ()):
            if h.place.feature == "admin1" and h.kind != KIND_VARIANT and (h.place.country_code, h.place.admin1_code) in out:
                middles.append(((h.place.country_code, h.place.admin1_code), _middle_of_line(pts)))
                break
    return RegionHints(tuple(out), strong, whole, km, tuple(middles), _middle_of_line(whole))


def _middle_of_line(line: tuple[tuple[float, float], ...]) -> tuple[float, float]:
    """The point halfway along a polyline of (lat, lon) points."""
    legs = [haversine_km(a[0], a[1], b[0], b[1]) for a, b in zip(line, line[1:])]
    half = sum(legs) / 2
    for (a, b), leg in zip(zip(line, line[1:]), legs):
        if leg >= half and leg > 0:
            u = half / leg
            return (a[0] + u * (b[0] - a[0]), a[1] + u * (b[1] - a[1]))
        half -= leg
    return line[-1]


def _km_from_line(lat: float, lon: float, line: tuple[tuple[float, float], ...]) -> float:
    """Distance (km) from a point to a polyline of (lat, lon) points (a local flat projection: fine for a
    front line a few hundred km long)."""
    k = math.cos(math.radians(lat))
    px, py = lon * k, lat
    best = float("inf")
    for (a_lat, a_lon), (b_lat, b_lon) in zip(line, line[1:]):
        ax, ay, bx, by = a_lon * k, a_lat, b_lon * k, b_lat
        dx, dy = bx - ax, by - ay
        seg = dx * dx + dy * dy
        u = 0.0 if seg == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / seg))
        best = min(best, math.hypot(px - (ax + u * dx), py - (ay + u * dy)))
    return best * 111.2


def _off_the_line(toponyms: list[Toponym], regions: RegionHints) -> None:
    """'the OSCE SMM observed ... near Mykolaivka': of the cued country's namesakes, a small place (under 100,000
    people) further than the cue's `line_km` from its front line is not the village meant (data/
    geo_region_cues.yaml); when none is left the name is a village the gazetteer lacks, placed by the cue."""
    if not regions.line or len(regions.line) < 2:
        return
    countries = {cc for cc, _ in regions.regions}
    cued = set(regions.regions)

    def off(p) -> bool:
        if p.country_code not in countries or p.latitude is None:
            return False
        if p.feature == "admin2":
            # a district's summed population says nothing of its fame: one outside the cued provinces
            # ('near Myrhorod, Donetsk', a district of Poltava oblast) is a namesake too
            return regions.strong and (p.country_code, p.admin1_code) not in cued
        return p.feature == "city" and p.population < _BIG_CITY \
            and _km_from_line(p.latitude, p.longitude, regions.line) > regions.line_km

    for t in toponyms:
        if not t.candidates:
            continue
        kept = [h for h in t.candidates if not off(h.place)]
        if len(kept) < len(t.candidates):
            t.candidates = kept
            if not kept:
                t.source = "region"
