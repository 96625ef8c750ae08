-- What visitors decided, per site, day (UTC, days since the epoch), method and language, kept
-- up to date in the transaction that appends each record: the charts read these few rows
-- instead of the whole chain. `firsts` counts records that were the first of their consent
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

-- The consent log's filters, each served by an index ending in the chain order it pages by.
CREATE INDEX consent_records_by_time ON consent_records (site_slug, recorded_at_ms, sequence);
CREATE INDEX consent_records_by_method ON consent_records (site_slug, method, sequence);
