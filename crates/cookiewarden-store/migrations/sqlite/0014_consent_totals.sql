-- What visitors decided, per site, day (UTC, days since the epoch), method and language, kept
-- up to date by a trigger in the transaction that appends each record, whichever process or
-- version wrote it: the charts read these rows (days × methods × languages) instead of the
-- whole chain. `firsts` counts records that were the first of their consent
-- id; the grant columns count records granting that category (`any_granted`: any of them).
CREATE TABLE consent_totals (
    site_slug TEXT NOT NULL,
    day INTEGER NOT NULL,
    method TEXT NOT NULL,
    language TEXT NOT NULL,
    decisions INTEGER NOT NULL,
    firsts INTEGER NOT NULL,
    preferences INTEGER NOT NULL,
    statistics INTEGER NOT NULL,
    marketing INTEGER NOT NULL,
    any_granted INTEGER NOT NULL,
    PRIMARY KEY (site_slug, day, method, language)
);

-- The consent log's filters, each served by an index: by method in the chain order it pages
-- by; by time, a range then sorted by sequence.
CREATE INDEX consent_records_by_time ON consent_records (site_slug, recorded_at_ms, sequence);
CREATE INDEX consent_records_by_method ON consent_records (site_slug, method, sequence);

-- A visitor's earlier records, as the trigger below asks for them: with the sequence in the
-- index, no planner prefers walking the chain backwards instead.
DROP INDEX consent_records_by_id;
CREATE INDEX consent_records_by_id ON consent_records (site_slug, consent_id, sequence);

CREATE TRIGGER consent_totals_kept AFTER INSERT ON consent_records
BEGIN
    INSERT INTO consent_totals (site_slug, day, method, language, decisions, firsts,
        preferences, statistics, marketing, any_granted)
    VALUES (NEW.site_slug, NEW.recorded_at_ms / 86400000, NEW.method, NEW.language, 1,
        CASE WHEN EXISTS (
            SELECT 1 FROM consent_records earlier
            WHERE earlier.site_slug = NEW.site_slug AND earlier.consent_id = NEW.consent_id
                AND earlier.sequence < NEW.sequence) THEN 0 ELSE 1 END,
        NEW.preferences, NEW.statistics, NEW.marketing,
        CASE WHEN NEW.preferences + NEW.statistics + NEW.marketing > 0 THEN 1 ELSE 0 END)
    ON CONFLICT (site_slug, day, method, language) DO UPDATE SET
    decisions = consent_totals.decisions + excluded.decisions,
    firsts = consent_totals.firsts + excluded.firsts,
    preferences = consent_totals.preferences + excluded.preferences,
    statistics = consent_totals.statistics + excluded.statistics,
    marketing = consent_totals.marketing + excluded.marketing,
    any_granted = consent_totals.any_granted + excluded.any_granted;
END;
