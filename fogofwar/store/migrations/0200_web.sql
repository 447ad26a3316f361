-- Web app and HTTP API: full-text search over articles and indexes for the event filters.
-- Every statement is idempotent (IF NOT EXISTS) so the file can be applied to a database
-- that already has part of it.

-- External-content FTS5 index over article titles and clean text (comments are left out:
-- they are never evidence).  The articles table keeps its implicit rowid, which FTS uses.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- FTS hits are article rowids; this narrow map turns them into article ids without
-- reading the wide article rows (ten times faster on broad searches).
CREATE TABLE IF NOT EXISTS articles_fts_keys (
    rowid       INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    INSERT OR REPLACE INTO articles_fts_keys(rowid, article_id) VALUES (new.rowid, new.id);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    DELETE FROM articles_fts_keys WHERE rowid = old.rowid;
END;
-- Only title/text/id changes touch the index (origin updates happen on every ingest).
CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text, id ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    DELETE FROM articles_fts_keys WHERE rowid = old.rowid;
    INSERT OR REPLACE INTO articles_fts_keys(rowid, article_id) VALUES (new.rowid, new.id);
END;

-- Index the articles already stored before this migration.
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT OR REPLACE INTO articles_fts_keys(rowid, article_id) SELECT rowid, id FROM articles;

-- Covering indexes for the event filters.  Event rows are wide (their JSON `data`), so
-- filtering through the table costs a page read per row; these indexes hold every
-- filter column, which lets SQLite filter, count and page without touching the table.
-- One per leading access path: by date (ranges, stable order), by type, by place, and
-- by id (for events found through reports: claimant, outlet, modality, full text).
CREATE INDEX IF NOT EXISTS events_web_date ON events(
    date_start, id, event_type, sub_event_type, country, admin1,
    latitude, longitude, fatalities, n_sources, contested, actor1, actor2, location);
CREATE INDEX IF NOT EXISTS events_web_type ON events(
    event_type, sub_event_type, date_start, id, country, admin1,
    latitude, longitude, fatalities, n_sources, contested, actor1, actor2, location);
CREATE INDEX IF NOT EXISTS events_web_place ON events(
    country, admin1, date_start, id, event_type, sub_event_type,
    latitude, longitude, fatalities, n_sources, contested, actor1, actor2, location);
CREATE INDEX IF NOT EXISTS events_web_id ON events(
    id, date_start, event_type, sub_event_type, country, admin1,
    latitude, longitude, fatalities, n_sources, contested, actor1, actor2, location);
CREATE INDEX IF NOT EXISTS events_fatalities ON events(fatalities, id);
CREATE INDEX IF NOT EXISTS reports_modality_event ON reports(modality, event_id);
CREATE INDEX IF NOT EXISTS reports_claimant_event ON reports(claimant COLLATE NOCASE, event_id);
CREATE INDEX IF NOT EXISTS reports_outlet_event ON reports(outlet COLLATE NOCASE, event_id);
CREATE INDEX IF NOT EXISTS reports_article_event ON reports(article_id, event_id);
