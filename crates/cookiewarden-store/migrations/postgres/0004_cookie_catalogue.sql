-- The catalogue of known cookies, replaced as a whole by `cookiewarden import-cookie-db`.
CREATE TABLE cookie_catalogue (
    position BIGINT PRIMARY KEY,
    id TEXT NOT NULL,
    platform TEXT NOT NULL,
    category TEXT NOT NULL,
    needs_review BIGINT NOT NULL,
    pattern TEXT NOT NULL,
    domain TEXT,
    description TEXT NOT NULL,
    retention TEXT NOT NULL,
    controller TEXT NOT NULL,
    privacy_url TEXT NOT NULL
);
