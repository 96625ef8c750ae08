-- Third-party scripts of no known service the gateway saw a site's pages load: host and path.
CREATE TABLE undeclared_scripts (
    site TEXT NOT NULL,
    host TEXT NOT NULL,
    path TEXT NOT NULL,
    first_seen BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    sightings BIGINT NOT NULL,
    PRIMARY KEY (site, host, path)
);
