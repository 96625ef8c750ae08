-- Cookies a site was seen setting without declaring them (passive discovery by the gateway).
CREATE TABLE undeclared_cookies (
    site TEXT NOT NULL,
    name TEXT NOT NULL,
    domain TEXT NOT NULL,
    path TEXT NOT NULL,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    sightings BIGINT NOT NULL,
    PRIMARY KEY (site, name, domain, path)
);
