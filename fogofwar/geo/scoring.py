"""Candidate scoring: how likely a gazetteer entry is what a name means, before and after context.

_prior() rates a name hit alone (name match kind, population, feature type,
curated lists); _score_local() adds what one toponym's own surroundings say
(an admin hint, a same-name capital or province).  Recognition (to trim long
candidate lists), context linking, disambiguation and container resolution all
rank candidates with these scores, so they live below all of those stages.
"""
from __future__ import annotations

import math

from fogofwar.geo.gazetteer import KIND_VARIANT, NameHit
from fogofwar.geo.toponym import Toponym


# A country's or continent's exact name almost always means it; a same-named town rarely wins.
_FEATURE_BONUS = {"country": 2.0, "continent": 2.0, "admin1": 0.0, "admin2": -0.8, "city": 0.0}
_CUSTOM_BONUS = 2.0  # the project's and the user's own lists are curated: a match there is meant
_KIND_SCORE = {0: 1.0, 1: 0.85, 2: 0.2}
_ADMIN_POP_FACTOR = 0.5  # a province's summed population overstates how often its name means it


_PRIOR_CACHE: dict[tuple, float] = {}


def _prior(hit: NameHit) -> float:
    """How likely this candidate is before reading the document (cached: it depends on the record only).

    Keyed on the fields the prior reads, not on the place id alone: custom places are numbered
    per gazetteer (-1, -2, ...), so two gazetteers with different extra-places files share ids."""
    p = hit.place
    key = (p.pid, hit.kind, p.population, p.feature, p.source, p.precision, p.capital)
    s = _PRIOR_CACHE.get(key)
    if s is None:
        if len(_PRIOR_CACHE) > 500_000:
            _PRIOR_CACHE.clear()
        s = _PRIOR_CACHE[key] = _prior_uncached(hit)
    return s


def _prior_uncached(hit: NameHit) -> float:
    p = hit.place
    pop = p.population * (_ADMIN_POP_FACTOR if p.feature in ("admin1", "admin2") else 1.0)
    s = _KIND_SCORE.get(hit.kind, 0.2) + 0.35 * math.log10(pop + 1)
    if hit.kind == KIND_VARIANT:
        pass  # a loose spelling earns no bonus for what the place is
    elif p.curated:
        s += _CUSTOM_BONUS + 0.3 * (3 - p.precision)
    else:
        s += _FEATURE_BONUS.get(p.feature, 0.0)
    if p.capital:
        s += 0.5
    return s


_NAMESAKE_PENALTY = 1.5


def _score_local(h: NameHit, t: Toponym, capitals: set[int] = frozenset(), namesakes: set[int] = frozenset(),
                 shadowed: set[int] = frozenset()) -> float:
    s = _prior(h)
    if h.place.pid in shadowed:
        s -= _NAMESAKE_PENALTY
    f = h.place.feature
    if h.place.pid in capitals and t.admin_hint in (None, "city"):
        s += 0.6  # ('Riverton city': the town that gives its province its name, still more than its namesakes)
    if h.place.pid in namesakes and t.admin_hint != "city":
        s -= _NAMESAKE_PENALTY
    if t.admin_hint == "city":
        s += 2.0 if f == "city" else 0.0
    elif t.admin_hint in ("admin1", "admin2", "admin"):
        s += 3.0 if f == t.admin_hint or t.admin_hint == "admin" and f in ("admin1", "admin2") else (
            1.5 if f in ("admin1", "admin2") else 0.0)
    elif t.admin_hint == "area" and f in ("admin1", "country"):
        s += 2.5  # 'southern Idlib' is the province, 'southern Mexico' the country (not the State of Mexico)
    return s
