"""Merge thresholds, read from fogofwar/data/merge_config.yaml (or a file the caller names)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

DEFAULT_CONFIG_PATH = Path(__file__).resolve().parent.parent / "data" / "merge_config.yaml"
BOILERPLATE_PATH = Path(__file__).resolve().parent.parent / "data" / "merge_boilerplate.yaml"


class _Cfg(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SyndicationConfig(_Cfg):
    num_perm: int = 128
    shingle_words: int = 5
    near_duplicate_jaccard: float = 0.5
    passage_num_perm: int = 64
    passage_shingle_words: int = 3
    passage_jaccard: float = 0.8
    passage_min_words: int = 12
    passage_max_per_article: int = 200
    min_shared_words: int = 20
    min_shared_passages: int = 2
    skip_quoted: bool = True
    boilerplate_max_articles: int = 5
    title_min_words: int = 4
    title_max_days_apart: int = 7
    original_outlet_title_jaccard: float = 0.6
    original_outlet_text_jaccard: float = 0.2
    max_text_chars: int = 200_000


class ConsolidationConfig(_Cfg):
    date_tolerance_days: dict[int, int] = Field(default_factory=lambda: {1: 1, 2: 7, 3: 31})
    max_distance_km: dict[int, float] = Field(default_factory=lambda: {1: 10.0, 2: 25.0, 3: 100.0})
    same_admin1_at_precision: int = 3
    compatible_event_types: list[tuple[str, str]] = Field(default_factory=list)
    require_same_sub_event_type: list[str] = Field(default_factory=list)
    missing_place_requires_actor: bool = True
    max_span_days: int = 120
    fatalities_contested_ratio: float = 0.25
    fatalities_contested_min_diff: int = 2
    place_contested_km: float = 25.0
    date_contested_days: int = 2
    count_outlet_once: bool = True


class StoriesConfig(_Cfg):
    thresholds: dict[str, float] = Field(default_factory=lambda: {"minilm-onnx": 0.5, "minilm": 0.5, "lexical": 0.3})
    date_window_days: int = 3
    date_horizon_days: int = 60
    title_weight: float = 0.5
    lead_words: int = 90
    headline_max_words: int = 40
    encoder: str = "auto"
    max_text_chars: int = 100_000
    max_cluster_articles: int = 4000

    def threshold_for(self, encoder_name: str) -> float:
        return self.thresholds.get(encoder_name, 0.5)


class MergeConfig(_Cfg):
    syndication: SyndicationConfig = Field(default_factory=SyndicationConfig)
    consolidation: ConsolidationConfig = Field(default_factory=ConsolidationConfig)
    stories: StoriesConfig = Field(default_factory=StoriesConfig)


def load_config(path: str | Path | None = None) -> MergeConfig:
    """Read a merge config YAML; missing sections and keys take the defaults above."""
    if path is None:
        return _default_config()
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return MergeConfig.model_validate(data)


@lru_cache(maxsize=1)
def _default_config() -> MergeConfig:
    with open(DEFAULT_CONFIG_PATH, encoding="utf-8") as fh:
        return MergeConfig.model_validate(yaml.safe_load(fh) or {})


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[str, ...]:
    """Regexes for sentences that publishers paste under every article."""
    with open(BOILERPLATE_PATH, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return tuple(data.get("patterns", []))


@lru_cache(maxsize=1)
def title_prefixes() -> tuple[str, ...]:
    """Title prefixes ("Video:") that outlets add to someone else's headline."""
    with open(BOILERPLATE_PATH, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return tuple(p.lower() for p in data.get("title_prefixes", []))
