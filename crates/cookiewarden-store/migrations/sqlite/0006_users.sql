-- The people who run the platform. A user is an admin (every site) or a member of sites with a
-- role on each; users are disabled, never deleted, so what they did stays attributed.
CREATE TABLE users (
    name TEXT PRIMARY KEY NOT NULL,
    password_hash TEXT NOT NULL,
    admin INTEGER NOT NULL,
    disabled INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);

CREATE TABLE site_members (
    user_name TEXT NOT NULL REFERENCES users (name),
    site TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (user_name, site)
);
