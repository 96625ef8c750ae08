-- Whether a site's audience measurement keeps its first-party cookie (1) or none (0).
ALTER TABLE sites ADD COLUMN statistics_cookie INTEGER NOT NULL DEFAULT 0;
