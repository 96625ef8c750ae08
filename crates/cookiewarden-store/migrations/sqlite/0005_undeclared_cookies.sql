-- Cookies a site was seen setting without declaring them (passive discovery by the gateway).
CREATE TABLE undeclared_cookies (
    site TEXT NOT NULL,
    name TEXT NOT NULL,
    domain TEXT NOT NULL,
    path TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    sightings INTEGER NOT NULL,
    PRIMARY KEY (site, name, domain, path)
);
