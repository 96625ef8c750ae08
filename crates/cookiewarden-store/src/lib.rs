//! The storage seam of cookiewarden: one [`Store`] trait, served by SQLite (the embedded
//! default) and PostgreSQL (several nodes sharing one database).
//!
//! Both backends run through sqlx's `Any` driver with one set of queries written in the SQL the
//! two share (`$n` parameters, `ON CONFLICT`, 64-bit integers, JSON kept as text), so there is
//! one implementation to test and no copy to keep in step. What differs lives in [`Backend`]:
//! the schema migrations, embedded per backend, and SQLite's connection pragmas.

mod backend;
mod consents;
mod copy;
mod error;
mod sql;
mod statistics;

use async_trait::async_trait;
use cookiewarden_core::{
    Account, ApiToken, Catalogue, ConsentMethod, ConsentRecord, Language, NewConsent,
    SiteDefinition, Slug, TokenScope, Username,
};

pub use backend::Backend;
pub use copy::CopyReport;
pub use error::Error;
pub use sql::SqlStore;

/// What applying a site definition did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyOutcome {
    /// The site did not exist.
    Created,
    /// The site existed and something changed.
    Updated,
    /// The site already had exactly this definition; nothing was written.
    Unchanged,
}

/// A site as listed on an index page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteSummary {
    /// The site's slug.
    pub slug: Slug,
    /// The site's display name.
    pub name: String,
}

/// A cookie a site was seen setting without declaring it, as the gateway reports it: one
/// entry per name, domain and path, with when and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndeclaredCookie {
    /// The cookie's name.
    pub name: String,
    /// Its `Domain` attribute, or the host it was set on when it had none.
    pub domain: String,
    /// Its path.
    pub path: String,
    /// First sighting, seconds since the Unix epoch.
    pub first_seen: i64,
    /// Last sighting, seconds since the Unix epoch.
    pub last_seen: i64,
    /// How many responses set it.
    pub sightings: i64,
}

/// A third-party script of no known service the gateway saw a site's pages load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndeclaredScript {
    /// The host it came from.
    pub host: String,
    /// Its path, without the query.
    pub path: String,
    /// First sighting, seconds since the Unix epoch.
    pub first_seen: i64,
    /// Last sighting, seconds since the Unix epoch.
    pub last_seen: i64,
    /// How many pages loaded it.
    pub sightings: i64,
}

/// A back-office session as stored: whose, and the times its expiry is computed from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSession {
    /// The logged-in user.
    pub user: Username,
    /// When the session began (Unix seconds): the absolute expiry counts from here.
    pub created_at: i64,
    /// When it was last used (Unix seconds): the idle expiry counts from here.
    pub last_seen: i64,
}

/// One page view as kept: nothing in it identifies a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageView {
    /// The site.
    pub site: Slug,
    /// Minutes since the Unix epoch.
    pub minute: i64,
    /// The path, without query string.
    pub path: String,
    /// The referring host, or empty.
    pub referrer: String,
    /// The browser's family.
    pub browser: String,
    /// The operating system's family.
    pub os: String,
    /// `desktop`, `mobile` or `tablet`.
    pub device: String,
    /// The primary language subtag, or empty.
    pub language: String,
    /// A number hashed with the day's salt: the same visitor on the same day, nothing more.
    pub visitor: i64,
}

/// What the dashboard breaks views down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    /// The page.
    Path,
    /// The referring host.
    Referrer,
    /// The browser's family.
    Browser,
    /// The operating system's family.
    Os,
    /// The kind of device.
    Device,
    /// The visitor's language.
    Language,
}

impl Dimension {
    /// Every dimension, in the dashboard's order.
    pub const ALL: [Dimension; 6] = [
        Dimension::Path,
        Dimension::Referrer,
        Dimension::Browser,
        Dimension::Os,
        Dimension::Device,
        Dimension::Language,
    ];

    /// The name used in the API and the CSV export.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Path => "path",
            Dimension::Referrer => "referrer",
            Dimension::Browser => "browser",
            Dimension::Os => "os",
            Dimension::Device => "device",
            Dimension::Language => "language",
        }
    }

    /// How the database numbers it (0 is the daily total).
    pub(crate) fn number(self) -> i64 {
        match self {
            Dimension::Path => 1,
            Dimension::Referrer => 2,
            Dimension::Browser => 3,
            Dimension::Os => 4,
            Dimension::Device => 5,
            Dimension::Language => 6,
        }
    }

    /// The page view's value in this dimension.
    pub fn of(self, view: &PageView) -> &str {
        match self {
            Dimension::Path => &view.path,
            Dimension::Referrer => &view.referrer,
            Dimension::Browser => &view.browser,
            Dimension::Os => &view.os,
            Dimension::Device => &view.device,
            Dimension::Language => &view.language,
        }
    }
}

/// One day of a site's audience.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AudienceDay {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    /// Page views.
    pub views: i64,
    /// Distinct visitors of that day.
    pub visitors: i64,
}

/// Views of one value of a dimension over a range of days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudienceRow {
    /// What is counted.
    pub dimension: Dimension,
    /// The path, host, family, … (empty: none, such as a visit without referrer).
    pub value: String,
    /// Page views over the range.
    pub views: i64,
}

/// A site's audience over a range of days, from the daily totals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Audience {
    /// The days that had views, in order.
    pub days: Vec<AudienceDay>,
    /// The most viewed values of each dimension, most viewed first.
    pub top: Vec<AudienceRow>,
}

/// Which of a site's consent records a page of the consent log holds; every field left out
/// keeps every record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConsentFilter {
    /// Records from this time on, in milliseconds since the Unix epoch.
    pub from_ms: Option<i64>,
    /// Records before this time (excluded), in milliseconds since the Unix epoch.
    pub until_ms: Option<i64>,
    /// Records of this method only.
    pub method: Option<ConsentMethod>,
    /// Records of this consent id only.
    pub consent_id: Option<String>,
}

/// Where a page of consent records starts and which way it reads. Pages are keyed by the
/// sequence number of the record they follow, never by an offset: a page deep in a million
/// records costs what the first one does, and records appended meanwhile shift nothing. Pages
/// read in chain order, or in time order (then sequence) when the filter bounds the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentPage {
    /// Newest first, from the record before this sequence number (`None`: the newest).
    Older(Option<i64>),
    /// Oldest first, from the record after this sequence number (`None`: the oldest).
    Newer(Option<i64>),
}

/// What a site's visitors decided on one day with one method in one language, as counted when
/// each record was appended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentTotal {
    /// Days since the Unix epoch (UTC).
    pub day: i64,
    /// How they decided.
    pub method: ConsentMethod,
    /// The language they were shown.
    pub language: Language,
    /// Decisions.
    pub decisions: i64,
    /// Decisions that were the first of their consent id.
    pub firsts: i64,
    /// Decisions granting preferences.
    pub preferences: i64,
    /// Decisions granting statistics.
    pub statistics: i64,
    /// Decisions granting marketing.
    pub marketing: i64,
    /// Decisions granting any category beyond the necessary.
    pub any_granted: i64,
}

/// One change made in the back office.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When, in milliseconds since the Unix epoch.
    pub at_ms: i64,
    /// Who (a user name).
    pub actor: String,
    /// What, as a stable identifier (`user.disable`, `site.update`, …).
    pub action: String,
    /// What it was done to (`user:eve`, `site:shop`, …).
    pub target: String,
    /// The state before, as JSON; `None` for a creation.
    pub before: Option<String>,
    /// The state after, as JSON; `None` for a deletion.
    pub after: Option<String>,
}

/// An API token about to be issued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewToken {
    /// SHA-256 of the secret, hex: the secret itself is never stored.
    pub token_hash: String,
    /// The user the token acts for.
    pub owner: Username,
    /// The owner's name for it.
    pub label: String,
    /// What it is limited to.
    pub scope: TokenScope,
    /// Seconds since the epoch.
    pub created_at: i64,
}

/// Everything cookiewarden keeps. Every method is atomic: a failed call leaves the store as it
/// was.
#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Which database serves this store.
    fn backend(&self) -> Backend;

    /// Creates the site, or replaces its settings and declarations, in one transaction.
    async fn apply_site(&self, definition: &SiteDefinition) -> Result<ApplyOutcome, Error>;

    /// Creates the site unless one with its slug exists; returns whether it was created.
    /// Safe when several nodes start at once: exactly one of them creates it.
    async fn create_site_if_absent(&self, definition: &SiteDefinition) -> Result<bool, Error>;

    /// The site and its declarations, in the order they were declared.
    async fn site(&self, slug: &Slug) -> Result<Option<SiteDefinition>, Error>;

    /// Every site, by slug.
    async fn sites(&self) -> Result<Vec<SiteSummary>, Error>;

    /// Appends a decision to its site's chain of consent records and returns it as stored.
    /// Concurrent appends, from any number of processes, each get their own place in the chain.
    async fn append_consent(&self, consent: NewConsent) -> Result<ConsentRecord, Error>;

    /// Appends decisions, in their order, to their sites' chains in one transaction, bypassing
    /// the group commit (a demo's made-up month, not a visitor waiting); safe beside appends of
    /// any other writer, which wait for it: it holds the chain's lock until it commits, so a
    /// caller serving visitors keeps its batches to a few thousand.
    async fn append_consents(&self, consents: Vec<NewConsent>)
    -> Result<Vec<ConsentRecord>, Error>;

    /// Every consent record of a site, in chain order.
    async fn consent_records(&self, site: &Slug) -> Result<Vec<ConsentRecord>, Error>;

    /// Up to `limit` consent records of a site that `filter` keeps, from where `page` says,
    /// in the order it reads (see [`ConsentPage`]).
    async fn consent_page(
        &self,
        site: &Slug,
        filter: &ConsentFilter,
        page: ConsentPage,
        limit: i64,
    ) -> Result<Vec<ConsentRecord>, Error>;

    /// How many consent records of a site `filter` keeps.
    async fn count_consents(&self, site: &Slug, filter: &ConsentFilter) -> Result<i64, Error>;

    /// A site's consent totals of `days` (days since the epoch), by day, method and language.
    async fn consent_totals(
        &self,
        site: &Slug,
        days: std::ops::RangeInclusive<i64>,
    ) -> Result<Vec<ConsentTotal>, Error>;

    /// Keeps `content` under `hash` (the caller's SHA-256 of it), once: what a visitor saw
    /// can be shown again from a record's hash.
    async fn put_snapshot(&self, hash: &str, content: &str) -> Result<(), Error>;

    /// The content kept under `hash`.
    async fn snapshot(&self, hash: &str) -> Result<Option<String>, Error>;

    /// Replaces the whole catalogue of known cookies, in one transaction.
    async fn replace_catalogue(&self, catalogue: &Catalogue) -> Result<(), Error>;

    /// The catalogue of known cookies (empty until one is imported).
    async fn catalogue(&self) -> Result<Catalogue, Error>;

    /// Adds sightings of undeclared cookies to a site's list: new ones are inserted, known
    /// ones get their last sighting moved and their count added. `first_seen` and `last_seen`
    /// of each entry bound the sightings it sums.
    async fn record_undeclared(
        &self,
        site: &Slug,
        sightings: &[UndeclaredCookie],
    ) -> Result<(), Error>;

    /// The undeclared cookies seen on a site, by name, domain and path.
    async fn undeclared_cookies(&self, site: &Slug) -> Result<Vec<UndeclaredCookie>, Error>;

    /// Adds sightings of unexplained third-party scripts to a site's list, as
    /// [`Store::record_undeclared`] does for cookies.
    async fn record_undeclared_scripts(
        &self,
        site: &Slug,
        sightings: &[UndeclaredScript],
    ) -> Result<(), Error>;

    /// The unexplained third-party scripts seen on a site, by host and path.
    async fn undeclared_scripts(&self, site: &Slug) -> Result<Vec<UndeclaredScript>, Error>;

    /// Creates a user with their memberships, in one transaction with its audit entry if
    /// any; refuses a taken name and a membership of a site that does not exist.
    async fn add_user(&self, account: &Account, audit: Option<&AuditEntry>) -> Result<(), Error>;

    /// A user and their memberships.
    async fn user(&self, name: &Username) -> Result<Option<Account>, Error>;

    /// Every user, by name.
    async fn users(&self) -> Result<Vec<Account>, Error>;

    /// Replaces a user's password hash.
    async fn set_password(&self, name: &Username, password_hash: &str) -> Result<(), Error>;

    /// Disables (or enables again) a user.
    async fn set_disabled(&self, name: &Username, disabled: bool) -> Result<(), Error>;

    /// Disables (or enables again) a user and records who did it, in one transaction.
    async fn set_disabled_audited(
        &self,
        name: &Username,
        disabled: bool,
        entry: &AuditEntry,
    ) -> Result<(), Error>;

    /// Creates or replaces a site and its declarations and records who did it, in one
    /// transaction.
    async fn apply_site_audited(
        &self,
        definition: &SiteDefinition,
        entry: &AuditEntry,
    ) -> Result<(), Error>;

    /// The newest `limit` entries of the audit log before entry number `before` (all of them
    /// when `None`), newest first, with their numbers: the next page starts before the last.
    async fn audit_log(
        &self,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<(i64, AuditEntry)>, Error>;

    /// Starts a session known by the hash of its id.
    async fn create_session(&self, id_hash: &str, user: &Username, now: i64) -> Result<(), Error>;

    /// The session with this id hash.
    async fn session(&self, id_hash: &str) -> Result<Option<StoredSession>, Error>;

    /// Records a use of the session.
    async fn touch_session(&self, id_hash: &str, now: i64) -> Result<(), Error>;

    /// Ends one session (logout).
    async fn delete_session(&self, id_hash: &str) -> Result<(), Error>;

    /// Ends every session of a user ("log out everywhere", a disabled user, a new password).
    async fn delete_user_sessions(&self, user: &Username) -> Result<(), Error>;

    /// Creates a site and records who did it, in one transaction; refuses a slug in use.
    async fn create_site_audited(
        &self,
        definition: &SiteDefinition,
        entry: &AuditEntry,
    ) -> Result<(), Error>;

    /// Issues an API token and records who did it, in one transaction; the entry's target is
    /// set to the new token's number (`token:N`), which only exists once it is inserted.
    async fn add_token(&self, token: &NewToken, entry: &AuditEntry) -> Result<ApiToken, Error>;

    /// The token whose secret has this hash.
    async fn token(&self, token_hash: &str) -> Result<Option<ApiToken>, Error>;

    /// Tokens of one user, or of everyone, oldest first.
    async fn tokens(&self, owner: Option<&Username>) -> Result<Vec<ApiToken>, Error>;

    /// Deletes a token and records who did it, in one transaction.
    async fn revoke_token(&self, id: i64, entry: &AuditEntry) -> Result<(), Error>;

    /// Records a use of a token.
    async fn touch_token(&self, id: i64, now: i64) -> Result<(), Error>;

    /// Records page views in one transaction, with the daily totals they change.
    async fn record_page_views(&self, views: &[PageView]) -> Result<(), Error>;

    /// The salt of `day` (days since the epoch): `candidate` if the day has none yet. Salts of
    /// earlier days are destroyed.
    async fn statistics_salt(&self, day: i64, candidate: &str) -> Result<String, Error>;

    /// A site's audience over `days` (days since the epoch), with the `top` values of each
    /// dimension.
    async fn audience(
        &self,
        site: &Slug,
        days: std::ops::RangeInclusive<i64>,
        top: i64,
    ) -> Result<Audience, Error>;

    /// Deletes raw page views older than each site's retention, and visitor numbers of days
    /// that are over; returns how many page views went. Daily totals stay.
    async fn purge_statistics(&self, now_minute: i64) -> Result<u64, Error>;

    /// A site's raw page views of `minutes` (minutes since the epoch), oldest first.
    async fn page_views(
        &self,
        site: &Slug,
        minutes: std::ops::Range<i64>,
    ) -> Result<Vec<PageView>, Error>;

    /// Checks the database answers, for health checks.
    async fn ping(&self) -> Result<(), Error>;
}
