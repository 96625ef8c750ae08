//! `cookiewarden`: the command line. It parses the configuration once, opens the store and
//! hands each library its typed part; everything else lives in the library crates.

mod catalogue;
mod config;
mod database;
mod demo;
mod gateway;
mod keys;
mod ledger;
mod scan;
mod serve;
mod site;
mod user;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use config::{Config, GlobalArgs, LogFormat, ServeArgs};
use cookiewarden_store::SqlStore;

/// jemalloc gives freed memory back to the system. glibc's allocator keeps it: after the first
/// password hash (Argon2 takes 19 MiB) it raises its threshold for mapping large blocks, so
/// every later hash lands in one of its per-thread arenas and stays resident there, which
/// made `serve` grow to 270 MB after a few hundred logins (`scripts/reliability/soak.sh`).
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// Self-hosted cookie consent and compliance platform.
#[derive(Debug, Parser)]
#[command(name = "cookiewarden", version, about)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the platform: cookie policies, the banner and its consent endpoint, the statistics
    /// beacon, the back office and its JSON API, health and metrics.
    Serve(ServeArgs),
    /// Enforce consent in front of a site: a reverse proxy that filters cookies both ways and
    /// injects the banner.
    Gateway(gateway::GatewayArgs),
    /// Audit a live site's cookies in headless Chromium; exit code 1 on findings, 2 on error.
    Scan(scan::ScanArgs),
    /// Bring the database schema up to date, then exit; with --to, copy everything into a new
    /// PostgreSQL database.
    Migrate {
        /// A new, empty PostgreSQL database to copy this one into (postgres://…): its schema
        /// is created, every table copied in one transaction, then every site's ledger
        /// verified there.
        #[arg(long, value_name = "URL")]
        to: Option<String>,
    },
    /// Write a consistent copy of the SQLite database while it serves, and of its key file.
    Backup {
        /// The new file to write (it must not exist).
        file: std::path::PathBuf,
    },
    /// Declarative site definitions (TOML).
    #[command(subcommand)]
    Site(SiteCommand),
    /// Load the catalogue of known cookies (Open Cookie Database CSV), replacing the previous one.
    ImportCookieDb {
        /// The CSV file.
        file: std::path::PathBuf,
    },
    /// The people who run the platform: add, change passwords, disable, list.
    #[command(subcommand)]
    User(user::UserCommand),
    /// The proof of consent: hash-chained consent records.
    #[command(subcommand)]
    Ledger(LedgerCommand),
}

#[derive(Debug, Subcommand)]
enum LedgerCommand {
    /// Check every record's hash and link; exits non-zero naming the first broken record.
    Verify {
        /// Only this site (default: every site).
        #[arg(long)]
        site: Option<String>,
    },
    /// Write the records to standard output.
    Export {
        /// Only this site (default: every site).
        #[arg(long)]
        site: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ledger::ExportFormat,
    },
}

#[derive(Debug, Subcommand)]
enum SiteCommand {
    /// Create or update a site and its cookie declarations from a TOML file.
    Apply {
        /// The site definition.
        file: std::path::PathBuf,
    },
    /// Print a site's definition as TOML that `site apply` reads back.
    Export {
        /// The site's slug.
        slug: String,
    },
    /// List the cookies the gateway saw the site set without declaring them.
    Undeclared {
        /// The site's slug.
        slug: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (serve_args, region_args) = match &cli.command {
        Command::Serve(args) => (Some(args), Some(&args.regions)),
        Command::Gateway(args) => (None, Some(&args.regions)),
        _ => (None, None),
    };
    let config = match Config::load(&cli.global, serve_args, region_args) {
        Ok(config) => config,
        Err(error) => {
            report(&error);
            return ExitCode::FAILURE;
        }
    };
    init_tracing(config.log_format);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            report(&error.into());
            return ExitCode::FAILURE;
        }
    };
    // A scan that cannot run at all exits 2, so CI tells it from findings (1).
    let failure = match cli.command {
        Command::Scan(_) => ExitCode::from(2),
        _ => ExitCode::FAILURE,
    };
    match runtime.block_on(run(cli.command, config)) {
        Ok(code) => code,
        Err(error) => {
            report(&error);
            failure
        }
    }
}

async fn run(command: Command, config: Config) -> anyhow::Result<ExitCode> {
    let done = match command {
        Command::Scan(args) => return scan::run(&config, args).await,
        Command::Serve(args) => serve::run(config, args.demo).await,
        Command::Gateway(args) => gateway::run(config, args).await,
        Command::Migrate { to: None } => {
            let store = open_store(&config).await?;
            println!(
                "database is up to date (schema version {})",
                store.schema_version().await?
            );
            store.close().await;
            Ok(())
        }
        Command::Migrate { to: Some(to) } => database::migrate_to(&config, &to).await,
        Command::Backup { file } => database::backup(&config, &file).await,
        Command::Site(SiteCommand::Apply { file }) => site::apply(&config, &file).await,
        Command::Site(SiteCommand::Export { slug }) => site::export(&config, &slug).await,
        Command::Site(SiteCommand::Undeclared { slug }) => {
            gateway::undeclared(&config, &slug).await
        }
        Command::User(command) => user::run(&config, command).await,
        Command::ImportCookieDb { file } => catalogue::import(&config, &file).await,
        Command::Ledger(LedgerCommand::Verify { site }) => {
            ledger::verify(&config, site.as_deref()).await
        }
        Command::Ledger(LedgerCommand::Export { site, format }) => {
            ledger::export(&config, site.as_deref(), format).await
        }
    };
    done.map(|()| ExitCode::SUCCESS)
}

/// Opens the configured database and runs pending migrations.
async fn open_store(config: &Config) -> anyhow::Result<SqlStore> {
    use anyhow::Context;
    SqlStore::connect(&config.database)
        .await
        .with_context(|| format!("cannot open database {}", redact(&config.database)))
}

/// A database URL without its password, fit for error messages and logs.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn report(error: &anyhow::Error) {
    eprintln!("error: {error:#}");
}

fn init_tracing(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info,chromiumoxide=error"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://cw:s3cret@db:5432/cw"),
            "postgres://cw:***@db:5432/cw"
        );
        assert_eq!(redact("postgres://cw@db/cw"), "postgres://cw@db/cw");
        assert_eq!(
            redact("sqlite://cookiewarden.db"),
            "sqlite://cookiewarden.db"
        );
    }
}
