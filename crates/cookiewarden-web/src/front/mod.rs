//! What a visitor of one site uses: its cookie policy, the banner's loader and configuration,
//! the consent endpoint, the visitor's consent page and the statistics beacon, the same on the
//! platform and behind the gateway; plus the platform's own pages for visitors (its index and
//! policy, the language switch, the demo).

mod beacon;
mod consent;
mod demo;
mod extract;
mod policy;
mod setlang;
mod visitor;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::App;
use crate::view::assets;

/// A consent is a few hundred bytes; anything much larger is not one.
const CONSENT_BODY_LIMIT: usize = 4 * 1024;

/// A beacon is a path, a referrer and a language; paths are cut at 512 characters anyway.
const BEACON_BODY_LIMIT: usize = 4 * 1024;

/// The routes a visitor of one site uses, the same on both mounts (the gateway rewrites its
/// prefix to these paths).
pub(crate) fn routes() -> Router<App> {
    Router::new()
        .route("/sites/{slug}/cookies-policy", get(policy::site_html))
        .route("/sites/{slug}/cookies-policy.json", get(policy::site_json))
        .route("/sites/{slug}/config.json", get(consent::config))
        .route(
            "/sites/{slug}/consent",
            post(consent::submit)
                .options(consent::preflight)
                .layer(DefaultBodyLimit::max(CONSENT_BODY_LIMIT)),
        )
        .route("/sites/{slug}/banner.js", get(visitor::loader))
        .route("/sites/{slug}/blocker.js", get(visitor::blocker))
        .route("/sites/{slug}/my-consent", get(visitor::my_consent))
        .route(
            "/sites/{slug}/hit",
            post(beacon::receive).layer(DefaultBodyLimit::max(BEACON_BODY_LIMIT)),
        )
        .route("/.well-known/gpc.json", get(consent::gpc_json))
        .route("/assets/{name}", get(assets::serve))
}

/// The platform's own pages for visitors, on the platform only.
pub(crate) fn platform_routes() -> Router<App> {
    Router::new()
        .route("/", get(policy::index))
        .route("/cookies-policy", get(policy::platform_html))
        .route("/cookies-policy.json", get(policy::platform_json))
        .route("/demo/assets/stats.js", get(demo::demo_stats))
        .route("/demo/third-party/video", get(demo::demo_video))
        .route("/demo/{slug}", get(demo::demo))
        .route(
            "/i18n/setlang/",
            post(setlang::set_language).layer(DefaultBodyLimit::max(CONSENT_BODY_LIMIT)),
        )
}
