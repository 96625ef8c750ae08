-- A site's own words for its banner and policy, per language (JSON); `{}` keeps the
-- platform's texts.
ALTER TABLE sites ADD COLUMN texts TEXT NOT NULL DEFAULT '{}';
