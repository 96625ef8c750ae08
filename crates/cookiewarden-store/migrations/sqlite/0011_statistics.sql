-- Audience measurement exempt from consent. Strings (sites, paths, referring hosts, browser
-- families, …) are kept once in `stat_values` and rows hold their numbers, so a page view
-- costs a few dozen bytes. A page view holds no address and no user agent: only a visitor
-- number hashed with the day's salt, which `stat_salts` keeps for that day only.
CREATE TABLE stat_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    value TEXT NOT NULL UNIQUE
);

CREATE TABLE page_views (
    site INTEGER NOT NULL,
    minute INTEGER NOT NULL,
    path INTEGER NOT NULL,
    referrer INTEGER NOT NULL,
    browser INTEGER NOT NULL,
    os INTEGER NOT NULL,
    device INTEGER NOT NULL,
    language INTEGER NOT NULL,
    visitor INTEGER NOT NULL
);

CREATE INDEX page_views_by_time ON page_views (site, minute);

-- Each visitor number seen on a day, to count a day's visitors once; kept until the day after.
CREATE TABLE stat_day_visitors (
    site INTEGER NOT NULL,
    day INTEGER NOT NULL,
    visitor INTEGER NOT NULL,
    PRIMARY KEY (site, day, visitor)
) WITHOUT ROWID;

-- Daily totals (dimension 0) and views per path, referrer, browser, system, device, language
-- (dimensions 1 to 6); they outlive the raw page views.
CREATE TABLE stat_days (
    site INTEGER NOT NULL,
    day INTEGER NOT NULL,
    dimension INTEGER NOT NULL,
    value INTEGER NOT NULL,
    views INTEGER NOT NULL,
    visitors INTEGER NOT NULL,
    PRIMARY KEY (site, day, dimension, value)
) WITHOUT ROWID;

CREATE TABLE stat_salts (
    day INTEGER PRIMARY KEY,
    salt TEXT NOT NULL
);

ALTER TABLE sites ADD COLUMN statistics_retention TEXT NOT NULL DEFAULT '25 months';
