//! The HTTP face of cookiewarden: the front office (cookie policies in every language of a
//! site, language choice), the consent loop (the banner's loader, assets and configuration,
//! the consent endpoint, the visitor's consent page, a demo page), health and metrics. The back
//! office joins here later.
//!
//! The crate receives a ready [`Store`] and a typed [`WebConfig`];
//! it reads no file and no environment variable. Templates, translations and styles are
//! compiled in, so the binary is all an operator deploys.

mod admin;
mod admin_sites;
mod admin_stats;
mod admin_tokens;
mod api;
mod assets;
mod audience;
mod consent;
mod csrf;
mod error;
mod i18n;
mod language;
mod observability;
mod origin;
mod pages;
mod policy;
pub mod server;
mod site_body;
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
    /// Where page views go on their way to the store (shared by every router of the process,
    /// so the binary can flush it at shutdown).
    pub collector: cookiewarden_stats::Collector,
}

/// A consent is a few hundred bytes; anything much larger is not one.
const CONSENT_BODY_LIMIT: usize = 4 * 1024;

/// A beacon is a path, a referrer and a language; paths are cut at 512 characters anyway.
const BEACON_BODY_LIMIT: usize = 4 * 1024;

/// A back-office form is a few fields; anything much larger is not one.
const FORM_BODY_LIMIT: usize = 16 * 1024;

/// A site sent to the API, with hundreds of declarations in several languages, stays well
/// under this.
const API_BODY_LIMIT: usize = 512 * 1024;

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
    /// Where the visitor-facing pages are served.
    mount: Mount,
    /// Failed logins, per account and per client.
    throttle: Arc<admin::Throttle>,
    /// Lifetimes of `sessionid` and `csrftoken`, from the platform's own declarations.
    session_lifetime_seconds: u64,
    csrf_lifetime_seconds: u64,
    /// Sites as last read from the store.
    sites: Arc<policy::SiteCache>,
}

/// Where a site's visitor-facing pages live, which decides every URL they link to and the
/// path of the choice cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mount {
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
    fn site_url(&self, slug: &str, page: &str) -> String {
        match self.mount {
            Mount::Platform => format!("/sites/{slug}/{page}"),
            Mount::Gateway => format!("{GATEWAY_PREFIX}/{page}"),
        }
    }

    fn new(store: Arc<dyn Store>, config: WebConfig, mount: Mount) -> Result<App, Error> {
        let platform = SiteDefinition::platform();
        let declared = |name: &str| {
            platform
                .declarations
                .iter()
                .find(|d| d.pattern.stem() == name)
                .map_or(CookieDuration::Session, |d| d.duration)
        };
        let language_cookie_lifetime = declared(language::LANGUAGE_COOKIE);
        let session_lifetime_seconds = declared(admin::SESSION_COOKIE).seconds().unwrap_or(0);
        let csrf_lifetime_seconds = declared(csrf::CSRF_COOKIE).seconds().unwrap_or(0);
        let metrics = observability::Metrics::new(config.collector.clone());
        let assets = assets::Assets::load(match mount {
            Mount::Platform => "",
            Mount::Gateway => GATEWAY_PREFIX,
        });
        Ok(App {
            store,
            config: Arc::new(config),
            pages: Arc::new(pages::Pages::load(assets.url("style.css"))?),
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

/// The routes a visitor of one site uses, the same on both mounts (the gateway rewrites its
/// prefix to these paths).
fn site_routes() -> Router<App> {
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
        .route("/sites/{slug}/my-consent", get(visitor::my_consent))
        .route(
            "/sites/{slug}/hit",
            post(audience::hit).layer(DefaultBodyLimit::max(BEACON_BODY_LIMIT)),
        )
        .route("/.well-known/gpc.json", get(consent::gpc_json))
        .route("/assets/{name}", get(assets::serve))
}

/// Builds the application: every route, with request ids, tracing, metrics and security
/// headers. Fails only if the embedded templates or translations are broken.
pub fn router(store: Arc<dyn Store>, config: WebConfig) -> Result<Router, Error> {
    let app = App::new(store, config, Mount::Platform)?;
    let (api, openapi) = api::routes();
    let openapi = openapi
        .to_json()
        .map_err(|e| Error::OpenApi(e.to_string()))?;
    let routes = site_routes()
        .merge(api.layer(DefaultBodyLimit::max(API_BODY_LIMIT)))
        .route(
            api::OPENAPI_PATH,
            get(move || async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/json")],
                    openapi,
                )
            }),
        )
        .route("/api/{*rest}", axum::routing::any(api::unknown))
        .route("/", get(policy::index))
        .route("/cookies-policy", get(policy::platform_html))
        .route("/cookies-policy.json", get(policy::platform_json))
        .route("/demo/assets/stats.js", get(visitor::demo_stats))
        .route("/demo/third-party/video", get(visitor::demo_video))
        .route("/demo/{slug}", get(visitor::demo))
        .route("/i18n/setlang/", post(language::set_language))
        .route("/admin/", get(admin::home))
        .route(
            "/admin/sites/{slug}",
            get(admin_sites::settings)
                .post(admin_sites::save_settings)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/sites/{slug}/cookies",
            post(admin_sites::add_cookie).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/sites/{slug}/texts",
            post(admin_sites::save_texts).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/sites/{slug}/cookies/new",
            get(admin_sites::new_cookie),
        )
        .route(
            "/admin/sites/{slug}/cookies/edit",
            get(admin_sites::edit_cookie)
                .post(admin_sites::update_cookie)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/sites/{slug}/cookies/delete",
            post(admin_sites::delete_cookie).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/admin/sites/{slug}/preview", get(admin_sites::preview))
        .route(
            "/admin/new-site",
            get(admin_sites::new_site)
                .post(admin_sites::create_site)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/tokens",
            get(admin_tokens::tokens)
                .post(admin_tokens::create)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/tokens/{id}/revoke",
            post(admin_tokens::revoke).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/admin/sites/{slug}/consents", get(admin::consent_log))
        .route(
            "/admin/sites/{slug}/statistics",
            get(admin_stats::dashboard),
        )
        .route(
            "/admin/users",
            get(admin::users)
                .post(admin::create_user)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/admin/audit", get(admin::audit))
        .route(
            "/admin/users/{name}/{action}",
            post(admin::change_user).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/login",
            get(admin::login_page)
                .post(admin::login)
                .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/logout",
            post(admin::logout).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route(
            "/admin/logout-everywhere",
            post(admin::logout_everywhere).layer(DefaultBodyLimit::max(FORM_BODY_LIMIT)),
        )
        .route("/healthz", get(observability::health))
        .route("/readyz", get(observability::ready))
        .route("/metrics", get(observability::metrics))
        .fallback(pages::not_found);
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
    let routes = site_routes()
        .route("/healthz", get(observability::health))
        .route("/readyz", get(observability::ready))
        .fallback(pages::not_found);
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
