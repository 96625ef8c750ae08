-- Query parameters a site's audience measurement keeps in paths (JSON list; `[]` keeps none).
ALTER TABLE sites ADD COLUMN statistics_query TEXT NOT NULL DEFAULT '[]';
