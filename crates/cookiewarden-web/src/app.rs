//! The state every handler shares, and where the visitor-facing pages are mounted.

use std::sync::Arc;

use cookiewarden_core::{CookieDuration, SiteDefinition};
use cookiewarden_store::Store;

use crate::http::csrf::CSRF_COOKIE;
use crate::http::language::LANGUAGE_COOKIE;
use crate::observability::Metrics;
use crate::ops::auth::{SESSION_COOKIE, Throttle};
use crate::ops::sites::SiteCache;
use crate::view::Pages;
use crate::view::assets::Assets;
use crate::{Error, WebConfig};

/// Shared state of every handler.
#[derive(Clone)]
pub(crate) struct App {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) config: Arc<WebConfig>,
    pub(crate) pages: Arc<Pages>,
    pub(crate) assets: Arc<Assets>,
    pub(crate) metrics: Arc<Metrics>,
    /// Hashes of the text snapshots this process already stored: the texts change only with a
    /// release or a site edit, so each consent need not write its snapshot again.
    pub(crate) stored_snapshots: Arc<std::sync::Mutex<std::collections::HashSet<String>>>,
    /// Lifetime of `django_language`, taken from the platform's own declaration so what the
    /// policy says and what the server sets cannot drift apart.
    pub(crate) language_cookie_lifetime: CookieDuration,
    /// Where the visitor-facing pages are served.
    pub(crate) mount: Mount,
    /// Failed logins, per account and per client.
    pub(crate) throttle: Arc<Throttle>,
    /// Lifetimes of `sessionid` and `csrftoken`, from the platform's own declarations.
    pub(crate) session_lifetime_seconds: u64,
    pub(crate) csrf_lifetime_seconds: u64,
    /// Sites as last read from the store.
    pub(crate) sites: Arc<SiteCache>,
}

/// Where a site's visitor-facing pages live, which decides every URL they link to and the
/// path of the choice cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mount {
    /// On the platform's origin, shared by every site: `/sites/{slug}/…`, assets at `/assets/`.
    Platform,
    /// On the site's own origin behind the gateway, one site only: everything under
    /// [`GATEWAY_PREFIX`], since the rest of the origin belongs to the application.
    Gateway,
}

/// The path prefix the gateway reserves on the site's origin (DESIGN §3).
pub const GATEWAY_PREFIX: &str = "/_cookiewarden";

impl App {
    /// The URL of a site's page (`consent`, `config.json`, `my-consent`, …) on this mount.
    pub(crate) fn site_url(&self, slug: &str, page: &str) -> String {
        match self.mount {
            Mount::Platform => format!("/sites/{slug}/{page}"),
            Mount::Gateway => format!("{GATEWAY_PREFIX}/{page}"),
        }
    }

    pub(crate) fn new(
        store: Arc<dyn Store>,
        config: WebConfig,
        mount: Mount,
    ) -> Result<App, Error> {
        let platform = SiteDefinition::platform();
        let declared = |name: &str| {
            platform
                .declarations
                .iter()
                .find(|d| d.pattern.stem() == name)
                .map_or(CookieDuration::Session, |d| d.duration)
        };
        let language_cookie_lifetime = declared(LANGUAGE_COOKIE);
        let session_lifetime_seconds = declared(SESSION_COOKIE).seconds().unwrap_or(0);
        let csrf_lifetime_seconds = declared(CSRF_COOKIE).seconds().unwrap_or(0);
        let metrics = Metrics::new(config.collector.clone());
        let assets = Assets::load(match mount {
            Mount::Platform => "",
            Mount::Gateway => GATEWAY_PREFIX,
        });
        Ok(App {
            store,
            config: Arc::new(config),
            pages: Arc::new(Pages::load(&assets)?),
            assets: Arc::new(assets),
            metrics: Arc::new(metrics),
            stored_snapshots: Arc::default(),
            language_cookie_lifetime,
            mount,
            throttle: Arc::default(),
            session_lifetime_seconds,
            csrf_lifetime_seconds,
            sites: Arc::default(),
        })
    }
}
