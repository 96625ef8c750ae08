-- What visitors decided, per site, day (UTC, days since the epoch), method and language, kept
-- up to date by a trigger in the transaction that appends each record, whichever process or
-- version wrote it: the charts read these rows (days × methods × languages) instead of the
-- whole chain. `firsts` counts records that were the first of their consent
-- id; the grant columns count records granting that category (`any_granted`: any of them).
CREATE TABLE consent_totals (
    site_slug TEXT NOT NULL,
    day BIGINT NOT NULL,
    method TEXT NOT NULL,
    language TEXT NOT NULL,
    decisions BIGINT NOT NULL,
    firsts BIGINT NOT NULL,
    preferences BIGINT NOT NULL,
    statistics BIGINT NOT NULL,
    marketing BIGINT NOT NULL,
    any_granted BIGINT NOT NULL,
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

CREATE FUNCTION consent_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
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
    decisions = consent_totals.decisions + EXCLUDED.decisions,
    firsts = consent_totals.firsts + EXCLUDED.firsts,
    preferences = consent_totals.preferences + EXCLUDED.preferences,
    statistics = consent_totals.statistics + EXCLUDED.statistics,
    marketing = consent_totals.marketing + EXCLUDED.marketing,
    any_granted = consent_totals.any_granted + EXCLUDED.any_granted;
    RETURN NULL;
END
$$;

CREATE TRIGGER consent_totals_kept AFTER INSERT ON consent_records
    FOR EACH ROW EXECUTE FUNCTION consent_totals_keep();
