-- Every change to an event: which article (and report) caused it, when, and what changed.
CREATE TABLE event_revisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT NOT NULL REFERENCES events(id),
    article_id  TEXT,
    report_id   TEXT,
    at          TEXT NOT NULL,
    changes     TEXT NOT NULL      -- JSON: field -> [old, new]
);
CREATE INDEX event_revisions_event ON event_revisions(event_id, id);
