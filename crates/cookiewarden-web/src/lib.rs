//! The HTTP face of cookiewarden, one folder per surface over shared layers:
//!
//! - `front`: what a visitor of one site uses (the policy, the banner's loader and
//!   configuration, consent, the visitor's consent page, the statistics beacon, language
//!   choice, the demo); the only part the gateway mounts.
//! - `admin`: the back office's HTML pages, and `api`: the JSON API, both over
//! - `ops`: one implementation of each back-office operation with its audit entry, no HTTP;
//! - `http`: request plumbing every surface shares (cookies, client address, origins, CSRF,
//!   language hints), and `view`: templates, translations, assets and the policy's view.
//!
//! Surfaces never import each other; they meet in `ops`, `http` and `view`. The crate
//! receives a ready [`Store`] and a typed [`WebConfig`]; it reads no file and no environment
//! variable. Templates, translations and styles are compiled in, so the binary is all an
//! operator deploys.

mod admin;
mod api;
mod app;
mod error;
mod front;
mod http;
mod observability;
mod ops;
pub mod server;
mod view;

use std::sync::Arc;

use axum::Router;
use axum::routing::get;
use cookiewarden_core::KeyRing;
use cookiewarden_store::Store;

pub use app::GATEWAY_PREFIX;
use app::{App, Mount};
pub use error::Error;
pub use http::region::RegionHeaders;
pub use http::request::sends_gpc;

/// What the web layer needs to know about its deployment.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Believe `X-Forwarded-Proto` from a front proxy, to know when the visitor is on HTTPS
    /// (and mark cookies `Secure`). Off by default: anyone can send that header.
    pub trust_forwarded_proto: bool,
    /// The keys that sign and verify `cookies_preferences`.
    pub keys: KeyRing,
    /// Where page views go on their way to the store (shared by every router of the process,
    /// so the binary can flush it at shutdown).
    pub collector: cookiewarden_stats::Collector,
    /// The headers a trusted front sets with the visitor's region; none named, every visitor
    /// is in their site's default region.
    pub regions: RegionHeaders,
}

/// Builds the application: every route, with request ids, tracing, metrics and security
/// headers. Fails only if the embedded templates or translations are broken.
pub fn router(store: Arc<dyn Store>, config: WebConfig) -> Result<Router, Error> {
    let app = App::new(store, config, Mount::Platform)?;
    let routes = front::routes()
        .merge(front::platform_routes())
        .merge(api::routes()?)
        .merge(admin::routes())
        .merge(observability::routes())
        .route("/metrics", get(observability::metrics))
        .fallback(view::not_found);
    Ok(observability::layers(routes, &app).with_state(app))
}

/// The visitor-facing pages of one site on its own origin, for the gateway: the policy, the
/// banner's loader, configuration and assets, the consent endpoint and the visitor's consent
/// page under [`GATEWAY_PREFIX`], and `/.well-known/gpc.json`. The gateway sends here the
/// requests [`is_gateway_path`] claims and proxies the rest.
pub fn gateway_router(
    store: Arc<dyn Store>,
    config: WebConfig,
    slug: &str,
) -> Result<Router, Error> {
    let app = App::new(store, config, Mount::Gateway)?;
    let routes = front::routes()
        .merge(observability::routes())
        .fallback(view::not_found);
    let inner = observability::layers(routes, &app).with_state(app);
    let site_prefix = format!("/sites/{slug}/");
    let rewrite = tower::ServiceBuilder::new()
        .map_request(move |mut request: axum::extract::Request| {
            // Handlers link and log with the path the visitor used, not the internal one.
            let original = request.uri().clone();
            let path = original.path();
            let internal = match path.strip_prefix(GATEWAY_PREFIX) {
                Some(rest)
                    if rest.starts_with("/assets/") || rest == "/healthz" || rest == "/readyz" =>
                {
                    Some(rest.to_owned())
                }
                Some(rest) => Some(format!("{site_prefix}{}", rest.trim_start_matches('/'))),
                None => None,
            };
            if let Some(internal) = internal {
                let with_query = match original.query() {
                    Some(query) => format!("{internal}?{query}"),
                    None => internal,
                };
                if let Ok(uri) = with_query.parse() {
                    *request.uri_mut() = uri;
                }
            }
            request
                .extensions_mut()
                .insert(axum::extract::OriginalUri(original));
            request
        })
        .service(inner);
    Ok(Router::new().fallback_service(rewrite))
}

/// Whether the gateway answers `path` itself instead of passing it to the application.
pub fn is_gateway_path(path: &str) -> bool {
    path == "/.well-known/gpc.json"
        || path
            .strip_prefix(GATEWAY_PREFIX)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}
