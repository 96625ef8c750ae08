//! The HTTP face of cookiewarden: the front office (cookie policies in every language of a
//! site, language choice), the consent loop (the banner's loader, assets and configuration,
//! the consent endpoint, the visitor's consent page, a demo page), health and metrics. The back
//! office joins here later.
//!
//! The crate receives a ready [`Store`] and a typed [`WebConfig`];
//! it reads no file and no environment variable. Templates, translations and styles are
//! compiled in, so the binary is all an operator deploys.

mod assets;
mod consent;
mod error;
mod i18n;
mod language;
mod observability;
mod origin;
mod pages;
mod policy;
mod visitor;

use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use cookiewarden_core::{CookieDuration, KeyRing, SiteDefinition};
use cookiewarden_store::Store;

pub use error::Error;

/// What the web layer needs to know about its deployment.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Believe `X-Forwarded-Proto` from a front proxy, to know when the visitor is on HTTPS
    /// (and mark cookies `Secure`). Off by default: anyone can send that header.
    pub trust_forwarded_proto: bool,
    /// The keys that sign and verify `cookies_preferences`.
    pub keys: KeyRing,
}

/// A consent is a few hundred bytes; anything much larger is not one.
const CONSENT_BODY_LIMIT: usize = 4 * 1024;

/// Shared state of every handler.
#[derive(Clone)]
struct App {
    store: Arc<dyn Store>,
    config: Arc<WebConfig>,
    pages: Arc<pages::Pages>,
    assets: Arc<assets::Assets>,
    metrics: Arc<observability::Metrics>,
    /// Hashes of the text snapshots this process already stored: the texts change only with a
    /// release or a site edit, so each consent need not write its snapshot again.
    stored_snapshots: Arc<std::sync::Mutex<std::collections::HashSet<String>>>,
    /// Lifetime of `django_language`, taken from the platform's own declaration so what the
    /// policy says and what the server sets cannot drift apart.
    language_cookie_lifetime: CookieDuration,
}

/// Builds the application: every route, with request ids, tracing, metrics and security
/// headers. Fails only if the embedded templates or translations are broken.
pub fn router(store: Arc<dyn Store>, config: WebConfig) -> Result<Router, Error> {
    let platform = SiteDefinition::platform();
    let language_cookie_lifetime = platform
        .declarations
        .iter()
        .find(|d| d.pattern.stem() == language::LANGUAGE_COOKIE)
        .map_or(CookieDuration::Session, |d| d.duration);
    let assets = assets::Assets::load();
    let app = App {
        store,
        config: Arc::new(config),
        pages: Arc::new(pages::Pages::load(assets.url("style.css"))?),
        assets: Arc::new(assets),
        metrics: Arc::new(observability::Metrics::new()),
        stored_snapshots: Arc::default(),
        language_cookie_lifetime,
    };
    let routes = Router::new()
        .route("/", get(policy::index))
        .route("/cookies-policy", get(policy::platform_html))
        .route("/cookies-policy.json", get(policy::platform_json))
        .route("/sites/{slug}/cookies-policy", get(policy::site_html))
        .route("/sites/{slug}/cookies-policy.json", get(policy::site_json))
        .route("/sites/{slug}/config.json", get(consent::config))
        .route(
            "/sites/{slug}/consent",
            post(consent::submit)
                .options(consent::preflight)
                .layer(DefaultBodyLimit::max(CONSENT_BODY_LIMIT)),
        )
        .route("/.well-known/gpc.json", get(consent::gpc_json))
        .route("/sites/{slug}/banner.js", get(visitor::loader))
        .route("/sites/{slug}/my-consent", get(visitor::my_consent))
        .route("/demo/assets/stats.js", get(visitor::demo_stats))
        .route("/demo/third-party/video", get(visitor::demo_video))
        .route("/demo/{slug}", get(visitor::demo))
        .route("/i18n/setlang/", post(language::set_language))
        .route("/assets/{name}", get(assets::serve))
        .route("/healthz", get(observability::health))
        .route("/metrics", get(observability::metrics))
        .fallback(pages::not_found);
    Ok(observability::layers(routes, &app).with_state(app))
}
