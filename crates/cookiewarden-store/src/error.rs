use thiserror::Error;

/// Why the store could not do what was asked.
#[derive(Debug, Error)]
pub enum Error {
    /// The database URL names a backend cookiewarden does not support.
    #[error("unsupported database URL `{0}`: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    /// The database could not be reached or refused a query.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// The schema could not be brought up to date.
    #[error("migration failed: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    /// The group commit that carried this write failed (the cause is logged and named here).
    #[error("consent not recorded: {0}")]
    GroupCommit(String),
    /// The consent writer has stopped: the store is shutting down.
    #[error("the consent writer has stopped")]
    WriterStopped,
    /// A user with this name exists already.
    #[error("user `{0}` exists already")]
    UserExists(String),
    /// No user has this name.
    #[error("no user `{0}`")]
    UnknownUser(String),
    /// A membership names a site that does not exist.
    #[error("no site `{0}`")]
    UnknownSite(String),
    /// A site with this slug exists already.
    #[error("site `{0}` exists already")]
    SiteExists(String),
    /// No API token has this id.
    #[error("no token {0}")]
    UnknownToken(i64),
    /// A copy to another database was refused or failed (nothing was written there).
    #[error("cannot copy the database: {0}")]
    Copy(String),
    /// A backup could not be written.
    #[error("cannot write the backup: {0}")]
    Backup(String),
    /// A stored value no longer reads as a domain value (edited by hand, or a newer version).
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
}
