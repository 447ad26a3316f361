-- Why a report joined an event: the fields that matched and the distances, kept with the revision.
ALTER TABLE event_revisions ADD COLUMN decision TEXT;
