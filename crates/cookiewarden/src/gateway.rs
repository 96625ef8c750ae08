//! `cookiewarden gateway`: the consent-enforcing reverse proxy in front of one site (or of
//! several, chosen by host, with `--sites FILE`), and `site undeclared SLUG`, what it saw the
//! site set without declaring.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use clap::{Args, ValueEnum};
use cookiewarden_core::{CookieDuration, Slug};
use cookiewarden_gateway::{
    BROWSER_MAX_LIFETIME_SECONDS, GatewayConfig, SiteRoute, TlsConfig, Undeclared, UnknownScripts,
};
use cookiewarden_stats::{Collector, CollectorConfig};
use cookiewarden_store::Store;
use cookiewarden_web::WebConfig;

use crate::config::Config;

/// What to do with cookies the site did not declare.
#[derive(Debug, Clone, Copy, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum UndeclaredChoice {
    /// Drop them, both ways (the default).
    Block,
    /// Let them through; they are still recorded.
    Allow,
}

/// Whether the gateway holds back known trackers until consent.
#[derive(Debug, Clone, Copy, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum AutoBlocking {
    /// Hold back the scripts, frames, pixels and snippets of known services.
    On,
    /// Only the tags the site gated by hand wait for consent (the default for now: holding
    /// back means parsing every page of a visitor who has not granted everything, which
    /// costs up to four times the throughput of injecting the banner alone).
    Off,
}

/// What to do with third-party scripts no known service explains.
#[derive(Debug, Clone, Copy, ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum UnknownScriptsChoice {
    /// Let them run; they are recorded (the default).
    Pass,
    /// Hold them back until the visitor grants marketing; they are recorded too.
    Block,
}

/// Options of `gateway`.
#[derive(Debug, Args)]
pub(crate) struct GatewayArgs {
    /// The application to protect: http://host:port, or https://host:port (its certificate
    /// checked against the system's roots or --upstream-ca).
    #[arg(long, value_name = "URL", required_unless_present = "sites")]
    upstream: Option<String>,
    /// The site whose declarations and banner apply.
    #[arg(long, value_name = "SLUG", required_unless_present = "sites")]
    site: Option<String>,
    /// Serve several sites, each chosen by the host a request names: a TOML file of `[[site]]`
    /// tables (`host`, `site`, `upstream`, and any per-site option below, whose flags then give
    /// the defaults).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["site", "upstream"])]
    sites: Option<std::path::PathBuf>,
    /// Address to listen on.
    #[arg(
        long,
        env = "COOKIEWARDEN_GATEWAY_LISTEN",
        value_name = "ADDR",
        default_value = "127.0.0.1:8081"
    )]
    listen: SocketAddr,
    /// Seconds the application may take to start answering before the visitor gets a 504.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    upstream_timeout: u64,
    /// What to do with cookies the site did not declare.
    #[arg(long, value_enum, default_value = "block")]
    undeclared: UndeclaredChoice,
    /// Hold back the trackers of known services (Google Analytics, Meta Pixel, YouTube...)
    /// in the application's pages until the visitor grants their purpose.
    #[arg(long, value_enum, default_value = "off")]
    auto_blocking: AutoBlocking,
    /// What to do with third-party scripts no known service explains.
    #[arg(long, value_enum, default_value = "pass")]
    unknown_scripts: UnknownScriptsChoice,
    /// The longest lifetime a cookie may keep (browsers cap it at 400 days anyway).
    #[arg(long, value_name = "DURATION", default_value = "13 months")]
    max_cookie_lifetime: String,
    /// For an https:// upstream: trust the authorities in this PEM file (a private CA) in
    /// place of the system's roots.
    #[arg(long, value_name = "FILE")]
    upstream_ca: Option<std::path::PathBuf>,
    /// Terminate TLS with this PEM certificate chain (with --tls-key).
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    tls_cert: Option<std::path::PathBuf>,
    /// The PEM private key of --tls-cert.
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    tls_key: Option<std::path::PathBuf>,
    /// Believe X-Forwarded-Proto (and extend X-Forwarded-For) from a front proxy.
    #[arg(long, env = "COOKIEWARDEN_TRUST_FORWARDED_PROTO")]
    trust_forwarded_proto: bool,
    #[command(flatten)]
    pub(crate) regions: crate::config::RegionArgs,
}

/// One site of a `--sites` file: where it answers, what it is, and the options that differ
/// from the flags'.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteEntry {
    /// The host, or hosts, whose requests are this site's.
    host: Hosts,
    site: String,
    upstream: String,
    upstream_ca: Option<std::path::PathBuf>,
    upstream_timeout: Option<u64>,
    undeclared: Option<UndeclaredChoice>,
    auto_blocking: Option<AutoBlocking>,
    unknown_scripts: Option<UnknownScriptsChoice>,
    max_cookie_lifetime: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(untagged)]
enum Hosts {
    One(String),
    Several(Vec<String>),
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SitesFile {
    site: Vec<SiteEntry>,
}

/// One site's options, from the flags or from an entry of a `--sites` file (the flags giving
/// what it leaves out); `place` names where a refused value was written.
struct SiteOptions<'a> {
    place: Place,
    site: &'a str,
    upstream: &'a str,
    upstream_ca: Option<&'a std::path::Path>,
    upstream_timeout: u64,
    undeclared: UndeclaredChoice,
    auto_blocking: AutoBlocking,
    unknown_scripts: UnknownScriptsChoice,
    max_cookie_lifetime: &'a str,
}

/// Where a site's options come from: the command line, or entry `n` of a `--sites` file.
enum Place {
    Flags,
    Entry(std::path::PathBuf, usize),
}

impl Place {
    /// How an error names an option: `--max-cookie-lifetime`, or
    /// `sites.toml: site[1].max_cookie_lifetime`.
    fn name(&self, flag: &str) -> String {
        match self {
            Place::Flags => format!("--{flag}"),
            Place::Entry(file, n) => {
                format!("{}: site[{n}].{}", file.display(), flag.replace('-', "_"))
            }
        }
    }
}

/// What every site of one gateway shares.
struct Shared {
    limits: cookiewarden_web::server::ConnectionLimits,
    web: WebConfig,
    tls: Option<TlsConfig>,
}

impl SiteOptions<'_> {
    /// The gateway's settings for this site, or the first value refused, named.
    fn config(&self, shared: &Shared) -> anyhow::Result<GatewayConfig> {
        let name = |flag| self.place.name(flag);
        let site: Slug = self
            .site
            .parse()
            .with_context(|| format!("{} {}", name("site"), self.site))?;
        if self.upstream_timeout == 0 {
            bail!("{} 0: give at least one second", name("upstream-timeout"));
        }
        let lifetime: CookieDuration = self.max_cookie_lifetime.parse().with_context(|| {
            format!(
                "{} {}",
                name("max-cookie-lifetime"),
                self.max_cookie_lifetime
            )
        })?;
        let max_cookie_lifetime_seconds = lifetime
            .seconds()
            .ok_or_else(|| {
                anyhow!(
                    "{} session: give a fixed lifetime",
                    name("max-cookie-lifetime")
                )
            })?
            .min(BROWSER_MAX_LIFETIME_SECONDS);
        let upstream_ca = match self.upstream_ca {
            Some(path) => Some(std::fs::read(path).with_context(|| {
                format!("{} {}: cannot read it", name("upstream-ca"), path.display())
            })?),
            None => None,
        };
        Ok(GatewayConfig {
            upstream: self.upstream.to_owned(),
            upstream_ca,
            site,
            upstream_timeout: Duration::from_secs(self.upstream_timeout),
            undeclared: match self.undeclared {
                UndeclaredChoice::Block => Undeclared::Block,
                UndeclaredChoice::Allow => Undeclared::Allow,
            },
            max_cookie_lifetime_seconds,
            auto_blocking: matches!(self.auto_blocking, AutoBlocking::On),
            unknown_scripts: match self.unknown_scripts {
                UnknownScriptsChoice::Pass => UnknownScripts::Pass,
                UnknownScriptsChoice::Block => UnknownScripts::Block,
            },
            limits: shared.limits,
            web: shared.web.clone(),
            tls: shared.tls.clone(),
        })
    }
}

/// The sites of a `--sites` file, each with its hosts and settings: the first refused value
/// is named with its entry, and a host named twice is refused.
fn read_sites(
    path: &std::path::Path,
    args: &GatewayArgs,
    shared: &Shared,
) -> anyhow::Result<Vec<SiteRoute>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("--sites {}: cannot read it", path.display()))?;
    let file: SitesFile =
        toml::from_str(&text).with_context(|| format!("--sites {}", path.display()))?;
    if file.site.is_empty() {
        bail!("--sites {}: list at least one [[site]]", path.display());
    }
    let mut seen = std::collections::HashSet::new();
    let mut routes = Vec::with_capacity(file.site.len());
    for (n, entry) in file.site.iter().enumerate() {
        let place = Place::Entry(path.to_owned(), n);
        let written = match &entry.host {
            Hosts::One(host) => vec![host.clone()],
            Hosts::Several(hosts) => hosts.clone(),
        };
        if written.is_empty() {
            bail!("{}: name at least one host", place.name("host"));
        }
        // Kept as requests are matched: lower case, without a final dot.
        let mut hosts = Vec::with_capacity(written.len());
        for host in &written {
            let normal = host.trim_end_matches('.').to_ascii_lowercase();
            let valid = !normal.is_empty()
                && normal
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
            if !valid {
                bail!(
                    "{} `{host}`: a host name, without scheme or port",
                    place.name("host")
                );
            }
            if !seen.insert(normal.clone()) {
                bail!("{} `{host}` is named by two sites", place.name("host"));
            }
            hosts.push(normal);
        }
        let options = SiteOptions {
            place,
            site: &entry.site,
            upstream: &entry.upstream,
            upstream_ca: entry.upstream_ca.as_deref().or(args.upstream_ca.as_deref()),
            upstream_timeout: entry.upstream_timeout.unwrap_or(args.upstream_timeout),
            undeclared: entry.undeclared.unwrap_or(args.undeclared),
            auto_blocking: entry.auto_blocking.unwrap_or(args.auto_blocking),
            unknown_scripts: entry.unknown_scripts.unwrap_or(args.unknown_scripts),
            max_cookie_lifetime: entry
                .max_cookie_lifetime
                .as_deref()
                .unwrap_or(&args.max_cookie_lifetime),
        };
        routes.push(SiteRoute {
            hosts,
            config: options.config(shared)?,
        });
    }
    Ok(routes)
}

pub(crate) async fn run(config: Config, args: GatewayArgs) -> anyhow::Result<()> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => {
            let read = |path: &std::path::Path| {
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
            };
            Some(
                cookiewarden_gateway::tls_config(&read(cert)?, &read(key)?).with_context(|| {
                    format!("--tls-cert {} --tls-key {}", cert.display(), key.display())
                })?,
            )
        }
        _ => None,
    };
    let keys = crate::keys::resolve(&config)?;
    let store: Arc<dyn Store> = Arc::new(crate::open_store(&config).await?);
    let collector = Collector::start(Arc::clone(&store), CollectorConfig::default());
    let shared = Shared {
        limits: config.limits,
        web: WebConfig {
            trust_forwarded_proto: args.trust_forwarded_proto || config.trust_forwarded_proto,
            keys,
            collector: collector.clone(),
            regions: config.regions.clone(),
        },
        tls,
    };
    // One site from the flags, or several from a file; clap saw to it that one is given.
    let routes = args
        .sites
        .as_deref()
        .map(|path| read_sites(path, &args, &shared))
        .transpose()?;
    let single = match (&routes, &args.site, &args.upstream) {
        (None, Some(site), Some(upstream)) => Some(
            SiteOptions {
                place: Place::Flags,
                site,
                upstream,
                upstream_ca: args.upstream_ca.as_deref(),
                upstream_timeout: args.upstream_timeout,
                undeclared: args.undeclared,
                auto_blocking: args.auto_blocking,
                unknown_scripts: args.unknown_scripts,
                max_cookie_lifetime: &args.max_cookie_lifetime,
            }
            .config(&shared)?,
        ),
        _ => None,
    };
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let address = listener.local_addr()?;
    let shutdown = crate::serve::shutdown_signal();
    let scheme = if shared.tls.is_some() {
        "https"
    } else {
        "http"
    };
    println!("cookiewarden gateway is serving {scheme}://{address}/");
    match (routes, single) {
        (Some(routes), _) => {
            for route in &routes {
                println!(
                    "  {} for {}, in front of {}",
                    route.config.site,
                    route.hosts.join(", "),
                    route.config.upstream
                );
            }
            println!("Stop with Ctrl-C.");
            cookiewarden_gateway::serve_sites(listener, store, routes, shutdown).await?;
        }
        (None, Some(gateway)) => {
            println!("  site {}, in front of {}", gateway.site, gateway.upstream);
            println!("Stop with Ctrl-C.");
            cookiewarden_gateway::serve(listener, store, gateway, shutdown).await?;
        }
        (None, None) => bail!("give --site and --upstream, or --sites FILE"),
    }
    collector.flush().await;
    tracing::info!("stopped; in-flight requests finished, page views written");
    Ok(())
}

/// Prints the undeclared cookies the gateway saw on a site.
pub(crate) async fn undeclared(config: &Config, slug: &str) -> anyhow::Result<()> {
    let slug: Slug = slug.parse()?;
    let store = crate::open_store(config).await?;
    if store.site(&slug).await?.is_none() {
        bail!("no site `{slug}` in the database");
    }
    let cookies = store.undeclared_cookies(&slug).await?;
    let scripts = store.undeclared_scripts(&slug).await?;
    store.close().await;
    let date = |t: i64| {
        time::OffsetDateTime::from_unix_timestamp(t)
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_else(|| t.to_string())
    };
    if cookies.is_empty() {
        println!("no undeclared cookie seen on {slug}");
    } else {
        println!(
            "{:<24} {:<24} {:<12} {:<20} {:<20} {:>8}",
            "NAME", "DOMAIN", "PATH", "FIRST SEEN", "LAST SEEN", "COUNT"
        );
        for c in cookies {
            println!(
                "{:<24} {:<24} {:<12} {:<20} {:<20} {:>8}",
                c.name,
                c.domain,
                c.path,
                date(c.first_seen),
                date(c.last_seen),
                c.sightings
            );
        }
    }
    if !scripts.is_empty() {
        println!();
        println!("third-party scripts of no known service:");
        println!(
            "{:<32} {:<28} {:<20} {:<20} {:>8}",
            "HOST", "PATH", "FIRST SEEN", "LAST SEEN", "COUNT"
        );
        for s in scripts {
            println!(
                "{:<32} {:<28} {:<20} {:<20} {:>8}",
                s.host,
                s.path,
                date(s.first_seen),
                date(s.last_seen),
                s.sightings
            );
        }
    }
    Ok(())
}
