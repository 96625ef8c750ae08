-- A site's regions: the cookie domain its choice is shared under (NULL: the host that set
-- it), the region of visitors no trusted front located, and its own rule sets for some
-- regions (a JSON array). The column rejection_lifetime now holds the refusal cooldown
-- (NULL: the default, 6 months).
ALTER TABLE sites ADD COLUMN cookie_domain TEXT;
ALTER TABLE sites ADD COLUMN default_region TEXT NOT NULL DEFAULT 'EU';
ALTER TABLE sites ADD COLUMN regions TEXT NOT NULL DEFAULT '[]';
-- Each consent record names the visitor's region and rule set, and the GPP string the
-- banner exposed; records made before stay NULL (opt-in, region unknown), and hash as before.
ALTER TABLE consent_records ADD COLUMN region TEXT;
ALTER TABLE consent_records ADD COLUMN rule_set TEXT;
ALTER TABLE consent_records ADD COLUMN gpp TEXT;
