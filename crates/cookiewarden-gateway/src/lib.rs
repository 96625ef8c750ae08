//! The cookiewarden gateway: a reverse proxy in front of one site that enforces the visitor's
//! choice at the HTTP level, which no banner script can do. It drops the `Set-Cookie` lines of
//! categories the visitor has not allowed (HttpOnly ones included), keeps such cookies away from
//! the application, expires them after a withdrawal, caps lifetimes, records undeclared
//! cookies, tells the application the choice in `Cookiewarden-Consent`, serves the site's
//! banner, policy and consent endpoint under `/_cookiewarden/` on the site's own origin, and
//! injects the banner into the application's HTML as it streams through.
//!
//! Like the other library crates it reads no file and no environment variable: the binary
//! hands it a [`Store`], a listener and a typed [`GatewayConfig`].

mod cookies;
mod date;
mod html;
mod proxy;
mod sightings;
mod upstream;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use cookiewarden_core::Slug;
use cookiewarden_store::Store;
use cookiewarden_web::WebConfig;
use cookiewarden_web::server::ConnectionLimits;

pub use cookies::{
    BROWSER_MAX_LIFETIME_SECONDS, FilteredRequest, Rules, SetCookieOutcome, Sighting, Standing,
    Undeclared, pairs, parse_set_cookie,
};
pub use date::parse_cookie_date;
pub use html::{Blocking, Injector, ScriptSighting, UnknownScripts, allow_banner};

/// Why the gateway cannot start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The upstream URL is not one the gateway can forward to.
    #[error("cannot use `{url}` as the upstream: {reason}")]
    Upstream {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The site to protect does not exist in the database.
    #[error("there is no site `{0}`: create it with `cookiewarden site apply FILE` first")]
    UnknownSite(Slug),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] cookiewarden_store::Error),
    /// The embedded front office failed to build.
    #[error(transparent)]
    Web(#[from] cookiewarden_web::Error),
    /// The TLS certificate or key cannot be used.
    #[error("cannot use the TLS {what}: {reason}")]
    Tls {
        /// `certificate` or `key`.
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// The listening socket failed.
    #[error("cannot accept connections: {0}")]
    Io(#[from] std::io::Error),
}

/// Everything the gateway needs to know, parsed once by the binary.
#[derive(Debug, Clone)]
pub struct GatewayConfig {
    /// Where the application listens: `http://host:port` or `https://host:port` (a path
    /// prefix is kept).
    pub upstream: String,
    /// For an `https://` application: the PEM certificates of the authorities to trust, in
    /// place of the system's roots (a private CA).
    pub upstream_ca: Option<Vec<u8>>,
    /// The site whose declarations and texts apply.
    pub site: Slug,
    /// How long the application may take to start answering before the visitor gets a 504.
    pub upstream_timeout: Duration,
    /// What to do with cookies the site did not declare.
    pub undeclared: Undeclared,
    /// The longest lifetime a cookie may keep, in seconds (13 months by default; browsers cap
    /// it at 400 days anyway).
    pub max_cookie_lifetime_seconds: u64,
    /// The bounds of every visitor connection: request-head size and read time, idle time,
    /// how many at once, and the shutdown grace.
    pub limits: ConnectionLimits,
    /// Keys and forwarded-protocol trust, shared with the front office.
    pub web: WebConfig,
    /// Hold back the trackers of known services until the visitor grants their purpose.
    pub auto_blocking: bool,
    /// What to do with third-party scripts no known service explains.
    pub unknown_scripts: UnknownScripts,
    /// Terminate TLS with this configuration (see [`tls_config`]); `None` for plain HTTP
    /// behind a TLS-terminating front proxy.
    pub tls: Option<TlsConfig>,
}

/// A TLS configuration to terminate visitors' connections with (see [`tls_config`]).
pub type TlsConfig = Arc<rustls::ServerConfig>;

/// A TLS configuration from a PEM certificate chain and its PEM private key (the files'
/// contents: the binary reads them). ALPN offers HTTP/2, then HTTP/1.1.
pub fn tls_config(
    certificate_pem: &[u8],
    key_pem: &[u8],
) -> Result<Arc<rustls::ServerConfig>, Error> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let invalid = |what, reason: String| Error::Tls { what, reason };
    let chain = CertificateDer::pem_slice_iter(certificate_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| invalid("certificate", e.to_string()))?;
    if chain.is_empty() {
        return Err(invalid("certificate", "no PEM certificate found".into()));
    }
    let key = PrivateKeyDer::from_pem_slice(key_pem).map_err(|e| invalid("key", e.to_string()))?;
    let mut config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| invalid("certificate", e.to_string()))?
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .map_err(|e| invalid("key", e.to_string()))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

impl GatewayConfig {
    /// 13 months of 30 days, the lifetime regulators accept for a consent-free audience cookie
    /// and the default cap for every cookie behind the gateway.
    pub const DEFAULT_MAX_COOKIE_LIFETIME_SECONDS: u64 = 13 * 30 * 86_400;
}

/// How often the gateway reloads the site's declarations, so edits made elsewhere (the back
/// office, `site apply`, another node) apply without a restart.
const SITE_REFRESH: Duration = Duration::from_secs(2);

/// Runs the gateway on `listener` until `shutdown` completes, then lets requests in flight
/// finish (within the limits' shutdown grace) and writes the last undeclared sightings.
pub async fn serve(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Store>,
    config: GatewayConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    let gateway = proxy::Gateway::new(Arc::clone(&store), config).await?;
    proxy::Sites::one(gateway).run(listener, shutdown).await
}

/// One site of a gateway that serves several: the hosts it answers and its settings.
#[derive(Debug, Clone)]
pub struct SiteRoute {
    /// The hosts (without port) whose requests are this site's.
    pub hosts: Vec<String>,
    /// The site's settings; TLS and connection limits are taken from the first site.
    pub config: GatewayConfig,
}

/// Runs one gateway for several sites, each chosen by the `Host` of a request, each with its
/// own rules, banner, application and sightings; a host no site names gets 421.
pub async fn serve_sites(
    listener: tokio::net::TcpListener,
    store: Arc<dyn Store>,
    sites: Vec<SiteRoute>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    let mut routes = Vec::with_capacity(sites.len());
    for site in sites {
        let gateway = proxy::Gateway::new(Arc::clone(&store), site.config).await?;
        routes.push((site.hosts, gateway));
    }
    proxy::Sites::by_host(routes).run(listener, shutdown).await
}

pub use proxy::CONSENT_HEADER;

/// Time as the consent cookie counts it: seconds since the Unix epoch.
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
