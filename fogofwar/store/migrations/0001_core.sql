-- Core schema: articles, reports (event mentions and statements), events.
-- Every row keeps its full model as JSON in `data`; the flat columns exist for filtering.

CREATE TABLE articles (
    id                 TEXT PRIMARY KEY,
    url                TEXT,
    title              TEXT,
    published          TEXT,            -- ISO date
    outlet             TEXT,
    original_outlet    TEXT,
    original_published TEXT,
    author             TEXT,
    text               TEXT NOT NULL,
    comments           TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings, never evidence
    content_hash       TEXT NOT NULL,
    source_path        TEXT,
    origin             TEXT,            -- syndication group id
    ingested_at        TEXT NOT NULL,
    data               TEXT NOT NULL    -- Article JSON
);
CREATE INDEX articles_hash ON articles(content_hash);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    date_start      TEXT,
    date_end        TEXT,
    time_precision  INTEGER,
    country         TEXT,
    iso3            TEXT,
    admin1          TEXT,
    admin2          TEXT,
    location        TEXT,
    latitude        REAL,
    longitude       REAL,
    geo_precision   INTEGER,
    actor1          TEXT,
    actor2          TEXT,
    inter1          INTEGER,
    inter2          INTEGER,
    fatalities      INTEGER NOT NULL DEFAULT 0,
    n_reports       INTEGER NOT NULL DEFAULT 0,
    n_sources       INTEGER NOT NULL DEFAULT 1,
    contested       INTEGER NOT NULL DEFAULT 0,   -- 1 when sources disagree on some field
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    data            TEXT NOT NULL                 -- Event JSON without its reports
);
CREATE INDEX events_date ON events(date_start, id);
CREATE INDEX events_type ON events(event_type, sub_event_type);
CREATE INDEX events_country ON events(country, admin1);
CREATE INDEX events_latlon ON events(latitude, longitude);

CREATE TABLE reports (
    id              TEXT PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    event_id        TEXT REFERENCES events(id),   -- NULL for statements (planned, denied, ...)
    event_type      TEXT NOT NULL,
    sub_event_type  TEXT NOT NULL,
    modality        TEXT NOT NULL,
    claimant        TEXT,
    outlet          TEXT,
    date_start      TEXT,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    evidence        TEXT NOT NULL,
    data            TEXT NOT NULL                 -- Report JSON
);
CREATE INDEX reports_article ON reports(article_id);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_claimant ON reports(claimant);
CREATE INDEX reports_outlet ON reports(outlet);

-- Files or records that could not be ingested, so a batch can be audited later.
CREATE TABLE problems (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source      TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL
);
