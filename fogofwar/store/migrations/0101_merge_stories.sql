-- Story vectors (fogofwar.merge.persist): each article's title and lead embeddings, so
-- `fogofwar stories` encodes only articles it has not seen under the same encoder/settings.
CREATE TABLE IF NOT EXISTS merge_story_vectors (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    config_key  TEXT NOT NULL,      -- encoder name + the settings that shape the vectors
    has_title   INTEGER NOT NULL,
    title       BLOB NOT NULL,      -- float32, little-endian
    lead        BLOB NOT NULL
);
