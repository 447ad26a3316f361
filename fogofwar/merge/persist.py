"""Keeping merge state in the store (tables from store/migrations/0100_merge.sql, 0101_merge_stories.sql).

The pipeline calls :func:`load_syndication_index` once at start-up and
:func:`save_syndication` for each new article inside the article's transaction.  SQL is
parameterised; signatures are a pickle-free binary format (see ArticleSignature.to_bytes).
"""
from __future__ import annotations

import sqlite3

import numpy as np

from fogofwar.merge.config import StoriesConfig, SyndicationConfig, load_config
from fogofwar.merge.stories import Encoder, StoryVectors, publication_days, story_vectors
from fogofwar.merge.syndication import ArticleSignature, SyndicationIndex, SyndicationLink
from fogofwar.model import Article


def save_syndication(conn: sqlite3.Connection, index: SyndicationIndex, article_id: str) -> None:
    """Store an indexed article's signature and links (call inside the article's transaction)."""
    sig = index.signatures[article_id]
    conn.execute("DELETE FROM merge_links WHERE article_id = ?", (article_id,))
    conn.execute(
        "INSERT OR REPLACE INTO merge_signatures (article_id, config_key, signature) VALUES (?, ?, ?)",
        (article_id, index.config_key(), sig.to_bytes()),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO merge_links (article_id, other_id, reason, score, detail) VALUES (?, ?, ?, ?, ?)",
        [(l.article_id, l.other_id, l.reason, float(l.score), l.detail) for l in index.links_of(article_id)],
    )


def load_syndication_index(store, config: SyndicationConfig | None = None) -> SyndicationIndex:
    """Rebuild the index from stored signatures; hash (and store) only articles that lack one.

    Signatures made under other settings are recomputed, so changing merge_config.yaml is safe.
    """
    index = SyndicationIndex(config)
    key = index.config_key()
    rows = store.conn.execute(
        "SELECT article_id, signature FROM merge_signatures WHERE config_key = ? ORDER BY seq", (key,)
    ).fetchall()
    links: dict[str, list[SyndicationLink]] = {}
    for r in store.conn.execute("SELECT article_id, other_id, reason, score, detail FROM merge_links"):
        links.setdefault(r[0], []).append(SyndicationLink(r[0], r[1], r[2], r[3] or 0.0, r[4] or ""))
    for row in rows:
        # Same settings, so the stored links stand: replay them instead of searching again.
        index.add_signature(ArticleSignature.from_bytes(bytes(row[1])), links.get(row[0], []))
    missing = [r[0] for r in store.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM merge_signatures WHERE config_key = ?) "
        "ORDER BY published, id", (key,))]
    if missing:
        with store.transaction() as conn:
            for article_id in missing:
                article = store.get_article(article_id)
                if article is not None and article.id not in index:
                    index.add(article)
                    save_syndication(conn, index, article.id)
    return index


def links_for_article(store, article_id: str) -> list[SyndicationLink]:
    """Why an article shares an origin: its links to earlier copies and later copies' links to it."""
    rows = store.conn.execute(
        "SELECT article_id, other_id, reason, score, detail FROM merge_links WHERE article_id = ? OR other_id = ? "
        "ORDER BY article_id, other_id, reason",
        (article_id, article_id),
    ).fetchall()
    return [SyndicationLink(r[0], r[1], r[2], r[3] if r[3] is not None else 0.0, r[4] or "") for r in rows]


# Bump when the views an article is read in change (what is encoded, not just how much).
STORY_VIEWS_VERSION = 2  # 2: headline (title or first sentence) + opening (title and lead)


def _story_key(encoder_name: str, config: StoriesConfig) -> str:
    return (f"{encoder_name}:{config.lead_words}:{config.max_text_chars}:"
            f"h{config.headline_max_words}:v{STORY_VIEWS_VERSION}")


def cached_story_vectors(store, articles: list[Article], encoder: Encoder, config: StoriesConfig | None = None,
                         write: bool = True) -> StoryVectors:
    """Story vectors for these articles, encoding only those not cached under this encoder.

    Only dense (sentence-encoder) vectors are cached; lexical ones are cheap and depend on
    the batch's vocabulary, so they are always computed.
    """
    config = config or load_config().stories
    if encoder.name == "lexical":
        return story_vectors(articles, encoder, config)
    key = _story_key(encoder.name, config)
    cached: dict[str, tuple[bool, np.ndarray, np.ndarray]] = {}
    ids = [a.id for a in articles]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for row in store.conn.execute(
            f"SELECT article_id, has_title, title, lead FROM merge_story_vectors "
            f"WHERE config_key = ? AND article_id IN ({marks})", [key, *part]
        ):
            cached[row[0]] = (bool(row[1]), np.frombuffer(row[2], dtype="<f4"), np.frombuffer(row[3], dtype="<f4"))
    missing = [a for a in articles if a.id not in cached]
    if missing:
        fresh = story_vectors(missing, encoder, config)
        rows = []
        for i, aid in enumerate(fresh.ids):
            title, lead = np.asarray(fresh.titles[i], dtype="<f4"), np.asarray(fresh.leads[i], dtype="<f4")
            cached[aid] = (bool(fresh.has_title[i]), title, lead)
            rows.append((aid, key, int(fresh.has_title[i]), title.tobytes(), lead.tobytes()))
        if write:
            with store.transaction() as conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO merge_story_vectors (article_id, config_key, has_title, title, lead) "
                    "VALUES (?, ?, ?, ?, ?)", rows)
    return StoryVectors(
        ids=ids,
        has_title=np.array([cached[i][0] for i in ids]),
        titles=np.stack([cached[i][1] for i in ids]),
        leads=np.stack([cached[i][2] for i in ids]),
        days=publication_days(articles),
        encoder=encoder.name,
    )
