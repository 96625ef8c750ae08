//! Sites as the pages read them: through a small cache that keeps serving a site's last known
//! definition while the store is away.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cookiewarden_core::{SiteDefinition, Slug};

use crate::{App, Error};

/// The site named `slug`, or `None` for an unknown or malformed slug, as the store has it
/// now; while the store is unavailable, as it last had it (see [`SiteCache`]).
pub(crate) async fn load_site(app: &App, slug: &str) -> Result<Option<SiteDefinition>, Error> {
    Ok(app
        .sites
        .read(app, slug, Duration::ZERO)
        .await?
        .map(|site| (*site).clone()))
}

/// A site as read at an instant (`None`: no such site).
type CachedSite = (Instant, Option<Arc<SiteDefinition>>);

/// Sites as last read from the store, by slug: reused while fresh enough for the caller (the
/// beacon, at every page view, takes a read of two seconds ago), and served, however old,
/// while the store is unavailable, so a site's banner configuration and policy still answer
/// during a database outage.
///
/// After a failed read the store is not asked again for [`STORE_RETRY_AFTER`] by readers that
/// have a copy: during an outage each page answers at once from memory instead of waiting for
/// the pool's timeout first.
#[derive(Default)]
pub(crate) struct SiteCache {
    sites: Mutex<HashMap<String, CachedSite>>,
    failed_at: Mutex<Option<Instant>>,
}

/// How long after a failed read the cache answers from memory without asking the store.
const STORE_RETRY_AFTER: Duration = Duration::from_secs(5);

/// Slugs remembered at most, known or not, so made-up slugs cannot grow the cache.
const SITE_CACHE_CAPACITY: usize = 10_000;

impl SiteCache {
    /// The site, from a read at most `freshness` old, else from the store; the last read when
    /// the store fails.
    pub(crate) async fn read(
        &self,
        app: &App,
        slug: &str,
        freshness: Duration,
    ) -> Result<Option<Arc<SiteDefinition>>, Error> {
        let Ok(parsed) = slug.parse::<Slug>() else {
            return Ok(None);
        };
        let cached = self
            .sites
            .lock()
            .ok()
            .and_then(|cache| cache.get(slug).cloned());
        let store_failing = self
            .failed_at
            .lock()
            .ok()
            .and_then(|failed| *failed)
            .is_some_and(|at| at.elapsed() < STORE_RETRY_AFTER);
        if let Some((at, site)) = &cached
            && (at.elapsed() < freshness || store_failing)
        {
            return Ok(site.clone());
        }
        match app.store.site(&parsed).await {
            Ok(site) => {
                let site = site.map(Arc::new);
                if let Ok(mut failed) = self.failed_at.lock() {
                    *failed = None;
                }
                if let Ok(mut cache) = self.sites.lock() {
                    if cache.len() >= SITE_CACHE_CAPACITY {
                        cache.retain(|_, (_, site)| site.is_some());
                    }
                    if cache.len() < SITE_CACHE_CAPACITY || cache.contains_key(slug) {
                        cache.insert(slug.to_owned(), (Instant::now(), site.clone()));
                    }
                }
                Ok(site)
            }
            Err(error) => match cached {
                Some((_, site)) => {
                    if let Ok(mut failed) = self.failed_at.lock() {
                        *failed = Some(Instant::now());
                    }
                    tracing::warn!(%error, slug, "the store is unavailable; serving the site as last read");
                    Ok(site)
                }
                None => Err(error.into()),
            },
        }
    }
}
