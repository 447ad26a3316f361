"""The geoparser's word lists, read once from fogofwar/data/geo_*.yaml/txt."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


def _data(name: str) -> Path:
    return Path(str(resources.files("fogofwar") / "data" / name))


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with open(_data("geo_lexicon.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    with open(_data("geo_demonyms.yaml"), encoding="utf-8") as fh:
        return {str(k).lower(): str(v).upper() for k, v in yaml.safe_load(fh).items()}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    out = set()
    with open(_data("geo_common_words.txt"), encoding="utf-8") as fh:
        for line in fh:
            line = line.strip().lower()
            if line and not line.startswith("#"):
                out.add(line)
    return frozenset(out)


@lru_cache(maxsize=1)
def regional_adjectives() -> dict[str, str]:
    """'African' -> 'Africa': adjectives of regions larger than a country (data/geo_lexicon.yaml)."""
    return {str(k).lower(): str(v) for k, v in lexicon().get("regional_adjectives", {}).items()}


@lru_cache(maxsize=1)
def _region_cue_entries() -> list[dict]:
    """The cues of data/geo_region_cues.yaml as written, read once for both views below."""
    with open(_data("geo_region_cues.yaml"), encoding="utf-8") as fh:
        return (yaml.safe_load(fh) or {}).get("cues", [])


@lru_cache(maxsize=1)
def region_cues() -> list[tuple[str, tuple[str, ...], bool, "re.Pattern", "date | None", "date | None"]]:
    """(ISO2, province names, strong, pattern, valid_from, valid_until) from data/geo_region_cues.yaml: words that
    say which province(s) a story happens in ('the OSCE SMM' -> Donetsk and Luhansk oblasts); a strong cue is
    strong only within its period."""
    out = []
    for cue in _region_cue_entries():
        out.append((str(cue["country"]).upper(), tuple(str(r) for r in cue["regions"]), bool(cue.get("strong")),
                    re.compile(cue["pattern"]), _as_date(cue.get("valid_from")), _as_date(cue.get("valid_until"))))
    return out


@lru_cache(maxsize=1)
def region_cue_lines() -> list[tuple["re.Pattern", tuple[tuple[str, tuple[tuple[float, float], ...]], ...], float,
                                    "date | None", "date | None"]]:
    """(pattern, front line as (province, (lat, lon) points) in order along it, km, valid_from, valid_until) of the
    region cues that give a `line` and `line_km` (data/geo_region_cues.yaml): a small place of the cue's country
    further than km from the line is a namesake, not the village the story names, while the line holds (the
    period's ends are dates or None)."""
    out = []
    for cue in _region_cue_entries():
        if cue.get("line") and cue.get("line_km"):
            stretches = tuple((str(name), tuple((float(a), float(b)) for a, b in pts))
                              for name, pts in cue["line"].items())
            out.append((re.compile(cue["pattern"]), stretches, float(cue["line_km"]),
                        _as_date(cue.get("valid_from")), _as_date(cue.get("valid_until"))))
    return out


def _as_date(value) -> "date | None":
    """A YAML date (read as a date, or an ISO string) or None."""
    from datetime import date

    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


@lru_cache(maxsize=1)
def any_region_cue() -> "re.Pattern | None":
    """All the region cues' patterns as one, so that a story with none (most stories) is scanned once, not once
    per cue; None when there are no cues or a pattern cannot be joined (a global inline flag such as '(?i)')."""
    import re

    cues = region_cues()
    if not cues:
        return None
    try:
        return re.compile("|".join(f"(?:{c[3].pattern})" for c in cues))
    except re.error:
        return None


@lru_cache(maxsize=1)
def province_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """'up' -> [('IN', 'Uttar Pradesh')]: data/geo_province_abbreviations.yaml (read only as a context)."""
    with open(_data("geo_province_abbreviations.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    out: dict[str, list[tuple[str, str]]] = {}
    for cc, table in data.items():
        if cc == "news_agencies":
            continue
        for abbr, name in (table or {}).items():
            out.setdefault(str(abbr).lower(), []).append((str(cc).upper(), str(name)))
    return out


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    """'reuters', 'afp', 'ap': a bracket naming one is a byline (data/geo_province_abbreviations.yaml)."""
    with open(_data("geo_province_abbreviations.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return frozenset(str(a).lower() for a in data.get("news_agencies", []))


@lru_cache(maxsize=1)
def name_cues() -> dict[str, frozenset[str]]:
    """Titles before a person's name and heads after a town's name (data/geo_name_cues.yaml)."""
    with open(_data("geo_name_cues.yaml"), encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return {k: frozenset(str(w).lower() for w in (v or [])) for k, v in data.items()}
