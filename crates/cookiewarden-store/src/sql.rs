use std::str::FromStr;
use std::time::{SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use cookiewarden_core::{
    Account, ApiToken, Catalogue, CatalogueEntry, ConsentRecord, Declaration, GENESIS_HASH,
    Language, LocalizedText, Membership, NewConsent, Site, SiteDefinition, Slug, TokenScope,
    Username,
};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Connection, Executor, Row};
use tokio::sync::{mpsc, oneshot};

use crate::{
    ApplyOutcome, Audience, AuditEntry, Backend, ConsentFilter, ConsentPage, ConsentTotal, Error,
    NewToken, PageView, SiteSummary, Store, StoredSession, UndeclaredCookie, UndeclaredScript,
};

/// A query of `api_tokens` reading the columns [`read_token`] takes, ending with `$filter`.
macro_rules! token_query {
    ($filter:literal) => {
        concat!(
            "SELECT id, owner, label, sites, access, created_at, last_used_at FROM api_tokens ",
            $filter
        )
    };
}

/// What writing a site row does when the slug exists already.
#[derive(Debug, Clone, Copy)]
enum OnConflict {
    /// Replace its settings (keeping `created_at`).
    Replace,
    /// Leave it as it is.
    Keep,
}

/// The [`Store`] of both backends, over one sqlx `Any` pool.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pub(crate) pool: AnyPool,
    pub(crate) backend: Backend,
    /// Consent appends go through one writer task that commits them in groups.
    appends: mpsc::Sender<PendingAppend>,
    /// Numbers of the statistics strings already stored (they never change once given).
    stat_values: crate::statistics::ValueCache,
}

/// A consent waiting for the writer, and where to send its record once durable.
#[derive(Debug)]
struct PendingAppend {
    consent: NewConsent,
    reply: oneshot::Sender<Result<ConsentRecord, Error>>,
}

/// Most appends committed in one transaction.
const MAX_GROUP: usize = 256;

/// How long a query waits for a connection before the store reports itself unavailable.
const ACQUIRE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// Group commit: the writer takes every append waiting, writes them in one transaction and
/// answers each once the commit (one fsync for the whole group) returned. Under load the
/// group grows and the cost of durability is shared; alone, an append waits for no one.
async fn run_writer(pool: AnyPool, backend: Backend, mut appends: mpsc::Receiver<PendingAppend>) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while appends.recv_many(&mut group, MAX_GROUP).await > 0 {
        let consents: Vec<NewConsent> = group.iter().map(|p| p.consent.clone()).collect();
        match append_group(&pool, backend, consents).await {
            Ok(records) => {
                for (pending, record) in group.drain(..).zip(records) {
                    let _ = pending.reply.send(Ok(record));
                }
            }
            Err(error) => {
                tracing::error!(%error, appends = group.len(), "consent group commit failed");
                let message = error.to_string();
                for pending in group.drain(..) {
                    let _ = pending.reply.send(Err(Error::GroupCommit(message.clone())));
                }
            }
        }
    }
}

/// Appends consents, in order, to their sites' chains in one transaction.
async fn append_group(
    pool: &AnyPool,
    backend: Backend,
    consents: Vec<NewConsent>,
) -> Result<Vec<ConsentRecord>, Error> {
    let mut transaction = backend.begin(pool).await?;
    let mut sites: Vec<&Slug> = consents.iter().map(|c| &c.site).collect();
    sites.sort();
    sites.dedup();
    // Per site: reserve the sequence numbers, then chain from the head the last writer left.
    // Writing first takes SQLite's write lock at once (no read-then-upgrade deadlock), and
    // PostgreSQL's row lock on the chain head, so writers in other processes queue here.
    let mut heads = Vec::with_capacity(sites.len());
    for site in sites {
        let count = consents.iter().filter(|c| &c.site == site).count();
        sqlx::query(
            "INSERT INTO consent_chain_heads (site_slug, sequence, hash) VALUES ($1, 0, $2) \
             ON CONFLICT (site_slug) DO NOTHING",
        )
        .bind(site.as_str().to_owned())
        .bind(GENESIS_HASH)
        .execute(&mut *transaction)
        .await?;
        let head = sqlx::query(
            "UPDATE consent_chain_heads SET sequence = sequence + $1 WHERE site_slug = $2 \
             RETURNING sequence, hash",
        )
        .bind(i64::try_from(count).unwrap_or(i64::MAX))
        .bind(site.as_str().to_owned())
        .fetch_one(&mut *transaction)
        .await?;
        let last: i64 = head.try_get("sequence")?;
        let hash: String = head.try_get("hash")?;
        heads.push((site.clone(), last - i64::try_from(count).unwrap_or(0), hash));
    }
    let mut records = Vec::with_capacity(consents.len());
    for consent in consents {
        let head = heads
            .iter_mut()
            .find(|(site, _, _)| *site == consent.site)
            .ok_or_else(|| Error::Corrupt("site missing from its group".into()))?;
        head.1 += 1;
        let record = ConsentRecord::chain(consent, head.1, &head.2);
        head.2.clone_from(&record.hash);
        records.push(record);
    }
    // Many rows per statement: a group costs a handful of round trips whatever its size. The
    // per-day totals follow by trigger, in this transaction.
    crate::consents::insert(&mut transaction, &records).await?;
    for (site, _, hash) in &heads {
        sqlx::query("UPDATE consent_chain_heads SET hash = $1 WHERE site_slug = $2")
            .bind(hash.clone())
            .bind(site.as_str().to_owned())
            .execute(&mut *transaction)
            .await?;
    }
    transaction.commit().await?;
    Ok(records)
}

impl SqlStore {
    /// Opens the database at `url` (`sqlite://PATH`, created when absent, or `postgres://…`)
    /// and brings its schema up to date.
    pub async fn connect(url: &str) -> Result<SqlStore, Error> {
        let backend = Backend::from_url(url)?;
        sqlx::any::install_default_drivers();
        let url = match backend {
            Backend::Sqlite if !url.contains("mode=") => {
                let separator = if url.contains('?') { '&' } else { '?' };
                format!("{url}{separator}mode=rwc")
            }
            _ => url.to_owned(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                // SQLite has one writer at a time; more connections only queue on its lock.
                Backend::Sqlite => 4,
                Backend::Postgres => 16,
            })
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers go on while a write commits; FULL makes a commit
                        // durable before it returns, which proof of consent relies on.
                        connection.execute("PRAGMA journal_mode = WAL").await?;
                        connection.execute("PRAGMA synchronous = FULL").await?;
                        connection.execute("PRAGMA foreign_keys = ON").await?;
                    }
                    Ok(())
                })
            })
            .after_release(move |connection, _| {
                Box::pin(async move {
                    // PostgreSQL's driver rolls back in step with the server; only SQLite's
                    // can drift, and only it pays for the extra round trip to its worker.
                    if backend != Backend::Sqlite {
                        return Ok(true);
                    }
                    // A connection goes back to the pool only if it is outside any
                    // transaction. A commit that failed (SQLITE_FULL, SQLITE_IOERR) can leave
                    // the driver's count of open transactions out of step with the database:
                    // the next `begin` then opens a savepoint inside a transaction nobody
                    // commits, every later "commit" returns Ok while nothing is written, and
                    // the lock it holds answers every other connection "database is locked".
                    // The ping first runs any rollback still queued by a dropped transaction.
                    connection.ping().await?;
                    Ok(!connection.is_in_transaction())
                })
            })
            // Fail fast when the database is away: a request gets its 503 in seconds, not
            // after the 30 s default, and what can be served from memory still is.
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect(&url)
            .await?;
        backend.migrator().run(&pool).await?;
        let (appends, pending) = mpsc::channel(4 * MAX_GROUP);
        tokio::spawn(run_writer(pool.clone(), backend, pending));
        Ok(SqlStore {
            pool,
            backend,
            appends,
            stat_values: crate::statistics::ValueCache::default(),
        })
    }

    /// The newest schema version applied, for `cookiewarden migrate` to report.
    pub async fn schema_version(&self) -> Result<i64, Error> {
        let version: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success = TRUE")
                .fetch_one(&self.pool)
                .await?;
        Ok(version.unwrap_or(0))
    }

    /// Users (one, or all by name) with their memberships.
    async fn read_users(&self, only: Option<&Username>) -> Result<Vec<Account>, Error> {
        let only = only.map(|n| n.as_str().to_owned());
        let rows = sqlx::query(
            "SELECT name, password_hash, admin, disabled FROM users \
             WHERE $1 IS NULL OR name = $1 ORDER BY name",
        )
        .bind(only.clone())
        .fetch_all(&self.pool)
        .await?;
        let members = sqlx::query(
            "SELECT user_name, site, role FROM site_members \
             WHERE $1 IS NULL OR user_name = $1 ORDER BY user_name, site",
        )
        .bind(only)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let name: String = row.try_get("name")?;
                let memberships = members
                    .iter()
                    .filter(|m| m.try_get::<String, _>("user_name").is_ok_and(|u| u == name))
                    .map(|m| {
                        Ok(Membership {
                            site: parse(m, "site")?,
                            role: parse(m, "role")?,
                        })
                    })
                    .collect::<Result<Vec<_>, Error>>()?;
                Ok(Account {
                    name: parse(row, "name")?,
                    admin: row.try_get::<i64, _>("admin")? != 0,
                    memberships,
                    disabled: row.try_get::<i64, _>("disabled")? != 0,
                    password_hash: row.try_get("password_hash")?,
                })
            })
            .collect()
    }

    /// Writes a consistent copy of this SQLite database to `path`, a file that must not
    /// exist yet, while the store keeps serving (`VACUUM INTO`: one read transaction, so the
    /// copy is the database as of one instant, compacted, with no WAL beside it).
    pub async fn backup_to(&self, path: &std::path::Path) -> Result<(), Error> {
        if self.backend != Backend::Sqlite {
            return Err(Error::Backup(
                "only an SQLite database is backed up this way; back PostgreSQL up with pg_dump"
                    .into(),
            ));
        }
        if path.exists() {
            return Err(Error::Backup(format!(
                "{} exists already: give a new file",
                path.display()
            )));
        }
        let target = path
            .to_str()
            .ok_or_else(|| Error::Backup(format!("{} is not a UTF-8 path", path.display())))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target.to_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Closes every connection, waiting for queries in flight.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    async fn write_declarations(
        transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
        definition: &SiteDefinition,
    ) -> Result<(), Error> {
        for (position, d) in definition.declarations.iter().enumerate() {
            sqlx::query(
                "INSERT INTO declarations (site_slug, position, pattern, provider, function, \
                 purpose, category, exempt, party, domain, path, duration, status) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(definition.site.slug.as_str().to_owned())
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .bind(d.pattern.to_string())
            .bind(d.provider.clone())
            .bind(to_json(&d.function))
            .bind(to_json(&d.purpose))
            .bind(d.category.as_str())
            .bind(i64::from(d.exempt))
            .bind(d.party.as_str())
            .bind(d.domain.clone())
            .bind(d.path.clone())
            .bind(d.duration.to_string())
            .bind(d.status.as_str())
            .execute(&mut **transaction)
            .await?;
        }
        Ok(())
    }

    async fn read_site(
        executor: &mut sqlx::AnyConnection,
        slug: &Slug,
    ) -> Result<Option<SiteDefinition>, Error> {
        let Some(row) = sqlx::query(
            "SELECT slug, name, origins, languages, default_language, consent_lifetime, \
             rejection_lifetime, policy_path, texts, statistics_retention, statistics_query, \
             statistics_cookie, cookie_domain, default_region, regions, services FROM sites \
             WHERE slug = $1",
        )
        .bind(slug.as_str().to_owned())
        .fetch_optional(&mut *executor)
        .await?
        else {
            return Ok(None);
        };
        let site = Site {
            slug: parse(&row, "slug")?,
            name: row.try_get("name")?,
            origins: from_json(&row, "origins")?,
            languages: from_json(&row, "languages")?,
            default_language: parse(&row, "default_language")?,
            consent_lifetime: parse(&row, "consent_lifetime")?,
            refusal_cooldown: parse_optional(&row, "rejection_lifetime")?
                .unwrap_or(Site::DEFAULT_REFUSAL_COOLDOWN),
            cookie_domain: row.try_get("cookie_domain")?,
            default_region: parse(&row, "default_region")?,
            regions: from_json(&row, "regions")?,
            policy_path: row.try_get("policy_path")?,
            texts: from_json(&row, "texts")?,
            statistics_retention: parse(&row, "statistics_retention")?,
            statistics_query: from_json(&row, "statistics_query")?,
            statistics_cookie: row.try_get::<i64, _>("statistics_cookie")? != 0,
        };
        let declarations = sqlx::query(
            "SELECT pattern, provider, function, purpose, category, exempt, party, domain, path, \
             duration, status FROM declarations WHERE site_slug = $1 ORDER BY position",
        )
        .bind(slug.as_str().to_owned())
        .fetch_all(&mut *executor)
        .await?
        .iter()
        .map(|row| {
            Ok(Declaration {
                pattern: parse(row, "pattern")?,
                provider: row.try_get("provider")?,
                function: from_json::<LocalizedText>(row, "function")?,
                purpose: from_json::<LocalizedText>(row, "purpose")?,
                category: parse(row, "category")?,
                exempt: row.try_get::<i64, _>("exempt")? != 0,
                party: parse(row, "party")?,
                domain: row.try_get("domain")?,
                path: row.try_get("path")?,
                duration: parse(row, "duration")?,
                status: parse(row, "status")?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
        Ok(Some(SiteDefinition {
            site,
            declarations,
            services: from_json(&row, "services")?,
        }))
    }

    /// Creates or replaces a site and its declarations inside `transaction`.
    async fn apply_in(
        transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
        definition: &SiteDefinition,
    ) -> Result<ApplyOutcome, Error> {
        let existing = Self::read_site(transaction, &definition.site.slug).await?;
        let outcome = match existing {
            Some(current) if current == *definition => return Ok(ApplyOutcome::Unchanged),
            Some(_) => ApplyOutcome::Updated,
            None => ApplyOutcome::Created,
        };
        Self::upsert_site_row(transaction, definition, OnConflict::Replace).await?;
        sqlx::query("DELETE FROM declarations WHERE site_slug = $1")
            .bind(definition.site.slug.as_str().to_owned())
            .execute(&mut **transaction)
            .await?;
        Self::write_declarations(transaction, definition).await?;
        Ok(outcome)
    }

    async fn upsert_site_row(
        transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
        definition: &SiteDefinition,
        on_conflict: OnConflict,
    ) -> Result<u64, Error> {
        let site = &definition.site;
        let now = unix_now();
        let languages: Vec<&str> = site.languages.iter().map(Language::as_str).collect();
        let query = match on_conflict {
            OnConflict::Replace => {
                "INSERT INTO sites (slug, name, origins, languages, default_language, \
                 consent_lifetime, policy_path, created_at, updated_at, rejection_lifetime, \
                 texts, statistics_retention, statistics_query, statistics_cookie, \
                 cookie_domain, default_region, regions, services) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12, $13, $14, $15, \
                 $16, $17) \
                 ON CONFLICT (slug) DO UPDATE SET name = excluded.name, texts = excluded.texts, \
                 statistics_retention = excluded.statistics_retention, \
                 statistics_query = excluded.statistics_query, \
                 statistics_cookie = excluded.statistics_cookie, \
                 cookie_domain = excluded.cookie_domain, \
                 default_region = excluded.default_region, regions = excluded.regions, \
                 services = excluded.services, \
                 origins = excluded.origins, languages = excluded.languages, \
                 default_language = excluded.default_language, \
                 consent_lifetime = excluded.consent_lifetime, \
                 rejection_lifetime = excluded.rejection_lifetime, \
                 policy_path = excluded.policy_path, updated_at = excluded.updated_at"
            }
            OnConflict::Keep => {
                "INSERT INTO sites (slug, name, origins, languages, default_language, \
                 consent_lifetime, policy_path, created_at, updated_at, rejection_lifetime, \
                 texts, statistics_retention, statistics_query, statistics_cookie, \
                 cookie_domain, default_region, regions, services) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9, $10, $11, $12, $13, $14, $15, \
                 $16, $17) \
                 ON CONFLICT (slug) DO NOTHING"
            }
        };
        let result = sqlx::query(query)
            .bind(site.slug.as_str().to_owned())
            .bind(site.name.clone())
            .bind(to_json(&site.origins))
            .bind(to_json(&languages))
            .bind(site.default_language.as_str().to_owned())
            .bind(site.consent_lifetime.to_string())
            .bind(site.policy_path.clone())
            .bind(now)
            .bind(site.refusal_cooldown.to_string())
            .bind(to_json(&site.texts))
            .bind(site.statistics_retention.to_string())
            .bind(to_json(&site.statistics_query))
            .bind(i64::from(site.statistics_cookie))
            .bind(site.cookie_domain.clone())
            .bind(site.default_region.as_str().to_owned())
            .bind(to_json(&site.regions))
            .bind(to_json(&definition.services))
            .execute(&mut **transaction)
            .await?;
        Ok(result.rows_affected())
    }
}

/// One row of a sightings table: its key columns' values, and what it counts.
struct Sighted {
    keys: Vec<String>,
    first_seen: i64,
    last_seen: i64,
    sightings: i64,
}

impl SqlStore {
    /// Adds sightings to `table` (undeclared cookies or scripts), keyed by the site and
    /// `keys`, in one transaction: new ones are inserted, known ones get their first and last
    /// sightings widened and their count added.
    async fn add_sightings(
        &self,
        table: &'static str,
        keys: &'static [&'static str],
        site: &Slug,
        rows: impl Iterator<Item = Sighted>,
    ) -> Result<(), Error> {
        let columns = keys.join(", ");
        let values: Vec<String> = (2..2 + keys.len()).map(|n| format!("${n}")).collect();
        let n = 2 + keys.len();
        let sql = format!(
            "INSERT INTO {table} (site, {columns}, first_seen, last_seen, sightings) \
             VALUES ($1, {values}, ${n}, ${m}, ${o}) \
             ON CONFLICT (site, {columns}) DO UPDATE SET \
             first_seen = CASE WHEN excluded.first_seen < {table}.first_seen \
                 THEN excluded.first_seen ELSE {table}.first_seen END, \
             last_seen = CASE WHEN excluded.last_seen > {table}.last_seen \
                 THEN excluded.last_seen ELSE {table}.last_seen END, \
             sightings = {table}.sightings + excluded.sightings",
            values = values.join(", "),
            m = n + 1,
            o = n + 2,
        );
        let mut transaction = self.backend.begin(&self.pool).await?;
        for row in rows {
            let mut query =
                sqlx::query(sqlx::AssertSqlSafe(sql.clone())).bind(site.as_str().to_owned());
            for key in row.keys {
                query = query.bind(key);
            }
            query
                .bind(row.first_seen)
                .bind(row.last_seen)
                .bind(row.sightings)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl Store for SqlStore {
    fn backend(&self) -> Backend {
        self.backend
    }

    async fn apply_site(&self, definition: &SiteDefinition) -> Result<ApplyOutcome, Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        let outcome = Self::apply_in(&mut transaction, definition).await?;
        transaction.commit().await?;
        Ok(outcome)
    }

    async fn apply_site_audited(
        &self,
        definition: &SiteDefinition,
        entry: &AuditEntry,
    ) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        // Nothing changed, nothing to record.
        if Self::apply_in(&mut transaction, definition).await? == ApplyOutcome::Unchanged {
            return Ok(());
        }
        insert_audit(&mut transaction, entry).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn create_site_if_absent(&self, definition: &SiteDefinition) -> Result<bool, Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        let inserted =
            Self::upsert_site_row(&mut transaction, definition, OnConflict::Keep).await?;
        if inserted == 0 {
            return Ok(false);
        }
        Self::write_declarations(&mut transaction, definition).await?;
        transaction.commit().await?;
        Ok(true)
    }

    async fn site(&self, slug: &Slug) -> Result<Option<SiteDefinition>, Error> {
        let mut connection = self.pool.acquire().await?;
        Self::read_site(&mut connection, slug).await
    }

    async fn sites(&self) -> Result<Vec<SiteSummary>, Error> {
        sqlx::query("SELECT slug, name FROM sites ORDER BY slug")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                Ok(SiteSummary {
                    slug: parse(row, "slug")?,
                    name: row.try_get("name")?,
                })
            })
            .collect()
    }

    async fn append_consent(&self, consent: NewConsent) -> Result<ConsentRecord, Error> {
        let (reply, answer) = oneshot::channel();
        self.appends
            .send(PendingAppend { consent, reply })
            .await
            .map_err(|_| Error::WriterStopped)?;
        answer.await.map_err(|_| Error::WriterStopped)?
    }

    async fn append_consents(
        &self,
        consents: Vec<NewConsent>,
    ) -> Result<Vec<ConsentRecord>, Error> {
        append_group(&self.pool, self.backend, consents).await
    }

    async fn consent_records(&self, site: &Slug) -> Result<Vec<ConsentRecord>, Error> {
        crate::consents::all(&self.pool, site).await
    }

    async fn consent_page(
        &self,
        site: &Slug,
        filter: &ConsentFilter,
        page: ConsentPage,
        limit: i64,
    ) -> Result<Vec<ConsentRecord>, Error> {
        crate::consents::page(&self.pool, site, filter, page, limit).await
    }

    async fn count_consents(&self, site: &Slug, filter: &ConsentFilter) -> Result<i64, Error> {
        crate::consents::count(&self.pool, site, filter).await
    }

    async fn consent_totals(
        &self,
        site: &Slug,
        days: std::ops::RangeInclusive<i64>,
    ) -> Result<Vec<ConsentTotal>, Error> {
        crate::consents::totals(&self.pool, site, days).await
    }

    async fn put_snapshot(&self, hash: &str, content: &str) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO snapshots (hash, content, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (hash) DO NOTHING",
        )
        .bind(hash.to_owned())
        .bind(content.to_owned())
        .bind(unix_now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn snapshot(&self, hash: &str) -> Result<Option<String>, Error> {
        Ok(
            sqlx::query_scalar("SELECT content FROM snapshots WHERE hash = $1")
                .bind(hash.to_owned())
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    async fn replace_catalogue(&self, catalogue: &Catalogue) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        sqlx::query("DELETE FROM cookie_catalogue")
            .execute(&mut *transaction)
            .await?;
        for (position, e) in catalogue.entries().iter().enumerate() {
            sqlx::query(
                "INSERT INTO cookie_catalogue (position, id, platform, category, needs_review, \
                 pattern, domain, description, retention, controller, privacy_url) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            )
            .bind(i64::try_from(position).unwrap_or(i64::MAX))
            .bind(e.id.clone())
            .bind(e.platform.clone())
            .bind(e.category.as_str())
            .bind(i64::from(e.needs_review))
            .bind(e.pattern.to_string())
            .bind(e.domain.clone())
            .bind(e.description.clone())
            .bind(e.retention.clone())
            .bind(e.controller.clone())
            .bind(e.privacy_url.clone())
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    async fn catalogue(&self) -> Result<Catalogue, Error> {
        let entries = sqlx::query(
            "SELECT id, platform, category, needs_review, pattern, domain, description, \
             retention, controller, privacy_url FROM cookie_catalogue ORDER BY position",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(CatalogueEntry {
                id: row.try_get("id")?,
                platform: row.try_get("platform")?,
                category: parse(row, "category")?,
                needs_review: row.try_get::<i64, _>("needs_review")? != 0,
                pattern: parse(row, "pattern")?,
                domain: row.try_get("domain")?,
                description: row.try_get("description")?,
                retention: row.try_get("retention")?,
                controller: row.try_get("controller")?,
                privacy_url: row.try_get("privacy_url")?,
            })
        })
        .collect::<Result<Vec<_>, Error>>()?;
        Ok(Catalogue::new(entries))
    }

    async fn record_undeclared(
        &self,
        site: &Slug,
        sightings: &[UndeclaredCookie],
    ) -> Result<(), Error> {
        let rows = sightings.iter().map(|c| Sighted {
            keys: vec![c.name.clone(), c.domain.clone(), c.path.clone()],
            first_seen: c.first_seen,
            last_seen: c.last_seen,
            sightings: c.sightings,
        });
        self.add_sightings(
            "undeclared_cookies",
            &["name", "domain", "path"],
            site,
            rows,
        )
        .await
    }

    async fn record_undeclared_scripts(
        &self,
        site: &Slug,
        sightings: &[UndeclaredScript],
    ) -> Result<(), Error> {
        let rows = sightings.iter().map(|s| Sighted {
            keys: vec![s.host.clone(), s.path.clone()],
            first_seen: s.first_seen,
            last_seen: s.last_seen,
            sightings: s.sightings,
        });
        self.add_sightings("undeclared_scripts", &["host", "path"], site, rows)
            .await
    }

    async fn undeclared_scripts(&self, site: &Slug) -> Result<Vec<UndeclaredScript>, Error> {
        sqlx::query(
            "SELECT host, path, first_seen, last_seen, sightings \
             FROM undeclared_scripts WHERE site = $1 ORDER BY host, path",
        )
        .bind(site.as_str().to_owned())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(UndeclaredScript {
                host: row.try_get("host")?,
                path: row.try_get("path")?,
                first_seen: row.try_get("first_seen")?,
                last_seen: row.try_get("last_seen")?,
                sightings: row.try_get("sightings")?,
            })
        })
        .collect()
    }

    async fn undeclared_cookies(&self, site: &Slug) -> Result<Vec<UndeclaredCookie>, Error> {
        sqlx::query(
            "SELECT name, domain, path, first_seen, last_seen, sightings \
             FROM undeclared_cookies WHERE site = $1 ORDER BY name, domain, path",
        )
        .bind(site.as_str().to_owned())
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(UndeclaredCookie {
                name: row.try_get("name")?,
                domain: row.try_get("domain")?,
                path: row.try_get("path")?,
                first_seen: row.try_get("first_seen")?,
                last_seen: row.try_get("last_seen")?,
                sightings: row.try_get("sightings")?,
            })
        })
        .collect()
    }

    async fn add_user(&self, account: &Account, audit: Option<&AuditEntry>) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        if let Some(entry) = audit {
            insert_audit(&mut transaction, entry).await?;
        }
        let taken: Option<String> = sqlx::query_scalar("SELECT name FROM users WHERE name = $1")
            .bind(account.name.as_str().to_owned())
            .fetch_optional(&mut *transaction)
            .await?;
        if taken.is_some() {
            return Err(Error::UserExists(account.name.to_string()));
        }
        let now = unix_now();
        sqlx::query(
            "INSERT INTO users (name, password_hash, admin, disabled, created_at, \
             password_changed_at) VALUES ($1, $2, $3, $4, $5, $5)",
        )
        .bind(account.name.as_str().to_owned())
        .bind(account.password_hash.clone())
        .bind(i64::from(account.admin))
        .bind(i64::from(account.disabled))
        .bind(now)
        .execute(&mut *transaction)
        .await
        // Another node added the same name between the check above and this insert.
        .map_err(|error| match &error {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                Error::UserExists(account.name.to_string())
            }
            _ => Error::Database(error),
        })?;
        for membership in &account.memberships {
            let site: Option<String> = sqlx::query_scalar("SELECT slug FROM sites WHERE slug = $1")
                .bind(membership.site.as_str().to_owned())
                .fetch_optional(&mut *transaction)
                .await?;
            if site.is_none() {
                return Err(Error::UnknownSite(membership.site.to_string()));
            }
            sqlx::query("INSERT INTO site_members (user_name, site, role) VALUES ($1, $2, $3)")
                .bind(account.name.as_str().to_owned())
                .bind(membership.site.as_str().to_owned())
                .bind(membership.role.as_str())
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    async fn user(&self, name: &Username) -> Result<Option<Account>, Error> {
        Ok(self.read_users(Some(name)).await?.into_iter().next())
    }

    async fn users(&self) -> Result<Vec<Account>, Error> {
        self.read_users(None).await
    }

    async fn set_password(&self, name: &Username, password_hash: &str) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        let done = sqlx::query(
            "UPDATE users SET password_hash = $1, password_changed_at = $2 WHERE name = $3",
        )
        .bind(password_hash.to_owned())
        .bind(unix_now())
        .bind(name.as_str().to_owned())
        .execute(&mut *transaction)
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::UnknownUser(name.to_string()));
        }
        // A new password ends the user's sessions: whoever knew the old one is logged out.
        sqlx::query("DELETE FROM sessions WHERE user_name = $1")
            .bind(name.as_str().to_owned())
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn set_disabled(&self, name: &Username, disabled: bool) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        disable_in(&mut transaction, name, disabled).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn set_disabled_audited(
        &self,
        name: &Username,
        disabled: bool,
        entry: &AuditEntry,
    ) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        disable_in(&mut transaction, name, disabled).await?;
        insert_audit(&mut transaction, entry).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn create_site_audited(
        &self,
        definition: &SiteDefinition,
        entry: &AuditEntry,
    ) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        let inserted =
            Self::upsert_site_row(&mut transaction, definition, OnConflict::Keep).await?;
        if inserted == 0 {
            return Err(Error::SiteExists(definition.site.slug.to_string()));
        }
        Self::write_declarations(&mut transaction, definition).await?;
        insert_audit(&mut transaction, entry).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn add_token(&self, token: &NewToken, entry: &AuditEntry) -> Result<ApiToken, Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        let sites = token
            .scope
            .sites
            .as_ref()
            .map(|sites| to_json(&sites.iter().map(Slug::as_str).collect::<Vec<_>>()));
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_tokens (token_hash, owner, label, sites, access, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(token.token_hash.clone())
        .bind(token.owner.as_str().to_owned())
        .bind(token.label.clone())
        .bind(sites)
        .bind(token.scope.access.as_str())
        .bind(token.created_at)
        .fetch_one(&mut *transaction)
        .await?;
        let mut entry = entry.clone();
        entry.target = format!("token:{id}");
        insert_audit(&mut transaction, &entry).await?;
        transaction.commit().await?;
        Ok(ApiToken {
            id,
            owner: token.owner.clone(),
            label: token.label.clone(),
            scope: token.scope.clone(),
            created_at: token.created_at,
            last_used_at: None,
        })
    }

    async fn token(&self, token_hash: &str) -> Result<Option<ApiToken>, Error> {
        let row = sqlx::query(token_query!("WHERE token_hash = $1"))
            .bind(token_hash.to_owned())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(read_token).transpose()
    }

    async fn tokens(&self, owner: Option<&Username>) -> Result<Vec<ApiToken>, Error> {
        sqlx::query(token_query!("WHERE $1 IS NULL OR owner = $1 ORDER BY id"))
            .bind(owner.map(|o| o.as_str().to_owned()))
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(read_token)
            .collect()
    }

    async fn revoke_token(&self, id: i64, entry: &AuditEntry) -> Result<(), Error> {
        let mut transaction = self.backend.begin(&self.pool).await?;
        let done = sqlx::query("DELETE FROM api_tokens WHERE id = $1")
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        if done.rows_affected() == 0 {
            return Err(Error::UnknownToken(id));
        }
        insert_audit(&mut transaction, entry).await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn touch_token(&self, id: i64, now: i64) -> Result<(), Error> {
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn audit_log(
        &self,
        before: Option<i64>,
        limit: i64,
    ) -> Result<Vec<(i64, AuditEntry)>, Error> {
        sqlx::query(
            "SELECT id, at_ms, actor, action, target, before, after FROM audit_log \
             WHERE id < $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(before.unwrap_or(i64::MAX))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            let entry = AuditEntry {
                at_ms: row.try_get("at_ms")?,
                actor: row.try_get("actor")?,
                action: row.try_get("action")?,
                target: row.try_get("target")?,
                before: row.try_get("before")?,
                after: row.try_get("after")?,
            };
            Ok((row.try_get("id")?, entry))
        })
        .collect()
    }

    async fn create_session(&self, id_hash: &str, user: &Username, now: i64) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO sessions (id_hash, user_name, created_at, last_seen) VALUES ($1, $2, $3, $3)",
        )
        .bind(id_hash.to_owned())
        .bind(user.as_str().to_owned())
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, id_hash: &str) -> Result<Option<StoredSession>, Error> {
        let row =
            sqlx::query("SELECT user_name, created_at, last_seen FROM sessions WHERE id_hash = $1")
                .bind(id_hash.to_owned())
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| {
            Ok(StoredSession {
                user: parse(&row, "user_name")?,
                created_at: row.try_get("created_at")?,
                last_seen: row.try_get("last_seen")?,
            })
        })
        .transpose()
    }

    async fn touch_session(&self, id_hash: &str, now: i64) -> Result<(), Error> {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(id_hash.to_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_session(&self, id_hash: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash.to_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_user_sessions(&self, user: &Username) -> Result<(), Error> {
        sqlx::query("DELETE FROM sessions WHERE user_name = $1")
            .bind(user.as_str().to_owned())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn record_page_views(&self, views: &[PageView]) -> Result<(), Error> {
        crate::statistics::record(&self.pool, self.backend, &self.stat_values, views).await
    }

    async fn statistics_salt(&self, day: i64, candidate: &str) -> Result<String, Error> {
        crate::statistics::salt(&self.pool, self.backend, day, candidate).await
    }

    async fn audience(
        &self,
        site: &Slug,
        days: std::ops::RangeInclusive<i64>,
        top: i64,
    ) -> Result<Audience, Error> {
        crate::statistics::audience(&self.pool, site, days, top).await
    }

    async fn purge_statistics(&self, now_minute: i64) -> Result<u64, Error> {
        crate::statistics::purge(&self.pool, now_minute).await
    }

    async fn page_views(
        &self,
        site: &Slug,
        minutes: std::ops::Range<i64>,
    ) -> Result<Vec<PageView>, Error> {
        crate::statistics::page_views(&self.pool, site, minutes).await
    }

    async fn ping(&self) -> Result<(), Error> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }
}

/// Writes an audit entry inside the transaction of the change it describes.
async fn insert_audit(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    entry: &AuditEntry,
) -> Result<(), Error> {
    sqlx::query(
        "INSERT INTO audit_log (at_ms, actor, action, target, before, after) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(entry.at_ms)
    .bind(entry.actor.clone())
    .bind(entry.action.clone())
    .bind(entry.target.clone())
    .bind(entry.before.clone())
    .bind(entry.after.clone())
    .execute(&mut **transaction)
    .await?;
    Ok(())
}

/// Disables or enables a user inside `transaction`; disabling ends their sessions.
async fn disable_in(
    transaction: &mut sqlx::Transaction<'_, sqlx::Any>,
    name: &Username,
    disabled: bool,
) -> Result<(), Error> {
    let done = sqlx::query("UPDATE users SET disabled = $1 WHERE name = $2")
        .bind(i64::from(disabled))
        .bind(name.as_str().to_owned())
        .execute(&mut **transaction)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::UnknownUser(name.to_string()));
    }
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE user_name = $1")
            .bind(name.as_str().to_owned())
            .execute(&mut **transaction)
            .await?;
    }
    Ok(())
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

fn read_token(row: &AnyRow) -> Result<ApiToken, Error> {
    let sites: Option<String> = row.try_get("sites")?;
    let sites = sites
        .map(|text| {
            let names: Vec<String> =
                serde_json::from_str(&text).map_err(|e| Error::Corrupt(format!("sites: {e}")))?;
            names
                .iter()
                .map(|name| {
                    name.parse()
                        .map_err(|e| Error::Corrupt(format!("sites: {e}")))
                })
                .collect::<Result<Vec<Slug>, Error>>()
        })
        .transpose()?;
    Ok(ApiToken {
        id: row.try_get("id")?,
        owner: parse(row, "owner")?,
        label: row.try_get("label")?,
        scope: TokenScope {
            sites,
            access: parse(row, "access")?,
        },
        created_at: row.try_get("created_at")?,
        last_used_at: row.try_get("last_used_at")?,
    })
}

pub(crate) fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    // Lists of strings and maps of strings always serialise.
    serde_json::to_string(value).unwrap_or_default()
}

fn from_json<T: serde::de::DeserializeOwned>(row: &AnyRow, column: &str) -> Result<T, Error> {
    let text: String = row.try_get(column)?;
    serde_json::from_str(&text).map_err(|e| Error::Corrupt(format!("{column}: {e}")))
}

pub(crate) fn parse<T>(row: &AnyRow, column: &str) -> Result<T, Error>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    let text: String = row.try_get(column)?;
    text.parse()
        .map_err(|e| Error::Corrupt(format!("{column}: {e}")))
}

/// A nullable text column parsed as `T`: `None` when NULL.
pub(crate) fn parse_optional<T>(row: &AnyRow, column: &str) -> Result<Option<T>, Error>
where
    T: FromStr,
    T::Err: std::fmt::Display,
{
    row.try_get::<Option<String>, _>(column)?
        .map(|text| {
            text.parse()
                .map_err(|e| Error::Corrupt(format!("{column}: {e}")))
        })
        .transpose()
}
