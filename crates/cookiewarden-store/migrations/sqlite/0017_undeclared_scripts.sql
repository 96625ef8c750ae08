-- Third-party scripts of no known service the gateway saw a site's pages load: host and path.
CREATE TABLE undeclared_scripts (
    site TEXT NOT NULL,
    host TEXT NOT NULL,
    path TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    sightings INTEGER NOT NULL,
    PRIMARY KEY (site, host, path)
);
