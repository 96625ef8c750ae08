use std::borrow::Cow;

use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

use crate::Error;

impl Backend {
    /// Begins a transaction that may write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), waiting for it as long as the busy timeout allows: a transaction
    /// that reads first and writes afterwards cannot upgrade its lock while another
    /// connection (or process) has written meanwhile, and SQLite then answers
    /// `SQLITE_BUSY` ("database is locked") at once instead of waiting.
    pub(crate) async fn begin(
        self,
        pool: &sqlx::AnyPool,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self {
            Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => pool.begin().await,
        }
    }
}

/// The database behind a store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded file, the single-machine default.
    Sqlite,
    /// A server shared by several nodes.
    Postgres,
}

/// Schema changes per backend, embedded in the binary so a fresh database needs no files.
/// Each backend lists the same versions with the same meaning.
const MIGRATIONS: [(i64, &str, &str, &str); 18] = [
    (
        1,
        "sites and cookie declarations",
        include_str!("../migrations/sqlite/0001_sites.sql"),
        include_str!("../migrations/postgres/0001_sites.sql"),
    ),
    (
        2,
        "consent ledger and snapshots",
        include_str!("../migrations/sqlite/0002_consent_ledger.sql"),
        include_str!("../migrations/postgres/0002_consent_ledger.sql"),
    ),
    (
        3,
        "rejection lifetime",
        include_str!("../migrations/sqlite/0003_rejection_lifetime.sql"),
        include_str!("../migrations/postgres/0003_rejection_lifetime.sql"),
    ),
    (
        4,
        "cookie catalogue",
        include_str!("../migrations/sqlite/0004_cookie_catalogue.sql"),
        include_str!("../migrations/postgres/0004_cookie_catalogue.sql"),
    ),
    (
        5,
        "undeclared cookies seen by the gateway",
        include_str!("../migrations/sqlite/0005_undeclared_cookies.sql"),
        include_str!("../migrations/postgres/0005_undeclared_cookies.sql"),
    ),
    (
        6,
        "users and site memberships",
        include_str!("../migrations/sqlite/0006_users.sql"),
        include_str!("../migrations/postgres/0006_users.sql"),
    ),
    (
        7,
        "back-office sessions",
        include_str!("../migrations/sqlite/0007_sessions.sql"),
        include_str!("../migrations/postgres/0007_sessions.sql"),
    ),
    (
        8,
        "audit log of the back office",
        include_str!("../migrations/sqlite/0008_audit_log.sql"),
        include_str!("../migrations/postgres/0008_audit_log.sql"),
    ),
    (
        9,
        "API tokens",
        include_str!("../migrations/sqlite/0009_api_tokens.sql"),
        include_str!("../migrations/postgres/0009_api_tokens.sql"),
    ),
    (
        10,
        "site texts",
        include_str!("../migrations/sqlite/0010_site_texts.sql"),
        include_str!("../migrations/postgres/0010_site_texts.sql"),
    ),
    (
        11,
        "audience statistics",
        include_str!("../migrations/sqlite/0011_statistics.sql"),
        include_str!("../migrations/postgres/0011_statistics.sql"),
    ),
    (
        12,
        "query parameters kept by the audience measurement",
        include_str!("../migrations/sqlite/0012_statistics_query.sql"),
        include_str!("../migrations/postgres/0012_statistics_query.sql"),
    ),
    (
        13,
        "the audience measurement's optional cookie",
        include_str!("../migrations/sqlite/0013_statistics_cookie.sql"),
        include_str!("../migrations/postgres/0013_statistics_cookie.sql"),
    ),
    (
        14,
        "per-day consent totals and the consent log's indexes",
        include_str!("../migrations/sqlite/0014_consent_totals.sql"),
        include_str!("../migrations/postgres/0014_consent_totals.sql"),
    ),
    (
        15,
        "per-day consent totals of the records already kept",
        include_str!("../migrations/sqlite/0015_consent_totals_backfill.sql"),
        include_str!("../migrations/postgres/0015_consent_totals_backfill.sql"),
    ),
    (
        16,
        "regions, rule sets and the shared cookie domain",
        include_str!("../migrations/sqlite/0016_regions.sql"),
        include_str!("../migrations/postgres/0016_regions.sql"),
    ),
    (
        17,
        "third-party scripts seen by the gateway",
        include_str!("../migrations/sqlite/0017_undeclared_scripts.sql"),
        include_str!("../migrations/postgres/0017_undeclared_scripts.sql"),
    ),
    (
        18,
        "the services a site uses, and per-service consent",
        include_str!("../migrations/sqlite/0018_services.sql"),
        include_str!("../migrations/postgres/0018_services.sql"),
    ),
];

impl Backend {
    /// The backend a URL names: `sqlite:` or `postgres:`/`postgresql:`.
    pub fn from_url(url: &str) -> Result<Backend, Error> {
        let scheme = url.split_once(':').map(|(scheme, _)| scheme);
        match scheme {
            Some("sqlite") => Ok(Backend::Sqlite),
            Some("postgres" | "postgresql") => Ok(Backend::Postgres),
            _ => Err(Error::UnsupportedUrl(url.to_owned())),
        }
    }

    /// The migrations of this backend.
    pub(crate) fn migrator(self) -> Migrator {
        let migrations = MIGRATIONS
            .iter()
            .map(|(version, description, sqlite, postgres)| {
                let sql = match self {
                    Backend::Sqlite => *sqlite,
                    Backend::Postgres => *postgres,
                };
                Migration::new(
                    *version,
                    Cow::Borrowed(*description),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect();
        Migrator::with_migrations(migrations)
    }
}
