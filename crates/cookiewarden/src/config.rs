//! The one typed configuration, built once: defaults ← TOML file (`--config`) ←
//! `COOKIEWARDEN_*` environment variables ← flags. Secrets (the key ring) come only from the
//! file or the environment, never from a flag that would show in `ps`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Args, ValueEnum};
use cookiewarden_core::{KeyRing, SigningKey};
use cookiewarden_web::RegionHeaders;
use cookiewarden_web::server::ConnectionLimits;
use serde::Deserialize;

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum LogFormat {
    /// Readable lines for a terminal.
    Human,
    /// One JSON object per line, for log collectors.
    Json,
}

/// Options shared by every command (each also readable from the environment).
#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    /// Configuration file (TOML).
    #[arg(long, global = true, env = "COOKIEWARDEN_CONFIG", value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// Database URL: sqlite://PATH (default sqlite://cookiewarden.db) or postgres://…
    #[arg(long, global = true, env = "COOKIEWARDEN_DATABASE", value_name = "URL")]
    pub(crate) database: Option<String>,
    /// Log format.
    #[arg(long, global = true, env = "COOKIEWARDEN_LOG_FORMAT", value_enum)]
    pub(crate) log_format: Option<LogFormat>,
}

/// Where a trusted front says the visitor is: options of `serve` and `gateway` that also have a
/// place in the configuration file.
#[derive(Debug, Args)]
pub(crate) struct RegionArgs {
    /// The header a trusted front sets with the visitor's ISO 3166 country or subdivision
    /// code (CF-IPCountry, CloudFront-Viewer-Country); without it, no region header is read.
    #[arg(long, env = "COOKIEWARDEN_REGION_HEADER", value_name = "NAME")]
    pub(crate) region_header: Option<String>,
    /// The header with the subdivision apart (CloudFront-Viewer-Country-Region).
    #[arg(
        long,
        env = "COOKIEWARDEN_REGION_SUBDIVISION_HEADER",
        value_name = "NAME",
        requires = "region_header"
    )]
    pub(crate) region_subdivision_header: Option<String>,
}

/// Options of `serve` that also have a place in the configuration file.
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "COOKIEWARDEN_LISTEN", value_name = "ADDR")]
    pub(crate) listen: Option<SocketAddr>,
    /// Believe X-Forwarded-Proto from a front proxy (to mark cookies Secure on HTTPS).
    #[arg(long, env = "COOKIEWARDEN_TRUST_FORWARDED_PROTO")]
    pub(crate) trust_forwarded_proto: bool,
    /// Load the demo sites (the shop and the open-data portal) on first start.
    #[arg(long)]
    pub(crate) demo: bool,
    #[command(flatten)]
    pub(crate) regions: RegionArgs,
}

/// The configuration file. Unknown keys are refused so a typo never goes unnoticed.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database: Option<String>,
    listen: Option<SocketAddr>,
    log_format: Option<LogFormat>,
    trust_forwarded_proto: Option<bool>,
    #[serde(rename = "key")]
    keys: Option<Vec<SigningKey>>,
    /// Connections `serve` and the gateway serve at once.
    max_connections: Option<usize>,
    /// Seconds a client has to send a request's head.
    header_read_timeout: Option<u64>,
    /// Seconds an idle keep-alive connection stays open.
    idle_timeout: Option<u64>,
    /// Seconds requests in flight get to finish at shutdown.
    shutdown_grace: Option<u64>,
    /// The header a trusted front sets with the visitor's region.
    region_header: Option<String>,
    /// The header with the subdivision apart.
    region_subdivision_header: Option<String>,
}

/// The resolved configuration every command runs with.
#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) database: String,
    pub(crate) listen: SocketAddr,
    pub(crate) log_format: LogFormat,
    pub(crate) trust_forwarded_proto: bool,
    /// Signing keys given by the operator; `None` lets SQLite use or create its key file.
    pub(crate) keys: Option<KeyRing>,
    /// The bounds of every connection `serve` and the gateway accept.
    pub(crate) limits: ConnectionLimits,
    /// The headers a trusted front sets with the visitor's region.
    pub(crate) regions: RegionHeaders,
}

const DEFAULT_DATABASE: &str = "sqlite://cookiewarden.db";
const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
const KEYS_VARIABLE: &str = "COOKIEWARDEN_KEYS";

impl Config {
    /// Resolves the configuration from flags (which clap already merged with the environment),
    /// the configuration file, and the defaults.
    pub(crate) fn load(
        global: &GlobalArgs,
        serve: Option<&ServeArgs>,
        regions: Option<&RegionArgs>,
    ) -> anyhow::Result<Config> {
        let file = match &global.config {
            Some(path) => read_file_config(path)?,
            None => FileConfig::default(),
        };
        let limits = connection_limits(&file)?;
        let regions = region_headers(
            regions
                .and_then(|r| r.region_header.clone())
                .or(file.region_header),
            regions
                .and_then(|r| r.region_subdivision_header.clone())
                .or(file.region_subdivision_header),
        )?;
        let keys = match std::env::var(KEYS_VARIABLE) {
            Ok(value) => Some(
                value
                    .parse::<KeyRing>()
                    .with_context(|| format!("environment variable {KEYS_VARIABLE}"))?,
            ),
            Err(_) => match file.keys {
                Some(keys) => Some(KeyRing::new(keys).with_context(|| {
                    format!(
                        "{}: [[key]]",
                        global.config.as_deref().unwrap_or(Path::new("?")).display()
                    )
                })?),
                None => None,
            },
        };
        let default_listen: SocketAddr = DEFAULT_LISTEN.parse()?;
        Ok(Config {
            database: global
                .database
                .clone()
                .or(file.database)
                .unwrap_or_else(|| DEFAULT_DATABASE.to_owned()),
            listen: serve
                .and_then(|s| s.listen)
                .or(file.listen)
                .unwrap_or(default_listen),
            log_format: global
                .log_format
                .or(file.log_format)
                .unwrap_or(LogFormat::Human),
            trust_forwarded_proto: serve.is_some_and(|s| s.trust_forwarded_proto)
                || file.trust_forwarded_proto.unwrap_or(false),
            keys,
            limits,
            regions,
        })
    }

    /// The directory of the SQLite database file, where its key ring lives; `None` for
    /// PostgreSQL and for in-memory databases.
    pub(crate) fn sqlite_directory(&self) -> Option<PathBuf> {
        let rest = self.database.strip_prefix("sqlite:")?;
        let path = rest.trim_start_matches("//");
        let path = path.split('?').next().unwrap_or(path);
        if path.is_empty() || path.starts_with(":memory:") {
            return None;
        }
        let parent = Path::new(path).parent().unwrap_or(Path::new(""));
        Some(if parent.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            parent.to_path_buf()
        })
    }
}

/// More connections than any one process can hold file descriptors for.
const MAX_CONNECTIONS: usize = 1_000_000;

/// The connection bounds: the defaults, and what the file changes (none may be zero).
fn connection_limits(file: &FileConfig) -> anyhow::Result<ConnectionLimits> {
    let defaults = ConnectionLimits::default();
    let seconds = |key: &str, value: Option<u64>, default: std::time::Duration| match value {
        Some(0) => bail!("{key} = 0: give at least one second"),
        Some(seconds) => Ok(std::time::Duration::from_secs(seconds)),
        None => Ok(default),
    };
    Ok(ConnectionLimits {
        max_connections: match file.max_connections {
            Some(0) => bail!("max_connections = 0: give at least one"),
            Some(n) if n > MAX_CONNECTIONS => {
                bail!("max_connections = {n}: give at most {MAX_CONNECTIONS}")
            }
            Some(n) => n,
            None => defaults.max_connections,
        },
        header_read_timeout: seconds(
            "header_read_timeout",
            file.header_read_timeout,
            defaults.header_read_timeout,
        )?,
        idle_timeout: seconds("idle_timeout", file.idle_timeout, defaults.idle_timeout)?,
        shutdown_grace: seconds(
            "shutdown_grace",
            file.shutdown_grace,
            defaults.shutdown_grace,
        )?,
        max_header_bytes: defaults.max_header_bytes,
    })
}

/// The region headers, each a valid header name; a subdivision header alone would never be
/// read, so it is refused.
fn region_headers(
    country: Option<String>,
    subdivision: Option<String>,
) -> anyhow::Result<RegionHeaders> {
    let name = |key: &str, value: Option<String>| {
        value
            .map(|value| {
                header_name(&value).with_context(|| {
                    format!("{key} = {value:?}: not an HTTP header name, such as CF-IPCountry")
                })
            })
            .transpose()
    };
    let country = name("region_header", country)?;
    let subdivision = name("region_subdivision_header", subdivision)?;
    if country.is_none() && subdivision.is_some() {
        bail!("region_subdivision_header needs region_header, the country's header");
    }
    Ok(RegionHeaders {
        country,
        subdivision,
    })
}

/// A header name as written in the configuration, in any case.
fn header_name(value: &str) -> anyhow::Result<axum::http::HeaderName> {
    Ok(axum::http::HeaderName::from_bytes(
        value.trim().to_ascii_lowercase().as_bytes(),
    )?)
}

fn read_file_config(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read configuration file {}", path.display()))?;
    match toml::from_str(&text) {
        Ok(config) => Ok(config),
        Err(error) => {
            let line = error
                .span()
                .map_or(0, |span| text[..span.start].matches('\n').count() + 1);
            bail!("{}: line {line}: {}", path.display(), error.message())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_with_database(database: &str) -> Config {
        Config {
            database: database.to_owned(),
            listen: DEFAULT_LISTEN.parse().unwrap(),
            log_format: LogFormat::Human,
            trust_forwarded_proto: false,
            keys: None,
            limits: ConnectionLimits::default(),
            regions: RegionHeaders::default(),
        }
    }

    #[test]
    fn region_headers_are_header_names_and_a_subdivision_needs_a_country() {
        let headers = region_headers(
            Some("CloudFront-Viewer-Country".into()),
            Some("CloudFront-Viewer-Country-Region".into()),
        )
        .unwrap();
        assert_eq!(
            headers.country.unwrap().as_str(),
            "cloudfront-viewer-country"
        );
        let bad = region_headers(Some("CF IPCountry".into()), None)
            .unwrap_err()
            .to_string();
        assert!(bad.contains("region_header = \"CF IPCountry\""), "{bad}");
        let alone = region_headers(None, Some("X-Region".into())).unwrap_err();
        assert!(alone.to_string().contains("needs region_header"), "{alone}");
        assert_eq!(
            region_headers(None, None).unwrap(),
            RegionHeaders::default()
        );
    }

    #[test]
    fn connection_bounds_refuse_zero_and_more_than_a_process_can_hold() {
        let limits = |text: &str| connection_limits(&toml::from_str::<FileConfig>(text).unwrap());
        assert_eq!(limits("max_connections = 5").unwrap().max_connections, 5);
        for bad in [
            "max_connections = 0",
            "max_connections = 18446744073709551615",
            "idle_timeout = 0",
            "header_read_timeout = 0",
        ] {
            let error = limits(bad).unwrap_err().to_string();
            assert!(
                error.contains(bad.split(' ').next().unwrap()),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn the_key_file_sits_next_to_the_sqlite_database() {
        let dir = |url: &str| config_with_database(url).sqlite_directory();
        assert_eq!(dir("sqlite://cookiewarden.db"), Some(PathBuf::from(".")));
        assert_eq!(
            dir("sqlite:///var/lib/cw/db.sqlite?mode=rwc"),
            Some(PathBuf::from("/var/lib/cw"))
        );
        assert_eq!(dir("sqlite://data/cw.db"), Some(PathBuf::from("data")));
        assert_eq!(dir("sqlite::memory:"), None);
        assert_eq!(dir("postgres://localhost/cw"), None);
    }
}
