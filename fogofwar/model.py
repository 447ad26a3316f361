"""The one data model every fogofwar stage speaks.

Articles come in, Reports (one event mention in one article) come out of
extraction, and Events are the consolidated real-world happenings built from
many Reports.  Everything is a pydantic model so it validates, serialises to
JSON and documents itself in the HTTP API's OpenAPI schema.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# How a fact is put forward.  Only the first three can become events:
# a forecast, a plan, a denial or a guess is a statement, never an event.
Modality = Literal["asserted", "reported", "alleged", "denied", "planned", "speculative", "negated"]
EVENT_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "alleged"})

# ACLED's event taxonomy: 6 event types, 25 sub-event types.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_EVENT_TYPES: dict[str, str] = {sub: et for et, subs in TAXONOMY.items() for sub in subs}

# ACLED inter codes.
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


def content_hash(text: str) -> str:
    """A stable fingerprint of an article's text, blind to whitespace changes."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


class Article(_Model):
    id: str
    text: str = Field(description="Clean body text: boilerplate and comments removed")
    url: str | None = None
    title: str | None = None
    published: date | None = None
    outlet: str | None = Field(None, description="Who published this copy (e.g. Global Research)")
    original_outlet: str | None = Field(None, description="Who published it first, for a repost")
    original_published: date | None = None
    author: str | None = None
    comments: list[str] = Field(default_factory=list, description="Reader comments, never evidence")
    content_hash: str = ""
    source_path: str | None = None
    language: str = "en"
    removed: list[str] = Field(default_factory=list, description="Boilerplate lines the cleaner removed")

    def model_post_init(self, __context) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    @property
    def effective_date(self) -> date | None:
        """The date relative expressions are read against: a repost's text was written
        when the original appeared, so the original's date comes first."""
        return self.original_published or self.published


class Place(_Model):
    text: str = Field(description="The location phrase as written")
    name: str | None = Field(None, description="Gazetteer name of the resolved place")
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    feature: str | None = Field(None, description="city, admin1, admin2, country, custom, area")
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geo_precision: int | None = Field(None, description="ACLED: 1 town, 2 near a known place, 3 region")
    where_prec: int | None = Field(None, description="UCDP where_prec 1-7")
    relation: str | None = Field(None, description="near, countryside, south of, ... when the phrase is relative")
    score: float | None = None

    @property
    def resolved(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class Actor(_Model):
    name: str = Field(description="Normalised name, e.g. Military Forces of Syria")
    text: str | None = Field(None, description="The words that named it")
    inter: int | None = Field(None, ge=1, le=8)
    sponsor: str | None = Field(None, description="Backer, for 'Iranian-backed' and the like")
    country: str | None = None


class Fatalities(_Model):
    acled: int = Field(0, description="ACLED's conservative figure")
    low: int | None = None
    best: int | None = None
    high: int | None = None
    by_party: dict[str, int] = Field(default_factory=dict)
    injured: int | None = None
    text: str | None = Field(None, description="The words the numbers came from")


class _Coded(_Model):
    """What a coder records about an event: shared by a report and the consolidated event."""

    event_type: str
    sub_event_type: str
    date_start: date | None = None
    date_end: date | None = None
    time_precision: int = Field(3, ge=1, le=3, description="ACLED: 1 day, 2 week, 3 month")
    place: Place | None = None
    actor1: Actor | None = None
    assoc_actor1: list[Actor] = Field(default_factory=list)
    actor2: Actor | None = None
    assoc_actor2: list[Actor] = Field(default_factory=list)
    fatalities: Fatalities = Field(default_factory=Fatalities)


class Report(_Coded):
    """One mention of one event (or statement) in one article."""

    id: str
    article_id: str
    evidence: str = Field(description="The sentence(s) the report rests on")
    start: int = Field(description="Character offset of the evidence in the article text")
    end: int
    trigger: str | None = None
    reason: str = Field("", description="Why it was typed this way: trigger, pattern, score")
    date_text: str | None = None
    claimant: str | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5
    spans: dict[str, list[tuple[int, int]]] = Field(
        default_factory=dict, description="Offsets inside the evidence: trigger, actor, place, number"
    )
    # Filled in by the pipeline so a report can stand on its own in exports.
    url: str | None = None
    outlet: str | None = None
    original_outlet: str | None = None
    published: date | None = None
    origin: str | None = Field(None, description="Syndication group: reposts share one origin")

    @property
    def is_event(self) -> bool:
        return self.modality in EVENT_MODALITIES and self.date_start is not None


class Claim(_Model):
    """One source's version of a fact about an event, kept side by side with the others."""

    field: str
    value: str | int | None
    claimant: str | None
    outlet: str | None
    report_id: str


class Event(_Coded):
    """A real-world event consolidated from one or more Reports."""

    id: str
    reports: list[Report] = Field(default_factory=list)
    n_sources: int = Field(1, description="Independent origins: reposts count once")
    claims: list[Claim] = Field(default_factory=list)
    contested: list[str] = Field(default_factory=list, description="Fields on which sources disagree")
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def interaction(self) -> int | None:
        a = self.actor1.inter if self.actor1 else None
        b = self.actor2.inter if self.actor2 else 0
        if a is None:
            return None
        return int(f"{min(a, b or a)}{max(a, b)}") if b else a * 10


class IngestProblem(_Model):
    """A file or record the pipeline could not take, and why."""

    source: str
    reason: str
