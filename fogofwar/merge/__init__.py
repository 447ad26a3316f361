"""Corroboration: syndication origins, report → event consolidation, claims, stories."""
from fogofwar.merge.consolidate import (
    ConsolidationResult,
    candidate_bounds,
    MatchDecision,
    Revision,
    consolidate,
    event_id_for,
    explain,
    is_single_source,
    recompute_event,
)
from fogofwar.merge.syndication import ArticleSignature, SyndicationIndex, SyndicationLink, assign_origins

__all__ = [
    "ArticleSignature", "ConsolidationResult", "candidate_bounds", "MatchDecision", "Revision", "SyndicationIndex",
    "SyndicationLink", "assign_origins", "consolidate", "event_id_for", "explain", "is_single_source",
    "recompute_event",
]
