-- Audience measurement exempt from consent. Strings (sites, paths, referring hosts, browser
-- families, …) are kept once in `stat_values` and rows hold their numbers, so a page view
-- costs a few dozen bytes. A page view holds no address and no user agent: only a visitor
-- number hashed with the day's salt, which `stat_salts` keeps for that day only.
CREATE TABLE stat_values (
    id BIGSERIAL PRIMARY KEY,
    value TEXT NOT NULL UNIQUE
);

CREATE TABLE page_views (
    site BIGINT NOT NULL,
    minute BIGINT NOT NULL,
    path BIGINT NOT NULL,
    referrer BIGINT NOT NULL,
    browser BIGINT NOT NULL,
    os BIGINT NOT NULL,
    device BIGINT NOT NULL,
    language BIGINT NOT NULL,
    visitor BIGINT NOT NULL
);

CREATE INDEX page_views_by_time ON page_views (site, minute);

-- Each visitor number seen on a day, to count a day's visitors once; kept until the day after.
CREATE TABLE stat_day_visitors (
    site BIGINT NOT NULL,
    day BIGINT NOT NULL,
    visitor BIGINT NOT NULL,
    PRIMARY KEY (site, day, visitor)
);

-- Daily totals (dimension 0) and views per path, referrer, browser, system, device, language
-- (dimensions 1 to 6); they outlive the raw page views.
CREATE TABLE stat_days (
    site BIGINT NOT NULL,
    day BIGINT NOT NULL,
    dimension BIGINT NOT NULL,
    value BIGINT NOT NULL,
    views BIGINT NOT NULL,
    visitors BIGINT NOT NULL,
    PRIMARY KEY (site, day, dimension, value)
);

CREATE TABLE stat_salts (
    day BIGINT PRIMARY KEY,
    salt TEXT NOT NULL
);

ALTER TABLE sites ADD COLUMN statistics_retention TEXT NOT NULL DEFAULT '25 months';
