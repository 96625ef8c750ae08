-- Back-office sessions. Only a SHA-256 of the session id is kept: a copy of the database
-- cannot be used to log in.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY NOT NULL,
    user_name TEXT NOT NULL REFERENCES users (name),
    created_at INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
);

CREATE INDEX sessions_by_user ON sessions (user_name);
