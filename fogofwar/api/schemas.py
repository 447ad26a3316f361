"""Response shapes for the OpenAPI document (the handlers serialise with json.dumps for speed)."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from fogofwar.model import Claim, Event, Report


class EventPage(BaseModel):
    total: int
    offset: int
    limit: int
    next_offset: int | None = Field(None, description="Offset of the next page, null on the last")
    items: list[Event] = Field(description="Events without their reports, plus n_reports")


class PointsOut(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


class ArticleRef(BaseModel):
    title: str | None = None
    url: str | None = None
    origin: str | None = None
    published: str | None = None
    outlet: str | None = None


class ReportOut(Report):
    article: ArticleRef | None = None


class ReportGroup(BaseModel):
    origin: str | None
    report_ids: list[str]
    outlets: list[str]


class EventDetailOut(Event):
    reports: list[ReportOut] = Field(default_factory=list)  # type: ignore[assignment]
    groups: list[ReportGroup] = Field(default_factory=list, description="Reports by independent origin")
    claims_by_report: dict[str, list[Claim]] = Field(default_factory=dict)
    revisions: list[dict[str, Any]] = Field(default_factory=list, description="From event_revisions, if kept")


class ArticleReportRef(BaseModel):
    id: str
    event_id: str | None
    event_type: str
    sub_event_type: str
    modality: str
    claimant: str | None
    start: int
    end: int


class ArticleOut(BaseModel):
    id: str
    url: str | None
    title: str | None
    published: str | None
    outlet: str | None
    original_outlet: str | None
    original_published: str | None
    author: str | None
    text: str = Field(description="Clean body text")
    comments: list[str] = Field(description="Reader comments, kept apart from the text")
    content_hash: str
    source_path: str | None
    origin: str | None
    ingested_at: str
    language: str | None
    removed: list[str]
    reports: list[ArticleReportRef]


class ArticleHit(BaseModel):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    snippet: str = Field(description="Matches wrapped in U+E000 ... U+E001")


class StatsOut(BaseModel):
    total: dict[str, Any]
    by_day: list[dict[str, Any]]
    by_type: list[dict[str, Any]]
    by_country: list[dict[str, Any]]
    by_admin1: list[dict[str, Any]]
    by_location: list[dict[str, Any]]


class Facets(BaseModel):
    event_type: list[str]
    country: list[str]
    claimant: list[str]
    outlet: list[str]
    modality: list[str]
    taxonomy: dict[str, list[str]] = Field(description="ACLED event types and their sub-types")


class IngestResult(BaseModel):
    articles: int = Field(description="Articles added")
    reports: int
    statements: int
    events: int = Field(description="New events (merged reports add none)")
    documents: int
    problems: list[dict[str, Any]]
    pipeline: dict[str, Any] | None = None
