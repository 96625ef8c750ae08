//! What the gateway sees a site do without declaring it (cookies it sets, third-party scripts
//! of no known service its pages load), counted in memory and written in batches: a busy page
//! must not cost a database write per response.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cookiewarden_core::Slug;
use cookiewarden_store::{Store, UndeclaredCookie, UndeclaredScript};
use futures::future::BoxFuture;

use crate::cookies::Sighting;
use crate::html::ScriptSighting;

/// Distinct things counted between two writes, at most: what is recorded comes from the
/// request's `Host` and the page's markup, so the count must not grow without bound.
const MAX_PENDING: usize = 10_000;

/// How often the counted sightings are written.
pub(crate) const FLUSH_EVERY: Duration = Duration::from_secs(5);

/// Something the gateway counts, and how its counts are stored.
pub(crate) trait Seen: Hash + Eq + Sized + Send + 'static {
    /// The stored row.
    type Row: Send + Sync;
    fn row(self, first_seen: i64, last_seen: i64, sightings: i64) -> Self::Row;
    /// The thing and its counts back from a row that could not be written.
    fn unrow(row: Self::Row) -> (Self, (i64, i64, i64));
    fn write<'a>(
        store: &'a dyn Store,
        site: &'a Slug,
        rows: &'a [Self::Row],
    ) -> BoxFuture<'a, Result<(), cookiewarden_store::Error>>;
    /// What the log calls them.
    const WHAT: &'static str;
}

impl Seen for Sighting {
    type Row = UndeclaredCookie;
    const WHAT: &'static str = "undeclared cookies";

    fn row(self, first_seen: i64, last_seen: i64, sightings: i64) -> UndeclaredCookie {
        UndeclaredCookie {
            name: self.name,
            domain: self.domain,
            path: self.path,
            first_seen,
            last_seen,
            sightings,
        }
    }

    fn unrow(row: UndeclaredCookie) -> (Sighting, (i64, i64, i64)) {
        let sighting = Sighting {
            name: row.name,
            domain: row.domain,
            path: row.path,
        };
        (sighting, (row.first_seen, row.last_seen, row.sightings))
    }

    fn write<'a>(
        store: &'a dyn Store,
        site: &'a Slug,
        rows: &'a [UndeclaredCookie],
    ) -> BoxFuture<'a, Result<(), cookiewarden_store::Error>> {
        store.record_undeclared(site, rows)
    }
}

impl Seen for ScriptSighting {
    type Row = UndeclaredScript;
    const WHAT: &'static str = "unexplained third-party scripts";

    fn row(self, first_seen: i64, last_seen: i64, sightings: i64) -> UndeclaredScript {
        UndeclaredScript {
            host: self.host,
            path: self.path,
            first_seen,
            last_seen,
            sightings,
        }
    }

    fn unrow(row: UndeclaredScript) -> (ScriptSighting, (i64, i64, i64)) {
        let sighting = ScriptSighting {
            host: row.host,
            path: row.path,
        };
        (sighting, (row.first_seen, row.last_seen, row.sightings))
    }

    fn write<'a>(
        store: &'a dyn Store,
        site: &'a Slug,
        rows: &'a [UndeclaredScript],
    ) -> BoxFuture<'a, Result<(), cookiewarden_store::Error>> {
        store.record_undeclared_scripts(site, rows)
    }
}

/// Sightings not yet written: first and last time (Unix seconds) and count per thing seen.
pub(crate) struct Sightings<K>(Mutex<HashMap<K, (i64, i64, i64)>>);

impl<K> Default for Sightings<K> {
    fn default() -> Self {
        Sightings(Mutex::default())
    }
}

impl<K: Seen> Sightings<K> {
    pub(crate) fn record(&self, sighting: K, now: i64) {
        self.add(sighting, (now, now, 1));
    }

    fn add(&self, sighting: K, (first, last, count): (i64, i64, i64)) {
        if let Ok(mut pending) = self.0.lock() {
            if pending.len() >= MAX_PENDING && !pending.contains_key(&sighting) {
                return;
            }
            let entry = pending.entry(sighting).or_insert((first, last, 0));
            entry.0 = entry.0.min(first);
            entry.1 = entry.1.max(last);
            entry.2 += count;
        }
    }

    /// Writes what was counted; on failure the counts are kept for the next attempt.
    pub(crate) async fn flush(&self, store: &dyn Store, site: &Slug) {
        let batch: Vec<K::Row> = match self.0.lock() {
            Ok(mut pending) => pending
                .drain()
                .map(|(seen, (first, last, count))| seen.row(first, last, count))
                .collect(),
            Err(_) => return,
        };
        if batch.is_empty() {
            return;
        }
        if let Err(error) = K::write(store, site, &batch).await {
            tracing::warn!(%error, "cannot record {}; will retry", K::WHAT);
            for row in batch {
                let (seen, counts) = K::unrow(row);
                self.add(seen, counts);
            }
        }
    }
}

/// Writes the sightings every [`FLUSH_EVERY`] until `stopping` turns true (or its sender
/// goes): a flush under way is finished, never cut, since it holds the batch it took.
pub(crate) fn spawn_flusher<K: Seen>(
    sightings: Arc<Sightings<K>>,
    store: Arc<dyn Store>,
    site: Slug,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()>
where
    K::Row: 'static,
{
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(FLUSH_EVERY);
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = stopping.wait_for(|stop| *stop) => return,
            }
            sightings.flush(store.as_ref(), &site).await;
        }
    })
}

#[cfg(test)]
mod tests {
    use cookiewarden_core::SiteDefinition;
    use cookiewarden_store::SqlStore;

    use super::*;

    #[tokio::test]
    async fn stopping_the_flusher_mid_flush_loses_no_sighting() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/sightings.db", dir.path().display());
        let store = Arc::new(SqlStore::connect(&url).await.unwrap());
        let site = SiteDefinition::parse(include_str!("../tests/data/upstream-site.toml")).unwrap();
        store.apply_site(&site).await.unwrap();
        let slug = site.site.slug.clone();
        let sightings: Arc<Sightings<Sighting>> = Arc::default();
        for i in 0..50 {
            let sighting = Sighting {
                name: format!("tracker_{i}"),
                domain: "shop.test".into(),
                path: "/".into(),
            };
            sightings.record(sighting, 1_700_000_000);
        }
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let shared: Arc<dyn Store> = store.clone();
        let flusher = spawn_flusher(Arc::clone(&sightings), shared, slug.clone(), stopping);
        // The first flush starts at once: the stop comes once it has taken the batch, while
        // it waits on the database.
        while !sightings.0.lock().unwrap().is_empty() {
            tokio::task::yield_now().await;
        }
        stop.send(true).unwrap();
        flusher.await.unwrap();
        sightings.flush(store.as_ref(), &slug).await;
        assert_eq!(store.undeclared_cookies(&slug).await.unwrap().len(), 50);
    }
}
