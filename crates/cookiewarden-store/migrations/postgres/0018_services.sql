-- The services a site lists (a JSON array of its `[[service]]` tables), and in each consent
-- record the visitor's choices for single services where they differ from the choice of the
-- service's kind (a JSON object of key to granted; NULL in records without any, which hash as
-- before).
ALTER TABLE sites ADD COLUMN services TEXT NOT NULL DEFAULT '[]';
ALTER TABLE consent_records ADD COLUMN services TEXT;
