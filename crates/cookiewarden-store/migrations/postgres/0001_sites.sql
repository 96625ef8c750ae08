-- Sites and their cookie declarations. Texts per language and lists are JSON, read back into
-- the domain's types; integers are 64-bit on both backends.
CREATE TABLE sites (
    slug TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    origins TEXT NOT NULL,
    languages TEXT NOT NULL,
    default_language TEXT NOT NULL,
    consent_lifetime TEXT NOT NULL,
    policy_path TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE declarations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_slug TEXT NOT NULL REFERENCES sites (slug) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    pattern TEXT NOT NULL,
    provider TEXT NOT NULL,
    function TEXT NOT NULL,
    purpose TEXT NOT NULL,
    category TEXT NOT NULL,
    exempt BIGINT NOT NULL,
    party TEXT NOT NULL,
    domain TEXT,
    path TEXT NOT NULL,
    duration TEXT NOT NULL,
    status TEXT NOT NULL
);

CREATE INDEX declarations_by_site ON declarations (site_slug, position);

-- One declaration per name pattern and domain; a missing domain counts as one domain.
CREATE UNIQUE INDEX declarations_unique_pattern ON declarations (site_slug, pattern, COALESCE(domain, ''));
