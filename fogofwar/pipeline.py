"""The pipeline: files or records in, articles, reports and events stored.

Each article is cleaned, parsed, geoparsed, extracted, linked to the articles it
copies (syndication) and consolidated into events, then written in ONE transaction
with everything it changed, so a crash or a bad file never leaves half an article.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from fogofwar.clean import build_article
from fogofwar.extract import Extraction, extract
from fogofwar.extract.dates import estimate_base_date
from fogofwar.extract.trained import load_typer
from fogofwar.geo.parse import set_published
from fogofwar.ingest import RawDocument, iter_documents
from fogofwar.merge import consolidate, recompute_event
from fogofwar.merge.consolidate import candidate_bounds
from fogofwar.merge.persist import load_syndication_index, save_syndication
from fogofwar.model import Article, IngestProblem, Report
from fogofwar.nlp import load_nlp
from fogofwar.store import Store

BATCH = 16  # articles parsed together by spaCy


@dataclass
class IngestSummary:
    documents: int = 0
    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    versions: int = 0
    reports: int = 0
    statements: int = 0
    events_created: int = 0
    events_updated: int = 0
    problems: list[IngestProblem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def problem_counts(self) -> Counter:
        return Counter(p.reason.split(" (")[0].split(":")[0] for p in self.problems)


@dataclass
class Processed:
    article: Article
    extraction: Extraction
    changed_origins: list[str]  # earlier articles whose origin this one changed


class Pipeline:
    """Holds what stays loaded between articles: the spaCy model, the syndication index."""

    def __init__(self, store: Store, typer=None, model_dir: str | os.PathLike | None = None):
        """`typer`: a loaded trained classifier; otherwise the one in `model_dir` or
        $FOGOFWAR_TYPER_MODEL is loaded; with neither, the rules alone type events."""
        self.store = store
        self.nlp = load_nlp()
        self.typer = typer if typer is not None else load_typer(model_dir)
        # Signatures are stored with each article: reloading them is cheap, re-hashing is not.
        self.syndication = load_syndication_index(store)
        self.origins: dict[str, str] = self.syndication.origins()

    # -- one article, nothing stored -----------------------------------------------------
    def _base_date(self, article: Article, links) -> tuple[date | None, str]:
        if article.effective_date:
            return article.effective_date, ""
        for link in links:
            other = self.store.get_article(link.other_id)
            if other is not None and other.effective_date:
                est = estimate_base_date(article.text, other.effective_date)
                return est, f"publication date estimated as {est} from related article {other.id}"
        return None, ""

    def process(self, article: Article, doc) -> Processed:
        before = self.origins
        origin, links = self.syndication.add(article)
        self.origins = self.syndication.origins()
        changed = [a for a, o in self.origins.items() if a in before and before[a] != o]
        base, note = self._base_date(article, links)
        set_published(doc, article.effective_date)  # the geoparser's dated data (a front line's period)
        extraction = extract(article, doc, base_date=base, typer=self.typer)
        for r in extraction.reports:
            r.origin = self.origins.get(article.id, origin)
            if note:
                r.reason += f"; {note}"
        return Processed(article, extraction, changed)

    # -- storing -------------------------------------------------------------------------
    def store_processed(self, p: Processed, summary: IngestSummary) -> None:
        reports = p.extraction.reports
        bounds = candidate_bounds(reports)
        candidates = self.store.candidate_events(*bounds) if bounds else []
        result = consolidate(reports, candidates, self.origins)
        event_of = {r.id: e.id for e in result.created + result.updated for r in e.reports}
        touched = {e.id for e in result.created + result.updated}
        with self.store.transaction() as conn:
            self.store.insert_article(conn, p.article)
            save_syndication(conn, self.syndication, p.article.id)
            for aid in [p.article.id, *p.changed_origins]:
                self.store.set_origin(conn, aid, self.origins.get(aid, aid))
            for e in result.created + result.updated:
                self.store.upsert_event(conn, e)
            for r in reports:
                self.store.insert_report(conn, r, event_of.get(r.id))
            self.store.save_revisions(conn, result.revisions)
            # A copy that links two origins lowers the source count of their events.
            for event in self.store.events_for_articles(p.changed_origins):
                if event.id not in touched:
                    self.store.upsert_event(conn, recompute_event(event, self.origins))
        summary.new += 1
        summary.reports += len(reports)
        summary.statements += len(result.statements)
        summary.events_created += len(result.created)
        summary.events_updated += len(result.updated)

    # -- a batch ---------------------------------------------------------------------------
    def ingest(
        self,
        docs: Iterable[RawDocument | IngestProblem],
        on_progress: Callable[[str], None] | None = None,
    ) -> IngestSummary:
        summary = IngestSummary()
        pending: list[Article] = []
        undated: list[Article] = []

        def flush(batch: list[Article]) -> None:
            texts = (a.text for a in batch)
            for article, doc in zip(batch, self.nlp.pipe(texts, batch_size=BATCH)):
                try:
                    self.store_processed(self.process(article, doc), summary)
                except Exception as exc:  # one bad article never stops a batch
                    summary.problems.append(IngestProblem(source=article.source_path or article.id, reason=f"failed: {exc!r}"[:300]))
                    self.store.add_problem(summary.problems[-1])
                if on_progress:
                    on_progress(article.source_path or article.id)

        for doc in docs:
            summary.documents += 1
            if isinstance(doc, IngestProblem):
                summary.problems.append(doc)
                self.store.add_problem(doc)
                if on_progress:
                    on_progress(doc.source)
                continue
            try:
                article = build_article(doc)
            except ValueError as exc:
                problem = IngestProblem(source=doc.source, reason=str(exc))
                summary.problems.append(problem)
                self.store.add_problem(problem)
                if on_progress:
                    on_progress(doc.source)
                continue
            state = self.store.article_state(article)
            if state == "same":
                summary.unchanged += 1
            elif state == "duplicate":
                summary.duplicates += 1
            else:
                if state == "changed":
                    # Same id, different text: keep both, as versions (never overwrite).
                    article = article.model_copy(update={"id": f"{article.id}@{article.content_hash[:8]}"})
                    if self.store.article_state(article) == "same":
                        summary.unchanged += 1
                        continue
                    summary.versions += 1
                # Undated articles wait for the dated ones, whose dates they may borrow.
                (pending if article.effective_date else undated).append(article)
                if len(pending) >= BATCH:
                    flush(pending)
                    pending = []
                continue
            if on_progress:
                on_progress(doc.source)
        flush(pending)
        flush(undated)
        return summary


def ingest_documents(store: Store, docs: Iterable[RawDocument | IngestProblem], on_progress=None) -> IngestSummary:
    return Pipeline(store).ingest(docs, on_progress)


def ingest_paths(store: Store, paths: Iterable[str | os.PathLike], on_progress=None) -> IngestSummary:
    return ingest_documents(store, iter_documents(paths), on_progress)


def process_text(
    text: str, *, published: date | None = None, title: str | None = None, article_id: str = "text", typer=None
) -> tuple[Article, list[Report]]:
    """Extraction on one piece of text, with nothing stored (for notebooks and evaluation)."""
    article = Article(id=article_id, text=text, title=title, published=published)
    doc = load_nlp()(text)
    set_published(doc, published)
    return article, extract(article, doc, typer=typer).reports

