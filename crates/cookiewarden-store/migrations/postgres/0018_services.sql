-- The services a site lists (a JSON array of its `[[service]]` tables), and in each consent
-- record whether each service the site listed was allowed (a JSON object of key to allowed;
-- NULL in records of sites without services, which hash as before).
ALTER TABLE sites ADD COLUMN services TEXT NOT NULL DEFAULT '[]';
ALTER TABLE consent_records ADD COLUMN services TEXT;
