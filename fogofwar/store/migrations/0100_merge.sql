-- Syndication memory (fogofwar.merge.persist): each article's MinHash signature, so the
-- index is rebuilt at start-up without re-reading and re-hashing every article, and the
-- links that tied articles into one origin, with their reasons.
CREATE TABLE IF NOT EXISTS merge_signatures (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,   -- insertion order, replayed on load
    article_id  TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
    config_key  TEXT NOT NULL,                       -- signatures are only comparable under one config
    signature   BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS merge_links (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id    TEXT NOT NULL,
    reason      TEXT NOT NULL,                       -- near_duplicate | shared_passages | same_title | original_outlet
    score       REAL,
    detail      TEXT,
    PRIMARY KEY (article_id, other_id, reason)
);
CREATE INDEX IF NOT EXISTS merge_links_other ON merge_links(other_id);
