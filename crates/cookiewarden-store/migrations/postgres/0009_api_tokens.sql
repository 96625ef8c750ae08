-- Tokens scripts use to call the JSON API. Only a SHA-256 of the secret is kept; a token acts
-- for its owner, limited to its sites (a JSON list, NULL for every site) and its access.
CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    owner TEXT NOT NULL REFERENCES users (name),
    label TEXT NOT NULL,
    sites TEXT,
    access TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);

CREATE INDEX api_tokens_by_owner ON api_tokens (owner);
