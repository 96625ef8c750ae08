//! Undeclared cookies seen in the application's responses, counted in memory and written in
//! batches: a busy page must not cost a database write per response.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cookiewarden_core::Slug;
use cookiewarden_store::{Store, UndeclaredCookie};

use crate::cookies::Sighting;

/// Distinct cookies counted between two writes, at most: the recorded domain comes from the
/// request's `Host`, which a client chooses, so the count must not grow without bound.
const MAX_PENDING: usize = 10_000;

/// How often the counted sightings are written.
pub(crate) const FLUSH_EVERY: Duration = Duration::from_secs(5);

/// Sightings not yet written: first and last time (Unix seconds) and count per cookie.
#[derive(Default)]
pub(crate) struct Sightings(Mutex<HashMap<Sighting, (i64, i64, i64)>>);

impl Sightings {
    pub(crate) fn record(&self, sighting: Sighting, now: i64) {
        if let Ok(mut pending) = self.0.lock() {
            if pending.len() >= MAX_PENDING && !pending.contains_key(&sighting) {
                return;
            }
            let entry = pending.entry(sighting).or_insert((now, now, 0));
            entry.1 = now;
            entry.2 += 1;
        }
    }

    /// Writes what was counted; on failure the counts are kept for the next attempt.
    pub(crate) async fn flush(&self, store: &dyn Store, site: &Slug) {
        let batch: Vec<UndeclaredCookie> = match self.0.lock() {
            Ok(mut pending) => pending
                .drain()
                .map(|(s, (first_seen, last_seen, sightings))| UndeclaredCookie {
                    name: s.name,
                    domain: s.domain,
                    path: s.path,
                    first_seen,
                    last_seen,
                    sightings,
                })
                .collect(),
            Err(_) => return,
        };
        if batch.is_empty() {
            return;
        }
        if let Err(error) = store.record_undeclared(site, &batch).await {
            tracing::warn!(%error, "cannot record undeclared cookies; will retry");
            for cookie in batch {
                let sighting = Sighting {
                    name: cookie.name,
                    domain: cookie.domain,
                    path: cookie.path,
                };
                if let Ok(mut pending) = self.0.lock() {
                    if pending.len() >= MAX_PENDING && !pending.contains_key(&sighting) {
                        continue;
                    }
                    let entry =
                        pending
                            .entry(sighting)
                            .or_insert((cookie.first_seen, cookie.last_seen, 0));
                    entry.0 = entry.0.min(cookie.first_seen);
                    entry.1 = entry.1.max(cookie.last_seen);
                    entry.2 += cookie.sightings;
                }
            }
        }
    }
}

/// Writes the sightings every [`FLUSH_EVERY`] until the gateway stops.
pub(crate) fn spawn_flusher(
    sightings: Arc<Sightings>,
    store: Arc<dyn Store>,
    site: Slug,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(FLUSH_EVERY);
        loop {
            tick.tick().await;
            sightings.flush(store.as_ref(), &site).await;
        }
    })
}
