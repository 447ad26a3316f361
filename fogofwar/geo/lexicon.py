"""The geoparser's word lists, read once from fogofwar/data/geo_*.yaml/txt."""
from __future__ import annotations

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
