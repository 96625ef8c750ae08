//! `cookiewarden gateway`: the consent-enforcing reverse proxy in front of one site, and
//! `site undeclared SLUG`, what it saw the site set without declaring.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow, bail};
use clap::{Args, ValueEnum};
use cookiewarden_core::{CookieDuration, Slug};
use cookiewarden_gateway::{
    BROWSER_MAX_LIFETIME_SECONDS, GatewayConfig, Undeclared, UnknownScripts,
};
use cookiewarden_stats::{Collector, CollectorConfig};
use cookiewarden_store::Store;
use cookiewarden_web::WebConfig;

use crate::config::Config;

/// What to do with cookies the site did not declare.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum UndeclaredChoice {
    /// Drop them, both ways (the default).
    Block,
    /// Let them through; they are still recorded.
    Allow,
}

/// Whether the gateway holds back known trackers until consent.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum AutoBlocking {
    /// Hold back the scripts, frames, pixels and snippets of known services.
    On,
    /// Only the tags the site gated by hand wait for consent (the default for now: holding
    /// back means parsing every page of a visitor who has not granted everything, which
    /// costs up to four times the throughput of injecting the banner alone).
    Off,
}

/// What to do with third-party scripts no known service explains.
#[derive(Debug, Clone, Copy, ValueEnum)]
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
    #[arg(long, value_name = "URL")]
    upstream: String,
    /// The site whose declarations and banner apply.
    #[arg(long, value_name = "SLUG")]
    site: String,
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

pub(crate) async fn run(config: Config, args: GatewayArgs) -> anyhow::Result<()> {
    let site: Slug = args
        .site
        .parse()
        .with_context(|| format!("--site {}", args.site))?;
    if args.upstream_timeout == 0 {
        bail!("--upstream-timeout 0: give at least one second");
    }
    let lifetime: CookieDuration = args
        .max_cookie_lifetime
        .parse()
        .with_context(|| format!("--max-cookie-lifetime {}", args.max_cookie_lifetime))?;
    let max_cookie_lifetime_seconds = lifetime
        .seconds()
        .ok_or_else(|| anyhow!("--max-cookie-lifetime session: give a fixed lifetime"))?
        .min(BROWSER_MAX_LIFETIME_SECONDS);
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
    let upstream_ca = match &args.upstream_ca {
        Some(path) => Some(
            std::fs::read(path)
                .with_context(|| format!("--upstream-ca {}: cannot read it", path.display()))?,
        ),
        None => None,
    };
    let keys = crate::keys::resolve(&config)?;
    let store: Arc<dyn Store> = Arc::new(crate::open_store(&config).await?);
    let collector = Collector::start(Arc::clone(&store), CollectorConfig::default());
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {}", args.listen))?;
    let address = listener.local_addr()?;
    let shutdown = crate::serve::shutdown_signal();
    let scheme = if tls.is_some() { "https" } else { "http" };
    println!("cookiewarden gateway is serving {scheme}://{address}/");
    println!("  site {site}, in front of {}", args.upstream);
    println!("Stop with Ctrl-C.");
    let gateway = GatewayConfig {
        upstream: args.upstream,
        upstream_ca,
        site,
        upstream_timeout: Duration::from_secs(args.upstream_timeout),
        undeclared: match args.undeclared {
            UndeclaredChoice::Block => Undeclared::Block,
            UndeclaredChoice::Allow => Undeclared::Allow,
        },
        max_cookie_lifetime_seconds,
        auto_blocking: matches!(args.auto_blocking, AutoBlocking::On),
        unknown_scripts: match args.unknown_scripts {
            UnknownScriptsChoice::Pass => UnknownScripts::Pass,
            UnknownScriptsChoice::Block => UnknownScripts::Block,
        },
        limits: config.limits,
        web: WebConfig {
            trust_forwarded_proto: args.trust_forwarded_proto || config.trust_forwarded_proto,
            keys,
            collector: collector.clone(),
            regions: config.regions.clone(),
        },
        tls,
    };
    cookiewarden_gateway::serve(listener, store, gateway, shutdown).await?;
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
