-- Proof of consent: records chained per site, the head of each chain, and snapshots of the
-- policies and texts visitors saw, keyed by their hash.
CREATE TABLE consent_records (
    site_slug TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    consent_id TEXT NOT NULL,
    recorded_at_ms BIGINT NOT NULL,
    method TEXT NOT NULL,
    preferences BIGINT NOT NULL,
    statistics BIGINT NOT NULL,
    marketing BIGINT NOT NULL,
    exempt_opt_out BIGINT NOT NULL,
    policy_version TEXT NOT NULL,
    texts_hash TEXT NOT NULL,
    language TEXT NOT NULL,
    gpc BIGINT NOT NULL,
    browser_family TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (site_slug, sequence)
);

CREATE INDEX consent_records_by_id ON consent_records (site_slug, consent_id);

CREATE TABLE consent_chain_heads (
    site_slug TEXT PRIMARY KEY,
    sequence BIGINT NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE snapshots (
    hash TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
