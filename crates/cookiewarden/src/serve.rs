//! `cookiewarden serve`: the platform.

use std::sync::Arc;

use anyhow::Context;
use cookiewarden_core::SiteDefinition;
use cookiewarden_stats::{Collector, CollectorConfig, purge_every};
use cookiewarden_store::Store;
use cookiewarden_web::WebConfig;

use crate::config::Config;

/// The example sites `--demo` loads, compiled in so the demo works from any directory.
const DEMO_SITES: [(&str, &str); 2] = [
    (
        "examples/shop.toml",
        include_str!("../../../examples/shop.toml"),
    ),
    (
        "examples/opendata-portal.toml",
        include_str!("../../../examples/opendata-portal.toml"),
    ),
];

pub(crate) async fn run(config: Config, demo: bool) -> anyhow::Result<()> {
    let keys = crate::keys::resolve(&config)?;
    tracing::info!(
        signing_key = keys.signing_key().id(),
        "signing key ring loaded"
    );
    let store = crate::open_store(&config).await?;
    let platform = SiteDefinition::platform();
    if store.create_site_if_absent(&platform).await? {
        tracing::info!("created the platform's own site");
    } else if let Some(mut stored) = store.site(&platform.site.slug).await? {
        // The site as releases before the thirty languages created it (English and French
        // only) gains them, once: a language its operator removes later stays removed.
        let earlier = stored
            .site
            .languages
            .iter()
            .all(|l| ["en", "fr"].contains(&l.as_str()));
        if earlier && stored.gain_languages(&platform) {
            store.apply_site(&stored).await?;
            tracing::info!(
                languages = stored.site.languages.len(),
                "the platform's own site speaks this release's languages"
            );
        }
    }
    let mut demo_slugs = Vec::new();
    if demo {
        for (name, text) in DEMO_SITES {
            let definition =
                SiteDefinition::parse(text).map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
            // A month of made-up traffic only for a demo site this start created.
            if store.create_site_if_absent(&definition).await? {
                let now = i64::try_from(
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)?
                        .as_millis(),
                )?;
                if let Some(seeded) = crate::demo::seed(&store, &definition, now).await? {
                    tracing::info!(
                        site = %definition.site.slug,
                        page_views = seeded.page_views,
                        consents = seeded.consents,
                        "made up thirty days of demo data"
                    );
                }
            }
            demo_slugs.push(definition.site.slug);
        }
    }
    let demo_login = if demo {
        Some(crate::user::demo_admin(&store).await?)
    } else {
        None
    };
    let store: Arc<dyn Store> = Arc::new(store);
    let collector = Collector::start(Arc::clone(&store), CollectorConfig::default());
    let purge = tokio::spawn(purge_every(Arc::clone(&store), PURGE_EVERY));
    let router = cookiewarden_web::router(
        Arc::clone(&store),
        WebConfig {
            trust_forwarded_proto: config.trust_forwarded_proto,
            keys,
            collector: collector.clone(),
            regions: config.regions.clone(),
        },
    )?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let address = listener.local_addr()?;
    let shutdown = shutdown_signal();
    tracing::info!(%address, "listening");
    println!("cookiewarden is serving http://{address}/");
    println!("  the platform's cookie policy: http://{address}/cookies-policy");
    println!("  the back office: http://{address}/admin/");
    for slug in &demo_slugs {
        println!(
            "  demo site {slug}: http://{address}/demo/{slug} (policy: http://{address}/sites/{slug}/cookies-policy)"
        );
    }
    if let Some((user, password)) = &demo_login {
        println!("  the demo's administrator (a new password at each start):");
        println!("  user: {user}");
        println!("  password: {password}");
    }
    println!("Stop with Ctrl-C.");
    // Each request knows its client's address, which throttles failed logins per client.
    cookiewarden_web::server::serve_router(listener, router, config.limits, shutdown).await;
    purge.abort();
    collector.flush().await;
    tracing::info!("stopped; in-flight requests finished, page views written");
    Ok(())
}

/// How often raw page views past their site's retention are purged.
const PURGE_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Resolves on Ctrl-C or SIGTERM; axum then stops accepting and lets requests finish. The
/// SIGTERM handler is installed when this is called, not when the future is first polled, so a
/// signal sent as soon as the address is printed still shuts down gracefully.
pub(crate) fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    let terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate());
    async move {
        let interrupt = async {
            if let Err(error) = tokio::signal::ctrl_c().await {
                tracing::error!(%error, "cannot listen for Ctrl-C");
                std::future::pending::<()>().await;
            }
        };
        let terminate = async {
            match terminate {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(error) => {
                    tracing::error!(%error, "cannot listen for SIGTERM");
                    std::future::pending::<()>().await;
                }
            }
        };
        tokio::select! {
            () = interrupt => tracing::info!("Ctrl-C received, shutting down"),
            () = terminate => tracing::info!("SIGTERM received, shutting down"),
        }
    }
}
