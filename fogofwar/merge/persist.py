"""Keeping syndication state in the store (tables from store/migrations/0100_merge.sql).

The pipeline calls :func:`load_syndication_index` once at start-up and
:func:`save_syndication` for each new article inside the article's transaction.  SQL is
parameterised; signatures are a pickle-free binary format (see ArticleSignature.to_bytes).
"""
from __future__ import annotations

import sqlite3

from fogofwar.merge.config import SyndicationConfig
from fogofwar.merge.syndication import ArticleSignature, SyndicationIndex, SyndicationLink


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
